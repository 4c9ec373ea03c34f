"""Reading a whole message: its parts, and the form of each (question, blank, statement...).

People paste exam sheets, write a story before their question, or send three questions at
once. The reader removes what must never decide the answer (greetings, addresses, stories,
exam-sheet lines, numbering and bullets), turns exam imperatives into the questions they
ask, splits the message into parts and says what form each part takes (what comes before the
question on the first line is read in knowledge/message_preamble.py). It only reads: it
never looks at the facts.
"""

from __future__ import annotations

import dataclasses
import re

from knowledge.answer_checks import without_answer_checks
from knowledge.asked_first import ask_moved_last
from knowledge.blank_clauses import clause_parts
from knowledge.broken_claims import carries_on
from knowledge.courtesy_lines import (
    NOT_KNOWING,
    closes,
    closing_off,
    only_not_knowing,
    only_pleading,
    opens_only,
    remark_off,
)
from knowledge.crossword_clues import clue_as_question
from knowledge.each_item import each_item_parts, each_named
from knowledge.expedition_aliases import apply_aliases
from knowledge.forwarded_claims import forwarded
from knowledge.headlines import headline_topics, search_topic
from knowledge.inline_items import heads_labelled_lines, numbered_questions
from knowledge.message_lines import strip_numbering, unlabelled_options
from knowledge.message_models import Form, Part, ReadMessage
from knowledge.message_options import (
    Option,
    bracket_options,
    dotted_options,
    ends_with_options,
    inline_options,
    labelled,
    split_instructions,
)
from knowledge.message_parts import (
    claim_asked_about,
    join_broken,
    true_false_options,
)
from knowledge.message_patterns import (
    ANY_IMPERATIVE,
    ASK_LEAD,
    COUNTED_PLURAL,
    GREETING,
    HEADING,
    IMPERATIVES,
    LIST_COUNT,
    MARKS,
    QUESTION_START,
    STORY,
    WANT_TO_KNOW,
)
from knowledge.message_preamble import (
    asks_a_reply_form,
    strip_preamble,
    topic_first,
    without_address,
)
from knowledge.message_text import bare_text
from knowledge.part_form import (
    MARK_INSTRUCTION,
    detect_form,
    is_riddle,
)
from knowledge.passages import passage_apart
from knowledge.question_split import (
    compared_sides,
    has_question_word,
    parallel_questions,
    split_questions,
)
from knowledge.quiz_post import (
    ends_post,
    form_marked,
    is_closing,
    is_item,
    is_title,
    label_style,
)
from knowledge.reaction_asks import as_stance
from knowledge.sheet_headings import (
    ANSWER_SECTION,
    QUESTION_ORDINAL,
    asks_true_or_false,
    heads_claims,
    strip_tf_instruction,
)
from knowledge.sheet_patterns import (
    BLANK_INSTRUCTION,
    BLANK_LEAD,
    BLANK_MARK,
    CHOICE_INSTRUCTION,
    DIGIT_LABEL,
    LENGTH_LIMIT,
    NUMBERING,
    OPTION_LABEL,
    SHEET_LINE,
    TF_INSTRUCTION,
    TF_TAIL,
    TRAILING_MARKS,
)
from knowledge.who_am_i import clues_as_riddle, who_last

# At most this many parts are answered; the reply says how many more there were.
MAX_PARTS = 3


def _headed(text: str) -> str:
    """An exam line with a heading before its verb: the verb first, the heading after it
    (its words name the topic), so that the verb is read as the question it asks."""
    match = HEADING.match(text)
    if match is None or has_question_word(match.group(1)):
        return text
    rest = match.group(2)
    if ANY_IMPERATIVE.match(rest) is None:
        return text
    return f"{rest} {match.group(1)}"


# A question wholly in brackets («واجب الدين بكرة (أذكر ثلاثة من الصحابة …) أحد يساعد؟»).
_ENCLOSED = re.compile(r"^\s*\(\s*([^()]+?)\s*\)\s*[.؟?!]*\s*$")


