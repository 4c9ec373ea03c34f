"""The kind of exercise named before a colon at the start of a line (issue 17, en52).

Quiz-night hosts, debate clubs, timeline worksheets and exam-paper collections head a question
or a claim with what kind of item it is: «Claim: Tabuk took place in Rajab of 8 AH. T/F»,
«Counter-claim: the Romans were massing troops … T/F», «Quick-fire: Abu Bakr gave all his
wealth. True?», «Chronology check: when was …?», «NECO IRS past question: significance of …»,
«Test q: Who was …?». The label names the exercise, not anything of the story: read with the
question, «claim», «chronology» or «neco» are words no fact knows (an answer becomes a question
back), and «counter» is even mended into «country». A label is taken off only when every word
of it is such a word (or a year or a number), so a topic before a colon («tabuk: when?») and a
reporter («The Prophet said: …») stay as they are.

Part of reading a message into parts (knowledge/english_forms.py).
"""

from __future__ import annotations

import re

# Words that name an exercise, a round of a quiz or debate, or an exam paper; never a word of
# the story.
LABEL_WORDS = frozenset(
    """
    claim claims counter counterclaim counterpoint counterargument motion rebuttal debate
    proposition opposition opponent opponents side
    quick another next final quickfire fire rapid rapidfire lightning speed buzzer round bonus
    pop warm up warmup starter
    trivia pub night tiebreak tiebreaker tie breaker level stage game r of no number
    chronology chronological timeline sequence sequencing order ordering
    check quiz test q qn ques question questions review revision recap drill practice mock
    past paper papers objective theory section part
    neco waec jamb ssce bece gce wassce nabteb utme irs crs ire
    """.split()
)
# At the start of a line: up to six words (hyphens, slashes, commas, «#» and digits allowed)
# and a colon; a quiz's numbering («Round 4 Question 1 - who …», «R2Q7 — …») may end in a dash.
_LEADING_LABEL = re.compile(
    r"^(?P<lead>[ \t]*)(?P<label>[A-Za-z][\w'’/#,. \t-]{0,50}?)[ \t]*"
    r"(?::|(?<=\d)[ \t]*[-–—]|[ \t]+[-–—](?=[ \t]))[ \t]*(?=\S)"
)
_MAX_LABEL_WORDS = 6
# A line that is only such a label, over the statements listed under it («Quick T/F:»).
_LABEL_LINE = re.compile(
    r"^(?P<lead>[ \t]*)(?P<label>[A-Za-z][\w'’/#,. \t-]{0,50}?)[ \t]*[:?]?[ \t]*$"
)
# The verdict a label may ask around its exercise words: «Quick T/F:», «Bonus true or false:»,
# «T/F for review:». Read with the claim, «quick», «bonus» or «review» are words no fact knows
# (the claim was asked back), and a pair after another word was no heading at all.
# The other pairs the forms read as a verdict's request (english_forms._TRUE_FALSE) are such
# pairs too: «Quick check, true or not:», «Bonus round, fact or myth:», «Review, agree or
# disagree:» (en72: the label's words were read with the claim and it was asked back).
_VERDICT_PAIR = re.compile(
    r"\b(?:true\s*(?:or|/|and|&)\s*false|t\s*(?:or|/)\s*f|right\s+or\s+wrong|"
    r"correct\s+or\s+(?:incorrect|wrong)|(?:correct|right|true)\s+or\s+not|"
    r"(?:facts?|true|real)\s+or\s+(?:myths?|fiction|fake)|(?:myths?|fake)\s+or\s+(?:facts?|real)|"
    r"agree\s+or\s+disagree)\b",
    re.IGNORECASE,
)
# Words that join a verdict pair to the exercise it is for («T/F for my quiz»).
_PAIR_JOINERS = frozenset("for my our the a an this your".split())


def _label_words(label: str) -> list[str]:
    return re.findall(r"[a-z]+|\d+", label.lower())


def _is_label(label: str) -> bool:
    words = _label_words(label)
    return (
        0 < len(words) <= _MAX_LABEL_WORDS
        and any(not w.isdigit() for w in words)
        and all(w in LABEL_WORDS or w.isdigit() for w in words)
    )


def _verdict_label(label: str) -> bool:
    """Is the label a verdict pair with exercise words around it («Quick T/F», «T/F for
    review»), not the pair alone (which the forms read as it is)?"""
    pair = _VERDICT_PAIR.search(label)
    if pair is None:
        return False
    rest = _label_words(label[: pair.start()] + " " + label[pair.end() :])
    return (
        0 < len(rest) <= _MAX_LABEL_WORDS
        and any(not w.isdigit() for w in rest)
        and all(w in LABEL_WORDS or w in _PAIR_JOINERS or w.isdigit() for w in rest)
    )


def _ends_right(match: re.Match[str]) -> bool:
    """A label ends with a colon; with a dash only when it numbers («Round 4 Question 1 -»):
    «Quick question - …» keeps its words."""
    return match.group().rstrip().endswith(":") or any(c.isdigit() for c in match.group("label"))


# A debate's two sides and the question which is right: «Claim: Tabuk was the Prophet's final
# expedition. Counter: no, Hunayn was. Who's right?». Whoever is right, the first claim's
# verdict answers it; the counter only denies it.
_CLAIM_AND_COUNTER = re.compile(
    r"^\W*claim\s*:\s*(?P<claim>[^\n]+?)[.!;,]?\s+counter[\w-]*\s*:\s*[^\n]+?[.!;,]?\s*"
    r"(?:who(?:'|’)?s|who\s+is|which(?:\s+one)?(?:'|’)?s|which(?:\s+one)?\s+is)\s+(?:right|correct)"
    r"\s*\?*\s*$",
    re.IGNORECASE,
)


def without_exercise_labels(text: str) -> str:
    """Each line without the exercise label before a colon at its start, if it has one."""
    debate = _CLAIM_AND_COUNTER.match(text.strip())
    if debate is not None:
        return f"{debate.group('claim')}. True or false?"
    lines = []
    for line in text.split("\n"):
        whole = _LABEL_LINE.match(line)
        if whole is not None and _verdict_label(whole.group("label")):
            lines.append(whole.group("lead") + "True or false:")
            continue
        match = _LEADING_LABEL.match(line)
        if match is not None and _is_label(match.group("label")) and _ends_right(match):
            line = match.group("lead") + line[match.end() :]
        elif (
            match is not None
            and match.group().rstrip().endswith(":")
            and _verdict_label(match.group("label"))
        ):
            # «Quick T/F: …» is «True or false: …»: the exercise words go, the pair stays.
            line = match.group("lead") + "True or false: " + line[match.end() :]
        lines.append(line)
    return "\n".join(lines)
