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


# --- buttons and feedback ------------------------------------------------------------

BUTTON_USEFUL = "👍 مفيد"
BUTTON_NOT_USEFUL = "👎 غير مفيد"
FEEDBACK_USEFUL = "شكرًا لك، يسعدنا أن الجواب أفادك."
FEEDBACK_NOT_USEFUL = "شكرًا لك، سنراجع هذا الجواب لتحسينه بإذن الله."
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
    "/daily HH:MM [المنطقة/المدينة] — مسابقة يومية في المجموعة (للمشرفين)\n"
    "/quizsettings — عدد الأسئلة ومدة كل سؤال (للمشرفين)\n"
    "/top — لوحة المتصدرين في هذه المجموعة\n"
    "/myscore — نقاطك وسلسلة أيامك\n"
    "/about — مصدر المعلومات\n"
    "/help — هذه القائمة\n\n"
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
    ("top", "لوحة المتصدرين في المجموعة"),
    ("myscore", "نقاطي وسلسلة أيامي"),
    ("daily", "مسابقة يومية في المجموعة (للمشرفين)"),
    ("quizsettings", "إعدادات المسابقة (للمشرفين)"),
    ("help", "كل الأوامر"),
    ("about", "مصدر المعلومات"),
    ("start", "الترحيب وأمثلة على الأسئلة"),
)

# --- inline mode ---------------------------------------------------------------------

INLINE_POPULAR_TITLE = "أسئلة شائعة عن غزوة تبوك"

# --- offline console -------------------------------------------------------------------

CONSOLE_BANNER = (
    "وضع المحادثة دون اتصال: البوت يعمل هنا على جهازك عبر خادم Bot API محلي، "
    "ولا يتصل بتيليجرام.\n"
    "اكتب سؤالك أو أمرًا مثل /start أو /help أو /quiz. "
    "اكتب رقم الزر للضغط عليه، و«خروج» أو Ctrl+D للخروج.\n"
    "للاتصال بتيليجرام: أنشئ بوتًا عند @BotFather، ثم ضع رمزه في المتغير "
    "TELEGRAM_BOT_TOKEN وشغِّل: python -m bot"
)
CONSOLE_EXIT_WORDS = frozenset({"خروج", "exit", "quit"})
CONSOLE_BUTTONS = "الأزرار:"
CONSOLE_POLL_HINT = "أجب برقم الخيار."
CONSOLE_BOT = "البوت"

# --- quizzes -----------------------------------------------------------------------

QUIZ_STARTING = (
    "📚 تبدأ الآن مسابقة عن غزوة تبوك.\n"
    "عدد الأسئلة: {count}، ومدة كل سؤال: {seconds} ثانية. بالتوفيق!"
)
QUIZ_DAILY_STARTING = (
    "📅 حان موعد المسابقة اليومية عن غزوة تبوك.\n"
    "عدد الأسئلة: {count}، ومدة كل سؤال: {seconds} ثانية. بالتوفيق!"
)
QUIZ_ALREADY_RUNNING = "هناك مسابقة جارية في هذه المحادثة، فانتظر حتى تنتهي من فضلك."
QUIZ_NO_ITEMS = "لا توجد أسئلة مسابقات في قاعدة المعلومات حاليًا."
QUIZ_SUMMARY_TITLE = "🏁 انتهت المسابقة. الإجابات الصحيحة:"
QUIZ_SUMMARY_SCORES = "نتائج هذه الجولة:"
QUIZ_SUMMARY_NOBODY = "لم يُجب أحد في هذه الجولة."
QUIZ_SUMMARY_SCORE = "{medal} {name}: {points} من {total}"
QUIZ_SUMMARY_QUESTION_MAX = 150
MEDALS = ("🥇", "🥈", "🥉")

ADMINS_ONLY = "هذا الأمر لمشرفي المجموعة فقط."

DAILY_USAGE = (
    "لجدولة مسابقة يومية اكتب الوقت بنظام 24 ساعة، ويمكنك إضافة المنطقة الزمنية:\n"
    "/daily 20:30\n/daily 20:30 Asia/Riyadh\n"
    "ولإيقافها: /daily off"
)
DAILY_SET = (
    "✅ ستُرسل المسابقة اليومية كل يوم الساعة {time} بتوقيت {zone}.\n"
    "عدد الأسئلة: {questions}، ومدة كل سؤال: {seconds} ثانية."
)
DAILY_SHOW = (
    "المسابقة اليومية: كل يوم الساعة {time} بتوقيت {zone}.\n"
    "عدد الأسئلة: {questions}، ومدة كل سؤال: {seconds} ثانية.\n"
    "لتغيير الموعد: /daily HH:MM، ولإيقافها: /daily off"
)
DAILY_NONE = "لا توجد مسابقة يومية مجدولة في هذه المحادثة.\n\n" + DAILY_USAGE
DAILY_OFF = "تم إيقاف المسابقة اليومية في هذه المحادثة."
DAILY_ALREADY_OFF = "لا توجد مسابقة يومية مفعّلة لإيقافها."
DAILY_BAD_TIME = "الوقت «{value}» غير صحيح. اكتبه بالشكل HH:MM بنظام 24 ساعة، مثل: /daily 20:30"
DAILY_BAD_ZONE = (
    "المنطقة الزمنية «{value}» غير معروفة. اكتبها بالشكل المنطقة/المدينة، "
    "مثل Asia/Riyadh أو Africa/Cairo أو Europe/London."
)

SETTINGS_SHOW = (
    "إعدادات المسابقة في هذه المحادثة:\n"
    "عدد الأسئلة: {questions}\nمدة كل سؤال: {seconds} ثانية\n\n"
    "للتغيير:\n/quizsettings questions 5\n/quizsettings seconds 30"
)
SETTINGS_USAGE = "اكتب الإعداد وقيمته، مثل:\n/quizsettings questions 5\n/quizsettings seconds 30"
SETTINGS_QUESTIONS_SET = "✅ عدد أسئلة المسابقة الآن: {value}."
SETTINGS_SECONDS_SET = "✅ مدة كل سؤال الآن: {value} ثانية."
SETTINGS_BAD_QUESTIONS = "عدد الأسئلة يجب أن يكون رقمًا من {low} إلى {high}."
SETTINGS_BAD_SECONDS = "مدة السؤال يجب أن تكون رقمًا من {low} إلى {high} ثانية."

TOP_TITLE = "🏆 لوحة المتصدرين في هذه المحادثة"
TOP_WEEK = "هذا الأسبوع (آخر 7 أيام):"
TOP_ALL_TIME = "كل الأوقات:"
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
