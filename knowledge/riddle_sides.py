"""What a riddle tells of the fighting and of who drew back: signs that it is not Tabuk.

At Tabuk no battle was fought and it was the Romans who drew back. A description that tells
fighting as done («قاتل فيها المسلمون الروم», «اشتبك فيها الجيشان»), or the Muslims or
Khalid drawing back («انسحب خالد بالجيش», «تراجع فيها المسلمون»), tells another
expedition's story (Mu'tah's, told so), however many of Tabuk's words it shares: the
withdrawal words are Tabuk's markers only when the Romans are the ones who withdraw.
"""

from __future__ import annotations

from knowledge.answer_keys import core_word, words_of
from knowledge.statement_words import NEGATIONS
from knowledge.tuning import DENIAL_REACH, RIDDLE_DOER_REACH

# Fighting told as done: past verbs only («خرجوا لقتال الروم», «يقاتلوا»: what they set out
# to do, which Tabuk's riddles tell too).
_FOUGHT_VERBS = frozenset(
    words_of(
        "قاتل قاتلوا قاتلو تقاتل تقاتلوا تقاتلو اتقاتلوا اقتتل اقتتلوا حارب حاربوا حاربو"
        " تحاربوا تحاربو اشتبك اشتبكوا اشتبكو التحم التحموا تعاركوا اتعاركوا"
    )
)
# Drawing back («رجع», «عاد»: the army's return to Medina, which Tabuk's riddles tell).
_WITHDREW = frozenset(
    words_of("انسحب انسحبوا انسحبو تراجع تراجعوا تراجعو تقهقر تقهقروا انحاز انحازوا")
)
# The Muslims' side as the one who drew back, and the Romans' side.
_MUSLIMS = frozenset(words_of("مسلمون مسلمين خالد جيش جيشه صحابه"))
_ARMY = frozenset(words_of("جيش"))
_ROMANS = frozenset(words_of("روم رومان بيزنطيون بيزنطيين عدو اعداء هرقل غساسنه"))
# Words between the verb and its doer that name no one («انسحب فيها خالد», «تراجع يومها»).
_SKIPPED = frozenset(words_of("فيها بها يومها فيه منها حينها بعدها فيهم"))
# A conjunction or preposition joined to a word («وانسحب», «فقاتلوا», «بالجيش»).
_JOINED = ("و", "ف", "ب")


def _is(word: str, group: frozenset[str]) -> bool:
    """Whether a word, as typed or without a joined «و/ف/ب» and the article («وانسحب»,
    «بالجيش»), is one of the group."""
    return (
        word in group
        or core_word(word) in group
        or (word[:1] in _JOINED and len(word) > 3 and core_word(word[1:]) in group)
    )


def fighting_told(words: tuple[str, ...]) -> bool:
    """Whether a description tells fighting as done: a past verb of fighting with no denial
    just before it («قاتل فيها المسلمون الروم»; not «ما قاتلوا», «لم يقاتل»)."""
    return any(
        _is(word, _FOUGHT_VERBS) and not _denied(words, at) for at, word in enumerate(words)
    )


def muslims_withdrawal(words: tuple[str, ...]) -> frozenset[int]:
    """The places of withdrawal words whose doer is the Muslims' side («انسحب خالد بالجيش»,
    «تراجع فيها المسلمون أمام الروم»), not the Romans («تقهقر الروم»); the doer is the first
    side named within a few words after the verb."""
    found: set[int] = set()
    for at, word in enumerate(words):
        if not _is(word, _WITHDREW) or _denied(words, at):
            continue
        if word.endswith(("وا", "و")) and _romans_before(words, at):
            continue  # («والروم خافوا وانسحبوا»: a plural verb after its doer)
        ahead = words[at + 1 : at + 1 + RIDDLE_DOER_REACH]
        for place, after in enumerate(ahead):
            if after in _SKIPPED:
                continue
            # («تراجع جيش الروم»: the army named is the Romans')
            following = ahead[place + 1 : place + 2]
            if _is(after, _ROMANS) or any(_is(w, _ROMANS) for w in following if _is(after, _ARMY)):
                break
            if _is(after, _MUSLIMS):
                found.add(at)
                break
    return frozenset(found)


def _romans_before(words: tuple[str, ...], at: int) -> bool:
    """Whether the side named last before a withdrawal word, a few words back, is the
    Romans': a plural verb agrees with its doer told first («والروم خافوا وانسحبوا، والجيش
    اسمه …»: the army named after the verb starts the next clause), where a singular one
    comes before it («انسحب خالد بالجيش»)."""
    for before in reversed(words[max(0, at - RIDDLE_DOER_REACH) : at]):
        if _is(before, _ROMANS):
            return True
        if _is(before, _MUSLIMS):
            return False
    return False


# A commander taking the army back («انسحب خالد», «انسحب بالجيش»): Mu'tah's mark, where
# Khalid saved the army from a full defeat.
_LED_BACK = frozenset(words_of("خالد بالجيش بالمسلمين"))


def led_back(words: tuple[str, ...]) -> bool:
    """Whether the Muslims' withdrawal is told as Khalid's, or as a commander's taking the army
    back («وانسحب خالد بالجيش», «انسحب فيها بالمسلمين»)."""
    return any(
        any(
            w in _LED_BACK or w[1:] in _LED_BACK
            for w in words[at + 1 : at + 1 + RIDDLE_DOER_REACH]
        )
        for at in muslims_withdrawal(words)
    )


def without_muslims_withdrawal(words: tuple[str, ...]) -> tuple[str, ...]:
    """The words with the Muslims' withdrawal taken out: no marker of Tabuk («انسحبوا»,
    «تقهقر») is read in it."""
    drawn_back = muslims_withdrawal(words)
    return tuple(word for at, word in enumerate(words) if at not in drawn_back)


def _denied(words: tuple[str, ...], at: int) -> bool:
    """Whether a denial stands a few words before the word at `at` («ما قاتلوا», «وما
    قاتلوا»)."""
    return any(
        word in NEGATIONS or (word[:1] in "وف" and word[1:] in NEGATIONS)
        for word in words[max(0, at - DENIAL_REACH) : at]
    )
