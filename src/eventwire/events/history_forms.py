"""Acts told as the past or a profile of someone, asserted as news (issue 15 precision, prec32).

Forms by which a sentence tells a tally, a career or a life, not one act of the news:

- a verb in the perfect over a span of months, or of this year ("have kidnapped 200 people in
  recent months", "have been killed since January", "have killed 40 people this year"): a
  tally ("have arrested three men since Monday" is news; spans of years are read by
  `modality._perfect_over_years`);
- an undated act of a sentence opened by a person's origin ("Born in a mountain village, the
  commander fought with the rebels"): a profile;
- an act that fills a stretch of years or a life ("spent two decades defending detainees"): a
  career ("spent the day helping flood victims" is news);
- an act told before a step of a career ("commanded troops in the north before becoming chief
  of staff", "before he was appointed minister"): a profile ("shelled the town before
  withdrawing" is news).

History told in passing (prec37):

- an undated event noun or participle that only names the people or the thing a sentence is
  about ("survivors of the mass shooting met the governor", "relatives of those killed in the
  attack gathered");
- an undated event an institution's change answers ("the state tightened gun laws after a
  shooting at a mall killed nine"; "police arrested two men after a shooting" keeps it);
- a place or a thing told by an act of a named year ("the town, which was bombed in 2014,").

Each returns True when the event is `background`; `not_news.not_the_news` asks them. The words
are data (`lang/en/events/modality/`).
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from ..annotate.nlp import token_sent
from ..lang.key_words import key_words
from . import clause_parts

if TYPE_CHECKING:
    from spacy.tokens import Token

    from ..lang import Lexicon


def told_as_history(lexicon: Lexicon, trigger: Token) -> bool:
    """The asserted event is a tally, a career or a profile's act (see the module)."""
    return (
        perfect_over_months(lexicon, trigger)
        or profile_opened(lexicon, trigger)
        or spent_years(lexicon, trigger)
        or before_a_career_step(lexicon, trigger)
        or counted_course(lexicon, trigger)
        or one_of_a_count(lexicon, trigger)
        or a_counted_time(lexicon, trigger)
        or over_years_of(lexicon, trigger)
        or in_a_past_tenure(lexicon, trigger)
        or on_a_span_start(lexicon, trigger)
        or in_a_time_of_war(lexicon, trigger)
        or counted_back(lexicon, trigger)
        or described_by(lexicon, trigger)
        or a_trend(lexicon, trigger)
        or recalled_on_a_thing(lexicon, trigger)
        or place_by_its_past(lexicon, trigger)
        or names_who(lexicon, trigger)
        or what_a_change_answers(lexicon, trigger)
        or place_by_a_dated_act(lexicon, trigger)
    )


@cache
def _months(lexicon: Lexicon) -> frozenset[str]:
    return frozenset(row["name"] for row in lexicon.table("time/months") if row["form"] == "full")


def perfect_over_months(lexicon: Lexicon, trigger: Token) -> bool:
    """ "Bandits have kidnapped 200 people in recent months", "at least 300 soldiers have been
    killed since January", "have killed 40 people this year": a verb in the perfect with a span
    of months (`modality/perfect_span_preps.txt` and `month_span_units.txt`, or "since" a month
    named alone), or a bare span of a year or a month counted from now
    (`modality/tally_dets.txt`: "this year"), or "since" a regime's or a tenure's start
    (`_a_tenure_start`: "since the coup", "since taking power"), is a tally, not one event
    ("have arrested three men since Monday", "have been killed this week" are news)."""
    verb = clause_parts.clause_verb(trigger)
    if verb is None:
        return False
    if not clause_parts.clause_auxiliaries(verb) & lexicon.words("events/modality/perfect_any_aux"):
        return False
    preps = lexicon.words("events/modality/perfect_span_preps")
    months = lexicon.words("events/modality/month_span_units")
    units = months | lexicon.words("events/modality/span_units")
    dets = lexicon.words("events/modality/tally_dets")
    named = _months(lexicon)
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ in preps:
            if any(t.lemma_.lower() in months for t in child.subtree):
                return True
            objects = [g for g in child.children if g.dep_ == "pobj"]
            if child.lower_ in key_words(lexicon).since_words and any(
                (g.lower_ in named and not list(g.children)) or _a_start(lexicon, g)
                for g in objects
            ):
                return True
            if child.lower_ in key_words(lexicon).since_words and _a_tenure_start(lexicon, child):
                return True
        if (
            child.dep_ == "advcl"
            and any(
                m.dep_ == "mark" and m.lower_ in key_words(lexicon).since_words
                for m in child.children
            )
            and _takes_power(lexicon.words("events/modality/tenure_start_phrases"), child)
        ):
            return True  # "since she took office, the governor has fired three chiefs"
        if child.dep_ == "npadvmod" and child.lemma_.lower() in units:
            if any(d.dep_ == "det" and d.lower_ in dets for d in child.children):
                return True
    return False


