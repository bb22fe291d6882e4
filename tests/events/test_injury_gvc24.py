"""The people shot counted once when the dead and the wounded are told after them, a death told
of one of several people shot, wounds of the dead, running totals and dead named apart (gvc24).

Short local-news reports of our own, none from a development set. A count of victims named by the
gunfire ("deputies came upon four gunshot victims") is a count of the people shot, the dead among
them: where a later sentence tells the wounded and the dead apart ("three were wounded and a
cashier was killed"), the injured are the living, not the whole count (`coder._added`). A death
told after two or more people were shot ("shot a cook and a porter ... the cook died at a
clinic", "the victim later died") is of one of them, not of one victim hurt and then dead
(`coder._several_shot`, `article_level.fold_into_main`); with one person shot it still is.
Wounds told with no injury word, paragraphs later, of people the article reports dead ("each bore
bullet wounds", "the father's wound seemed self-inflicted") are the dead's wounds: the dead come
off that figure when it is folded into the main record (`article_level.fold_into_main`, as
`consolidate.article_counts` does for its accounts). A count told in the perfect over a short
span ("four teenagers have been shot here in one month", `casualties/short_spans.txt`) is a
running total, not the incident's count. Dead told after other dead and named by a noun of
another sex ("the wife died before medics came; her husband died in a clinic") are more of the
people shot (`coder._dead_named_apart`); a noun of no sex ("the victim", "the tailor") or a death
told again names no one apart. The main event must carry (killed, injured).
"""

from __future__ import annotations

import pytest

from .conftest import Code, assert_main_counts

