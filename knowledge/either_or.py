"""Either/or questions: «كانت غزوة تبوك في رجب أم في شعبان؟», «الغزوة كانت ضد الفرس ولا الروم؟».

The question is read as two claims, one per side: the side after «أم/ولا/أو/لو» and as many
words before it (else fewer: «قاد الجيش النبي أم أبو بكر»), each with the words before the
sides. When the statement judge finds exactly one side stated and the other false, that
side's fact answers. «… ولا لا» is yes or no, not two sides.
"""

from __future__ import annotations

from knowledge.engine import Outcome, Reply
from knowledge.normalize import normalize
from knowledge.question_words import EITHER_OR, YES_NO
from knowledge.statements import StatementJudge
from knowledge.tuning import EITHER_OR_SIDE_MAX_WORDS

# «ولا لا»: the other side is «not», a yes/no question.
_NOT_WORDS = frozenset({"لا", "لاء", "لء"})


def either_or(judge: StatementJudge, text: str) -> Reply | None:
    """The answer for the one side of an either/or question the text states, or None."""
    words = text.strip().rstrip("؟? .").split()
    if words and normalize(words[0]) in YES_NO:
        words = words[1:]
    ors = [i for i, word in enumerate(words) if normalize(word) in EITHER_OR]
    if len(ors) != 1:
        return None
    at = ors[0]
    second = words[at + 1 :]
    if not 1 <= len(second) <= EITHER_OR_SIDE_MAX_WORDS or normalize(second[0]) in _NOT_WORDS:
        return None
    sizes = [len(second), *range(1, len(second))]
    if _spelled(second, ["", ""]) != second:
        # «… أول غزوات النبي أم آخرها»: the first side is as long as what «ها» stands for
        sizes += range(2, EITHER_OR_SIDE_MAX_WORDS + 1)
    for size in dict.fromkeys(sizes):
        if at - size < 1:
            continue
        before, first = words[: at - size], words[at - size : at]
        sides = [" ".join([*before, *side]) for side in (first, _spelled(second, first))]
        first_side = judge.judge(sides[0])
        if first_side.verdict is None:
            continue  # (a side not settled settles no choice: the other need not be judged)
        judged = [first_side, judge.judge(sides[1])]
        stated = [one for one in judged if one.verdict is True and one.fact is not None]
        if len(stated) == 1 and not any(one.verdict is None for one in judged):
            fact = stated[0].fact
            true_side = sides[judged.index(stated[0])]
            other = judged[1 - judged.index(stated[0])].fact
            if other is not None and all(
                judge.check(other, claim) > 0 for claim in judge.claims(true_side)
            ):
                # «تبوك چانت ويا الروم لو ويا قريش؟»: the fact that corrects the false side
                # (the enemy) states the true one too: it answers the choice itself
                fact = other
            return Reply(Outcome.ANSWER, fact=fact, rule="one side of an either/or")
    return None


def _spelled(second: list[str], first: list[str]) -> list[str]:
    """«أول غزوات النبي أم آخرها»: the second side's «ها» stands for the rest of the first
    side («آخر غزوات النبي»); any other side as it is."""
    word = second[0]
    if len(second) != 1 or len(first) < 2 or not normalize(word).endswith("ها"):
        return second
    return [word[: -len("ها")], *first[1:]]
