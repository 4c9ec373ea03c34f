"""The word patterns the message reader uses: exam-sheet instructions, preambles, question
words, option labels and blanks (knowledge/message.py reads with them). Exam imperatives
are in exam_imperatives.py; riddles, headlines and told claims have theirs in
riddle_patterns.py, headline_patterns.py and claim_patterns.py."""

from __future__ import annotations

import re

from knowledge.emoji_ranges import PICTOGRAPHS, SHAPES, SYMBOLS
from knowledge.lexicon import YES_NO_WORDS
from knowledge.pattern_speed import Prefiltered, by_first_letter

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


TF_INSTRUCTION = Prefiltered(
    re.compile(
        # («صح وغلط» Egyptian: «ده سؤال صح وغلط من الامتحان:»)
        r"(ضع|ضعي|اضع|أضع)\s+(علامة|علامه|إشارة|اشارة|اشاره)|صح\s*(أم|ام|او|أو|ولا|/|و)\s*(خطأ|خطا|غلط)"
        r"|[✓✔√]\s*(أو|او|ام|أم|/)?\s*[✗✘×xX]|true\s*(or|/)\s*false|الصواب\s*(و|أو|او)\s*الخطأ"
        r"|العبارات?\s+(الصحيحة|الصحيحه|الخاطئة|الخاطئه)|(صحيحة|صحيحه)\s*(أم|ام|او|أو)\s*(خاطئة|خاطئه)",
        re.IGNORECASE,
    ),
    # (every match holds one: each branch's words, or «true» in any case)
    ("ضع", "صح", "صواب", "✓", "✔", "√", "العبار"),
    folded=("true",),
)


CHOICE_INSTRUCTION = re.compile(
    r"^\s*(اختر|اختاري|اختار|أختر|إختر|choose|ضع\s+دائرة|ضع\s+دائره)\b"
    r"|الإجابة الصحيحة|الاجابة الصحيحة|الاجابه الصحيحه|الإجابة الصحيحه"
    r"|مما يلي\s*:?\s*$|من بين الخيارات",
    re.IGNORECASE,
)


BLANK_INSTRUCTION = re.compile(
    r"^\s*(أكمل|اكمل|أكملي|اكملي|كمل|كملي|كمّل|املأ|املا|إملأ|أملأ|complete|fill)\b[^:：\n]*?"
    r"(الفراغ|الفراغات|الجمل|الجملة|العبارات|التالية|التالي|بما يناسب|:|$)",
    re.IGNORECASE,
)


BLANK_LEAD = re.compile(
    r"^\s*(?:(أكمل|اكمل|أكملي|اكملي|كمل|كملي|كمّل|املأ|املا|إملأ|أملأ)(?=\s|[:：\-–]|الفراغ)"
    # (a one-word vocative, an emoji or comma after it: «كمل يا بطل 💪 …», «كملي يا حلوة، …»)
    r"\s*(يا\s+\w+(?:\s*[،,]|\s+[^\w\s:：….\-–_(\[]+)?)?"
    # («أكمل الفراغات الآتية بما يناسب:», «أكمل ما يأتي:», «املأ الفراغ بالكلمة المناسبة»)
    r"\s*(الفراغات|الفراغ|الجمل|الجملة|الجمله|العبارات|العبارة|العباره|ما\s+يأتي|ما\s+ياتي|ما\s+يلي"
    r"|ما\s+يلى)?\s*(التالية|التاليه|التالي|الآتية|الاتية|الآتي|الاتي)?"
    r"\s*(بما\s+يناسب(ها)?|بالكلم[ةه]\s+المناسب[ةه]|بالكلمات\s+المناسب[ةه])?"
    # «ضع الكلمة المناسبة في الفراغ:», «اكتب الكلمات المناسبة في الفراغات الآتية»
    r"|(ضع|ضعي|أضع|اضع|اكتب|أكتب)\s+(ال)?(كلم[ةه]|كلمات)\s+(ال)?(مناسب[ةه])\s+(في|فى)\s+"
    r"(ال)?(فراغ|فراغات)(\s+(التالية|الآتية|الاتية|التاليه))?)"
    r"\s*[:：\-–]?\s*"
)


