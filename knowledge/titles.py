"""A first line that only names the expedition, above questions, is the message's title;
one that names nothing the facts know, above an answered part, is who asks or where from.

«غزوة تبوك\nكم كان عدد الروم؟», «موضوع: غزوة تبوك\nما اسم ناقة النبي فيها؟»: the line names
what the questions below it are about; it asks nothing. Answered with the overview, it adds a
summary nobody asked for to a reply whose question the text may not even answer.
"""

from __future__ import annotations

from collections.abc import Container

from knowledge.analysis import analyze
from knowledge.engine import Outcome
from knowledge.form_replies import PartReply
from knowledge.lexicon import QuestionType
from knowledge.message import Form
from knowledge.question_split import has_question_word


def without_a_title(replies: list[PartReply], vocabulary: Container[str]) -> list[PartReply]:
    """The replies without the first when it got the overview for naming only the expedition,
    with no question word («غزوة تبوك», «غزوة تبوك؟»; not «ما هي غزوة تبوك؟»), and a question
    (not another headline) follows it."""
    if len(replies) < 2:
        return replies
    first = replies[0]
    if _names_nothing_known(first) and any(reply.done for reply in replies[1:]):
        return replies[1:]
    if first.part.form not in (Form.HEADLINE, Form.QUESTION) or first.reply.rule != "overview":
        return replies
    if analyze(first.part.text, vocabulary).question_type is not QuestionType.NONE:
        return replies
    if all(reply.part.form is Form.HEADLINE for reply in replies[1:]):
        return replies  # («غزوة تبوك\nأسبابها\nنتائجها»: a list of topics, read as such)
    return replies[1:]


def _names_nothing_known(first: PartReply) -> bool:
    """«بنتي بالصف الرابع، هذا سؤال من الكتاب:» above a question with options: a first line
    with no question word, none of whose words the facts know (no candidate at all), is the
    story of who asks or where it was found, never a topic; said «not known» in its place
    above the answer, it reads as a question the bot failed."""
    return (
        first.part.form is Form.HEADLINE
        and first.reply.outcome is Outcome.UNKNOWN
        and first.reply.rule == "no candidate"
        and not has_question_word(first.part.original)
    )
