"""A follow-up part read with the part before it: «وكم عدده؟» after «متى خرج الجيش؟» is
the army's number, «وكيف تاب الله عليهم؟» after a detail the text lacks is not answered
either, and a later question naming no one carries the names asked about before it.
(knowledge/forms.py answers each part, then joins its follow-ups here.)"""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

from knowledge.analysis import analyze
from knowledge.answered_referents import the_one_answered
from knowledge.asked import VERSE_WORDS
from knowledge.engine import DEFINITIONS_GAP, Outcome, Reply
from knowledge.follow_ups import POINTING_WORDS, has_possessive, names_in, own_words, refers
from knowledge.form_replies import PartReply, Status
from knowledge.gaps import asks_the_lacking
from knowledge.lexicon import ENTITIES, QuestionType
from knowledge.message import Form, Part, has_question_word
from knowledge.normalize import normalize
from knowledge.part_joins import (
    asks_yes_or_no,
    names_carried,
    names_the_expedition,
    points_back,
    points_with_a_pronoun,
)
from knowledge.pronoun_follow_ups import line_pointing_back, read_with_the_part_before
from knowledge.pronoun_referents import (
    EXPEDITION_NAME,
    about_the_expedition,
    may_stand_for_the_expedition,
    says_their,
    with_the_expedition,
)
from knowledge.restated_why import restates_the_why
from knowledge.stemming import stem
from knowledge.that_follow_ups import that_of_the_part_before
from knowledge.verse_follow_ups import verse_detail_of_the_verse_before

if TYPE_CHECKING:
    from knowledge.forms import FormAnswerer


# Question types that ask a detail of someone or something, which must be named or carried.
_DETAIL_TYPES = frozenset(
    {QuestionType.TIME, QuestionType.PLACE, QuestionType.REASON, QuestionType.MANNER}
)


def join_follow_ups(answerer: FormAnswerer, replies: list[PartReply]) -> list[PartReply]:
    """A follow-up that points back belongs to the part before it: dropped when that part
    is answered, else read together with it."""
    kept: list[PartReply] = []
    for reply in replies:
        if kept and kept[-1].done and restates_the_why(reply.part.text, kept[-1].part.text):
            continue  # («ليش ما صار قتال؟ وش السبب؟»: the why before, asked again)
        if (
            kept
            and not reply.part.own_line
            and kept[-1].reply.outcome is Outcome.GAP
            and not _undefined(kept[-1])
            and (
                points_with_a_pronoun(reply.part.text, answerer.engine.matcher.vocabulary)
                or _asks_a_detail_of_no_one(answerer, reply.part)
            )
            and not any(  # («ووش اللي قدمه عثمان؟» names its own subject)
                stem(word, answerer.engine.matcher.vocabulary) in ENTITIES
                for word in normalize(reply.part.text).split()
            )
        ):
            # «شو صار مع الثلاثة اللي تخلفوا؟ وكيف تاب الله عليهم؟»: after a detail the
            # text lacks, a question pointing back («عليهم», «معه») or asking when, where,
            # why or how of no one named («وعلاش رجعو؟») asks about the same
            # thing, so it is not answered either («ماله» in «ومين قدم نص ماله؟» is the
            # giver's own).
            unknown = dataclasses.replace(
                reply.reply, outcome=Outcome.UNKNOWN, fact=None, suggestions=()
            )
            kept.append(PartReply(reply.part, unknown, Status.NOT_ANSWERED))
            continue
        if kept and points_back(reply, answerer.engine.matcher.vocabulary):
            if (
                reply.done
                and kept[-1].done
                and reply.fact is not None
                and reply.fact != kept[-1].fact
                and not refers(
                    reply.part.text,
                    answerer.engine.matcher.vocabulary,
                    possessive=_names_someone(answerer, kept[-1].part),
                )
            ):
                # «… كانت امتى؟ وضد مين؟»: short, but it asks another detail of the
                # expedition, and read with it, another fact answers it. («وشو صار
                # معه؟», «وما شروطها؟» point at something the engine cannot resolve.)
                kept.append(reply)
                continue
            if kept[-1].done:
                # «متى خرج الجيش؟ وكم عدده؟»: «its number» is the army's. Read with what
                # the part before it is about; dropped when that reading adds nothing.
                about = _about_previous(answerer, reply, kept[-1], kept)
                if about is None:
                    about = _in_its_place(answerer, reply, kept[-1], kept)
                if about is not None:
                    kept.append(about)
                continue
            if (
                kept[-1].reply.outcome is Outcome.GAP
                and reply.done
                and reply.reply.rule != "overview"  # (what a vague question gets)
                and (names_the_expedition(reply.part.text) or asks_yes_or_no(reply.part.text))
                and not refers(reply.part.text, answerer.engine.matcher.vocabulary)
            ):
                # «متى رجع النبي للمدينة؟ وإيه نتايج الغزوة؟»: the part before asks a
                # detail the text lacks; this one asks about the expedition itself and
                # is answered alone («وما قصتهم؟» still points at the part before).
                kept.append(reply)
                continue
            if (
                reply.done
                and kept[-1].reply.outcome is Outcome.SUGGEST
                and reply.fact in {c.fact for c in kept[-1].reply.suggestions}
            ):
                # «من هم المنافقون بالاسم؟ وماذا فعلوا في تبوك؟»: read with the names the
                # part before asked about (read_with_previous), «they» got one of the facts
                # that part was unsure of; joined, the two would stay unsure together
                kept.append(reply)
                continue
            previous = kept.pop().part
            joined = dataclasses.replace(
                previous,
                text=f"{previous.text} {reply.part.text}",
                original=f"{previous.original} {reply.part.original}",
            )
            kept.append(answerer.plain(joined, answerer.engine.answer(joined.text)))
            continue
        kept.append(reply)
    return kept


