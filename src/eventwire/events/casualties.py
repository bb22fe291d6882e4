"""Fatalities of an event, from the words that report them in its sentence, and the counts and
wounds the reading of its injured shares (`injuries.py` counts the injured and who among those
shot lived).

"Three French sailors, one Dutch and several Belgian marines were killed" counts 3 + 1 and is a
lower bound (several is not a number); "no one was hurt" is zero injuries, negated. Shooting
reports tell deaths without a verb of killing too ("took his own life", "claimed a life",
"suffered a fatal gunshot wound") and the hurt by their wounds ("found two men with gunshot
wounds"). Who the victims of a verb are and how many a phrase counts is `victims`' part.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from ..annotate.amounts import date_part, is_age, number_of, word_value
from ..annotate.nlp import (
    children,
    clause_verb,
    doc_tokens,
    span_text,
    span_tokens,
    token_sent,
    token_words,
)
from ..lang.key_words import KeyWords
from .victims import (
    along_with,
    count_nominal,
    count_own,
    in_dateline,
    not_a_victim,
    past_dateline,
    referred_to,
    rest_of_group,
    subjects_of,
    told_again,
    victims_of,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from .words import EventWords


@dataclass(frozen=True, slots=True)
class Count:
    """A casualty count; `lower_bound` when a vague quantity ("several") was part of it."""

    value: int | None
    lower_bound: bool = False
    negated: bool = False


_READ: list[Any] = [None, {}]
"""The last sentences' regular-expression readings: the words they were read with, and each
sentence's readings by name, by its text. The dead and then the hurt of one sentence are
counted one after the other, and each asked its toll and whether it tells a running total:
each search read the whole text again. The last `READ_KEPT` sentences are kept, not the last
one alone: an article's events ask of their sentences in turns (a third of the searches were
a sentence read before, perf37)."""
READ_KEPT = 64


def _once(lex: EventWords, text: str, name: str, read: Callable[[], Any]) -> Any:
    """`read()`, kept for the sentence `text` (its readings depend on the text alone)."""
    if _READ[0] is not lex:
        _READ[:] = [lex, {}]
    by_text: dict[str, dict[str, Any]] = _READ[1]
    found = by_text.get(text)
    if found is None:
        if len(by_text) >= READ_KEPT:
            by_text.clear()
        found = by_text[text] = {}
    if name not in found:
        found[name] = read()
    return found[name]


def running_total(lex: EventWords, text: str) -> bool:
    """The sentence tells a running total ("killed 40 people this year"), not one event's."""
    return bool(_once(lex, text, "cumulative", lambda: lex.cumulative_re.search(text) is not None))


def _left_harmed(lex: EventWords, token: Token) -> bool:
    """ "The shooting left a man paralyzed", "left a boy partly blinded": a lasting harm
    (`left_harms.txt`) told of the object of a verb of leaving is an injury (gvc21)."""
    return (
        token.lower_ in lex.cue["left_harms"]
        and token.dep_ in {"acl", "amod"}
        and token.head.dep_ == "dobj"
        and token.head.head.lemma_ in lex.cue["leaving_verbs"]
        and names_people(lex, token.head)
    )


def names_people(lex: EventWords, noun: Token) -> bool:
    """A noun that names people: a person's name, a pronoun, a number, an age, or a word of
    people (`candidates/offence_victims.txt`, kin and close people, civilians, `person_heads`), not
    "the city" a strike left paralyzed."""
    people = lex.cue["offence_victims"] | lex.cue["close_people"] | lex.kin | lex.person_heads
    people |= lex.civilian_words
    return (
        noun.ent_type_ == "PERSON"
        or noun.lower_ in lex.person_pronouns
        or noun.like_num
        or noun.lemma_.lower() in people
        or noun.lower_ in people
        or any(c.dep_ == "nummod" or is_age(c) for c in noun.subtree if c.i < noun.i)
    )


def shot_dead(lex: EventWords, verb: Token) -> bool:
    """ "shot dead", "shot to death", "fatally shot", "shot and killed"."""
    if verb.lemma_ in lex.key.gunning_verbs:
        return True  # "gunned down"
    if verb.lemma_ in lex.key.shoot_lemmas and _murder_suicide(lex, token_sent(verb)):
        return True  # "shot his stepson, 10, and himself in what police call a murder-suicide"
    for c in children(verb):
        if c.lower_ in lex.cue["deadly_markers"]:
            if share_number(c) is not None or nobody_fatally(lex, c):
                continue  # "Six people were shot, 2 fatally": a share died, not all (gvc43)
            return True
        if (
            c.dep_ == "prep"
            and c.lower_ in lex.key.goal_preps
            and any(g.lower_ in lex.key.death_nouns for g in children(c))
        ):
            return True
    return False


def _murder_suicide(lex: EventWords, sent: Span) -> bool:
    """The sentence calls its shooting a murder-suicide (and does not say someone lived: "a
    boy is fighting for survival after his mother shot him during a murder-suicide")."""
    text = span_text(sent)
    return (
        lex.murder_suicide_re.search(text) is not None
        and lex.survived_re.search(text) is None
        and lex.fighting_for_life_re.search(text) is None
    )


def _to_death(lex: EventWords, verb: Token) -> bool:
    """ "beat to death", "stabbed to death", "burned alive": any act that killed (not a
    sentence: "sentenced to death")."""
    if verb.lemma_ in lex.sentencing:
        return False
    for c in children(verb):
        if c.lower_ in lex.key.alive_words and verb.lemma_ in lex.cue["alive_verbs"]:
            return True
        if (
            c.dep_ == "prep"
            and c.lower_ in lex.key.goal_preps
            and any(g.lower_ in lex.key.death_nouns for g in children(c))
        ):
            return True
    return False


def _fatally(lex: EventWords, verb: Token) -> bool:
    return any(c.lower_ in lex.cue["fatal_adverbs"] for c in children(verb))


