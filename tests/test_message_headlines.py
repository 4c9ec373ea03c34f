"""Search-style headlines and exam forms as real people send them: what is asked, and the
reply a user sees."""

from __future__ import annotations

import pytest

from bot import texts
from knowledge.engine import Outcome
from knowledge.expedition_aliases import apply_aliases
from knowledge.forms import FormAnswerer
from knowledge.headlines import headline_topics, known_word, restore_lost_ya
from knowledge.message import Form, read_message
from tests.message_helpers import answer_text, assert_verdict, reply_to

# --- search headlines: the document wanted is not what is asked ---------------------------


@pytest.mark.parametrize(
    ("message", "asked"),
    [
        ("بحث عن غزوة تبوك مع المراجع", "غزوة تبوك"),
        ("ملخص درس غزوه تبوك للصف الثامن", "غزوه تبوك"),
        ("نتائج غزوة تبوك pdf", "نتائج غزوة تبوك"),
        ("تقرير عن أسباب غزوة تبوك جاهز", "أسباب غزوة تبوك"),
        ("موقف المنافقين من غزوة تبوك للصف السابع الأساسي", "موقف المنافقين من غزوة تبوك"),
        # what the sentence itself says is kept
        ("قدم أبو بكر ماله كامل", "قدم أبو بكر ماله كامل"),
        ("ملخص", "ملخص"),
        # the lesson named after the grade; a grade's level without its article
        ("ملخص غزوة تبوك للصف السادس درس", "غزوة تبوك"),
        ("اسباب غزوة تبوك الصف الثاني متوسط", "اسباب غزوة تبوك"),
        # a part of the document, or its format, before «عن»
        ("مقدمة بحث عن غزوة تبوك", "غزوة تبوك"),
        ("عرض بوربوينت عن جيش العسرة", "جيش العسرة"),
        ("شرح درس غزوة تبوك", "غزوة تبوك"),
        # «حسب الدرس» (as the lesson teaches it) is no document wanted: the source the
        # answer should come from, which asks nothing (knowledge/source_words.py)
        ("سبب غزوة تبوك حسب الدرس", "سبب غزوة تبوك"),
        # the document named after the topic
        ("اسباب غزوة تبوك بحث", "اسباب غزوة تبوك"),
        ("موقف الروم في تبوك ملخص", "موقف الروم في تبوك"),
    ],
)
def test_a_search_headline_asks_only_its_topic(message: str, asked: str) -> None:
    (part,) = read_message(message).parts
    assert part.text == asked


@pytest.mark.parametrize(
    ("message", "fact_id"),
    [
        ("بحث عن غزوة تبوك مع المراجع", "overview"),
        ("ملخص درس غزوه تبوك للصف الثامن", "overview"),
        ("نتائج غزوة تبوك pdf", "outcome"),
        ("قصة غزوة تبوك كاملة", "overview"),
        ("اهم نتائج غزوه تبوك باختصار شديد", "outcome"),
        ("غزوة تبوك ويكيبيديا", "overview"),
        # asking for the document: the topic is what is asked
        ("اريد بحث عن غزوة تبوك", "overview"),
        ("اكتب موضوع تعبير عن غزوة تبوك", "overview"),
        ("تحضير درس غزوة تبوك للصف الخامس", "overview"),
        ("عدد جيش المسلمين في غزوة تبوك صف سادس", "army_size"),
        # a courtesy after the question mark, and a lead-in on a line of its own
        ("يا شيخ عندي سؤال بسيط، ليش سموا جيش تبوك جيش العسرة؟ وجزاك الله خير", "army_name"),
        ("السلام عليكم\nبدي اسأل عن غزوة تبوك\nشو هي اسبابها؟", "reasons"),
        ("مكان غزوة تبوك على الخريطة", "location"),
        ("نتائج غزوة تبوك تقرير", "outcome"),
        # school books name the event with «يوم»: not a length of days
        ("عدد جيش المسلمين يوم تبوك", "army_size"),
        # «ماذا» typed onto the next word is spaced out before the engine is asked
        ("ماذابعد غزوة تبوك", "delegations"),
    ],
)
def test_a_search_headline_gets_its_topic_s_answer(
    answerer: FormAnswerer, message: str, fact_id: str
) -> None:
    reply, text = reply_to(answerer, message)
    assert reply.answered
    assert answer_text(answerer, fact_id) in text


