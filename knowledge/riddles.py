"""Riddles: a description of events that asks which expedition it was.

Tabuk is named when details of Tabuk's facts mark it (the riddle markers and the figures of
the answer keys) and none of its details belongs to no Tabuk fact (a figure, a month, a year,
a people; a place that neither a Tabuk fact nor the Mu'tah fact names, «أهل مكة»: al-Hudaybiya
also ended without fighting); Mu'tah likewise by the
Mu'tah fact; otherwise the bot says it covers Tabuk only. A person describing themself
(«أنا رئيس دومة الجندل …، من أنا؟») asks who they are: the engine's answer to «من هو …»;
one telling only its kind and the Prophet («أنا مدينة النبي») tells no fact apart.
"""

from __future__ import annotations

import re

from knowledge.analysis import other_event
from knowledge.answer_keys import (
    AnswerKeys,
    SlotKind,
    can_mention,
    core_word,
    forms_of,
    mentions,
    phrase,
    words_of,
)
from knowledge.claim_reading import Claim
from knowledge.engine import AnswerEngine, Outcome, Reply
from knowledge.form_replies import PartReply, Status
from knowledge.message import Part
from knowledge.models import AnswerType, Fact
from knowledge.part_form import riddle_described
from knowledge.riddle_clauses import clause_evidence
from knowledge.riddle_patterns import (
    RIDDLE_ASK,
    RIDDLE_PERSON,
    RIDDLE_WHAT,
    RIDDLE_WHO,
)
from knowledge.riddle_sides import (
    fighting_told,
    led_back,
    muslims_withdrawal,
    without_muslims_withdrawal,
)
from knowledge.statement_words import NEGATIONS
from knowledge.statements import EXACT, PEOPLE, StatementJudge, negated
from knowledge.stemming import is_stopword
from knowledge.tuning import DENIAL_REACH, RIDDLE_MARKER_GAP
from knowledge.who_am_i import (
    EXPEDITION_NOUN,
    asked_first,
    asked_kinds,
    asks_a_people,
    clues,
    is_kind_noun,
    readings,
    unnamed_answer,
)

_ANSWER_KINDS = frozenset({SlotKind.PERSON, SlotKind.PLACE, SlotKind.PARTY})
# A description saying by its noun that it is one person or one place (not a people: «جيش
# سمي بالعسرة» is told by the army's name, which names no people).
_ONE_KIND = (frozenset({SlotKind.PERSON}), frozenset({SlotKind.PLACE}))


# Every fact but Mu'tah's is a Tabuk fact (the riddle's details are checked against them).
_NOT_TABUK = frozenset({"mutah"})


