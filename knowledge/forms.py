"""Answering each part of a message in its own form, on top of the engine.

The engine decides which fact a question asks for; this module never overrules it. For a
statement, a blank or pasted options it then compares what the message says with the
fact's answer key (knowledge/data/answer_keys.json): a verdict, a choice or the missing
words are given only when a checkable detail of that fact settles them. Anything less
certain is reported as unsettled, never guessed.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass
from enum import StrEnum

from knowledge.analysis import is_stopword, other_event, stem
from knowledge.answer_keys import (
    NUMERIC_KINDS,
    ORDINALS,
    AnswerKey,
    AnswerKeys,
    Slot,
    SlotKind,
    core_word,
    load_answer_keys,
    mentions,
    phrase,
    read_numbers,
    words_of,
)
from knowledge.engine import AnswerEngine, Outcome, Reply
from knowledge.lexicon import ENTITIES
from knowledge.message import (
    Form,
    Option,
    Part,
    ReadMessage,
    has_question_word,
    is_statement,
    read_message,
)
from knowledge.models import Fact
from knowledge.normalize import normalize

# The question word put in place of a detail a statement claims, to ask the engine which
# fact states that detail («خرج الجيش في رمضان» -> «متى خرج الجيش في»).
_ASK_FOR_KIND: dict[SlotKind, str] = {
    SlotKind.MONTH: "متى",
    SlotKind.YEAR: "متى",
    SlotKind.NUMBER: "كم",
    SlotKind.PERSON: "من",
    SlotKind.PARTY: "من",
    SlotKind.PLACE: "اين",
    SlotKind.NAME: "ما اسم",
    SlotKind.SHARE: "ماذا",
    SlotKind.DURATION: "ما",
    SlotKind.ORDER: "هل",
    SlotKind.TRIBUTE: "على ماذا",
    SlotKind.EVENT: "ما",
}
# Words that negate a statement; a negated claim is judged only for a yes/no detail.
_NEGATIONS = frozenset("لم لن ليس ليست لا ما دون بدون بلا غير عدم مافي ماكان ماصار".split())
_YEAR_WORDS = frozenset("سنه السنه عام العام بالسنه للهجره هجري هجريه".split())
# Words that qualify a number («أكثر من», «حوالي»): left out with it when it is masked.
_NUMBER_WORDS = frozenset("اكثر من حوالي نحو قرابه قرابة تقريبا اقل زهاء مقاتل مجاهد جندي".split())
# Parties named in passing («المسلمون تراجعوا»): they must be stated for «صحيح» but never
# make a statement false by themselves.
_NEUTRAL_PARTIES = frozenset({"مسلمين", "مسلمون", "مسلم"})
# A statement is «صحيح» only when the fact's text holds this share of its other words; read
# as a whole (no detail left out and asked for), nearly all of them.
STATEMENT_COVERAGE = 0.75
WHOLE_STATEMENT_COVERAGE = 0.75
# Details whose other value makes a statement false whatever the wording around them.
_EXACT = frozenset({SlotKind.NUMBER, SlotKind.YEAR, SlotKind.MONTH})
# Of an option's own words, at least this share must be stated by the fact for the option to
# count as stated, and every other option must trail it by OPTION_LEAD.
OPTION_OVERLAP = 0.6
OPTION_LEAD = 0.4
# «جميع ما سبق»: chosen when every other option is stated by the fact.
_ALL_OF_ABOVE = re.compile(r"(جميع|كل)\s+(ما\s+سبق|ما\s+ذكر|الإجابات|الاجابات|ما تقدم)")
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
)
_BLANK_PERSON = re.compile(
    r"^\s*…\s*(هو|هي)?\s*(الذي|التي|من)\b|(الصحابي|القائد|الخليفة|ملك)\s+\S*\s*(هو|هي)?\s*…"
)
_BLANK = "…"
# Outcomes that mean the message asked something (not a greeting, thanks, bad input).
_QUESTION_OUTCOMES = frozenset(
    {
        Outcome.ANSWER,
        Outcome.SUGGEST,
        Outcome.UNKNOWN,
        Outcome.OTHER_EVENT,
        Outcome.MODERN,
        Outcome.GAP,
    }
)


class Status(StrEnum):
    """What a part got; only the first four count as answered."""

    ANSWER = "answer"
    VERDICT = "verdict"
    CHOICE = "choice"
    FILLED = "filled"
    RIDDLE_TABUK = "riddle_tabuk"
    RIDDLE_MUTAH = "riddle_mutah"
    RIDDLE_OTHER = "riddle_other"
    UNSETTLED = "unsettled"
    NO_OPTION = "no_option"
    NOT_ANSWERED = "not_answered"


DONE_STATUSES = frozenset(
    {
        Status.ANSWER,
        Status.VERDICT,
        Status.CHOICE,
        Status.FILLED,
        Status.RIDDLE_TABUK,
        Status.RIDDLE_MUTAH,
    }
)


@dataclass(frozen=True, slots=True)
class PartReply:
    """The reply to one part: the engine's reply, and what the form added to it."""

    part: Part
    reply: Reply
    status: Status
    fact: Fact | None = None
    verdict: bool | None = None
    choice: Option | None = None
    filled: str | None = None

    @property
    def done(self) -> bool:
        return self.status in DONE_STATUSES


