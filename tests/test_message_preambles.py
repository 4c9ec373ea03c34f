"""What a user sees when a question comes wrapped in what real people write around it:
an address, a plea, a story of why they ask, thanks and blessings after it (issue 13)."""

from __future__ import annotations

import pytest

from knowledge.courtesy_lines import closing_off
from knowledge.forms import FormAnswerer
from knowledge.message import Form, read_message
from knowledge.message_preamble import asks_a_reply_form
from tests.message_helpers import answer_text, reply_to


def _one_answer(answerer: FormAnswerer, message: str, fact_id: str) -> str:
    """The message gets one answer, `fact_id`'s, and the reply shows it; the reply."""
    reply, text = reply_to(answerer, message)
    got = [part.fact.id for part in reply.parts if part.done and part.fact]
    assert got == [fact_id], (got, text)
    assert answer_text(answerer, fact_id) in text
    return text


@pytest.mark.parametrize(
    ("message", "fact_id"),
    [
        ("شكد كان عدد الجيش الله يجزاك الجنة", "army_size"),
        ("منو اللي قاد جيش المسلمين بتبوك ولكم جزيل الشكر", "leader"),
        ("مَنْ قَادَ غَزْوَةَ تَبُوك؟ الله يوفقكم", "leader"),
        ("غزوة تبوك قامت ليه وشكرا", "reasons"),
        ("خوف العرب من الروم ولكم جزيل الشكر", "arab_fear"),
        ("ما الاية التي نزلت في الذين تثاقلوا عن الخروج الى تبوك جزاكم الله خيرا", "verse_38"),
        ("كم عدد جيش المسلمين؟ بارك الله فيكم وأحسن إليكم", "army_size"),
        ("متى كانت غزوة تبوك ربي يحفظك", "date"),
        ("كم فرسا قدم عثمان في تبوك وجزاكم الله عنا كل خير ونفع بكم", "uthman_donation"),
        # a hope after the question asks nothing
        ("متى كانت غزوة تبوك ان شاء الله", "date"),
        ("ممكن تقولي كم كان عدد جيش المسلمين بإذن الله", "army_size"),
        # the evidence asked for is the source quoted under the answer
        ("ممكن تقولي متى خرج الجيش بالضبط؟ ومع الدليل لو سمحت", "date"),
        ("لماذا سمي جيش العسرة بهذا الاسم مع ذكر المصدر", "army_name"),
    ],
)
def test_thanks_and_blessings_after_a_question_do_not_hide_it(
    answerer: FormAnswerer, message: str, fact_id: str
) -> None:
    _one_answer(answerer, message, fact_id)


@pytest.mark.parametrize(
    ("line", "kept"),
    [
        ("من قاد غزوة تبوك؟ وجزاكم الله خيرا وبارك الله فيكم", "من قاد غزوة تبوك؟"),
        ("متى كانت الغزوة الله يعطيك العافية", "متى كانت الغزوة"),
        # blessings run together: each is cut, last first
        ("كم فرسا قدم عثمان جزاكم الله خيرا ونفع الله بكم", "كم فرسا قدم عثمان"),
        ("من قاد الجيش؟ وجزاكم الله عنا كل خير", "من قاد الجيش؟"),
        ("ليش سموه جيش العسرة جعله الله في ميزان حسناتكم", "ليش سموه جيش العسرة"),
        ("وين رابط النبي الله يعافيك", "وين رابط النبي"),
        ("مين اللي تبرع بكل ماله الله يرحم والديك", "مين اللي تبرع بكل ماله"),
        # thanks alone stay: the reader says thanks back, it is no question
        ("شكرا جزيلا", "شكرا جزيلا"),
        ("جزاكم الله خيرا", "جزاكم الله خيرا"),
    ],
)
def test_a_closing_is_cut_off_the_line_it_ends(line: str, kept: str) -> None:
    assert closing_off(line) == kept


