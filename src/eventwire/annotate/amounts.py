"""Amounts: numbers with the thing counted ("5,000 troops", "two US soldiers", "more than 73 others").

Written as figures or words; the counted noun is the number's head in the parse. Casualty counts and
troop numbers are read from here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from spacy.attrs import LIKE_NUM

from ..lang import Lexicon, load_lexicon
from ..records import Amount
from .nlp import doc_tokens, token_words

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

SKIP_ENTS = {"DATE", "TIME", "PERCENT", "ORDINAL", "MONEY", "CARDINAL_YEAR"}
_NUM = re.compile(r"^\d{1,3}(,\d{3})+$|^\d+(\.\d+)?$")
# Entities whose numbers never count people.
SKIP_NUMBER_ENTS = {"TIME", "MONEY", "PERCENT", "ORDINAL", "QUANTITY"}


@dataclass(frozen=True)
class AmountWords:
    """The words of numbers and of what they count, from the lexicon (`annotate/` lists)."""

    units: dict[str, int]
    """Number words and their values."""
    scales: dict[str, int]
    """Scale words that multiply the number before them ("1.5 million")."""
    fractions: dict[str, float]
    """Fractions of the scale word after them ("half a dozen"), never a number alone."""
    articles: frozenset[str]
    """Number words that count one only before any other number word ("a", "an")."""
    no_one: frozenset[tuple[str, str]]
    connectors: frozenset[str]
    partitive: frozenset[str]
    qualifiers: frozenset[str]
    months: frozenset[str]
    """Month names and abbreviations, the time stage's own (`time/months`)."""
    time_nouns: frozenset[str]
    age_abbreviations: frozenset[str]
    age_heads: frozenset[str]
    age_units: tuple[str, ...]
    not_a_count_before: frozenset[str]
    caption_words: frozenset[str]

    @classmethod
    def of(cls, lexicon: Lexicon | None = None) -> AmountWords:
        return _amount_words(lexicon or load_lexicon("en"))


@cache
def _amount_words(lexicon: Lexicon) -> AmountWords:
    units = {row["word"]: int(row["value"]) for row in lexicon.table("annotate/number_words")}
    pairs = [phrase.split() for phrase in lexicon.entries("annotate/no_one")]
    return AmountWords(
        units=units,
        scales={row["word"]: int(row["value"]) for row in lexicon.table("annotate/number_scales")},
        fractions={
            row["word"]: float(row["value"]) for row in lexicon.table("annotate/number_fractions")
        },
        articles=frozenset(lexicon.words("annotate/determiners") & set(units)),
        no_one=frozenset((first, second) for first, second in pairs),
        connectors=lexicon.words("annotate/number_connectors"),
        partitive=lexicon.words("annotate/partitive_prepositions"),
        qualifiers=lexicon.words("annotate/amount_qualifiers"),
        months=frozenset(row["name"] for row in lexicon.table("time/months")),
        time_nouns=lexicon.words("annotate/time_nouns"),
        age_abbreviations=lexicon.words("annotate/age_abbreviations"),
        age_heads=lexicon.words("annotate/age_heads"),
        age_units=lexicon.entries("annotate/age_units"),
        not_a_count_before=lexicon.words("annotate/not_a_count_before"),
        caption_words=lexicon.words("annotate/caption_words"),
    )


def word_value(text: str, words: AmountWords | None = None) -> float | None:
    """Value of a number written in figures or words ("5,000", "twenty-five", "1.5 million")."""
    words = words or AmountWords.of()
    units, scales = words.units, words.scales
    total = 0.0
    current = 0.0
    share = 1.0  # "half a dozen": the fraction of the scale that follows
    seen = False
    parts = [p for p in re.split(r"[\s-]+", text.lower().strip()) if p]
    for part in parts:
        if part in words.connectors:
            continue
        if part in words.fractions and not seen and len(parts) > 1:
            share = words.fractions[part]
            continue
        if part in words.articles and len(parts) > 1:
            continue  # "a dozen" is 12, "a hundred" 100: the article counts only alone
        if _NUM.match(part):
            current += float(part.replace(",", ""))
        elif part in units:
            current += units[part]
        elif part in scales:
            current = max(current, 1) * scales[part]
            if scales[part] >= 1000:
                total += current
                current = 0
        else:
            return None
        seen = True
    if not seen:
        return None
    return (total + current) * share


def _as_number(value: float) -> int | float:
    return int(value) if value == int(value) else value


def number_of(token: Token, words: AmountWords | None = None) -> int | float | None:
    """The value of a number token plus its compound parts ("1.5 million", "twenty - five")."""
    words = words or AmountWords.of()
    units, scales = words.units, words.scales
    if not (token.like_num or token.lower_ in units or token.lower_ in scales):
        return None
    if token.lower_ in words.articles:
        return None
    # "two dozen": the number before a scale word may hang on it as its own count (nummod)
    joined = (
        {"compound", "quantmod", "nummod"} if token.lower_ in scales else {"compound", "quantmod"}
    )
    parts = [
        c
        for c in token.children
        if c.dep_ in joined
        and (c.like_num or c.lower_ in units or c.lower_ in scales or c.lower_ in words.fractions)
    ] + [token]
    parts.sort(key=lambda t: t.i)
    figures = [p for p in parts if _NUM.match(p.text)]
    if len(figures) > 1:
        # "8 - 14 civilians", "between 14 to 20": a range, of which the smallest is sure
        return min(_as_number(float(p.text.replace(",", ""))) for p in figures)
    value = word_value(" ".join(p.text for p in parts), words)
    return None if value is None else _as_number(value)


