"""Reading what comes before the question on a message's first line.

People greet, address the bot, tell why they ask («عندي اختبار بكرة») or plead before
the question, and sometimes after it. This module finds the question in such a line and
keeps the rest apart as context, which must never decide the answer. Part of reading a
message (knowledge/message.py). It only reads: it never looks at the facts. Thanks,
blessings, opening formulas and pleas that ask nothing are told apart in
knowledge/courtesy_lines.py.
"""

from __future__ import annotations

import re

from knowledge.claim_patterns import THIS_TRUE
from knowledge.courtesy_lines import NOT_KNOWING, is_courtesy, only_not_knowing, only_pleading
from knowledge.demonstratives import DEMONSTRATIVES
from knowledge.message_patterns import (
    ADDRESS,
    ANY_IMPERATIVE,
    ASK_LEAD,
    CLOSING,
    FILLER_PHRASES,
    GREETING,
    LEAD_IN,
    QUESTION_START,
    QUESTION_WORD,
    QUESTION_WORDS,
    QUOTED_SPEAKERS,
    QUOTING_VERBS,
    REQUEST,
    STORY,
    TOPIC_LEAD,
    WANT_TO_KNOW,
)
from knowledge.normalize import normalize, without_conjunction
from knowledge.question_split import has_question_word
from knowledge.sheet_patterns import TF_LEAD
from knowledge.tuning import (
    TOPIC_AFTER_STORY_MAX_WORDS,
    WANTED_TOPIC_MIN_WORDS,
)

# Patterns compiled once (see knowledge/message.py).
# (a run of dots is a blank, not the end of a clause: «ضد الإمبراطورية ........ واللي …»)
# (nor is a dash inside brackets: «هي غزوة (بدر - تبوك - أحد)» separates options there)
# A lead ending «and also»: what came before it was asked, it leads into nothing.
_ALSO_ENDS = re.compile(r"\S\s+و?(?:كمان|ايضا|أيضا|ايضًا|أيضًا|ايضاً|أيضاً|كذلك)[،,]?\s*$")
_CLAUSE_BREAK = re.compile(r"(?<=[!،,؛:\n])\s+|(?<=[^.]\.)\s+|\s+(?=[-–]\s)(?![^()\[\]]*[)\]])")
# A clause ending in words that introduce a quotation («الجيش الذي قال الله فيه:», «قوله
# تعالى:»): what follows is the quoted words («وما النصر إلا من عند الله»), not a question
# opening with «وما».
_QUOTE_INTRO = re.compile(
    rf"(?:(?:{'|'.join(QUOTING_VERBS)})\s+(?:{'|'.join(QUOTED_SPEAKERS)})(?:\s+\S+){{0,3}}"
    r"|تعالى|عز وجل)\s*[:：]?\s*$"
)
_SENTENCE_BREAK = re.compile(r"(?<=[.!\n])\s+")
_NOT_WORD = re.compile(r"[^\w\s]")
# «… فكم كان عددهم؟»: «so how many …» after what was told.
_SO_ASKING = re.compile(r"\sف(?=(?:كم|كام|ما|ماذا|من|مين|متى|متي|لماذا|هل|اين|أين|كيف)\s)")
# Question words that never mean «from», «what» as a relative, or «not» («من», «ما»): after
# a story in the same clause («عندي امتحان بكرة متى كانت …») they start the question.
_PLAIN_ASKING = re.compile(
    r"(?:^|\s)(?:متى|متي|امتى|إمتى|كم|كام|لماذا|ليش|ليه|علاش|مين|منو|شكون|أين|اين|وين|فين"
    r"|هل|كيف|كيفاش|شلون|شو|شنو|وش|ماذا|قديش|شحال|شكد)(?=\s)"
)
# «وما عرفت», «ما لقيت»: «ما» negating what the one asking did is no question word.
_NOT_DONE = re.compile(r"(?:^|\s)و?ما\s+(?=\S{2,}ت(?:ش)?(?:\s|$))")
# «… وعايز أعرف …», «… وبدي اعرف …» inside a clause that tells a story first.
_WANT_TO_KNOW_INSIDE = re.compile(
    r"\s+و(?:عايز|عاوز|بدي|ابي|أبي|اريد|أريد|حاب|حابب|بغيت|ابغى|أبغى|ودي|نبي)\s+"
    r"(?:ان\s+|أن\s+)?(?:أعرف|اعرف|نعرف)\s+"
)
# «… والأستاذ طلب نكتب عن …», «المدرسة طالبة اكتب عن …»: what they were asked to write about
# is the topic asked; who asked it is a story.
_ASKED_TO_WRITE = re.compile(
    r"(?:^|\s)و?(?:طلب|طلبت|طلبات|طالب|طالبه|طالبة)\s+(?:منا\s+|مني\s+|منّا\s+)?(?:ان\s+|أن\s+)?"
    r"(?:ن|أ|ا)?كتب(?:و|وا)?\s+(?:\S+\s+)?عن\s+"
)
# «… ممكن تساعدوني» closing the clause of the request.
_HELP_TAIL = re.compile(r"\s+(?:ممكن|هل)\s+تساعد(?:و)?ن[يى]\s*[؟?]?\s*$")
# «because …» after the question: why they ask («لان عندي اختبار بكره», Levantine «لانو …»).
_BECAUSE = re.compile(
    r"[،,]?\s+(?:لان|لأن|لإن|لانه|لأنه|لاني|لأني|لانو|لأنو|لإنو|لاننا|لأننا|عشان|علشان|كوني)\s+"
)
# A question, its question mark, then a clause that asks nothing.
_STORY_AFTER = re.compile(r"^(.*[؟?])\s*([^؟?]+)$")


