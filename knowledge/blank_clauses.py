"""«قدّم أبو بكر في غزوة تبوك ……، وقدّم عمر بن الخطاب ……»: a sentence to complete made of
two parallel clauses, each with its own blank, is two sentences to complete.

Worksheets join blanks about different people in one sentence: the second clause opens with
«و» and the first clause's own verb again («وقدم»), or with «و» and the relative its subject
was described with («الصحابي اللي قدم ماله كله …… واللي قدم نص ماله ……»). Read whole, such a
sentence names several donors and is answered with the donations fact; each clause asks one
donor's gift, so each is completed on its own (issue 13, «Facts that overlap»). A clause that
goes on with another verb («وجّه خالدًا إلى …… فخضعت له وصالحته على دفع ……») tells one
event: it stays one sentence. It only reads the words: it never looks at the facts.
"""

from __future__ import annotations

import dataclasses
import re

from knowledge.cloze import BLANK
from knowledge.message_models import Form, Part
from knowledge.normalize import normalize

# Relatives a described subject is named with («الصحابي الذي/اللي …»).
_RELATIVES = frozenset(normalize(w) for w in "الذي الذى اللي اللى التي الذين اللذين".split())
# «، و» or « و» joined to the next word: where a second clause may start.
_AND = re.compile(r"[،,]?\s+و(?=\S)")


def parallel_blanks(sentence: str) -> list[str] | None:
    """The sentence's clauses, each a sentence to complete, when each clause after the first
    repeats the first one's verb (or the second repeats its relative) after «و» (None when
    none does)."""
    if sentence.count(BLANK) < 2:
        return None
    first_blank = sentence.index(BLANK)
    words = sentence.split()
    for joint in _AND.finditer(sentence, first_blank):
        second = sentence[joint.end() :]
        head = second.split()[0] if second.split() else ""
        if BLANK not in second or BLANK not in sentence[: joint.start()]:
            continue
        first = sentence[: joint.start()].rstrip(" ،,")
        if normalize(head) == normalize(words[0]):
            # («قدم أبو بكر …… وقدم عمر …… وقدم عثمان ……»: as many clauses as repeat it)
            return [first, *(parallel_blanks(second.strip()) or [second.strip()])]
        if normalize(head) in _RELATIVES:
            # («الصحابي اللي قدم ماله كله …… واللي قدم نص ماله ……»: the subject described
            # before the first relative is the second one's too)
            opening = [normalize(word) for word in words]
            relative = next((i for i, w in enumerate(opening) if w in _RELATIVES), None)
            if relative is None or relative == 0:
                return None
            return [first, " ".join([*words[:relative], second.strip()])]
        return None
    return None


def without_a_told_clause(sentence: str) -> str | None:
    """«قدم أبو بكر …… وعمر قدم نصف ماله»: one blank, then a clause after «و» that repeats
    the sentence's opening verb with no blank of its own tells another one's part as an
    example; the blank's clause alone is what is asked (None when there is no such clause).
    Read whole, the sentence names both givers and is completed with the donations fact."""
    if sentence.count(BLANK) != 1:
        return None
    words = sentence.split()
    verb = normalize(words[0]) if words else ""
    first_blank = sentence.index(BLANK)
    for joint in _AND.finditer(sentence, first_blank):
        told = sentence[joint.end() :]
        if BLANK not in told and verb in normalize(told).split():
            return sentence[: joint.start()].rstrip(" ،,")
    return None


def clause_parts(part: Part) -> list[Part]:
    """A sentence to complete of two parallel clauses as two parts, one that tells another
    clause as an example as its blank's clause; any other part as it is."""
    if part.form is not Form.BLANK:
        return [part]
    clauses = parallel_blanks(part.text)
    if clauses is None:
        asked = without_a_told_clause(part.text)
        return [part] if asked is None else [dataclasses.replace(part, text=asked)]
    return [
        Part(Form.BLANK, clause, clause, marked=part.marked, own_line=not index)
        for index, clause in enumerate(clauses)
    ]