# (text, killed, injured)
CASES: list[tuple[str, int, int]] = [
    # victims named by the gunfire, then the wounded and the dead told apart: the living
    (
        "Gunfire erupted in a pool hall on Quarry Lane before dawn on Sunday. Deputies came upon "
        "four gunshot victims there.\n\nThree were wounded and a cashier, 30, was killed.",
        1,
        3,
    ),
    (
        "Gunfire broke out at a barbecue on Reed Avenue on Friday night. Deputies came upon three "
        "gunshot victims in the yard. A teenager was killed and two men were wounded, the sheriff "
        "said.",
        1,
        2,
    ),
    (
        "Troopers came upon four gunshot victims in a pool hall on Quarry Lane early Sunday. A "
        "cashier was killed and a bouncer was wounded.",
        1,
        3,
    ),
    # ... and with no death told, the victims found are all hurt
    (
        "Deputies came upon two gunshot victims behind a feed store on Vine Street on Monday. "
        "Both were driven to a clinic with wounds to the legs.",
        0,
        2,
    ),
    (
        "Deputies came upon a gunshot victim behind a feed store on Vine Street on Monday. He "
        "was driven to a clinic with a wound to the arm.",
        0,
        1,
    ),
    # a death told after two or more people shot: one of them died, the other lived
    (
        "Someone shot a welder and his nephew outside a garage on Cobb Lane on Friday. The "
        "nephew later died.",
        1,
        1,
    ),
    (
        "A robber shot a clerk and a customer at a pharmacy on Friday. The clerk died at a clinic.",
        1,
        1,
    ),
    (
        "A robber shot a clerk and a customer at a pharmacy on Friday. The victim died at a "
        "clinic on Saturday.",
        1,
        1,
    ),
    (
        "Gunmen fired on a van on Ash Road on Friday, hitting the driver and a passenger. The "
        "driver died at a clinic.",
        1,
        1,
    ),
    ("Two men were shot on Hale Street on Monday. One of the men died at the clinic.", 1, 1),
    # ... the other told hurt as well: not added a second time
    (
        "A robber shot a clerk and a customer at a pharmacy on Friday. The clerk died at a "
        "clinic and the customer was treated for a wound to the hand.",
        1,
        1,
    ),
    # wounds of the dead, told paragraphs later: no one hurt
    (
        "Three people were found dead in a house on Elm Road on Tuesday in what police called a "
        "murder-suicide.\n\nNeighbors described the family as quiet.\n\nA man fatally shot his "
        "wife and son on Tuesday before turning the pistol on himself, police said. All three "
        "had suffered bullet wounds to the chest.",
        3,
        0,
    ),
    (
        "A couple and their two sons lay dead in their farmhouse on Elm Road on Sunday in an "
        'apparent murder-suicide.\n\nNeighbors described the family as kind.\n\n"All four '
        "died of gunshots. The father's bullet wound seems self-inflicted,\" a deputy said.",
        4,
        0,
    ),
    # ... but someone told hurt besides the dead keeps the count
    (
        "A man was shot dead outside a tavern on Elm Road on Friday night.\n\nNeighbors said the "
        "tavern had seen fights before.\n\nA second man was shot on Elm Road on Friday and is "
        "in stable condition, deputies said.",
        1,
        1,
    ),
    (
        "A man was shot dead outside a tavern on Elm Road on Friday night.\n\nNeighbors said the "
        "tavern had seen fights before.\n\nA woman was wounded in the gunfire on Elm Road on "
        "Friday, deputies said.",
        1,
        1,
    ),
    # a running total over a short span, told in the perfect: not the incident's count
    (
        "A boy was shot dead at a bungalow on Elm Road on Saturday.\n\nA neighbor walked over on "
        "Saturday once she heard. \"We've seen four kids shot and two killed on this block in "
        'one week," she said.',
        1,
        0,
    ),
    (
        "A teenager was shot dead outside a deli on Elm Road on Friday.\n\nA pastor came by the "
        'deli on Friday. "This block has had four people shot and one killed in one month," '
        "he said.",
        1,
        0,
    ),
    (
        "A teenager was shot dead outside a deli on Elm Road on Friday.\n\nA pastor stopped by "
        "the deli on Friday night. He said three young men have been shot and wounded near the "
        "deli in a single weekend.",
        1,
        0,
    ),
    # ... the incident's own count beside "in a week" stays
    (
        "Gunmen attacked a depot on Elm Road on Saturday. Two guards were killed and a driver "
        "was wounded in the second attack in a week.",
        2,
        1,
    ),
    ("Gunmen killed two guards and wounded a driver at a depot on Elm Road on Saturday.", 2, 1),
    # dead named apart from the dead told before: more of the people shot
    (
        "A rancher shot his wife and stepson at their farmhouse on Elm Road on Tuesday and then "
        "turned the rifle on himself. Deputies found three people with bullet wounds. The "
        "woman died before medics came. The man and the boy were flown to a clinic where they "
        "died hours later.",
        3,
        0,
    ),
    (
        "Gunfire hit a couple and their son on Elm Road on Friday. The wife died before medics "
        "came. Her husband was flown to a trauma center, where he died hours later.",
        2,
        1,
    ),
    # ... not where the later dead may be the same person, or no one new dies
    (
        "A man and his aunt were shot at a bungalow on Elm Road on Tuesday. The woman was dead "
        "when medics came. The victim died of one bullet to the chest, deputies said.",
        1,
        1,
    ),
    (
        "Two men were shot outside a tavern on Elm Road on Friday. The older man was dead when "
        "medics came. The man was 45.",
        1,
        1,
    ),
    # one person shot, then dead: counted once, dead
    (
        "A gunman shot a cook at a diner on Lowell Street on Sunday; the cook died at a clinic.",
        1,
        0,
    ),
    ("A teenager was shot near a park on Tuesday. The teenager later died.", 1, 0),
    ("A man was shot on Hale Street on Monday. The victim died at a clinic.", 1, 0),
    (
        "A man was shot twice on Hale Street on Monday and was critically wounded. He died at a "
        "clinic.",
        1,
        0,
    ),
]


@pytest.mark.parametrize(("text", "killed", "injured"), CASES)
def test_main_event_counts(code: Code, text: str, killed: int, injured: int) -> None:
    assert_main_counts(code(text), text, killed, injured)
