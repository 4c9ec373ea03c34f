"""Reading a question with the story told before it («عندي بحث عن …، شو صار معه؟»): the
names and topic words of the story that a question pointing back is read with. Only words
the facts know are carried, so the story never decides the answer on its own."""

from __future__ import annotations

import dataclasses
import re

from knowledge.described_asks import asks_what_it_is
from knowledge.engine import AnswerEngine, Outcome, Reply
from knowledge.follow_ups import (
    asks_the_verse_told,
    last_told_clause,
    names_a_detail_of_its_own,
    names_in,
    own_words,
    told_topic,
)
from knowledge.lexicon import ENTITIES
from knowledge.message import Part
from knowledge.message_patterns import ABOUT_THE_SPEAKER
from knowledge.normalize import normalize
from knowledge.part_joins import names_carried, names_the_expedition
from knowledge.pronoun_referents import says_its_or_their, says_they
from knowledge.riddles import tells_another_event
from knowledge.stemming import is_stopword, stem
from knowledge.tuning import OWN_PHRASING_SCORE

# Words between quotation marks: a verse or a saying quoted, not the story's own telling.
_QUOTED = re.compile(r"«[^»]*»|“[^”]*”|\"[^\"]*\"")
# Names a story may mention as its setting or source, not as what it is about: the Qur'an
# («سمعت في إذاعة القرآن …»), the Arabs and their peninsula, the Prophet and the Muslims.
_SETTING = frozenset("قران عرب جزيره نبي مسلم".split())


def read_with_the_story(engine: AnswerEngine, part: Part, reply: Reply) -> Reply:
    """«في النص أن الروم جمعوا جموعا كثيرة، فهل يذكر النص عددهم؟»: a question that points
    back and names at most one thing is about what the story told; alone, «عدد» would be
    any number's. Read with the known words of the story's last clause (or of the whole
    story): what that reading answers, or says the text lacks, is the reply; when it
    answers nothing, the question alone is no answer either."""
    vocabulary = engine.matcher.vocabulary
    told = [w for w in told_names(engine, part) if stem(w, vocabulary) not in _SETTING]
    named = about_a_name(engine, part, told)
    if named is not None and named.fact is not None:
        return named  # («أعد بحثا عن دومة الجندل، فماذا حدث لها؟»: the one named)
    last = last_told_clause(part.context)
    topic = told_topic(last, vocabulary) or told_topic(part.context, vocabulary)
    again = engine.answer(f"{part.text} {' '.join(topic)}")
    if again.outcome is Outcome.GAP or (again.answered and again.fact is not None):
        return again
    if again.suggestions and again.suggestions[0].fact == reply.fact:
        return reply  # (the story's words only blur the same leading fact)
    if (
        names_a_detail_of_its_own(part.text, vocabulary)
        and any(one.fact == reply.fact for one in again.suggestions)
        and reply.fact is not None
        and story_shares_words(engine, part.context, reply.fact.answer)
    ):
        # («…، ما سبب ذلك؟»: its own «سبب», which the story does not rule out, when the
        # story tells of what that fact is about; after a story of a detail the text
        # lacks, «سبب» alone would be the expedition's reasons)
        return reply
    return dataclasses.replace(reply, outcome=Outcome.UNKNOWN, fact=None)


def story_shares_words(engine: AnswerEngine, story: str, answer: str) -> bool:
    """Whether a story names a known word (not its setting) that a fact's answer has."""
    vocabulary = engine.matcher.vocabulary
    told = {stem(word, vocabulary) for word in told_topic(story, vocabulary)}
    stated = {stem(word, vocabulary) for word in normalize(answer).split()}
    return bool((told & stated) - _SETTING)


def about_the_one_told(engine: AnswerEngine, part: Part, reply: Reply) -> Reply:
    """«الأستاذة قالت نقلبو على هرقل، شنو دار قبل غزوة تبوك؟»: a question naming no one
    after a story naming one person is about that person, when read so it gets his fact."""
    vocabulary = engine.matcher.vocabulary
    # (names inside quoted words, «… «لقد تاب الله على النبي والمهاجرين والأنصار …» الجيش شو
    # اسمه؟», are the quotation's, not whom the story is about)
    told = _QUOTED.sub(" ", part.context)
    named = names_carried(part, names_in(told, vocabulary))  # (not «مؤتة»)
    words = normalize(part.text).split()
    if not named or len(named) > 2 or any(stem(w, vocabulary) in ENTITIES for w in words):
        return reply
    if reply.answered and reply.score >= OWN_PHRASING_SCORE and reply.rule != "overview":
        # («عندي واجب عن غزوة مؤتة وخالد بن الوليد، بس المعلمة سألت: كيف انتهت غزوة تبوك؟»:
        # asked in a fact's own words, it asks what they ask, of no one the story names;
        # not the overview, what a vague «وش سوى في غزوة تبوك؟» gets)
        return reply
    again = engine.answer(f"{part.text} {' '.join(named)}")
    return again if again.answered or again.outcome is Outcome.GAP else reply