@dataclass(frozen=True, slots=True)
class MessageReply:
    """Replies to every part of a message, in order."""

    text: str
    message: ReadMessage
    parts: tuple[PartReply, ...]

    @property
    def answered(self) -> bool:
        """True only when every part got its answer, verdict, choice or missing words."""
        return bool(self.parts) and all(part.done for part in self.parts)

    @property
    def summary(self) -> Reply:
        """One engine reply standing for the whole message (what is logged and reviewed)."""
        first = self.parts[0]
        if len(self.parts) == 1 and first.status in (Status.ANSWER, Status.NOT_ANSWERED):
            return first.reply
        normalized = normalize(self.text)
        if self.answered:
            return Reply(
                Outcome.ANSWER,
                fact=first.fact,
                score=first.reply.score,
                greeted=self.message.greeted,
                normalized=normalized,
            )
        missing = next(part for part in self.parts if not part.done)
        reply = missing.reply
        if reply.outcome in (Outcome.SUGGEST, Outcome.OTHER_EVENT, Outcome.GAP):
            return dataclasses.replace(reply, normalized=normalized)
        return Reply(Outcome.UNKNOWN, score=reply.score, normalized=normalized)


@dataclass(frozen=True, slots=True)
class _Claim:
    """A detail a statement or option names: its kind, its words (or number) and span."""

    kind: SlotKind
    words: tuple[str, ...] = ()
    number: int | None = None


