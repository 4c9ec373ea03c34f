"""The asker's own talk around an English question: greetings, apologies, thanks, and what the
asker tells of themselves («my teacher gave us homework and I'm stuck»).

Real messages wrap the question in such clauses, often with no capital letter or question mark
to mark where the question starts. A clause made only of the asker's talk says nothing about
Tabuk; read with the question, its words («advance», «stuck») are unknown to every fact and turn
an answer into a question back. Only clauses at the message's start or end are dropped, only
when every word is talk of this kind, and never when the rest asks nothing.
"""

from __future__ import annotations

import re

from knowledge.emoji_ranges import PICTOGRAPHS, SYMBOLS
from knowledge.english_emoji import emoji_bullets, emoji_letters
from knowledge.english_lexicon import GREETING_WORDS, STOPWORDS, WH_WORDS
from knowledge.english_reporters import without_reporter
from knowledge.english_verdict_lists import MARK_PAIR

# Words of greeting, apology, thanks and the asker's circumstances. A clause of nothing else
# names no fact: no person, place, deed or number of the text is among them.
_TALK = frozenset(
    """
    i i'm im i've ive i'd id me my mine myself we we're our us you you're ur u your yourself
    am is are was were be been have has had do does did didn't dont don't doesn't can't cant
    not no a an the this that it it's its and or but so just really very too also still
    hi hello hey hiya salam salaams greetings everyone everybody all guys folks friends friend
    peace upon blessings jazakallah jazakallahu jazak allah khair khairan khayr kheir barakallah
    thanks thank thx ty tysm advance much lot sorry apologies apologise apologize bother
    bothering disturb disturbing disturbance trouble troubling excuse interrupt interrupting
    quick q qs small simple short one question questions query doubt ask asking asked wondering
    wonder curious hope hoping well fine doing good day morning evening night tonight today
    yesterday tomorrow now here again
    teacher teachers sir miss ustadh ustaz imam sheikh shaykh class classmates school madrasa
    madrasah masjid homework assignment project test exam exams quiz revision revising study
    studying islamiyat islamiat islamic studies notes book worksheet essay paper papers level
    levels gcse igcse preparing prepare
    kid kids son daughter children child little younger older brother sister mom mum dad
    mother father family wife husband cousin
    stuck confused lost unsure sure know knew understand remember forgot forget find found
    need needed want wanted help helping please pls plz kindly appreciated appreciate grateful
    gave give given got get us to for of in on at with about from by
    finishing finish finished writing reading going through part bit chapter lesson
    beautiful amazing lovely moving inspiring interesting fascinating touching love loved
    """.split()
)

# A clause at the start, ended by a comma, colon, full stop, «!», «;» or a spaced dash.
_LEADING_CLAUSE = re.compile(r"^\s*([^,.:;!?\n]+?)\s*(?:[,.:;!]+|\s-+|\s–)\s+")
# Thanks at the end («... JazakAllah khair», «... thanks in advance»).
_TRAILING_THANKS = re.compile(
    r"[\s,.!-]*\b(?:(?:jazak\s*allah\w*|jzk)(?:\s*(?:khair\w*|khayr\w*))?|thanks?(?:\s+you)?|thx|"
    r"ty)(?:\s+(?:in\s+advance|so\s+much|a\s+lot|very\s+much|bro|brother|sister|sir|"
    r"everyone|all|guys))*[\s.!]*$",
    re.IGNORECASE,
)
# A channel's call to answer, on the last line: «comment your answer 👇», «reply below».
_CALL_TO_ANSWER = re.compile(
    r"\n[^\S\n]*\W*(?:comment|reply|write|drop|post|answer)\b[^\n]{0,30}?\b(?:answers?|below|"
    r"comments?|here)\b[^\w\n]*$",
    re.IGNORECASE,
)
# A channel's contest note closing the post, in brackets (en70): «(best answer gets pinned 📌)»,
# «(winner gets a shoutout)», «[first correct answer wins a prize]»: it asks nothing, and its
# words («pinned», «best») are none of the text's.
_CONTEST_NOTE = re.compile(
    r"\s*[(\[][^()\[\]\n]*\b(?:pinned|pin|shout-?outs?|winners?|wins|prizes?|giveaway|"
    r"featured)\b[^()\[\]\n]*[)\]][^\w\n]*$",
    re.IGNORECASE,
)
# Smileys and emoji between the talk and the question («hope you're fine :) what …»).
_EMOTICON = re.compile(rf"(?<!\w)[:;]-?[()DPp](?!\w)|[{PICTOGRAPHS}{SYMBOLS}]")


def _words(text: str) -> list[str]:
    return re.findall(r"[a-z']+|\d+", text.lower())


# The asker's own answer that was marked wrong («I answered Abu Bakr and they marked me
# wrong», «my answer was Abu Bakr but it was wrong»): the name in it is what is not asked.
_WRONG_GUESS = re.compile(
    r"\b(?:(?:i|we)\s+(?:answered|said|wrote|put|chose|picked|guessed)|my\s+answer\s+was)\s+"
    r"[^.?!\n]{1,60}?\s*,?\s+(?:and|but)\s+(?:they|the\s+\w+|my\s+\w+|he|she|it)\s+"
    r"(?:marked|said|told|was\s+marked|was|got\s+marked)\s+(?:me\s+|it\s+|us\s+)?"
    r"(?:was\s+)?(?:wrong|incorrect|false)\b[^.?!\n]*[.!]?\s*",
    re.IGNORECASE,
)


def is_talk(clause: str) -> bool:
    """Is the clause only the asker's greeting, apology, thanks or circumstances?"""
    words = _words(clause)
    if not words or any(w.isdigit() for w in words) or set(words) & WH_WORDS:
        return False
    return all(w in _TALK or w in GREETING_WORDS for w in words)


