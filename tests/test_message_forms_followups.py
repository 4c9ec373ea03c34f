"""Message forms people write in dialects: «is it true that…» requests, follow-ups that point
back with a pronoun, and a fact said once when two parts rest on it (what the user sees)."""

from __future__ import annotations

import pytest

from bot import texts
from knowledge.forms import FormAnswerer, Status
from knowledge.message import Form, read_message
from tests.message_helpers import answer_text, assert_verdict, reply_to

# --- «is it true that …» in the dialects ------------------------------------------------


@pytest.mark.parametrize(
    ("message", "statement"),
    [
        # Maghrebi «واش صحيح (بلي) …؟», Gulf «وش صحيح إن …», MSA «هل صحيح أن …»
        ("واش صحيح النبي ﷺ دار معاهدة مع أهل أيلة؟", "النبي ﷺ دار معاهدة مع أهل أيلة"),
        ("واش صحيح بلي الغزوة كانت في رمضان؟", "الغزوة كانت في رمضان"),
        ("وش صحيح إن الغزوة كانت في رمضان؟", "الغزوة كانت في رمضان"),
        ("هل صحيح أن الغزوة كانت في رمضان؟", "الغزوة كانت في رمضان"),
        # «صح لو لا» (Iraqi), «صحيح ولا غالط» (Maghrebi) after the statement
        ("خالد بن الوليد هو اللي قاد غزوة تبوك، صح لو لا؟", "خالد بن الوليد هو اللي قاد"),
        ("الغزوة كانت فوقت رخا؟ صحيح ولا غالط", "الغزوة كانت فوقت رخا"),
        # what was heard is the claim judged, not «I heard»
        ("سمعت إن الغزوة كانت في رمضان، صح؟", "الغزوة كانت في رمضان"),
        ("سمعت ان الغزوة كانت في رمضان صح؟", "الغزوة كانت في رمضان"),
        ("قريت في كتاب ان الغزوة كانت في رمضان، صح ولا غلط؟", "الغزوة كانت في رمضان"),
        # without a story, «…، صح ولا غلط؟» is still the statement's own tail
        ("عثمان قدم 50 فرسا، صح ولا غلط؟", "عثمان قدم 50 فرسا"),
    ],
)
def test_is_it_true_requests_are_read_as_statements(message: str, statement: str) -> None:
    read = read_message(message)
    assert [part.form for part in read.parts] == [Form.TRUE_FALSE]
    assert read.parts[0].text.rstrip("؟? ").startswith(statement)


@pytest.mark.parametrize(
    ("message", "verdict", "fact_id"),
    [
        ("واش صحيح بلي الغزوة كانت في رمضان؟", False, "date"),
        ("سمعت إن الغزوة كانت في رمضان، صح؟", False, "date"),
        ("وش صحيح إن عثمان قدم 50 فرسا؟", True, "uthman_donation"),
    ],
)
def test_an_is_it_true_request_gets_a_verdict_then_the_fact(
    answerer: FormAnswerer, message: str, verdict: bool, fact_id: str
) -> None:
    assert_verdict(answerer, message, verdict, fact_id)


# --- a follow-up that points back --------------------------------------------------------


@pytest.mark.parametrize(
    ("message", "facts"),
    [
        # «عدده / عددهم»: the number of what the question before was about
        ("متى خرج الجيش؟ وكم عدده؟", ["date", "army_size"]),
        ("متى خرج جيش العسرة؟ وشكد كان عددهم؟", ["date", "army_size"]),
        ("ما سبب تسمية الجيش بجيش العسرة؟ وكم كان عدده؟", ["army_name", "army_size"]),
        # «وضد مين» opens a question of its own, even without a question mark before it
        ("متى كانت الغزوة وضد مين وكم كان عدد الجيش", ["date", "enemy", "army_size"]),
    ],
)
def test_a_follow_up_with_a_pronoun_is_answered_about_what_came_before(
    answerer: FormAnswerer, message: str, facts: list[str]
) -> None:
    reply, text = reply_to(answerer, message)
    assert reply.answered
    assert [part.fact.id for part in reply.parts if part.fact] == facts
    assert text.index("السؤال الثاني") < text.index(answer_text(answerer, facts[1]))


def test_a_follow_up_pointing_at_a_detail_the_text_lacks_says_so(
    answerer: FormAnswerer,
) -> None:
    # «جيشه» is Heraclius's army: never answered with the Muslims' number
    reply, _ = reply_to(answerer, "وش سوى هرقل قبل الغزوة؟ وكم كان عدد جيشه؟")
    assert [part.fact.id for part in reply.parts if part.fact] == ["heraclius"]


# --- a fact said once -------------------------------------------------------------------


def test_a_fact_two_parts_rest_on_is_shown_once(answerer: FormAnswerer) -> None:
    reply, text = reply_to(answerer, "ماذا قدم عثمان؟\nأكمل: جهز عثمان الجيش ب ... بعير")
    first, second = reply.parts
    assert first.fact is not None and second.fact == first.fact
    assert second.status is Status.FILLED
    assert text.count(answer_text(answerer, "uthman_donation")) == 1
    assert texts.FACT_ABOVE.format(ordinal=texts.PART_ORDINALS[0]) in text
    # each part keeps its label and what it asked for
    assert "السؤال الثاني" in text and texts.BLANK_ANSWER.format(words="") in text


