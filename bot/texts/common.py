"""Shared wording: counted nouns, answers, message forms, buttons, commands, console."""

from __future__ import annotations

BOT_NAME = "بوت غزوة تبوك"

# --- counted nouns ---------------------------------------------------------------------
# Arabic counts agree with the number: one (noun + «واحد»), two (the dual), 3-10 (plural),
# 11-99 (singular, accusative), 100 and more by the last two digits as above, 0-2 after a
# hundred (singular). The forms: one, two, plural (3-10), singular accusative, singular.
COUNTED_NOUNS: dict[str, tuple[str, str, str, str, str]] = {
    "time": ("مرة واحدة", "مرتان", "مرات", "مرة", "مرة"),
    "fact": ("حقيقة واحدة", "حقيقتان", "حقائق", "حقيقة", "حقيقة"),
    "phrasing": ("صيغة واحدة", "صيغتان", "صيغ", "صيغة", "صيغة"),
    "quiz": (
        "سؤال مسابقة واحد",
        "سؤالا مسابقة",
        "أسئلة مسابقة",
        "سؤالَ مسابقة",
        "سؤال مسابقة",
    ),
    "question": ("سؤال واحد", "سؤالان", "أسئلة", "سؤالًا", "سؤال"),
    "point": ("نقطة واحدة", "نقطتان", "نقاط", "نقطة", "نقطة"),
    "day": ("يوم واحد", "يومان", "أيام", "يومًا", "يوم"),
    "answer": ("إجابة واحدة", "إجابتان", "إجابات", "إجابة", "إجابة"),
    "player": ("مشارك واحد", "مشاركان", "مشاركين", "مشاركًا", "مشارك"),
    "minute": ("دقيقة واحدة", "دقيقتان", "دقائق", "دقيقة", "دقيقة"),
    "second": ("ثانية واحدة", "ثانيتان", "ثوانٍ", "ثانية", "ثانية"),
    "letter": ("حرف واحد", "حرفان", "أحرف", "حرفًا", "حرف"),
}


def count(number: int, noun: str) -> str:
    """A number with its noun in the agreeing form: «مرة واحدة، مرتان، 3 مرات، 11 مرة»."""
    one, two, plural, accusative, singular = COUNTED_NOUNS[noun]
    if number == 1:
        return one
    if number == 2:
        return two
    rest = number % 100
    if 3 <= rest <= 10:
        return f"{number} {plural}"
    if 11 <= rest <= 99:
        return f"{number} {accusative}"
    return f"{number} {singular}"


# --- answers -------------------------------------------------------------------------

SOURCE_LABEL = "من النص المصدر:"
# Below the answer of a fact the admins added: it has no sentence of the source to quote.
ADMIN_FACT_NOTE = "أضاف هذه المعلومة مشرفو البوت، وليست من النص المصدر."
# After words the source text misquotes (a verse, a name): {correct} is the right wording.
MISQUOTE_MARK = "[كذا في المصدر، والصواب: {correct}]"
SUGGEST_INTRO = "لم أتأكد من مقصودك. هل تقصد أحد هذه الأسئلة؟"
SUGGEST_PLAIN_HINT = "اختر السؤال الأقرب إلى ما تريد، أو أعد صياغة سؤالك."
UNKNOWN = (
    "عذرًا، لا أجد في معلوماتي عن غزوة تبوك جوابًا موثوقًا عن هذا السؤال، ولا أحب أن أجيب بغير علم."
)
# A known gap: {detail} is the data's phrase for what the text does not state.
GAP = (
    "لا يذكر النص الذي بُنيت عليه المعلومات {detail}، فلا أستطيع أن أجيب عن هذا بعلم. "
    "ولا أضيف إلى النص شيئًا من عندي."
)
GAP_NEAR = "وهذه أقرب المعلومات التي يذكرها النص:"
# Opens the answer to a yes/no question whose claim the fact states («هل كان هرقل ملك الروم»).
YES_OPENER = "نعم، "
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
# «صباح الخير» or «ازيك» is not a salam, so it is not answered with «وعليكم السلام».
WELCOME = "أهلًا وسهلًا بك. اسألني عن غزوة تبوك وسأجيبك بإذن الله."
GREETING_PREFIX = "وعليكم السلام ورحمة الله."
# A question announced, not yet asked («عندي سؤال», «صح أم خطأ:» sent alone), by what to send.
INVITE = {
    "question": "تفضل، اكتب سؤالك عن غزوة تبوك وسأجيبك بإذن الله.",
    "statement": (
        "تفضل، أرسل العبارة التي تريد أن تعرف صحتها أو خطأها، وسأحكم عليها من النص بإذن الله."
    ),
    "options": "تفضل، أرسل السؤال مع خياراته في رسالة واحدة، وسأبين لك الخيار الصحيح بإذن الله.",
    "blank": "تفضل، أرسل الجملة كاملة وفيها الفراغ (مثل: «……»)، وسأكمله لك بإذن الله.",
}
THANKS = "وإياكم، بارك الله فيك. يسعدني أن تسأل عن أي شيء آخر في غزوة تبوك."
EMPTY = "لم يصلني سؤال. اكتب سؤالك عن غزوة تبوك بالعربية، مثل: متى كانت غزوة تبوك؟"
NOT_ARABIC = (
    "أفهم الأسئلة المكتوبة بالعربية أو بالإنجليزية. اكتب سؤالك عن غزوة تبوك بإحداهما من فضلك.\n"
    "I understand questions written in Arabic or English."
)
TOO_LONG = "الرسالة طويلة جدًا. اكتب سؤالًا واحدًا قصيرًا عن غزوة تبوك من فضلك."

