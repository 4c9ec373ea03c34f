"""The faster forms of reading patterns match exactly what their plain forms match."""

from __future__ import annotations

import json
import random
import re
from pathlib import Path

import pytest

from knowledge import (
    blank_lead_in,
    headline_patterns,
    headlines,
    inline_items,
    message_options,
    message_patterns,
    message_text,
    normalize,
    question_split,
    quiz_post,
    riddle_patterns,
    sheet_patterns,
    who_am_i,
)
from knowledge.base import load_shipped
from knowledge.pattern_speed import Prefiltered, any_of, by_first_letter

EVAL = Path(__file__).parent / "eval"
# Signs, words and spacing the prefiltered patterns are about, for made-up texts.
_PIECES = (
    "صح", "صحيح", "صواب", "خطأ", "غلط", "خاطئة", "صج", "مظبوط", "صدق", "أليس كذلك", "مو كذا",
    "مش كده", "✓", "✗", "×", "✅", "❌", "\ufe0f", "هل كلامه", "صح ولا لا", "صح جوابي", "x", "X",
    "(", ")", "[", "]", "( )", "؟", "?", ".", "،", "أو", "أم", "ولا", "لو", "لا", "/", "a)", "b)",
    "A.", "TRUE", "True", "false", "ضع علامة", "العبارات الصحيحة", "الصواب والخطأ", "لا يتجاوز",
    "في حدود", "بحدود", "خمسة", "أسطر", "سطور", "كلمة", "صفحات", "عندي", "وعندنا", "ابني",
    "المعلمة", "please", "سؤالا", "لا يتجاوز خمسة أسطر", "في حدود مئة كلمة.", "متى", "كانت",
    "غزوة", "تبوك", "الصحابة", "أصحاب", " ", "  ", "\n", "\t", "أ)", "ب-", "(ج)", "د –", "1)",
    "2-", "(٣)", "٤.", "5 )", "الخيارات:", "البدائل هي:", "الاجابات :", "ساااعة", "ووو", "000",
    "...", "…", "__", "----", "(...)", "[ ]", "جاوب", "حل", "يحل", "الشطار", "في التعليقات",
    "النب", "صلى", "صل ى", "ماذا", "لماذا", "ثم", "اذكر", "كمان", "أيضا", "كذلك", "بعدين",
    "من فضلك", "بالتحديد", "على الحقيقة", "يا ريت", "الله يخليك", "،", "ما", "من", "كم",
    " ثم ما ", "، ثم اذكر ", " كمان متى ", " وأيضا من ", " كذلك كم ", "عن النب صلى ",
    "#سيرة", " #خيط", "\n#مسابقة", "10 ثواني", "⏱️ 30 ثانية", "هل تعلم؟ ", "هل تعرف متى ",
    "..", "… ", "من أنا؟", "ما هي؟", "شنية؟", ".. من أنا؟", "… ما هي؟", "... شنو هو؟", "س1 ",
    "سؤال 2: ", "السؤال الثاني: ", "أولاً ",
    "ثانيا ", "(أ) ", "ب- ", "3) ", "٤- ", "أسبابها", " ونتائجها", "أسباب ونتائج ", "غزوة تبوك: ",
    " زمانها ومكانها", "«رابط بجنوده عند ....»", " ما الكلمة الناقصة؟", "\"", "“",
)  # fmt: skip


def _texts() -> list[str]:
    """Every tuning and probe message (never a held-out one), its lines, the base's
    phrasings and answers, and made-up texts of the patterns' own words and signs."""
    texts: list[str] = []
    for path in sorted(EVAL.glob("*.jsonl")):
        if "heldout" in path.name:
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                record = json.loads(line)
                message = record.get("question", record.get("message"))
                if isinstance(message, str):
                    texts.append(message)
                    texts.extend(message.splitlines())
    for fact in load_shipped().facts:
        texts.extend(fact.questions)
        texts.append(fact.answer)
    rng = random.Random(7)
    for _ in range(6_000):
        texts.append("".join(rng.choice(_PIECES) for _ in range(rng.randint(1, 9))))
    return texts


