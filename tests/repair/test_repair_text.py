"""Text repair: entities, mojibake, stray characters, whitespace and boilerplate lines."""

from __future__ import annotations

from pathlib import Path

import pytest

from eventwire.repair.text import Repaired, fix_entities, repair_text

SEED = Path(__file__).resolve().parents[3] / "shared/data/seed/seed.txt"

CLEAN = (
    "The council met on Monday.\n\n"
    "“We will vote next week,” the mayor said. It’s the third delay since May — and the last.\n"
    "A second line of the same paragraph stays where it is."
)


def test_clean_text_comes_back_unchanged() -> None:
    repaired = repair_text(CLEAN)
    assert isinstance(repaired, Repaired)
    assert repaired.text == CLEAN
    assert repaired.removed == ()
    assert repaired.source_url is None


@pytest.mark.parametrize(
    ("broken", "fixed"),
    [
        ("Pompeo\u0335\n\n7;s talks", "Pompeo’s talks"),  # &#821 decoded, 7; left behind
        ("Pompeo&#821\n\n7;s talks", "Pompeo’s talks"),  # the same break before decoding
        ("Pompeo&#8217;s talks", "Pompeo’s talks"),
        ("Pompeo&amp;#8217;s talks", "Pompeo’s talks"),
        ("Pompeo&amp;amp;#8217;s talks", "Pompeo’s talks"),
        ("Pompeo&rsquo;s talks", "Pompeo’s talks"),
        ("Pompeo&#8217s talks", "Pompeo’s talks"),
        ("Pompeo&amp;rsquo;s talks", "Pompeo’s talks"),
        ("&#8220;Yes&#8221; &#x2014; he said", "“Yes” — he said"),
        ("\u0336\n0;Yes\u0336\n1; he said", "“Yes” he said"),  # U+0336 is &#822: 8220, 8221
        ("war\x08 \n211;peace", "war–peace"),  # &#8 decoded as a control character, then 211;
    ],
)
def test_entities_are_repaired(broken: str, fixed: str) -> None:
    assert repair_text(broken).text == fixed


@pytest.mark.parametrize(
    "text",
    ["AT&T and R&D stay", "Fish & chips; tea", "x &unknownname; y", "Room 821\n\n7; was empty"],
)
def test_text_that_only_looks_like_entities_is_kept(text: str) -> None:
    assert fix_entities(text) == text


def test_mojibake_is_fixed_and_curly_quotes_kept() -> None:
    broken = "The minister said: donâ€™t worry â€” itâ€™s fine. CafÃ© prices rose."
    assert (
        repair_text(broken).text == "The minister said: don’t worry — it’s fine. Café prices rose."
    )
    assert repair_text("“Quoted” and ‘single’").text == "“Quoted” and ‘single’"


def test_control_invisible_and_odd_space_characters() -> None:
    text = "Troops\x07 moved\u200b north\u00a0on  Sunday.\tNo\u00adone was hurt.\r\nEnd."
    assert repair_text(text).text == "Troops moved north on Sunday. Noone was hurt.\nEnd."


def test_stray_combining_marks_are_removed_but_accents_kept() -> None:
    assert repair_text("Word \u0301alone and café and Zoë").text == "Word alone and café and Zoë"
    assert repair_text("e\u0301te\u0301").text == "été"  # NFC composes real accents


def test_paragraphs_are_kept_and_blank_runs_collapsed() -> None:
    assert repair_text("One.\n\n\n\n\nTwo.\n\nThree.").text == "One.\n\nTwo.\n\nThree."


BODY = (
    "Rebels shelled the northern town of Karvel overnight, killing two civilians, "
    "officials said.\n\n"
    "The army said it had returned fire and that fighting continued into the morning."
)


@pytest.mark.parametrize(
    "line",
    [
        "Home / World / Middle East / Rebels shell Karvel",
        "Home » News",
        "World › Europe › Rebels shell northern town",
        "Source link",
        "Read more",
        "READ MORE: Why the ceasefire collapsed",
        "Share this:",
        "Share on Facebook",
        "Photo: Reuters",
        "Follow us on Twitter",
        "Image credit: Jane Roe/AFP",
        "Click here to subscribe to our newsletter",
        "By Jane Doe",
        "By JANE DOE and JOHN ROE, Associated Press",
        "Advertisement",
        "Source: Reuters",
        "Updated: November 19, 2019 5:04 PM EST",
        "Tags: war, rebels, Karvel",
        "Facebook Twitter WhatsApp Email",
        "© 2021 Example Media. All rights reserved.",
    ],
)
def test_boilerplate_lines_are_dropped(line: str) -> None:
    repaired = repair_text(f"{line}\n\n{BODY}\n\n{line}")
    assert repaired.text == BODY
    assert repaired.removed == (line, line)


