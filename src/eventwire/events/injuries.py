"""The injured of a sentence's event, and who among those shot lived or died.

Split out of `casualties.py` (which reads the dead, and the counts and wounds both readings use):
how many a sentence tells hurt ("two others were wounded", "taken to a hospital", "in stable
condition", "was also shot"), the people shot besides the dead, and the share of those shot who
died ("two men were shot; one of them later died").
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from ..annotate.amounts import date_part
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
from .casualties import (
    CLAUSE_REACH,
    Count,
    bullet_hit,
    bullet_noun,
    count_for,
    death_as_cause,
    either_or,
    fatal_wound,
    fatalities,
    grave_outcome,
    hit_in_body,
    multiple_attack,
    nobody_fatally,
    passed_away,
    passive_verb,
    prefixed_away,
    retold_later,
    risen_toll,
    running_total,
    share_number,
    shot_at,
    shot_dead,
    toll_told,
    under_death,
    unrealised,
)
from .consolidate import names_hurt
from .victims import (
    count_nominal,
    in_dateline,
    not_a_victim,
    subjects_of,
    victims_of,
)

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from .words import EventWords

_SHOT: list[Any] = [None, None, {}]
"""The last parse's `shot_victims` answers by span (its lexicon, its Doc, counts by start and
end): the coder asks them of an article's sentences once per counted event (perf29)."""


def injuries(lex: EventWords, sent: Span) -> Count:
    """People injured in the events of this sentence ("no one was hurt" gives 0, negated).

    Without an injury word, the people shot count when the sentence says someone lived ("The cyclist
    was shot in one arm and is in stable condition"; "shot" alone is as often a death told
    later): all of them ("Two men were shot, one fatally" gives 2), the article's dead being
    taken off that figure once the article is read (`consolidate.article_counts`), as the Gun
    Violence Archive counts the injured."""
    toll = toll_told(lex, sent)
    if toll is not None:
        return Count(toll[1])
    risen = risen_toll(lex, sent)[1]
    if risen is not None:
        return Count(risen)
    if _crash_only(lex, sent):
        return Count(None)
    if _other_day_wound(lex, sent):
        return Count(None)
    count = count_for(lex, sent, lex.injury_verbs, lex.cue["injury_adjectives"])
    if count.value == 0 and count.lower_bound and not count.negated:
        # "wounding several people", "dozens of residents were hurt": a vague group and no
        # figure is an unknown count, never 0 (the record has no lower-bound field for the
        # injured); the ways below may still find a figure (fix33)
        count = Count(None, lower_bound=True)
    if count.value and _also_hurt(lex, sent):
        # "A girl was shot in the wrist, and two women were also wounded": 3
        return Count(count.value + _shot_alive(lex, sent), count.lower_bound)
    if count.value:
        # "a man was shot in the arm, and a woman was grazed": the other clause's person;
        # "two teens were hurt, and a woman suffered a gunshot wound": the sufferer (gvc37)
        beside = _hit_beside(lex, sent) + _cared_beside(lex, sent)
        count = Count(count.value + beside, count.lower_bound)
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
            (_hit_apposed, lex.key.shoot_lemmas | cue["bullet_hit_verbs"]),
        )
        found = [
            (way, p) for way, words in ways if not lemmas.isdisjoint(words) for p in way(lex, sent)
        ]
        hurt = _hurt_total(lex, [p for _, p in found])
        taken = {p.i for way, p in found if way is _taken_to_care or way is _hit_apposed}
        if hurt and taken and all(p.i in taken for _, p in found):
            # only `_taken_to_care` and `_hit_apposed` tell their people apart from the dead; a
            # sufferer of wounds may be one of them ("two men suffered gunshot wounds; one died")
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


