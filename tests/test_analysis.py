"""Reading a question: its type (MSA and dialect), its content words, other events."""

from collections.abc import Callable

import pytest

from knowledge import stemming
from knowledge.analysis import analyze
from knowledge.base import load_shipped
from knowledge.greetings import is_greeting, is_thanks
from knowledge.lexicon import QuestionType
from knowledge.matcher import Matcher
from knowledge.stemming import stem


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("متى كانت غزوة تبوك", QuestionType.TIME),
        ("امتى صارت غزوة تبوك", QuestionType.TIME),
        ("ايمتى كانت تبوك", QuestionType.TIME),
        ("وقتاش كانت غزوة تبوك", QuestionType.TIME),
        ("في أي سنة وقعت غزوة تبوك", QuestionType.TIME),
        ("في أي ساعة طلع الجيش من المدينة", QuestionType.TIME),
        ("غزوة تبوك كانت سنة كم", QuestionType.TIME),
        ("كم عدد جيش المسلمين", QuestionType.NUMBER),
        ("قديش كان عدد الجيش", QuestionType.NUMBER),
        ("شقد كان الجيش", QuestionType.NUMBER),
        ("شحال كان عدد المسلمين", QuestionType.NUMBER),
        ("كام جمل قدم عثمان", QuestionType.NUMBER),
        ("ما عدد الجيش", QuestionType.NUMBER),
        ("من قاد غزوة تبوك", QuestionType.PERSON),
        ("مين قائد الروم", QuestionType.PERSON),
        ("منو هرقل", QuestionType.PERSON),
        ("شكون اكيدر", QuestionType.PERSON),
        ("أين تقع تبوك", QuestionType.PLACE),
        ("وين راح خالد", QuestionType.PLACE),
        ("فين دومة الجندل", QuestionType.PLACE),
        ("من اين جاء الروم", QuestionType.PLACE),
        ("لماذا سمي جيش العسرة", QuestionType.REASON),
        ("ليش ما هاجم النبي الروم", QuestionType.REASON),
        ("علاش سموه جيش العسرة", QuestionType.REASON),
        ("ما سبب غزوة تبوك", QuestionType.REASON),
        ("كيف انتهت غزوة تبوك", QuestionType.MANNER),
        ("شلون انتهت الغزوة", QuestionType.MANNER),
        ("ماذا قدم عثمان", QuestionType.THING),
        ("شو قدم ابو بكر", QuestionType.THING),
        ("وش سوى عثمان", QuestionType.THING),
        ("هل حصل قتال في تبوك", QuestionType.YESNO),
        ("جيش العسرة", QuestionType.NONE),
    ],
)
def test_question_type_in_msa_and_dialects(question: str, expected: QuestionType) -> None:
    assert analyze(question).question_type is expected


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("تبوك", "تبوك"),
        ("وتبوك", "تبوك"),
        ("بتبوك", "تبوك"),
        ("عثمان", "عثمان"),  # a name ending in ان keeps it
        ("المنافقين", "منافق"),
        ("والمنافقون", "منافق"),
        ("الغزوة", "غزو"),
        ("غزوات", "غزو"),
        ("اموالهم", "مال"),
        ("جملا", "جمل"),
        ("الرومان", "روم"),
        ("البيزنطيين", "روم"),
    ],
)
def test_stem_strips_affixes_and_protects_names(word: str, expected: str) -> None:
    from knowledge.normalize import normalize

    assert stem(normalize(word)) == expected


@pytest.mark.parametrize(
    ("question", "event"),
    [
        ("متى كانت غزوة بدر", "بدر"),
        ("كم عدد المسلمين في غزوة أحد", "أحد"),
        ("من قاد المسلمين يوم الخندق", "الخندق"),
        ("متى كان فتح مكة", "فتح مكة"),
        ("ماذا حدث في خيبر", "خيبر"),
        ("غزوة حنين", "حنين"),
        # the Hijra as an event, not the era of a date
        ("ما قصة الهجرة النبوية؟", "الهجرة النبوية"),
        ("متى هاجر النبي إلى المدينة؟", "الهجرة النبوية"),
    ],
)
def test_other_events_are_recognised(question: str, event: str) -> None:
    assert analyze(question).other_event == event


