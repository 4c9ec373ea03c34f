"""Every user-facing Arabic string, in one place so wording can be reviewed together.

Strings that take values are functions or str.format templates with named fields.
HTML strings are marked as such; everything inserted into them must be escaped.
"""

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
CHOICE_UNSETTLED = "لم أستطع أن أتبيّن من النص أيَّ هذه الخيارات هو الصحيح."
VERDICT_TRUE = "صحيح. وهذا ما يذكره النص:"
VERDICT_FALSE = "خطأ. والصحيح كما يذكره النص:"
VERDICT_UNSETTLED = (
    "لا أستطيع أن أحكم على هذه العبارة بصحة أو خطأ من النص الذي بُنيت عليه معلوماتي."
)
BLANK_ANSWER = "الكلمات الناقصة: {words}"
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


def part_label(index: int, quote: str) -> str:
    """«السؤال الثاني: …» above the reply to one part of a message."""
    ordinal = PART_ORDINALS[index] if index < len(PART_ORDINALS) else str(index + 1)
    quote = " ".join(quote.split())
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
    "/stopquiz — إيقاف المسابقة الجارية (للمشرفين ولمن بدأها)\n"
    "/daily HH:MM [المنطقة/المدينة] — مسابقة يومية في المجموعة (للمشرفين)\n"
    "/quizsettings — عدد الأسئلة ومدة كل سؤال ومن يبدأ المسابقة (للمشرفين)\n"
    "/top [today|week|month|all] — لوحة المتصدرين في هذه المجموعة\n"
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

# --- quizzes -----------------------------------------------------------------------

QUIZ_STARTING = (
    "📚 تبدأ الآن مسابقة عن غزوة تبوك.\nعدد الأسئلة: {count}، ومدة كل سؤال: {seconds}. بالتوفيق!"
)
QUIZ_DAILY_STARTING = (
    "📅 حان موعد المسابقة اليومية عن غزوة تبوك.\n"
    "عدد الأسئلة: {count}، ومدة كل سؤال: {seconds}. بالتوفيق!"
)
QUIZ_ALREADY_RUNNING = "هناك مسابقة جارية في هذه المحادثة، فانتظر حتى تنتهي من فضلك."
QUIZ_NO_ITEMS = "لا توجد أسئلة مسابقات في قاعدة المعلومات حاليًا."
QUIZ_SUMMARY_TITLE = "🏁 انتهت المسابقة. الإجابات الصحيحة:"
QUIZ_SUMMARY_SCORES = "نتائج هذه الجولة:"
QUIZ_SUMMARY_NOBODY = "لم يُجب أحد في هذه الجولة."
QUIZ_SUMMARY_SCORE = "{medal} {rank}. {name}: {points} من {total}"
QUIZ_SUMMARY_QUESTION_MAX = 150
MEDALS = ("🥇", "🥈", "🥉")
QUIZ_SUMMARY_NO_MEDAL = "•"
# Each poll says where it stands in the round: «(1/5) question».
QUIZ_POLL_QUESTION = "({number}/{total}) {question}"
QUIZ_STOPPED_TITLE = "⏹ أُوقفت المسابقة. الإجابات الصحيحة حتى الآن:"
QUIZ_STOPPED_EMPTY = "⏹ أُوقفت المسابقة قبل أن يُرسل أي سؤال."
QUIZ_STOPPED_UNANSWERED_TITLE = (
    "⏹ توقفت المسابقة لأن أحدًا لم يُجب عن سؤالين متتاليين. الإجابات الصحيحة:"
)
QUIZ_SUMMARY_WEEK_TOP = "🏆 أفضل 5 في المجموعة هذا الأسبوع:"
QUIZ_LIST_MORE = "… وعدد آخر: {count}"
QUIZ_STOP_NOTHING = "لا توجد مسابقة جارية لإيقافها."
QUIZ_STOP_REFUSED = "يوقف المسابقةَ مشرفو المجموعة أو من بدأها فقط."
QUIZ_ADMINS_ONLY = (
    "بدء المسابقة في هذه المجموعة لمشرفيها فقط. "
    "ويستطيع المشرفون السماح للجميع بالأمر: /quizsettings who all"
)
QUIZ_COOLDOWN = "انتهت مسابقة قبل قليل. يمكن بدء مسابقة جديدة بعد {minutes}."
# Telegram refused to send a question (HTTP 400): say plainly what is missing.
QUIZ_REFUSED_POLLS = (
    "⚠️ توقفت المسابقة: لا أملك صلاحية إرسال الاستطلاعات في هذه المجموعة. "
    "يرجى من المشرفين منحي صلاحية «إرسال الاستطلاعات» من إعدادات المجموعة، "
    "ثم إرسال /quiz من جديد."
)
QUIZ_REFUSED_TOPIC = (
    "⚠️ توقفت المسابقة: الموضوع الذي بدأتم فيه المسابقة مغلق أو محذوف، فلم أستطع إرسال السؤال. "
    "أرسلوا /quiz في موضوع مفتوح."
)
QUIZ_REFUSED_OTHER = (
    "⚠️ توقفت المسابقة لأن تيليجرام رفض إرسال السؤال. "
    "تأكدوا أن لي صلاحية إرسال الرسائل والاستطلاعات هنا، ثم أرسلوا /quiz من جديد."
)
QUIZ_FAILED = "⚠️ توقفت المسابقة بسبب خطأ عندي. يمكنكم بدء مسابقة جديدة بـ /quiz."
QUIZ_EXPIRED = (
    "⏹ أُغلقت مسابقة لم تكتمل لأن البوت كان متوقفًا مدة طويلة. يمكنكم بدء مسابقة جديدة بـ /quiz."
)
QUIZ_DAILY_LATE = (
    "📅 فات موعد المسابقة اليومية ({time}) لأن البوت كان متوقفًا، فهذه مسابقة اليوم الآن.\n"
    "عدد الأسئلة: {count}، ومدة كل سؤال: {seconds}. بالتوفيق!"
)
QUIZ_DAILY_AFTER_RUN = (
    "📅 حان موعد المسابقة اليومية أثناء المسابقة السابقة، فهذه هي الآن.\n"
    "عدد الأسئلة: {count}، ومدة كل سؤال: {seconds}. بالتوفيق!"
)