def strip_preamble(text: str) -> tuple[str, bool, str, bool]:
    """Split a first line into the question and what comes before it.

    A greeting and an address are dropped; clauses before the first clause that opens with
    a question word (a story, a lead-in such as «عندي بحث…») are kept apart as context,
    and so is a lead-in inside that clause («وأبي أعرف متى…» asks «متى…»). Returns the
    question, whether a greeting was dropped, the context, and whether the context is a
    story or a lead-in (rather than the question's own topic, «آية انفروا…، بأي سورة؟»).
    """
    greeted = False
    addressed = False
    while True:
        match = GREETING.match(text) or ADDRESS.match(text) or _BARE_ADDRESS.match(text)
        if match is None or match.end() >= len(text):
            break
        greeted = greeted or bool(GREETING.match(text))
        addressed = addressed or not GREETING.match(text)
        text = text[match.end() :]
    pleading = _PLEA_ASKED.match(text)
    if pleading is not None and only_pleading(pleading.group(1)):
        # «ممكن مساعدة يا أخوة؟ أكيدر منو هذا؟»: the plea's «؟» asks for help, not a fact
        text, addressed = text[pleading.end() :], True
    source = _FROM_SOURCE.match(text)
    if source is not None and len(text[source.end() :].split()) >= 2:
        # «من ورقة المسابقة: اذكر …», «من كراسة المراجعة (…): …»: where the question was
        # found, before it; «من» there is «from», not «who»
        text, addressed = text[source.end() :], True
    opinion = _OPINION_ASKED.match(text)
    if opinion is not None and _claim_lead_at(text, opinion.end()):
        # «شنو رايك، صج ان دومة الجندل صالحت …؟»: asking the reader's view of a claim
        text, addressed = text[opinion.end() :], True
    called = _VOCATIVE.match(text)
    if called is not None and _claim_lead_at(text, called.end()):
        # «يا ابني صحيح ان الرسول رابط …», «يا حبيبي صح ان …»: the vocative «يا» and the one
        # word it calls, whatever the word, before a claim's lead is an address
        text, addressed = text[called.end() :], True
    statement_lead = TF_LEAD.match(text)
    if statement_lead is not None and statement_lead.end() > 0:
        # «صح أم خطأ: كانت تبوك قريبة من المدينة»: the statement to judge, not a story
        # («من» inside it is «from»)
        return text.strip(), greeted, "", False
    clauses = [c for c in _CLAUSE_BREAK.split(text) if c.strip()]
    # Courtesy clauses («الله يخليك،», «أحسن الله إليكم،») and a closing request («هل
    # تساعدني؟») say nothing about the question.
    while len(clauses) > 1 and is_courtesy(clauses[0]):
        clauses.pop(0)
        addressed = True
    while len(clauses) > 1 and (CLOSING.match(clauses[-1]) or is_courtesy(clauses[-1])):
        clauses.pop()
    clauses = [FILLER_PHRASES.sub("", clause) or clause for clause in clauses]
    clauses = _reported_question_apart(clauses)
    clauses = _question_after_the_quote(clauses)
    context: list[str] = []
    # An exam verb opening a clause («اذكر الآية …، وما رقمها؟») asks as a question word does.
    asking = next(
        (
            i
            for i, c in enumerate(clauses)
            if not (i and _QUOTE_INTRO.search(clauses[i - 1]))
            and (
                QUESTION_START.match(c)
                or (ANY_IMPERATIVE.match(c.strip()) is not None and not STORY.search(c))
            )
        ),
        None,
    )
    if asking is None:
        # No clause opens with a question word: look for one led into inside a clause.
        for index, clause in enumerate(clauses):
            for match in QUESTION_WORD.finditer(clause):
                lead = clause[: match.start()]
                if NOT_KNOWING.match(clause, match.start()):
                    continue  # «وما عرفت أجاوبه» denies, it does not ask
                asked = clause[match.start() :].split()
                if (
                    lead.strip()
                    and len(asked) >= 3
                    # («يا جماعة الخير متى…»: an address alone leads in as well)
                    and (LEAD_IN.search(lead) or is_courtesy(lead))
                    and not QUESTION_WORD.search(NOT_KNOWING.sub(" ", lead))
                    # («ابغى اعرف اسم السفير وكمان ليش …»: «and also» ends a question)
                    and not _ALSO_ENDS.search(lead)
                ):
                    context = [*clauses[:index], clause[: match.start()]]
                    clauses = [clause[match.start() :].strip(), *clauses[index + 1 :]]
                    break
            if context:
                break
        if not context and len(clauses) == 1:
            # «عندي امتحان بكرة وما عرفت متى كانت غزوة تبوك؟»: a story, then the question
            # in the same clause with no comma between them.
            match = _PLAIN_ASKING.search(clauses[0])
            lead = clauses[0][: match.start()] if match is not None else ""
            wanting = WANT_TO_KNOW.match(lead)
            if (
                match is not None
                and STORY.search(lead)
                # («ابي اعرف خالد راح وين …»: «I want to know» is no story; the subject
                # asked about stands between it and a question word asked last)
                and (
                    wanting is None
                    or STORY.search(lead[wanting.end() :])
                    or is_courtesy(lead[wanting.end() :])
                )
                and not QUESTION_WORD.search(_NOT_DONE.sub(" ", lead))
                and not _ALSO_ENDS.search(lead)
                and len(clauses[0][match.end() :].split()) >= 2
            ):
                context = [lead]
                clauses = [clauses[0][match.start() :].strip()]
        if not context:
            # «سمعت خطيبا يقول ان جيش تبوك كان ثلاثين الفا فكم كان عددهم؟»: «ف» + a question
            # word after a story in the same clause.
            for index, clause in enumerate(clauses):
                match = _SO_ASKING.search(clause)
                if match is not None and STORY.search(clause[: match.start()]):
                    context = [*clauses[:index], clause[: match.start()]]
                    clauses = [clause[match.start() + 2 :].strip(), *clauses[index + 1 :]]
                    break
        if not context:
            # «عندي بحث للمدرسة عن غزوة تبوك وعايز أعرف هي كانت امتى؟»: the story and the
            # question in one clause, joined by «و» + «I want to know».
            for index, clause in enumerate(clauses):
                match = _WANT_TO_KNOW_INSIDE.search(clause)
                written = _ASKED_TO_WRITE.search(clause)
                if match is None and written is not None:
                    clause = _HELP_TAIL.sub("", clause)
                    match = _ASKED_TO_WRITE.search(clause)
                # («… واريد ان اعرف نتائج غزوة تبوك»: what follows may be a topic, not a
                # question)
                if (
                    match is not None
                    and (match is written or STORY.search(clause[: match.start()]))
                    and len(clause[match.end() :].split()) >= WANTED_TOPIC_MIN_WORDS
                ):
                    context = [*clauses[:index], clause[: match.start()]]
                    clauses = [clause[match.end() :].strip(), *clauses[index + 1 :]]
                    break
        story_before = len(clauses) > 1 and (
            STORY.search(" ".join(clauses[:-1]))
            or not any(QUESTION_WORD.search(c) for c in clauses[:-1])
        )
        last = clauses[-1]
        asks_last = bool(QUESTION_WORD.search(last) or THIS_TRUE.match(last)) and not (
            len(clauses) > 1 and _QUOTE_INTRO.search(clauses[-2])
        )
        if not context and story_before and not asks_last and STORY.search(" ".join(clauses[:-1])):
            # «المدرسة طالبة تقرير عن غزوة تبوك، ممكن تنطيني ملخص عنها؟»: a request.
            asks_last = "؟" in last or "?" in last or bool(REQUEST.match(last))
        if not context and story_before and asks_last:
            # «المدرس قال هنتسأل عن عدد الجيش، كان كام في تبوك؟»: the last clause asks;
            # «خطيب الجمعة قال إن …، صح هالكلام؟» asks whether the story's claim is true.
            context, clauses = clauses[:-1], clauses[-1:]
        elif not context and story_before and not any(map(has_question_word, clauses)):
            # «أنا معلمة … . بدي ملخص قصير عن الغزوة»: a request after a story, no question.
            sentences = [c for c in _SENTENCE_BREAK.split(" ".join(clauses)) if c]
            if len(sentences) > 1 and STORY.search(" ".join(sentences[:-1])):
                context, clauses = sentences[:-1], sentences[-1:]
            elif (
                STORY.search(" ".join(clauses[:-1]))
                and len(clauses[-1].split()) <= TOPIC_AFTER_STORY_MAX_WORDS
                and not STORY.search(clauses[-1])
                and not clauses[-1].startswith("و")
            ):
                # «كنت في العمرة وسمعت الناس يتكلمون عن الغزوات، تقدم جيوش الروم»: a story,
                # then the topic asked about, a short clause of its own.
                context, clauses = clauses[:-1], clauses[-1:]
    elif (
        asking
        and (
            STORY.search(" ".join(clauses[:asking]))
            or not any(QUESTION_WORD.search(c) for c in clauses[:asking])
            # («أنا الصحابية اللي كانت أول من آمن …، من أنا؟»: a riddle's description, its
            # «من» no question word, is still what a bare «من أنا؟» asks about)
            or (not any(map(_asks, clauses[:asking])) and _names_its_own(clauses[asking]))
        )
    ):
        context = clauses[:asking]
        clauses = clauses[asking:]
    question = " ".join(clauses).strip()
    after = _STORY_AFTER.match(question)
    told_after = after.group(2) if after is not None else ""
    if (
        told_after
        and not has_question_word(told_after)
        and (
            STORY.search(told_after)
            or CLOSING.match(told_after)
            or is_courtesy(told_after)
            or asks_a_reply_form(told_after)
        )
    ):
        # «ملخص سريع عن غزوة تبوك؟ عندي حلقة بحث بكرا»: the story may follow the question.
        question = question[: -len(told_after)].strip()
        context.append(told_after)
    tail = [c for c in _CLAUSE_BREAK.split(question) if c.strip()]
    while len(tail) > 1 and only_not_knowing(tail[-1].strip()):
        # «… ليه الروم كانوا عايزين يقضوا على المسلمين، ومش عارفة اشرحلها»: that they cannot
        # answer it asks nothing more, and read with the question its words would match
        context.append(tail.pop())
        question = question[: question.rindex(context[-1])].rstrip(" ،,")
    because = _BECAUSE.search(question)
    if because is not None and STORY.search(question[because.end() :]):
        # «… نتائج غزوة تبوك باختصار لان عندي اختبار بكره»: why they ask is a story too.
        context.append(question[because.start() :].strip())
        question = question[: because.start()].strip()
    story = bool(STORY.search(" ".join(context)))
    plea = _PLEA_FIRST.match(question)
    if plea is not None and len(question[plea.end() :].split()) >= 2:
        # «عفاك هرقل ده مين؟», «بالله عليك متى …»: a plea opening the question asks nothing
        context.append(plea.group(0))
        question, addressed = question[plea.end() :], True
    for lead_pattern in (ASK_LEAD, WANT_TO_KNOW):
        lead_in = lead_pattern.match(question)
        if lead_in is not None and len(question) - lead_in.end() > 3:
            # «عندي سؤال:», «أبي أعرف»: a lead-in says nothing, so it is no story.
            context.append(question[: lead_in.end()])
            question = question[lead_in.end() :]
    told = " ".join(c.strip() for c in context).strip(" ،,.:")
    # An address or a plea dropped («عزيزي البوت،», «سلام خويا، عفاك») is no topic either:
    # read whole with the question, its words would be taken for the facts' («خويا»).
    story = story or (addressed and (not told or is_courtesy(told)))
    return question.strip(), greeted, told, story