def test_a_search_headline_about_another_battle_is_still_refused(answerer: FormAnswerer) -> None:
    reply, _ = reply_to(answerer, "بحث عن غزوة بدر pdf")
    assert not reply.answered


# --- exam imperatives: «قارن بين A وB» asks both sides ------------------------------------


@pytest.mark.parametrize(
    ("message", "asked"),
    [
        (
            "قارن بين موقف المنافقين وموقف المؤمنين الصادقين من غزوة تبوك.",
            ["ما موقف المنافقين من غزوة تبوك", "ما موقف المؤمنين الصادقين من غزوة تبوك"],
        ),
        (
            "قارِنْ بين ما قدَّمه أبو بكر وما قدَّمه عمر في تجهيز الجيش.",
            ["ما قدمه أبو بكر في تجهيز الجيش", "ما قدمه عمر في تجهيز الجيش"],
        ),
        # no second side with the same head word: one question
        (
            "قارن بين موقف جيش الروم قبل وصول جيش المسلمين وبعده.",
            ["ما موقف جيش الروم قبل وصول جيش المسلمين وبعده"],
        ),
    ],
)
def test_a_comparison_asks_each_side(message: str, asked: list[str]) -> None:
    assert [part.text for part in read_message(message).parts] == asked


def test_each_side_compared_gets_its_own_answer(answerer: FormAnswerer) -> None:
    reply, text = reply_to(
        answerer, "قارن بين موقف المنافقين وموقف المؤمنين الصادقين من غزوة تبوك."
    )
    assert reply.answered
    assert [part.fact.id for part in reply.parts if part.fact] == ["hypocrites", "believers"]
    assert text.index(answer_text(answerer, "hypocrites")) < text.index(
        answer_text(answerer, "believers")
    )


def test_sides_one_fact_states_together_get_that_fact_once(answerer: FormAnswerer) -> None:
    reply, text = reply_to(answerer, "قارن بين ما قدمه أبو بكر وما قدمه عمر في تجهيز الجيش.")
    assert reply.answered
    assert [part.fact.id for part in reply.parts if part.fact] == ["donations"]
    assert "السؤال الثاني" not in text


# --- options numbered on one line -----------------------------------------------------------


@pytest.mark.parametrize(
    ("message", "fact_id", "label", "chosen"),
    [
        ("غزوة تبوك كانت في شهر: 1) رمضان 2) رجب 3) شوال 4) محرم", "date", "2", "رجب"),
        (
            "الصحابي الذي قدم ماله كله في تجهيز جيش العسرة:\n"
            "(1) عمر بن الخطاب (2) عثمان بن عفان (3) أبو بكر الصديق",
            "abu_bakr_donation",
            "3",
            "أبو بكر الصديق",
        ),
    ],
)
def test_options_numbered_on_one_line_are_chosen_from(
    answerer: FormAnswerer, message: str, fact_id: str, label: str, chosen: str
) -> None:
    reply, text = reply_to(answerer, message)
    (part,) = reply.parts
    assert reply.answered and part.fact is not None and part.fact.id == fact_id
    assert part.choice is not None and part.choice.label == label
    assert chosen in text.splitlines()[0]


def test_numbered_questions_on_one_line_are_questions_not_options() -> None:
    parts = read_message("1) متى كانت غزوة تبوك؟ 2) من قادها؟").parts
    assert [part.options for part in parts] == [(), ()]
    assert len(parts) == 2


# --- dialect questions in one message, damaged text, headlines that state nothing ----------


