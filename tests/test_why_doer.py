"""The doer of a «why» is the first side it names (knowledge/why_doer.py); the messages this
decides are in tests/test_why_only.py."""

from __future__ import annotations

from knowledge.normalize import normalize
from knowledge.why_doer import first_side, why_doers


def test_the_doer_is_the_first_side_named() -> None:
    def words(text: str) -> tuple[str, ...]:
        return tuple(normalize(text).split())

    assert first_side(words("لماذا لم يهاجم الروم المسلمين")) == "romans"
    assert first_side(words("ليش النبي ما لحق الروم")) == "muslims"
    assert first_side(words("علاش الروم رجعو")) == "romans"
    assert first_side(words("ليش ما قاتلوا الروم")) is None
    # the Arabs as a people are a side of their own: their fear is not the Romans'
    assert first_side(words("العرب كانو بيخافو من الروم ليه")) == "arabs"
    assert first_side(words("ليش الروم خافو من المسلمين")) == "romans"


def test_a_fact_s_why_doers_are_the_sides_its_why_phrasings_put_first() -> None:
    # (the Prophet's restraint and the Romans' retreat: each asked «why» of one side only)
    assert why_doers(("لماذا لم يهاجم النبي الروم في تبوك؟", "هل وقع قتال؟")) == {"muslims"}
    assert why_doers(("لماذا هرب الروم من المسلمين؟", "لماذا تراجع الروم؟")) == {"romans"}
    assert why_doers(("لماذا سمي جيش العسرة بهذا الاسم؟",)) == frozenset()
