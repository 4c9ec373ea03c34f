"""General reading rules, each row a message and words the user sees in the reply: messages
that used to be asked back and are now answered (never «هل تقصد»), and the labels of parts."""

from __future__ import annotations

import pytest

from bot import texts
from knowledge.forms import FormAnswerer
from tests.message_helpers import answer_text, reply_to

ASKED_BACK = "هل تقصد"


@pytest.mark.parametrize(
    ("message", "shown"),
    [
        # A definition the leading fact does not give, given by one other fact: it answers.
        # («ضد الروم، أي الإمبراطورية البيزنطية»: «أي» says what the name before it is)
        ("من هم الروم", "أي الإمبراطورية البيزنطية"),
    ],
)
def test_a_definition_is_answered_by_the_one_fact_that_gives_it(
    answerer: FormAnswerer, message: str, shown: str
) -> None:
    _, text = reply_to(answerer, message)
    assert shown in text and ASKED_BACK not in text, text


@pytest.mark.parametrize(
    ("message", "shown"),
    [
        # «العديان» is the Maghrebi plural of «عدو»
        (
            "السلام عليكم، احنا فحلقة التحفيظ كنراجعو السيرة، شكون كانو العديان ديال المسلمين "
            "فغزوة تبوك؟",
            "ومن حالفها من العرب الغساسنة",
        ),
    ],
)
def test_another_name_of_a_people_is_read_as_that_people(
    answerer: FormAnswerer, message: str, shown: str
) -> None:
    _, text = reply_to(answerer, message)
    assert shown in text and ASKED_BACK not in text, text


@pytest.mark.parametrize(
    ("message", "shown"),
    [
        # «حلفاؤهم» is «حلفاء» with a pronoun, and allies are those who «حالف»
        ("الغزوة كانت ضد الفرس ولا الروم؟ ومين حلفاؤهم من العرب؟", "منها لخم وغسان وغيرهما"),
        (
            "صح ولا خطأ: الروم وحلفاؤهم اعتدوا على سفير النبي ﷺ قبل تبوك",
            "صحيح. وهذا ما يذكره النص",
        ),
        (
            "ضع علامة (✓) أمام العبارة الصحيحة:\n"
            "من أسباب غزوة تبوك اعتداء الروم وحلفائهم على سفير النبي ﷺ",
            "صحيح. وهذا ما يذكره النص",
        ),
        # «أي غزوة …» told by its link to Tabuk asks another expedition: never Tabuk's reasons;
        # «أوقعوا فيها بجيش المسلمين» is the Mu'tah fact's own telling
        (
            "أي غزوة كانت من أسباب غزوة تبوك، لأن الروم وحلفاءهم أوقعوا فيها بجيش المسلمين؟",
            texts.RIDDLE_MUTAH[:20],
        ),
    ],
)
def test_allies_and_a_hamza_before_a_pronoun_are_read(
    answerer: FormAnswerer, message: str, shown: str
) -> None:
    _, text = reply_to(answerer, message)
    assert shown in text and ASKED_BACK not in text, text


def test_the_place_where_something_happened_asks_a_place(answerer: FormAnswerer) -> None:
    # «الموضع الذي …» asks a place, as «المكان الذي …» does
    _, text = reply_to(answerer, "أَذْكُرُ المَوْضِعَ الَّذِي رَابَطَ فِيهِ النَّبِيُّ ﷺ بِجُنُودِهِ.")
    stationing = answerer.engine.fact("stationing")
    assert stationing is not None and stationing.answer in text and ASKED_BACK not in text, text


