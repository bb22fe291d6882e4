"""Time expressions of an article: found by a TIMEX3 grammar, resolved against the publication date.

Events are only as good as their dates, and news dates them relatively ("Saturday night", "last
month", "two days later"). The tagger runs the rules of `timex_grammar` over the text, keeps the
longest non-overlapping matches, then resolves them in reading order so that anaphoric expressions
("the next day", "a year earlier") follow the narrative's current date, while deictic ones ("last
week", "yesterday") follow the publication date. The tense of the governing clause (from the spaCy
parse when given, else from nearby words) decides whether a bare weekday or month is past or future;
a month and day without a year moves only on the tense of a verb that governs it directly. Points of
comparison ("a year earlier", "the 1988 period") are resolved but do not move the narrative.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import cache
from typing import TYPE_CHECKING

from ..lang import Lexicon, load_lexicon
from ..lang.key_words import KeyWords, key_words
from ..records import DatePrecision, TimeExpression
from .speakers import reporting_verbs
from .timex_context import weekday_num
from .timex_dates import b_weekday, since_point
from .timex_grammar import PREFIX_NEEDS_DEICTIC, PREFIX_NEEDS_THE_UNIT, Context, Rule, TimeGrammar
from .timex_guard import guarded
from .timex_lexicon import TimeWords, alternation
from .timex_normalise import GRAN_RANK, Point, date_precision, parse_value
from .timex_relative import b_deictic_day, b_evaluative_unit, b_relative_unit, evaluative_value

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

__all__ = ["TimeTagger", "day_first_site", "event_date", "numeric_order"]

_SENTENCE_END = re.compile(r"[.!?\n]")
_WORD = re.compile(r"[a-z]+")
_NUMBER = re.compile(r"\d+")
# Parts of the day after which a clock time without a.m./p.m. is in the afternoon or at night
# ("six o'clock tonight", "eight o'clock this evening", "at 2:30 this afternoon").
_LATE_PARTS = ("TAF", "TEV", "TNI")
_DAY_VALUE = re.compile(r"\d{4}-\d{2}-\d{2}")
# The named groups of a rule's pattern, made plain where the pattern is reused inside another.
_GROUP = re.compile(r"\(\?P<\w+>")
# The look-behinds of a rule's pattern, dropped where the pattern must match a span on its own.
_BEHIND = re.compile(r"\(\?<=[^()]*\)")
# a.m. or p.m. after a clock time read out ("eight p.m.")
_HALF_DAY = re.compile(r"[ap]\.?m\b\.?", re.IGNORECASE)
# A line that ends a sentence: closing punctuation, perhaps followed by quotes or a bracket.
_TERMINAL = re.compile(r"[.!?…:;][\"'”’)\]]*$")
_BLANK_LINE = re.compile(r"\n[ \t]*\n")
_NEXT_CHAR = re.compile(r"\s*(\S)")
_SPACES = re.compile(r"\s*")
HEADLINE_MAX_WORDS = 16
"""A line of at most this many words, without closing punctuation, standing on its own, is a
headline or a caption (see `headline_line`)."""
MONTHS_A_YEAR = 12


@dataclass(frozen=True)
class _Cues:
    """The word patterns of the tagger's own checks, compiled once per vocabulary."""

    future: re.Pattern[str]
    past: re.Pattern[str]
    clause_joiner: re.Pattern[str]
    deictic_start: re.Pattern[str]
    the_unit_start: re.Pattern[str]
    as_soon_as: re.Pattern[str]
    clock_only: re.Pattern[str]
    deadline_verb_forms: re.Pattern[str]
    written_dmy: re.Pattern[str]
    written_mdy: re.Pattern[str]
    dashed_days: re.Pattern[str]
    clock_gap: re.Pattern[str]
    """What may stand between a clock time and its day ("7 p.m. local time on Sunday")."""
    range_gap: re.Pattern[str]
    """What stands between the two ends of a range ("March to May", "March-May")."""
    day_list: re.Pattern[str]
    """More days of a month after a month and day ("March 3 and 4", "Feb. 9, 10 or 11")."""
    range_day: re.Pattern[str]
    """The last day of a range in words after a month and day ("from March 15 to 20")."""
    day_before: re.Pattern[str]
    """The first day of a range before a day and month, with a word between ("between 1 and
    3 March", "from 3 to 5 April")."""
    ordinal: re.Pattern[str]
    """The letters of an ordinal right after a day number ("rd" of "3rd")."""
    days_before: re.Pattern[str]
    """Days of the same month listed before a day and month ("on 2 and 3 May", "the 2nd and
    3rd of May", "4, 5 or 6 May"), ending with the joiner."""
    list_gap: re.Pattern[str]
    """What joins two days of a list ("Monday and Tuesday nights", "Friday, Saturday or")."""
    beside_lead: re.Pattern[str]
    """A weekday or "the weekend" anchored on a day told next ("the Monday after Easter")."""
    beside_gap: re.Pattern[str]
    """The word that anchors it, between it and the day ("after", "before")."""
    part_beside: re.Pattern[str]
    """A part of the day anchored on a day told next ("the night before Christmas")."""
    weekday_nth: re.Pattern[str]
    """The day of the month told after a weekday ("Friday the 13th", "Monday, the 5th")."""
    year_span_lead: re.Pattern[str]
    """What makes two years joined by a dash one fiscal year, before them ("fiscal 2019-20")."""
    year_span_noun: re.Pattern[str]
    """The same after them, a period across the new year ("the 1997-98 season")."""
    year_span_determiner: re.Pattern[str]
    """A determiner before such years, which the expression takes ("the 1997-98 season")."""
    hour_before: re.Pattern[str]
    """The first hour of a range before a clock time, with a word between ("between 2 and 4
    p.m.", "from 9:30 to 11 a.m.")."""


def _deadline_forms(words: TimeWords) -> re.Pattern[str]:
    """The forms of `deadline_verbs` that move a time later, found in the words alone (no parse):
    a verb that needs a particle or its one bare preposition has it within a few words after it
    ("pushed the vote back to", not "pushed through the crowd"), one that needs a measure as its
    object has that noun there ("imposed a curfew", not "imposed a siege"); whole words only
    ("movement", "orderly" are none)."""

    def stem(word: str) -> str:
        return re.escape(word[:-1] if word.endswith("e") else word)

    # a doubled consonant may stand before the ending ("putting", "deferred")
    endings = rf"(?:[a-z]?(?:{alternation(words.lexicon.entries('time/verb_form_endings'))}))?\b"
    special = set(words.deadline_particles) | set(words.deadline_object_verbs)
    plain = sorted(stem(w) for w in words.deadline_verbs if w not in special)
    forms = [rf"(?:{'|'.join(plain)}){endings}"]
    for lemma, (particles, bare) in sorted(words.deadline_particles.items()):
        after = alternation(sorted(particles | bare))
        forms.append(rf"{stem(lemma)}{endings}(?:\s+\S+){{0,4}}?\s+(?:{after})\b")
    for lemma, measures in sorted(words.deadline_object_verbs.items()):
        forms.append(
            rf"{stem(lemma)}{endings}(?:\s+\S+){{0,3}}?\s+(?:{alternation(sorted(measures))})\b"
        )
    return re.compile(r"\b(?:" + "|".join(forms) + ")", re.IGNORECASE)


@cache
def _cues(words: TimeWords) -> _Cues:
    e = words.lexicon.entries
    ords = words.ordinal_suffixes
    return _Cues(
        beside_lead=re.compile(
            rf"(?:the\s+)?(?P<wd>{words.weekday})|the\s+(?:{alternation(words.weekend_words)})",
            re.IGNORECASE,
        ),
        beside_gap=re.compile(
            rf"\s+(?P<side>{alternation(list(words.beside_words))})\s+", re.IGNORECASE
        ),
        part_beside=re.compile(
            rf"\bthe\s+(?P<part>{words.part})\s+"
            rf"(?P<side>{alternation(list(words.beside_words))})\s+$",
            re.IGNORECASE,
        ),
        weekday_nth=re.compile(rf",?\s+the\s+(?P<d>[0-3]?\d)(?:{ords})\b(?!\s+of\b)"),
        future=re.compile(rf"\b(?:{alternation(e('time/future_cues'))})\b", re.IGNORECASE),
        past=re.compile(
            rf"\b(?:{alternation(e('time/past_cues'))}|[a-z]{{2,}}(?:{alternation(e('time/past_suffixes'))}))\b"
        ),
        clause_joiner=re.compile(
            rf"(?:;|\b(?:{alternation(e('time/clause_joiners'))})\b)", re.IGNORECASE
        ),
        deictic_start=re.compile(rf"(?:{alternation(e('time/deictic_starts'))})\b", re.IGNORECASE),
        the_unit_start=re.compile(
            rf"the\s+(?:{alternation(e('time/the_units'))})\b", re.IGNORECASE
        ),
        as_soon_as=re.compile(rf"\b(?:{alternation(e('time/as_soon_as'))})\s+$", re.IGNORECASE),
        clock_only=re.compile(
            rf"(?:(?P<bare>\d{{1,2}}(?:[:.]\d\d)?)(?P<ap>\s*[ap]\.?\s?m\.?)?|[01]\d[0-5]\d|2[0-3][0-5]\d"
            rf"|{alternation(list(words.clock_words))}"
            r"|(?P<oclock>\w+\s+o['’]clock)"
            rf"|(?P<spoken>{_BEHIND.sub('', _GROUP.sub('(?:', words.spoken_clock))}))(?:\s+{words.clock_zone})?",
            re.IGNORECASE,
        ),
        deadline_verb_forms=_deadline_forms(words),
        written_dmy=re.compile(rf"\b\d{{1,2}}(?:{ords})?\s+{words.month_any}"),
        written_mdy=re.compile(rf"{words.month_any}\s+\d{{1,2}}(?:{ords})?\b(?!:)"),
        dashed_days=re.compile(rf"(.*?\d(?:{ords})?)(\s*[-–]\s*)(\d{{1,2}}(?:,?\s+\d{{4}})?)"),
        clock_gap=re.compile(
            rf"\s*(?:(?:{alternation(e('time/clock_zone_words'))})\s*)?(?:,\s*)?(?P<on>on\s+)?",
            re.IGNORECASE,
        ),
        range_gap=re.compile(
            rf"\s*(?:[-–]|(?:{alternation(e('time/range_joiners'))})\b)\s*", re.IGNORECASE
        ),
        day_list=re.compile(
            rf"(?P<more>(?:\s*,\s*(?:the\s+)?[0-3]?\d(?:{ords})?(?![\d:/.,]\d))*)\s*,?\s+"
            rf"(?:{alternation(e('time/day_list_joiners'))})\s+(?:the\s+)?(?P<last>[0-3]?\d)(?:{ords})?"
            rf"(?=\s*[,.;:)!?]|\s*$|\s+(?:{alternation(e('time/day_list_followers'))})\b)",
            re.IGNORECASE,
        ),
        ordinal=re.compile(rf"(?:{ords})\b"),
        days_before=re.compile(
            rf"(?<![\w$£€.,/-])(?:the\s+)?(?P<first>[0-3]?\d)(?:{ords})?"
            rf"(?P<more>(?:\s*,\s*(?:the\s+)?[0-3]?\d(?:{ords})?)*)\s*,?\s+"
            rf"(?:{alternation(e('time/day_list_joiners'))})\s+(?:the\s+)?$",
            re.IGNORECASE,
        ),
        day_before=re.compile(
            rf"\b(?:{alternation(e('time/range_leads'))})\s+([0-3]?\d)"
            rf"\s+(?:{alternation(e('time/range_joiners'))})\s+$",
            re.IGNORECASE,
        ),
        year_span_lead=re.compile(
            rf"\b(?:{alternation(e('time/year_span_leads'))})\s?$", re.IGNORECASE
        ),
        year_span_noun=re.compile(
            rf"\s+(?:{alternation(e('time/year_span_nouns'))})\b", re.IGNORECASE
        ),
        year_span_determiner=re.compile(
            rf"\b(?:{alternation(e('time/determiners'))})\s+$", re.IGNORECASE
        ),
        hour_before=re.compile(
            rf"\b(?:{alternation(e('time/range_leads'))})\s+(?P<h>1[0-2]|0?[1-9])(?::(?P<mi>[0-5]\d))?"
            rf"\s+(?:{alternation(e('time/range_joiners'))})\s+$",
            re.IGNORECASE,
        ),
        list_gap=re.compile(
            rf"\s*(?:,\s*(?:(?:{alternation(e('time/day_list_joiners'))})\s+)?|\s(?:{alternation(e('time/day_list_joiners'))})\s+)",
            re.IGNORECASE,
        ),
        range_day=re.compile(
            rf"\s+(?:{alternation(e('time/range_joiners'))})\s+([0-3]?\d)(?!\d|[:/.]\d)"
            rf"(?=\s*[,.;:)!?]|\s*$|\s+(?:{alternation(e('time/day_list_followers'))})\b)",
            re.IGNORECASE,
        ),
    )


