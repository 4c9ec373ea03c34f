"""Real message forms: what a user sees for several questions, preambles, exam sheets,
blanks, true/false statements, pasted options and riddles."""

from __future__ import annotations

import dataclasses

import pytest

from bot import texts
from bot.replies import render_message
from knowledge.answer_keys import (
    AnswerKeyError,
    SlotKind,
    load_answer_keys,
    parse_answer_keys,
    read_numbers,
)
from knowledge.base import load_shipped
from knowledge.engine import AnswerEngine, Outcome
from knowledge.forms import FormAnswerer, MessageReply, Status
from knowledge.message import MAX_PARTS, Form, read_message
from knowledge.models import TELEGRAM_MESSAGE_MAX
from knowledge.statements import StatementJudge
from tests.conftest import USER_ID, RunningBot, send
from tests.message_helpers import answer_text, assert_verdict_then_fact, reply_to

# Handler tests: the bot runs without HTTP (see the bot fixture in conftest.py).
WITHOUT_HTTP = True


def _fact_ids(message: MessageReply) -> list[str]:
    """The facts the message's parts were answered with, in order."""
    return [part.fact.id for part in message.parts if part.fact]


# --- reading ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("message", "forms", "first_text"),
    [
        ("(3) أعلل: سمي جيش تبوك بجيش العسرة.", [Form.QUESTION], "لماذا سمي جيش تبوك"),
        ("1. أذكر نتائج غزوة تبوك.", [Form.QUESTION], "ما نتائج غزوة تبوك"),
        ("● ما المقصود بجيش العسرة؟", [Form.QUESTION], "ما هو جيش العسرة"),
        ("س٢: من قائد غزوة تبوك؟", [Form.QUESTION], "من قائد غزوة تبوك"),
        ("· أُبيِّنُ موقفَ الروم بعد وصول الجيش.", [Form.QUESTION], "ما موقف الروم"),
        ("أكمل: …… هو الذي جهّز جيش العسرة", [Form.BLANK], "… هو الذي جهز جيش العسرة"),
        ("خرج الجيش في شهر رمضان (صح أم خطأ)", [Form.TRUE_FALSE], "خرج الجيش في شهر رمضان"),
        ("متى خرج الجيش؟ وما سبب تسميته؟", [Form.QUESTION, Form.QUESTION], "متى خرج الجيش"),
        (
            "السلام عليكم، عندي بحث للمدرسة عن الغزوة، متى خرج الجيش؟",
            [Form.QUESTION],
            "متى خرج الجيش",
        ),
        ("فضيلة الشيخ حفظكم الله، ما سبب غزوة تبوك؟", [Form.QUESTION], "ما سبب غزوة تبوك"),
        ("لماذا سميت غزوة الفاضحة بهذا الاسم", [Form.QUESTION], "لماذا سميت غزوة الفاضحة"),
        ("علاش كيسميو غزوة تبوك الفاضحة؟", [Form.QUESTION], "علاش كيسميو غزوة تبوك الفاضحة"),
        ("ملخص سريع عن غزوة تبوك؟ عندي حلقة بحث بكرا", [Form.QUESTION], "غزوة تبوك"),
        (  # Egyptian «هي إيه؟» asks which expedition: a riddle, not a question about «هي»
            "غزوة كانت أول مرة المسلمين يقابلوا فيها قريش، وربنا نزل الملايكة.. هي إيه؟",
            [Form.RIDDLE],
            "غزوة كانت أول مرة",
        ),
        (
            "واحد الغزوة اللي عثمان جهز فيها الجيش وعمر عطا النص، شنو هي؟",
            [Form.RIDDLE],
            "واحد الغزوة",
        ),
        (  # the story and the question in one clause, joined by «وعايز أعرف»
            "عندي بحث للمدرسة عن غزوة تبوك وعايز أعرف هي كانت امتى؟",
            [Form.QUESTION],
            "هي كانت امتى",
        ),
        ("س ٦ : من قاد غزوة تبوك ؟ ( درجتان )", [Form.QUESTION], "من قاد غزوة تبوك ؟"),
        ("ج- ما المقصود بالتعبئة العامة؟", [Form.QUESTION], "ما هو التعبئة العامة"),
        (  # a run of dots is a blank, not the end of a clause before the question
            "كانت غزوة تبوك ضد الإمبراطورية ........ ومن حالفها من ......",
            [Form.BLANK],
            "كانت غزوة تبوك ضد الإمبراطورية …",
        ),
        (  # «وعمر؟»: the question before it, asked about another name
            "شو قدّم أبو بكر؟ وعمر؟ وعثمان بن عفان؟",
            [Form.QUESTION, Form.QUESTION, Form.QUESTION],
            "شو قدم أبو بكر",
        ),
        (  # a riddle's question followed by another question is two questions
            "ما الغزوة التي يطلق عليها غزوة العسرة؟ ولماذا سمي جيشها بهذا الاسم؟",
            [Form.QUESTION, Form.QUESTION],
            "ما الغزوة التي",
        ),
        (  # «ف» + a question word after a story told in the same clause
            "سمعت خطيبا يقول ان جيش تبوك كان ثلاثين الفا فكم كان عددهم على الحقيقة",
            [Form.QUESTION],
            "كم كان عددهم",
        ),
        (  # «صح هالكلام؟» after a claim told: the claim is judged
            "يا شيخ، خطيب الجمعة قال إن تبوك آخر غزوة غزاها الرسول ﷺ، صح هالكلام؟",
            [Form.TRUE_FALSE],
            "تبوك آخر غزوة",
        ),
        (  # a request after a story
            "المدرسة طالبة تقرير عن غزوة تبوك، ممكن تعطيني ملخص عنها؟",
            [Form.QUESTION],
            "تعطيني ملخص عنها",
        ),
        # (the summary wanted is the document, not what is asked)
        ("اكتب ملخصًا عن غزوة تبوك لا يتجاوز خمسة أسطر.", [Form.HEADLINE], "غزوة تبوك"),
        (
            "س: (من ورقة المراجعة النهائية - الفصل الثاني)\nمتى كانت غزوة تبوك؟",
            [Form.QUESTION],
            "متى كانت",
        ),
        (
            "هي غزوة تبوك كانت امتى؟ وكان فيها قتال ولا لأ؟",
            [Form.QUESTION, Form.QUESTION],
            "هي غزوة تبوك كانت امتى",
        ),
        # «عدد» before a body of people is «the number of», not the exam verb «list»
        ("عدد جيش المسلمين في غزوة تبوك", [Form.QUESTION], "ما عدد جيش المسلمين"),
        ("عدد الأسباب التي دعت إلى غزوة تبوك", [Form.QUESTION], "ما الأسباب"),
    ],
)
def test_reader_finds_the_question_and_its_form(
    message: str, forms: list[Form], first_text: str
) -> None:
    read = read_message(message)
    assert [part.form for part in read.parts] == forms
    assert read.parts[0].text.startswith(first_text)


