"""Who the victims of a casualty verb are, and how many a victim phrase counts.

"Three French sailors, one Dutch and several Belgian marines" counts 3 + 1 and is a lower
bound; "a mother, father, and toddler" is three; "DOLNA, Fla.- A 16-year-old died" is about the
teen, not the dateline. `casualties` decides which words report a death or an injury.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from ..annotate.amounts import AmountWords, counts_people, is_age, number_of
from ..annotate.nlp import children, doc_tokens, token_sent, token_words
from ..lang.key_words import KeyWords

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .words import EventWords

DATELINE_DASHES = {"—", "–", "--", "-"}


def _conjuncts(token: Token) -> list[Token]:
    """The token and its conjuncts, depth first in text order (a loop: a list of a thousand
    names parses as a chain a thousand deep)."""
    out: list[Token] = []
    stack = [token]
    while stack:
        tok = stack.pop()
        out.append(tok)
        stack.extend(reversed([c for c in children(tok) if _is_conjunct(c)]))
    return out


def _is_conjunct(token: Token) -> bool:
    """Another member of a list of victims ("a man and a woman"); a coordinated number or
    adjective ("one or two", "one British and several") belongs to its phrase."""
    return token.dep_ == "conj" and token.pos_ not in {"NUM", "ADJ"}


def count_nominal(lex: EventWords, token: Token) -> tuple[int, bool, bool]:
    """(count, lower_bound, found) for a victim noun phrase: each conjunct ("a man and a
    woman", "12 soldiers and 4 volunteers") counted on its own and summed."""
    if token.lower_ in lex.nobody or any(
        c.lower_ in lex.nobody for c in children(token) if c.dep_ == "det"
    ):
        return 0, False, True
    listed = _listed(token)
    if listed is not None:
        return _count_list(lex, token, listed)
    more = _more_people(lex, token)
    if more is not None:
        return _count_added(lex, token, more)
    conjuncts = _conjuncts(token)
    if len(conjuncts) > 2 and _total_then_parts(lex, conjuncts):
        return _count_one(lex, token)
    total, bound, found = 0, False, False
    for conjunct in conjuncts:
        value, lb, ok = _count_one(lex, conjunct)
        if ok:
            total += value
            bound = bound or lb
            found = True
    return total, bound, found


SET_OFF = {",", ":", "—", "–", "-", "--"}
"""Marks that set a breakdown off from the total it breaks down ("12 people, 10 soldiers")."""


def _total_then_parts(lex: EventWords, conjuncts: list[Token]) -> bool:
    """ "killed 12 people, 10 soldiers and two civilians", parsed as three conjuncts: a group
    named by its number (`total_nouns.txt`), then, set off by a comma, colon or dash, a list
    whose figures add up to it: the same people, broken down (gvc39)."""
    first, rest = conjuncts[0], conjuncts[1:]
    if first.lower_ not in lex.cue["total_nouns"]:
        return False
    numbers = [number_of(c) for c in children(first) if c.dep_ == "nummod"]
    if len(numbers) != 1 or numbers[0] is None:
        return False
    doc = first.doc
    opening = rest[0].left_edge.i
    if opening < 1 or doc[opening - 1].text not in SET_OFF:
        return False
    return _exact_sum(lex, rest) == numbers[0]


def _exact_sum(lex: EventWords, members: list[Token]) -> int | None:
    """The members' counts added, or None when one has no exact count ("several", "at least
    three"): only exact figures can be matched against a total."""
    total = 0
    for member in members:
        value, bound, ok = _count_one(lex, member)
        if not ok or bound:
            return None
        total += value
    return total


def _listed(token: Token) -> Token | None:
    """A list the parser hung on the head as an apposition: "a mother, father, and toddler"
    (father appos, toddler its conjunct), "the victims, A and B", "her daughter, Meredith,
    and her father"; not when the head has its own number ("two people, a man and a woman")."""
    if any(c.dep_ == "nummod" for c in children(token)):
        return None
    for child in children(token):
        if child.dep_ == "appos" and any(_is_conjunct(g) for g in children(child)):
            return child
    return None


def _count_list(lex: EventWords, token: Token, listed: Token) -> tuple[int, bool, bool]:
    """Count a list hung on an apposition: a plural head ("the victims") is named by the list;
    a singular one is its first member, and its name ("her daughter, Meredith, and her
    father") is no one else."""
    members = _conjuncts(listed)
    if token.tag_ not in {"NNS", "NNPS"}:
        members = members[1:] if listed.tag_ in {"NNP", "NNPS"} else members
        members = [token, *members]
    total, bound = 0, False
    for member in members:
        value, lb, ok = _count_one(lex, member)
        total += value if ok else 0
        bound = bound or lb
    return total, bound, True


def _phrase(lex: EventWords, token: Token) -> list[Token]:
    """The tokens of one conjunct's phrase, without its other conjuncts, clauses about it and
    subsets of it ("including five women"); depth first in text order, as a loop."""
    out: list[Token] = []
    stack = [*_earlier_pieces(token), token]
    while stack:
        tok = stack.pop()
        out.append(tok)
        stack.extend(reversed([c for c in children(tok) if _in_phrase(lex, tok, c)]))
    return out


def _in_phrase(lex: EventWords, token: Token, child: Token) -> bool:
    if _is_conjunct(child):
        return False  # another conjunct of the victims, counted on its own
    if child.dep_ in {"cc", "relcl", "acl", "advcl"}:
        return False
    if child.dep_ == "prep" and (child.lower_ in lex.subset_preps or _elsewhere(lex, child)):
        return False
    if child.dep_ == "appos" and _names_the_number(lex, token, child):
        return False  # "four people: three men and a woman": the same four, named (gvc37)
    # "One killed, one in serious condition": the second is someone else; "the other, 25,":
    # an age
    return not (
        child.dep_ == "appos"
        and child.like_num
        and (token.like_num or token.lower_ in lex.cue["single_others"])
    )


def _names_the_number(lex: EventWords, token: Token, listed: Token) -> bool:
    """A list set beside a head with its own number adds up to that number ("four people:
    three men and a woman"): it names the same people (not "two soldiers, one Belgian and
    several others": more people)."""
    numbers = [number_of(c) for c in children(token) if c.dep_ == "nummod"]
    members = _conjuncts(listed)
    if len(numbers) != 1 or numbers[0] is None or len(members) < 2:
        return False
    if _other_sex(lex, token, members):
        return False  # "Two men, a woman and a teenager were killed": four people (gvc39)
    return _exact_sum(lex, members) == numbers[0]


def _more_people(lex: EventWords, token: Token) -> Token | None:
    """A list the parser hung on a counted head as an apposition that is more people, added:
    its members are of the other sex than the head ("Two men, a woman and a teenager"), or the
    head names a group of its own (no "people", "victims") and the list does not add up to
    its number, each member told with a count ("four farmers, two herders and a teacher": 7,
    gvc40)."""
    if not any(c.dep_ == "nummod" for c in children(token)):
        return None
    for child in children(token):
        if child.dep_ == "appos" and any(_is_conjunct(g) for g in children(child)):
            members = _conjuncts(child)
            if _other_sex(lex, token, members):
                return child
            if token.lower_ in lex.cue["total_nouns"] or not all(_counted(lex, m) for m in members):
                return None  # "four guards: Pell Varno, the cook and a porter": named
            return None if _names_the_number(lex, token, child) else child
    return None


def _counted(lex: EventWords, member: Token) -> bool:
    """A group told with its own count: a number or "a"/"an" ("two herders", "a teacher")."""
    return any(
        c.dep_ == "nummod" or (c.dep_ == "det" and c.lower_ in lex.key.indefinite_articles)
        for c in children(member)
    )


def _count_added(lex: EventWords, token: Token, listed: Token) -> tuple[int, bool, bool]:
    """The head's own number plus each member of the list hung on it."""
    total, bound = 0, False
    for number in (c for c in children(token) if c.dep_ == "nummod"):
        total += int(number_of(number) or 0)
    for member in _conjuncts(listed):
        value, lb, ok = _count_one(lex, member)
        total += value if ok else 0
        bound = bound or lb
    return total, bound, True


def _other_sex(lex: EventWords, head: Token, members: list[Token]) -> bool:
    """A member of the list is of the other sex than the head noun ("two men, a woman and a
    teen"): not the head's people named (`annotate/male_words.txt`, `female_words.txt`)."""
    sexes = (lex.lexicon.words("annotate/male_words"), lex.lexicon.words("annotate/female_words"))
    lemma = head.lemma_.lower()
    own = next((i for i, words in enumerate(sexes) if lemma in words), None)
    if own is None:
        return False
    other = sexes[1 - own]
    return any(m.lemma_.lower() in other for m in members)


def _elsewhere(lex: EventWords, prep: Token) -> bool:
    """A prepositional phrase about where, when or how ("a woman in a parked van", "one in
    serious condition after two shootings"): its numbers are no victims; "of" ("three of
    the guards") and the prepositions of a quantity ("at least", "up to") belong to the count."""
    if prep.lower_ in lex.key.genitive_preps and prep.head.lemma_ in lex.kin:
        return True  # "a father of four" is one man
    if prep.lower_ in lex.quantity_preps:
        return False
    return not (
        prep.lower_ in lex.key.point_preps
        and any(c.lower_ in lex.cue["at_quantity_words"] for c in children(prep))
    )


def count_own(lex: EventWords, token: Token) -> tuple[int, bool, bool]:
    """`count_nominal` of the phrase's first conjunct alone: what a word before a noun ("the
    four dead women and the unharmed boy") says is of that noun only, and of the list that
    names it ("the injured men, A, B and C")."""
    listed = _listed(token)
    if listed is not None:
        return _count_list(lex, token, listed)
    return _count_one(lex, token)


def _count_one(lex: EventWords, token: Token) -> tuple[int, bool, bool]:
    """(count, lower_bound, found) for one conjunct of a victim phrase. A range ("between 14
    and 20", "8 - 14") counts its smallest figure, as ACLED does, flagged as a lower bound."""
    if _aged_other(lex, token):
        return 1, False, True
    bound = False
    values: list[int] = []
    ranged = False
    scale_words = AmountWords.of().scales
    for t in _phrase(lex, token):
        if t.lower_ in lex.lower_bound_words:
            bound = True
        if t.lower_ in lex.range_words and t.i != token.i:
            ranged = True
        if t.dep_ in {"compound", "quantmod"} and t.like_num:
            continue
        if t.dep_ == "nummod" and t.head.lower_ in scale_words:
            continue  # "two dozen": counted with its scale word
        if _age_of(lex, t):
            continue  # "a boy of 16": an age (gvc43)
        value = number_of(t) if counts_people(t) else None
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
        elif t.lower_ in lex.vague:
            bound = True
    if values:
        if len(values) > 1 and ranged:
            return min(values), True, True
        return sum(values), bound, True
    if token.lower_ in lex.key.both_words or any(
        c.lower_ in lex.key.both_words for c in children(token)
    ):
        return 2, False, True
    ages = [t for t in _phrase(lex, token) if is_age(t) and t.like_num]
    if ages and not bound and token.tag_ in {"NNS", "NNPS"}:
        return len(ages), False, True  # "her daughters, ages 6 and 9"
    if ages and not bound:
        return 1, False, True  # "a 19-year-old"
    if bound:
        return 0, True, True
    if (
        token.lower_ in lex.person_pronouns | lex.cue["single_others"]
        or token.tag_ in {"NN", "NNP", "UH"}
        or token.ent_type_ == "PERSON"
    ):
        return 1, False, True
    if token.tag_ in {"NNS", "NNPS"} or token.lower_ in lex.group_pronouns:
        return 0, True, True
    return 0, False, False


def _age_of(lex: EventWords, number: Token) -> bool:
    """ "a boy of 16", "a woman of 70": a figure in "of" after a singular noun of a person's sex
    (`annotate/male_words.txt`, `female_words.txt`) is that person's age, not a count."""
    prep = number.head
    if number.dep_ != "pobj" or prep.lower_ not in lex.cue["age_preps"] or prep.head.tag_ != "NN":
        return False
    noun = prep.head.lower_
    return noun in lex.lexicon.words("annotate/male_words") or noun in lex.lexicon.words(
        "annotate/female_words"
    )


def _aged_other(lex: EventWords, token: Token) -> bool:
    """ "The other, 25, is in stable condition": a number the parser made the head of "the
    other" before it, or one set off by commas after a singular noun, is that person's age."""
    if not token.like_num:
        return False
    doc = token.doc
    if (
        # "Boy, 4, wounded in shooting": a headline whose noun the parser left aside, its age
        # taken for the one hurt
        1 < token.i < len(doc) - 1
        and doc[token.i - 1].text == doc[token.i + 1].text == ","
        and doc[token.i - 2].tag_ in {"NN", "NNP", "UH"}
    ):
        return True
    return any(
        c.i < token.i and c.lower_ in lex.cue["single_others"] and doc[token.i - 1].text == ","
        for c in children(token)
    )


def in_dateline(token: Token) -> bool:
    """ "SPRINGFIELD, Ore. (KXYZ) — A 19-year-old was killed": the token lies in the dateline
    before a dash that opens the sentence, with no verb before the dash."""
    sent = token_sent(token)
    # (its first 14 words read from the parse's tuples: no Token made anew, no string looked up)
    tokens, poses = doc_tokens(token.doc), token_words(token.doc)[1]
    for i in range(sent.start, min(sent.start + 14, sent.end)):
        if poses[i] in {"VERB", "AUX"}:
            return False
        if _dateline_dash(tokens[i]) and i > sent.start:
            return token.i < i
    return False


def _dateline_dash(token: Token) -> bool:
    """A dash with a space beside it ("HOUSTON - A boy", "Fla.- A teen"); not the hyphen
    inside a word ("a 48-year-old")."""
    doc = token.doc
    spaced = bool(token.whitespace_) or (token.i > 0 and bool(doc[token.i - 1].whitespace_))
    if token.text in DATELINE_DASHES:
        return spaced
    return len(token.text) > 2 and token.text[-1] in "—–-" and bool(token.whitespace_)


def past_dateline(victim: Token) -> list[Token]:
    """The victim of a sentence whose dateline the parser took as its subject ("DOLNA, Fla.-
    A 16-year-old died", with the teen hung on DOLNA): the phrase that opens after the dash."""
    dash = next((t for t in victim.sent if _dateline_dash(t)), None)
    if dash is None:
        return []
    return [
        t
        for t in victim.subtree
        if t.i > dash.i
        and t.left_edge.i <= dash.i + 1
        and t.pos_ in {"NOUN", "PROPN", "ADJ", "PRON"}
    ][:1]


def not_a_victim(lex: EventWords, victim: Token) -> bool:
    """Punctuation, or the first part of a split hyphenated word ("his ex-girlfriend" parsed
    as three objects)."""
    if victim.is_punct or not any(ch.isalnum() for ch in victim.text):
        return True
    if victim.lemma_.lower() in lex.not_people:
        return True  # "called a shooting that killed a teen an accident"
    if victim.lower_ in lex.key.her_forms and any(
        s.dep_ == victim.dep_ and 0 < s.i - victim.i <= 3 for s in children(victim.head)
    ):
        return True  # "shooting her older brother": a possessive taken for an object
    doc = victim.doc
    nxt = doc[victim.i + 1] if victim.i + 1 < len(doc) else None
    return (
        nxt is not None
        and not victim.whitespace_
        and nxt.text == "-"
        and not nxt.whitespace_
        and nxt.dep_ == victim.dep_
    )


def _gapped_others(lex: EventWords, verb: Token) -> list[Token]:
    """ "One victim was shot in the leg and the other in the arm": the gapped clause has no verb,
    and the parse hangs "the other" on the first clause's wound ("leg"); it is one more person."""
    return [
        other
        for prep in children(verb)
        if prep.dep_ == "prep"
        for wound in children(prep)
        if wound.dep_ == "pobj"
        for other in children(wound)
        if other.dep_ == "conj"
        and any(c.dep_ == "det" for c in children(other))
        and (other.lower_ in lex.cue["single_others"] or _gapped_person(lex, other))
    ] + [
        # "A cook was shot in the hip and a porter in the foot", the porter hung on the verb
        other
        for other in children(verb)
        if other.dep_ == "conj"
        and other.pos_ in {"NOUN", "PROPN"}
        and any(c.dep_ == "det" for c in children(other))
        and _gapped_person(lex, other)
    ]


def _gapped_person(lex: EventWords, other: Token) -> bool:
    """ "A man was shot in the leg and a woman in the arm": a conjunct of the first wound's
    place that is no part of the body and has a place of its own in the body: a person of a
    gapped clause (gvc36)."""
    body = lex.cue["body_parts"]
    return other.lemma_.lower() not in body and any(
        c.dep_ == "prep" and any(g.dep_ == "pobj" and g.lemma_.lower() in body for g in children(c))
        for c in children(other)
    )


def victims_of(lex: EventWords, verb: Token) -> list[Token]:
    """The people a casualty verb is about: passive subjects, objects, or intransitive subjects.

    A verb coordinated with an earlier one ("was shot and killed") has the first verb's victims,
    else its own headline victims; chains of such verbs are followed in a loop.
    """
    deferred: list[Token] = []
    found = _own_victims(lex, verb)
    while found is None:
        deferred.append(verb)
        verb = verb.head
        found = _own_victims(lex, verb)
    for later in reversed(deferred):
        found = found or _headline_victims(lex.key, later)
    return one_word(found)


def one_word(people: Sequence[Token]) -> list[Token]:
    """ "Three co-workers were wounded": the pieces of a hyphenated word, which the parser gives
    one relation each, as one person phrase, told by its last piece (`_phrase` reads the figure
    on the first) (gvc43)."""
    return [t for t in people if not (t.i + 1 < len(t.doc) and _later_piece(t.doc[t.i + 1]))]


def _earlier_pieces(token: Token) -> list[Token]:
    """The pieces of a hyphenated word before its last ("co", "-" of "co-workers")."""
    pieces: list[Token] = []
    node = token
    while _later_piece(node):
        node = node.doc[node.i - 1]
        pieces.append(node)
    return pieces


def _later_piece(token: Token) -> bool:
    """A piece of a hyphenated word after its first: no space before it, and the piece before it
    bears the same relation to the same head."""
    if token.i == 0:
        return False
    before = token.doc[token.i - 1]
    return not before.whitespace_ and before.dep_ == token.dep_ and before.head.i == token.head.i


def _own_victims(lex: EventWords, verb: Token) -> list[Token] | None:
    """`victims_of` for one verb; None when they are the verb it is coordinated with."""
    found: list[Token] = []
    relative = misread_relative(lex, verb)
    if relative is not None:
        return [relative]  # "A boy shot on Elm Street died Wednesday": the boy
    passive = any(c.dep_ == "auxpass" for c in children(verb)) or _bare_participle(verb)
    for child in children(verb):
        if child.dep_ in {"nsubjpass", "dobj"} or (
            child.dep_ == "nsubj" and (verb.lemma_ in lex.dying_verbs or passive)
        ):
            found.append(child)
    if not found and passive:
        # "X were injured" with X hung on "were", "Also wounded were four patrons"
        found = [
            g
            for c in children(verb)
            if c.dep_ == "auxpass"
            for g in children(c)
            if g.dep_ in {"nsubj", "attr"}
        ]
    if (
        not found
        and passive
        and verb.dep_ == "pcomp"
        and verb.head.lower_ in lex.cue["being_preps"]
    ):
        # "a boy required hospitalization after being shot by his cousin": who the clause is about
        found = [s for s in subjects_of(verb.head.head) if s.tag_ not in {"WP", "WDT"}]
    if found and any(c.dep_ == "dobj" for c in children(verb)):
        # "killed 5 civilians in one village and 9 civilians in another"
        found.extend(
            c
            for c in children(verb)
            if c.dep_ == "conj"
            and (c.pos_ in {"NOUN", "PROPN", "NUM"} or c.lower_ in lex.reflexives)
            and not _own_harm(lex, c)
        )
    if found and passive:
        found.extend(_gapped_others(lex, verb))
    clause = _relative_clause(verb)
    if clause is not None and any(t.tag_ in {"WP", "WDT"} for t in found):
        # "a girl and her mother who were shot", "a teen who police say was shot": the people
        # the clause is about (a "who" taken for an object is the killer: "a man who ... shot
        # and killed his son")
        subject = any(t.tag_ in {"WP", "WDT"} and t.dep_ != "dobj" for t in found)
        found = [t for t in found if t.tag_ not in {"WP", "WDT"}]
        found += [clause.head] if subject else []
    if found and all(t.lower_ in lex.group_pronouns | lex.person_pronouns for t in found):
        found = _taken_there(lex, verb) or found
    if not found and verb.tag_ in {"VBN", "VBD"}:
        # "2 hurt in shooting at apartment complex", "3 wounded, 1 killed": a headline's count
        # hung on the participle (gvc36)
        found = [
            c
            for c in children(verb)
            if c.dep_ in {"nummod", "meta"} and c.i < verb.i and c.like_num
        ]
    if (
        not found
        and verb.dep_ == "conj"
        and verb.head.pos_ == "AUX"
        and verb.lemma_ in lex.dying_verbs
    ):
        # "he was in critical condition but died": the copula's subject died (gvc22)
        found = [c for c in children(verb.head) if c.dep_ == "nsubj"]
    if (
        not found
        and verb.dep_ == "conj"
        and any(c.dep_ == "auxpass" for c in children(verb))
        and (verb.head.lemma_ in lex.death_verbs or verb.head.lemma_ in lex.shooting_verbs)
        and not any(c.dep_ in {"auxpass", "nsubjpass"} for c in children(verb.head))
    ):
        # "A man killed his wife and was later shot dead by deputies": a passive joined to an
        # active killing or shooting is about its doer, not its object (gvc39)
        subjects = [c for c in children(verb.head) if c.dep_ == "nsubj"]
        if subjects:
            return subjects
    if not found and verb.dep_ == "conj" and verb.head.pos_ == "VERB":
        # "was shot and killed": the victims are the first verb's
        return None
    if not found and verb.dep_ == "conj" and verb.head.lower_ in lex.key.shot_forms:
        # "6-year-old pupil shot and killed", "shot" taken for a noun: the pupil
        return [c for c in children(verb.head) if c.dep_ == "compound" and c.pos_ == "NOUN"]
    if (
        not found
        and verb.dep_ in {"acl", "amod", "relcl"}
        and (
            verb.head.pos_ in {"NOUN", "PROPN", "NUM"} or verb.head.lower_ in lex.key.another_words
        )
    ):
        found.append(_first_conjunct(verb))  # its conjuncts are counted with it
    if not found and verb.lemma_ in lex.dying_verbs:
        found = _headline_subject(verb)
    if not found and verb.lemma_ in lex.dying_verbs and _finite_without_subject(verb):
        # "A boy shot on Elm Street died Wednesday": the one the misread relative is about
        found = [s for s in subjects_of(verb) if misread_relative(lex, verb.head) is s]
    return found


def _first_conjunct(verb: Token) -> Token:
    """The noun a modifier is about; after the last of a list ("a grandmother and two
    boys dead", "a woman and her son shot dead") it is about the whole list, told by its first."""
    noun = verb.head
    if verb.i < noun.i:
        return noun  # "a man and two dead children": only the children
    while noun.dep_ == "conj" and noun.head.i != noun.i and noun.head.pos_ in {"NOUN", "PROPN"}:
        noun = noun.head
    return noun


def _headline_victims(key: KeyWords, verb: Token) -> list[Token]:
    """ "Teen shot and killed in Dayton": a headline's passive with its "was" left out, read as
    active with no object; the subject is the victim."""
    head = verb.head
    if verb.tag_ != "VBN" or head.dep_ != "ROOT" or head.lemma_ not in key.shoot_lemmas:
        return []
    if any(c.dep_ in {"dobj", "aux", "auxpass", "nsubj"} for c in children(verb)):
        return []
    if any(c.dep_ in {"dobj", "aux", "auxpass"} for c in children(head)):
        return []
    # a bare noun, as headlines write it ("Teen", not "The gunman shot and killed")
    return [
        c
        for c in children(head)
        if c.dep_ == "nsubj"
        and c.tag_ in {"NN", "NNP"}
        and not any(g.dep_ == "det" for g in children(c))
    ]


def _headline_subject(verb: Token) -> list[Token]:
    """ "Boy, 4, dies after shooting himself": a headline's subject the parser took for an
    interjection (its age hung on the verb), one person."""
    return [c for c in children(verb) if c.dep_ == "intj" and c.i < verb.i and c.text[:1].isupper()]


def _bare_participle(verb: Token) -> bool:
    """A past participle with its "was" left out ("two died and a third badly
    injured", "five others injured"): its subject is the one it happened to."""
    return (
        verb.tag_ == "VBN"
        and any(c.dep_ == "nsubj" for c in children(verb))
        and not any(c.dep_ in {"aux", "dobj"} for c in children(verb))
    )


def along_with(lex: EventWords, token: Token) -> list[Token]:
    """ "were found dead along with their uncle", "are dead along with their grandfather": the
    people who shared the victims' fate."""
    heads = [token, token.head] if token.dep_ in {"acomp", "oprd"} else [token]
    return [
        person
        for head in heads
        for prep in children(head)
        if prep.dep_ == "prep" and prep.lower_ in lex.cue["along_words"]
        for with_ in children(prep)
        if with_.lower_ in lex.key.comitative_preps
        for person in children(with_)
        if person.dep_ == "pobj"
    ]


def _own_harm(lex: EventWords, person: Token) -> bool:
    """ "left one man dead and two others injured": a conjunct with a word of hurt of its own
    met that fate, not the verb's."""
    return any(
        c.dep_ in {"acl", "amod"}
        and (c.lemma_ in lex.injury_verbs or c.lower_ in lex.cue["injury_adjectives"])
        for c in children(person)
    )


def _taken_there(lex: EventWords, verb: Token) -> list[Token]:
    """ "The couple were rushed to a clinic where they later died": who "they"
    are, the people taken to the place the clause is about."""
    place = verb.head
    if verb.dep_ != "relcl" or place.dep_ != "pobj" or place.head.dep_ != "prep":
        return []
    taken = place.head.head
    if taken.lemma_ not in lex.taking_verbs:
        return []  # "the house where she was shot": no one taken there
    return [c for c in children(taken) if c.dep_ in {"nsubjpass", "nsubj", "dobj"}]


def _relative_clause(verb: Token) -> Token | None:
    """The relative clause the verb belongs to ("who was shot", "who police say was shot")."""
    node = verb
    for _ in range(3):
        if node.dep_ == "relcl":
            return node
        if node.dep_ not in {"ccomp", "conj"} or node.head.i == node.i:
            return None
        node = node.head
    return None


def subjects_of(verb: Token) -> list[Token]:
    """Who did it: the verb's subject, a shared subject of coordinated verbs ("was flown to
    a clinic but did not survive"), or the person an -ing clause is about ("a man
    suffering from a fatal wound"); the noun of a reduced relative the parser took for the
    main verb ("A boy shot on Elm Street died Monday": `_finite_without_subject`)."""
    while True:
        subjects = [
            _relative_noun(c) for c in one_word(children(verb)) if c.dep_ in {"nsubj", "nsubjpass"}
        ]
        if subjects:
            return subjects
        if (verb.dep_ == "conj" or _finite_without_subject(verb)) and verb.head.pos_ in {
            "VERB",
            "AUX",
        }:
            verb = verb.head  # up a chain of coordinated verbs, as a loop
            continue
        if verb.dep_ in {"acl", "relcl"} and verb.head.pos_ in {"NOUN", "PROPN"}:
            return [verb.head]
        return []


def _finite_without_subject(verb: Token) -> bool:
    """ "A boy shot on Elm Street died Monday", "the man shot on Friday is recovering": a finite
    clause hung on a verb as an adverbial with no subject of its own, a reduced relative's main
    verb misread (gvc43); its subject is the one of the verb it hangs on. So is one hung on it
    as a complement ("A clerk shot on Elm Street was fighting for his life", counts55)."""
    return (
        verb.dep_ in {"advcl", "ccomp"}
        and verb.head.i < verb.i
        and (verb.tag_ in {"VBD", "VBZ", "VBP"} or any(c.dep_ == "aux" for c in children(verb)))
        and not any(
            (c.dep_ in {"nsubj", "nsubjpass", "mark"} or c.tag_ == "WRB") and c.i < verb.i
            for c in children(verb)
        )
    )


def _outcome_without_subject(outcome_verb: Token, verb: Token, outcome: frozenset[str]) -> bool:
    """ "A clerk shot on Elm Street was fighting for his life": a verb of what became of the one
    hurt, after the verb of harm, with an auxiliary and no subject of its own, the parser having
    hung one clause on the other as a complement (counts55)."""
    kids = children(outcome_verb)
    return (
        outcome_verb.i > verb.i
        and outcome_verb.lemma_ in outcome
        and any(c.dep_ == "aux" for c in kids)
        and not any(c.dep_ in {"nsubj", "nsubjpass", "mark"} for c in kids)
    )


def misread_relative(lex: EventWords, verb: Token) -> Token | None:
    """ "A boy shot on Elm Street died Wednesday", "a man shot in the foot was released": a verb
    of harm in a reduced relative the parser took for an active main verb, its noun for the
    subject, before a verb of what became of the one hurt (`victims/outcome_verbs.txt`) with no
    subject of its own; the noun (the one hurt), or None. (gvc43)"""
    if verb.tag_ != "VBD" or not (
        verb.lemma_ in lex.shooting_verbs or verb.lemma_ in lex.injury_verbs
    ):
        return None
    kids = children(verb)
    if any(c.dep_ in {"dobj", "aux", "auxpass", "nsubjpass", "neg", "prt"} for c in kids):
        return None
    nouns = [c for c in kids if c.dep_ == "nsubj" and c.pos_ in {"NOUN", "PROPN"}]
    if len(nouns) != 1:
        return None
    outcome = lex.cue["outcome_verbs"]
    if verb.dep_ in {"nsubj", "nsubjpass"} and verb.head.lemma_ in outcome:
        return nouns[0]  # "A woman shot on Elm Street was upgraded"
    if verb.dep_ == "ccomp" and _outcome_without_subject(verb.head, verb, outcome):
        return nouns[0]  # "A driver shot on Elm Street was clinging to life" (counts55)
    told = any(
        c.i > verb.i
        and c.lemma_ in outcome
        and (
            _finite_without_subject(c)
            or (c.dep_ == "conj" and not any(g.dep_ in {"nsubj", "nsubjpass"} for g in children(c)))
        )
        for c in kids
    )
    return nouns[0] if told else None


def _relative_noun(subject: Token) -> Token:
    """ "A woman shot on Elm Street was upgraded to stable condition": a past-tense verb taken
    for the subject, with a noun as its own subject, is a reduced relative about that noun."""
    if subject.tag_ == "VBD":
        nouns = [c for c in children(subject) if c.dep_ == "nsubj" and c.pos_ in {"NOUN", "PROPN"}]
        if len(nouns) == 1:
            return nouns[0]
    return subject


def told_again(lex: EventWords, victim: Token, counted: list[tuple[Token, int]]) -> bool:
    """The victim is one person the sentence already counted, told again: "he" after "The
    teen suffered a fatal wound", "that cyclist" after "a teenage cyclist was shot
    dead"."""
    if any(t.i == victim.i for t, _ in counted):
        return True  # "died after being fatally shot": the subject of both
    single = [t for t, value in counted if value == 1]
    if not single:
        return False
    if victim.lower_ in lex.anaphors:
        return True
    if _named_again(victim, counted):
        return True
    # "that boy", "the boy", a bare "boy": not "another boy", "a second boy"
    indefinite = any(
        (c.dep_ in {"det", "nummod"} and c.lower_ not in lex.definite)
        or c.lower_ in lex.other_words
        for c in children(victim)
    )
    if indefinite:
        return False
    if victim.lower_ in lex.cue["victim_nouns"] and any(
        c.dep_ == "det" and c.lower_ in lex.definite for c in children(victim)
    ):
        return True  # "A man was shot. The victim is at a clinic": the one told (gvc20)
    return any(t.lemma_ == victim.lemma_ and t.i < victim.i for t in single)


def rest_of_group(lex: EventWords, victim: Token, counted: list[tuple[Token, int]]) -> bool:
    """ "The other man was hit" after "Two cabbies were shot": one of a group counted before, told
    again, not someone new ("another man", "a second man" are new)."""
    if not any(value >= 2 and t.i < victim.i for t, value in counted):
        return False
    kids = children(victim)
    return any(c.dep_ == "det" and c.lower_ in lex.definite for c in kids) and any(
        c.lower_ in lex.cue["rest_of_group"] for c in kids
    )


def _named_again(victim: Token, counted: list[tuple[Token, int]]) -> bool:
    """ "A 9-year-old girl died in gunfire ..., and the chief said the bullet that killed Maya
    Jones was meant for her uncle": the one victim, unnamed first, then named."""
    if victim.ent_type_ != "PERSON" or len(counted) != 1:
        return False
    if victim.head.dep_ not in {"relcl", "ccomp", "advcl", "acl"}:
        return False  # "A man was killed and John Roe died": two people
    first, value = counted[0]
    return value == 1 and first.tag_ == "NN" and first.ent_type_ != "PERSON" and first.i < victim.i


def referred_to(lex: EventWords, word: Token, victim: Token) -> bool:
    """ "the wounded men": an adjective before a definite noun with no number names people
    the article told of before."""
    return (
        word.dep_ == "amod"
        and word.head.i == victim.i
        and word.i < victim.i
        and any(
            c.dep_ == "det" and c.lower_ in lex.cue["definite_plural_dets"]
            for c in children(victim)
        )
    )