def _undefined(reply: PartReply) -> bool:
    """Whether a part lacks only a definition («ما هي أيلة؟»: the text names Ayla, and
    what it did there, but never says what the place is). What it asks about is known, so a
    follow-up pointing at it («النبي عمل معها ماذا؟») asks a detail the text may state, not
    the same unstated thing."""
    return reply.reply.gap is not None and reply.reply.gap.id == DEFINITIONS_GAP


def _about_previous(
    answerer: FormAnswerer, reply: PartReply, previous: PartReply, kept: list[PartReply]
) -> PartReply | None:
    """A follow-up read with what the part before it is about: the names it asked about
    («وش سوى هرقل؟ وكم عدد جيشه؟»), else its last words, one more at a time (the subject
    comes last: «ما سبب تسمية الجيش بجيش العسرة»; its first words ask its own detail).
    Kept when a reading gets a fact no earlier part got and that the follow-up alone
    already pointed at (its answer or one of its suggestions); a reading that asks a
    detail the text lacks is said so in its place."""
    part = reply.part
    alone = {c.fact.id for c in reply.reply.suggestions}
    if reply.fact is not None:
        alone.add(reply.fact.id)
    if not alone:
        return None
    taken = {one.fact.id for one in kept if one.fact is not None}
    words = [
        word
        for word in own_words(previous.part.text)
        if not has_question_word(word) and word not in POINTING_WORDS
    ]
    vocabulary = answerer.engine.matcher.vocabulary
    names = names_carried(part, [word for word in words if stem(word, vocabulary) in ENTITIES])
    # (then its first word alone when a definite noun: «هو الجيش اسمه ايه؟ وعدده كام؟» names
    # its subject first, then asks its own detail)
    subject_first = [words[:1]] if len(words) > 1 and words[0].startswith("ال") else []
    readings = (
        [names]
        if names
        else [words[start:] for start in reversed(range(len(words)))] + subject_first
    )
    unsure: PartReply | None = None
    for carried in readings:
        again = answerer.engine.answer(f"{part.text.rstrip(' ؟?')} {' '.join(carried)}")
        if again.outcome is Outcome.GAP:
            return PartReply(part, again, Status.NOT_ANSWERED)
        fact = again.fact
        if again.answered and fact is not None and fact.id in alone - taken:
            return answerer.plain(part, again, judge=False)
        # («وش سوا هرقل وكمان مين جاب معه من القبايل»: read with Heraclius, his own fact,
        # given already, is offered first, then his allies, which the part alone answers)
        offered = [c.fact.id for c in again.suggestions if c.fact.id not in taken]
        if reply.done and reply.fact is not None and offered[:1] == [reply.fact.id]:
            return reply
        leading = again.suggestions[0].fact.id if again.suggestions else None
        if unsure is None and leading is not None and leading in alone - taken:
            # «ما دور خالد في مؤتة؟ وما دوره في تبوك؟»: another detail of him, which the
            # engine is unsure of: asked back in its place, never dropped
            unsure = PartReply(part, again, Status.NOT_ANSWERED)
    if (
        unsure is None
        and reply.done
        and reply.fact is not None
        and reply.fact.id not in taken
        and names_the_expedition(previous.part.text)
    ):
        # Nothing before it to read it with: its pronoun points at the expedition itself
        # (pronoun_referents.with_the_expedition), kept when read so it gets the same fact.
        reading = with_the_expedition(part.text)
        named = answerer.engine.answer(reading) if reading else None
        if named is not None and named.answered and named.fact == reply.fact:
            return reply
    return unsure