def _apply_imperative(text: str) -> str:
    enclosed = _ENCLOSED.match(text)
    if enclosed is not None and ANY_IMPERATIVE.match(enclosed.group(1)) is not None:
        text = enclosed.group(1)  # (the brackets only set the exam's question apart)
    if ANY_IMPERATIVE.match(text) is None or TF_TAIL.search(text):
        return text  # (no exam verb opens it, or a statement)
    for pattern, question in IMPERATIVES:
        match = pattern.match(text)
        if match is not None and match.end() < len(text):
            rest = text[match.end() :]
            # («اذكر متى …» asks «متى …»; «اذكر ثلاثة من الصحابة …» asks «ما الصحابة …»)
            counted = LIST_COUNT.match(rest)
            if counted is None and not match.group(0).lstrip().startswith("عدد"):
                counted = COUNTED_PLURAL.match(rest)
            if counted is not None:
                rest = rest[counted.end() :]
            return rest if QUESTION_START.match(rest) else question + rest
    return text


def read_message(text: str) -> ReadMessage:
    """Read a message into its parts (at most MAX_PARTS, the rest counted in `more`)."""
    original = text
    bare = bare_text(text)
    # («ما الغزوة التي كانت خاتمة مغازي النبي ربي يحفظك»: a blessing makes no riddle longer)
    whole = closing_off(" ".join(bare.split()))
    greeting = GREETING.match(bare)
    forward = forwarded(bare[greeting.end() :].lstrip(" ،,.!\n") if greeting else bare)
    if forward is not None:
        # «منقول: … هل الكلام دقيق؟»: each sentence forwarded is a statement to judge
        claims = [Part(Form.TRUE_FALSE, apply_aliases(claim), claim) for claim in forward.claims]
        if forward.question:
            # («… هاي صحيحة؟ وشنو اللي قدمه؟»: «he» is who the claims told of)
            told = " ".join(forward.claims)
            asked = forward.question
            claims.append(Part(Form.QUESTION, asked, asked, context=told, marked=False))
        return ReadMessage(
            tuple(claims[:MAX_PARTS]),
            more=max(0, len(claims) - MAX_PARTS),
            greeted=greeting is not None,
            changed=True,
            preamble=True,
        )
    # (a greeting and an address make no question long enough to be a riddle)
    # («ما اسم الغزوة؟ - كانت ضد البيزنطيين - …»: the ask first, moved last)
    riddle = clues_as_riddle(who_last(ask_moved_last(without_address(whole))))
    told, _, described = riddle.partition("،")
    if not is_riddle(riddle) and STORY.search(told) and is_riddle(described.strip()):
        # «عندنا مسابقة بكرة، غزوة دخل فيها المسلمون مكة فاتحين، شنو هي؟»: why they ask,
        # then the riddle
        riddle = described.strip()
    if is_riddle(riddle) and not ends_with_options(bare) and not numbered_questions(bare):
        # A riddle spans sentences and lines; it is read whole (not a stem with options).
        part = Part(Form.RIDDLE, riddle, whole, marked=True)
        return ReadMessage((part,), greeted=GREETING.match(whole) is not None, changed=True)
    raw_lines = [
        # («أفقي ١: الشهر الذي … (٣ حروف)»: a crossword clue asks what it describes)
        clue_as_question(closing_off(LENGTH_LIMIT.sub("", TRAILING_MARKS.sub("", line)).strip()))
        for line in split_instructions(bare)
    ]
    # («النص: … \nماذا فعل الروم …؟»: a pasted paragraph is what the questions are about)
    raw_lines, passage = passage_apart(raw_lines)
    lines: list[str] = []
    # (the form each line is read in: a sheet's sections each set their own, «أجب عن
    # الأسئلة» over questions, then «ضع صح أو خطأ» over claims)
    modes: list[Form | None] = []
    mode: Form | None = None
    greeted = False
    preamble = False
    context = ""
    for index, line in enumerate(raw_lines):
        if not line:
            continue
        if (
            TF_INSTRUCTION.search(line)
            and (
                not strip_tf_instruction(
                    line, alone=not any(one.strip() for one in raw_lines[index + 1 :])
                )
                or heads_labelled_lines(line, raw_lines[index + 1 :])
            )
        ) or heads_claims(line, raw_lines[index + 1 :]):
            # («عنا ورقة عمل صح وخطأ بدي اتأكد من اجاباتي:» over bulleted statements: a
            # chatty heading, the statements below it are judged)
            mode = Form.TRUE_FALSE
            continue
        if (
            CHOICE_INSTRUCTION.search(line)
            and len(line.split()) <= 8
            and not has_question_word(CHOICE_INSTRUCTION.sub("", line))
        ):
            mode = Form.CHOICE
            continue
        blank_header = BLANK_INSTRUCTION.match(line)
        # («س٢/ أكمل الفراغات الآتية بما يناسب:» is an instruction on a line of its own)
        blank_lead = BLANK_LEAD.match(strip_numbering(line))
        # («كمل يا بطل … …… واللي قدم نص ماله ……»: a line holding its own blanks is the
        # sentence to complete, not an instruction over the lines after it)
        if (
            blank_header
            and len(line[blank_header.end() :].strip(" :：")) < 3
            and not BLANK_MARK.search(line)
        ) or (blank_lead is not None and blank_lead.end() == len(strip_numbering(line))):
            mode = Form.BLANK
            continue
        if SHEET_LINE.match(line) or SHEET_LINE.match(strip_numbering(line)):
            preamble = True
            if ANSWER_SECTION.search(line):
                mode = None  # (a new section of questions: the form set above it ends)
            continue
        if not lines and GREETING.sub("", line, count=1).strip(" ،,.!") == "":
            greeted = True  # a greeting on a line of its own
            continue
        if not lines and opens_only(line):
            continue  # «بسم الله الرحمن الرحيم» on its line, before the question
        if not lines and is_title(GREETING.sub("", line, count=1), raw_lines[index + 1 :]):
            # «أسئلة اليوم عن غزوة تبوك:» over numbered items names the quiz, asks nothing.
            preamble = True
            greeted = greeted or GREETING.match(line) is not None
            continue
        if not lines:
            # («السؤال الرابع: أكمل …»: the question's number is no preamble word of it)
            line = QUESTION_ORDINAL.sub("", line, count=1)
            typed = line
            line, topical = topic_first(line)
            # (a stem with its options on one line is no story: «… عدده: 1. 3000 2. …»)
            pasted = inline_options(line)
            marked = form_marked(NUMBERING.sub("", line))
            if not topical and not marked and (pasted is None or not pasted[0]):
                line, was_greeted, context, story = strip_preamble(line)
                greeted = greeted or was_greeted
                preamble = preamble or story
            elif (
                marked and (hello := GREETING.match(line)) is not None and hello.end() < len(line)
            ):
                # «السلام عليكم، خويا قالي … صح؟»: the greeting is no word of the claim
                line, greeted = line[hello.end() :].lstrip(" ،,.!"), True
            if not line:
                continue
            # A whole line that is only story («عندي امتحان بكرة») before a question line.
            if (
                not has_question_word(NOT_KNOWING.sub(" ", line))
                and not marked
                # («بدي اسأل عن غزوة تبوك» on its line: a lead-in, the topic asked about next)
                and (STORY.search(line) or WANT_TO_KNOW.match(typed) or ASK_LEAD.match(typed))
                # (a blessing after it, «الله يوفق من يساعدني», asks nothing)
                and any(
                    has_question_word(rest) and not closes(rest) for rest in raw_lines[index + 1 :]
                )
            ):
                preamble = True
                context = f"{context} {line}".strip()
                continue
        if mode is Form.TRUE_FALSE and (lettered := OPTION_LABEL.match(line)) is not None:
            # («اكتب صح أو خطأ:\nأ- …\nب- …»: lettered claims, never a stem and its options)
            line = f"- {line[lettered.end() :]}"
        if only_pleading(line) and any(rest.strip() for rest in raw_lines[index + 1 :]):
            # «عندي سؤال بالله عليكم», «الله يجزاكم خير ضروري»: a line that only pleads
            # before the question is never a part of its own.
            preamble = True
            continue
        if lines and (
            only_pleading(line)
            or closes(line)
            or is_closing(line)
            or (mode is None and ends_post(line, lines, raw_lines[index + 1 :]))
            # («…\nباختصار», «…\nبنقاط لو سمحت»: how to put the reply, on its line; read as a
            # headline it got the overview, joined to the line above it spoiled its question)
            or (mode is None and asks_a_reply_form(line))
        ):
            # «…؟\nشكرا», «…؟\nجزاكم الله خير»: thanks or a plea after the question is
            # no question of its own either.
            continue
        if (
            lines
            and (
                mode is Form.TRUE_FALSE
                or TF_INSTRUCTION.search(lines[-1])
                or TF_TAIL.search(line)  # («…\nأكثر من أربعين ألفا صح ولا غلط؟»)
            )
            and carries_on(lines[-1], TF_TAIL.sub("", line))
        ):
            # «كان عدد جيش المسلمين\nأكثر من أربعين ألفا»: one claim the phone broke
            lines[-1] = f"{lines[-1]} {line}"
            continue
        lines.append(line)
        modes.append(mode)

    parts: list[Part] = []
    position = 0
    comparisons = False
    while position < len(lines):
        line = lines[position]
        mode = modes[position]
        label_match = OPTION_LABEL.match(line)
        if (
            parts
            and parts[-1].form is Form.CHOICE
            and label_match
            and not is_item(line[label_match.end() :])
        ):
            # A labelled line right after a multiple-choice part is one more option.
            previous = parts[-1]
            option = Option(
                label_match.group(1) or label_match.group(2), line[label_match.end() :]
            )
            parts[-1] = Part(
                previous.form, previous.text, previous.original, (*previous.options, option)
            )
            position += 1
            continue
        stem_text = strip_numbering(line)
        # Labelled options on the following lines («أ) …» / «A. …»).
        following: list[Option] = []
        look = position + 1
        while look < len(lines):
            option_match = OPTION_LABEL.match(lines[look])
            # («(ب) كانت غزوة تبوك في شهر ……»: a lettered item of a quiz post, no option;
            # «(ب)» after options «أ- …»: the next item, lettered another way)
            if (
                option_match is None
                or is_item(lines[look][option_match.end() :])
                or (following and label_style(lines[look]) != label_style(lines[position + 1]))
            ):
                break
            label = option_match.group(1) or option_match.group(2)
            following.append(Option(label, lines[look][option_match.end() :].strip()))
            look += 1
        if len(following) >= 2 and (
            mode is Form.CHOICE or not _items_in_a_row(label_match, stem_text, following)
        ):
            parts.append(_choice(stem_text, following, line))
            position = look
            continue
        if position + 1 < len(lines):
            # «stem» then one line «أ- … ب- … ج- …».
            below = inline_options(lines[position + 1])
            if below is not None and not below[0]:
                parts.append(_choice(stem_text, below[1], line))
                position += 2
                continue
        inline = inline_options(stem_text)
        if inline is not None and inline[0]:
            parts.append(_choice(inline[0], inline[1], line))
            position += 1
            continue
        unlabelled = 0
        # (not after «أكمل الفراغات:»: there each dotted line is a sentence to complete)
        dots_lead = mode is not Form.BLANK and not BLANK_LEAD.match(stem_text)
        if (
            has_question_word(stem_text) or stem_text.endswith((":", "：")) or mode is Form.CHOICE
        ) and not asks_true_or_false(stem_text):
            unlabelled = unlabelled_options(lines, position + 1, dotted=dots_lead)
        elif mode is None and not DIGIT_LABEL.match(line):
            # A stem that stops where the answer goes, then three or more short lines (a
            # numbered line starts a list of items, not a stem).
            found = unlabelled_options(lines, position + 1, dotted=dots_lead)
            unlabelled = found if found >= 3 else 0
        if unlabelled:
            options = [labelled(lines[position + 1 + i], str(i + 1)) for i in range(unlabelled)]
            parts.append(_choice(stem_text, options, line))
            position += 1 + unlabelled
            continue
        # («…: ضع (✓) أو (✗): …»: the marks to put, never options after a stem's colon)
        dotted = None if MARK_INSTRUCTION.search(stem_text) else dotted_options(stem_text)
        if dotted is not None:
            parts.append(_choice(dotted[0], dotted[1], line))
            position += 1
            continue
        if mode is Form.CHOICE or TF_TAIL.search(stem_text) is None:
            questioned = mode is not Form.CHOICE and has_question_word(stem_text)
            bracket = bracket_options(stem_text, last_only=questioned)
            if bracket is not None:
                parts.append(_choice(bracket[0], bracket[1], line))
                position += 1
                continue
        position += 1
        # A riddle spans sentences; it is read whole, not split at its question mark.
        if is_riddle(stem_text):
            parts.append(Part(Form.RIDDLE, apply_aliases(stem_text), line, marked=True))
            continue
        # «قارن بين ما قدمه أبو بكر وما قدمه عمر» is one question about both.
        # («قارن بين موقف المنافقين وموقف المؤمنين»: each side asked on its own)
        numbered = strip_numbering(line) != line.strip()
        sides = compared_sides(strip_numbering(stem_text))
        compared = sides is not None
        pieces = split_questions(stem_text) if sides is None else sides
        comparisons = comparisons or (len(pieces) > 1 and compared)
        for index, piece in enumerate(pieces):
            # A numbered item («٢- من قائدها؟», «(2) ضد من؟») or a line of its own is a
            # question of its own, even when it only points back at the one before.
            own_line = index == 0 or compared or bool(NUMBERING.match(piece))
            # («اكتب موضوع تعبير عن غزوة تبوك»: the document wanted, before the exam verb)
            piece = search_topic(_apply_imperative(search_topic(_headed(strip_numbering(piece)))))
            # («…؟ جزاك الله خيرا. ومن قاد الجيش؟»: the blessing between asks nothing)
            piece = remark_off(piece) if index else piece
            if not piece.strip(" .،,؟?!:") or (index and only_not_knowing(piece)):
                continue  # («…؟ وما عرفت أجاوب»: they did not know, asking nothing more)
            # («بيّن عدد جيش المسلمين وعدد جيش الروم»: read once the verb is a question word)
            # («ماذا قدم كل من أبي بكر وعمر؟»: asked of each name, each_item.py)
            named = None if compared else each_named(piece)
            questions = [piece] if compared else (named or parallel_questions(piece))
            # («أسباب ونتائج غزوة تبوك»: two topics of one subject)
            for again, one in enumerate(t for q in questions for t in headline_topics(q)):
                form, asked, marked = detect_form(one, mode if mode is not Form.CHOICE else None)
                parts.append(
                    Part(
                        form,
                        # («ماذا فعل الروم عند وصول الجيش؟»: their stance then)
                        as_stance(apply_aliases(asked)),
                        one,
                        marked=marked or named is not None,
                        own_line=own_line and not again,
                        numbered=numbered and not index and not again,
                    )
                )
    # Lines of one question broken by the phone («متى خرج\nالجيش؟»): a part without a
    # question word followed by the rest of its sentence is joined.
    # («… من الصحابي اللي تبرع بـ950 جمل؟ جاوبت عبد الرحمن وقالوا غلط مين الصح؟»: the
    # question answers who was right)
    # («اذكر ما قدمه كل من: أ- أبو بكر ب- عثمان»: the items are asked of, not chosen from;
    # «قدم أبو بكر ……، وقدم عمر ……»: two sentences to complete)
    parts = [one for part in parts for one in each_item_parts(part, apply_aliases)]
    parts = [one for part in parts for one in clause_parts(part)]
    parts = without_answer_checks(join_broken(true_false_options(parts)))
    context = f"{passage} {context}".strip()
    preamble = preamble or bool(passage)
    if parts and context:
        parts[0] = claim_asked_about(dataclasses.replace(parts[0], context=context))
    shown = tuple(parts[:MAX_PARTS])
    cleaned = " ".join(part.text for part in shown)
    changed = (
        len(shown) != 1
        # («ماذابعد غزوة تبوك» spaced out is a change: the engine is asked the spaced text)
        or " ".join(MARKS.sub("", original).replace("\u00a0", " ").split()) != cleaned
        or any(part.marked for part in shown)
    )
    return ReadMessage(
        parts=shown,
        more=max(0, len(parts) - MAX_PARTS),
        greeted=greeted,
        changed=changed,
        preamble=preamble,
        compared=comparisons,
    )


_LETTERS = ("أبجدهو", "abcdef")


def _items_in_a_row(stem_label: re.Match[str] | None, stem: str, following: list[Option]) -> bool:
    """«(أ) …\n(ب) …\n(ج) …»: a line labelled «أ» and the lines after it labelled on in
    the same run are the items of a list, not a stem and its options, when most of them
    ask («أ) الثامنة للهجرة» under a stem is an option)."""
    if stem_label is None:
        return False
    labels = [(stem_label.group(1) or stem_label.group(2)).lower()]
    labels += [option.label.lower() for option in following]
    asking = sum(map(has_question_word, [stem, *(option.text for option in following)]))
    return 2 * asking >= len(labels) and any(
        "".join(labels) == run[: len(labels)] for run in _LETTERS
    )


def _choice(stem: str, options: list[Option], original: str) -> Part:
    stem = _apply_imperative(strip_numbering(stem))
    cleaned = tuple(Option(o.label, o.text.strip(" .،,؛;")) for o in options if o.text.strip())
    return Part(Form.CHOICE, as_stance(apply_aliases(stem)), original, cleaned)
