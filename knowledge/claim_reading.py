"""Reading the details a statement or option claims: years, numbers, and the values the
answer keys know as rivals (months, people, places, ranks...), one claim per stretch of
words, longer values first (knowledge/statements.py judges statements by them)."""

from __future__ import annotations

from dataclasses import dataclass

from knowledge.answer_keys import SlotKind, core_word, forms_of, mentions, read_numbers, words_of
from knowledge.approx_numbers import hedged_numbers
from knowledge.bounded_figures import lower_bounds, upper_bounds
from knowledge.scope_words import CONTEXTUAL_EVENTS, EVENT_AFTER
from knowledge.statement_words import ACTED_ON, find, plural


@dataclass(frozen=True, slots=True)
class Claim:
    """A detail a statement or option names: its kind, its words (or number) and span."""

    kind: SlotKind
    words: tuple[str, ...] = ()
    number: int | None = None
    # named as the side opposed («… ضد المسلمين»)
    opposed: bool = False
    approx: bool = False  # a figure given as rounded («بنحو ألف»: approx_numbers.py)
    # +1 a lower bound («أكثر من ثلاثين ألفًا»), -1 an upper bound («أقل من خمسين ألفًا»)
    bound: int = 0


def read_claims(
    text: str,
    months: tuple[tuple[str, ...], ...],
    longest_first: dict[SlotKind, tuple[tuple[tuple[str, ...], frozenset[str]], ...]],
) -> list[Claim]:
    """Every checkable detail `text` names; `months` are the keys' month names, `longest_first`
    their values of each kind, longest first, with the forms of their first word."""
    words = words_of(text)
    claims: list[Claim] = []
    numbers, years = read_numbers(text)
    claims += [Claim(SlotKind.YEAR, number=year) for year in years]
    # «شهر واحد»: one is a word of the sentence, not a figure to check.
    rounded = hedged_numbers(text)
    lower, upper = lower_bounds(text), upper_bounds(text)
    claims += [
        Claim(
            SlotKind.NUMBER,
            number=n,
            approx=n in rounded,
            bound=1 if n in lower else -1 if n in upper else 0,
        )
        for n in numbers
        if n > 1
    ]
    # One claim per stretch of words: «الروم» is not also «الرومان» (the same stem), and
    # «عمر بن الخطاب» is not also «عمر»; longer values are tried first.
    taken: set[int] = set()
    # «في شهر رمضان», «في السنة الثامنة»: the month or the year, not a length of time.
    for index, word in enumerate(words):
        following = words[index + 1 :]
        head = _time_noun(word)
        if (head == "شهر" and any(find(following[:2], m) for m in months)) or (
            head in ("سنه", "عام") and any(c.kind is SlotKind.YEAR for c in claims)
        ):
            taken.add(index)
    taken |= _event_names(words)
    present = forms_of(words)
    for kind, rivals in longest_first.items():
        for value, first_forms in rivals:
            if present.isdisjoint(first_forms):
                continue  # (can_mention) find() would scan the words for nothing
            span = find(words, value)
            if span is None or taken & set(range(*span)):
                continue
            if kind is SlotKind.ORDER and not mentions(words, value, exact=True):
                continue  # «من أولها لآخرها»: from its beginning to its end, no rank
            if kind is SlotKind.ORDER and plural(words[span[0]], value[0]):
                continue  # «السابقون الأولون», «الآخرين»: people, not the order of events
            taken |= set(range(*span))
            opposed = span[0] > 0 and words[span[0] - 1].lstrip("وب") in ACTED_ON
            claims.append(Claim(kind, tuple(words[span[0] : span[1]]), opposed=opposed))
    return claims


def _time_noun(word: str) -> str:
    """«شهر», «سنه» without their prefixes, one letter too: «بشهر رجب» (in the month of
    Rajab, typed as one says it) names the month, no length of time, as «في شهر رجب» does."""
    core = core_word(word)
    if core == word and word[:1] in "وبفل" and len(word) > 3:
        core = core_word(word[1:])
    return core


def _event_names(words: list[str] | tuple[str, ...]) -> set[int]:
    """Where a place or word is another event's name after its head («فتح مكة», «غزوة
    أحد»): it names that event, no place of Tabuk's («كانت غزوة تبوك بعد فتح مكة» was
    «خطأ» by Khalid's errand, asked «بعد فتح …» with Dumat al-Jandal for the place)."""
    return {
        index
        for index in range(1, len(words))
        if words[index - 1].removeprefix("و").removeprefix("ال") in EVENT_AFTER
        and words[index].removeprefix("ال") in CONTEXTUAL_EVENTS
    }
