"""Who reported a claim, and where it was heard, cut from the claim (issue 17 statements).

«At the start of the video the presenter said Tabuk was in Ramadan, true?», «In the lecture
they said …», «My Islamiyat teacher said …», «I watched a reel that said …»: the reporter and
the setting (a talk, a lesson, a book, a post) are no part of what is claimed. Read with the
claim, their words («video», «presenter») are unknown to every fact and turn a verdict into a
question back.
"""

from __future__ import annotations

import re

# Talk, teaching and media a claim is heard or read in. A setting names no fact of the text:
# none of these words is a person, place, deed or number of Tabuk.
_SETTING_WORDS = (
    r"(?:video|vid|clip|reel|short|tiktok|youtube|yt|instagram|insta|lecture|talk|khutbah|khutba|"
    r"khutbas|sermon|halaqa|halaqah|dars|class|lesson|seminar|webinar|session|course|podcast|"
    r"episode|show|programme|program|documentary|docu|film|movie|series|book|textbook|notes|"
    r"slides|worksheet|article|post|website|site|blog|thread|chat|group|gc|masjid|mosque|madrasa|"
    r"madrasah|school|news|channel|stream|livestream|radio)s?"
)
# A determiner or a possessive before a setting («the», «my», «yesterday's»).
_DET = r"(?:(?:the|a|an|my|our|this|that|his|her|their|your|one|some|[\w-]+'s)\s+)"
# A setting with up to two words before its noun («the Friday khutbah», «a YouTube video»,
# «the seerah podcast») and a number after it («episode 14»).
_SETTING = rf"(?:{_DET}?(?:[\w'-]+\s+){{0,2}}?{_SETTING_WORDS}(?:\s+\d+)?)"
# A point inside a setting: «the start of», «the last part of», «episode 4 of», «minute 12 of».
_WITHIN = (
    rf"(?:{_DET}?(?:\w+\s+)?(?:start|beginning|end|middle|part|half|bit|section|intro|"
    r"introduction|episode|chapter|minute|lesson)(?:\s+\d+)?\s+(?:of|in)\s+)"
)
# Where it was heard: a setting, or (as before) any one word with a possessive before it
# («in yesterday's halaqa», «in the gc», «in episode 14»).
HEARD_IN = (
    rf"(?:(?:in|at|on|during|from|over)\s+{_WITHIN}?(?:{_SETTING}|{_DET}?\w+"
    r"(?:\s+(?:chat|class|lecture|video|group|\d+))?))"
)
# The verbs of a report.
_SAID = (
    r"(?:says|said|told\s+(?:me|us)|tells\s+(?:me|us)|taught\s+(?:me|us)|thinks|claims|claimed|"
    r"mentioned|mentions|explained|stated|states|(?:was|is|kept)\s+saying)"
)
# Who reports: a teacher, a speaker, a book or a setting itself («the video says»), with up to
# two words before the noun («my Islamiyat teacher», «the guest speaker»).
_REPORTER_NOUNS = (
    r"(?:teacher|sir|miss|madam|ustadh|ustaz|ustad|ustadha|imam|sheikh|shaikh|shaykh|scholar|"
    r"mufti|speaker|lecturer|presenter|host|narrator|guest|preacher|tutor|professor|prof|"
    rf"instructor|friend|author|writer|{_SETTING_WORDS})"
)
# Reporters no claim about Tabuk opens with: the asker, a teacher, a speaker, a book, a
# setting, a crowd.
_KNOWN_REPORTER = re.compile(
    rf"^\W*(?:{HEARD_IN}\s*,?\s+)?(?:"
    # «I remember the lecturer saying …», «I heard my teacher say …»: the asker recalls it.
    rf"i\s+(?:remember|recall|remembered|recalled|heard)\s+(?:my|our|a|the|this|that)\s+"
    rf"(?:[\w'-]+\s+){{0,2}}?{_REPORTER_NOUNS}(?:\s+{HEARD_IN})?\s+(?:saying|say|mentioning|"
    rf"mention|explaining|telling\s+(?:me|us)|tell\s+(?:me|us))(?:\s+{HEARD_IN})?"
    rf"|i\s+(?:heard|read|think|thought|believe|was\s+told|"
    rf"wrote|said|saw|learned|learnt)(?:\s+{HEARD_IN})?"
    # «I remember the lecturer saying …», «I recall reading that …»: the asker's memory of a
    # report (en62).
    rf"|i\s+(?:(?:can\s+)?remember|recall)\s+(?:(?:hearing|reading|being\s+told|learning)"
    rf"(?:\s+{HEARD_IN})?|(?:my|our|a|the|this|that)\s+(?:[\w'-]+\s+){{0,2}}?{_REPORTER_NOUNS}"
    rf"(?:\s+{HEARD_IN})?\s+(?:saying|telling\s+(?:me|us)|mentioning|explaining|say|said))"
    # «I watched a video that said …», «I saw a reel where the speaker said …»
    rf"|i\s+(?:watched|saw|read|heard|listened\s+to)\s+{_SETTING}\s+(?:that|which|where)\s+"
    rf"(?:(?:the\s+\w+|he|she|they|someone)\s+)?{_SAID}"
    # «Saw a post claiming …», «I read an article saying …»: the setting reports.
    rf"|(?:i\s+)?(?:saw|seen|read|watched|found|came\s+across)\s+{_SETTING}\s+"
    r"(?:claiming|saying|stating|that\s+says|that\s+said|that\s+claims)"
    rf"|(?:my|our|a|the|this|that)\s+(?:[\w'-]+\s+){{0,2}}?{_REPORTER_NOUNS}(?:\s+{HEARD_IN})?"
    rf"\s+{_SAID}(?:\s+{HEARD_IN})?"
    # «Documentary said …», «Teacher says …»: the reporter alone, its article dropped as
    # chat and German or Turkish speakers' English drop it (en73).
    rf"|{_REPORTER_NOUNS}\s+{_SAID}(?:\s+{HEARD_IN})?"
    # «I was listening to a seerah podcast on my commute and the host said …»: the asker's
    # setting, then its speaker.
    rf"|(?:i\s+was\s+|i'?m\s+|was\s+)?(?:listening\s+to|watching|reading|attending|at|in)\s+"
    rf"{_SETTING}(?:\s+[\w'-]+){{0,5}}?\s*,?\s+and\s+(?:the|my|our|a|this)\s+(?:[\w'-]+\s+){{0,2}}?"
    rf"{_REPORTER_NOUNS}\s+{_SAID}"
    rf"|(?:ppl|people|everyone|some\s+(?:ppl|people)|guys)(?:\s+{HEARD_IN})?\s+(?:are\s+)?"
    rf"(?:saying|say|said|claiming|claim)|(?:someone|somebody)\s+(?:says|said|told\s+(?:me|us)))"
    r"\s+(?:that\s+)?",
    re.IGNORECASE,
)
# Anyone who «said» before a tag («…, right?», «the brother in the halaqa said …, right?»):
# «The Prophet said …» may be the claim itself
# in an exam statement, so this reading is taken only with a tag asking about the claim.
_ANY_REPORTER = re.compile(
    rf"^\W*(?:{HEARD_IN}\s*,?\s+)?(?:my|our|a|the)\s+\w+(?:\s+{HEARD_IN})?\s+(?:says|said|told\s+(?:me|us)|"
    rf"thinks|claims|claimed|mentioned)(?:\s+{HEARD_IN})?\s+(?:that\s+)?",
    re.IGNORECASE,
)
# After a setting, a pronoun reports too («In the lecture they said …», «In my book it says
# …», «In the video he said …»); without one, «They said …» may be the hypocrites speaking.
_SET_PRONOUN = re.compile(
    rf"^\W*{HEARD_IN}\s*,?\s+(?:they|he|she|it|someone|somebody)\s+{_SAID}"
    rf"(?:\s+{HEARD_IN})?\s+(?:that\s+)?",
    re.IGNORECASE,
)