def _a_tenure_start(lexicon: Lexicon, since: Token) -> bool:
    """ "since the coup", "since independence", "since taking power", "since he came to
    power": what "since" counts from is the undated start of a regime or a tenure
    (`modality/tenure_start_nouns.txt`; `tenure_start_phrases.txt`, a verb's lemma with its
    object or particle, or its preposition and that one's object) ("since the coup on Monday" is dated:
    news)."""
    starts = lexicon.words("events/modality/tenure_start_nouns")
    phrases = lexicon.words("events/modality/tenure_start_phrases")
    for part in since.children:
        if part.dep_ == "pobj" and part.lemma_.lower() in starts:
            return not any(t.ent_type_ in {"DATE", "TIME"} for t in part.subtree)
        if (part.dep_ == "pcomp" or part.pos_ == "VERB") and _takes_power(phrases, part):
            return True
    return False


def _takes_power(phrases: frozenset[str], verb: Token) -> bool:
    """The undated verb with its object or particle, or its preposition and that one's object,
    is one of `phrases` ("taking power", "came to power", "took over"; "took over on Monday" is
    the news)."""
    if not clause_parts.undated(verb):
        return False
    for c in verb.children:
        said = [c.lower_] if c.dep_ in {"dobj", "prt"} else []
        if c.dep_ == "prep":
            said = [c.lower_, *(g.lower_ for g in c.children if g.dep_ == "pobj")]
        if said and " ".join([verb.lemma_.lower(), *said]) in phrases:
            return True
    return False


def in_a_past_tenure(lexicon: Lexicon, trigger: Token) -> bool:
    """ "During his first term, the president expelled dozens of diplomats", "in her previous
    tenure": an undated act in the simple past set in a tenure told as past (`modality/
    tenure_nouns.txt` with `first` or `earlier_modifiers.txt`) is a profile's ("during his
    first term, he has ..." is the present tenure's tally, read elsewhere)."""
    verb = clause_parts.clause_verb(trigger)
    if verb is None or not clause_parts.undated(verb):
        return False
    if clause_parts.clause_auxiliaries(verb) & lexicon.words("events/modality/perfect_any_aux"):
        return False
    tenures = lexicon.words("events/modality/tenure_nouns")
    # (each pair of lists asked in turn, not joined anew at every trigger: perf55)
    earlier = (
        lexicon.words("events/modality/earlier_modifiers"),
        lexicon.words("events/modality/novel_ordinals"),
    )
    preps = lexicon.words("events/modality/conflict_preps"), key_words(lexicon).locative_preps
    node = clause_parts.first_conjunct(verb)
    return any(
        p.dep_ == "prep"
        and (p.lower_ in preps[0] or p.lower_ in preps[1])
        and any(
            n.dep_ == "pobj"
            and n.lemma_.lower() in tenures
            and any(
                c.dep_ == "amod" and (c.lower_ in earlier[0] or c.lower_ in earlier[1])
                for c in n.children
            )
            for n in p.children
        )
        for v in {verb, node}
        for p in v.children
    )


def profile_opened(lexicon: Lexicon, trigger: Token) -> bool:
    """ "Born in a mountain village, the commander fought with the rebels and later joined the
    army": a sentence opened by a participle of origin (`modality/profile_openers.txt`) on the
    act's clause tells a profile; its undated acts are the profile's ("Born in the capital, the
    suspect was arrested on Monday" is dated news)."""
    verb = clause_parts.clause_verb(trigger)
    if verb is None:
        return False
    first = token_sent(trigger)[0]
    if first.lower_ not in lexicon.words("events/modality/profile_openers"):
        return False
    node = clause_parts.first_conjunct(verb)
    if first.head.i != node.i and first.head.i != verb.i:
        return False
    return (
        clause_parts.undated(node)
        if node is verb
        else clause_parts.undated(verb) and clause_parts.undated(node)
    )