class FormAnswerer:
    """Answers messages part by part with one engine and the answer keys."""

    def __init__(self, engine: AnswerEngine, keys: AnswerKeys | None = None) -> None:
        self._engine = engine
        self._keys = keys or load_answer_keys()
        self._grounded: dict[str, tuple[Slot, ...]] = {}

    @property
    def engine(self) -> AnswerEngine:
        return self._engine

    def answer_message(self, text: str) -> MessageReply:
        """Read a message and answer each of its parts."""
        whole = self._engine.answer(text)
        message = read_message(text)
        if whole.outcome not in _QUESTION_OUTCOMES or not message.changed or not message.parts:
            # A plain single question (or a greeting, thanks...) is answered as typed, so
            # its reply stays what the engine gives.
            return self._single(text, message, whole)
        replies = [
            self.answer_part(part, first=index == 0) for index, part in enumerate(message.parts)
        ]
        if not any(part.marked for part in message.parts):
            replies = self._join_follow_ups(replies)
            if whole.answered and not message.preamble:
                distinct = {reply.fact for reply in replies if reply.done}
                if not (all(reply.done for reply in replies) and len(distinct) >= 2):
                    # «متى كانت؟ بأي شهر؟» or «من هرقل وما دوره؟»: one question, which the
                    # engine answers whole.
                    return self._single(text, message, whole)
            replies = _merge_follow_ups(replies)
        if (
            len(replies) == 1
            and not replies[0].done
            and replies[0].part.form in (Form.QUESTION, Form.HEADLINE, Form.TRUE_FALSE)
            and whole.answered
            and not message.preamble
        ):
            # The reading found nothing better than the message as typed («… صح؟» that no
            # detail settles is still answered with the fact the engine finds).
            return self._single(text, message, whole)
        return MessageReply(text, message, tuple(replies))

    def _join_follow_ups(self, replies: list[PartReply]) -> list[PartReply]:
        """A follow-up that points back belongs to the part before it: dropped when that part
        is answered, else read together with it."""
        kept: list[PartReply] = []
        for reply in replies:
            if kept and _points_back(reply):
                if kept[-1].done:
                    continue  # the question it follows up is answered
                previous = kept.pop().part
                joined = dataclasses.replace(
                    previous,
                    text=f"{previous.text} {reply.part.text}",
                    original=f"{previous.original} {reply.part.original}",
                )
                kept.append(self._plain(joined, self._engine.answer(joined.text)))
                continue
            kept.append(reply)
        return kept

    def _single(self, text: str, message: ReadMessage, reply: Reply) -> MessageReply:
        part = message.parts[0] if message.parts else Part(Form.QUESTION, text, text)
        one = ReadMessage((part,), greeted=message.greeted and not reply.greeted)
        # Only a bare statement is judged; any other single message keeps the engine's reply.
        judge = reply.outcome in _QUESTION_OUTCOMES and part.form is Form.HEADLINE
        return MessageReply(text, one, (self._plain(part, reply, judge=judge),))

    def answer_part(self, part: Part, *, first: bool = True) -> PartReply:
        """One part in its form (`first`: no part before it for a pronoun to refer to)."""
        if part.form is Form.TRUE_FALSE:
            return self._true_false(part)
        if part.form is Form.CHOICE:
            return self._choice(part)
        if part.form is Form.BLANK:
            if not part.marked:
                # «الصحابي الذي جهز الجيش هو» is first a question like any other.
                reply = self._engine.answer(part.text.replace(_BLANK, " "))
                if reply.answered:
                    return self._plain(part, reply)
            return self._blank(part)
        if part.form is Form.RIDDLE:
            return self._riddle(part)
        reply = self._engine.answer(part.text)
        if not reply.answered and (first or part.own_line):
            reply = self._with_context(part, reply)
        return self._plain(part, reply)

    def _with_context(self, part: Part, reply: Reply) -> Reply:
        """A first question the engine cannot answer alone, read with what came before it:
        the topic words of the story told («… قصة أكيدر وما فهمت، مين هو؟»), or, with no
        topic before it, the expedition itself («متى كانت؟»). Only words the facts know are
        carried, so a story's other words never decide the answer."""
        vocabulary = self._engine.matcher.vocabulary
        topic = [
            word
            for word in normalize(part.context).split()
            if not is_stopword(word)
            and stem(word, vocabulary) in vocabulary
            and "تبوك" not in word
            and "غزو" not in word
        ]
        if topic:
            # Names first (أكيدر, المنافقين): the story's other words are weaker evidence.
            names = [word for word in topic if stem(word, vocabulary) in ENTITIES]
            for carried_words in (names, topic):
                if carried_words:
                    told = self._engine.answer(f"{part.text} {' '.join(carried_words)}")
                    if told.answered:
                        return told
            return reply
        words = normalize(part.text).split()
        if not any("تبوك" in word or "غزو" in word for word in words):
            carried = self._engine.answer(f"{part.text.rstrip(' ؟?')} غزوة تبوك")
            if carried.answered:
                return carried
        return reply

    # --- plain questions -----------------------------------------------------------------

    def _plain(self, part: Part, reply: Reply, *, judge: bool = True) -> PartReply:
        statement = judge and part.form is Form.HEADLINE and is_statement(part.original)
        if statement:
            # «خرج الجيش في رمضان»: a bare statement that contradicts the text is said to be
            # false; one that agrees gets the fact (a headline looks the same, so «صحيح»
            # is kept for statements marked as true/false).
            judged = self._true_false(part)
            if judged.status is Status.VERDICT and judged.verdict is False:
                return judged
        if reply.answered and reply.fact is not None:
            return PartReply(part, reply, Status.ANSWER, fact=reply.fact)
        return PartReply(part, reply, Status.NOT_ANSWERED)

    # --- slots -----------------------------------------------------------------------------

    def slots(self, fact: Fact) -> tuple[Slot, ...]:
        """The key's slots that the fact's current answer still states (admins edit facts)."""
        cached = self._grounded.get(fact.id + "\0" + fact.answer)
        if cached is not None:
            return cached
        key: AnswerKey | None = self._keys.get(fact.id)
        grounded: list[Slot] = []
        if key is not None:
            words = words_of(fact.answer)
            numbers, years = read_numbers(fact.answer)
            for slot in key.slots:
                if slot.kind is SlotKind.YEAR:
                    ok = slot.number in years
                elif slot.kind in NUMERIC_KINDS:
                    ok = slot.number in numbers
                else:
                    ok = any(mentions(words, value) for value in slot.values) or (
                        slot.kind is SlotKind.POLARITY and mentions(words, phrase(slot.answer))
                    )
                if ok:
                    grounded.append(slot)
        result = tuple(grounded)
        self._grounded[fact.id + "\0" + fact.answer] = result
        return result

    def short_answer(self, fact: Fact) -> str | None:
        key = self._keys.get(fact.id)
        return key.answer if key is not None and self.slots(fact) else None

    def _claims(self, text: str) -> list[_Claim]:
        """Every checkable detail a text names: months, years, numbers, people, places..."""
        words = words_of(text)
        claims: list[_Claim] = []
        numbers, years = read_numbers(text)
        claims += [_Claim(SlotKind.YEAR, number=year) for year in years]
        # «شهر واحد»: one is a word of the sentence, not a figure to check.
        claims += [_Claim(SlotKind.NUMBER, number=n) for n in numbers if n > 1]
        # One claim per stretch of words: «الروم» is not also «الرومان» (the same stem), and
        # «عمر بن الخطاب» is not also «عمر»; longer values are tried first.
        taken: set[int] = set()
        # «في شهر رمضان», «في السنة الثامنة»: the month or the year, not a length of time.
        months = self._keys.rivals.get(SlotKind.MONTH, ())
        for index, word in enumerate(words):
            following = words[index + 1 :]
            if (core_word(word) == "شهر" and any(_find(following[:2], m) for m in months)) or (
                core_word(word) in ("سنه", "عام") and any(c.kind is SlotKind.YEAR for c in claims)
            ):
                taken.add(index)
        for kind, rivals in self._keys.rivals.items():
            for value in sorted(rivals, key=len, reverse=True):
                span = _find(words, value)
                if span is None or taken & set(range(*span)):
                    continue
                taken |= set(range(*span))
                claims.append(_Claim(kind, words=tuple(words[span[0] : span[1]])))
        return claims

    # --- true / false --------------------------------------------------------------------

    def _true_false(self, part: Part) -> PartReply:
        """«صحيح» only when one fact states every detail the statement names and the rest of
        its words; «خطأ» only when the statement names a detail (a month, a number, a
        person...) that contradicts the fact about the same thing; otherwise not settled."""
        statement = part.text
        claims = self._claims(statement)
        words = words_of(statement)
        negated = _negated(words)
        false: list[tuple[Fact, Reply]] = []
        true: list[tuple[Fact, Reply]] = []
        # Ask for each claimed detail with the detail left out: the fact that answers that
        # question is the one the statement is about.
        for claim in claims if not negated else ():
            asked = self._masked_question(statement, claim)
            if asked is None:
                continue
            reply = self._engine.answer(asked)
            if reply.answered and reply.fact is not None:
                check = self._check(reply.fact, claim)
                if check < 0:
                    false.append((reply.fact, reply))
                elif (
                    check > 0
                    and all(self._check(reply.fact, c) > 0 for c in claims)
                    and self._covers(reply.fact, statement, claims)
                ):
                    true.append((reply.fact, reply))
            elif reply.outcome is Outcome.SUGGEST:
                # Unsure which fact, but every candidate that states this kind of detail
                # states another value: the statement is false whichever is meant.
                judged = [
                    (c.fact, self._check(c.fact, claim))
                    for c in reply.suggestions
                    if any(slot.kind is claim.kind for slot in self.slots(c.fact))
                ]
                if judged and claim.words and all(check < 0 for _, check in judged):
                    false.append((judged[0][0], reply))
        polar = self._polar_question(statement)
        if polar is not None:
            (true if polar[0] else false).append((polar[1], polar[2]))
        elif self._unchecked_polarity(words):
            # «هاجم النبي الروم …»: a claim of fighting no fact settled here.
            true = []
        whole = self._engine.answer(statement)
        if not false and not true and whole.answered and whole.fact is not None:
            # The statement as a whole is about one fact: false when it names another
            # number, month or year than that fact gives; true when the fact states every
            # detail it names and nearly all its words.
            checks = [self._check(whole.fact, claim) for claim in claims]
            exact = [c for c, claim in zip(checks, claims, strict=True) if claim.kind in _EXACT]
            if any(check < 0 for check in exact):
                false.append((whole.fact, whole))
            elif (
                all(check > 0 for check in checks)
                and not (negated and polar is None)
                and (polar is not None or not self._unchecked_polarity(words))
                and self._covers(whole.fact, statement, claims, WHOLE_STATEMENT_COVERAGE)
            ):
                true.append((whole.fact, whole))
        if false:
            fact, used = false[0]
            return PartReply(part, used, Status.VERDICT, fact=fact, verdict=False)
        if true:
            fact, used = true[0]
            return PartReply(part, used, Status.VERDICT, fact=fact, verdict=True)
        return PartReply(part, whole, Status.UNSETTLED)

    def _check(self, fact: Fact, claim: _Claim) -> int:
        """+1 when the fact states the claimed detail, -1 when it states another value of
        that kind, 0 when it says nothing of that kind."""
        if claim.words and set(claim.words) <= _NEUTRAL_PARTIES:
            return 1 if mentions(words_of(fact.answer), claim.words) else 0
        same_kind = [slot for slot in self.slots(fact) if slot.kind is claim.kind]
        if not same_kind:
            # Not a detail this fact is checked on, but named in its text all the same.
            return 1 if claim.words and mentions(words_of(fact.answer), claim.words) else 0
        if claim.number is not None:
            return (
                1
                if any(claim.number == s.number or claim.number in s.also for s in same_kind)
                else -1
            )
        if any(
            mentions(value, claim.words) or mentions(claim.words, value)
            for slot in same_kind
            for value in slot.values
        ):
            return 1
        return 0 if mentions(words_of(fact.answer), claim.words) else -1

    def _unchecked_polarity(self, words: tuple[str, ...]) -> bool:
        """Whether the statement claims something some key holds as a yes/no detail."""
        return any(
            slot.kind is SlotKind.POLARITY and any(mentions(words, v) for v in slot.values)
            for key in self._keys.keys.values()
            for slot in key.slots
        )

    def _covers(
        self,
        fact: Fact | tuple[Fact, ...],
        statement: str,
        claims: list[_Claim],
        share: float = 0.0,
    ) -> bool:
        """Whether the fact (or facts) states the rest of the statement too («لكثرة عدده» it
        does not)."""
        facts = fact if isinstance(fact, tuple) else (fact,)
        text = " ".join(f"{one.answer} {one.source}" for one in facts)
        claimed = {word for claim in claims for word in claim.words}
        stated = {stem(core_word(w)) for w in words_of(text)}
        stated |= {core_word(w) for w in words_of(text)}
        own = [
            w
            for w in words_of(statement)
            if not is_stopword(w)
            and core_word(w) not in claimed
            and not w.isdigit()
            and w not in _NEGATIONS
            and len(w) > 2
        ]
        if not own:
            return True
        known = sum(stem(core_word(w)) in stated or core_word(w) in stated for w in own)
        return known / len(own) >= (share or STATEMENT_COVERAGE)

    def _has_polarity(self, fact: Fact) -> bool:
        return any(slot.kind is SlotKind.POLARITY for slot in self.slots(fact))

    def _polar_question(self, statement: str) -> tuple[bool, Fact, Reply] | None:
        """«وقع قتال في تبوك»: judged by the facts that hold fighting as a yes/no detail (all
        say it did not happen), when the statement is about Tabuk and they all agree."""
        words = words_of(statement)
        if other_event(words) is not None or any("موت" in w or "مؤت" in w for w in words):
            return None
        matched = [
            (fact, slot)
            for fact in self._engine.facts
            for slot in self.slots(fact)
            if slot.kind is SlotKind.POLARITY and any(mentions(words, v) for v in slot.values)
        ]
        verdicts = {_negated(words) == slot.negated for _, slot in matched}
        if len(verdicts) != 1:
            return None
        verdict = verdicts.pop()
        # The most specific fact first (no_battle before the outcome and the overview).
        facts = tuple(
            sorted(dict.fromkeys(fact for fact, _ in matched), key=lambda f: len(self.slots(f)))
        )
        if verdict and not self._covers(facts, statement, self._claims(statement)):
            return None
        reply = self._engine.answer("هل " + statement)
        if reply.answered and reply.fact in facts:
            return verdict, reply.fact, reply
        return verdict, facts[0], Reply(Outcome.ANSWER, fact=facts[0])

    def _masked_question(self, statement: str, claim: _Claim) -> str | None:
        ask = _ASK_FOR_KIND.get(claim.kind)
        if ask is None:
            return None
        words = list(words_of(statement))
        if claim.number is not None:
            kept = _without_numbers(statement, claim)
        else:
            span = _find(tuple(words), claim.words)
            if span is None:
                return None
            kept = words[: span[0]] + words[span[1] :]
        if len(kept) < 2:
            return None
        return f"{ask} {' '.join(kept)}"

    # --- multiple choice ---------------------------------------------------------------

    def _choice(self, part: Part) -> PartReply:
        """The option the fact states: by the stem's fact when the engine answers the stem,
        else by reading each option into the stem as a statement to judge."""
        reply = self._engine.answer(part.text)
        if reply.answered and reply.fact is not None:
            judged = self._choose(part, reply)
            if judged.status in (Status.CHOICE, Status.NO_OPTION):
                return judged
        # A stem that stops where the answer goes («أعلن النبي التعبئة العامة ضد») reads
        # each option into it; a question's options are answers, not completions.
        if not has_question_word(part.text):
            by_statements = self._choose_by_statements(part)
            if by_statements is not None:
                return by_statements
        if reply.answered and reply.fact is not None:
            return PartReply(part, reply, Status.UNSETTLED, fact=reply.fact)
        return PartReply(part, reply, Status.NOT_ANSWERED)

    def _option_standing(self, fact: Fact, option: Option, stem: str) -> tuple[bool, float]:
        """(ruled out, share of the option's own words the fact states): a word counts as
        stated when the fact's text holds it or it is part of one of the key's values; an
        option is ruled out when it names a detail (a number, a person, «نصف ماله»...) the
        fact does not state."""
        claims = self._claims(option.text)
        contradicted = any(self._check(fact, claim) <= 0 for claim in claims)
        numbers = [c for c in claims if c.number is not None]
        if numbers and not contradicted:
            main = {slot.number for slot in self.slots(fact)}
            # Another report's figure (Uthman's 1,000 dinars) is not the text's answer.
            return False, 1.0 if all(c.number in main for c in numbers) else 0.3
        words = words_of(option.text)
        inside: set[int] = set()
        for slot in self.slots(fact):
            if slot.kind is SlotKind.POLARITY:
                # «لم يقع قتال»: an option that claims the fighting is ruled out.
                if any(mentions(words, v) for v in slot.values):
                    contradicted = contradicted or _negated(words) != slot.negated
                continue
            for value in slot.values:
                span = _find(words, value)
                if span is not None:
                    inside |= set(range(*span))
        # A rival value the fact does not state («ماله كله» for Uthman) is not stated, even
        # when its words appear elsewhere in the fact's text.
        unstated: set[int] = set()
        for claim in claims:
            span = _find(words, claim.words) if claim.words else None
            if span is not None and self._check(fact, claim) <= 0:
                unstated |= set(range(*span))
        stated = {stem_of(w) for w in words_of(f"{fact.answer} {fact.source}")}
        asked = {stem_of(w) for w in words_of(stem)}
        own = [
            (index, stem_of(word))
            for index, word in enumerate(words)
            if not is_stopword(word) and len(word) > 1 and not word.isdigit()
            and stem_of(word) not in asked
        ]  # fmt: skip
        if not own:
            return contradicted, 0.0
        covered = sum(
            index not in unstated and (index in inside or word in stated) for index, word in own
        )
        return contradicted, covered / len(own)

    def _choose(self, part: Part, reply: Reply) -> PartReply:
        fact = reply.fact
        assert fact is not None
        scored = [
            (option, *self._option_standing(fact, option, part.text))
            for option in part.options
            if not _ALL_OF_ABOVE.search(option.text)
        ]
        stated = [s for s in scored if not s[1] and s[2] >= OPTION_OVERLAP]
        every = next((o for o in part.options if _ALL_OF_ABOVE.search(o.text)), None)
        if every is not None and scored and len(stated) == len(scored):
            return PartReply(part, reply, Status.CHOICE, fact=fact, choice=every)
        if stated:
            best = max(s[2] for s in stated)
            leaders = [s for s in stated if s[2] == best]
            rivals = [s for s in scored if s not in leaders and not s[1]]
            if len(leaders) == 1 and all(s[2] <= best - OPTION_LEAD for s in rivals):
                return PartReply(part, reply, Status.CHOICE, fact=fact, choice=leaders[0][0])
            return PartReply(part, reply, Status.UNSETTLED, fact=fact)
        if scored and all(s[1] for s in scored):
            return PartReply(part, reply, Status.NO_OPTION, fact=fact)
        return PartReply(part, reply, Status.UNSETTLED, fact=fact)

    def _choose_by_statements(self, part: Part) -> PartReply | None:
        """Each option read into the stem («أعلن النبي التعبئة العامة ضد» + «الروم») and
        judged as a statement: chosen when it alone is true."""
        verdicts: list[tuple[Option, PartReply]] = []
        for option in part.options:
            if _ALL_OF_ABOVE.search(option.text):
                continue
            stem = part.text.rstrip(" :：؟?")
            statement = (
                stem.replace(_BLANK, option.text, 1) if _BLANK in stem else f"{stem} {option.text}"
            )
            verdicts.append(
                (option, self._true_false(Part(Form.TRUE_FALSE, statement, statement)))
            )
        true = [(o, v) for o, v in verdicts if v.status is Status.VERDICT and v.verdict]
        if len(true) == 1:
            option, verdict = true[0]
            return PartReply(part, verdict.reply, Status.CHOICE, fact=verdict.fact, choice=option)
        return None

    # --- fill in the blank -------------------------------------------------------------------

    def _blank(self, part: Part) -> PartReply:
        sentence = part.text
        kinds = _blank_kinds(sentence)
        asked = sentence.replace(_BLANK, " ")
        reply = self._engine.answer(asked)
        if (not reply.answered) and kinds and kinds[0] in _ASK_FOR_KIND:
            masked = f"{_ASK_FOR_KIND[kinds[0]]} {asked}"
            second = self._engine.answer(masked)
            if second.answered:
                reply = second
        if not reply.answered or reply.fact is None:
            return PartReply(part, reply, Status.NOT_ANSWERED)
        fills = self._fills(reply.fact, sentence, kinds)
        if not fills:
            return PartReply(part, reply, Status.UNSETTLED, fact=reply.fact)
        return PartReply(part, reply, Status.FILLED, fact=reply.fact, filled="، ".join(fills))

    def _fills(self, fact: Fact, sentence: str, kinds: list[SlotKind | None]) -> list[str]:
        words = words_of(sentence)
        numbers, years = read_numbers(sentence.replace(_BLANK, " "))
        open_slots = [
            slot
            for slot in self.slots(fact)
            if slot.kind is not SlotKind.POLARITY
            and not (slot.number is not None and (slot.number in numbers or slot.number in years))
            and not any(mentions(words, value) for value in slot.values)
        ]
        fills: list[str] = []
        for kind in kinds:
            slot = next((s for s in open_slots if s.kind is kind), None) if kind else None
            if slot is None and kind is None and len(kinds) == 1:
                key = self._keys.get(fact.id)
                if key is not None and not mentions(words, phrase(key.answer)):
                    fills.append(key.answer)
                    continue
                slot = open_slots[0] if len(open_slots) == 1 else None
            if slot is None:
                return []
            open_slots.remove(slot)
            fills.append(slot.answer)
        return fills

    # --- riddles --------------------------------------------------------------------------

    def _riddle(self, part: Part) -> PartReply:
        words = words_of(part.text)
        reply = Reply(Outcome.UNKNOWN, normalized=" ".join(words))
        tabuk = sum(mentions(words, marker) for marker in self._keys.tabuk_markers)
        mutah = sum(mentions(words, marker) for marker in self._keys.mutah_markers)
        claims = self._claims(part.text)
        months = {c.words for c in claims if c.kind is SlotKind.MONTH}
        years = {c.number for c in claims if c.kind is SlotKind.YEAR}
        elsewhere = other_event(words) is not None
        # A riddle never names its answer: one that names Tabuk describes something else.
        named_tabuk = any(core_word(word) == "تبوك" or word.endswith("تبوك") for word in words)
        fought = any(mentions(words, phrase(w)) for w in ("قتال شديد", "انتصر", "انتصار", "هزيمه"))
        fought = fought and not _negated(words)
        fits_tabuk = (
            tabuk >= 2
            and not mutah
            and not elsewhere
            and not fought
            and not named_tabuk
            and months <= {phrase("رجب")}
            and years <= {9}
        )
        fits_mutah = (
            mutah >= 1
            and (mutah >= tabuk or named_tabuk)
            and not elsewhere
            and years <= {8}
            and not months
        )
        fact_id = "overview" if fits_tabuk else "mutah" if fits_mutah else None
        fact = self._engine.fact(fact_id) if fact_id else None
        if fact is None:
            return PartReply(part, reply, Status.RIDDLE_OTHER)
        status = Status.RIDDLE_TABUK if fits_tabuk else Status.RIDDLE_MUTAH
        return PartReply(part, Reply(Outcome.ANSWER, fact=fact), status, fact=fact)


