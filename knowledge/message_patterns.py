"""The word patterns the message reader uses: preambles, greetings and closings, question
words, exam imperatives and what a sentence leaves open (knowledge/message.py reads with
them). An exam sheet's instructions, numbering, option labels and blanks are in
sheet_patterns.py; riddles, headlines and told claims have theirs in riddle_patterns.py,
headline_patterns.py and claim_patterns.py."""

from __future__ import annotations

import re

from knowledge.emoji_ranges import PICTOGRAPHS
from knowledge.lexicon import YES_NO_WORDS
from knowledge.pattern_speed import Prefiltered, any_of, by_first_letter

# Diacritics, tatweel and invisible marks: removed before reading, since textbooks
# vocalise (أُبيِّنُ) and patterns are written bare.
MARKS = re.compile(
    "[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640"
    "\u200c-\u200f\u202a-\u202e\u2066-\u2069\ufeff]"
)


QMARK = "؟?"
# Commas, Arabic and Latin: they pause a sentence, they do not end it.
COMMAS = "،,"


# Letters lost in PDF extraction inside the honorific («النب صلى الله عل ه وسلم», «صل ى الله
# عل يه وسلم»): mended before reading, so that it is dropped as the whole honorific is.
CUT_HONORIFIC = re.compile(r"صل\s?[ىي]\s+الله\s+عل\s?[يى]?\s?ه\s+و\s?سل\s?م(?!\w)")
HONORIFIC_CUT_AT = re.compile(r"صل\s|عل\s|عل[يى]\sه|و\sسل|سل\sم")
CUT_PROPHET = Prefiltered(re.compile(r"(?<!\S)([وفب]?(?:ال|لل))نب(?=\s+صل\s?[ىي]\s)"), ("صل",))


# «كيف حالكم», «شلونك», «ازيك», «عاملين ايه»: asking after the one addressed, with a greeting
# or alone, is courtesy, no question about Tabuk («السلام عليكم كيف حالكم اريد ان اعرف متى
# …» was read as «how …?» and answered with the outcome). With a second person's ending it
# always is; bare «كيف الحال» only when nothing but an address follows it («كيف الحال وقت
# التجهيز» asks).
_HOW_ARE_YOU = (
    r"(?:(?:و\s*)?(?:كيف|شلون|اشلون|وشلون)\s+(?:حالك|حالكم|حالكو|حالكن|حالكي|احوالك|احوالكم|أحوالك"
    r"|أحوالكم)|كيفك|كيفكم|كيفكو|كيفكن|شلونك|شلونكم|شلونكن|اشلونك|اشلونكم|وشلونك|وشلونكم|ازيك|إزيك"
    r"|ازيكم|إزيكم|ازيكو|شخبارك|شخباركم|(?:شو|ايش|إيش|وش|ايه|إيه)\s+(?:اخبارك|أخبارك|اخباركم"
    r"|أخباركم)|(?:اخبارك|أخبارك|اخباركم|أخباركم)\s+(?:ايه|إيه)|عامل\s+(?:ايه|إيه)|عاملين\s+(?:ايه|إيه)"
    r"|كيف\s+الحال(?=(?:\s+يا\s+\S+)?\s*(?:[؟?،,.!:؛\n]|$)))"
    r"(?:\s+يا\s+(?!\S*(?:تبوك|غزو|جيش))[^\s،,.!:؛\n؟?]+)?(?![\u0621-\u064a])[\s،,.!:؛؟?]*"
)
GREETING = re.compile(
    r"^\s*(?:(?:السلام\s+عليكم(\s+ورحمة\s+الله(\s+وبركاته)?)?|سلام\s+عليكم|مرحبا|مرحبًا|اهلا|أهلا"
    r"|هلا|صباح\s+الخير|مساء\s+الخير|السلام)\b[\s،,.!:؛]*"
    rf"(?:{_HOW_ARE_YOU})?|{_HOW_ARE_YOU})"
)


ADDRESS = re.compile(
    r"^\s*(فضيلة\s+الشيخ|فضيلة|سماحة\s+الشيخ|سماحة|شيخنا(\s+الفاضل|\s+الكريم)?|يا\s+شيخ|شيخ"
    r"|أستاذي(\s+الفاضل|\s+الكريم)?|استاذي|أستاذ|استاذ|أخي(\s+الكريم|\s+الفاضل)?|اخي|أخوي|اخوي"
    r"|يا\s+بوت|بوت|يا\s+جماعة|يا\s+جماعه|يا\s+شباب|حبايبي|عزيزي|دكتور|د\.|المعلم|معلمي)"
    r"(?:\s+(?!\S*(?:تبوك|غزو|جيش))[^\s،,.!:؛\n؟?]+){0,2}\s*[،,.!:؛]\s*"
)


