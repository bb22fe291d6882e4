"""Which of a sentence's events is the one it reports (issue 15, plover42).

A sentence often tells several acts: the one it reports and others that frame it. The coder
rates each event on its own (its trigger's depth, whether actors and a recipient were found), so
a framing act with a recipient can outrank the act the sentence reports. Two framings are read
from the parse, each a path from one event's trigger down to another's:

- the ground: "the minister resigned after officers were filmed beating a student", "the
  envoy was recalled over the shelling that killed two" -- the clause or phrase opened by a
  ground marker (`ranking/ground_markers.txt`) on the governing trigger tells what the act
  answers or follows;
- what is told: "the group accused the guards to have beaten the prisoners", "troops shelled
  the market, the monitors alleged" -- the complement (told before the verb: of a verb
  with no object of its own) (`ranking/content_deps.txt`) of a
  telling trigger (`ranking/telling_types.txt`) is what is alleged.

The event told in the framing ranks just below the governing one. One reading goes the other
way, the scene (plover45): "residents inspect a house destroyed in an air strike", "mourners
gather at the site of the bombing" -- a scene verb (`ranking/scene_verbs.txt`) whose object or
prepositional phrase (`ranking/scene_deps.txt`) tells an attack (`ranking/scene_act_types.txt`)
reports the attack, and the scene verb's event ranks just below it.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from .words import EventWords

if TYPE_CHECKING:
    from spacy.tokens import Token

_MAX_DEPTH = 10
_PHRASE_WORDS = 3
"""The most words of a ground marker ("in response to")."""


def outranked(lex: EventWords, triggers: Sequence[tuple[Token, str, str | None]]) -> dict[int, int]:
    """For the triggers (with types and modes) of one sentence's events: index -> index of
    the nearest event that frames it (its trigger governs the first's through a ground marker,
    or as what it tells, a framing event between them or not)."""
    if len(triggers) < 2:  # noqa: PLR2004 - a pair at least
        return {}
    follow_ups = lex.cue["follow_up_modes"]
    # an inquiry into an act frames nothing: "detectives are investigating after a shopkeeper
    # was shot" reports the shooting
    at = {token.i: n for n, (token, _, mode) in enumerate(triggers) if mode not in follow_ups}
    out: dict[int, int] = {}
    for n, (token, _, _) in enumerate(triggers):
        path = [token]
        head = token
        for _ in range(_MAX_DEPTH):
            if head.head.i == head.i:
                break
            head = head.head
            governor = at.get(head.i)
            if (
                governor is not None
                and governor != n
                and _frames(lex, head, triggers[governor][1], path)
            ):
                out[n] = governor
                break
            path.append(head)
    scene_verbs = lex.cue["scene_verbs"]
    scenes = {token.i: n for n, (token, _, _) in enumerate(triggers) if token.lemma_ in scene_verbs}
    if scenes:
        acts = lex.cue["scene_act_types"]
        for n, (token, type_, _) in enumerate(triggers):
            if type_ not in acts:
                continue
            scene = _scene_of(lex, token, scenes)
            if (
                scene is not None
                and scene != n
                and triggers[scene][1] not in acts
                and out.get(n) != scene
            ):
                out[scene] = n
    return out


def _scene_of(lex: EventWords, token: Token, scenes: dict[int, int]) -> int | None:
    """The index of the scene verb's trigger whose object or prepositional phrase holds
    `token` ("inspect a house destroyed in an air strike"), if any."""
    deps = lex.cue["scene_deps"]
    step = token
    for _ in range(_MAX_DEPTH):
        head = step.head
        if head.i == step.i:
            return None
        if head.i in scenes:
            return scenes[head.i] if step.dep_ in deps else None
        step = head
    return None


def _frames(lex: EventWords, governor: Token, type_: str, path: list[Token]) -> bool:
    """Whether the path (from the governed trigger up to the child of `governor`) leaves the
    governor through a ground marker or as what a telling trigger tells."""
    step = path[-1]
    if type_ in lex.cue["telling_types"] and step.dep_ in lex.cue["content_deps"]:
        # a clause told before its telling verb is its content only where the verb has no
        # object of its own ("..., the watchdog alleged"; not "..., they had criticised the law")
        return step.i > governor.i or not any(c.dep_ == "dobj" for c in governor.children)
    if type_ in lex.cue["telling_types"] and _gerund_after(governor, step):
        return True
    markers = lex.cue["ground_markers"]
    if step.dep_ == "advcl":
        return any(c.dep_ == "mark" and c.lower_ in markers for c in step.children)
    if step.dep_ == "prep":
        words = [t.lower_ for t in reversed(path)][:_PHRASE_WORDS]
        return any(" ".join(words[:k]) in markers for k in range(1, len(words) + 1))
    return False


def _gerund_after(governor: Token, step: Token) -> bool:
    """A gerund the parse hangs as an adverbial clause right after its verb or the verb's
    particle is the verb's object: "ruled out recognising the breakaway region" (plover50), as
    "refused to recognise" is; not one set off by a comma or a subordinator ("..., saying")."""
    if step.dep_ != "advcl" or step.tag_ != "VBG" or step.i <= governor.i:
        return False
    if any(c.dep_ == "mark" for c in step.children):
        return False
    between = governor.doc[governor.i + 1 : step.i]
    return all(t.dep_ == "prt" and t.head.i == governor.i for t in between)
