"""PLOVER forms of plover55 (issue 15), all sentences our own, none from the blind set
(`plover55_wire_set.tsv`) that showed them.

- Ties cut: a verb of cutting (`triggers/cutting_verbs.txt`: halt, stop, cut, freeze, suspend,
  withhold, sever, terminate, ...) with a noun of a tie (`triggers/cut_ties.tsv`: aid, support,
  loans, cooperation, relations, talks, mediation, ...) is SANCTION (CAMEO 16x), read through the
  object alone: "the fighting stopped during the talks" halts no talks; money's "in" phrase
  names what the money is ("withheld 50 million dollars in aid").
- Aid or funding ended is stopped (SANCTION); sanctions reimposed are imposed. (Rows reading
  envoys ordered out as expelled were dropped: an order to envoys to mend ties became an asserted
  expulsion on a precision page.)
- Aid: refugees hosted, sheltered, resettled or admitted; doctors and nurses sent; a lot of
  relief (`candidates/consignment_nouns.txt`: a shipment, a consignment of wheat) that arrives
  (no visit); the subject of a passive of giving ("asylum was granted to"); money given to a
  relief body (`candidates/relief_takers.txt`); compensation paid.
- An understanding reached is an agreement (AGREE); a deadline or an ultimatum ignored, an agreement repudiated, a government
  one would not "recognise" (British spelling) are refused (REJECT); a side that relents or
  acknowledges its guilt yields (CONCEDE).
"""

from __future__ import annotations

import pytest

from .conftest import HEADLINE, Code, most_confident_type


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # ties cut (one table)
        ("Brussels froze its budget support to the government.", "SANCTION"),
        ("The bank halted its lending to the state power company.", "SANCTION"),
        ("Washington severed military cooperation with the junta after the coup.", "SANCTION"),
        ("The mediators halted the negotiations after the attack on the convoy.", "SANCTION"),
        ("The government terminated the defence pact with its northern neighbour.", "SANCTION"),
        ("Talks on the border were suspended after the shelling, the mediators said.", "SANCTION"),
        ("The donors withheld 50 million dollars in aid after the coup.", "SANCTION"),
        ("The World Bank withheld its budget support over the audit.", "SANCTION"),
        ("Britain cut its military assistance to the army over the killings.", "SANCTION"),
        # aid ended, sanctions imposed again
        ("The European Union ended its development aid to the country.", "SANCTION"),
        ("The fund ended its lending to the central bank in March.", "SANCTION"),
        ("Norway ended its budget support to the ministry over the scandal.", "SANCTION"),
        ("Washington reimposed an oil embargo on Caracas.", "SANCTION"),
        ("The bloc reimposed sanctions on five generals after the vote.", "SANCTION"),
        ("The council reimposed its arms embargo on the militias.", "SANCTION"),
    ],
)
def test_ties_cut_are_sanctions(code: Code, text: str, kind: str) -> None:
    assert most_confident_type(code, HEADLINE + text) == kind, text


@pytest.mark.parametrize(
    "text",
    [
        "The fighting halted during the talks.",
        "Firing stopped during the negotiations in the capital.",
        "The shelling stopped for the talks on Sunday.",
    ],
)
def test_talks_after_a_preposition_are_no_tie_cut(code: Code, text: str) -> None:
    assert most_confident_type(code, HEADLINE + text) != "SANCTION", text


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # refugees taken in
        ("Uganda hosted more than a million refugees from South Sudan last year.", "AID"),
        ("Germany resettled 500 Syrian refugees from camps in Lebanon.", "AID"),
        ("The island sheltered hundreds of migrants rescued at sea.", "AID"),
        ("Canada admitted 2,000 evacuees from Kabul last month.", "AID"),
        # medical staff sent
        ("Cuba sent 300 doctors and nurses to Angola.", "AID"),
        (
            "The ministry dispatched a team of surgeons to the field hospital near the border.",
            "AID",
        ),
        ("Egypt flew 40 doctors to Libya after the floods.", "AID"),
        # a lot of relief arriving
        ("A consignment of blankets and tents from Kuwait arrived in Aden on Friday.", "AID"),
        ("A shipment of 500 tonnes of rice landed at the port of Beira.", "AID"),
        ("The first batch of vaccines donated by Japan reached Kabul on Monday.", "AID"),
        # the subject of a passive of giving
        ("Political asylum was granted to the opposition leader by Ecuador.", "AID"),
        ("Tents and blankets were supplied to the displaced families by the Red Cross.", "AID"),
        ("Ammunition was shipped to the army by the United States.", "AID"),
        # money to a relief body
        ("Sweden gave 40 million dollars to the UN refugee agency.", "AID"),
        ("The emirate gave 10 million dollars to the Red Crescent.", "AID"),
        ("Japan gave 5 million dollars to the UNICEF appeal for Gaza.", "AID"),
        # compensation paid
        ("The mining firm paid compensation to the families of the dead miners.", "AID"),
        ("The army paid compensation to the villagers whose homes it destroyed.", "AID"),
        ("Berlin paid reparations to the survivors of the massacre.", "AID"),
    ],
)
def test_aid_given(code: Code, text: str, kind: str) -> None:
    assert most_confident_type(code, HEADLINE + text) == kind, text


@pytest.mark.parametrize(
    "text",
    [
        "A shipment of luxury cars arrived in the port on Tuesday.",
        "The club gave 2 million dollars to its former coach.",
        "The hotel hosted the wedding of the minister's daughter.",
    ],
)
def test_goods_money_and_guests_that_are_no_aid(code: Code, text: str) -> None:
    assert most_confident_type(code, HEADLINE + text) != "AID", text


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("The two leaders reached an understanding on the disputed islands.", "AGREE"),
        ("The factions reached an understanding to share the oil revenue.", "AGREE"),
        ("Beijing and Manila reached an understanding on fishing rights.", "AGREE"),
        ("The militia ignored the ultimatum to leave the city by noon.", "REJECT"),
        ("The government ignored repeated calls for an inquiry into the killings.", "REJECT"),
        ("The rebels ignored the deadline set by the mediators.", "REJECT"),
        ("The new junta repudiated the debts contracted by the ousted government.", "REJECT"),
        ("Hanoi repudiated the tribunal's ruling on the islands.", "REJECT"),
        ("The party repudiated the deal its former leader had signed.", "REJECT"),
        ("Kenya said it would not recognise the breakaway region's independence.", "REJECT"),
        ("The ministry said it will not recognise the outcome of the vote.", "REJECT"),
        ("The bloc said it would not recognise the new military rulers.", "REJECT"),
        ("The regime relented after weeks of general strikes.", "CONCEDE"),
        ("Under pressure from donors, the government relented on the media law.", "CONCEDE"),
        ("The governor relented and reopened the closed newspaper.", "CONCEDE"),
        ("The ministry acknowledged responsibility for the blackout.", "CONCEDE"),
        ("The army acknowledged its mistake in the strike on the wedding.", "CONCEDE"),
        ("The company acknowledged wrongdoing and paid a fine.", "CONCEDE"),
    ],
)
def test_verbal_forms(code: Code, text: str, kind: str) -> None:
    assert most_confident_type(code, HEADLINE + text) == kind, text
