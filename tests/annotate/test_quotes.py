"""Direct quotes, speakers, anonymity and indirect attributions on short sentences written here."""

from __future__ import annotations

from pathlib import Path

import pytest
from spacy.language import Language

from eventwire.annotate.quotes import extract_quotes, find_quote_spans
from eventwire.records import Attribution, Quote
from eventwire.repair.text import repair_text

SEED = Path(__file__).resolve().parents[3] / "shared/data/seed/seed.txt"


def run(nlp: Language, text: str) -> tuple[tuple[Quote, ...], tuple[Attribution, ...]]:
    quotes, attributions = extract_quotes(nlp(text))
    for q in quotes:
        assert text[q.start : q.end] == q.text
        if q.speaker is not None:
            assert q.speaker_start is not None and q.speaker_end is not None
            assert text[q.speaker_start : q.speaker_end] == q.speaker
    for a in attributions:
        assert text[a.start : a.end] == a.content
    return quotes, attributions


def inner(text: str) -> list[str]:
    return [text[s.start : s.end] for s in find_quote_spans(text)]


# --- quotation marks ------------------------------------------------------------------------------


def test_marks_of_every_style() -> None:
    assert inner('He said "yes, sure." Then «non» and „ja“ and “fine.”') == [
        "yes, sure.",
        "non",
        "ja",
        "fine.",
    ]


def test_closing_mark_pointing_the_wrong_way() -> None:
    text = "“It will not last, ”said Mara Voss. “We expect more. “\n\nThe end."
    assert inner(text) == ["It will not last", "We expect more."]


def test_comma_inside_or_outside() -> None:
    assert inner("“We are ready,” she said.") == ["We are ready"]
    assert inner("“We are ready”, she said.") == ["We are ready"]


def test_quote_never_closed_ends_with_its_paragraph() -> None:
    text = "He said “this will end badly.\n\nThe next day was calm."
    assert inner(text) == ["this will end badly."]


def test_multi_paragraph_quote_is_split_per_paragraph() -> None:
    text = "“First we wait.\n\n“Then we move,” he said."
    spans = find_quote_spans(text)
    assert [text[s.start : s.end] for s in spans] == ["First we wait.", "Then we move"]
    assert not spans[0].closed and spans[1].continued


def test_quote_running_over_a_stray_line_break() -> None:
    text = "“We will stay\nuntil the work is done,” said Ana Ruiz."
    assert inner(text) == ["We will stay", "until the work is done"]


def test_unclosed_quote_followed_by_a_new_one() -> None:
    text = "He said “we will wait. She said “no, we go now.”"
    assert inner(text) == ["we will wait.", "no, we go now."]


# --- speakers -------------------------------------------------------------------------------------


def test_speaker_after_and_before_the_quote(nlp: Language) -> None:
    text = (
        "“The bridge is closed for repairs,” said Mara Voss, a spokeswoman for the city.\n\n"
        "Tomas Brenner said: “We have no plans to reopen it this year.”"
    )
    quotes, _ = run(nlp, text)
    assert [q.speaker for q in quotes] == ["Mara Voss", "Tomas Brenner"]
    assert quotes[0].speaker_description == "spokeswoman for the city"
    assert not quotes[0].anonymous
    assert quotes[0].cue == "said"


def test_named_speaker_with_description(nlp: Language) -> None:
    text = "“The talks will fail,” said Peter Olsen, senior analyst at London-based Harbor Group."
    (q,), _ = run(nlp, text)
    assert q.speaker == "Peter Olsen"
    assert q.speaker_description == "senior analyst at London-based Harbor Group"


@pytest.mark.parametrize(
    ("text", "speaker", "description"),
    [
        (
            "“The deal is off,” said an envoy close to the negotiations.",
            "an envoy close to the negotiations",
            "envoy close to the negotiations",
        ),
        (
            "“We are leaving soon,” two US officials told reporters on Monday.",
            "two US officials",
            "US officials",
        ),
        (
            "“We are afraid,” said a driver who works with the convoy on condition of anonymity.",
            "a driver who works with the convoy",
            "driver who works with the convoy",
        ),
    ],
)
def test_anonymous_sources(nlp: Language, text: str, speaker: str, description: str) -> None:
    (q,), _ = run(nlp, text)
    assert q.anonymous
    assert q.speaker == speaker
    assert q.speaker_description == description


def test_cue_phrases(nlp: Language) -> None:
    text = (
        "“We are leaving,” the minister told reporters.\n\n"
        "The harbour board said in a statement: “The quay stays open.”\n\n"
        "The road is “completely blocked,” according to a police officer."
    )
    quotes, _ = run(nlp, text)
    told, stated, according = (q.cue for q in quotes)
    assert told == "told reporters"
    assert stated == "said in a statement"
    assert according == "according to"
    assert quotes[2].speaker == "a police officer" and quotes[2].anonymous


def test_pronoun_resolves_to_last_named_speaker(nlp: Language) -> None:
    text = (
        "Mara Voss, the city's mayor, visited the site on Monday.\n\n"
        "“We will rebuild the bridge,” she said. “It will take two years.”"
    )
    quotes, _ = run(nlp, text)
    assert [q.speaker for q in quotes] == ["Mara Voss", "Mara Voss"]
    assert quotes[0].speaker_start == text.index("Mara Voss")


def test_pronoun_resolves_to_anonymous_speaker_and_surname_to_full_name(nlp: Language) -> None:
    text = (
        "A ministry spokeswoman said the talks were “very difficult.”\n\n"
        "She said the next round was “not yet scheduled.”\n\n"
        "“Nothing is decided,” said Tomas Brenner, an adviser.\n\n"
        "“We keep trying,” Brenner said."
    )
    quotes, _ = run(nlp, text)
    assert [q.speaker for q in quotes] == [
        "A ministry spokeswoman",
        "A ministry spokeswoman",
        "Tomas Brenner",
        "Tomas Brenner",
    ]
    assert quotes[1].anonymous and not quotes[3].anonymous


