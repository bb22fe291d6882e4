"""Fatalities and injuries of an event, from the words that report them in its sentence.

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
    doc_sents,
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


_READ: list[Any] = [None, "", {}]
"""The last sentence's regular-expression readings: its words, its text and each reading by
name. The dead and then the hurt of one sentence are counted one after the other, and each
asked its toll and whether it tells a running total: each search read the whole text again."""


def _once(lex: EventWords, text: str, name: str, read: Callable[[], Any]) -> Any:
    """`read()`, kept for the last sentence `text` (its readings depend on the text alone)."""
    if _READ[0] is not lex or _READ[1] != text:
        _READ[:] = [lex, text, {}]
    found: dict[str, Any] = _READ[2]
    if name not in found:
        found[name] = read()
    return found[name]


def _cumulative(lex: EventWords, text: str) -> bool:
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


def _deadly(lex: EventWords, verb: Token) -> bool:
    """ "shot dead", "shot to death", "fatally shot", "shot and killed"."""
    if verb.lemma_ in lex.key.gunning_verbs:
        return True  # "gunned down"
    if verb.lemma_ in lex.key.shoot_lemmas and _murder_suicide(lex, token_sent(verb)):
        return True  # "shot his stepson, 10, and himself in what police call a murder-suicide"
    for c in children(verb):
        if c.lower_ in lex.cue["deadly_markers"]:
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


def _passed(key: KeyWords, verb: Token) -> bool:
    """ "passed away": died."""
    return verb.lemma_ in key.passing_verbs and any(
        c.dep_ in {"prt", "advmod"} and c.lower_ in key.away_particles for c in children(verb)
    )


def _unrealised(lex: EventWords, verb: Token) -> bool:
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


def _cause(lex: EventWords, token: Token) -> bool:
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


def _either(lex: EventWords, token: Token) -> bool:
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
    """The lemmas `_count_for` may count a word of, but for an adjective of its own, a lasting
    harm, a headline's "dies" and "to death" or "alive" (each asked apart): its verbs, the
    verbs of shooting and of injury, and, for the dead, those `_passed` and `_death_told` read.
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


# the lemmas `_passed` and `_death_told` read besides their lists ("passed away", "committed
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


def _count_for(
    lex: EventWords, sent: Span, verbs: AbstractSet[str], adjs: AbstractSet[str]
) -> Count:
    if _cumulative(lex, span_text(sent)):
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
        if deaths and pos == "VERB" and (_to_death(lex, token) or _passed(lex.key, token)):
            hit = True  # "beaten to death", "buried alive", "passed away"
        left_harmed = not deaths and _left_harmed(lex, token)
        hit = hit or left_harmed
        if lemma in lex.shooting_verbs and pos == "VERB":
            # "shot dead", "shot to death" kill
            killed = _deadly(lex, token)
            # "was shot" alone says nothing of the outcome (the victim may have died): not counted
            hit = killed and deaths
        if lower in lex.key.dead_words and token.head.lemma_ in lex.shooting_verbs:
            continue  # "shot dead" is counted with the shooting
        if hit and lemma in lex.marked_death_verbs and deaths:
            hit = _deadly(lex, token) or any(
                c.lower_ in lex.key.alive_words for c in children(token)
            )
        if lemma in lex.injury_verbs and _mortal(lex, token):
            # "fatally wounded" kills; "the child who was injured ... has died" is a death
            hit = deaths and pos == "VERB" and _fatally(lex, token)
        told = _death_told(lex, token) if deaths else None
        if told is not None:
            hit = True
        if not hit or _unrealised(lex, token) or _cause(lex, token) or _either(lex, token):
            continue
        if told is None and any(c.dep_ == "neg" for c in children(token)):
            negated = True  # "the mother, who was not injured": no one to count
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
                negated = True
            if ok and told_again(lex, victim, counted):
                continue  # "suffered a fatal wound ... where he died": the same one death
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
            or _denied(span[0])
            or _none_of(lex, span[0])
            or _unit_name(lex, span[0])
            or span[0].dep_ == "amod"
            and span[0].head.lemma_.lower() in lex.not_people  # "a dead end"
            or span[0].pos_ in {"VERB", "AUX"}
            and _unrealised(lex, span[0])
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
        fatal = [w for w in wounds if w.lemma_ in lex.wounds and _fatal_wound(lex, w)]
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


def _fatal_wound(lex: EventWords, wound: Token) -> bool:
    return any(
        t.lower_ in lex.cue["fatal_adjectives"] and not _prefixed_away(lex, t)
        for t in wound.subtree
    )


def _prefixed_away(lex: EventWords, word: Token) -> bool:
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
    return None


def _toll(lex: EventWords, sent: Span) -> tuple[int, int] | None:
    """ "A shooting left one dead and two injured", "three people dead, four others wounded":
    (dead, hurt) told side by side as a toll, which the parse of such a list often splits
    wrongly; None when the sentence tells none, or a running total."""
    text = span_text(sent)
    found = _once(lex, text, "toll", lambda: lex.dead_and_hurt_re.search(text))
    if found is None or _cumulative(lex, text):
        return None
    dead, hurt = word_value(found["dead"]), word_value(found["hurt"])
    if dead is None or hurt is None:
        return None
    return int(dead), int(hurt)


def fatalities(lex: EventWords, sent: Span) -> Count:
    """People killed in the events of this sentence; a killer who then took their own life is
    one of them ("shot his brother and niece before killing himself" is 3, as GVA counts)."""
    toll = _toll(lex, sent)
    if toll is not None:
        return Count(toll[0])
    count = _count_for(lex, sent, lex.death_verbs, lex.death_adjectives)
    if count.value == 0 and count.lower_bound and not count.negated:
        # "several people were killed", "dozens dead": a vague group and no figure is an
        # unknown count with its lower bound kept, never 0 (docs/CODEBOOK.md section 7); the
        # ways below may still find a figure, as for the injured (gvc21)
        count = Count(None, lower_bound=True)
    suicide = lex.suicide_re.search(span_text(sent))
    if (
        count.value
        and suicide
        # "... turning the weapon on herself, but she survived": no death of her own
        and not lex.survived_re.search(span_text(sent)[suicide.end() :])
        and _killed_others(lex, sent)
        and not _suicide_counted(lex, sent)
    ):
        return Count(count.value + 1, count.lower_bound)
    turned = lex.turned_on_self_re.search(span_text(sent))
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
                if _cause(lex, token):
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
        if not count.lower_bound and any(
            t.lower_ in lex.deadly_words
            and not _cause(lex, t)
            and not _prefixed_away(lex, t)
            and not _denied(t)
            and not attempted(lex, t)
            # "assault with a deadly weapon": a charge's words, no death
            and not (t.dep_ == "amod" and t.head.lemma_ in lex.cue["charge_heads"])
            and not _unit_name(lex, t)
            for t in span_tokens(sent)
        ):
            # "a fatal shooting", "charged with homicide": someone died, we do not know how many
            return Count(1, lower_bound=True)
    return count


