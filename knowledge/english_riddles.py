"""English riddles: «I was the ruler of Dumat al-Jandal … Who am I?».

A riddle speaks as the one it asks about. Read as it stands, its description is a set of
statements and whoever's fact shares most words answers it (the mission to Dumat al-Jandal for
its ruler). Turned into the question it asks («Who was the ruler of Dumat al-Jandal and …?»)
the question word says what kind of thing is asked, and the usual rules decide.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping

from knowledge.english_decision import Scored

# The riddle's own question at its end: «Who am I?», «Which battle am I?», «What is my name?».
_ASKS = re.compile(
    r"[\s.,;:!-]*\b(?:(?P<who>who)\s+(?:am\s+i|are\s+we)|(?P<what>what)\s+(?:am\s+i|are\s+we)|"
    r"(?:which|what)\s+(?P<kind>[a-z]+)\s+(?:am\s+i|are\s+we)|"
    r"(?P<name>what\s+(?:is|was)\s+my\s+name|what\s+are\s+our\s+names|name\s+me)|"
    r"(?P<guess>guess\s+who(?:\s+i\s+am)?))\s*\?*\s*$",
    re.IGNORECASE,
)
# The riddle's question put first: «Who am I? I was the chief of Dumat al-Jandal …».
_ASKS_FIRST = re.compile(
    r"^\W*(?:(?:riddle|puzzle)\s*[:\-–]+\s*)?(?P<ask>(?:who|what)\s+(?:am\s+i|are\s+we)"
    r"|(?:which|what)\s+[a-z]+\s+(?:am\s+i|are\s+we)|what\s+(?:is|was)\s+my\s+name"
    r"|guess\s+who(?:\s+i\s+am)?)\s*[?!:.\-–]+\s*(?P<rest>\S.*)$",
    re.IGNORECASE | re.DOTALL,
)
# «Riddle:», «Guess the battle -»: a label before the description; so is any heading of up to
# three words before a colon or a spaced dash that does not speak as «I» («Brain teaser:»,
# «Quiz night riddle –»: it was read as the start of the description, «Which month was Brain
# teaser: is the month …?», and its unknown words left the riddle asked back).
_LABEL = re.compile(
    r"^\W*(?:(?:riddle|puzzle|guess(?:\s+the\s+\w+)?)\s*[:\-–]+"
    r"|(?!(?:i|we|my|our|me|us)\b)[a-z]+(?:\s+(?!(?:i|we|my|our|me|us)\b)[a-z]+){0,2}"
    r"\s*(?::|\s[-–—]+\s))\s*",
    re.IGNORECASE,
)
_FIRST_PERSON = re.compile(r"\b(?:i|me|my|we|us|our)\b", re.IGNORECASE)
# The speaker turned into the one spoken of («I was» → «was», «my» → «his»).
_SWAPS = (
    (re.compile(r"\bi\s+am\b", re.IGNORECASE), "is"),
    (re.compile(r"\bi'm\b", re.IGNORECASE), "is"),
    (re.compile(r"\bwe\s+are\b", re.IGNORECASE), "are"),
    (re.compile(r"\b(?:i|we)\b\s*", re.IGNORECASE), ""),
    (re.compile(r"\bmy\b", re.IGNORECASE), "his"),
    (re.compile(r"\bme\b", re.IGNORECASE), "him"),
    (re.compile(r"\bmyself\b", re.IGNORECASE), "himself"),
    (re.compile(r"\bour\b", re.IGNORECASE), "their"),
    (re.compile(r"\bus\b", re.IGNORECASE), "them"),
)
# «is a battle before Tabuk where …»: the kind of thing the speaker says it is.
_KIND = re.compile(r"^(?:is|was|are|were)\s+(?:a|an|the)\s+([a-z]+)\b\s*", re.IGNORECASE)


def ask_last(text: str) -> str:
    """A riddle that asks first («Who am I? I was the chief of …») told the usual way round,
    its question after the description; any other message as it is."""
    first = _ASKS_FIRST.match(text)
    if first is None:
        return text
    rest = first.group("rest").strip()
    if "?" in rest or _ASKS.search(rest):
        return text
    if not _FIRST_PERSON.search(rest) and not _DESCRIBED.match(rest):
        # A description speaks as «I», or names what «I» am («What am I? The tax Dumat
        # al-Jandal agreed to pay»); anything else after «Who am I?» is no riddle.
        return text
    return f"{rest.rstrip(' .')}. {first.group('ask')}?"


# «What am I? The tax …», «Who am I? A companion who …»: what «I» am, named by a noun phrase.
_DESCRIBED = re.compile(r"^(?:the|a|an)\s+\w+", re.IGNORECASE)
# Other ways a riddle ends that ask the same: «Who was I?», «Name me.».
_WHO_WAS = re.compile(r"\bwho\s+(?:was\s+i|were\s+we)\s*[?!.]*\s*$", re.IGNORECASE)
_NAME_ME = re.compile(r"\b(?:can\s+you\s+)?name\s+(?:me|us)\s*[?!.]*\s*$", re.IGNORECASE)
# «I gave …», «I led …»: the speaker did something (a person), not «I am/was the army …».
_DOER = re.compile(r"\b(?:i|we)\s+(?!am\b|was\b|were\b|are\b|'m\b)[a-z]+", re.IGNORECASE)
# «I was a town …», «I am the tax …»: the speaker says what it is.
_BEING = re.compile(r"\b(?:i|we)\s+(?:am|was|were|are|'m)\b", re.IGNORECASE)


def plain_ask(text: str) -> str:
    """A riddle's closing question in its plain form: «Who was I?» → «Who am I?»; «Name me.»
    → «Who am I?» when the speaker did something («I gave 950 camels … Name me.»: a deed's
    doer is asked, not a name the army was given). Any other message as it is."""
    was = _WHO_WAS.search(text)
    if was is not None:
        plural = re.search(r"\bwe\b", was.group(0), re.IGNORECASE)
        return text[: was.start()] + ("Who are we?" if plural else "Who am I?")
    name = _NAME_ME.search(text)
    if name is not None and _DOER.search(text[: name.start()]):
        plural = re.search(r"\bus\b", name.group(0), re.IGNORECASE)
        return text[: name.start()] + ("Who are we?" if plural else "Who am I?")
    if name is not None and _BEING.search(text[: name.start()]):
        # «I was a town on the coast that made a treaty … Name me.»: what «I» was is asked,
        # as a whole riddle, not «Name me.» alone read with the story before it.
        plural = re.search(r"\bus\b", name.group(0), re.IGNORECASE)
        return text[: name.start()] + ("What are we?" if plural else "What am I?")
    return text


# A riddle quoted whole after a short lead («Riddle card 🃏 'I was spared … Who am I?'», «My
# teacher's riddle: "I gave half my wealth. Who am I?"»): the quotation is the riddle; read
# with its quote marks the riddle's own question was not found.
_QUOTED_RIDDLE = re.compile(
    r"^(?:[^'\"“‘?\n]|(?<=\w)'(?=\w)){0,60}?['\"“‘](?P<body>[^\"“”]+?\b(?:am\s+i|are\s+we|my\s+name|guess\s+who)\s*\?*)"
    r"\s*['\"”’]\s*[.!]?\s*$",
    re.IGNORECASE | re.DOTALL,
)


# A riddle quoted without its question, which follows the quotation («Starter riddle for my
# class, can you check it? 'I was called in the heat of summer … I ended without a battle.'
# Which expedition am I?», en62): the asker's words before it, a question of their own among
# them, were read as the riddle's description. The opening mark stands before a word, not
# inside one («teacher's»).
_QUOTED_THEN_ASKED = re.compile(
    r"(?<!\w)['\"“‘](?P<body>[^\"“”]{20,}?)['\"”’]\s*[.!]?\s*"
    r"(?P<ask>[^'\"“”‘’\n.?!]{0,40}\b(?:am\s+i|are\s+we)\s*\?*)\s*$",
    re.IGNORECASE | re.DOTALL,
)


def riddle_question(text: str) -> str | None:
    """The question a first-person riddle asks, or None when the message is no riddle."""
    quoted = _QUOTED_RIDDLE.match(text.strip())
    asked_after = _QUOTED_THEN_ASKED.search(text.strip()) if quoted is None else None
    if quoted is not None:
        text = quoted.group("body")
    elif asked_after is not None and _FIRST_PERSON.search(asked_after.group("body")):
        text = f"{asked_after.group('body').strip()} {asked_after.group('ask').strip()}"
    asks = _ASKS.search(text)
    if asks is None:
        return None
    description = _LABEL.sub("", text[: asks.start()]).strip(" \n.,;:-")
    first = _ASKS_FIRST.match(description)
    if first is not None:
        # «Who am I? 🤔 I gave 950 camels … Who am I?»: asked at both ends, once is the question.
        description = first.group("rest").strip(" \n.,;:-")
    if not description or not _FIRST_PERSON.search(description):
        return None
    sentences = [s.strip(" ,;") for s in re.split(r"[.;!\n]+\s*", description) if s.strip(" ,;")]
    said = " and ".join(sentences)
    for pattern, replacement in _SWAPS:
        said = pattern.sub(replacement, said)
    said = " ".join(said.split())
    kind = _KIND.match(said)
    if asks.group("kind"):
        return _which(asks.group("kind"), said[kind.end() :] if kind else said)
    if asks.group("name"):
        rest = re.sub(r"^(?:is|was|are|were)\s+", "", said, flags=re.IGNORECASE)
        return f"What is the name of {rest}?"
    if asks.group("what") and kind is not None:
        return _which(kind.group(1), said[kind.end() :])
    if kind is not None and re.match(r"(?:who|that)\s", said[kind.end() :], re.IGNORECASE):
        # «I was the companion who gave half my wealth»: which companion is asked.
        return _which(kind.group(1), said[kind.end() :])
    word = "What" if asks.group("what") else "Who"
    return f"{word} {said}?"


def _which(kind: str, rest: str) -> str:
    """«Which place made peace …?» from «a place that made peace …», «Which battle was before
    Tabuk …?» from «a battle before Tabuk …»."""
    relative = re.match(r"(?:that|who|which)\s+", rest, re.IGNORECASE)
    if relative is not None:
        return f"Which {kind.lower()} {rest[relative.end() :]}?"
    if re.match(r"(?:whose|where|when)\b", rest, re.IGNORECASE):
        return f"Which {kind.lower()} {rest}?"
    return f"Which {kind.lower()} was {rest}?"


def own_part(
    ranking: list[Scored],
    part_of: Mapping[str, tuple[str, ...]],
    owned: Callable[[str], bool],
    margin: float,
) -> Scored | None:
    """«I gave half of my wealth for the army of hardship. Who am I?»: the fact of all the
    gifts and Umar's own lead together. One person is asked, so the whole (nobody's own)
    gives way to the part that is one person's own, when it leads every other such part by
    `margin` and only its wholes score above it (knowledge/data/tabuk.json «part_of»)."""
    own = [s for s in ranking if owned(s.fact.id)]
    if not own or own[0].unexplained:
        return None
    best = own[0]
    above = [s for s in ranking if s.score > best.score]
    if any(s.fact.id not in part_of.get(best.fact.id, ()) for s in above):
        return None
    runner = own[1].score if len(own) > 1 else 0.0
    return best if best.score - runner >= margin else None
