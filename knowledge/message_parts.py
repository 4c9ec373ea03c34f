"""Parts read again in the light of their neighbours: a claim that «هل هذا صحيح؟» asks
about, a statement followed by «صح / خطأ» options, and a question broken over two lines."""

from __future__ import annotations

import re

from knowledge.claim_patterns import (
    BARE_TRUE,
    CLAIM_AFTER,
    COUNTER_CLAIM,
    POINTS_BACK,
    REFUTED,
    REPORTED,
    THIS_TRUE,
    TOLD_BY,
    VERDICT_WORDS,
)
from knowledge.headlines import headline_topics
from knowledge.message_models import Form, Part
from knowledge.message_patterns import QMARK, STORY
from knowledge.question_split import has_question_word
from knowledge.tuning import REPORTED_CLAIM_MIN_WORDS

_NOT_VERDICT_WORD = re.compile(r"[^\w\s]|\b[a-dA-Dأبجد]\b")


def reported_claim(text: str) -> str:
    """A statement without «I heard that …» before it: what was heard is what is judged
    (after «اللي يقول … غلطان،» the claim refuted is not; what the user says after it is)."""
    refuted = REFUTED.match(text)
    if refuted is not None and len(text[refuted.end() :].split()) >= REPORTED_CLAIM_MIN_WORDS:
        return text[refuted.end() :]
    match = REPORTED.match(text) or TOLD_BY.match(text)
    if match is None or len(text[match.end() :].split()) < REPORTED_CLAIM_MIN_WORDS:
        return text
    # («صديقي يقول إن …، وأنا أقول في رمضان»: the asker's own counter-claim was not reported)
    claim = COUNTER_CLAIM.sub("", text[match.end() :])
    return claim if len(claim.split()) >= REPORTED_CLAIM_MIN_WORDS else text[match.end() :]


def claim_asked_about(part: Part) -> Part:
    """«هل هذا صحيح؟» after a story asks whether the story's claim is true."""
    told = part.context and STORY.search(part.context)
    # («صاحبي حالف إن …. هو صح؟»: «he», who told the claim, is asked about)
    pointing = part.form is Form.TRUE_FALSE and POINTS_BACK.match(part.text) is not None
    if not (THIS_TRUE.match(part.text) or (told and BARE_TRUE.match(part.text)) or pointing):
        return part
    if not part.context:
        return part
    context = COUNTER_CLAIM.sub("", part.context) if pointing else part.context
    reported = reported_claim(context)
    if pointing and reported == context:
        return part  # (no one's claim told before «هو صح؟»: nothing to point back to)
    if reported != part.context:
        return Part(Form.TRUE_FALSE, reported, part.original, marked=True, own_line=part.own_line)
    claims = CLAIM_AFTER.split(part.context)
    claim = claims[-1].strip(" ،,.:") if len(claims) > 1 else part.context
    if len(claim.split()) < 3:
        return part
    return Part(Form.TRUE_FALSE, claim, part.original, marked=True, own_line=part.own_line)


def _only_verdicts(text: str) -> bool:
    if text.strip().replace("\ufe0f", "") in _VERDICT_MARKS:
        return True  # («… كانت في رجب؟ ✓ أو ✗»: a tick and a cross offered, true or false)
    words = _NOT_VERDICT_WORD.sub(" ", text.lower()).split()
    return bool(words) and all(word in VERDICT_WORDS for word in words)


# A tick or a cross standing for «صح» or «خطأ».
_VERDICT_MARKS = frozenset("✓✔√✅☑✗✘×❌❎")


def true_false_options(parts: list[Part]) -> list[Part]:
    """«… A. صح B. خطأ» or a line «a) True b) False» after a statement: a true/false part."""
    result: list[Part] = []
    for part in parts:
        if (
            part.form is Form.CHOICE
            and part.options
            and all(_only_verdicts(option.text) for option in part.options)
        ):
            result.append(Part(Form.TRUE_FALSE, part.text.rstrip(" .؟?"), part.original))
        elif result and _only_verdicts(part.text) and result[-1].form is not Form.CHOICE:
            previous = result.pop()
            result.append(
                Part(
                    Form.TRUE_FALSE,
                    previous.text.rstrip(" .؟?"),
                    previous.original,
                    context=previous.context,
                )
            )
        else:
            result.append(part)
    return result


def join_broken(parts: list[Part]) -> list[Part]:
    joined: list[Part] = []
    for part in parts:
        if (
            joined
            and joined[-1].form in (Form.QUESTION, Form.HEADLINE)
            and not joined[-1].original.rstrip().endswith((*QMARK, ".", "!"))
            and part.form is Form.HEADLINE
            and len(part.text.split()) <= 3
            and part.own_line  # (a line of its own, not a topic split off its line)
            # (a numbered line after a numbered question is the next item, never the end of a
            # broken line; numbered clues that ask nothing may be one sentence broken up)
            and not (part.numbered and joined[-1].numbered and has_question_word(joined[-1].text))
        ):
            previous = joined.pop()
            text = f"{previous.text} {part.text}"
            original = f"{previous.original} {part.original}"
            # («أسباب غزوة تبوك\nونتائجها»: a topic with «its» on the next line is asked of the
            # line's subject, as on one line; joined whole, the two topics blurred into none)
            topics = headline_topics(text)
            joined.extend(
                Part(previous.form, one, original, marked=previous.marked, own_line=not again)
                for again, one in enumerate(topics)
            )
            continue
        joined.append(part)
    return joined