TEXTS = _texts()
PREFILTERED = [
    (sheet_patterns, "TF_TAIL"),
    (sheet_patterns, "TF_INSTRUCTION"),
    (sheet_patterns, "LENGTH_LIMIT"),
    (sheet_patterns, "INLINE_OPTION"),
    (message_options, "_INLINE_NUMBER"),
    (message_options, "_OPTIONS_NAMED"),
    (sheet_patterns, "BLANK_MARK"),
    (quiz_post, "_ANSWERING"),
    (message_patterns, "CUT_PROPHET"),
    (message_patterns, "FILLER_PHRASES"),
    (question_split, "_ALSO_QUESTION"),
    (question_split, "_GLUED_BEFORE"),
    (question_split, "_THEN"),
    (riddle_patterns, "RIDDLE_ASK"),
    (message_text, "_DID_YOU_KNOW"),
    (message_text, "_TIMER"),
    (message_text, "_TAG_LINES"),
    (message_text, "_TRAILING_TAGS"),
    (who_am_i, "_PAUSE"),
]


def _same(fast: re.Match[str] | None, plain: re.Match[str] | None) -> bool:
    if fast is None or plain is None:
        return fast is plain
    return fast.span() == plain.span() and fast.groups() == plain.groups()


@pytest.mark.parametrize(("module", "name"), PREFILTERED)
def test_a_prefiltered_pattern_finds_what_the_plain_one_finds(module: object, name: str) -> None:
    prefiltered = getattr(module, name)
    assert isinstance(prefiltered, Prefiltered)
    found = 0
    for text in TEXTS:
        plain = prefiltered.pattern.search(text)
        assert _same(prefiltered.search(text), plain), text
        assert prefiltered.sub("", text) == prefiltered.pattern.sub("", text), text
        every = [match.span() for match in prefiltered.pattern.finditer(text)]
        assert [match.span() for match in prefiltered.finditer(text)] == every, text
        assert prefiltered.split(text) == prefiltered.pattern.split(text), text
        found += plain is not None
    assert found > 50  # the texts hold real matches, not only misses


def test_without_a_tripled_letter_the_stretch_passes_change_nothing() -> None:
    """normalize() runs the two stretch passes only where _STRETCHED_LETTER finds one."""
    for text in TEXTS:
        if normalize._STRETCHED_LETTER.search(text) is None:
            assert normalize._STRETCHED_VOWEL.sub(r"\1", text) == text, text
            assert normalize._STRETCHED_LETTER.sub(r"\1\1", text) == text, text


def test_without_a_digit_or_a_hamza_seat_those_passes_change_nothing() -> None:
    """normalize() runs the glued-figure pass only on a text with a digit, and the hamza
    pass only on one with «ؤ» or «ئ»."""
    for text in TEXTS:
        if normalize._DIGIT.search(text) is None:
            assert normalize._GLUED_FIGURE.sub(" ", text) == text, text
        if "ؤ" not in text and "ئ" not in text:
            assert normalize._HAMZA_BEFORE_PRONOUN.sub("ء", text) == text, text


def test_without_a_pictograph_the_emoji_passes_change_nothing() -> None:
    """The form reader runs the emoji passes only on a text with a pictograph."""
    for text in TEXTS:
        if message_patterns.PICTOGRAPH.search(text) is None:
            assert message_patterns.EMOJI_BETWEEN.sub("، ", text) == text, text
            assert message_patterns.FRAMED_LINE.sub(r"\1", text) == text, text
            assert message_patterns.EMOJI_LINE_END.sub("", text) == text, text


def test_a_line_without_a_marker_sign_holds_no_item_marker() -> None:
    """The item reader tries its markers' patterns only on a line with a figure, a bracket,
    a dash, a dot, a slash, «سؤال» or a piece of a counting adverb."""
    found = 0
    for text in TEXTS:
        for line in text.splitlines() or [text]:
            may = inline_items.may_hold_markers(line)
            for _, pattern in inline_items._KINDS:
                assert may or pattern.search(line) is None, line
            found += may and any(p.search(line) for _, p in inline_items._KINDS)
    assert found > 50


@pytest.mark.parametrize(
    ("line", "may"),
    [
        ("س1 كم عدد الجيش س2 من قائده", True),
        ("أولاً متى كانت ثانياً أين", True),
        ("سؤال أول: متى", True),
        ("(أ) المدينة (ب) مكة", True),
        ("ثالثا كم عددهم", True),
        ("متى كانت غزوة تبوك؟", False),
        ("من قائد جيش المسلمين", False),
    ],
)
def test_which_lines_may_hold_item_markers(line: str, may: bool) -> None:
    assert inline_items.may_hold_markers(line) is may