def _mortal(lex: EventWords, verb: Token) -> bool:
    """An injury that killed: "fatally wounded", or the wounded person of a relative clause
    who died ("a toddler who was critically injured ... has died")."""
    if _fatally(lex, verb):
        return True
    if verb.dep_ not in {"relcl", "acl"}:
        return False
    person = verb.head
    return person.dep_ in {"nsubj", "nsubjpass"} and (
        person.head.lemma_ in lex.death_verbs | lex.dying_verbs
        or person.head.lemma_ in lex.key.killing_verbs
    )


def passed_away(key: KeyWords, verb: Token) -> bool:
    """ "passed away": died."""
    return verb.lemma_ in key.passing_verbs and any(
        c.dep_ in {"prt", "advmod"} and c.lower_ in key.away_particles for c in children(verb)
    )


def unrealised(lex: EventWords, verb: Token) -> bool:
    """ "almost killed him", "tried to kill", "threatened to kill", "with intent to kill", "could
    have been killed": no one died."""
    if any(c.lower_ in lex.hedges for c in children(verb) if c.dep_ == "advmod"):
        return True
    if any(c.lower_ in lex.cue["unrealising_modals"] for c in children(verb) if c.dep_ == "aux"):
        return True  # "could have been killed", "feared he would die"
    if verb.dep_ == "xcomp" and verb.head.lemma_ in lex.key.going_verbs and verb.head.tag_ == "VBG":
        return True  # "thought he was going to die"
    # "in an attempt to seize and kill him": a bare infinitive coordinated with the attempted
    # one is attempted too (not "tried to flee and was shot", told with its own auxiliary)
    for _ in range(3):
        if verb.dep_ != "conj" or verb.tag_ != "VB" or verb.head.tag_ != "VB":
            break
        verb = verb.head
    if verb.dep_ == "acl" and verb.head.lemma_ in lex.cue["attempt_marks"]:
        return True  # "assault with intent to kill", "an attempt to kill"
    return verb.dep_ == "xcomp" and verb.head.lemma_ in lex.attempt_verbs


def death_as_cause(lex: EventWords, token: Token) -> bool:
    """A death told as the cause of the event: "protested over the death of a woman", "an
    investigation into the killing", "demanding justice for the murder of", "to commemorate the
    death of", "burned buses after a teenager was killed" (when the sentence's main clause is
    not itself a shooting, death or injury)."""
    if _after_clause(lex, token):
        return True
    node = token
    for _ in range(6):
        if node.head.lemma_ in lex.remember_words and node.head.i != node.i:
            return True
        if node.dep_ == "pobj" and node.head.dep_ == "prep":
            prep = node.head
            if prep.lower_ in lex.cause_preps:
                return True
            if prep.lower_ in lex.key.purpose_preps and prep.head.lemma_ in lex.justice_words:
                return True
        if node.head.i == node.i or node.pos_ == "VERB" and node.dep_ not in {"acl", "relcl"}:
            return False
        node = node.head
    return False


def _after_clause(lex: EventWords, token: Token) -> bool:
    """The death is told in an "after ..." / "following ..." part of a sentence whose main
    verb is a crowd's act (a protest, a riot, burning): the death came first and set it off.
    ("Detectives are looking into it after a man was shot" keeps its death: the shooting is the news.)"""
    root = token_sent(token).root
    if root.lemma_ not in lex.crowd_acts or root.i == token.i:
        return False
    node = token
    while node.i != root.i:
        if node.dep_ == "advcl" and any(
            c.lower_ in lex.after_words for c in children(node) if c.dep_ == "mark"
        ):
            return True
        if node.dep_ == "pobj" and node.head.lower_ in lex.after_words:
            return True
        if node.dep_ == "pcomp" and node.head.lower_ in lex.after_words:
            return True
        node = node.head
    return False


def either_or(lex: EventWords, token: Token) -> bool:
    """ "killed or injured", "wounded or killed": which of the two is not said."""
    pair = [c for c in children(token) if c.dep_ == "conj"]
    if token.dep_ == "conj":
        pair.append(token.head)
    words = lex.death_verbs | lex.injury_verbs | lex.cue["count_adjectives"]
    has_or = any(c.lower_ in lex.key.disjunctions for c in children(token)) or (
        token.dep_ == "conj" and any(c.lower_ in lex.key.disjunctions for c in children(token.head))
    )
    return has_or and any(t.lemma_ in words or t.lower_ in words for t in pair)


_HITS: dict[tuple[int, int, bool], tuple[EventWords, AbstractSet[str], frozenset[str]]] = {}


def _hit_lemmas(lex: EventWords, verbs: AbstractSet[str], deaths: bool) -> frozenset[str]:
    """The lemmas `count_for` may count a word of, but for an adjective of its own, a lasting
    harm, a headline's "dies" and "to death" or "alive" (each asked apart): its verbs, the
    verbs of shooting and of injury, and, for the dead, those `passed_away` and `_death_told` read.
    Any other word is no hit, whatever its children (perf29)."""
    key = (id(lex), id(verbs), deaths)
    kept = _HITS.get(key)
    if kept is None or kept[0] is not lex or kept[1] is not verbs:
        found = set(verbs) | lex.shooting_verbs | lex.injury_verbs
        if deaths:
            found |= lex.cue["life_taking_verbs"] | lex.cue["wound_verbs"]
            found |= {_PASSED} | {_COMMITTED} | {_SURVIVED}
        kept = _HITS[key] = (lex, verbs, frozenset(found))
    return kept[2]


# the lemmas `passed_away` and `_death_told` read besides their lists ("passed away", "committed
# suicide", "did not survive"), and the words `_to_death` reads ("to death", "alive")
_PASSED = "pass"
_COMMITTED = "commit"
_SURVIVED = "survive"
_TO_DEATH_WORDS = frozenset({"death"}) | frozenset({"alive"})
_WORDS: list[Any] = [None, frozenset()]