@pytest.mark.parametrize(
    "message", ["س ٦ : من قاد غزوة تبوك ؟ ( درجتان )", "من قاد غزوة تبوك؟ (٣ درجات)"]
)
def test_marks_after_a_question_are_not_part_of_it(message: str) -> None:
    read = read_message(message)
    assert len(read.parts) == 1 and "درج" not in read.parts[0].text


def test_a_sentence_stopping_on_a_length_of_time_is_a_blank_not_a_statement() -> None:
    read = read_message("أقام النبي ﷺ في تبوك مدة")
    assert read.parts[0].form is Form.BLANK


def test_a_length_the_answer_must_keep_to_is_not_asked() -> None:
    read = read_message("اكتب ملخصًا عن غزوة تبوك لا يتجاوز خمسة أسطر.")
    assert read.parts[0].text == "غزوة تبوك"


def test_a_question_naming_no_one_after_a_story_naming_one_is_about_him(
    answerer: FormAnswerer,
) -> None:
    message, _ = reply_to(answerer, "المعلمة طلبت بحثا عن هرقل، ماذا فعل قبل غزوة تبوك؟")
    assert message.parts[0].fact is not None and message.parts[0].fact.id == "heraclius"


def test_a_story_told_after_the_question_is_context_not_the_question() -> None:
    read = read_message("ملخص سريع عن غزوة تبوك؟ عندي حلقة بحث بكرا")
    assert "بكرا" not in read.parts[0].text and "بكرا" in read.parts[0].context
    assert read.preamble


def test_reader_reads_pasted_options_in_every_layout() -> None:
    layouts = [
        "ما اسم الجيش؟\nجيش الفتح\nجيش العسرة\nجيش الأمراء",
        "ما اسم الجيش؟ أ) جيش الفتح ب) جيش العسرة ج) جيش الأمراء",
        "ما اسم الجيش؟\nA. جيش الفتح\nB. جيش العسرة\nC. جيش الأمراء",
        "ما اسم الجيش؟ جيش الفتح ..... جيش العسرة ..... جيش الأمراء",
    ]
    for layout in layouts:
        (part,) = read_message(layout).parts
        assert part.form is Form.CHOICE, layout
        assert [o.text for o in part.options] == ["جيش الفتح", "جيش العسرة", "جيش الأمراء"]


def test_reader_answers_three_parts_and_counts_the_rest() -> None:
    read = read_message("متى كانت؟ ولماذا سميت بالعسرة؟ ومن قادها؟ وكم عدد الجيش؟")
    assert len(read.parts) == MAX_PARTS and read.more == 1


# --- replies a user sees ----------------------------------------------------------------------


def test_plain_single_question_gets_the_classicreply_to(answerer: FormAnswerer) -> None:
    message, text = reply_to(answerer, "متى كانت غزوة تبوك")
    assert message.answered
    assert text.startswith(answer_text(answerer, "date"))
    assert "السؤال الأول" not in text


def test_two_questions_get_two_labelled_answers_in_order(answerer: FormAnswerer) -> None:
    message, text = reply_to(answerer, "متى خرج الجيش؟ وكم كان عدد جيش المسلمين؟")
    assert message.answered
    assert _fact_ids(message) == ["date", "army_size"]
    first, second = text.index(texts.part_label(0, "")[:12]), text.index("السؤال الثاني")
    assert first < text.index(answer_text(answerer, "date")) < second
    assert text.index(answer_text(answerer, "army_size")) > second


def test_its_after_a_question_about_the_expedition_is_the_expedition_s(
    answerer: FormAnswerer,
) -> None:
    message, _ = reply_to(answerer, "ما سبب غزوة تبوك؟ وما نتائجها؟")
    assert _fact_ids(message) == ["reasons", "outcome"]
    # «شروطها» is the treaties' terms, which no fact gives: not answered with another fact
    message, _ = reply_to(answerer, "ما المعاهدات التي عقدت في تبوك؟ وما شروطها بالتفصيل؟")
    assert _fact_ids(message) == ["treaties"]


