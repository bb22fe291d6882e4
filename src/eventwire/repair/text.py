"""Text repair before any NLP: entities, mojibake, stray characters, whitespace, boilerplate lines.

Every later stage reports character offsets into the repaired text, so repair runs once, early,
and is conservative: clean input comes out unchanged, paragraphs (blank-line separated) are kept,
and only short standalone lines that match general boilerplate shapes are dropped — never text
inside a sentence. The dropped lines are returned for debugging, and a repost's original URL
("Originally published at ...", "Source: https://...") is returned as `source_url`.
"""

from __future__ import annotations

import html
import re
import unicodedata
from dataclasses import dataclass
from functools import cache

import ftfy

from ..lang import Lexicon, load_lexicon

__all__ = ["Repaired", "repair_text", "fix_entities", "fix_characters"]


@dataclass(frozen=True)
class Repaired:
    """The repaired text, the repost's original URL if the text names one, and what was dropped."""

    text: str
    source_url: str | None
    removed: tuple[str, ...]


# --- entities -------------------------------------------------------------------------------

# Typographic characters whose numeric entities break in scraped text (split, half-decoded).
_TYPOGRAPHIC = frozenset({8216, 8217, 8220, 8221, 8211, 8212, 8230, 8242, 8243, 8226})

# A character decoded from a truncated numeric entity (`&#821` -> U+0335) and then the entity's
# remaining digits and `;` after some whitespace: `o\u0335\n\n7;s` was `o&#8217;s`. Only
# control and non-ASCII characters can be such a left-over, so ordinary text never matches.
_SPLIT_DECODED = re.compile(r"([\x01-\x08\x0b\x0c\x0e-\x1f\u0080-\U0010ffff])[ \t\r\n]*(\d{1,3});")
# The same break before decoding: `&#821` + whitespace + `7;`.
_SPLIT_LITERAL = re.compile(r"&#(\d{1,4})[ \t\r\n]+(\d{1,3});")
# `&amp;` in front of an entity: an entity escaped once more than it should be.
_DOUBLE_ESCAPED = re.compile(
    r"&amp;(?=#\d{2,7};|#[xX][0-9a-fA-F]{2,6};|[A-Za-z][A-Za-z0-9]{1,31};)"
)
# Only complete entities (with `;`) are decoded, so "AT&T" or "R&D" stay as they are; a decimal
# reference is unambiguous without its `;` ("Pompeo&#8217s").
_ENTITY = re.compile(
    r"&(?:#\d{2,7}|#[xX][0-9a-fA-F]{2,6}|[A-Za-z][A-Za-z0-9]{1,31});|&#\d{2,7}(?![\d;])"
)


def _join_split_decoded(match: re.Match[str]) -> str:
    number = int(f"{ord(match.group(1))}{match.group(2)}")
    return chr(number) if number in _TYPOGRAPHIC else match.group(0)


def _join_split_literal(match: re.Match[str]) -> str:
    number = int(match.group(1) + match.group(2))
    return chr(number) if number in _TYPOGRAPHIC else match.group(0)


def _decode_entity(match: re.Match[str]) -> str:
    # Unknown names come back unchanged; invalid code points come back as U+FFFD, dropped here.
    return html.unescape(match.group(0)).replace("\ufffd", "")


def fix_entities(text: str) -> str:
    """Decode HTML entities left in text: literal, double-escaped and split across a break."""
    if "&" not in text and not _SPLIT_DECODED.search(text):
        return text
    text = _SPLIT_LITERAL.sub(_join_split_literal, text)
    text = _SPLIT_DECODED.sub(_join_split_decoded, text)
    if "&" in text:
        for _ in range(3):
            unescaped = _DOUBLE_ESCAPED.sub("&", text)
            if unescaped == text:
                break
            text = unescaped
        text = _ENTITY.sub(_decode_entity, text)
    return text


# --- characters -----------------------------------------------------------------------------

_FTFY_CONFIG = ftfy.TextFixerConfig(
    unescape_html=False,  # done above, with the rules for broken entities
    uncurl_quotes=False,  # curly quotes are right; quote detection relies on them
    fix_character_width=False,  # keep full-width CJK punctuation as written
    fix_line_breaks=True,
    remove_control_chars=True,
    normalization="NFC",
    explain=False,
)