# Words that mark a clause as the story around a question, not the question.
# (a story word may carry «و», and: «انا من تبوك وحابب اعرف …»)
_STORY_WORDS = (
    r"عندي|عندنا|لدي|لدينا|شاركت|نشارك|ابني|ابنتي|بنتي|ولدي|المعلمة|المعلم|الأستاذ|الاستاذ"
    r"|الأستاذة|المدرسة|المدرسه|مدرستي|الامتحان|امتحان|الاختبار|اختبار|الواجب|واجب|بحث|مسابقة"
    r"|مسابقه|سمعت|قرأت|قريت|شفت|رأيت|أريد أن أسأل|اريد ان اسأل|ودي اسأل|حاب اسأل|حابب اسأل"
    r"|سؤالي|سؤال|استفسار|لو سمحت|لو سمحتم|من فضلك|من فضلكم|جزاك الله|جزاكم الله|بارك الله"
    r"|الله يجزاك|الله يعطيك|يعطيك العافية|تحية طيبة|وبعد|أما بعد|اما بعد|احتاج|أحتاج|نحتاج"
    # a letter's opening («بعد التحية،», «بعد السلام والتحية،»): courtesy before the question
    r"|بعد التحية|بعد التحيه|بعد السلام والتحية|بعد السلام والتحيه|بعد السلام عليكم"
    r"|ساعدوني|ساعدني|ممكن تساعدني|أرجو|ارجو|أفيدوني|افيدوني|بليز|please|ابغى|أبغى|ابي اعرف"
    r"|حابب|كنت|كنا|قال لنا|قالت|يقول|تقول|يقولون|بيقول|درس|الدرس|خطبة|خطبه|الخطبة|الخطبه|الإمام"
    r"|الامام|المسجد|الجامع|منشور|فيسبوك|كتاب|الكتاب|نقاش|تقرير|عرض|فهمت|طلبت|طلبات|طلب|مكتوب"
    r"|ملف|الملزمة|الملزمه|الكتاب المدرسي|السبورة|السبوره|بكرا|بكرة|بكره|غدا|حلقة|مشترك|أحضر|احضر"
    r"|حضّر|حضر|خطيب|خطيبا|الخطيب|أتأكد|اتأكد|نتأكد|التأكد|للتأكد|التقرير"
    r"|طالب|طالبه|طالبة|الصف|كلية|الكلية|الجامعة|الجامعه|تحكيلنا|تحكيلي|حكالي|حكتلي|حكت"
    # who told or asked them («جدي كان يحكي لنا …», «صديقي يقول …») and an apology for asking
    # («اعتذر على كثرة الأسئلة،», «معليش على الازعاج،»): why they ask, never what
    r"|يحكي|يحكيلنا|بيحكي|جدي|جدتي|أمي|امي|أبوي|ابوي|والدي|والدتي|صاحبي|صديقي|صديقتي|زميلي|زميلتي"
    r"|اعتذر|أعتذر|بعتذر|نعتذر|سامحوني|معليش|معلش|عذرا|المعذرة|المعذره"
    r"|أستاذة|استاذة|معلمة|التلاميذ|للتلاميذ|الطلاب|للطلاب|للولاد|للأولاد|للاولاد"
    # searching and not finding («بحثت في النت وما لقيت»): why they ask, not what
    r"|بحثت|دورت|عم دور|عم بدور|لقيت|مالقيت|ملقيت|ملقيتش|لقيتش|النت|الانترنت|جوجل|قوقل|غوغل"
    # needing the answer, being curious, not remembering: why they ask
    r"|محتاج|محتاجه|محتاجة|محتاجين|فضول|فاكر|فاكره|فاكرة|متذكر|ناسي|ناسية|نسيت|ذاكرتي"
    # who asked them («الشيخ سألنا سؤالاً», «المعلمة سألتنا»): why they ask, never what
    r"|سألنا|سالنا|سألني|سالني|سألتنا|سالتنا|سألونا|سالونا|سألوني|سالوني|سؤالا"
    # («…؟ اخويا بيسألني», «…؟ اختي تسأل»: who asks them, told after the question)
    r"|سألتني|سالتني|يسألني|يسالني|بيسألني|بيسالني|تسألني|تسالني|بتسألني|بتسالني|يسأل|يسال"
    r"|بيسأل|بيسال|تسأل|تسال|بتسأل|بتسال|اخويا|أخويا|اختي|أختي|ماما|بابا|بالمدرسة|بالمدرسه"
    r"|للمدرسة|للمدرسه"
    # the male teacher, a lecturer, a lecture, the commentaries: where they heard of it («…؟
    # المدرس ذكرها», «…؟ في التفسير قالوا عسرة»), told after the question
    r"|المدرس|مدرسنا|الدكتور|الدكتورة|الدكتوره|دكتورنا|المحاضرة|المحاضره|بالمحاضرة|بالمحاضره"
    r"|التفسير|بالتفسير|المفسرين|المفسرون"
)
# «طالب» after a father's kunya is a name, never "a student": «علي بن أبي طالب شو عمل بغزوة
# تبوك؟» set the name aside as a story and answered the bare «what happened at Tabuk».
_KUNYA_TALIB = r"(?!(?<=ابي )طالب|(?<=أبي )طالب|(?<=ابو )طالب|(?<=أبو )طالب|(?<=ابا )طالب)"
STORY = re.compile(
    r"(?:\b|(?<=\bو))" + _KUNYA_TALIB + "(" + by_first_letter(_STORY_WORDS.split("|")) + r")\b"
)


# Closing requests that ask nothing themselves («هل تساعدني؟», «وجزاكم الله خيرًا»).
CLOSING = re.compile(
    r"^\s*(و)?((?:هل|ممكن)\s+(?:ممكن\s+)?تساعد(?:و)?ن[يى]|ساعدون[يى]|ساعدن[يى]|[أا]فيدون[يى]|جزاكم\s+الله"
    r"|جزاك\s+الله|بارك\s+الله|شكرا|شكرًا|مشكورين|مشكور|الله\s+يعطيك|وشكرا|ولكم\s+الشكر)\b"
)


# «more» in «أبي أعرف أكثر عن …» (more about a topic): it asks nothing, and read as a word
# of the question it is the army's «أكثر من أربعين ألفا».
MORE_ABOUT = re.compile(r"(?<!\S)(?:اكثر|أكثر|اكتر|المزيد|زيادة|زياده)\s+(?=(?:عن|حول|بخصوص)\s)")


# Emoji between two words of a line («ابو بكر عطى كل ماله 😭 طيب وعمر كم عطى؟»): people
# end a clause with them as with a comma.
EMOJI_BETWEEN = re.compile(
    # (pictographs only: «✓ أو ✗» are the signs of a true/false line)
    rf"(?<=\S)[ \t]+[{PICTOGRAPHS}][{PICTOGRAPHS}\uFE0F\u200d]*[ \t]+(?=\S)"
)

