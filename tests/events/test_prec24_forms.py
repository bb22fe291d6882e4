"""Agreements and meetings named in news where none is made or held (issue 15, prec24): an
agreement sought or worked at ("are nearing a deal"), an old agreement referred to ("under the
1994 accord") or kept, broken or left ("accused the army of breaking the truce"), a meeting with
the press ("gave the figures at a news conference"), a meeting still to come ("ahead of the
summit"), and documents or private counsel consulted ("consulted the map", "consulted a
lawyer"). The forms that report an agreement made or a meeting held stay asserted, a meeting
that is the setting of another act included (the tune judgments count a speech made where talks
open real). All sentences written for these tests; each text opens with a headline line, as an
article does (a headline tells news in the present)."""

from __future__ import annotations

import pytest

from .conftest import Code, asserted_below_headline

_asserted = asserted_below_headline


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        # opinion
        ("Experts agree that the border dispute will not end soon.", "AGREE"),
        ("Most analysts agree the economy is slowing.", "AGREE"),
        # pending or hoped for
        ("The two sides hope to agree on a ceasefire by Friday.", "AGREE"),
        ("Negotiators are close to a deal on the prisoner exchange.", "AGREE"),
        ("An agreement on the pipeline is expected next week.", "AGREE"),
        ("If they agree to the terms, the strike would end.", "AGREE"),
        ("The unions are nearing an agreement with the rail operator.", "AGREE"),
        ("The government is seeking a deal with the creditors.", "AGREE"),
        ("Mediators are working toward an agreement between the factions.", "AGREE"),
        ("The two sides are negotiating a ceasefire in the border region.", "AGREE"),
        # an old agreement as a frame
        ("Under the 1994 accord, the river is shared by both states.", "AGREE"),
        ("The deal agreed last year limits the number of fishing boats.", "AGREE"),
        ("The rebels accused the army of breaking the truce.", "AGREE"),
        ("The country withdrew from the climate agreement.", "AGREE"),
        ("Both militias must abide by the ceasefire.", "AGREE"),
        # talks planned or refused
        ("The prime minister is due to meet the king on Monday.", "CONSULT"),
        ("No talks are scheduled between the two governments.", "CONSULT"),
        ("The rebels refused to negotiate with the government.", "CONSULT"),
        # a statement to the press, or a meeting still to come
        ("The police chief gave the figures at a news conference on Friday.", "CONSULT"),
        ("The mayor held a press conference about the flooding.", "CONSULT"),
        ("Ahead of the summit, the minister warned of new sanctions.", "CONSULT"),
        ("On the eve of the talks, the envoy called for calm.", "CONSULT"),
        # a habit
        ("The governor routinely consults the tribal elders.", "CONSULT"),
        ("The committee meets every month in the old town hall.", "CONSULT"),
        # documents and private counsel consulted
        ("He consulted his diary and found the date.", "CONSULT"),
        ("The court consulted the constitution before ruling.", "CONSULT"),
        ("She consulted a lawyer before signing the lease.", "CONSULT"),
        ("The family consulted doctors about the injury.", "CONSULT"),
    ],
)
def test_no_agreement_made_nor_meeting_held(tagged: Code, sentence: str, kind: str) -> None:
    assert not _asserted(tagged, sentence, kind), sentence


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("The rebels and the army signed a ceasefire on Tuesday.", "AGREE"),
        ("The government and the union agreed on Wednesday to end the strike.", "AGREE"),
        ("Negotiators reached a deal on the prisoner exchange late on Sunday.", "AGREE"),
        ("The warring factions signed a peace deal in Juba.", "AGREE"),
        ("Both sides accepted the truce proposed by the mediators.", "AGREE"),
        ("The two armies extended the ceasefire by a week on Sunday.", "AGREE"),
        # a promise to keep an agreement is made now, whatever the agreement's age
        ("The two sides agreed on Sunday to respect the truce.", "AGREE"),
        ("The army promised to implement the peace accord.", "AGREE"),
        ("Leaders met on Monday ahead of the summit.", "CONSULT"),
        ("The two ministers met in Cairo on Monday.", "CONSULT"),
        ("The president met the opposition leader at the palace.", "CONSULT"),
        ("The foreign minister held talks with his Iranian counterpart in Tehran.", "CONSULT"),
        ("The prime minister consulted party leaders on the new cabinet.", "CONSULT"),
        ("The leaders met on the sidelines of the summit on Friday.", "CONSULT"),
        # a meeting held is news whatever was done there (the tune judgments count talks that
        # are the setting of a speech real)
        ("During talks with the union, the company raised its offer.", "CONSULT"),
        ("After a meeting with the mayor, the activists called off the march.", "CONSULT"),
        ("The envoy gave a speech as the talks opened on Monday.", "CONSULT"),
        ("At a meeting of the regional bloc, the minister criticized the sanctions.", "CONSULT"),
    ],
)
def test_agreements_made_and_meetings_held_stay(tagged: Code, sentence: str, kind: str) -> None:
    assert _asserted(tagged, sentence, kind), sentence
