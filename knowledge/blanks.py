"""Filling in the blanks of a sentence («أكمل: …… هو الذي جهّز جيش العسرة»): the missing words
from the facts' own text around the blank, else from the answer key of the fact the engine
finds for the sentence, the kind of detail told by the words around the blank. Part of
answering a message (knowledge/forms.py)."""

from __future__ import annotations

import re

from knowledge.answer_keys import (
    SlotKind,
    counted,
    counted_kind,
    mentions,
    phrase,
    read_numbers,
    words_of,
)
from knowledge.blank_offices import office_before, office_first, says_office
from knowledge.claim_reading import Claim
from knowledge.cloze import BLANK as _BLANK
from knowledge.cloze import Filled, TextIndex, fill_from_text
from knowledge.cloze_frames import framed_by_chance
from knowledge.engine import AnswerEngine, Outcome, Reply
from knowledge.fact_checks import NEUTRAL_PARTIES
from knowledge.form_replies import PartReply, Status
from knowledge.message import Part
from knowledge.models import AnswerType, Fact
from knowledge.normalize import normalize
from knowledge.part_form import OPEN_LIST
from knowledge.statement_masking import ASK_FOR_KIND
from knowledge.statements import StatementJudge
from knowledge.tuning import CLOZE_MAX_GAP, CLOZE_SURE

# The word just before a blank says what kind of detail is missing.
_BLANK_KIND_BEFORE: tuple[tuple[re.Pattern[str], SlotKind], ...] = (
    (re.compile(r"(شهر|الشهر)\s*$"), SlotKind.MONTH),
    (re.compile(r"(سنة|السنة|سنه|السنه|عام|العام)\s*$"), SlotKind.YEAR),
    (
        re.compile(r"(عدد|تعداد|عددهم|قرابة|قرابه|أكثر من|اكثر من|حوالي|نحو|بلغ)\s*$"),
        SlotKind.NUMBER,
    ),
    (re.compile(r"(الروم|ضد|حالفها|حالفهم)\s*$"), SlotKind.PARTY),
    (re.compile(r"(دفع|بدفع|على\s+دفع)\s*$"), SlotKind.TRIBUTE),
    (re.compile(r"(إلى|الى|عند|بلاد)\s*$"), SlotKind.PLACE),
    (re.compile(r"(بجيش|جيش|باسم|اسم|سمي|سُمّي|يسمى)\s*$"), SlotKind.NAME),
    # «نزلت آية من سورة …… رقمها 38»: the surah's name
    (re.compile(r"(سورة|سوره|السورة|السوره|بسورة|بسوره)\s*$"), SlotKind.VERSE),
)
_BLANK_PERSON = re.compile(
    r"^\s*…\s*(هو|هي)?\s*(الذي|التي|من)\b|(الصحابي|القائد|الخليفة|ملك)\s+\S*\s*(هو|هي)?\s*…"
    # «قُتل سفير النبي على يد ……», «… بيد ……»: the blank is the doer's name
    r"|(?<!\S)(على|علي|علی)\s+(يد|يدي|أيدي|ايدي)\s*…|(?<!\S)(بيد|بأيدي|بايدي)\s*…"
    # «اللي قدم نص ماله بتبوك هو …»: the one who did it is the missing person
    r"|^\s*(اللي|الذي|التي|من)\s+\S.*\s(هو|هي)\s*…\s*$"
    # «القائد الذي خلّص الجيش في مؤتة هو ……», «الصحابي الذى قدم 950 جملا هو ……»
    r"|^.{0,30}?(اللي|الذي|الذى)\s+\S.*\s(هو)\s*…\s*$"
)
# A sentence that only describes someone, the blank last: «الصحابي الذي قدم نصف ماله ……»,
# «اللي جاب ماله كله ……». The blank is the one described, not the words after the
# description in a fact's text.
_DESCRIBED_ONE = re.compile(r"^\s*(?:\S+\s+)?(?:الذي|الذى|اللي|اللى|التي)\s+[^…]+…\s*[.؟?]?\s*$")
# The word right after a blank may say what it is: «هي … غزوات النبي» (its rank).
_BLANK_KIND_AFTER: tuple[tuple[re.Pattern[str], SlotKind], ...] = (
    (re.compile(r"^\s*(غزوات|غزواته|الغزوات|غزوة|غزوه)\b"), SlotKind.ORDER),
    # «جهز الجيش ب …… جمل», «…… ألف مجاهد»: a counted noun after the blank asks how many
    (
        re.compile(r"^\s*(جمل|جملا|جملاً|جملًا|بعير|فرس|فرسا|فرساً|فرسًا|ألف|الف|مجاهد|مقاتل)(?!\S)"),
        SlotKind.NUMBER,
    ),
)
# A worksheet's label then its blank, last («الشهر الذي وقعت فيه غزوة تبوك: ……», «عدد
# الجمال التي قدمها عثمان ……»): the noun opening the label says what kind of detail is missing.
_BLANK_KIND_OPENING: tuple[tuple[re.Pattern[str], SlotKind], ...] = (
    (re.compile(r"^\s*(?:ما\s+)?(?:ال)?(?:شهر)(?!\S)"), SlotKind.MONTH),
    (re.compile(r"^\s*(?:ما\s+)?(?:ال)?(?:سنة|سنه|عام)(?!\S)"), SlotKind.YEAR),
    (re.compile(r"^\s*(?:ما\s+)?(?:عدد|تعداد)(?!\S)"), SlotKind.NUMBER),
    (re.compile(r"^\s*(?:ما\s+)?(?:العدو|الأعداء|الاعداء)(?!\S)"), SlotKind.PARTY),
    (re.compile(r"^\s*(?:ما\s+)?(?:ال)?(?:مكان|موضع)(?!\S)"), SlotKind.PLACE),
)
# Nothing after the blank but a full stop or a colon's leftovers.
_ENDS_ON_BLANK = re.compile(r"…\s*[.:：؟?]?\s*$")
# Details precise enough to settle which fact a question asks (`figures`): a number, a year,
# a month, a share of wealth.
_FIGURES = frozenset({SlotKind.NUMBER, SlotKind.YEAR, SlotKind.MONTH, SlotKind.SHARE})