# Emoji closing a line («متى كانت غزوة تبوك 🤔»), or framing it as a channel frames a title
# («🔸من أنا؟🔸»): a mood or a frame, never a word of the question; left there, they hide
# where the question starts and ends. (A line only opened by one is a bullet: «🔹 الروم».)
# Pictographs, with «⭐ ✨ ❤» from outside their block.
_PICTOGRAPHS = rf"[{PICTOGRAPHS}⭐✨❤][{PICTOGRAPHS}⭐✨❤\uFE0F\u200d \t]*"
FRAMED_LINE = re.compile(rf"^[ \t]*{_PICTOGRAPHS}(\S.*?)[ \t]*{_PICTOGRAPHS}$", re.MULTILINE)
# (pictographs only: «✓ ✗ ✅ ❌» after a statement are its mark)
EMOJI_LINE_END = re.compile(rf"[ \t]*{_PICTOGRAPHS}$", re.MULTILINE)
# One pictograph: every match of EMOJI_BETWEEN, FRAMED_LINE and EMOJI_LINE_END holds one.
PICTOGRAPH = re.compile(rf"[{PICTOGRAPHS}⭐✨❤]")

# The speaker as the one asked about («من أنا؟»): a riddle's question, never the expedition's.
ABOUT_THE_SPEAKER = re.compile(r"(?<![^\s؟?.!،,:])(أنا|انا|آنا|أكون|اكون)(?![^\s؟?.!،,:])")


# Words of politeness or precision that ask nothing («على وجه الدقة», «بالضبط»).
FILLER_PHRASES = Prefiltered(
    re.compile(
        r"\s*(على\s+وجه\s+(الدقة|الدقه|التحديد)|على\s+الصحيح|بالتحديد|لو\s+سمحت"
        r"|(على|علي|في)\s+(الحقيقة|الحقيقه)|بالحقيقة|بالحقيقه"
        r"|من\s+فضلك|يا\s+ريت|الله\s+يخليك|الله\s+يحفظك)\s*(?=[؟?.!،,]|$)"
    ),
    # (every match holds one; tests/test_pattern_speed.py checks)
    ("وجه", "الصحيح", "بالتحديد", "سمحت", "الحقيق", "فضلك", "ريت", "يخليك", "يحفظك"),
)


ASK_LEAD = re.compile(
    # («سؤالين كم …»: «two questions», not «سؤال» with «ين» left over)
    r"^\s*(سؤالي\s+(هو|هوا)?|السؤال\s+(هو|هوا)?|(?:سؤالين|سؤالان|سؤال)(?![\u0621-\u064a])"
    r"|استفسار|أريد\s+أن\s+أسأل|اريد\s+ان\s+اسأل"
    r"|أود\s+أن\s+أسأل|ودي\s+اسأل|حاب\s+اسأل|حابب\s+اسأل|ممكن\s+سؤال|عندي\s+سؤال|لو\s+سمحت|من\s+فضلك"
    r"|لو\s+سمحتم|من\s+فضلكم|ممكن"
    # «عندي كم سؤال», «عندي سؤالين»: «كم» there is «a few», no question
    r"|عندي\s+(?:(?:كم|كام|شوية|شويه|بعض|عدة|عده)\s+)?(?:سؤالين|أسئلة|اسئلة|اسئله|أسئله|سؤال))"
    r"\s*[:：،,\-–]*\s*"
)


QUESTION_WORDS = (
    r"ما|ماذا|متى|متي|كم|كام|لماذا|لما|ليش|ليه|ليشن|علاش|من|مين|منو|أين|اين|وين|فين"
    r"|هل|كيف|كيفاش|شلون|ايش|إيش|شو|شنو|شنهو|شنية|وش|ايه|إيه|امتى|إمتى|ايمتى|إيمتى|أي|اي|أيّ|ماهي"
    r"|ماهو|مامعنى|بكم|منهو|مينو|منهي|شكون|وقتاش|قديش|شقد|شكد|كديش|شحال|اشحال|قداش|واش|اش|فاش|باش"
    r"|إلى\s+أين|الى\s+اين|إلامَ|لمن|بمن|عمن|ممن|مع\s+من|على\s+من|ضد\s+من|ضد\s+مين|ضد\s+منو|بماذا"
    r"|عن\s+ماذا|أنهي|انهي|بم|فيم|بأي|بأيّ|باي|لأي|لاي"
    # Iraqi «چم» (how many, «جم» without «چ»), «بيا» (in which), «شسوى/شسووا» (what did …
    # do) and «شكو» (what … is there)
    r"|چم|جم|بيا|شسو|شسوى|شسوا|شسووا|شسوو|شسوت|شسويت|شكو"
    # dialect question words the engine reads too (lexicon.QUESTION_WORDS): «وفوقاش كانت؟»
    # («منين», from where, is left out: read as «where to», it got the army's destination)
    r"|فوقاش|وقتاه|شوكت|اشوكت|امتا|إمتا|ايمتا|إيمتا|ايمت|يمتي|امتين|متا|فاين|لفين"
    r"|لوين|لمين|مينهو|اشكون|أشكون|اشنو|أشنو|شنوه|شني|شنيا|وشو|علاه|عليش|لويش|لاش|ليشو|اشمعنى"
    r"|اشمعني|ازاي|إزاي|اشلون|وشلون|قديه|قداه|اديش|أديش|شكثر|بكام|بقديش|بشحال|بشكد"
    # dialect question words the engine reads as fillers (dialect_fillers) but that ask all
    # the same: Yemeni «كيفه» (how), Maghrebi «علياش» (why), Gulf «ويش/وشهو» (what), Sudanese
    # «ياتو» and Egyptian «انهو» (which): «… ؟ وكيفه كان حال الناس؟» is a second question
    r"|كيفه|كيفاه|علياش|ويش|وشهو|وشنو|ايشو|ايشهو|اشنيه|شنوا|اشمن|شمن|انهو|ياتو"
)