def _parse_words(doc: Doc) -> frozenset[str]:
    """The lower-cased words of the last parse asked of."""
    if _WORDS[0] is not doc:
        _WORDS[:] = [doc, frozenset(token_words(doc)[2])]
    return _WORDS[1]  # type: ignore[no-any-return]


def count_for(
    lex: EventWords, sent: Span, verbs: AbstractSet[str], adjs: AbstractSet[str]
) -> Count:
    if running_total(lex, span_text(sent)):
        return Count(None)
    total = 0
    bound = False
    found = False
    negated = False
    counted: list[tuple[Token, int]] = []
    deaths = verbs is lex.death_verbs
    # (each token's words read once per parse: this loop sees every word of every event
    # sentence, once per question asked of it)
    lemmas, poses, lowers = token_words(sent.doc)
    tokens = doc_tokens(sent.doc)
    counted_lemmas = _hit_lemmas(lex, verbs, deaths)
    left_harms = lex.cue["left_harms"]
    # "beaten to death", "buried alive" (`_to_death`) need the word in the parse
    dying = deaths and not _TO_DEATH_WORDS.isdisjoint(_parse_words(sent.doc))
    start, end = sent.start, sent.end
    injury_verbs = lex.injury_verbs
    # the words a step below may count, picked in one pass over the parse's words (most are
    # none: a word of these lists, a verb or an injury noun, or any verb where "to death" or
    # "alive" is in the parse), the same as running each step on every word (perf29)
    picked = [
        i
        for i, lemma, pos, lower in zip(
            range(start, end),
            lemmas[start:end],
            poses[start:end],
            lowers[start:end],
            strict=True,
        )
        if (lemma in counted_lemmas and (pos in {"VERB", "AUX"} or lemma in injury_verbs))
        or lower in adjs
        or lower in left_harms
        or lower in lex.key.dies_forms
        or (dying and pos == "VERB")
    ]
    for i in picked:
        lemma, pos, lower = lemmas[i], poses[i], lowers[i]
        token = tokens[i]
        hit = (lemma in verbs and pos in {"VERB", "AUX"}) or (
            lower in adjs and pos in {"ADJ", "VERB"}
        )
        if deaths and pos == "VERB" and (_to_death(lex, token) or passed_away(lex.key, token)):
            hit = True  # "beaten to death", "buried alive", "passed away"
        left_harmed = not deaths and _left_harmed(lex, token)
        hit = hit or left_harmed
        if lemma in lex.shooting_verbs and pos == "VERB":
            # "shot dead", "shot to death" kill
            killed = shot_dead(lex, token)
            # "was shot" alone says nothing of the outcome (the victim may have died): not counted
            hit = killed and deaths
        if lower in lex.key.dead_words and token.head.lemma_ in lex.shooting_verbs:
            continue  # "shot dead" is counted with the shooting
        if hit and lemma in lex.marked_death_verbs and deaths:
            hit = shot_dead(lex, token) or any(
                c.lower_ in lex.key.alive_words for c in children(token)
            )
        if lemma in lex.injury_verbs and _mortal(lex, token):
            # "fatally wounded" kills; "the child who was injured ... has died" is a death
            hit = deaths and pos == "VERB" and _fatally(lex, token)
        told = _death_told(lex, token) if deaths else None
        if told is not None:
            hit = True
        if not hit or unrealised(lex, token) or death_as_cause(lex, token) or either_or(lex, token):
            continue
        graded = any(c.lower_ in lex.cue["graded_harm_adverbs"] for c in children(token))
        if told is None and any(c.dep_ == "neg" for c in children(token)):
            # "the mother, who was not injured": no one to count ("was not seriously hurt"
            # denies the grade only; "one was hit in the leg; the other was not hurt" is a zero
            # of the rest of a group, not of all, gvc43)
            rest = victims_of(lex, token)
            negated = negated or not (graded or (rest and all(_the_other(lex, v) for v in rest)))
            continue
        victims = victims_of(lex, token) if told is None else told
        if left_harmed:
            victims = [token.head]  # "left a man paralyzed": the man
        if (
            not victims
            and token.dep_ in {"oprd", "acomp", "xcomp"}
            and token.head.pos_ in {"VERB", "AUX"}
        ):
            # "was found dead", "was pronounced dead": the subject of the governing verb
            victims = victims_of(lex, token.head) or [
                c for c in children(token.head) if c.dep_ in {"nsubj", "nsubjpass"}
            ]
        if not victims and token.dep_ == "advcl" and token.head.lemma_ in lex.cue["leaving_verbs"]:
            # "the shooting left two people injured": the people left so
            victims = [c for c in children(token.head) if c.dep_ == "dobj" and c.i < token.i]
        if (
            not victims
            and token.dep_ == "dobj"
            and token.head.lemma_ in lex.cue["leaving_verbs"]
            and any(is_age(c) for c in token.subtree if c.i < token.i)
        ):
            # "the shooting left a 16-year-old injured": the parse makes the participle the
            # object and the aged person its modifier (gvc21)
            victims = [token]
        if not victims and token.dep_ == "ccomp" and token.head.lemma_ in lex.cue["finding_verbs"]:
            # "a family was found fatally shot"
            victims = [c for c in children(token.head) if c.dep_ == "nsubjpass"]
        if not victims and token.lower_ in adjs:
            # "3 dead", "leaving five dead": the number is a sibling or the subject
            victims = [c for c in children(token) if c.dep_ in {"nsubj", "npadvmod"}] or (
                [token.head] if token.head.like_num else []
            )
        if not victims and token.pos_ == "VERB":
            # "one person is dead and another injured": the parse hangs "another" on the verb
            victims = [
                c for c in children(token) if c.dep_ == "det" and c.lower_ in lex.other_words
            ]
        victims = [w for v in victims for w in (past_dateline(v) if in_dateline(v) else [v])]
        victims += along_with(lex, token) if victims else []
        for victim in victims:
            if date_part(victim) or in_dateline(victim) or not_a_victim(lex, victim):
                continue  # "3 February" or "WATERBURY, Conn. —" misparsed as the subject
            if told is None and any(c.lower_ in lex.degree_words for c in children(victim)):
                continue  # "five others injured, one critically": one of the five
            before = token.dep_ == "amod" and token.head.i == victim.i and token.i < victim.i
            value, lb, ok = (count_own if before else count_nominal)(lex, victim)
            share = number_of(victim) if told is not None and victim.like_num else None
            if share is not None:
                value, lb, ok = int(share), False, True  # "shot, two of them fatally": 2
            if victim.lower_ in lex.nobody or any(c.lower_ in lex.nobody for c in children(victim)):
                if graded:
                    continue  # "Neither was seriously hurt": no zero of the hurt (gvc43)
                negated = True
            if ok and told_again(lex, victim, counted):
                continue  # "suffered a fatal wound ... where he died": the same one death
            if ok and sum(v for _, v in counted) > 1 and _the_other(lex, victim):
                continue  # "two were wounded; one ... and the other was grazed" (gvc37)
            if ok and value == 0 and referred_to(lex, token, victim):
                continue  # "one of the wounded men": people counted elsewhere
            if ok:
                total += value
                bound = bound or lb
                found = True
                counted.append((victim, value))
    if found:
        return Count(total, bound, negated and total == 0)
    if negated:
        return Count(0, False, True)
    return Count(None)