def _in_its_place(
    answerer: FormAnswerer, reply: PartReply, previous: PartReply, kept: list[PartReply]
) -> PartReply | None:
    """A short follow-up that no reading with the part before it placed: dropped only when
    it restates that part; else it keeps its place, never lost without a word («ما هي
    تبوك؟ ومتى كانت؟»: «when was it» is the expedition's date, a question of its own).

    After a part that names the expedition and asks about it, it is read with the
    expedition named (what its «it» stands for: «وأين هي؟», «ومتى كانت؟»); a reading that
    gets a fact no earlier part got answers it. A reading that gets an earlier part's
    fact, or a follow-up that asks what the part before asks (the same question word:
    «متى كانت؟ بأي شهر؟»), only restates it. Otherwise it is said in its place that it is
    not answered (asked back)."""
    part = reply.part
    vocabulary = answerer.engine.matcher.vocabulary
    taken = {one.fact.id for one in kept if one.fact is not None}
    again = reply.reply
    if (
        names_the_expedition(previous.part.text)
        and about_the_expedition(previous.part.text)
        and may_stand_for_the_expedition(part.text, previous.part.text, vocabulary)
    ):
        again = answerer.engine.answer(f"{part.text.rstrip(' ؟?')} {EXPEDITION_NAME}")
        if not (again.answered and again.fact is not None and again.fact.id not in taken):
            # «من قاد غزوة تبوك؟ ومتى؟», «ما سبب غزوة تبوك؟ ومتى؟»: read «متى قاد …», «متى
            # سبب …», the bare «when» asks when the expedition itself was
            itself = _of_the_expedition_itself(answerer, part, previous.part)
            again = itself if itself is not None else again
        if again.answered and again.fact is not None:
            if again.fact.id in taken:
                return None
            return answerer.plain(part, again, judge=False)
    if reply.fact is not None and reply.fact.id in taken:
        return None
    bare = not own_words(previous.part.text) and not previous.part.context
    if reply.done and previous.done and bare:
        # «وين صارت؟ ومين قادها؟»: the part before names nothing and follows no story, so
        # it was asked of the expedition; «it» here is the expedition too, and the part
        # alone got a fact of its own («شو القصة؟» after a story points at the story)
        return reply
    asked = analyze(part.text, vocabulary).question_type
    if asked is analyze(previous.part.text, vocabulary).question_type:
        return None
    if again.outcome is Outcome.GAP:
        return PartReply(part, again, Status.NOT_ANSWERED)
    unsure = again if again.suggestions and not again.answered else reply.reply
    if unsure.answered:
        unsure = dataclasses.replace(unsure, outcome=Outcome.UNKNOWN, fact=None, suggestions=())
    return PartReply(part, unsure, Status.NOT_ANSWERED)


# The expedition's own when, where and why, asked with its name (`_of_the_expedition_itself`).
_ASKED_OF_THE_EXPEDITION = {
    QuestionType.TIME: "متى كانت غزوة تبوك؟",
    QuestionType.PLACE: "أين كانت غزوة تبوك؟",
    QuestionType.REASON: "لماذا كانت غزوة تبوك؟",
}