# Question words that open a second question after «و» («… وما سبب تسميته»); «ومن» and
# «وأي» are too often «and those who» / «and any» to split on.
JOINED_QUESTION_WORDS = (
    "|".join(word for word in QUESTION_WORDS.split("|") if word not in ("من", "أي", "اي", "أيّ"))
    # «متى كانت الغزوة وضد مين»: «and against whom» opens a second question.
    + "|اذكر|أذكر|بين|وضح|ضد\\s+مين|ضد\\s+منو|ضد\\s+من"
)


QUESTION_WORD = re.compile(rf"(^|\s)(و|ف)?({QUESTION_WORDS})(?=\s|$|[؟?،,])")


# A clause that opens with a question word asks; the clauses before it set the scene.
QUESTION_START = re.compile(rf"^\s*(و|ف)?({QUESTION_WORDS})(?=\s|$|[؟?،,])")
# «من هم / ما هي / مين هو …» asks wherever it stands, even after a plea that opens the
# sentence («بالله عليكم من هم المخلفون»); «from them» is written joined («منهم»).
WHO_WHAT_PRONOUN = re.compile(r"(?:^|\s)[وف]?(?:من|مين|ما)\s+(?:هو|هي|هم|هما|هن)(?=\s|$|[؟?،,])")


# Words that lead into a question inside a clause («وأبي أعرف متى…», «ممكن تقولي مين…»).
LEAD_IN = re.compile(
    r"(أعرف|اعرف|نعرف|نعرفو|نعرفوا|يعرف|تعرف|تعرفو|تقولي|قولي|قول لي|تخبرني|أخبرني|اخبرني|سؤالي"
    r"|السؤال|سؤال|أسأل|اسأل|نفهم|افهم|أفهم|نكتب|اكتب"
    # («أبي» after «بن/ابن» is a father's kunya in a name, «علي بن أبي طالب»: no «I want»)
    r"|(?<!بن\s)(?:ابي|أبي)|بدي|اريد|أريد|ابغى|أبغى|ودي|حاب|حابب|بغيت|عايز|عاوز|ممكن|يقول"
    r"|بيقول|تقول"
    r"|مكتوب|بسيط|:"
    # a plea for help or an answer («يا اخوان ساعدوني متى…», «ارجو الافادة متى…») and who
    # asked them («معلمتنا سألتنا اليوم متى…») lead into the question as «I want to know» does
    r"|ساعدوني|ساعدني|ساعدونا|الإفادة|الافادة|الافاده"
    # («ممكن تساعدني؟ امتى كانت …»: the plea asks nothing of the facts)
    r"|(?:تساعد(?:و)?ن[يى]|تعاون(?:ي|ني|وني|يني))\s*[؟?]?"
    r"|بعد\s+(?:اذنك|إذنك|اذنكم|إذنكم)"
    r"|(?:سألتنا|سالتنا|سألنا|سالنا|سألني|سالني|سألتني|سالتني|سألوني|سالوني"
    # (Maghrebi «سولني», «سولاتني»)
    r"|سولني|سولتني|سولاتني|سولنا|سولاتنا|سولونا)"
    r"(?:\s+(?:اليوم|امس|أمس|البارحة|البارحه))?"
    # «طيب حسب المصدر عندكم شو قدم عثمان؟»: according to the source, after a story
    r"|(?:حسب|بحسب)\s+(?:ال)?(?:مصدر|مصادر|نص|درس|كتاب|معلومات)\S*(?:\s+(?:عندكم|عندك|لديكم|لديك))?)"
    r"\s*$"
)


# How an exam asks the answer put, after its verb: briefly, exactly, in a few lines.
ANSWER_MANNER = (
    r"(?:بإيجاز|بايجاز|باختصار|بدقة|بدقه|بالتفصيل|بوضوح"
    r"|بشكل\s+(?:مختصر|موجز|مفصل|واضح|دقيق)"
    r"|(?:ب|في)\s*(?:عبارات|عبارة|عباره|جمل|جملة|جمله|كلمات|نقاط|أسطر|اسطر|سطرين|سطور)"
    r"(?:\s+(?:مختصرة|مختصره|موجزة|موجزه|قليلة|قليله|واضحة|واضحه|قصيرة|قصيره|دقيقة|دقيقه"
    r"|ثلاثة|ثلاث|أربعة|اربعة|خمسة|خمس|[0-9٠-٩]+))?)"
)


# How a definition is asked put: simple, short, quick («تعريف بسيط», «تعريف مختصر»).
_PUT = r"(?:بسيط|مبسط|مختصر|موجز|سريع|قصير)[ةه]?"