def _the_other(lex: EventWords, victim: Token) -> bool:
    """ "the other", "the others", "the other man": the rest of a group counted before in the
    sentence, not someone new (after "one porter", "the other" is the second)."""
    other = victim.lower_ in lex.other_words or any(
        c.lower_ in lex.other_words and not c.like_num for c in children(victim)
    )
    return other and any(c.dep_ == "det" and c.lower_ in lex.definite for c in children(victim))


NAME_LABELS = frozenset({"ORG", "FAC", "GPE", "LOC", "DATE", "EVENT"})
"""Entity labels of names that may hold a word of death and tell none ("Memorial Hospital",
"Memorial Day")."""


def grave_outcome(lex: EventWords, text: str) -> bool:
    """The text tells a wound that may yet kill ("in critical condition", "shot in the head"),
    not one it denies ("neither wound is life-threatening"; a shot in the head whose wound
    "does not appear life-threatening" is no longer in doubt)."""
    told = lex.grave_denied_re.sub(_blank, text)
    if told != text:
        told = lex.vital_shot_re.sub(_blank, told)
    return lex.grave_outcome_re.search(told) is not None


def _blank(match: re.Match[str]) -> str:
    return " " * len(match.group(0))


def death_told(lex: EventWords, doc: Doc, text: str) -> bool:
    """A death is told anywhere in the article (`text`, the document's text): a word of death
    that is not part of a name ("taken to Lakeside Memorial Hospital" tells none)."""
    for found in lex.death_told_re.finditer(text):
        span = doc.char_span(found.start(), found.end(), alignment_mode="expand")
        if span is not None and (
            attempted(lex, span[0])
            or _denied(lex, span[0])
            or _none_of(lex, span[0])
            or _unit_name(lex, span[0])
            or span[0].dep_ == "amod"
            and span[0].head.lemma_.lower() in lex.not_people  # "a dead end"
            or span[0].pos_ in {"VERB", "AUX"}
            and unrealised(lex, span[0])
        ):
            continue  # "charged with attempted murder", "the wound was not fatal": no one died
        if span is None or not all(
            t.ent_type_ in NAME_LABELS and t.text[:1].isupper() for t in span
        ):
            return True
    return False


def _unit_name(lex: EventWords, word: Token) -> bool:
    """ "Homicide detectives", "the homicide unit": a word of killing naming who investigates;
    such units look into shootings that killed no one too, so it tells no death."""
    return (
        word.dep_ in {"compound", "amod", "nmod"}
        and word.head.i > word.i
        and word.head.lemma_.lower() in lex.cue["investigating_units"]
    )


def _none_of(lex: EventWords, word: Token) -> bool:
    """ "None of them died", "no one was killed": the word's subject is no one."""
    return any(
        c.dep_ in {"nsubj", "nsubjpass"}
        and (c.lower_ in lex.nobody or any(g.lower_ in lex.nobody for g in children(c)))
        for c in children(word)
    )


ATTEMPT_REACH = 4
"""How many words before a charge of killing may tell it was only attempted ("attempted
first-degree murder", "conspiracy to commit murder")."""


def attempted(lex: EventWords, word: Token) -> bool:
    """A word of killing named as a charge of trying or plotting it ("attempted murder",
    "attempted homicide", "conspiracy to commit murder", "an attempted murder charge"): it names
    no death."""
    doc = word.doc
    for i in range(word.i - 1, max(word.i - 1 - ATTEMPT_REACH, -1), -1):
        t = doc[i]
        if t.is_punct and t.text != "-" or t.is_sent_end:
            return False
        if t.lemma_.lower() in lex.cue["attempt_marks"] or t.lower_ in lex.cue["attempt_marks"]:
            return True
    return False