class BlankFiller:
    """Fills the blanks of a sentence with the facts' text and the answer keys."""

    def __init__(self, engine: AnswerEngine, judge: StatementJudge) -> None:
        self._engine = engine
        self._judge = judge
        self._keys = judge.keys
        # Names a blank at the end of a sentence may stand for whole («… إلى دومة الجندل»).
        self._names = frozenset(
            " ".join(value)
            for key in self._keys.keys.values()
            for slot in key.slots
            for value in slot.values
            if len(value) > 1
        )
        # (fill_from_text() reads only the facts whose texts hold the sentence's anchors)
        self._texts = TextIndex(engine.facts)

    def blank(self, part: Part) -> PartReply:
        """The missing words: from the facts' own text around the blank when it is found
        there, else from the answer key of the fact the engine finds for the sentence."""
        sentence = part.text
        asked = sentence.replace(_BLANK, " ")
        reply = self._engine.answer(asked)
        if reply.outcome is Outcome.GAP:
            # «كان حامل لواء المسلمين في غزوة تبوك ……»: a detail the text does not state;
            # words around the blank that match a fact's sentence do not fill it.
            return PartReply(part, reply, Status.NOT_ANSWERED)
        from_text = fill_from_text(sentence, self._texts, self._names)
        if (
            from_text is not None
            and _DESCRIBED_ONE.match(sentence)
            and reply.answered
            and reply.fact is not None
            and any(f.id in self._engine.wholes(reply.fact.id) for f in from_text.facts)
        ):
            # («الصحابي الذي قدم نصف ماله ……»: the one described is missing, but the words
            # are the donations fact's sentence, whose text goes on with the next donor; the
            # engine reads the one part the sentence asks, which names him itself)
            from_text = None
        if from_text is not None and framed_by_chance(self._engine, asked, reply, from_text.facts):
            from_text = None  # («توالت الوفود … بعد تبوك في شهر ……»: not the date's month)
        if from_text is not None and from_text.matched >= CLOZE_SURE:
            return self._from_text(part, from_text)
        kinds = _blank_kinds(sentence)
        if kinds == [None] and self._holds_the_title(sentence, reply):
            kinds = [SlotKind.PERSON]
        elif kinds == [None] and reply.answered:
            # («الشهر الذي وقعت فيه غزوة تبوك: ……»: a label, its blank last; only with the
            # engine sure of the label's fact: «السنة التي توفي فيها النبي ……» asked «متى»
            # found the expedition's date among those offered)
            kinds = [_opening_kind(sentence)]
        # «…… هو الذي جهّز جيش العسرة» asks a person; a fact that names nobody (the hardship
        # of the preparation) has no words for that blank, whatever words it shares
        lacks_person = (
            reply.answered
            and reply.fact is not None
            and kinds[:1] == [SlotKind.PERSON]
            and not any(slot.kind is SlotKind.PERSON for slot in self._judge.slots(reply.fact))
        )
        if (not reply.answered or lacks_person) and kinds and kinds[0] in ASK_FOR_KIND:
            masked = f"{ASK_FOR_KIND[kinds[0]]} {asked}"
            second = self._engine.answer(masked)
            if second.answered:
                reply = second
            elif second.outcome is Outcome.SUGGEST:
                reply = self.stating_every_detail(sentence, second) or (
                    second if lacks_person else reply
                )
            elif lacks_person:
                reply = second
        fills = self._fills(reply.fact, sentence, kinds) if reply.fact else []
        if (
            from_text is not None
            and reply.fact is not None
            and reply.fact not in from_text.facts
            and not _agree(fills, from_text.words)
            # (a fact unrelated to the engine's shares a few words by chance: «جيش العسرة»)
            and any(
                f.id in self._engine.wholes(reply.fact.id)
                or reply.fact.id in self._engine.wholes(f.id)
                for f in from_text.facts
            )
        ):
            # «كانت غزوة تبوك ضد الروم ومن حالفها من العرب ……»: the words around the blank
            # are one fact's sentence, the engine reads another fact; neither is sure
            fills = []
        if fills and reply.fact is not None and not _holds_office(reply.fact, sentence, kinds):
            # «كان ملك الغساسنة هو ……»: the envoy fact names a person and the Ghassanids,
            # but nobody as their king; the text does not say who was
            fills = []
        if fills and reply.fact is not None and self._someone_s_count(reply.fact, sentence):
            # «كان في جيش تبوك …… فرس»: the horses the text counts are Uthman's gift, not the
            # army's; a count of one person's gift fills no blank that names him nowhere
            fills = []
            from_text = None
        if reply.answered and reply.fact is not None and fills:
            return PartReply(part, reply, Status.FILLED, fact=reply.fact, filled="، ".join(fills))
        if from_text is not None:
            return self._from_text(part, from_text)
        if not reply.answered or reply.fact is None:
            return PartReply(part, reply, Status.NOT_ANSWERED)
        return PartReply(part, reply, Status.UNSETTLED, fact=reply.fact)

    def _someone_s_count(self, fact: Fact, sentence: str) -> bool:
        """Whether the blank counts a thing (camels, horses) the fact counts as one person's
        gift, while the sentence names none of the people the fact is about."""
        after = words_of(sentence.split(_BLANK, 1)[1]) if _BLANK in sentence else ()
        kind = next((k for word in after[:1] if (k := counted_kind(word)) is not None), None)
        if kind not in _GIFTS or all(k != kind for _, k in counted(fact.answer)):
            return False
        people = [
            value
            for slot in self._judge.slots(fact)
            if slot.kind is SlotKind.PERSON
            for value in slot.values
            if set(value) - NEUTRAL_PARTIES
        ]
        words = words_of(sentence)
        return bool(people) and not any(mentions(words, value) for value in people)

    def _holds_the_title(self, sentence: str, reply: Reply) -> bool:
        """«كان ملك الروم في غزوة تبوك هو ……»: the blank is the one holding the office the
        sentence opens with when the engine's fact says that office of that people («هرقل
        هو ملك الروم»; knowledge/blank_offices.py)."""
        office = office_first(sentence)
        if office is None or not reply.answered or reply.fact is None:
            return False
        return says_office(reply.fact, office)

    def stating_every_detail(
        self, sentence: str, reply: Reply, *, figures: bool = False
    ) -> Reply | None:
        """«اللي قدم نص ماله بتبوك هو …»: of the facts the engine hesitates between, the
        one whose key states every detail the sentence names («نص ماله»: Umar's gift); the
        most specific when a whole and its part both do; none when two others do."""
        claims = self._judge.claims(sentence.replace(_BLANK, " "))
        if figures:
            # «ما الدوافع … في السنة التاسعة؟»: the expedition's own year or month (the
            # general account states it) frames every fact, so it settles none of them
            claims = [c for c in claims if not self._expedition_s_own_time(c)]
        if not claims or (figures and not any(c.kind in _FIGURES for c in claims)):
            return None
        stating = [
            candidate.fact
            for candidate in reply.suggestions
            if all(self._judge.check(candidate.fact, claim) > 0 for claim in claims)
            # («هل أنفق عمر ماله كله؟»: the list of gifts names Umar and «ماله كله», not who
            # gave which; Umar's own fact must state it)
            and not self._judge.someone_s_own_part_differs(candidate.fact, claims)
        ]
        parts = [
            fact
            for fact in stating
            if not any(fact.id in self._engine.wholes(other.id) for other in stating)
        ]
        if len(parts) != 1:
            return None
        return Reply(Outcome.ANSWER, fact=parts[0], normalized=normalize(sentence))

    def _expedition_s_own_time(self, claim: Claim) -> bool:
        """A year or month the general account (an overview fact) states."""
        return claim.kind in (SlotKind.YEAR, SlotKind.MONTH) and any(
            fact.answer_type is AnswerType.OVERVIEW and self._judge.check(fact, claim) > 0
            for fact in self._engine.facts
        )

    def next_in_list(self, part: Part, whole: Fact) -> PartReply | None:
        """«… أبو بكر وعمر وعثمان و»: a list that stops on «و» asks for the one item the
        fact lists and the sentence does not name yet, shown with that item's own fact."""
        if not OPEN_LIST.search(part.original):
            return None
        words = words_of(part.text)
        for slot in self._judge.slots(whole):
            items = _items(slot.answer)
            if slot.kind is not SlotKind.PERSON or len(items) < 2:
                continue
            missing = [item for item in items if not mentions(words, phrase(item))]
            if len(missing) != 1 or len(missing) == len(items):
                return None
            named = phrase(missing[0])
            fact = next(
                (f for f in self._engine.parts(whole.id) if mentions(words_of(f.answer), named)),
                whole,
            )
            reply = Reply(Outcome.ANSWER, fact=fact, normalized=normalize(part.text))
            return PartReply(part, reply, Status.FILLED, fact=fact, filled=missing[0])
        return None

    def _from_text(self, part: Part, filled: Filled) -> PartReply:
        """The blank filled from the facts' text; of the facts whose text fills it alike,
        the one the engine gives for the completed sentence, else the most specific."""
        reply = self._engine.answer(filled.completed(part.text))
        leading = reply.fact or (reply.suggestions[0].fact if reply.suggestions else None)
        if filled.matched < CLOZE_SURE and leading not in filled.facts:
            # «لم يهاجم النبي العدو بعد تراجعه …»: two words matched another fact's sentence
            # («بعد تراجع الروم»), but the completed sentence is not about that fact.
            return PartReply(part, reply, Status.UNSETTLED, fact=reply.fact)
        specific = [f for f in filled.facts if f.answer_type is not AnswerType.OVERVIEW]
        chosen = reply.fact
        if chosen is not None and chosen.answer_type is AnswerType.OVERVIEW and specific:
            chosen = None  # the overview repeats the sentence; a specific fact states it
        if not (reply.answered and chosen in filled.facts):
            chosen = filled.facts[0]
        # A whole whose part's text fills the blank alike: the part states it.
        parts = [
            f
            for f in filled.facts
            if chosen is not None and chosen.id in self._engine.wholes(f.id)
        ]
        chosen = parts[0] if parts else chosen
        if chosen is not reply.fact or not reply.answered:
            reply = Reply(Outcome.ANSWER, fact=chosen, normalized=normalize(part.text))
        return PartReply(
            part, reply, Status.FILLED, fact=reply.fact, filled="، ".join(filled.words)
        )

    def _fills(self, fact: Fact, sentence: str, kinds: list[SlotKind | None]) -> list[str]:
        words = words_of(sentence)
        numbers, years = read_numbers(sentence.replace(_BLANK, " "))
        open_slots = [
            slot
            for slot in self._judge.slots(fact)
            if slot.kind is not SlotKind.POLARITY
            and not (slot.number is not None and (slot.number in numbers or slot.number in years))
            and not any(mentions(words, value) for value in slot.values)
        ]
        fills: list[str] = []
        if len(kinds) > 1 and len({kind for kind in kinds if kind is not None}) <= 1:
            # «جلب الروم من العرب … و …», «… جملا و … فرسا»: one detail listing as many
            # items as there are blanks fills them in order.
            listing = [
                items
                for slot in self._judge.slots(fact)
                if slot.kind is not SlotKind.POLARITY
                and (kinds[0] is None or slot.kind is kinds[0])
                and len(items := _items(slot.answer)) == len(kinds)
                and not any(mentions(words, phrase(item)) for item in items)
            ]
            if len(listing) == 1:
                return listing[0]
        for kind in kinds:
            surah = self._surah(fact, words) if kind is SlotKind.VERSE else None
            if surah is not None:
                fills.append(surah)
                continue
            slot = next((s for s in open_slots if s.kind is kind), None) if kind else None
            if slot is None and kind in (None, SlotKind.PERSON) and len(kinds) == 1:
                key = self._keys.get(fact.id)
                # The key's answer fills the blank, less the words the sentence says right
                # before or after it («رزق …… مقدما»: «سنة»); a blank holds a few words, so
                # «عبد الرحمن … ولم يذكر النص مقدار ما قدمه» fills none, and it must bring
                # a word the sentence lacks («استطاع …… أن يخلص الجيش … في مؤتة» does not
                # lack «غزوة مؤتة»).
                run = _beside_blank(key.answer, sentence) if key is not None else []
                if (
                    len(run) <= CLOZE_MAX_GAP
                    and any(
                        core not in _FRAME and not mentions(words, (core,))
                        for core in phrase(" ".join(run))
                    )
                    and (kind is None or self._names_someone_new(fact, run, words))
                    and not self._told_after(fact, run, sentence)
                ):
                    fills.append(" ".join(run))
                    continue
                slot = open_slots[0] if len(open_slots) == 1 and kind is None else None
            if slot is None:
                return []
            open_slots.remove(slot)
            fills.append(slot.answer)
        # A whole's details list its parts («أبو بكر وعمر وعثمان…»); a blank the engine reads
        # as the whole may ask for one of them, so a list from a whole fills no blank.
        if self._engine.is_whole(fact.id) and any(_LIST_ITEMS.search(fill) for fill in fills):
            return []
        return fills

    def _surah(self, fact: Fact, words: tuple[str, ...]) -> str | None:
        """The surah a blank after «سورة» asks, from the fact's verse («التوبة: 38»), even
        when the sentence gives the verse's number; none when the sentence names it."""
        for slot in self._judge.slots(fact):
            if slot.kind is SlotKind.VERSE and ":" in slot.answer:
                name = slot.answer.split(":", 1)[0].strip()
                return None if mentions(words, phrase(name)) else name
        return None

    def _told_after(self, fact: Fact, run: list[str], sentence: str) -> bool:
        """Whether the key's words for a blank hold a detail of the fact the sentence says
        after its blank: the key's phrase ends past those words, so it is not what stands
        before them («صالح …… خالدًا على الجزية» is not «دفع الجزية»: who made peace is missing)."""
        told = words_of(" ".join(run))
        after = words_of(sentence.split(_BLANK, 1)[1])
        return any(
            mentions(told, value) and mentions(after, value)
            for slot in self._judge.slots(fact)
            for value in slot.values
        )

    def _names_someone_new(self, fact: Fact, run: list[str], words: tuple[str, ...]) -> bool:
        """Whether the words for a blank asking someone hold a detail of the fact (a name, a
        party) the sentence does not say already («قُتل سفير النبي على يد ……»: the fact
        names only the envoy, so «الاعتداء على سفير النبي» names no doer; the text does not
        say who killed him)."""
        told = words_of(" ".join(run))
        return any(
            mentions(told, value) and not mentions(words, value)
            for slot in self._judge.slots(fact)
            if slot.kind is not SlotKind.POLARITY
            for value in slot.values
        )


