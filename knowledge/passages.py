"""A passage set before reading-comprehension questions.

School sheets and quiz posts paste a paragraph under a label («النص:», «الفقرة:», «اقرأ:»,
«اقرأ الفقرة ثم أجب:») and ask about it on the lines after it. The paragraph tells, it asks
nothing: read as a part of its own it was answered (or taken for a known gap) in place of
the questions, and a one-question form (a choice, a statement to judge) was graded on it.
Here it is set apart as the message's context, which never decides an answer
(knowledge/message.py). It only reads: it never looks at the facts.
"""

from __future__ import annotations

import re

# The label, with what may follow it before the colon: «اقرأ النص الآتي ثم أجب عما يليه:».
_READ = r"(?:ا|أ|إ)قر(?:أ|ا|ئي|أي|ي|ؤوا|أوا|وا)"
_PASSAGE = r"(?:النص|نص|الفقرة|الفقره|فقرة|فقره|القطعة|القطعه|قطعة|المقطع|مقطع|الفقرات|النصوص)"
_FOLLOWING = r"(?:الآتي|الاتي|التالي|الآتية|الاتية|التالية|التاليه|الاتيه|المقروء|المقروءة)"
_WHAT_IS_READ = rf"(?:{_PASSAGE}|{_FOLLOWING})"
_ANSWER = r"(?:ثم|و|ثمّ)\s*(?:أجب|اجب|أجيبي|اجيبي|أجيبوا|اجيبوا|جاوب|جاوبي)(?:\s+\S+){0,4}"
_LABEL = re.compile(
    rf"^\s*(?:{_READ}(?:\s+{_WHAT_IS_READ}){{0,2}}(?:\s+(?:جيدا|جيداً|بتمعن|بعناية))?"
    rf"(?:\s+{_ANSWER})?"
    rf"|{_PASSAGE}(?:\s+{_FOLLOWING})?)\s*[:：]\s*"
)
# A quotation opened and not yet closed on the passage's first line runs on to later lines.
_OPENERS = {"«": "»", '"': '"', "“": "”", "(": ")", "[": "]", "{": "}"}


def _closes(text: str, opener: str) -> bool:
    closer = _OPENERS[opener]
    if closer == opener:
        return text.count(opener) >= 2
    return closer in text


def passage_apart(lines: list[str]) -> tuple[list[str], str]:
    """The message's lines without a labelled passage at their head, and the passage
    (empty when none): the label's line and the paragraph (on it or on the lines after
    it, a quotation to its close). Kept only when a line follows that asks or instructs,
    and when the paragraph itself asks nothing («النص: … ما رأيكم؟» is no passage)."""
    filled = [index for index, line in enumerate(lines) if line.strip()]
    if not filled:
        return lines, ""
    first = filled[0]
    label = _LABEL.match(lines[first])
    if label is None:
        return lines, ""
    body = lines[first][label.end() :].strip()
    end = first + 1
    if not body:
        following = [index for index in filled if index > first]
        if not following:
            return lines, ""
        body = lines[following[0]].strip()
        end = following[0] + 1
    opener = body[:1]
    if opener in _OPENERS and not _closes(body, opener):
        # («النص:\n«… \n …»»: the quotation spans lines)
        while end < len(lines) and not _closes(body, opener):
            body = f"{body} {lines[end].strip()}".strip()
            end += 1
    rest = lines[end:]
    if not any(line.strip() for line in rest) or body.rstrip().endswith(("؟", "?")):
        return lines, ""
    return rest, " ".join(body.split())
