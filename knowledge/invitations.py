"""Messages that announce a question without asking it: «السلام عليكم، عندي سؤال», or an
exam sheet's heading sent alone («صح أم خطأ:», «اختر الإجابة الصحيحة:», «أكمل الفراغ:»).

There is nothing to answer yet, so the bot invites the question (and says what to send
with it: the statement to judge, the options, the sentence with its blank) instead of
matching the heading's few words against the facts, which gave the overview or «لا أجد».
"""

from __future__ import annotations

from enum import StrEnum

from knowledge.lexicon import GREETING_WORDS, THANKS_WORDS
from knowledge.normalize import without_conjunction


class Invitation(StrEnum):
    """What to ask the sender for."""

    QUESTION = "question"
    STATEMENT = "statement"  # a true/false heading: the statement to judge
    OPTIONS = "options"  # a multiple-choice heading: the question with its options
    BLANK = "blank"  # a fill-in-the-blank heading: the sentence with its blank


# Words that say a question is coming (normalised): «عندي سؤال», «ممكن أسألك».
_QUESTION_WORDS = frozenset(
    "سوال السوال سوالي سوالين اسيله الاسيله استفسار استفسارات اسالك اسالكم اسال".split()
)
# The headings of the exam forms, by what they ask for (normalised words).
_HEADINGS: tuple[tuple[Invitation, frozenset[str]], ...] = (
    (Invitation.STATEMENT, frozenset("صح خطا غلط صحيح العباره العبارات علامه".split())),
    (Invitation.OPTIONS, frozenset("اختر اختاري اختار الاجابه الصحيحه الخيارات".split())),
    (Invitation.BLANK, frozenset("اكمل اكملي الفراغ الفراغات".split())),
)
# Words around an announcement that ask nothing themselves: who has the question, where it
# comes from, and «about Tabuk» (the bot's only subject).
_AROUND = frozenset(
    """
    عندي عندى لدي ابي ابغي ابغا اريد بدي حاب حابب ممكن لو سمحت سمحتو من فضلك فضلكم عن حول
    بخصوص في غزوه غزوة تبوك هذا هذه هذي ده دي دا وهذا هاد هادا الامتحان امتحان الاختبار
    اختبار الكتاب الدرس الواجب ورقه العمل ام او ولا لو ضع مع و يا اخي استاذ شيخ بسيط صغير
    سريع واحد
    """.split()
)

_COURTESY = GREETING_WORDS | THANKS_WORDS


def invitation(normalized: str) -> Invitation | None:
    """What to invite when the message only announces a question or a form, else None."""
    words = [
        without_conjunction(word, "و") if word not in _AROUND else word
        for word in normalized.split()
    ]
    if not words:
        return None
    content = [w for w in words if w not in _COURTESY and w not in _AROUND]
    if not content:
        return None  # greetings alone have their own reply
    asks = any(w in _QUESTION_WORDS for w in content)
    for kind, heading in _HEADINGS:
        # (two of its words, or «سؤال» with one: «اكمل» or «صح» alone is a reply in a chat)
        named = set(content) & heading
        if (len(named) > 1 or (named and asks)) and all(
            w in heading or w in _QUESTION_WORDS for w in content
        ):
            return kind
    if asks and all(w in _QUESTION_WORDS for w in content):
        return Invitation.QUESTION
    return None