ADMINS_ONLY = "هذا الأمر لمشرفي المجموعة فقط."

# --- /daily: time words and time zones ---------------------------------------------------

# «8:30 م» / «8:30 ص»: the words that mark a 12-hour time as morning or evening.
TIME_MORNING_WORDS = frozenset({"ص", "صباحا", "صباحًا", "صباحاً"})
TIME_EVENING_WORDS = frozenset({"م", "مساء", "مساءً", "مساءا", "ظهرا", "ظهرًا"})
UTC_WORDS = frozenset({"غرينتش", "جرينتش"})
# Time zones with a name Arabic speakers use, shown as «بتوقيت …» and also read back.
ZONE_NAMES: dict[str, str] = {
    "Asia/Riyadh": "مكة المكرمة",
    "Africa/Cairo": "القاهرة",
    "Asia/Dubai": "دبي",
    "Asia/Kuwait": "الكويت",
    "Asia/Qatar": "الدوحة",
    "Asia/Bahrain": "البحرين",
    "Asia/Muscat": "مسقط",
    "Asia/Aden": "عدن",
    "Asia/Baghdad": "بغداد",
    "Asia/Amman": "عمّان",
    "Asia/Damascus": "دمشق",
    "Asia/Beirut": "بيروت",
    "Africa/Khartoum": "الخرطوم",
    "Africa/Tripoli": "طرابلس الغرب",
    "Africa/Tunis": "تونس",
    "Africa/Algiers": "الجزائر",
    "Africa/Casablanca": "الدار البيضاء",
    "Africa/Nouakchott": "نواكشوط",
    "Europe/Istanbul": "إسطنبول",
    "Europe/London": "لندن",
    "UTC": "غرينتش",
}
# Other Arabic names read as a zone (cities and countries people give for their time).
# A name two zones share once its marks are gone («عمّان» Amman, «عُمان» Oman) is read
# only as written with its marks; bare «عمان» is refused rather than guessed an hour off.
ZONE_ALIASES: dict[str, str] = {
    "مكة": "Asia/Riyadh",
    "الرياض": "Asia/Riyadh",
    "السعودية": "Asia/Riyadh",
    "المدينة المنورة": "Asia/Riyadh",
    "المدينة": "Asia/Riyadh",
    "جدة": "Asia/Riyadh",
    "مصر": "Africa/Cairo",
    "الإمارات": "Asia/Dubai",
    "أبوظبي": "Asia/Dubai",
    "قطر": "Asia/Qatar",
    "عُمان": "Asia/Muscat",
    "سلطنة عمان": "Asia/Muscat",
    "اليمن": "Asia/Aden",
    "صنعاء": "Asia/Aden",
    "العراق": "Asia/Baghdad",
    "الأردن": "Asia/Amman",
    "سوريا": "Asia/Damascus",
    "لبنان": "Asia/Beirut",
    "السودان": "Africa/Khartoum",
    "ليبيا": "Africa/Tripoli",
    "المغرب": "Africa/Casablanca",
    "الرباط": "Africa/Casablanca",
    "موريتانيا": "Africa/Nouakchott",
    "تركيا": "Europe/Istanbul",
}


GROUP_WELCOME = (
    "السلام عليكم ورحمة الله. أنا {bot}: أجيب عن أسئلتكم في غزوة تبوك من نص موثّق، "
    "وأدير مسابقات قصيرة بين أعضاء المجموعة.\n"
    "• للسؤال: /ask سؤالك، أو اذكرني @{username} في رسالتك، أو رُدَّ على إحدى رسائلي.\n"
    "• لمسابقة الآن: /quiz\n"
    "• لمسابقة يومية: /daily 20:30 (يضبطها مشرفو المجموعة)\n"
    "• الترتيب: /top — وكل الأوامر: /help"
)
GROUP_OLD_SCHEDULE_OFF = (
    "كانت في هذه المجموعة مسابقة يومية الساعة {time} بتوقيت {zone}، "
    "وقد توقفت حين أُخرجتُ منها. لإعادتها: /daily {time}"
)
DAILY_USAGE = (
    "لجدولة مسابقة يومية اكتب الوقت، ويمكنك إضافة المنطقة الزمنية:\n"
    "/daily 20:30\n/daily 8:30 م\n/daily 20:30 Asia/Riyadh\n/daily 20:30 UTC+3\n"
    "ولإيقافها: /daily off"
)
DAILY_SET = (
    "✅ ستُرسل المسابقة اليومية كل يوم الساعة {time} بتوقيت {zone}.\n"
    "عدد الأسئلة: {questions}، ومدة كل سؤال: {seconds}."
)
DAILY_SHOW = (
    "المسابقة اليومية: كل يوم الساعة {time} بتوقيت {zone}.\n"
    "عدد الأسئلة: {questions}، ومدة كل سؤال: {seconds}.\n"
    "لتغيير الموعد: /daily HH:MM، ولإيقافها: /daily off"
)
DAILY_NONE = "لا توجد مسابقة يومية مجدولة في هذه المحادثة.\n\n" + DAILY_USAGE
DAILY_OFF = "تم إيقاف المسابقة اليومية في هذه المحادثة."
DAILY_ALREADY_OFF = "لا توجد مسابقة يومية مفعّلة لإيقافها."
DAILY_BAD_TIME = (
    "الوقت «{value}» غير صحيح. اكتبه بالساعة والدقيقة، مثل: /daily 20:30 "
    "أو /daily 8:30 م أو /daily 8:30 PM"
)
DAILY_BAD_ZONE = (
    "المنطقة الزمنية «{value}» غير معروفة. اكتبها بالشكل المنطقة/المدينة "
    "مثل Asia/Riyadh أو Africa/Cairo، أو بالفرق عن غرينتش مثل UTC+3، أو باسم مدينة مثل مكة."
)