def _of_the_expedition_itself(answerer: FormAnswerer, part: Part, previous: Part) -> Reply | None:
    """A follow-up that names nothing the part before it did not («ومتى؟» after «من قاد
    غزوة تبوك؟», read «متى قاد غزوة تبوك؟») asking when, where or why: of the expedition
    that part asked about, asked so by name. (The part before's verb or noun, «قاد», «سبب»,
    asked its own detail; with the new question word it leads to that part's fact.)"""
    vocabulary = answerer.engine.matcher.vocabulary
    asked = analyze(part.text, vocabulary).question_type
    question = _ASKED_OF_THE_EXPEDITION.get(asked)
    if question is None or not set(own_words(part.text)) <= set(own_words(previous.text)):
        return None
    if asked is analyze(previous.text, vocabulary).question_type:
        return None
    return answerer.engine.answer(question)


# Words a «why was it named so» follow-up may hold besides the naming verb.
_NAMING_POINTERS = frozenset(
    "بذلك بهذا ذلك هذا الاسم بالاسم بهالاسم هيك هكذا كذا بكذا سبب".split()
)


def _asks_why_named(text: str) -> bool:
    """«ولماذا سميت؟», «وليش سموها هيك؟», «وما سبب تسميتها؟»: why it was named, naming nothing
    of its own (what «it» is comes from the part before)."""
    words = own_words(text)
    naming = [word for word in words if stem(word) == "اسم"]
    if not naming or any(stem(w) != "اسم" and w not in _NAMING_POINTERS for w in words):
        return False
    return "سبب" in words or analyze(text).question_type is QuestionType.REASON


def _asks_a_detail_of_no_one(answerer: FormAnswerer, part: Part) -> bool:
    """A question asking when, where, why or how (not who: «ومين قدم نص ماله؟» names what
    it asks) that names neither the expedition nor anyone: «ومنين رجعوا للمدينة؟»."""
    asked = analyze(part.text, answerer.engine.matcher.vocabulary).question_type
    return asked in _DETAIL_TYPES and not names_the_expedition(part.text)


def _names_someone(answerer: FormAnswerer, part: Part) -> bool:
    """Whether a later «his/its …» may point at something a part names other than the
    expedition: after «ما سبب غزوة تبوك؟» «وما نتائجها؟» is the expedition's results;
    after «ما المعاهدات التي عقدت في تبوك؟» «وما شروطها؟» is not."""
    words = normalize(part.text).split()
    about_expedition = any("غزو" in w for w in words) and len(own_words(part.text)) <= 1
    return not about_expedition


# Prepositions that, with a question word and nothing else («مع مين؟», «وضد من؟», «على
# مين؟»), ask about what the question before them asked («مع من كانت؟», with a verb of its
# own, may ask the expedition).
_PREPOSITIONS = frozenset("مع ضد علي عن الي لمين لمن عليه".split())


