"""Plain-text page to Article: decode, repair, language id.

DESIGN: for plain-text input the text is the input unchanged except where repair had to fix it, so
nothing here rewrites the text beyond `repair_text`.
"""

from __future__ import annotations

from ..errors import E_NO_TEXT, InputError
from ..records import Article, RawPage
from ..repair.language import identify_language
from ..repair.text import repair_text
from ..settings import Settings
from .decode import decode_bytes
from .html import choose_published, hostname
from .ids import article_id
from .limits import cut_text

__all__ = ["extract_text_article"]


def extract_text_article(
    page: RawPage, *, published_fallback: str | None = None, settings: Settings | None = None
) -> Article:
    """A plain-text page as an Article (title only when the container gave one).

    Raises InputError: E_EMPTY for an empty input, E_BINARY for binary data, E_ENCODING when no
    encoding reads it, E_NO_TEXT when nothing but boilerplate is left after repair.
    """
    settings = settings or Settings()
    limit = settings.max_text_chars
    text = cut_text(
        decode_bytes(page.content, page.input_name, declared=page.encoding), limit, page.input_name
    )
    # Keep the input's spacing: offsets into a clean plain text must stay the input's offsets.
    repaired = repair_text(text, keep_spacing=True, lexicon=settings.lexicon())
    if not repaired.text:
        raise InputError(page.input_name, E_NO_TEXT, "no text left after removing boilerplate")
    source_url = repaired.source_url
    if source_url and page.url and hostname(source_url) == hostname(page.url):
        source_url = None
    published, published_source = choose_published(None, page, published_fallback)
    gate = identify_language(repaired.text, page.language)
    return Article(
        id=article_id(page.url, repaired.text),
        input_name=page.input_name,
        text=repaired.text,
        url=page.url,
        source_url=source_url,
        site=hostname(page.url),
        title=page.title or None,
        author=None,
        published=published,
        published_source=published_source,
        language=gate.language,
        language_confidence=gate.confidence,
        language_basis=gate.basis,
    )