SETTINGS_SHOW = (
    "إعدادات المسابقة في هذه المحادثة:\n"
    "عدد الأسئلة: {questions}\nمدة كل سؤال: {seconds}\n"
    "من يبدأ /quiz: {who}\nالانتظار بين مسابقتين: {cooldown}\n\n"
    "للتغيير:\n/quizsettings questions 5\n/quizsettings seconds 30\n"
    "/quizsettings who admins (أو all)\n/quizsettings cooldown 10 (بالدقائق)"
)
SETTINGS_USAGE = (
    "اكتب الإعداد وقيمته، مثل:\n/quizsettings questions 5\n/quizsettings seconds 30\n"
    "/quizsettings who admins (أو all)\n/quizsettings cooldown 10 (بالدقائق)"
)
SETTINGS_WHO_LABELS = {"all": "الجميع", "admins": "المشرفون فقط"}
SETTINGS_NO_COOLDOWN = "بلا انتظار"
SETTINGS_WHO_SET = "✅ من يبدأ المسابقة الآن: {who}."
SETTINGS_BAD_WHO = "اكتب admins (المشرفون فقط) أو all (الجميع)، مثل: /quizsettings who admins"
SETTINGS_COOLDOWN_SET = "✅ الانتظار بين مسابقتين يدويتين الآن: {value}. (المشرفون لا ينتظرون)"
SETTINGS_BAD_COOLDOWN = "مدة الانتظار يجب أن تكون عدد دقائق من {low} إلى {high}."
SETTINGS_QUESTIONS_SET = "✅ عدد أسئلة المسابقة الآن: {value}."
SETTINGS_SECONDS_SET = "✅ مدة كل سؤال الآن: {value}."
SETTINGS_BAD_QUESTIONS = "عدد الأسئلة يجب أن يكون رقمًا من {low} إلى {high}."
SETTINGS_BAD_SECONDS = "مدة السؤال يجب أن تكون رقمًا من {low} إلى {high} ثانية."

TOP_TITLE = "🏆 لوحة المتصدرين في هذه المحادثة"
TOP_TODAY = "اليوم:"
TOP_WEEK = "هذا الأسبوع (آخر 7 أيام):"
TOP_MONTH = "هذا الشهر (آخر 30 يومًا):"
TOP_ALL_TIME = "كل الأوقات:"
TOP_USAGE = "اكتب /top وحده لهذا الأسبوع، أو: /top today أو /top week أو /top month أو /top all"
TOP_EMPTY = "لا توجد نتائج بعد."
TOP_LINE = "{rank}. {name}: {points}"
TOP_YOUR_RANK = "ترتيبك: {rank} ({points})"

MYSCORE = (
    "نتيجتك في هذه المحادثة:\n"
    "النقاط: {points}\n"
    "الإجابات الصحيحة: {correct} من {answered}\n"
    "الدقة: {accuracy}٪\n"
    "سلسلة الأيام المتتالية في المسابقة اليومية: {streak}"
)
MYSCORE_NONE = "لم تشارك في أي مسابقة هنا بعد. أرسل /quiz لتبدأ."
MYSCORE_ALL = (
    "نتيجتك في كل المحادثات:\n"
    "النقاط: {points}\n"
    "الإجابات الصحيحة: {correct} من {answered}\n"
    "الدقة: {accuracy}٪\n\n"
    "حسب المحادثة:"
)
MYSCORE_CHAT_LINE = "• {title}: {points} من {answered}"
MYSCORE_PRIVATE_CHAT = "المحادثة الخاصة"
MYSCORE_NONE_ANYWHERE = "لم تشارك في أي مسابقة بعد. أرسل /quiz هنا أو في مجموعة لتبدأ."

# --- admin ---------------------------------------------------------------------------

ADMIN_DENIED = "هذا الأمر لمشرفي قاعدة المعلومات فقط."
ADMIN_OWNERS_ONLY = "إدارة المشرفين لمالكي البوت فقط."
ADMIN_PRIVATE_ONLY = "أوامر المشرفين تعمل في المحادثة الخاصة فقط، فاكتب لي في الخاص من فضلك."
ADMIN_HELP = (
    "أوامر المشرفين (في المحادثة الخاصة):\n"
    "/addfact — إضافة حقيقة خطوة بخطوة\n"
    "/addfact السؤال | الجواب — إضافة حقيقة في سطر واحد\n"
    "/addq المعرّف صيغة — إضافة صيغة سؤال إلى حقيقة\n"
    "/answer المعرّف نص — تغيير جواب حقيقة\n"
    "/delfact المعرّف — حذف حقيقة (يمكن التراجع)\n"
    "/addquiz المعرّف السؤال | الصحيح | خطأ [| خطأ | خطأ] — سؤال مسابقة\n"
    "/editquiz معرّف_السؤال السؤال | الصحيح | خطأ [| خطأ | خطأ] — تعديل سؤال مسابقة\n"
    "/delquiz معرّف_السؤال — حذف سؤال مسابقة واحد (يمكن التراجع)\n"
    "/delq المعرّف الصيغة — حذف صيغة واحدة من حقيقة (يمكن التراجع)\n"
    "/fact المعرّف — عرض حقيقة بصيغها وأسئلة مسابقتها\n"
    "/facts [كلمة] — قائمة الحقائق أو البحث فيها\n"
    "/history المعرّف — من عدّل الحقيقة ومتى وماذا\n"
    "/undo — التراجع عن آخر تعديل لك\n"
    "/unanswered — الأسئلة التي لم أُجب عنها\n"
    "/export — تنزيل القاعدة كاملة ملف JSON\n"
    "/import — ردًّا على ملف JSON: استيراده بعد المعاينة\n"
    "/admins — المشرفون (للمالكين)؛ /admins add ردًّا على رسالة العضو أو باسمه @username"
)