@pytest.mark.parametrize(
    "question",
    [
        "هل قاتل أحد في تبوك",
        "متى كانت غزوة تبوك",
        # the era of a date: «للهجرة», «من الهجرة النبوية», «من هجرة النبي»
        "في أي سنة للهجرة كانت غزوة تبوك",
        "في أي سنة من الهجرة النبوية كانت غزوة تبوك",
        "كانت غزوة تبوك في السنة التاسعة من هجرة النبي",
    ],
)
def test_tabuk_questions_name_no_other_event(question: str) -> None:
    assert analyze(question).other_event is None


@pytest.mark.parametrize(
    "text",
    [
        "السلام عليكم",
        "السلام عليكم ورحمة الله وبركاته",
        "مرحبا",
        "صباح الخير",
        "هلا",
        "سلام خويا لاباس",
    ],
)
def test_greetings_are_recognised(text: str) -> None:
    from knowledge.normalize import normalize

    assert is_greeting(tuple(normalize(text).split()))


@pytest.mark.parametrize(
    "text", ["شكرا", "جزاك الله خيرا", "بارك الله فيك", "مشكور يا شيخ", "الله يسلمك"]
)
def test_thanks_are_recognised(text: str) -> None:
    from knowledge.normalize import normalize

    assert is_thanks(tuple(normalize(text).split()))


@pytest.mark.parametrize(
    ("question", "expected_terms"),
    [
        # Levantine -هن and a preposition with pronoun glued to a verb
        ("الروم لما جمعو جيشهن", ("روم", "جمع", "جيش")),
        ("تبوك اللي طلعلها الرسول", ("تبوك", "خرج", "نبي")),
        # a set phrase read as the name it stands for
        ("سيف الله المسلول", ("خالد",)),
        # "explain to me, briefly" frames the question; only the subject is left
        ("اشرحلي غزوة تبوك باختصار", ("غزو", "تبوك")),
        # ة written ت before a pronoun, after a prefix
        ("لمواجهتها", ("قتال",)),
        # a content word is not a pronoun with letters cut off its front (دي + انه)
        ("ما ديانة اكيدر", ("ديان", "اكيدر")),
        # two words typed without the space between them
        ("موقف المنافقين منغزوة تبوك", ("موقف", "منافق", "غزو", "تبوك")),
        ("كم فرسا قدمعثمان", ("فرس", "تبرع", "عثمان")),
        # «أسلم» is embracing Islam, not the greeting سلم
        ("هل أسلم أكيدر", ("اسلام", "اكيدر")),
    ],
)
def test_dialect_affixes_and_set_phrases(question: str, expected_terms: tuple[str, ...]) -> None:
    vocabulary = Matcher(load_shipped().facts).vocabulary
    assert analyze(question, vocabulary).terms == expected_terms


@pytest.mark.parametrize(
    ("affixes", "grouped", "has"),
    [
        (stemming.PREFIXES_LONG, stemming._LONG_BY_FIRST, str.startswith),
        (stemming.PREFIXES_SHORT, stemming._SHORT_BY_FIRST, str.startswith),
        (stemming.PREFIXES_ALL, stemming._ALL_BY_FIRST, str.startswith),
        (stemming.SUFFIXES, stemming._SUFFIXES_BY_LAST, str.endswith),
        (stemming.ATTACHED_SUFFIXES, stemming._ATTACHED_BY_LAST, str.endswith),
    ],
)
def test_the_stemmer_tries_a_word_s_affixes_by_letter_in_their_own_order(
    affixes: tuple[str, ...],
    grouped: dict[str, tuple[str, ...]],
    has: Callable[[str, str], bool],
) -> None:
    """The stemmer looks only at the affixes of a word's first (last) letter: for any word
    they are the affixes it has, in the order of the full list, so it cuts the same ones."""
    words = ["", "و", "بالمسلمين", "وكالعادة", "فبالله", "عالغزوة", "للجيش", "هالغزوة"]
    words += ["جيشهما", "عدتين", "خرجوا", "تحكيلي", "طلعلها", "جايلهم", "قصتها", "الروم"]
    for word in words:
        letter = word[:1] if has is str.startswith else word[-1:]
        assert [a for a in grouped.get(letter, ()) if has(word, a)] == [
            a for a in affixes if has(word, a)
        ], word