def _hit_apposed(lex: EventWords, sent: Span) -> list[Token]:
    """ "A woman, shot in the arm, was taken to a hospital", "a second man, hit in the hip, was
    rushed to a trauma center": a participle of shooting or hitting set off by a comma after
    its noun, naming the part of the body hit and no death, tells one hurt (counts55)."""
    cue = lex.cue
    verbs = lex.key.shoot_lemmas | cue["bullet_hit_verbs"]
    people = []
    for token in span_tokens(sent):
        if token.dep_ != "acl" or token.lemma_ not in verbs or token.tag_ not in {"VBN", "VBD"}:
            continue
        if token.i == 0 or not token.nbor(-1).is_punct or token.head.i >= token.i:
            continue
        if not hit_in_body(lex, token) or shot_dead(lex, token):
            continue
        if any(c.dep_ == "neg" for c in children(token)) or unrealised(lex, token):
            continue
        person = token.head
        if person.pos_ not in {"NOUN", "PROPN"} or not_a_victim(lex, person):
            continue
        if in_dateline(person) or _died(lex, person):
            continue
        people.append(person)
    return people


def _crash_only(lex: EventWords, sent: Span) -> bool:
    """The sentence tells a road crash and no gunfire, in an article that tells gunfire ("the
    suspect crashed his car during the chase and two people in another car were hurt"): its
    hurt were not shot, and the Gun Violence Archive counts only the shot as injured. (gvc20)"""
    lemmas = set(token_words(sent.doc)[0][sent.start : sent.end])
    cue = lex.cue
    if lemmas.isdisjoint(cue["crash_words"]) and lemmas.isdisjoint(cue["harm_apart_words"]):
        # (nor harm of another kind in the same incident: "hurt in the stampede", "cut by flying
        # glass", gvc44)
        return False
    gunfire = cue["bullet_nouns"] | cue["firing_verbs"] | lex.shooting_verbs | lex.wounds
    gunfire = gunfire - {"injury"}
    # a crash in a report of gunfire (a chase, a flight); a crash told alone keeps its hurt
    return lemmas.isdisjoint(gunfire) and not gunfire.isdisjoint(token_words(sent.doc)[0])


def _other_day_wound(lex: EventWords, sent: Span) -> bool:
    """A wound of another incident, told after the article's news: "He had been wounded in a
    shooting last year", "she had been shot twice before", "he had previously been hurt in a
    shooting", or in any tense "was injured in a separate shooting months ago" (not "a neighbor
    had also been wounded", "his friend had been wounded in the same attack", nor a lead that
    tells its news in the past perfect: "Deputies said a teen had been wounded in a shooting").
    (gvc37)"""
    cue = lex.cue
    lemmas, _, lowers = token_words(sent.doc)
    earlier = cue["earlier_incident_words"]
    before = cue["before_adverbs"]
    if lex.key.perfect_auxiliaries.isdisjoint(lemmas[sent.start : sent.end]) and earlier.isdisjoint(
        lowers[sent.start : sent.end]
    ):
        return False
    for token in span_tokens(sent):
        if token.tag_ != "VBN":
            continue
        if not (token.lemma_ in lex.injury_verbs or token.lemma_ in lex.key.shoot_lemmas):
            continue
        # the phrase of the attack ("in a separate shooting months ago": the parse may hang
        # the attack noun under another word of its phrase)
        phrases = [
            list(c.subtree)
            for c in children(token)
            if c.dep_ == "prep" and any(t.lemma_ in cue["attack_nouns"] for t in c.subtree)
        ]
        if any(
            t.lower_ in earlier and t.dep_ == "amod" and _attack_named(lex, t.head)
            for p in phrases
            for t in p
        ):
            return True  # "in a separate shooting", "in an earlier shooting"
        perfect = any(
            c.dep_ == "aux" and c.lemma_ in lex.key.perfect_auxiliaries and c.tag_ == "VBD"
            for c in children(token)
        )
        if not perfect:
            continue
        # "had been shot twice before"; "had been wounded in a shooting" (not "in the
        # same attack": its first determiner is definite)
        dated = any(c.lower_ in before for c in children(token)) or any(
            next((t for t in p if t.dep_ == "det"), None) is not None
            and "Ind" in next(t for t in p if t.dep_ == "det").morph.get("Definite", [])
            for p in phrases
        )
        if dated and _news_before(lex, sent):
            return True  # "had been shot twice before"; "had been wounded in a shooting"
    return False


def _attack_named(lex: EventWords, noun: Token) -> bool:
    """The noun is an attack's, or has one as its compound ("a separate shooting", "a separate
    shooting incident"; not "his older brother")."""
    attacks = lex.cue["attack_nouns"]
    return noun.lemma_ in attacks or any(
        c.dep_ == "compound" and c.lemma_ in attacks for c in children(noun)
    )


