"""The forms of an English message: several questions, true/false, pasted options, blanks.

A message is cut into parts (numbering, question marks, «and who ...»: english_pieces.py), a
preamble that asks nothing is set aside, and each part keeps its form. Settling a true/false
statement or choosing an option is done against the chosen fact's English answer only.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from enum import StrEnum

from knowledge.english_asking import (
    CLAIM_VERBS,
    HEADING_WORDS,
    NUMBERED,
    QUESTION_WORDS,
    is_statement,
    piece_asks,
    question_tail,
    words_in,
)
from knowledge.english_blanks import BLANK, FILL_LEAD
from knowledge.english_claim_tail import claim_before_comment
from knowledge.english_courtesy import claim_asked_right, drop_talk, tagged_claim
from knowledge.english_crossword import clue_question
from knowledge.english_dictation import spoken_punctuation
from knowledge.english_each import each_parts
from knowledge.english_emoji import EMOJI_MARK
from knowledge.english_furniture import (
    one_command,
    without_course_references,
    without_lesson_aims,
)
from knowledge.english_joins import listed_items_ask
from knowledge.english_labels import without_exercise_labels
from knowledge.english_lettered_options import lettered_options
from knowledge.english_lexicon import (
    COMMAND_WORDS,
    CONTRADICTIONS,
    GREETING_WORDS,
)
from knowledge.english_listed_questions import items_ask
from knowledge.english_passages import without_passage
from knowledge.english_pieces import (
    MARK,
    PLEA_ABOUT_WORDS,
    PLEA_WORDS,
    attach_instructions,
    behind_pleas,
    cut_pieces,
    scene_first,
)
from knowledge.english_prompts import without_prompt_framing
from knowledge.english_quiz_cards import card_front
from knowledge.english_reporters import after_askers_colon, without_reporter
from knowledge.english_riddles import riddle_question
from knowledge.english_study_tails import without_study_tail
from knowledge.english_verdict_lists import verdict_heading
from knowledge.tuning import EN_HEADING_ITEM_MAX_WORDS, EN_MAX_PARTS, EN_TOPIC_MAX_WORDS

# At most this many parts of one message are answered; the reply says when there were more.
MAX_PARTS = EN_MAX_PARTS


class Form(StrEnum):
    """How a part asks."""

    QUESTION = "question"
    TRUE_FALSE = "true_false"
    CHOICE = "choice"
    FILL = "fill"
    # «Which expedition am I?»: a description, read whole (knowledge/english_expeditions.py).
    RIDDLE = "riddle"


@dataclass(frozen=True, slots=True)
class Part:
    """One question of a message, with its form and pasted options."""

    text: str
    form: Form = Form.QUESTION
    options: tuple[str, ...] = ()
    labels: tuple[str, ...] = ()
    # The second half of «Compare A with B» asks what the first asks, about B.
    inherits: bool = False
    # That second half: the comparison is one question with the first half.
    compares: bool = False


@dataclass(frozen=True, slots=True)
class Split:
    """A message cut into parts; `more` counts parts left unanswered beyond MAX_PARTS."""

    parts: tuple[Part, ...]
    more: int = 0
    preamble: str = ""


# A reading test's third answer after the pair: «True, False or Not Given», «T/F/NG». Its «not»
# is no denial of the claim (en72: read as one, «True, False or Not Given: Umar gave half his
# wealth» was «False»); the reply says so when the text does not settle the claim.
_NOT_GIVEN = r"(?:\s*(?:,|/|or)\s*(?:or\s+)?(?:not\s+(?:given|stated|mentioned)|ng)\b)?"
_TRUE_FALSE = re.compile(
    # («Please mark true or false:», «Answer with True or False only:»: en72)
    r"^\W*(?:(?:please|kindly|pls|plz)\s+)?"
    r"(?:(?:state|mark|say|write|tick|circle|indicate|decide|answer\s+with|reply\s+with)\s+"
    r"(?:whether\s+)?(?:(?:the\s+)?(?:following\s+)?"
    r"(?:is|are|statements?\s+(?:is|are))\s+)?)?(?:(?:true|t)\s*(?:or|/|and|,)\s*(?:f\w*)"
    + _NOT_GIVEN
    + r"|right\s+or\s+wrong|correct\s+or\s+incorrect"
    r"|write\s+t\s+for\s+true\s+and\s+f\s+for\s+false"
    # «Correct or not: …», «Yes or no: …», «Fact or myth: …»: the request's «not», «no» or
    # «myth» is no denial of the claim after it (read as one, «Yes or no: Tabuk was his last
    # expedition» was «False»).
    r"|(?:correct|right|true|accurate)\s+or\s+(?:not|wrong|false|incorrect|inaccurate)"
    r"|yes\s+or\s+no"
    r"|(?:facts?|true|real)\s+or\s+(?:myths?|fiction|fake)|(?:myths?|fake)\s+or\s+(?:facts?|real)"
    # «Am I right that …?», «Is it a fact that …?», «Isn't it true that …?», «Is it correct to
    # say that …?»: a claim put for checking, as «Is it true that …?» is.
    r"|am\s+i\s+(?:right|correct)\s+(?:in\s+(?:saying|thinking)\s+)?that(?=\s+\w)"
    r"|(?:is\s+it|would\s+it\s+be)\s+(?:a\s+fact|accurate|(?:true|correct|right|accurate)\s+to\s+say)"
    r"\s+that(?=\s+\w)|(?:isn'?t\s+it|is\s+it\s+not)\s+(?:true|correct|right)\s+that(?=\s+\w)"
    # «Is it true that ...?», «State whether the following is correct: ...».
    r"|is\s+it\s+(?:true|correct|right)(?:\s+that)?(?=\s+\w)|(?<=\s)(?:true|correct)(?=\s*:)"
    # «Say if this is correct: …», «Tell me if this is true: …», «Would you say it's true
    # that …?» (en72: read as a question, the claim was answered with no verdict)
    r"|(?:say|tell\s+(?:me|us)|let\s+(?:me|us)\s+know|determine)\s+(?:if|whether)\s+(?:this|the"
    r"\s+following|it|that)(?:\s+(?:statement|sentence|claim))?\s+(?:is|was)\s+(?:true|correct|"
    r"right|accurate)(?:\s+or\s+(?:false|not|wrong|incorrect))?(?=\s*[:?.\-–—])"
    r"|would\s+you\s+say\s+(?:that\s+)?it(?:'?s|’s|\s+is)\s+(?:true|correct|right)\s+that(?=\s+\w)"
    # «Critically assess the claim that …», «Evaluate the view that …»: the claim is judged.
    r"|(?:critically\s+)?(?:assess|evaluate|examine|consider|discuss|comment\s+on)\s+(?:the|this)\s+"
    r"(?:claim|view|statement|assertion|idea|argument)\s+that(?=\s+\w)"
    # «Is this statement true: '…'?», «Is the following claim correct or wrong?».
    r"|is\s+(?:this|the\s+following)\s+(?:statement|sentence|claim)\s+"
    r"(?:true|correct|right|accurate)"
    r"(?:\s+or\s+(?:false|wrong|incorrect|not))?"
    # «Verify: …», «Check this for me: …», «Fact-check:»: a claim put for checking, and
    # «Agree or disagree: …» (read as a question, the claim got the nearest fact's answer).
    r"|(?:please\s+)?(?:verify|check|fact[\s-]?check|confirm|validate)"
    r"(?:\s+(?:this|that|the\s+following|my))?(?:\s+(?:statement|claim|sentence|fact))?"
    r"(?:\s+for\s+(?:me|us))?(?:\s+(?:please|pls|plz))?(?=\s*:)|agree\s+or\s+disagree"
    # «صح أو خطأ (true or false): ...»: the Arabic heading, with or without its English.
    r"|(?:صح|صحيح)\s*(?:أو|او|أم|ام|/)\s*(?:خطأ|خطا|غلط)(?:\s*\(\s*true\s*(?:or|/)\s*false)?"
    r")\b(?:\s+only\b)?[\s:.\-–—?)]*",
    re.IGNORECASE,
)
# The request closing the claim: «… True or false?», «… T/F», and after it the marks a poll or a
# story adds and no word («True or false? 🤔», «true or false?! 😅», «T/F ✅❌»): with an emoji
# after it, the request was read as the whole question and the claim set aside.
_TRUE_FALSE_END = re.compile(
    r"[\s(\-–—,.]*(?:true\s*(?:or|/|,)\s*false|t\s*(?:/|or)\s*f)" + _NOT_GIVEN + r"\s*\??\)?\W*$",
    re.I,
)


def _statement_part(text: str) -> Part | None:
    """A true/false statement or a sentence with a blank, else None."""
    match = _TRUE_FALSE.match(text) or _TRUE_FALSE_END.search(text)
    claim = tagged_claim(text) if match is None else None
    if claim is not None and not is_statement(claim):
        claim = after_askers_colon(claim) or claim
    if claim is not None and is_statement(claim):
        return Part(claim, Form.TRUE_FALSE)
    if match is not None:
        statement = (text[: match.start()] + " " + text[match.end() :]).strip()
        return Part(without_reporter(claim_before_comment(statement)), Form.TRUE_FALSE)
    fill = FILL_LEAD.match(text)
    if fill is not None or BLANK.search(text):
        body = text[fill.end() :] if fill else text
        return Part(body.strip(), Form.FILL)
    return None


def _has_words(text: str) -> bool:
    """Does a part's text hold a word or a number (not only marks left by emoji)?"""
    return any(ch.isalnum() for ch in text)