def test_a_name_alone_after_a_question_asks_it_again_about_that_name(
    answerer: FormAnswerer,
) -> None:
    message, _ = reply_to(answerer, "شو قدّم أبو بكر؟ وعمر؟ وعثمان؟")
    assert _fact_ids(message) == [
        "abu_bakr_donation",
        "umar_donation",
        "uthman_donation",
    ]


def test_a_short_later_question_asking_another_detail_gets_its_own_answer(
    answerer: FormAnswerer,
) -> None:
    message, _ = reply_to(answerer, "هي غزوة تبوك كانت امتى؟ وضد مين؟")
    assert _fact_ids(message) == ["date", "enemy"]
    # «فيها» points at Abu Bakr's gift: no camels are counted for it, and Uthman's are not his
    message, _ = reply_to(answerer, "ماذا قدم أبو بكر؟ وكم جملا كان فيها؟")
    assert _fact_ids(message) == ["abu_bakr_donation"]


def test_his_in_a_later_question_is_the_one_the_question_before_named(
    answerer: FormAnswerer,
) -> None:
    # «جيشه» is Heraclius's army: its number is a detail the text lacks, not the Muslims'.
    message, _ = reply_to(answerer, "وش سوى هرقل قبل الغزوة؟ وكم كان عدد جيشه؟")
    assert len(message.parts) == 2
    assert message.parts[1].fact is None and message.parts[1].reply.outcome is Outcome.GAP
    # With no one named before, «جيشه» stays the expedition's army.
    message, _ = reply_to(answerer, "متى خرج الجيش؟ وكم كان عدد جيشه؟")
    assert _fact_ids(message) == ["date", "army_size"]


def test_a_part_the_base_cannot_answer_says_so_in_its_place(answerer: FormAnswerer) -> None:
    message, text = reply_to(answerer, "متى كانت غزوة تبوك؟ ومن هو أبو هريرة؟")
    assert not message.answered
    assert answer_text(answerer, "date") in text
    assert text.index(texts.PART_UNKNOWN) > text.index("السؤال الثاني")


def test_a_known_gap_in_a_part_is_named_in_its_place(answerer: FormAnswerer) -> None:
    message, text = reply_to(answerer, "متى كانت غزوة تبوك؟ ومن هو كعب بن مالك؟")
    assert not message.answered
    gap = message.parts[1].reply.gap
    assert gap is not None
    assert text.index(texts.GAP.format(detail=gap.detail)) > text.index("السؤال الثاني")


def test_more_than_three_questions_are_announced(answerer: FormAnswerer) -> None:
    _, text = reply_to(
        answerer,
        "متى كانت غزوة تبوك؟\nكم كان عدد الجيش؟\nمن قاد غزوة تبوك؟\nما اسم الجيش؟\nأين تقع تبوك؟",
    )
    assert texts.more_parts(2) in text


def test_preamble_story_never_decides_theanswer_text(answerer: FormAnswerer) -> None:
    message, text = reply_to(
        answerer, "السلام عليكم، عندي بحث عن جيش العسرة للمدرسة، كم كان عدد جيش المسلمين؟"
    )
    assert message.parts[0].fact is not None and message.parts[0].fact.id == "army_size"
    assert text.startswith(texts.GREETING_PREFIX)


@pytest.mark.parametrize(
    ("message", "option"),
    [
        ("في أي شهر كانت غزوة تبوك؟ أ) رمضان ب) رجب ج) شوال د) محرم", "(ب) رجب"),
        (
            "ما اسم الجيش الذي خرج إلى تبوك؟\nأ) جيش الفتح\nب) جيش العسرة\nج) جيش الأمراء",
            "(ب) جيش العسرة",
        ),
        ("كم عدد جيش المسلمين؟ 10 آلاف ..... 30 ألف ..... 40 ألف", "(3) 40 ألف"),
        ("في أي غزوة سمي الجيش بجيش العسرة؟ بدر / أحد / تبوك / الخندق", "(3) تبوك"),
        ("مع من كانت غزوة تبوك؟ أ) قريش ب) الروم ج) الفرس", "(ب) الروم"),
    ],
)
def test_multiple_choice_names_the_option_the_fact_supports(
    answerer: FormAnswerer, message: str, option: str
) -> None:
    reply, text = reply_to(answerer, message)
    assert reply.parts[0].status is Status.CHOICE
    assert text.startswith(f"الجواب: {option}")
    assert reply.parts[0].fact is not None and reply.parts[0].fact.answer in text


def test_options_decide_between_the_facts_the_engine_is_unsure_of(
    answerer: FormAnswerer,
) -> None:
    # the stem alone asks back (the date, the mobilisation); both give Rajab
    reply, _ = reply_to(answerer, "في أي شهر أعلن النبي التعبئة العامة؟\nشعبان\nرجب\nذو القعدة")
    part = reply.parts[0]
    assert part.status is Status.CHOICE and part.choice is not None
    assert part.choice.text == "رجب"


def test_other_battles_among_options_are_options_not_the_subject(answerer: FormAnswerer) -> None:
    reply, text = reply_to(answerer, "متى كانت غزوة تبوك؟\nأ) بعد بدر\nب) في رجب سنة 9 هـ")
    assert reply.parts[0].status is Status.CHOICE
    assert "بدر" not in texts.OTHER_EVENT and texts.OTHER_EVENT_GENERIC not in text


def test_no_supported_option_is_said_plainly(answerer: FormAnswerer) -> None:
    reply, text = reply_to(answerer, "في أي شهر كانت غزوة تبوك؟ أ) رمضان ب) شوال ج) محرم")
    assert reply.parts[0].status is Status.NO_OPTION
    assert text.startswith(texts.CHOICE_NONE)