# --- message forms: several parts, statements, blanks, options, riddles ----------------

PART_ORDINALS = ("الأول", "الثاني", "الثالث")
# A part quoted in its label is cut to this many characters.
PART_QUOTE_MAX = 80
CHOICE_ANSWER = "الجواب: ({label}) {option}"
CHOICE_NONE = "لا يؤيد النص الذي بُنيت عليه معلوماتي أيًّا من هذه الخيارات. وهذا ما يذكره:"
# Column matching («صل من العمود (أ) ما يناسبه من العمود (ب)»): each item of the first column.
PAIR_ANSWER = "يناسبه من العمود الثاني: ({label}) {option}"
PAIR_UNSETTLED = (
    "لا أستطيع أن أتبيّن من النص الذي بُنيت عليه معلوماتي ما يناسب هذا من العمود الثاني."
)
PAIR_UNSETTLED_NEAREST = (
    "لا أستطيع أن أتبيّن من النص الذي بُنيت عليه معلوماتي ما يناسب هذا من العمود الثاني، "
    "وهذا ما يذكره النص عنه:"
)
ORDER_ANSWER = "ترتيبها كما يذكره النص:"
# An ordering exercise («رتب الأحداث الآتية حسب وقوعها») the text cannot settle.
ORDER_NOT_STATED = (
    "لا يذكر النص الذي بُنيت عليه معلوماتي أيّهما وقع أولًا: «{first}» أم «{second}»، "
    "فلا أستطيع أن أرتّب هذه الأحداث منه."
)
ORDER_NOT_DATED = (
    "لا أجد في النص الذي بُنيت عليه معلوماتي ما يحدد متى وقع «{item}» من هذه الأحداث، "
    "فلا أستطيع أن أرتّبها منه."
)


def ordered(items: tuple[str, ...]) -> str:
    """The events of an ordering exercise, numbered in the order the text states."""
    lines = [f"{index}- {item}" for index, item in enumerate(items, start=1)]
    return "\n".join([ORDER_ANSWER, *lines, "", ORDER_EVIDENCE])


ORDER_EVIDENCE = "ومما يذكره النص في ذلك:"


def order_unsettled(items: tuple[str, ...]) -> str:
    """Why an ordering exercise is not answered: two events the text does not order, or
    one it never places."""
    if len(items) >= 2:
        return ORDER_NOT_STATED.format(first=items[0], second=items[1])
    return ORDER_NOT_DATED.format(item=items[0] if items else "")