# Where a quoted claim was found, as a short label before a colon and the quotation
# («Moulana's quiz: 'Abu Bakr gave half his wealth'», «checking my flashcards: '…'»): the label
# names the quiz or the card, not the text; the quotation is the claim. A label holding a verb
# of saying («The Prophet said: '…'») is the claim's own speaker and stays. An apostrophe
# between two letters inside the quotation («'Umar's gift …'») is a word's, not its end.
_QUOTE_LABEL = re.compile(
    r"^\W*(?P<label>(?:[\w'’-]+\s+){0,3}[\w'’-]+)\s*:\s*['‘\"“]"
    r"(?P<quote>(?:[^'’\"”]|(?<=\w)['’](?=\w)){12,})['’\"”]\W*$"
)
_LABEL_SAYING = re.compile(
    r"\b(?:say|says|said|saying|ask|asks|asked|told|tell|tells|wrote|replied|declared|"
    r"announced|called|recited|revealed|narrated|reported)\b",
    re.IGNORECASE,
)


def without_label(claim: str) -> str:
    """The quoted claim without the short label of where it was found, if it has one."""
    match = _QUOTE_LABEL.match(claim)
    if match is None or _LABEL_SAYING.search(match.group("label")):
        return claim
    return match.group("quote").strip()


def without_reporter(claim: str, *, tagged: bool = False) -> str:
    """The claim without who reported it or where it was heard; anyone who «said» counts as
    a reporter only in a claim a tag asks about (``tagged``)."""
    claim = without_label(claim)
    for pattern in (_SET_PRONOUN, _KNOWN_REPORTER, *((_ANY_REPORTER,) if tagged else ())):
        cut = pattern.sub("", claim, count=1)
        if cut != claim:
            return cut.strip() or claim
    return claim


# The asker's own words before a colon («quick check before I post this in the group chat:
# "…" Is that right?», «my notes say this, can you check:»): they speak of the asker and
# claim nothing; the claim follows the colon.
_ASKER_WORDS = frozenset("i i'm im me my we our us".split())


def after_askers_colon(claim: str) -> str | None:
    """The claim after a colon whose head is the asker's own talk, else None."""
    head, colon, rest = claim.rpartition(":")
    if not colon or not set(re.findall(r"[a-z']+", head.lower())) & _ASKER_WORDS:
        return None
    rest = rest.strip().strip("\"'“”‘’").strip()
    return rest or None