def _news_before(lex: EventWords, sent: Span) -> bool:
    """An earlier sentence tells people shot or killed: the article's news."""
    return any(
        shot_victims(lex, s) or fatalities(lex, s).value
        for s in doc_sents(sent.doc)
        if s.end <= sent.start
    )


def _dead_beside(lex: EventWords, sent: Span) -> int:
    """The sentence's dead, where its hurt are told apart from them with no injury word ("One
    died and the other was taken to a clinic"): a figure told with no injury word is read as a
    count of the people shot, the dead in it (`consolidate.shot_survivors` takes them off), so
    the living alone would lose the dead twice."""
    if names_hurt(lex, span_text(sent)):
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
        (t.lemma_ in lex.key.shoot_lemmas or bullet_hit(lex, t))
        and t.pos_ == "VERB"
        and not shot_dead(lex, t)
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
    # (the parse's kept Tokens, none made anew: perf24; only its verbs, picked by the parse's
    # parts of speech, are asked of: perf55)
    poses, tokens = token_words(sent.doc)[1], doc_tokens(sent.doc)
    for i in range(sent.start, sent.end):
        if poses[i] != "VERB":
            continue
        token = tokens[i]
        arrived = cared and _arrived_for_care(lex, token)
        if not (token.lemma_ in lex.key.shoot_lemmas or token.lemma_ in hurting or arrived):
            continue
        if any(c.dep_ == "neg" for c in children(token)) or (not arrived and shot_at(lex, token)):
            continue
        if token.lemma_ in lex.key.shoot_lemmas and shot_dead(lex, token):
            continue
        adding = any(c.lower_ in cue["adding_words"] for c in children(token))
        people = victims_of(lex, token) or subjects_of(token)
        if token.lemma_ in cue["suffering_verbs"] or arrived:
            # "Another teen suffered a graze wound": the sufferer, not the wound (gvc21); "a
            # second victim later arrived at a hospital": who arrived (gvc44)
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


def _arrived_for_care(lex: EventWords, verb: Token) -> bool:
    """ "later arrived at a hospital", "walked into a clinic", "took himself to a hospital": a
    verb of arrival (`casualties/arrival_verbs.txt`) with a hospital noun in a phrase of its own
    (gvc44). Not one who takes someone else there ("another officer drove the victim to a
    hospital": an object not reflexive)."""
    if verb.lemma_ not in lex.cue["arrival_verbs"] or any(
        c.dep_ == "dobj" and c.lower_ not in lex.reflexives for c in children(verb)
    ):
        return False
    return any(
        prep.dep_ == "prep"
        and any(
            place.dep_ == "pobj" and place.lemma_ in lex.cue["hospital_nouns"]
            for place in children(prep)
        )
        for prep in children(verb)
    )


def ordinal_added(lex: EventWords, sent: Span) -> bool:
    """ "A third man was also shot", "a fifth victim was taken to a clinic": a subject brought
    in with "a" and an ordinal is one past the people told before, not one of them (after
    "Two men were wounded" the count is 3, not the larger of 2 and 1). (gvc37)"""
    return any(
        t.dep_ in {"nsubj", "nsubjpass"}
        and any(c.lower_ in lex.other_words and c.like_num for c in children(t))
        and any(c.dep_ == "det" and "Ind" in c.morph.get("Definite", []) for c in children(t))
        for t in span_tokens(sent)
    )


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
            token.lemma_ in lex.key.shoot_lemmas or bullet_hit(lex, token)
        ):
            continue
        if not passive_verb(token) or not hit_in_body(lex, token) or shot_dead(lex, token):
            continue
        if any(c.dep_ == "neg" for c in children(token)) or shot_at(lex, token):
            continue
        if unrealised(lex, token) or death_as_cause(lex, token) or either_or(lex, token):
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


def _shot_not_dead(lex: EventWords, sent: Span) -> Iterator[Token]:
    """The verbs "shoot" of a sentence that tell no death ("was shot in the arm", not "shot
    dead"): where the counts of those who lived start."""
    for token in span_tokens(sent):
        if (
            token.lemma_ in lex.key.shoot_lemmas
            and token.pos_ == "VERB"
            and not shot_dead(lex, token)
        ):
            yield token