def extract_amounts(doc: Doc, lexicon: Lexicon | None = None) -> tuple[Amount, ...]:
    """Every counted quantity in the parse, with the counted noun as `object` when there is one."""
    words = AmountWords.of(lexicon)
    out: list[Amount] = []
    # (only a number, or a number or scale word, can have a value (`number_of`'s first test):
    # the others, most words, are told from the parse's arrays without a Token each)
    units, scales = words.units, words.scales
    like_num = doc.to_array(LIKE_NUM).tolist()
    tokens = doc_tokens(doc)
    for i, lower in enumerate(token_words(doc)[2]):
        if not like_num[i] and lower not in units and lower not in scales:
            continue
        token = tokens[i]
        if (
            token.ent_type_ in SKIP_ENTS
            or token.dep_ in {"compound", "quantmod"}
            and token.like_num
        ):
            continue
        value = number_of(token, words)
        if value is None:
            continue
        if token.i > 0 and (doc[token.i - 1].lower_, token.lower_) in words.no_one:
            continue
        if token.ent_type_ == "" and re.fullmatch(r"(1[89]|20)\d\d", token.text):
            continue
        obj: Token | None = None
        if token.dep_ == "nummod" and token.head.pos_ in {"NOUN", "PROPN", "ADJ", "NUM"}:
            obj = token.head
        elif token.pos_ == "NUM" and any(
            c.dep_ == "prep" and c.lower_ in words.partitive for c in token.children
        ):
            of = next(c for c in token.children if c.dep_ == "prep" and c.lower_ in words.partitive)
            obj = next((g for g in of.children if g.dep_ == "pobj"), None)
        start = min([token.i] + [c.i for c in token.children if c.dep_ in {"quantmod", "compound"}])
        while start > 0 and doc[start - 1].lower_ in words.qualifiers and token.i - start < 4:
            start -= 1
        span = doc[start : token.i + 1]
        out.append(
            Amount(
                text=span.text,
                value=value,
                object=obj.text if obj is not None else None,
                start=span.start_char,
                end=span.end_char,
            )
        )
    return tuple(out)


_YEAR = re.compile(r"(1[89]|20)\d\d")
"""A year ("1998", "2021"): no count of people."""


def counts_people(token: Token, words: AmountWords | None = None) -> bool:
    """A number that can count people: not part of a date, time, sum of money, address or age."""
    words = words or AmountWords.of()
    if token.ent_type_ in SKIP_NUMBER_ENTS or is_age(token, words) or date_part(token, words):
        return False
    if _YEAR.fullmatch(token.text):
        return False
    tokens = doc_tokens(token.doc)
    nxt = tokens[token.i + 1] if token.i + 1 < len(tokens) else None
    if nxt is not None and nxt.lower_ in words.not_a_count_before:
        return False
    return not _caption(token, words)


def _caption(token: Token, words: AmountWords) -> bool:
    """ "Image 1 / 6", "Image 8 of 8", "24/7": the numbering of a photo gallery."""
    # (the words around read from the parse's Token objects, made once: perf29)
    tokens = doc_tokens(token.doc)
    i = token.i
    seq = [t.text for t in tokens[max(i - 2, 0) : i + 3]]
    at = i - max(i - 2, 0)  # the token's place in `seq`
    if (at > 0 and seq[at - 1] == "/") or (at + 1 < len(seq) and seq[at + 1] == "/"):
        return True
    if i > 0 and tokens[i - 1].lower_ in words.caption_words:
        return True
    return any(
        seq[i + 1] in words.partitive and seq[i].isdigit() and seq[i + 2].isdigit()
        for i in range(len(seq) - 2)
    )


def _month(token: Token, words: AmountWords) -> bool:
    """ "March", "Dec." (an abbreviation keeps its dot)."""
    return token.lower_.rstrip(".") in words.months


def date_part(token: Token, words: AmountWords | None = None) -> bool:
    """ "3 February 2022", "Dec. 4", "at 10 pm", "two days": a number of a date or time span."""
    words = words or AmountWords.of()
    if _month(token, words) or _month(token.head, words) or token.head.lemma_ in words.time_nouns:
        return True
    tokens = doc_tokens(token.doc)
    near = [tokens[i] for i in (token.i - 1, token.i + 1) if 0 <= i < len(tokens)]
    return token.like_num and any(_month(t, words) for t in near)


def is_age(token: Token, words: AmountWords | None = None) -> bool:
    """ "a 17-year-old", "17 y.o", "Nicole, 41,": a person's age, not a count of people."""
    words = words or AmountWords.of()
    tokens = doc_tokens(token.doc)
    nxt = tokens[token.i + 1] if token.i + 1 < len(tokens) else None
    if nxt is not None and (
        nxt.lower_.startswith(words.age_units)
        or nxt.text == "-"
        or nxt.lower_ in words.age_abbreviations
    ):
        return True
    if token.head.lemma_ in words.age_heads:
        return True
    if token.dep_ == "conj" and token.head.i != token.i and token.head.like_num:
        return is_age(token.head, words)  # "her daughters, ages 6 and 9"
    # an appositive number after a name; a headline's "Boy, 4, dies" tags the noun INTJ
    return token.dep_ == "appos" and token.head.pos_ in {"PROPN", "NOUN", "INTJ"}
