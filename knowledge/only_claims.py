"""«Only he did it» where the text names others who did it: «خطأ».

«عثمان بس هو اللي اتبرع ومحدش غيره دفع», «انضمت قبيلة لخم فقط إلى الروم», «عقد النبي معاهدة
مع أهل أيلة فقط»: the statement says one person, people or place alone. Read without «only»
the words are the text's, and the fact who did it lists several («أبو بكر وعمر وعثمان …»,
«لخم وغسان», «تبوك وأيلة»): the text itself names another beside the one claimed, which
excludes «only». The statement is asked with that one left out («من اتبرع في تبوك»); the fact
answering it must name him in its list of that kind joined by «و», with someone else. A list
the fact does not give (the leader: «قاد النبي وحده غزوة تبوك») leaves it to the judge.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from knowledge.answer_keys import SlotKind, mentions, words_of
from knowledge.normalize import normalize
from knowledge.statement_masking import masked_question

if TYPE_CHECKING:
    from knowledge.claim_reading import Claim
    from knowledge.engine import AnswerEngine
    from knowledge.statements import Judgement, StatementJudge

# Words saying «only» right after the one they restrict («عثمان فقط», «النبي وحده»).
_ONLY = frozenset(normalize(w) for w in "فقط وحده وحدهم لوحده لوحدهم بمفرده بمفردهم".split())
# Dialect «بس» is «only» right after a name, and «but» before a clause: only at the end or
# before «هو/هم/اللي» («عثمان بس هو اللي اتبرع») is it read «only».
_BAS = "بس"
_BAS_FOCUS = frozenset(normalize(w) for w in "هو هي هم اللي الذي الذين".split())
# «… ومحدش غيره دفع», «ولا أحد غيره», «لا غير»: no one else, closing the statement.
_NO_ONE_ELSE = frozenset(
    normalize(w)
    for w in "ومحدش محدش وما ماحد وماحد ولا لا احد أحد حدا غيره غيرهم سواه سواهم غير".split()
)
# «وغيرهم», «وغيرهما», «وغيرها»: and others, closing a list.
_AND_OTHERS = frozenset(normalize(w) for w in "وغيرهم وغيرهما وغيرها".split())
# The kinds a list of doers or places is made of.
_LISTED = frozenset({SlotKind.PERSON, SlotKind.PARTY, SlotKind.PLACE})


def only_one_of_several(
    judge: StatementJudge, engine: AnswerEngine, statement: str
) -> Judgement | None:
    """«خطأ» by the fact listing others beside the one the statement says did it alone."""
    from knowledge.statements import Judgement

    words = list(words_of(statement))
    found = _restricted(judge.claims(statement), words)
    if found is None:
        return None
    claim, cut = found
    rest = " ".join(word for at, word in enumerate(words) if at not in cut)
    # (the same claim, read again in the statement without «only»)
    same = (claim.kind, claim.words)
    also = [one for one in judge.claims(rest) if (one.kind, one.words) == same]
    if not also:
        return None
    asked = masked_question(rest, also[0])
    reply = engine.answer(asked) if asked else None
    fact = reply.fact if reply is not None and reply.answered else None
    if reply is None or fact is None:
        # (asked so, the engine is unsure: the fact the statement without «only» is true by,
        # when it is no whole of other facts, whose list may be of several deeds)
        judged = judge.judge(rest)
        if not judged.verdict or judged.fact is None or engine.parts(judged.fact.id):
            return None
        fact, reply = judged.fact, judged.reply
    if judge.check(fact, also[0]) <= 0:
        return None

    def names_the_claim(value: tuple[str, ...]) -> bool:
        return mentions(claim.words, value) or mentions(value, claim.words)

    for slot in judge.slots(fact):
        if slot.kind is not claim.kind:
            continue
        listed = words_of(slot.answer)
        if "و" not in "".join(word[:1] for word in listed[1:]):
            continue  # (one value, or values not joined by «و»: no list)
        named = [value for value in slot.values if mentions(listed, value)]
        # («أهل تبوك وأيلة فقط»: the ones the statement lists itself are no others)
        others = [value for value in named if not mentions(tuple(words), value)]
        # («لخم وغسان وغيرهما», «… وغيرهم من الصحابة»: the text says there were others)
        more = not _AND_OTHERS.isdisjoint(words_of(fact.answer))
        if any(map(names_the_claim, named)) and (more or not all(map(names_the_claim, others))):
            return Judgement(False, fact, reply)
    return None


def _restricted(claims: list[Claim], words: list[str]) -> tuple[Claim, set[int]] | None:
    """The claim an «only» word restricts (the one right before it) and the positions of the
    words saying «only» (with a closing «no one else»), or None."""
    for claim in claims:
        if claim.kind not in _LISTED or not claim.words:
            continue
        for start in range(len(words) - len(claim.words) + 1):
            end = start + len(claim.words)
            if not mentions(tuple(words[start:end]), claim.words) or end >= len(words):
                continue
            after = words[end]
            bas = after == _BAS and (end + 1 == len(words) or words[end + 1] in _BAS_FOCUS)
            if after not in _ONLY and not bas:
                continue
            cut = {end}
            # (a closing «ومحدش غيره دفع»: from its first word to the end)
            for at in range(end + 1, len(words)):
                if words[at] in _NO_ONE_ELSE and any(
                    w in ("غيره", "غيرهم", "سواه", "سواهم", "غير") for w in words[at : at + 3]
                ):
                    cut |= set(range(at, len(words)))
                    break
            return claim, cut
    return None