@pytest.mark.parametrize(
    ("message", "fact_ids"),
    [
        ("شكون اللي قاد غزوة تبوك؟ وفوقاش كانت؟", ["leader", "date"]),
        # letters lost in PDF extraction inside the honorific
        ("القائد الذي ارسله النب صلى الله عل ه وسلم إلى دومة الجندل هو", ["dumat_aljandal"]),
        ("آخر غزوة للنب صل ى الله عل يه وسلم", ["last_expedition"]),
        # «و» typed onto a number
        ("الصحابي الذي قدم 950 بعيرا و50 فرسا هو", ["uthman_donation"]),
    ],
)
def test_dialect_and_damaged_messages_get_each_answer(
    answerer: FormAnswerer, message: str, fact_ids: list[str]
) -> None:
    reply, text = reply_to(answerer, message)
    assert reply.answered
    assert [part.fact.id for part in reply.parts if part.fact] == fact_ids
    for fact_id in fact_ids:
        assert answer_text(answerer, fact_id) in text


@pytest.mark.parametrize(
    ("message", "fact_id"),
    [
        ("آخر غزوة للنبي صلى الله عليه وسلم", "last_expedition"),
        # a phrase opening with a noun in «ة/ات» names a topic; it states nothing to judge
        ("تبرعات الصحابة في غزوة تبوك", "donations"),
        ("الآيات التي نزلت في غزوة تبوك", "verse_117"),
    ],
)
def test_a_headline_gets_its_answer_and_no_verdict(
    answerer: FormAnswerer, message: str, fact_id: str
) -> None:
    reply, text = reply_to(answerer, message)
    assert reply.answered
    assert not text.startswith(texts.VERDICT_TRUE)
    assert text.startswith(answer_text(answerer, fact_id))


@pytest.mark.parametrize(
    "message",
    [
        "خرج النبي صلى الله عليه وسلم إلى تبوك في شهر رمضان",
        # a noun before «هي» states something
        "غزوة تبوك هي أول غزوة غزاها الرسول ﷺ.",
    ],
)
def test_a_bare_statement_is_still_judged(answerer: FormAnswerer, message: str) -> None:
    _, text = reply_to(answerer, message)
    assert text.startswith(texts.VERDICT_FALSE)


def test_a_topic_no_fact_covers_enough_of_is_neither_judged_nor_answered(
    answerer: FormAnswerer,
) -> None:
    reply, text = reply_to(answerer, "مواجهة الروم عند وصول جيش المسلمين الى تبوك")
    assert not reply.answered and reply.parts[0].verdict is None
    assert not text.startswith(texts.VERDICT_FALSE)


@pytest.mark.parametrize(
    ("message", "fact_id"),
    [
        # how many items the exam wants is not what it asks
        ("اذكر ثلاثة من الصحابة الذين تبرعوا في غزوة تبوك.", "donations"),
        ("اذكر ثلاثا من نتائج غزوة تبوك", "outcome"),
        ("هات دليلا من القرآن على ذم المتثاقلين.", "verse_38"),
    ],
)
def test_exam_verbs_ask_what_they_name(answerer: FormAnswerer, message: str, fact_id: str) -> None:
    reply, text = reply_to(answerer, message)
    assert reply.answered
    assert text.startswith(answer_text(answerer, fact_id))


def test_the_three_who_stayed_behind_keep_their_number() -> None:
    (part,) = read_message("اذكر ثلاثة من الذين خلفوا عن غزوة تبوك").parts
    assert part.text.startswith("ما ثلاثة من الذين خلفوا")


# --- pasted options decide between the facts the engine hesitates on --------------------


def test_an_option_only_one_suggested_fact_states_is_chosen(answerer: FormAnswerer) -> None:
    reply, text = reply_to(
        answerer,
        "الروم عملوا إيه لما جيش المسلمين وصلهم؟\nأ) هاجموا المسلمين\nب) تقهقروا إلى داخل"
        " بلادهم\nج) طلبوا الصلح\nد) أسلموا",
    )
    (part,) = reply.parts
    assert part.fact is not None and part.fact.id == "roman_surprise"
    assert part.choice is not None and part.choice.label == "ب"
    assert answer_text(answerer, "roman_surprise") in text


