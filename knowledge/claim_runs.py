"""True/false claims run together on one line, each put on a line of its own.

A worksheet's true/false section pasted from a phone often keeps its claims on one line:
after the heading's colon, apart by full stops or dashes («صح أم خطأ: كانت … رجب. قاد …
الجيش. قدم …»), or each closed by its empty box («كانت … رجب (  ) قاد … (  )»). Read as one
statement, only one of them would be judged, or none. Each claim goes on a line of its own
under the heading, where the reader judges it in its place. Numbered claims are cut by
knowledge/inline_items.py. Part of reading a message (knowledge/message.py); it never looks
at the facts.
"""

from __future__ import annotations

import re

from knowledge.question_split import has_question_word
from knowledge.sheet_patterns import TF_INSTRUCTION

# An empty box a claim is judged in: «(  )», «( )», «[ ]», «(....)».
_BOX = re.compile(r"[\(\[]\s*\.{0,6}\s*[\)\]]")
# Between two claims after the heading: a full stop (not inside a figure), or a dash or bullet
# opening the next one.
_APART = re.compile(r"(?<=[^\d\s])\s*\.\s+(?=\S)|(?:^|\s+)[-–—•●▪]\s+(?=\S)")
# «هل العبارات التالية صحيحة؟», «حدد الصواب من الخطأ فيما يلي:»: headings over claims.
CLAIMS_HEADING = re.compile(
    r"(?:العبارات|الجمل|العباره|العبارة|الجمله|الجملة)\s+(?:التالي[ةه]|الآتي[ةه]|الاتي[ةه])\s+"
    r"(?:صحيح[ةه]?|صح)(?:\s*(?:أم|ام|او|أو)\s*(?:خاطئ[ةه]|خطأ|خطا))?"
    r"|(?:الصواب|الصحيح)\s*(?:من|و)\s*(?:ال)?(?:خطأ|خطا)"
)
# Each claim is a sentence: this many words at least.
_MIN_CLAIM_WORDS = 3


def _claims(rest: str, pattern: re.Pattern[str]) -> list[str]:
    pieces = [piece.strip(" .،,") for piece in pattern.split(rest)]
    pieces = [piece for piece in pieces if piece]
    if len(pieces) < 2 or any(len(piece.split()) < _MIN_CLAIM_WORDS for piece in pieces):
        return []
    if any(has_question_word(piece) or "؟" in piece or "?" in piece for piece in pieces):
        return []  # («صح أم خطأ: … رجب. وكم كان عدد الجيش؟»: a claim, then a question)
    return pieces


def _boxed(line: str) -> list[str]:
    """«claim (  ) claim (  )»: each claim with its box, when two or more are closed so."""
    boxes = list(_BOX.finditer(line))
    if len(boxes) < 2:
        return []
    pieces: list[str] = []
    start = 0
    for box in boxes:
        pieces.append(line[start : box.end()].strip(" .،,"))
        start = box.end()
    if line[start:].strip(" .،,"):
        return []  # (words after the last box: not a run of boxed claims)
    if any(len(_BOX.sub("", piece).split()) < _MIN_CLAIM_WORDS for piece in pieces):
        return []
    if any(has_question_word(_BOX.sub("", piece)) for piece in pieces):
        return []
    return pieces


def heads_claims(heading: str) -> bool:
    """Whether the words before a run of claims ask to judge them."""
    return TF_INSTRUCTION.search(heading) is not None or CLAIMS_HEADING.search(heading) is not None


def claims_on_lines(text: str) -> str:
    """The message with each line's run of claims on lines of their own."""
    if not any(mark in text for mark in ".-–—•●▪()[]"):
        return text
    lines: list[str] = []
    for line in text.splitlines():
        boxed = _boxed(line)
        if boxed:
            lines.extend(boxed)
            continue
        heading, colon, rest = line.partition(":")
        claims = _claims(rest, _APART) if colon and heads_claims(heading) else []
        if claims:
            lines.append(f"{heading.strip()}:")
            lines.extend(f"- {claim}" for claim in claims)
            continue
        lines.append(line)
    return "\n".join(lines)