def read_riddle(part: Part, engine: AnswerEngine, judge: StatementJudge) -> PartReply:
    """Which expedition a description fits: Tabuk when details of Tabuk's facts mark it
    and none of its details belongs to no Tabuk fact; Mu'tah likewise by the Mu'tah fact;
    otherwise the bot says it covers Tabuk only."""
    person = _read_person(part, engine, judge)
    if person is not None:
        return person
    description, riddle = _description(part.text)
    words = words_of(riddle)
    reply = Reply(Outcome.UNKNOWN, normalized=" ".join(words))
    # (a title's figures, «مسابقة رمضان - السؤال السابع:», are no detail of the riddle)
    claims = [c for c in judge.claims(riddle_described(riddle)) if c.kind is not SlotKind.DURATION]
    mutah_fact = engine.fact("mutah")
    # Details (a month, a year, a number, a people…) no Tabuk fact states rule Tabuk out.
    # (the highest check() over the Tabuk facts, through the judge's index: on a large base
    # checking every fact for each detail of the riddle was the cost)
    tabuk_claims = [judge.best_check(c, _NOT_TABUK) for c in claims]
    mutah_claims = [judge.check(mutah_fact, c) if mutah_fact else 0 for c in claims]
    # (a marker none of whose first word's forms is among the riddle's words is not there:
    # can_mention rules most of the ~60 markers out without scanning the words for each)
    present = forms_of(words)
    marked = [m for m in judge.keys.tabuk_markers if can_mention(present, m) and _marked(words, m)]
    # (the Muslims drawing back, «انسحب خالد بالجيش», is no mark of the Romans' retreat)
    tabuk_words = without_muslims_withdrawal(words)
    tabuk_present = forms_of(tabuk_words)
    tabuk = sum(
        can_mention(tabuk_present, m) and _marked(tabuk_words, m) for m in judge.keys.tabuk_markers
    )
    tabuk += sum(1 for check, c in zip(tabuk_claims, claims, strict=True)
                 if check > 0 and c.kind in EXACT)  # fmt: skip
    mutah = sum(can_mention(present, m) and _marked(words, m) for m in judge.keys.mutah_markers)
    mutah += led_back(words)
    elsewhere = other_event(words) is not None or any(
        mentions(words, sign, exact=True) for sign in _OTHER_EVENT_PHRASES
    )
    # A riddle never names its answer: one that names Tabuk describes something else.
    named_tabuk = any(core_word(word) == "تبوك" or word.endswith("تبوك") for word in words)
    # (a denial in the description, not the «ما» of its ask: «… ما اسمها؟» denies nothing)
    told_words = words_of(description)
    fought = any(mentions(words, told) for told in _FOUGHT) and not negated(told_words)
    # («قاتل فيها المسلمون الروم», «تراجع فيها المسلمون»: fighting done, the Muslims drawing
    # back; knowledge/riddle_sides.py)
    fought = fought or fighting_told(told_words) or bool(muslims_withdrawal(told_words))
    # («غزوة ماكانش فيها قتال», «والروم ما طلعوا يقاتلوا»: no fighting, told in a dialect's
    # words the markers do not list, is the mark of Tabuk's «لم يقع قتال»)
    tabuk += fighting_denied(told_words) and not any(
        any(core_word(w) in _FIGHT_WORDS for w in marker) for marker in marked
    )
    if tabuk == 1:
        # One marker, and the facts the engine finds for the description are Tabuk's.
        found = engine.answer(riddle)
        leaders = [found.fact] if found.fact else [c.fact for c in found.suggestions[:1]]
        tabuk += sum(1 for f in leaders if f.id != "mutah")
    found_fact: Fact | None = None
    if tabuk == 0 and not mutah:
        # «ما هي الغزوة الأخيرة للنبي؟»: no marker, but the engine answers the description
        # with a Tabuk fact whose answer names Tabuk («كانت غزوة تبوك آخر غزوات النبي»):
        # Tabuk, told with that fact.
        found = engine.answer(riddle)
        if (
            found.outcome is Outcome.ANSWER
            and found.fact is not None
            and found.fact.id != "mutah"
            and any(core_word(w) == "تبوك" for w in words_of(found.fact.answer))
        ):
            tabuk, found_fact = 2, found.fact
    fits_tabuk = (
        tabuk >= 2
        and not mutah
        and not elsewhere
        and not fought
        and not named_tabuk
        and _all_stated(claims, tabuk_claims, mutah_claims)
    )
    fits_mutah = (
        mutah >= 1
        and (mutah >= tabuk or named_tabuk)
        and not elsewhere
        and all(check >= 0 or c.kind not in EXACT for check, c in
                zip(mutah_claims, claims, strict=True))
    )  # fmt: skip
    if not fits_tabuk and not fits_mutah and not (mutah or elsewhere or fought or named_tabuk):
        # No markers enough: the description's clauses, each judged as a statement
        # (knowledge/riddle_clauses.py), in the teller's own words.
        evidence = clause_evidence(description, judge)
        fits_tabuk = (
            tabuk + evidence.tabuk >= 2
            and not evidence.against
            and not evidence.mutah
            and _all_stated(claims, tabuk_claims, mutah_claims)
        )
        fits_mutah = evidence.mutah >= 1 and not evidence.tabuk and not evidence.against
    tabuk_fact = found_fact or engine.fact("overview")
    fact = tabuk_fact if fits_tabuk else mutah_fact if fits_mutah else None
    if fact is None:
        return PartReply(part, reply, Status.RIDDLE_OTHER)
    status = Status.RIDDLE_TABUK if fits_tabuk else Status.RIDDLE_MUTAH
    return PartReply(part, Reply(Outcome.ANSWER, fact=fact), status, fact=fact)