@pytest.mark.parametrize(
    ("message", "fact_id"),
    [
        # what the teacher asked them to write about is the topic; who asked is a story, and
        # «ممكن تساعدني» (also spelled «تساعدنى») closes the request
        (
            "السلام عليكم انا طالب فالصف السابع والاستاذ طلب نكتب عن موقف المنافقين فغزوة "
            "تبوك ممكن تساعدوني",
            "hypocrites",
        ),
        (
            "بسم الله، اخى الكريم عندى بحث عن غزوة تبوك والمدرسه طالبه اكتب عن المنافقين "
            "ودورهم فى الغزوه، ممكن تساعدنى؟",
            "hypocrites",
        ),
        (
            "مسا الخير، الأستاذ طلب نكتب عن بعد بلاد الروم عن المدينة وكيف أثر هالشي على الجيش",
            "distance",
        ),
        # «حسب المصدر عندكم» (according to your source) leads into the question after a story
        (
            "السلام عليكم، قرأت في كتاب أن عثمان رضي الله عنه جهز الجيش بألف دينار، طيب حسب "
            "المصدر عندكم شو قدم عثمان؟",
            "uthman_donation",
        ),
    ],
)
def test_what_they_were_asked_to_write_about_is_answered(
    answerer: FormAnswerer, message: str, fact_id: str
) -> None:
    _, text = reply_to(answerer, message)
    fact = answerer.engine.fact(fact_id)
    assert fact is not None and fact.answer in text and ASKED_BACK not in text, text


@pytest.mark.parametrize(
    "message",
    [
        # Mu'tah, which the question does not name, cannot answer it: no rival of Dumat al-Jandal
        "ما دور خالد بن الوليد في غزوة تبوك؟",
        "ما دور خالد بن الوليد في مؤتة؟ وما دوره في تبوك؟",
    ],
)
def test_a_fact_about_another_event_is_no_rival(answerer: FormAnswerer, message: str) -> None:
    _, text = reply_to(answerer, message)
    fact = answerer.engine.fact("dumat_aljandal")
    assert fact is not None and fact.answer in text and ASKED_BACK not in text, text


@pytest.mark.parametrize(
    ("message", "fact_id"),
    [
        # «فعله» is «فعل» + «ه» (what he did with him), not «ف» + «عله» (the cause)
        ("1. بيّن ما فعله النبي ﷺ بأكيدر.", "ukaydir"),
        ("يا شيخ في اي سنة من الهجره وقعة غزوة تبوك", "date"),
    ],
)
def test_a_word_is_not_cut_into_a_prefix_and_another_word(
    answerer: FormAnswerer, message: str, fact_id: str
) -> None:
    _, text = reply_to(answerer, message)
    fact = answerer.engine.fact(fact_id)
    assert fact is not None and fact.answer in text and ASKED_BACK not in text, text


@pytest.mark.parametrize(
    ("message", "fact_id"),
    [
        # the one fact asked with that party's stance answers, whatever else is named
        ("اشْرَحْ مَوْقِفَ الرُّومِ حِينَ بَادَرَهُمْ جَيْشُ النَّبِيِّ ﷺ.", "roman_surprise"),
        ("ما موقفُ المنافقين من الدعوة إلى الجهاد؟", "hypocrites"),
    ],
)
def test_a_stance_is_answered_by_the_one_fact_asked_with_it(
    answerer: FormAnswerer, message: str, fact_id: str
) -> None:
    _, text = reply_to(answerer, message)
    fact = answerer.engine.fact(fact_id)
    assert fact is not None and fact.answer in text and ASKED_BACK not in text, text


def test_a_riddle_the_engine_answers_with_a_tabuk_fact_names_tabuk(
    answerer: FormAnswerer,
) -> None:
    # no riddle marker, but «the last expedition» is answered by a fact naming Tabuk
    _, text = reply_to(answerer, "ما هي الغزوة الأخيرة للنبي صلى الله عليه وسلم؟")
    assert text.startswith(texts.RIDDLE_TABUK) and texts.RIDDLE_OTHER not in text, text
    assert answer_text(answerer, "last_expedition") in text


def test_a_school_subject_after_a_search_headline_is_no_topic(answerer: FormAnswerer) -> None:
    # «… الصف السابع التربية الإسلامية»: the grade and the subject say where it is taught
    _, text = reply_to(answerer, "درس غزوة تبوك الصف السابع التربية الإسلامية")
    assert answer_text(answerer, "overview") in text and ASKED_BACK not in text, text