IMPERATIVES: tuple[tuple[re.Pattern[str], str], ...] = (
    (
        re.compile(r"^(أ|ا|إ)?(علل|علّل|عللي)\s*(لما\s+يلي|ما\s+يلي|لماذا)?\s*[:：\-–]?\s*"),
        "لماذا ",
    ),
    # «استنتج سبب تخلف المنافقين», «اذكر سبب تراجع الروم»: the reason for a deed named by
    # its noun is «علل …», why it was done; read as «ما سبب …», «سبب» asked the reasons for
    # the expedition itself. (The expedition's own reasons and its naming stay as they are.)
    (
        re.compile(
            r"^(?:أ|ا|إ)?(?:ستنتج|ستنتجي|ذكر|ذكري|بين|بيني|بيّن|وضح|وضحي|وضّح|فسر|فسري|فسّر)"
            # («اذكر سببين لصعوبة تجهيز الجيش»: how many asked, and the «ل» of the deed)
            r"\s+(?:(?:سبب|أسباب|اسباب)\s+|(?:سببين|سببا|سببًا|سبباً)\s+ل(?=\S))"
            r"(?!(?:ال|ل|لل)?(?:غزوة|غزوه|غزوات|تبوك|تسمية|تسميه|حملة|حمله)(?:\s|$|[؟?.،,]))"
            r"(?=\S{3,})"
        ),
        "لماذا ",
    ),
    # «تعريف بسيط للمنافقين», «تعريف مختصر بغزوة تبوك»: how the definition is put comes
    # between; the «ب» of «بسيط» is no «بـ» (read so, «تعريف بسيط» was «ما هو سيط»)
    (re.compile(rf"^(ما\s+)?(تعريف|مفهوم)\s+{_PUT}\s+لل"), "ما هو ال"),
    (re.compile(rf"^(ما\s+)?(تعريف|مفهوم)\s+{_PUT}\s+(ب|بـ\s*|ل)?"), "ما هو "),
    (
        re.compile(r"^(ما\s+)?(المقصود|المراد|معنى|مفهوم|تعريف)\s+(ب(?!سيط)|بـ|ب\s+)\s*"),
        "ما هو ",
    ),
    (re.compile(r"^(ما\s+)?(المقصود|المراد)\s+(من)\s+"), "ما هو "),
    # «ماذا نعني بالتعبئة العامة؟», «ماذا يعني جيش العسرة؟», «يعني ايش جيش العسرة؟»: the
    # meaning asked with a verb of meaning, or «يعني» before the question word; only before a
    # noun with «ال» or «كلمة», or one joined to such a noun («جيش العسرة»), never before a
    # relative («يعني ايش اللي صار»: a clause, not a term to define) or someone who means it
    # («ماذا يعني النبي بقوله …»)
    (
        re.compile(
            r"^(?:(?:ماذا|ما|ايش|إيش|اش|شو|وش|شنو|اشنو)\s+(?:يعني|تعني|نعني|يقصد|نقصد|تقصد)"
            r"|(?:يعني|يعنى)\s+(?:ايش|إيش|اش|شو|وش|شنو|اشنو|ماذا|ايه|إيه))"
            r"\s+(?!(?:النبي|الرسول|الله|المعلم|المعلمة|الاستاذ|الأستاذ|الشيخ|الكاتب)\s)"
            r"(?:ب(?=ال)|بـ\s*)?(?=(?:\S+\s+)?(?:ال(?!لي|ذي|تي|ي\s)|كلمة|كلمه)\S)"
        ),
        "ما معنى ",
    ),
    (
        re.compile(
            r"^(أ|ا|إ)?(ستدل|ستدلي|ستشهد|ستشهدي)\s+(ب|بـ)\s*(آية|اية|الآية|الاية)"
            r"\s*(كريمة|كريمه|قرآنية|قرانيه)?"
            r"\s+(على|علي)\s+"
        ),
        "ما الآية التي نزلت في ",
    ),
    # «أستدل من سورة التوبة على ذم المتثاقلين», «استدل من القرآن الكريم على …»: a verse
    # («أستشهد بآية على …» is citing one, not martyrdom)
    (
        re.compile(
            r"^(أ|ا|إ)?(ستدل|ستدلي|ستشهد|ستشهدي)\s+(من|ب|بـ)\s*(سورة|سوره|القرآن|القران|آيات|ايات)(\s+\S+)?"
            r"\s+(على|علي)\s+"
        ),
        "ما الآية التي نزلت في ",
    ),
    (re.compile(r"^(أ|ا)?(ستدل|ستدلي)\s+(على|علي)\s+"), "ما الآية التي نزلت في "),
    (
        re.compile(
            r"^(قارن|قارني|أقارن|اقارن|وازن|وازني|أوازن|اوازن|ميز\s+بين|ميّز\s+بين|ميزي\s+بين)"
            r"\s+(بين\s+)?"
        ),
        "ما ",
    ),
    # «اربط بين غزوة مؤتة وغزوة تبوك»: how the two relate (never a claim to judge)
    (re.compile(r"^(أ|ا|إ)?(ربط|ربطي)\s+(بين)\s+"), "ما العلاقة بين "),
    # «بمَ تفسّر تسمية الجيش …», «ما تفسيرك لتسمية …», «ما تعليلك لـ…»: why it is so
    (
        re.compile(
            r"^(بم|بما|بماذا)\s+(تفسر|تفسرين|نفسر|يفسر|تعلل|نعلل|يعلل)\s*[:：\-–]?\s*"
            r"|^ما\s+(تفسيرك|تعليلك|تفسير|تعليل)\s+(ل|لـ)?\s*"
            # «فسّر: جمع الروم جموعا كثيرة بالشام»: a told event to explain, as «علل:»
            r"|^(أ|ا)?(فسر|فسّر|فسري|فسّري)\s*[:：]\s*"
        ),
        "لماذا ",
    ),
    # «ماذا نستفيد من موقف أبي بكر», «ما العبرة من …», «استنتج الدرس المستفاد من …», «ما
    # دلالة …»: the lesson is drawn from what the text tells of it, which is what is asked
    (
        re.compile(
            r"^(?:ماذا\s+(?:نستفيد|تستفيد|يستفاد|أستفيد|استفيد|نتعلم|تتعلم|أتعلم|اتعلم)\s+من"
            r"|(?:ما\s+|(?:أ|ا)?(?:ستنتج|ستنتجي|ستخلص|ستخلصي|ذكر|ذكري)\s+)"
            r"(?:العبرة|العبره|العبر|الدرس|الدروس|الفائدة|الفائده|الفوائد|الحكمة|الحكمه)"
            r"(?:\s+(?:المستفادة|المستفاده|المستفاد|المستنبطة))?\s+من"
            r"|ما\s+(?:دلالة|دلاله|مغزى)"
            # «علام يدل تبرع عثمان؟», «على ماذا تدل مرابطة النبي بتبوك؟»: what it shows
            r"|(?:علام|علامَ|على\s+ماذا|على\s+ما|بماذا|بم)\s+(?:يدل|تدل|يدلنا|تدلنا|يدلك|تدلك))\s+"
            # (the lessons of the expedition itself are a known gap, not its overview)
            r"(?!(?:ال)?(?:غزوة|غزوه)?\s*تبوك\s*[؟?!.:]*\s*(?:\(|$))"
            # («ما دلالة ذلك؟», «علام يدل هذا؟»: pointing back at nothing named is no topic)
            r"(?!(?:ذلك|ذالك|هذا|هذه|هذي|هاد|هادا|ده|دي|دا|كذا)\s*[؟?!.:]*\s*$)"
        ),
        "ما ",
    ),
    # «ما الدليل (من القرآن الكريم) على ذم التثاقل …»: the text's evidence is its verses
    (
        re.compile(
            r"^(ما|اذكر|أذكر|هات|هاتي)\s+(الدليل|دليلا|دليلاً|دليل)\s+((من\s+(القرآن|القران)"
            r"(\s+الكريم)?|القرآني|القراني)\s+)?(على|علي)\s+"
        ),
        "ما الآية التي نزلت في ",
    ),
    # «هات دليلا من القرآن على ذم المتثاقلين»: the verse
    (
        re.compile(
            r"^(هات|هاتي|اذكر|أذكر|اكتب|أكتب)\s+(دليلا|دليلاً|دليل|آية|اية)\s+(من\s+(القرآن|القران)"
            r"(\s+الكريم)?\s+)?(على|علي)\s+"
        ),
        "ما الآية التي نزلت في ",
    ),
    (re.compile(r"^(أ|ا)?(ستنتج|ستنتجي|ستخلص|ستخلصي)\s*[:：\-–]?\s*"), "ما "),
    # «وأبي الآية اللي …», «بدي الأسباب»: wanting a thing named asks what it is.
    (
        re.compile(r"^و?(ابي|أبي|بدي|اريد|أريد|ابغى|أبغى|ودي|بغيت|عايز|عاوز|نبي|نبغى)\s+(?=ال)"),
        "ما ",
    ),
    # «عدد جيش المسلمين في غزوة تبوك» is a headline asking the number: «عدد» before a body
    # of people or beasts («عدد المنافقين», «عدد فرقة خالد», «عدد الوفود», «عدد سكان أيلة»,
    # «عدد المرتزقة»), or a span of days or miles («عدد ايام الطريق»), is «the number of»,
    # not the exam verb «عدِّد» (list) of «عدد أسباب الغزوة»; a shadda («عدّد») always lists.
    (
        re.compile(
            r"^عَ?دَ?دُ?\s+(?=(?:ال|لل)?(?:جيش|جيوش|مسلمين|جنود|مقاتلين|مجاهدين|روم|شهداء|قتلى"
            r"|جمال|إبل|ابل|خيل|خيول|أحصنة|احصنة|احصنه|بعير|أبعرة|ابعرة|رواحل|فرسان|أفراس|افراس|أيام|ايام|ليالي|ليال|أشهر|اشهر|شهور|أسابيع"
            r"|اسابيع|سنوات|كيلومترات|منافقين|منافقون|متخلفين|مخلفين|فرقة|فرقه|وفود|سكان|أسرى|اسرى"
            r"|مرتزقة|مرتزقه)"
            r"(?:\s|$|[؟?،,.]))"
        ),
        "ما عدد ",
    ),
    # «سمِّ اثنين من المنافقين …» (name two of them): their names, which a fact must give
    # (knowledge/names_asked.py), not the group's fact that names none.
    (
        re.compile(r"^(سم|سمّ)\s+(?=(?:اثنين|اثنتين|ثلاثة|ثلاثه|أربعة|اربعة|بعض)\s+من\s)"),
        "ما أسماء ",
    ),
    # «سمِّ القادة الثلاثة …» (name them): who they are.
    (re.compile(r"^(سم|سمّ)\s+"), "من "),
    # «عرّف: جيش العسرة» asks what it is, as «ما هو …» does (a definition, knowledge/asked.py)
    (re.compile(r"^(عرف|عرّف|عرفي|عرّفي|عرّفْ)\s*[:：\-–]?\s*(?=ال|[^\s:：])"), "ما هو "),
    (
        re.compile(
            # («أعرف إن النبي رجع …، بس كم …», «أذكر أن المعلم قال …»: «I know / I remember
            # that», a story told, never «define» or «mention»)
            r"^(?!(?:أ|ا|إ)?(?:عرف|ذكر)\s+(?:أن|إن|ان|انه|أنه|إنه|انو|إنو|بأن|بان)\s)"
            # (a verb's feminine form before it, «وضحي كيف …» was «وضح» + «ي كيف»; a verb
            # typed onto the next word, «اذكرسبب …», is still read)
            r"(أ|ا|إ)?(وضحي|وضّح|وضح|بيني|بيّن|بين|ذكري|ذكر|عددي|عدّد|عدد|شرحي|شرح|سردي|سرد|ناقشي"
            r"|ناقش|لخصي|لخّص|لخص|فسري|فسّر|فسر|صفي|صف|أصف|اصف|تحدث\s+عن|تكلم\s+عن|اكتب\s+عن|أكتب\s+عن"
            r"|عرفي|عرّف|عرف|أعرف|اكتبي|اكتب|أكتب"
            # («قيّم موقف المنافقين», «حلّل موقف الروم», «علّق على …»:
            # an exam's verbs of judging or drawing out what the text tells; read as a
            # headline, the line was a claim judged «صحيح»)
            # (never «قيمة» or «قيمها»: value, a noun, read on as a verb typed onto a word)
            r"|(?:قيمي|قيّم|قيم|حللي|حلّل|حلل)(?![ةهتاو])|(?:علقي|علّق|علق)\s+(?:على|علي)"
            # «حدّد بدقة المكان الذي …» (pinpoint), never a true/false heading's «حدد الصواب»
            r"|حددي|حدد(?!\s+(?:الصواب|الصحيح|العبارات?|الجمل|ما\s+إذا|ما\s+اذا))|حدّد)"
            r"\s*(لي|لنا)?"
            # («وضّح بعبارات مختصرة: …», «بيّن بإيجاز …»: how long or how exact the answer is
            # to be asks nothing; read as the topic, «بإيجاز» was an unknown word before it)
            rf"(?:\s*{ANSWER_MANNER})?"
            r"\s*[:：\-–]?\s*"
        ),
        "ما ",
    ),
)
# Whether one of them opens a text (or is the whole of it), in one call.
ANY_IMPERATIVE = any_of(pattern for pattern, _ in IMPERATIVES)