@pytest.mark.parametrize(
    ("statement", "verdict", "fact_id"),
    [
        ("ضع علامة ✓ أو ✗: خرج الجيش في شهر رمضان", False, "date"),
        ("كان عدد جيش المسلمين أكثر من أربعين ألفًا (صح أم خطأ)", True, "army_size"),
        ("قاد غزوة تبوك خالد بن الوليد. صح أم خطأ؟", False, "leader"),
        ("صح أم خطأ: قدم عمر بن الخطاب ماله كله", False, "umar_donation"),
        ("كانت غزوة تبوك ضد الفرس (   )", False, "enemy"),
        # two people, their shares swapped: the list names both shares, not who gave which
        ("أبو بكر قدم نصف ماله وعمر قدم ماله كله (صح أم خطأ)", False, "abu_bakr_donation"),
        ("أبو بكر قدم ماله كله وعمر قدم نصف ماله (صح أم خطأ)", True, "abu_bakr_donation"),
        ("عثمان قدم ماله كله وأبو بكر قدم 950 جملا (صح أم خطأ)", False, "abu_bakr_donation"),
        # a figure the fact's text gives, though its key has no number to check
        ("نزلت في المتثاقلين عن غزوة تبوك الآية 40 من سورة التوبة (صح أم خطأ)", False, "verse_38"),
    ],
)
def test_true_false_gets_a_verdict_then_the_fact(
    answerer: FormAnswerer, statement: str, verdict: bool, fact_id: str
) -> None:
    assert_verdict_then_fact(answerer, statement, verdict, fact_id)


def test_a_bare_statement_the_text_states_is_said_to_be_true(answerer: FormAnswerer) -> None:
    message, _ = reply_to(answerer, "رابط النبي بجنوده عند تبوك وأوقع الرعب في الأعداء")
    part = message.parts[0]
    assert part.status is Status.VERDICT and part.verdict is True
    assert part.fact is not None and part.fact.id == "stationing"
    # «من» inside a statement is «from»: it still states, and is judged
    message, _ = reply_to(
        answerer, "كانت غزوة تبوك ضد الإمبراطورية البيزنطية ومن حالفها من الغساسنة"
    )
    # (the enemy and the call to arms both say «ضد … الإمبراطورية البيزنطية … ومن حالفها من
    # … الغساسنة»; the call to arms word for word)
    part = message.parts[0]
    assert part.verdict is True and part.fact is not None
    assert part.fact.id in ("enemy", "mobilisation")
    # a headline naming one donor is answered with his fact, not «صحيح» and the list
    message, _ = reply_to(answerer, "مساهمة عبد الرحمن بن عوف في غزوة تبوك")
    assert message.parts[0].status is not Status.VERDICT


def test_a_fact_about_something_else_is_not_shown_under_a_claim(answerer: FormAnswerer) -> None:
    # a claim about the army's name: its number under it would read as a «yes»
    message, _ = reply_to(answerer, "سمي جيش العسرة بهذا الاسم لكثرة عدده")
    part = message.parts[0]
    assert part.fact is None or part.fact.id != "army_size"
    assert part.verdict is not True


@pytest.mark.parametrize(
    "statement",
    [
        # the Prophet named in passing is no claim that the gift's fact contradicts
        "عثمان جاب ألف دينار وحطها في حجر النبي ﷺ وقت تجهيز جيش العسرة، صح ولا لا؟",
        # the text gives 950 camels, 50 horses and «much money»: dinars are not denied
        "قدم عثمان ألف دينار لتجهيز جيش العسرة (صح أم خطأ)",
    ],
)
def test_a_gift_the_text_does_not_count_is_never_called_false(
    answerer: FormAnswerer, statement: str
) -> None:
    message, _ = reply_to(answerer, statement)
    assert message.parts[0].verdict is not False


def test_a_later_question_about_what_the_story_told_is_read_with_its_names(
    answerer: FormAnswerer,
) -> None:
    message, _ = reply_to(
        answerer, "قرأت في كتاب أن عثمان جهز الجيش بألف دينار، هاي صحيحة؟ وشنو اللي قدمه؟"
    )
    first, second = message.parts
    # The text states no dinars: the claim is neither confirmed nor denied.
    assert first.status is Status.UNSETTLED and first.verdict is None
    assert second.fact is not None and second.fact.id == "uthman_donation"


def test_is_this_true_after_a_story_judges_the_story_s_claim(answerer: FormAnswerer) -> None:
    reply, text = reply_to(
        answerer, "السلام عليكم، سمعت من صديقي أن غزوة تبوك كانت في رمضان، هل هذا صحيح؟"
    )
    part = reply.parts[0]
    assert part.status is Status.VERDICT and part.verdict is False
    assert texts.VERDICT_FALSE in text and "رجب" in text