# Words that carry no topic of their own in a short follow-up («مين هما؟», «شو صار فيه؟»).
_FOLLOW_UP_FILLERS = frozenset(
    normalize(word)
    for word in """
    ما ماذا متى كم لماذا لما ليش ليه وليه من مين منو منهو أين اين وين فين هل كيف شو شنو ايش وش
    ايه إيه اش واش شكون هو هي هم هما هن كان كانت كانوا صار صارت في فيه فيها فيهم عن عنه عنها
    كمان بعد ده دي دا هذا هذه ذلك تلك يعني طيب والله عمل عملوا سووا حصل جرى وقع الحكاية القصة
    السالفة الموضوع بالضبط بالتفصيل
    """.split()
)


def _own_words(text: str) -> list[str]:
    """The words of a part that name something (not question words, pronouns, fillers)."""
    words = [w.removeprefix("و") for w in normalize(text).split()]
    # The expedition's own name refers to what the message is about anyway.
    return [
        w
        for w in words
        if w not in _FOLLOW_UP_FILLERS and len(w) > 1 and "تبو" not in w and "غزو" not in w
    ]


def _points_back(reply: PartReply) -> bool:
    """A later part with at most one word of its own («مين هما؟», «شنو الاية؟») or one that
    points at the part before it («وشنو دار معاه الرسول؟») is not a question of its own."""
    if reply.part.own_line:
        return False
    own = [w for w in _own_words(reply.part.text) if w not in _POINTING_WORDS]
    refers = any(
        w.removeprefix("و") in _POINTING_WORDS for w in normalize(reply.part.text).split()
    )
    return len(own) <= 1 or (refers and len(own) <= 2)


