"""The claim inside a question that takes it for granted (issue 17, en70).

Two kinds of question carry a claim the asker believes:
- a negated yes/no question, «Wasn't Tabuk in Ramadan of year 8?», «Didn't Khalid go to Ayla
  with the detachment?»: the asker states what they remember and asks to have it confirmed;
- a «why» or «how» question on a wrong premise, «Why did Umar give all his wealth?», «How did
  the Muslims defeat the Romans in the big battle at Tabuk?»: the deed it asks about did not
  happen as told.
Read as questions, both were asked back (a negated question names no detail to give; «why»
asks a reason the text does not state). The claim, without its auxiliary («Tabuk in Ramadan
of year 8», «Umar give all his wealth»), is settled as a true/false statement is; the engine
(knowledge/english_engine.py) answers a negated question with the settled verdict, and a «why»
or «how» question only when its claim is settled false: a true premise still asks a reason,
and is read as the question it is.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_NEGATED = re.compile(
    r"^\W*(?:wasn'?t|weren'?t|didn'?t|isn'?t|aren'?t|hasn'?t|haven'?t|hadn'?t|doesn'?t|"
    r"don'?t)\s+(?P<claim>[^?\n]{6,}?)\s*\?+\s*$",
    re.IGNORECASE,
)
_WHY = re.compile(
    r"^\W*(?:why|how)\s+(?:did|was|were|do|does)\s+(?P<claim>[^?\n]{6,}?)\s*\?+\s*$",
    re.IGNORECASE,
)
# «Why did the Muslims not fight?», «How did he not …»: a negated premise is the story's own
# telling («the Muslims did not fight»), which a statement reading cannot hold apart.
_NOT = re.compile(r"\b(?:not|never|n't)\b", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Premise:
    claim: str
    negated_question: bool  # «Wasn't …?»: answered with either verdict


def premise_of(text: str) -> Premise | None:
    """The claim a negated yes/no question or a «why»/«how» question takes for granted."""
    for pattern, negated in ((_NEGATED, True), (_WHY, False)):
        found = pattern.match(text)
        if found is not None and not _NOT.search(found.group("claim")):
            return Premise(found.group("claim"), negated)
    return None