def spent_years(lexicon: Lexicon, trigger: Token) -> bool:
    """ "She spent two decades defending political detainees", "he spent his life fighting the
    regime": an act that fills a stretch of years (`modality/long_spans.txt`), a career
    (`career_nouns.txt`) or a life (`life_spans.txt`), the object of a verb of spending
    (`spend_verbs.txt`), is a career, not one act ("spent the day helping flood victims")."""
    verb = trigger if trigger.tag_ == "VBG" else None
    if verb is None or verb.dep_ not in {"xcomp", "advcl", "dep", "ccomp"}:
        return False
    spend = verb.head
    if spend.lemma_.lower() not in lexicon.words("events/modality/spend_verbs"):
        return False
    stretches = (
        lexicon.words("events/modality/long_spans")
        | lexicon.words("events/modality/career_nouns")
        | lexicon.words("events/modality/life_spans")
    )
    return any(
        c.dep_ in {"dobj", "npadvmod"} and c.lemma_.lower() in stretches for c in spend.children
    )


def before_a_career_step(lexicon: Lexicon, trigger: Token) -> bool:
    """ "The general commanded troops in the north before becoming chief of staff", "she
    negotiated the truce before she was appointed minister": an undated act told before a step
    of a career (`modality/career_turns.txt`: "before" with a gerund or a clause) is a profile's,
    not the news ("shelled the town before withdrawing on Monday" is news)."""
    verb = clause_parts.clause_verb(trigger)
    if verb is None or not clause_parts.undated(verb):
        return False
    turns = lexicon.words("events/modality/career_turns")
    node = clause_parts.first_conjunct(verb)
    for v in {verb, node}:
        for child in v.children:
            if child.dep_ == "prep" and child.lower_ in key_words(lexicon).before_words:
                steps = [g for g in child.children if g.dep_ == "pcomp"]
            elif child.dep_ == "advcl" and any(
                m.dep_ == "mark" and m.lower_ in key_words(lexicon).before_words
                for m in child.children
            ):
                steps = [child]
            else:
                continue
            if any(s.lemma_.lower() in turns for s in steps):
                return True
    return False


def _a_start(lexicon: Lexicon, noun: Token) -> bool:
    """ "the start of the operation": a noun of a start (`modality/start_nouns.txt`) of
    something."""
    return noun.lemma_.lower() in lexicon.words("events/modality/start_nouns") and any(
        c.dep_ == "prep" and c.lower_ in key_words(lexicon).genitive_preps for c in noun.children
    )


def counted_course(lexicon: Lexicon, trigger: Token) -> bool:
    """ "The rebels have been fighting for independence for more than four decades", "who
    mediated in conflicts across Africa for three decades": "for" a span too long to be a
    penalty (`modality/course_only_spans.txt`), even counted, on a verb not in the passive tells
    a course of acts ("was jailed for two decades" is a penalty; "for decades" uncounted is read
    by `not_news.long_course`)."""
    verb = clause_parts.clause_verb(trigger)
    if verb is None or any(c.dep_ == "auxpass" for c in verb.children):
        return False
    spans = lexicon.words("events/modality/course_only_spans")
    return any(
        prep.dep_ == "prep"
        and prep.lower_ in key_words(lexicon).purpose_preps
        and any(n.dep_ == "pobj" and n.lemma_.lower() in spans for n in prep.children)
        for prep in clause_parts.first_conjunct(verb).children
    )


def one_of_a_count(lexicon: Lexicon, trigger: Token) -> bool:
    """ "It was the third such attack in the district this month", "the shooting was the city's
    43rd homicide": an event noun that is the predicate of a copula with an ordinal or a word of
    a count (`modality/count_modifiers.txt`) counts the news among like events; it is no event
    of its own ("the blast was a suicide attack" names the news, and "his first visit since the
    war" is the visit of the news: `modality/novel_ordinals.txt`)."""
    if trigger.pos_ != "NOUN" or trigger.dep_ != "attr":
        return False
    if trigger.head.lemma_.lower() not in lexicon.words("events/modality/copulas"):
        return False
    return _counted(lexicon, trigger)


def _counted(lexicon: Lexicon, noun: Token) -> bool:
    """An ordinal not of a novelty ("third", not "first") or a word of a count ("such") on
    `noun` (`modality/count_modifiers.txt`, `novel_ordinals.txt`)."""
    counts = lexicon.words("events/modality/count_modifiers")
    novel = lexicon.words("events/modality/novel_ordinals")
    return any(
        c.dep_ == "amod"
        and (c.lower_ in counts or (c.ent_type_ == "ORDINAL" and c.lower_ not in novel))
        for c in noun.children
    )