# Words that point back at what the part before named («وشنو دار معاه الرسول؟»).
_POINTING_WORDS = frozenset(
    normalize(word)
    for word in "معه معاه معاها معها فيه بيه بيها عليه عليها عنه عنها له لها منه منها إياه اياه"
    " إليه اليه هذا هذه ذلك تلك هيك هالشي".split()
)


def _merge_follow_ups(replies: list[PartReply]) -> list[PartReply]:
    """Parts that only restate a neighbour («متى كانت؟ بأي شهر؟») join it.

    A part joins when it gets the same fact as the part before it, or is not answered and
    either offers that fact among its suggestions or asks nothing of its own (a headline
    the engine does not know, such as «سمعت ثلاثين ألفًا»).
    """
    kept: list[PartReply] = []
    for reply in replies:
        if kept and _restates(reply, kept[-1]):
            continue
        if kept and _restates(kept[-1], reply):
            kept[-1] = reply
            continue
        kept.append(reply)
    return kept


def _restates(part: PartReply, neighbour: PartReply) -> bool:
    if not neighbour.done or neighbour.fact is None:
        return False
    if part.done:
        return part.fact == neighbour.fact and part.status is neighbour.status
    offered = {candidate.fact.id for candidate in part.reply.suggestions}
    return neighbour.fact.id in offered or (
        part.part.form is Form.HEADLINE and part.reply.outcome is Outcome.UNKNOWN
    )


