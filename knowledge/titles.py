"""A first line that only names the expedition, above questions, is the message's title.

«غزوة تبوك\nكم كان عدد الروم؟», «موضوع: غزوة تبوك\nما اسم ناقة النبي فيها؟»: the line names
what the questions below it are about; it asks nothing. Answered with the overview, it adds a
summary nobody asked for to a reply whose question the text may not even answer.
"""

from __future__ import annotations

from collections.abc import Container

from knowledge.analysis import analyze
from knowledge.form_replies import PartReply
from knowledge.lexicon import QuestionType
from knowledge.message import Form


def without_a_title(replies: list[PartReply], vocabulary: Container[str]) -> list[PartReply]:
    """The replies without the first when it got the overview for naming only the expedition,
    with no question word («غزوة تبوك», «غزوة تبوك؟»; not «ما هي غزوة تبوك؟»), and a question
    (not another headline) follows it."""
    if len(replies) < 2:
        return replies
    first = replies[0]
    if first.part.form not in (Form.HEADLINE, Form.QUESTION) or first.reply.rule != "overview":
        return replies
    if analyze(first.part.text, vocabulary).question_type is not QuestionType.NONE:
        return replies
    if all(reply.part.form is Form.HEADLINE for reply in replies[1:]):
        return replies  # («غزوة تبوك\nأسبابها\nنتائجها»: a list of topics, read as such)
    return replies[1:]