def a_counted_time(lexicon: Lexicon, trigger: Token) -> bool:
    """ "It was the third time in a decade that the army had seized power", "the fourth
    occasion on which police have raided the paper": an act in the clause of a counted time
    (`modality/count_time_nouns.txt`, the predicate of a copula) counts the news among like
    acts, as `one_of_a_count` does; it is no event of its own ("the first time that ..." may be
    the news). Only where the act is told in the past perfect ("had seized") or the count runs
    over years (`modality/long_spans.txt`: "in a decade", "in 20 years"): "the second time in
    three days that rebels shelled the camp, killing four" counts the news itself among like
    acts of days or weeks, and is the news (fix51e)."""
    verb = clause_parts.clause_verb(trigger)
    if verb is None:
        return False
    node = clause_parts.first_conjunct(verb)
    times = lexicon.words("events/modality/count_time_nouns")
    copulas = lexicon.words("events/modality/copulas")
    if node.dep_ in {"relcl", "acl"}:
        noun = node.head
    elif node.dep_ == "ccomp" and node.head.lemma_.lower() in copulas:
        noun = next((c for c in node.head.children if c.dep_ == "attr"), node.head)
    else:
        return False
    return (
        noun.dep_ == "attr"
        and noun.lemma_.lower() in times
        and noun.head.lemma_.lower() in copulas
        and _counted(lexicon, noun)
        and (
            bool(
                clause_parts.clause_auxiliaries(node) & lexicon.words("events/modality/perfect_aux")
            )
            or _over_years(lexicon, (noun, node))
        )
    )


def _over_years(lexicon: Lexicon, heads: tuple[Token, ...]) -> bool:
    """A span of years told by a preposition on one of `heads` ("in ten years", "over three
    decades": `modality/long_spans.txt`); "this year" is no span the count runs over."""
    spans = lexicon.words("events/modality/long_spans")
    return any(
        prep.dep_ == "prep"
        and any(n.dep_ == "pobj" and n.lemma_.lower() in spans for n in prep.children)
        for head in heads
        for prep in head.children
    )


def over_years_of(lexicon: Lexicon, trigger: Token) -> bool:
    """ "The treaty was signed after years of negotiations", "two decades of war have left the
    region poor": an event noun told as what a span of years (`modality/long_spans.txt`) was
    filled with is a course that came before the news, not one act of it ("after hours of
    talks" is the news)."""
    if trigger.pos_ != "NOUN" or trigger.dep_ != "pobj":
        return False
    prep = trigger.head
    if prep.lower_ not in key_words(lexicon).genitive_preps:
        return False
    return prep.head.pos_ == "NOUN" and prep.head.lemma_.lower() in lexicon.words(
        "events/modality/long_spans"
    )


def on_a_span_start(lexicon: Lexicon, trigger: Token) -> bool:
    """ "Saturday marks ten years since the earthquake that killed nearly 9,000 people", "the
    first visit since the coup that ousted the king": an undated act told in a relative clause
    on what a span is counted from (`modality/start_preps.txt`) came before the news, as the
    noun itself does (`modality._span_start`)."""
    verb = clause_parts.clause_verb(trigger)
    if verb is None:
        return False
    node = clause_parts.first_conjunct(verb)
    if node.dep_ != "relcl" or not clause_parts.undated(node):
        return False
    noun = node.head
    return noun.dep_ == "pobj" and noun.head.lower_ in lexicon.words("events/modality/start_preps")


def in_a_time_of_war(lexicon: Lexicon, trigger: Token) -> bool:
    """ "He was arrested in the first week of the uprising", "thousands were killed in the
    final months of the war": an undated act set in a stretch (`modality/war_time_units.txt`)
    of a conflict of years (`modality/lasting_conflicts.txt`) is history, as "during the
    uprising" is (`not_news.in_a_war`)."""
    verb = clause_parts.clause_verb(trigger)
    if verb is None:
        return False
    units = lexicon.words("events/modality/war_time_units")
    wars = lexicon.words("events/modality/lasting_conflicts")
    for v in {verb, clause_parts.first_conjunct(verb)}:
        for prep in v.children:
            if prep.dep_ != "prep":
                continue
            for noun in prep.children:
                if noun.dep_ != "pobj" or noun.lemma_.lower() not in units:
                    continue
                if any(
                    of.dep_ == "prep"
                    and of.lower_ in key_words(lexicon).genitive_preps
                    and any(g.dep_ == "pobj" and g.lemma_.lower() in wars for g in of.children)
                    for of in noun.children
                ):
                    # the stretch is told as a date ("the first week"); no other date may be
                    inside = {t.i for t in prep.subtree}
                    return not any(
                        t.ent_type_ in {"DATE", "TIME"} and t.i not in inside for t in verb.subtree
                    )
    return False