def _shot_beside_dead(lex: EventWords, sent: Span) -> int:
    """The people shot in a clause of their own that tells no death, in a sentence that tells
    the death of others ("A clerk was shot and killed, and her friend was shot in the arm"):
    they lived. Not the dead themselves ("a man who was shot on Sunday has died", "died after
    being shot", "was shot and later pronounced dead")."""
    dying = lex.death_verbs | lex.dying_verbs
    dead: set[int] = set()
    for token in span_tokens(sent):
        if token.pos_ == "VERB" and (
            token.lemma_ in dying or token.lemma_ in lex.shooting_verbs and shot_dead(lex, token)
        ):
            dead.update(v.i for v in victims_of(lex, token))
    if not dead or any(_whole_group(lex, sent.doc[i]) for i in dead):
        # "Two men were shot, and both victims died": the dead are the people shot (gvc43)
        return 0
    total = 0
    for token in _shot_not_dead(lex, sent):
        if under_death(dying, token) or token.dep_ in {"relcl", "acl"}:
            continue  # "died after being shot", "the man who was shot ... died"
        if any(
            token.i in range(d.left_edge.i, d.right_edge.i + 1)
            for d in span_tokens(sent)
            if d.i in dead
        ):
            continue  # "a toddler who was hurt after shooting himself has died": the dead one
        if not (passive_verb(token) or hit_in_body(lex, token)):
            continue  # "shot his two daughters" beside a death: which of them lived is not told
        if any(
            c.dep_ == "conj"
            and (c.lemma_ in dying or any(g.lower_ in lex.death_adjectives for g in children(c)))
            and not any(g.dep_ in {"nsubj", "nsubjpass"} for g in children(c))
            for c in children(token)
        ):
            continue  # "was shot and died" (not "a deputy was shot and the suspect was killed")
        if unrealised(lex, token) or death_as_cause(lex, token) or either_or(lex, token):
            continue
        if any(c.dep_ == "neg" for c in children(token)) or shot_at(lex, token):
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


def _whole_group(lex: EventWords, person: Token) -> bool:
    """ "both victims", "both", "all of them", "all three", "they": a word that takes up the whole
    group told before (`victims/whole_group_words.txt`, `victims/group_pronouns.txt`)."""
    whole = lex.cue["whole_group_words"]
    return (
        person.lower_ in whole
        or person.lower_ in lex.group_pronouns
        or any(c.lower_ in whole and c.dep_ in {"det", "predet", "amod"} for c in children(person))
    )


def whole_group_died(lex: EventWords, sent: Span) -> bool:
    """ "All of them died", "all were dead", "Neither survived", "none of them survived", "they
    did not survive": a sentence telling the death of the whole group told before, with no figure
    of its own (`victims/whole_group_words.txt`, `victims/group_pronouns.txt`, `victims/nobody.txt`;
    gvc44). "Both died" has its figure already (`count_for`)."""
    dying = lex.dying_verbs
    surviving = lex.cue["survivor_verbs"]
    # (most sentences hold neither verb: asked of the parse's lemmas at once, no Token made: perf55)
    lemmas = token_words(sent.doc)[0][sent.start : sent.end]
    if dying.isdisjoint(lemmas) and surviving.isdisjoint(lemmas):
        return False
    for token in span_tokens(sent):
        if token.lemma_ not in dying and token.lemma_ not in surviving:
            continue
        negated = any(c.dep_ == "neg" for c in children(token))
        for subject in children(token):
            if subject.dep_ not in {"nsubj", "nsubjpass"}:
                continue
            if token.lemma_ in dying and not negated and _whole_group(lex, subject):
                return True
            if token.lemma_ in surviving and (
                subject.lower_ in lex.nobody or negated and _whole_group(lex, subject)
            ):
                return True
    return False


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
        if not (token.lemma_ in lex.shooting_verbs or bullet_hit(lex, token)):
            continue
        if not passive_verb(token) or not hit_in_body(lex, token) or shot_dead(lex, token):
            continue
        if any(c.dep_ == "neg" for c in children(token)) or unrealised(lex, token):
            continue
        beside = [token.head] if token.dep_ == "conj" else []
        beside += [c for c in children(token) if c.dep_ == "conj"]
        if not any(
            v.lemma_ in lex.injury_verbs and any(c.dep_ == "nsubjpass" for c in children(v))
            for v in beside
        ):
            continue  # (a clause of its own: not "was shot in the leg and was hospitalized")
        told = {
            c.lemma_
            for v in beside
            if v.lemma_ in lex.injury_verbs
            for c in children(v)
            if c.dep_ == "nsubjpass"
        }
        for person in children(token):
            if person.dep_ == "nsubjpass" and not not_a_victim(lex, person):
                if _told_again(lex, person, told):
                    continue  # "a teen was injured, and the teen was hit in the hip" (gvc37)
                value, _, ok = count_nominal(lex, person)
                total += value if ok else 0
    return total