def test_a_verdict_resting_on_a_fact_shown_above_points_at_it(answerer: FormAnswerer) -> None:
    reply, text = reply_to(
        answerer, "ماذا قدم عثمان في غزوة تبوك؟\nعثمان قدم 50 فرسا، صح ولا غلط؟"
    )
    assert [part.status for part in reply.parts] == [Status.ANSWER, Status.VERDICT]
    assert text.count(answer_text(answerer, "uthman_donation")) == 1
    assert texts.VERDICT_TRUE_ABOVE.format(ordinal=texts.PART_ORDINALS[0]) in text


# --- verdicts that must not be given --------------------------------------------------


def test_a_verse_placed_in_another_surah_is_false(answerer: FormAnswerer) -> None:
    reply, text = reply_to(
        answerer, "( ) الآية التي نزلت في المتثاقلين عن الخروج هي الآية 38 من سورة الأنفال."
    )
    part = reply.parts[0]
    assert part.status is Status.VERDICT and part.verdict is False
    assert part.fact is not None and part.fact.id == "verse_38"
    assert text.startswith(texts.VERDICT_FALSE) and "التوبة" in text
    reply, _ = reply_to(
        answerer, "( ) الآية التي نزلت في المتثاقلين عن الخروج هي الآية 38 من سورة التوبة."
    )
    assert reply.parts[0].verdict is True


def test_fighting_at_mutah_is_not_judged_by_tabuk_having_none(answerer: FormAnswerer) -> None:
    # a damaged «مؤ تة» is not read as the event's name; its three commanders still mark it
    reply, _ = reply_to(
        answerer,
        "ضع علامة ✓ :\nسقط في غزوة مؤ تة القادة الثلاثة الذين تو لوا إدارة المعركة ( )",
    )
    assert reply.parts[0].verdict is not False


# --- lines and words that only frame the question ---------------------------------------


@pytest.mark.parametrize(
    "message",
    [
        "السلام عليكم ورحمة الله\nعندي سؤال بالله عليكم\nمتى كانت غزوة تبوك",
        "الله يجزاكم خير ضروري\nمتى كانت غزوة تبوك",
        "لو سمحتم\nمتى كانت غزوة تبوك",
    ],
)
def test_a_line_that_only_pleads_is_never_a_part(answerer: FormAnswerer, message: str) -> None:
    reply, text = reply_to(answerer, message)
    assert reply.answered and [part.fact.id for part in reply.parts if part.fact] == ["date"]
    assert "السؤال الأول" not in text and answer_text(answerer, "overview") not in text


@pytest.mark.parametrize(
    "message",
    ["متى وقعت غزوة تبوك ولماذا", "متى وقعت غزوة تبوك ولماذا؟", "متى وقعت غزوة تبوك؟ ولماذا؟"],
)
def test_a_question_word_left_at_the_end_asks_the_same_subject_again(
    answerer: FormAnswerer, message: str
) -> None:
    reply, text = reply_to(answerer, message)
    assert reply.answered
    assert [part.fact.id for part in reply.parts if part.fact] == ["date", "reasons"]
    assert text.index("السؤال الثاني") < text.index(answer_text(answerer, "reasons"))


def test_a_preposition_asking_with_what_is_no_preamble(answerer: FormAnswerer) -> None:
    # «على» before «ايش» asks with it (not a courtesy word left before the question): the
    # terms of the peace, then «وبكم» asks the amount, which the text does not give
    reply, text = reply_to(answerer, "على ايش تصالحت دومة الجندل مع خالد وبكم؟")
    assert len(reply.parts) == 2, text
    assert reply.parts[0].done and reply.parts[0].fact.id == "jizya", text
    assert not reply.parts[1].done, text


# --- exam items chained in one line ------------------------------------------------------


def test_then_and_an_exam_verb_start_the_next_item(answerer: FormAnswerer) -> None:
    # the second item asks Mu'tah's commanders' names, which the text does not give: it is
    # said so in its place, and the whole line is not answered with the Mu'tah fact
    reply, text = reply_to(
        answerer, "4. اذكر سببين لغزوة تبوك، ثم سمِّ القادة الثلاثة الذين استشهدوا في مؤتة."
    )
    assert [part.fact.id for part in reply.parts if part.fact] == ["reasons"]
    assert len(reply.parts) == 2 and not reply.parts[1].done
    assert answer_text(answerer, "mutah") not in text
    reply, _ = reply_to(
        answerer,
        "اذكر ثلاثة من الصحابة الذين أنفقوا أموالهم في غزوة تبوك، ثم اذكر الاسم الذي عُرف به"
        " ذلك الجيش.",
    )
    assert len(reply.parts) == 2 and reply.parts[1].fact.id == "army_name"


def test_an_exam_verb_before_a_comma_is_the_question_not_a_preamble(
    answerer: FormAnswerer,
) -> None:
    reply, text = reply_to(
        answerer, "اذكر الآية التي نزلت في المتثاقلين عن غزوة العسرة، وما رقمها؟"
    )
    assert [part.fact.id for part in reply.parts if part.fact] == ["verse_38"]
    assert answer_text(answerer, "verse_117") not in text
    # «أكتب مقالا …» tells what the writer is doing: still a story before the question
    reply, _ = reply_to(
        answerer,
        "أخي الكريم، أكتب مقالا لمجلة المدرسة عن السيرة، وأحتاج أن أعرف كيف انتهت غزوة تبوك"
        " وما نتائجها",
    )
    assert "outcome" in [part.fact.id for part in reply.parts if part.fact]