@pytest.mark.parametrize(
    ("message", "verdict", "word"),
    [
        # «is this figure / report established?» asks the claim told, as «هل هذا صحيح؟» does
        ("سمعت أن عمر قدم ماله كله لتجهيز جيش العسرة، هل هذا الكلام ثابت؟", False, "نصف"),
        ("قرأت أن جيش المسلمين كان أكثر من أربعين ألفا، هل هذه المعلومة دقيقة؟", True, "أربعين"),
        # the text gives no count of the Romans: not judged (once «ثابت» was read as «تاب»
        # and the verse of repentance was given)
        ("قرأت أن الروم حشدوا مئة ألف مقاتل في تبوك، هل هذا الرقم ثابت؟", None, ""),
    ],
)
def test_is_this_figure_established_judges_the_claim_told(
    answerer: FormAnswerer, message: str, verdict: bool | None, word: str
) -> None:
    reply, text = reply_to(answerer, message)
    part = reply.parts[0]
    if verdict is None:
        assert part.status is Status.UNSETTLED and text.startswith(texts.VERDICT_UNSETTLED)
        assert "تاب" not in text
    else:
        assert part.status is Status.VERDICT and part.verdict is verdict and word in text


def test_a_statement_the_base_cannot_settle_is_not_judged(answerer: FormAnswerer) -> None:
    reply, text = reply_to(answerer, "أسلم هرقل بعد غزوة تبوك (صح أم خطأ)")
    assert reply.parts[0].status is Status.UNSETTLED
    assert text.startswith(texts.VERDICT_UNSETTLED)


@pytest.mark.parametrize(
    ("message", "words", "fact_id"),
    [
        ("كانت غزوة تبوك في شهر …… من السنة …… للهجرة", "رجب، التاسعة", "date"),
        (
            "أكمل: أعلن النبي ﷺ ........ العامة ضد الإمبراطورية البيزنطية",
            "التعبئة",
            "mobilisation",
        ),
        ("لم يشأ النبي أن يهاجم العدو بعد أن تراجع ______ للدماء", "حقناً", "no_battle"),
        ("أكمل: وجه النبي ﷺ خالد بن الوليد إلى ......", "دومة الجندل", "dumat_aljandal"),
        ("أكمل: سمي جيش تبوك بـ ________", "جيش العسرة", "army_name"),
        # the part, not the whole that tells its sentence again (the outcome, the overview)
        ("عقد النبي ﷺ معاهدات شملت سكان تبوك و.........", "أيلة", "treaties"),
        # the honorific after a name in the fact's text is not the missing word
        ("قدم عمر بن الخطاب ............ ماله", "نصف", "umar_donation"),
        ("كان تجهيز الجيش في عسرة وشدة ____ وجدب", "حر", "hardship"),
    ],
)
def test_blank_gets_its_missing_words_then_the_fact(
    answerer: FormAnswerer, message: str, words: str, fact_id: str
) -> None:
    reply, text = reply_to(answerer, message)
    assert reply.parts[0].status is Status.FILLED
    assert text.startswith(texts.BLANK_ANSWER.format(words=words))
    assert answer_text(answerer, fact_id) in text


@pytest.mark.parametrize(
    ("riddle", "status", "opening"),
    [
        (
            "غزوة وقعت في السنة التاسعة للهجرة، خرج فيها المسلمون في حر شديد، وتخلف عنها "
            "المنافقون، ولم يقع فيها قتال. ما هي هذه الغزوة؟",
            Status.RIDDLE_TABUK,
            texts.RIDDLE_TABUK,
        ),
        (
            "معركة سقط فيها القواد الثلاثة الذين تولوا إدارتها، ثم خلص خالد بن الوليد الجيش "
            "من هزيمة كاملة. ما اسم هذه المعركة؟",
            Status.RIDDLE_MUTAH,
            texts.RIDDLE_MUTAH,
        ),
        (  # the commanders' names are not in the text, so they do not mark Mu'tah
            "معركة استشهد فيها زيد بن حارثة وجعفر بن أبي طالب وعبد الله بن رواحة. "
            "ما اسم هذه المعركة؟",
            Status.RIDDLE_OTHER,
            texts.RIDDLE_OTHER,
        ),
        (
            "غزوة حفر فيها المسلمون خندقًا حول المدينة بمشورة سلمان الفارسي. ما اسم الغزوة؟",
            Status.RIDDLE_OTHER,
            texts.RIDDLE_OTHER,
        ),
        (  # Egyptian «هي إيه؟»: Badr, never answered with Tabuk's summary
            "غزوة المسلمين فيها قابلوا قريش أول مرة ونزلت فيها الملايكة تقاتل معاهم، هي إيه؟",
            Status.RIDDLE_OTHER,
            texts.RIDDLE_OTHER,
        ),
        (  # Maghrebi «واحد الغزوة …، شنو هي؟», with the gifts as people tell them
            "واحد الغزوة اللي أبو بكر عطا فيها كل مالو وعمر عطا نص مالو، شنو هي؟",
            Status.RIDDLE_TABUK,
            texts.RIDDLE_TABUK,
        ),
    ],
)
def test_riddles_name_tabuk_or_mutah_or_say_tabuk_only(
    answerer: FormAnswerer, riddle: str, status: Status, opening: str
) -> None:
    reply, text = reply_to(answerer, riddle)
    assert reply.parts[0].status is status
    assert text.startswith(opening)
    assert reply.answered is (status is not Status.RIDDLE_OTHER)


def test_every_reply_fits_one_telegram_message(answerer: FormAnswerer) -> None:
    long_message = "\n".join(
        ["ما هي غزوة تبوك؟", "ما أسباب غزوة تبوك؟", "ما نتائج غزوة تبوك؟"] * 3
    )
    _, text = reply_to(answerer, long_message)
    assert len(text) <= TELEGRAM_MESSAGE_MAX
    html = render_message(answerer.answer_message(long_message), answerer.engine).html
    assert len(html) <= TELEGRAM_MESSAGE_MAX


# --- end to end over the fake Bot API ----------------------------------------------------------


