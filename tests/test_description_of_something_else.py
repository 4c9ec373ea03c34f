"""«…، ما هو؟» after a description asks what that description is of. One telling another
event (Quraysh, a battle named) is never read as «what is the expedition» (the overview) nor
as one of Tabuk's facts; a battle told in the first person («أنا معركة …، شو اسمي؟») is a
riddle, not a bare «name» (the army's). A description of Tabuk's own traits that never
writes «تبوك» is still read as Tabuk."""

from __future__ import annotations

import pytest

from knowledge.forms import FormAnswerer, Status
from tests.message_helpers import reply_to


@pytest.mark.parametrize(
    "message",
    [
        "صلح عقده النبي مع قريش على وضع الحرب عشر سنين، ما هو؟",
        "صلح عقده النبي مع قريش في الحديبية، ما هو؟",
        "انا معركة كانت ضد الروم وكان فيها ثلاثة آلاف مسلم امام مئتي الف، شو اسمي؟",
        "أنا معركة التقى فيها المسلمون بقريش عند الآبار، ما اسمي؟",
        # Mecca, which no Tabuk fact names: its conquest, a peace with its people
        "فتح دخل فيه النبي ﷺ مكة في رمضان، ما هو؟",
        "صلح عقده النبي مع أهل مكة، ما هو؟",
        # an event told by its noun, not «غزوة», read as a riddle: year ten is not Tabuk
        "حدث وقع في السنة العاشرة ودّع فيه النبي الناس، ما هو؟",
        "آخر حجة للنبي، ما اسمها؟",
    ],
)
def test_description_of_another_thing_is_not_the_expedition(
    answerer: FormAnswerer, message: str
) -> None:
    reply, text = reply_to(answerer, message)
    assert not any(part.done for part in reply.parts), text
    assert "غزوة تبوك غزوة قادها" not in text, text


@pytest.mark.parametrize(
    ("message", "status"),
    [
        ("عندي بحث عن غزوة تبوك، ما هي؟", Status.ANSWER),
        ("أنا غزوة خرج فيها جيش العسرة في الحر ولم يقع فيها قتال، شو اسمي؟", Status.RIDDLE_TABUK),
        ("خرج فيها المسلمون في الحر الشديد وتراجع الروم، ما هي؟", Status.RIDDLE_TABUK),
        ("خرج النبي فيها لملاقاة الروم وهرقل في الحر، ما هي؟", Status.RIDDLE_TABUK),
        ("حدث وقع في رجب سنة تسع وخرج فيه النبي إلى الروم، ما هو؟", Status.RIDDLE_TABUK),
    ],
)
def test_descriptions_of_tabuk_still_name_it(
    answerer: FormAnswerer, message: str, status: Status
) -> None:
    reply, text = reply_to(answerer, message)
    part = reply.parts[0]
    assert part.status is status and part.fact is not None, text
    assert part.fact.id == "overview", text


def test_an_event_described_by_its_noun_is_read_as_a_riddle(answerer: FormAnswerer) -> None:
    reply, text = reply_to(answerer, "سرية بعثها النبي إلى الروم وسقط فيها القواد الثلاثة، ما هي؟")
    assert reply.parts[0].status is Status.RIDDLE_MUTAH, text
    reply, text = reply_to(answerer, "صلح عقده النبي مع أهل أيلة في تبوك، ما هو؟")
    assert reply.parts[0].fact is not None and reply.parts[0].fact.id == "treaties", text