def _death_told(lex: EventWords, token: Token) -> list[Token] | None:
    """The victims of a death told without a verb of killing ("took her own life", "committed
    suicide", "the shooting claimed a life", "claimed the lives of two", "suffered a fatal
    gunshot wound", "inflicted a fatal wound on his son", "did not survive", "Several people
    were shot, three fatally", the headline "19-year-old dies in shooting near campus"); None
    when the token tells none."""
    if token.lower_ in lex.key.dies_forms and token.pos_ in {"NOUN", "PROPN"}:
        # a headline's "dies" taken for a noun: its modifiers are the one who died
        return [c for c in children(token) if c.dep_ in {"amod", "compound", "nmod", "nsubj"}]
    if token.pos_ not in {"VERB", "AUX"}:
        return None
    if token.lemma_ in lex.shooting_verbs:
        return _fatal_share(lex, token)
    objects = [c for c in children(token) if c.dep_ == "dobj"]
    if token.lemma_ in lex.cue["life_taking_verbs"]:
        return _lives_taken(lex.key, token, objects)
    if token.lemma_ in lex.key.committing_verbs and any(
        o.lemma_ in lex.key.suicide_nouns for o in objects
    ):
        return subjects_of(token)
    if token.lemma_ in lex.cue["wound_verbs"]:
        wounds = objects + [
            g
            for c in children(token)
            if c.dep_ == "prep" and c.lower_ in lex.key.source_preps
            for g in children(c)
        ]
        fatal = [w for w in wounds if w.lemma_ in lex.wounds and fatal_wound(lex, w)]
        if not fatal:
            return None
        if token.lemma_ in lex.key.inflicting_verbs:
            heads = [token, *fatal]
            return [
                g
                for h in heads
                for c in children(h)
                if c.lower_ in lex.key.surface_preps
                for g in children(c)
            ]
        return subjects_of(token)
    if token.lemma_ in lex.key.surviving_verbs and any(c.dep_ == "neg" for c in children(token)):
        return subjects_of(token) if lex.shot_or_hurt_re.search(span_text(token.sent)) else None
    return None


def _lives_taken(key: KeyWords, verb: Token, objects: list[Token]) -> list[Token] | None:
    """ "took her own life" (the subject), "claimed the lives of three teenagers", "claimed a
    life" (the lives)."""
    for life in (o for o in objects if o.lemma_ in key.life_nouns):
        if any(c.lower_ in key.own_words for c in children(life)):
            return subjects_of(verb) or _doer_before(verb)
        owners = [g for c in children(life) if c.lower_ in key.genitive_preps for g in children(c)]
        if owners:
            return owners
        if verb.lemma_ in key.claiming_verbs:
            return [life]
    return None


def _doer_before(verb: Token) -> list[Token]:
    """The subject of the act a "before ..." clause follows ("A gunman wounded two people
    before taking his own life": the gunman)."""
    if verb.dep_ == "pcomp" and verb.head.dep_ == "prep":
        return subjects_of(verb.head.head)
    if verb.dep_ == "advcl":
        return subjects_of(verb.head)
    return []


def fatal_wound(lex: EventWords, wound: Token) -> bool:
    return any(
        t.lower_ in lex.cue["fatal_adjectives"] and not prefixed_away(lex, t) for t in wound.subtree
    )


def prefixed_away(lex: EventWords, word: Token) -> bool:
    """ "a non-fatal wound": the word's prefix turns it into its opposite."""
    doc, i = word.doc, word.i
    if i >= 2 and doc[i - 1].text == "-" and not doc[i - 1].whitespace_:
        return doc[i - 2].lower_ in lex.cue["negating_prefixes"]
    return i >= 1 and doc[i - 1].lower_ in lex.cue["negating_prefixes"]


def _fatal_share(lex: EventWords, verb: Token) -> list[Token] | None:
    """ "Several people were shot, three fatally": the number of the shot who died, also when
    set beside them ("Five people were shot, two of them fatally") or none ("Six people were
    shot, none fatally": no one died)."""
    beside = [
        c
        for s in children(verb)
        if s.dep_ in {"nsubj", "nsubjpass", "dobj"}
        for c in children(s)
        if c.dep_ == "appos"
    ]
    # "Three people were shot late Saturday on Birch Row, one fatally": the share the parser
    # hung on the place, still of this verb's people
    hung = [
        t
        for t in verb.subtree
        if t.dep_ == "appos" and (v := clause_verb(t, CLAUSE_REACH)) is not None and v.i == verb.i
    ]
    for child in [*children(verb), *beside, *hung]:
        if not (child.like_num or child.lower_ in lex.nobody):
            continue
        if any(g.lower_ in lex.cue["fatal_adverbs"] for g in children(child)):
            return [child]
    for adverb in token_sent(verb):
        # "Six people were shot, 2 fatally", "5 people were shot, 1 fatally": a figure in digits
        # the parser hung beside the adverb (on the verb, or set apart as punctuation) (gvc43)
        number = share_number(adverb) if adverb.lower_ in lex.cue["fatal_adverbs"] else None
        if number is not None and (
            adverb.head.i == verb.i
            # "12 people were shot, 3 fatally, and 4 critically": a share of a list the parser
            # hung on the verb of saying (fix50e)
            or (
                number.dep_ in {"punct", "dep"}
                and number.i >= 2
                and number.nbor(-2).i in _span(verb)
            )
        ):
            return [number]
    return None


def share_number(adverb: Token) -> Token | None:
    """The figure set just before an adverb of death after a comma ("shot, 2 fatally"): the
    share of the people who died."""
    if adverb.i < 2:
        return None
    number, comma = adverb.nbor(-1), adverb.nbor(-2)
    if number.like_num and comma.is_punct and number.dep_ in {"npadvmod", "nummod", "punct", "dep"}:
        return number
    return None


def _span(verb: Token) -> range:
    """The positions of the verb's subtree."""
    return range(verb.left_edge.i, verb.right_edge.i + 1)


def toll_told(lex: EventWords, sent: Span) -> tuple[int, int] | None:
    """ "A shooting left one dead and two injured", "three people dead, four others wounded":
    (dead, hurt) told side by side as a toll, which the parse of such a list often splits
    wrongly; None when the sentence tells none, or a running total."""
    text = span_text(sent)
    found = _once(lex, text, "toll", lambda: lex.dead_and_hurt_re.search(text))
    if found is None or running_total(lex, text):
        return None
    dead, hurt = word_value(found["dead"]), word_value(found["hurt"])
    if dead is None or hurt is None:
        return None
    return int(dead), int(hurt)