def read_with_previous(answerer: FormAnswerer, reply: PartReply, before: PartReply) -> PartReply:
    """A later question the engine cannot answer alone («وما الآية التي نزلت فيهم؟»)
    is read with the names the question before it asked about («المنافقين»), or about the
    expedition when it names nothing («وشحال كان عدد المسلمين؟»). `before` is the reply
    the question before it got (what «this» points at in «وهل هذا …؟»)."""
    part = reply.part
    previous = before.part
    if part.marked or part.form is not Form.QUESTION:
        return reply
    vocabulary = answerer.engine.matcher.vocabulary
    if not own_words(part.text):
        return reply
    bare = len(normalize(part.text).split()) <= 2
    if bare and set(own_words(part.text)) <= _PREPOSITIONS and not reply.done:
        # «عقد النبي معاهدات؟ مع مين؟»: with whom he made them, never «مع من كانت غزوة
        # تبوك» (the enemy): a bare «with/against whom» asks about the question before it
        again = answerer.engine.answer(f"{part.text.rstrip(' ؟?')} {previous.text}")
        if again.answered and again.fact is not None:
            return answerer.plain(part, again, judge=False)
        return PartReply(part, again, Status.NOT_ANSWERED)
    if before.done and restates_the_why(part.text, previous.text):
        # («ليش الروم جمعوا جيوشهم؟ ايش كان قصدهم؟»: their aim is the why asked before)
        return dataclasses.replace(before, part=part)
    if (verse := verse_detail_of_the_verse_before(answerer, reply, previous)) is not None:
        return verse  # («اذكر الآية التي نزلت في المتثاقلين … ما رقمها؟»: that verse's)
    if (that := that_of_the_part_before(answerer, reply, before)) is not None:
        return that  # («… وهل هذا كان من أسباب الغزوة؟»: «this» is the part before's deed)
    if _asks_why_named(part.text):
        # «ما هي تبوك؟ ولماذا سميت؟»: the name asked is the one the part before named (the
        # place's, a detail the text lacks), never the army's, which «سميت» alone ranks
        again = answerer.engine.answer(f"{part.text.rstrip(' ؟?')} {previous.text}")
        if again.answered and again.fact is not None:
            return answerer.plain(part, again, judge=False)
        status = Status.NOT_ANSWERED
        return PartReply(part, again, status) if again.outcome is Outcome.GAP else reply
    if part.own_line:
        on_its_line = line_pointing_back(answerer, reply, previous)
        # («من هو عدو المسلمين؟\nومن حلفاؤهم؟»: «their» are the ones the answer named)
        return the_one_answered(answerer, on_its_line, before) or on_its_line
    # The names the question before it asked about, or the story it asked about
    # («قريت إن عثمان جهز الجيش بألف دينار، هاي صحيحة؟ وشنو اللي قدمه؟»).
    told = f"{previous.text} {previous.context}"
    names = names_in(told, vocabulary)
    names = names_carried(part, names)
    # «صدك الغساسنة اعتدوا على سفير للنبي؟ شنو اسمه؟»: «his name» with the question
    # before it asks a detail the text lacks (the envoy's name): say so; so does a
    # question unclear alone, after one about such a detail, that asks that detail in
    # its own words («ما اسم سفير النبي …؟ ومن الذي قتله؟»: who killed the envoy; not
    # «… القادة الثلاثة …؟ ومن أنقذ الجيش؟», which the text states).
    possessive = len(own_words(part.text)) <= 1 and has_possessive(part.text, vocabulary)
    after_gap = (
        not reply.done
        and reply.reply.outcome is not Outcome.GAP
        and answerer.engine.answer(previous.text).outcome is Outcome.GAP
    )
    if possessive or after_gap:
        lacking = answerer.engine.answer(f"{part.text} {previous.text}")
        if lacking.outcome is Outcome.GAP and (
            possessive or asks_the_lacking(part.text, lacking.gap)
        ):
            return PartReply(part, lacking, Status.NOT_ANSWERED)
    if VERSE_WORDS & set(own_words(part.text)) and len(own_words(part.text)) <= 1:
        # «الله رضى على اللي طلعوا لتبوك؟ شنو الاية؟»: the verse that question is about
        again = answerer.engine.answer(f"{previous.text.rstrip(' ؟?')} {part.text}")
        if again.answered and again.fact is not None:
            return answerer.plain(part, again, judge=False)
    if not may_stand_for_the_expedition(part.text, previous.text, vocabulary):
        their = says_their(part.text, vocabulary)
        checked = read_with_the_part_before(answerer, reply, previous, their=their)
        if checked is not None:
            return checked
    if reply.done:
        return _possessor_carried(answerer, reply, names)
    # «…الآية التي نزلت في المتخلفين؟ وكم عدد آياتها؟»: «its verses», a noun no fact knows,
    # are the verse's, not the expedition's (the army's number, «وكم كان عدده؟»)
    pointed = has_possessive(part.text, vocabulary, known_only=False)
    pointed = pointed and not has_possessive(part.text, vocabulary)
    # («شو صار بأكيدر؟ وهل أسلم بعدين؟»: a question about the one named before is never
    # about the expedition instead; «he converted» would read as the delegations)
    someone = [name for name in names if "تبوك" not in name and "غزو" not in name]
    # («ضد منو كانت الغزوة؟ وشكد كان عددهم؟»: «their number» is the enemy's, never the
    # expedition's army)
    expedition = may_stand_for_the_expedition(part.text, previous.text, vocabulary)
    for carried in (names, [] if pointed or someone or not expedition else ["غزوة", "تبوك"]):
        if carried and not set(carried) & set(normalize(part.text).split()):
            again = answerer.engine.answer(f"{part.text} {' '.join(carried)}")
            if again.answered:
                return answerer.plain(part, again, judge=False)
    if says_their(part.text, vocabulary) and (one := _one_name_sure(answerer, part, names)):
        return answerer.plain(part, one, judge=False)
    if points_with_a_pronoun(part.text, vocabulary):
        reply = _subject_carried(answerer, reply, previous)
    return the_one_answered(answerer, reply, before) or reply