TF_TAIL = Prefiltered(
    re.compile(
        # («…، واش صحيح؟» Maghrebi, «…، وش صحيح؟» Gulf, «…، هل صحيح؟»: is it true?)
        r"[،,.\s]*(شو\s+رأيك\w*|ايش\s+رأيك\w*|وش\s+رأيك\w*|هل\s+هذا|هل|واش|وش)?\s*[\(\[]?\s*("
        r"(صح|صحيح|صحيحة|صحيحه|صواب)\s*[\)\]]?\s*(أم|ام|او|أو|ولا|لو|/|-|–)?\s*[\(\[]?\s*"
        r"(خطأ|خطا|غلط|غالط|خاطئة|خاطئه|خاطئ)"
        # «… صح لو لا؟», «… صحيح ولا لأ؟» (Iraqi, Levantine, Egyptian): true or not; voice typing
        # leaves the question mark out («… صح ولا لا»), the tail still ends the message.
        r"|(صح|صحيح|صحيحة|صحيحه)(\s+(كلامه|كلامها|كلامي|جوابي|جوابه|هذا|هالكلام))?\s*"
        r"(أم|ام|او|أو|ولا|لو)\s*(لا|لأ|لاء|لاا)\s*[؟?]?"
        # «… صح» with no question mark, «هل كلامه صح؟», «صح جوابي؟»: a child's or a voice-typed
        # «is it true?» after the statement (a bare «صح» closing a sentence asks nothing else).
        r"|(?<!\S)(هل\s+(كلامه|كلامها|كلامي|جوابي|جوابه|هذا|هالكلام)\s+)?(صح|صحيح|صج)"
        r"(\s+(كلامه|كلامها|كلامي|جوابي|جوابه))?\s*[؟?]*(?=(?:\s*[،,]?\s*يا\s+[^\s؟?.!،,]+)?\s*[؟?]*\s*$)"
        # «✗ ✓», «✔️ ❌», «( ✓ )»: the marks in either order, emoji too, or the box a child marked;
        # joined by «or» in any dialect («✔️ ولا ❌», «✓ لو ✗»)
        r"|[✗✘×❌]\ufe0f?\s*(أو|او|ولا|لو|/)?\s*[✓✔√✅]"
        r"|[✓✔√✅]\ufe0f?\s*(أو|او|أم|ام|ولا|لو|/)?\s*[❌✗✘×]"
        r"|\(\s*[✓✔√✗✘×]\ufe0f?\s*\)"
        # («مين فينا الصح؟», «أيهما الصحيح؟»: «the right one» asks which claim, no tail;
        # «… صج؟» Gulf, «… مظبوط؟», «… صدق؟»: true?)
        r"|[✓✔√]\s*(أو|او|أم|ام|/)?\s*[✗✘×xX]|(?<!\w)(صح|صحيح|صج|مظبوط|مضبوط|صدق)\s*[؟?]"
        r"|أليس\s+كذلك|مو\s+كذا|مش\s+كده"
        r"|a\)\s*true\s*b\)\s*false|a\.\s*true\s*b\.\s*false|true\s*(or|/)\s*false"
        r"|a[\.\)]\s*صح\s*b[\.\)]\s*خطأ|أ\)\s*صح\s*ب\)\s*خطأ|\(\s*\))\s*[\)\]]?\s*[؟?.!]*"
        # («… صح ولا خطأ يا اخوان؟», «… صح أم خطأ يا أستاذ»: the readers called after the
        # tail, a vocative «يا» and one word, asks nothing more)
        r"(?:\s*[،,]?\s*يا\s+[^\s؟?.!،,]+)?\s*[؟?.!]*\s*$",
        re.IGNORECASE,
    ),
    # (every match holds one: each branch's words or signs, the «)» of «( )», or «true»;
    # a new branch needs its word here, tests/test_pattern_speed.py checks)
    ("صح", "صواب", "صج", "مظبوط", "مضبوط", "صدق", "✓", "✔", "√", "✅", "أليس", "كذا", "كده", ")"),
    folded=("true",),
)


