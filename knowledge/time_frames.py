"""A side or a person named in a time frame («قبل وصول المسلمين», «عند عودة الجيش», «بعد قدوم
النبي»): the frame says when the statement's deed happened, by someone's arrival or return;
the one named in it is not who did the deed. knowledge/statements.py does not ask «who did
it» with that name left out (a fact about another side would «correct» it: «انسحب الروم قبل
وصول المسلمين» is no claim that the Muslims withdrew).
"""

from __future__ import annotations

from knowledge.answer_keys import core_word
from knowledge.claim_reading import Claim
from knowledge.normalize import normalize
from knowledge.statement_words import find

# Words that open a time frame: before, after, at, when, during.
_WHEN = frozenset(normalize(w) for w in "قبل بعد عند حين لدى أثناء اثناء وقت لحظة".split())
# Nouns of coming and going that name a moment by someone's movement.
_MOVES = frozenset(
    normalize(w)
    for w in "وصول قدوم مجيء مجيئ عودة عوده رجوع خروج دخول مسير وصولهم عودتهم رجوعهم".split()
)
# A word that may stand between the movement and the one who moves («وصول جيش المسلمين»).
_BETWEEN = frozenset(normalize(w) for w in "جيش جنود".split())


def in_time_frame(claim: Claim, words: tuple[str, ...]) -> bool:
    """Whether the claim's words stand right after «قبل/بعد/عند + وصول/عودة…» (and «جيش»)."""
    if not claim.words:
        return False
    span = find(words, claim.words)
    if span is None:
        return False
    before = [core_word(w) for w in words[max(0, span[0] - 3) : span[0]]]
    if before and before[-1] in _BETWEEN:
        before = before[:-1]
    return len(before) >= 2 and before[-1] in _MOVES and before[-2] in _WHEN