@pytest.mark.parametrize(
    ("message", "verdict", "fact_id"),
    [
        # the rank claimed is asked for («ما ترتيب …»), not «هل …» with the rank left out
        ("غزوة تبوك هي أول غزوة غزاها الرسول ﷺ.", False, "last_expedition"),
        ("هل صحيح انو غزوة تبوك جانت اول غزوة للرسول ﷺ؟", False, "last_expedition"),
        # «و50» is a figure checked as a claim, not a word the text lacks
        ("سمعت إنو عثمان جهّز 950 جمل و50 فرس، صح؟", True, "uthman_donation"),
        # «لِما أحاط» is «for what», not «why»: a bare statement, judged
        ("سُمِّيَ جيشُ العُسرةِ بهذا الاسمِ لِما أحاطَ بتكوينِهِ من صعوبات", True, "army_name"),
        # under a chatty heading («صح وغلط» with «و»), not read as a question of its own
        ("ده سؤال صح وغلط من الامتحان:\nكانت غزوة تبوك في شهر رمضان", False, "date"),
        ("ده سؤال صح وغلط من الامتحان:\nقدم أبو بكر الصديق ماله كله", True, "abu_bakr_donation"),
    ],
)
def test_statements_people_write_get_their_verdict(
    answerer: FormAnswerer, message: str, verdict: bool, fact_id: str
) -> None:
    assert_verdict(answerer, message, verdict, fact_id)


# --- a question after a story ------------------------------------------------------------


@pytest.mark.parametrize(
    ("message", "fact_id"),
    [
        # «المسجد» is where the lesson was, not Masjid al-Dirar: the question is about Ukaydir
        ("يا شيخ الله يحفظك، في درس المسجد ذكر الإمام قصة أكيدر وما فهمت، مين هو؟", "ukaydir"),
        # «بكرا» is tomorrow, not Abu Bakr: the question is about the hypocrites
        (
            "شباب ساعدوني الامتحان بكرا ومش فاهم ولا شي عن المنافقين بتبوك. شو كان موقفهم؟",
            "hypocrites",
        ),
        # what the teacher's clause is about comes last in it
        ("يا ريت حد يساعدني، المدرس قال هنتسأل عن عدد الجيش، كان كام في تبوك؟", "army_size"),
    ],
)
def test_a_question_pointing_at_the_story_is_read_with_what_it_names(
    answerer: FormAnswerer, message: str, fact_id: str
) -> None:
    reply, text = reply_to(answerer, message)
    assert reply.answered and [part.fact.id for part in reply.parts] == [fact_id]
    assert answer_text(answerer, fact_id) in text


@pytest.mark.parametrize(
    "message",
    [
        "عندي بحث عن كعب بن مالك، كيف عامله النبي صلى الله عليه وسلم بعد رجوعه؟",
        "قرأت عن الثلاثة الذين خلفوا، ماذا فعل النبي صلى الله عليه وسلم؟",
    ],
)
def test_a_story_of_a_detail_the_text_lacks_stops_a_question_about_the_prophet(
    answerer: FormAnswerer, message: str
) -> None:
    # (the question names no one but the Prophet: what he did is asked of the story's man)
    reply, text = reply_to(answerer, message)
    assert not any(part.done and part.fact for part in reply.parts), text


def test_a_detail_the_text_lacks_named_in_the_story_still_stops_an_answer(
    answerer: FormAnswerer,
) -> None:
    reply, _ = reply_to(answerer, "عندي بحث عن مسجد الضرار، شو صار فيه؟")
    assert not reply.answered and reply.parts[0].fact is None


@pytest.mark.parametrize(
    "message",
    [
        # «للنبي»: the Prophet named in passing never makes a true gift false
        "أبو بكر قدم كل ماله للنبي (صح أم خطأ)",
        "لو سمحت، تيتا كانت تحكيلنا إنو أبو بكر جاب كل مالو للنبي، فعلاً هاد اللي قدمه بتبوك؟",
    ],
)
def test_a_true_gift_given_to_the_prophet_is_never_called_false(
    answerer: FormAnswerer, message: str
) -> None:
    reply, text = reply_to(answerer, message)
    assert reply.parts[0].part.form is Form.TRUE_FALSE
    assert reply.parts[0].verdict is not False
    assert not text.startswith(texts.VERDICT_FALSE)


def test_the_topic_after_i_want_to_know_is_asked_and_why_they_ask_is_a_story(
    answerer: FormAnswerer,
) -> None:
    read = read_message(
        "السلام عليكم انا طالبه في الصف التاسع واريد ان اعرف نتائج غزوة تبوك باختصار لان عندي"
        " اختبار بكره ارجو الرد بسرعه ضروري"
    )
    # («باختصار» says how long the answer should be, not what is asked)
    assert [part.text for part in read.parts] == ["نتائج غزوة تبوك"]
    assert "اختبار" in read.parts[0].context
    # «وأبي الآية اللي …»: wanting a thing named asks what it is
    read = read_message("عندي عرض تقديمي عن سورة التوبة، وأبي الآية اللي نزلت في المتثاقلين")
    assert read.parts[0].text.startswith("ما الآية")


@pytest.mark.parametrize(
    "statement",
    [
        # with «مؤتة» left out, «أين …» finds Tabuk's place; the statement is about Mu'tah
        "وأوقعوا بجيش المسلمين في غزوة مؤتة",
        "قبل غزوة تبوك أوقع الروم وحلفاؤهم بجيش المسلمين في غزوة مؤتة",
        # with «المسلمين» left out, «من …» finds the Romans' advance; the statement is the march
        "توجه جيش المسلمين في غزوة تبوك إلى تبوك لملاقاة الروم الذين زحفوا إلى أطراف الجزيرة",
    ],
)
def test_the_base_s_own_sentences_are_never_called_false(
    answerer: FormAnswerer, statement: str
) -> None:
    reply, _ = reply_to(answerer, f"{statement} (صح أم خطأ)")
    assert reply.parts[0].verdict is not False


