"""Quizzes: rounds, daily schedules, settings, leaderboards and scores."""

from __future__ import annotations

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
# Each question of the summary and its correct answer under it (HTML: values escaped).
QUIZ_SUMMARY_ITEM = "{number}. {question}"
QUIZ_SUMMARY_CORRECT = "   ✅ <b>{answer}</b>"
MEDALS = ("🥇", "🥈", "🥉")
QUIZ_SUMMARY_NO_MEDAL = "•"
# Each poll says where it stands in the round: «(1/5) question».
QUIZ_POLL_QUESTION = "({number}/{total}) {question}"
QUIZ_STOPPED_TITLE = "⏹ أُوقفت المسابقة. الإجابات الصحيحة حتى الآن:"
QUIZ_STOPPED_EMPTY = "⏹ أُوقفت المسابقة قبل أن يُرسل أي سؤال."
QUIZ_STOPPED_UNANSWERED_TITLE = (
    "⏹ توقفت المسابقة لأن أحدًا لم يُجب عن سؤالين متتاليين. الإجابات الصحيحة:"
)
QUIZ_POLL_CLOSED_TITLE = (
    "⏹ أُغلق السؤال قبل انتهاء وقته، فتوقفت المسابقة. الإجابات الصحيحة حتى الآن:"
)
QUIZ_SUMMARY_WEEK_TOP = "🏆 أفضل 5 في المجموعة هذا الأسبوع:"
QUIZ_LIST_MORE = "… وعدد آخر: {count}"
QUIZ_STOP_NOTHING = "لا توجد مسابقة جارية لإيقافها."
# /stop in a private chat with no quiz running: someone may have meant "stop the bot", so say
# what /stop does, and how the other thing that runs by itself (a daily quiz) is stopped.
QUIZ_STOP_NOTHING_PRIVATE = (
    "لا توجد مسابقة جارية هنا لإيقافها.\n"
    "الأمران /stop و/stopquiz يوقفان مسابقة بدأت بالأمر /quiz، هنا أو في مجموعة. "
    "ولإيقاف المسابقة اليومية: /daily إيقاف"
)
QUIZ_STOP_REFUSED = "يوقف المسابقةَ مشرفو المجموعة أو من بدأها فقط."
QUIZ_ADMINS_ONLY = (
    "بدء المسابقة في هذه المجموعة لمشرفيها فقط. "
    "ويستطيع المشرفون السماح للجميع بالأمر: /quizsettings من الجميع"
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

# A member changing /daily or /quizsettings: who may, and what the member can do (look).
ADMINS_ONLY = (
    "تغيير المسابقة اليومية وإعدادات المسابقة لمشرفي المجموعة فقط. "
    "ولعرضها أرسل /daily أو /quizsettings وحده."
)

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
    "/daily 20:30\n/daily 20\n/daily 8:30 م\n/daily 20:30 Asia/Riyadh\n/daily 20:30 UTC+3\n"
    "ولإيقافها: /daily إيقاف"
)
DAILY_SET = (
    "✅ ستُرسل المسابقة اليومية كل يوم الساعة {time} بتوقيت {zone}.\n"
    "عدد الأسئلة: {questions}، ومدة كل سؤال: {seconds}."
)
DAILY_SHOW = (
    "المسابقة اليومية: كل يوم الساعة {time} بتوقيت {zone}.\n"
    "عدد الأسئلة: {questions}، ومدة كل سؤال: {seconds}.\n"
    "لتغيير الموعد: /daily 21:00 مثلًا، ولإيقافها: /daily إيقاف"
)
DAILY_NONE = "لا توجد مسابقة يومية مجدولة في هذه المحادثة.\n\n" + DAILY_USAGE
DAILY_OFF = "تم إيقاف المسابقة اليومية في هذه المحادثة."
DAILY_ALREADY_OFF = "لا توجد مسابقة يومية مفعّلة لإيقافها."
DAILY_BAD_TIME = (
    "الوقت «{value}» غير صحيح. اكتب الساعة من 0 إلى 23، ويمكنك إضافة الدقائق، مثل: "
    "/daily 20 أو /daily 20:30 أو /daily 8:30 م أو /daily 8:30 PM"
)
# «/daily 8»: eight in the morning or in the evening? The reply offers both, ready to send.
DAILY_WHICH_HALF = (
    "الساعة {hour} تحتمل الصباح والمساء، فلم أجدول شيئًا. اكتب: /daily {hour}:00 ص{zone} "
    "للصباح، أو /daily {hour}:00 م{zone} للمساء."
)
DAILY_BAD_ZONE = (
    "المنطقة الزمنية «{value}» غير معروفة. اكتبها بالشكل المنطقة/المدينة "
    "مثل Asia/Riyadh أو Africa/Cairo، أو بالفرق عن غرينتش مثل UTC+3، أو باسم مدينة مثل مكة "
    "أو Cairo."
)

