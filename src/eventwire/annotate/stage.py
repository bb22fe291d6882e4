"""The annotate stage: Article → Parsed (entities, time expressions, quotes, amounts).

spaCy runs here once per article, in batches (`nlp.pipe`); the parse travels on to geocode and
events inside the `Parsed` record so no later stage parses again.
"""

from __future__ import annotations

import dataclasses
from bisect import bisect_left
from collections.abc import Iterable, Iterator
from functools import partial
from typing import Any

from spacy.tokens import Doc

from ..errors import (
    E_LANGUAGE,
    E_STAGE_FAILED,
    E_TOO_MANY_ENTITIES,
    E_TOO_MANY_SENTENCES,
    InputError,
    warn,
)
from ..records import Article, Document, Dropped, Entity, Parsed
from ..settings import Settings
from ..stage import Stage
from .nlp import TEXT_KEY, doc_ents, doc_text

ENTITY_LABELS = frozenset(
    {"PERSON", "NORP", "FAC", "ORG", "GPE", "LOC", "PRODUCT", "EVENT", "LAW", "DATE", "TIME"}
)


class AnnotateStage(Stage[Article, Parsed | Document]):
    """Parses English articles; other languages, and articles the news gate found no news in,
    pass on as bare Documents, with a note."""

    name = "annotate"
    reads = ("text", "language", "published", "not_news")
    writes = ("text", "entities", "times", "quotes", "attributions", "amounts", "not_annotated")

    def __init__(self, settings: Settings) -> None:
        super().__init__()
        self.settings = settings

    def setup(self) -> None:
        from .amounts import extract_amounts
        from .nlp import load_nlp
        from .quotes import extract_quotes
        from .times import TimeTagger

        self.lexicon = self.settings.lexicon()
        self.nlp = load_nlp(self.settings.spacy_model, self.settings.max_sentence_tokens)
        self.tagger = TimeTagger(lexicon=self.lexicon)
        self.day_first_site = self.tagger.day_first_site
        self.extract_quotes = extract_quotes
        self.extract_amounts = extract_amounts

    def run(self, items: Iterable[Article | Dropped]) -> Iterator[Parsed | Document | Dropped]:
        self.ensure_setup()
        batch: list[Article] = []
        for item in items:
            if isinstance(item, Dropped):
                yield item
                continue
            if item.language not in self.settings.languages:
                yield dataclasses.replace(
                    Document.from_article(item), not_annotated=language_note(item.language)
                )
                continue
            if item.not_news:  # the news gate found nothing to parse for
                yield Document.from_article(item)
                continue
            batch.append(item)
            if len(batch) >= self.settings.batch_size:
                yield from self._annotate(batch)
                batch = []
        if batch:
            yield from self._annotate(batch)

    def _annotate(self, batch: list[Article]) -> Iterator[Parsed | Dropped]:
        limit = self.settings.max_text_chars
        texts = [a.text[:limit] for a in batch]
        for article, text, parsed in zip(batch, texts, self.nlp.pipe(texts), strict=True):
            doc = self._within_limits(article, parsed)
            # the parse's text, known already unless cut: see `doc_text`
            doc.user_data[TEXT_KEY] = text if doc is parsed else doc.text
            try:
                document = self.watched_call(
                    article.input_name, partial(self.annotate_one, article, doc)
                )
                yield Parsed(document, doc)
            except InputError as exc:
                yield Dropped(exc.input_name, self.name, exc.code, exc.reason, article.id)
            except Exception as exc:  # noqa: BLE001 - one article must not stop the batch
                yield Dropped(
                    article.input_name,
                    self.name,
                    E_STAGE_FAILED,
                    f"annotate failed: {type(exc).__name__}: {exc}",
                    article.id,
                )

    def _within_limits(self, article: Article, doc: Doc) -> Doc:
        """The parse, cut after the sentence that reaches `max_sentences` sentences or
        `max_entities` named entities (a labelled warning): what every later step reads is
        bounded, whatever the page."""
        most_sentences, most_entities = self.settings.max_sentences, self.settings.max_entities
        if len(doc) <= min(most_sentences, most_entities):
            return doc  # too few tokens to pass either limit
        entity_starts = [ent.start for ent in doc_ents(doc)]
        cut, code, what = None, E_TOO_MANY_SENTENCES, f"{most_sentences:,} sentences"
        for number, sent in enumerate(doc.sents):
            if number >= most_sentences:
                cut = sent.start
                break
            if bisect_left(entity_starts, sent.end) > most_entities:
                cut, code, what = sent.start, E_TOO_MANY_ENTITIES, f"{most_entities:,} entities"
                if cut == 0:  # the first sentence alone holds too many: cut inside it
                    cut = entity_starts[most_entities]
                break
        if cut is None:
            return doc
        kept = doc[:cut].as_doc()
        warn(
            article.input_name,
            code,
            f"text cut after {what} ({len(kept.text):,} of {len(doc.text):,} characters kept)",
        )
        return kept

    def annotate_one(self, article: Article, doc: Any) -> Document:
        document = Document.from_article(article)
        text = doc_text(doc)
        if len(article.text) > len(text):
            document = dataclasses.replace(document, text=text)
        entities = tuple(
            Entity(ent.text, ent.label_, ent.start_char, ent.end_char)
            for ent in doc_ents(doc)
            if ent.label_ in ENTITY_LABELS
        )
        quotes, attributions = self.extract_quotes(doc, self.lexicon)
        return dataclasses.replace(
            document,
            entities=entities,
            times=self.tagger.tag(text, article.published, doc, self.day_first_site(article.site)),
            quotes=quotes,
            attributions=attributions,
            amounts=self.extract_amounts(doc, self.lexicon),
        )


def language_note(language: str | None) -> str:
    """Why a text is not annotated, as the record and the run's summary say it."""
    return f"[{E_LANGUAGE}] language {language or 'unknown'} is not supported by the NLP stages"