_DAY_BESIDE = re.compile(r"\b(?:the\s+)?day[\s-]+(after|before)[\s-]+$", re.IGNORECASE)


def _word_hits(lower: str, word: str) -> list[tuple[int, int, str]]:
    """Where `word` stands as a whole word in the lower-cased text (str.find is the fast path)."""
    out: list[tuple[int, int, str]] = []
    size = len(lower)
    i = lower.find(word)
    while i >= 0:
        j = i + len(word)
        if (i == 0 or not lower[i - 1].isalpha()) and (j == size or not lower[j].isalpha()):
            out.append((i, j, word))
        i = lower.find(word, j)
    return out


def headline_line(text: str, pos: int) -> bool:
    """Whether the line holding `pos` is a headline or a caption: short, without closing
    punctuation, and standing on its own (followed by a blank line or the end of the text, or
    the text's first line with a capitalised line under it). Headlines tell past events in the
    present ("Bomb kills 3 in market Saturday night") and the future with "to" ("Leaders to
    meet Friday"); the lines of a hard-wrapped paragraph are not read so."""
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    end = len(text) if end < 0 else end
    line = text[start:end].strip()
    if not line or _TERMINAL.search(line) or len(line.split()) > HEADLINE_MAX_WORDS:
        return False
    following = _NEXT_CHAR.match(text, end)
    if following is None or _BLANK_LINE.match(text, end):
        return True
    first_line = _SPACES.match(text, 0, start).end() == start  # type: ignore[union-attr]
    return first_line and following.group(1).isupper()


@dataclass(frozen=True)
class TenseWords:
    """The words that tell a verb's tense or plan, from the lexicon (`time/` lists)."""

    future_aux: frozenset[str]
    """Auxiliaries of the future, and modals: they put the event in a coming time."""
    perfect_past_modals: frozenset[str]
    """The modals that look back before a perfect ("could have been freed Monday"), where
    "will have finished" and "would have taken place" may look ahead."""
    going: frozenset[str]
    plan_copulas: frozenset[str]
    plan_verbs: frozenset[str]
    superseded_plan_adverbs: frozenset[str]
    unmet_plan_verbs: frozenset[str]
    """Verbs of a conjunct that tell a plan was not kept ("but failed to appear")."""
    forecast_verbs: frozenset[str]
    """Verbs of forecasting: a time as their object ("predicted a cold December") lies ahead."""
    plan_adjectives: frozenset[str]
    """Adjectives of a plan before an event noun ("the planned visit in September"): the date
    of that noun lies ahead."""
    plan_leads: frozenset[str]
    """The prepositions of the time an event is set for ("has called a strike for Monday"):
    under a present perfect of a verb of planning, or one whose object is an event noun
    (`plan_objects`), that time lies ahead (`plan_perfect_verbs`: the verbs of planning)."""
    plan_objects: frozenset[str]
    plan_perfect_verbs: frozenset[str]
    plan_month_prepositions: frozenset[str]
    """The prepositions of a month or season ("in") after which the noun right before counts
    as the planned event, whatever the parse hangs the phrase on."""
    say_verbs: frozenset[str]
    """The plain verbs of saying (`annotate/reporting_verbs`): their present tells no schedule."""
    event_prepositions: frozenset[str]
    ongoing_verbs: frozenset[str]
    """Present tenses that tell a state going on now, not a schedule: "police are investigating
    a shooting Monday", "an investigation is underway Monday" date a day just past (or today)."""
    ongoing_states: frozenset[str]
    end_points: frozenset[str]
    """The prepositions of an end point ("until", "through", "by"): a state told in the present
    up to a day ("schools stay closed until Monday") runs on to a day ahead."""
    state_verbs: frozenset[str]
    """Verbs that hold a state before an adjective ("stay closed on Friday"): in the present,
    the day lies ahead."""
    ahead_nouns: frozenset[str]
    measure_nouns: frozenset[str]
    """Nouns of a figure measured over a period ("prices", "traffic"): a month naming one is the
    month the figure covers, the one nearest the anchor."""
    measure_prepositions: frozenset[str]
    """Nouns of an event fixed ahead ("deadline", "vote"): dated under a present clause
    ("Friday's deadline looms"), the day lies ahead."""
    unchanged_past: frozenset[str]
    """Verbs whose past is their bare form ("shut", "put"): a bare conjunct may be that past."""
    past_forms: frozenset[str]
    """Irregular past forms the tagger may take for a present ("when troops retook it" as VBP):
    such a form tells the past (prec55)."""
    key: KeyWords
    """The single words the tense rules name by role: auxiliaries, the infinitive marker."""

    @classmethod
    def of(cls, lexicon: Lexicon) -> TenseWords:
        return _tense_words(lexicon)


@cache
def _tense_words(lexicon: Lexicon) -> TenseWords:
    return TenseWords(
        future_aux=lexicon.words("time/future_auxiliaries")
        | lexicon.words("time/modal_auxiliaries"),
        perfect_past_modals=lexicon.words("time/past_perfect_modals"),
        going=lexicon.words("time/going_future"),
        plan_copulas=lexicon.words("time/plan_copulas"),
        plan_verbs=lexicon.words("time/plan_verbs"),
        superseded_plan_adverbs=lexicon.words("time/superseded_plan_adverbs"),
        unmet_plan_verbs=lexicon.words("time/unmet_plan_verbs"),
        forecast_verbs=lexicon.words("time/forecast_verbs"),
        plan_adjectives=lexicon.words("time/plan_adjectives"),
        plan_leads=lexicon.words("time/plan_leads"),
        plan_objects=lexicon.words("time/plan_object_nouns"),
        plan_perfect_verbs=lexicon.words("time/plan_verbs")
        | lexicon.words("time/plan_perfect_verbs"),
        plan_month_prepositions=lexicon.words("time/plan_month_prepositions"),
        say_verbs=reporting_verbs(lexicon)["say"],
        event_prepositions=lexicon.words("time/event_prepositions"),
        ongoing_verbs=lexicon.words("time/ongoing_verbs"),
        ongoing_states=lexicon.words("time/ongoing_states"),
        end_points=lexicon.words("time/end_point_words"),
        state_verbs=lexicon.words("time/state_verbs"),
        unchanged_past=lexicon.words("time/unchanged_past_verbs"),
        past_forms=lexicon.words("time/past_forms"),
        ahead_nouns=lexicon.words("time/ahead_nouns"),
        measure_nouns=lexicon.words("time/measure_nouns"),
        measure_prepositions=lexicon.words("time/measure_prepositions"),
        key=key_words(lexicon),
    )


