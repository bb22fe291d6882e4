"""The model's attribute ruler, its patterns matched by table look-ups instead of spaCy's Matcher.

The ruler of the English models (the tag map's 179 patterns: a fine tag, and often a word, to a
coarse part of speech and features) ran each pattern against each token: a sixth of the whole
parse. Its patterns are fixed token tests (one or two tokens, each attribute equal to a value or
in or out of a set, or matching a regular expression), so each distinct token (its lower-cased word, tag, dependency and whether
it is a space) is tested once per process and the answer kept; a token's matches are then a
dictionary look-up. The matches are the Matcher's (each (pattern, start, end) once), sorted and
set by the ruler's own code, so every attribute comes out as the Matcher would leave it. A
ruler with any other kind of pattern (operators, regular expressions, other attributes) keeps
spaCy's Matcher.
"""

from __future__ import annotations

import re
from operator import itemgetter
from typing import Any, NamedTuple

from spacy.attrs import DEP, IS_SPACE, LOWER, ORTH, POS, TAG
from spacy.strings import get_string_id
from spacy.tokens import Doc, Token
from spacy.tokens._retokenize import set_token_attrs

# the token attributes a pattern may test here, in the order of `doc.to_array`'s columns
_COLUMNS = {"ORTH": ORTH, "TEXT": ORTH, "LOWER": LOWER, "TAG": TAG, "POS": POS, "DEP": DEP}
_FLAGS = {"IS_SPACE": IS_SPACE}
_ATTRS = (ORTH, LOWER, TAG, POS, DEP, IS_SPACE)
_AT = {attr: i for i, attr in enumerate(_ATTRS)}

SIGNATURES_KEPT = 200_000
"""Distinct tokens whose tests a matcher keeps (each a tuple and a short tuple of numbers)."""


class Unsupported(ValueError):
    """A pattern this matcher does not read: the ruler keeps spaCy's Matcher."""


Check = tuple[int, str, Any]
"""A token's column, and the test of its value: "==" a number, "IN" or "NOT_IN" a set of
numbers, or a "REGEX" searched in the value's text."""


def _checks(spec: dict[str, Any], strings: Any) -> list[Check]:
    """One token's tests, as spaCy's Matcher reads `spec` (`_get_attr_values`, `_SetPredicate`,
    `_RegexPredicate`)."""
    checks: list[Check] = []
    for name, value in spec.items():
        key = name.upper() if isinstance(name, str) else name
        if key in _COLUMNS:
            at = _AT[_COLUMNS[key]]
            if isinstance(value, str):
                checks.append((at, "==", strings.add(value)))
            elif isinstance(value, dict) and len(value) == 1:
                ((op, values),) = value.items()
                if op == "REGEX" and isinstance(values, str):
                    checks.append((at, op, re.compile(values)))
                elif op in {"IN", "NOT_IN"} and all(isinstance(v, str) for v in values):
                    checks.append((at, op, frozenset(get_string_id(v) for v in values)))
                else:
                    raise Unsupported(f"{name}: {value!r}")
            else:
                raise Unsupported(f"{name}: {value!r}")
        elif key in _FLAGS and isinstance(value, bool):
            checks.append((_AT[_FLAGS[key]], "==", int(value)))
        else:
            raise Unsupported(f"{name}: {value!r}")
    return checks


def _passes(checks: list[Check], token: tuple[int, ...], texts: Any) -> bool:
    for at, op, value in checks:
        found = token[at]
        if op == "==":
            if found != value:
                return False
        elif op == "REGEX":
            if not value.search(texts[found]):
                return False
        elif (found in value) != (op == "IN"):
            return False
    return True


