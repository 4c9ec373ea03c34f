"""A statement asked as a question: the detail it claims left out and the question word for
its kind put first («خرج الجيش في رمضان» -> «متى خرج الجيش في»), so that the engine says which
fact states that detail."""

from __future__ import annotations

from knowledge.answer_keys import SlotKind, words_of
from knowledge.claim_reading import Claim
from knowledge.statement_words import find, without_numbers

# The question word put in place of a detail a statement claims, to ask the engine which
# fact states that detail («خرج الجيش في رمضان» -> «متى خرج الجيش في»).
ASK_FOR_KIND: dict[SlotKind, str] = {
    SlotKind.MONTH: "متى",
    SlotKind.YEAR: "متى",
    SlotKind.NUMBER: "كم",
    SlotKind.PERSON: "من",
    SlotKind.PARTY: "من",
    SlotKind.PLACE: "اين",
    SlotKind.NAME: "ما اسم",
    SlotKind.SHARE: "ماذا",
    SlotKind.DURATION: "ما",
    # («غزوة تبوك أول غزوة …» asked «هل غزوة تبوك غزوة …» finds nothing; its rank is asked)
    SlotKind.ORDER: "ما ترتيب",
    SlotKind.TRIBUTE: "على ماذا",
    SlotKind.EVENT: "ما",
}


def masked_question(statement: str, claim: Claim, also: tuple[Claim, ...] = ()) -> str | None:
    """The statement asked as a question of the detail `claim` (and `also`, listed with it)
    left out, or None when too little is left to ask with."""
    ask = ASK_FOR_KIND.get(claim.kind)
    if ask is None:
        return None
    words = list(words_of(statement))
    if claim.number is not None:
        kept = without_numbers(statement, claim.kind)
    else:
        spans = [find(tuple(words), one.words) for one in (claim, *also)]
        if spans[0] is None:
            return None
        cut = {i for span in spans if span is not None for i in range(*span)}
        kept = [word for index, word in enumerate(words) if index not in cut]
    if len(kept) < 2:
        return None
    return f"{ask} {' '.join(kept)}"


def co_listed(words: tuple[str, ...], claim: Claim, claims: list[Claim]) -> tuple[Claim, ...]:
    """The other people listed with a person claim by «و», right next to each other («أبو
    بكر وعمر وعثمان»): they share what the statement says of them («قدم أبو بكر وعمر ماله
    كله» says it of both), so none of them is asked about with another left in. People
    with words between them («قدم أبو بكر نصف ماله وعمر ماله كله») are not a list."""
    if claim.kind is not SlotKind.PERSON:
        return ()
    people = [c for c in claims if c.kind is SlotKind.PERSON and c.words]
    spans = {id(c): find(words, c.words) for c in people}
    listed = [claim]
    grown = True
    while grown:
        grown = False
        for other in people:
            span = spans[id(other)]
            if other in listed or span is None:
                continue
            for one in listed:
                near = spans.get(id(one))
                if near is None:
                    continue
                if (span[0] == near[1] and other.words[0].startswith("و")) or (
                    near[0] == span[1] and one.words[0].startswith("و")
                ):
                    listed.append(other)
                    grown = True
                    break
    return tuple(listed[1:])