def risen_toll(lex: EventWords, sent: Span) -> tuple[int | None, int | None]:
    """ "The death toll from Saturday's shooting has risen to three", "raising the death toll to
    two", "the number of people wounded rose to seven": (dead, hurt), the figure a count of the
    event is told to have risen to, None for a count not told so (nor a running total's)
    (counts55)."""
    # (a word of rising first, read from the parse's tuples: most sentences have none)
    if lex.cue["toll_rise_verbs"].isdisjoint(token_words(sent.doc)[2][sent.start : sent.end]):
        return None, None
    text = span_text(sent)
    found = _once(lex, text, "toll_risen", lambda: lex.toll_risen_re.search(text))
    if found is None or running_total(lex, text):
        return None, None
    figure = word_value(found["figure"])
    if figure is None or figure != int(figure):
        return None, None
    if found["dead"] or found["dead2"]:
        return int(figure), None
    return None, int(figure)


def fatalities(lex: EventWords, sent: Span) -> Count:
    """People killed in the events of this sentence; a killer who then took their own life is
    one of them ("shot his brother and niece before killing himself" is 3, as GVA counts)."""
    toll = toll_told(lex, sent)
    if toll is not None:
        return Count(toll[0])
    risen = risen_toll(lex, sent)[0]
    if risen is not None:
        return Count(risen)
    count = count_for(lex, sent, lex.death_verbs, lex.death_adjectives)
    if count.value == 0 and count.lower_bound and not count.negated:
        # "several people were killed", "dozens dead": a vague group and no figure is an
        # unknown count with its lower bound kept, never 0 (docs/CODEBOOK.md section 7); the
        # ways below may still find a figure, as for the injured (gvc21)
        count = Count(None, lower_bound=True)
    # (each pattern searched only where its answer is read: a count or none)
    suicide = lex.suicide_re.search(span_text(sent)) if count.value else None
    if (
        count.value
        and suicide
        # "... turning the weapon on herself, but she survived": no death of her own
        and not lex.survived_re.search(span_text(sent)[suicide.end() :])
        and _killed_others(lex, sent)
        and not _suicide_counted(lex, sent)
    ):
        return Count(count.value + 1, count.lower_bound)
    turned = None if count.value else lex.turned_on_self_re.search(span_text(sent))
    if (
        not count.value
        and turned
        and not count.negated
        and not lex.survived_re.search(span_text(sent)[turned.end() :])
    ):
        # "A man fired at a clerk and at last turned the weapon on himself": his own death,
        # where no other is told (gvc26)
        return Count(1, count.lower_bound)
    if count.value is None:
        # (both ways below start from a word of their own list: a sentence without one, most
        # of them, is not read for them)
        lemmas, _, lowers = token_words(sent.doc)
        if lex.cue["death_nouns"].isdisjoint(
            lemmas[sent.start : sent.end]
        ) and lex.deadly_words.isdisjoint(lowers[sent.start : sent.end]):
            return count
        for token in span_tokens(sent):
            if token.lemma_ in lex.cue["death_nouns"] and token.pos_ == "NOUN":
                if death_as_cause(lex, token):
                    continue
                v = next((number_of(c) for c in children(token) if c.dep_ == "nummod"), None)
                if v is not None:
                    return Count(int(v))
                # "the death of a farmer", "the bodies of three men", "the shooting death of a
                # child" (with "of" hung on "shooting")
                owners = list(children(token))
                if token.head.lower_ in lex.cue["attack_nouns"] and token.head.i != token.i:
                    owners += list(children(token.head))
                for prep in owners:
                    if prep.dep_ == "prep" and prep.lower_ in lex.key.genitive_preps:
                        for victim in children(prep):
                            if victim.dep_ == "pobj":
                                value, bound, ok = count_nominal(lex, victim)
                                if ok:
                                    # "the deaths of several villagers": unknown, a lower bound
                                    return Count(value or (None if bound else 0), bound)
                if _one_death(lex.key, token):
                    return Count(1)
        fatal_of = _fatal_attack_of(lex, sent)
        if fatal_of is not None:
            return fatal_of
        if not count.lower_bound and any(
            t.lower_ in lex.deadly_words
            and not death_as_cause(lex, t)
            and not prefixed_away(lex, t)
            and not _denied(lex, t)
            and not attempted(lex, t)
            # "assault with a deadly weapon": a charge's words, no death
            and not (t.dep_ == "amod" and t.head.lemma_ in lex.cue["charge_heads"])
            and not _unit_name(lex, t)
            for t in span_tokens(sent)
        ):
            # "a fatal shooting", "charged with homicide": someone died, we do not know how many
            return Count(1, lower_bound=True)
    return count


def _fatal_attack_of(lex: EventWords, sent: Span) -> Count | None:
    """ "the fatal shooting of two teenagers", "charged in the deadly stabbing of a woman": the
    people of the "of" phrase of an attack noun told fatal are the dead (gvc41)."""
    for t in span_tokens(sent):
        if not (
            t.lower_ in lex.deadly_words
            and t.dep_ == "amod"
            and t.head.lemma_ in lex.cue["attack_nouns"]
            and not _denied(lex, t)
            and not prefixed_away(lex, t)
            and not attempted(lex, t)
        ):
            continue
        for prep in children(t.head):
            if prep.dep_ != "prep" or prep.lower_ not in lex.key.genitive_preps:
                continue
            for victim in children(prep):
                if victim.dep_ == "pobj" and victim.pos_ in {"NOUN", "PROPN", "NUM"}:
                    value, bound, ok = count_nominal(lex, victim)
                    if ok and value:
                        return Count(value, bound)
    return None


def _denied(lex: EventWords, word: Token) -> bool:
    """ "The shooting was not fatal", "his wounds were never deadly", "none of the wounds were
    fatal", "neither wound was fatal" (a word of no one as the subject, `victims/nobody.txt`, gvc44): the word is denied."""
    if word.dep_ in {"acomp", "attr"}:
        return any(
            c.dep_ == "neg"
            or c.dep_ in {"nsubj", "nsubjpass"}
            and (c.lower_ in lex.nobody or any(d.lower_ in lex.nobody for d in children(c)))
            for c in children(word.head)
        )
    return any(c.dep_ == "neg" for c in children(word)) or nobody_fatally(lex, word)