# Details that tell another expedition's story, which no Tabuk fact states: the archers and
# Hamza (Uhud), Quraysh and the angels (Badr), Hawazin (Hunayn), the Jews' forts (Khaybar),
# the idols and Mecca itself, a town no Tabuk fact names (the conquest of Mecca, al-Hudaybiya),
# Ghatafan and Salman (the Trench), the slander (Banu
# al-Mustaliq), the Persians and the caliphate (later battles). A description with one of them
# beside details of Tabuk («خرج فيها المسلمون في شدة الحر… وخالف فيها الرماة أمر النبي») is
# not Tabuk.
OTHER_EVENT_SIGNS = (
    "الرماة", "رماة", "حمزة", "حمزه", "قريش", "الملائكة", "الملايكة", "الملايكه", "هوازن",
    "ثقيف", "اليهود", "حصون", "الأصنام", "الاصنام", "فاتحين", "فاتحا", "غطفان", "سلمان",
    "الإفك", "الافك", "الفرس", "كسرى", "الخلافة", "خلافة", "أبي عبيدة", "ابو عبيدة", "مكة",
)  # fmt: skip
# (normalised once, not for every riddle read)
_OTHER_EVENT_PHRASES = tuple(phrase(sign) for sign in OTHER_EVENT_SIGNS)
# A riddle telling of fighting or a victory is not Tabuk, where no battle was fought.
_FOUGHT = tuple(phrase(w) for w in ("قتال شديد", "انتصر", "انتصار", "هزيمه"))


# Fighting named (a noun or a verb of it) and words that stand between a denial and it
# when the «ما» asks instead («ما اسم هذه المعركة»: what is its name).
_FIGHT_WORDS = frozenset(
    words_of("قتال قتالا حرب معركه اشتباك يقاتلوا يقاتلو قاتلوا قاتلو يحاربوا يحاربو حاربوا حاربو")
)
_ASKING = frozenset(words_of("اسم هي هو هذه هذا الذي التي"))


def fighting_denied(words: tuple[str, ...]) -> bool:
    """Whether a description denies fighting: a denial with fighting within a few words
    after it and nothing asked between («ماكانش فيها قتال», «ما طلعوا يقاتلوا»)."""
    for at, word in enumerate(words):
        if word not in NEGATIONS or asks_what(words, at):
            continue
        for after in words[at + 1 : at + 1 + DENIAL_REACH]:
            if core_word(after) in _ASKING:
                break
            if core_word(after) in _FIGHT_WORDS:
                return True
    return False


def _all_stated(claims: list[Claim], tabuk: list[int], mutah: list[int]) -> bool:
    """Whether every figure, month, year, people and due («الغنائم», «الجزية») the description
    names is stated by a Tabuk fact (checks `tabuk`), and every place by a Tabuk fact or the
    Mu'tah fact (`mutah`), which the text tells as Tabuk's cause («كانت بعد مؤتة»): a place
    no fact names («صالح فيها النبي أهل مكة»: al-Hudaybiya; «خيبر», «الطائف») or booty
    («غنم فيها المسلمون غنائم») tells another expedition's story."""
    return all(
        on_tabuk > 0
        or (claim.kind is SlotKind.PLACE and on_mutah > 0)
        or claim.kind not in EXACT | PEOPLE | {SlotKind.PLACE, SlotKind.TRIBUTE}
        for claim, on_tabuk, on_mutah in zip(claims, tabuk, mutah, strict=True)
    )


def _description(text: str) -> tuple[str, str]:
    """(the description, the riddle up to its ask): a riddle's ask ends it or opens it; words
    after an ask that ends it («… ما هي هذه الغزوة؟ 🎁 الجائزة: رصيد 10 ريال لأول إجابة»)
    are the post's furniture, never a clue (their figures would rule Tabuk out)."""
    asks = [
        m
        for pattern in (RIDDLE_ASK, RIDDLE_WHAT, RIDDLE_WHO)
        for m in pattern.finditer(text)
        if m.end() > m.start()
    ]
    if not asks:
        return text, text
    last = max(asks, key=lambda m: m.end())
    if last.start() > len(text) // 3:
        return riddle_described(text[: last.start()]), text[: last.end()]
    first = min(asks, key=lambda m: m.start())
    return text[first.end() :], text


