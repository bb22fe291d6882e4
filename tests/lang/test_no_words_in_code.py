"""Words are data: rule code outside `eventwire/lang/` holds no word lists of a natural language.

A real check, not a grep: every module of the package is parsed (ast), and each string-list
literal (a list, tuple, set or frozenset of strings, a dict's string keys or values, a
`"...".split()` word string) and each alternation in a regular expression (`\\b(?:said|told)\\b`)
is read item by item. An item is a *word* when it is written like one (lower-case letters, with
apostrophes, hyphens, dots or spaces inside: "said", "a.m.", "no one") and is not a *code name*:
a name the package itself uses as an identifier (a variable, attribute, argument, keyword or field:
"published", "country"), a value of a `Literal[...]` (schema enums: "asserted", "city"), a key
read by subscript or `.get()` ("pubdate"), a spaCy label ("nsubj", "compound"), or one of the
few code strings listed in `CODE_STRINGS`. A literal holding two words or more is a word list, and
belongs in `eventwire/lang/<code>/` (GUIDE.md, "Words are data").
"""

from __future__ import annotations

import ast
import re
import textwrap
from collections.abc import Iterator
from functools import cache
from pathlib import Path

import pytest
import spacy.glossary

import eventwire

PACKAGE = Path(eventwire.__file__).resolve().parent

# Modules whose English words still wait to be moved (issue #16, item 5), with what holds them.
# Empty: every module's words live in lang/. Keep it so; a module listed here is a debt.
NOT_YET_MOVED: dict[str, str] = {}

# Code strings the check cannot tell from words: they are names of formats and protocols, not
# language. Keep this short; a natural-language word never goes here.
CODE_STRINGS = frozenset(
    {
        "http", "https",  # URL schemes
        "sqlite", "postgresql", "postgres",  # database URL dialects
        "ascii", "us-ascii", "gbk", "x-sjis", "shift-jis", "sjis",  # character encodings
        "ss", "ae", "oe", "th", "l",  # letters of a transliteration table (ß, æ, œ, þ, ł)
        "dct", "pubdate",  # field names of the JSON Lines input
    }
)  # fmt: skip

WORD = re.compile(r"[a-z][a-z'’.\-]*(?: [a-z][a-z'’.\-]*)*")
"""A word or a phrase as written: lower-case letters, apostrophes, hyphens, dots, spaces."""
REGEX_WORD = re.compile(
    r"(?<![\\\w])([a-z][a-z'’]*(?:(?:\\s[+*?]?|\[\\s-\]|[ -])[a-z'’]+)*)(?=[|)])"
)
"""An alternative of a regex group made of words ("said", "going\\s+to") before `|` or `)`."""
_SPACES = re.compile(r"\\s[+*?]?|\[\\s-\]")
REGEX_SIGNS = ("(?", "\\b", "\\s")
MIN_WORDS = 2


def _modules() -> dict[str, ast.Module]:
    return {
        path.relative_to(PACKAGE).as_posix(): ast.parse(path.read_text(encoding="utf-8"))
        for path in sorted(PACKAGE.rglob("*.py"))
        if path.relative_to(PACKAGE).parts[0] != "lang"
    }


def _is_literal(node: ast.expr) -> bool:
    return (isinstance(node, ast.Name) and node.id == "Literal") or (
        isinstance(node, ast.Attribute) and node.attr == "Literal"
    )


def code_names(trees: list[ast.Module]) -> frozenset[str]:
    """Every name the code uses as a name, not as text (see the module's docstring)."""
    names = {label.lower() for label in spacy.glossary.GLOSSARY}
    for tree in trees:
        for node in ast.walk(tree):
            if isinstance(node, ast.Name):
                names.add(node.id)
            elif isinstance(node, ast.Attribute):
                names.add(node.attr)
            elif isinstance(node, ast.arg):
                names.add(node.arg)
            elif isinstance(node, ast.keyword) and node.arg:
                names.add(node.arg)
            elif isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
                names.add(node.name)
            elif isinstance(node, ast.alias):
                names.add(node.asname or node.name.rsplit(".", 1)[-1])
            elif isinstance(node, ast.Subscript):
                if _is_literal(node.value):
                    names.update(_strings(ast.walk(node.slice)))
                elif isinstance(node.slice, ast.Constant) and isinstance(node.slice.value, str):
                    names.add(node.slice.value)
            elif (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr in ("get", "pop", "setdefault")
                and node.args
            ):
                names.update(_strings(node.args[:1]))
    return frozenset(names | CODE_STRINGS)