@pytest.mark.parametrize(
    ("message", "fact_id"),
    [
        # an address or a plea is never read as the facts' words («خويا», «البوت»)
        ("سلام خويا، عفاك شكون قاد غزوة تبوك؟", "leader"),
        ("عزيزي البوت، غزوة تبوك جانت ضد منو؟", "enemy"),
        ("السلام عليكم ورحمة الله وبركاته، فضيلة الشيخ تبوك جانت بعيدة عن المدينة؟", "location"),
        ("يا أستاذ لو سمحت كم كان عدد جيش المسلمين في تبوك", "army_size"),
        # «من زمان» in the story is «since long», not «who»
        ("انا متابع القناة من زمان وأستفيد منكم كثير، مين هو أكيدر؟", "ukaydir"),
        # «وما عرفت أجاوبه» denies, it asks nothing: one question, not two
        ("يا اخوان ولدي سألني سؤال وما عرفت أجاوبه\nجان الجو حار وقت الغزوة؟", "hardship"),
        # so does «ومش عارفة اشرحلها» after the question: read with it, «رحلها» was a journey
        ("بنتي سألتني متى خرج الجيش، ومش عارفة اشرحلها", "date"),
        ("بنتي سألتني ليش سموه جيش العسرة، ومش عارفة اشرحلها", "army_name"),
        # how to put the reply, after the question, asks nothing («رد» is no «رد فعل»)
        ("متى خرج الجيش الى تبوك؟ رد باختصار", "date"),
        ("شو صار بعد غزوة تبوك؟ جاوبني بسطرين", "delegations"),
        ("ليش سموه جيش العسرة؟ اكتبلي فقرة قصيرة", "army_name"),
    ],
)
def test_an_address_or_a_story_before_the_question_never_decides_it(
    answerer: FormAnswerer, message: str, fact_id: str
) -> None:
    _one_answer(answerer, message, fact_id)


def test_how_to_put_the_reply_is_not_a_question() -> None:
    assert asks_a_reply_form("رد باختصار")
    assert asks_a_reply_form("اكتبلي فقرة قصيرة اقدر انسخها")
    # (an exam verb asking a detail is a question of its own; a bare «ابي» says no form)
    assert not asks_a_reply_form("اشرح سبب التسمية باختصار")
    assert not asks_a_reply_form("ابي اعرف")


def test_a_clause_denying_what_one_knows_after_the_question_is_set_aside() -> None:
    read = read_message("ابني سألني كم كان عدد الجيش، وأنا ما عندي علم")
    assert [part.text for part in read.parts] == ["كم كان عدد الجيش"]


def test_a_line_denying_what_one_knows_is_a_story_not_a_part() -> None:
    read = read_message("ولدي سألني سؤال وما عرفت أجاوبه\nمتى كانت غزوة تبوك؟")
    assert [part.text for part in read.parts] == ["متى كانت غزوة تبوك؟"]
    assert read.preamble


@pytest.mark.parametrize(
    "message",
    [
        # a riddle's description is what a bare «من أنا؟» asks about: no fact answers it
        "أنا الصحابية اللي كانت أول من آمن بالنبي، من أنا؟",
        # a story before a riddle about another expedition: still that riddle
        "عندنا مسابقة بكرة في المدرسة، غزوة دخل فيها المسلمون مكة فاتحين، شنو هي؟",
        "غزوة خالف فيها الرماة أمر النبي ونزلوا من الجبل، ما هي؟\nبارك الله فيكم",
    ],
)
def test_a_riddle_about_what_the_text_does_not_cover_gets_no_fact(
    answerer: FormAnswerer, message: str
) -> None:
    reply, text = reply_to(answerer, message)
    assert not [part.fact.id for part in reply.parts if part.done and part.fact], text


@pytest.mark.parametrize(
    "message",
    [
        "غزوة خرج فيها الجيش في قيظ شديد وقلة زاد، ورجع العدو من غير ما يقاتل، ما هي؟\n"
        "بارك الله فيكم",
        "عندنا مسابقة بكرة في المدرسة، غزوة سماها الناس غزوة العسرة والجيش فيها فوق الأربعين"
        " ألف، شنو هي؟",
    ],
)
def test_a_riddle_with_a_story_or_a_blessing_around_it_is_read_as_a_riddle(message: str) -> None:
    read = read_message(message)
    assert [part.form for part in read.parts] == [Form.RIDDLE]


@pytest.mark.parametrize(
    ("message", "fact_id"),
    [
        # an apology for asking, or who told them, is why they ask
        ("اعتذر على كثرة الأسئلة، ابن عوف ساهم بتجهيز جيش تبوك لو لا؟", "abdulrahman_donation"),
        ("جدي كان يحكي لنا قصص الصحابة وأنا صغير، اكو معركة صارت ويا الروم؟", "no_battle"),
        # a plea opening the question, or asked with its own «؟», asks nothing
        ("سلام خويا، عفاك هرقل ده مين؟", "heraclius"),
        ("ممكن مساعدة يا أخوة؟ أكيدر منو هذا؟", "ukaydir"),
        ("هلو شباب، عدنا امتحان باجر والله ما دارس، بس بسرعة شنو سبب الغزوة", "reasons"),
        # «وما حد عرف» denies, it does not ask
        ("مرحبا، مؤتة قبل تبوك؟ لأن الأستاذ سألنا اليوم وما حد عرف", "mutah"),
        # an opening formula or a blessing on a line of its own is no question
        ("بسم الله الرحمن الرحيم\nمتى كانت غزوة تبوك؟", "date"),
        ("كم كان عدد الجيش؟\nالله يجازيكم بخير", "army_size"),
    ],
)
def test_pleas_apologies_and_formulas_around_a_question_ask_nothing(
    answerer: FormAnswerer, message: str, fact_id: str
) -> None:
    _one_answer(answerer, message, fact_id)


