"""TIMEX3 builders for the short spans around the story's event ("in the weeks before the
attack", "in the days after the vote").

TimeML tags the plural unit alone ("weeks"), a DATE whose value is the month of the event
the span leads up to or follows. A news story tells its event first, so that month is the one
of the first past day or month the text names before the span (`Context.remember` keeps it
under `first_past`); with none told the span is left untagged.
"""

from __future__ import annotations

import re

from .timex_context import Built, Context, fmt


def b_eve_span(m: re.Match[str], ctx: Context) -> Built | None:
    """ "the weeks before the shooting", "the days after the vote": the month of the story's
    event (the first past day or month told), else no expression. "The weeks since the
    attack" runs from the event up to the time of telling: a length not counted (PXW)."""
    after = ctx.text[m.end() :].split(maxsplit=1)
    if after and after[0].lower() in ctx.words.lexicon.words("time/eve_span_since"):
        return "DURATION", ctx.words.duration_value(None, m.group().lower())
    first = ctx.last.get("first_past")
    if first is None:
        return ("DATE", None) if ctx.probing else None
    return "DATE", fmt(first)