class _Tense:
    """The tense of the clause around a character span: "past", "future" or None (unknown)."""

    def __init__(self, text: str, doc: Doc | None, words: TenseWords, time: TimeWords) -> None:
        self.time = time
        self.cues = _cues(time)
        self.text = text
        self.doc = doc
        self.words = words
        self._roots: dict[tuple[int, int], Token | None] = {}

    def _root(self, start: int, end: int) -> Token | None:
        """The root of the parse's span over the characters, None where no tokens cover them
        (kept: one query asks for it up to three times, and `direct`, `deadline` and the
        clause tense ask about the same spans)."""
        key = (start, end)
        if key not in self._roots:
            assert self.doc is not None
            span = self.doc.char_span(start, end, alignment_mode="expand")
            self._roots[key] = None if span is None else span.root
        return self._roots[key]

    def _placed_on(self, start: int, end: int) -> Token | None:
        """The word the span hangs on, directly or through a preposition that places the event
        at the time ("on", "in", "at": `event_prepositions`); None where no tokens cover it."""
        root = self._root(start, end)
        if root is None:
            return None
        head = root.head
        if head.pos_ == "ADP" and head.lower_ in self.words.event_prepositions:
            head = head.head
        return head

    def subject(self, start: int, end: int) -> bool:
        """Whether the parse makes the span the subject of a clause ("since Monday is a
        holiday"), or hangs it on a finite verb after it that has no subject of its own (the
        parse's other reading of the same words); without a parse, never."""
        if self.doc is None:
            return False
        root = self._root(start, end)
        if root is None:
            return False
        if root.dep_ in ("nsubj", "nsubjpass"):
            return True
        verb = root.head.head
        return (
            root.dep_ == "pobj"
            and verb.i > root.i
            and verb.tag_ in ("VBZ", "VBP", "VBD")
            and not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children)
        )

    def still_present(self, start: int, end: int) -> bool:
        """Whether the verb of the span's clause is a present perfect ("it has been a tough
        week") or the complement of a verb of saying ("said it was a great day"); without a
        parse, never."""
        if self.doc is None:
            return False
        root = self._root(start, end)
        if root is None:
            return False
        verb = root.head
        if any(
            c.dep_ == "aux"
            and c.lemma_ in self.words.key.perfect_auxiliaries
            and c.tag_ in ("VBZ", "VBP")
            for c in verb.children
        ):
            return True
        return verb.dep_ in ("ccomp", "parataxis") and verb.head.lemma_ in self.words.say_verbs

    def deadline(self, start: int, end: int) -> bool:
        """Whether a verb that moves a time later ("postponed", "extended", "has given them";
        `deadline_verbs`) governs the span, or, without a parse, stands before it in the
        sentence."""
        if self.doc is not None:
            token = self._root(start, end)
            if token is None:
                return False
            if any(
                c.dep_ == "relcl" and _told_past(c, self.words.past_forms) for c in token.children
            ):
                return False  # "until Saturday, when troops retook it": a day told as past
            prep: str | None = None
            below: Token | None = None
            for _ in range(5):
                if (
                    token.pos_ in ("VERB", "AUX")
                    and token.lemma_.lower() in self.time.deadline_verbs
                ):
                    return self._moves_later(token, prep, below)
                if token.pos_ == "ADP" and prep is None:
                    prep = token.lower_
                below = token
                if (
                    token.pos_ == "ADP"
                    and token.lower_ in self.time.end_point_words
                    and token.head.pos_ in ("VERB", "AUX")
                    and token.head.lemma_.lower() in self.time.deadline_holders
                ):
                    return True  # "has until 9 a.m. Thursday to reply"
                if token.head is token:
                    return False
                token = token.head
            return False
        left = max(0, start - 80)
        ends = list(_SENTENCE_END.finditer(self.text, left, start))
        if ends:
            left = ends[-1].end()
        return self.cues.deadline_verb_forms.search(self.text, left, start) is not None

    def _moves_later(self, verb: Token, prep: str | None, below: Token | None) -> bool:
        """Whether a verb of `deadline_verbs` moves the time: one that needs a particle has it
        or the one bare preposition (`deadline_particles`: "pushed back to", "moved to", not
        "pushed toward the capital until"); one that orders a state has the state between it
        and the time (`deadline_state_verbs`: "ordered schools closed through Wednesday")."""
        lemma = verb.lemma_.lower()
        if lemma in self.time.deadline_state_verbs:
            return below is not None and below.pos_ in ("VERB", "ADJ")
        measures = self.time.deadline_object_verbs.get(lemma)
        if measures is not None:
            # "imposed a curfew until Monday", not "imposed a siege on the town until Saturday"
            return any(c.dep_ == "dobj" and c.lemma_.lower() in measures for c in verb.children)
        needs = self.time.deadline_particles.get(lemma)
        if needs is None:
            return True
        particles, bare = needs
        if any(c.dep_ in ("prt", "advmod") and c.lower_ in particles for c in verb.children):
            return True
        return prep in bare

    def __call__(self, start: int, end: int) -> str | None:
        if self.doc is not None:
            if self._period_start(start, end):
                return None
            planned = self._planned(start, end)
            if planned is not None:
                return "future" if planned == "future" else None
            if self._superseded_plan(start, end):
                return None
            if self._ahead_in_present(start, end):
                return "future"
            found = self._from_doc(start, end)
            if found is not None:
                return found
        return self._from_words(start, end)

    def _period_start(self, start: int, end: int) -> bool:
        """Whether the span is the first day of a period told by its start through a participle
        on the period's noun ("the two-year period beginning July 1", "the fiscal year starting
        Oct. 1", `period_start_words`): the participle has no tense, and the clause around the
        noun ("proposed a budget for the fiscal year beginning July 1") dates the telling, not
        the start; the day is placed as the nearest, as a tenseless one is."""
        root = self._root(start, end)
        if root is None:
            return False
        verb = root.head
        if verb.tag_ != "VBG" or not 0 < verb.i < root.i:
            return False
        # the parse may hang the participle on the verb ("proposed a budget for the fiscal
        # year beginning July 1"): the noun right before it is the period's
        noun = verb.dep_ == "acl" or verb.nbor(-1).pos_ == "NOUN"
        return noun and verb.lower_ in self.time.lexicon.words("time/period_start_words")

    def _superseded_plan(self, start: int, end: int) -> bool:
        """Whether the span dates a plan since given up ("the vote, originally set for March,
        was put off", `superseded_plan_adverbs`): the date need not lie ahead, nor does the
        tense of the clause that tells the change place it; it stays in the reference year."""
        assert self.doc is not None
        root = self._root(start, end)
        if root is None:
            return False
        head = root.head
        if head.pos_ == "ADP" and head.lower_ in self.words.plan_leads:
            head = head.head
        return head.lemma_.lower() in self.words.plan_verbs and any(
            c.dep_ == "advmod" and c.lower_ in self.words.superseded_plan_adverbs
            for c in head.children
        )

    def _planned(self, start: int, end: int) -> str | None:
        """Whether the span dates an event noun told as planned (`plan_adjectives`): "future"
        where the parse hangs the span on the noun ("the scheduled talks on Friday", "the
        upcoming June vote"): the event lies ahead of the time told, and so does its date,
        whatever the tense of the clause. "plan" where the noun only stands right before the
        span's preposition of a month (`plan_month_prepositions`), through a phrase of its own
        ("discussed the planned visit of the envoy in September"), and the parse hangs the
        month on the verb: the month may be the verb's ("approved the proposed merger in
        February"), so the clause's tense does not move it off the reference year either way."""
        assert self.doc is not None
        root = self._root(start, end)
        if root is None:
            return None
        adjectives = self.words.plan_adjectives

        def planned(noun: Token) -> bool:
            return noun.pos_ in ("NOUN", "PROPN") and any(
                c.dep_ == "amod" and c.lower_ in adjectives for c in noun.children
            )

        head = root.head
        if root.dep_ == "compound" and planned(head):
            return "future"  # "the upcoming June vote"
        if head.pos_ != "ADP" or head.i > root.i:
            return None
        if planned(head.head):
            return "future"
        if head.i == 0 or head.lower_ not in self.words.plan_month_prepositions:
            return None
        token = self.doc[head.i - 1]
        for _ in range(2):
            if token.pos_ not in ("NOUN", "PROPN"):
                return None
            if planned(token):
                return "plan"
            prep = token.head
            if token.dep_ != "pobj" or prep.dep_ != "prep" or prep.head is prep:
                return None
            token = prep.head  # "the planned visit of the envoy": the visit
        return None

    def _ahead_in_present(self, start: int, end: int) -> bool:
        """Whether a clause in the present puts the span ahead: a state told up to it ("schools
        stay closed until Monday", "the strike continues until Saturday", "registration is due
        by Thursday": `end_points`) or on it ("offices stay closed on Friday": `state_verbs`),
        or an event fixed in the calendar that it dates ("Friday's
        deadline looms", "the vote on Monday looks close": `ahead_nouns`, the noun the subject,
        outside a headline, whose present tells the past). The past ("stayed
        closed until Monday", "Friday's deadline passed") leaves the span to the clause's
        tense."""
        assert self.doc is not None
        root = self._root(start, end)
        if root is None:
            return False
        words = self.words
        head = root.head
        if head.pos_ == "ADP" and head.i < root.i and head.lower_ in words.plan_leads:
            verb = head.head
            auxes = [c for c in verb.children if c.dep_ == "aux"]
            if (
                verb.tag_ == "VBN"
                and any(
                    a.lemma_ in words.key.perfect_auxiliaries and a.tag_ in ("VBZ", "VBP")
                    for a in auxes
                )
                and (
                    verb.lemma_.lower() in words.plan_perfect_verbs
                    or any(
                        c.dep_ == "dobj" and c.lemma_.lower() in words.plan_objects
                        for c in verb.children
                    )
                )
            ):
                return True  # "the union has called a strike for Monday": set for a day ahead
        if head.pos_ == "ADP" and head.i < root.i and head.lower_ in words.end_points:
            verb = head.head
            if verb.dep_ == "acomp" and verb.pos_ in ("ADJ", "VERB"):
                verb = verb.head  # "stay closed until Monday", "is due by Thursday"
        elif (
            head.pos_ == "ADP"
            and head.i < root.i
            and head.lower_ in words.event_prepositions
            and head.head.dep_ == "acomp"
            and head.head.head.lemma_ in words.state_verbs
        ):
            verb = head.head.head  # "offices stay closed on Friday"
        else:
            noun = head
            if head.pos_ == "ADP" and head.i < root.i and head.lower_ in words.event_prepositions:
                noun = head.head  # "the vote on Monday"
            elif root.dep_ not in ("poss", "compound"):
                return False
            if (
                noun.pos_ != "NOUN"
                or noun.dep_ not in ("nsubj", "nsubjpass")
                or noun.lemma_.lower() not in words.ahead_nouns
                or headline_line(self.text, start)
            ):
                return False  # "Opposition wins Sunday's vote": a result, told in the present
            verb = noun.head
        if verb.pos_ not in ("VERB", "AUX") or verb.lemma_ in words.say_verbs:
            return False
        auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
        finite = auxes[0] if auxes else verb
        return finite.tag_ in ("VBZ", "VBP") and not (
            verb.tag_ == "VBN" and any(a.lemma_ in words.key.perfect_auxiliaries for a in auxes)
        )

    def measured(self, start: int, end: int) -> bool:
        """Whether the span names the period of a figure (`measure_nouns`): a modifier of the
        noun, through a chain of compounds ("the October consumer prices", "the June jobs
        report"), or the object of a preposition after it ("sales for May"). Needs a parse."""
        if self.doc is None:
            return False
        root = self._root(start, end)
        if root is None:
            return False
        words = self.words
        if root.dep_ == "pobj" and root.head.lower_ in words.measure_prepositions:
            return root.head.head.lemma_.lower() in words.measure_nouns
        token = root
        for _ in range(3):
            if token.dep_ not in ("compound", "nmod") or token.head is token:
                break
            token = token.head  # up to the noun the chain modifies: "the March rate hike"
        return (
            token is not root
            and token.pos_ == "NOUN"
            and token.lemma_.lower() in words.measure_nouns
        )

    def ran_up_to(self, start: int, end: int) -> bool:
        """Whether the span is the end point of a verb told in the past ("sales rose through
        March", "stayed closed until May"): the preposition's own verb, finite and past, not an
        infinitive under it ("agreed to hold prices through March" looks ahead). Needs a parse."""
        if self.doc is None:
            return False
        root = self._root(start, end)
        if root is None:
            return False
        head = root.head
        if head.pos_ != "ADP" or head.i > root.i or head.lower_ not in self.words.end_points:
            return False
        verb = head.head
        if verb.dep_ == "acomp" and verb.pos_ in ("ADJ", "VERB"):
            verb = verb.head  # "stayed closed until May"
        if verb.pos_ not in ("VERB", "AUX") or verb.tag_ == "VB":
            return False
        return self._verb_tense(verb, direct=False) == "past"

    def said_on(self, start: int, end: int, point: Point | None) -> bool:
        """Whether the span is the day a verb of saying was spoken ("the boat sank on Nov. 22,
        officials said Tuesday"): the time of the report, outside the story it tells."""
        if self.doc is None or point is None or point.gran != "day":
            return False
        head = self._placed_on(start, end)
        if head is None:
            return False
        return head.pos_ == "VERB" and head.lemma_ in self.words.say_verbs

    def direct(self, start: int, end: int) -> str | None:
        """The tense of a verb governing the span itself, directly or through a preposition
        that places the event at the time ("on", "in", "at"); "extended to Nov. 16" or "until
        May" name an end point, which the verb's tense does not place."""
        if self.doc is None:
            return None
        head = self._placed_on(start, end)
        if head is None:
            return None
        if head.pos_ not in ("VERB", "AUX"):
            return None
        return self._verb_tense(head, direct=True, headline=headline_line(self.text, start))

    def in_noun_clause(self, start: int, end: int) -> bool:
        """Whether the first verb above the span is a participle or relative clause modifying
        a noun ("calls made after October 28", "appeals that were filed after October 1")."""
        if self.doc is None:
            return False
        verb = self._governor(start, end, hops=3)
        return verb is not None and verb.dep_ in ("acl", "relcl")

    def _governor(self, start: int, end: int, hops: int) -> Token | None:
        """The first verb up the dependency tree from the span's root, within `hops` steps."""
        assert self.doc is not None
        token = self._root(start, end)
        if token is None:
            return None
        for _ in range(hops + 1):
            if token.pos_ in ("VERB", "AUX"):
                return token
            if token.head is token:
                return None
            token = token.head
        return None

    def _from_doc(self, start: int, end: int) -> str | None:
        if self.cues.as_soon_as.search(self.text, max(0, start - 16), start):
            return "future"
        root = self._root(start, end)
        if (
            root is not None
            # the object, or a month with a determiner the parse hangs on as an adverb
            and (
                root.dep_ == "dobj"
                or root.dep_ == "npadvmod"
                and any(c.dep_ == "det" for c in root.children)
            )
            and root.head.lemma_.lower() in self.words.forecast_verbs
            and not any(
                a.lemma_ in self.words.key.perfect_auxiliaries and a.tag_ == "VBD"
                for a in root.head.children
            )
        ):
            return "future"  # "forecasters predicted a colder-than-normal December"
        verb = self._governor(start, end, hops=4)
        if verb is None:
            return None
        said = self._said_before_clause(start, end, verb)
        if said is not None:
            return self._verb_tense(said, direct=True, headline=headline_line(self.text, start))
        reported = self._attributed(start, end, verb)
        if reported is not None:
            verb = reported
        if _past_perfect_frame(verb, self.words) or _unmet_plan(verb, self.words):
            return "past"
        if reported is not None:
            return self._verb_tense(verb, direct=True, headline=headline_line(self.text, start))
        near = self._governor(start, end, hops=2)
        direct = near is not None and near.i == verb.i and not self._via_noun(start, end, verb)
        if direct and self._reduced_relative(start, end, verb):
            return "past"
        return self._verb_tense(verb, direct=direct, headline=headline_line(self.text, start))

    def _said_before_clause(self, start: int, end: int, verb: Token) -> Token | None:
        """The verb of saying whose day the span tells where the parse hangs it on the reported
        clause ("said on Thursday it would hire 1,500 people", "announced on Monday that taxes
        would rise"): the span stands right after the verb of saying, before the clause's
        subject, so it dates the saying. None elsewhere."""
        assert self.doc is not None
        span = self.doc.char_span(start, end, alignment_mode="expand")
        if span is None or verb.dep_ != "ccomp" or verb.head.lemma_ not in self.words.say_verbs:
            return None
        say = verb.head
        first = span.start
        if (
            first > 0
            and self.doc[first - 1].dep_ == "prep"
            and self.doc[first - 1].head.i == verb.i
        ):
            first -= 1  # "on Thursday"
        if first != say.i + 1:
            return None
        subjects = [c.i for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "mark")]
        return say if subjects and min(subjects) >= span.end else None

    def _attributed(self, start: int, end: int, verb: Token) -> Token | None:
        """The verb of the reported clause where the span ends it before a trailing
        attribution ("the president is visiting troops Saturday, aides said", "was arrested
        Saturday and will appear in court Monday, his lawyer said"): the parse may hang the span
        on the verb of saying after the comma, but the attribution has its own time or none, and
        the span dates the clause it closes: the last verb of that clause before it. None where
        the verb is no plain verb of saying (`say_verbs`) after the span and its comma."""
        assert self.doc is not None
        if verb.lemma_ not in self.words.say_verbs:
            return None
        span = self.doc.char_span(start, end, alignment_mode="expand")
        clause = None if span is None else _closed_report(span, verb)
        if span is None or clause is None:
            return None
        verbs = [
            t
            for t in clause.subtree
            if t.i < span.start and t.pos_ in ("VERB", "AUX") and t.dep_ not in ("aux", "auxpass")
        ]
        return verbs[-1] if verbs else None

    def _reduced_relative(self, start: int, end: int, verb: Token) -> bool:
        """Whether the span dates a past participle that modifies a noun without an auxiliary
        ("the 20 people killed Sunday", "the merger, announced in November,"): a reduced
        relative tells an event already done, whatever the tense of the clause around the noun
        ("police will bury the people killed Sunday"). The span must hang on the participle
        itself or through a preposition that places the event (`event_prepositions`); a plan
        ("the talks set for Friday", `plan_verbs`) looks ahead, and "a strike called for
        Monday" names the time the strike is called for."""
        if (
            verb.tag_ != "VBN"
            or verb.dep_ != "acl"
            or verb.lemma_.lower() in self.words.plan_verbs
            or any(c.dep_ in ("aux", "auxpass") for c in verb.children)
        ):
            return False
        head = self._placed_on(start, end)
        if head is None:
            return False
        return head.i == verb.i

    def _via_noun(self, start: int, end: int, verb: Token) -> bool:
        """The span hangs from a noun on its way to the verb ("are investigating a shooting
        late Friday night"): it dates the noun's event, which the verb's present does not put
        in the future."""
        assert self.doc is not None
        root = self._root(start, end)
        if root is None:
            return False
        token = root.head
        while token.i != verb.i and token.head.i != token.i:
            if token.pos_ in ("NOUN", "PROPN"):
                return True
            token = token.head
        return False

    def _verb_tense(self, token: Token, direct: bool, headline: bool = False) -> str | None:
        words = self.words
        auxes = [c for c in token.children if c.dep_ in ("aux", "auxpass")]
        if (
            token.tag_ == "VBN"
            and any(a.lower_ in words.perfect_past_modals for a in auxes)
            and any(a.tag_ == "VB" and a.lemma_ in words.key.perfect_auxiliaries for a in auxes)
        ):
            # "could have been freed Monday", "may have died on Sunday": a perfect after
            # such a modal looks back from the time of telling ("will have finished by
            # Friday", the future perfect, still looks ahead)
            return "past"
        for aux in auxes:
            if aux.lower_ in words.future_aux:
                return "future"
            if aux.lower_ in words.going or aux.lower_ in words.plan_copulas and token.tag_ == "VB":
                return "future"
        if token.lemma_ in words.plan_verbs and _shares_past_perfect(token, words):
            return "past"  # "had approved the plan and scheduled the vote for Thursday"
        if token.lemma_ in words.plan_verbs and not any(
            a.lemma_ in words.key.perfect_auxiliaries and a.tag_ == "VBD" for a in auxes
        ):
            # "scheduled a hearing for Friday": the hearing lies ahead; a plan told in the
            # past perfect ("had expected February's deficit to narrow") lay in the past
            return "future"
        if headline:
            if (
                token.tag_ == "VB"
                and token.dep_ == "ROOT"
                and any(a.lower_ in words.key.infinitive_markers for a in auxes)
            ):
                return "future"  # "Leaders to meet Friday"
            if token.tag_ in ("VBZ", "VBP"):
                return "past"  # "Bomb kills 3 Saturday night": the headline present
        if token.tag_ == "VBD" or any(a.tag_ == "VBD" for a in auxes):
            return "past"
        if token.tag_ in ("VBN", "VBG") and any(
            a.lemma_ in words.key.perfect_auxiliaries for a in auxes
        ):
            return "past"
        if not direct or _ongoing(token, words):
            return None
        if _present_infinitive_frame(token, words):
            return "future"
        if (token.tag_ in ("VBZ", "VBP") or _bare_conjunct(token, words) or _bare_root(token)) and (
            token.lemma_ not in words.say_verbs or _reports_a_thing(token)
        ):
            return "future"  # "the leaders meet Monday": news uses the present for schedules
        if token.tag_ == "VBG" and any(a.tag_ in ("VBZ", "VBP") for a in auxes):
            return "future"  # "is travelling Thursday"
        if token.tag_ == "VBN" and (
            any(a.dep_ == "auxpass" and a.tag_ in ("VBZ", "VBP") for a in auxes)
            or (
                token.dep_ == "acomp"
                and token.head.tag_ in ("VBZ", "VBP")
                and token.head.lemma_ in words.key.copulas
            )
        ):
            return "future"  # "markets are closed Monday": the present passive schedules
        return None

    def _from_words(self, start: int, end: int) -> str | None:
        text = self.text
        left = max(0, start - 80)
        ends = list(_SENTENCE_END.finditer(text, left, start))
        if ends:
            left = ends[-1].end()
        stop = _SENTENCE_END.search(text, end, min(len(text), end + 80))
        right = stop.start() if stop else min(len(text), end + 80)
        joiners = list(self.cues.clause_joiner.finditer(text, left, start))
        if joiners and (told := self._nearest_cue(joiners[-1].end(), start)) is not None:
            return told  # "ended Sunday and will resume Tuesday": the conjunct's own verb
        window = text[left:right]
        after = self.cues.clause_joiner.search(text, end, right)
        if after is not None and (
            self.cues.future.search(text, left, after.start())
            or self.cues.past.search(text, left, after.start())
        ):
            window = text[left : after.start()]  # "ended Sunday and will resume": its own
        if self.cues.future.search(window):
            return "future"
        if any(
            not self._adjective(left + c.start(), left + c.end())
            for c in self.cues.past.finditer(window)
        ):
            return "past"
        return None

    def _nearest_cue(self, left: int, start: int) -> str | None:
        """The tense of the last verb form that tells one between `left` and `start`. A word
        that is a cue of the future ("is scheduled to appear") is no past form as well."""
        futures = list(self.cues.future.finditer(self.text, left, start))
        future = [c.start() for c in futures]
        past = [
            c.start()
            for c in self.cues.past.finditer(self.text, left, start)
            if not self._adjective(c.start(), c.end())
            and not any(f.start() <= c.start() < f.end() for f in futures)
        ]
        if not future and not past:
            return None
        return "future" if max(future, default=-1) > max(past, default=-1) else "past"

    def _adjective(self, start: int, end: int) -> bool:
        """Whether the parse reads the word over the characters as an adjective, not a past
        tense: a participle after "stay", "remain" or "be" ("schools stay closed", "the market
        remains closed"), or before a noun ("the armed men"). No tense."""
        if self.doc is None:
            return False
        span = self.doc.char_span(start, end, alignment_mode="expand")
        if span is None or len(span) != 1:
            return False
        token = span[0]
        return token.tag_ == "JJ" or token.tag_ == "VBN" and token.dep_ in ("acomp", "amod")


