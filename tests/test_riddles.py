"""Riddles in the wordings people use: each row a riddle and the reply's opening the user
sees. Endings in the dialects («اشمن غزوة هادي؟», «هي إيه الغزوة دي؟»), descriptions told of
«it» with nothing named («خرج فيها…، وش اسمها؟»), short ones opened with «غزوة», markers with
«فيها» inside them, and a person asking «من أنا؟»."""

from __future__ import annotations

import pytest

from bot import texts
from knowledge.forms import FormAnswerer, Status
from tests.message_helpers import answer_text, assert_opens, reply_to

ASKED_BACK = "هل تقصد"


@pytest.mark.parametrize(
    ("riddle", "status", "opening"),
    [
        (  # Maghrebi «which expedition is this»
            "بعدها ما غزا النبي حتى غزوة، والوفود ولات كتجي تعلن اسلامها. اشمن غزوة هادي؟",
            Status.RIDDLE_TABUK,
            texts.RIDDLE_TABUK,
        ),
        (  # Egyptian «هي إيه الغزوة دي؟» after a description with no opener
            "لم يقع فيها قتال، وكانت آخر غزوات النبي ﷺ. هي إيه الغزوة دي؟",
            Status.RIDDLE_TABUK,
            texts.RIDDLE_TABUK,
        ),
        (  # told of «it» («فيها»): not the army's name, the expedition's
            "فيها سمي الجيش بجيش العسرة وتبرع أبو بكر بكل ماله، اسمها ايه؟",
            Status.RIDDLE_TABUK,
            texts.RIDDLE_TABUK,
        ),
        (  # «الاربعين الف» with the article is forty thousand, the army Tabuk's text gives
            "لغز: غزوة فيها جيش فوق الاربعين الف، وتخلف عنها المنافقون. ما اسمها؟",
            Status.RIDDLE_TABUK,
            texts.RIDDLE_TABUK,
        ),
        (  # «خلص فيها خالد الجيش»: a marker with the doer inside it
            "معركة كانت ضد الروم قبل تبوك، خلص فيها خالد الجيش لما انتهت إليه القيادة. وش اسمها؟",
            Status.RIDDLE_MUTAH,
            texts.RIDDLE_MUTAH,
        ),
        (  # short, opened and closed as a riddle: Hunayn, never Tabuk's enemy
            "غزوة كانت ضد هوازن وثقيف. اسمها ايه؟",
            Status.RIDDLE_OTHER,
            texts.RIDDLE_OTHER,
        ),
        (  # a channel's frame around «من أنا؟» is no word of the riddle
            "⭐️من أنا؟⭐️\nغزوة تقهقر فيها الروم إلى داخل بلادهم ولم يقع فيها قتال، وبعدها"
            " توالت الوفود تعلن إسلامها.\nفمن أنا؟",
            Status.RIDDLE_TABUK,
            texts.RIDDLE_TABUK,
        ),
        (  # Uhud told of «it»: never answered with the army's name
            "خالف فيها الرماة أمر النبي ونزلوا من الجبل. شنو اسمها؟",
            Status.RIDDLE_OTHER,
            texts.RIDDLE_OTHER,
        ),
    ],
)
def test_riddles_in_people_s_wordings(
    answerer: FormAnswerer, riddle: str, status: Status, opening: str
) -> None:
    assert_opens(answerer, riddle, status, opening)


@pytest.mark.parametrize(
    "riddle",
    [
        "انا كنت حاكم دومة الجندل، خضعت بلدي لخالد بن الوليد، ورجعت لقريتي بعدين. منو آنا؟",
        "أنا زعيم دومة الجندل، النبي عفا عني وحقن دمي وخلى سبيلي. شكون أنا؟",
    ],
)
def test_a_person_asking_who_they_are_gets_that_person_not_the_place(
    answerer: FormAnswerer, riddle: str
) -> None:
    _, text = reply_to(answerer, riddle)
    assert answer_text(answerer, "ukaydir") in text, text
    assert answer_text(answerer, "dumat_aljandal") not in text, text


