"""A multiple-choice stem whose fact refutes every option: none of them is the answer.

«Muslim army in Tabuk was: A. 3,000 B. 10,000 C. 30,000 D. 12,000» is about the army's size,
and the text gives «more than 40,000»: each option, read with the stem as a statement, is
false against that answer. Saying «the text does not settle which option is right» would be
untrue; the reply says that the text supports none of them and what it says instead (as the
Arabic engine does, CHOICE_NONE). Only a refutation of every option counts: an option the
answer does not settle either way (unsettled, not false) leaves the part as it was. And only
options that are counts against a fact that counts, or dates: a place or a person named in an
answer may be another thing's («Heraclius was staying in: Homs / Damascus …» is not refuted
by the soldiers gathered in al-Sham).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from knowledge.english import EnglishMatcher
from knowledge.english_cues import ALL_ABOVE, NONE_ABOVE, options_type
from knowledge.english_decision import PartReply
from knowledge.english_forms import Part
from knowledge.lexicon import QuestionType
from knowledge.models import Fact


def refutes_every_option(
    matcher: EnglishMatcher,
    fact: Fact,
    part: Part,
    decision: PartReply,
    verdict: Callable[[Fact, PartReply], bool | None],
) -> bool:
    """Is each option, read with the stem, false against the fact's answer?"""
    if len(part.options) < 2 or decision.reading is None or decision.reading.negated:
        return False
    english = matcher.english(fact.id)
    kind = options_type(part.options)
    if english is None or not (
        (kind is QuestionType.NUMBER and matcher.entries[fact.id].counts)
        or (kind is QuestionType.TIME and matcher.dated(matcher.reader.read(english.answer)))
    ):
        return False
    for option in part.options:
        if ALL_ABOVE.search(option) or NONE_ABOVE.search(option):
            return False  # «none of the above» is itself an option to choose
        reading = matcher.reader.read(f"{part.text} {option}")
        if reading.negated:
            return False  # «… did not …»: a denial, not settled by the answer's values
        if verdict(fact, replace(decision, reading=reading)) is not False:
            return False
    return True