# The settings' names as a user types them (also with the article's hamza or without it);
# the English keys the README documented (questions, seconds, who, cooldown) are read too.
SETTING_WORDS: dict[str, tuple[str, ...]] = {
    "questions": ("الأسئلة", "أسئلة", "عدد"),
    "seconds": ("الثواني", "ثواني", "المدة", "مدة"),
    "who": ("من", "البدء"),
    "cooldown": ("الانتظار", "انتظار", "المهلة"),
}
# Words a teacher may write around a setting's name, read from the settings list itself
# («عدد الأسئلة»، «مدة كل سؤال»، «من يبدأ»، «الانتظار بين مسابقتين») and the admins' label
# («المشرفون فقط»): dropped from the value, so «/quizsettings مدة السؤال 30» reads 30.
SETTING_LABEL_WORDS: dict[str, tuple[str, ...]] = {
    "questions": (),
    "seconds": ("كل", "السؤال", "سؤال"),
    "who": ("يبدأ", "فقط"),
    "cooldown": ("بين", "مسابقتين"),
}
SETTINGS_CHANGE_LINES = (
    "/quizsettings الأسئلة 5\n/quizsettings الثواني 30\n"
    "/quizsettings من المشرفون (أو الجميع)\n/quizsettings الانتظار 10 (بالدقائق)"
)
SETTINGS_SHOW = (
    "إعدادات المسابقة في هذه المحادثة:\n"
    "عدد الأسئلة: {questions}\nمدة كل سؤال: {seconds}\n"
    "من يبدأ /quiz: {who}\nالانتظار بين مسابقتين: {cooldown}\n\n"
    "للتغيير (في المجموعة لمشرفيها):\n" + SETTINGS_CHANGE_LINES
)
SETTINGS_USAGE = "اكتب اسم الإعداد ثم قيمته، مثل:\n" + SETTINGS_CHANGE_LINES
SETTINGS_WHO_LABELS = {"all": "الجميع", "admins": "المشرفون فقط"}
SETTINGS_NO_COOLDOWN = "بلا انتظار"
SETTINGS_WHO_SET = "✅ من يبدأ المسابقة الآن: {who}."
SETTINGS_BAD_WHO = "اكتب المشرفون (ليبدأها المشرفون فقط) أو الجميع، مثل: /quizsettings من المشرفون"
SETTINGS_COOLDOWN_SET = "✅ الانتظار بين مسابقتين يدويتين الآن: {value}. (المشرفون لا ينتظرون)"
# A value out of range: the range, and a command with a value in it, ready to send.
SETTINGS_BAD_COOLDOWN = (
    "مدة الانتظار عدد دقائق من {low} إلى {high}، مثل: /quizsettings الانتظار 10"
)
SETTINGS_QUESTIONS_SET = "✅ عدد أسئلة المسابقة الآن: {value}."
SETTINGS_SECONDS_SET = "✅ مدة كل سؤال الآن: {value}."
SETTINGS_BAD_QUESTIONS = "عدد الأسئلة رقم من {low} إلى {high}، مثل: /quizsettings الأسئلة 10"
SETTINGS_BAD_SECONDS = "مدة السؤال عدد ثوانٍ من {low} إلى {high}، مثل: /quizsettings الثواني 30"

TOP_TITLE = "🏆 لوحة المتصدرين في هذه المحادثة"
TOP_TODAY = "اليوم:"
TOP_WEEK = "هذا الأسبوع (آخر 7 أيام):"
TOP_MONTH = "هذا الشهر (آخر 30 يومًا):"
TOP_ALL_TIME = "كل الأوقات:"
TOP_USAGE = (
    "اكتب /top وحده لترتيب هذا الأسبوع، أو: /top اليوم أو /top الشهر أو /top الكل (كل الأوقات)"
)
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
# Commands that take nothing after them, sent with words after: they do nothing and say so,
# pointing at the command that does take what was probably meant («/quiz 5» → questions 5).
QUIZ_USAGE = (
    "الأمر /quiz يبدأ مسابقة الآن ولا يأخذ بعده إلا stop لإيقافها، فلم أبدأ شيئًا.\n"
    "ولتغيير عدد الأسئلة أو مدة كل سؤال: /quizsettings الأسئلة 5 أو "
    "/quizsettings الثواني 20 (في المجموعة لمشرفيها)."
)
STOPQUIZ_USAGE = "لإيقاف المسابقة الجارية أرسل /stopquiz وحده، بلا شيء بعده."
MYSCORE_USAGE = "الأمر /myscore يعرض نقاطك أنت ولا يأخذ شيئًا بعده. ولترتيب الجميع: /top"
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