# «ابني يسأل ليش …», «المعلمة سألتنا متى …»: who asks, right before the question they ask.
_REPORTED = re.compile(
    r"(?:^|\s)(?:يسأل|بيسأل|يسال|بيسال|تسأل|بتسأل|تسال|بتسال|سأل|سال|سألني|سالني|سألتني|سالتني"
    r"|سألنا|سالنا|سألتنا|سالتنا|يسألني|بيسألني|تسألني|بتسألني|يسالني|تسالني)\s*[:：]?\s*$"
)


def _reported_question_apart(clauses: list[str]) -> list[str]:
    """«ابني يسأل ليش الروم جمعوا جيوشهم، ايش كان قصدهم؟»: the question someone asks, told
    in the clause before another question, is a question of its own; who asks is a lead-in
    (read whole as a story, it left the question to the follow-up after it)."""
    for index, clause in enumerate(clauses[:-1]):
        if QUESTION_START.match(clause):
            return clauses
        match = QUESTION_WORD.search(clause)
        if (
            match is not None
            and _REPORTED.search(clause[: match.start()])
            and len(clause[: match.start()].split()) <= 4
            and len(clause[match.start() :].split()) >= 3
        ):
            lead, asked = clause[: match.start()].strip(), clause[match.start() :].strip()
            return [*clauses[:index], lead, asked, *clauses[index + 1 :]]
    return clauses


