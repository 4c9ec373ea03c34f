"""Words of the asking that name no topic: the verb of «what made …» frames (read as asking
a reason), and whom a speaker will tell the answer to («أبيّن للناس»).

«ايش اللي خلا المنافقين يتخلفوا؟», «ما الذي جعل الروم ينسحبون؟», «ايه اللي خلى الطريق شاق؟»:
the opening asks why (knowledge/analysis.py reads the question type from it), and the verb
«خلا/جعل» (made) says only that. Kept as a content word it is a detail of its own, shared
with whichever phrasing happened to be typed with it («شنو اللي خلا الرسول يطلع لتبوك»):
the question then leans to that fact, or, shared by none, is left unexplained and not
answered. Read without the verb, the rest asks what it asks («المنافقين يتخلفوا»).
Only after a question word and a relative pronoun: «هل خلى النبي سبيل أكيدر» (let him go)
keeps it. Only the question's reading drops it: the facts' phrasings keep theirs, where it
stands for the reason they answer («الأسباب اللي خلت النبي يغزو تبوك» finds the reasons by
it; dropped there too, those questions went unanswered). Normalised words.
"""

from __future__ import annotations

from knowledge.question_words import EGYPTIAN_WHAT, WHAT

_WHAT = WHAT | {EGYPTIAN_WHAT, "شن"}
# The relative pronouns of these frames (knowledge/analysis.py reads «what drove» with them).
WHICH = frozenset(("الذي", "اللي", "الي", "اللى", "التي"))
# «made», and its feminine past. Not with an object pronoun typed onto it («خلاه شاق»:
# made *it* arduous): the pronoun points at something named before, which the verb's
# reading keeps for the checks of a part that refers back.
_MADE = frozenset(("خلا", "خلي", "خلت", "جعل", "جعلت"))

_WHATS = frozenset(f"{conjunction}{what}" for conjunction in ("", "و") for what in _WHAT)


def without_made_verb(words: tuple[str, ...]) -> tuple[str, ...]:
    """«ايش اللي خلا المنافقين يتخلفوا» → «ايش اللي المنافقين يتخلفوا»."""
    out = list(words)
    for at in range(len(words) - 2, 0, -1):
        if words[at + 1] in _MADE and words[at] in WHICH and words[at - 1] in _WHATS:
            del out[at + 1]
    return tuple(out)


# «أريد أن أبيّن للناس لماذا خرج النبي»: whom a speaker will explain or tell it to is no
# topic. Read as content, «للناس» (the people) drew the fact asked with «الناس» (whom the
# army went out against). Only right after a verb of explaining or telling in the first
# person: «الوضع الاقتصادي للناس», «أعلنه النبي للناس» keep it (the people of the text).
_EXPLAIN = tuple(
    f"{person}{root}"
    for person in ("ا", "ن")
    for root in ("بين", "شرح", "وضح", "حكي", "قول", "فهم", "قدم", "علم", "درس")
)
_AUDIENCE = ("للناس", "للحضور", "للمصلين", "للجمهور", "للمستمعين", "للمتابعين")

AUDIENCE_REWRITES: dict[tuple[str, ...], str] = {
    (verb, audience): verb for verb in _EXPLAIN for audience in _AUDIENCE
}
