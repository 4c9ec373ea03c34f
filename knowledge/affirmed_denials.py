"""A statement affirming what the text denies: «الروم كانو متوقعين العدد الكبير ده» where the
fact says «لم يتوقع الروم أن يستجيب مثل هذا العدد». The mirror of knowledge/denied_deeds.py
(a statement denying a deed the text states).

The fact the engine answers the statement with denies a verb («لم يتوقع») of the one it
names right after it («الروم»); the statement, denying nothing, says that verb in any of its
forms (past, present, participle: «توقعوا», «متوقعين») and names the same one. Then it is
«خطأ», corrected by that fact. The stemmer folds some of these forms into synonyms of other
words, so the verb is compared by its letters without the prefixes and endings of
conjugation, never by stem; a verb of three letters or fewer so stripped is too short to
compare and is left alone, as are «كان/يكن» (being, said of anything).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from knowledge.answer_keys import same_word, words_of
from knowledge.engine import AnswerEngine
from knowledge.statement_words import negated

if TYPE_CHECKING:
    from knowledge.statements import Judgement

# The text's denials of a verb (not «ما»: in the text it is «what», «مقدار ما قدمه»)
_DENIALS = frozenset(("لم", "لن", "لا"))
# Verbs that say being or saying, of anything: «لم يكن», «لم يذكر النص»
_ANY_VERB = frozenset(("يكن", "يكون", "كان", "يذكر", "تذكر", "يحدد", "يبين"))
# Conjugation around a verb's letters: the present's and the participle's first letters,
# the plural's and the pronoun's endings.
_LEADS = ("ي", "ت", "ن", "م")
_ENDS = ("ون", "ين", "وا", "ان", "هم", "ها", "ه", "و")


def verb_letters(word: str) -> str:
    """A verb's letters without one ending and one opening letter of conjugation, keeping
    four («يتوقع», «متوقعين», «توقعوا» all give «توقع»; «يهاجمهم», «هاجموا» give «هاجم»)."""
    for end in _ENDS:
        if word.endswith(end) and len(word) - len(end) >= 4:
            word = word[: -len(end)]
            break
    for lead in _LEADS:
        if word.startswith(lead) and len(word) - len(lead) >= 4:
            return word[len(lead) :]
    return word


def _denied(answer: str) -> list[tuple[str, str]]:
    """(the verb's letters, the word after it) for each verb the answer denies, when the
    answer never says that verb without a denial."""
    words = words_of(answer)
    denied = [
        (verb_letters(words[i + 1]), words[i + 2])
        for i in range(len(words) - 2)
        if words[i] in _DENIALS and words[i + 1] not in _ANY_VERB and words[i + 1] not in _DENIALS
    ]
    said = {
        verb_letters(word) for i, word in enumerate(words) if not i or words[i - 1] not in _DENIALS
    }
    return [(verb, after) for verb, after in denied if len(verb) > 3 and verb not in said]


def affirmed_denial(engine: AnswerEngine, statement: str) -> Judgement | None:
    """«خطأ» for a statement that says, of the same one, a verb the fact denies (see above)."""
    from knowledge.statements import Judgement

    words = words_of(statement)
    if negated(words):
        return None
    reply = engine.answer(statement)
    fact = reply.fact if reply.answered else None
    if fact is None:
        return None
    letters = {verb_letters(word) for word in words}
    for verb, after in _denied(fact.answer):
        if verb in letters and any(same_word(after, word) for word in words):
            return Judgement(False, fact, reply)
    return None