def rules_out_tabuk(text: str, engine: AnswerEngine, judge: StatementJudge) -> bool:
    """Whether a description tells another event («… والفرس»), or names a figure, month,
    year, people, place or due no Tabuk fact states («كان جيشها ثلاثة آلاف»): positive
    evidence that the expedition asked is not Tabuk."""
    claims = [c for c in judge.claims(text) if c.kind is not SlotKind.DURATION]
    mutah_fact = engine.fact("mutah")
    tabuk = [judge.best_check(c, _NOT_TABUK) for c in claims]
    mutah = [judge.check(mutah_fact, c) if mutah_fact else 0 for c in claims]
    return tells_another_event(text) or not _all_stated(claims, tabuk, mutah)


def tells_another_event(text: str) -> bool:
    """Whether a description names another event, or tells a sign of one that no Tabuk fact
    has (Quraysh, the archers, the Trench's Salman …): positive evidence that it is not
    Tabuk, which a description merely not writing «تبوك» is not."""
    words = words_of(text)
    return other_event(words) is not None or any(
        mentions(words, sign, exact=True) for sign in _OTHER_EVENT_PHRASES
    )


def _read_person(part: Part, engine: AnswerEngine, judge: StatementJudge) -> PartReply | None:
    """«أنا رئيس دومة الجندل، حقن النبي دمي…، من أنا؟»: who the description tells of, asked
    as «من هو …». The readings are tried in this order, the first that finds one fact
    deciding; none finding one, the message is asked back or not known:

    1. every reading of the description the engine answers with a fact giving a person,
       place or people the description does not name gives the same one;
    2. the first two readings are answered with one person's fact;
    3. «من أنا؟» opening a description not of an expedition: the engine's answer to the
       message as written, or to the description, with a fact that may tell who it is;
    4. then the one fact of one person, among those offered, that states every figure told.
    """
    described = part.text.split(":", 1)[-1] if ":" in part.text[:60] else part.text
    opened = RIDDLE_PERSON.match(described)
    asked = RIDDLE_WHO.search(described)
    if opened is None or asked is None or asked.start() <= opened.end():
        return None
    # as typed first (the engine reads «من أنا» as who), then told of «him», then clue by
    # clue («أنا الفاروق، جئت بنصف مالي…»)
    told = described[opened.end() : asked.start()]
    if told_of_another_event(told, judge) or not tells_a_clue(told):
        # («أنا بلدة فتحها المسلمون سنة ثمان، من أنا؟»: not Dumat al-Jandal, in year 9)
        return PartReply(part, Reply(Outcome.UNKNOWN), Status.NOT_ANSWERED)
    replies = [engine.answer(text) for text in (described, *readings(told), *clues(told))]
    # («أنا مكان رابط فيه النبي …»: a place asked is no one person's fact, the hypocrites')
    person = SlotKind.PERSON in asked_kinds(told)
    reply = _agreed(replies, told, engine, judge.keys) or (
        _one_person(replies[:2], told, engine, judge.keys) if person else None
    )
    if reply is None and asked_first(part.original) and not _EXPEDITION.match(told):
        reply = _plain(part.original, told, engine, judge.keys) or _stating_figures(
            told, replies, engine, judge
        )
    if reply is not None and not _figure_of_another(told, reply.fact, judge):
        return PartReply(part, reply, Status.ANSWER, fact=reply.fact)
    reply = replies[0]
    if reply.answered:
        reply = Reply(Outcome.UNKNOWN, normalized=reply.normalized)
    return PartReply(part, reply, Status.NOT_ANSWERED)


def _figure_of_another(told: str, fact: Fact | None, judge: StatementJudge) -> bool:
    """Whether a description tells a figure that the fact found does not state and a fact
    about another person does («صحابي قدمت 950 جملا وكنت أول الخلفاء»: Uthman's camels
    beside Abu Bakr's title): its clues fit no one, so neither is the one described."""
    if fact is None:
        return False
    mine = _person_of(fact, judge.keys)
    for claim in judge.claims(told):
        if claim.kind not in EXACT or judge.check(fact, claim) > 0:
            continue
        for other in judge.may_differ(claim):
            person = _person_of(other, judge.keys)
            if person and person != mine and judge.check(other, claim) > 0:
                return True
    return False