# «الذي/التي/الذين/اللي» ending what a quotation is said of («الجيش الذي»).
_RELATIVE_END = re.compile(r"\s*(?:الذي|التي|الذين|اللذين|اللي|الي|اللى)\s*$")
# A closing quotation mark, then a question word opening what follows it.
_QUOTE_CLOSED = re.compile(rf"[»”\"]\s*(?=(?:و|ف)?(?:{QUESTION_WORDS})(?:\s|$|[؟?]))")


def _question_after_the_quote(clauses: list[str]) -> list[str]:
    """««الجيش الذي قال الله فيه: لقد تاب الله …» شو اسمه؟»: after a clause that introduces
    a quotation (`_QUOTE_INTRO`), the quoted words run to their closing mark, and a question
    after that mark asks about what the introducing clause names («الجيش»): that clause and
    the question are read together, the quoted words set apart before them. Left whole, the
    question started nowhere and the quoted verse was read as the question (its verse
    answered in place of the army it is said of); read with the quotation alone, the names
    in it («الأنصار») were taken for what is asked about. Only the words described are
    kept (not «قال الله فيه», which asks for words said), and only when the introducing
    clause describes something («قال تعالى:» alone is left as it was)."""
    for index, clause in enumerate(clauses[1:], start=1):
        intro = _QUOTE_INTRO.search(clauses[index - 1])
        described = _RELATIVE_END.sub("", clauses[index - 1][: intro.start()]) if intro else ""
        opening = described.strip()[:1] if described.strip()[:1] in '«"“' else ""
        described = described.strip().lstrip('«"“').strip()
        if not described:
            continue
        close = _QUOTE_CLOSED.search(clause)
        if close is None or not clause[: close.start()].strip():
            continue
        asked = clause[close.end() :].strip()
        if len(asked.split()) < 2:
            continue
        # (the quoted words keep their opening mark: names inside them are no topic told,
        # knowledge/story_reading.py `about_the_one_told`)
        quoted = opening + clause[: close.end()].strip()
        return [*clauses[: index - 1], quoted, f"{described} {asked}", *clauses[index + 1 :]]
    return clauses