@pytest.mark.parametrize(
    "statement",
    [
        # one word changed by the examiner: a word the base knows that the fact does not state
        "فأخذتهم المباغتة وانتصروا إلى داخل بلادهم ليتخذوا موقف الدفاع",
        "قدّم عثمان بن عفان رضي الله عنه 950 جملًا وخمسين فرسًا لتجهيز جيش النصر",
        "فتقهقر الفرس إلى داخل بلادهم ولم يقع قتال",
        # the list of gifts names Umar and 950 camels, but not who gave which
        "وعمر الذي قدم 950 جملا وخمسون فرسا واموال كثيرة",
    ],
)
def test_a_statement_with_one_detail_changed_is_never_called_true(
    answerer: FormAnswerer, statement: str
) -> None:
    reply, text = reply_to(answerer, f"{statement} (صح أم خطأ)")
    assert reply.parts[0].verdict is not True
    assert not text.startswith(texts.VERDICT_TRUE)


def test_an_honorific_is_no_claim_the_fact_must_state(answerer: FormAnswerer) -> None:
    reply, _ = reply_to(
        answerer, "خضعت دومة الجندل لخالد بن الوليد رضي الله عنه.\n( ) صح  ( ) خطأ"
    )
    assert reply.parts[0].verdict is True


def test_and_was_it_asks_yes_or_no_as_a_question_of_its_own(answerer: FormAnswerer) -> None:
    reply, text = reply_to(answerer, "امتى كانت غزوة تبوك؟ وكان الحر جامد ساعتها؟")
    assert [part.fact.id for part in reply.parts if part.fact] == ["date", "hardship"]
    assert text.index("السؤال الثاني") < text.index(answer_text(answerer, "hardship"))
    # «وفي حد استشهد فيها؟» is a fourth question: announced, not folded into the third
    reply, text = reply_to(
        answerer, "هي غزوة تبوك كانت امتى؟ وضد مين؟ وكان عدد المسلمين كام؟ وفي حد استشهد فيها؟"
    )
    assert [part.fact.id for part in reply.parts if part.fact] == ["date", "enemy", "army_size"]
    assert reply.message.more == 1 and texts.more_parts(1) in text


@pytest.mark.parametrize(
    ("message", "option"),
    [
        # the engine cannot settle the stem alone; each option put in place of «كم» is judged
        ("كم فرس قدم عثمان رضي الله عنه؟ أ) 50 ب) 100 ج) 200 د) 300", "50"),
        (
            "لماذا لم يهاجم النبي ﷺ العدو بعد تراجعه؟\nA. حقناً للدماء\nB. لقلة السلاح"
            "\nC. خوفاً من الروم\nD. بسبب المطر",
            "حقنا للدماء",
        ),
    ],
)
def test_an_option_put_in_place_of_the_question_word_is_chosen_when_it_alone_is_true(
    answerer: FormAnswerer, message: str, option: str
) -> None:
    reply, text = reply_to(answerer, message)
    part = reply.parts[0]
    assert part.status is Status.CHOICE and part.choice is not None
    assert part.choice.text == option
    assert text.startswith("الجواب:")


def test_a_list_with_a_blank_before_and_others_is_a_blank_not_options(
    answerer: FormAnswerer,
) -> None:
    reply, text = reply_to(
        answerer, "من الصحابة الذين قدموا اموالهم : ابو بكر وعمر وعثمان و ......... وغيرهم"
    )
    part = reply.parts[0]
    assert part.status is Status.FILLED and part.filled == "عبد الرحمن بن عوف"
    assert texts.BLANK_ANSWER.format(words="عبد الرحمن بن عوف") in text
    assert part.fact is not None and part.fact.id == "abdulrahman_donation"


# --- blanks -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("message", "filled", "fact_id"),
    [
        # «كمل» (dialect «complete») leads a blank, not options after a colon
        ("كمل: عثمان رضي الله عنه جهز الجيش ب ... جمل", None, "uthman_donation"),
        # the word after the blank says it is a rank
        ("غزوة تبوك هي ...... غزوات النبي ﷺ", "آخر غزواته ﷺ", "last_expedition"),
        # «اللي … هو …»: the person; of the facts the engine hesitates between, the one whose
        # key states «نص ماله»
        ("اللي قدم نص ماله بتبوك هو ....", "عمر بن الخطاب", "umar_donation"),
        # two blanks, one detail listing two items
        ("أكمل : جلب الروم معهم في جموعهم من العرب ____ و ____", "لخم، غسان", "roman_allies"),
        (
            "قدم عثمان بن عفان رضى الله عنه لتجهيز جيش العسره ____ جملا و ____ فرسا",
            "950 جملًا، خمسين فرسًا",
            "uthman_donation",
        ),
    ],
)
def test_blanks_people_write_get_their_missing_words(
    answerer: FormAnswerer, message: str, filled: str | None, fact_id: str
) -> None:
    reply, text = reply_to(answerer, message)
    part = reply.parts[0]
    assert part.status is Status.FILLED and part.fact is not None and part.fact.id == fact_id
    if filled is not None:
        assert part.filled == filled
        assert text.startswith(texts.BLANK_ANSWER.format(words=filled))


