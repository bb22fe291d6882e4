"""Amounts: numbers with the thing counted ("5,000 troops", "two US soldiers", "more than 73 others").

Written as figures or words; the counted noun is the number's head in the parse. Casualty counts and
troop numbers are read from here.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..annotate.timex_lexicon import MONTHS as MONTH_TABLE
from ..records import Amount

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

UNITS = {
    "zero": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
    "a": 1,
    "an": 1,
    "single": 1,
    "dozen": 12,
    "couple": 2,
    "pair": 2,
}
SCALES = {"hundred": 100, "thousand": 1000, "million": 1_000_000, "billion": 1_000_000_000}
QUALIFIERS = {
    "more",
    "less",
    "fewer",
    "than",
    "about",
    "nearly",
    "over",
    "at",
    "least",
    "some",
    "around",
    "almost",
    "up",
    "approximately",
    "roughly",
    "most",
    "under",
}
SKIP_ENTS = {"DATE", "TIME", "PERCENT", "ORDINAL", "MONEY", "CARDINAL_YEAR"}
_NUM = re.compile(r"^\d{1,3}(,\d{3})+$|^\d+(\.\d+)?$")
# Entities whose numbers never count people.
SKIP_NUMBER_ENTS = {"TIME", "MONEY", "PERCENT", "ORDINAL", "QUANTITY"}
MONTHS = frozenset(MONTH_TABLE)  # month names and abbreviations, the time stage's own
TIME_NOUNS = {
    "day", "week", "month", "year", "hour", "minute", "night", "am", "pm", "a.m.", "p.m.",
    "morning", "afternoon", "evening", "weekend",
}  # fmt: skip
# Abbreviations of an age written after the number ("17 y.o", "17 yrs").
AGE_ABBREVIATIONS = {"y.o", "y.o.", "yo", "y/o", "yrs", "yr", "yrs."}


def word_value(text: str) -> float | None:
    """Value of a number written in figures or words ("5,000", "twenty-five", "1.5 million")."""
    total = 0.0
    current = 0.0
    seen = False
    for part in re.split(r"[\s-]+", text.lower().strip()):
        if not part or part == "and":
            continue
        if _NUM.match(part):
            current += float(part.replace(",", ""))
        elif part in UNITS and not (part in {"a", "an"} and seen):
            current += UNITS[part]
        elif part in SCALES:
            current = max(current, 1) * SCALES[part]
            if SCALES[part] >= 1000:
                total += current
                current = 0
        else:
            return None
        seen = True
    if not seen:
        return None
    return total + current


def _as_number(value: float) -> int | float:
    return int(value) if value == int(value) else value


def number_of(token: Token) -> int | float | None:
    """The value of a number token plus its compound parts ("1.5 million", "twenty - five")."""
    if not (token.like_num or token.lower_ in UNITS or token.lower_ in SCALES):
        return None
    if token.lower_ in {"a", "an"}:
        return None
    parts = [
        c
        for c in token.children
        if c.dep_ in {"compound", "quantmod"}
        and (c.like_num or c.lower_ in UNITS or c.lower_ in SCALES)
    ] + [token]
    parts.sort(key=lambda t: t.i)
    figures = [p for p in parts if _NUM.match(p.text)]
    if len(figures) > 1:
        # "8 - 14 civilians", "between 14 to 20": a range, of which the smallest is sure
        return min(_as_number(float(p.text.replace(",", ""))) for p in figures)
    value = word_value(" ".join(p.text for p in parts))
    return None if value is None else _as_number(value)


def extract_amounts(doc: Doc) -> tuple[Amount, ...]:
    """Every counted quantity in the parse, with the counted noun as `object` when there is one."""
    out: list[Amount] = []
    for token in doc:
        if (
            token.ent_type_ in SKIP_ENTS
            or token.dep_ in {"compound", "quantmod"}
            and token.like_num
        ):
            continue
        value = number_of(token)
        if value is None:
            continue
        if token.i > 0 and doc[token.i - 1].lower_ in {"no", "any"} and token.lower_ == "one":
            continue
        if token.ent_type_ == "" and re.fullmatch(r"(1[89]|20)\d\d", token.text):
            continue
        obj: Token | None = None
        if token.dep_ == "nummod" and token.head.pos_ in {"NOUN", "PROPN", "ADJ", "NUM"}:
            obj = token.head
        elif token.pos_ == "NUM" and any(
            c.dep_ == "prep" and c.lower_ == "of" for c in token.children
        ):
            of = next(c for c in token.children if c.dep_ == "prep" and c.lower_ == "of")
            obj = next((g for g in of.children if g.dep_ == "pobj"), None)
        start = min([token.i] + [c.i for c in token.children if c.dep_ in {"quantmod", "compound"}])
        while start > 0 and doc[start - 1].lower_ in QUALIFIERS and token.i - start < 4:
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


def counts_people(token: Token) -> bool:
    """A number that can count people: not part of a date, time, sum of money, address or age."""
    if token.ent_type_ in SKIP_NUMBER_ENTS or is_age(token) or date_part(token):
        return False
    if re.fullmatch(r"(1[89]|20)\d\d", token.text):
        return False
    doc = token.doc
    nxt = doc[token.i + 1] if token.i + 1 < len(doc) else None
    if nxt is not None and nxt.lower_ in {"block", "hundred-block", "a.m.", "p.m.", "am", "pm"}:
        return False
    return not _caption(token)


def _caption(token: Token) -> bool:
    """ "Image 1 / 6", "Image 8 of 8", "24/7": the numbering of a photo gallery."""
    doc = token.doc
    near = [doc[i] for i in range(token.i - 2, token.i + 3) if 0 <= i < len(doc) and i != token.i]
    if any(t.text == "/" and abs(t.i - token.i) == 1 for t in near):
        return True
    if token.i > 0 and doc[token.i - 1].lower_ in {"image", "photo", "slide", "page"}:
        return True
    seq = [t.text for t in doc[max(token.i - 2, 0) : token.i + 3]]
    return any(
        seq[i + 1] == "of" and seq[i].isdigit() and seq[i + 2].isdigit()
        for i in range(len(seq) - 2)
    )


def _month(token: Token) -> bool:
    """ "March", "Dec." (an abbreviation keeps its dot)."""
    return token.lower_.rstrip(".") in MONTHS


def date_part(token: Token) -> bool:
    """ "3 February 2022", "Dec. 4", "at 10 pm", "two days": a number of a date or time span."""
    if _month(token) or _month(token.head) or token.head.lemma_ in TIME_NOUNS:
        return True
    doc = token.doc
    near = [doc[i] for i in (token.i - 1, token.i + 1) if 0 <= i < len(doc)]
    return token.like_num and any(_month(t) for t in near)


def is_age(token: Token) -> bool:
    """ "a 17-year-old", "17 y.o", "Nicole, 41,": a person's age, not a count of people."""
    doc = token.doc
    nxt = doc[token.i + 1] if token.i + 1 < len(doc) else None
    if nxt is not None and (
        nxt.lower_.startswith("year") or nxt.text == "-" or nxt.lower_ in AGE_ABBREVIATIONS
    ):
        return True
    if token.head.lemma_ in {"year", "old", "age", "month"}:
        return True
    if token.dep_ == "conj" and token.head.i != token.i and token.head.like_num:
        return is_age(token.head)  # "her daughters, ages 6 and 9"
    # an appositive number after a name; a headline's "Boy, 4, dies" tags the noun INTJ
    return token.dep_ == "appos" and token.head.pos_ in {"PROPN", "NOUN", "INTJ"}