def _told_past(verb: Token, past_forms: frozenset[str]) -> bool:
    """Whether a verb is in the past: a past form, or one with a past auxiliary ("was held"); an
    irregular past the tagger took for a present ("when troops retook it" as VBP: `past_forms`,
    prec55) too."""
    if verb.tag_ == "VBP" and verb.lower_ in past_forms:
        return not any(c.dep_ in ("aux", "auxpass") for c in verb.children)
    return verb.tag_ == "VBD" or any(
        c.dep_ in ("aux", "auxpass") and c.tag_ == "VBD" for c in verb.children
    )


def _past_perfect_frame(verb: Token, words: TenseWords) -> bool:
    """An infinitive under a past perfect ("had been due to close Friday", "had been
    scheduled to close Monday"): the plan lay in the past, and so does its day."""
    if verb.tag_ != "VB" or not any(
        c.dep_ == "aux" and c.lower_ in words.key.infinitive_markers for c in verb.children
    ):
        return False
    token = verb
    for _ in range(2):
        if token.head is token:
            return False
        token = token.head
        auxes = [c for c in token.children if c.dep_ in ("aux", "auxpass")]
        if any(a.lemma_ in words.key.perfect_auxiliaries and a.tag_ == "VBD" for a in auxes):
            return True
    return False


def _unmet_plan(verb: Token, words: TenseWords) -> bool:
    """An infinitive under a plan told in the past and then said not kept ("was scheduled to
    appear Wednesday but did not", "was due to testify Monday but failed to show"): the day
    lay in the past, though the plan looked ahead when it was made."""
    passive = verb.tag_ == "VBN" and any(
        c.dep_ == "auxpass" and c.tag_ == "VB" for c in verb.children
    )  # "was due to be repaid Monday but was not"
    if (verb.tag_ != "VB" and not passive) or verb.dep_ != "xcomp" or verb.head is verb:
        return False
    if not any(c.dep_ == "aux" and c.lower_ in words.key.infinitive_markers for c in verb.children):
        return False
    plan = verb.head
    if plan.dep_ == "acomp" and plan.head is not plan:
        plan = plan.head  # "was due to testify": the copula holds the tense and the conjunct
    conjuncts = [c for c in (*plan.children, *verb.children) if c.dep_ == "conj" and c.i > verb.i]
    return _told_past(plan, words.past_forms) and any(
        any(n.dep_ == "neg" for n in c.children) or c.lemma_.lower() in words.unmet_plan_verbs
        for c in conjuncts
    )


def _shares_past_perfect(verb: Token, words: TenseWords) -> bool:
    """A past form joined without an auxiliary of its own to a verb in the past perfect ("the
    board had approved the plan and scheduled the vote for Thursday"): it shares the "had",
    and a plan told so lay in the past. A past form cannot share a modal ("had ruled that the
    family must leave and set Friday as its last day there", which the parse may join to
    "leave"), so
    the search goes on up through the clause that holds such a conjunct."""
    if verb.tag_ not in ("VBD", "VBN") or verb.dep_ != "conj":
        return False
    if any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return False
    token = verb
    for _ in range(3):
        if token.dep_ not in ("conj", "ccomp") or token.head is token:
            return False
        token = token.head
        auxes = [c for c in token.children if c.dep_ in ("aux", "auxpass")]
        if any(a.lemma_ in words.key.perfect_auxiliaries and a.tag_ == "VBD" for a in auxes):
            return True
    return False