TF_LEAD = re.compile(
    # («( ) كانت بلاد الروم قريبة …»: the box for the mark before the statement)
    r"^\s*([\(\[]\s*[\)\]](?=\s*\S)"
    # («ضع علامة (✓) أمام العبارة الصحيحة وعلامة (✗) أمام الخاطئة: …»: the whole instruction)
    r"|(ضع|ضعي|اضع|أضع)\s+(علامة|علامه|إشارة|اشارة|اشاره)[^:：\n]{0,80}[:：]"
    # («صح لو غلط:» Iraqi, «صحيح ولا غالط:» Maghrebi, «صحيح أم خطأ:»; «صاح ولا غلط:», a long
    # vowel typed in «صح», is no «shouted» before «or wrong»)
    r"|(صح|صحيح|صواب|صاح)\s*(أم|ام|او|أو|ولا|لو|/)\s*(خطأ|خطا|غلط|غالط)"
    # («… من كتاب بنتي ضعي علامة صح او خطأ: …», «▫️ صح او خطأ ▫️ …»: the instruction after a
    # parent's words or a channel's bullet, closed by a colon or an emoji; «طيب يعني سؤال صح
    # ولا خطأ …» voice-typed, after fillers only)
    r"|[^\n:：؟?]{0,100}?(?<!\S)(صح|صواب)\s*(أم|ام|او|أو|ولا|/)\s*(خطأ|خطا|غلط)\s*"
    r"(?:[:：\-–\n]|[▫▪🔹🔸🔴🟢🔵⭐\ufe0f]+)"
    r"|(?:(?:طيب|يعني|اه|آه|اها|سؤال|السؤال|هذا|هذي|هاد)\s+){1,4}(صح|صواب)\s*"
    r"(أم|ام|او|أو|ولا|/)\s*(خطأ|خطا|غلط)(?=\s)"
    r"|هل\s+(هذه\s+)?(العبارة|العباره|الجملة|الجمله)"
    r"\s+(التالية\s+|التاليه\s+|الآتية\s+|الاتية\s+|الاتيه\s+)?(صحيحة|صحيحه|صح)"
    r"(\s*(أم|ام|او|أو)\s*(خاطئة|خاطئه|خطأ|خطا))?"
    # «العبارة دي صح ولا غلط:», «بيّن صحة العبارة أو خطأها:», «صحح الخطأ إن وجد:»
    r"|(العبارة|العباره|الجملة|الجمله)\s+(دي|هذه|هذي|هاي|هادي)\s+(صح|صحيحة|صحيحه)\s*"
    r"(أم|ام|او|أو|ولا|لو)\s*(خطأ|خطا|غلط|غالط|خاطئة|خاطئه)\s*(?=[:：])"
    r"|(بين|بيّن|ما|وضح)\s+(مدى\s+)?(صحة|صحه)\s+(العبارة|العباره|الجملة|الجمله)"
    r"(\s+(التالية|التاليه|الآتية|الاتية))?(\s*(أو|او|من)\s*(خطئها|خطأها|خطاها))?\s*(?=[:：])"
    r"|(صحح|صححي)\s+(الخطأ|الخطا)\s+(إن|ان)\s+(وجد|وجدت?)\s*(?=[:：])"
    r"|true\s+or\s+false[^:：\n]{0,20}(?=[:：])"
    # «واش صحيح بلي …؟» (Maghrebi), «وش صحيح إن …؟» (Gulf), «هل صحيح أن …؟»: is it true that…
    # («صحيح انو …؟» Levantine, «صح ان …؟», «صج ان …؟» Gulf: with no «هل» too)
    r"|(صحيح|صح|صج)\s+(أن|ان|إن|انه|أنه|إنه|انو|إنو|بأن|بان|بلي)(?=\s)"
    # «هل هذا صحيح: …», «هل هذا الكلام صحيح – …»: the question about the claim put first, a
    # colon or a dash before the claim (with none it is the claim's closing question, read
    # as a trailing mark)
    r"|(هل|واش|وش)\s+(هذا|هذه|هذي|هاد|ده|دا)(\s+(الكلام|القول|المعلومة|المعلومه|الخبر))?"
    r"\s+(صحيح|صح|صحيحة|صحيحه)\s*(?=[:：\-–])"
    r"|(هل|واش|وش)\s+(صحيح|صح|صدق|حقا|فعلا)(?=\s)"
    r"(\s+(أن|ان|إن|انه|أنه|إنه|انو|إنو|بأن|بان|بلي|اللي)(?=\s))?)\s*[؟?:：\-–]*\s*",
    re.IGNORECASE,
)


