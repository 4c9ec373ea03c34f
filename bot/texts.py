"""Every user-facing Arabic string, in one place so wording can be reviewed together.

Strings that take values are functions or str.format templates with named fields.
HTML strings are marked as such; everything inserted into them must be escaped.
"""

from __future__ import annotations

BOT_NAME = "بوت غزوة تبوك"

# --- answers -------------------------------------------------------------------------

SOURCE_LABEL = "من النص المصدر:"
SUGGEST_INTRO = "لم أتأكد من مقصودك. هل تقصد أحد هذه الأسئلة؟"
SUGGEST_PLAIN_HINT = "اختر السؤال الأقرب إلى ما تريد، أو أعد صياغة سؤالك."
UNKNOWN = (
    "عذرًا، لا أجد في معلوماتي عن غزوة تبوك جوابًا موثوقًا عن هذا السؤال، ولا أحب أن أجيب بغير علم."
)
EXAMPLES_INTRO = "يمكنك مثلًا أن تسأل:"
HELP_HINT = "ولمعرفة كل الأوامر أرسل /help"
OTHER_EVENT = (
    "يبدو أن سؤالك عن {event}، وأنا مختص بغزوة تبوك وحدها، فلا أستطيع الإجابة عنه. "
    "اسألني عن غزوة تبوك وسأجيبك بإذن الله."
)
OTHER_EVENT_GENERIC = "أنا مختص بغزوة تبوك وحدها، فلا أستطيع الإجابة عن سؤالك هذا."
MODERN = (
    "يبدو أن سؤالك عن تبوك في زماننا (المدينة أو المنطقة)، وأنا مختص بغزوة تبوك "
    "في السنة التاسعة للهجرة فقط."
)
GREETING = "وعليكم السلام ورحمة الله وبركاته، أهلًا بك. اسألني عن غزوة تبوك وسأجيبك بإذن الله."
GREETING_PREFIX = "وعليكم السلام ورحمة الله."
THANKS = "وإياكم، بارك الله فيك. يسعدني أن تسأل عن أي شيء آخر في غزوة تبوك."
EMPTY = "لم يصلني سؤال. اكتب سؤالك عن غزوة تبوك بالعربية، مثل: متى كانت غزوة تبوك؟"
NOT_ARABIC = "أفهم الأسئلة المكتوبة بالعربية فقط. اكتب سؤالك عن غزوة تبوك بالعربية من فضلك."
TOO_LONG = "الرسالة طويلة جدًا. اكتب سؤالًا واحدًا قصيرًا عن غزوة تبوك من فضلك."


def examples_block(questions: list[str]) -> str:
    """A short list of questions the bot can answer."""
    return "\n".join(f"• {question}" for question in questions)


def numbered_suggestions(questions: list[str]) -> str:
    return "\n".join(f"{index}. {question}" for index, question in enumerate(questions, 1))