def test_multi_paragraph_quote_attributed_per_paragraph(nlp: Language) -> None:
    text = (
        "“The first phase is finished,” said Ana Ruiz, the project director. “We move on.\n\n"
        "“The second phase starts in May and ends in June.”"
    )
    quotes, _ = run(nlp, text)
    assert [q.speaker for q in quotes] == ["Ana Ruiz"] * 3


def test_scare_quotes_and_titles_are_not_quotes(nlp: Language) -> None:
    text = "The film “Long Road Home” opened on Friday in a “temporary” hall."
    quotes, _ = run(nlp, text)
    assert quotes == ()


# --- direct and mixed quotes ---------------------------------------------------------------------


def kinds(nlp: Language, text: str) -> list[tuple[str, str]]:
    return [(q.text, q.kind) for q in run(nlp, text)[0]]


def test_full_quotes_are_direct(nlp: Language) -> None:
    text = (
        "“The bridge will open in May,” said Mara Voss, the city engineer. "
        "She added: “We are on schedule.”\n\n"
        "Voss told reporters, “Nobody will pay a toll.”"
    )
    assert kinds(nlp, text) == [
        ("The bridge will open in May", "direct"),
        ("We are on schedule.", "direct"),
        ("Nobody will pay a toll.", "direct"),
    ]


def test_quote_glued_to_its_speech_verb(nlp: Language) -> None:
    quotes = kinds(nlp, "The mayor said “the city will rebuild the harbour before winter.”")
    assert quotes == [("the city will rebuild the harbour before winter.", "direct")]
    quotes = kinds(nlp, "Outside the court, hundreds of farmers chanted “Water for all!”")
    assert quotes == [("Water for all!", "direct")]


def test_fragments_inside_reported_speech_are_mixed(nlp: Language) -> None:
    text = (
        "Tomas Brenner said such delays are “a serious risk to the whole region and its people.” "
        "The ministry declined to comment on the “confidential talks with the contractors” but "
        "called the plan “a costly mistake for everyone involved.”"
    )
    quotes = kinds(nlp, text)
    assert [k for _, k in quotes] == ["mixed"] * len(quotes) and len(quotes) == 3


def test_quote_after_a_reported_clause_is_mixed(nlp: Language) -> None:
    text = (
        "Tomas Brenner said that if the river keeps rising, “the lower town will have to be "
        "evacuated within days.”"
    )
    assert kinds(nlp, text) == [("the lower town will have to be evacuated within days.", "mixed")]


def test_quote_split_by_its_cue_stays_direct(nlp: Language) -> None:
    text = "“Everything we planned,” the engineer said, “has been delayed by the floods.”"
    assert [k for _, k in kinds(nlp, text)] == ["direct", "direct"]


# --- indirect attributions ------------------------------------------------------------------------


def test_indirect_attributions(nlp: Language) -> None:
    text = (
        "Defense officials said the kingdom intends to keep its ships in the gulf. "
        "The embassy will close in May, according to a diplomat familiar with the plan."
    )
    quotes, attributions = run(nlp, text)
    assert quotes == ()
    first, second = attributions
    assert first.speaker == "Defense officials" and first.anonymous and first.cue == "said"
    assert first.content == "the kingdom intends to keep its ships in the gulf"
    assert second.cue == "according to" and second.anonymous
    assert second.content == "The embassy will close in May"


def test_no_quotes_and_empty_text(nlp: Language) -> None:
    assert run(nlp, "") == ((), ())
    assert run(nlp, "The weather was calm.\n\n") == ((), ())


# --- the project's example article ------------------------------------------------------------


@pytest.mark.skipif(not SEED.exists(), reason="seed article not present")
def test_seed_article(nlp: Language) -> None:
    raw = SEED.read_text(encoding="utf-8")
    run(nlp, raw)  # the raw scrape must not crash
    text = repair_text(raw).text  # as the pipeline sees it: entity mended, tagline dropped
    quotes, attributions = run(nlp, text)
    by_start = {q.text[:25]: q for q in quotes}
    assert len(quotes) >= 10

    def q(prefix: str) -> Quote:
        return next(v for k, v in by_start.items() if k.startswith(prefix))

    spokes = q("private diplomatic talks")
    assert spokes.speaker == "A State Department spokeswoman" and spokes.anonymous
    assert q("Iran-backed groups").speaker == spokes.speaker
    assert q("a threat not only").speaker == spokes.speaker  # "She said"
    official = q("negative consequences").speaker or ""
    assert official.startswith("A senior official") and official.endswith("office")
    assert q("negative consequences").anonymous
    for prefix in ("The trend here", "These groups", "I don’t think"):
        assert q(prefix).speaker == "Lahib Higel"
        assert not q(prefix).anonymous
        description = q(prefix).speaker_description or ""
        assert description.startswith("senior analyst at")
        assert description.endswith("Crisis Group")
    for prefix in ("We are afraid", "What should we say"):
        assert q(prefix).anonymous
        assert q(prefix).speaker is not None and "Iraqi" in q(prefix).speaker
    for prefix in ("private diplomatic talks", "a threat not only", "negative consequences"):
        assert q(prefix).kind == "mixed"  # fragments inside reported speech
    for prefix in ("The trend here", "These groups", "I don’t think", "We are afraid"):
        assert q(prefix).kind == "direct"
    assert any(
        a.speaker == "Defense officials" and a.content.startswith("the United States plans")
        for a in attributions
    )