def nobody_fatally(lex: EventWords, adverb: Token) -> bool:
    """ "Six people were wounded, none fatally", "two men were shot, neither fatally", "neither
    of them fatally": an adverb of death told of no one (`victims/nobody.txt`), hung on the
    word of no one or set just after it on the same head (counts55)."""
    if adverb.lower_ not in lex.cue["fatal_adverbs"]:
        return False
    if adverb.head.lower_ in lex.nobody and adverb.head.i < adverb.i:
        return True
    if adverb.i == 0:
        return False
    before = adverb.nbor(-1)
    return before.lower_ in lex.nobody and before.head.i == adverb.head.i


def _one_death(key: KeyWords, token: Token) -> bool:
    """ "a shooting death on Dolna Road", "investigating the death": one death, when the
    noun names a death itself (not "death threats", "sentenced to death")."""
    return (
        token.lemma_ in key.death_nouns
        and token.tag_ == "NN"
        and token.dep_ not in {"compound", "amod"}
        and not (token.dep_ == "pobj" and token.head.lower_ in key.goal_preps)
        and any(c.dep_ in {"det", "compound", "amod", "poss"} for c in children(token))
    )


def _suicide_counted(lex: EventWords, sent: Span) -> bool:
    """ "He committed suicide", "she took her own life": the killer's death already has its
    subject counted among the dead."""
    for token in span_tokens(sent):
        told = _death_told(lex, token) if token.lemma_ in lex.cue["suicide_verbs"] else None
        # (not a relative "who": "killed by her brother, who then took his own life" counts
        # the one killed, not the brother, gvc42)
        if told and any(
            t.dep_ in {"nsubj", "nsubjpass"} and not t.tag_.startswith("W") for t in told
        ):
            return True
    return False


def _killed_others(lex: EventWords, sent: Span) -> bool:
    """Someone in the sentence killed other people ("shot his brother and niece"), and no death
    verb already counts the killer ("fatally shot himself")."""
    others, reflexive = _killed_whom(lex, sent)
    return others and not reflexive


def self_killing(lex: EventWords, sent: Span) -> bool:
    """ "A man killed himself", "she shot herself dead", "he took his own life": the sentence's
    dead killed themselves, and it tells no one else killed (gvc25)."""
    others, reflexive = _killed_whom(lex, sent)
    return (reflexive or _suicide_counted(lex, sent)) and not others


def _killed_whom(lex: EventWords, sent: Span) -> tuple[bool, bool]:
    """Whether someone in the sentence killed other people, and whether someone killed
    themselves ("killed her and himself": both). A passive with its doer named kills others
    too ("the woman was killed by her husband, who soon turned his rifle on himself", gvc42), the
    doer named on the passive's conjunct as well ("was shot and killed by her husband", review49)."""
    others = reflexive = False
    for t in span_tokens(sent):
        reflexive_conj = t.dep_ == "conj" and t.lower_ in lex.reflexives  # "killed her and himself"
        verb = t.head
        done_by = False
        if t.dep_ == "nsubjpass":
            # "was killed by her husband"; "was shot and killed by": the doer on the conjunct
            done = [
                v
                for v in (verb, *(c for c in children(verb) if c.dep_ == "conj"))
                if any(c.dep_ == "agent" for c in children(v))
            ]
            if done:
                done_by = True
                verb = next((v for v in done if v.lemma_ in lex.death_verbs), done[0])
        if t.dep_ != "dobj" and not reflexive_conj and not done_by:
            continue
        deadly = verb.lemma_ in lex.death_verbs or (
            verb.lemma_ in lex.shooting_verbs and (shot_dead(lex, verb) or _to_death(lex, verb))
        )
        if deadly and t.lower_ in lex.reflexives:
            reflexive = True
        elif deadly:
            others = True  # "killed his wife", "fatally shot his two daughters"
    return others, reflexive


CLAUSE_REACH = 8
"""How many heads up a word's clause verb may lie (a share hung on a place: "shot on Birch
Row, one fatally")."""


def retold_later(lex: EventWords, victim: Token, counted: list[tuple[Token, int]]) -> bool:
    """A victim of a later sentence who is one counted in an earlier one, told again ("A man was
    shot. Police say the man was shot in a dispute"); within one sentence the parse may share
    a subject between two clauses, so a sentence's own victims are not compared."""
    before = [(t, v) for t, v in counted if t.sent.start < victim.sent.start]
    return bool(before) and (told_again(lex, victim, before) or rest_of_group(lex, victim, before))


def multiple_attack(lex: EventWords, sent: Span) -> int:
    """The people one attack hit, told by its name: "a double shooting" is two people shot
    (dead or hurt), "a triple shooting" three; 0 where the sentence names none."""
    if lex.cue["attack_nouns"].isdisjoint(token_words(sent.doc)[0][sent.start : sent.end]):
        return 0  # (no attack's name: no Token made)
    for token in span_tokens(sent):
        if token.lemma_ not in lex.cue["attack_nouns"] or token.pos_ != "NOUN":
            continue
        for c in children(token):
            if c.dep_ in {"amod", "compound"} and c.lower_ in lex.multiple_attacks:
                return lex.multiple_attacks[c.lower_]
    return 0


def under_death(dying: AbstractSet[str], verb: Token) -> bool:
    """The verb is part of a clause of dying ("died after being shot", "died Sunday after
    shooting himself"), not a clause of its own coordinated with it ("A man was killed and a
    boy was shot")."""
    node = verb
    while node.dep_ != "conj" and node.head.i != node.i:
        if node.dep_ == "ccomp" and any(
            t.tag_ == ":" for t in node.doc[node.right_edge.i + 1 : node.head.i]
        ):
            return False  # "an officer was shot in the hand; the suspect was killed" (gvc36)
        node = node.head
        if node.lemma_ in dying:
            return True
    return False


