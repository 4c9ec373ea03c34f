"""The matcher's cheap pre-checks never change what the full comparison would find."""

from __future__ import annotations

import random

from rapidfuzz import fuzz

from knowledge.base import load_shipped
from knowledge.matcher import Matcher
from knowledge.near_verbatim import compact, quote_ratio, verbatim_ratio
from knowledge.normalize import normalize
from knowledge.tuning import QUOTE_RATIO, VERBATIM_RATIO

_LETTERS = "ابتثجحخدذرزسشصضطظعغفقكلمنهوي "


def _mistyped(text: str, rng: random.Random, slips: int) -> str:
    """`text` with `slips` letters dropped, added or replaced, as a hurried quote."""
    letters = list(text)
    for _ in range(slips):
        index = rng.randrange(len(letters))
        slip = rng.random()
        if slip < 1 / 3:
            del letters[index]
        elif slip < 2 / 3:
            letters.insert(index, rng.choice(_LETTERS))
        else:
            letters[index] = rng.choice(_LETTERS)
    return "".join(letters)


def test_a_quote_of_any_answer_is_found_exactly_as_partial_ratio_finds_it() -> None:
    """Near-quotes of every shipped answer, typed with up to four slips: the pre-check that
    rules out most questions must never rule out one that partial_ratio would accept."""
    matcher = Matcher(load_shipped().facts)
    rng = random.Random(13)
    quoted = 0
    for indexed in matcher._facts:
        answer = indexed.answer_normalized
        for _ in range(60):
            size = rng.randint(10, min(90, len(answer) - 1))
            start = rng.randint(0, len(answer) - size)
            question = _mistyped(answer[start : start + size], rng, rng.randint(0, 4))
            expected = fuzz.partial_ratio(question, answer, score_cutoff=QUOTE_RATIO)
            assert quote_ratio(question, indexed) == expected, (indexed.fact.id, question)
            quoted += expected > 0
    assert quoted > 500  # most of them are quotes: the check is not vacuous


def test_a_near_verbatim_phrasing_is_found_exactly_as_ratio_finds_it() -> None:
    """Every phrasing of every fact, mistyped: only phrasings too long or short to reach
    VERBATIM_RATIO are left out of the comparison, so the best ratio is the same."""
    matcher = Matcher(load_shipped().facts)
    rng = random.Random(17)
    found = 0
    for indexed in matcher._facts:
        for phrasing in indexed.normalized_phrasings[::3]:
            question = _mistyped(phrasing, rng, rng.randint(0, 3))
            best = max(
                (fuzz.ratio(question, other) for other in indexed.normalized_phrasings),
                default=0.0,
            )
            expected = best if best >= VERBATIM_RATIO else 0.0
            assert verbatim_ratio(question, indexed) == expected, (indexed.fact.id, question)
            found += expected > 0
    assert found > 200


def test_compact_letters_stand_one_to_one_for_what_normalize_keeps() -> None:
    """The comparisons run on compact() letters: one letter for each letter normalize()
    keeps, and none that it keeps, so every ratio is the ratio of the normalised text."""
    arabic = [chr(code) for code in range(0x0621, 0x064B)]
    others = list("0123456789abcdefghijklmnopqrstuvwxyz ")
    assert [compact(letter) for letter in others] == others
    compacted = {compact(letter) for letter in arabic}
    assert len(compacted) == len(arabic)
    assert all("\x80" <= letter <= "\xff" for letter in compacted)
    # Letters of U+0080-U+00FF typed in a question are never kept.
    typed = "".join(chr(code) for code in range(0x80, 0x100))
    assert not any("\x80" <= letter <= "\xff" for letter in normalize(f"متى {typed} خرج"))


def _gibberish(rng: random.Random) -> str:
    """A word no fact knows, as a badly mistyped word reads to the matcher."""
    return "".join(rng.choice(_LETTERS[:-1]) for _ in range(rng.randint(4, 7)))


def test_the_pruned_ranking_is_the_first_five_of_scoring_every_fact() -> None:
    """The score bound skips facts that cannot reach the reply's five candidates, ties with
    the fifth settled by the shortlist's order: the five must be those of a ranking that
    scores every fact (a limit no ranking reaches). Questions whose only known word is in
    nearly every fact («تبوك» beside unknown words) are where most facts score alike."""
    matcher = Matcher(load_shipped().facts)
    rng = random.Random(29)
    openers = ["متى", "كم", "من", "لماذا", "ماذا", "اين", "كيف", "هل", ""]
    questions = []
    for indexed in matcher._facts:
        for phrasing in indexed.normalized_phrasings[::2]:
            words = phrasing.split()
            words[rng.randrange(len(words))] = _gibberish(rng)
            questions.append(" ".join(words))
        for opener in openers:
            unknown = " ".join(_gibberish(rng) for _ in range(rng.randint(1, 3)))
            questions.append(f"{opener} {unknown} تبوك".strip())
    pruned_somewhere = 0
    for question in questions:
        full = matcher.rank(question, limit=10_000)
        top = matcher.rank(question)
        assert top.candidates == full.candidates[:5], question
        assert top.read_in_context == full.read_in_context, question
        pruned_somewhere += len(full.candidates) > 5
    assert pruned_somewhere > 300  # rankings long enough for the bound to skip facts
