"""The look-ahead in front of a time rule's pattern rejects only positions where no non-empty
match starts: matches, spans and groups stay the pattern's own."""

from __future__ import annotations

import re

import pytest

from eventwire.annotate.times import TimeTagger
from eventwire.annotate.timex_context import Rule
from eventwire.annotate.timex_guard import guarded

TEXTS = [
    "Police said the shooting happened at 10:45 p.m. Friday, about 2130 hours local time.",
    "By nine o'clock in the morning on 3/4/2021 the crowd had gone; at 6 tonight they return.",
    "The ceasefire, agreed in the 1990s, lasted for a long time until last Monday at 14:00 GMT.",
    "Every Sunday and each Wednesday for three weeks, twice a day, 2 years ago, the past decade.",
    "Zu 9:30 Uhr; 23:59; 24:00; 7:5; 0930h; one o’clock; Q3 2020; the summer of '98.",
]


def _matches(
    pattern: re.Pattern[str], text: str
) -> list[tuple[tuple[int, int], dict[str, str | None]]]:
    return [
        (m.span(), m.groupdict())
        for lo in range(0, len(text), 7)
        for m in pattern.finditer(text, lo, min(len(text), lo + 60))
        if m.end() > m.start()
    ]


@pytest.mark.parametrize("rule", TimeTagger().rules, ids=lambda rule: rule.name)
def test_every_rule_matches_as_its_own_pattern_in_any_window(rule: Rule) -> None:
    scan = guarded(rule.pattern)
    for text in TEXTS:
        assert _matches(scan, text) == _matches(rule.pattern, text)


def test_the_clock_rule_is_guarded_and_letters_are_known_to_it(tagger: TimeTagger) -> None:
    clock24 = next(rule for rule in tagger.rules if rule.name == "clock24")
    scan = guarded(clock24.pattern)
    assert scan is not clock24.pattern
    assert scan.match("at 10:45", 3) is not None
    assert scan.match("at x0:45", 3) is None


@pytest.mark.parametrize(
    ("pattern", "flags"),
    [
        (r"a*", 0),  # may match nothing
        (r".x", 0),  # any character first
        (r"[^a]b", 0),  # a negated class
        (r"(?i)abc", 0),  # a global flag at the start
        (r"a  # a comment", re.VERBOSE),
    ],
)
def test_patterns_it_cannot_guard_exactly_stay_as_they_are(pattern: str, flags: int) -> None:
    compiled = re.compile(pattern, flags)
    scan = guarded(compiled)
    for text in ["xab abc AB ", "aaa", "zxb"]:
        assert _matches(scan, text) == _matches(compiled, text)


def test_case_blind_guard_keeps_case_blind_local_groups() -> None:
    pattern = re.compile(r"(?i:mon)day|(?-i:GMT)")
    scan = guarded(pattern)
    assert scan is not pattern
    assert [m.group() for m in scan.finditer("MONday Monday GMT gmt")] == [
        "MONday",
        "Monday",
        "GMT",
    ]
