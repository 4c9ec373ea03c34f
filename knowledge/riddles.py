"""Riddles: a description of events that asks which expedition it was.

Tabuk is named when details of Tabuk's facts mark it (the riddle markers and the figures of
the answer keys) and none of its details belongs to no Tabuk fact; Mu'tah likewise by the
Mu'tah fact; otherwise the bot says it covers Tabuk only.
"""

from __future__ import annotations

from knowledge.analysis import other_event
from knowledge.answer_keys import SlotKind, core_word, mentions, phrase, words_of
from knowledge.engine import AnswerEngine, Outcome, Reply
from knowledge.form_replies import PartReply, Status
from knowledge.message import Part
from knowledge.models import Fact
from knowledge.statements import EXACT, PEOPLE, StatementJudge, negated


def read_riddle(part: Part, engine: AnswerEngine, judge: StatementJudge) -> PartReply:
    """Which expedition a description fits: Tabuk when details of Tabuk's facts mark it
    and none of its details belongs to no Tabuk fact; Mu'tah likewise by the Mu'tah fact;
    otherwise the bot says it covers Tabuk only."""
    words = words_of(part.text)
    reply = Reply(Outcome.UNKNOWN, normalized=" ".join(words))
    claims = [c for c in judge.claims(part.text) if c.kind is not SlotKind.DURATION]
    mutah_fact = engine.fact("mutah")
    tabuk_facts = tuple(f for f in engine.facts if f.id != "mutah")
    # Details (a month, a year, a number, a people…) no Tabuk fact states rule Tabuk out.
    tabuk_claims = [max((judge.check(f, c) for f in tabuk_facts), default=0) for c in claims]
    mutah_claims = [judge.check(mutah_fact, c) if mutah_fact else 0 for c in claims]
    tabuk = sum(mentions(words, marker) for marker in judge.keys.tabuk_markers)
    tabuk += sum(1 for check, c in zip(tabuk_claims, claims, strict=True)
                 if check > 0 and c.kind in EXACT)  # fmt: skip
    mutah = sum(mentions(words, marker) for marker in judge.keys.mutah_markers)
    elsewhere = other_event(words) is not None
    # A riddle never names its answer: one that names Tabuk describes something else.
    named_tabuk = any(core_word(word) == "تبوك" or word.endswith("تبوك") for word in words)
    fought = any(mentions(words, phrase(w)) for w in ("قتال شديد", "انتصر", "انتصار", "هزيمه"))
    fought = fought and not negated(words)
    if tabuk == 1:
        # One marker, and the facts the engine finds for the description are Tabuk's.
        found = engine.answer(part.text)
        leaders = [found.fact] if found.fact else [c.fact for c in found.suggestions[:1]]
        tabuk += sum(1 for f in leaders if f.id != "mutah")
    told: Fact | None = None
    if tabuk == 0 and not mutah:
        # «ما هي الغزوة الأخيرة للنبي؟»: no marker, but the engine answers the description
        # with a Tabuk fact whose answer names Tabuk («كانت غزوة تبوك آخر غزوات النبي»):
        # Tabuk, told with that fact.
        found = engine.answer(part.text)
        if (
            found.outcome is Outcome.ANSWER
            and found.fact is not None
            and found.fact.id != "mutah"
            and any(core_word(w) == "تبوك" for w in words_of(found.fact.answer))
        ):
            tabuk, told = 2, found.fact
    fits_tabuk = (
        tabuk >= 2
        and not mutah
        and not elsewhere
        and not fought
        and not named_tabuk
        and all(check > 0 or c.kind not in EXACT | PEOPLE for check, c in
                zip(tabuk_claims, claims, strict=True))
    )  # fmt: skip
    fits_mutah = (
        mutah >= 1
        and (mutah >= tabuk or named_tabuk)
        and not elsewhere
        and all(check >= 0 or c.kind not in EXACT for check, c in
                zip(mutah_claims, claims, strict=True))
    )  # fmt: skip
    tabuk_fact = told or engine.fact("overview")
    fact = tabuk_fact if fits_tabuk else mutah_fact if fits_mutah else None
    if fact is None:
        return PartReply(part, reply, Status.RIDDLE_OTHER)
    status = Status.RIDDLE_TABUK if fits_tabuk else Status.RIDDLE_MUTAH
    return PartReply(part, Reply(Outcome.ANSWER, fact=fact), status, fact=fact)