# What the text counts as a person's gift (not Mu'tah's leaders, who are no one's).
_GIFTS = frozenset({"camels", "horses"})
# Words every fact's sentence frames itself with: never the missing words on their own.
_FRAME = frozenset({"غزوه", "تبوك"})
# Several items joined: «أبو بكر وعمر», «أ، ب».
_LIST_ITEMS = re.compile(r"\s+و(?=\S)|،")


def _beside_blank(answer: str, sentence: str) -> list[str]:
    """The answer's words after the last words the sentence says before its blank and
    before the first words it says after it («قبائل عربية منها …… وغسان»: «لخم»)."""
    run = answer.split()
    before, _, after = sentence.partition(_BLANK)
    said_before, said_after = phrase(before), phrase(after)
    for size in range(len(said_before), 0, -1):
        at = _find(tuple(phrase(" ".join(run))), said_before[-size:])
        if at is not None:
            run = run[at + size :]
            break
    for size in range(len(said_after), 0, -1):
        at = _find(tuple(phrase(" ".join(run))), said_after[:size])
        if at is not None:
            run = run[:at]
            break
    return run


def _holds_office(fact: Fact, sentence: str, kinds: list[SlotKind | None]) -> bool:
    """Whether a fact filling a blank that asks who holds an office over a people («ملك
    الروم هو ……») says that office of that people itself (knowledge/blank_offices.py); true
    when the blank asks no such office."""
    office = office_before(sentence.split(_BLANK, 1)[0])
    return kinds[:1] != [SlotKind.PERSON] or office is None or says_office(fact, office)