def counted_back(lexicon: Lexicon, trigger: Token) -> bool:
    """ "The suspect had been released from jail two weeks earlier", "had fled the town a year
    before": a verb in the past perfect (`modality/perfect_aux.txt`) with an adverb of an
    earlier time (`modality/earlier_adverbs.txt`) counted back in weeks or more
    (`modality/earlier_units.txt`) is set before the news ("two hours earlier" is its day)."""
    verb = clause_parts.clause_verb(trigger)
    if verb is None:
        return False
    if not clause_parts.clause_auxiliaries(verb) & lexicon.words("events/modality/perfect_aux"):
        return False
    adverbs = lexicon.words("events/modality/earlier_adverbs")
    units = lexicon.words("events/modality/earlier_units")
    return any(
        c.dep_ == "advmod"
        and c.lower_ in adverbs
        and any(g.dep_ == "npadvmod" and g.lemma_.lower() in units for g in c.children)
        for c in verb.children
    )


def described_by(lexicon: Lexicon, trigger: Token) -> bool:
    """ "The armed group is known for abducting civilians and demanding ransom", "a gang
    notorious for kidnapping travellers": an act that a doer is known for
    (`modality/description_heads.txt`, "for" with a gerund) describes the doer; it is no act of
    the news ("was arrested for abducting a child" is one)."""
    if trigger.tag_ != "VBG":
        return False
    node = trigger
    while node.dep_ == "conj" and node.head.i != node.i and node.head.tag_ == "VBG":
        node = node.head
    prep = node.head
    if node.dep_ != "pcomp" or prep.lower_ not in key_words(lexicon).purpose_preps:
        return False
    return prep.head.lemma_.lower() in lexicon.words("events/modality/description_heads")


def a_trend(lexicon: Lexicon, trigger: Token) -> bool:
    """ "Kidnappings for ransom have become common on the highways", "attacks on convoys are
    frequent": acts named by a noun, the subject of a copula with an adjective of a trend
    (`modality/trend_adjectives.txt`), are a trend, not an event of the news ("the kidnapping
    became public on Monday" is one)."""
    if trigger.pos_ != "NOUN" or trigger.dep_ != "nsubj":
        return False
    verb = trigger.head
    if verb.lemma_.lower() not in lexicon.words("events/modality/trend_verbs"):
        return False
    trends = lexicon.words("events/modality/trend_adjectives")
    return any(c.dep_ == "acomp" and c.lower_ in trends for c in verb.children)


def recalled_on_a_thing(lexicon: Lexicon, trigger: Token) -> bool:
    """ "The bridge, which had been captured by rebels, reopened on Monday", "the town, which
    rebels had seized, was retaken": an undated act in a relative clause in the past perfect
    (`modality/perfect_aux.txt`), set off by a comma, on a thing or a place tells what it went
    through before the news ("released the civilians it had abducted" names the news's own).
    On a person (`modality/person_relatives.txt`: "the man, who had been stabbed in the back,
    died") it may be the news's own victim, and stays."""
    verb = clause_parts.clause_verb(trigger)
    if verb is None or verb.tag_ != "VBN":
        return False
    node = clause_parts.first_conjunct(verb)
    if node.dep_ != "relcl" or not clause_parts.undated(node):
        return False
    if not clause_parts.clause_auxiliaries(verb) & lexicon.words("events/modality/perfect_aux"):
        return False
    persons = lexicon.words("events/modality/person_relatives")
    if any(t.lower_ in persons for t in node.subtree if t.i < node.i):
        return False
    # set off by a comma: "the cattle it had seized" restricts the news's own object
    first = min(t.i for t in node.subtree)
    if first == 0 or not node.doc[first - 1].is_punct:
        return False
    return node.head.ent_type_ != "PERSON"