async def test_multi_part_message_gets_one_labelledreply_to(bot: RunningBot) -> None:
    text = "السلام عليكم\n1. متى كانت غزوة تبوك؟\n2. كم كان عدد جيش المسلمين؟\n3. من هو أبو هريرة؟"
    call = await send(bot.api, bot.api.private_message(USER_ID, text))
    shown = call.result["text"]
    assert shown.startswith(texts.GREETING_PREFIX)
    assert shown.index("السؤال الأول") < shown.index("رجب") < shown.index("السؤال الثاني")
    assert (
        shown.index("أربعين ألف") < shown.index("السؤال الثالث") < shown.index(texts.PART_UNKNOWN)
    )
    row = next(bot.services.db.query("SELECT * FROM questions"))
    assert row["text"] == text and row["outcome"] == "unknown"


# --- answer keys --------------------------------------------------------------------------------


def test_every_shipped_fact_has_an_answer_key_whose_details_its_answer_states(
    answerer: FormAnswerer,
) -> None:
    keys = load_answer_keys()
    for fact in answerer.engine.facts:
        key = keys.get(fact.id)
        assert key is not None, fact.id
        grounded = StatementJudge(answerer.engine, keys).slots(fact)
        missing = [slot.answer for slot in key.slots if slot not in grounded]
        assert not missing, (fact.id, missing)


def test_an_edited_answer_drops_the_key_details_it_no_longer_states() -> None:
    facts = [
        dataclasses.replace(fact, answer="كانت غزوة تبوك في السنة التاسعة للهجرة.")
        if fact.id == "date"
        else fact
        for fact in load_shipped().facts
    ]
    engine = AnswerEngine(facts)
    date = engine.fact("date")
    assert date is not None
    kinds = {slot.kind for slot in StatementJudge(engine).slots(date)}
    assert SlotKind.YEAR in kinds and SlotKind.MONTH not in kinds


@pytest.mark.parametrize(
    ("record", "complaint"),
    [
        ({"keys": {"date": {"answer": "رجب", "slots": []}}}, "'slots' must be a non-empty list"),
        (
            {"keys": {"date": {"answer": "رجب", "slots": [{"kind": "colour", "answer": "x"}]}}},
            "unknown kind 'colour'",
        ),
        (
            {"keys": {"date": {"answer": "رجب", "slots": [{"kind": "year", "answer": "9"}]}}},
            "needs an integer 'number'",
        ),
    ],
)
def test_a_bad_answer_key_file_is_refused_naming_the_record(
    record: dict[str, object], complaint: str
) -> None:
    with pytest.raises(AnswerKeyError) as error:
        parse_answer_keys(record, origin="keys.json")
    assert "keys.json: key 'date'" in str(error.value) and complaint in str(error.value)


@pytest.mark.parametrize(
    ("text", "numbers", "years"),
    [
        ("كان عدد الجيش أكثر من 40,000 مجاهد", (40000,), ()),
        ("أربعين ألفًا", (40000,), ()),
        ("٣٠ ألف", (30000,), ()),
        ("في السنة التاسعة للهجرة", (), (9,)),
        ("عام 8 هـ", (), (8,)),
        ("تسعمائة وخمسين بعيرًا", (950,), ()),
        ("سقط القادة واحد بعد الآخر", (1,), ()),
        # a number word with «ب/ل» joined to it: «بأربعين ألفًا» was read as a thousand
        ("جهز الجيش بتسعمائة وخمسين بعيرًا", (950,), ()),
        ("خرج النبي بأربعين ألف مقاتل", (40000,), ()),
        ("تبرع عثمان بألف دينار", (1000,), ()),
        ("وصل عددهم لثلاثين ألفًا", (30000,), ()),
        # (words a joined letter makes of another: «I am not», «with water»)
        ("لست متأكدا", (), ()),
        ("جاؤوا بمية قليلة", (), ()),
    ],
)
def test_numbers_and_hijri_years_are_read_as_people_write_them(
    text: str, numbers: tuple[int, ...], years: tuple[int, ...]
) -> None:
    assert read_numbers(text) == (numbers, years)


def test_a_message_asked_again_is_served_from_the_answerers_cache(
    answerer: FormAnswerer,
) -> None:
    message = "متى خرج الجيش؟ ولماذا سمي جيش العسرة؟"
    first = answerer.answer_message(message)
    assert answerer.answer_message(message) is first
    # A new answerer (built after every edit of the base) starts without it.
    fresh = FormAnswerer(answerer.engine)
    assert fresh.answer_message(message) == first and fresh.answer_message(message) is not first


def test_a_blank_asking_one_donor_is_not_filled_with_the_list_of_donors(
    answerer: FormAnswerer,
) -> None:
    # «هو الذي» asks one donor; the sentence does not say which: not settled.
    reply = answerer.answer_message("اكمل: ...... هو الذي تبرع بماله لتجهيز جيش العسرة")
    text = render_message(reply, answerer.engine).html
    assert "أبو بكر وعمر وعثمان" not in text.split("\n")[0]
    assert not reply.answered


def test_a_list_stopped_on_its_and_is_filled_with_the_item_it_lacks(
    answerer: FormAnswerer,
) -> None:
    reply = answerer.answer_message("من الذين قدموا أموالهم لتجهيز الجيش أبو بكر وعمر وعثمان و")
    part = reply.parts[0]
    assert part.status is Status.FILLED and part.filled == "عبد الرحمن بن عوف"
    assert part.fact is not None and part.fact.id == "abdulrahman_donation"