def passive_verb(verb: Token) -> bool:
    """ "was shot": the verb is passive."""
    return any(c.dep_ in {"auxpass", "nsubjpass"} for c in children(verb))


def hit_in_body(lex: EventWords, verb: Token) -> bool:
    """ "shot him in the arm": the verb names where the body was hit."""
    return any(
        c.dep_ == "prep"
        and c.lower_ in lex.key.locative_preps
        and any(g.lemma_ in lex.cue["body_parts"] for g in children(c))
        for c in children(verb)
    )


def shot_at(lex: EventWords, verb: Token) -> bool:
    """ "The teen was shot at", "someone shot at the car": fired at, not hit ("was shot at his
    home" is where the victim was hit)."""
    doc = verb.doc
    nxt = doc[verb.i + 1] if verb.i + 1 < len(doc) else None
    if (
        nxt is not None
        and nxt.lower_ in lex.key.point_preps
        and not any(c.dep_ == "pobj" for c in children(nxt))
        # "was shot at least once": a number of shots, not fired at (gvc36)
        and not (verb.i + 2 < len(doc) and doc[verb.i + 2].lower_ in lex.cue["at_quantity_words"])
    ):
        return True
    passive = any(c.dep_ in {"auxpass", "nsubjpass"} for c in children(verb))
    return (
        not passive
        and not any(c.dep_ == "dobj" for c in children(verb))
        and any(c.dep_ == "prep" and c.lower_ in lex.key.point_preps for c in children(verb))
    )


def _after_firing(lex: EventWords, verb: Token) -> bool:
    """ "opened fire at a party, hitting four people", "fired into a crowd and struck two
    men": a verb of hitting with an object, told as what came of firing a gun."""
    if any(c.dep_ == "nsubjpass" for c in children(verb)) and not any(
        c.dep_ == "agent" for c in children(verb)
    ):
        if verb.dep_ == "conj" and _firing_act(lex, verb.head):
            # "shots were fired into a crowd, and two people were struck" (gvc20), "gunfire
            # erupted, and two people were struck" (gvc36)
            return True
        if any(c.dep_ == "advcl" and _firing_act(lex, c) for c in children(verb)):
            return True  # "four people were hit when shots were fired" (gvc36)
    if verb.dep_ not in {"advcl", "conj"} or not any(c.dep_ == "dobj" for c in children(verb)):
        return False
    if any(c.dep_ in {"nsubj", "nsubjpass"} for c in children(verb)):
        return False  # a clause of its own ("fired, and a car struck a pole")
    act = verb.head
    if act.pos_ != "VERB":
        return False
    return act.lemma_ in lex.cue["firing_verbs"] or any(
        c.dep_ == "dobj" and c.lemma_ in lex.cue["firing_nouns"] for c in children(act)
    )


def _firing_act(lex: EventWords, act: Token) -> bool:
    """ "shots were fired", "a man opened fire", "gunfire erupted", "shots rang out": a clause
    of firing a gun. (gvc36)"""
    if act.pos_ != "VERB":
        return False
    if act.lemma_ in lex.cue["firing_verbs"]:
        return True
    return any(
        (c.dep_ == "dobj" and c.lemma_ in lex.cue["firing_nouns"])
        or (c.dep_ in {"nsubj", "nsubjpass"} and c.lemma_.lower() in lex.cue["firing_subjects"])
        for c in children(act)
    )


def bullet_noun(lex: EventWords, noun: Token) -> bool:
    """A noun of what a gun fires ("a bullet", "gunfire", "a stray round"), not a portion of
    something else told by a noun of both senses ("hit by a round of layoffs", "a fresh round of
    sanctions"; but "a round of ammunition"). (gvc23)"""
    lemma = noun.lemma_.lower()
    if lemma not in lex.cue["bullet_nouns"]:
        return False
    if lemma not in lex.cue["portion_bullet_nouns"]:
        return True
    held = [
        g
        for c in children(noun)
        if c.lower_ in lex.key.genitive_preps
        for g in children(c)
        if g.dep_ == "pobj"
    ]
    return all(g.lemma_.lower() in lex.cue["ammunition_nouns"] for g in held)


def bullet_hit(lex: EventWords, verb: Token) -> bool:
    """ "was struck by gunfire", "a stray bullet hit a boy": a verb of hitting whose subject, or
    passive agent, is what a gun fires."""
    if verb.lemma_ not in lex.cue["bullet_hit_verbs"]:
        return False
    doers = [c for c in children(verb) if c.dep_ == "nsubj"]
    if not doers and verb.dep_ == "conj" and not passive_verb(verb):
        # "a bullet went through the window and hit a woman": the subject of the verb it is
        # joined to (gvc36)
        doers = [c for c in children(verb.head) if c.dep_ == "nsubj"]
    doers += [
        g for c in children(verb) if c.dep_ == "agent" for g in children(c) if g.dep_ == "pobj"
    ]
    if any(bullet_noun(lex, d) or d.lemma_.lower() in lex.cue["firing_subjects"] for d in doers):
        # (gvc36: "shots fired into a crowd hit four people")
        return True
    if _after_firing(lex, verb):
        return True
    # "a woman was struck in the leg": hit in a part of the body, by no one named; "a man was
    # hit twice", "was struck several times": hit a number of times (gvc36)
    passive = any(c.dep_ in {"auxpass", "nsubjpass"} for c in children(verb))
    return (
        passive
        and not any(c.dep_ == "agent" for c in children(verb))
        and any(
            (
                c.dep_ == "prep"
                and c.lower_ in lex.key.locative_preps
                and any(g.lemma_ in lex.cue["body_parts"] for g in children(c))
            )
            or (c.dep_ in {"advmod", "npadvmod"} and c.lower_ in lex.cue["hit_times"])
            for c in children(verb)
        )
    )