# A web page's title pasted whole: «Treaties made at Tabuk | Islamic History Homework Help»;
# after the one «|», a site's name in title case, which asks nothing. (Three words at least:
# «Who led the army | Abu Bakr» is a guess after the question.)
_SITE_NAME = re.compile(
    r"\s+\|\s+(?:[A-Z0-9][\w'&.-]*)(?:\s+(?:[A-Z0-9][\w'&.-]*|of|and|for|the|&)){2,7}\s*$"
)


def drop_talk(text: str) -> str:
    """The message without the asker's talk at its start and end, when a question remains."""
    rest = _CONTEST_NOTE.sub("", _CALL_TO_ANSWER.sub("", text.rstrip()))
    if rest.count("|") == 1:
        rest = _SITE_NAME.sub("", rest)
    rest = MARK_PAIR.sub("true or false", rest)
    rest = _WRONG_GUESS.sub(" ", _EMOTICON.sub(",", emoji_bullets(emoji_letters(rest))))
    while True:
        match = _LEADING_CLAUSE.match(rest)
        if match is None or not is_talk(match.group(1)):
            break
        rest = rest[match.end() :]
    thanks = _TRAILING_THANKS.search(rest)
    if thanks is not None and thanks.start() > 0:
        rest = rest[: thanks.start()]
        if text.rstrip().endswith("?") and not rest.rstrip().endswith("?"):
            rest = f"{rest.rstrip()}?"
    rest = rest.strip()
    if not rest or is_talk(rest) or not (set(_words(rest)) - STOPWORDS - GREETING_WORDS):
        return text  # nothing but talk: the message is read as it is
    return rest


# A chat question about a claim, asked by a tag after it («umar gave all his wealth, right?»,
# «..., is that true?», «... true or not?»): the claim is a true/false statement.
# The asker's doubt is a tag too («That's not true, right?»: the claim is what is checked),
# and so are the chat forms «cap or true?», «true or cap?» (cap: a lie) and «was that really
# the case?»; «Agree or disagree?», «Rebuttal?» after a motion or a claim; «…, or have I
# misheard?» after the tag.
_CONFIRM_TAG = re.compile(
    r"[\s,.;:—–-]*\b(?:(?:that|it)(?:'?s|\s+is)\s+not\s+(?:true|right|correct)(?:\s*,?\s*"
    r"(?:right|is\s+it|yeah))?|cap\s+or\s+(?:true|facts?|nah)|(?:true|facts?)\s+or\s+cap|"
    # «fact or fake?», «real or fake?»: a post's claim checked.
    r"(?:facts?|true|real)\s+or\s+(?:fake|myth|fiction)|fake\s+or\s+(?:real|true|facts?)|"
    r"right|correct|true|yes|yeah|no|(?:is|was)n'?t\s+it|(?:did|does|were|was)n'?t"
    r"\s+(?:he|they|it|she)|(?:is|was)\s+(?:that|this|it)\s+(?:really\s+|actually\s+)?(?:so|right|true|"
    r"correct|the\s+case)|am\s+i\s+right|(?:true|right|correct)\s+or\s+(?:not|wrong|false|"
    r"incorrect)"
    # «… — was that actually the case?», «is that accurate?»
    r"|(?:is|was)\s+(?:that|this|it)\s+(?:really\s+|actually\s+)?(?:the\s+case|accurate)"
    # A debate's motion: «Tabuk was fought against the Persians. Agree or disagree?».
    r"|agree\s+or\s+disagree|rebuttal)"
    # The asker doubting their own ears or memory: «Is that right, or have I misheard?».
    r"(?:\s*,?\s*or\s+(?:have|did|am|do)\s+i\s+(?:misheard|mishear|misremember(?:ed|ing)?|"
    r"remember(?:ed|ing)?\s+(?:it\s+)?wrong(?:ly)?|heard\s+(?:it\s+)?wrong(?:ly)?|get\s+it\s+wrong|"
    r"got\s+it\s+wrong|mix(?:ed|ing)?\s+(?:it|them|things)\s+up|wrong|mistaken))?"
    r"(?:\s+(?:bro|brother|sister|sir))?\s*\?*\s*$",
    re.IGNORECASE,
)


def tagged_claim(text: str) -> str | None:
    """The claim before a confirmation tag, without who reported it; None without a tag.

    A bare «right?» after a question («who led Tabuk, right?») still leaves a question: the
    caller reads the claim as a statement only if it is one."""
    tag = _CONFIRM_TAG.search(text)
    if tag is None or tag.start() == 0:
        return None
    claim = text[: tag.start()].strip()
    return without_reporter(claim, tagged=True) or None


# «did the speaker get it right that Umar gave half his wealth?», «is my teacher correct that …»:
# a question whether someone's claim is right is a true/false statement of the claim.
_RIGHT_THAT = re.compile(
    r"(?:^|(?<=[:;,.]))\W*(?:did|was|is|were)\s+(?:the\s+|my\s+|our\s+|your\s+)?\w+\s+"
    r"(?:get\s+it\s+right|(?:really\s+)?(?:right|correct))\s+(?:that|when\s+(?:he|she|they)\s+"
    r"said(?:\s+that)?)\s+(?P<claim>[^?]+?)\s*\?*\s*$",
    re.IGNORECASE,
)


def claim_asked_right(text: str) -> str | None:
    """The claim a «did the speaker get it right that …?» question asks about, if it is one."""
    match = _RIGHT_THAT.search(text)
    return match.group("claim").strip() if match else None