def _person_of(fact: Fact, keys: AnswerKeys) -> str | None:
    """The first person a fact's answer key gives, if any."""
    key = keys.get(fact.id)
    slot = next((s for s in key.slots if s.kind is SlotKind.PERSON), None) if key else None
    return slot.answer if slot else None


# Words that tell no one apart: the Prophet every fact names, the expedition.
_FRAME = frozenset(phrase("النبي الرسول رسول الله محمد غزوة الغزوة تبوك"))


def tells_a_clue(told: str) -> bool:
    """Whether a description says anything of its own beyond what kind it is and the frame:
    «أنا مدينة النبي» says a city and the Prophet, which every place the facts name around
    him is (Tabuk too, where he camped); no fact is the one it describes."""
    return any(
        not is_stopword(word) and not is_kind_noun(word) and not _FRAME.issuperset(phrase(word))
        for word in words_of(told)
        if word not in phrase("انا من هو الذي")
    )


def told_of_another_event(told: str, judge: StatementJudge) -> bool:
    """Whether a description names a year or a month the text's facts give otherwise and
    none gives as it («… سنة ثمان», «… في رمضان»), or a place or people no fact names
    («ملك الحبشة»): a clue of another event, so no fact of Tabuk's is the one described,
    whichever other clue it shares."""
    return any(
        judge.best_check(claim, frozenset()) <= 0
        and (
            claim.kind in (SlotKind.PLACE, SlotKind.PARTY)
            or (
                claim.kind in (SlotKind.YEAR, SlotKind.MONTH)
                and any(judge.check(fact, claim) < 0 for fact in judge.may_differ(claim))
            )
        )
        for claim in judge.claims(told)
    )


def _agreed(
    replies: list[Reply], told: str, engine: AnswerEngine, keys: AnswerKeys
) -> Reply | None:
    """Reading 1: the facts found name one and the same unnamed person, place or people;
    clues the engine cannot place (details the text does not tell) are left aside. Of
    those facts, one of Tabuk before the one of Mu'tah («أنقذت الجيش في مؤتة، ثم أرسلني
    النبي إلى دومة الجندل»: Khalid at Tabuk)."""
    found: list[tuple[Fact, str]] = []
    for reply in replies:
        fact = reply.fact if reply.answered else None
        if fact is None:
            continue
        # («أنا صحابي قدمت كل مالي»: the list of donors is no one person)
        parts = tuple(p.id for p in engine.parts(fact.id))
        answer = unnamed_answer(fact.id, told, keys, parts)
        if answer:
            found.append((fact, answer))
    if not found or len({answer for _, answer in found}) != 1:
        return None
    one = next((f for f, _ in found if f.id != "mutah"), found[0][0])
    return Reply(Outcome.ANSWER, fact=_whole_telling(one, found[0][1], told, engine, keys))


def _whole_telling(
    fact: Fact, answer: str, told: str, engine: AnswerEngine, keys: AnswerKeys
) -> Fact:
    """The fact a description is told of, or the whole it is part of that tells of the same
    one first («أنا بلدة … صالحتُ خالدًا على الجزية، فمن أنا؟»: the tribute is a part of the
    fact about Dumat al-Jandal, which names the town asked)."""
    for whole_id in engine.wholes(fact.id):
        parts = tuple(p.id for p in engine.parts(whole_id))
        if unnamed_answer(whole_id, told, keys, parts) == answer:
            whole = engine.fact(whole_id)
            return whole if whole is not None else fact
    return fact


def _one_person(
    replies: list[Reply], told: str, engine: AnswerEngine, keys: AnswerKeys
) -> Reply | None:
    """Reading 2: a fact about one person that the description as typed, or told of «him»,
    is answered with («أنا ملك الروم، أعطيت المرتزقة رزق سنة…»), unless the one it tells of
    is named in the description («صحابي تخلفت عن تبوك وكنت من المنافقين»: the hypocrites'
    fact names no one else)."""
    for reply in replies:
        person = reply.fact if reply.answered else None
        if (
            person
            and person.answer_type is AnswerType.PERSON
            and not engine.is_whole(person.id)
            and _may_tell(person, told, keys)
        ):
            return reply
    return None