def test_the_link_between_two_names_asks_for_an_account(answerer: FormAnswerer) -> None:
    # «علاقة» asks for the story linking them, as «دور» and «قصة» do, not for a detail
    _, text = reply_to(answerer, "غزوة مؤتة وعلاقتها بغزوة تبوك")
    fact = answerer.engine.fact("mutah")
    assert fact is not None and fact.answer in text and ASKED_BACK not in text, text


@pytest.mark.parametrize(
    ("message", "label"),
    [
        # the first question is cut at «و» from a sentence the user ended with «؟»
        (
            "قديش كان عدد المسلمين بتبوك وقديش كانوا الروم؟",
            "السؤال الأول: قديش كان عدد المسلمين بتبوك؟",
        ),
        (
            "مين كان سفير النبي اللي انقتل، ومين اللي قتلو؟",
            "السؤال الأول: مين كان سفير النبي اللي انقتل؟",
        ),
        # typed without «؟» at all: quoted as typed
        ("متى كانت غزوة تبوك وما سبب تسمية جيشها", "السؤال الأول: متى كانت غزوة تبوك\n"),
    ],
)
def test_a_question_cut_from_an_asking_sentence_is_labelled_with_its_question_mark(
    answerer: FormAnswerer, message: str, label: str
) -> None:
    _, text = reply_to(answerer, message)
    assert label in text, text


@pytest.mark.parametrize(
    ("message", "shown"),
    [
        # the stationing fact says where he stayed («عند تبوك»): a where-question is its own
        ("وين رابط النبي بجيشه؟", "رابط النبي صلى الله عليه وسلم بجنوده عند تبوك"),
        # the Romans' retreat says where they went («إلى داخل بلادهم»), not the stationing
        ("لوين انسحبوا الروم؟", "تقهقروا إلى داخل بلادهم"),
    ],
)
def test_a_where_question_is_answered_by_the_fact_that_names_the_place(
    answerer: FormAnswerer, message: str, shown: str
) -> None:
    _, text = reply_to(answerer, message)
    assert shown in text and ASKED_BACK not in text, text


@pytest.mark.parametrize(
    ("message", "shown"),
    [
        # gains and yield are what came of it, as results are
        ("ما أهم مكاسب غزوة تبوك؟", "انتهت غزوة تبوك دون قتال"),
        # justifications are reasons, as motives are
        ("اذكر مبررات خروج النبي إلى تبوك", "من أسباب غزوة تبوك"),
    ],
)
def test_another_word_for_results_or_reasons_asks_for_them(
    answerer: FormAnswerer, message: str, shown: str
) -> None:
    _, text = reply_to(answerer, message)
    assert shown in text and ASKED_BACK not in text, text