# Exam-sheet lines that carry no question: marks, headings, times.
SHEET_LINE = re.compile(
    # («سؤال من طالبة:», «سؤال للأستاذ:»: who the question comes from, before it; a channel's
    # «🔴 السؤال الأخير 🔴» between emoji)
    rf"^[\s{PICTOGRAPHS}{SYMBOLS}{SHAPES}\ufe0f▫▪]*((?:سؤال|السؤال)\s+(?:من|ل|الى|إلى)\s*\S+(?:\s+\S+)?\s*[:：]"
    r"|السؤال\s+\S+|سؤال\s+\S+|س\s*[0-9٠-٩]+|الدرس\s+.*|ورقة عمل.*|اختبار.*|امتحان.*"
    r"|الصف\s+.*|المادة\s*:.*|الاسم\s*:.*|الدرجة.*|\(?\s*[0-9٠-٩]+\s*(درجات|درجة|علامات|علامة)\s*\)?"
    # «الوحدة الثالثة: من السيرة النبوية – غزوة تبوك», «أجيب عن الأسئلة الآتية:»
    r"|الوحد[ةه]\s+.*|[أاإ]?جي?بي?\s+عن\s+(?:ال)?[أا]سئل[ةه](?:\s+(?:ال[آا]تي[ةه]|التالي[ةه]))?"
    # «التقويم:», «نشاط: أجب عن الأسئلة», «أجيبي عما يلي»: a section's heading
    r"|(?:(?:التقويم|تقويم|نشاط|النشاط|تدريبات|التدريبات|تدريب|الواجب|واجب|أسئلة\s+التقويم"
    r"|اسئلة\s+التقويم)\s*[0-9٠-٩]*\s*(?:[:：\-–]\s*)?)?"
    r"(?:[أاإ]?جي?بي?\s+(?:عن|عما|عمّا|على)\s*(?:(?:ال)?[أا]سئل[ةه]|ما\s+(?:يلي|يأتي|ياتي)|يلي|يأتي)"
    r"(?:\s+(?:ال[آا]تي[ةه]|التالي[ةه]))?)?"
    # «س: (من ورقة المراجعة النهائية - الفصل الثاني)»: where the question comes from
    r"|(?:س\s*[:：]\s*)?\(\s*(?:من\s+)?(?:ورقة|ورقه|الفصل|المراجعة|المراجعه|مراجعة|الدرس|درس"
    r"|الوحدة|الوحده|وحدة|اختبار|امتحان|الكتاب|كتاب|صفحة|صفحه)[^()]*\))"
    rf"\s*[:：]?[\s{PICTOGRAPHS}{SYMBOLS}{SHAPES}\ufe0f▫▪]*$"
)