# «يا ابني»: the vocative particle and the word it calls (read as an address only before a
# claim's lead, where no other reading of «يا» + a word is left; see _claim_lead_at).
# «شنو رايك،», «ما رأيك:», «إيه رأيكم؟»: what do you think (of the claim after it).
_OPINION_ASKED = re.compile(
    r"^\s*(?:شنو|شو|ايش|إيش|ايش|وش|ما|ايه|إيه|اش|شنهو)\s+(?:رايك|رأيك|رايكم|رأيكم)"
    r"\s*[،,:؟?!]*\s+"
)
_VOCATIVE = re.compile(r"^\s*يا\s*[^\s،,.!:؛؟?]+\s*[،,]?\s+")


# How the reply should be put («رد باختصار», «اكتبلي فقرة قصيرة اقدر انسخها», «ابي جواب
# بسيط تفهمه»): a verb of replying or writing, the reply's length or form, and the words
# around them (normalised). Only a clause made of these asks nothing of the facts.
_REPLY_FORM_WORDS = frozenset(
    normalize(word)
    for word in """
    رد ردلي ردي جاوب جاوبني جاوبيني اجب اجبني أجب أجبني اكتب اكتبلي اكتبي اكتبيلي لخص لخصلي
    ابي أبي ابغى أبغى بدي اريد أريد عايز عاوز حاب ودي
    لي الي الها اله باختصار بإيجاز بايجاز مختصر مختصرة مختصره قصير قصيرة قصيره فقرة فقره
    سطر سطرين بسطر بسطرين واحد جواب اجابة إجابة بسيط بسيطة بسيطه بنقاط نقاط بالتفصيل مفصل
    شديد جدا دقيق دقيقة اقدر أقدر نقدر انسخها انسخه أنسخها أنسخه تفهمه تفهمها يفهمه يفهمها
    من فضلك لو سمحت سمحت فضلك
    """.split()
)
# The words that make such a clause about the reply, not a bare «ابي»: its length or form.
_REPLY_FORM_MARKS = frozenset(
    normalize(word)
    for word in """
    باختصار بإيجاز بايجاز مختصر مختصرة مختصره قصير قصيرة قصيره فقرة فقره سطر سطرين بسطر
    بسطرين بسيط بسيطة بسيطه بنقاط نقاط بالتفصيل مفصل
    """.split()
)