CHOICE_UNSETTLED = "لم أستطع أن أتبيّن من النص أيَّ هذه الخيارات هو الصحيح."
VERDICT_TRUE = "صحيح. وهذا ما يذكره النص:"
VERDICT_FALSE = "خطأ. والصحيح كما يذكره النص:"
VERDICT_UNSETTLED = (
    "لا أستطيع أن أحكم على هذه العبارة بصحة أو خطأ من النص الذي بُنيت عليه معلوماتي."
)
VERDICT_UNSETTLED_NEAREST = (
    "لا أستطيع أن أحكم على هذه العبارة بصحة أو خطأ من النص الذي بُنيت عليه معلوماتي، "
    "وهذا ما يذكره النص في موضوعها:"
)
BLANK_ANSWER = "الكلمات الناقصة: {words}"
# A question pasted with the asker's own answer («… جوابي: … صح؟», knowledge/proposed_checks.py).
PROPOSED_RIGHT = "إجابتك صحيحة."
PROPOSED_WRONG = "إجابتك ليست صحيحة."
PROPOSED_STATEMENT_TRUE = "العبارة صحيحة كما يذكره النص:"
PROPOSED_STATEMENT_FALSE = "العبارة خطأ، والصحيح كما يذكره النص:"
PROPOSED_COMPARE = "قارن إجابتك بما يذكره النص:"
PROPOSED_TEXT_SAYS = "وهذا ما يذكره النص:"
BLANK_UNSETTLED = "لم أستطع أن أتبيّن الكلمات الناقصة من النص الذي بُنيت عليه معلوماتي."
RIDDLE_TABUK = "هذه غزوة تبوك."
RIDDLE_MUTAH = (
    "هذا الوصف يوافق غزوة مؤتة، وأنا مختص بغزوة تبوك، وإنما تُذكر مؤتة في أسبابها. "
    "وهذا ما يذكره النص عنها:"
)
RIDDLE_OTHER = (
    "لا يوافق هذا الوصفُ ما أعرفه عن غزوة تبوك، وأنا مختص بغزوة تبوك وحدها، "
    "فلا أستطيع أن أسمّي الغزوة المقصودة."
)
PART_UNKNOWN = "لا أجد في معلوماتي عن غزوة تبوك جوابًا موثوقًا عن هذا السؤال."
PART_SUGGEST = "لم أتأكد من مقصودك في هذا السؤال. لعلك تقصد:"
PART_SAME_AS = "جوابه في جواب السؤال {ordinal} أعلاه."
# A yes/no part whose fact states what it asks, the fact shown above: yes, and where.
YES_ABOVE = "نعم، كما يذكره النص في جواب السؤال {ordinal} أعلاه."
# A verdict, a choice or missing words whose fact an earlier part already showed: the text
# is not repeated.
VERDICT_TRUE_ABOVE = "صحيح، كما يذكره النص في جواب السؤال {ordinal} أعلاه."
VERDICT_FALSE_ABOVE = "خطأ، والصحيح كما يذكره النص في جواب السؤال {ordinal} أعلاه."
FACT_ABOVE = "وهذا ما يذكره النص في جواب السؤال {ordinal} أعلاه."


def part_label(index: int, quote: str, *, question_mark: bool = False) -> str:
    """«السؤال الثاني: …» above the reply to one part of a message; `question_mark` ends the
    quote with «؟» (a question the user's «؟» ended after it, «… وشنو كان تأثيره؟»)."""
    ordinal = PART_ORDINALS[index] if index < len(PART_ORDINALS) else str(index + 1)
    quote = " ".join(quote.split())
    if question_mark:
        quote = f"{quote.rstrip(' ،,')}؟"
    if len(quote) > PART_QUOTE_MAX:
        quote = quote[: PART_QUOTE_MAX - 1].rstrip() + "…"
    return f"السؤال {ordinal}: {quote}"


def more_parts(count: int) -> str:
    """How many further questions of a message were not answered, with agreeing nouns."""
    if count == 1:
        amount = "سؤال آخر لم أُجب عنه"
    elif count == 2:
        amount = "سؤالان آخران لم أُجب عنهما"
    elif 3 <= count % 100 <= 10:
        amount = f"{count} أسئلة أخرى لم أُجب عنها"
    elif 11 <= count % 100 <= 99:
        amount = f"{count} سؤالًا آخر لم أُجب عنها"
    else:  # 100, 101, 102, 200 ...: the noun is singular and genitive, as in count()
        amount = f"{count} سؤال آخر لم أُجب عنها"
    return (
        f"في رسالتك {amount}؛ أُجيب عن ثلاثة أسئلة في الرسالة الواحدة، "
        "فأرسل الباقي في رسالة أخرى من فضلك."
    )


