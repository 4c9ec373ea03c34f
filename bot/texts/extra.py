"""The route map, English replies, and the Arabic words people type that the bot reads."""

from __future__ import annotations

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
# The closest fact settles no option; that is not a claim that every option is false.
EN_NO_CHOICE = (
    "لا يحسم النص الذي بُنيت عليه المعلومات أيَّ هذه الخيارات هو الصحيح.\n"
    "The source text does not settle which of these options is right."
)
# The fact refutes every option (knowledge/english_no_option.py), as CHOICE_NONE in Arabic.
EN_CHOICE_NONE = (
    "لا يؤيد النص الذي بُنيت عليه المعلومات أيًّا من هذه الخيارات. وهذا ما يذكره:\n"
    "The source text supports none of these options. This is what it says:"
)
# Options marked with emoji are read but never picked (knowledge/english_emoji.py).
EN_NO_PICK = (
    "لم أختر أحد هذه الخيارات، وهذا ما يذكره النص عن السؤال:\n"
    "I have not picked one of these options; this is what the source text says about the "
    "question:"
)
# A riddle asking which expedition (knowledge/english_expeditions.py), Arabic as for an
# Arabic riddle (RIDDLE_TABUK, RIDDLE_MUTAH, RIDDLE_OTHER), then English.
EN_RIDDLE_TABUK = "هذه غزوة تبوك.\nThis is the expedition of Tabuk."
EN_RIDDLE_MUTAH = (
    "هذا الوصف يوافق غزوة مؤتة، وأنا مختص بغزوة تبوك، وإنما تُذكر مؤتة في أسبابها. "
    "وهذا ما يذكره النص عنها:\n"
    "This fits the battle of Mu'tah. I answer about Tabuk, and the text tells of Mu'tah only "
    "as one of its causes:"
)
EN_RIDDLE_OTHER = (
    "لا يوافق هذا الوصفُ ما أعرفه عن غزوة تبوك، وأنا مختص بغزوة تبوك وحدها، "
    "فلا أستطيع أن أسمّي الغزوة المقصودة.\n"
    "This description does not fit what I know of the expedition of Tabuk; I answer about "
    "Tabuk only, so I cannot name the event meant."
)
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
EN_WELCOME = (
    "أهلًا وسهلًا بك. اسألني عن غزوة تبوك.\nHello and welcome. Ask me about the expedition of Tabuk."
)
EN_THANKS = (
    "وإياكم، بارك الله فيك.\nYou are welcome. Ask me anything else about the expedition of Tabuk."
)
EN_EMPTY = "لم أجد سؤالًا في رسالتك.\nI found no question in your message."
# The parts answered when a message had more (one to five: fewer when the reply was long).
EN_ANSWERED_FIRST = {
    1: ("عن السؤال الأول", "the first question"),
    2: ("عن السؤالين الأولين", "the first two questions"),
    3: ("عن الأسئلة الثلاثة الأولى", "the first three questions"),
    4: ("عن الأسئلة الأربعة الأولى", "the first four questions"),
    5: ("عن الأسئلة الخمسة الأولى", "the first five questions"),
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
# Kept here so that every Arabic string of the bot is in bot/texts/ (tests/test_texts.py).

LIST_SEPARATOR = "، "
CONSOLE_USER_NAME = "مستخدم"  # the offline chat's user, as the bot may name them
SALAM_WORD = "سلام"  # a greeting with it is answered with «وعليكم السلام»
ARABIC_DIGITS = "٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹"  # Arabic-Indic, then Persian
ARABIC_DECIMAL_SEPARATOR = "٫"  # typed between hours and minutes: «٨٫٣٠»
STOP_WORDS = ("ايقاف", "إيقاف", "أوقف", "اوقف")  # /quiz stop
DAILY_OFF_WORDS = ("ايقاف", "إيقاف")  # /daily off
WHO_ALL_WORDS = ("الجميع", "الكل")
WHO_ADMINS_WORDS = ("المشرفون", "المشرفين")
PERIOD_TODAY_WORDS = ("اليوم",)
PERIOD_WEEK_WORDS = ("الأسبوع", "الاسبوع")
PERIOD_MONTH_WORDS = ("الشهر",)
PERIOD_ALL_WORDS = ("الكل",)
# Numbers a teacher writes in words for /quizsettings: each value's masculine and feminine
# forms, and the common dialect spellings (تلات، تمانية، اتنين). Compared normalised.
NUMBER_WORDS: dict[int, tuple[str, ...]] = {
    0: ("صفر",),  # a valid cooldown: «الانتظار صفر»
    1: ("واحد", "واحدة", "وحدة"),
    2: ("اثنان", "اثنين", "اثنتان", "اثنتين", "إثنين", "اتنين", "تنين", "ثنتين"),
    3: ("ثلاث", "ثلاثة", "تلات", "تلاتة", "تلاته"),
    4: ("أربع", "أربعة", "اربع", "اربعة"),
    5: ("خمس", "خمسة"),
    6: ("ست", "ستة", "سته"),
    7: ("سبع", "سبعة"),
    8: ("ثمان", "ثماني", "ثمانية", "تمن", "تمان", "تمانية", "تمنية"),
    9: ("تسع", "تسعة"),
    10: ("عشر", "عشرة"),
    # Eleven to nineteen in one word, as spoken in the dialects.
    11: ("احدعش", "حداشر", "حداش"),
    12: ("اطناش", "اتناشر", "اتناش", "طناش"),
    13: ("تلتاش", "تلطاش", "تلتاشر", "ثلطعش"),
    14: ("اربعتاش", "اربعطاش", "اربعتاشر", "اربعطعش"),
    15: ("خمستاش", "خمسطاش", "خمستاشر", "خمسطعش"),
    16: ("ستاش", "سطاش", "ستاشر", "ستطعش"),
    17: ("سبعتاش", "سبعطاش", "سبعتاشر", "سبعطعش"),
    18: ("تمنتاش", "تمنطاش", "تمنتاشر", "ثمنطعش"),
    19: ("تسعتاش", "تسعطاش", "تسعتاشر", "تسعطعش"),
    20: ("عشرون", "عشرين"),
    30: ("ثلاثون", "ثلاثين", "تلاتين"),
    40: ("أربعون", "أربعين", "اربعين"),
    50: ("خمسون", "خمسين"),
    60: ("ستون", "ستين"),
    70: ("سبعون", "سبعين"),
    80: ("ثمانون", "ثمانين", "تمانين"),
    90: ("تسعون", "تسعين"),
}
# The «and» joining a unit to its tens («خمس وعشرين», 25), written on the tens word or apart.
NUMBER_AND = "و"
# The first word of «أحد عشر», «إحدى عشرة», «اثنا عشر», «اثنتا عشرة» (the others are units).
TEEN_LEADING_WORDS: dict[int, tuple[str, ...]] = {
    1: ("أحد", "إحدى", "احدى"),
    2: ("اثنا", "اثنتا", "اثني", "اثنتي"),
}
TEEN_TEN_WORDS = ("عشر", "عشرة")  # the second word of thirteen … nineteen
# What may follow each setting's number («خمسة أسئلة», «٣٠ ثانية», «عشر دقائق»); another
# setting's unit («الثواني خمس دقائق») is not read past: that value is refused.
SETTING_UNIT_WORDS: dict[str, tuple[str, ...]] = {
    "questions": ("سؤال", "أسئلة", "سؤالا", "سؤالًا"),
    "seconds": ("ثانية", "ثوان", "ثوانٍ", "ثواني"),
    "cooldown": ("دقيقة", "دقائق", "دقايق"),
}