def _denied(word: Token) -> bool:
    """ "The shooting was not fatal", "his wounds were never deadly": the word is denied."""
    if word.dep_ in {"acomp", "attr"}:
        return any(c.dep_ == "neg" for c in children(word.head))
    return any(c.dep_ == "neg" for c in children(word))


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
        if told and any(t.dep_ in {"nsubj", "nsubjpass"} for t in told):
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
    themselves ("killed her and himself": both)."""
    others = reflexive = False
    for t in span_tokens(sent):
        reflexive_conj = t.dep_ == "conj" and t.lower_ in lex.reflexives  # "killed her and himself"
        if t.dep_ != "dobj" and not reflexive_conj:
            continue
        verb = t.head
        deadly = verb.lemma_ in lex.death_verbs or (
            verb.lemma_ in lex.shooting_verbs and (_deadly(lex, verb) or _to_death(lex, verb))
        )
        if deadly and t.lower_ in lex.reflexives:
            reflexive = True
        elif deadly:
            others = True  # "killed his wife", "fatally shot his two daughters"
    return others, reflexive


def injuries(lex: EventWords, sent: Span) -> Count:
    """People injured in the events of this sentence ("no one was hurt" gives 0, negated).

    Without an injury word, the people shot count when the sentence says someone lived ("The cyclist
    was shot in one arm and is in stable condition"; "shot" alone is as often a death told
    later): all of them ("Two men were shot, one fatally" gives 2), the article's dead being
    taken off that figure once the article is read (`consolidate.article_counts`), as the Gun
    Violence Archive counts the injured."""
    toll = _toll(lex, sent)
    if toll is not None:
        return Count(toll[1])
    if _crash_only(lex, sent):
        return Count(None)
    count = _count_for(lex, sent, lex.injury_verbs, lex.cue["injury_adjectives"])
    if count.value == 0 and count.lower_bound and not count.negated:
        # "wounding several people", "dozens of residents were hurt": a vague group and no
        # figure is an unknown count, never 0 (the record has no lower-bound field for the
        # injured); the ways below may still find a figure (fix33)
        count = Count(None, lower_bound=True)
    if count.value and _also_hurt(lex, sent):
        # "A girl was shot in the wrist, and two women were also wounded": 3
        return Count(count.value + _shot_alive(lex, sent), count.lower_bound)
    if count.value:
        # "a man was shot in the arm, and a woman was grazed": the other clause's person
        count = Count(count.value + _hit_beside(lex, sent), count.lower_bound)
    if count.value is None:
        # each way of telling the hurt starts from a word of its own list: one pass over the
        # sentence's lemmas skips the ways whose words it lacks (they would find no one)
        lemmas = set(token_words(sent.doc)[0][sent.start : sent.end])
        if not lex.key.injury_nouns.isdisjoint(lemmas):
            for token in span_tokens(sent):
                if (
                    token.lemma_ in lex.key.injury_nouns
                    and any(c.lower_ in lex.nobody for c in children(token))
                    and not _judged(token)
                ):
                    return Count(0, False, True)
        cue = lex.cue
        ways = (
            (_suffered, cue["suffering_verbs"] | cue["bullet_taking_verbs"]),
            (_wounded_with, lex.wounds),
            (_hospitalised, cue["hospital_sending_verbs"]),
            (_in_condition, cue["condition_nouns"]),
            (_in_hospital, cue["hospital_nouns"]),
            (_taken_to_care, lex.taking_verbs),
            (_treated, cue["treating_verbs"] | cue["treating_nouns"]),
            (_stated_stable, cue["stable_states"]),
            (
                _alive_at_risk,
                cue["struggling_verbs"] | cue["expecting_verbs"] | cue["recovering_verbs"],
            ),
            (_owners_of_wounds, lex.wounds),
            (_survived, cue["survivor_verbs"]),
            (_gunfire_victims, cue["victim_nouns"]),
            (_among_hurt, lex.injury_verbs | cue["injury_adjectives"]),
        )
        found = [
            (way, p) for way, words in ways if not lemmas.isdisjoint(words) for p in way(lex, sent)
        ]
        hurt = _hurt_total(lex, [p for _, p in found])
        taken = {p.i for way, p in found if way is _taken_to_care}
        if hurt and taken and all(p.i in taken for _, p in found):
            # only `_taken_to_care` tells its people apart from the dead; a sufferer of wounds
            # may be one of them ("two men suffered gunshot wounds; one died")
            return Count(hurt + _dead_beside(lex, sent))
        if hurt:
            return Count(hurt)
        # (the last ways start from a word of their own too: a shooting or hitting verb, an
        # attack's name, "shoot" itself; a sentence without one is not read for them)
        lived = (
            lex.survived_re.search(span_text(sent))
            or _partly_fatal(lex, sent)
            or (
                (
                    not lex.key.shoot_lemmas.isdisjoint(lemmas)
                    or not lemmas.isdisjoint(cue["bullet_hit_verbs"])
                )
                and _also_shot(lex, sent)
            )
            or (not lemmas.isdisjoint(cue["attack_nouns"]) and multiple_attack(lex, sent))
        )
        shot = shot_victims(lex, sent) if lived else 0
        if shot:
            return Count(shot, lower_bound=True)
        beside = _shot_beside_dead(lex, sent) if not lex.key.shoot_lemmas.isdisjoint(lemmas) else 0
        if beside:
            # "A man was killed and a boy was shot in the leg": the boy lived; the figure counts
            # the dead too, as a count of the people shot does (`consolidate.shot_survivors`
            # takes the sentence's dead off it)
            # (not where the others are named as such, "two others were shot": an injury
            # word for `consolidate.shot_survivors`, which then takes no one off, gvc22)
            return Count(beside + _dead_beside(lex, sent), lower_bound=True)
    return count


def _crash_only(lex: EventWords, sent: Span) -> bool:
    """The sentence tells a road crash and no gunfire, in an article that tells gunfire ("the
    suspect crashed his car during the chase and two people in another car were hurt"): its
    hurt were not shot, and the Gun Violence Archive counts only the shot as injured. (gvc20)"""
    lemmas = set(token_words(sent.doc)[0][sent.start : sent.end])
    if lemmas.isdisjoint(lex.cue["crash_words"]):
        return False
    cue = lex.cue
    gunfire = cue["bullet_nouns"] | cue["firing_verbs"] | lex.shooting_verbs | lex.wounds
    gunfire = gunfire - {"injury"}
    # a crash in a report of gunfire (a chase, a flight); a crash told alone keeps its hurt
    return lemmas.isdisjoint(gunfire) and not gunfire.isdisjoint(token_words(sent.doc)[0])


def _dead_beside(lex: EventWords, sent: Span) -> int:
    """The sentence's dead, where its hurt are told apart from them with no injury word ("One
    died and the other was taken to a clinic"): a figure told with no injury word is read as a
    count of the people shot, the dead in it (`consolidate.shot_survivors` takes them off), so
    the living alone would lose the dead twice."""
    if lex.injury_words_re.search(span_text(sent)):
        return 0
    return fatalities(lex, sent).value or 0


def _judged(noun: Token) -> bool:
    """ "Neither injury was life-threatening", "no injury was serious": the
    injuries are told and judged, not denied ("no injuries were reported")."""
    return noun.dep_ in {"nsubj", "nsubjpass"} and any(
        c.dep_ in {"acomp", "oprd"} for c in children(noun.head)
    )


def _also_shot(lex: EventWords, sent: Span) -> bool:
    """ "A porter was also shot", "two others were struck by bullets": someone shot besides
    the people told before, in a sentence that tells no death (the people told before may be
    the dead; these are others)."""
    if _death_in(lex, sent):
        return False
    return any(
        (t.lemma_ in lex.key.shoot_lemmas or _bullet_hit(lex, t))
        and t.pos_ == "VERB"
        and not _deadly(lex, t)
        and (
            any(c.lower_ in lex.key.additive_adverbs for c in children(t))
            # "Four other people were shot", "another man was struck by gunfire"
            or any(_new_person(lex, v) for v in victims_of(lex, t))
        )
        for t in span_tokens(sent)
    )


def added_hurt(lex: EventWords, sent: Span, *, cared: bool = True) -> int:
    """How many people the sentence tells hurt besides those told before it, when it tells no
    death: "A woman was also shot", "a customer was also struck", "Another porter was hit in the
    knee", "two other people were wounded", "a second victim was taken to a hospital". Its count
    adds to the one before rather than restating it (not "The other man was treated and
    released", nor "She was also shot in the arm": someone told before). With `cared` off only
    verbs of the harm itself count: a sentence with no event of its own may take "three other
    people" in for questioning."""
    if _death_in(lex, sent):
        return 0
    if _crash_only(lex, sent):
        return 0
    cue = lex.cue
    hurting = lex.injury_verbs | cue["bullet_hit_verbs"]
    if cared:
        hurting = hurting | lex.taking_verbs | cue["suffering_verbs"] | cue["treating_verbs"]
    counted: set[int] = set()
    total = 0
    # (the parse's kept Tokens, none made anew: perf24)
    for token in span_tokens(sent):
        if token.pos_ != "VERB" or not (
            token.lemma_ in lex.key.shoot_lemmas or token.lemma_ in hurting
        ):
            continue
        if any(c.dep_ == "neg" for c in children(token)) or _shot_at(lex, token):
            continue
        if token.lemma_ in lex.key.shoot_lemmas and _deadly(lex, token):
            continue
        adding = any(c.lower_ in cue["adding_words"] for c in children(token))
        people = victims_of(lex, token) or subjects_of(token)
        if token.lemma_ in cue["suffering_verbs"]:
            # "Another teen suffered a graze wound": the sufferer, not the wound (gvc21)
            people = subjects_of(token)
        for person in people:
            if person.i in counted or person.tag_.startswith("W") or in_dateline(person):
                continue
            if not_a_victim(lex, person) or date_part(person):
                continue
            if (
                _new_person(lex, person)
                or (adding and (_someone_else(lex, person) or _close_other(lex, person)))
                or _victims_close(lex, person)
            ):
                counted.add(person.i)
                value, _, ok = count_nominal(lex, person)
                total += value if ok else 0
    return total


def hit_in_limb(lex: EventWords, sent: Span) -> int:
    """People brought in with an indefinite article and told hit in a limb ("A porter who was
    with him was hit in the knee"), in a sentence that tells no death and no grave wound: told
    after a death, such a person is someone besides the dead (the dead told again is "he", "the
    man", or hit where a shot kills), and lived."""
    text = span_text(sent)
    if grave_outcome(lex, text):
        return 0
    if _death_in(lex, sent):
        return 0
    total = 0
    for token in span_tokens(sent):
        if token.pos_ != "VERB" or not (
            token.lemma_ in lex.key.shoot_lemmas or _bullet_hit(lex, token)
        ):
            continue
        if not _passive(token) or not _hit_in_body(lex, token) or _deadly(lex, token):
            continue
        if any(c.dep_ == "neg" for c in children(token)) or _shot_at(lex, token):
            continue
        if _unrealised(lex, token) or _cause(lex, token) or _either(lex, token):
            continue
        for person in victims_of(lex, token):
            if person.dep_ != "nsubjpass" or not_a_victim(lex, person) or in_dateline(person):
                continue
            # "a woman", or "her passenger, a man of 23": told for the first time
            told = [person, *(c for c in children(person) if c.dep_ == "appos")]
            if not any(
                c.dep_ == "det" and "Ind" in c.morph.get("Definite", [])
                for t in told
                for c in children(t)
            ):
                continue
            value, _, ok = count_nominal(lex, person)
            total += value if ok else 0
    return total


def _close_other(lex: EventWords, person: Token) -> bool:
    """ "His brother was also struck", "the porter's cousin was also hit": kin or a companion
    of someone told, hurt as well (a passive subject; "he shot her father too" is as often told
    of the dead)."""
    return (
        person.dep_ == "nsubjpass"
        and person.lower_ in lex.cue["close_people"]
        and any(c.dep_ == "poss" for c in children(person))
    )


def _victims_close(lex: EventWords, person: Token) -> bool:
    """ "The victim's brother was wounded": kin or a companion of the victim told before is
    someone besides that victim, "also" or not (not "her father", who may be the dead)."""
    return _close_other(lex, person) and any(
        c.dep_ == "poss" and c.lower_ in lex.cue["victim_nouns"] for c in children(person)
    )


def _new_person(lex: EventWords, person: Token) -> bool:
    """ "another man", "a second victim", "two others", "the second victim": people not told
    before (not "the other man", "his second victim")."""
    if not marked_other(lex, person) or any(c.dep_ == "poss" for c in children(person)):
        return False
    # "the second victim was hit": an ordinal counts one more, "the other man" one told before
    ordinal = person.lower_ not in lex.other_words and any(
        c.lower_ in lex.other_words and c.like_num for c in children(person)
    )
    definite = any(c.dep_ == "det" and c.lower_ in lex.definite for c in children(person))
    if ordinal and definite and _group_before(lex, person):
        return False  # "Two men were shot. One died. The second man was hit": one of the two
    return ordinal or not definite


def _group_before(lex: EventWords, person: Token) -> bool:
    """An earlier sentence counts two or more people shot or hurt: "the second man" after it
    is one of them, not someone new (gvc20)."""
    return any(
        shot_victims(lex, s) >= 2 or (injuries(lex, s).value or 0) >= 2
        for s in doc_sents(person.doc)
        if s.end <= token_sent(person).start
    )


def _shot_beside_dead(lex: EventWords, sent: Span) -> int:
    """The people shot in a clause of their own that tells no death, in a sentence that tells
    the death of others ("A clerk was shot and killed, and her friend was shot in the arm"):
    they lived. Not the dead themselves ("a man who was shot on Sunday has died", "died after
    being shot", "was shot and later pronounced dead")."""
    dying = lex.death_verbs | lex.dying_verbs
    dead: set[int] = set()
    for token in span_tokens(sent):
        if token.pos_ == "VERB" and (
            token.lemma_ in dying or token.lemma_ in lex.shooting_verbs and _deadly(lex, token)
        ):
            dead.update(v.i for v in victims_of(lex, token))
    if not dead:
        return 0
    total = 0
    for token in span_tokens(sent):
        if token.lemma_ not in lex.key.shoot_lemmas or token.pos_ != "VERB" or _deadly(lex, token):
            continue
        if _under_death(dying, token) or token.dep_ in {"relcl", "acl"}:
            continue  # "died after being shot", "the man who was shot ... died"
        if any(
            token.i in range(d.left_edge.i, d.right_edge.i + 1)
            for d in span_tokens(sent)
            if d.i in dead
        ):
            continue  # "a toddler who was hurt after shooting himself has died": the dead one
        if not (_passive(token) or _hit_in_body(lex, token)):
            continue  # "shot his two daughters" beside a death: which of them lived is not told
        if any(
            c.dep_ == "conj"
            and (c.lemma_ in dying or any(g.lower_ in lex.death_adjectives for g in children(c)))
            and not any(g.dep_ in {"nsubj", "nsubjpass"} for g in children(c))
            for c in children(token)
        ):
            continue  # "was shot and died" (not "a deputy was shot and the suspect was killed")
        if _unrealised(lex, token) or _cause(lex, token) or _either(lex, token):
            continue
        if any(c.dep_ == "neg" for c in children(token)) or _shot_at(lex, token):
            continue
        for victim in victims_of(lex, token):
            if victim.i in dead or victim.tag_.startswith("W") or in_dateline(victim):
                continue
            if victim.lower_ in lex.reflexives:
                continue  # "died after shooting himself": the dead one
            if date_part(victim) or not_a_victim(lex, victim):
                continue
            value, _, ok = count_nominal(lex, victim)
            total += value if ok else 0
    return total


def _also_hurt(lex: EventWords, sent: Span) -> bool:
    """An injury verb with "also", or of people told apart ("A woman was shot in the arm and two
    others were hurt", "a third was hurt"): others besides the people shot were hurt."""
    return any(
        t.lemma_ in lex.injury_verbs
        and (
            any(c.lower_ in lex.key.additive_adverbs for c in children(t))
            or any(_new_person(lex, v) for v in victims_of(lex, t))
        )
        for t in span_tokens(sent)
    )


def _hit_beside(lex: EventWords, sent: Span) -> int:
    """ "A man was shot in the arm, and a woman was grazed", "a man was grazed by a bullet and
    another was hit in the foot": a clause of shooting or hitting coordinated with the clause of
    a wound counted, its own person hit in a part of the body, in a sentence that tells no death
    and no grave wound, is one more hurt (gvc21)."""
    if grave_outcome(lex, span_text(sent)):
        return 0
    total = 0
    for token in span_tokens(sent):
        if token.pos_ != "VERB" or token.lemma_ in lex.injury_verbs:
            continue
        if not (token.lemma_ in lex.shooting_verbs or _bullet_hit(lex, token)):
            continue
        if not _passive(token) or not _hit_in_body(lex, token) or _deadly(lex, token):
            continue
        if any(c.dep_ == "neg" for c in children(token)) or _unrealised(lex, token):
            continue
        beside = [token.head] if token.dep_ == "conj" else []
        beside += [c for c in children(token) if c.dep_ == "conj"]
        if not any(
            v.lemma_ in lex.injury_verbs and any(c.dep_ == "nsubjpass" for c in children(v))
            for v in beside
        ):
            continue  # (a clause of its own: not "was shot in the leg and was hospitalized")
        for person in children(token):
            if person.dep_ == "nsubjpass" and not not_a_victim(lex, person):
                value, _, ok = count_nominal(lex, person)
                total += value if ok else 0
    return total


def _shot_alive(lex: EventWords, sent: Span) -> int:
    """The people shot in clauses that tell no death ("A girl was shot in the wrist")."""
    total = 0
    for token in span_tokens(sent):
        if token.lemma_ not in lex.key.shoot_lemmas or token.pos_ != "VERB" or _deadly(lex, token):
            continue
        if any(
            c.dep_ == "conj"
            and (
                c.lemma_ in lex.death_verbs
                or c.lemma_ in lex.injury_verbs
                and not any(g.dep_ in {"nsubj", "nsubjpass"} for g in children(c))
            )
            for c in children(token)
        ):
            continue  # "was shot and killed"; "shot and wounded" is counted by its wounding
        if any(c.dep_ == "neg" for c in children(token)) or _shot_at(lex, token):
            continue
        for victim in victims_of(lex, token):
            value, _, ok = count_nominal(lex, victim)
            total += value if ok and not victim.tag_.startswith("W") else 0
    return total


def _suffered(lex: EventWords, sent: Span) -> list[Token]:
    """ "A girl suffered minor injuries", "the driver sustained a gunshot
    wound in his thigh": the subjects of suffering a wound that did not kill."""
    people: list[Token] = []
    for token in span_tokens(sent):
        if token.pos_ != "VERB":
            continue
        if token.lemma_ in lex.cue["bullet_taking_verbs"]:
            # "took a bullet to the shoulder", "caught a stray bullet": the taker is hit (gvc22)
            if any(
                c.dep_ == "dobj" and bullet_noun(lex, c) for c in children(token)
            ) and not _then_died(lex, token):
                people.extend(c for c in subjects_of(token) if not in_dateline(c))
            continue
        if token.lemma_ not in lex.cue["suffering_verbs"]:
            continue
        wounds = [c for c in children(token) if c.dep_ == "dobj" and c.lemma_ in lex.wounds] + [
            g
            for c in children(token)
            if c.lower_ in lex.key.source_preps
            for g in children(c)
            if g.lemma_ in lex.wounds
        ]
        if not wounds or any(
            t.lower_ in lex.deadly_words | lex.cue["deadly_synonyms"] and not _prefixed_away(lex, t)
            for w in wounds
            for t in w.subtree
        ):
            continue
        if _then_died(lex, token):
            continue  # "suffered a gunshot wound and was pronounced dead"
        subjects = subjects_of(token)
        if not subjects and token.dep_ in {"advcl", "xcomp"} and token.tag_ == "VBG":
            # "showed up at a clinic suffering from a wound", "were found suffering from wounds"
            subjects = subjects_of(token.head)
        people.extend(c for c in subjects if not in_dateline(c))
    return people


def _then_died(lex: EventWords, verb: Token) -> bool:
    """A verb coordinated with it, of the same subject, tells a death ("suffered a wound and
    died", "sustained wounds and was pronounced dead")."""
    dying = lex.death_verbs | lex.dying_verbs
    return any(
        c.dep_ == "conj"
        and not any(g.dep_ in {"nsubj", "nsubjpass"} for g in children(c))
        and (
            c.lemma_ in dying
            or _passed(lex.key, c)
            or any(g.lower_ in lex.death_adjectives for g in children(c))
        )
        for c in children(verb)
    )


def _wounded_with(lex: EventWords, sent: Span) -> list[Token]:
    """ "found two victims with gunshot wounds", "was taken to a hospital with minor injuries",
    "Two men are recovering from bullet wounds": the people with a wound that did not
    kill them (not "found dead with a bullet wound")."""
    owners: dict[int, Token] = {}
    for token in span_tokens(sent):
        if token.lemma_ not in lex.wounds or token.pos_ != "NOUN" or _fatal_wound(lex, token):
            continue
        prep = _wound_prep(lex, token)
        if prep is None:
            continue
        owner = prep.head
        if prep.lower_ in lex.cue["treatment_preps"]:
            continue  # "treated for injuries": `_treated`'s
        while (
            owner.dep_ == "pobj"
            and owner.head.head.i != owner.head.i
            and owner.head.lower_ not in lex.cue["finding_preps"]  # "came upon two men with"
        ):
            owner = owner.head.head  # "taken to a hospital with injuries": who was taken
        if prep.lower_ in lex.key.source_preps and owner.lemma_ not in lex.cue["recovering_verbs"]:
            continue
        people = [owner] if owner.pos_ in {"NOUN", "PROPN", "NUM"} else _people_of(lex, owner)
        for person in people:
            if not _died(lex, person) and not in_dateline(person):
                owners[person.i] = person
    return list(owners.values())


def _partly_fatal(lex: EventWords, sent: Span) -> bool:
    """ "Five people were shot, one fatally", "two men were shot and one of them died": a
    share of the people shot died, so the others lived (the dead are taken off the people shot
    by `consolidate.shot_survivors`)."""
    lowers = token_words(sent.doc)[2][sent.start : sent.end]
    return (
        partitive_death(lex, sent)
        or _named_victim_died(lex, sent)
        or (
            # (a word of the list first, read from the parse's tuples: most sentences have none)
            not lex.cue["fatal_adverbs"].isdisjoint(lowers)
            and any(
                t.lower_ in lex.cue["fatal_adverbs"]
                and (t.head.like_num or t.head.lower_ in lex.nobody)
                and _share_of_shot(lex, t.head)
                for t in span_tokens(sent)
            )
        )
    )


def _named_victim_died(lex: EventWords, sent: Span) -> bool:
    """ "shot a clerk and a customer; the clerk died": a death told of one of several people a
    shooting verb before it named, by the same noun with a definite article (gvc23)."""
    dying = lex.death_verbs | lex.dying_verbs
    lemmas = token_words(sent.doc)[0][sent.start : sent.end]
    if dying.isdisjoint(lemmas):
        return False
    for token in span_tokens(sent):
        if token.lemma_ not in dying or token.pos_ != "VERB":
            continue
        for subject in subjects_of(token):
            if subject.pos_ != "NOUN" or not any(
                c.dep_ == "det" and "Def" in c.morph.get("Definite", []) for c in children(subject)
            ):
                continue
            for verb in span_tokens(sent):
                if verb.i >= subject.i or verb.lemma_ not in lex.shooting_verbs:
                    continue
                for victim in victims_of(lex, verb):
                    value, _, ok = count_nominal(lex, victim)
                    named = [victim, *victim.conjuncts]
                    if ok and value > 1 and any(v.lemma_ == subject.lemma_ for v in named):
                        return True
    return False


def _share_of_shot(lex: EventWords, number: Token) -> bool:
    """The number of a share of the people a shooting verb is about: "shot, two fatally", or,
    set beside them, "Three people were shot, one of them fatally"."""
    head = number.head
    if number.dep_ == "appos" and head.head.i != head.i:
        head = head.head
    if head.lemma_ in lex.shooting_verbs:
        return True
    # "... were shot late Saturday on Birch Row, one fatally", the share hung on the place
    verb = clause_verb(number, CLAUSE_REACH) if number.dep_ == "appos" else None
    return verb is not None and verb.lemma_ in lex.shooting_verbs


CLAUSE_REACH = 8
"""How many heads up a word's clause verb may lie (a share hung on a place: "shot on Birch
Row, one fatally")."""


def partitive_death(lex: EventWords, sent: Span) -> bool:
    """ "One of them died", "one of the victims was pronounced dead", "shot two men, killing
    one of them": a death told as a share of people already counted."""
    dying = lex.death_verbs | lex.dying_verbs
    lemmas, _, lowers = token_words(sent.doc)  # (no Token made for the other words)
    tokens = doc_tokens(sent.doc)
    for i in range(sent.start, sent.end):
        if lemmas[i] not in dying and lowers[i] not in lex.key.dead_words:
            continue
        token = tokens[i]
        verb = token.head if token.lower_ in lex.key.dead_words else token
        # "one of them died", or "shot two men, killing one of them"
        objects = [c for c in children(verb) if c.dep_ == "dobj"] if verb.tag_ == "VBG" else []
        for subject in [*subjects_of(verb), *objects]:
            if subject.like_num and any(
                c.dep_ == "prep"
                and c.lower_ in lex.key.genitive_preps
                and any(g.dep_ == "pobj" for g in children(c))
                for c in children(subject)
            ):
                return True
            bare = subject.like_num and subject.pos_ in {"NUM", "PRON"} and not subject.n_lefts
            if bare and subject.dep_ == "dobj" and _shot_before(lex, verb):
                return True  # "shot four people, killing one"
            if (
                bare
                and subject.dep_ == "nsubj"
                and any(
                    t.i < subject.i and t.lemma_ in lex.shooting_verbs and t.pos_ == "VERB"
                    for t in sent
                )
            ):
                return True  # "Two people were shot; one died": the one of the people shot
    return False


def partitive_hurt(lex: EventWords, sent: Span, *, grave: bool = False) -> bool:
    """ "Two of them are listed in fair condition", "one should survive": the living told as
    a share of people counted before, in a sentence that tells no death (the people shot
    before it all lived, as far as the sentence tells). With `grave`, a share in a condition
    that may yet kill counts too ("Four were shot. One is in critical condition.": alive)."""
    if _death_in(lex, sent):
        return False
    people = (
        _in_condition(lex, sent, grave=grave) + _alive_at_risk(lex, sent) + _in_hospital(lex, sent)
    )
    return any(
        p.like_num
        and (
            any(
                c.dep_ == "prep"
                and c.lower_ in lex.key.genitive_preps
                and any(g.dep_ == "pobj" for g in children(c))
                for c in children(p)
            )
            or p.pos_ in {"NUM", "PRON"}
            and not p.n_lefts
        )
        for p in people
    )


def _shot_before(lex: EventWords, verb: Token) -> bool:
    """The -ing clause tells what came of shooting a number of people ("shot four people,
    killing one")."""
    head = verb.head
    return (
        verb.dep_ in {"advcl", "conj"}
        and head.lemma_ in lex.shooting_verbs
        and head.pos_ == "VERB"
        and any(c.dep_ == "dobj" for c in children(head))
    )


def _in_condition(lex: EventWords, sent: Span, *, grave: bool = False) -> list[Token]:
    """ "He is in stable condition", "two remain in critical condition", "leaving the boy in
    serious condition": people whose condition after the event is told, alive and hurt (a
    condition that may yet kill only with `grave`)."""
    hurt: list[Token] = []
    told = lex.cue["condition_adjectives"]
    if grave:
        told = told | lex.cue["grave_conditions"]
    for token in span_tokens(sent):
        if token.lemma_ not in lex.cue["condition_nouns"] or token.dep_ != "pobj":
            continue
        if not any(c.lower_ in told for c in children(token)):
            continue
        prep, verb = token.head, token.head.head
        if (
            verb.dep_ == "pobj"
            and verb.lemma_.lower() in lex.cue["hospital_nouns"]
            and not _death_in(lex, sent)
        ):
            # "both were taken to a hospital in stable condition", hung on the place (beside a
            # death, the people taken are `_taken_to_care`'s, told apart from the dead)
            verb = verb.head.head
        if prep.lower_ not in lex.cue["condition_preps"]:
            continue
        if verb.dep_ == "dobj" and verb.head.pos_ == "VERB":
            # "left a man in stable condition": the phrase hangs on the person left so
            people = [verb]
        elif verb.pos_ in {"VERB", "AUX"}:
            people = [c for c in children(verb) if c.dep_ == "dobj"] or subjects_of(verb)
        else:
            continue
        hurt.extend(
            p for p in people if not (_died(lex, p) or in_dateline(p) or not_a_victim(lex, p))
        )
    return hurt


def _death_in(lex: EventWords, sent: Span) -> bool:
    """The sentence tells a death ("died", "dead")."""
    dying = lex.death_verbs | lex.dying_verbs
    # (the sentence's words read from the parse's kept ones, no Token made: perf23)
    lemmas, _, lowers = token_words(sent.doc)
    return not dying.isdisjoint(lemmas[sent.start : sent.end]) or not (
        lex.death_adjectives.isdisjoint(lowers[sent.start : sent.end])
    )


def _in_hospital(lex: EventWords, sent: Span) -> list[Token]:
    """ "Another is in the hospital", "she remains in hospital": people told to be in a
    hospital after the event, alive and hurt (not "died in the hospital")."""
    hurt: list[Token] = []
    for token in span_tokens(sent):  # (the parse's kept Tokens: perf24)
        if token.lemma_.lower() not in lex.cue["hospital_nouns"] or token.dep_ != "pobj":
            continue
        prep, verb = token.head, token.head.head
        if prep.lower_ not in lex.cue["condition_preps"] or prep.dep_ != "prep":
            continue
        if verb.lemma_ not in lex.cue["staying_verbs"] or verb.pos_ not in {"VERB", "AUX"}:
            continue
        hurt.extend(
            p
            for p in subjects_of(verb)
            if not (_died(lex, p) or in_dateline(p) or not_a_victim(lex, p))
        )
    return hurt


def _wound_prep(lex: EventWords, wound: Token) -> Token | None:
    """The preposition that gives someone the wound: "with injuries", and "with what police
    called minor injuries" (the wound in a clause of the preposition's own)."""
    if wound.dep_ == "pobj" and wound.head.lower_ in lex.cue["wound_preps"]:
        return wound.head
    if wound.dep_ not in {"oprd", "pobj", "dobj"}:
        return None
    node = wound.head
    for _ in range(3):
        if node.dep_ == "pcomp" and node.head.lower_ in lex.cue["wound_preps"]:
            return node.head
        if node.head.i == node.i:
            return None
        node = node.head
    return None


def _people_of(lex: EventWords, verb: Token) -> list[Token]:
    """Who a verb is about: "were taken", "found two victims", "are recovering" (not "was
    charged with negligent injury")."""
    if (
        verb.pos_ not in {"VERB", "AUX"}
        or verb.lemma_ in lex.death_verbs | lex.dying_verbs | lex.charging
    ):
        return []
    if any(c.lower_ in lex.death_adjectives for c in children(verb)):
        return []  # "found dead with a bullet wound"
    return victims_of(lex, verb) or subjects_of(verb)


def _died(lex: EventWords, person: Token) -> bool:
    """ "A man with a gunshot wound died", "the dead man with wounds"."""
    head = person.head
    lifeless = lex.cue["lifeless_adjectives"]
    if any(c.lower_ in lifeless for c in children(head) if c.dep_ == "oprd"):
        return True  # "found the teen unresponsive with a gunshot wound"
    dying = lex.death_verbs | lex.dying_verbs
    return any(
        c.lower_ in lex.death_adjectives or c.lower_ in lifeless for c in children(person)
    ) or (
        person.dep_ in {"nsubj", "nsubjpass"}
        and (
            head.lemma_ in dying
            # "he was in stable condition but died": a verb of his own after the copula (gvc22)
            or any(
                c.dep_ == "conj"
                and c.lemma_ in dying
                and not any(g.dep_ in {"nsubj", "nsubjpass"} for g in children(c))
                for c in children(head)
            )
        )
    )


def _hospitalised(lex: EventWords, sent: Span) -> list[Token]:
    """ "a shooting that sent four people to the hospital", "put 4 people in the hospital":
    people sent to a hospital by the event."""
    people: list[Token] = []
    for token in span_tokens(sent):
        if token.lemma_ not in lex.cue["hospital_sending_verbs"] or token.pos_ != "VERB":
            continue
        places = [
            g for c in children(token) if c.lower_ in lex.cue["hospital_preps"] for g in children(c)
        ]
        if not any(p.lemma_.lower() in lex.cue["hospital_nouns"] for p in places):
            continue
        people.extend(c for c in children(token) if c.dep_ == "dobj")
    return people


def _hurt_total(lex: EventWords, people: list[Token]) -> int:
    """How many people the ways of telling the hurt name together ("one woman is in serious
    condition and three others were treated for minor injuries" is 4): each phrase once, and a
    later phrase that names no one new ("the two men were taken to a hospital, where both are
    in stable condition": "both", "they", "the man") not again."""
    total = 0
    seen: set[int] = set()
    for person in sorted(people, key=lambda t: t.i):
        if person.i in seen:
            continue
        if seen and not _someone_else(lex, person):
            continue
        seen.add(person.i)
        value, _, ok = count_nominal(lex, person)
        if not ok and person.tag_ == "PRP$" and "Sing" in person.morph.get("Number", []):
            value, ok = 1, True  # "his injuries": one person
        total += value if ok else 0
    return total


def _someone_else(lex: EventWords, person: Token) -> bool:
    """A phrase that names people not named before in its sentence: "three others", "a second
    man", "two women"; not a pronoun, "both" or "the man"."""
    if marked_other(lex, person):
        return True
    if person.lower_ in lex.person_pronouns | lex.group_pronouns | lex.anaphors:
        return False
    if person.tag_ in {"PRP", "PRP$"}:
        return False  # "his injuries" after "he was taken to a clinic"
    return not any(
        c.dep_ in {"det", "poss", "predet"} and c.lower_ in lex.definite | lex.group_pronouns
        for c in children(person)
    ) and not any(c.dep_ == "poss" for c in children(person))


def taken_to_hospital(lex: EventWords, sent: Span) -> int:
    """The people the sentence says were taken to a hospital, the dead not among them ("Two men
    were taken to a clinic after a shooting"): in an article that tells no death, the hurt, as
    the people shot are (`coder._shot_and_lived`). (gvc20)"""
    return _hurt_total(lex, _taken_to_care(lex, sent, apart=False))


def _taken_to_care(lex: EventWords, sent: Span, *, apart: bool = True) -> list[Token]:
    """ "One man died and two others were carried to a clinic", "a second victim was rushed to
    a clinic": people taken to care, told apart from the dead (not "flown to a clinic where she
    later died"). Taken there alone says nothing of the outcome: "The victim was flown to a
    clinic" may be the one the article reports dead, so it counts as the people shot do
    (`coder._shot_and_lived`), not here."""
    people: list[Token] = []
    dying = lex.death_verbs | lex.dying_verbs
    dead_told = _death_in(lex, sent)
    for token in span_tokens(sent):
        if token.lemma_ not in lex.taking_verbs or token.pos_ != "VERB":
            continue
        if not any(c.dep_ in {"auxpass", "nsubjpass"} for c in children(token)):
            continue  # "a friend drove him to a hospital" is told by his own verb, if at all
        places = [
            g for c in children(token) if c.lower_ in lex.cue["hospital_preps"] for g in children(c)
        ]
        if not any(p.lemma_.lower() in lex.cue["hospital_nouns"] for p in places):
            continue
        if any(
            t.lemma_ in dying or t.lower_ in lex.death_adjectives or _passed(lex.key, t)
            for t in token.subtree
        ):
            continue
        people.extend(
            p
            for p in victims_of(lex, token)
            if not (_died(lex, p) or in_dateline(p) or not_a_victim(lex, p))
            and p.tag_ not in {"WP", "WDT"}
            and (dead_told or marked_other(lex, p) or not apart)
        )
    return people


def marked_other(lex: EventWords, person: Token) -> bool:
    """ "two others", "another man", "a second victim": people told apart from those before."""
    return person.lower_ in lex.other_words or any(
        c.lower_ in lex.other_words for c in children(person)
    )


def _treated(lex: EventWords, sent: Span) -> list[Token]:
    """ "The other man was treated for a graze", "medics treated two people for gunshot
    wounds", "two were treated and released", "both are being treated at a hospital": the
    people treated for a wound."""
    people: list[Token] = []
    for token in span_tokens(sent):
        if (
            token.lemma_ in lex.cue["treating_nouns"]
            and token.dep_ == "dobj"
            and any(
                c.lower_ in lex.cue["treatment_preps"]
                and any(g.lemma_ in lex.wounds for g in children(c))
                for c in children(token)
            )
        ):
            # "received treatment for a gunshot wound": the one who received it (gvc36)
            people.extend(p for p in _people_of(lex, token.head) if not in_dateline(p))
            continue
        if token.lemma_ not in lex.cue["treating_verbs"] or token.pos_ != "VERB":
            continue
        # "treated a man for a wound", the phrase hung on the verb or on the person (gvc36)
        held = [
            *children(token),
            *(g for c in children(token) if c.dep_ == "dobj" for g in children(c)),
        ]
        for_wound = any(
            c.lower_ in lex.cue["treatment_preps"]
            and any(g.lemma_ in lex.wounds for g in children(c))
            for c in held
        )
        released = any(
            c.dep_ == "conj" and c.lemma_ in lex.cue["discharge_verbs"] for c in children(token)
        )
        # "both are being treated at a hospital": alive and in care
        in_care = any(
            c.lower_ in lex.cue["care_place_preps"]
            and any(g.lemma_.lower() in lex.cue["hospital_nouns"] for g in children(c))
            for c in children(token)
        ) and not _then_died(lex, token)
        if for_wound or released or in_care:
            people.extend(p for p in _people_of(lex, token) if not in_dateline(p))
    return people


def _owners_of_wounds(lex: EventWords, sent: Span) -> list[Token]:
    """ "Her wounds are not thought to be grave", "the victim's wounds were considered minor":
    the people whose wounds are told of, when the wounds did not kill ("his injuries proved
    fatal") and may not yet ("his wounds are critical": as `coder._shot_and_lived`)."""
    people: list[Token] = []
    for token in span_tokens(sent):
        if token.lemma_ not in lex.wounds or token.dep_ not in {"nsubj", "nsubjpass"}:
            continue
        told = token.head
        outcome = [c for c in children(told) if c.dep_ in {"acomp", "oprd", "attr"}]
        # "are not life-threatening", "neither wound is life-threatening"
        negated = any(c.dep_ == "neg" for c in children(told)) or any(
            c.dep_ == "det" and c.lower_ in lex.nobody for c in children(token)
        )
        if not negated and any(grave_outcome(lex, _text_of(o)) for o in outcome):
            continue
        if _fatal_wound(lex, token) or any(
            t.lower_ in lex.deadly_words | lex.cue["deadly_synonyms"] | lex.death_adjectives
            and not _prefixed_away(lex, t)
            for o in outcome
            for t in o.subtree
        ):
            continue
        people.extend(
            c
            for c in children(token)
            if c.dep_ == "poss" and not (in_dateline(c) or not_a_victim(lex, c) or _died(lex, c))
        )
    return people


def _among_hurt(lex: EventWords, sent: Span) -> list[Token]:
    """ "Among the injured was a teen", "among those wounded were a girl and her uncle", "the
    injured included two teens": the people named members of the group of the hurt."""
    people: list[Token] = []
    for token in span_tokens(sent):
        hurt = token.lower_ in lex.cue["injury_adjectives"] or token.lemma_ in lex.injury_verbs
        if not hurt or token.dep_ == "amod":
            continue
        group = token.head if token.dep_ == "acl" else token  # "those injured"
        if group.dep_ == "pobj" and group.head.lower_ in lex.cue["member_preps"]:
            verb, roles = group.head.head, {"nsubj", "nsubjpass", "attr"}
        elif group.dep_ == "nsubj" and group.head.lemma_ in lex.cue["including_verbs"]:
            verb, roles = group.head, {"dobj"}
        else:
            continue
        if verb.pos_ not in {"VERB", "AUX"} or any(c.dep_ == "neg" for c in children(verb)):
            continue
        people.extend(
            c
            for c in children(verb)
            if c.dep_ in roles and c.i != group.i and not (in_dateline(c) or not_a_victim(lex, c))
        )
    return people


def _text_of(token: Token) -> str:
    """The text of a token's phrase."""
    doc = token.doc
    return doc[token.left_edge.i : token.right_edge.i + 1].text


def _alive_at_risk(lex: EventWords, sent: Span) -> list[Token]:
    """ "A teen is fighting for his life", "the victim is expected to survive", "a teen is
    recovering": a hurt person told alive (not "is not expected to survive")."""
    people: list[Token] = []
    for token in span_tokens(sent):
        if token.pos_ != "VERB" or any(c.dep_ == "neg" for c in children(token)):
            continue
        if token.lemma_ in lex.cue["struggling_verbs"]:
            struggling = any(
                c.lower_ in lex.cue["struggle_preps"]
                and any(g.lemma_ in lex.cue["life_nouns"] for g in children(c))
                for c in children(token)
            )
        elif token.lemma_ in lex.cue["recovering_verbs"] and token.tag_ == "VBG":
            # "a 19-year-old is recovering", "both are recovering at home" (not "recovering a
            # gun", "recovering from surgery" told of no wound is still a hurt person)
            struggling = any(c.dep_ in {"aux", "auxpass"} for c in children(token)) and not any(
                c.dep_ in {"dobj", "attr"} for c in children(token)
            )
        elif token.lemma_ in lex.cue["expecting_verbs"]:
            struggling = any(
                c.dep_ == "xcomp"
                and c.lemma_ in lex.cue["expected_outcomes"]
                and not any(g.dep_ == "neg" for g in children(c))
                for c in children(token)
            )
        else:
            continue
        if struggling:
            people.extend(
                p for p in subjects_of(token) if not (in_dateline(p) or not_a_victim(lex, p))
            )
    return people


def _stated_stable(lex: EventWords, sent: Span) -> list[Token]:
    """ "He was shot in the hip and is stable", "the teen remains stable": a person told in a
    state that lives, with no "condition" said (`_in_condition` reads "in stable condition").
    (gvc36)"""
    if _death_in(lex, sent):
        return []
    people: list[Token] = []
    for token in span_tokens(sent):
        if token.lower_ not in lex.cue["stable_states"] or token.dep_ != "acomp":
            continue
        verb = token.head
        if verb.lemma_ not in lex.cue["staying_verbs"] or any(
            c.dep_ == "neg" for c in children(verb)
        ):
            continue
        people.extend(
            p
            for p in subjects_of(verb)
            if not (in_dateline(p) or not_a_victim(lex, p)) and p.pos_ in {"NOUN", "PRON", "NUM"}
        )
    return people


def _survived(lex: EventWords, sent: Span) -> list[Token]:
    """ "One died and two survived", "three were shot, two of whom survived": the subjects of a
    told survival are the living (not "did not survive", nor "is expected to survive", read by
    `_alive_at_risk`). (gvc20)"""
    people: list[Token] = []
    wounded = not lex.wounds.isdisjoint(token_words(sent.doc)[0][sent.start : sent.end])
    for token in span_tokens(sent):
        if token.lemma_ not in lex.cue["survivor_verbs"] or token.pos_ != "VERB":
            continue
        if token.dep_ == "xcomp" or any(
            c.dep_ in {"neg", "aux", "auxpass", "agent"} for c in children(token)
        ):
            continue  # (not "is survived by his mother": the dead, and their kin)
        # a share of the people shot ("two", "both", "two of whom") or one told before ("she
        # survived"), or anyone who survived with a wound told; not a named person who "survived
        # the rampage" (unhurt, as far as told)
        shot = _survived_shot(lex, token)
        subjects = subjects_of(token)
        if token.dep_ == "relcl":
            # "a teen who survived a shooting": the person the clause is about
            subjects = [token.head if p.tag_ in {"WP", "WDT"} else p for p in subjects]
        people.extend(
            p
            for p in subjects
            if (
                wounded
                or shot
                or p.like_num
                or p.lower_ in lex.group_pronouns | lex.anaphors
                # "the second victim survived": a victim of the shooting told (gvc36)
                or p.lemma_ in lex.cue["victim_nouns"]
            )
            and not (in_dateline(p) or not_a_victim(lex, p))
        )
    return people


def _survived_shot(lex: EventWords, survive: Token) -> bool:
    """ "survived being shot", "survived a shooting": the survivor of a shooting was hit, unless
    the sentence says they were not ("survived the shooting unhurt", "the bullets missed him").
    (gvc22)"""
    sent = survive.sent
    if any(
        t.lower_ in lex.cue["unhurt_words"] or t.lemma_ in lex.cue["unhurt_words"] for t in sent
    ):
        return False
    return any(
        (
            c.dep_ == "dobj"
            and c.lemma_ in lex.cue["attack_nouns"]
            and c.lemma_ not in lex.cue["victim_nouns"]
        )
        or (
            c.dep_ == "xcomp"
            and (c.lemma_ in lex.shooting_verbs or c.lemma_ in lex.cue["bullet_hit_verbs"])
        )
        for c in children(survive)
    )


def _gunfire_victims(lex: EventWords, sent: Span) -> list[Token]:
    """ "A gunshot victim was found near a bus stop", "two shooting victims arrived at a
    clinic": a victim named by the gunfire, new to the text (not "the shooting victim", told
    again), in a sentence that tells no death, is alive and hurt. (gvc22)"""
    if _death_in(lex, sent):
        return []
    kinds = (lex.cue["bullet_nouns"] | lex.cue["attack_nouns"]) - lex.cue["victim_nouns"]
    return [
        token
        for token in span_tokens(sent)
        if token.lemma_ in lex.cue["victim_nouns"]
        and token.pos_ == "NOUN"
        and any(c.dep_ == "compound" and c.lemma_ in kinds for c in children(token))
        and _someone_else(lex, token)
        and not (_died(lex, token) or in_dateline(token))
    ]


_SHOT: list[Any] = [None, None, {}]
"""The last parse's `shot_victims` answers by span (its lexicon, its Doc, counts by start and
end): the coder asks them of an article's sentences once per counted event (perf29)."""


def shot_victims(lex: EventWords, sent: Span) -> int:
    """People the sentence says were shot, whatever became of them ("a teen was shot in the
    face", "shot two men"); not "shot at" (missed), and 0 in a count over a period. Read once
    per span and parse."""
    if _SHOT[0] is not lex or _SHOT[1] is not sent.doc:
        _SHOT[:] = [lex, sent.doc, {}]
    known: dict[tuple[int, int], int] = _SHOT[2]
    key = (sent.start, sent.end)
    if key not in known:
        known[key] = _read_shot_victims(lex, sent)
    return known[key]


def _read_shot_victims(lex: EventWords, sent: Span) -> int:
    if _cumulative(lex, span_text(sent)):
        return 0
    total = 0
    counted: list[tuple[Token, int]] = []
    lemmas, poses, _ = token_words(sent.doc)
    tokens = doc_tokens(sent.doc)
    hitting = lex.cue["bullet_hit_verbs"]
    for i in range(sent.start, sent.end):
        # (a verb of shooting or hitting read from the parse's words, no Token made for the
        # others: `_bullet_hit` reads no other verb)
        if poses[i] != "VERB" or not (lemmas[i] in lex.key.shoot_lemmas or lemmas[i] in hitting):
            continue
        token = tokens[i]
        if not (lemmas[i] in lex.key.shoot_lemmas or _bullet_hit(lex, token)):
            continue
        if _unrealised(lex, token) or _cause(lex, token) or _either(lex, token):
            continue
        if any(c.dep_ == "neg" for c in children(token)) or _shot_at(lex, token):
            continue
        for victim in victims_of(lex, token):
            if victim.tag_ in {"WP", "WDT"} or date_part(victim) or in_dateline(victim):
                continue
            if victim.lemma_.lower() in lex.not_people:
                continue  # "were shot Saturday, the city's second shooting this week" (gvc36)
            value, _, ok = count_nominal(lex, victim)
            if ok and _retold_later(lex, victim, counted):
                continue  # "A man was shot. Police say the man was shot in a dispute": one
            if ok:
                counted.append((victim, value))
            total += value if ok else 0
    return max(total, multiple_attack(lex, sent))


def _retold_later(lex: EventWords, victim: Token, counted: list[tuple[Token, int]]) -> bool:
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


def _under_death(dying: AbstractSet[str], verb: Token) -> bool:
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


def _passive(verb: Token) -> bool:
    """ "was shot": the verb is passive."""
    return any(c.dep_ in {"auxpass", "nsubjpass"} for c in children(verb))


def _hit_in_body(lex: EventWords, verb: Token) -> bool:
    """ "shot him in the arm": the verb names where the body was hit."""
    return any(
        c.dep_ == "prep"
        and c.lower_ in lex.key.locative_preps
        and any(g.lemma_ in lex.cue["body_parts"] for g in children(c))
        for c in children(verb)
    )


def _shot_at(lex: EventWords, verb: Token) -> bool:
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


def _bullet_hit(lex: EventWords, verb: Token) -> bool:
    """ "was struck by gunfire", "a stray bullet hit a boy": a verb of hitting whose subject, or
    passive agent, is what a gun fires."""
    if verb.lemma_ not in lex.cue["bullet_hit_verbs"]:
        return False
    doers = [c for c in children(verb) if c.dep_ == "nsubj"]
    if not doers and verb.dep_ == "conj" and not _passive(verb):
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