def _plain(original: str, told: str, engine: AnswerEngine, keys: AnswerKeys) -> Reply | None:
    """Reading 3: «من أنا؟» opening a description was read as a plain question before this
    reader: the engine's answer to the message as written, or to the description, still
    stands, unless its fact is a whole or its person, place or people is named in the
    description or is not the kind asked."""
    for text in (original, told):
        plain = engine.answer(text)
        told_of = plain.fact if plain.answered else None
        if told_of and not engine.is_whole(told_of.id) and _may_tell(told_of, told, keys):
            return plain
    return None


def _stating_figures(
    told: str, replies: list[Reply], engine: AnswerEngine, judge: StatementJudge
) -> Reply | None:
    """Reading 4: «…قدمت 950 جملا و50 فرسا»: the engine hesitates between the donors and
    Uthman; the one fact of one person, among those offered, that states every figure told
    is the one described."""
    exact = [c for c in judge.claims(told) if c.kind in EXACT]
    if not exact:
        return None
    offered = {s.fact.id: s.fact for r in replies for s in r.suggestions}
    stating = [
        f
        for f in offered.values()
        if not engine.is_whole(f.id)
        and _may_tell(f, told, judge.keys)
        and all(judge.check(f, c) > 0 for c in exact)
    ]
    return Reply(Outcome.ANSWER, fact=stating[0]) if len(stating) == 1 else None


# «أنا الغزوة التي …», «غزوة …»: the one described is an expedition (the riddle reader's)
_EXPEDITION = re.compile(rf"^\s*{EXPEDITION_NOUN}\b")


def _may_tell(fact: Fact, told: str, keys: AnswerKeys) -> bool:
    """Whether a fact found for a description may say who it describes: one without a person,
    place or people (the army's name, its number), or one whose is not named in it. A
    description saying it is a person or a place by its noun («كنت أمير الحج …», «صحابي …»,
    «مدينة …»), or a people («قبيلة …»), is told only by a fact giving one of that kind: the
    date is no one's name."""
    key = keys.get(fact.id)
    answers = [s for s in key.slots if s.kind in _ANSWER_KINDS] if key else []
    if asked_kinds(told) in _ONE_KIND or asks_a_people(told):
        # («أنا قبيلة عربية أسلمت بعد تبوك»: the delegations name no tribe)
        return unnamed_answer(fact.id, told, keys) is not None
    return not answers or unnamed_answer(fact.id, told, keys) is not None


def _marked(words: tuple[str, ...], marker: tuple[str, ...]) -> bool:
    """The marker's words in order, a few words allowed between them: a riddle tells of «it»
    («لم يقع فيها قتال», «خلص فيها خالد الجيش», «سقط فيها القادة الثلاثة»). Apart, each word
    must be as written, not a stem's synonym: «ما اسم هذه المعركة» is no «ما قاتلوا».
    A «ما» asking what something is («ما المعركة التي …») denies nothing."""
    if marker[0] == "ما":
        words = tuple("" if asks_what(words, at) else word for at, word in enumerate(words))
    if mentions(words, marker):
        return True
    for start, word in enumerate(words):
        if not mentions((word,), marker[:1], exact=True):
            continue
        at = start
        for value in marker[1:]:
            ahead = words[at + 1 : at + 2 + RIDDLE_MARKER_GAP]
            found = next(
                (i for i, w in enumerate(ahead) if mentions((w,), (value,), exact=True)), None
            )
            if found is None:
                break
            at += 1 + found
        else:
            return True
    return False


def asks_what(words: tuple[str, ...], at: int) -> bool:
    """Whether the «ما» at `at` asks what a definite noun is («ما المعركة التي استشهد فيها
    …؟», «ما الغزوة …»), not a denial: a denial's «ما» comes before a verb («ما قاتلوا»,
    «ما كان فيها قتال»), never before a noun with «ال»."""
    return (
        words[at] == "ما"
        and at + 1 < len(words)
        and words[at + 1].startswith("ال")
        and len(words[at + 1]) > 3
    )
