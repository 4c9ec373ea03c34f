"""A person a reported claim names, doubted by the «who» question after it.

«He reckons Khalid ibn al-Walid led the whole Tabuk campaign. Who actually led it?»: the story
tells whom someone else named; the question asks who it really was. Carried into the question
as its subject, the person named made it «Who led … Khalid …» and Khalid's own detachment was
the answer. The question is read with the story's other words (the campaign, the leading),
without the persons the claim names. A question pointing at a person with «he/him/his»
(«My teacher said Khalid went to Dumat al-Jandal. Whom did he capture there?») keeps them: «he»
is that person. Part of reading English messages (knowledge/english_engine.py).
"""

from __future__ import annotations

from knowledge.english_cues import PERSONAL_PRONOUN, reported_claim
from knowledge.english_lexicon import VALUE_CLASSES
from knowledge.english_text import EnglishReader, Reading
from knowledge.lexicon import QuestionType


def without_doubted(
    reader: EnglishReader, context: Reading | None, preamble: str, part_text: str
) -> Reading | None:
    """The preamble's reading without the persons its reported claim names, when the part
    asks «who» of the claim and points at no person."""
    if context is None or not preamble or PERSONAL_PRONOUN.search(part_text):
        return context
    if reader.read(part_text).question_type is not QuestionType.PERSON:
        return context
    claim = reported_claim(preamble)
    if claim is None:
        return context
    named = {t for t in reader.read(claim).terms if VALUE_CLASSES.get(t) == "person"}
    if not named:
        return context
    terms = tuple(t for t in context.terms if t not in named)
    return Reading(
        context.normalized, terms, context.question_type, context.negated, context.unread_arabic
    )
