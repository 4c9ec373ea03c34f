"""Answering each part of a message in its own form, on top of the engine.

The engine decides which fact a question asks for; this module never overrules it. For a
statement, a blank or pasted options it then compares what the message says with the
fact's answer key (knowledge/data/answer_keys.json): a verdict, a choice or the missing
words are given only when a checkable detail of that fact settles them. Anything less
certain is reported as unsettled, never guessed.
"""

from __future__ import annotations

import dataclasses
from collections import OrderedDict

from knowledge.after_the_last import AFTER_THE_LAST_RULE, asks_the_one_after, last_of_all
from knowledge.afterthoughts import before_a_tail
from knowledge.analysis import analyze
from knowledge.announced_parts import announces_another
from knowledge.answer_keys import (
    AnswerKeys,
)
from knowledge.arabizi_care import answered_with_care, careful
from knowledge.army_riddles import read_army_riddle
from knowledge.blanks import BlankFiller
from knowledge.choices import ChoiceAnswerer
from knowledge.cloze import BLANK
from knowledge.column_pairs import ColumnPairer
from knowledge.column_reading import read_columns
from knowledge.described_asks import asks_what_it_is, described_kind
from knowledge.engine import AnswerEngine, Outcome, Reply
from knowledge.event_kind import KIND_RULE, WHO_LED, asks_event_kind
from knowledge.follow_up_reading import join_follow_ups, read_with_previous
from knowledge.follow_ups import (
    has_possessive,
    names_in,
    one_word_of_its_own,
    points,
    points_at_the_story,
    repeats_the_story,
    told_topic,
)
from knowledge.form_replies import MessageReply, PartReply, Status
from knowledge.greetings import split_greeting
from knowledge.invitations import invitation
from knowledge.message import (
    Form,
    Part,
    ReadMessage,
    read_message,
)
from knowledge.message_preparation import MessagePreparer
from knowledge.normalize import normalize
from knowledge.order_answers import answer_order
from knowledge.order_reading import read_order_exercise
from knowledge.part_form import OPEN_LIST, WHICH_THAT
from knowledge.part_joins import (
    merge_follow_ups,
)
from knowledge.plain_parts import SETTLED_RULES, PlainAnswerer, asked_statement
from knowledge.proposed_answers import proposed_answer
from knowledge.proposed_checks import check_proposed
from knowledge.riddles import read_riddle, rules_out_tabuk, told_of_another_event
from knowledge.statements import (
    StatementJudge,
)
from knowledge.story_reading import (
    about_a_name,
    about_the_one_told,
    read_with_context,
    read_with_the_story,
    told_names,
)
from knowledge.story_settings import MOSQUE_GAP, only_its_setting
from knowledge.titled_riddles import as_who_am_i, kind_description, titled_description
from knowledge.titles import without_a_title
from knowledge.told_claims import asks_about_told, asks_which_is_right, told_claims
from knowledge.tuning import (
    REPLY_CACHE_SIZE,
)
from knowledge.who_am_i import kind_unanswered, names_its_answer, told_of_myself
from knowledge.why_contrast import asks_why_of_a_contrast

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
# The engine's loosest rule (knowledge/confidence.py): a clear winner with words unexplained.
_LOOSE_RULE = "clear winner"