def test_a_text_not_ending_with_its_holds_no_topics_of_it() -> None:
    """The headline reader tries its patterns of topics with «its» only on a text ending with
    «ها/ه/هم» before its end mark, and its colon-parted topics only on one with a colon, a
    dash or a bracket."""
    found = 0
    for text in TEXTS:
        if not headlines.ends_with_its(text):
            assert headline_patterns.TOPICS_OF_IT.match(text) is None, text
            assert headline_patterns.TOPIC_AFTER.match(text) is None, text
        else:
            found += headline_patterns.TOPICS_OF_IT.match(text) is not None
        if not any(mark in text for mark in ":：-–("):
            assert headline_patterns.TOPICS_OF.match(text) is None, text
    assert found > 20


def test_a_text_without_a_quotation_mark_holds_no_sentence_to_complete() -> None:
    """The blank reader looks for a quoted sentence only in a text holding «, " or “."""
    found = 0
    for text in TEXTS:
        if "«" not in text and '"' not in text and "“" not in text:
            assert blank_lead_in._QUOTED.search(text) is None, text
        found += blank_lead_in.sentence_to_complete(text) is not None
    assert found > 10


def test_without_ma_before_the_article_nothing_is_unglued() -> None:
    """The reader ungludes «ماال…» only in a text that holds it."""
    for text in TEXTS:
        if "ماال" not in text:
            assert message_text._GLUED_WHAT.sub(r"\1ما ", text) == text, text


def test_one_alternation_of_the_exam_verbs_matches_where_one_of_them_does() -> None:
    """ANY_IMPERATIVE.match (and fullmatch) finds a match exactly where one of IMPERATIVES
    does, at a text's start, on a stripped text and on a word with a space after it."""
    found = 0
    for text in TEXTS:
        for typed in (text, text.strip(), *(f"{word} " for word in text.split()[:2])):
            plain = any(pattern.match(typed) for pattern, _ in message_patterns.IMPERATIVES)
            assert (message_patterns.ANY_IMPERATIVE.match(typed) is not None) == plain, typed
            whole = any(pattern.fullmatch(typed) for pattern, _ in message_patterns.IMPERATIVES)
            assert (message_patterns.ANY_IMPERATIVE.fullmatch(typed) is not None) == whole, typed
            found += plain
    assert found > 50


@pytest.mark.parametrize(
    "patterns", [[re.compile("a"), re.compile("b", re.IGNORECASE)], [re.compile(r"(a)\1")]]
)
def test_one_alternation_refuses_mixed_flags_and_backreferences(
    patterns: list[re.Pattern[str]],
) -> None:
    with pytest.raises(ValueError):
        any_of(patterns)


def test_story_words_grouped_by_letter_match_as_the_plain_alternation() -> None:
    # (with the same guard before the words: «طالب» after a father's kunya is a name)
    plain = re.compile(
        r"(?:\b|(?<=\bو))"
        + message_patterns._KUNYA_TALIB
        + "("
        + message_patterns._STORY_WORDS
        + r")\b"
    )
    found = 0
    for text in TEXTS:
        match = plain.search(text)
        assert _same(message_patterns.STORY.search(text), match), text
        found += match is not None
    assert found > 50


@pytest.mark.parametrize(
    ("words", "text"),
    [
        (["عند", "عندي", "لدي"], "قال عندي"),
        (["عندي", "عند", "لدي"], "قال عندي"),
        (["a", "ab", "b", "ba"], "xbab"),
        (["ab", "a", "ba", "b"], "xbab"),
    ],
)
def test_grouping_keeps_the_first_alternative_that_matches(words: list[str], text: str) -> None:
    plain = re.compile("(" + "|".join(words) + ")")
    grouped = re.compile("(" + by_first_letter(words) + ")")
    assert _same(grouped.search(text), plain.search(text))


@pytest.mark.parametrize("word", ["a.b", "(x)", "a|b", ""])
def test_grouping_refuses_what_is_no_plain_word(word: str) -> None:
    with pytest.raises(ValueError):
        by_first_letter(["ok", word])