# Zero-width and soft-hyphen characters split words for every tokenizer downstream.
_INVISIBLE = re.compile("[\u00ad\u200b\u200c\u200d\u2060\ufeff\ufffc]")
# Space characters other than the ASCII space, tab and newline.
_ODD_SPACE = re.compile("[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\x0b\x0c\x85\u2028\u2029]")
# Overlay marks (strike-through strokes) are what a broken `&#82..` entity leaves behind.
_OVERLAY = re.compile("[\u0334-\u0338]")
# A combining mark with no letter to sit on: at the start of the text or after a space or mark.
_ORPHAN_MARK = re.compile(
    r"(?:^|(?<=[\s.,;:!?\"'()\[\]{}<>/\\|\-]))[\u0300-\u036f\u1ab0-\u1aff\u20d0-\u20ff]+", re.M
)
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")
# What ftfy could change: a UTF-8 lead byte read as Latin-1/cp1252 followed by a continuation
# byte read the same way (mojibake), C1 controls, ligatures, lone surrogates. ftfy is costly on
# long texts, so clean text skips it.
_FTFY_NEEDED = re.compile(
    "[\u00c2-\u00f4][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc"
    "\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]"
    "|[\u0080-\u009f\ufb00-\ufb06\ud800-\udfff]"
)


def fix_characters(text: str) -> str:
    """Mojibake (ftfy, curly quotes kept), control, invisible and stray combining characters."""
    if text.isascii():
        text = text.replace("\r\n", "\n").replace("\r", "\n")
        return _CONTROL.sub("", _ODD_SPACE.sub(" ", text))
    if _FTFY_NEEDED.search(text):
        text = ftfy.fix_text(text, config=_FTFY_CONFIG)
    elif not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _INVISIBLE.sub("", text)
    text = _ODD_SPACE.sub(" ", text)
    text = _CONTROL.sub("", text)
    text = _OVERLAY.sub("", text)
    return _ORPHAN_MARK.sub("", text)


# --- boilerplate lines ----------------------------------------------------------------------

_URL = re.compile(r"https?://[^\s<>\"')\]]+", re.I)
_NAME = r"[A-Z][\w.'’\-]*"


def _alternatives(lexicon: Lexicon, name: str) -> str:
    """A list of regular expressions (one alternative a line) as one alternation."""
    return "|".join(lexicon.entries(name))


def _phrases(lexicon: Lexicon, name: str) -> str:
    """A list of words and phrases as one alternation, spaces matching any run of white space."""
    return "|".join(r"\s+".join(map(re.escape, p.split())) for p in lexicon.entries(name))


@dataclass(frozen=True)
class Boilerplate:
    """The shapes of boilerplate lines, built from a language's `repair/` lists."""

    repost: re.Pattern[str]
    """Lines that announce where the text came from; the URL on the line (if any) is the
    original."""
    furniture: re.Pattern[str]
    """Short standalone lines that are page furniture, not article text."""
    sentence_like_start: re.Pattern[str]
    """Furniture openings that also start ordinary sentences ("Sign up sheets were handed
    out."): such a line is kept when it reads as a sentence."""
    cookies: re.Pattern[str]
    """Consent banners are long but never article text."""
    date_word: re.Pattern[str]
    """A token of a line that is only a date and time ("Tuesday, November 19, 2019 5:04 PM")."""
    date_anchor: re.Pattern[str]
    """What makes a run of date words a page's time stamp rather than a heading ("March 3" in a
    timeline dates the events under it, so it stays): a clock time or a published/updated
    label."""
    byline: re.Pattern[str]
    """A byline standing on its own line: "By Jane Doe", "By Jane Doe and John Roe, Reuters"."""
    breadcrumb_start: re.Pattern[str]