# «اذكر ثلاثة من الصحابة …», «ثلاثا من نتائج …»: how many items an exam wants is not what
# it asks («ثلاثة من الذين خلفوا» names who is asked about, and stays).
LIST_COUNT = re.compile(
    r"^(?:ما\s+)?(?:اثنين|اثنتين|اثنان|ثلاثة|ثلاثه|ثلاث|ثلاثا|أربعة|اربعة|أربع|اربع|أربعا|اربعا|خمسة"
    r"|خمس|[2-5٢-٥])\s+من\s+(?!الذين|اللذين|اللي|الذي|اللتين|اللواتي)(?=\S)"
)
# «اذكر ثلاثة أسباب لغزوة تبوك», «بيّن 3 نتائج …»: the count before the plural asked. (Not
# after «عدد»: the message read as typed takes «عدد ثلاث …» for «the number of».)
COUNTED_PLURAL = re.compile(
    r"^(?:اثنين|اثنتين|ثلاثة|ثلاثه|ثلاث|أربعة|اربعة|أربع|اربع|خمسة|خمس|[2-5٢-٥])\s+"
    r"(?=(?:أسباب|اسباب|نتائج|نتايج|صعوبات|مظاهر|دروس|فوائد|عبر|آثار|اثار|أدلة|ادلة|مواقف"
    r"|أمور|امور|أحداث|احداث|معاهدات|صفات|أعمال|اعمال)(?:\s|$))"
)


