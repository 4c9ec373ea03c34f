"""Replies that must not guess: a statement whose word the base does not know is no verdict
when that word governs the name it claims, and a numbered list of questions keeps every
item in its place, even when two items get the same fact."""

from __future__ import annotations

import pytest

from bot import texts
from knowledge.forms import FormAnswerer, Status
from knowledge.lexicon import QuestionType
from knowledge.normalize import normalize
from knowledge.question_type import question_type
from knowledge.stemming import stem
from tests.message_helpers import assert_never_true, assert_verdict, reply_to


@pytest.mark.parametrize(
    "message",
    [
        "كانت غزوة تبوك في خلافة عمر بن الخطاب. صح أم خطأ؟",
        "كانت غزوة تبوك في خلافه عمر بن الخطاب ✓ أو ✗",
        "وقعت غزوة تبوك في ولاية عثمان بن عفان. صح أم خطأ؟",
    ],
)
def test_unknown_noun_before_a_claimed_name_is_never_judged_true(
    answerer: FormAnswerer, message: str
) -> None:
    # «في خلافة عمر» claims a time of Umar's, which no fact states: Umar's gift is no
    # ground for «صحيح».
    assert_never_true(answerer, message)


@pytest.mark.parametrize(
    ("message", "verdict"),
    [
        ("عمر بن الخطاب قدم نصف ماله لتجهيز الجيش. صح أم خطأ؟", True),
        ("قدم عثمان بن عفان 950 جملا لتجهيز جيش العسرة ✓ أو ✗", True),
    ],
)
def test_statements_about_a_named_person_are_still_judged(
    answerer: FormAnswerer, message: str, verdict: bool
) -> None:
    reply, text = reply_to(answerer, message)
    part = reply.parts[0]
    assert part.status is Status.VERDICT and part.verdict is verdict, text


QUIZ_NIGHT = (
    "أسئلة مسابقة الليلة:\n"
    "- من هو عدو المسلمين في تبوك؟\n"
    "- ضد من كانت الغزوة؟\n"
    "- لماذا لم يهاجم النبي ﷺ الروم؟\n"
    "- ما المعاهدات التي عقدت؟\n"
    "- ماذا حصل لأكيدر؟"
)


def test_numbered_items_with_one_fact_keep_their_places(answerer: FormAnswerer) -> None:
    # The second item gets the first item's fact: it is labelled in its place and points at
    # the answer above, so the third item is labelled the third.
    reply, text = reply_to(answerer, QUIZ_NIGHT)
    assert len(reply.parts) == 3, text
    assert texts.part_label(1, "ضد من كانت الغزوة؟") in text, text
    assert texts.PART_SAME_AS.format(ordinal="الأول") in text, text
    assert texts.part_label(2, "لماذا لم يهاجم النبي ﷺ الروم؟") in text, text


def test_a_quiz_night_says_how_many_questions_were_left(answerer: FormAnswerer) -> None:
    _, text = reply_to(answerer, QUIZ_NIGHT)
    assert text.endswith(texts.more_parts(2)), text


@pytest.mark.parametrize(
    "message",
    [
        "1- متى كانت غزوة تبوك؟\n2- في أي شهر كانت؟\n3- كم عدد الجيش؟",
        "- العدو؟\n- الشهر؟\n- السنة؟",
    ],
)
def test_numbered_items_are_each_labelled(answerer: FormAnswerer, message: str) -> None:
    reply, text = reply_to(answerer, message)
    assert len(reply.parts) == 3, text
    for index in range(3):
        assert f"السؤال {texts.PART_ORDINALS[index]}:" in text, text


def test_one_question_restated_unnumbered_is_still_one(answerer: FormAnswerer) -> None:
    # «متى كانت؟ بأي شهر؟» typed as one line asks one thing: one answer, no labels.
    reply, text = reply_to(answerer, "متى كانت غزوة تبوك؟ بأي شهر؟")
    assert len(reply.parts) == 1, text
    assert "السؤال الأول" not in text, text