@pytest.mark.parametrize(
    ("message", "shown"),
    [
        # an address alone, with no comma, before the question
        ("يا جماعة الخير متى كانت غزوة تبوك؟", "رجب"),
        # a plea for help or for an answer leads into the question
        ("يا اخوان ساعدوني شو صار بدومة الجندل؟", "دومة الجندل"),
        ("فضيلة الشيخ ارجو الافادة كم كان عدد جيش المسلمين في غزوة تبوك؟", "أكثر من أربعين ألف"),
        ("اخواني الكرام ليش ما صار قتال بتبوك؟", "لم يقع قتال"),
        ("الله يرضى عليك متى كانت غزوة تبوك؟", "رجب"),
        ("اختي سألتني ماذا قدم عثمان بن عفان لجيش العسرة؟", "950 جملًا"),
        ("خويا الصغير سولني شحال كان عدد الجيش فتبوك؟", "أكثر من أربعين ألف"),
        # Maghrebi «عفاك» (please), and a plea ending in its own question mark
        ("عفاك شحال كان عدد الجيش فتبوك؟", "أكثر من أربعين ألف"),
        ("ممكن تساعدني؟ امتى كانت غزوة تبوك", "رجب"),
        # a story, then the question in the same clause with no comma («وما عرفت»: «ما» is
        # «not» there, no question word)
        ("عندي امتحان بكرة وما عرفت ليش ما صار قتال بتبوك؟", "لم يقع قتال"),
        ("عندي فضول شو صار بدومة الجندل؟", "دومة الجندل"),
        ("بعد اذنك لماذا سمي جيش تبوك بجيش العسرة؟", "العسرة"),
        # needing the answer, told after the question
        ("متى كانت غزوة تبوك؟ انا محتاج الاجابه ضروري", "رجب"),
        # an address to an elder or a teacher, an apology for the bother
        ("يا حاج متى كانت غزوة تبوك؟", "رجب"),
        ("سامحني على الازعاج كم كان عدد جيش المسلمين في غزوة تبوك؟", "أكثر من أربعين ألف"),
        # not remembering is why they ask (read whole, «فاكر متى» was joined into «أكرم» and
        # got the verse on those God honoured)
        ("مش فاكر، متى كانت غزوة تبوك؟", "رجب"),
        # a story word joined to «و» («وحابب») still tells a story
        (
            "انا من تبوك وحابب اعرف عن تاريخها، كم كان عدد جيش المسلمين في غزوة تبوك؟",
            "أكثر من أربعين ألف",
        ),
        # a university student is no mosque: the known gap on «مسجد الضرار» is not told
        ("انا طالبة جامعية ومحتاجة معلومة لبحثي، متى كانت غزوة تبوك؟", "رجب"),
        # who asked them, and when, is no part of the question («اليوم» is no modern marker)
        ("معلمتنا سألتنا اليوم لماذا سمي جيش تبوك بجيش العسرة؟", "العسرة"),
        # searching and not finding is why they ask («وما» there is no question word)
        (
            "بحثت في النت وما لقيت جواب واضح، ماذا قدم عثمان بن عفان لجيش العسرة؟",
            "950 جملًا",
        ),
    ],
)
def test_a_plea_or_a_story_before_the_question_is_set_aside(
    answerer: FormAnswerer, message: str, shown: str
) -> None:
    _, text = reply_to(answerer, message)
    assert shown in text and ASKED_BACK not in text, text
    assert "في زماننا" not in text and "مسجد الضرار" not in text, text


@pytest.mark.parametrize(
    ("message", "shown"),
    [
        # a question naming the expedition asks about it, not about the story's mosque
        ("احنا بالمسجد اختلفنا، متى كانت غزوة تبوك؟", "رجب"),
        # a question pointing back («معه») still asks about the one the story names
        ("عندي بحث عن كعب بن مالك، شو صار معه بتبوك؟", "لا يذكر النص"),
    ],
)
def test_a_story_decides_only_a_question_that_points_back_at_it(
    answerer: FormAnswerer, message: str, shown: str
) -> None:
    _, text = reply_to(answerer, message)
    assert shown in text and "مسجد الضرار" not in text, text


@pytest.mark.parametrize(
    ("message", "shown"),
    [
        # thanks or a plea on its own line after the question is no second question
        ("متى كانت غزوة تبوك؟\nشكرا", "رجب"),
        ("كم كان عدد جيش المسلمين في غزوة تبوك؟\nجزاكم الله خير", "أكثر من أربعين ألف"),
        # a plea ending in a question mark on its own line before the question
        ("ممكن مساعدة؟\nمتى كانت غزوة تبوك؟", "رجب"),
    ],
)
def test_a_line_of_thanks_or_pleading_is_no_question_of_its_own(
    answerer: FormAnswerer, message: str, shown: str
) -> None:
    _, text = reply_to(answerer, message)
    assert shown in text and "السؤال الأول" not in text and ASKED_BACK not in text, text


def test_a_few_questions_announced_is_no_question_of_its_own(answerer: FormAnswerer) -> None:
    # «عندي كم سؤال»: «كم» is «a few» there, so the line is no first question
    message = "السلام عليكم عندي كم سؤال\n1- متى كانت غزوة تبوك؟\n2- من قاد غزوة تبوك؟"
    _, text = reply_to(answerer, message)
    assert "السؤال الأول: متى كانت غزوة تبوك" in text and "عندي كم سؤال" not in text, text