def test_the_detail_asked_again_after_and_is_a_second_question(answerer: FormAnswerer) -> None:
    # the Roman army's number is a detail the text lacks: said so in its own place
    reply, text = reply_to(answerer, "بيّن عدد جيش المسلمين في غزوة تبوك وعدد جيش الروم.")
    assert [part.fact.id for part in reply.parts if part.fact] == ["army_size"]
    assert len(reply.parts) == 2 and not reply.parts[1].done
    assert text.index(answer_text(answerer, "army_size")) < text.index("السؤال الثاني")
    reply, _ = reply_to(answerer, "ما موقف المؤمنين وموقف المنافقين في غزوة تبوك")
    assert [part.fact.id for part in reply.parts if part.fact] == ["believers", "hypocrites"]
    # «قارن بين ما قدمه أبو بكر وما قدمه عمر» asks each side, and the one fact stating both
    # (the donations) answers it once
    reply, _ = reply_to(answerer, "قارن بين ما قدمه أبو بكر وما قدمه عمر")
    assert [part.fact.id for part in reply.parts if part.fact] == ["donations"]


def test_proving_from_the_quran_asks_for_the_verse(answerer: FormAnswerer) -> None:
    reply, text = reply_to(
        answerer, "استدل من القران الكريم على ذم المتثاقلين عن الخروج فى غزوة تبوك"
    )
    assert [part.fact.id for part in reply.parts if part.fact] == ["verse_38"]
    assert answer_text(answerer, "verse_38") in text


def test_a_teacher_s_story_before_the_question_never_decides_it(answerer: FormAnswerer) -> None:
    reply, text = reply_to(
        answerer,
        "سلام عليكم، الله يجازيكم بخير. أنا أستاذة ديال التربية الإسلامية فالإعدادي، وبغيت نشرح"
        " للتلاميذ علاش التجهيز ديال جيش تبوك كان صعيب بزاف، شنو هي الظروف اللي كانت فداك الوقت؟",
    )
    assert [part.fact.id for part in reply.parts if part.fact] == ["hardship"]
    assert reply.parts[0].part.text.startswith("شنو هي الظروف")
    assert answer_text(answerer, "hardship") in text


def test_what_typed_onto_its_noun_is_read_apart(answerer: FormAnswerer) -> None:
    reply, text = reply_to(
        answerer,
        "ماالايه التي نزلت في المتثاقلين عن النفير؟ و ماالايه التي ذكرت الذين اتبعو النبي في"
        " ساعه العسره",
    )
    assert [part.fact.id for part in reply.parts if part.fact] == ["verse_38", "verse_117"]
    assert text.index(answer_text(answerer, "verse_38")) < text.index("السؤال الثاني")
    assert [part.text for part in read_message("مالك؟").parts] == ["مالك؟"]


def test_a_follow_up_about_the_same_name_in_tabuk_gets_its_own_answer(
    answerer: FormAnswerer,
) -> None:
    # «دوره في تبوك» is another detail of Khalid: never dropped, never Mu'tah's fact again
    # (Mu'tah, not named in it, is no rival of his Tabuk fact)
    reply, text = reply_to(answerer, "ما دور خالد بن الوليد في مؤتة؟ وما دوره في تبوك؟")
    assert len(reply.parts) == 2 and reply.answered
    assert [part.fact.id for part in reply.parts if part.fact] == ["mutah", "dumat_aljandal"]
    assert text.index("السؤال الثاني") < text.index(answer_text(answerer, "dumat_aljandal"))
    assert text.count(answer_text(answerer, "mutah")) == 1


def test_room_left_for_the_answer_after_a_question_is_no_blank(answerer: FormAnswerer) -> None:
    reply, text = reply_to(answerer, "متى كانت غزوة تبوك؟ الجواب: .......")
    assert [part.part.form for part in reply.parts] == [Form.QUESTION]
    assert [part.fact.id for part in reply.parts if part.fact] == ["date"]
    assert answer_text(answerer, "date") in text


@pytest.mark.parametrize(
    ("message", "fact_id"),
    [
        # a figure named settles between the list of gifts and Uthman's own gift
        (
            "يا جماعة الخير، أنا مشترك بمسابقة دينية بالجامع، وفي سؤال: مين الصحابي اللي قدم"
            " 950 بعير و50 فرس؟",
            "uthman_donation",
        ),
        ("مين أول واحد تبرع لجيش العسرة؟ ومين قدم نص ماله؟", "umar_donation"),
    ],
)
def test_a_figure_or_share_named_settles_which_gift_is_asked(
    answerer: FormAnswerer, message: str, fact_id: str
) -> None:
    reply, text = reply_to(answerer, message)
    assert fact_id in [part.fact.id for part in reply.parts if part.fact]
    assert answer_text(answerer, fact_id) in text


def test_all_his_wealth_asked_of_umar_is_never_the_list_of_gifts(answerer: FormAnswerer) -> None:
    # the list names Umar and «ماله كله» (Abu Bakr's), not who gave which
    reply, _ = reply_to(
        answerer, "يا جماعة، عندي سؤال: هل أنفق عمر رضي الله عنه ماله كله في تبوك؟"
    )
    assert "donations" not in [part.fact.id for part in reply.parts if part.fact]