def test_a_name_in_a_fact_far_from_the_stem_is_not_chosen(answerer: FormAnswerer) -> None:
    # the text never says who led the Romans; Ukaydir's fact only names Ukaydir
    reply, _ = reply_to(answerer, "من الذي قاد الروم في تبوك؟\nأ) هرقل\nب) أكيدر\nج) النجاشي")
    assert not reply.answered and reply.parts[0].choice is None
    # who stayed in Medina is not stated; Ukaydir's fact naming Khalid does not settle it
    reply, _ = reply_to(
        answerer, "مين اللي النبي سابه في المدينة؟\nأ) خالد بن الوليد\nب) علي\nج) عمر"
    )
    assert not reply.answered and reply.parts[0].choice is None


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("ما حدث يوم تبوك", "ما حدث غزوة تبوك"),
        ("كم يوم تبوك", "كم يوم تبوك"),
        ("لماذا سميت يوم تبوك", "لماذا سميت يوم تبوك"),
    ],
)
def test_the_day_of_tabuk_is_the_expedition_unless_days_are_counted(text: str, read: str) -> None:
    assert apply_aliases(text) == read


# --- true/false: a word whose opposite the text states ------------------------------------


@pytest.mark.parametrize(
    ("message", "fact_id"),
    [
        ("كانت بلاد الروم قريبة من عاصمة المسلمين وسهلة الوصول ✓ أم ✗ ؟", "distance"),
        ("صح أم خطأ: كان التجهيز لغزوة تبوك في زمن رخاء وخصب", "hardship"),
        ("( ) كانت بلاد الروم قريبة من عاصمة المسلمين ويسهل الوصول إليها.", "distance"),
    ],
)
def test_a_statement_the_text_states_the_opposite_of_is_false(
    answerer: FormAnswerer, message: str, fact_id: str
) -> None:
    assert_verdict(answerer, message, False, fact_id)


def test_an_opposite_the_text_does_not_settle_is_not_judged(answerer: FormAnswerer) -> None:
    reply, _ = reply_to(answerer, "صح أم خطأ: كان عدد المنافقين قليلا")
    assert reply.parts[0].verdict is None


def test_an_empty_box_before_a_statement_marks_it_true_or_false() -> None:
    (part,) = read_message("(  ) خرج النبي إلى تبوك في رمضان").parts
    assert part.form is Form.TRUE_FALSE and part.text == "خرج النبي إلى تبوك في رمضان"


def test_a_statement_with_from_in_it_after_true_or_false_is_judged() -> None:
    (part,) = read_message("صح أم خطأ: كانت تبوك قريبة من المدينة").parts
    assert part.form is Form.TRUE_FALSE and part.text == "كانت تبوك قريبة من المدينة"


# --- several questions: a detail the text lacks, then one about the expedition -------------


def test_a_question_about_the_expedition_after_a_gap_gets_its_own_answer(
    answerer: FormAnswerer,
) -> None:
    reply, text = reply_to(answerer, "متى رجع النبي ﷺ للمدينة؟ وإيه نتايج الغزوة؟")
    first, second = reply.parts
    assert first.fact is None and first.reply.outcome is Outcome.GAP
    assert second.fact is not None and second.fact.id == "outcome"
    assert text.index("السؤال الثاني") < text.index(answer_text(answerer, "outcome"))


@pytest.mark.parametrize(
    "message",
    [
        "من هم الثلاثة الذين خلفوا؟ وما قصتهم؟",
        "كم كان عدد الروم؟ وماذا فعلوا؟",
        "مين أبو ذر؟ وشو قصته بتبوك؟",
        # pointing back («عليهم») after a detail the text lacks
        "شو صار مع الثلاثة اللي تخلفوا عن تبوك؟ وكيف تاب الله عليهم؟",
        # why, of no one named, after a detail the text lacks
        "شحال بقاو فتبوك؟ وعلاش رجعو؟",
    ],
)
def test_a_follow_up_pointing_at_a_gap_is_not_answered(
    answerer: FormAnswerer, message: str
) -> None:
    reply, _ = reply_to(answerer, message)
    assert not any(part.fact for part in reply.parts)


# --- letters lost in PDF extraction -------------------------------------------------------