@pytest.mark.parametrize(
    ("message", "option"),
    [
        (
            "أي مما يلي لم يكن من ظروف تجهيز جيش تبوك؟\n"
            "أ) شدة الحر\nب) الجدب في البلاد\nج) زمن العسرة\nد) وفرة المال",
            "وفرة المال",
        ),
        (
            "أي مما يلي ليس ممن قدموا أموالهم لتجهيز جيش العسرة؟\n"
            "أ) أبو بكر\nب) عمر\nج) عثمان\nد) خالد بن الوليد",
            "خالد بن الوليد",
        ),
        (
            "جميع ما يلي من نتائج غزوة تبوك عدا:\n"
            "أ) تقهقر الروم\nب) خضوع دومة الجندل\nج) مقتل هرقل\nد) توالي الوفود",
            "مقتل هرقل",
        ),
    ],
)
def test_a_stem_asking_the_exception_gets_the_option_not_stated(
    answerer: FormAnswerer, message: str, option: str
) -> None:
    # «أي مما يلي لم يكن …» asks for the one option that is not so: never one the fact states.
    reply, text = reply_to(answerer, message)
    part = reply.parts[0]
    assert part.status is Status.CHOICE and part.choice is not None, text
    assert part.choice.text == option, text
    assert text.startswith("الجواب: ("), text


def test_an_exception_stem_with_two_options_unstated_is_not_chosen(
    answerer: FormAnswerer,
) -> None:
    message = (
        "أي مما يلي لم يكن من ظروف تجهيز جيش تبوك؟\n"
        "أ) شدة الحر\nب) وفرة المال\nج) زمن العسرة\nد) كثرة الأمطار"
    )
    reply, text = reply_to(answerer, message)
    assert reply.parts[0].status is not Status.CHOICE, text


@pytest.mark.parametrize(
    "words",
    [
        "ما الذي دفع النبي إلى إعلان التعبئة",
        "شو اللي دفعهم الى الخروج",
        "ما الذي جعل تجهيز الجيش صعبا",
        "ايه اللي خلى الوصول لبلاد الروم صعب",
        "وش اللي خلاهم يتراجعون",
    ],
)
def test_what_drove_or_made_asks_a_reason(words: str) -> None:
    assert question_type(tuple(normalize(words).split())) is QuestionType.REASON


@pytest.mark.parametrize(
    "words",
    ["ما الذي دفعه عثمان", "ما الذي قدمه أبو بكر", "ما الذي حمله الجيش معه"],
)
def test_what_was_paid_or_given_is_no_reason(words: str) -> None:
    assert question_type(tuple(normalize(words).split())) is not QuestionType.REASON


def test_what_drove_the_declaration_is_not_the_declaration(answerer: FormAnswerer) -> None:
    # The mobilisation fact tells what was declared, not why: not its answer.
    reply, text = reply_to(answerer, "ما الذي دفع النبي ﷺ إلى إعلان التعبئة ضد البيزنطيين؟")
    assert not any(p.done and p.fact and p.fact.id == "mobilisation" for p in reply.parts), text


@pytest.mark.parametrize(
    ("message", "fact_id"),
    [
        ("جيش العسرة هو جيش الخندق", "army_name"),
        ("جيش العسرة هو جيش غزوة الخندق. صح أم خطأ", "army_name"),
        ("جيش العسره كان جيش بدر", "army_name"),
        ("غزوة تبوك هي غزوة بدر", "overview"),
    ],
)
def test_a_tabuk_name_said_to_be_another_event_s_is_false(
    answerer: FormAnswerer, message: str, fact_id: str
) -> None:
    assert_verdict(answerer, message, False, fact_id)


@pytest.mark.parametrize(
    "message",
    [
        "هل غزوة تبوك هي نفسها غزوة العسرة؟",
        "غزوة العسرة هي غزوة تبوك؟",
        "واش غزوة تبوك هي غزوة العسرة",
        # the blessing's words dropped as normalised (honorifics.PRAYER: «صلي», not «صلى»)
        "هل غزوة تبوك هي نفسها غزوة العسرة صلى الله عليه وسلم؟",
    ],
)
def test_tabuk_s_other_name_asked_is_settled_by_the_army_s_name(
    answerer: FormAnswerer, message: str
) -> None:
    # «غزوة العسرة» is not rewritten to «غزوة تبوك» when the two are said to be one, and
    # «نفسها» (the same) is not «بنفسه» (the Prophet in person, the leader fact)
    reply, text = reply_to(answerer, message)
    assert [part.fact.id for part in reply.parts if part.fact] == ["army_name"]
    assert text.startswith("نعم")


@pytest.mark.parametrize(
    ("message", "verdict"),
    [("غزوة تبوك هي غزوة العسرة", True), ("صح أم خطأ: غزوة العسرة هي نفسها غزوة تبوك", True)],
)
def test_tabuk_s_other_name_stated_is_true(
    answerer: FormAnswerer, message: str, verdict: bool
) -> None:
    assert_verdict(answerer, message, verdict, "army_name")


@pytest.mark.parametrize(
    "message",
    ["غزوة بدر هي غزوة الفرقان", "جيش الخندق هو جيش الأحزاب", "متى كانت غزوة الخندق؟"],
)
def test_another_event_s_own_names_are_still_refused(answerer: FormAnswerer, message: str) -> None:
    reply, text = reply_to(answerer, message)
    assert not any(part.done for part in reply.parts), text