def _find(words: tuple[str, ...], run: tuple[str, ...]) -> int | None:
    """Where `run` starts in `words`, if it is there."""
    return next(
        (at for at in range(len(words) - len(run) + 1) if words[at : at + len(run)] == run), None
    )


def _agree(fills: list[str], words: tuple[str, ...]) -> bool:
    """Whether the key's fillings and the text's share a word («أبو بكر الصديق»)."""
    said = {core for text in words for core in phrase(text)}
    return any(core in said for text in fills for core in phrase(text))


def _items(listing: str) -> list[str]:
    """The items of a listing answer («أبو بكر وعمر وعثمان»), stripped."""
    return [item.strip() for item in _LIST_ITEMS.split(listing) if item.strip()]


def _opening_kind(sentence: str) -> SlotKind | None:
    """The kind of detail a label's opening noun asks for, when its one blank is last."""
    if sentence.count(_BLANK) != 1 or not _ENDS_ON_BLANK.search(sentence):
        return None
    return next((kind for pattern, kind in _BLANK_KIND_OPENING if pattern.search(sentence)), None)


def _blank_kinds(sentence: str) -> list[SlotKind | None]:
    """For each blank in a sentence, the kind of detail the words before it ask for."""
    kinds: list[SlotKind | None] = []
    pieces = sentence.split(_BLANK)
    for index in range(len(pieces) - 1):
        before = pieces[index]
        kind: SlotKind | None = None
        for pattern, pattern_kind in _BLANK_KIND_BEFORE:
            if pattern.search(before):
                kind = pattern_kind
                break
        if kind is None and index == 0 and _BLANK_PERSON.search(sentence):
            kind = SlotKind.PERSON
        after = pieces[index + 1]
        for pattern, pattern_kind in _BLANK_KIND_AFTER if kind is None else ():
            if pattern.search(after):
                kind = pattern_kind
                break
        kinds.append(kind)
    return kinds
