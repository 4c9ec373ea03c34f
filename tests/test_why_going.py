"""«Why did he go to Tabuk» asks the reasons, whatever verb of going it uses: «ذهب», «سار»
are the words the place is asked with («إلى أين ذهب النبي»), and the place answered."""

from __future__ import annotations

import pytest

from knowledge.engine import Outcome


@pytest.mark.parametrize(
    "question",
    [
        "لماذا ذهب النبي إلى تبوك",
        "لماذا ذهب المسلمون إلى تبوك؟",
        "ليش سافر النبي لتبوك",
        "علاش توجه الرسول إلى تبوك",
    ],
)
def test_why_someone_went_to_tabuk_gets_the_reasons(arabic_engine, question: str) -> None:
    reply = arabic_engine.answer(question)
    assert reply.outcome is Outcome.ANSWER and reply.fact is not None, reply.outcome
    assert reply.fact.id == "reasons"


@pytest.mark.parametrize(
    ("question", "fact"),
    [
        # where he went is still the place
        ("إلى أين ذهب النبي في غزوة تبوك", "location"),
        ("وين راح الجيش في غزوة تبوك", "location"),
    ],
)
def test_where_someone_went_is_still_the_place(arabic_engine, question: str, fact: str) -> None:
    reply = arabic_engine.answer(question)
    assert reply.fact is not None and reply.fact.id == fact, reply.outcome
