"""The whole-message path's shortcuts and caches (speed pass pf23) give exactly what the
plain scans and fresh readings gave: the same mentions, question types, rankings and
readings, and caches that stay bounded and cannot be changed through what they return."""

from __future__ import annotations

import pytest

from knowledge.answer_keys import (
    _value_forms,
    _word_forms,
    _written_forms,
    can_mention,
    counted,
    forms_of,
    mentions,
    read_numbers,
    words_of,
)
from knowledge.english_data import load_english
from knowledge.english_engine import EnglishEngine
from knowledge.english_frames import _FRAMES, without_frames
from knowledge.english_lexicon import QUESTION_OPENERS
from knowledge.english_question_type import question_type_of
from knowledge.lexicon import QuestionType
from knowledge.tuning import EN_READING_CACHE_SIZE


def _mentions_scan(words: tuple[str, ...], value: tuple[str, ...], exact: bool) -> bool:
    """mentions() as it was written before the first-word test (the reference)."""
    size = len(value)
    if not size or size > len(words):
        return False
    forms = _written_forms if exact else _word_forms
    wanted = [_value_forms(part, exact) for part in value]
    return any(
        all(wanted[i] & forms(words[start + i]) for i in range(size))
        for start in range(len(words) - size + 1)
    )


_TEXTS = [
    "جهز عثمان بن عفان جيش العسرة بتسعمائة وخمسين بعيرا وخمسين فرسا",
    "وبالروم خرج المسلمون إلى تبوك في شهر رجب من السنة التاسعة",
    "قال ابن عباس إن النبي لم يقاتل الروم في تبوك",
    "سقط في غزوة مؤتة القادة الثلاثة زيد وجعفر وعبد الله بن رواحة",
]
_VALUES = [
    ("عثمان", "بن", "عفان"),
    ("عثمان", "ابن", "عفان"),
    ("روم",),
    ("الرومان",),
    ("شهر", "رجب"),
    ("السنه", "التاسعه"),
    ("لم", "يقاتل"),
    ("القاده", "الثلاثه"),
    ("جيش",),
    ("مسلمين",),
    (),
    ("تبوك", "في", "شهر", "رجب", "من", "السنه", "التاسعه", "للهجره", "بعد"),
]


@pytest.mark.parametrize("text", _TEXTS)
@pytest.mark.parametrize("exact", [False, True])
def test_mentions_finds_what_the_full_scan_finds(text: str, exact: bool) -> None:
    """Every value, in every stretch of the text (so also one word alone), exact or by stem."""
    words = words_of(text)
    for value in _VALUES:
        for start in range(len(words)):
            for end in range(start, len(words) + 1):
                stretch = words[start:end]
                assert mentions(stretch, value, exact=exact) == _mentions_scan(
                    stretch, value, exact
                ), (stretch, value)
                if mentions(stretch, value, exact=exact):
                    # (the riddle reader's pre-check never rules out a marker that is there)
                    assert can_mention(forms_of(stretch), value)


def test_figures_read_from_a_text_are_the_same_read_again_and_cannot_be_changed() -> None:
    text = "خرج ثلاثون ألفا في السنة التاسعة ومعهم عشرة آلاف فرس و950 جملا"
    first, again = read_numbers(text), read_numbers(text)
    assert first == again == ((30000, 10000, 950), (9,))
    assert isinstance(first[0], tuple) and isinstance(counted(text), frozenset)
    assert counted(text) == frozenset({(950, "camels"), (10000, "horses")})


def _type_by_scan(head: list[str]) -> QuestionType | None:
    """The opener scan question_type_of used to make of a question's head (the reference)."""
    for size in (3, 2, 1):
        for opener, kind in QUESTION_OPENERS:
            if len(opener) == size and tuple(head[:size]) == opener:
                return kind
    return None


def test_every_question_opener_gives_the_type_the_scan_gave() -> None:
    """Each opener alone, before a topic, and later in a question (a two-word one there)."""
    for opener, _ in QUESTION_OPENERS:
        for words in ([*opener], [*opener, "tabuk", "army"], ["in", *opener, "tabuk"]):
            expected = _type_by_scan(words)
            if expected is not None:
                assert question_type_of(words) is expected, words
    assert question_type_of("in which month was tabuk".split()) is QuestionType.TIME
    assert question_type_of("the number of soldiers".split()) is QuestionType.NUMBER


def test_framing_runs_are_taken_out_as_by_the_scan() -> None:
    """Every frame, inside a sentence: it goes, the words around it stay."""
    for frame in _FRAMES:
        words = ["tell", *frame, "tabuk", "expedition"]
        out = without_frames(list(words))
        assert "tabuk" in out and "expedition" in out
        assert tuple(out[1 : 1 + len(frame)]) != frame


@pytest.fixture(scope="module")
def english() -> EnglishEngine:
    from bot.knowledge_service import build_engines
    from knowledge.base import load_shipped

    return build_engines(load_shipped(), load_english())[1]


def test_a_ranking_given_again_is_the_same_and_a_caller_cannot_change_it(
    english: EnglishEngine,
) -> None:
    matcher = english.matcher
    terms = ("uthman", "camel", "army")
    first = matcher.rank(terms, QuestionType.NUMBER)
    expected = list(first)
    first.clear()  # (a caller's list is its own)
    assert matcher.rank(terms, QuestionType.NUMBER) == expected
    assert expected and matcher._rank(terms, QuestionType.NUMBER) == expected


def test_readings_are_kept_and_the_cache_stays_bounded(english: EnglishEngine) -> None:
    reader = english.matcher.reader
    text = "How many camels did Uthman give for the army of Tabuk?"
    assert reader.read(text) is reader.read(text)
    assert reader.read(text) == reader._read(text)
    for number in range(EN_READING_CACHE_SIZE + 50):
        reader.read(f"How many soldiers were there {number}?")
    assert len(reader._readings) <= EN_READING_CACHE_SIZE


def test_gap_triggers_tried_are_those_a_scan_would_try_in_its_order(
    english: EnglishEngine,
) -> None:
    from knowledge.english_refusals import _opening_with

    refusals = english.matcher.refusals
    every_word = {word for phrase, _ in refusals._gaps for word in phrase}
    for words in ({"how", "many"}, {"who", "was", "the", "envoy"}, {"tabuk"}, set(), every_word):
        expected = [(p, g) for p, g in refusals._gaps if not p or p[0] in words]
        assert _opening_with(refusals._gaps_by_first, words) == expected
    assert len(_opening_with(refusals._gaps_by_first, every_word)) == len(refusals._gaps)


def test_whether_a_fact_asks_about_a_term_is_what_its_phrasings_say(
    english: EnglishEngine,
) -> None:
    from knowledge.english_entry import asks_about

    matcher = english.matcher
    for fact_id, entry in matcher.entries.items():
        for term in ("uthman", "roman", "camel", "tabuk", "hypocrite"):
            for _ in range(2):  # (the second time from the cache)
                assert matcher.asks_about(fact_id, term) == asks_about(entry, term)
