"""How an exam or an asker wants the answer put asks nothing of the facts: «بإيجاز», «بدقة»,
«بعبارات مختصرة» after the exam verb, «مستشهدا بما ورد في الكتاب» after the question, when
the answer is needed («أريدها الليلة»), the readers addressed last («يا شباب»), how many
items or lines are wanted, «كملوا» after a sentence to complete. Read as the question's
words they were unknown words (asked back) or today's Tabuk («اليوم»). Each row of the
first table is a message and the one fact answering it; of the second, how it is read."""

from __future__ import annotations

import pytest

from knowledge.forms import FormAnswerer
from knowledge.message import read_message
from tests.message_helpers import reply_to


@pytest.mark.parametrize(
    ("message", "fact_id"),
    [
        ("اشرح بإيجاز: ما فعله المنافقون في غزوة تبوك", "hypocrites"),
        ("بيّن باختصار سبب تسمية جيش تبوك بجيش العسرة.", "army_name"),
        ("وضّحي بعبارات قصيرة: موقف الروم لما وصل المسلمون إلى تبوك", "roman_surprise"),
        ("حدّد بدقة ما قدمه عمر بن الخطاب لتجهيز الجيش", "umar_donation"),
        ("اذكر في سطرين ما فعله هرقل مع جنوده المرتزقة", "heraclius"),
        (
            "بين ما قدمه عثمان بن عفان في تجهيز جيش العسرة، مستدلا بما جاء في الكتاب",
            "uthman_donation",
        ),
        ("وضح موقف المنافقين من غزوة تبوك. أريدها الليلة ضروري", "hypocrites"),
        ("متى كانت غزوة تبوك؟ ابي الجواب اليوم", "date"),
        ("ما أسباب غزوة تبوك يا شباب", "reasons"),
        # how many an exam wants is not asked, before a plural as before «من»
        ("اذكر ثلاثة أسباب لغزوة تبوك", "reasons"),
        ("بيّن 3 نتائج لغزوة تبوك", "outcome"),
        # the instruction to fill the blank, said after the sentence, is no word of it
        ("سمي جيش تبوك بجيش ...... كملوا", "army_name"),
        ("رابط النبي بجنوده عند ...... ، كملي الفراغ", "stationing"),
    ],
)
def test_how_the_answer_is_wanted_is_not_asked(
    answerer: FormAnswerer, message: str, fact_id: str
) -> None:
    reply, text = reply_to(answerer, message)
    assert [part.fact.id for part in reply.parts if part.done and part.fact] == [fact_id], text
    assert "زماننا" not in text, text


@pytest.mark.parametrize(
    ("message", "read_as"),
    [
        ("حدد بدقة المكان الذي رابط فيه النبي", "ما المكان الذي رابط فيه النبي"),
        ("بين بإيجاز دور هرقل", "ما دور هرقل"),
        # the document's length, before or after its topic, is no word of the topic
        ("اكتب مقالا موجزا لا يتجاوز صفحتين عن موقف المنافقين", "موقف المنافقين"),
        ("اكتبي نبذة عن غزوة تبوك في ثلاثة أسطر", "غزوة تبوك"),
        ("أكتب فقرة عن أسباب غزوة تبوك بسطرين", "أسباب غزوة تبوك"),
        # an essay's theme, then what it is drawn from: the latter is what the text states
        ("أهمية البذل من خلال ما قدمه عثمان في تجهيز الجيش", "ما قدمه عثمان في تجهيز الجيش"),
        ("معنى العسرة في ضوء ما واجهه الجيش من صعوبات", "ما واجهه الجيش من صعوبات"),
        # where the doer was when he did it is a setting of a headline; a question keeps it
        ("الوفود التي جاءت إلى النبي وهو مقيم بالمدينة", "الوفود التي جاءت إلى النبي"),
        ("ماذا فعل النبي وهو مرابط بتبوك؟", "ماذا فعل النبي وهو مرابط بتبوك؟"),
        # the verb said to a girl is one word: no «ي» is left before the question
        ("وضحي كيف كان موقف المنافقين", "كيف كان موقف المنافقين"),
        ("بيني سبب تسمية جيش العسرة", "ما سبب تسمية جيش العسرة"),
        ("اذكري متى كانت غزوة تبوك", "متى كانت غزوة تبوك"),
        # typed onto the next word it is still the verb
        ("اذكرسبب تسمية جيش العسرة", "ما سبب تسمية جيش العسرة"),
    ],
)
def test_the_question_is_read_without_them(message: str, read_as: str) -> None:
    assert [part.text for part in read_message(message).parts] == [read_as]


@pytest.mark.parametrize(
    "message",
    [
        # «حدد الصواب من الخطأ» heads claims; it is no «ما الصواب …» question
        "حدد الصواب من الخطأ:\nكانت غزوة تبوك في رجب\nقاد الجيش خالد",
        # «أعرف أن …» is «I know that», «أذكر إن …» «I remember that»: never «define/mention»
        "أعرف أن عمر قدم كثيرا، بس كم قدم بالضبط؟",
        "اذكر إن الأستاذ قال الجيش كبير، كم كان عدده؟",
    ],
)
def test_these_are_no_exam_verbs(message: str) -> None:
    assert all(not part.text.startswith("ما ") for part in read_message(message).parts)


def test_list_three_results_is_never_the_army_size(answerer: FormAnswerer) -> None:
    # «عدد ثلاث …» read as typed is «the number of»: not answered with the army's number
    reply, text = reply_to(answerer, "عدد ثلاث نتائج لغزوة تبوك")
    assert not any(part.fact and part.fact.id == "army_size" for part in reply.parts), text