@cache
def _boilerplate(lexicon: Lexicon) -> Boilerplate:
    """One set of compiled shapes per lexicon (a lexicon object lives as long as its worker)."""
    links = "|".join(map(re.escape, lexicon.entries("repair/name_links")))
    return Boilerplate(
        repost=re.compile(
            rf"^(?:{_alternatives(lexicon, 'repair/repost_lines')})"
            r"\b\s*(?P<sep>[:\-–—|])?\s*(?P<rest>.*)$",
            re.I,
        ),
        furniture=re.compile(rf"^(?:{_alternatives(lexicon, 'repair/furniture_lines')})$", re.I),
        sentence_like_start=re.compile(
            rf"^(?:{_alternatives(lexicon, 'repair/sentence_like_starts')})\b", re.I
        ),
        cookies=re.compile(rf"^(?:{_alternatives(lexicon, 'repair/cookie_notices')})\b", re.I),
        date_word=re.compile(rf"^(?:{_alternatives(lexicon, 'repair/date_words')})$", re.I),
        date_anchor=re.compile(
            rf"\b\d{{1,2}}:\d{{2}}\b|\b(?:{_phrases(lexicon, 'repair/date_labels')})\b", re.I
        ),
        byline=re.compile(
            rf"^(?i:{_phrases(lexicon, 'repair/byline_heads')})\s+{_NAME}"
            rf"(?:\s+(?:{_NAME}|{links})){{0,7}}"
            r"(?:\s*[,|\-–—]\s*[\w .'’&\-]{1,60})?$"
        ),
        breadcrumb_start=re.compile(
            rf"^(?:{_phrases(lexicon, 'repair/breadcrumb_heads')})\s*(?:/|»|›|>|\||→|::|•)\s*\S",
            re.I,
        ),
    )


_MAX_COOKIE_WORDS = 60

_DATE_SPLIT = re.compile(r"[\s,.:/\-|·•()]+")


def _is_dateline(line: str, shapes: Boilerplate) -> bool:
    if _words(line) > 10 or not any(ch.isdigit() for ch in line):
        return False
    if not shapes.date_anchor.search(line):
        return False
    tokens = [token for token in _DATE_SPLIT.split(line) if token]
    return bool(tokens) and all(shapes.date_word.match(token) for token in tokens)


_CRUMB_SEPARATOR = re.compile(r"\s(?:/|»|›|>|\||→|::)\s")

_MAX_FURNITURE_WORDS = 12
_MAX_REPOST_WORDS = 20
_MAX_CHECKED_CHARS = 400
"""Longer lines are article text: no boilerplate shape applies to them."""
_SENTENCE_END = re.compile(r"[.!?][\"'”’)]*$")


def _words(line: str) -> int:
    """Whitespace-separated words: enough to tell a short standalone line from a paragraph."""
    return len(line.split())


_LETTER = re.compile(r"[^\W\d_]")
_NON_LATIN_LETTER = re.compile(r"[^\W\d_A-Za-z\u00c0-\u024f\u1e00-\u1eff]")


def _latin_share(text: str) -> tuple[float, int]:
    """The share of letters that are Latin script, and how many letters there are."""
    letters = len(_LETTER.findall(text))
    if not letters:
        return 1.0, 0
    return 1.0 - len(_NON_LATIN_LETTER.findall(text)) / letters, letters


def _is_breadcrumb(line: str, shapes: Boilerplate) -> bool:
    if shapes.breadcrumb_start.match(line):
        return True
    if line.startswith("|"):
        return False  # a table row (extractors render tables as `| a | b |`)
    parts = _CRUMB_SEPARATOR.split(line)
    if len(parts) < 3 or _SENTENCE_END.search(line):
        return False
    # Trail segments are short labels; the last one may be the (long) page title.
    return all(0 < _words(part) <= 4 for part in parts[:-1])


def _is_byline(line: str, shapes: Boilerplate) -> bool:
    return _words(line) <= 14 and bool(shapes.byline.match(line)) and not _SENTENCE_END.search(line)


def _repost_url(line: str, shapes: Boilerplate) -> tuple[bool, str | None]:
    """Whether a line is a repost notice, and the original URL it names."""
    if _words(line) > _MAX_REPOST_WORDS:
        return False, None
    match = shapes.repost.match(line)
    if not match:
        return False, None
    rest = match.group("rest").strip()
    url = _URL.search(rest)
    if url:
        return True, url.group(0).rstrip(".,;:")
    # "Source link" alone, or "Source: Reuters" — a notice without a URL.
    if not rest or (match.group("sep") and _words(rest) <= 5 and not _SENTENCE_END.search(rest)):
        return True, None
    return False, None


