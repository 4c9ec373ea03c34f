"""The doer of a «why» is the first side it names (knowledge/why_doer.py); the messages this
decides are in tests/test_why_only.py."""

from __future__ import annotations

from knowledge.engine import AnswerEngine
from knowledge.normalize import normalize
from knowledge.why_doer import first_side


def test_the_doer_is_the_first_side_named() -> None:
    def words(text: str) -> tuple[str, ...]:
        return tuple(normalize(text).split())

    assert first_side(words("لماذا لم يهاجم الروم المسلمين")) == "romans"
    assert first_side(words("ليش النبي ما لحق الروم")) == "muslims"
    assert first_side(words("علاش الروم رجعو")) == "romans"
    assert first_side(words("ليش ما قاتلوا الروم")) is None


def test_another_side_s_why_is_left_out_of_the_ranking(arabic_engine: AnswerEngine) -> None:
    # «ليه الروم انسحبوا …» asks the Romans' reason: why the Prophet held back (no_battle)
    # is neither leader nor rival, nor offered beside the Romans' retreat.
    reply = arabic_engine.answer("ليه الروم انسحبوا من غير ما يقاتلوا المسلمين؟")
    assert reply.fact is not None and reply.fact.id == "roman_surprise"
    # asked of the Prophet, his own reason answers
    reply = arabic_engine.answer("ليش النبي ما لحق الروم بعد انسحابهم؟")
    assert reply.fact is not None and reply.fact.id == "no_battle"