def _simple_past_passive(lexicon: Lexicon, verb: Token) -> bool:
    """ "where a convoy was ambushed": a participle with a passive auxiliary in the simple past
    and no perfect (prec37)."""
    auxiliaries = [c for c in verb.children if c.dep_ in {"aux", "auxpass"}]
    perfect = lexicon.words("events/modality/perfect_any_aux")
    return (
        verb.tag_ == "VBN"
        and any(c.dep_ == "auxpass" and c.tag_ == "VBD" for c in auxiliaries)
        and not any(c.lower_ in perfect for c in auxiliaries)
    )


def place_by_its_past(lexicon: Lexicon, trigger: Token) -> bool:
    """ "The region includes the valley, where rebels ambushed a convoy", "the district is home
    to the market where a bomb killed 20 people": an undated act in the simple past (active, or
    passive: "where a convoy was ambushed", prec37), in a
    relative clause of a place (`modality/place_relatives.txt`) on a clause that states something
    in the simple present (`modality/place_state_verbs.txt`), tells the place by its past ("police sealed off the market, where a
    bomb exploded" is the news)."""
    verb = clause_parts.clause_verb(trigger)
    if verb is None or not (verb.tag_ == "VBD" or _simple_past_passive(lexicon, verb)):
        return False
    node = clause_parts.first_conjunct(verb)
    if node.dep_ != "relcl" or not clause_parts.undated(node):
        return False
    places = lexicon.words("events/modality/place_relatives")
    if not any(c.dep_ == "advmod" and c.lower_ in places for c in node.children):
        return False
    governor = node.head
    while governor.pos_ not in {"VERB", "AUX"} and governor.head.i != governor.i:
        governor = governor.head
    if governor.pos_ not in {"VERB", "AUX"} or governor.tag_ not in {"VBZ", "VBP"}:
        return False
    if governor.lemma_.lower() not in lexicon.words("events/modality/place_state_verbs"):
        return False  # "the leader speaks in the town, where she called for a strike": a caption
    return not any(c.dep_ in {"aux", "auxpass"} for c in governor.children)


def _event_phrase(trigger: Token) -> Token:
    """The top of the phrase an event word opens: the clause of its verb (the first of joined
    verbs), or the noun itself."""
    verb = clause_parts.clause_verb(trigger)
    node = clause_parts.first_conjunct(verb) if verb is not None else trigger
    while node.dep_ == "conj" and node.head.i != node.i:
        node = node.head
    return node


def names_who(lexicon: Lexicon, trigger: Token) -> bool:
    """ "Survivors of the mass shooting met the governor", "relatives of those killed in the
    attack gathered outside the court", "a memorial to the victims of the massacre": an undated
    event noun or participle that hangs, through prepositions and participles, on a noun of people or a thing named by it (`modality/identifying_people.txt`) only
    tells who or what the sentence is about ("a mass shooting at a school killed four" is the
    clause's own; "survivors of Sunday's shooting" is dated, the time stage's to judge; "the
    victim of the shooting died" tells the news's harm)."""
    people = lexicon.words("events/modality/identifying_people")
    key = key_words(lexicon)
    naming_preps = key.genitive_preps | key.goal_preps
    node = _event_phrase(trigger)
    # named through "of" or "to", or by what they underwent ("survivors, who were wounded in
    # the attack,"): "survivors who attacked the gunman" act themselves
    by_of = False
    for _ in range(5):
        below = node
        # a participle ("those killed in the attack") or a relative clause on a group ("those
        # who were abducted"); one on a single person ("the family of the man who was shot")
        # tells the news's own victim
        if node.dep_ == "acl" or (node.dep_ == "relcl" and _a_group(node.head)):
            by_of = by_of or _undergone(node)
            node = node.head
        elif node.dep_ == "pobj" and node.head.dep_ == "prep":
            prep = node.head
            node = prep.head
            # "killed in the attack" climbs to its participle; a noun is reached by "of" or
            # "to" only ("sent flowers to the family for the killing" is the news's own)
            if node.pos_ not in {"VERB", "AUX"}:
                if prep.lower_ not in naming_preps:
                    return False
                by_of = True
        else:
            return False
        if node.pos_ in {"NOUN", "PROPN"} and people & {node.lemma_.lower(), node.lower_}:
            return by_of and node.dep_ not in {"ROOT", "attr"} and clause_parts.undated(below)
    return False


