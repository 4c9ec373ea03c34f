"""A question's words rewritten before its terms are read: a conceded clause cut, set phrases
read as the one word they stand for, honorifics dropped, «أعداد» before people read as a
count, «عسكر» in a verb's place read as camping."""

from __future__ import annotations

from knowledge.aspect_words import without_aspect_qualifiers
from knowledge.honorifics import HONORIFICS
from knowledge.lexicon import (
    LEADING_QUESTION_WORDS,
    QUESTION_WORDS,
)
from knowledge.normalize import without_conjunction
from knowledge.phrase_rewrites import PHRASE_REWRITES
from knowledge.question_type import without_conjunction_in
from knowledge.title_rewrites import joined_title
from knowledge.tuning import BEFORE_CONCESSION_MIN_WORDS

# «مع أنه», «رغم», «بالرغم من», «على الرغم من»: what follows grants a point, it asks nothing.
_CONCESSIONS = frozenset({"رغم", "برغم", "بالرغم", "وبالرغم", "ورغم"})
_THAT = frozenset({"انه", "انها", "انهم", "ان"})


def without_concession(words: tuple[str, ...]) -> tuple[str, ...]:
    """«لماذا عدت غزوة تبوك نصرا مع أنه لم يقع قتال»: the question without the clause
    that grants a point («… although there was no fighting»), which would pull the answer
    towards the fact about that point."""
    for index in range(BEFORE_CONCESSION_MIN_WORDS, len(words)):
        word, following = words[index], words[index + 1 : index + 2]
        granted = word in _CONCESSIONS or (
            word in ("مع", "ومع") and bool(following) and following[0] in _THAT
        )
        if granted or (word == "علي" and following == ("الرغم",)):
            return words[:index]
    return words


def rewrite_phrases(words: tuple[str, ...]) -> tuple[str, ...]:
    """Replace set phrases by one word, or drop them (سيف الله المسلول -> خالد)."""
    if len(words) < 2:
        return words
    out: list[str] = []
    index = 0
    while index < len(words):
        for phrase, replacement in _REWRITES_BY_FIRST_WORD.get(words[index], ()):
            if words[index : index + len(phrase)] == phrase:
                out.extend(replacement.split())
                index += len(phrase)
                break
        else:
            # «لسيف الله المسلول»: a title typed with a joined «ل/ب/و/ف» is read as well
            if (title := joined_title(words, index)) is not None:
                out.extend(title[0])
                index += title[1]
                continue
            out.append(words[index])
            index += 1
    return without_aspect_qualifiers(tuple(out))


# The rewrites by their first word, in PHRASE_REWRITES order: only those can start here.
_REWRITES_BY_FIRST_WORD: dict[str, list[tuple[tuple[str, ...], str]]] = {}
for _phrase, _replacement in PHRASE_REWRITES.items():
    _REWRITES_BY_FIRST_WORD.setdefault(_phrase[0], []).append((_phrase, _replacement))


def drop_honorifics(words: tuple[str, ...]) -> tuple[str, ...]:
    """Drop «رضي الله عنه», «عليه الصلاة والسلام» and the like after a name. Not after a
    question word: «هل رضي الله عنهم» asks whether God was pleased with them."""
    out: list[str] = []
    index = 0
    while index < len(words):
        previous = out[-1] if out else ""
        found = next(
            (
                honorific
                for honorific in _HONORIFICS_BY_FIRST_WORD.get(words[index], ())
                if words[index : index + len(honorific)] == honorific
            ),
            None,
        )
        # («علي رض»: «علي» reads as the preposition «على» too, so the formula cut short after
        # it stays, a word no fact knows: no fact names the Companion, and without it «ماذا
        # قدم علي» reads as the gifts)
        if found is not None and len(found) == 1 and previous == "علي":
            found = None
        if found is not None and previous and not _is_question_word(previous):
            index += len(found)
            continue
        out.append(words[index])
        index += 1
    return tuple(out)


# The honorifics by their first word, longest first: only those can start here, and
# «رضي الله عنه وأرضاه» is dropped whole, not left with «وأرضاه».
_HONORIFICS_BY_FIRST_WORD: dict[str, list[tuple[str, ...]]] = {}
for _honorific in sorted(HONORIFICS, key=len, reverse=True):
    _HONORIFICS_BY_FIRST_WORD.setdefault(_honorific[0], []).append(_honorific)


def _is_question_word(word: str) -> bool:
    bare = without_conjunction_in(word, QUESTION_WORDS)
    return bare in QUESTION_WORDS or bare in LEADING_QUESTION_WORDS