@pytest.mark.parametrize(
    ("message", "fact_id"),
    [
        # a relative clause names what «فيها» is about: a plain question, not a riddle
        ("السورة اللي نزلت فيها آية انفروا في سبيل الله شو اسمها؟", "verse_38"),
        # «غزوة تبوك ما هي؟» names its subject and is short: a question about Tabuk
        ("غزوة تبوك ما هي؟", "overview"),
    ],
)
def test_questions_that_look_like_riddles_are_still_questions(
    answerer: FormAnswerer, message: str, fact_id: str
) -> None:
    reply, text = reply_to(answerer, message)
    assert reply.parts[0].status is not Status.RIDDLE_OTHER, text
    assert answer_text(answerer, fact_id) in text or ASKED_BACK in text, text


def test_who_am_i_is_not_answered_with_a_list_of_people(answerer: FormAnswerer) -> None:
    # «أنا صحابي قدمت كل مالي»: the donations name many people; they are not one person
    _, text = reply_to(answerer, "أنا صحابي قدمت كل مالي في غزوة العسرة، من أنا؟")
    assert answer_text(answerer, "donations") not in text, text


def test_who_am_i_alone_in_a_list_is_never_answered_with_a_fact(answerer: FormAnswerer) -> None:
    # «من أنا؟» with no description asks who the speaker is: not «ضد من كانت غزوة تبوك»
    reply, text = reply_to(
        answerer, "السؤال الأول: من انا؟\nالسؤال الثاني: متى كانت غزوة تبوك؟ 🤔"
    )
    assert reply.parts[0].status is Status.NOT_ANSWERED, text
    assert answer_text(answerer, "enemy") not in text, text
    assert reply.parts[1].fact is not None and reply.parts[1].fact.id == "date", text


@pytest.mark.parametrize(
    ("riddle", "fact_id"),
    [
        # a worksheet's «س:» label, then «من أنا؟» first
        ("س: من أنا؟ صحابي جليل قدمت مالي كله في تجهيز جيش العسرة.", "abu_bakr_donation"),
        ("س3- من أنا؟ صحابي قدمت نص مالي لتجهيز جيش العسرة", "umar_donation"),
        # a quiz's numbered label
        ("سؤال 4: من أنا؟ قائد أرسلني النبي ﷺ في تبوك إلى دومة الجندل فخضعت لي", "dumat_aljandal"),
    ],
)
def test_who_am_i_asked_first_after_a_question_label(
    answerer: FormAnswerer, riddle: str, fact_id: str
) -> None:
    reply, text = reply_to(answerer, riddle)
    assert reply.parts[0].fact is not None and reply.parts[0].fact.id == fact_id, text
    assert answer_text(answerer, fact_id) in text, text


@pytest.mark.parametrize(
    "riddle",
    [
        # al-Hudaybiya: no fighting, as at Tabuk, but a peace with Mecca's people
        "غزوة لم يقع فيها قتال وصالح فيها النبي ﷺ أهل مكة على أن يرجع من العام القادم. ما هي؟",
        # al-Taif: heat and a siege, but a place no Tabuk fact names
        "غزوة خرج فيها النبي ﷺ إلى الطائف في شدة الحر وحاصرها أياما. ما اسم الغزوة؟",
        # Khaybar told by its place alone
        "غزوة في خيبر، وكانت في شهر محرم. أي غزوة هي؟",
    ],
)
def test_a_place_no_fact_names_is_another_expedition(answerer: FormAnswerer, riddle: str) -> None:
    assert_opens(answerer, riddle, Status.RIDDLE_OTHER, texts.RIDDLE_OTHER)


def test_a_place_the_text_tells_as_tabuk_s_cause_is_still_tabuk(answerer: FormAnswerer) -> None:
    riddle = "غزوة كانت بعد مؤتة، زحف فيها الروم إلى أطراف الجزيرة العربية. ما هي الغزوة؟"
    assert_opens(answerer, riddle, Status.RIDDLE_TABUK, texts.RIDDLE_TABUK)