def test_an_option_line_with_than_in_it_is_still_an_option(answerer: FormAnswerer) -> None:
    reply, text = reply_to(
        answerer, "قديش كان عدد المسلمين بتبوك؟\nأكتر من 40 ألف\n2000\n700\n313"
    )
    part = reply.parts[0]
    assert part.status is Status.CHOICE and part.choice is not None
    assert part.choice.text == "أكتر من 40 ألف" and text.startswith("الجواب:")
    # short questions on their own lines stay questions, not options
    read = read_message("متى كانت غزوة تبوك؟\nوكانت ضد من\nوقائدها مين")
    assert [part.form for part in read.parts] == [Form.QUESTION] * 3


def test_uhud_alone_among_expedition_options_is_an_expedition(answerer: FormAnswerer) -> None:
    reply, text = reply_to(
        answerer,
        "الغزوة التي أوقع فيها الروم بجيش المسلمين وسقط فيها القواد الثلاثة قبل تبوك هي\n"
        "أ) أحد\nب) مؤتة\nج) حنين\nد) الخندق",
    )
    part = reply.parts[0]
    assert part.status is Status.CHOICE and part.choice is not None
    assert part.choice.text == "مؤتة" and part.fact is not None and part.fact.id == "mutah"
    assert text.startswith(texts.CHOICE_ANSWER.format(label="ب", option="مؤتة"))


@pytest.mark.parametrize(
    ("message", "facts"),
    [
        # «وماذاقدم»: the second question's word typed onto its verb
        ("ماذا قدم عثمان بن عفان؟ وماذاقدم عمر بن الخطاب؟", ["uthman_donation", "umar_donation"]),
        # «لماذاسمي»: the same with «لماذا», after a first question
        ("متى خرج الجيش إلى تبوك؟ ولماذاسمي جيش العسرة؟", ["date", "army_name"]),
    ],
)
def test_why_or_what_typed_onto_the_next_word_is_read_apart(
    answerer: FormAnswerer, message: str, facts: list[str]
) -> None:
    reply, text = reply_to(answerer, message)
    assert [part.fact.id for part in reply.parts if part.fact] == facts
    assert text.index(answer_text(answerer, facts[0])) < text.index("السؤال الثاني")
    assert answer_text(answerer, facts[1]) in text.split("السؤال الثاني", 1)[1]


@pytest.mark.parametrize("word", ["عموما", "يوما", "مفهوما"])
def test_words_ending_like_a_glued_question_are_not_cut(word: str) -> None:
    message = read_message(f"كانت غزوة تبوك {word} في رجب")
    assert len(message.parts) == 1
    assert word in message.parts[0].text


@pytest.mark.parametrize("message", ["شنو علاقتها بتبوك؟", "ما علاقتهم بغزوة تبوك؟"])
def test_a_pronoun_with_nothing_before_it_picks_no_fact(
    answerer: FormAnswerer, message: str
) -> None:
    # «its relation to Tabuk» names no one: Heraclius's fact is asked with his name only
    reply, text = reply_to(answerer, message)
    assert not any(part.done for part in reply.parts)
    assert answer_text(answerer, "heraclius") not in text


def test_a_pronoun_after_a_name_still_gets_its_fact(answerer: FormAnswerer) -> None:
    reply, text = reply_to(answerer, "هرقل وش علاقته بغزوة تبوك؟")
    assert [part.fact.id for part in reply.parts if part.fact] == ["heraclius"]
    assert answer_text(answerer, "heraclius") in text


def test_a_pronoun_after_the_thing_it_stands_for_is_answered(answerer: FormAnswerer) -> None:
    # «وما رقمها؟»: «its number» is the verse asked for before it
    reply, _ = reply_to(answerer, "اذكر الآية التي نزلت في المتثاقلين عن غزوة العسرة، وما رقمها؟")
    assert reply.parts[-1].done
    assert reply.parts[-1].fact is not None and reply.parts[-1].fact.id == "verse_38"


@pytest.mark.parametrize(
    "message",
    [
        # the side after «بجيش» / «لملاقاة» / «تقهقر» is the other one in the text
        "قبل غزوة تبوك أوقع الروم وحلفاؤهم بجيش الروم في غزوة مؤتة صح أم خطأ",
        "توجه جيش المسلمين في غزوة تبوك إلى تبوك لملاقاة المسلمين الذين زحفوا إلى أطراف"
        " الجزيرة العربية صح أم خطأ",
        "انتهت غزوة تبوك دون قتال؛ إذ تقهقر المسلمين إلى داخل بلادهم صح أم خطأ",
        "من صعوبات غزوة تبوك أن بلاد الروم كانت بعيدة عن عاصمة الروم صح أم خطأ",
        # the side right after «جيش» that follows the deed: the Romans did it at Mu'tah
        "أوقع جيش المسلمين بالروم في مؤتة",
        "صح أم خطأ: أوقع جيش المسلمين بالروم في غزوة مؤتة",
        # fled «من» the side the text has retreating
        "هرب جيش المسلمين من الروم في تبوك",
        "فر المسلمون من الروم عند تبوك صح ولا غلط",
    ],
)
def test_sides_swapped_in_a_statement_are_not_called_true(
    answerer: FormAnswerer, message: str
) -> None:
    reply, text = reply_to(answerer, message)
    assert reply.parts[0].verdict is not True
    assert not text.startswith("صحيح")


def test_a_statement_asked_with_a_question_mark_is_confirmed(answerer: FormAnswerer) -> None:
    reply, text = reply_to(answerer, "صالحت دومة الجندل خالد بن الوليد على دفع الجزية؟")
    assert reply.parts[0].verdict is True and reply.parts[0].fact is not None
    assert text.startswith("صحيح")
    assert answer_text(answerer, reply.parts[0].fact.id) in text


