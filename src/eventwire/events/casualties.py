"""Fatalities and injuries of an event, from the words that report them in its sentence.

"Two US soldiers, one British and several Iraqi security forces were killed" counts 2 + 1 and is a
lower bound (several is not a number); "no one was hurt" is zero injuries, negated.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from .amounts import number_of

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

DEATH_VERBS = {
    "kill",
    "die",
    "perish",
    "slay",
    "massacre",
    "execute",
    "behead",
    "murder",
    "assassinate",
    "lynch",
    "drown",
    "burn",
    "succumb",
}
# Verbs whose "to death" is a penalty or a threat, not a killing ("sentenced to death").
SENTENCING = {"sentence", "condemn", "threaten"}
# Verbs that kill only with a marker ("burned to death", "burned alive"): else property burns.
MARKED_DEATH_VERBS = {"burn"}
DEATH_ADJ = {"dead", "killed", "deceased"}
# Intransitive verbs of dying: their subject is the victim ("he died", "she passed away").
DYING_VERBS = {"die", "perish", "drown", "succumb", "pass"}
DEATH_NOUNS = {"death", "fatality", "casualty_dead", "body", "corpse", "toll"}
INJURY_VERBS = {"injure", "wound", "hurt", "maim"}
SHOOTING = {"shoot", "gun", "stab"}
# Nouns that say the event killed someone without a count ("a fatal shooting"): at least one.
DEADLY_WORDS = {"fatal", "deadly", "fatally", "homicide", "murder", "manslaughter"}
INJURY_NOUNS = {"injury", "injured", "wounded"}
VAGUE = {
    "several",
    "many",
    "some",
    "dozens",
    "scores",
    "hundreds",
    "thousands",
    "numerous",
    "few",
    "multiple",
    "tens",
}
LOWER_BOUND_WORDS = {"least", "more", "over", "than", "nearly"}
NOBODY = {"no", "nobody", "none", "neither"}
PERSON_PRONOUNS = {"he", "she", "him", "her", "himself", "herself"}
# "almost killed him", "tried to kill": the death did not happen.
HEDGES = {"almost", "nearly", "narrowly"}
ATTEMPT_VERBS = {"try", "attempt", "threaten", "plan", "want", "vow", "seek", "fail", "intend"}
# "protest over the death of", "an investigation into the killing of": a cause, not a casualty.
CAUSE_PREPS = {"over", "into", "against", "about", "regarding", "concerning"}
JUSTICE_WORDS = {
    "justice",
    "accountability",
    "protest",
    "vigil",
    "demand",
    "answer",
    "compensation",
}
# Words that govern a death remembered or protested: "to commemorate the death of", "pay tribute
# to two men killed in", "mark the anniversary of the deaths of".
REMEMBER_WORDS = {
    "commemorate", "mourn", "remember", "honor", "honour", "tribute", "anniversary", "memory",
    "denounce", "condemn", "decry", "memorial", "commemoration",
}  # fmt: skip
# Acts of a crowd that a death elsewhere in the sentence set off ("youths burned two police
# vehicles after a youth was killed"): the death is the grievance, not the act's casualty.
CROWD_ACTS = {
    "protest", "demonstrate", "march", "rally", "gather", "riot", "burn", "torch", "block",
    "barricade", "loot", "vandalize", "vandalise", "storm", "stage", "hold", "set", "erupt",
    "break",
}  # fmt: skip
AFTER_WORDS = {"after", "following"}
REFLEXIVES = {"himself", "herself", "themselves"}
# Counts over a period ("131 people wounded or killed in the city so far this year") are
# statistics, not the casualties of the event.
CUMULATIVE = re.compile(
    r"\b(?:so far|to date|(?<!earlier )(?<!later )(?<!early )this year|each year|every year|"
    r"per year|annually|"
    r"since (?:19|20)\d\d|in the (?:past|last) (?:\w+ )?(?:months|years|decade))\b",
    re.IGNORECASE,
)
SUICIDE = re.compile(
    r"\b(?:took|taking|take|takes) (?:his|her|their) own li(?:fe|ves)|"
    r"turn(?:ed|ing|s)? the (?:gun|weapon) on (?:himself|herself|themselves)|"
    r"(?:shot|shooting|shoots|killed|killing|kills) (?:himself|herself)|"
    r"committ(?:ed|ing) suicide\b|"
    r"\b(?:killed|killing|kills)\b[^.;]{0,60}?\bthen (?:himself|herself)\b",
    re.IGNORECASE,
)
# Words that say someone shot lived: "in stable condition", "was treated", "is recovering".
SURVIVED = re.compile(
    r"\b(?:condition|recover(?:s|ed|ing)?|treated|hospitali[sz](?:ed|ation)|survived?|non-life|"
    r"expected to (?:survive|recover|live)|released from)\b",
    re.IGNORECASE,
)
# Parts of a victim phrase that are about other people or things ("18 people, including five
# women", "the man who killed two"): not counted again.
SUBSET_PREPS = {"including", "among", "besides", "excluding", "like", "with"}
SKIP_NUMBER_ENTS = {"TIME", "MONEY", "PERCENT", "ORDINAL", "QUANTITY"}
MONTHS = {
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
    "sept", "oct", "nov", "dec",
}  # fmt: skip
TIME_NOUNS = {"day", "week", "month", "year", "hour", "minute", "night", "am", "pm", "a.m.", "p.m."}
RANGE_WORDS = {"between", "to", "-", "–", "or"}
GROUP_PRONOUNS = {"they", "them", "both"}


@dataclass(frozen=True, slots=True)
class Count:
    """A casualty count; `lower_bound` when a vague quantity ("several") was part of it."""

    value: int | None
    lower_bound: bool = False
    negated: bool = False


def _conjuncts(token: Token) -> list[Token]:
    out = [token]
    for child in token.children:
        if _is_conjunct(child):
            out.extend(_conjuncts(child))
    return out


def _is_conjunct(token: Token) -> bool:
    """Another member of a list of victims ("a man and a woman"); a coordinated number or
    adjective ("one or two", "one British and several") belongs to its phrase."""
    return token.dep_ == "conj" and token.pos_ not in {"NUM", "ADJ"}


def _count_nominal(token: Token) -> tuple[int, bool, bool]:
    """(count, lower_bound, found) for a victim noun phrase: each conjunct ("a man and a
    woman", "12 soldiers and 4 volunteers") counted on its own and summed."""
    if token.lower_ in NOBODY or any(c.lower_ in NOBODY for c in token.children if c.dep_ == "det"):
        return 0, False, True
    total, bound, found = 0, False, False
    for conjunct in _conjuncts(token):
        value, lb, ok = _count_one(conjunct)
        if ok:
            total += value
            bound = bound or lb
            found = True
    return total, bound, found


def _phrase(token: Token) -> list[Token]:
    """The tokens of one conjunct's phrase, without its other conjuncts, clauses about it and
    subsets of it ("including five women")."""
    out = [token]
    for child in token.children:
        if _is_conjunct(child):
            continue  # another conjunct of the victims, counted on its own
        if child.dep_ in {"cc", "relcl", "acl", "advcl"}:
            continue
        if child.dep_ == "prep" and child.lower_ in SUBSET_PREPS:
            continue
        out.extend(_phrase(child))
    return out


def _is_count(token: Token) -> bool:
    """A number that counts people: not part of a date, time, sum of money, address or age."""
    if token.ent_type_ in SKIP_NUMBER_ENTS or _is_age(token) or _date_part(token):
        return False
    if re.fullmatch(r"(1[89]|20)\d\d", token.text):
        return False
    nxt = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    return not (
        nxt is not None and nxt.lower_ in {"block", "hundred-block", "a.m.", "p.m.", "am", "pm"}
    )


def _date_part(token: Token) -> bool:
    """ "3 February 2022", "at 10 pm", "two days": a number of a date or time span."""
    if token.lower_ in MONTHS:
        return True
    if token.head.lower_ in MONTHS or token.head.lemma_ in TIME_NOUNS:
        return True
    doc = token.doc
    near = [doc[i] for i in (token.i - 1, token.i + 1) if 0 <= i < len(doc)]
    return token.like_num and any(t.lower_ in MONTHS for t in near)


def _count_one(token: Token) -> tuple[int, bool, bool]:
    """(count, lower_bound, found) for one conjunct of a victim phrase. A range ("between 14
    and 20", "8 - 14") counts its smallest figure, as ACLED does, flagged as a lower bound."""
    bound = False
    values: list[int] = []
    ranged = False
    for t in _phrase(token):
        if t.lower_ in LOWER_BOUND_WORDS:
            bound = True
        if t.lower_ in RANGE_WORDS and t.i != token.i:
            ranged = True
        if t.dep_ in {"compound", "quantmod"} and t.like_num:
            continue
        value = number_of(t) if _is_count(t) else None
        if value is not None and t.dep_ in {
            "nummod",
            "nsubj",
            "nsubjpass",
            "dobj",
            "appos",
            "conj",
            "pobj",
            "ROOT",
        }:
            values.append(int(value))
        elif value is not None and t.i == token.i:
            values.append(int(value))  # the victim is the number itself ("killing three")
        elif t.lower_ in VAGUE:
            bound = True
    if values:
        if len(values) > 1 and ranged:
            return min(values), True, True
        return sum(values), bound, True
    if token.lower_ == "both" or any(c.lower_ == "both" for c in token.children):
        return 2, False, True
    if any(_is_age(t) for t in _phrase(token)) and not bound:
        return 1, False, True  # "a 19-year-old"
    if bound:
        return 0, True, True
    if (
        token.lower_ in PERSON_PRONOUNS
        or token.tag_ in {"NN", "NNP"}
        or token.ent_type_ == "PERSON"
    ):
        return 1, False, True
    if token.tag_ in {"NNS", "NNPS"} or token.lower_ in GROUP_PRONOUNS:
        return 0, True, True
    return 0, False, False


def _is_age(token: Token) -> bool:
    """ "a 17-year-old", "Nicole, 41,": a person's age, not a count of people."""
    doc = token.doc
    nxt = doc[token.i + 1] if token.i + 1 < len(doc) else None
    if nxt is not None and (nxt.lower_.startswith("year") or nxt.text == "-"):
        return True
    if token.head.lemma_ in {"year", "old", "age", "month"}:
        return True
    # an appositive number after a name
    return token.dep_ == "appos" and token.head.pos_ in {"PROPN", "NOUN"}


DATELINE_DASHES = {"—", "–", "--", "-"}


def _in_dateline(token: Token) -> bool:
    """ "WATERBURY, Conn. (WTNH) — A 17-year-old was killed": the token lies in the dateline
    before a dash that opens the sentence, with no verb before the dash."""
    sent = token.sent
    for t in sent[:14]:
        if t.pos_ in {"VERB", "AUX"}:
            return False
        if t.text in DATELINE_DASHES and t.i > sent.start:
            return token.i < t.i
    return False


def _deadly(verb: Token) -> bool:
    """ "shot dead", "shot to death", "fatally shot", "shot and killed"."""
    if verb.lemma_ == "gun":
        return True  # "gunned down"
    for c in verb.children:
        if c.lower_ in {"dead", "fatally"}:
            return True
        if c.dep_ == "prep" and c.lower_ == "to" and any(g.lower_ == "death" for g in c.children):
            return True
    return False


def _to_death(verb: Token) -> bool:
    """ "beat to death", "stabbed to death", "burned alive": any act that killed (not a
    sentence: "sentenced to death")."""
    if verb.lemma_ in SENTENCING:
        return False
    for c in verb.children:
        if c.lower_ == "alive" and verb.lemma_ in {"burn", "bury"}:
            return True
        if c.dep_ == "prep" and c.lower_ == "to" and any(g.lower_ == "death" for g in c.children):
            return True
    return False


def _fatally(verb: Token) -> bool:
    return any(c.lower_ in {"fatally", "mortally"} for c in verb.children)


def _mortal(verb: Token) -> bool:
    """An injury that killed: "fatally wounded", or the wounded person of a relative clause
    who died ("a toddler who was critically injured ... has died")."""
    if _fatally(verb):
        return True
    if verb.dep_ not in {"relcl", "acl"}:
        return False
    person = verb.head
    return person.dep_ in {"nsubj", "nsubjpass"} and (
        person.head.lemma_ in DEATH_VERBS | DYING_VERBS or person.head.lemma_ in {"kill"}
    )


def _passed(verb: Token) -> bool:
    """ "passed away": died."""
    return verb.lemma_ == "pass" and any(
        c.dep_ in {"prt", "advmod"} and c.lower_ == "away" for c in verb.children
    )


def _unrealised(verb: Token) -> bool:
    """ "almost killed him", "tried to kill", "threatened to kill": no one died."""
    if any(c.lower_ in HEDGES for c in verb.children if c.dep_ == "advmod"):
        return True
    return verb.dep_ == "xcomp" and verb.head.lemma_ in ATTEMPT_VERBS


def _cause(token: Token) -> bool:
    """A death told as the cause of the event: "protested over the death of a woman", "an
    investigation into the killing", "demanding justice for the murder of", "to commemorate the
    death of", "burned vehicles after a youth was killed" (when the sentence's main clause is
    not itself a shooting, death or injury)."""
    if _after_clause(token):
        return True
    node = token
    for _ in range(6):
        if node.head.lemma_ in REMEMBER_WORDS and node.head.i != node.i:
            return True
        if node.dep_ == "pobj" and node.head.dep_ == "prep":
            prep = node.head
            if prep.lower_ in CAUSE_PREPS:
                return True
            if prep.lower_ == "for" and prep.head.lemma_ in JUSTICE_WORDS:
                return True
        if node.head.i == node.i or node.pos_ == "VERB" and node.dep_ not in {"acl", "relcl"}:
            return False
        node = node.head
    return False


def _after_clause(token: Token) -> bool:
    """The death is told in an "after ..." / "following ..." part of a sentence whose main
    verb is a crowd's act (a protest, a riot, burning): the death came first and set it off.
    ("Police are investigating after a man was shot" keeps its death: the shooting is the news.)"""
    root = token.sent.root
    if root.lemma_ not in CROWD_ACTS or root.i == token.i:
        return False
    node = token
    while node.i != root.i:
        if node.dep_ == "advcl" and any(
            c.lower_ in AFTER_WORDS for c in node.children if c.dep_ == "mark"
        ):
            return True
        if node.dep_ == "pobj" and node.head.lower_ in AFTER_WORDS:
            return True
        if node.dep_ == "pcomp" and node.head.lower_ in AFTER_WORDS:
            return True
        node = node.head
    return False


def _victims(verb: Token) -> list[Token]:
    """The people a casualty verb is about: passive subjects, objects, or intransitive subjects."""
    found: list[Token] = []
    for child in verb.children:
        if child.dep_ in {"nsubjpass", "dobj"} or (
            child.dep_ == "nsubj" and verb.lemma_ in DYING_VERBS
        ):
            found.append(child)
    if found and any(c.dep_ == "dobj" for c in verb.children):
        # "killed 8 civilians in one village and 7 civilians in another"
        found.extend(
            c for c in verb.children if c.dep_ == "conj" and c.pos_ in {"NOUN", "PROPN", "NUM"}
        )
    if verb.dep_ == "relcl" and any(t.tag_ in {"WP", "WDT"} for t in found):
        # "a girl and her mother who were shot": the people the clause is about
        found = [t for t in found if t.tag_ not in {"WP", "WDT"}] + [verb.head]
    if not found and verb.dep_ == "conj" and verb.head.pos_ == "VERB":
        # "was shot and killed": the victims are the first verb's
        return _victims(verb.head)
    if (
        not found
        and verb.dep_ in {"acl", "amod", "relcl"}
        and verb.head.pos_ in {"NOUN", "PROPN", "NUM"}
    ):
        found.append(verb.head)  # its conjuncts are counted with it
    return found


def _either(token: Token) -> bool:
    """ "killed or injured", "wounded or killed": which of the two is not said."""
    pair = [c for c in token.children if c.dep_ == "conj"]
    if token.dep_ == "conj":
        pair.append(token.head)
    words = DEATH_VERBS | INJURY_VERBS | {"dead", "injured", "wounded"}
    has_or = any(c.lower_ == "or" for c in token.children) or (
        token.dep_ == "conj" and any(c.lower_ == "or" for c in token.head.children)
    )
    return has_or and any(t.lemma_ in words or t.lower_ in words for t in pair)


def _count_for(sent: Span, verbs: set[str], adjs: set[str]) -> Count:
    if CUMULATIVE.search(sent.text):
        return Count(None)
    total = 0
    bound = False
    found = False
    negated = False
    for token in sent:
        hit = (token.lemma_ in verbs and token.pos_ in {"VERB", "AUX"}) or (
            token.lower_ in adjs and token.pos_ in {"ADJ", "VERB"}
        )
        if verbs is DEATH_VERBS and token.pos_ == "VERB" and (_to_death(token) or _passed(token)):
            hit = True  # "beaten to death", "buried alive", "passed away"
        if token.lemma_ in SHOOTING and token.pos_ == "VERB":
            # "shot dead", "shot to death" kill
            killed = _deadly(token)
            # "was shot" alone says nothing of the outcome (the victim may have died): not counted
            hit = killed and verbs is DEATH_VERBS
        if token.lower_ == "dead" and token.head.lemma_ in SHOOTING:
            continue  # "shot dead" is counted with the shooting
        if hit and token.lemma_ in MARKED_DEATH_VERBS and verbs is DEATH_VERBS:
            hit = _deadly(token) or any(c.lower_ == "alive" for c in token.children)
        if token.lemma_ in INJURY_VERBS and _mortal(token):
            # "fatally wounded" kills; "the child who was injured ... has died" is a death
            hit = verbs is DEATH_VERBS and token.pos_ == "VERB" and _fatally(token)
        if not hit or _unrealised(token) or _cause(token) or _either(token):
            continue
        if any(c.dep_ == "neg" for c in token.children):
            negated = True
        victims = _victims(token)
        if (
            not victims
            and token.dep_ in {"oprd", "acomp", "xcomp"}
            and token.head.pos_ in {"VERB", "AUX"}
        ):
            # "was found dead", "was pronounced dead": the subject of the governing verb
            victims = _victims(token.head) or [
                c for c in token.head.children if c.dep_ in {"nsubj", "nsubjpass"}
            ]
        if not victims and token.lower_ in adjs:
            # "3 dead", "leaving five dead": the number is a sibling or the subject
            victims = [c for c in token.children if c.dep_ in {"nsubj", "npadvmod"}] or (
                [token.head] if token.head.like_num else []
            )
        for victim in victims:
            if _date_part(victim) or _in_dateline(victim):
                continue  # "3 February" or "WATERBURY, Conn. —" misparsed as the subject
            value, lb, ok = _count_nominal(victim)
            if victim.lower_ in NOBODY or any(c.lower_ in NOBODY for c in victim.children):
                negated = True
            if ok:
                total += value
                bound = bound or lb
                found = True
    if found:
        return Count(total, bound, negated and total == 0)
    if negated:
        return Count(0, False, True)
    return Count(None)


def fatalities(sent: Span) -> Count:
    """People killed in the events of this sentence; a killer who then took their own life is
    one of them ("killed his wife and son before shooting himself" is 3, as GVA counts)."""
    count = _count_for(sent, DEATH_VERBS, DEATH_ADJ)
    if count.value and SUICIDE.search(sent.text) and _killed_others(sent):
        return Count(count.value + 1, count.lower_bound)
    if count.value is None:
        for token in sent:
            if token.lemma_ in {"death", "fatality", "body"} and token.pos_ == "NOUN":
                if _cause(token):
                    continue
                v = next((number_of(c) for c in token.children if c.dep_ == "nummod"), None)
                if v is not None:
                    return Count(int(v))
                # "the death of a farmer", "the bodies of three men"
                for prep in token.children:
                    if prep.dep_ == "prep" and prep.lower_ == "of":
                        for victim in prep.children:
                            if victim.dep_ == "pobj":
                                value, bound, ok = _count_nominal(victim)
                                if ok:
                                    return Count(value, bound)
                if _one_death(token):
                    return Count(1)
        if any(t.lower_ in DEADLY_WORDS and not _cause(t) for t in sent):
            # "a fatal shooting", "charged with homicide": someone died, we do not know how many
            return Count(1, lower_bound=True)
    return count


def _one_death(token: Token) -> bool:
    """ "a shooting death in the 1900 block", "investigating the death": one death, when the
    noun names a death itself (not "death threats", "sentenced to death")."""
    return (
        token.lemma_ == "death"
        and token.tag_ == "NN"
        and token.dep_ not in {"compound", "amod"}
        and not (token.dep_ == "pobj" and token.head.lower_ == "to")
        and any(c.dep_ in {"det", "compound", "amod", "poss"} for c in token.children)
    )


def _killed_others(sent: Span) -> bool:
    """Someone in the sentence killed other people ("killed his wife and son"), and no death
    verb already counts the killer ("fatally shot himself")."""
    others = reflexive = False
    for t in sent:
        if t.dep_ != "dobj":
            continue
        verb = t.head
        deadly = verb.lemma_ in DEATH_VERBS or (
            verb.lemma_ in SHOOTING and (_deadly(verb) or _to_death(verb))
        )
        if deadly and t.lower_ in REFLEXIVES:
            reflexive = True
        elif deadly:
            others = True  # "killed his wife", "fatally shot his two daughters"
    return others and not reflexive


def injuries(sent: Span) -> Count:
    """People injured in the events of this sentence ("no one was hurt" gives 0, negated).

    Without an injury word, the people shot count when the sentence says someone lived ("A man
    was shot in the leg and is in stable condition"; "shot" alone is as often a death told
    later): all of them ("Two men were shot, one fatally" gives 2), the article's dead being
    taken off that figure once the article is read (`consolidate.article_counts`), as the Gun
    Violence Archive counts the injured."""
    count = _count_for(sent, INJURY_VERBS, {"injured", "wounded"})
    if count.value is None:
        for token in sent:
            if token.lemma_ in {"injury"} and any(c.lower_ in NOBODY for c in token.children):
                return Count(0, False, True)
        hurt = _suffered(sent)
        if hurt:
            return Count(hurt)
        shot = shot_victims(sent) if SURVIVED.search(sent.text) else 0
        if shot:
            return Count(shot, lower_bound=True)
    return count


def _suffered(sent: Span) -> int:
    """ "A 3-year-old suffered non-life threatening injuries", "the man sustained a gunshot
    wound to the leg": the subjects of suffering a wound that did not kill."""
    total = 0
    for token in sent:
        if token.lemma_ not in {"suffer", "sustain"} or token.pos_ != "VERB":
            continue
        wounds = [c for c in token.children if c.dep_ == "dobj" and c.lemma_ in {"injury", "wound"}]
        if not wounds or any(
            t.lower_ in DEADLY_WORDS | {"mortal", "lethal"} for w in wounds for t in w.subtree
        ):
            continue
        for subject in (c for c in token.children if c.dep_ == "nsubj" and not _in_dateline(c)):
            value, _, ok = _count_nominal(subject)
            total += value if ok else 0
    return total


def shot_victims(sent: Span) -> int:
    """People the sentence says were shot, whatever became of them ("a teen was shot in the
    face", "shot two men"); not "shot at" (missed), and 0 in a count over a period."""
    if CUMULATIVE.search(sent.text):
        return 0
    total = 0
    for token in sent:
        if token.lemma_ != "shoot" or token.pos_ != "VERB":
            continue
        if _unrealised(token) or _cause(token) or _either(token):
            continue
        if any(c.dep_ == "neg" for c in token.children) or _shot_at(token):
            continue
        for victim in _victims(token):
            if victim.tag_ in {"WP", "WDT"} or _date_part(victim) or _in_dateline(victim):
                continue
            value, _, ok = _count_nominal(victim)
            total += value if ok else 0
    return total


def _shot_at(verb: Token) -> bool:
    """ "The teen was shot at", "someone shot at the car": fired at, not hit ("was shot at his
    home" is where the victim was hit)."""
    nxt = verb.doc[verb.i + 1] if verb.i + 1 < len(verb.doc) else None
    if nxt is not None and nxt.lower_ == "at" and not any(c.dep_ == "pobj" for c in nxt.children):
        return True
    passive = any(c.dep_ in {"auxpass", "nsubjpass"} for c in verb.children)
    return (
        not passive
        and not any(c.dep_ == "dobj" for c in verb.children)
        and any(c.dep_ == "prep" and c.lower_ == "at" for c in verb.children)
    )