ADMINS_LIST = (
    "المالكون (من الإعدادات ADMIN_IDS):\n{owners}\n\n"
    "المشرفون المضافون:\n{admins}\n\n"
    "للإضافة: /admins add رقم_المستخدم\nللحذف: /admins remove رقم_المستخدم"
)
ADMINS_NONE = "لا أحد بعد."
ADMINS_LINE = "• {user_id}{name}"
ADMINS_USAGE = (
    "اكتب: /admins add رقم_المستخدم أو /admins add @اسم_المستخدم أو /admins remove رقم_المستخدم\n"
    "أو أعد توجيه رسالة من العضو إليّ ثم رُدَّ عليها بالأمر /admins add"
)
ADMINS_UNKNOWN_USERNAME = (
    "لم أرَ مستخدمًا باسم @{username} بعد. يكفي أن يكتب في مجموعة أنا فيها أو في الخاص، "
    "أو اكتب رقمه: /admins add رقم_المستخدم"
)
ADMINS_BAD_ID = "رقم المستخدم «{value}» غير صحيح. اكتب رقمًا، مثل: /admins add 123456789"
ADMINS_ADDED = "✅ أصبح المستخدم {user_id} مشرفًا."
ADMINS_ALREADY = "المستخدم {user_id} مشرف من قبل."
ADMINS_REMOVED = "✅ لم يعد المستخدم {user_id} مشرفًا."
ADMINS_NOT_FOUND = "المستخدم {user_id} ليس من المشرفين المضافين."
ADMINS_OWNER_FIXED = (
    "المستخدم {user_id} من المالكين في الإعدادات (ADMIN_IDS)، فلا يُضاف ولا يُحذف بهذا الأمر."
)

ADMIN_SOURCE = "أضافه المشرفون"
# A quiz item's explanation when the fact's answer is too long to serve as one.
QUIZ_EXPLANATION_FALLBACK = "الجواب الصحيح: {answer}"

ADMIN_UNKNOWN_FACT = "لا توجد حقيقة بالمعرّف «{fact_id}». ابحث عن المعرّف بـ /facts كلمة"
ADMIN_FACT_DELETED = "الحقيقة «{fact_id}» محذوفة، فلا تُعدَّل. راجع /history {fact_id}"
ADDFACT_USAGE = (
    "اكتب السؤال والجواب بينهما علامة |، مثل:\n"
    "/addfact ما اسم ناقة النبي ﷺ؟ | القصواء\n"
    "أو أرسل /addfact وحده لإضافة حقيقة خطوة بخطوة."
)
ADDQ_USAGE = "اكتب معرّف الحقيقة ثم الصيغة الجديدة، مثل:\n/addq date متى خرج النبي ﷺ إلى تبوك؟"
ANSWER_USAGE = "اكتب معرّف الحقيقة ثم الجواب الجديد، مثل:\n/answer date كانت في رجب سنة 9 هـ."
DELFACT_USAGE = "اكتب معرّف الحقيقة، مثل: /delfact date"
FACT_USAGE = "اكتب معرّف الحقيقة، مثل: /fact date\nوللبحث عن المعرّف: /facts كلمة"
HISTORY_USAGE = "اكتب معرّف الحقيقة، مثل: /history date"
ADDQUIZ_USAGE = (
    "اكتب معرّف الحقيقة ثم السؤال والخيارات بينها علامة |، والخيار الصحيح أولًا:\n"
    "/addquiz date في أي شهر كانت غزوة تبوك؟ | رجب | رمضان | شوال\n"
    "(من خيارين إلى 4؛ يخلطها البوت عند السؤال. ولسؤال صح أو خطأ: | صح | خطأ)"
)
EDITQUIZ_USAGE = (
    "اكتب معرّف سؤال المسابقة ثم السؤال والخيارات الجديدة، والخيار الصحيح أولًا:\n"
    "/editquiz quiz_1 في أي شهر كانت غزوة تبوك؟ | رجب | رمضان | شوال\n"
    "وتجد المعرّف في /fact معرّف_الحقيقة"
)
DELQUIZ_USAGE = "اكتب معرّف سؤال المسابقة، مثل: /delquiz quiz_1\nوتجد المعرّف في /fact معرّف_الحقيقة"
DELQ_USAGE = "اكتب معرّف الحقيقة ثم الصيغة التي تحذفها، مثل:\n/delq date متى كانت غزوة تبوك"