def removal_counts(
    facts_removed: int, facts_live: int, quizzes_removed: int, quizzes_live: int
) -> dict[str, str]:
    """The fields of IMPORT_DRASTIC_*: the totals with their nouns in agreement."""
    return {
        "facts_removed": str(facts_removed),
        "facts_live": count(facts_live, "fact"),
        "quizzes_removed": str(quizzes_removed),
        "quizzes_live": count(quizzes_live, "quiz"),
    }


def seconds(number: int) -> str:
    """A number of seconds with the noun in the form Arabic grammar asks for."""
    return count(number, "second")


def minutes(number: int) -> str:
    """A number of minutes with the noun in the form Arabic grammar asks for."""
    return count(number, "minute")


def examples_block(questions: list[str]) -> str:
    """A short list of questions the bot can answer."""
    return "\n".join(f"• {question}" for question in questions)


def numbered_suggestions(questions: list[str]) -> str:
    return "\n".join(f"{index}. {question}" for index, question in enumerate(questions, 1))


# --- buttons and feedback ------------------------------------------------------------

BUTTON_USEFUL = "👍 مفيد"
BUTTON_NOT_USEFUL = "👎 غير مفيد"
FEEDBACK_USEFUL = "شكرًا لك، يسعدنا أن الجواب أفادك."
FEEDBACK_NOT_USEFUL = "شكرًا لك، سنراجع هذا الجواب لتحسينه بإذن الله."
SUGGESTION_ALREADY_ANSWERED = "أُرسل جواب هذا السؤال في الأعلى."
FLOOD_SLOW_DOWN = "أرسلت أوامر كثيرة في وقت قصير، فانتظر قليلًا ثم أعد المحاولة من فضلك."
SUGGESTION_EXPIRED = "هذا الاقتراح لم يعد متاحًا، فاكتب سؤالك من جديد من فضلك."

# --- commands ----------------------------------------------------------------------

START = (
    "السلام عليكم ورحمة الله وبركاته، أهلًا بك في {bot_name}.\n\n"
    "أجيبك عن أسئلتك في غزوة تبوك، آخر غزوات النبي صلى الله عليه وسلم "
    "في شهر رجب من السنة التاسعة للهجرة، من نصٍّ موثَّق راجعه مشرفون. "
    "اكتب سؤالك بالفصحى أو بلهجتك، وإن لم أتأكد من مقصودك عرضت عليك أقرب الأسئلة، "
    "وإن لم أعرف الجواب قلت ذلك بصراحة.\n\n"
    "أمثلة:\n{examples}\n\n"
    "وفي المجموعات: أرسل /quiz لمسابقة قصيرة، و/help لمعرفة كل الأوامر."
)
HELP = (
    "الأوامر المتاحة:\n"
    "/ask سؤالك — اسأل عن غزوة تبوك (في المجموعات أيضًا)\n"
    "/quiz — مسابقة قصيرة الآن\n"
    "/stopquiz (أو /stop) — إيقاف المسابقة الجارية (للمشرفين ولمن بدأها)\n"
    "/daily 20:30 [المدينة أو المنطقة الزمنية] — مسابقة يومية في المجموعة (للمشرفين)\n"
    "/quizsettings — عدد الأسئلة ومدة كل سؤال ومن يبدأ المسابقة (للمشرفين)\n"
    "/top [اليوم|الأسبوع|الشهر|الكل] — لوحة المتصدرين في هذه المجموعة\n"
    "/myscore — نقاطك وسلسلة أيامك (وفي الخاص: مجموعك في كل المجموعات)\n"
    "/map — خريطة طريق الجيش إلى تبوك\n"
    "/about — مصدر المعلومات\n"
    "/help — هذه القائمة\n"
    "/adminhelp — أوامر المشرفين على المعلومات (في المحادثة الخاصة)\n\n"
    "في المحادثة الخاصة اكتب سؤالك مباشرة. وفي المجموعات اكتب /ask ثم سؤالك، "
    "أو اذكرني بـ @{username}، أو رُدَّ على إحدى رسائلي.\n"
    "ويمكنك استعمالي في أي محادثة بكتابة @{username} ثم سؤالك."
)
ABOUT = (
    "مصدر المعلومات: نصٌّ عربي في غزوة تبوك، قُسِّم إلى حقائق راجعها المشرفون: "
    "صُحِّحت فيها أسماء الأعلام، ونُقلت الآيات القرآنية بنصها مع اسم السورة ورقم الآية، "
    "وحُفظت أرقام النص كما هي، وما أُضيف من غير النص نُسب إلى «روايات أخرى» أو «كتب السيرة».\n\n"
    "عدد الحقائق: {facts}، وعدد أسئلة المسابقات: {quizzes}.\n"
    "كل جواب يُعرض معه المقطع الذي أُخذ منه من النص."
)
ASK_USAGE = "اكتب سؤالك بعد الأمر، مثل:\n/ask متى كانت غزوة تبوك؟"
NOT_TEXT = "أفهم الأسئلة المكتوبة فقط. اكتب سؤالك عن غزوة تبوك نصًّا من فضلك."
ERROR_APOLOGY = "عذرًا، حدث خطأ أثناء معالجة رسالتك. حاول مرة أخرى بعد قليل."
UNKNOWN_COMMAND = "لا أعرف الأمر {command}. أرسل /help لترى الأوامر، أو اكتب سؤالك مباشرة."