# A length the answer must keep to: «لا يتجاوز خمسة أسطر», «في حدود مئة كلمة».
LENGTH_LIMIT = Prefiltered(
    re.compile(
        r"\s*[،,]?\s*(?:في\s+|ب)?(?:لا\s+(?:يتجاوز|تتجاوز|يزيد\s+عن|تزيد\s+عن|يقل\s+عن|تقل\s+عن)"
        r"|في\s+حدود|بحدود)\s+(?:\S+\s+){0,2}(?:أسطر|اسطر|سطور|سطر|كلمات|كلمة|كلمه|صفحة|صفحه|صفحات)"
        r"\s*[.:]?\s*$"
    ),
    # (every match ends on one of these units)
    ("سطر", "سطور", "كلم", "صفح"),
)
# Marks after a question on its line: «(٣ درجات)», «( درجتان )», «(علامة واحدة)»; and
# what the question is for or how much it matters, «(بحث مدرسي)», «(سؤال متوقع!!)», «(مهم
# جدا)»: words about the question, never of it.
TRAILING_MARKS = re.compile(
    r"\s*\(\s*(?:(?:[0-9٠-٩]+\s*)?(?:درجات|درجة|درجه|درجتان|درجتين|علامات|علامة|علامه|علامتان"
    r"|علامتين|نقاط|نقطة|نقطه|نقطتان|نقطتين)(?:\s+\S+)?"
    r"|(?:(?:بحث|سؤال|واجب|تقرير|نشاط|امتحان|اختبار|مراجعة|مراجعه|مهم|هام|ضروري|عاجل|متوقع"
    r"|وزاري|مدرسي|مدرسية|مدرسيه|جدا|جداً|للمدرسة|للمدرسه)[\s!.]*){1,3})\s*\)\s*$"
)


NUMBERING = re.compile(
    r"^\s*(?:[●•·▪◦○■□►▸✓✔\-\*–—]+\s*"
    r"|\(\s*[0-9٠-٩]{1,2}\s*\)\s*|[0-9٠-٩]{1,2}\s*[\)\.\-:/]\s*"
    r"|(?:س|سؤال|السؤال)\s*[0-9٠-٩]{1,2}\s*[:\-\.\)/]?\s*"
    r"|(?:السؤال|سؤال)\s+(?:الأول|الاول|الثاني|الثالث|الرابع|الخامس)\s*[:\-\.]?\s*"
    # «الأول …؟ والثاني …؟», «أولا: … ثانيا: …»: ordinals numbering the questions
    r"|و?ال(?:أول|اول|ثاني|تاني|ثالث|تالت)\s*[:\-–،,]?\s+(?=\S)"
    # (a whole word: «أولاد عثمان» is his children, not «أولا» and «د»)
    r"|و?(?:أولا|اولا|أولاً|اولاً|ثانيا|ثانياً|تانيا|ثالثا|ثالثاً|تالتا)(?:\s*[:\-–،,]\s*|\s+)(?=\S)"
    # «… وكمان …؟», «… بالاضافة الى ذلك …؟», «وسؤال ثاني: …»: a next question announced
    r"|و?(?:كمان|ايضا|أيضا|أيضاً|ايضاً|كذلك|طيب|المهم|الان|الآن|بعدين)\s*[،,:]?\s+(?=\S)"
    r"|و?(?:بالاضافة|بالإضافة|بالاضافه|بالإضافه|إضافة|اضافة)\s+(?:الى|إلى|ل)\s*(?:ذلك|هذا|هيك|كذا)"
    r"\s*[،,:]?\s*"
    r"|و?(?:سؤال|السؤال)\s+(?:ثاني|تاني|آخر|اخر|ثالث|تالت)\s*[:\-–،,]?\s*"
    r"|q\s*[0-9]{1,2}\s*[\.\):\-]\s*)",
    re.IGNORECASE,
)


# Arabic and Latin option letters: «أ)», «(ب)», «ج-», «د.», «A)», «(b)».


OPTION_LABEL = re.compile(
    r"^\s*(?:\(\s*([أابجدهوABCDEabcde]|هـ)\s*\)|([أابجدهوABCDEabcde]|هـ)\s*[\)\-\.–:/])\s*(?=\S)"
)


INLINE_OPTION = Prefiltered(
    re.compile(
        # («أ. عثمان ب. طلحة»: a letter and a dot before a space labels too)
        r"(?:(?<=\s)|^)(?:\(\s*([أابجدABCDabcd]|هـ)\s*\)|([أابجدABCDabcd]|هـ)\s*(?:[\)\-–]|\.(?=\s)))\s*"
    ),
    # (every label is closed by one of these)
    (")", "-", "–", "."),
)


DOTS_BETWEEN = re.compile(r"\s*(?:\.{3,}|…+|_{3,}|-{3,}|/|،\s*أو|\s+أو\s+|\s+او\s+)\s*")


