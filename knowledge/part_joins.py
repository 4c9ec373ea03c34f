"""Which parts of a message belong together: a later part that only points back at the one
before it, restates it or says what it meant («أقصد …»), or carries its names («متى خرج
الجيش؟ وكم عدده؟», «متى كانت؟ بأي شهر؟»). knowledge/forms.py decides what to ask with
them."""

from __future__ import annotations

import re
from collections.abc import Container

from knowledge.analysis import other_event
from knowledge.engine import Outcome
from knowledge.follow_ups import POINTING_WORDS, own_words, refers
from knowledge.form_replies import PartReply
from knowledge.lexicon import ENTITIES
from knowledge.message import Form, Part
from knowledge.normalize import normalize, without_conjunction
from knowledge.stemming import stem


def names_carried(part: Part, names: list[str]) -> list[str]:
    """The names a follow-up is read with: «… في مؤتة؟ وما دوره في تبوك؟» names its own
    event, so the event named before it is not carried."""
    if "تبوك" not in normalize(part.text):
        return names
    return [name for name in names if "موت" not in name and other_event((name,)) is None]


def names_the_expedition(text: str) -> bool:
    """Whether a part names the expedition itself («الغزوة», «غزوة تبوك», «تبوك»), or its army
    by the name the text gives it («جيش العسرة»)."""
    return any(
        "غزو" in word or "تبوك" in word or word.endswith("العسره")
        for word in normalize(text).split()
    )


# «وهل صار قتال؟»: a yes/no question («هل» + a clause), which asks of what it names.
_YES_NO = re.compile(r"^\s*[وف]?هل\s+\S+\s+\S")


def asks_yes_or_no(text: str) -> bool:
    """Whether a part is a yes/no question of two words or more after its «هل» («وهل صار
    قتال؟»): after a detail the text lacks, it asks about what it names, not the detail."""
    return bool(_YES_NO.match(normalize(text)))


def points_back(reply: PartReply, vocabulary: Container[str] | None = None) -> bool:
    """A later part with at most one word of its own («مين هما؟», «شنو الاية؟») or one that
    points at the part before it («وشنو دار معاه الرسول؟») is not a question of its own;
    a part whose one word is a name («… ومن هو هرقل», «ومين هو اكيدر») asks about that name."""
    if reply.part.own_line:
        return False
    own = [w for w in own_words(reply.part.text) if w not in POINTING_WORDS]
    refers = any(
        without_conjunction(w, "و") in POINTING_WORDS for w in normalize(reply.part.text).split()
    )
    if not refers and len(own) == 1 and stem(own[0], vocabulary) in ENTITIES:
        return False
    return len(own) <= 1 or (refers and len(own) <= 2)


def merge_follow_ups(replies: list[PartReply], *, announced: bool = False) -> list[PartReply]:
    """Parts that only restate a neighbour («متى كانت؟ بأي شهر؟») join it.

    A part joins when it gets the same fact as the part before it, or is not answered and
    either offers that fact among its suggestions or asks nothing of its own (a headline
    the engine does not know, such as «سمعت ثلاثين ألفًا»). In a message that announces
    another question («… وكمان …», `announced`) a part not answered is no restatement: it
    keeps its place, asked back.
    """
    kept: list[PartReply] = []
    for reply in replies:
        if announced and kept and not (reply.done and kept[-1].done):
            kept.append(reply)
            continue
        # A numbered or bulleted item answered («- من هم الغساسنة؟») is a question of its
        # own, even when its fact is the item's before: it keeps its place and its label
        # (the reply points at the answer above), so the labels below it keep the user's
        # order and no asked question disappears.
        own_item = reply.part.numbered and reply.done
        if kept and not own_item and restates(reply, kept[-1]):
            continue
        if kept and restates(kept[-1], reply) and not (own_item and kept[-1].done):
            kept[-1] = reply
            continue
        if kept and narrows_the_overview(reply, kept[-1]):
            kept[-1] = reply
            continue
        kept.append(reply)
    return kept


# «أقصد», «قصدي», «يعني», «بمعنى» opening a part: the question before it said again.
_I_MEAN = re.compile(r"^\s*[وف]?(?:يعني|يعنى|اقصد|أقصد|قصدي|بمعنى)\s")


def narrows_the_overview(part: PartReply, before: PartReply) -> bool:
    """«ما هي غزوة تبوك؟ أقصد لماذا حدثت»: a part that says, with «I mean», what the general
    question before it (answered with the overview) was asking; it stands for that part."""
    return (
        (part.done or part.reply.outcome is Outcome.GAP)
        and before.done
        and before.reply.rule == "overview"
        and _I_MEAN.match(part.part.original) is not None
    )


def restates(part: PartReply, neighbour: PartReply) -> bool:
    if not neighbour.done or neighbour.fact is None or part.reply.outcome is Outcome.GAP:
        return False
    if part.done:
        return part.fact == neighbour.fact and part.status is neighbour.status
    # (offered first: «… وما دوره في تبوك؟» leading with Dumat al-Jandal asks another fact)
    offered = {candidate.fact.id for candidate in part.reply.suggestions[:1]}
    return neighbour.fact.id in offered or (
        part.part.form is Form.HEADLINE and part.reply.outcome is Outcome.UNKNOWN
    )


# The honorific's «عليه» points at no one before (normalised text).
_HONORIFIC = re.compile(r"صلي\s+الله\s+عليه\s+و\s*سلم|عليه\s+الصلاه\s+والسلام|عليه\s+السلام")


def points_with_a_pronoun(text: str, vocabulary: Container[str]) -> bool:
    """Whether a part points back with «عليهم», «معه», «فيها»… (not a noun's «his»: «ماله»
    in «ومين قدم نص ماله؟» is the giver's own; not an honorific's «عليه»)."""
    return refers(_HONORIFIC.sub(" ", normalize(text)), vocabulary, possessive=False)