ADMIN_FIELD_NAMES = {
    "answer": "الجواب",
    "questions": "صيغة السؤال",
    "question": "سؤال المسابقة",
    "options": "الخيارات",
    "explanation": "شرح سؤال المسابقة",
    "source": "المصدر",
    "keywords": "الكلمات المفتاحية",
    "id": "المعرّف",
    "answer_type": "نوع الجواب",
    "fact_id": "معرّف الحقيقة",
    "correct": "الخيار الصحيح",
}
ADMIN_ERR_EMPTY = "{field} فارغ، فاكتب نصًّا من فضلك. لم يُحفظ شيء."
ADMIN_ERR_TOO_LONG = "{field} طويل جدًا ({length} حرفًا)، والحد الأقصى {limit} حرف. لم يُحفظ شيء."
ADMIN_ERR_ITEM_TOO_LONG = "{field} أطول من الحد الأقصى ({limit} حرف). لم يُحفظ شيء."
ADMIN_ERR_NOT_ARABIC = "{field} يجب أن يكون بالعربية. لم يُحفظ شيء."
ADMIN_ERR_TOO_FEW = "{field}: يلزم {count} على الأقل. لم يُحفظ شيء."
ADMIN_ERR_TOO_MANY = "{field}: عددها {count}، والحد الأقصى {limit}. لم يُحفظ شيء."
ADMIN_ERR_OPTIONS_SAME = "خيارات سؤال المسابقة يجب أن تكون مختلفة. لم يُحفظ شيء."
ADMIN_ERR_INVALID = "المدخل غير صالح، ولم يُحفظ شيء. التفصيل: {detail}"
ADMIN_BASE_INVALID = "لم يُحفظ شيء، لأن قاعدة المعلومات كانت ستصبح غير صالحة. التفصيل: {detail}"
ADMIN_PHRASING_TAKEN = "الصيغة «{text}» مرتبطة من قبل بالحقيقة {fact_id}، فلا تُضاف مرتين."
ADMIN_PHRASING_EXISTS = "الصيغة «{text}» موجودة في هذه الحقيقة من قبل."
ADMIN_PHRASING_REPEATED = "أرسلت الصيغة «{text}» من قبل في هذه الحقيقة."
ADMIN_ANSWER_SAME = "الجواب الجديد مطابق للحالي، فلا تغيير."
ADMIN_PHRASING_NOT_ARABIC = (
    "الصيغة «{text}» ليس فيها حرف عربي، فلن يسأل بها أحد. اكتبها بالعربية. لم يُحفظ شيء."
)
ADMIN_ANSWER_TOO_SHORT = (
    "الجواب قصير جدًا: اكتب جملة تامة من {minimum} على الأقل يفهمها السائل وحدها. لم يُحفظ شيء."
)
ADMIN_UNKNOWN_QUIZ = "لا يوجد سؤال مسابقة بالمعرّف «{quiz_id}». تجد المعرّفات في /fact المعرّف"
ADDQUIZ_DUPLICATE = (
    "هذا السؤال موجود من قبل: سؤال المسابقة {quiz_id} في الحقيقة {fact_id}. "
    "ولتعديله: /editquiz {quiz_id} … لم يُحفظ شيء."
)
EDITQUIZ_SAME = "السؤال والخيارات مطابقة لما هو محفوظ، فلا تغيير."
DELQ_NOT_FOUND = "الصيغة «{text}» ليست من صيغ الحقيقة {fact_id}. راجع صيغها بـ /fact {fact_id}"
DELQ_LAST = (
    "هذه آخر صيغة للحقيقة {fact_id}، ولا تبقى حقيقة بلا صيغة. لحذف الحقيقة: /delfact {fact_id}"
)

BUTTON_CONFIRM = "✅ تأكيد"
BUTTON_CANCEL = "✖️ إلغاء"
BUTTON_PREVIOUS = "السابق"
BUTTON_NEXT = "التالي"
BUTTON_DISMISS = "🗑 تجاهل"
BUTTON_ATTACH = "➕ {label}"
ADMIN_PREVIEW_EXPIRED = "هذه المعاينة لم تعد صالحة، فأعد إرسال الأمر من فضلك."
ADMIN_CANCELLED = "أُلغي، ولم يتغير شيء."
ADMIN_CONFLICT = (
    "⚠️ لم يُحفظ شيء: تغيّرت الحقيقة {fact_id} بعد أن عرضتَ المعاينة (عدّلها مشرف آخر). "
    "اعرضها من جديد بـ /fact {fact_id} ثم أعد المحاولة."
)
NOTHING_TO_CANCEL = "لا يوجد شيء لإلغائه."

ADDFACT_START = (
    "إضافة حقيقة جديدة.\n"
    "الخطوة 1 من 3: أرسل صيغ السؤال، كل صيغة في رسالة، ثم أرسل «تم» أو /done.\n"
    "وللإلغاء في أي خطوة: /cancel"
)
ADDFACT_DONE_WORDS = frozenset({"تم", "انتهيت", "خلاص", "done"})
ADDFACT_PHRASING_ADDED = "✅ الصيغة {count}. أرسل صيغة أخرى، أو «تم» للانتقال إلى الجواب."
ADDFACT_NEED_PHRASING = "أرسل صيغة واحدة على الأقل قبل «تم»."
ADDFACT_ASK_ANSWER = "الخطوة 2 من 3: أرسل الجواب."
ADDFACT_ASK_TYPE = "الخطوة 3 من 3: ما نوع الجواب؟"
ADDFACT_USE_BUTTONS = "اختر بالأزرار أعلاه، أو أرسل /cancel للإلغاء."
ADDFACT_PREVIEW = (
    "معاينة الحقيقة الجديدة:\n\nصيغ السؤال:\n{questions}\n\nالجواب:\n{answer}\n\n"
    "نوع الجواب: {answer_type}\n\nهل تحفظها؟"
)
ADDFACT_CANCELLED = "أُلغيت إضافة الحقيقة، ولم يُحفظ شيء."
ADDFACT_TIMEOUT = "انتهت مهلة إضافة الحقيقة، ولم يُحفظ شيء. ابدأ من جديد بـ /addfact"
ADDFACT_DONE = "✅ أُضيفت الحقيقة {fact_id}. صار البوت يجيب عن: {question}"
ANSWER_TYPE_LABELS = {
    "time": "زمن (متى)",
    "number": "عدد (كم)",
    "person": "شخص (من)",
    "place": "مكان (أين)",
    "reason": "سبب (لماذا)",
    "thing": "شيء (ما)",
    "yesno": "نعم أو لا (هل)",
    "overview": "نظرة عامة",
}