@pytest.mark.parametrize(
    "message",
    [
        # asked with «؟» alone, a statement is never called false (only confirmed)...
        "أعلن النبي التعبئة العامة في شهر رمضان من السنة التاسعة؟",
        # ...nor confirmed when a side is swapped: the fact is given as it stands
        "توجه جيش المسلمين في غزوة تبوك إلى تبوك لملاقاة المسلمين الذين زحفوا إلى أطراف"
        " الجزيرة العربية؟",
    ],
)
def test_a_statement_asked_with_a_question_mark_gets_no_wrong_verdict(
    answerer: FormAnswerer, message: str
) -> None:
    reply, text = reply_to(answerer, message)
    assert all(part.verdict is None for part in reply.parts)
    assert not text.startswith(("صحيح", "خطأ"))


@pytest.mark.parametrize(
    ("message", "verdict"),
    [
        # «جابوا» (brought), «دار» (made): dialect verbs that claim no act of their own
        ("صح ولا غلط: الروم جابوا معهن لخم وغسان", True),
        ("صح ولا غلط: المسلمين جابوا معهن لخم وغسان", False),
        ("صح ولا غلط: الروم جابوا معهن قريش", False),
        # «أهل أيلة»: the answer key's own way to name «سكان أيلة»
        ("واش صحيح النبي ﷺ دار معاهدة مع أهل أيلة؟", True),
        ("واش صحيح النبي ﷺ دار معاهدة مع أهل مكة؟", False),
    ],
)
def test_dialect_verbs_and_the_keys_names_are_judged(
    answerer: FormAnswerer, message: str, verdict: bool
) -> None:
    reply, text = reply_to(answerer, message)
    assert reply.parts[0].verdict is verdict
    assert text.startswith("صحيح" if verdict else "خطأ")


def test_an_option_the_offered_fact_states_in_full_is_chosen(answerer: FormAnswerer) -> None:
    # the stem alone leaves the engine between the reasons and the assault on the envoy
    reply, text = reply_to(
        answerer,
        "من أسباب غزوة تبوك (A) اعتداء العدو على سفير النبي ﷺ (B) حصار المدينة"
        " (C) هزيمة أحد (D) قتل الحجاج",
    )
    assert reply.parts[0].status is Status.CHOICE
    assert "اعتداء العدو على سفير النبي" in text.splitlines()[0]


@pytest.mark.parametrize(
    ("message", "verdict"),
    [
        ("من أسباب غزوة تبوك اعتداء العدو على سفير النبي ﷺ صح أم خطأ", True),
        ("اعتدى العدو المشترك على سفير رسول الله قبل غزوة تبوك صح أم خطأ", True),
        # the Prophet and the enemy swapped: never «صحيح»
        ("من أسباب غزوة تبوك اعتداء النبي ﷺ على سفير العدو صح أم خطأ", None),
        ("اعتدى النبي ﷺ على سفير العدو المشترك قبل غزوة تبوك صح أم خطأ", None),
    ],
)
def test_the_prophet_and_the_enemy_are_sides_that_cannot_swap(
    answerer: FormAnswerer, message: str, verdict: bool | None
) -> None:
    reply, text = reply_to(answerer, message)
    assert reply.parts[0].verdict is verdict
    assert text.startswith("صحيح") is (verdict is True)


@pytest.mark.parametrize(
    ("message", "chosen"),
    [
        ("المقدار اللي قدمه عمر: ماله كله - نصف ماله - ربع ماله - لم يقدم شيئاً", "نصف ماله"),
        ("مين الصحابي اللي قدم 950 جمل و50 فرس؟ - أبو بكر - عمر - عثمان - علي", "عثمان"),
        # single dots or commas between them, after the stem's colon (was «خطأ»: a verdict)
        ("سمي جيش تبوك بجيش : الأحزاب . العسرة . الفتح . المرابطين", "العسرة"),
        ("صالحت دومة الجندل خالد بن الوليد على: الهجرة، دفع الجزية، الإسلام", "دفع الجزية"),
        # after a blank, with dashes (was read as the blank: «الكلمات الناقصة: في شهر»)
        ("في أي شهر كانت غزوة تبوك ..... رجب - رمضان - شوال - محرم", "رجب"),
        # named «الخيارات:», on the stem's line or the next (was «خطأ», or two questions)
        ("سمي جيش تبوك بجيش؟ الخيارات: المرابطين، العسرة، الفتح", "العسرة"),
        ("س: الصحابي الذي قدم ماله كله هو؟\nالخيارات: علي، أبو بكر الصديق، عمر", "أبو بكر"),
        # in brackets ending a question (was asked back)
        ("في أي شهر كانت غزوة تبوك (رجب / رمضان / شوال / محرم)", "رجب"),
    ],
)
def test_options_with_single_dashes_between_them_are_read(
    answerer: FormAnswerer, message: str, chosen: str
) -> None:
    reply, text = reply_to(answerer, message)
    assert reply.parts[0].status is Status.CHOICE
    assert chosen in text.splitlines()[0]


@pytest.mark.parametrize(
    "message",
    [
        "السؤال: غزوة تبوك - أسبابها - نتائجها",
        "عندي بحث عن غزوة تبوك: الأسباب - النتائج - الدروس",
        "ما سبب الغزوة؟ - متى كانت؟ - كم عدد الجيش؟",
        # a question with a clarification in brackets, and a list in a sentence
        "متى كانت غزوة تبوك (بالتاريخ الهجري)؟",
        "قدم الصحابة: أبو بكر، عمر، عثمان، وغيرهم أموالهم. صح أم خطأ؟",
    ],
)
def test_dashed_headings_and_questions_are_no_options(message: str) -> None:
    assert all(part.form is not Form.CHOICE for part in read_message(message).parts)