def _strings(nodes: Iterator[ast.AST] | list[ast.expr]) -> list[str]:
    return [n.value for n in nodes if isinstance(n, ast.Constant) and isinstance(n.value, str)]


def string_lists(tree: ast.Module) -> Iterator[tuple[int, list[str]]]:
    """(line, items) of every string-list literal of a module."""
    for node in ast.walk(tree):
        if isinstance(node, ast.List | ast.Tuple | ast.Set):
            yield node.lineno, _strings(node.elts)
        elif isinstance(node, ast.Dict):
            yield node.lineno, _strings([k for k in node.keys if k is not None])
            yield node.lineno, _strings(node.values)
        elif (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.attr == "split"
            and not node.args
            and isinstance(node.func.value, ast.Constant)
            and isinstance(node.func.value.value, str)
        ):
            yield node.lineno, node.func.value.value.split()


def _docstrings(tree: ast.Module) -> set[int]:
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef):
            body = node.body
            if body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant):
                found.add(id(body[0].value))
        elif isinstance(node, ast.Expr) and isinstance(node.value, ast.Constant):
            found.add(id(node.value))  # attribute docstrings
    return found


def regex_alternations(tree: ast.Module) -> Iterator[tuple[int, list[str]]]:
    """(line, alternatives) of every string that reads as a regex with word alternatives."""
    skip = _docstrings(tree)
    for node in ast.walk(tree):
        if (
            isinstance(node, ast.Constant)
            and isinstance(node.value, str)
            and id(node) not in skip
            and "|" in node.value
            and any(sign in node.value for sign in REGEX_SIGNS)
        ):
            yield node.lineno, [_SPACES.sub(" ", w) for w in REGEX_WORD.findall(node.value)]


def words_in(items: list[str], names: frozenset[str]) -> list[str]:
    return [s for s in items if WORD.fullmatch(s) and s not in names]


def word_lists(trees: dict[str, ast.Module], names: frozenset[str]) -> list[str]:
    """'module:line: words' for every word list found in the modules."""
    found = []
    for module, tree in trees.items():
        for line, items in [*string_lists(tree), *regex_alternations(tree)]:
            words = words_in(items, names)
            if len(words) >= MIN_WORDS:
                found.append(f"{module}:{line}: {words[:6]}")
    return found


@cache
def _package() -> tuple[dict[str, ast.Module], frozenset[str]]:
    trees = _modules()
    return trees, code_names(list(trees.values()))


def test_no_word_lists_outside_lang() -> None:
    trees, names = _package()
    checked = {module: tree for module, tree in trees.items() if module not in NOT_YET_MOVED}
    found = word_lists(checked, names)
    assert not found, "word lists in code (move them to eventwire/lang/en/):\n" + "\n".join(found)


def test_modules_waiting_to_move_still_exist_and_still_wait() -> None:
    """An entry of NOT_YET_MOVED names a module that still holds words: delete it once moved."""
    trees, names = _package()
    done = [m for m in NOT_YET_MOVED if m not in trees or not word_lists({m: trees[m]}, names)]
    assert not done, (
        f"these modules hold no word list any more: drop them from NOT_YET_MOVED: {done}"
    )


def _check(source: str) -> list[str]:
    tree = ast.parse(textwrap.dedent(source))
    names = code_names([tree]) | _package()[1]  # the package's names, read once
    return word_lists({"probe.py": tree}, names)


def test_the_check_finds_word_lists_in_every_form() -> None:
    assert _check('CUES = frozenset({"blorped", "zibbered"})')
    assert _check('CUES = ("blorped", "zibbered", "ORG")')
    assert _check('CUES = {"blorped": 1, "zibbered": 2}')
    assert _check('CUES = {"x": "blorped", "y": "zibbered"}')
    assert _check('CUES = frozenset("blorped zibbered".split())')
    assert _check('CUE = re.compile(r"\\b(?:blorped|zibbered\\s+out)\\b")')
    assert _check('CUES = ["blorp away", "zib"]')