ADDQ_DONE = "✅ أُضيفت الصيغة إلى الحقيقة {fact_id}، وصار لها {count}."
ANSWER_PREVIEW = (
    "تغيير جواب الحقيقة {fact_id}:\n\nالجواب الحالي:\n{old}\n\nالجواب الجديد:\n{new}\n\n"
    "هل تحفظ التغيير؟"
)
ANSWER_DONE = "✅ حُفظ الجواب الجديد للحقيقة {fact_id}."
DELFACT_PREVIEW = (
    "ستُحذف الحقيقة {fact_id}:\n«{question}»\n{answer}\n\n"
    "ويتوقف معها {quizzes}. ويمكن التراجع بـ /undo. هل تحذفها؟"
)
DELFACT_DONE = "🗑 حُذفت الحقيقة {fact_id}. وللتراجع: /undo"
ADDQUIZ_DONE = "✅ أُضيف سؤال المسابقة {quiz_id} إلى الحقيقة {fact_id}."
EDITQUIZ_DONE = "✅ عُدّل سؤال المسابقة {quiz_id}. وللتراجع: /undo"
DELQUIZ_DONE = "🗑 حُذف سؤال المسابقة {quiz_id} من الحقيقة {fact_id}. وللتراجع: /undo"
DELQ_DONE = "🗑 حُذفت الصيغة «{text}» من الحقيقة {fact_id}، وبقي لها {count}. وللتراجع: /undo"

UNDO_NOTHING = "لا يوجد تعديل لك يمكن التراجع عنه."
UNDO_DONE = "↩️ تم التراجع عن آخر تعديل لك ({action}) في: {facts}"
UNDO_CONFLICT = (
    "⚠️ لا يمكن التراجع: تغيّرت الحقيقة {fact_id} بعد تعديلك (عدّلها مشرف آخر). "
    "راجع /history {fact_id}"
)
ACTION_LABELS = {
    "add_fact": "إضافة حقيقة",
    "add_phrasing": "إضافة صيغة",
    "set_answer": "تغيير الجواب",
    "delete_fact": "حذف الحقيقة",
    "add_quiz": "إضافة سؤال مسابقة",
    "edit_quiz": "تعديل سؤال مسابقة",
    "delete_quiz": "حذف سؤال مسابقة",
    "delete_phrasing": "حذف صيغة",
    "attach_question": "ربط سؤال بحقيقة",
    "import": "استيراد",
    "undo": "تراجع",
    "denied": "محاولة مرفوضة",
    "admin_add": "إضافة مشرف",
    "admin_remove": "حذف مشرف",
}

FACT_TITLE = "الحقيقة {fact_id} — نوع الجواب: {answer_type} — الإصدار {version}"
FACT_DELETED_MARK = "⛔ هذه الحقيقة محذوفة."
FACT_ANSWER = "الجواب:"
FACT_SOURCE = "المصدر:"
FACT_PHRASINGS = "صيغ السؤال ({count}):"
FACT_QUIZZES = "أسئلة المسابقة ({count}):"
FACT_QUIZ_OPTION_RIGHT = "✅"
FACT_QUIZ_OPTION_WRONG = "▫️"

FACTS_TITLE = "الحقائق: {count} — الصفحة {page} من {pages}"
FACTS_SEARCH_TITLE = "البحث عن «{query}»: {count} — الصفحة {page} من {pages}"
FACTS_NONE = "لا توجد حقائق فيها «{query}»."
FACTS_HINT = "لعرض حقيقة: /fact المعرّف"
FACTS_QUERY_TOO_LONG = "كلمة البحث طويلة جدًا، فاكتب كلمة أو كلمتين."

HISTORY_TITLE = "سجل تعديلات الحقيقة {fact_id}:"
HISTORY_EMPTY = "لا تعديلات مسجلة على الحقيقة {fact_id}، فهي كما جاءت في القاعدة الأصلية."
HISTORY_LINE = "• {when} — {who}: {action}{undone}"
HISTORY_UNDONE = " (تُراجع عنه)"
CHANGE_CREATED = "أُنشئت"
CHANGE_DELETED = "حُذفت"
CHANGE_RESTORED = "استُعيدت"
CHANGE_ANSWER = "صار الجواب: «{new}» (كان: «{old}»)"
CHANGE_TYPE = "صار نوع الجواب: {new} (كان: {old})"
CHANGE_SOURCE = "تغيّر المصدر"
CHANGE_PHRASINGS_ADDED = "صيغ جديدة: {items}"
CHANGE_PHRASINGS_REMOVED = "صيغ حُذفت: {items}"
CHANGE_QUIZZES_ADDED = "أسئلة مسابقة جديدة: {items}"
CHANGE_QUIZZES_REMOVED = "أسئلة مسابقة حُذفت: {items}"
CHANGE_QUIZZES_CHANGED = "أسئلة مسابقة عُدّلت: {items}"