def _negated(words: tuple[str, ...]) -> bool:
    return any(
        word in _NEGATIONS or (word[1:] in _NEGATIONS and word[:1] in "وف") for word in words
    )


def _inside(inner: tuple[str, ...], outer: tuple[str, ...]) -> bool:
    """Whether a phrase's words appear in a row inside another phrase."""
    size = len(inner)
    return bool(size) and any(outer[i : i + size] == inner for i in range(len(outer) - size + 1))


def _find(words: tuple[str, ...], value: tuple[str, ...]) -> tuple[int, int] | None:
    for start in range(len(words) - len(value) + 1):
        if mentions(words[start : start + len(value)], value):
            return start, start + len(value)
    return None


def _without_numbers(statement: str, claim: _Claim) -> list[str]:
    """The statement's words without those that spell numbers or a Hijri year."""
    kept: list[str] = []
    for word in statement.split():
        numbers, years = read_numbers(word)
        if numbers or years or normalize(word) in ("الف", "الفا", "الاف", "هـ", "ه", "للهجره"):
            continue
        kept.extend(normalize(word).split())
    if claim.kind is SlotKind.YEAR:
        kept = [w for w in kept if w not in _YEAR_WORDS and w not in ORDINALS]
    # «أكثر من أربعين ألفًا»: the words around the number go with it.
    while kept and kept[-1] in _NUMBER_WORDS:
        kept.pop()
    return [w for w in kept if w not in _NUMBER_WORDS or w == "عدد"]


def _stemless(word: str) -> str:
    return core_word(word)


def stem_of(word: str) -> str:
    """A word's stem without its prefixes, for comparing an option with a fact's text."""
    return stem(core_word(word))


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
        kinds.append(kind)
    return kinds


def answer_message(engine: AnswerEngine, text: str) -> MessageReply:
    """Answer a whole message with the shipped answer keys."""
    return FormAnswerer(engine).answer_message(text)