def _is_furniture(line: str, shapes: Boilerplate) -> bool:
    words = _words(line)
    if words > _MAX_FURNITURE_WORDS:
        return False
    stripped = line.strip(" \t•·|-–—>»›:")
    if not stripped or not shapes.furniture.match(stripped):
        return False
    sentence = words >= 5 and _SENTENCE_END.search(stripped) is not None
    return not (sentence and shapes.sentence_like_start.match(stripped))


def _norm(line: str) -> str:
    return " ".join(line.casefold().split()) if len(line) <= _MAX_CHECKED_CHARS else ""


def _find_boilerplate(lines: list[str], shapes: Boilerplate) -> tuple[list[bool], str | None]:
    """Which (tidied) lines are boilerplate by their shape, and a repost's original URL."""
    body: tuple[float, int] | None = None  # the Latin share of the whole text, when needed
    content_idx = [i for i, line in enumerate(lines) if line]
    edge = set(content_idx[:3] + content_idx[-3:])
    drops: list[bool] = []
    source_url: str | None = None
    previous = ""
    for i, line in enumerate(lines):
        if not line:
            drops.append(False)
            continue
        drop = False
        is_repost, url = (
            _repost_url(line, shapes) if len(line) <= _MAX_CHECKED_CHARS else (False, None)
        )
        if is_repost:
            drop = True
            source_url = source_url or url
        elif len(line) > _MAX_CHECKED_CHARS:
            pass
        elif (
            _is_furniture(line, shapes)
            or _is_breadcrumb(line, shapes)
            or _is_byline(line, shapes)
            or _is_dateline(line, shapes)
            or (shapes.cookies.match(line) is not None and _words(line) <= _MAX_COOKIE_WORDS)
        ):
            drop = True
        elif previous and _norm(line) == previous:
            drop = True  # a title or heading repeated right after itself
        elif i in edge and not line.isascii() and _words(line) <= 15:
            # A tagline in another script at the edge of a Latin-script article.
            share, letters = _latin_share(line)
            if letters and share < 0.5:
                body = body or _latin_share("\n".join(lines)[:5000])
                drop = body[1] >= 100 and body[0] >= 0.9
        drops.append(drop)
        if not drop:
            previous = _norm(line)
    return drops, source_url


# --- whitespace -----------------------------------------------------------------------------

_INLINE_SPACE = re.compile(r"[ \t]{2,}|\t")
_BLANK_LINES = re.compile(r"\n{3,}")


def _tidy_lines(text: str) -> list[str]:
    return [_INLINE_SPACE.sub(" ", line).strip() for line in text.split("\n")]


def _keep_spacing(lines: list[str], drops: list[bool]) -> str:
    """The original lines minus the dropped ones, without doubling the blank gap they leave."""
    out: list[str] = []
    after_drop = False
    for line, drop in zip(lines, drops, strict=True):
        if drop:
            after_drop = True
            continue
        blank = not line.strip()
        if blank and after_drop and (not out or not out[-1].strip()):
            continue
        after_drop = after_drop and blank
        out.append(line)
    return "\n".join(out).strip()


def repair_text(
    text: str, *, keep_spacing: bool = False, lexicon: Lexicon | None = None
) -> Repaired:
    """Repair one article's text; clean text comes back unchanged (bar outer whitespace).

    By default runs of spaces within a line and of blank lines are collapsed (right for text an
    extractor produced). With `keep_spacing`, the spacing of the input is kept as it is, so that
    character offsets into a clean plain-text input stay valid: only broken characters and
    boilerplate lines change the text. `lexicon` gives the boilerplate lines' shapes (its
    `repair/` lists; English by default).
    """
    text = fix_entities(text)
    text = fix_characters(text)
    tidy = _tidy_lines(text)
    shapes = _boilerplate(lexicon if lexicon is not None else load_lexicon("en"))
    drops, source_url = _find_boilerplate(tidy, shapes)
    removed = tuple(line for line, drop in zip(tidy, drops, strict=True) if drop)
    if keep_spacing:
        cleaned = _keep_spacing(text.split("\n"), drops)
    else:
        kept = [line for line, drop in zip(tidy, drops, strict=True) if not drop]
        cleaned = _BLANK_LINES.sub("\n\n", "\n".join(kept)).strip()
    return Repaired(text=cleaned, source_url=source_url, removed=removed)
