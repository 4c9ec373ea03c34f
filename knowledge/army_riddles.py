"""An army described, then its name asked: «لغز: جيش سمّوه على اسم الشدة اللي كانوا فيها،
شو اسمه؟», «أنا جيش تجهّزت بصعوبة، وقت حر وقلّة… شو اسمي؟».

Read as a question, the description's own details find one of its facts (Uthman's gift, the
heat): never the name asked. Its details are the expedition's the army went on, so the
description is read as a riddle of that expedition (knowledge/riddles.py, with its guards: a
detail of Badr, the Trench or Mu'tah names no Tabuk). When it fits Tabuk, the army's name is
the answer («جيش العسرة»); asked «its» name in the feminine («… شو اسمها؟»), the expedition's.
A description that does not fit Tabuk is not answered here.
"""

from __future__ import annotations

import re

from knowledge.described_asks import asks_what_it_is
from knowledge.engine import AnswerEngine, Outcome, Reply
from knowledge.form_replies import PartReply, Status
from knowledge.message import Part
from knowledge.part_form import Form
from knowledge.riddle_patterns import RIDDLE_WHO
from knowledge.riddles import read_riddle
from knowledge.statements import StatementJudge

# «جيش كبير …», «أنا جيش …», «الجيش اللي …», after a title up to its colon
_ARMY = re.compile(
    r"^\s*(?:[^:：\n]{0,40}[:：]\s*)?(?:(?:أنا|انا|آنا|آني)\s+)?(?P<army>(?:ال)?جيش\s+\S)"
)
# «اسمها؟», «ما هي؟»: «its» name, the expedition's (an army is masculine)
_HERS = re.compile(r"(?:اسمها|إسمها|سميتها|هي|هى)\s*[؟?!.]*[^\w]*$")
# the bare ask ending a part read whole («…، شو اسمه؟», «… .. شو اسمي؟»)
_LAST_SENTENCE = re.compile(r"[،,.؛\n…]\s*([^،,.؛\n…]+)$")
# the fact that names the army
ARMY_NAME_FACT = "army_name"


def _asked(part: Part) -> tuple[str, str] | None:
    """(the description, the bare ask after it): the story before a question part, or a
    part read whole up to its last sentence; None when that ask asks more than what or
    who the one described is."""
    if part.context:
        description, ask = part.context, part.text
    else:
        last = _LAST_SENTENCE.search(part.text)
        if last is None:
            return None
        description, ask = part.text[: last.start()], last.group(1)
    if not (asks_what_it_is(ask) or RIDDLE_WHO.search(ask)):
        return None
    return description, ask


def read_army_riddle(part: Part, engine: AnswerEngine, judge: StatementJudge) -> PartReply | None:
    """The army's name (or, asked «its» name in the feminine, the expedition) when a part
    describes an army, asks what it is, and the description fits Tabuk; else None."""
    asked = _asked(part)
    army = _ARMY.match(asked[0]) if asked is not None else None
    if asked is None or army is None:
        return None
    description, ask = asked
    told = description[army.start("army") :].rstrip(" ،,.…")
    riddle = Part(Form.RIDDLE, f"{told}، ما اسم هذه الغزوة؟", part.original)
    read = read_riddle(riddle, engine, judge)
    if read.status is not Status.RIDDLE_TABUK:
        return None
    if _HERS.search(ask):
        return PartReply(part, read.reply, read.status, fact=read.fact)
    named = engine.fact(ARMY_NAME_FACT)
    if named is None:
        return None
    return PartReply(part, Reply(Outcome.ANSWER, fact=named), Status.ANSWER, fact=named)