def test_the_option_that_is_the_keys_value_beats_one_the_text_only_mentions(
    answerer: FormAnswerer,
) -> None:
    # Ukaydir's fact mentions Tabuk in passing; its key gives Dumat al-Jandal
    reply, text = reply_to(answerer, "أكيدر كان رئيس: أ) أيلة ب) دومة الجندل ج) تبوك د) الغساسنة")
    assert reply.parts[0].status is Status.CHOICE
    assert reply.parts[0].choice is not None and reply.parts[0].choice.text == "دومة الجندل"
    assert "دومة الجندل" in text.splitlines()[0]


@pytest.mark.parametrize(
    "message",
    [
        "السلام عليكم ورحمة الله عندي سؤال بالله عليكم من هم المخلفون في غزوة تبوك",
        "بالله عليكم من هم المخلفون في غزوة تبوك",
        "لو سمحتم مين هم اللي تخلفوا عن غزوة تبوك",
    ],
)
def test_a_who_question_after_a_plea_is_answered_never_judged(
    answerer: FormAnswerer, message: str
) -> None:
    # «من هم …» asks wherever it stands: the plea before it does not make it a statement
    reply, text = reply_to(answerer, message)
    assert reply.parts[0].status is Status.ANSWER
    assert reply.parts[0].fact is not None and reply.parts[0].fact.id == "hypocrites"
    assert not text.startswith((texts.VERDICT_TRUE, texts.VERDICT_FALSE))


@pytest.mark.parametrize(
    "message",
    [
        "اختر الإجابة الصحيحة: كانت غزوة تبوك في السنة (الثامنة - التاسعة - العاشرة) للهجرة",
        "اختر الإجابة الصحيحة: كانت غزوة تبوك في السنة (الثامنة / التاسعة / العاشرة) للهجرة",
    ],
)
def test_bracketed_options_after_an_instruction_are_the_choice(
    answerer: FormAnswerer, message: str
) -> None:
    # the dashes inside the brackets separate the options, not the sentence around them
    reply, text = reply_to(answerer, message)
    part = reply.parts[0]
    assert part.status is Status.CHOICE and part.choice is not None
    assert part.choice.text == "التاسعة" and text.startswith("الجواب: (2) التاسعة")


@pytest.mark.parametrize(
    ("message", "said"),
    [
        # who killed the envoy: the text says he was assaulted, never by whom he was killed
        ("ما اسم سفير النبي الذي اعتدى عليه الروم؟ ومن الذي قتله؟", "ولا من قتله"),
        ("ليش سموا المكان تبوك؟ وشو أصل الكلمة؟", "أصل اسم تبوك"),
    ],
)
def test_a_follow_up_asking_the_detail_the_question_before_lacks_says_so(
    answerer: FormAnswerer, message: str, said: str
) -> None:
    reply, text = reply_to(answerer, message)
    assert [part.done for part in reply.parts] == [False, False], text
    second = text[text.index(texts.PART_ORDINALS[1]) :]
    assert said in second, text
    assert "اعتدى على سفير النبي" not in second, text  # not the assault, as if it answered


def test_a_follow_up_the_text_states_is_not_taken_for_the_detail_before(
    answerer: FormAnswerer,
) -> None:
    # the three commanders' names are not in the text; who saved the army is (Khalid)
    reply, text = reply_to(
        answerer, "من هم القادة الثلاثة الذين استشهدوا في مؤتة؟ ومن أنقذ الجيش بعدهم؟"
    )
    assert reply.parts[1].reply.outcome.value != "gap", text


@pytest.mark.parametrize(
    ("message", "facts", "second_answered"),
    [
        # «why was it named» asks the name of what the part before named: the place's name
        # is a detail the text lacks (said so), not the army's name «سميت» alone ranks
        ("ما هي تبوك؟ ولماذا سميت؟", ["overview"], False),
        ("وين تقع تبوك؟ وليش سموها هيك؟", ["location"], False),
        # the army named before: its name is what is asked, and the text gives it
        ("ما هو جيش العسرة؟ ولماذا سمي بذلك؟", ["army_name"], True),
        ("كم كان عدد جيش تبوك؟ ولماذا سمي بهذا الاسم؟", ["army_size", "army_name"], True),
    ],
)
def test_why_named_follow_up_asks_the_name_of_what_came_before(
    answerer: FormAnswerer, message: str, facts: list[str], second_answered: bool
) -> None:
    reply, _ = reply_to(answerer, message)
    assert [part.fact.id for part in reply.parts if part.fact] == facts
    assert reply.parts[-1].done is second_answered


@pytest.mark.parametrize(
    ("message", "facts"),
    [
        # «with him» read with Heraclius offers his own fact (given already) first, then
        # his allies, which the part alone answers: it stands, not asked back
        ("بدي اعرف شو عمل هرقل وكمان مين جاب معه من القبايل", ["heraclius", "roman_allies"]),
        ("شو عمل هرقل وكمان مين جاب معه من القبائل", ["heraclius", "roman_allies"]),
    ],
)
def test_a_follow_up_the_reading_with_the_part_before_still_offers_first(
    answerer: FormAnswerer, message: str, facts: list[str]
) -> None:
    reply, _ = reply_to(answerer, message)
    assert reply.answered
    assert [part.fact.id for part in reply.parts if part.fact] == facts