def asks_a_reply_form(clause: str) -> bool:
    """Whether a clause after the question only says how to put the reply («رد باختصار»,
    «اكتبلي فقرة قصيرة اقدر انسخها»): read with the question, «رد» would be «رد فعل»."""
    words = [without_conjunction(word, "و") for word in normalize(clause).split()]
    return (
        bool(words)
        # («باختصار الله يخليكم», «بنقاط يا شباب»: a plea beside the form asks nothing more)
        and all(word in _REPLY_FORM_WORDS or is_courtesy(word) for word in words)
        and any(word in _REPLY_FORM_MARKS for word in words)
    )


def _claim_lead_at(text: str, start: int) -> bool:
    """Whether a claim's lead («صحيح ان», «صح او خطأ:», «هل صحيح ان») opens text[start:]
    with a claim after it."""
    lead = TF_LEAD.match(text[start:])
    return lead is not None and 0 < lead.end() < len(text) - start


# «يا أستاذ لو سمحت متى …», «فضيلة الشيخ متى …»: an address opening the line with no comma
# («يا جماعة الخير …»: «of the good» is the address's courtesy).
_BARE_ADDRESS = re.compile(
    r"^\s*(?:يا\s+(?:شيخ|شيخنا|أستاذ|استاذ|أستاذة|استاذة|أستاذي|استاذي|أخي|اخي|اخوي|أخوي|خويا|اخوان"
    r"|إخوان|اخواني|إخواني|جماعة|جماعه|شباب|دكتور|بوت|باشا|غالي|الغالي|حبيبي|عمي|حجي|معلم)"
    r"|فضيلة\s+الشيخ|سماحة\s+الشيخ|شيخنا\s+الفاضل|أخي\s+الكريم|اخي\s+الكريم|عزيزي\s+البوت|يالغالي)"
    r"(?:\s+(?:الكريم|الفاضل|العزيز|الغالي|الخير|الله\s+يخليك|الله\s+يحفظك|الله\s+يسعدك|لو\s+سمحت|عفاك))*"
    r"\s+(?=\S+\s+\S)"
)


