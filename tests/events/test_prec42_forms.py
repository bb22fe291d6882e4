"""Political news told as events it does not report (issue 15 precision, prec42): a view shared
with one person ("agreed with her on trade") is no agreement made; voters, donors and a party's
base mobilised or met are campaign work, no force readied (PLOVER MOBILIZE) nor consultation
between sides (CONSULT); an agreement made before that sides fight over ("critics of the accord")
is background, and fighting it assaults no one; one person deployed (a son, a veteran, a
surrogate) is no force readied; an event a side is "open to" is to come; an event under a verb
of causing told with a modal ("the plan would have the leaders meet") is a prospect. The same
words that tell an agreement, a force moved, a meeting of sides or a done act stay events. All
sentences written for these tests."""

from __future__ import annotations

import pytest

from .conftest import Code, asserted_below_headline


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # a view shared with one person, on a topic that is no deal
        ("The senator agreed with her on trade but split with her on immigration.", "AGREE"),
        ("The governor agrees with Smith on most issues.", "AGREE"),
        ("The senator agreed with Jones on health care.", "AGREE"),
        ("At the forum the mayor said she agreed with him on the economy.", "AGREE"),
        # a campaign's electorate mobilised
        ("The group mobilized turnout among young voters.", "MOBILIZE"),
        ("The union mobilized its voters for the runoff.", "MOBILIZE"),
        ("The speech fired up and mobilized the base.", "MOBILIZE"),
        # a campaign's people met
        ("The candidate met with donors in the city on Monday.", "CONSULT"),
        ("The candidate met voters at a diner on the highway.", "CONSULT"),
        ("The senator met with a group of donors at a hotel.", "CONSULT"),
        # an agreement made before, fought over
        ("Critics of the nuclear accord say it does too little.", "AGREE"),
        ("The governor strongly opposes the climate accord.", "AGREE"),
        ("Supporters of the accord held a news conference.", "AGREE"),
        ("Republicans attacked the nuclear deal in a hearing on Tuesday.", "AGREE"),
        # an agreement or a measure fought over: no one assaulted
        ("The senator has fought the trade pact for months.", "ASSAULT"),
        ("The governor battled the new tariffs in court.", "ASSAULT"),
        ("The senator attacked the trade pact in a speech on Monday.", "ASSAULT"),
        ("The lawmakers battled the tariffs for months.", "ASSAULT"),
        # one person posted: a life's service or a campaign's errand
        ("The senator's son, who was deployed to Iraq with the Guard, died of cancer.", "MOBILIZE"),
        ("The candidate, a veteran who deployed twice to Afghanistan, spoke.", "MOBILIZE"),
        ("The senator deployed his father as a surrogate in Iowa.", "MOBILIZE"),
        ("The campaign deployed attack ads across the state.", "MOBILIZE"),
        # an event a side is open or ready to take part in
        ("She said she is open to meeting the Iranian president.", "CONSULT"),
        ("The rebels said they are open to talks with the government.", "CONSULT"),
        # an event under a verb of causing told with a modal
        ("The plan would have the two leaders meet in Geneva.", "CONSULT"),
        ("The bill would have the agency consult the tribes.", "CONSULT"),
    ],
)
def test_not_asserted(code: Code, text: str, kind: str) -> None:
    assert not asserted_below_headline(code, text, kind), text


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # an agreement made with a person, or on a deal
        ("The envoy agreed with Halvorsen on a ceasefire in the north.", "AGREE"),
        ("The two sides agreed to a ceasefire on Tuesday.", "AGREE"),
        ("The rebels and the government agreed on a truce late on Monday.", "AGREE"),
        # forces mobilised
        ("The army mobilized 30,000 reservists on Sunday.", "MOBILIZE"),
        ("The militia mobilized hundreds of fighters near the dam.", "MOBILIZE"),
        ("Russia deployed warplanes to the base on Monday.", "MOBILIZE"),
        ("The army's 3rd Brigade was deployed to the border on Tuesday.", "MOBILIZE"),
        ("The navy sent Halcyon, which was deployed to the gulf on Monday.", "MOBILIZE"),
        # sides met
        ("The foreign minister met his Chinese counterpart in Beijing on Monday.", "CONSULT"),
        ("The president met with union leaders on Tuesday.", "CONSULT"),
        ("The rebels held talks with the government on Monday.", "CONSULT"),
        # an agreement made
        ("The rebels and the government signed a peace deal in the capital.", "AGREE"),
        # forces fought, a place attacked
        ("The rebels fought government troops for months.", "ASSAULT"),
        ("Gunmen attacked the offices of the tax agency on Monday.", "ASSAULT"),
        # a causing told as done
        ("The president had the two ministers meet on Monday.", "CONSULT"),
        ("The general let the observers visit the base on Tuesday.", "CONSULT"),
    ],
)
def test_same_words_still_an_event(code: Code, text: str, kind: str) -> None:
    assert asserted_below_headline(code, text, kind), text
