"""How well a fact fits a question, beside the words they share: the fact's answer type
against the question word (type_factor), and the best overlap of the question's words with
one of the fact's phrasing groups (top_group). Part of ranking (knowledge/matcher.py)."""

from __future__ import annotations

from knowledge.lexicon import QuestionType
from knowledge.models import AnswerType
from knowledge.tuning import OVERVIEW_TYPED_FACTOR, THING_ASKED_TIME_FACTOR, TYPE_MISMATCH

_STRONG_TYPES = {
    QuestionType.TIME: AnswerType.TIME,
    QuestionType.NUMBER: AnswerType.NUMBER,
    QuestionType.PERSON: AnswerType.PERSON,
    QuestionType.PLACE: AnswerType.PLACE,
    QuestionType.REASON: AnswerType.REASON,
}
# Question words that ask for one kind of answer (when, how many, who, where, why).
TYPED_QUESTIONS: frozenset[QuestionType] = frozenset(_STRONG_TYPES)


def type_factor(
    question_type: QuestionType,
    answer_type: AnswerType,
    asked_types: frozenset[QuestionType] = frozenset(),
) -> float:
    """Keep the full score when the answer fits the question word, less when it does not.

    `asked_types` are the question words the fact's own phrasings use: curators who wrote
    «كم يومًا أقام بتبوك» for a fact of type "thing" say that it answers "how many" too.
    """
    if question_type is QuestionType.THING and answer_type is AnswerType.TIME:
        return THING_ASKED_TIME_FACTOR  # «ماذا أعلن في رجب» asks what, not when
    expected = _STRONG_TYPES.get(question_type)
    if expected is None or answer_type is expected or question_type in asked_types:
        return 1.0
    if answer_type is AnswerType.OVERVIEW:
        # A summary mentions everything; a fact of the asked type should win over it.
        return OVERVIEW_TYPED_FACTOR
    return TYPE_MISMATCH[question_type]


# (groups a word reaches, its weight, its share of the question), for each question word
# that reaches any of a fact's phrasing groups.
_Reaching = list[tuple[tuple[int, ...], float, float]]


def top_group(
    reaching: _Reaching,
    group_count: int,
    group_weights: tuple[float, ...],
    type_fits: tuple[float, ...],
) -> tuple[float, int]:
    """The best phrasing group's overlap (F1 of the question's share and the group's weight
    the question covers, times its type fit) and index, -1 for none; in group order, the
    first best one wins. Sums start at 0.0, which adding leaves exact; a group no word
    reached keeps 0.0."""
    query_sides = [0.0] * group_count
    shared_weights = [0.0] * group_count
    for groups, weight, share in reaching:
        for group_index in groups:
            query_sides[group_index] += share
            shared_weights[group_index] += weight
    best_overlap, best_group = 0.0, -1
    # _overlap() written out (the same expression, so the same floats): with «تبوك» asked,
    # nearly every group of every scored fact is reached (44 groups a call on the benchmark's
    # questions), and a call per group was an eighth of this function's time.
    for group_index, query_side in enumerate(query_sides):
        if not query_side:
            continue  # no word in common (a shared word's share is never 0)
        group_weight = group_weights[group_index]
        phrasing_side = shared_weights[group_index] / group_weight if group_weight > 0 else 0.0
        overlap = (
            2 * query_side * phrasing_side / (query_side + phrasing_side) * type_fits[group_index]
        )
        if overlap > best_overlap:
            best_overlap, best_group = overlap, group_index
    return best_overlap, best_group


def top_group_of_one(
    groups: tuple[int, ...],
    weight: float,
    share: float,
    group_weights: tuple[float, ...],
    type_fits: tuple[float, ...],
) -> tuple[float, int]:
    """top_group() when one question word alone reaches the fact's groups («تبوك» in a
    question whose other words are unknown: then nearly every fact is scored). Each group
    it reaches has that word's share and weight as its sums (0.0 + x is x): the same
    overlaps in the same group order (groups_by_term lists them ascending), without summing
    into a list of every group first."""
    best_overlap, best_group = 0.0, -1
    for group_index in groups if share else ():
        overlap = _overlap(share, weight, group_weights[group_index]) * type_fits[group_index]
        if overlap > best_overlap:
            best_overlap, best_group = overlap, group_index
    return best_overlap, best_group


def _overlap(query_side: float, shared_weight: float, group_weight: float) -> float:
    """F1 of the question's share a group covers and the share of the group's weight the
    question covers (before the group's type fit)."""
    phrasing_side = shared_weight / group_weight if group_weight > 0 else 0.0
    return 2 * query_side * phrasing_side / (query_side + phrasing_side)