# Words a question may ask with that name nothing of its own («من أنا؟», «ما هي هذه الغزوة؟»).
_NAMING_NOTHING = frozenset(
    "انا أنا هو هي هم هذا هذه هذي هاي هادي هاد ده دي دا الغزوة الغزوه هالغزوة المعركة المعركه"
    " اسمها اسمه اسم سميتها اذن إذن".split()
)


def _names_its_own(clause: str) -> bool:
    """Whether a question clause names something besides its question word and pronouns."""
    opening = QUESTION_START.match(clause)
    rest = clause[opening.end() :] if opening is not None else clause
    words = _NOT_WORD.sub(" ", rest).split()
    # («… ، من هو هذا الصحابي؟», «مين هالقائد؟»: a pointing word asks about what was told)
    if any(word in DEMONSTRATIVES or word.startswith("هال") for word in words):
        return False
    return any(word not in _NAMING_NOTHING for word in words)


# A plea that opens the line and ends with its own question mark («ممكن مساعدة؟ …»).
# «من ورقة المسابقة:», «من كراسة المراجعة (حليت ب):», «من كتاب ابني:»: the paper, book or
# post a question was copied from, named with «من» and closed by a colon, «سؤال» before it
# or not.
_FROM_SOURCE = re.compile(
    # («سؤال من مسابقة الحي:», «هذا سؤال من كتاب ابني:»: the question said to come from it)
    r"^\s*(?:(?:هذا|هاد|هذي|ده|هاي)\s+)?(?:ال)?(?:سؤال|سوال)?\s*من\s+(?:ال)?(?:ورق[ةه]|كراس[ةه]|كراس|كتاب|ملزم[ةه]|دفتر|امتحان|اختبار|مسابق[ةه]"
    r"|بنك|مقرر|منهج|درس|واجب|نشاط|تعليق|منشور|بوست|فيديو|مقطع|قناة|قناه)"
    r"(?:\s+[^\s:：()؟?]+){0,3}\s*(?:\([^()]*\))?\s*[:：]\s*"
)
_PLEA_ASKED = re.compile(r"^\s*([^؟?]{2,40}[؟?])\s*(?=\S+\s+\S)")
# A plea opening the question itself, with no comma after it.
_PLEA_FIRST = re.compile(
    r"^\s*(?:عفاك|الله\s+يخليك|الله\s+يخليكم|بالله\s+عليك(?:م)?|بالله|تكفى|تكفون|أرجوك|ارجوك"
    r"|الله\s+يرضى\s+عليك|الله\s+يحفظك|الله\s+يسعدك|يا\s+ريت"
    r"|(?:بس\s+)?(?:بسرعة|بسرعه|بليز|ضروري|عاجل|please))\s*[،,]?\s+"
)


def _asks(clause: str) -> bool:
    """Whether a clause asks: «من»/«ما» inside it, after a word and before another
    («انا متابع القناة من زمان»), are «from» and «not», not question words."""
    if any(mark in clause for mark in "؟?") or QUESTION_START.match(clause):
        return True
    words = clause.split()
    for match in QUESTION_WORD.finditer(NOT_KNOWING.sub(" ", clause)):
        inside = match.start() > 0 and len(clause[match.end() :].split()) > 0
        if match.group(3) not in ("من", "ما") or not inside or len(words) < 3:
            return True
    return False


def without_address(text: str) -> str:
    """The text without the greetings and addresses that open it («السلام عليكم يا شيخ،»)."""
    while True:
        match = GREETING.match(text) or ADDRESS.match(text) or _BARE_ADDRESS.match(text)
        if match is None or match.end() >= len(text):
            return text
        text = text[match.end() :]


def topic_first(text: str) -> tuple[str, bool]:
    """«عندي سؤال عن هرقل: بماذا استرضى…»: the topic belongs to the question, so keep it."""
    match = TOPIC_LEAD.match(text)
    if match is None or not has_question_word(match.group(2)):
        return text, False
    return f"{match.group(2).strip()} {match.group(1).strip()}", True