def _present_infinitive_frame(verb: Token, words: TenseWords) -> bool:
    """An infinitive under a present-tense verb ("officials hope to finish the count Friday",
    "the union wants to meet on Monday", "they expect it to close by Friday"): the aim lies
    ahead, and so does its day. A verb of saying in the present tells no aim ("says to come
    Monday" is rare; "says" reports). A passive infinitive ("they expect the dam to be finished
    by September") looks ahead as well, and so does one under a present passive ("is
    scheduled to be arraigned Wednesday", "is expected to face a judge Friday")."""
    passive = verb.tag_ == "VBN" and any(
        c.dep_ == "auxpass" and c.tag_ == "VB" for c in verb.children
    )
    if (verb.tag_ != "VB" and not passive) or not any(
        c.dep_ == "aux" and c.lower_ in words.key.infinitive_markers for c in verb.children
    ):
        return False
    head = verb.head
    if head is verb or verb.dep_ not in ("xcomp", "ccomp", "advcl"):
        return False
    if head.tag_ == "JJ" and head.dep_ == "acomp" and head.head.lemma_ in words.key.copulas:
        head = head.head  # "is due to be sentenced Wednesday": the copula's present
    present = head.tag_ in ("VBZ", "VBP") or (
        head.tag_ == "VBN"
        and any(c.dep_ == "auxpass" and c.tag_ in ("VBZ", "VBP") for c in head.children)
    )
    return present and head.lemma_ not in words.say_verbs


def _reports_a_thing(verb: Token) -> bool:
    """A verb of saying whose object is a thing, not something said ("the company reports
    earnings Tuesday", "the ministry announces the figures on Friday"): an event fixed in the
    calendar, which the present schedules as any verb's does; "says" with a clause reports. A
    count reported ("the ministry reports 20 new cases on Friday", an object with a number) is
    news of what happened, no schedule."""
    children = list(verb.children)
    return not any(c.dep_ in ("ccomp", "parataxis", "xcomp") for c in children) and any(
        c.dep_ == "dobj" and c.pos_ == "NOUN" and not any(n.dep_ == "nummod" for n in c.children)
        for c in children
    )


def _bare_root(token: Token) -> bool:
    """A main verb the parse tags as a base form though it has a subject and no auxiliary
    ("voters go to the polls on Sunday"): a present with a plural subject, not an infinitive
    or an imperative, which have no subject of their own."""
    return (
        token.tag_ == "VB"
        and token.dep_ == "ROOT"
        and any(c.dep_ in ("nsubj", "nsubjpass") for c in token.children)
        and not any(c.dep_ in ("aux", "auxpass") for c in token.children)
    )


def _bare_conjunct(token: Token, words: TenseWords) -> bool:
    """A bare verb joined to a finite verb without an auxiliary of its own ("talks ended
    Sunday and resume Tuesday"): the parse tags it as a base form, but it is a present with
    the first verb's subject, a tense of its own, not the first verb's past. A verb whose past
    is its bare form ("stormed the town and shut the border") may be that past."""
    if token.tag_ != "VB" or token.dep_ != "conj":
        return False
    head = token.head
    if head.tag_ not in ("VBD", "VBZ", "VBP") or token.lemma_ in words.unchanged_past:
        return False
    return not any(c.dep_ in ("aux", "auxpass") for c in token.children)


def _ongoing(token: Token, words: TenseWords) -> bool:
    """Whether the verb tells a state going on at the time (see `TenseWords.ongoing_verbs`)."""
    if token.lemma_ in words.ongoing_verbs:
        return True
    return token.lemma_ in words.key.copulas and any(
        c.lower_ in words.ongoing_states for c in token.children
    )


_Candidate = tuple[int, int, int, Rule, re.Match[str]]


class TimeTagger:
    """Finds the TIMEX3 expressions of a text and resolves their values.

    `part_of_day`: a day with a part of the day gets the TIMEX3 suffix ("Saturday night" is
    "2020-09-26TNI", "this morning" "...TMO"), as in the document record; with False the value
    is the day itself.
    """

    def __init__(self, part_of_day: bool = True, lexicon: Lexicon | None = None) -> None:
        self.part_of_day = part_of_day
        lexicon = lexicon or load_lexicon("en")
        self.tense_words = TenseWords.of(lexicon)
        self.words = TimeWords.of(lexicon)
        grammar = TimeGrammar.of(self.words)
        self.rules: tuple[Rule, ...] = grammar.rules
        self.prefixes = grammar.prefixes
        self._by_trigger: dict[str, list[int]] = {}
        for index, rule in enumerate(self.rules):
            for word in rule.triggers:
                self._by_trigger.setdefault(word, []).append(index)
        self._trigger_words = frozenset(w for w in self._by_trigger if w != "#")
        # the patterns as the windows run them: behind a look-ahead for a match's first character
        self._scans = tuple(guarded(rule.pattern) for rule in self.rules)

    def tag(
        self,
        text: str,
        anchor: str | None,
        doc: Doc | None = None,
        day_first: bool | None = None,
    ) -> tuple[TimeExpression, ...]:
        """The time expressions of `text`, sorted and non-overlapping, values resolved.

        `anchor` is the publication date (ISO, possibly partial: `2020-09`, `2020`) or None, in
        which case relative expressions get value None (or a partial value such as XXXX-05).
        `doc`, the spaCy parse of the same text, only sharpens the tense of a clause.
        `day_first`: how the site writes numeric dates (`day_first_site`), when known; the
        text's own other dates decide first (`numeric_order`).
        """
        anchor_point = _anchor_point(anchor)
        order = numeric_order(text, self.words)
        order = day_first if order is None else order
        tense = _Tense(text, doc, self.tense_words, self.words)
        probe = Context(
            text,
            anchor_point,
            lambda s, e: None,
            self.words,
            self.part_of_day,
            day_first=order,
            probing=True,
            measured=tense.measured,
        )
        chosen = self._select(self._candidates(text, probe))
        dateline = _dateline_day(text, chosen, probe)
        hour = _anchor_hour(anchor) if dateline is None else None
        anchor_point = dateline or anchor_point
        ctx = Context(
            text,
            anchor_point,
            tense,
            self.words,
            self.part_of_day,
            direct_tense=tense.direct,
            deadline=tense.deadline,
            in_noun_clause=tense.in_noun_clause,
            ran_up_to=tense.ran_up_to,
            subject=tense.subject,
            still_present=tense.still_present,
            measured=tense.measured,
            day_first=order,
            anchor_hour=hour,
        )
        out: list[TimeExpression] = []
        deictic: list[tuple[int, Rule, re.Match[str]]] = []
        judged: list[tuple[int, str]] = []
        previous_end = 0
        for start, end, _, rule, match in chosen:
            if _quoted_title(text, start, end, self.words) or _named_thing(
                text, start, end, self.words
            ):
                continue
            ctx.hold = False
            built = rule.build(match, ctx)
            if built is None:
                continue
            kind, value = built
            if value == "P1D" and _day_of_kind(text, end, self.words):
                continue
            if kind in ("DATE", "TIME"):
                start = self._extend_left(text, start, previous_end)
                point = parse_value(value) if value and value[:1].isdigit() else None
                if not ctx.hold and not (_story_of_days(ctx) and tense.said_on(start, end, point)):
                    ctx.remember(value, point)
                    if point is not None:
                        joined = (
                            bool(out)
                            and out[-1].type == "TIME"
                            and _cues(self.words).clock_gap.fullmatch(text[out[-1].end : start])
                            is not None
                        )
                        ctx.tell_day(value, point, since_point(ctx, start, end), joined)
            if _counts_from_speech(rule, match):
                deictic.append((len(out), rule, match))
            if rule.build is b_evaluative_unit and value is None:
                judged.append((len(out), match["extent"]))
            out.append(TimeExpression(text[start:end], start, end, kind, value))
            previous_end = end
        if deictic and doc is not None:
            _quoted_from_speech_day(text, doc, out, deictic, ctx, self.tense_words)
            _reported_weekdays(doc, out, deictic, ctx, self.tense_words)
        if judged:
            out = _judged_units(text, out, judged, self.words)
        cues = _cues(self.words)
        out = _listed_weekdays(text, _shared_parts(text, out, cues, self.words), cues, self.words)
        out = _anchored_days(text, _days_beside(text, out), cues, self.words, self.part_of_day)
        out = _weekday_nths(text, out, cues, self.words, ctx.anchor_date)
        return _clock_ranges(text, _clock_days(text, _ranges(text, out, cues), cues), cues)

    def _candidates(self, text: str, probe: Context) -> list[_Candidate]:
        """Every match of every rule, looked for only in windows around the rule's triggers."""
        lower = text.lower()
        present = self._trigger_words.intersection(_WORD.findall(lower))
        hits: list[tuple[int, int, str]] = [
            (m.start(), m.end(), "#") for m in _NUMBER.finditer(text)
        ]
        for word in present:
            hits.extend(_word_hits(lower, word))
        hits.sort()
        windows: dict[int, list[list[int]]] = {}
        for start, end, word in hits:
            for index in self._by_trigger.get(word, ()):
                back, ahead = self.rules[index].window
                lo, hi = max(0, start - back), end + ahead
                spans = windows.setdefault(index, [])
                if spans and lo <= spans[-1][1]:
                    spans[-1][1] = max(hi, spans[-1][1])
                else:
                    spans.append([lo, hi])
        found: list[_Candidate] = []
        for index, spans in windows.items():
            rule, scan = self.rules[index], self._scans[index]
            for lo, hi in spans:
                for m in scan.finditer(text, lo, hi):
                    # a rule may mark its expression inside the words it reads (`extent`)
                    start, end = m.span("extent") if "extent" in m.re.groupindex else m.span()
                    if end > start and rule.build(m, probe) is not None:
                        found.append((start, end, rule.priority, rule, m))
        return found

    def day_first_site(self, site: str | None) -> bool | None:
        """`day_first_site` with this tagger's language."""
        return day_first_site(site, self.words)

    def _extend_left(self, text: str, start: int, floor: int) -> int:
        """Take in modifiers that keep the value: "the end of", "early", "mid-", "earlier this"."""
        changed = True
        while changed:
            changed = False
            window_start = max(floor, start - 40)
            before = text[window_start:start]
            for index, prefix in enumerate(self.prefixes):
                m = prefix.search(before)
                if not m:
                    continue
                if index == PREFIX_NEEDS_DEICTIC and not _cues(self.words).deictic_start.match(
                    text, start
                ):
                    continue
                if index == PREFIX_NEEDS_THE_UNIT and not _cues(self.words).the_unit_start.match(
                    text, start
                ):
                    continue  # "later in the week", not "earlier in the talks"
                start = window_start + m.start()
                changed = True
                break
        return start

    @staticmethod
    def _select(candidates: list[_Candidate]) -> list[_Candidate]:
        """Longest match first, then the rule's priority, then leftmost; no overlaps."""
        candidates.sort(key=lambda c: (-(c[1] - c[0]), -c[2], c[0]))
        taken: list[_Candidate] = []
        for cand in candidates:
            if all(cand[1] <= t[0] or cand[0] >= t[1] for t in taken):
                taken.append(cand)
        taken.sort(key=lambda c: c[0])
        return taken


_QUOTE_OPEN = frozenset("\"“'‘`")
_QUOTE_CLOSE = re.compile(r"[.,!?]?[\"”'’]")
_LETTERS = re.compile(r"[A-Za-z]+")


def _quoted_title(text: str, start: int, end: int, time: TimeWords) -> bool:
    """A time phrase that is a title in quotes (the programme "This Week", ''60 Minutes''): its
    words all capitalised, a unit among them, quotes on both sides. Such a name is no time."""
    if start == 0 or text[start - 1] not in _QUOTE_OPEN or not _QUOTE_CLOSE.match(text, end):
        return False
    words = _LETTERS.findall(text[start:end])
    return (
        bool(words)
        and all(w[:1].isupper() for w in words)
        and any(time.unit_key(w) in time.units for w in words)
    )