def test_a_blank_matched_by_two_words_of_another_fact_is_not_filled(
    answerer: FormAnswerer,
) -> None:
    # «بعد تراجع الروم» is the stationing's sentence; this one is about not attacking
    reply = answerer.answer_message("لم يهاجم النبي العدو بعد تراجعه ..........")
    assert reply.parts[0].filled != "الروم"


def test_a_blank_naming_the_donors_gift_is_filled_with_that_donor(
    answerer: FormAnswerer,
) -> None:
    # «ماله كله» (all his wealth) is Abu Bakr's gift, not a particle to drop.
    reply = answerer.answer_message("اكمل: ...... هو الذي قدم ماله كله لتجهيز جيش العسرة")
    part = reply.parts[0]
    assert reply.answered and part.filled == "أبو بكر الصديق"
    assert part.fact is not None and part.fact.id == "abu_bakr_donation"


def test_a_vague_question_after_a_story_is_about_the_last_clause_it_follows(
    answerer: FormAnswerer,
) -> None:
    # «قبل النوم» and «السيرة» in an earlier clause are the story, not what is asked
    message, _ = reply_to(
        answerer,
        "أنا أم لطفلين وأحكي لهم قصص السيرة قبل النوم، الليلة بدي أحكي عن تبوك، "
        "شو صار فيها باختصار؟",
    )
    assert [p.fact.id if p.fact else None for p in message.parts] == ["overview"]


def test_the_people_of_a_place_are_its_inhabitants_in_an_option(answerer: FormAnswerer) -> None:
    message, _ = reply_to(
        answerer,
        "مع منو عقد النبي معاهدات بتبوك؟ أ) أهل مكة ب) أهل تبوك وأيلة ج) يهود خيبر د) الفرس",
    )
    (part,) = message.parts
    assert part.status is Status.CHOICE and part.choice is not None
    assert part.choice.text == "أهل تبوك وأيلة"


def test_a_headline_asking_the_number_of_the_army_gets_the_number(
    answerer: FormAnswerer,
) -> None:
    reply = answerer.answer_message("عدد جيش المسلمين في غزوة تبوك")
    assert _fact_ids(reply) == ["army_size"]
    assert "أربعين ألف" in render_message(reply, answerer.engine).html


def test_a_blank_naming_one_donors_gift_by_its_words_is_filled_with_that_donor(
    answerer: FormAnswerer,
) -> None:
    reply = answerer.answer_message("الصحابي اللي قدّم نص مالو لجيش العسرة هو")
    assert _fact_ids(reply) == ["umar_donation"]
    assert "عمر بن الخطاب" in render_message(reply, answerer.engine).html


@pytest.mark.parametrize(
    ("message", "opens"),
    [
        # the fact states the claim but its answer opens with no «نعم»: the reply adds it
        ("هل كان هرقل ملك الروم؟", "نعم، هرقل هو ملك الروم"),
        ("هل قدم عمر نصف ماله؟", "نعم، في غزوة تبوك قدّم عمر"),
        # the text says more than forty thousand: never «نعم», and never a bare «لا»
        ("هل كان عدد الجيش ثلاثين ألفا؟", "كان تعداد جيش المسلمين"),
        # not a yes/no question: no «نعم»
        ("من هو هرقل؟", "هرقل هو ملك الروم"),
    ],
)
def test_a_yes_no_question_the_fact_confirms_opens_with_yes(
    answerer: FormAnswerer, message: str, opens: str
) -> None:
    reply = answerer.answer_message(message)
    assert render_message(reply, answerer.engine).plain.startswith(opens)


def test_or_not_ending_a_question_is_no_negation_of_its_claim(answerer: FormAnswerer) -> None:
    # «ولا لا» asks yes or no; read as «and not», it made «he fought them» a true «he did not»
    text = render_message(answerer.answer_message("النبي قاتل الروم ولا لا؟"), answerer.engine)
    assert not text.plain.startswith(texts.VERDICT_TRUE)
    assert text.plain.startswith("لا، لم يقع قتال")


@pytest.mark.parametrize(
    "message",
    [
        # «حارب» is fighting: the facts say there was none, so never «صحيح»
        "النبي حارب الروم في تبوك؟",
        "المسلمين قاتلوا الروم في تبوك؟",
    ],
)
def test_a_claim_of_fighting_in_another_verb_form_is_never_confirmed(
    answerer: FormAnswerer, message: str
) -> None:
    text = render_message(answerer.answer_message(message), answerer.engine).plain
    assert not text.startswith(texts.VERDICT_TRUE)
    assert "لم يقع قتال" in text


@pytest.mark.parametrize(
    ("message", "opens"),
    [
        # one side is what the text states, the other is not: that fact answers
        ("هل كانت غزوة تبوك في رجب أم في شعبان؟", "كانت غزوة تبوك في شهر رجب"),
        ("الغزوة كانت ضد الفرس ولا الروم؟", "كانت غزوة تبوك ضد الروم"),
        ("هل قاد الجيش النبي أم أبو بكر؟", "قاد غزوة تبوك النبي"),
        # «ولا لا» is yes or no, not two sides
        ("النبي قاتل الروم ولا لا؟", "لا، لم يقع قتال"),
    ],
)
def test_an_either_or_question_is_answered_by_the_side_the_text_states(
    answerer: FormAnswerer, message: str, opens: str
) -> None:
    reply = answerer.answer_message(message)
    assert render_message(reply, answerer.engine).plain.startswith(opens)