# Asked about the naming itself («لماذا سميت بالفاضحة»), the name stays: the text never
# gives it, and rewriting it to تبوك would ask something else.
NAMING = re.compile(
    r"(سميت|سمّيت|سمي|سمّي|تسمى|تسمي|يسمى|سموها|سمّوها|يسمونها|لقبت|لُقبت|تلقب|اسم|سبب\s+تسمية|بال)\s*$"
)


# Other names of the expedition («الفاضحة», «غزوة العسرة», «يوم تبوك») read as «غزوة تبوك».
ALIASES: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"(?:(?:غزوة|غزوه)\s+)?(?<![\w])(الفاضحة|الفاضحه)(?![\w])"), "غزوة تبوك"),
    # «غزوة العسرة» is the expedition; «جيش العسرة» (its army) keeps its name
    (re.compile(r"(?<![\w])(?:غزوة|غزوه)\s+(?:العسرة|العسره)(?![\w])"), "غزوة تبوك"),
    # «عدد جيش المسلمين يوم تبوك»: school books name the event with «يوم»; a day counted
    # («كم يوم …», «عدد أيام») is a length of time and stays
    (
        re.compile(
            r"(?<!كم )(?<!كام )(?<!قديش )(?<!عدد )(?<!كل )(?<!\d )(?<![\w])(?:يوم|يومَ)\s+تبوك"
            r"(?![\w])"
        ),
        "غزوة تبوك",
    ),
)


# A sentence that stops where the answer goes: it ends on a word that cannot end a sentence.
DANGLING_END = re.compile(
    r"(?:^|\s)(هو|هي|هم|هما|في|فى|إلى|الى|على|من|عن|ب|بـ|مع|عند|كان|كانت|كانوا|يسمى|تسمى|سمي|سميت"
    r"|اسمه|اسمها|بلغ|بلغت|عدد|قدره|قدرها|وهو|وهي|ضد|بقيادة|بقياده|لمدة|مدة|مده|حوالي|نحو|بـ\s*|قدم|أعطى"
    r"|اعطى|تبرع\s+ب|(?:في|فى)\s+(?:عام|سنة|السنة|شهر)|يدعى|تدعى|وعددهم|عددهم|مقداره)\s*[:：]?\s*$"
)


# Requests («أبي أعرف…», «احكيلي عن…») ask; they state nothing.
REQUEST = re.compile(
    r"^\s*(و)?(ابي|أبي|بدي|اريد|أريد|ابغى|أبغى|ودي|عايز|عاوز|بغيت|نبي|احكيلي|احكي|قولي|اشرح|أشرح"
    r"|ممكن|أعطني|اعطني|عطني|هات|ارجو|أرجو|لو|يا|عندي|تكلم|حدثني|خبرني|اخبرني|أخبرني"
    # «تكفى ابي نبذة», «أحتاج لمحة», «تلخص لي …», «گلي …» (tell me)
    r"|تكفى|تكفون|أحتاج|احتاج|نحتاج|تلخص|لخص|لخصلي|تشرح|تشرحلي|تحكيلي|گلي|كلي|قلي|قللي"
    # «(ممكن) تفهمني قصة غزوة تبوك»: explain / clarify / give / teach me
    r"|تفهمني|فهمني|تفهمنا|فهمنا|وضح|وضحلي|توضح|توضحلي|تعطيني|تخبرني|تعلمني|علمني"
    # «أود الاستفسار عن …», «أحب أعرف …», «حابة أفهم …», «أتمنى توضيح …», «أفيدوني بـ…»: a
    # wish to know, never a claim to judge
    r"|أود|اود|نود|حاب|حابب|حابة|حابه|أتمنى|اتمنى|نتمنى|أستفسر|استفسر|نستفسر|نبغى"
    r"|أفدني|افدني|أفيدوني|افيدوني|أفيدونا|افيدونا|الاستفسار"
    # («أحب النبي أصحابه» states: «أحب» asks only before a verb of knowing)
    r"|(?:أحب|احب)\s+(?:أن\s+|ان\s+)?(?:أعرف|اعرف|نعرف|أسأل|اسأل|أستفسر|استفسر|أفهم|افهم))\b"
)