def _one_name_sure(answerer: FormAnswerer, part: Part, names: list[str]) -> Reply | None:
    """«شو كانت نية الروم لما جمعوا الجيوش بالشام؟ وليش تراجعوا لجوا بلادهم؟»: read with all
    the names before, «they» is unsure; «they» are one of them (the Romans, not Syria): the
    reading with one name alone, when exactly one is sure. None otherwise."""
    if len(names) < 2:
        return None
    each = [answerer.engine.answer(f"{part.text} {name}") for name in names]
    sure = [again for again in each if again.answered and again.fact is not None]
    return sure[0] if len(sure) == 1 else None


def _subject_carried(answerer: FormAnswerer, reply: PartReply, previous: Part) -> PartReply:
    """«ماهو جيش العسرة؟ وايش الآية اللي نزلت فيه؟»: «in it» points at what the part before
    asked about, which may be no name the facts know (the army, by its title). The follow-up
    is read with the words that part asked about, its last words first, one more at a time
    (the subject comes last: «ما سبب تسمية جيش العسرة»); a reading is kept only when it
    gets a fact the follow-up alone already offered and the part before did not get (its
    own fact again would answer that part twice, not this one)."""
    offered = {candidate.fact.id for candidate in reply.reply.suggestions}
    before = answerer.engine.answer(previous.text)
    if before.fact is not None:
        offered.discard(before.fact.id)
    words = [
        word
        for word in own_words(previous.text)
        if not has_question_word(word) and word not in POINTING_WORDS
    ]
    for start in reversed(range(len(words))):
        again = answerer.engine.answer(
            f"{reply.part.text.rstrip(' ؟?')} {' '.join(words[start:])}"
        )
        if again.answered and again.fact is not None and again.fact.id in offered:
            return answerer.plain(reply.part, again, judge=False)
    return reply


def _possessor_carried(answerer: FormAnswerer, reply: PartReply, names: list[str]) -> PartReply:
    """«وش سوى هرقل؟ وكم كان عدد جيشه؟»: «his army» is Heraclius's. A later question naming
    no one that says «his/their …», or only one word («وماذا كانت النتيجة؟»), is asked again
    with the names of the one before it; if that reading is unclear, no answer is given."""
    part = reply.part
    vocabulary = answerer.engine.matcher.vocabulary
    words = normalize(part.text).split()
    if not names or any(stem(word, vocabulary) in ENTITIES for word in words):
        return reply  # («وإيه نتايج الغزوة؟» names the expedition: not «alone»)
    # (a preposition before the question word asks nothing of its own: «وعلى ماذا صالحت؟»
    # after «من هو رئيس دومة الجندل؟» is what the town made peace on)
    own = [word for word in own_words(part.text) if word not in _PREPOSITIONS]
    alone = len(own) <= 1 and not names_the_expedition(part.text)
    if not (has_possessive(part.text, vocabulary) or alone):
        return reply
    again = answerer.engine.answer(f"{part.text} {' '.join(names)}")
    if not again.answered and (one := _one_name_sure(answerer, part, names)) is not None:
        again = one  # («شو عمل الروم بالشام؟ وليه انسحبوا لداخل بلادهم؟»: the Romans')
    if again.answered and again.fact == reply.fact:
        return reply
    if again.answered and again.fact is not None:
        return answerer.plain(part, again, judge=False)
    return PartReply(part, again, Status.NOT_ANSWERED)