def _undergone(clause: Token) -> bool:
    """A passive participle or relative clause ("wounded in the attack", "who were abducted")."""
    return clause.tag_ == "VBN" and (
        clause.dep_ == "acl" or any(c.dep_ == "auxpass" for c in clause.children)
    )


def _a_group(noun: Token) -> bool:
    """A plural noun or pronoun ("the hostages", "those")."""
    return noun.tag_ in {"NNS", "NNPS"} or "Plur" in noun.morph.get("Number", [])


def what_a_change_answers(lexicon: Lexicon, trigger: Token) -> bool:
    """ "The state tightened gun laws after a shooting at a mall killed nine", "the city unveiled
    a memorial following the attack": an undated event in a clause or phrase opened by
    `modality/aftermath_preps.txt` on a verb of an institution's change
    (`modality/aftermath_verbs.txt`) is what the change answers, background ("police arrested
    two men after a shooting" keeps the shooting; "tightened the laws after Friday's shooting"
    is dated, the time stage's to judge)."""
    preps = lexicon.words("events/modality/aftermath_preps")
    node = _event_phrase(trigger)
    if not clause_parts.undated(node):
        return False
    if node.dep_ == "advcl" and (
        any(m.dep_ in {"mark", "prep"} and m.lower_ in preps for m in node.children)
        or _opened_by(preps, node)
    ):
        main = node.head
    elif node.dep_ in {"pobj", "pcomp"} and node.head.dep_ == "prep" and node.head.lower_ in preps:
        main = node.head.head
    else:
        return False
    if main.pos_ not in {"VERB", "AUX"}:
        return False
    return main.lemma_.lower() in lexicon.words("events/modality/aftermath_verbs")


def _opened_by(preps: frozenset[str], clause: Token) -> bool:
    """ "after a shooting at a mall killed nine": the clause's subject parsed as the object of
    the preposition that opens it, a sibling ending right before the clause."""
    return any(
        c.dep_ == "prep" and c.lower_ in preps and c.right_edge.i + 1 == clause.left_edge.i
        for c in clause.head.children
    )


def _years(node: Token, trigger: Token) -> bool:
    """A year is told in the clause as a time of it ("in 2014", "in June 1989", "after the 1973
    coup"), by a preposition on one of its verbs, or on the event word itself ("suffered the 2014
    bombing"): not a thing's model or vintage ("bought a 2009 pickup")."""
    for t in node.subtree:
        if t.ent_type_ != "DATE" or t.shape_ != "dddd" or t.text[:2] not in {"19", "20"}:
            continue
        if t.head.i == trigger.i:
            return True
        up = t
        while up.i != node.i and up.head.i != up.i and up.dep_ != "prep":
            up = up.head
        if up.dep_ == "prep" and up.head.pos_ in {"VERB", "AUX"}:
            return True
    return False


def _relative(clause: Token) -> bool:
    """A relative clause ("which was bombed", "where protesters were shot") or a participle
    ("the town bombed in 2014"), not a noun's complement ("the report that troops shelled it")."""
    if clause.dep_ == "relcl":
        return True
    return (
        clause.dep_ == "acl"
        and clause.tag_ == "VBN"
        and not any(c.dep_ in {"mark", "nsubj", "nsubjpass"} for c in clause.children)
    )


def place_by_a_dated_act(lexicon: Lexicon, trigger: Token) -> bool:
    """ "The town, which was bombed in 2014, has a new hospital", "the square where protesters
    were shot in 1989 is now a park": an act in the simple past, told in a relative or
    participle clause that names its year, on a thing or a place (not a person:
    `modality/person_relatives.txt`) that the sentence is about tells the place by its past
    ("the town was bombed in 2014" is the clause's own, the time stage's to judge)."""
    verb = clause_parts.clause_verb(trigger)
    if verb is None or verb.tag_ not in {"VBD", "VBN"}:
        return False
    node = clause_parts.first_conjunct(verb)
    if not _relative(node) or not _years(node, trigger):
        return False
    if clause_parts.clause_auxiliaries(verb) & lexicon.words("events/modality/perfect_any_aux"):
        return False
    persons = lexicon.words("events/modality/person_relatives")
    if any(t.lower_ in persons for t in node.subtree if t.i < node.i):
        return False
    noun = node.head
    if noun.pos_ not in {"NOUN", "PROPN"} or noun.ent_type_ in {"PERSON", "NORP"}:
        return False
    return noun.dep_ in {"nsubj", "nsubjpass", "dobj", "pobj", "attr", "appos"}