@pytest.mark.parametrize(
    ("damaged", "mended"),
    [
        ("الصحاب الذ قدم ماله كله ف غزوة تبوك هو", "الصحاب الذي قدم ماله كله في غزوة تبوك هو"),
        (
            "سقط ف غزوة مؤتة القواد الثلاثة الذ ن تولوا",
            "سقط في غزوة مؤتة القواد الثلاثة الذين تولوا",
        ),
        ("غزوات النب صلى الله عل ه وسلم من ح ث", "غزوات النبي صلى الله عليه وسلم من حيث"),
        # a plain space is the engine's to mend, and a clean text is left as typed
        ("موقف الروم م ن جيش المسلم ين", "موقف الروم م ن جيش المسلم ين"),
        ("متى كانت غزوة تبوك؟ و من قادها؟", "متى كانت غزوة تبوك؟ و من قادها؟"),
        ("الذ قدم ماله كله", "الذ قدم ماله كله"),
        # lines stay lines
        ("أكمل:\nالصحاب الذ قدم ماله ف تبوك هو", "أكمل:\nالصحاب الذي قدم ماله في تبوك هو"),
    ],
)
def test_words_that_lost_their_ya_get_it_back(
    answerer: FormAnswerer, damaged: str, mended: str
) -> None:
    vocabulary = answerer.engine.matcher.vocabulary
    assert restore_lost_ya(damaged, lambda word: known_word(word, vocabulary)) == mended


def test_a_damaged_blank_is_answered(answerer: FormAnswerer) -> None:
    reply, text = reply_to(answerer, "الصحاب الذ قدم ماله كله ف غزوة تبوك هو")
    assert reply.answered and answer_text(answerer, "abu_bakr_donation") in text


def test_who_after_a_gap_names_what_it_asks_and_is_answered(answerer: FormAnswerer) -> None:
    reply, _ = reply_to(answerer, "مين أول واحد تبرع لجيش العسرة؟ ومين قدم نص ماله؟")
    assert [part.fact.id for part in reply.parts if part.fact] == ["umar_donation"]


# --- two topics of one subject in a headline -----------------------------------------------


@pytest.mark.parametrize(
    ("message", "fact_ids"),
    [
        ("أسباب ونتائج غزوة تبوك", ["reasons", "outcome"]),
        ("أسباب غزوة تبوك ونتائجها", ["reasons", "outcome"]),
        ("تاريخ غزوة تبوك وسببها", ["date", "reasons"]),
        # the expedition named first, both topics after it with «its»; «زمانها» is its
        # time (bare «زمان», long ago, is a filler), not the overview
        ("غزوة تبوك أسبابها ونتائجها", ["reasons", "outcome"]),
        ("غزوة تبوك زمانها ومكانها", ["date", "location"]),
        # the subject, then its topics
        ("غزوة تبوك: الأسباب والنتائج", ["reasons", "outcome"]),
        ("غزوة تبوك: التاريخ، الأسباب، النتائج", ["date", "reasons", "outcome"]),
        # a search-bar string: the subject, then its topics with «its» on each
        ("بحث عن غزوة تبوك اسبابها ونتائجها", ["reasons", "outcome"]),
        ("غزوة تبوك: أسبابها، نتائجها", ["reasons", "outcome"]),
        ("غزوة تبوك تاريخها وأسبابها ونتائجها", ["date", "reasons", "outcome"]),
    ],
)
def test_two_topics_of_one_subject_get_two_answers(
    answerer: FormAnswerer, message: str, fact_ids: list[str]
) -> None:
    reply, text = reply_to(answerer, message)
    assert reply.answered
    assert [part.fact.id for part in reply.parts if part.fact] == fact_ids
    assert text.index(answer_text(answerer, fact_ids[0])) < text.index("السؤال الثاني")


@pytest.mark.parametrize(
    "message",
    [
        "عدد جيش المسلمين وعدد جيش الروم",
        "دور أبي بكر وعمر في تجهيز الجيش",
        "أسباب غزوة تبوك",
        "مدة غزوة تبوك وعدد أيامها",
        # (no «its» on the topics: one topic asked of the subject, «عدد المجاهدين»)
        "غزوة تبوك عدد المجاهدين",
    ],
)
def test_a_headline_with_one_topic_noun_stays_whole(message: str) -> None:
    assert headline_topics(message) == [message]