EXPORT_CAPTION = "قاعدة المعلومات كاملة: {facts} و{quizzes}."
IMPORT_USAGE = "أرسل ملف JSON، ثم رُدَّ عليه بالأمر /import (أو أرسله وفي تعليقه /import)."
IMPORT_DOCUMENT_HINT = "لمعاينة استيراد هذا الملف رُدَّ عليه بالأمر /import"
IMPORT_TOO_BIG = "الملف كبير جدًا ({size} كيلوبايت)، والحد الأقصى {limit} كيلوبايت. لم يُستورد شيء."
IMPORT_NOT_TEXT = "الملف ليس نصًّا بترميز UTF-8. لم يُستورد شيء."
IMPORT_BAD_JSON = "الملف ليس JSON صالحًا (خطأ في السطر {line}، العمود {column}). لم يُستورد شيء."
IMPORT_BAD_SHAPE = (
    "الملف لا يحتوي قاعدة معلومات: يجب أن يكون كائن JSON فيه قائمة «facts» "
    "وقائمة «quizzes». لم يُستورد شيء."
)
IMPORT_BAD_RECORD = "لم يُستورد شيء: في {record} خطأ.\n{problem}"
IMPORT_RECORD_FACT = "الحقيقة رقم {number}"
IMPORT_RECORD_QUIZ = "سؤال المسابقة رقم {number}"
IMPORT_DUPLICATE_ID = "المعرّف «{record_id}» مكرر في الملف."
IMPORT_DUPLICATE_QUESTION = "السؤال «{question}» مكرر، فهو للحقيقة {owner} أيضًا."
IMPORT_UNKNOWN_FACT = "يشير إلى حقيقة ليست في الملف: {fact_id}."
IMPORT_SUMMARY = "معاينة الاستيراد:\n{lines}\n\nهل تطبّق الاستيراد؟ يُطبَّق كله أو لا شيء منه."
IMPORT_NO_CHANGES = "لا يتغير شيء: الملف مطابق لقاعدة المعلومات الحالية."
IMPORT_SUMMARY_LINE = "• {label}: {count} — {ids}"
IMPORT_LABELS = {
    "added_facts": "حقائق جديدة",
    "changed_facts": "حقائق معدّلة",
    "removed_facts": "حقائق تُحذف",
    "added_quizzes": "أسئلة مسابقة جديدة",
    "changed_quizzes": "أسئلة مسابقة معدّلة",
    "removed_quizzes": "أسئلة مسابقة تُحذف",
}
IMPORT_DONE = (
    "✅ تم الاستيراد: الحقائق +{added_facts} ~{changed_facts} −{removed_facts}، "
    "وأسئلة المسابقة +{added_quizzes} ~{changed_quizzes} −{removed_quizzes}."
)
IMPORT_EMPTY = "الملف لا يحتوي أي حقيقة، وقاعدة معلومات فارغة لا تجيب عن شيء. لم يُستورد شيء."
IMPORT_TOO_DEEP = (
    "الملف متداخل أكثر مما تحتمله قاعدة معلومات (أكثر من {depth} مستويات). لم يُستورد شيء."
)
IMPORT_LONG_NUMBER = "في الملف رقم طويل جدًا (أكثر من {digits} خانة). لم يُستورد شيء."
IMPORT_SURROGATE = (
    "في الملف نص فيه رمز يونيكود غير صالح (نصف زوج بديل مثل \\ud800). لم يُستورد شيء."
)
IMPORT_BUSY = "قاعدة المعلومات مشغولة الآن بتغيير آخر. أعد المحاولة بعد قليل. لم يُستورد شيء."
IMPORT_DRASTIC_WARNING = (
    "⚠️ هذا الاستيراد يحذف {facts_removed} من {facts_live} و{quizzes_removed} من "
    "{quizzes_live}، أي أكثر من النصف؛ سأطلب تأكيدًا ثانيًا."
)
IMPORT_DRASTIC_CONFIRM = (
    "⚠️ تأكيد ثانٍ: سيُحذف {facts_removed} من {facts_live} و{quizzes_removed} من "
    "{quizzes_live}. هل أنت متأكد؟ (يمكن التراجع بعد ذلك بالأمر /undo)"
)
IMPORT_DRASTIC_REFUSED = (
    "لم يُستورد شيء: كان سيحذف {facts_removed} من {facts_live} و{quizzes_removed} "
    "من {quizzes_live}، وهذا يحتاج تأكيدًا ثانيًا."
)
BUTTON_CONFIRM_REMOVAL = "⚠️ نعم، احذفها واستورد"
IMPORT_CHANGED = (
    "⚠️ لم يُستورد شيء: تغيّرت قاعدة المعلومات بعد المعاينة (عدّلها مشرف آخر). "
    "أعد إرسال /import ردًّا على الملف لمعاينة جديدة."
)

UNANSWERED_TITLE = (
    "أكثر الأسئلة التي لم أُجب عنها جوابًا مفيدًا: {count}\n"
    "اضغط اسم الحقيقة لترى الجواب الذي سيأخذه السؤال ثم تؤكد ربطه بها، "
    "أو «➕ حقيقة جديدة» لتكتب له حقيقة، أو «تجاهل» لإخفائه."
)
UNANSWERED_NONE = "لا توجد أسئلة بلا جواب تنتظر المراجعة."
UNANSWERED_ITEM = "«{text}»\nسُئل {times}. ولربطه بحقيقة أخرى أرسل:\n/addq المعرّف {text}"
UNANSWERED_ATTACHED = (
    "✅ «{text}» صار صيغةً للحقيقة {fact_id}. وللتراجع (ويعود السؤال إلى القائمة): /undo"
)
UNANSWERED_ATTACH_PREVIEW = (
    "سيصير «{text}» صيغةً للحقيقة {fact_id}، فيكون جوابه:\n\n{answer}\n\nهل تربطه بها؟"
)
BUTTON_NEW_FACT = "➕ حقيقة جديدة"
ADDFACT_START_WITH = (
    "إضافة حقيقة جديدة، الخطوة 1 من 3: الصيغة الأولى هي «{text}».\n"
    "أرسل صيغة أخرى إن شئت، أو «تم» للانتقال إلى الجواب. وللإلغاء: /cancel"
)
ADDFACT_DISCARD_ASK = "عندك حقيقة لم تُحفظ بعد (فيها {count}). هل تتركها وتبدأ حقيقة جديدة؟"
BUTTON_DISCARD = "🗑 اتركها وابدأ من جديد"
BUTTON_KEEP = "↩️ أكمل الحقيقة الحالية"
ADDFACT_KEPT = "نكمل الحقيقة الحالية من حيث توقفت."
ADDFACT_TYPE_UNCLEAR = "لم أعرف نوع الجواب من أداة السؤال. ما نوعه؟"
UNANSWERED_DISMISSED = "تم تجاهل «{text}»."
UNANSWERED_GONE = "هذا السؤال لم يعد في قائمة المراجعة."