class TableMatcher:
    """The matches spaCy's Matcher finds for an attribute ruler's patterns (`match_id`, `start`,
    `end`), each pattern's token tests answered once per distinct token."""

    def __init__(self, keyed: list[tuple[int, list[list[dict[str, Any]]]]], strings: Any) -> None:
        """`keyed`: each match id with its patterns (lists of token specs, no operators)."""
        # the token tests whose checks are all equalities, by the columns they read and then
        # the values they ask for; the others, each with its checks
        self._equal: dict[tuple[int, ...], dict[tuple[Any, ...], list[int]]] = {}
        self._other: list[tuple[int, list[Check]]] = []
        # each pattern's match id and later tokens' tests, by its first token's test
        self._first: dict[int, list[tuple[int, tuple[int, ...]]]] = {}
        count = 0
        for match_id, patterns in keyed:
            for pattern in patterns:
                if not pattern:
                    raise Unsupported("an empty pattern")
                ids = []
                for spec in pattern:
                    checks = sorted(_checks(spec, strings), key=lambda c: c[0])
                    if all(op == "==" for _, op, _ in checks):
                        columns = tuple(at for at, _, _ in checks)
                        values = tuple(value for _, _, value in checks)
                        self._equal.setdefault(columns, {}).setdefault(values, []).append(count)
                    else:
                        self._other.append((count, checks))
                    ids.append(count)
                    count += 1
                self._first.setdefault(ids[0], []).append((match_id, tuple(ids[1:])))
        self._answers: dict[tuple[int, ...], _Answer] = {}
        # each group's look-up: its columns' values read at once (one column's as a number)
        self._lookups = [
            (itemgetter(*columns), {(v[0] if len(v) == 1 else v): ids for v, ids in by.items()})
            for columns, by in self._equal.items()
        ]
        # a token is read by the columns some test reads, the others left as they are: so
        # tokens differing only there ("Police", "police") share their answer
        used = {at for columns in self._equal for at in columns}
        used.update(at for _, checks in self._other for at, _, _ in checks)
        self._columns = [attr if i in used else ORTH for i, attr in enumerate(_ATTRS)]
        self._unused = [i for i in range(len(_ATTRS)) if i not in used]
        # the other tests with an equality among their checks, by that column and value (a
        # token is asked only those its value there meets), and the tests with none
        self._other_at: dict[int, dict[Any, list[tuple[int, list[Check]]]]] = {}
        self._other_always: list[tuple[int, list[Check]]] = []
        for test, checks in self._other:
            equal = next(((at, value) for at, op, value in checks if op == "=="), None)
            if equal is None:
                self._other_always.append((test, checks))
            else:
                at, value = equal
                self._other_at.setdefault(at, {}).setdefault(value, []).append((test, checks))

    def _answer(self, token: tuple[int, ...], texts: Any) -> _Answer:
        """A distinct token's one-token matches (their ids, each once), the longer patterns whose
        first token it is (with the tests their later tokens must pass), and its tests passed."""
        answer = self._answers.get(token)
        if answer is None:
            if len(self._answers) >= SIGNATURES_KEPT:
                self._answers.clear()
            passed: set[int] = set()
            for values_of, by_values in self._lookups:
                passed.update(by_values.get(values_of(token), ()))
            passed.update(i for i, checks in self._other_always if _passes(checks, token, texts))
            for at, by_value in self._other_at.items():
                for i, checks in by_value.get(token[at], ()):
                    if _passes(checks, token, texts):
                        passed.add(i)
            single: set[int] = set()
            longer: list[tuple[int, tuple[int, ...]]] = []
            for test in passed:
                for match_id, rest in self._first.get(test, ()):
                    if rest:
                        longer.append((match_id, rest))
                    else:
                        single.add(match_id)
            answer = _Answer(tuple(single), tuple(longer), frozenset(passed))
            self._answers[token] = answer
        return answer

    def __call__(self, doc: Doc) -> list[tuple[int, int, int]]:
        if not len(doc):
            return []
        array = doc.to_array(self._columns)
        array[:, self._unused] = 0
        texts, rows = doc.vocab.strings, array.tolist()
        # a token met before answered by one look-up, with no Python call
        known, answer_of = self._answers.get, self._answer
        answers = [known(row) or answer_of(row, texts) for row in map(tuple, rows)]
        found: list[tuple[int, int, int]] = []
        longer: set[tuple[int, int, int]] = set()
        for start, answer in enumerate(answers):
            for match_id in answer.single:
                found.append((match_id, start, start + 1))
            for match_id, rest in answer.longer:
                end = start + 1 + len(rest)
                if end <= len(answers) and all(
                    t in answers[start + 1 + k].passing for k, t in enumerate(rest)
                ):
                    longer.add((match_id, start, end))
        return found + sorted(longer)


class _Answer(NamedTuple):
    single: tuple[int, ...]
    longer: tuple[tuple[int, tuple[int, ...]], ...]
    passing: frozenset[int]


def table_matcher(ruler: Any) -> TableMatcher | None:
    """A `TableMatcher` of the ruler's patterns, or None where one is not of the kinds read
    here (the ruler then keeps spaCy's Matcher)."""
    strings = ruler.vocab.strings
    keyed = []
    for i in range(len(ruler.attrs)):
        key = str(i)  # the ruler's own keys (`AttributeRuler.add`)
        got = ruler.matcher.get(key)
        if got is None:
            return None
        _, patterns = got
        if any(isinstance(tok, dict) and "OP" in tok for p in patterns for tok in p):
            return None
        keyed.append((strings.add(key), patterns))
    try:
        return TableMatcher(keyed, strings)
    except Unsupported:
        return None


def match_by_table(ruler: Any) -> bool:
    """Let the ruler find its matches with a `TableMatcher` (sorted by rule, as its own `match`
    sorts them) and set them on each match's token without a Span; False, and the ruler left as
    it was, where its patterns are not all read. A ruler given other patterns later goes back to
    its own methods."""
    matcher = table_matcher(ruler)
    if matcher is None:
        return False
    strings = ruler.vocab.strings
    kind = type(ruler)
    built = (ruler.matcher, len(ruler.matcher), len(ruler.attrs))

    def changed() -> bool:
        return (ruler.matcher, len(ruler.matcher), len(ruler.attrs)) != built

    def match(doc: Doc) -> list[tuple[int, int, int, int]]:
        if changed():
            return kind.match(ruler, doc)  # type: ignore[no-any-return]
        matches = [(int(strings[m_id]), m_id, s, e) for m_id, s, e in matcher(doc)]
        matches.sort()
        return matches

    def set_annotations(doc: Doc, matches: list[tuple[int, int, int, int]]) -> None:
        # as the ruler's own: each match's attributes set on its token `span[index]`, in order
        if changed():
            kind.set_annotations(ruler, doc, matches)
            return
        attrs, indices = ruler.attrs, ruler.indices
        tokens: dict[int, Token] = {}  # each token's object made once, for all its matches
        for attr_id, match_id, start, end in matches:
            index = indices[attr_id]
            at = end + index if index < 0 else start + index
            if start <= at < end:
                token = tokens.get(at)
                if token is None:
                    token = tokens[at] = doc[at]
                set_token_attrs(token, attrs[attr_id])
            else:  # spaCy's own error
                kind.set_annotations(ruler, doc, [(attr_id, match_id, start, end)])

    ruler.match = match
    ruler.set_annotations = set_annotations
    return True