@pytest.mark.parametrize(
    "message",
    [
        # «الفرس» is the Persians, never Uthman's horses (was «صحيح» with his gift)
        "غزوة تبوك كانت مع الفرس صح ولا خطأ",
        "الغزوة كانت مع الفرس",
    ],
)
def test_the_persians_are_never_read_as_horses(answerer: FormAnswerer, message: str) -> None:
    reply = answerer.answer_message(message)
    text = render_message(reply, answerer.engine).plain
    assert "uthman_donation" not in _fact_ids(reply)
    assert not text.startswith(texts.VERDICT_TRUE)


@pytest.mark.parametrize(
    ("message", "true"),
    [
        # a count bound to another thing: 950 camels and 50 horses, not the other way round
        ("جهز عثمان جيش العسرة بخمسين جملا", False),
        ("كان عدد الخيل التي قدمها عثمان 950 فرسا", False),
        ("قدم عثمان 950 جملا وخمسين فرسا", True),
        # another name in the role the fact gives: Ukaydir is the chief, not Khalid
        ("خالد بن الوليد هو رئيس دومة الجندل", False),
        ("أكيدر هو رئيس دومة الجندل", True),
        ("خالد بن الوليد رئيس دومة الجندل", False),
        # more than forty thousand: not exactly forty thousand
        ("الجيش كان أربعين ألف بالضبط", False),
        ("الجيش كان أكثر من 40 ألف", True),
        # Mu'tah's dead placed at Tabuk, and the order of the two swapped
        ("سقط في غزوة تبوك القواد الثلاثة", False),
        ("في غزوة مؤتة سقط القواد الثلاثة", True),
        ("غزوة تبوك كانت قبل غزوة مؤتة", False),
    ],
)
def test_the_fact_s_own_words_bound_otherwise_are_false(
    answerer: FormAnswerer, message: str, true: bool
) -> None:
    text = render_message(answerer.answer_message(message), answerer.engine).plain
    assert text.startswith(texts.VERDICT_TRUE if true else texts.VERDICT_FALSE)


def test_an_option_counting_another_thing_is_not_chosen(answerer: FormAnswerer) -> None:
    # 950 is Uthman's camels: asked his horses, the option is 50
    reply = answerer.answer_message("كم فرسا قدم عثمان؟\nأ) 950 ب) 50 ج) 100 د) 300")
    assert render_message(reply, answerer.engine).plain.startswith("الجواب: (ب) 50")


def test_which_came_first_is_not_chosen_by_which_fits(answerer: FormAnswerer) -> None:
    # no option's words say which came first: Tabuk is not chosen for «أولًا»
    reply = answerer.answer_message("أي الغزوتين كانت أولا؟\nأ) تبوك ب) مؤتة")
    assert not render_message(reply, answerer.engine).plain.startswith("الجواب: (أ) تبوك")


@pytest.mark.parametrize(
    ("message", "start"),
    [
        # «قريبة» where the text says «بعيدة»: false as a statement, never «نعم» as a question
        ("كانت بلاد الروم قريبة من عاصمة المسلمين", texts.VERDICT_FALSE),
        ("كانت بلاد الروم بعيدة عن عاصمة المسلمين", texts.VERDICT_TRUE),
    ],
)
def test_a_word_of_opposite_sense_is_false(answerer: FormAnswerer, message: str, start) -> None:
    text = render_message(answerer.answer_message(message), answerer.engine).plain
    assert text.startswith(start)


def test_yes_opens_only_an_answer_stating_every_word_of_the_claim(
    answerer: FormAnswerer,
) -> None:
    reply = answerer.answer_message("هل كانت بلاد الروم قريبة من عاصمة المسلمين؟")
    assert not render_message(reply, answerer.engine).plain.startswith(texts.YES_OPENER)


def test_yes_never_opens_an_answer_that_denies_the_claim(answerer: FormAnswerer) -> None:
    # «لم يكن تجهيز جيش غزوة تبوك سهلًا»: the answer denies it, so no «نعم»
    reply = answerer.answer_message("هل كان تجهيز الجيش سهلا؟")
    assert not render_message(reply, answerer.engine).plain.startswith(texts.YES_OPENER)


@pytest.mark.parametrize(
    ("message", "true"),
    [
        # the text denies it: «لم يكن تجهيز جيش غزوة تبوك سهلًا», «لم يتوقع الروم …»
        ("كان تجهيز الجيش سهلا صح ولا خطأ", False),
        ("لم يكن تجهيز الجيش سهلا", True),
        ("توقع الروم أن يستجيب المسلمون صح ولا خطأ", False),
    ],
)
def test_a_claim_the_text_denies_is_false(answerer: FormAnswerer, message: str, true) -> None:
    text = render_message(answerer.answer_message(message), answerer.engine).plain
    assert text.startswith(texts.VERDICT_TRUE if true else texts.VERDICT_FALSE)


def test_a_true_false_statement_not_settled_says_so_then_shows_the_fact(
    answerer: FormAnswerer,
) -> None:
    # No detail of it settles «ضد المسلمين», but the allies fact is what it is about: the
    # reply says it cannot judge, then shows that fact (never a bare fact read as «صحيح»).
    message = "صح ام خطأ: القبائل العربية حالفت الروم ضد المسلمين"
    reply = answerer.answer_message(message)
    (part,) = reply.parts
    assert part.status is Status.UNSETTLED and not reply.answered
    text = render_message(reply, answerer.engine).plain
    assert text.startswith(texts.VERDICT_UNSETTLED_NEAREST), text
    assert answer_text(answerer, "roman_allies") in text