@pytest.mark.parametrize(
    "text",
    [
        "Officials told reporters to read more about the plan on the ministry website today.",
        "Source close to the talks said the ceasefire would hold until the end of the week.",
        "By the end of the day, the rebels had withdrawn from the town.",
        "Photographs taken by residents showed burning vehicles in the main square of the town.",
        "Share prices fell sharply after the attack, traders said.",
        "Via Dolorosa stays closed",
        "Sign up sheets were handed out at the door.",
        "Share the burden, the minister told the summit.",
        "Source of the leak unknown",
    ],
)
def test_sentences_that_start_like_boilerplate_are_kept(text: str) -> None:
    assert repair_text(f"{text}\n\n{BODY}").text == f"{text}\n\n{BODY}"


def test_repost_notice_gives_source_url() -> None:
    text = f"{BODY}\n\nOriginally published at https://wire.example.org/story/123."
    repaired = repair_text(text)
    assert repaired.text == BODY
    assert repaired.source_url == "https://wire.example.org/story/123"
    assert repair_text(f"{BODY}\n\nSource: https://wire.example.org/a").source_url == (
        "https://wire.example.org/a"
    )


def test_repeated_title_line_is_dropped_once() -> None:
    title = "Rebels shell northern town"
    repaired = repair_text(f"{title}\n{title}\n\n{BODY}")
    assert repaired.text == f"{title}\n\n{BODY}"


def test_tagline_in_another_script_at_the_edge_of_a_latin_article() -> None:
    repaired = repair_text(f"Новости дня\n{BODY}")
    assert repaired.text == BODY
    cyrillic = "Повстанцы обстреляли город ночью, погибли два мирных жителя. " * 5
    assert repair_text(f"Новости дня\n{cyrillic}").text.startswith("Новости дня")


def test_seed_article() -> None:
    if not SEED.exists():
        pytest.skip("seed article not available")
    raw = SEED.read_text(encoding="utf-8")
    repaired = repair_text(raw)
    text = repaired.text
    assert "Pompeo’s “private diplomatic talks" in text
    assert "\u0335" not in text
    assert "7;s" not in text
    assert "قالب" not in text
    assert "Home /" not in text
    assert "Source link" not in text
    breadcrumb = next(line for line in raw.splitlines() if line.startswith("Home /"))
    title = breadcrumb.rsplit(" / ", 1)[1].strip()
    assert text.startswith(title + "\n\n")  # the title once, the breadcrumb gone
    credits = [p.strip() for p in raw.split("\n\n") if p.strip()][-2]  # before "Source link"
    assert text.endswith(credits)
    # Every other paragraph of the seed survives word for word.
    kept = [p for p in raw.split("\n\n") if p.strip() and "7;s" not in p and "\u0335" not in p]
    for paragraph in kept[2:-1]:
        assert paragraph.strip() in text


def test_table_rows_are_not_breadcrumbs() -> None:
    table = "| Ticker | Security | Last |\n| AB | ALPHA BETA INC. | 22.86 |"
    assert repair_text(f"{BODY}\n\n{table}").text == f"{BODY}\n\n{table}"


def test_keep_spacing_keeps_offsets_of_clean_text() -> None:
    text = "Troops moved north.  No one was hurt.\n\n\n  Indented line.\n\nRead more\n\nLast line."
    repaired = repair_text(text, keep_spacing=True)
    assert (
        repaired.text == "Troops moved north.  No one was hurt.\n\n\n  Indented line.\n\nLast line."
    )
    assert repaired.removed == ("Read more",)
    assert repair_text(text).text == (
        "Troops moved north. No one was hurt.\n\nIndented line.\n\nLast line."
    )


def test_keep_spacing_on_the_seed() -> None:
    if not SEED.exists():
        pytest.skip("seed article not available")
    repaired = repair_text(SEED.read_text(encoding="utf-8"), keep_spacing=True)
    assert repaired.text.startswith("Pompeo warns of the withdrawal")
    assert "Pompeo’s “private" in repaired.text
    assert not repaired.text.endswith("Source link")


@pytest.mark.parametrize("line", ["1.", "23.", "2019", "15 dead", "March 3", "May 5, 2020"])
def test_numbers_alone_are_not_datelines(line: str) -> None:
    assert repair_text(f"{BODY}\n\n{line}\n\n{BODY}").text == f"{BODY}\n\n{line}\n\n{BODY}"