# «أعداد» (numbers) and «إعداد» (preparation) fold to one word (the engine reads folded
# text, and the hamza is often not typed): before a plural of people or beasts («أعداد
# المجاهدين») it is a count; «اعداد الجيش» stays the army's preparation (one army is no count).
_COUNTED_PLURALS = frozenset(
    "مجاهدين مقاتلين مسلمين جنود صحابه شهداء قتلي جيوش ابل جمال خيل فرسان".split()
)


def counts_of_people(words: tuple[str, ...]) -> tuple[str, ...]:
    """«اعداد المجاهدين» → «عدد المجاهدين»: a plural «أعداد» before people or beasts."""
    out = list(words)
    for index, word in enumerate(words[:-1]):
        following = words[index + 1]
        bare = following[2:] if following[:2] in ("ال", "لل") else following
        if word in ("اعداد", "واعداد") and bare in _COUNTED_PLURALS:
            out[index] = word[:-5] + "عدد"
    return tuple(out)


# «عسكر» is a noun, troops («عسكر الروم», «كم عسكر»), and a verb, to camp. After the
# Prophet or his army («الرسول عسكر في تبوك»), or after a question word of place, time or
# yes/no or a relative when the Prophet, his army or a place follows («أين عسكر النبي؟», «هل
# عسكر الجيش في تبوك», «المكان الذي عسكر فيه») it is the verb: read as «رابط», the facts' word
# for camping, not as «جيش» (army), which every fact about the march shares and which leaves
# «where did he camp» between the stationing and Tabuk's location. «أين عسكر الروم» stays the
# Romans' troops: the stationing is the Prophet's. The plural «عسكروا» is only ever the verb.
_CAMPED = frozenset("عسكر وعسكر فعسكر عسكرو عسكروا وعسكروا".split())
_CAMPERS = frozenset("النبي الرسول المسلمون المسلمين الجيش الصحابه".split())
_ASKED_BEFORE_CAMPED = frozenset(
    "اين وين فين لوين فاين هل واش متي امتي ايمتي الذي اللي الي التي حيث لما حين".split()
)
_CAMPED_WHERE = frozenset("في ف فيه فيها عند بها به".split())


def _camped_at(words: tuple[str, ...], index: int) -> bool:
    """Whether «عسكر» at `index` stands as the verb camped (see `_CAMPED`)."""
    if words[index].endswith("و") or words[index].endswith("وا"):
        return True
    before = words[index - 1] if index else ""
    after = words[index + 1] if index + 1 < len(words) else ""
    if before in _CAMPERS:
        return True
    followed = after in _CAMPERS or after in _CAMPED_WHERE or after.startswith(("بجيش", "بجنود"))
    return before in _ASKED_BEFORE_CAMPED and followed


# «نزل» is a verse sent down («الآية التي نزلت في المتخلفين») and, of people, halting at a
# place («الجيش نزل فين», «أين نزل النبي في تبوك»). With the Prophet or his army right before
# or after it, not «على/في» someone after it (sent down on or about them), and no word of
# the Quran in the question, it is read «رابط», the facts' word: read as sent down, «where
# did the army halt» was answered with the verse revealed about those who went out.
_HALTED = frozenset("نزل ونزل فنزل نزلوا نزلو ونزلوا".split())
_SENT_DOWN_ON = frozenset("علي عليه عليهم فيه فيهم فيها بحق".split())
_QURAN_WORDS = frozenset(
    "الايه ايه ايات الايات اية بايه قران القران سوره السوره وحي الوحي جبريل جبرايل قول".split()
)


def _halted_at(words: tuple[str, ...], index: int) -> bool:
    """Whether «نزل» at `index` is people halting (see `_HALTED`)."""
    before = words[index - 1] if index else ""
    after = words[index + 1] if index + 1 < len(words) else ""
    return (before in _CAMPERS or after in _CAMPERS) and after not in _SENT_DOWN_ON


def camped_as_verb(words: tuple[str, ...]) -> tuple[str, ...]:
    """«أين عسكر النبي» → «أين رابط النبي»: «عسكر» in the place of a verb is camping, and so
    is «نزل» of the Prophet or his army with no verse named («الجيش نزل فين»)."""
    out = list(words)
    quran = not _QURAN_WORDS.isdisjoint(words)
    for index, word in enumerate(words):
        if word in _CAMPED and _camped_at(words, index):
            bare = without_conjunction(word, known=_CAMPED)
            prefix = word[: len(word) - len(bare)]
            plural = bare[4:]
            out[index] = prefix + "رابط" + plural
        elif word in _HALTED and not quran and _halted_at(words, index):
            bare = without_conjunction(word, known=_HALTED)
            out[index] = word[: len(word) - len(bare)] + "رابط" + bare[3:]
    return tuple(out)