def _told_again(lex: EventWords, person: Token, told: set[str]) -> bool:
    """A definite noun naming people by a noun told before, or as the victims: "the teen"
    after "a teen", "the victim"."""
    return (person.lemma_ in told or person.lemma_ in lex.cue["victim_nouns"]) and any(
        c.dep_ == "det" and c.lower_ in lex.definite for c in children(person)
    )


def _cared_beside(lex: EventWords, sent: Span) -> int:
    """ "Two teens were hurt, and a woman suffered a gunshot wound", "a man was wounded; two
    bystanders were also treated for graze wounds": people told hurt by a verb of suffering or
    of treatment in a clause of their own, beside the people an injury word counts, and told
    for the first time (not "both were treated", "one suffered a wound to the chest", "the
    victims suffered wounds": the people counted, told again). (gvc37)"""
    cue = lex.cue
    lemmas = token_words(sent.doc)[0][sent.start : sent.end]
    words = (
        cue["suffering_verbs"]
        | cue["treating_verbs"]
        | cue["struggling_verbs"]
        | cue["expecting_verbs"]
        | cue["recovering_verbs"]
        | lex.wounds
    )
    if words.isdisjoint(lemmas):
        return 0
    counted: set[int] = set()
    for token in span_tokens(sent):
        if token.lemma_ in lex.injury_verbs or token.lower_ in cue["injury_adjectives"]:
            counted.update(p.i for p in victims_of(lex, token) or subjects_of(token))
    if not counted:
        return 0
    total = 0
    told = (
        *_suffered(lex, sent),
        *_treated(lex, sent),
        *_wounded_with(lex, sent),
        *_alive_at_risk(lex, sent),
    )
    for person in {p.i: p for p in told}.values():
        if person.i in counted or not _told_first(lex, person):
            continue
        if not_a_victim(lex, person) or in_dateline(person):
            continue
        value, _, ok = count_nominal(lex, person)
        total += value if ok else 0
    return total


def _told_first(lex: EventWords, person: Token) -> bool:
    """ "a woman", "two bystanders", "a fifth victim", "two others", "his brother": people first named
    in the sentence (not "the victims", "both", "one", "she", a name: any
    may be those told before)."""
    if _new_person(lex, person) or (
        person.lower_ in lex.cue["close_people"] and any(c.dep_ == "poss" for c in children(person))
    ):
        return True
    if person.pos_ != "NOUN" or person.lemma_ in lex.cue["victim_nouns"]:
        return False
    return not any(
        c.dep_ == "poss"
        or (c.dep_ in {"det", "predet"} and c.lower_ in lex.definite | lex.group_pronouns)
        for c in children(person)
    )