def _story_of_days(ctx: Context) -> bool:
    """Whether the latest date told is a day: the story then moves from day to day, and the
    day of a report about it ("officials said Tuesday") is not one of its days."""
    last = ctx.last.get("any")
    return last is not None and last.gran == "day"


_QUOTE = re.compile(r'"[^"\n]+"|“[^”\n]+”|(?:``|\'\')[^\n]+?\'\'')


def _judged_units(
    text: str, out: list[TimeExpression], judged: list[tuple[int, str]], words: TimeWords
) -> list[TimeExpression]:
    """A judged unit told in the past ("it was a great day for the league on Sunday") takes its
    value from a day told in the same sentence; with none, it is dropped: a past judgment need
    not be of the story's latest day, nor of the publication day."""
    drop: set[int] = set()
    for index, unit_words in judged:
        unit = out[index]
        value = None
        for other in sorted(out, key=lambda o: abs(o.start - unit.start)):
            if other is unit or other.value is None or other.type != "DATE":
                continue
            lo, hi = min(other.start, unit.start), max(other.end, unit.end)
            if _SENTENCE_END.search(text, lo, hi) is None:
                value = evaluative_value(unit_words, other.value, words)
                if value is not None:
                    break
        if value is None:
            drop.add(index)
        else:
            out[index] = replace(unit, value=value)
    return [t for i, t in enumerate(out) if i not in drop]


def _counts_from_speech(rule: Rule, m: re.Match[str]) -> bool:
    """Whether the expression counts from the day its words were spoken: "tomorrow", "next
    week", "on Sunday" (not "the next week", which counts from the story's last date)."""
    if rule.build is b_deictic_day:
        return True
    if rule.build is b_relative_unit:
        return not m["the"]
    return rule.build is b_weekday and not m["amod"]


def _quoted_from_speech_day(
    text: str,
    doc: Doc,
    out: list[TimeExpression],
    deictic: list[tuple[int, Rule, re.Match[str]]],
    ctx: Context,
    words: TenseWords,
) -> None:
    """Deictic words inside a direct quotation count from the day the quote was spoken, where
    the same sentence tells it beside a verb of saying ('"We leave tomorrow," he said on
    Friday': tomorrow is Saturday). TIDES / TimeML: an indexical is resolved against the time
    of its utterance; in indirect speech ("he said Friday that they would leave tomorrow") the
    reporter speaks, and the time of telling stays the reference."""
    quotes = [q.span() for q in _QUOTE.finditer(text)]
    if not quotes:
        return
    for index, rule, match in deictic:
        t = out[index]
        quote = next(((a, b) for a, b in quotes if a < t.start and t.end < b), None)
        if quote is None:
            continue
        day = _speech_day(text, doc, out, quote, quotes, words)
        if day is None:
            continue
        built = rule.build(match, replace(ctx, anchor=day, anchor_hour=None))
        if built is not None and built[1] != t.value:
            out[index] = TimeExpression(t.text, t.start, t.end, built[0], built[1])


def _reported_weekdays(
    doc: Doc,
    out: list[TimeExpression],
    deictic: list[tuple[int, Rule, re.Match[str]]],
    ctx: Context,
    words: TenseWords,
) -> None:
    """A bare weekday in a clause reported by a verb of saying whose own day is told ("police
    said Tuesday they arrested the man on Friday"): placed from the day of saying, as its
    tense tells (the Friday before that Tuesday), not from publication."""
    days = {(u.start, u.end): u for u in out if _DAY_VALUE.fullmatch(u.value or "")}
    for index, rule, match in deictic:
        if rule.build is not b_weekday:
            continue
        t = out[index]
        span = doc.char_span(t.start, t.end, alignment_mode="expand")
        if span is None:
            continue
        verb = span.root.head
        for _ in range(3):
            if verb.pos_ in ("VERB", "AUX") or verb.head is verb:
                break
            verb = verb.head
        if verb.pos_ not in ("VERB", "AUX") or verb.dep_ != "ccomp":
            continue
        say = verb.head
        if say.lemma_ not in words.say_verbs:
            continue
        spoken = _day_of_saying(say, days, t)
        if spoken is None or spoken == ctx.anchor:
            continue
        built = rule.build(match, replace(ctx, anchor=spoken, anchor_hour=None))
        if built is not None and built[1] != t.value:
            out[index] = TimeExpression(t.text, t.start, t.end, built[0], built[1])


def _closed_report(span: Span, say: Token) -> Token | None:
    """The reported clause a span closes before a trailing attribution after its comma
    ("... will appear in court Monday, his lawyer said"): the clause complement of the verb of
    saying `say` that lies before the span, or None."""
    doc = span.doc
    if span.end >= len(doc) or say.i <= span.end or doc[span.end].text != ",":
        return None
    clause = [c for c in say.children if c.dep_ == "ccomp" and c.i < span.start]
    return clause[-1] if clause else None


def _day_of_saying(
    say: Token, days: dict[tuple[int, int], TimeExpression], own: TimeExpression
) -> Point | None:
    """The told day that hangs on the verb of saying ("said Tuesday", "said on Tuesday"); not
    a day that closes the reported clause before the attribution ("will appear in court
    Monday, his lawyer said"): that day is the clause's (`_closed_report`)."""
    for child in say.children:
        if child.dep_ == "npadvmod" and _closed_report(child.doc[child.i : child.i + 1], say):
            continue
        token = child
        if child.pos_ == "ADP":
            objects = [c for c in child.children if c.dep_ == "pobj"]
            if not objects:
                continue
            token = objects[0]
        start = token.idx
        for (a, b), u in days.items():
            if u is not own and a <= start < b:
                span = say.doc.char_span(a, b, alignment_mode="expand")
                if span is not None and _closed_report(span, say) is not None:
                    continue
                return parse_value(u.value)
    return None


def _speech_day(
    text: str,
    doc: Doc,
    out: list[TimeExpression],
    quote: tuple[int, int],
    quotes: list[tuple[int, int]],
    words: TenseWords,
) -> Point | None:
    """The day a quotation was spoken: a full date outside any quotation, in the sentence
    around it (no sentence end between), whose word hangs on a verb of saying."""
    for u in out:
        if not _DAY_VALUE.fullmatch(u.value or ""):
            continue
        if any(a <= u.start < b for a, b in quotes):
            continue
        if u.start >= quote[1]:
            between = text[quote[1] : u.start]
        elif u.end <= quote[0]:
            between = text[u.end : quote[0]]
        else:
            continue
        if _SENTENCE_END.search(between) or len(between) > _SPEECH_GAP:
            continue
        span = doc.char_span(u.start, u.end, alignment_mode="expand")
        if span is None:
            continue
        head = span.root.head
        if head.pos_ == "ADP":
            head = head.head
        if head.lemma_ in words.say_verbs:
            return parse_value(u.value)
    return None


# How far (characters) the day of a quotation's verb of saying may stand from the quotation.
_SPEECH_GAP = 60

_NEXT_WORD = re.compile(r"[ \t]([A-Z][a-z]+)\b")
_LAST_WORD = re.compile(r"\b([A-Za-z]+)\s+$")


def _named_thing(text: str, start: int, end: int, time: TimeWords) -> bool:
    """A time phrase followed by a capitalised head of a name (`name_heads`): "the Good Friday
    Agreement", "the Sunday Times", "the Tuesday Group". The name is of a thing, not a time,
    and TIDES does not mark the time inside it. After "on" (`name_breaking_leads`) the phrase
    is a time before a name that opens the clause: "On Monday Group chief Anna Berg said",
    unless the phrase has the article of the name ("on the Fourth of July Bridge")."""
    m = _NEXT_WORD.match(text, end)
    if m is None or m.group(1).lower() not in time.name_heads:
        return False
    lead = _LAST_WORD.search(text, max(0, start - 16), start)
    return (
        not text[start].isupper()  # "on the Fourth of July Bridge": the name has its article
        or lead is None
        or lead.group(1).lower() not in time.name_breaking_leads
    )


_OF_WORD = re.compile(r"\s+of\s+([a-z]+)\b")


def _day_of_kind(text: str, end: int, time: TimeWords) -> bool:
    """A day's length followed by "of" and a kind of day set aside (`day_of_kinds`): "a day of
    mourning", "a day of action" name the day's purpose, not a length of one day."""
    m = _OF_WORD.match(text, end)
    return m is not None and m.group(1) in time.day_of_kinds


_WEEKDAY_SET = re.compile(r"XXXX-WXX-\d(T[A-Z]{2})")


def _shared_parts(
    text: str, found: list[TimeExpression], cues: _Cues, time: TimeWords
) -> list[TimeExpression]:
    """A weekday listed before a plural weekday with its part of the day ("on Monday and
    Tuesday nights") shares that plural: every Monday night, a SET as "Tuesday nights" is."""
    out = list(found)
    for i in range(len(out) - 2, -1, -1):
        day, plural = out[i], out[i + 1]
        shared = _WEEKDAY_SET.fullmatch(plural.value or "") if plural.type == "SET" else None
        if (
            shared is None
            or day.type != "DATE"
            or not re.fullmatch(time.weekday, day.text)
            or not cues.list_gap.fullmatch(text[day.end : plural.start])
        ):
            continue
        value = f"XXXX-WXX-{weekday_num(day.text, time) + 1}{shared.group(1)}"
        out[i] = TimeExpression(day.text, day.start, day.end, "SET", value)
    return out


def _listed_weekdays(
    text: str, found: list[TimeExpression], cues: _Cues, time: TimeWords
) -> list[TimeExpression]:
    """A bare weekday listed after a weekday with a modifier ("next Tuesday and Wednesday",
    "last Friday and Saturday"), or ending a range that came out before its start ("open Monday
    through Friday"), is in the same run of days: the first such day after the one before it, as
    lists and ranges of days are told in order. (Bare weekdays listed with "and" out of order by
    their own dating were tried too: on TBAQ that loses one on the check part, gains none on
    tune.)"""
    out = list(found)
    for i in range(1, len(out)):
        first, second = out[i - 1], out[i]
        if not (
            first.type == second.type == "DATE"
            and _DAY_VALUE.fullmatch(first.value or "")
            and _DAY_VALUE.fullmatch(second.value or "")
            and re.fullmatch(time.weekday, second.text)
            and re.search(rf"(?:{time.weekday})$", first.text)
            and (
                not re.fullmatch(time.weekday, first.text)
                and cues.list_gap.fullmatch(text[first.end : second.start])
                or (second.value or "") < (first.value or "")
                and cues.range_gap.fullmatch(text[first.end : second.start])
                and not cues.list_gap.fullmatch(text[first.end : second.start])
            )
        ):
            continue
        start = date.fromisoformat(first.value or "")
        step = (weekday_num(second.text, time) - start.weekday()) % 7 or 7
        value = (start + timedelta(days=step)).isoformat()
        out[i] = TimeExpression(second.text, second.start, second.end, second.type, value)
    return out


def _days_beside(text: str, found: list[TimeExpression]) -> list[TimeExpression]:
    """ "the day after Christmas", "the day-after-Thanksgiving shooting": the day next to the
    one named, the expression widened to take in the words that move it."""
    out = list(found)
    for i, t in enumerate(out):
        day = (t.value or "").split("T", 1)[0]
        if t.type != "DATE" or not _DAY_VALUE.fullmatch(day):
            continue
        m = _DAY_BESIDE.search(text, max(0, t.start - 20), t.start)
        if m is None:
            continue
        step = 1 if m.group(1).lower() == "after" else -1
        moved = (date.fromisoformat(day) + timedelta(days=step)).isoformat()
        out[i] = TimeExpression(text[m.start() : t.end], m.start(), t.end, t.type, moved)
    return out