@pytest.mark.parametrize(
    ("message", "topics"),
    [
        # headline nouns with «its»: each asked before the subject
        ("غزوة تبوك أسبابها ونتائجها", ["أسباب غزوة تبوك", "نتائج غزوة تبوك"]),
        ("غزوة تبوك: أسبابها، نتائجها", ["أسباب غزوة تبوك", "نتائج غزوة تبوك"]),
        # a topic no headline noun («زمانها»): each keeps its «its» after the subject
        ("غزوة تبوك زمانها ومكانها", ["غزوة تبوك زمانها", "غزوة تبوك مكانها"]),
        # «their» on each topic, after a subject that opens with a headline noun
        ("جيش المسلمين قائدهم وعددهم", ["جيش المسلمين قائدهم", "جيش المسلمين عددهم"]),
        # a subject that opens with no headline noun, a topic that is none: left whole
        ("هرقل زمانها ومكانها", ["هرقل زمانها ومكانها"]),
    ],
)
def test_topics_with_its_are_each_asked_of_the_subject(message: str, topics: list[str]) -> None:
    # one rule (headlines.topics_of_it) for both readings of a subject, then topics with «its»
    assert headline_topics(message) == topics


def test_options_numbered_with_dots_on_the_stem_s_line_are_options(
    answerer: FormAnswerer,
) -> None:
    reply, _ = reply_to(
        answerer, "جيش المسلمين في تبوك كان عدده: 1. 3000 2. 10000 3. أكثر من 40000"
    )
    (part,) = reply.parts
    assert part.choice is not None and part.choice.text == "أكثر من 40000"


@pytest.mark.parametrize(
    ("message", "chosen"),
    [
        ("كانت غزوة تبوك ضد ... الفرس / الروم البيزنطيين / قريش / اليهود", "الروم البيزنطيين"),
        ("خرج النبي إلى تبوك في شهر ..... رمضان / رجب / شوال", "رجب"),
        ("قدم عمر بن الخطاب ... ماله كله / نصف ماله", "نصف ماله"),
    ],
)
def test_options_with_slashes_after_a_blank_are_options(
    answerer: FormAnswerer, message: str, chosen: str
) -> None:
    reply, text = reply_to(answerer, message)
    (part,) = reply.parts
    assert part.choice is not None and part.choice.text == chosen
    assert chosen in text.splitlines()[0]


def test_from_where_is_not_read_as_where_to(answerer: FormAnswerer) -> None:
    # the text says where the army went, never where it set out from
    reply, _ = reply_to(answerer, "شكون قاد الجيش؟ ومنين خرج؟")
    assert "location" not in [part.fact.id for part in reply.parts if part.fact]


@pytest.mark.parametrize(
    ("message", "fact_id"),
    [
        # a reaction is the stance the facts are asked about
        ("ما ردة فعل المنافقين", "hypocrites"),
        ("ردة فعل الروم عند وصول جيش المسلمين الى تبوك", "roman_surprise"),
        ("كيف كانت ردة فعل المؤمنين لما انطلبوا لتبوك؟", "believers"),
    ],
)
def test_a_reaction_is_read_as_a_stance(
    answerer: FormAnswerer, message: str, fact_id: str
) -> None:
    reply, text = reply_to(answerer, message)
    assert [part.fact.id for part in reply.parts if part.fact] == [fact_id]
    assert answer_text(answerer, fact_id) in text


@pytest.mark.parametrize(
    "message",
    ["في أي سنة هجرية كانت غزوة تبوك؟\n8\n9\n10", "في أي سنة كانت غزوة تبوك؟ أ) 8 ب) 9 ج) 10"],
)
def test_a_bare_number_after_a_stem_asking_the_year_is_a_year(
    answerer: FormAnswerer, message: str
) -> None:
    reply, text = reply_to(answerer, message)
    (part,) = reply.parts
    assert part.fact is not None and part.fact.id == "date"
    assert part.choice is not None and part.choice.text == "9"
    assert answer_text(answerer, "date") in text