# --- The route map -------------------------------------------------------------------------
BUTTON_MAP = "🗺 خريطة الطريق"


def map_caption(km: int) -> str:
    """Caption of the route map; the distance is modern geography, not from the source text."""
    return (
        "خريطة طريق جيش المسلمين من المدينة المنورة إلى تبوك، وسرية خالد بن الوليد "
        "إلى دومة الجندل، واتجاه الشام.\n"
        f"المسافة بين المدينة المنورة وتبوك في خط مستقيم نحو {km} كم تقريبًا، "
        "وهذا قياس حديث من إحداثيات الموضعين، لا يذكره النص الذي بُنيت عليه المعلومات."
    )


def map_caption_english(km: int) -> str:
    """The English caption line, for replies to English questions."""
    return (
        f"Route of the army from Medina to Tabuk. Straight-line distance Medina–Tabuk: about "
        f"{km} km (a modern measurement from coordinates, not stated in the source text)."
    )


MAP_UNAVAILABLE = "تعذّر إرسال الخريطة الآن. حاول مرة أخرى بعد قليل."
CONSOLE_PHOTO_SAVED = "[صورة محفوظة في: {path}]"

# --- English questions (issue 17): the Arabic line first, then its English rendering --------

EN_RENDERING_LABEL = "In English:"
EN_PART_LABEL = "({number}) {question}"
EN_TRUE = "صحيح.\nTrue."
EN_FALSE = "خطأ.\nFalse."
EN_UNSETTLED = (
    "لا يحسم النص الذي بُنيت عليه المعلومات هذه العبارة.\n"
    "The source text does not settle this statement."
)
EN_CHOICE = "الجواب: ({label}) {option}\nAnswer: ({label}) {option}"
EN_FILL = "الكلمات الناقصة: {words}\nMissing words: {words}"
EN_NO_CHOICE = "لا يدعم النص أيًّا من هذه الخيارات.\nThe source text supports none of these options."
EN_VERSE = "{sura_name} {sura}:{verse}. Translation of the meaning ({translator}):"
EN_GAP = (
    "لا يذكر النص الذي بُنيت عليه المعلومات هذا التفصيل، ولا أحب أن أجيب بغير علم.\n"
    "The source text this bot is built on does not state this detail."
)
EN_GAP_ENGLISH = "The source text this bot is built on does not state this detail."
EN_GAP_NEAR = "The nearest facts the text states:"
EN_UNKNOWN = (
    "عذرًا، لا أجد في معلوماتي عن غزوة تبوك جوابًا موثوقًا عن هذا السؤال.\n"
    "Sorry, I found no reliable answer to this question about the expedition of Tabuk."
)
EN_SUGGEST = (
    "لم أتأكد من مقصودك. هل تقصد أحد هذه الأسئلة؟\n"
    "I am not sure what you mean. Did you mean one of these?"
)
EN_OTHER_EVENT = (
    "يبدو أن سؤالك عن {event_ar}، وأنا مختص بغزوة تبوك وحدها.\n"
    "This seems to be about {event}; I answer about the expedition of Tabuk only."
)
EN_MODERN = (
    "يبدو أن سؤالك عن تبوك في زماننا، وأنا مختص بغزوة تبوك في السنة التاسعة للهجرة فقط.\n"
    "This seems to be about today's Tabuk; I answer about the expedition of Tabuk (9 AH) only."
)
EN_GREETING = (
    "وعليكم السلام ورحمة الله وبركاته، أهلًا بك. اسألني عن غزوة تبوك.\n"
    "Peace be upon you too, and welcome. Ask me about the expedition of Tabuk."
)
EN_THANKS = (
    "وإياكم، بارك الله فيك.\nYou are welcome. Ask me anything else about the expedition of Tabuk."
)
EN_EMPTY = "لم أجد سؤالًا في رسالتك.\nI found no question in your message."
# The parts answered when a message had more (one to three: fewer when the reply was long).
EN_ANSWERED_FIRST = {
    1: ("عن السؤال الأول", "the first question"),
    2: ("عن السؤالين الأولين", "the first two questions"),
    3: ("عن الأسئلة الثلاثة الأولى", "the first three questions"),
}


def en_more_parts(answered: int) -> str:
    """The note under an English reply that answered only the first parts of a message."""
    arabic, english = EN_ANSWERED_FIRST.get(
        answered, (f"عن أول {answered} من الأسئلة", f"the first {answered} questions")
    )
    return (
        f"أجبت {arabic} فقط، فأرسل الباقي في رسالة أخرى من فضلك.\n"
        f"I answered {english} only; please send the rest in another message."
    )


# --- words people type, read by the bot (not sent) -------------------------------------------
# Kept here so that every Arabic string of the bot is in one file (tests/test_texts.py).

LIST_SEPARATOR = "، "
CONSOLE_USER_NAME = "مستخدم"  # the offline chat's user, as the bot may name them
SALAM_WORD = "سلام"  # a greeting with it is answered with «وعليكم السلام»
ARABIC_DIGITS = "٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹"  # Arabic-Indic, then Persian
STOP_WORDS = ("ايقاف", "إيقاف", "أوقف", "اوقف")  # /quiz stop
DAILY_OFF_WORDS = ("ايقاف", "إيقاف")  # /daily off
WHO_ALL_WORDS = ("الجميع", "الكل")
WHO_ADMINS_WORDS = ("المشرفون", "المشرفين")
PERIOD_TODAY_WORDS = ("اليوم",)
PERIOD_WEEK_WORDS = ("الأسبوع", "الاسبوع")
PERIOD_MONTH_WORDS = ("الشهر",)
PERIOD_ALL_WORDS = ("الكل",)
