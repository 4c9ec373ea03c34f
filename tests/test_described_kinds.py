"""«صحابي …، من هو؟», «لغز: مكان …، ما هو؟»: a description opening with the kind of one it is
(a Companion, a king, a place, a well) asks who or what that one is. A fact giving no one of
that kind, or only one the description already names, is no answer («من هو غزوة تبوك» found
the enemy; the hypocrites are no Companion); a fact that does give one still answers."""

from __future__ import annotations

import pytest

from knowledge.forms import FormAnswerer
from tests.message_helpers import reply_to


@pytest.mark.parametrize(
    "message",
    [
        # a Companion the text never names: not the enemy, carried from «غزوة تبوك»
        "صحابي كان أول خليفة للمسلمين، من هو؟",
        "لغز: صحابي كان خازن بيت المال، من هو؟",
        # «رومة» is a well, not the Romans
        "صحابي اشترى بئر رومة، من هو؟",
        # the one sent to Ukaydir is asked, not Ukaydir, whom the description names
        "صحابي أرسله النبي إلى أكيدر، من هو؟",
        # one Companion, not the hypocrites
        "لغز: صحابي تخلف عن تبوك وصدق النبي، من هو؟",
        # one Companion asked: the list of the donors names no one
        "لغز: صحابي جهز جيش العسرة، من هو؟",
        # one woman asked: the list of the donors names no one
        "صحابية قدمت حليها للجيش، من هي؟",
        # a year or a month the text gives otherwise: another event's town
        "بلدة فتحها المسلمون سنة ثمان، ما هي؟",
        "أنا بلدة فتحها المسلمون سنة ثمان، من أنا؟",
        "لغز: بلدة صالحت خالدا على الجزية في رمضان، ما هي؟",
        # a place or a people no fact names: another story's king or river
        "ملك الحبشة، من هو؟",
        "لغز: نهر عبره المسلمون في فتح فارس، ما هو؟",
        # a place asked: no army size, no verse, no gift of Uthman's
        "لغز: جبل وقعت عنده معركة سنة ثلاث، ما هو؟",
        "لغز: مكان عسكر فيه النبي عشرين يوما، ما هو؟",
        "لغز: بئر اشتراه عثمان وجعله للمسلمين، ما هو؟",
        # the man and the place of the envoy's killing: not the enemy, not the expedition
        "لغز: رجل قتل رسول النبي إلى بصرى، من هو؟",
        "لغز: مكان قتل فيه رسول النبي، ما هو؟",
    ],
)
def test_a_fact_of_another_kind_does_not_answer_a_described_one(
    answerer: FormAnswerer, message: str
) -> None:
    reply, text = reply_to(answerer, message)
    assert not any(part.done for part in reply.parts), text


@pytest.mark.parametrize(
    ("message", "fact_id"),
    [
        ("صحابي قدم نصف ماله، من هو؟", "umar_donation"),
        ("لغز: ملك الروم الذي جمع الجيوش، من هو؟", "heraclius"),
        ("أنا صحابي تبرعت بنصف مالي لتجهيز الجيش، من أنا؟", "umar_donation"),
        ("لغز: الشهر الذي خرج فيه المسلمون إلى تبوك، ما هو؟", "date"),
        ("لغز: رجل حقن النبي دمه، من هو؟", "ukaydir"),
        # the text's own month and year are no sign of another event
        ("لغز: بلدة صالحت خالدا على الجزية في رجب سنة تسع، ما هي؟", "dumat_aljandal"),
        # no title: clues the text does not tell are left aside, the one it tells decides
        (
            "صحابي من السابقين إلى الإسلام\nجهز الجيش بـ950 بعيرا في غزوة تبوك\n"
            "لقب بذي النورين\nمن هو؟",
            "uthman_donation",
        ),
        ("لغز: بلدة صالحت خالدا على الجزية، ما هي؟", "dumat_aljandal"),
    ],
)
def test_a_fact_giving_the_one_described_still_answers(
    answerer: FormAnswerer, message: str, fact_id: str
) -> None:
    reply, text = reply_to(answerer, message)
    assert [p.fact.id for p in reply.parts if p.done and p.fact] == [fact_id], text


def test_a_place_speaking_is_no_person_s_fact(answerer: FormAnswerer) -> None:
    reply, text = reply_to(answerer, "أنا مكان رابط فيه النبي بجنوده، من أنا؟")
    assert not any(p.fact and p.fact.id == "hypocrites" for p in reply.parts), text