def test_either_or_settled_by_the_judge_beats_a_fact_stating_neither_side(
    answerer: FormAnswerer,
) -> None:
    # The Prophet camped at Tabuk; Khalid's errand to Dumat al-Jandal is not the answer. («عسكر»
    # before the Prophet is the verb camped: the fact on his camping there answers.)
    reply, text = reply_to(answerer, "عسكر النبي في دومة الجندل ولا في تبوك؟")
    given = [part.fact.id for part in reply.parts if part.done and part.fact]
    assert given == ["stationing"], text
    assert "رابط النبي صلى الله عليه وسلم بجنوده عند تبوك" in text, text


@pytest.mark.parametrize(
    "message",
    ["في أي شهر كانت غزوة تبوك، رجب أم رمضان؟", "كانت غزوة تبوك ضد الفرس ولا الروم؟"],
)
def test_either_or_answered_by_its_fact_keeps_it(answerer: FormAnswerer, message: str) -> None:
    reply, text = reply_to(answerer, message)
    assert [part.done for part in reply.parts] == [True], text


@pytest.mark.parametrize(
    ("word", "reading"),
    [("بادرهم", "يبادر"), ("بادروا", "يبادر")],
)
def test_a_past_verb_is_read_as_the_present_the_facts_use(
    answerer: FormAnswerer, word: str, reading: str
) -> None:
    # «بادرهم» is not «ب» + «ادر» (which a typo repair would read as «اجر», wage).
    assert stem(normalize(word), answerer.engine.matcher.vocabulary) == reading


def test_what_happened_to_the_romans_when_met_is_their_retreat(answerer: FormAnswerer) -> None:
    reply, text = reply_to(answerer, "ماذا حدث للروم بعد أن بادرهم المسلمون؟")
    assert [part.fact.id for part in reply.parts if part.fact] == ["roman_surprise"], text


def test_what_drove_the_hypocrites_is_no_account_of_what_they_did(
    answerer: FormAnswerer,
) -> None:
    # The hypocrites' fact tells what they did, not why: asked why, it is not the answer.
    message = "ما الذى دفع المنافقين الى اظهار نفاقهم في وقت تبوك بالذات دون غيره؟"
    reply, text = reply_to(answerer, message)
    assert not any(part.done for part in reply.parts), text


@pytest.mark.parametrize(
    "message",
    [
        "1) اذكر الآية التي نزلت في المتثاقلين عن الخروج\n2) ما رقمها؟\n3) من أي سورة؟",
        "ما الآية التي نزلت في المتخلفين عن غزوة تبوك؟\nكم رقم الآية؟",
    ],
)
def test_a_verse_s_number_asked_next_is_that_verse_s(answerer: FormAnswerer, message: str) -> None:
    # Alone, «ما رقمها؟» would take the verse whose phrasings ask a number (at-Tawbah 117).
    reply, text = reply_to(answerer, message)
    given = {part.fact.id for part in reply.parts if part.done and part.fact}
    assert given == {"verse_38"}, text


def test_a_verse_s_number_asked_alone_is_still_read_alone(answerer: FormAnswerer) -> None:
    reply, text = reply_to(answerer, "من قائد غزوة تبوك؟\nكم رقم الآية؟")
    assert reply.parts[0].fact is not None and reply.parts[0].fact.id == "leader", text
    assert not any(p.fact and p.fact.id == "verse_38" for p in reply.parts), text


def test_a_verse_s_number_after_an_unsettled_verse_is_not_another_verse_s(
    answerer: FormAnswerer,
) -> None:
    message = "ما الآية التي نزلت في الذين اثاقلوا إلى الأرض؟\nكم رقم الآية؟"
    reply, text = reply_to(answerer, message)
    assert not any(p.done and p.fact and p.fact.id == "verse_117" for p in reply.parts), text


@pytest.mark.parametrize(
    "message",
    [
        "هل آمن هرقل بالنبي؟",
        "هرقل شو اعطى جنودو قبل تبوك؟ وهل آمن بالنبي ﷺ ولا لا؟",
    ],
)
def test_whether_heraclius_believed_is_the_known_gap(answerer: FormAnswerer, message: str) -> None:
    # «آمن» is conversion as «أسلم» is: the text does not say it; the verse's «آمنوا» is
    # no answer.
    reply, text = reply_to(answerer, message)
    assert not any(p.fact and p.fact.id == "verse_38" for p in reply.parts), text
    assert "لا يذكر النص" in text, text