_THE_BEFORE = re.compile(r"\bthe\s+$", re.IGNORECASE)


def _anchored_days(
    text: str, found: list[TimeExpression], cues: _Cues, time: TimeWords, parts: bool
) -> list[TimeExpression]:
    """ "the Monday after Easter", "the Tuesday before Christmas", "the weekend before
    Thanksgiving": the weekday (or weekend) next to the day told after it, on the side its word
    names (`beside_words`), one expression with that day, as "the day after Christmas" is."""
    out: list[TimeExpression] = []
    for t in found:
        lead = out[-1] if out else None
        day = (t.value or "").split("T", 1)[0]
        if t.type != "DATE" or not _DAY_VALUE.fullmatch(day):
            out.append(t)
            continue
        part = cues.part_beside.search(text, max(lead.end if lead else 0, t.start - 40), t.start)
        if part is not None:
            # "the night before Christmas", "the morning after Thanksgiving": the day beside it
            sign = time.beside_words[part["side"].lower()]
            beside = (date.fromisoformat(day) + timedelta(days=sign)).isoformat()
            code = time.part_of_day[part["part"].lower()]
            value = f"{beside}T{code}" if parts else beside
            out.append(
                TimeExpression(text[part.start() : t.end], part.start(), t.end, "TIME", value)
            )
            continue
        if lead is None:
            out.append(t)
            continue
        gap = cues.beside_gap.fullmatch(text, lead.end, t.start)
        named = cues.beside_lead.fullmatch(lead.text) if gap else None
        start = lead.start
        if named and not lead.text[:1].islower():
            the = _THE_BEFORE.search(text, max(0, start - 5), start)
            start = the.start() if the else -1
        if gap is None or named is None or start < 0:
            out.append(t)
            continue
        sign = time.beside_words[gap["side"].lower()]
        anchor = date.fromisoformat(day)
        target = weekday_num(named["wd"], time) if named["wd"] else 5
        step = sign * ((sign * (target - anchor.weekday())) % 7 or 7)
        moved = anchor + timedelta(days=step)
        if named["wd"]:
            value = moved.isoformat()
        else:
            iso = moved.isocalendar()
            value = f"{iso[0]:04d}-W{iso[1]:02d}-WE"
        out[-1] = TimeExpression(text[start : t.end], start, t.end, "DATE", value)
    return out


def _weekday_nths(
    text: str, found: list[TimeExpression], cues: _Cues, time: TimeWords, anchor: date | None
) -> list[TimeExpression]:
    """ "Friday the 13th", "Monday, the 5th": the day of that number that falls on that weekday,
    the latest one when the weekday alone was read as past, else the next one; one expression."""
    out = list(found)
    for i, t in enumerate(out):
        m = cues.weekday_nth.match(text, t.end)
        if m is None or t.type != "DATE" or not _DAY_VALUE.fullmatch(t.value or ""):
            continue
        if not re.fullmatch(time.weekday, t.text) or not 1 <= int(m["d"]) <= 31:
            continue
        if i + 1 < len(out) and out[i + 1].start < m.end():
            continue
        seen = date.fromisoformat(t.value or "")
        step = timedelta(days=-7 if anchor is not None and seen <= anchor else 7)
        for _ in range(_NTH_WEEKS):
            if seen.day == int(m["d"]):
                value = seen.isoformat()
                out[i] = TimeExpression(text[t.start : m.end()], t.start, m.end(), t.type, value)
                break
            seen += step
    return out


_NTH_WEEKS = 64
"""Weeks to look through for a weekday on a day of the month: each pair of them meets within
fourteen months."""


_PART_VALUE = re.compile(r"\d{4}-\d\d-\d\dT[A-Z]{2}")


def _part_days(text: str, found: list[TimeExpression], cues: _Cues) -> list[TimeExpression]:
    """A part of the day told before "on" and its day ("from dusk until dawn on Tuesday") is
    of that day, as "dawn Tuesday" is, not of the narrative's current one; each keeps its own
    TIMEX3, as "7 p.m. on Sunday" does (`_clock_days`)."""
    out = list(found)
    for i, t in enumerate(found[:-1]):
        following = found[i + 1]
        gap = cues.clock_gap.fullmatch(text[t.end : following.start])
        day = (following.value or "").split("T", 1)[0]
        if (
            gap is None
            or not gap["on"]
            or t.type != "TIME"
            or not _PART_VALUE.fullmatch(t.value or "")
            or following.type != "DATE"
            or not _DAY_VALUE.fullmatch(day)
        ):
            continue
        value = day + "T" + (t.value or "").split("T", 1)[1]
        out[i] = TimeExpression(t.text, t.start, t.end, t.type, value)
    return out


def _clock_days(text: str, found: list[TimeExpression], cues: _Cues) -> tuple[TimeExpression, ...]:
    """A clock time told just before its day ("shortly after 7 p.m. on Sunday", "11 p.m. Monday")
    is on that day, not on the narrative's current one. Written together ("10 p.m. Wednesday",
    "noon Thursday", "5 p.m. EST, Nov. 6") they are one TIMEX3, as TimeML tags a time with its
    date; across a preposition ("7 p.m. on Sunday") each keeps its own."""
    found = _part_days(text, _parenthesised_clock_days(text, found, cues), cues)
    out: list[TimeExpression] = []
    skip = False
    for i, t in enumerate(found):
        if skip:
            skip = False
            continue
        following = found[i + 1] if i + 1 < len(found) else None
        gap = cues.clock_gap.fullmatch(text[t.end : following.start]) if following else None
        if (
            following is None
            or gap is None
            or t.type != "TIME"
            or not cues.clock_only.fullmatch(t.text.strip())
            or not t.value
            or "T" not in t.value
        ):
            out.append(t)
            continue
        day = (following.value or "").split("T", 1)[0]
        if following.type not in ("DATE", "TIME") or not _DAY_VALUE.fullmatch(day):
            out.append(t)
            continue
        value = day + "T" + t.value.split("T", 1)[1]
        clock = cues.clock_only.fullmatch(t.text.strip())
        bare = clock is not None and (
            clock["oclock"]
            or (clock["bare"] and not clock["ap"])
            or (clock["spoken"] and not _HALF_DAY.search(clock["spoken"]))
        )
        if bare and (following.value or "").endswith(_LATE_PARTS):
            hour = int(value[11:13])
            if hour < 12:
                value = f"{value[:11]}{hour + 12:02d}{value[13:]}"
        if gap["on"]:
            out.append(TimeExpression(t.text, t.start, t.end, t.type, value))
            continue
        out.append(
            TimeExpression(text[t.start : following.end], t.start, following.end, "TIME", value)
        )
        skip = True
    return tuple(out)


_OPEN_PAREN = re.compile(r"\s*\(\s*")
_CLOSE_PAREN = re.compile(r"\s*\)")


_CLOCK_VALUE = re.compile(r"(?P<day>.*T)(?P<h>[01]\d|2[0-4]):[0-5]\d")


def _clock_ranges(
    text: str, found: tuple[TimeExpression, ...], cues: _Cues
) -> tuple[TimeExpression, ...]:
    """The bare first hour of a range of clock times ("between 2 and 4 p.m.", "from 11 to 1
    p.m.") is on the day of the second, in the same half of the day when it comes earlier on
    the dial, else the morning before an afternoon end. TimeML tags each end on its own."""
    out = list(found)
    for t in found:
        clock = _CLOCK_VALUE.fullmatch(t.value or "") if t.type == "TIME" else None
        if clock is None or not t.text[:1].isdigit():
            continue
        m = cues.hour_before.search(text, max(0, t.start - 24), t.start)
        if m is None:
            continue
        end = m.end("mi") if m["mi"] else m.end("h")
        # "from 9:30 to 11 a.m. Friday": a first end tagged on its own takes the second's day
        told = [o for o in out if o.start < end and m.start("h") < o.end]
        if told and (told[0].start, told[0].end, told[0].type) != (m.start("h"), end, "TIME"):
            continue
        second = int(clock["h"]) % 24
        first = int(m["h"]) % 12
        if first < second % 12:
            hour = first + (12 if second >= 12 else 0)
        elif second >= 12:
            hour = first
        else:
            continue
        value = f"{clock['day']}{hour:02d}:{m['mi'] or '00'}"
        out = [o for o in out if o not in told]
        out.append(TimeExpression(text[m.start("h") : end], m.start("h"), end, "TIME", value))
    return tuple(sorted(out, key=lambda t: t.start))


def _parenthesised_clock_days(
    text: str, found: list[TimeExpression], cues: _Cues
) -> list[TimeExpression]:
    """A clock time with its equivalent in brackets, then the day ("10:40 a.m. (0740 GMT) on
    Friday"): both clock times are on that day; each keeps its own span, as the brackets part them."""
    out = list(found)
    for i in range(len(out) - 2):
        clock, other, day = out[i], out[i + 1], out[i + 2]
        if not (
            clock.type == other.type == "TIME"
            and _OPEN_PAREN.fullmatch(text[clock.end : other.start])
            and cues.clock_only.fullmatch(clock.text.strip())
            and "T" in (clock.value or "")
            and "T" in (other.value or "")
        ):
            continue
        close = _CLOSE_PAREN.match(text, other.end)
        date = (day.value or "").split("T", 1)[0]
        if not close or not cues.clock_gap.fullmatch(text[close.end() : day.start]):
            continue
        if day.type not in ("DATE", "TIME") or not _DAY_VALUE.fullmatch(date):
            continue
        for j in (i, i + 1):
            t = out[j]
            value = date + "T" + (t.value or "").split("T", 1)[1]
            out[j] = TimeExpression(t.text, t.start, t.end, t.type, value)
    return out


_NUMERIC_DATE = re.compile(r"(?<![\d/.])(\d{1,2})([/.-])(\d{1,2})\2(?:\d{4}|\d{2})(?![\d/])")


def numeric_order(text: str, words: TimeWords | None = None) -> bool | None:
    """Whether the text writes numeric dates day first (True), month first (False), or does not
    tell (None): a numeric date whose first number exceeds 12 is day first (25/12/2020), one
    whose second does is month first (12/25/2020); failing those, the order of its dates in
    words ("3 December" against "December 3") when one order clearly prevails."""
    day_first = month_first = 0
    if not _NUMERIC_DATE.search(text):
        return None  # no numeric date to read: the order does not matter
    for m in _NUMERIC_DATE.finditer(text):
        a, b = int(m.group(1)), int(m.group(3))
        day_first += a > 12 >= b
        month_first += b > 12 >= a
    if day_first != month_first:
        return day_first > month_first
    cues = _cues(words or TimeWords.of(load_lexicon("en")))
    dmy, mdy = len(cues.written_dmy.findall(text)), len(cues.written_mdy.findall(text))
    if dmy >= 2 * mdy + 1:
        return True
    if mdy >= 2 * dmy + 1:
        return False
    return None


_RANGE_DAY = re.compile(r"\s*[-–]\s*(\d{1,2})(?!\d|[:/.]\d)")
_DAY_RANGE_BEFORE = re.compile(r"(?<![\d/.,-])(\d{1,2})\s*[-–]\s*$")
_YEAR_RANGE = re.compile(
    r"(?<![\d$£€#.,/-])\b(1[5-9]\d\d|20\d\d)\s*[-–/]\s*(\d{4}|\d{2})(?![\d%-]|[.,]\d)"
)


