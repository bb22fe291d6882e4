"""The training data follows its labelling conventions (`training/en/README.md`), and the script
that applies them decides the disputed cases as the README says."""

from __future__ import annotations


def row(text: str, plover: str, sub: str | None = None, event: bool = True) -> dict:
    family = {"Arrests": "Strategic developments", "Other": "Strategic developments",
              "Looting/property destruction": "Strategic developments"}  # fmt: skip
    return {"text": text, "plover": plover, "event": event, "acled_sub_event_type": sub,
            "acled_event_type": family.get(sub or "")}  # fmt: skip


def test_the_shipped_data_needs_no_relabelling_and_has_no_duplicates(conventions) -> None:
    assert conventions.main(["--check"]) == 0


def test_signing_is_support_and_a_promise_to_sign_stays_agree(conventions) -> None:
    signed = row("The two rebel factions signed a truce at the mission on Sunday.", "AGREE")
    assert conventions.signed_is_support(signed) == {"plover": "SUPPORT"}
    promised = row("The minister said the country will sign the fishing accord in May.", "AGREE")
    assert conventions.signed_is_support(promised) is None


def test_a_charge_without_an_arrest_is_accuse(conventions) -> None:
    charged = row("Prosecutors charged the port director with fraud.", "COERCE", "Arrests")
    assert conventions.charge_is_accuse(charged)["plover"] == "ACCUSE"
    arrested = row("Police arrested the port director on fraud charges.", "COERCE", "Arrests")
    assert conventions.charge_is_accuse(arrested) is None


def test_looting_is_coerce_and_burning_is_assault(conventions) -> None:
    sub = "Looting/property destruction"
    looted = row("Gunmen looted the grain store overnight.", "ASSAULT", sub)
    assert conventions.looting_is_coerce(looted) == {"plover": "COERCE"}
    burned = row("Gunmen looted the grain store and set fire to it.", "COERCE", sub)
    assert conventions.looting_is_coerce(burned) == {"plover": "ASSAULT"}


def test_a_curfew_is_a_change_to_group_activity_but_lifting_one_is_not(conventions) -> None:
    imposed = row("The governor imposed a night curfew on the port town.", "COERCE", "Other")
    assert conventions.curfew_is_group_change(imposed)["acled_sub_event_type"] == (
        "Change to group/activity"
    )
    lifted = row("The governor lifted the night curfew on the port town.", "COERCE")
    assert conventions.curfew_is_group_change(lifted) is None


def test_a_retreat_or_concession_committed_to_is_agree(conventions) -> None:
    for text in (
        "The militia agreed to release 40 hostages by the weekend.",
        "The army announced it would pull its tanks out of the old quarter.",
        "The warlord is ready to hand back the seized trucks.",
        "The council promised to lift the ban on street markets.",
        # the doer's own word (plover33): "said it would", "says will"
        "The militia said it would release 40 hostages by the weekend.",
        "Warlord says will hand the depot back to the town council",
    ):
        assert conventions.committed_yield_is_agree(row(text, "CONCEDE")) == {"plover": "AGREE"}
    for text in (
        # yielding to a demand or pressure told beside it: CONCEDE (accede)
        "Bowing to the strikers' demands, the board agreed to reopen the depot.",
        # the promise in a clause about something else: the sentence is the strike suspended
        "The porters suspended their strike after the owners agreed to reopen wage talks.",
        # a plan reported by others, no word of commitment
        "Officials said the militia would release 40 hostages by the weekend.",
        # a deal under which captives are freed: the deal is the AGREE already labelled
        "The sides agreed to a deal under which the militia would free 40 hostages.",
    ):
        assert conventions.committed_yield_is_agree(row(text, "CONCEDE")) is None


def test_an_issued_warrant_is_a_threat_and_an_arrest_on_one_is_an_arrest(conventions) -> None:
    issued = row("A court issued an arrest warrant for the exiled general.", "COERCE", "Arrests")
    assert conventions.warrant_is_threaten(issued)["plover"] == "THREATEN"
    held = row("Police arrested the general on a warrant from the capital.", "COERCE", "Arrests")
    assert conventions.warrant_is_threaten(held) is None


def test_force_on_protesters_is_coded_by_its_actor(conventions) -> None:
    intervened, excessive = "Protest with intervention", "Excessive force against protesters"
    for text, sub, want in (
        ("Police fired tear gas at the marchers outside the ministry and detained six.",
         intervened, "ASSAULT"),
        ("Riot police turned water cannon on nurses rallying outside the ministry.",
         intervened, "ASSAULT"),
        ("Two marchers were killed when soldiers fired on the procession in the port town.",
         excessive, "ASSAULT"),
        ("Police detained forty marchers at a banned rally outside the ministry.",
         intervened, "COERCE"),
        ("Officers dispersed a sit-in by nurses outside the ministry; no injuries were reported.",
         intervened, "COERCE"),
    ):  # fmt: skip
        assert conventions.force_on_protesters(row(text, "PROTEST", sub)) == {"plover": want}
    for text, sub in (
        # the protest told first, in its own clause
        ("Nurses protested outside the ministry for hours until officers detained ten of them.",
         intervened),
        ("Dockers marched on the port office on Friday; police fired tear gas at them.", intervened),
        # the demonstrators' own violence, and a peaceful protest
        ("Dockers threw stones at police outside the port office; police replied with tear gas.",
         "Violent demonstration"),
        ("Nurses marched to the ministry to demand the release of a detained colleague.",
         "Peaceful protest"),
    ):  # fmt: skip
        assert conventions.force_on_protesters(row(text, "PROTEST", sub)) is None


def test_envoys_expelled_is_sanction_and_a_journalist_deported_stays_coerce(conventions) -> None:
    for text in (
        "The junta expelled the Dutch ambassador and gave him 48 hours to leave.",
        "The government ordered four UN officials to leave the country within three days.",
    ):
        got = conventions.envoys_expelled_is_sanction(row(text, "COERCE", "Other"))
        assert got == {"plover": "SANCTION"}
    for text in (
        "The government expelled a foreign reporter who had filmed the border camps.",
        "The ministry deported 200 migrants on two charter flights.",
    ):
        assert conventions.envoys_expelled_is_sanction(row(text, "COERCE", "Other")) is None