GREETING = re.compile(
    r"^\s*(السلام\s+عليكم(\s+ورحمة\s+الله(\s+وبركاته)?)?|سلام\s+عليكم|مرحبا|مرحبًا|اهلا|أهلا|هلا"
    r"|صباح\s+الخير|مساء\s+الخير|السلام)\b[\s،,.!:؛]*"
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
)
STORY = re.compile(r"(?:\b|(?<=\bو))(" + by_first_letter(_STORY_WORDS.split("|")) + r")\b")


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
    r"|ابي|أبي|بدي|اريد|أريد|ابغى|أبغى|ودي|حاب|حابب|بغيت|عايز|عاوز|ممكن|يقول|بيقول|تقول"
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


# «اذكر ثلاثة من الصحابة …», «ثلاثا من نتائج …»: how many items an exam wants is not what
# it asks («ثلاثة من الذين خلفوا» names who is asked about, and stays).
LIST_COUNT = re.compile(
    r"^(?:ما\s+)?(?:اثنين|اثنتين|اثنان|ثلاثة|ثلاثه|ثلاث|ثلاثا|أربعة|اربعة|أربع|اربع|أربعا|اربعا|خمسة"
    r"|خمس|[2-5٢-٥])\s+من\s+(?!الذين|اللذين|اللي|الذي|اللتين|اللواتي)(?=\S)"
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


# («( )» and «(……)» in the middle of a sentence are blanks too; «( )» at its end is the box
# of a true/false item, read before blanks)
BLANK_MARK = Prefiltered(
    re.compile(
        r"(\(\s*(?:\.{2,}|…+|_{2,}|-{2,})?\s*\)|\.{3,}|…+|_{2,}|-{4,}|\[\s*\]|(?:\.\s){2,}\.)"
    ),
    # (every match holds one: each branch's first sign; tests/test_pattern_speed.py checks)
    ("(", ".", "…", "__", "----", "["),
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
    r"|تفهمني|فهمني|تفهمنا|فهمنا|وضح|وضحلي|توضح|توضحلي|تعطيني|تخبرني|تعلمني|علمني)\b"
)


# Words that make a sentence ask («صدك», «ولا لا») though it has no question word: those
# that make a question yes/no (knowledge/wording.py reads the same ones) and a final «لا».
ASKING_WORDS = YES_NO_WORDS | frozenset("لأ لا؟ لاء".split())
# «صار قتال بتبوك لو ما صار», «… اكو غزوة بعد تبوك لو هاي آخرها؟»: «لو/أم» near the end
# offers two sides (Iraqi «لو» is «or»): the sentence asks which, it states neither.
EITHER_OR_NEAR_END = re.compile(r"\s(?:لو|أم|ام)\s+(?:\S+\s+){0,3}\S+\s*[؟?]*\s*$")


# «أبي أعرف …», «بغيت نعرف …», «ممكن تقولي …»: the words that introduce what is asked.
WANT_TO_KNOW = re.compile(
    r"^\s*(?:و)?(?:ابي|أبي|بدي|اريد|أريد|ابغى|أبغى|ودي|حاب|حابب|بغيت|عايز|عاوز|نبي|نبغى|ممكن|لو\s+سمحت)"
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
    """.split()
)


TOPIC_LEAD = re.compile(
    r"^\s*(?:عندي|عندى|لدي|لدى|ابي|أبي|ابغى|أبغى|بدي|اريد|أريد)?\s*(?:سؤال|استفسار)\s+(?:عن|حول|في|بخصوص)"
    r"\s+([^:：\n؟?]{2,60})[:：،,]\s*(.+)$"
)


COMPARE = re.compile(r"^(قارن|قارني|أقارن|اقارن)\s+(بين\s+)?")


# «يوم تبوك: أذكر المكان…», «(ج) غزوة تبوك - بيّن…»: a heading before the exam verb.
HEADING = re.compile(r"^([^:：\n]{2,30})[:：]\s*(.+)$")


DIGIT_LABEL = re.compile(r"^\s*\(?\s*([0-9٠-٩])\s*[\)\-\.–/]\s*(?=\S)")


ARABIC_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩", "0123456789")
