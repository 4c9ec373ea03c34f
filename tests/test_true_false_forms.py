"""True/false statements as teachers post them (issue 13): the instruction in every layout,
and the reply a user sees: «صحيح»/«خطأ», then the statement the text makes."""

from __future__ import annotations

import pytest

from bot import texts
from knowledge.forms import FormAnswerer
from knowledge.message import Form, read_message
from tests.message_helpers import answer_text, assert_verdict, assert_verdict_then_fact, reply_to

# The long instruction teachers write above their statements, or before one on its line.
_LONG = "ضع علامة (✓) أمام العبارة الصحيحة وعلامة (✗) أمام الخاطئة"


@pytest.mark.parametrize(
    "instruction",
    [
        _LONG + ":",
        "ضع علامة صح أمام العبارة الصحيحة وعلامة خطأ أمام العبارة الخاطئة فيما يلي:",
        "ضعي علامة صح او خطأ امام كل عبارة مما يأتي",
        "ضع علامة (√) أو (×) أمام العبارات التالية:",
    ],
)
def test_an_instruction_line_holds_no_statement(instruction: str) -> None:
    message = read_message(f"{instruction}\nكانت غزوة تبوك في شهر رمضان (   )")
    assert [part.form for part in message.parts] == [Form.TRUE_FALSE]
    assert message.parts[0].text == "كانت غزوة تبوك في شهر رمضان"


@pytest.mark.parametrize(
    ("message", "verdict", "fact_id"),
    [
        (f"{_LONG}:\nكانت غزوة تبوك في شهر رمضان   (    )", False, "date"),
        (f"{_LONG}: قدم عمر بن الخطاب ماله كله", False, "umar_donation"),
        # the instruction before the statement and the box after it, on one line
        ("ضع علامة ✓ أو ✗: كانت غزوة تبوك ضد اليهود ( )", False, "enemy"),
        ("ضع علامة ✓ أو ✗: زاد جيش المسلمين في تبوك على أربعين ألفا ( )", True, "army_size"),
    ],
)
def test_a_statement_under_any_instruction_gets_its_verdict_then_the_fact(
    answerer: FormAnswerer, message: str, verdict: bool, fact_id: str
) -> None:
    assert_verdict_then_fact(answerer, message, verdict, fact_id)


@pytest.mark.parametrize(
    "statement",
    [
        # «سرية» (a detachment) is no «كسرى» without its «ك»; the text says «فرقة»
        "أرسل الرسول خالدا مع سرية إلى دومة الجندل",
        # the Muslims as the other side of the Romans the enemy fact names
        "خرج المسلمون في تبوك لملاقاة الروم ومن معهم من الغساسنة",
        "تخلف المنافقون عن الخروج وحاولوا تثبيط المسلمين",
        # a killing that is not Ukaydir's: his fact's «not killed» says nothing of it
        "السفير الذي قُتل اسمه الحارث بن عمير",
        # the text never says who captured Ukaydir, nor that he embraced Islam
        "أسلم أكيدر بعد أن أسره خالد",
        # «فارسًا» (horsemen) is no «فارس» (Persia); the text counts no horsemen
        "كان مع خالد بن الوليد أربعمائة وعشرون فارسا",
    ],
)
def test_a_statement_the_text_does_not_deny_is_never_called_false(
    answerer: FormAnswerer, statement: str
) -> None:
    for message in (f"صح أم خطأ: {statement}", f"{statement} ( )"):
        reply, text = reply_to(answerer, message)
        assert reply.parts[0].verdict is not False, text
        assert not text.startswith(texts.VERDICT_FALSE)


def test_a_count_of_one_the_text_does_not_give_is_not_called_true(
    answerer: FormAnswerer,
) -> None:
    # the text says «القواد الثلاثة»: «one commander only» is not its claim
    reply, text = reply_to(answerer, "صح أم خطأ: سقط في غزوة مؤتة قائد واحد فقط")
    assert reply.parts[0].verdict is not True
    assert not text.startswith(texts.VERDICT_TRUE)


@pytest.mark.parametrize(
    ("statement", "fact_id"),
    [
        # sides swapped: still «خطأ», with the fact that names who did it to whom
        ("اعتدى المسلمون على سفير الروم فكانت غزوة تبوك", "envoy_assault"),
        ("قتل النبي ﷺ أكيدر رئيس دومة الجندل", "ukaydir"),
    ],
)
def test_a_swapped_side_or_a_denied_deed_is_still_false(
    answerer: FormAnswerer, statement: str, fact_id: str
) -> None:
    assert_verdict_then_fact(answerer, f"صح أم خطأ: {statement}", False, fact_id)


def test_a_preposition_typed_apart_before_a_figure_is_no_cut_word(
    answerer: FormAnswerer,
) -> None:
    # «ب 950»: «with» typed apart, not a word cut in PDF extraction; «و 50»: «and»
    text = assert_verdict(
        answerer, "عثمان اتبرع ب 950 جمل و 50 فرس صح ولا غلط", True, "uthman_donation"
    )
    assert answer_text(answerer, "uthman_donation") in text


@pytest.mark.parametrize(
    "statement",
    [
        "صح أم خطأ: شجع المنافقون المسلمين على الخروج إلى تبوك",
        # «تشجيع» is no word the base knows: never excused as a slip into «صحيح»
        "حاول المنافقون تشجيع المقاتلين ( )",
    ],
)
def test_the_hypocrites_encouraging_is_false(answerer: FormAnswerer, statement: str) -> None:
    text = assert_verdict(answerer, statement, False, "hypocrites")
    assert answer_text(answerer, "hypocrites") in text


@pytest.mark.parametrize(
    ("message", "fact_id"),
    [
        # a statement asked with «؟» alone that the text contradicts: «خطأ», with the fact
        # that states who did it (not Khalid's own errand to Dumat al-Jandal)
        ("قاد خالد بن الوليد غزوة تبوك؟", "leader"),
        ("كان عدد جيش المسلمين في تبوك ثلاثين ألفا؟", "army_size"),
        ("قدم عمر بن الخطاب ماله كله؟", "umar_donation"),
    ],
)
def test_a_statement_asked_with_a_question_mark_may_be_false(
    answerer: FormAnswerer, message: str, fact_id: str
) -> None:
    assert_verdict_then_fact(answerer, message, False, fact_id)


def test_dialect_negations_and_requests_are_read_as_such(answerer: FormAnswerer) -> None:
    # Iraqi «ماكو» (there is none) negates: no battle is what the text states
    reply, text = reply_to(answerer, "يعني ماكو معركة صارت بتبوك؟")
    assert reply.parts[0].verdict is not False, text
    # «(ممكن) تفهمني …» asks for the story: «من أولها لآخرها» is no rank to judge
    reply, text = reply_to(answerer, "ممكن تفهمني قصة غزوة تبوك من اولها لاخرها باختصار؟")
    assert reply.parts[0].verdict is None, text
    assert reply.parts[0].fact is not None and reply.parts[0].fact.id == "overview"


@pytest.mark.parametrize(
    ("statement", "verdict", "fact_id"),
    [
        # «أهل دومة الجندل»: the people of the place the fact names, no claim of their own
        ("صح أم خطأ: صالح أهل دومة الجندل خالد بن الوليد على الجزية", True, "jizya"),
        ("صح أم خطأ: صالح النبي ﷺ أهل تبوك وأيلة", True, "treaties"),
        # the people of another place are still another place (the errand to Dumat al-Jandal)
        ("صح أم خطأ: صالح أهل مكة خالد بن الوليد على الجزية", False, "dumat_aljandal"),
    ],
)
def test_the_people_of_a_place_are_that_place(
    answerer: FormAnswerer, statement: str, verdict: bool, fact_id: str
) -> None:
    assert_verdict_then_fact(answerer, statement, verdict, fact_id)


@pytest.mark.parametrize(
    ("message", "verdict", "fact_id"),
    [
        # the two marks joined by a dialect's «or» («ولا», «لو»), emoji or plain
        ("غزوة تبوك كانت ضد الروم والغساسنة ✔️ ولا ❌", True, "enemy"),
        ("غزوة تبوك كانت في رمضان ✓ ولا ✗", False, "date"),
        ("النبي ﷺ هو اللي قاد غزوة تبوك بنفسه ✔️ ولا ❌؟", True, "leader"),
        # never the heat of the hardship fact for the «شديد» of a battle the text denies
        ("كان في غزوة تبوك قتال شديد ✅ ولا ❌", False, "no_battle"),
    ],
)
def test_marks_joined_by_or_in_a_dialect_ask_for_a_verdict(
    answerer: FormAnswerer, message: str, verdict: bool, fact_id: str
) -> None:
    assert_verdict_then_fact(answerer, message, verdict, fact_id)
