"""The groups of PLOVER sector codes that say an actor is of a state, in one place (actors46).

One core, the state's own bodies (`STATE_SECTORS`), and what each reading adds to it. The
members differ on purpose: one set for all four readings (the domestic one) moved no benchmark
figure nor any record of the throughput news, but it changes readings of our own ("The rebels
returned 20 vehicles to the villagers", RETREAT, becomes no event once rebels are not armed;
`tests/events/test_actors46_forms.py`), so they are kept apart (actors46):

- `STATE_SECTORS`: the executive, its forces, police, intelligence and courts. They do not
  protest (an army that "took to the streets" is deployed; `protest_reading`, `candidates`).
  Lawmakers and parties are left out: a parliament's opposition walks out and marches.
- `ACLED_STATE_SECTORS`: ACLED's state forces and bodies, lawmakers with them (`acled_actors`:
  an actor is no civilian and no rioter).
- `DOMESTIC_SECTORS`: agents of a country's own politics, parties too, who are of the country
  the article is about where the text names none (`actors`, `roles`, `coder`).
- `ARMED_OR_STATE_SECTORS`: anyone armed or of a state, rebels and international bodies too,
  whose handing back of a craft is no private deal (`misreadings._private_return`).
"""

from __future__ import annotations

STATE_SECTORS = frozenset({"GOV", "MIL", "COP", "SPY", "JUD"})
ACLED_STATE_SECTORS = STATE_SECTORS | {"LEG"}
DOMESTIC_SECTORS = STATE_SECTORS | {"LEG", "PTY"}
ARMED_OR_STATE_SECTORS = DOMESTIC_SECTORS | {"REB", "UAF", "IGO"}
