"""The short spans around the story's event: "the weeks before the attack" (timex_spans)."""

from __future__ import annotations

import pytest

from eventwire.annotate.times import TimeTagger


@pytest.mark.parametrize(
    ("text", "anchor", "value"),
    [
        (
            "A mill burned on Sept. 3. Guards saw smoke in the weeks before the fire.",
            "2021-03-10",
            "2020-09",
        ),
        (
            "The levee broke in May. Roads stayed shut in the days after the flood.",
            "2019-08-02",
            "2019-05",
        ),
    ],
)
def test_span_takes_the_month_of_the_first_past_date(
    tagger: TimeTagger, text: str, anchor: str, value: str
) -> None:
    found = {(t.text, t.value) for t in tagger.tag(text, anchor)}
    assert any(v == value and t in ("weeks", "days") for t, v in found)


def test_no_past_date_told_no_expression(tagger: TimeTagger) -> None:
    times = tagger.tag("Guards saw smoke in the weeks before the fire.", "2021-03-10")
    assert not times


def test_a_date_of_the_anchor_month_is_not_the_event(tagger: TimeTagger) -> None:
    text = "On Monday the mayor spoke. Guards saw smoke in the days before the fire."
    assert all(t.text != "days" for t in tagger.tag(text, "2021-03-10"))
