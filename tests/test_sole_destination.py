"""Who went to a place («مين راح لدومة الجندل؟»: a verb of going, «ل/إلى», the place) is told
by the one fact whose answer has someone go or be sent «إلى» that place (Khalid to Dumat
al-Jandal), not by the facts that only name it (its ruler Ukaydir, its tribute)."""

from __future__ import annotations

import pytest

from knowledge.forms import FormAnswerer
from tests.message_helpers import assert_answered_with, reply_to


@pytest.mark.parametrize(
    "message",
    [
        "مين راح لدومة الجندل؟",
        "شكون اللي مشى لدومة الجندل؟",
        "من ذهب إلى دومة الجندل؟",
        "منو اللي وصل لدومة الجندل؟",
    ],
)
def test_who_went_to_a_place_is_the_one_sent_there(answerer: FormAnswerer, message: str) -> None:
    assert_answered_with(answerer, message, "dumat_aljandal", "خالد بن الوليد")


@pytest.mark.parametrize(
    "message",
    [
        # Tabuk is every fact's frame: no place asked
        "مين راح لتبوك؟",
        # a place no fact has anyone go to
        "من الذي ذهب إلى أيلة؟",
        # a turn of life the fact does not tell is still not answered
        "من ذهب إلى دومة الجندل ثم أسلم؟",
        # who went with the one sent: his companions, whom no fact names
        "من الذي سار الى دومة الجندل مع خالد",
        "مين راح مع خالد لدومة الجندل",
        "من رافق خالد بن الوليد في طريقه إلى دومة الجندل",
    ],
)
def test_no_fact_sends_anyone_there(answerer: FormAnswerer, message: str) -> None:
    reply, text = reply_to(answerer, message)
    assert all(
        part.fact is None or part.fact.id != "dumat_aljandal" for part in reply.parts if part.done
    ), text


def test_who_went_there_then_the_ruler_are_answered_in_order(answerer: FormAnswerer) -> None:
    # (was asked back between the errand, Ukaydir and the tribute, then Ukaydir answered)
    reply, text = reply_to(answerer, "شكون اللي مشى لدومة الجندل؟ وشنو دار النبي ﷺ مع أكيدر؟")
    given = [part.fact.id if part.done and part.fact else None for part in reply.parts]
    assert given == ["dumat_aljandal", "ukaydir"], text


@pytest.mark.parametrize(
    "message",
    [
        # who led or sent someone there (a verb of leading or sending, what it takes, «إلى»)
        "من قاد السرية إلى دومة الجندل",
        "منو اللي قاد الجنود لدومة الجندل؟",
        "من قاد الفرقة التي ذهبت إلى دومة الجندل؟",
        "مين اللي بعثه الرسول لدومة الجندل",
        "من قائد المسلمين إلى دومة الجندل",
    ],
)
def test_who_led_or_was_sent_to_a_place_is_not_its_chief(
    answerer: FormAnswerer, message: str
) -> None:
    # (was answered with Ukaydir, the chief of the place, by a close match on «قائد/زعيم»)
    assert_answered_with(answerer, message, "dumat_aljandal", "خالد بن الوليد")


@pytest.mark.parametrize(
    ("message", "fact_id"),
    [
        ("من كان زعيم دومة الجندل؟", "ukaydir"),
        ("من قاد الجيش إلى تبوك", "leader"),
    ],
)
def test_the_chief_and_the_leader_to_tabuk_stay(
    answerer: FormAnswerer, message: str, fact_id: str
) -> None:
    reply, text = reply_to(answerer, message)
    assert reply.parts[0].fact is not None and reply.parts[0].fact.id == fact_id, text