def _ranges(text: str, found: list[TimeExpression], cues: _Cues) -> list[TimeExpression]:
    """The other end of a range written with a dash: "March 3-5" and "3-5 March" give both
    days, "1990-1995" and "2019-20" both years. TimeML tags each end on its own."""
    out: list[TimeExpression] = []
    for t in found:
        dashed = cues.dashed_days.fullmatch(t.text) if t.text[:1].isalpha() else None
        if dashed and t.type == "DATE" and _DAY_VALUE.fullmatch(t.value or ""):
            # "March 3-5, 2020": one match, the first day its value; the second is its own
            head = dashed.group(1)
            out.append(TimeExpression(head, t.start, t.start + len(head), t.type, t.value))
            tail_start = t.start + dashed.start(3)
            day = _same_month(t.value or "", int(re.match(r"\d+", dashed.group(3)).group()))  # type: ignore[union-attr]
            if day:
                out.append(TimeExpression(text[tail_start : t.end], tail_start, t.end, "DATE", day))
            continue
        out.append(t)
    added: list[TimeExpression] = []
    for t in out:
        value = t.value or ""
        if t.type != "DATE" or not _DAY_VALUE.fullmatch(value) or not t.text[:1].isalnum():
            continue
        after = _RANGE_DAY.match(text, t.end) or cues.range_day.match(text, t.end)
        if after and t.text[:1].isalpha() and int(after.group(1)) > int(value[8:]):
            added.append(_day_of(text, after.start(1), after.end(1), value))
        added.extend(_listed_days(text, t, cues))
        before = _DAY_RANGE_BEFORE.search(text, max(0, t.start - 8), t.start)
        before = before or cues.day_before.search(text, max(0, t.start - 24), t.start)
        if before and t.text[:1].isdigit() and int(before.group(1)) < int(value[8:]):
            added.append(_day_of(text, before.start(1), before.end(1), value))
    for m in _YEAR_RANGE.finditer(text):
        first, second = int(m.group(1)), m.group(2)
        last = int(second) if len(second) == 4 else first // 100 * 100 + int(second)
        if last == first + 1:
            lead = cues.year_span_lead.search(text, max(0, m.start() - 16), m.start(1))
            if lead:
                # "fiscal 2019-20": one fiscal year, valued by its end year
                start = lead.start()
                out = [o for o in out if not (o.start < m.end() and start < o.end)]
                added.append(
                    TimeExpression(text[start : m.end()], start, m.end(), "DATE", f"{last:04d}")
                )
                continue
            noun = cues.year_span_noun.match(text, m.end())
            if noun:
                # "the 1997-98 season": one period across the new year, valued by its end year
                det = cues.year_span_determiner.search(text, max(0, m.start() - 8), m.start(1))
                start = det.start() if det else m.start(1)
                out = [o for o in out if not (o.start < noun.end() and start < o.end)]
                added.append(
                    TimeExpression(
                        text[start : noun.end()], start, noun.end(), "DATE", f"{last:04d}"
                    )
                )
                continue
        if first < last <= first + 100:
            added.append(TimeExpression(m.group(1), m.start(1), m.end(1), "DATE", f"{first:04d}"))
            added.append(TimeExpression(second, m.start(2), m.end(2), "DATE", f"{last:04d}"))
    for extra in added:
        if extra.value and not any(o.start < extra.end and extra.start < o.end for o in out):
            out.append(extra)
    out = _days_listed_before(text, sorted(out, key=lambda t: t.start), cues)
    return _month_ranges(text, out, cues)


_MONTH_VALUE = re.compile(r"\d{4}-[01]\d")


def _month_ranges(text: str, found: list[TimeExpression], cues: _Cues) -> list[TimeExpression]:
    """A range of months named without a year ("between March and May") runs forward: when the
    first end came out later than the second (each dated on its own, March as this year's and
    May, past, as last year's), it is moved back into the year that ends before the second."""
    out = list(found)
    for i in range(len(out) - 1):
        first, second = out[i], out[i + 1]
        if not (
            _MONTH_VALUE.fullmatch(first.value or "")
            and _MONTH_VALUE.fullmatch(second.value or "")
            and not any(c.isdigit() for c in first.text + second.text)
            and cues.range_gap.fullmatch(text[first.end : second.start])
        ):
            continue
        a, b = first.value or "", second.value or ""
        if a <= b:
            if int(b[:4]) * 12 + int(b[5:]) - int(a[:4]) * 12 - int(a[5:]) >= MONTHS_A_YEAR:
                # "ran from January to March" told in October: January placed by the past
                # tense (this January), March, an end point, as the nearest (next March); a
                # range of months without a year runs less than a year, so the second end is
                # the first such month after the first
                year = int(a[:4]) + (1 if b[5:] <= a[5:] else 0)
                value = f"{year:04d}-{b[5:]}"
                out[i + 1] = TimeExpression(
                    second.text, second.start, second.end, second.type, value
                )
            continue
        year = int(b[:4]) - (1 if a[5:] > b[5:] else 0)
        value = f"{year:04d}-{a[5:]}"
        out[i] = TimeExpression(first.text, first.start, first.end, first.type, value)
    return out


def _days_listed_before(
    text: str, found: list[TimeExpression], cues: _Cues
) -> list[TimeExpression]:
    """The days listed before a day and month ("on 2 and 3 May", "the 2nd and 3rd of May", "4, 5
    or 6 May") are in that month, as TimeML tags each day on its own; a day of the list already
    taken for a day of the current month ("the 2nd" alone) gives way. The days must rise."""
    out = list(found)
    for t in found:
        value = t.value or ""
        if (
            t.type != "DATE"
            or not _DAY_VALUE.fullmatch(value)
            or not t.text[:1].isdigit()
            or not _NAME.search(t.text)
        ):
            continue
        m = cues.days_before.search(text, max(0, t.start - 60), t.start)
        if m is None or any(o.start < m.start() < o.end for o in out):
            continue
        spots = [(m.start(), m.end("first"))] + [
            (m.start("more") + n.start(), m.start("more") + n.end())
            for n in re.finditer(r"\d+", m.group("more"))
        ]
        days = [int(_NUMBER.findall(text, a, b)[-1]) for a, b in spots]
        if any(b <= a for a, b in zip(days, [*days[1:], int(value[8:])], strict=True)):
            continue
        out = [o for o in out if not (m.start() <= o.start and o.end <= m.end())]
        out += [_day_of(text, a, _ordinal_end(text, b, cues), value) for a, b in spots]
    return sorted(out, key=lambda o: o.start)


# A month's name (or its abbreviation) in a day's text, not an ordinal's letters.
_NAME = re.compile(r"[A-Za-z]{3}")


def _ordinal_end(text: str, end: int, cues: _Cues) -> int:
    """The end of a day number with its ordinal letters ("3rd")."""
    m = cues.ordinal.match(text, end)
    return m.end() if m else end


def _listed_days(text: str, t: TimeExpression, cues: _Cues) -> list[TimeExpression]:
    """The other days of a list after a month and day: "on March 3 and 4" gives 4 March too,
    as TimeML tags each day on its own. The days must rise, as a list of days is written."""
    m = cues.day_list.match(text, t.end) if t.text[:1].isalpha() else None
    if m is None:
        return []
    spots = [n.span() for n in re.finditer(r"\d+", text[m.start() : m.end("more")])]
    spots = [(m.start() + a, m.start() + b) for a, b in spots] + [m.span("last")]
    days = [int(text[a:b]) for a, b in spots]
    previous = int((t.value or "")[8:])
    if any(b <= a for a, b in zip([previous, *days], days, strict=False)):
        return []
    return [_day_of(text, a, _ordinal_end(text, b, cues), t.value or "") for a, b in spots]


def _day_of(text: str, start: int, end: int, value: str) -> TimeExpression:
    """The bare day number text[start:end] in the month of the day `value`."""
    day = int(_NUMBER.findall(text, start, end)[-1])
    return TimeExpression(text[start:end], start, end, "DATE", _same_month(value, day))


def _same_month(value: str, day: int) -> str | None:
    try:
        return date(int(value[:4]), int(value[5:7]), day).isoformat()
    except ValueError:
        return None


def day_first_site(site: str | None, words: TimeWords | None = None) -> bool | None:
    """Whether a site's country writes numeric dates day first, by its top-level domain:
    False for the month-first countries (.us, .gov, .ph, ...), None for a generic domain
    (.com, .org), True for every other country code (.uk, .in, .ng, .fr ...)."""
    if not site:
        return None
    tld = site.lower().rstrip(".").rsplit(".", 1)[-1]
    if not tld.isalpha() or tld == site.lower():
        return None
    words = words or TimeWords.of(load_lexicon("en"))
    if tld in words.month_first_domains:
        return False
    if tld in words.generic_domains or len(tld) != 2:
        return None
    return True


# A place of capitalised words, perhaps with its region or country after commas ("KABUL, ",
# "Springfield, Ill., "), then the dateline's date.
_DATELINE_WORDS = r"[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*"
_DATELINE_PLACE = re.compile(rf"\s*{_DATELINE_WORDS}(?:,\s*{_DATELINE_WORDS})*,\s*")
_DATELINE_END = re.compile(r"\s*(?:\([^()\n]{1,40}\)\s*)?(?:--|[-–—_:])")
DATELINE_DAYS = 7
"""How far a dateline's day may lie from the publication date and still be the story's own day."""


def _dateline_day(text: str, chosen: list[_Candidate], probe: Context) -> Point | None:
    """The day of a dateline ("CITY, Month D (Agency) --"), where the text opens with one: the
    day the story was written, which "today", "yesterday" and the weekdays count from. A wire
    copy is often stamped with a later publication date than the one its dateline gives."""
    if not chosen or probe.anchor is None:
        return None
    start, end, _, rule, match = chosen[0]
    if not _DATELINE_PLACE.fullmatch(text, 0, start) or not _DATELINE_END.match(text, end):
        return None
    built = rule.build(match, probe)
    point = parse_value(built[1]) if built and built[0] == "DATE" else None
    day, anchor_day = (point.as_date() if point else None), probe.anchor.as_date()
    if day is None or anchor_day is None or abs((day - anchor_day).days) > DATELINE_DAYS:
        return None
    return point


def _anchor_hour(anchor: str | None) -> int | None:
    """The hour of an anchor written with a time (`2020-09-26T14:30`), else None."""
    hour = anchor[11:13] if anchor and len(anchor) >= 13 and anchor[10] == "T" else ""
    return int(hour) if hour.isdigit() and int(hour) < 24 else None


def _anchor_point(anchor: str | None) -> Point | None:
    point = parse_value(anchor[:10] if anchor else None)
    if point is None or point.gran not in ("day", "month", "year"):
        return None
    return point


_PRECISION_RANK = {"day": GRAN_RANK["day"], "week": GRAN_RANK["week"], "month": 5, "year": 2}


def event_date(
    times: Sequence[TimeExpression], start: int, end: int, anchor: str | None
) -> tuple[str | None, DatePrecision]:
    """The date and precision of an event whose clause is text[start:end].

    Only DATE and TIME expressions lying inside the clause count (durations and sets say how long
    or how often, not when). Among those with a calendar value, the most precise wins (a day beats
    a month, a month a year), and among equally precise ones the first in the clause. A part of
    the day or a clock time reduces to its day ("2020-09-26TNI" -> "2020-09-26"); quarters,
    halves, seasons and fiscal years reduce to their year. When the clause gives no date, the
    answer is `(anchor, "unknown")` — the publication date, flagged as a fallback — or
    `(None, "unknown")` when there is no publication date either.
    """
    best: tuple[int, int, str, DatePrecision] | None = None
    for t in times:
        if t.type not in ("DATE", "TIME") or t.start < start or t.end > end:
            continue
        value, precision = date_precision(_strip_fiscal(t.value))
        if value is None or precision == "unknown":
            continue
        key = (-_PRECISION_RANK[precision], t.start)
        if best is None or key < best[:2]:
            best = (key[0], key[1], value, precision)  # type: ignore[assignment]
    if best is None:
        return anchor, "unknown"
    return best[2], best[3]


def _strip_fiscal(value: str | None) -> str | None:
    return value[2:] if value and value.startswith("FY") else value