def _shot_alive(lex: EventWords, sent: Span) -> int:
    """The people shot in clauses that tell no death ("A girl was shot in the wrist")."""
    total = 0
    for token in _shot_not_dead(lex, sent):
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
        if any(c.dep_ == "neg" for c in children(token)) or shot_at(lex, token):
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
            t.lower_ in lex.deadly_words | lex.cue["deadly_synonyms"] and not prefixed_away(lex, t)
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
            or passed_away(lex.key, c)
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
        if token.lemma_ not in lex.wounds or token.pos_ != "NOUN" or fatal_wound(lex, token):
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
                and (
                    (t.head.like_num or t.head.lower_ in lex.nobody)
                    and _share_of_shot(lex, t.head)
                    # "Six people were shot, 2 fatally": the figure hung beside it (gvc43)
                    or (share_number(t) is not None and t.head.lemma_ in lex.shooting_verbs)
                    # "Two men were shot, neither fatally" (counts55)
                    or (nobody_fatally(lex, t) and t.head.lemma_ in lex.shooting_verbs)
                )
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
    if number.dep_ in {"punct", "dep"} and number.i >= 2 and number.nbor(-1).is_punct:
        # "5 people were shot, 1 fatally": a figure in digits the parser set apart as
        # punctuation or an unlabelled dependent ("12 people were shot, 3 fatally, and 4
        # critically": fix50e), after the clause it shares (gvc43)
        before = number.nbor(-2)
        verb = before if before.pos_ == "VERB" else clause_verb(before, CLAUSE_REACH)
    return verb is not None and verb.lemma_ in lex.shooting_verbs


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
            t.lemma_ in dying or t.lower_ in lex.death_adjectives or passed_away(lex.key, t)
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
        if fatal_wound(lex, token) or any(
            t.lower_ in lex.deadly_words | lex.cue["deadly_synonyms"] | lex.death_adjectives
            and not prefixed_away(lex, t)
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
            # ("is expected to make a full recovery": the outcome as a made noun, gvc42)
            struggling = any(
                c.dep_ == "xcomp"
                and (
                    c.lemma_ in lex.cue["expected_outcomes"]
                    or (
                        c.lemma_ in lex.cue["making_verbs"]
                        and any(
                            g.dep_ == "dobj" and g.lemma_ in lex.cue["recovery_nouns"]
                            for g in children(c)
                        )
                    )
                )
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


def harmed_victims(lex: EventWords, sent: Span) -> int:
    """People the sentence says a verb of shooting, injury or other harm hit ("a man was stabbed
    at a party", "two men were beaten", `casualties/harming_verbs.txt`), not the dead and not a
    harm denied: those a later "the other guests were not hurt" leaves hurt (review49)."""
    harming = (
        lex.shooting_verbs | lex.injury_verbs | lex.lexicon.words("events/casualties/harming_verbs")
    )
    people = [
        p
        for t in span_tokens(sent)
        if t.pos_ == "VERB"
        and t.lemma_ in harming
        and not any(c.dep_ == "neg" for c in children(t))
        and not shot_at(lex, t)  # "was shot at but not hit": missed (gvc43)
        for p in victims_of(lex, t)
        if not (_died(lex, p) or in_dateline(p) or not_a_victim(lex, p))
        and p.tag_ not in {"WP", "WDT"}
    ]
    return _hurt_total(lex, people)


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
    if running_total(lex, span_text(sent)):
        return 0
    total = 0
    counted: list[tuple[Token, int]] = []
    lemmas, poses, _ = token_words(sent.doc)
    tokens = doc_tokens(sent.doc)
    hitting = lex.cue["bullet_hit_verbs"]
    for i in range(sent.start, sent.end):
        # (a verb of shooting or hitting read from the parse's words, no Token made for the
        # others: `bullet_hit` reads no other verb)
        if poses[i] != "VERB" or not (lemmas[i] in lex.key.shoot_lemmas or lemmas[i] in hitting):
            continue
        token = tokens[i]
        if not (lemmas[i] in lex.key.shoot_lemmas or bullet_hit(lex, token)):
            continue
        if unrealised(lex, token) or death_as_cause(lex, token) or either_or(lex, token):
            continue
        if any(c.dep_ == "neg" for c in children(token)) or shot_at(lex, token):
            continue
        for victim in victims_of(lex, token):
            if victim.tag_ in {"WP", "WDT"} or date_part(victim) or in_dateline(victim):
                continue
            if victim.lemma_.lower() in lex.not_people:
                continue  # "were shot Saturday, the city's second shooting this week" (gvc36)
            value, _, ok = count_nominal(lex, victim)
            if ok and retold_later(lex, victim, counted):
                continue  # "A man was shot. Police say the man was shot in a dispute": one
            if ok:
                counted.append((victim, value))
            total += value if ok else 0
    return max(total, multiple_attack(lex, sent))