# Command menu shown by Telegram (setMyCommands): command -> description.
COMMAND_MENU: tuple[tuple[str, str], ...] = (
    ("ask", "اسأل عن غزوة تبوك"),
    ("quiz", "مسابقة قصيرة الآن"),
    ("stopquiz", "إيقاف المسابقة الجارية"),
    ("map", "خريطة طريق الجيش إلى تبوك"),
    ("top", "لوحة المتصدرين في المجموعة"),
    ("myscore", "نقاطي وسلسلة أيامي"),
    ("daily", "مسابقة يومية في المجموعة (للمشرفين)"),
    ("quizsettings", "إعدادات المسابقة (للمشرفين)"),
    ("help", "كل الأوامر"),
    ("about", "مصدر المعلومات"),
    ("start", "الترحيب وأمثلة على الأسئلة"),
)

# --- offline console -------------------------------------------------------------------

CONSOLE_BANNER = (
    "وضع المحادثة دون اتصال: البوت يعمل هنا على جهازك عبر خادم Bot API محلي، "
    "ولا يتصل بتيليجرام.\n"
    "اكتب سؤالك أو أمرًا مثل /start أو /help أو /quiz. "
    "اكتب رقم الزر للضغط عليه، و«خروج» أو Ctrl+D للخروج.\n"
    "والأسطر التي تلصقها معًا (سؤال وخياراته، أو قائمة صح وخطأ) رسالة واحدة كما في تيليجرام؛ "
    "ومع --paragraphs تمتد الرسالة إلى أول سطر فارغ.\n"
    "أنت مالك هذا البوت هنا، فأوامر المشرفين متاحة لك (/adminhelp)؛ و/export يحفظ الملف في "
    "المجلد الحالي، و/import مسار_الملف يقرؤه. ولتجربة المسابقات في مجموعة: /group\n"
    "للاتصال بتيليجرام: أنشئ بوتًا عند @BotFather، ثم ضع رمزه في المتغير "
    "TELEGRAM_BOT_TOKEN وشغِّل: python -m bot"
)
CONSOLE_EXIT_WORDS = frozenset({"خروج", "exit", "quit"})
CONSOLE_BUTTONS = "الأزرار:"
CONSOLE_POLL_HINT = "أجب برقم الخيار."
CONSOLE_BOT = "البوت"
CONSOLE_BOT_IN_GROUP = "البوت (في المجموعة)"
# The console's own commands: move to its group (to try /quiz, /daily, /top, /stopquiz) and back.
CONSOLE_GROUP_WORDS = ("/group", "مجموعة")
CONSOLE_PRIVATE_WORDS = ("/private", "خاص")
CONSOLE_GROUP_TITLE = "مجموعة التجربة"
CONSOLE_IN_GROUP = (
    "أنت الآن في «مجموعة التجربة»، وأنت مالكها. جرّب /quiz و/daily 20:30 و/top و/stopquiz، "
    "وأجب عن السؤال برقم الخيار. وللعودة إلى المحادثة الخاصة: /private"
)
CONSOLE_IN_PRIVATE = "عدت إلى المحادثة الخاصة مع البوت."
CONSOLE_FILE_SAVED = "[ملف محفوظ في: {path}]"
CONSOLE_NO_FILE = "لا أستطيع قراءة الملف «{path}». اكتب مساره، مثل: /import tabuk-facts.json"