# Words that make a sentence ask («صدك», «ولا لا») though it has no question word: those
# that make a question yes/no (knowledge/wording.py reads the same ones) and a final «لا».
ASKING_WORDS = YES_NO_WORDS | frozenset("لأ لا؟ لاء".split())
# «صار قتال بتبوك لو ما صار», «… اكو غزوة بعد تبوك لو هاي آخرها؟»: «لو/أم» near the end
# offers two sides (Iraqi «لو» is «or»): the sentence asks which, it states neither.
EITHER_OR_NEAR_END = re.compile(r"\s(?:لو|أم|ام)\s+(?:\S+\s+){0,3}\S+\s*[؟?]*\s*$")


# «أبي أعرف …», «بغيت نعرف …», «ممكن تقولي …»: the words that introduce what is asked.
WANT_TO_KNOW = re.compile(
    # («يعني ابغى اعرف …», «طيب بدي أعرف …»: a filler opening the request asks nothing)
    r"^\s*(?:(?:يعني|طيب|طب|بس)\s+)?(?:و)?(?:ابي|أبي|بدي|اريد|أريد|ابغى|أبغى|ودي|حاب|حابب|بغيت|عايز|عاوز|نبي|نبغى|ممكن|لو\s+سمحت)"
    r"\s+(?:ان\s+|أن\s+)?(?:اعرف|أعرف|نعرف|تقولي|تقول\s+لي|تخبرني|اسأل|أسأل|أفهم|افهم|تشرحلي|تشرح\s+لي)"
    r"(?:\s+(?:عن|على|بخصوص))?\s*"
)


# «other than», «except» (normalised; not «سوى», normalised «سوي», also the Gulf «did»): the
# name after them is set aside («غير المنافقين»), or left out of the answer («غير هرقل»).
OTHER_THAN = frozenset("غير عدا ماعدا باستثناء بخلاف".split())


# A quotation of the Qur'an is introduced by a verb of saying and God's name («قال الله فيه:»,
# «قوله تعالى:»). The one source for both readers of quotations: the message reader
# (knowledge/message_preamble.py, on words as typed) and the check of what is asked
# (knowledge/asked.py, on normalised words).
QUOTING_VERBS = ("قال", "يقول", "وقال", "قول", "قوله")
QUOTED_SPEAKERS = ("الله", "تعالى", "سبحانه")


# (A cry for help, «الحقوني», «فزعتكم», is a plea too: read as a word of the question,
# «فزع» was the Arabs' fear and a line of it the stem of options.)
COURTESY_WORDS = frozenset(
    """
    يا عمي خالي حجي حجيه شيخ شيخنا الشيخ الفاضل الكريم الكريمه استاذ أستاذ استاذي أستاذي استاذة
    أستاذة أخي اخي أخوي اخوي اختي أختي الله يخليك يخليكم يحفظك يحفظكم يسعدك يسعدكم يعطيك
    يعطيكم العافيه العافية احسن أحسن اليكم إليكم اليك إليك حفظكم حفظك جزاكم جزاك خيرا خير بارك
    فيكم فيك عليكم السلام سلام ورحمة وبركاته ورحمه مرحبا هلا والله اهلا أهلا شباب جماعة جماعه
    الخير حبايب حبايبي اعزائي أعزائي عزيزي فضيلة فضيله سماحة سماحه دكتور بوت
    بالله ضروري ضرورى عاجل ارجوكم أرجوكم ارجوك أرجوك ارجو أرجو الرد بسرعه بسرعة سريعا يجزاكم
    يجزاك يجازيكم سمحت سمحتم لو من فضلك فضلكم تكفون تكفى
    اخواني إخواني اخوان إخوان اخواتي أخواتي الكرام الافاضل الأفاضل يرضى يرضي عليك عليكي عفاك عافاك
    ممكن مساعدة مساعده مساعدتك مساعدتكم
    حاج ياحاج معلم خالو عمو سامحني سامحنا اسف آسف اسفه آسفة على الازعاج الإزعاج العفو منك
    خويا خوي اخويا خيي خيو اغاتي باشا يالغالي الغالي البوت حبيبي عزيزتي
    معليش معلش عذرا المعذرة المعذره اخوة أخوة إخوة الاخوة الأخوة الإخوة
    أن ان تساعدوه تساعدوها تساعدوني تساعدونا تساعدني تساعدوهم ساعدوه ساعدوها ساعدوني ساعدونا
    الجزاء كل نفع ينفع بكم بك الأمة الامة جعله يجعله ميزان حسناتكم حسناتك يوفقكم يوفقك وفقكم وفقك
    الحقوني الحقونا الحقني الحقيني الحقوا الحقو انجدوني أنجدوني انجدونا أنجدونا فزعتكم فزعتك
    فزعة فزعه النجدة النجده
    """.split()
)


TOPIC_LEAD = re.compile(
    r"^\s*(?:عندي|عندى|لدي|لدى|ابي|أبي|ابغى|أبغى|بدي|اريد|أريد)?\s*(?:سؤال|استفسار)\s+(?:عن|حول|في|بخصوص)"
    r"\s+([^:：\n؟?]{2,60})[:：،,]\s*(.+)$"
)


COMPARE = re.compile(r"^(قارن|قارني|أقارن|اقارن)\s+(بين\s+)?")


# «يوم تبوك: أذكر المكان…», «(ج) غزوة تبوك - بيّن…»: a heading before the exam verb.
HEADING = re.compile(r"^([^:：\n]{2,30})[:：]\s*(.+)$")