def told_names(engine: AnswerEngine, part: Part) -> list[str]:
    """The names a part's story mentions (أكيدر، المنافقين), as typed."""
    vocabulary = engine.matcher.vocabulary
    told = names_in(part.context, vocabulary)
    return [word for word in told if not is_stopword(word)]


def about_a_name(engine: AnswerEngine, part: Part, names: list[str]) -> Reply | None:
    """The question read with the names its story mentions: all of them, else each
    alone when exactly one of them gets an answer («الامتحان بكرا … عن المنافقين، شو
    كان موقفهم؟»: «بكرا» is tomorrow, not Abu Bakr)."""
    if not names:
        return None
    told = engine.answer(f"{part.text} {' '.join(names)}")
    if told.answered:
        return told
    alone = [engine.answer(f"{part.text} {name}") for name in dict.fromkeys(names)]
    answered = {one.fact.id: one for one in alone if one.answered and one.fact is not None}
    return next(iter(answered.values())) if len(answered) == 1 else None


def read_with_context(
    engine: AnswerEngine, part: Part, reply: Reply, *, first: bool = True
) -> Reply:
    """A first question the engine cannot answer alone, read with what came before it:
    the topic words of the story told («… قصة أكيدر وما فهمت، مين هو؟»), or, with no
    topic before it, the expedition itself («متى كانت؟»). Only words the facts know are
    carried, so a story's other words never decide the answer."""
    vocabulary = engine.matcher.vocabulary
    if asks_what_it_is(part.text) and tells_another_event(part.context):
        # «صلح عقده النبي مع قريش في الحديبية، ما هو؟»: what the description is of is
        # asked, and it tells another event (Quraysh, the archers, a battle named): no
        # Tabuk fact, nor the expedition, is it. (A description of Tabuk's own traits
        # that never writes «تبوك» — the Romans, the heat, no battle — is still read.)
        return reply
    if asks_the_verse_told(part.text, part.context):
        part = dataclasses.replace(part, text=f"{part.text.rstrip(' ؟?')} الآية؟")
    topic = [
        word
        for word in normalize(part.context).split()
        if not is_stopword(word)
        and stem(word, vocabulary) in vocabulary
        and "تبوك" not in word
        and "غزو" not in word
    ]
    # Names first (أكيدر, المنافقين); the story's other words only for a question that
    # names nothing itself («شو كان موقفهم؟»).
    named_in_story = set(names_in(part.context, vocabulary))
    names = [word for word in topic if word in named_in_story]
    vague = len(own_words(part.text)) <= 1
    # The story's other words only from its last clause, the one the question follows:
    # «أحكي لهم قصص السيرة قبل النوم، الليلة بدي أحكي عن تبوك، شو صار فيها؟» asks about
    # Tabuk, not about what came «قبل».
    last = last_told_clause(part.context, questions=False)
    stray = [word for word in topic if word in normalize(last).split()]
    named = about_a_name(engine, part, names)
    if named is not None:
        return named
    # The last clause's words, dropping its first ones one at a time: what a story
    # clause is about comes last («المدرس قال هنتسأل عن عدد الجيش، كان كام؟»).
    # A shorter reading only settles between the facts the whole clause offered.
    offered: set[str] = set()
    for start in range(len(stray) if vague else 0):
        told = engine.answer(f"{part.text} {' '.join(stray[start:])}")
        if told.answered and told.fact is not None and (not start or told.fact.id in offered):
            return told
        if not start:
            offered = {c.fact.id for c in told.suggestions}
    # «مين هو؟» after a story about Ukaydir is about him, never about the expedition.
    if (
        not names
        and not names_the_expedition(part.text)
        and not ABOUT_THE_SPEAKER.search(part.text)
        # (a later line's «عددهم», «رجالها» point at the line before, read with it below)
        and (first or not says_its_or_their(part.text, vocabulary))
        # («الصحابة اللي قدموا أموالهم\nمين هم؟»: «they» are never the expedition)
        and not says_they(part.text)
        # «غزوة أحد ودروسها، مين يلخصها لي؟»: «it» is the event the story names
        and not tells_another_event(part.context)
        # «صحابي كان أول خليفة للمسلمين، من هو؟»: the one described is asked, not the
        # expedition («من هو غزوة تبوك» found the enemy); a story naming the expedition
        # («عندي سؤال عن تبوك، ما هي؟») still asks what it is
        and not (asks_what_it_is(part.text) and not names_the_expedition(part.context))
    ):
        carried = engine.answer(f"{part.text.rstrip(' ؟?')} غزوة تبوك")
        if carried.answered:
            return carried
    return reply
