"""What a user sees when one message asks two or three questions, joined the ways real
people join them: «؟ و…», «وكمان», «بالاضافة الى ذلك», «الأول … والثاني …», numbered or
lettered lines, a «؟» with no question word (issue 13)."""

from __future__ import annotations

import pytest

from bot import texts
from knowledge.forms import FormAnswerer
from knowledge.message import Form, read_message
from tests.message_helpers import answer_text, reply_to


@pytest.mark.parametrize(
    ("message", "fact_ids"),
    [
        (
            "عندي سؤالين: الأول منو اللي غلب في غزوة تبوك؟ والثاني اشنو جرا من بعد تبوك؟",
            ["outcome", "delegations"],
        ),
        (
            "ماهو اسم جيش غزوة تبوك؟ بالاضافة الى ذلك مين اللي اتبرغوا بفلوسهم لجيش تبوك؟",
            ["army_name", "donations"],
        ),
        (
            "متى كانت غزوة تبوك؟ وكمان كم كان عدد الجيش؟ وأيضا من قادها؟",
            ["date", "army_size", "leader"],
        ),
        (
            "أولا: متى كانت غزوة تبوك؟ ثانيا: كم كان عدد جيش المسلمين؟",
            ["date", "army_size"],
        ),
        (
            "(أ) شكد كان عدد الجيش\n(ب) واش كانو شي مؤمنين صادقين حدا المنافقين فتبوك\n"
            "(ج) منهو اللي انفق على جيش العسرة",
            ["army_size", "believers", "donations"],
        ),
        # a «؟» piece with no question word that names its own subject asks on its own
        (
            "وش انزل الله في اللي خرجو مع النبي بتبوك؟ تبوك جانت بعيدة عن المدينة؟ رزق سنة هرقل؟",
            ["verse_117", "location", "heraclius"],
        ),
        # a numbered line is an item, not the end of the line before it
        (
            "السلام عليكم\n1) واش العرب كانو خايفين يتلاقاو مع الروم وجها لوجه\n2) مؤتة قبل تبوك\n"
            "جزاكم الله خيرا",
            ["arab_fear", "mutah"],
        ),
        # «ومن هو …» asks «who», it is no «from»
        (
            "وش سوى عثمان بن عفان بتبوك ومن هو الخصم الذي خرج المسلمون لمواجهته في غزوة تبوك",
            ["uthman_donation", "enemy"],
        ),
        # questions between commas, and «و» + a preposition + a question word (were one part)
        (
            "متى كانت غزوة تبوك، ماذا قدم عثمان، ضد من كانت الغزوة؟",
            ["date", "uthman_donation", "enemy"],
        ),
        (
            "كم كان عدد الجيش، ضد من كانت الغزوة، على ماذا صالحت دومة الجندل؟",
            ["army_size", "enemy", "jizya"],
        ),
        (
            "لماذا سمي جيش العسرة بهذا الاسم وعلى ماذا صالحت دومة الجندل",
            ["army_name", "jizya"],
        ),
    ],
)
def test_each_joined_question_gets_its_own_labelled_answer_in_order(
    answerer: FormAnswerer, message: str, fact_ids: list[str]
) -> None:
    reply, text = reply_to(answerer, message)
    assert [part.fact.id for part in reply.parts if part.done and part.fact] == fact_ids, text
    places = [text.index(answer_text(answerer, fact_id)) for fact_id in fact_ids]
    assert places == sorted(places)
    assert texts.part_label(1, "")[:12] in text


def test_lettered_options_under_a_stem_stay_options() -> None:
    read = read_message(
        "اختر الإجابة الصحيحة: كانت غزوة تبوك في السنة:\nأ) الثامنة للهجرة\nب) التاسعة للهجرة"
        "\nج) العاشرة للهجرة"
    )
    assert all(part.form is not Form.QUESTION for part in read.parts)


@pytest.mark.parametrize(
    ("message", "fact_id"),
    [
        # a story, then the topic asked about in a short clause of its own
        (
            "كنت في العمرة وزرت المدينة وسمعت الناس يتكلمون عن الغزوات، تقدم جيوش الروم",
            "roman_mobilisation",
        ),
        # another battle named in the story never decides the answer
        (
            "عندنا نقاش في الجروب عن غزوة مؤتة وغزوة تبوك، "
            "شنو قصه غزوة تبوك كلها من البدايه للنهاية",
            "overview",
        ),
        # a greeting and a blessing make no riddle of a short question
        (
            "السلام عليكم يا شيخ، ما الغزوة التي كانت خاتمة مغازي النبي؟ جزاك الله خيرا",
            "last_expedition",
        ),
    ],
)
def test_what_surrounds_one_question_never_decides_it(
    answerer: FormAnswerer, message: str, fact_id: str
) -> None:
    reply, text = reply_to(answerer, message)
    assert [part.fact.id for part in reply.parts if part.done and part.fact] == [fact_id], text
    assert answer_text(answerer, fact_id) in text


@pytest.mark.parametrize(
    "message",
    [
        # a story before the comma, though «لما» (when) is also a question word
        "الروم لما جمعو جيشهن بالشام، شو القبايل العربية اللي كانت معهن؟",
        # an address and a blessing before the question
        "فضيلة الشيخ، حفظكم الله ونفع بكم، ما سبب تسمية جيش العسرة بهذا الاسم؟",
    ],
)
def test_a_comma_after_a_story_or_an_address_starts_no_second_question(
    answerer: FormAnswerer, message: str
) -> None:
    reply, _ = reply_to(answerer, message)
    assert len(reply.parts) == 1