def test_the_check_leaves_code_names_alone() -> None:
    # labels and tags, identifiers used as names, enum values, keys, formats: no words
    assert not _check('LABELS = frozenset({"GPE", "LOC", "FAC"})')
    assert not _check('DEPS = ("nsubj", "nsubjpass", "dobj")')
    assert not _check(
        "class R:\n    published: str\n    country: str\nFIELDS = ('published', 'country')"
    )
    assert not _check("Kind = Literal['blorped', 'zibbered']\nKINDS = ('blorped', 'zibbered')")
    assert not _check("x = row['blorped'] or row.get('zibbered')\nKEYS = ('blorped', 'zibbered')")
    assert not _check('SCHEMES = ("http", "https")')
    assert not _check('MARKS = ("\'s", "’s", ".", ",")')
    assert not _check('ONE = ("blorped",)')
    assert not _check('FORMAT = "%(name)s|%(value)s"')


# A token's text compared with one word ("prep.lower_ == 'of'", "lemma in {'shoot'}") is a word
# in code too, though no list: such words are named by their role in `lang/<code>/key_words.tsv`
# (`lang.key_words.KeyWords`). What counts as a token's text: its text attributes, and the names
# the rule modules give text read from the parse.
TEXT_ATTRIBUTES = frozenset({"lower_", "lemma_", "text", "orth_", "norm_"})
TEXT_NAMES = frozenset(
    {"lemma", "lower", "fixed", "word", "raw", "head_lemma", "verb_lemma", "prev"}
)
TEXT_SEQUENCES = frozenset({"lemmas", "lowers", "words", "aux"})


def _is_text(node: ast.expr) -> bool:
    if isinstance(node, ast.Attribute):
        return node.attr in TEXT_ATTRIBUTES
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
        if node.func.attr == "get":  # a table looked up by the text: "fixes.get(lower, lemma)"
            return any(_is_text(arg) for arg in node.args)
        return node.func.attr == "lower" and _is_text(node.func.value)
    if isinstance(node, ast.Name):
        return node.id in TEXT_NAMES | TEXT_SEQUENCES
    if isinstance(node, ast.Subscript) and isinstance(node.value, ast.Name):
        return node.value.id in TEXT_SEQUENCES
    return False


def _operands(node: ast.expr) -> list[ast.expr]:
    """A set built by a union ("lex.recipient_preps | {'for'}") read as its operands."""
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.BitOr):
        return [*_operands(node.left), *_operands(node.right)]
    return [node]


def _compared_words(node: ast.Compare) -> list[str]:
    sides = [node.left, *node.comparators]
    if not any(_is_text(side) for side in sides):
        return []
    found = []
    for side in (o for s in sides for o in _operands(s)):
        items = side.elts if isinstance(side, ast.Set | ast.Tuple | ast.List) else [side]
        found += [s for s in _strings(items) if WORD.fullmatch(s)]
    return found


def word_comparisons(trees: dict[str, ast.Module]) -> list[str]:
    """'module:line: word' for every word a token's text is compared with."""
    return [
        f"{module}:{node.lineno}: {word}"
        for module, tree in trees.items()
        for node in ast.walk(tree)
        if isinstance(node, ast.Compare)
        for word in _compared_words(node)
    ]


def test_no_token_text_compared_with_a_word() -> None:
    found = word_comparisons(_package()[0])
    assert not found, (
        "words compared in code (name them by role in eventwire/lang/en/key_words.tsv):\n"
        + "\n".join(found)
    )


@pytest.mark.parametrize(
    "source",
    [
        'x = c.lower_ == "blorp"',
        'x = tok.head.lemma_ != "blorp"',
        'x = verb.lemma_.lower() == "blorp"',
        'x = lemma in {"blorp"}',
        'x = "blorp" in lemmas',
        'x = lowers[i] == "blorp"',
        'x = c.lower_ in lex.recipient_preps | {"blorp"}',
        'x = fixes.get(lowers[i], lemma) != "blorp"',
        'x = prev == "blorp"',
    ],
)
def test_the_comparison_check_finds_a_compared_word(source: str) -> None:
    assert word_comparisons({"probe.py": ast.parse(source)})


@pytest.mark.parametrize(
    "source",
    [
        'x = c.dep_ == "prep"',
        'x = mode == "riot"',
        "x = c.lower_ in key.genitive_preps",
        'x = unit == "year"',
    ],
)
def test_the_comparison_check_leaves_codes_alone(source: str) -> None:
    assert not word_comparisons({"probe.py": ast.parse(source)})