class FormAnswerer:
    """Answers messages part by part with one engine and the answer keys."""

    def __init__(self, engine: AnswerEngine, keys: AnswerKeys | None = None) -> None:
        self._engine = engine
        # Like the engine's own cache: an answerer never changes its engine or keys (a new one
        # is built after every edit), so a reply kept here never goes stale.
        self._cache: OrderedDict[str, MessageReply] = OrderedDict()
        self._judge = StatementJudge(engine, keys)
        self._keys = self._judge.keys
        self._plain = PlainAnswerer(engine, self._judge)
        self._blanks = BlankFiller(engine, self._judge)
        self._choices = ChoiceAnswerer(engine, self._judge, self._true_false)
        self._pairs = ColumnPairer(engine, self._judge)
        self._preparer = MessagePreparer(engine)

    @property
    def engine(self) -> AnswerEngine:
        return self._engine

    def answer_message(self, text: str) -> MessageReply:
        """Read a message and answer each of its parts (popular messages from a cache)."""
        cached = self._cache.get(text)
        if cached is not None:
            self._cache.move_to_end(text)
            return cached
        reply = self._answer_message(text)
        self._cache[text] = reply
        if len(self._cache) > REPLY_CACHE_SIZE:
            self._cache.popitem(last=False)
        return reply

    def _answer_message(self, typed: str) -> MessageReply:
        # («shu esm el sa7abi?»: Arabic typed in Latin letters is read in Arabic script, and
        # answered only where the decision rests on words read, not guessed)
        return answered_with_care(typed, self._engine.arabizi, self._answer_arabic, careful)

    def _answer_arabic(self, typed: str) -> MessageReply:
        # (PDF damage, words run together, keycap numbers, emoji: message_preparation.py)
        text = self._preparer.prepare(typed)
        proposed = proposed_answer(text)
        if proposed is not None:
            # «السؤال: … جوابي: … صح؟»: the question, then a verdict on the answer given
            checked = check_proposed(text, proposed, self._answer_arabic, self._true_false)
            if checked is not None:
                return checked
        normalized = normalize(text)
        if invitation(normalized) is not None:
            # («عندي سؤال», «صح أم خطأ:» alone: announced, not asked; a heading above parts
            # is read with them below)
            greeted = split_greeting(tuple(normalized.split()))[0]
            invite = Reply(Outcome.INVITE, greeted=greeted, normalized=normalized)
            return self._single(text, read_message(text), invite)
        columns = read_columns(text)
        if columns is not None:
            # «صل من العمود (أ) ما يناسبه من العمود (ب)»: each item paired in its place
            return self._pairs.answer(text, columns)
        exercise = read_order_exercise(text)
        if exercise is not None:
            # «رتب الأحداث الآتية حسب وقوعها»: ordered only as the text states it
            return answer_order(text, exercise, self._engine)
        whole = self._engine.answer(text)
        message = read_message(text)
        # («لغز: …، من هو؟»: the description's words, read whole, find one of its details)
        described = len(message.parts) == 1 and (
            _asks_the_described(message.parts[0]) or self._which_not_tabuk(message.parts[0])
        )
        # (read whole, such a message is answered only by what the description leaves unnamed)
        whole_may = not described or self._whole_tells_the_described(message.parts[0], whole)
        if (
            whole.outcome not in _QUESTION_OUTCOMES
            or not message.parts
            or (not message.changed and not described)
        ):
            # A plain single question (or a greeting, thanks...) is answered as typed, so
            # its reply stays what the engine gives (or the question's before «يعني …»).
            if whole.outcome is Outcome.SUGGEST:
                whole = before_a_tail(self._engine, text, whole) or whole
            return self._single(text, message, self._kind(text) or whole)
        replies = [
            self.answer_part(part, first=index == 0) for index, part in enumerate(message.parts)
        ]
        # (each part read with the reply the part before it got, itself read so)
        read: list[PartReply] = []
        for reply in replies:
            read.append(read_with_previous(self, reply, read[-1]) if read else reply)
        replies = read
        if message.compared and whole.fact is not None and whole.answered:
            whole_id = whole.fact.id
            if all(
                reply.fact is not None
                and (reply.fact.id == whole_id or whole_id in self._engine.wholes(reply.fact.id))
                for reply in replies
            ):
                # «قارن بين ما قدمه أبو بكر وما قدمه عمر»: one fact states both sides.
                return self._single(text, message, whole)
        if not any(part.marked for part in message.parts):
            replies = join_follow_ups(self, replies)
            if whole.answered and not message.preamble and whole_may:
                distinct = {reply.fact for reply in replies if reply.done}
                # (unless a part asks a detail the text lacks: «اذكر سببين لغزوة تبوك، ثم سمِّ
                # القادة الثلاثة الذين استشهدوا في مؤتة» is not one question about Mu'tah)
                gap = any(reply.reply.outcome is Outcome.GAP for reply in replies)
                # (nor when a part asks back about another fact than the one answered: «ماذا
                # فعل الروم لما وصل الجيش؟ ولماذا لم يلحقهم النبي؟» is two questions, the
                # first asked back in its place, not answered with the second's fact)
                # («شو اسم الصحابي اللي ما طلع وكمان شو اسم الجيش»: «and also» announces
                # two questions; the first, asked back, is not the second's)
                announced = announces_another(text)
                unsure = any(
                    not reply.done
                    and reply.reply.outcome is Outcome.SUGGEST
                    and (announced or reply.reply.suggestions[0].fact not in distinct)
                    for reply in replies
                )
                # (nor when a part is the kind of event, which the whole is not read as)
                kind = any(reply.reply.rule in SETTLED_RULES for reply in replies)
                if len(distinct) < 2 and not gap and not unsure and not kind:
                    # «متى كانت؟ بأي شهر؟» or «من هرقل وما دوره؟»: one question, which the
                    # engine answers whole.
                    return self._single(text, message, whole)
            replies = merge_follow_ups(replies, announced=announces_another(text))
        if (
            len(replies) == 1
            and not replies[0].done
            and replies[0].part.form in (Form.QUESTION, Form.HEADLINE, Form.TRUE_FALSE)
            and whole.answered
            and not message.preamble
            and whole_may
            # («عدد القبائل التي شاركت في جيش العسرة»: read «ما القبائل …», asked back; as
            # typed, «عدد» a count, a clear winner that leaves «القبائل» unexplained: the
            # message as typed answers in place of its reading only when it fits closely; a
            # statement only shows the fact beside «unsettled»)
            and (replies[0].part.form is Form.TRUE_FALSE or whole.rule != _LOOSE_RULE)
        ):
            # The reading found nothing better than the message as typed: the engine's fact
            # («… صح؟» that no detail settles: said to be unsettled, then that fact).
            if replies[0].part.form is Form.TRUE_FALSE:
                unsettled = PartReply(replies[0].part, whole, Status.UNSETTLED, fact=whole.fact)
                return MessageReply(text, message, (unsettled,))
            return self._single(text, message, whole)
        return MessageReply(
            text, message, tuple(without_a_title(replies, self._engine.matcher.vocabulary))
        )

    def _whole_tells_the_described(self, part: Part, whole: Reply) -> bool:
        """Whether the message read whole may answer a bare «what / who is it» under a game's
        title («لغز: مال صالحت عليه دومة الجندل خالدا …، ما اسمه؟»: the tribute): not after
        an army or an expedition described (never one of its details), nor with a fact
        whose answer the description names (Ukaydir, named as the one spared)."""
        described = titled_description(part.text, part.context) or kind_description(
            part.text, part.context
        )
        return (
            described is not None
            and described_kind(part.text, part.context) is None
            and whole.fact is not None
            and not names_its_answer(whole.fact.id, described, self._keys)
            and not self._kind_unanswered(whole.fact.id, described)
            and not told_of_another_event(described, self._judge)
        )

    def _which_not_tabuk(self, part: Part) -> bool:
        """«ما الغزوة التي كان جيشها ثلاثة آلاف؟»: which expedition, short and asked first,
        with a detail no Tabuk fact states, is a riddle not of Tabuk (read plainly, its
        detail found the army's number)."""
        return (
            part.form is Form.QUESTION
            and WHICH_THAT.match(part.text) is not None
            and rules_out_tabuk(part.text, self._engine, self._judge)
        )

    def _kind_unanswered(self, fact_id: str, described: str) -> bool:
        """`who_am_i.kind_unanswered` with the fact's parts (the donors of their list)."""
        parts = tuple(p.id for p in self._engine.parts(fact_id))
        return kind_unanswered(fact_id, described, self._keys, parts)

    def _why_of_a_contrast(self, text: str) -> bool:
        analysis = analyze(text, self._engine.matcher.vocabulary)
        return asks_why_of_a_contrast(analysis.question_type, analysis.words)

    def _single(self, text: str, message: ReadMessage, reply: Reply) -> MessageReply:
        part = message.parts[0] if message.parts else Part(Form.QUESTION, text, text)
        one = ReadMessage((part,), greeted=message.greeted and not reply.greeted)
        # Only a statement (bare or asked with «؟» alone) is judged; any other single message
        # keeps the engine's reply.
        # («عدد جيش المسلمين عشرة آلاف», read as «ما عدد …»: a claim, knowledge/bare_claims.py)
        judge = reply.outcome in _QUESTION_OUTCOMES and (
            part.form in (Form.HEADLINE, Form.QUESTION) or asked_statement(part)
        )
        return MessageReply(text, one, (self.plain(part, reply, judge=judge),))

    def answer_part(self, part: Part, *, first: bool = True) -> PartReply:
        """One part in its form (`first`: no part before it for a pronoun to refer to)."""
        if part.form is Form.TRUE_FALSE:
            return self._true_false(part)
        if part.form is Form.CHOICE:
            return self._choices.choose(part)
        if part.form is Form.BLANK:
            if not part.marked or OPEN_LIST.search(part.original):
                reply = self._engine.answer(part.text.replace(BLANK, " "))
                if reply.answered and reply.fact is not None:
                    found = self._blanks.next_in_list(part, reply.fact)
                    if found is not None:
                        return found
                    if not part.marked:
                        # «الصحابي الذي جهز الجيش هو» is first a question like any other.
                        return self.plain(part, reply)
            return self._blanks.blank(part)
        if part.form in (Form.RIDDLE, Form.QUESTION, Form.HEADLINE) and (
            (settled := self._kind(part.text)) is not None
        ):
            # («ما الغزوة التي كانت بعد تبوك؟» reads as a riddle: an expedition described)
            return PartReply(part, settled, Status.ANSWER, fact=settled.fact)
        if part.form in (Form.RIDDLE, Form.QUESTION) and (
            (army := read_army_riddle(part, self._engine, self._judge)) is not None
        ):
            # «لغز: جيش سمّوه على اسم الشدة …، شو اسمه؟»: the army of the expedition told
            return army
        if part.form is Form.RIDDLE or self._which_not_tabuk(part):
            return read_riddle(part, self._engine, self._judge)
        mine = told_of_myself(part.text, part.context) if part.form is Form.QUESTION else None
        if mine is not None:
            # «أنا صحابي جهزت ثلث الجيش، من أنا؟»: too short for a riddle, still one
            as_riddle = dataclasses.replace(part, form=Form.RIDDLE, text=mine)
            return dataclasses.replace(
                read_riddle(as_riddle, self._engine, self._judge), part=part
            )
        kind = described_kind(part.text, part.context) if part.form is Form.QUESTION else None
        if kind == "expedition":
            # «آخر غزوة للنبي وكانت في رجب، ما هي؟»: which expedition, read as a riddle
            riddle = f"{part.context.rstrip(' ،,')}، {part.text}"
            as_riddle = dataclasses.replace(part, form=Form.RIDDLE, text=riddle)
            read = read_riddle(as_riddle, self._engine, self._judge)
            return dataclasses.replace(read, part=part)
        if kind is not None:
            # «لغز: جيش سمي باسم الشدة …، ما هو؟»: never one of the description's details
            return PartReply(part, Reply(Outcome.UNKNOWN), Status.NOT_ANSWERED)
        described = titled_description(part.text, part.context) or kind_description(
            part.text, part.context
        )
        if described is not None and part.form is Form.QUESTION:
            return self._of_the_kind(self._titled_riddle(part, described, first=first))
        return self._of_the_kind(self._question(part, first=first))

    def _of_the_kind(self, read: PartReply) -> PartReply:
        """A bare «who / what is it?» after a description opening with the kind of one it
        is («صحابي اشترى بئر رومة، من هو؟», «لغز: مكان عسكر فيه النبي …، ما هو؟») is not
        answered by a fact giving no one of that kind the description leaves unnamed."""
        part = read.part
        if (
            read.fact is None
            or not read.done
            or part.form is not Form.QUESTION
            or not part.context
            or not asks_what_it_is(part.text)
            or not self._kind_unanswered(read.fact.id, part.context)
        ):
            return read
        return PartReply(part, Reply(Outcome.UNKNOWN), Status.NOT_ANSWERED)

    def _titled_riddle(self, part: Part, described: str, *, first: bool) -> PartReply:
        """«لغز: أعلن النفير العام …، وحقن دم أكيدر. من هو؟»: the «who am I» riddle the
        description is (knowledge/titled_riddles.py); failing that, the plain reading,
        unless the description names what its fact answers (a riddle never names its
        answer: Ukaydir named as the one spared, the month told as a clue)."""
        as_riddle = Part(Form.RIDDLE, as_who_am_i(described), part.original)
        read = read_riddle(as_riddle, self._engine, self._judge)
        if read.status is Status.ANSWER:
            return dataclasses.replace(read, part=part)
        plain = self._question(part, first=first)
        if plain.fact is not None and (
            names_its_answer(plain.fact.id, described, self._keys)
            or told_of_another_event(described, self._judge)
        ):
            return PartReply(part, Reply(Outcome.UNKNOWN), Status.NOT_ANSWERED)
        return plain

    def _kind(self, text: str) -> Reply | None:
        """«هل تبوك غزوة أم سرية؟»: who led it settles it (knowledge/event_kind.py); «ما الغزوة
        التي كانت بعد تبوك؟»: the last expedition. Read on a question as typed or as read,
        never by the engine, so that how a message is read (which the engine's replies
        decide) stays the same."""
        normalized = normalize(text)
        if asks_the_one_after(normalized) and (last := last_of_all(self._engine.facts)):
            # «ما الغزوة التي كانت بعد تبوك؟»: none, Tabuk was the last (after_the_last.py)
            return Reply(
                Outcome.ANSWER, fact=last, rule=AFTER_THE_LAST_RULE, normalized=normalized
            )
        if not asks_event_kind(normalized):
            return None
        led = self._engine.answer(WHO_LED)
        return dataclasses.replace(led, rule=KIND_RULE, yes_no=False) if led.answered else None

    def _question(self, part: Part, *, first: bool = True) -> PartReply:
        """A question or a headline, read with the story before it when it points back."""
        if part.context and part.form is Form.QUESTION and asks_about_told(part.text):
            return self._about_the_claims(part)
        reply = self._engine.answer(part.text)
        if part.context and part.form in (Form.QUESTION, Form.HEADLINE) and points(part.text):
            # «عندي بحث عن كعب بن مالك… شو صار معه؟»: the story never decides the answer,
            # but a detail the text lacks, named there, stops a confident one.
            gap = self._engine.answer(part.context)
            mosque = gap.gap is not None and gap.gap.id == MOSQUE_GAP
            # («أنا إمام مسجد …»: the mosque is where the asker is, not Masjid al-Dirar)
            if gap.outcome is Outcome.GAP and not (mosque and only_its_setting(part.context)):
                # (unless the question is about someone the story names and the text covers
                # («ذكر الإمام قصة أكيدر …، مين هو؟»); not when the story tells of the mosque:
                # «عندي بحث عن المسجد اللي بناه المنافقين، شو صار فيه؟» asks of it, not of them)
                named = (
                    None
                    if mosque
                    else about_a_name(self._engine, part, told_names(self._engine, part))
                )
                if named is None:
                    return PartReply(part, gap, Status.NOT_ANSWERED)
                return self.plain(part, named)
        if (
            reply.outcome is Outcome.SUGGEST
            and part.form is Form.QUESTION
            and not self._why_of_a_contrast(part.text)
        ):
            # «مين الصحابي اللي جهز الجيش بـ950 بعير و50 فرس؟»: a figure or a share the
            # question names settles which of the facts the engine hesitates between (not
            # «لماذا قدم عمر نصف ماله فقط»: the share named is the deed, no reason for it)
            reply = self._blanks.stating_every_detail(part.text, reply, figures=True) or reply
        if reply.outcome is Outcome.SUGGEST and part.form in (Form.QUESTION, Form.HEADLINE):
            # «… حلفاء الروم من العرب يعني الغساسنة وغيرهم مين كمان»: the question before
            # «يعني» alone (or before a clause that asks nothing), when the engine offered it
            reply = before_a_tail(self._engine, part.text, reply) or reply
        vocabulary = self._engine.matcher.vocabulary
        if reply.answered and part.context and part.form is Form.QUESTION:
            # «اشنو سميتها؟»: «its name», and nothing else asked
            its = (
                has_possessive(part.text, vocabulary)
                and len(analyze(part.text, vocabulary).terms) <= 1
            )
            told = told_topic(part.context, vocabulary)
            if its and not told:
                # «… ، اشنو سميتها؟» after a story naming nothing the facts know: «its name»
                # is the story's, so the bare «name» (the army's) is no answer
                reply = dataclasses.replace(reply, outcome=Outcome.UNKNOWN, fact=None)
            elif told and (
                its
                or points_at_the_story(part.text, vocabulary)
                or repeats_the_story(part.text, part.context, vocabulary)
                # («بنتي سألتني عن الآية اللي فيها ساعة العسرة، وين نلاقيها؟», «… عن سبب
                # تسمية تبوك، أحد يعرف؟»: one word, «لقي», «أحد», is any fact's that has it;
                # not a keyword of the fact it got: «… فبماذا سمي؟», «… شو صار بالاخر»)
                or (
                    one_word_of_its_own(part.text, vocabulary)
                    and not self._a_keyword_of(reply, part.text)
                )
            ):
                # «النبي صيفط خالد لواحد البلاصة، اشنو سميتها؟»: «its name» is the place's;
                # «في النص أن الروم جمعوا جموعا كثيرة، فهل يذكر النص عددهم؟»: whose number
                # is the story's to say; alone, «عدد» is the army's
                reply = read_with_the_story(self._engine, part, reply)
                if not reply.answered:
                    # (the story's words were read with it already: its stray words one by
                    # one would find what the story never told, «فنزل المطر» a verse)
                    return self.plain(part, reply)
        if not reply.answered and (first or part.own_line):
            reply = read_with_context(self._engine, part, reply, first=first)
        elif part.context and part.form is Form.QUESTION:
            reply = about_the_one_told(self._engine, part, reply)
        return self.plain(part, reply)

    def _a_keyword_of(self, reply: Reply, text: str) -> bool:
        """Whether a question's words include a keyword of the fact it got («اسم» of the
        army's name): what that fact is about, not a word it merely has."""
        profile = self._engine.matcher.profile(reply.fact.id) if reply.fact else None
        terms = analyze(text, self._engine.matcher.vocabulary).terms
        return profile is not None and bool(profile.keyword_terms & set(terms))

    def _about_the_claims(self, part: Part) -> PartReply:
        """«…، ما معنى ذلك؟», «…، فمن المصيب؟»: the fact the claims told are about, when
        they are all about one (a figure another source gives is corrected by it); never the
        question's own words, which name nothing."""
        claims = told_claims(part.context)
        if not asks_which_is_right(part.text):
            claims = claims[-1:]
        judged = [self._judge.judge(claim) for claim in claims]
        settled = {one.fact.id: one for one in judged if one.verdict is not None and one.fact}
        if len(settled) == 1:
            (only,) = settled.values()
            if only.reply.answered and only.reply.fact == only.fact:
                return self.plain(part, only.reply, judge=False)
        last = self._engine.answer(claims[-1] if claims else part.context)
        if not last.answered and claims:
            # («… عن المنافقين، وذكر أنهم حاولوا تثبيط المقاتلين. ما معنى ذلك؟»: «they» are
            # the ones the story named)
            names = " ".join(names_in(part.context, self._engine.matcher.vocabulary))
            last = self._engine.answer(f"{claims[-1]} {names}") if names else last
        if not settled and len(claims) == 1 and last.answered:
            # («في النص أن النبي رابط بجنوده عند تبوك، ما معنى ذلك؟»: one claim, not judged
            # in full, but the engine finds the fact it tells)
            return self.plain(part, last, judge=False)
        if last.answered:
            last = dataclasses.replace(last, outcome=Outcome.UNKNOWN, fact=None)
        return PartReply(part, last, Status.NOT_ANSWERED)

    # --- plain questions (knowledge/plain_parts.py) ----------------------------------------

    def plain(self, part: Part, reply: Reply, *, judge: bool = True) -> PartReply:
        return self._plain.plain(part, reply, judge=judge)

    def _true_false(self, part: Part) -> PartReply:
        return self._plain.true_false(part)


def _asks_the_described(part: Part) -> bool:
    """«لغز: جيش سمي باسم الشدة، ما هو؟», «سين جيم: قائد …، مين هو؟»: a bare «what / who
    is it» after a description of an army or an expedition, or under a game's title."""
    if part.form is not Form.QUESTION:
        return False
    return (
        described_kind(part.text, part.context) is not None
        or titled_description(part.text, part.context) is not None
        # («صحابية قدمت حليها للجيش، من هي؟»: a description opening with its kind)
        or kind_description(part.text, part.context) is not None
        # («أنا ملك قتلت سفير النبي، من أنا؟»: who the story tells of, not what it tells)
        or told_of_myself(part.text, part.context) is not None
    )


def answer_message(engine: AnswerEngine, text: str) -> MessageReply:
    """Answer a whole message with the shipped answer keys."""
    return FormAnswerer(engine).answer_message(text)