def test_a_later_question_of_one_word_is_read_with_the_names_before_it(
    answerer: FormAnswerer,
) -> None:
    # «وماذا كانت النتيجة» is the result of sending Khalid, not the expedition's outcome
    reply, text = reply_to(
        answerer,
        "بسم الله الرحمن الرحيم\nاللهم صل وسلم على سيدنا محمد\nشاركت في مسابقة وخسرنا نقطة، "
        "السؤال كان: إلى أين وجه النبي ﷺ خالد بن الوليد في غزوة تبوك وماذا كانت النتيجة",
    )
    got = [part.fact.id for part in reply.parts if part.done and part.fact]
    assert got[0] == "dumat_aljandal" and "outcome" not in got, text


@pytest.mark.parametrize(
    ("message", "not_shown"),
    [
        # The description told before «من هو هذا …؟» is what is asked about: never set aside as
        # a story so that the bare question is answered from another fact.
        ("رجل صالح من أهل المدينة ما خرج مع الجيش، من هو هذا الرجل؟", "army_size"),
        ("قائد شجاع من الصحابة خضعت له دومة الجندل، من هو هذا القائد؟", "ukaydir"),
        ("قائد شجاع من الصحابة خضعت له دومة الجندل، مين هالقائد؟", "ukaydir"),
    ],
)
def test_a_question_pointing_back_at_a_description_keeps_it(
    answerer: FormAnswerer, message: str, not_shown: str
) -> None:
    reply, text = reply_to(answerer, message)
    got = [part.fact.id for part in reply.parts if part.done and part.fact]
    assert not_shown not in got and answer_text(answerer, not_shown) not in text, text


@pytest.mark.parametrize(
    ("message", "fact_id"),
    [
        # «مش فاهمه» after the question: a girl (or a group, «فاهمين») saying she does not
        # understand asks nothing; never cut into «فا» + «همه» (a word of the hypocrites' fact)
        ("ليه سموه جيش العسره يا جماعه مش فاهمه", "army_name"),
        ("احنا مش فاهمين ليه سموه جيش العسره", "army_name"),
    ],
)
def test_not_understanding_in_any_gender_or_number_asks_nothing(
    answerer: FormAnswerer, message: str, fact_id: str
) -> None:
    _one_answer(answerer, message, fact_id)


@pytest.mark.parametrize(
    ("message", "fact_id"),
    [
        # who or what the question comes from, after it, with the book or sheet named
        ("ليش كان الوصول لبلاد الروم صعب؟ سؤال من كتاب ابني", "distance"),
        ("متى كانت غزوة تبوك؟ سؤال من ورقة العمل", "date"),
        # whether anyone can help, asked of the readers
        ("متى كانت غزوة تبوك حد يعرف؟", "date"),
    ],
)
def test_the_source_of_a_question_after_it_asks_nothing(
    answerer: FormAnswerer, message: str, fact_id: str
) -> None:
    _one_answer(answerer, message, fact_id)


def test_an_exam_question_set_apart_in_brackets_is_asked_not_judged(
    answerer: FormAnswerer,
) -> None:
    # (read as a headline, the bracketed instruction was a claim judged «خطأ»)
    message = (
        "واجب الدين بكرة 😩 (أذكر ثلاثة من الصحابة الذين أنفقوا في تجهيز جيش العسرة) "
        "أحد يساعد؟ #واجبات"
    )
    reply, text = reply_to(answerer, message)
    assert [(p.fact.id if p.fact else None, p.verdict) for p in reply.parts] == [
        ("donations", None)
    ], text


def test_abi_in_a_name_is_no_lead_in(answerer: FormAnswerer) -> None:
    """«بن أبي» is a father's kunya in a name, not the Gulf «أبي» (I want) leading into the
    question: «عبدالله بن ابي شو عمل بغزوة تبوك؟» was read as «شو عمل بغزوة تبوك؟» with the
    name set aside, and got the overview."""
    reply, text = reply_to(answerer, "عبدالله بن ابي شو عمل بغزوة تبوك؟")
    assert not any(part.done for part in reply.parts), text
    assert answer_text(answerer, "overview") not in text, text
    # «وأبي أعرف» after a story still leads into the question
    _one_answer(answerer, "قرأت عن تبوك وأبي أعرف متى كانت", "date")
