"""A detail the winner lacks that no fact it would be offered with holds either.

`explains` (knowledge/english_entry.py) holds a question unexplained when it asks a word
other facts know and the winner does not: «What did the people of Ayla agree to give?» asks
what they gave, a detail another fact may tell. When no fact close enough to be offered
beside the winner knows that word either, asking back offers the winner first with nothing
that holds the detail: «Who attacked the Muslims at Mu'tah?» («attack» is the Roman
build-up's, far behind), «In which month was the general call to arms given?» («give» is
the gifts', which tell no time). The word then asks nothing another candidate answers, and
the winner is judged on the rest.

Only when the question word asks a kind of answer (who, when, where, why, how many) and the
winner gives that kind: then the lacked word is part of what the question tells, not what it
asks. Asked «what» or by a command, the lacked word may be the very thing asked («What did
the people of Ayla agree to give?»: what they gave, which no fact tells), and it stays asked
back.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from knowledge import tuning
from knowledge.english_entry import explains, lacked_details
from knowledge.english_lexicon import STRICT_TYPES
from knowledge.english_rules import DOERS, asks_count
from knowledge.english_text import Reading
from knowledge.lexicon import QuestionType

if TYPE_CHECKING:
    from knowledge.english import EnglishMatcher
    from knowledge.english_decision import Scored

# Question words that ask one kind of answer: who, when, where, why, how many.
KIND_ASKED = STRICT_TYPES | {QuestionType.PERSON}
# Words naming a person, a people or an army: a lacked one says whom the question is about
# («the commander of the Roman army at Mu'tah»: the Romans', not the Muslims'), never wording.
PARTY_WORDS = DOERS | {"enemyarmy"}


def unrivalled_lack(
    matcher: EnglishMatcher,
    top: Scored,
    ranking: list[Scored],
    terms: tuple[str, ...],
    reading: Reading,
) -> bool:
    """Does the winner explain the question once the details it lacks, and no fact it would
    be offered with knows, are set aside?"""
    if reading.question_type not in KIND_ASKED or not top.type_fits:
        return False
    entry = matcher.entries[top.fact.id]
    lacked = lacked_details(entry, terms, known=matcher.known, described=reading.described)
    if not lacked or lacked & PARTY_WORDS:
        return False
    # Every fact within the window of an ask-back, not only the few shown: one of them
    # holding the word makes it a detail that may be that fact's. A fact that does not give
    # the kind asked, clearly behind, is none («In which month was the call to arms given?»:
    # «give» is the gifts', which tell no time); level with the winner it may be the subject
    # asked («why the Prophet remained camped at Tabuk …»: the stationing tells no reason).
    offered = [
        s
        for s in ranking
        if s.fact.id != top.fact.id
        and (s.type_fits or top.score - s.score < tuning.EN_ANSWER_MIN_MARGIN)
        and s.score >= tuning.EN_SUGGEST_MIN_SCORE
        and top.score - s.score <= tuning.EN_SUGGEST_WINDOW
    ]
    if any(lacked & matcher.entries[s.fact.id].vocabulary for s in offered):
        return False
    return explains(
        entry,
        tuple(t for t in terms if t not in lacked),
        known=matcher.known,
        lenient=False,
        described=reading.described,
        counting=asks_count(reading),
    )