# A list label opening a line: «a)», «(iv)», «12.».
_LINE_LABEL = re.compile(
    r"^\s*(?:\((?:[a-h]|i{1,3}|iv|vi{0,3}|\d{1,2})\)|(?:[a-h]|i{1,3}|iv|vi{0,3}|\d{1,2})[.)])\s+",
    re.IGNORECASE,
)


def _line_parts(text: str) -> list[Part] | None:
    """A message of several lines where some line is a statement or a blank («True or
    False: ...» then «And who led the army?»): each line keeps its own form."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    if len(lines) < 2:
        return None
    parts: list[Part] = []
    pending: Form | None = None
    for line in lines:
        statement = _statement_part(line)
        if statement is None and verdict_heading(line):
            # «Decide if each is true or false:»: a heading the pair does not open (en62).
            statement = Part("", Form.TRUE_FALSE)
        if statement is not None and (not _has_words(statement.text) or verdict_heading(line)):
            # «True or False:» alone: the statements follow, one a line, until a question
            # («✨ Fill the blank ✨»: the emoji around a heading leave no words either).
            pending = statement.form
            continue
        if statement is None and pending is not None and not line.rstrip().endswith("?"):
            # «a) Uthman gave …» under the heading: the label is the list's, not the claim's.
            statement = Part(_LINE_LABEL.sub("", line, count=1), pending)
        elif statement is None:
            pending = None
        if statement is not None:
            parts.append(statement)
        elif piece_asks(question_tail(line)):
            parts.extend(split_message(line).parts)
    if not any(part.form in (Form.TRUE_FALSE, Form.FILL) for part in parts):
        return None
    return parts


# «Discuss Tabuk under the following headings: (a) causes (b) events», «Write short notes
# on: (i) Jaish al-Usra (ii) Dumat al-Jandal»: each heading or item is a question of its own.
_HEADED = re.compile(
    r"^(?P<stem>.*?)\b(?P<frame>under\s+the\s+following\s+headings?|under\s+these\s+headings?|"
    r"(?:short\s+)?notes?\s+on(?:\s+the\s+following)?)\s*:?\s*(?P<items>.+)$",
    re.IGNORECASE | re.DOTALL,
)
_ITEM_LABEL = re.compile(
    r"(?:^|(?<=\s))(?:\((?:[a-h]|i{1,3}|iv|vi?)\)|(?:[a-h]|i{1,3}|iv|vi?|\d)[.)])\s*",
    re.IGNORECASE,
)


def _headed_parts(text: str) -> list[Part] | None:
    """The questions a heading list asks, or None when the text is not one."""
    match = _HEADED.match(text)
    if match is None:
        return None
    labels = list(_ITEM_LABEL.finditer(match.group("items")))
    if len(labels) < 2 or match.group("items")[: labels[0].start()].strip():
        return None
    items = [
        match.group("items")[m.end() : (labels[i + 1].start() if i + 1 < len(labels) else None)]
        .strip()
        .strip(",;.")
        for i, m in enumerate(labels)
    ]
    if not all(items) or any(len(item.split()) > EN_HEADING_ITEM_MAX_WORDS for item in items):
        return None
    stem = match.group("stem").strip().rstrip(":,")
    if "heading" in match.group("frame").lower():
        return [Part(f"{stem}: {item}") for item in items]
    return [Part(f"Write a note on {item}") for item in items]


def _capped(parts: Sequence[Part], preamble: str = "") -> Split:
    """The first MAX_PARTS parts, counting the rest as left unanswered."""
    return Split(tuple(parts[:MAX_PARTS]), more=max(0, len(parts) - MAX_PARTS), preamble=preamble)


# «Tabuk expedition - write a detailed note. [10]», «The Battle of Tabuk: discuss.»: a topic,
# then a command that names nothing of its own.
_TOPIC_COMMAND = re.compile(
    r"^(?P<topic>[^\n:?.\-–—]+?)\s*(?:\s[-–—]+\s*|:\s*)(?P<command>[^\n?]+)$"
)
_MARKS_END = re.compile(rf"\s*{MARK}\W*$", re.IGNORECASE)
# Words a bare command over a topic may hold besides command words («a detailed note»).
_BARE_COMMAND = frozenset(
    "a an the in on of about it this detail detailed full fully brief briefly short long essay "
    "note notes account answer words marks mark".split()
)


def _topic_first(text: str) -> str:
    """«Tabuk expedition - write a note» read as «write a note on Tabuk expedition»."""
    match = _TOPIC_COMMAND.match(text)
    if match is None:
        return text
    topic, command = match.group("topic"), match.group("command")
    words = words_in(command)
    topic_words = words_in(topic)
    if (
        not words
        or words[0] not in COMMAND_WORDS
        or any(not (w in COMMAND_WORDS or w in _BARE_COMMAND or w.isdigit()) for w in words)
        or not topic_words
        or QUESTION_WORDS & set(topic_words)
        or topic_words[0] in COMMAND_WORDS
        or any(w in CLAIM_VERBS for w in topic_words)
    ):
        return text
    marks = _MARKS_END.search(command)
    tail = marks.group().strip() if marks else ""
    command = command[: marks.start()] if marks else command
    return f"{command.rstrip(' .')} on {topic.strip()}. {tail}".strip()


def split_message(text: str) -> Split:
    """Parts of a message in order, each with its form."""
    text = without_lesson_aims(without_course_references(text.strip()))
    text = without_passage(without_exercise_labels(spoken_punctuation(text)))
    text = one_command(without_study_tail(without_prompt_framing(drop_talk(text))))
    text = riddle_question(text) or clue_question(text) or card_front(text) or text
    text = _topic_first(text)
    headed = _headed_parts(text) or [Part(each) for each in each_parts(text) or ()] or None
    if headed is not None:
        return _capped(headed)
    several = _choice_blocks(text)
    if several is not None:
        return _capped(several)
    choice = lettered_options(text)
    if choice is not None:
        stem, options, labels = choice
        heading = _TRUE_FALSE.match(stem)
        if verdict_heading(stem) or (
            heading is not None and not stem[heading.end() :].strip(" :.-")
        ):
            # «State whether true or false: (a) ... (b) ...»: each line is a statement.
            statements = tuple(Part(option, Form.TRUE_FALSE) for option in options)
            return _capped(statements)
        heading_words = set(words_in(NUMBERED.sub(" ", f" {_clean_stem(stem)}")))
        if (heading_words and not heading_words - HEADING_WORDS) or items_ask(stem, options):
            # «Answer briefly: 1. Date of Tabuk 2. Leader of Tabuk»: a heading over questions.
            asked_parts = tuple(Part(option) for option in options)
            return _capped(asked_parts)
        if all(BLANK.search(option) for option in options):
            # «Fill in the blanks: 1. ... ____ 2. ... ____»: each line is a blank.
            blanks = tuple(Part(option, Form.FILL) for option in options)
            return _capped(blanks)
        return Split((Part(_clean_stem(stem), Form.CHOICE, options, labels),))
    text = text.replace(EMOJI_MARK, ",")  # emoji lines that are no options end clauses
    by_line = _line_parts(text)
    if by_line is not None:
        return _capped(by_line)
    statement = _statement_part(text)
    if statement is not None and statement.form is Form.FILL:
        # «Complete: The Romans brought Lakhm and ____. The Prophet declared ... in ____.»:
        # each sentence with a blank of its own is a blank of its own.
        sentences = re.split(r"(?<=[.!])\s+(?=[A-Z])", statement.text)
        if len(sentences) > 1 and all(BLANK.search(sentence) for sentence in sentences):
            return _capped(tuple(Part(sentence, Form.FILL) for sentence in sentences))
    if statement is not None:
        return Split((statement,))
    pieces = scene_first(attach_instructions(cut_pieces(text)))
    if len(pieces) > 1 and _JUDGE.match(pieces[-1]) and not any("?" in p for p in pieces[:-1]):
        # «Tabuk was the last ghazwa of the Prophet. Comment. [2]»: the claim before a bare
        # «Comment.» or «Discuss.» is what is asked about.
        return Split((Part(" ".join(pieces[:-1])),))
    if (
        len(pieces) > 1
        and _WHY_OF_CLAIM.match(pieces[-1])
        and not any("?" in p or piece_asks(p) for p in pieces[:-1])
    ):
        # «Tabuk ended without any fighting. Explain why. [3]»: the reason for the claim
        # before it is asked (alone, «why» was answered with the causes of the expedition).
        claim = " ".join(pieces[:-1]).strip().rstrip(".!")
        return Split((Part(f"Explain why {claim[:1].lower()}{claim[1:]}"),))
    tails = [(piece, question_tail(piece)) for piece in pieces]
    asks = listed_items_ask([tail for _, tail in tails], [piece_asks(tail) for _, tail in tails])
    asked = [tail for (_, tail), asking in zip(tails, asks, strict=True) if asking]
    if len(asked) > 1:
        # «... which treaties were made during Tabuk. Any help?»: a plea asks nothing more.
        asked = [piece for piece in asked if not set(words_in(piece)) <= PLEA_ABOUT_WORDS] or asked
    told = [piece for (piece, _), asking in zip(tails, asks, strict=True) if not asking]
    behind = behind_pleas(asked, told)
    asked = [behind] if behind is not None else asked
    preamble = " ".join(
        piece for (piece, _), asking in zip(tails, asks, strict=True) if not asking
    )
    # «I heard Khalid went to Dumat something during Tabuk, what happened there?»: «there»
    # points into the clause before the question, which says where it asks about; so does
    # «he», «him» or «they» to whom it names.
    pointed = [
        piece[: len(piece) - len(tail)].strip(" ,;:")
        for (piece, tail), asking in zip(tails, asks, strict=True)
        if asking
        and tail != piece
        and (
            _PLACE_POINTER.search(tail)
            or _LINK_ASKED.match(tail)
            or _points_at_person(piece[: len(piece) - len(tail)], tail)
        )
    ]
    preamble = " ".join(p for p in (preamble, *pointed) if p).strip()
    # «tabuk: when? against whom?»: the topic before the first question is what the
    # questions naming nothing ask about.
    heads = [piece[: len(piece) - len(tail)].rstrip() for piece, tail in tails]
    topics = [
        head[:-1]
        for head in heads
        if head.endswith(":")
        and 0 < len(words_in(head)) <= EN_TOPIC_MAX_WORDS
        and not set(words_in(head)) & (COMMAND_WORDS | GREETING_WORDS | PLEA_WORDS)
    ]
    preamble = " ".join(p for p in (preamble, *topics) if p).strip()
    if not asked:
        whole = " ".join(pieces)
        if is_statement(whole):
            # A statement pasted from a true/false exercise without its heading.
            return Split((Part(whole, Form.TRUE_FALSE),))
        asked = [whole] if pieces else []
        preamble = ""
    parts = tuple(part for piece in asked for part in _compare(piece))
    # «What did Abu Bakr give? And Umar?»: a bare «and <name>?» after a question asks the
    # same about that name.
    parts = tuple(
        replace(part, inherits=True) if i and _ELLIPSIS.match(part.text) else part
        for i, part in enumerate(parts)
    )
    return _capped(parts, preamble)


# «… we read ayah 38 of surah tawbah. what's the link with tabuk?»: the link of what the
# clause before it named, which is the question's subject.
_LINK_ASKED = re.compile(
    r"^\W*what(?:'s|\s+is|\s+was)\s+(?:the\s+)?(?:link|connection|relation(?:ship)?)\s+"
    r"(?:with|to)\s+(?:the\s+)?(?:expedition\s+of\s+|campaign\s+of\s+)?tabuk\W*$",
    re.IGNORECASE,
)


# «there» pointing back at a place, not the existential «there was», «is there any …».
_PLACE_POINTER = re.compile(
    r"(?<!\bis )(?<!\bwas )(?<!\bare )(?<!\bwere )\bthere\b(?!\s+(?:is|was|are|were|been|any)\b)",
    re.IGNORECASE,
)


# «… mentioned a chief called Ukaidar from some place 'Dumat' something... what happened to
# him in the end?»: «him» points at someone the clause before the question names.
_PERSON_POINTER = re.compile(r"\b(?:he|him|his|she|her|they|them|their)\b", re.IGNORECASE)
# A count asked of him is what he gave or led, not a number the clause told of himself
# («hi im 10 and my mum told me about uthman … how many camels did he give»).
_COUNT_ASKED = re.compile(r"^\W*how\s+(?:many|much)\b", re.IGNORECASE)


def _points_at_person(head: str, tail: str) -> bool:
    """Does the question's «he»/«they» point into the clause before it (of a few words: a
    bare «Explain» names no one)?"""
    if len(words_in(head)) < 3 or _COUNT_ASKED.match(tail):
        return False
    return _PERSON_POINTER.search(tail) is not None


# A bare command to judge the claim before it: «Comment.», «Discuss this statement. [4]».
_JUDGE = re.compile(
    r"^\W*(?:comment|discuss|elaborate|explain|evaluate|assess|justify|examine)"
    r"(?:\s+(?:on\s+)?(?:this|the|that)\s+(?:statement|view|claim|quotation|quote|saying))?"
    rf"(?:\s+(?:briefly|fully|in\s+detail))?\W*(?:{MARK})?\W*$",
    re.IGNORECASE,
)

# A bare command to give the reason for the claim before it: «Explain why.», «Give reasons.»,
# «Why?».
_WHY_OF_CLAIM = re.compile(
    r"^\W*(?:(?:explain|say|state|suggest|show)\s+why|give\s+(?:a\s+|the\s+|two\s+|some\s+)?"
    rf"reasons?(?:\s+(?:for\s+(?:this|it)|why))?|why\s*\?)\W*(?:{MARK})?\W*$",
    re.IGNORECASE,
)


# A numbered question opening a line of a quiz: «1. Who gave ...?», «Q2) The Prophet ...».
_QUIZ_NUMBER = re.compile(r"^\s*(?:q\s*\.?\s*)?\d{1,2}\s*[.)]\s+(?=\S)", re.IGNORECASE)


def _choice_blocks(text: str) -> tuple[Part, ...] | None:
    """«1. Who gave all his wealth? a) Umar b) Abu Bakr … 2. The Prophet stationed his army
    at: a) Badr b) Tabuk …»: several numbered questions, each with its own options, are each a
    choice of their own (read as one, the last options would answer the first question)."""
    lines = text.splitlines()
    starts = [i for i, line in enumerate(lines) if _QUIZ_NUMBER.match(line)]
    if len(starts) < 2:
        return None
    blocks = ["\n".join(lines[a:b]) for a, b in itertools.pairwise([*starts, len(lines)])]
    read = [lettered_options(_QUIZ_NUMBER.sub("", block, count=1)) for block in blocks]
    if any(choice is None for choice in read):
        return None
    return tuple(
        Part(_clean_stem(stem), Form.CHOICE, options, labels)
        for stem, options, labels in filter(None, read)
    )


_ELLIPSIS = re.compile(
    r"^\W*(?:and|&|what\s+about|how\s+about)\s+(?!(?:who|whom|what|when|where|why|how|which|"
    r"did|was|were|is|are|does|do|else)\b)[\w' ()-]{2,40}?\s*\?\s*$",
    re.IGNORECASE,
)


_COMPARE = re.compile(r"^\W*compare\s+(.+?)\s+(?:with|and|to)\s+(.+)$", re.IGNORECASE | re.DOTALL)


def _compare(piece: str) -> tuple[Part, ...]:
    """«Compare A with B» asks two things: A, then the same about B."""
    match = _COMPARE.match(piece)
    if match is None:
        claim = tagged_claim(piece) or claim_asked_right(piece)
        if claim is not None and is_statement(claim):
            # «I wrote Abu Bakr gave half his wealth, is that right? what did Umar give?»: a
            # tagged claim among questions is a true/false part of its own.
            return (Part(claim, Form.TRUE_FALSE),)
        return (Part(piece),)
    return Part(f"Describe {match.group(1)}"), Part(
        f"Describe {match.group(2)}", inherits=True, compares=True
    )


# The asker's own line over a stem («End-of-chapter quiz on the audiobook, I forgot this
# one:»): it names the asker and their quiz, asks nothing, and ends with a colon before the stem.
_ASKERS_LINE = re.compile(
    r"^[^\n?]*\b(?:i|i'm|im|i've|me|my|we|our|us)\b[^\n?]*:[ \t]*\n(?=[^\n]*\w)", re.IGNORECASE
)


def _clean_stem(stem: str) -> str:
    """The stem without its quiz numbering and the asker's own line over it (en62: read with
    it, «end of chapter» was a result and a sura, and the choice was asked back)."""
    stem = _ASKERS_LINE.sub("", stem.strip(), count=1)
    return re.sub(r"^\W*q\s*\.?\s*\d+\s*[.:)]?\s*", "", stem, flags=re.IGNORECASE).strip()


def is_negative_stem(text: str) -> bool:
    """«Which of these was NOT ...», «... all EXCEPT» ask for the option the fact does not
    support; «Why did the Prophet not attack ...?» asks a reason, among the options too."""
    if re.search(r"\b(?:NOT|EXCEPT|NEVER)\b|\bexcept\b", text):
        return True
    return bool(
        re.match(r"\W*(?:which|who|what)\b", text, re.IGNORECASE)
        and re.search(r"\b(?:not|never)\b", text, re.IGNORECASE)
    )


def contradicts(statement: frozenset[str], answer: frozenset[str]) -> bool:
    """Does a statement hold a concept whose opposite the answer states (and not it)?"""
    for pair in CONTRADICTIONS:
        for said in pair & statement:
            opposite = next(iter(pair - {said}))
            if opposite in answer and said not in answer:
                return True
    return False
