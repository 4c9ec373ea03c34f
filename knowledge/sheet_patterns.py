"""The marks of an exam sheet, as the message reader meets them: instructions (true or
false, choose, complete the blank), true/false leads and tails, lines that carry no
question, numbering, option labels and blanks (knowledge/message.py and the form readers
read with them). The rest of a message's word patterns are in message_patterns.py."""

from __future__ import annotations

import re

from knowledge.emoji_ranges import PICTOGRAPHS, SHAPES, SYMBOLS
from knowledge.option_letters import OPTION_LETTER
from knowledge.pattern_speed import Prefiltered

# A sheet's own numbering before an instruction: «س3:», «السؤال 2-», «4)» (the column
# matching and ordering instructions start after it).
SHEET_NUMBER = r"^[\s\u200f]*(?:(?:س|سؤال|السؤال)?\s*[0-9٠-٩]*\s*[:：/\-–.)]?\s*)?"

# «صحيح ولا مو صحيح», «صح ولا مش صح», «ذا صحيح ولا ماهو صحيح» (Gulf, Egyptian, Levantine,
# Bedouin): «true or not true», the true/false instruction said with «true» twice, the
# second denied (a statement before it or after its colon is judged).
TRUE_OR_NOT = (
    r"(?:صح|صحيح)\s*(?:أم|ام|او|أو|ولا|والا|وإلا|لو)\s*(?:مو|مب|مش|موب|ماهو|ما\s+هو|مهوب|مهو|ليس|غير)"
    r"\s*(?:صح|صحيح)"
)

TF_INSTRUCTION = Prefiltered(
    re.compile(
        # («صح وغلط» Egyptian: «ده سؤال صح وغلط من الامتحان:»; «صح لو غلط:» Iraqi and Gulf;
        # «صحيح ولا غلط:», «صحيح أم خطأ:» in full)
        r"(ضع|ضعي|اضع|أضع)\s+(علامة|علامه|إشارة|اشارة|اشاره)|صح(?:يح)?\s*(أم|ام|او|أو|ولا|لو|/|و)\s*(خطأ|خطا|غلط)"
        r"|[✓✔√]\s*(أو|او|ام|أم|/)?\s*[✗✘×xX]|true\s*(or|/)\s*false|الصواب\s*(و|أو|او)\s*الخطأ"
        r"|العبارات?\s+(الصحيحة|الصحيحه|الخاطئة|الخاطئه)|(صحيحة|صحيحه)\s*(أم|ام|او|أو)\s*(خاطئة|خاطئه)"
        # («❌ أو ✅», «✅ ولا ❌» heading a claim: the marks in emoji, either order, joined by
        # «or» in any dialect)
        r"|[✅✓✔√]\ufe0f?\s*(أو|او|أم|ام|ولا|لو|/)\s*[❌✗✘×]|[❌✗✘×]\ufe0f?\s*(أو|او|أم|ام|ولا|لو|/)\s*[✅✓✔]"
        rf"|{TRUE_OR_NOT}",
        re.IGNORECASE,
    ),
    # (every match holds one: each branch's words, or «true» in any case)
    ("ضع", "صح", "صواب", "✓", "✔", "√", "العبار", "✅", "❌", "✗", "✘", "×"),
    folded=("true",),
)


CHOICE_INSTRUCTION = re.compile(
    r"^\s*(اختر|اختاري|اختار|أختر|إختر|choose|ضع\s+دائرة|ضع\s+دائره)\b"
    r"|الإجابة الصحيحة|الاجابة الصحيحة|الاجابه الصحيحه|الإجابة الصحيحه"
    r"|مما يلي\s*:?\s*$|من بين الخيارات",
    re.IGNORECASE,
)


# «كملوا», «أكملوا», «كملو»: the instruction said to several readers (a class, a group).
_PLURAL_COMPLETE = "أكملوا|اكملوا|اكملو|كملوا|كملو|كمّلوا"


BLANK_INSTRUCTION = re.compile(
    r"^\s*(أكمل|اكمل|أكملي|اكملي|كمل|كملي|كمّل|"
    + _PLURAL_COMPLETE
    + r"|املأ|املا|إملأ|أملأ|complete|fill)\b[^:：\n]*?"
    r"(الفراغ|الفراغات|الجمل|الجملة|العبارات|التالية|التالي|بما يناسب|:|$)",
    re.IGNORECASE,
)


BLANK_LEAD = re.compile(
    rf"^\s*(?:(أكمل|اكمل|أكملي|اكملي|كمل|كملي|كمّل|{_PLURAL_COMPLETE}|املأ|املا|إملأ|أملأ"
    # (French and English code-switched: «compléter: …», «complete: …»)
    r"|(?i:compl[eéè]ter|complete|complète|fill\s+in))(?=\s|[:：\-–]|الفراغ)"
    # (a one-word vocative, an emoji or comma after it: «كمل يا بطل 💪 …», «كملي يا حلوة، …»)
    r"\s*(يا\s+\w+(?:\s*[،,]|\s+[^\w\s:：….\-–_(\[]+)?)?"
    # («كملوا لي الجملة:», «كملي لنا الفراغ»: for me, for us)
    r"(\s*(?:لي|لنا|ليا)(?=\s|[:：]))?"
    # («أكمل الفراغات الآتية بما يناسب:», «أكمل ما يأتي:», «املأ الفراغ بالكلمة المناسبة»)
    r"\s*(الفراغات|الفراغ|الجمل|الجملة|الجمله|العبارات|العبارة|العباره|ما\s+يأتي|ما\s+ياتي|ما\s+يلي"
    r"|ما\s+يلى)?\s*(التالية|التاليه|التالي|الآتية|الاتية|الآتي|الاتي)?"
    r"\s*(بما\s+يناسب(ها)?|بالكلم[ةه]\s+المناسب[ةه]|بالكلمات\s+المناسب[ةه])?"
    # («أكمل من معلوماتك:», «أكمل حسب النص:»: where the words are to come from)
    r"(\s*(من|بحسب|حسب)\s+(معلوماتك|معلوماتكم|معلوماتكِ|عندك|فهمك|النص|الدرس|الفقرة))?"
    # («أكمل الفراغ (من واجب اختي):», «كملو (واجب بكرة):»: where the sheet comes from, in
    # brackets before the colon)
    r"(\s*\([^()\n:：]{1,40}\)(?=\s*[:：]))?"
    # «ضع الكلمة المناسبة في الفراغ:», «اكتب الكلمات المناسبة في الفراغات الآتية»; «ضع
    # الكلمة المناسبة:» says no «in the blank», its colon does («……» were option separators)
    r"|(ضع|ضعي|أضع|اضع|اكتب|أكتب)\s+(ال)?(كلم[ةه]|كلمات)\s+(ال)?(مناسب[ةه])(?:\s+(في|فى)\s+"
    r"(ال)?(فراغ|فراغات)(\s+(التالية|الآتية|الاتية|التاليه))?|(?=\s*[:：]))"
    r")"
    r"\s*[:：\-–]?\s*"
)


# «هالمعلومة», «هذه العبارة», «المعلومة دي»: the claim just told, named as information or a
# statement (never «هذا» alone, which «هل هذا صحيح» already reads; nor «هالكلام», «الخبر»:
# a story's «…، صح هالكلام؟» is read with its story, knowledge/forwarded_claims.py).
_THIS_CLAIM = (
    r"(?:(?:هال|ال)(?:معلومة|معلومه|عبارة|عباره)"
    r"|(?:هذه|هذي|هاي)\s+(?:المعلومة|المعلومه|العبارة|العباره)"
    r")(?:\s+(?:دي|هذه|هذي))?"
)


TF_TAIL = Prefiltered(
    re.compile(
        # («…، واش صحيح؟» Maghrebi, «…، وش صحيح؟» Gulf, «…، هل صحيح؟»: is it true?)
        r"[،,.\s]*(شو\s+رأيك\w*|ايش\s+رأيك\w*|وش\s+رأيك\w*|هل\s+هذا|هل|واش|وش)?\s*[\(\[]?\s*("
        r"(صح|صحيح|صحيحة|صحيحه|صواب)\s*[\)\]]?\s*(أم|ام|او|أو|ولا|والا|وإلا|لو|/|-|–)?\s*[\(\[]?\s*"
        r"(خطأ|خطا|غلط|غالط|خاطئة|خاطئه|خاطئ)"
        # «… صح لو لا؟», «… صحيح ولا لأ؟» (Iraqi, Levantine, Egyptian): true or not; voice typing
        # leaves the question mark out («… صح ولا لا»), the tail still ends the message.
        r"|(صح|صحيح|صحيحة|صحيحه)(\s+(كلامه|كلامها|كلامي|جوابي|جوابه|هذا|هالكلام))?\s*"
        r"(أم|ام|او|أو|ولا|والا|وإلا|لو)\s*(لا|لأ|لاء|لاا)\s*[؟?]?"
        # («… صح ولا؟»: «or not» cut short, asked)
        r"|(صح|صحيح)\s+(ولا|والا|وإلا)\s*[؟?]+"
        # («…، صحيح ولا مو صحيح؟»: «true or not true» after the statement)
        rf"|{TRUE_OR_NOT}"
        # «… صح هالمعلومة؟», «… هالكلام صحيح؟», «… هل هذه المعلومة صحيحة؟»: the claim just
        # told, named by «this information / these words», asked true
        rf"|(صح|صحيح|صحيحة|صحيحه|صج)\s+{_THIS_CLAIM}\s*[؟?]*(?=\s*$)"
        rf"|(هل\s+)?{_THIS_CLAIM}\s+(صح|صحيح|صحيحة|صحيحه|صج|ثابت|ثابتة|ثابته)\s*[؟?]*(?=\s*$)"
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
        # («… عثمان جهز الجيش كله. ما رأيكم؟»: the readers' view of what was just told)
        r"|(?:ما|شو|ايش|إيش|وش|ايه|إيه)\s+(?:رأيك|رايك|رأيكم|رايكم|رأيكو|رايكو)"
        r"|a\)\s*true\s*b\)\s*false|a\.\s*true\s*b\.\s*false|true\s*(or|/)\s*false"
        r"|a[\.\)]\s*صح\s*b[\.\)]\s*خطأ|أ\)\s*صح\s*ب\)\s*خطأ|\(\s*\))\s*[\)\]]?\s*[؟?.!]*"
        # («… صح ولا خطأ يا اخوان؟», «… صح أم خطأ يا أستاذ»: the readers called after the
        # tail, a vocative «يا» and one word, asks nothing more)
        r"(?:\s*[،,]?\s*يا\s+[^\s؟?.!،,]+)?\s*[؟?.!]*\s*$",
        re.IGNORECASE,
    ),
    # (every match holds one: each branch's words or signs, the «)» of «( )», or «true»;
    # a new branch needs its word here, tests/test_pattern_speed.py checks)
    (
        *("صح", "صواب", "صج", "مظبوط", "مضبوط", "صدق", "✓", "✔", "√", "✅", "أليس", "كذا"),
        *("كده", ")", "رأي", "راي"),
    ),
    folded=("true",),
)


TF_LEAD = re.compile(
    # («( ) كانت بلاد الروم قريبة …»: the box for the mark before the statement)
    r"^\s*([\(\[]\s*[\)\]](?=\s*\S)"
    # («T or F: …», «True/False: …» before an Arabic statement: code-switched)
    r"|(?i:t|true)\s*(?:or|/)\s*(?i:f|false)\s*[:：\-–]"
    # («ضع علامة (✓) أمام العبارة الصحيحة وعلامة (✗) أمام الخاطئة: …»: the whole instruction)
    r"|(ضع|ضعي|اضع|أضع)\s+(علامة|علامه|إشارة|اشارة|اشاره)[^:：\n]{0,80}[:：]"
    # («صح لو غلط:» Iraqi, «صحيح ولا غالط:» Maghrebi, «صحيح أم خطأ:»; «صاح ولا غلط:», a long
    # vowel typed in «صح», is no «shouted» before «or wrong»)
    # («صحيح ولا مو صحيح: …», «هذا صحيح ولا ماهو صحيح: …»: «true or not true», a colon after)
    rf"|(?:(?:ذا|هذا|هاد|ده|دا)\s+)?{TRUE_OR_NOT}\s*(?=[:：\-–])"
    r"|(صح|صحيح|صواب|صاح)\s*(أم|ام|او|أو|ولا|لو|/)\s*(خطأ|خطا|غلط|غالط)"
    # («صح ولا خطأ يا شباب: …»: the readers called before the colon)
    r"(?:\s+يا\s+[^\s:：؟?،,]+(?=\s*[:：]))?"
    # («… من كتاب بنتي ضعي علامة صح او خطأ: …», «▫️ صح او خطأ ▫️ …»: the instruction after a
    # parent's words or a channel's bullet, closed by a colon or an emoji; «طيب يعني سؤال صح
    # ولا خطأ …» voice-typed, after fillers only)
    # («أجب بصح أو خطأ:»: the answer's «ب»; «صح ولا خطأ يا شباب:»: the readers called first)
    r"|[^\n:：؟?]{0,100}?(?<!\S)ب?(صح|صواب)\s*(أم|ام|او|أو|ولا|/)\s*(خطأ|خطا|غلط)\s*"
    r"(?:يا\s+[^\s:：؟?]+\s*)?(?:[:：\-–\n]|[▫▪🔹🔸🔴🟢🔵⭐\ufe0f]+)"
    # («🔥 تحدي اليوم: صح ولا خطأ؟ …»: a post's title, then the instruction asked)
    r"|[^\n:：؟?]{0,40}[:：]\s*(صح|صواب)\s*(أم|ام|او|أو|ولا|/)\s*(خطأ|خطا|غلط)\s*[؟?](?=\s*\S)"
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
    # («بين صحة أو خطأ العبارة:», «حدد صحة أو خطأ ما يلي:»)
    r"|(بين|بيّن|ما|وضح|حدد)\s+(صحة|صحه)\s*(أو|او|و|من)\s*(خطأ|خطا)\s+"
    r"(العبارة|العباره|الجملة|الجمله|العبارات|ما\s+يلي)(\s+(التالية|التاليه|الآتية|الاتية))?"
    r"\s*(?=[:：])"
    # «صحح الخطأ إن وجد:», «صحح العبارة التالية:», «صحح الخطأ في العبارة:»: correct the
    # statement, which is judged (a true one has nothing to correct)
    r"|(صحح|صححي|صحّح|صحّحي)\s+(الخطأ|الخطا|الأخطاء|الاخطاء|العبارة|العباره|الجملة|الجمله)"
    r"(\s+(في|فى)\s+(العبارة|العباره|الجملة|الجمله))?(\s+(التالية|التاليه|الآتية|الاتية))?"
    r"(\s+(إن|ان)\s+(وجد|وجدت?))?\s*(?=[:：])"
    # («العبارة: «…» صحيحة أم خاطئة؟»: the statement's label before its quotation marks)
    r"|(العبارة|العباره|الجملة|الجمله)\s*[:：]\s*(?=[\"«“])"
    # («شو رأيكم بهالمعلومة: …»: the readers' view of the claim after the colon)
    r"|(شو|ايش|إيش|وش|ما)\s+(رأيك|رايك|رأيكم|رايكم)\s+(ب|في\s+)?"
    r"(هالمعلومة|هالمعلومه|هالكلام|هذه\s+المعلومة|هذا\s+الكلام)\s*(?=[:：])"
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
# Clocks and timers a quiz post sets beside its heading («الجولة 2 ⏱», «⏳ السؤال الأول»).
_CLOCKS = "\u231a\u231b\u23e9-\u23fa"


SHEET_LINE = re.compile(
    # («سؤال من طالبة:», «سؤال للأستاذ:»: who the question comes from, before it; a channel's
    # «🔴 السؤال الأخير 🔴» between emoji)
    rf"^[\s{PICTOGRAPHS}{SYMBOLS}{SHAPES}\ufe0f▫▪{_CLOCKS}]*((?:سؤال|السؤال)\s+(?:من|ل|الى|إلى)\s*\S+(?:\s+\S+)?\s*[:：]"
    r"|السؤال\s+\S+|سؤال\s+\S+|س\s*[0-9٠-٩]+|الدرس\s+.*|ورقة عمل.*|اختبار.*|امتحان.*"
    # («📚 سؤال رقم 3 📚», «🎯 تحدي اليوم 🎯»: a channel's numbered or daily post)
    r"|(?:السؤال|سؤال)\s+رقم\s*[0-9٠-٩]+"
    r"|(?:ال)?(?:تحدي|مسابق[ةه]|فزور[ةه]|لغز)\s+(?:اليوم|الأسبوع|الاسبوع|الليل[ةه]"
    r"|رقم\s*[0-9٠-٩]+|[0-9٠-٩]+)"
    # («مسابقة الأسرة – الجولة 2 ⏱», «الجولة الثانية»: a quiz's round, asking nothing)
    r"|(?:(?:ال)?مسابق[ةه](?:\s+[^\s\-–—:：]+){0,2}\s*[\-–—:：،,]\s*)?(?:ال)?(?:جول[ةه]|مرحل[ةه])"
    r"\s+(?:رقم\s*)?(?:[0-9٠-٩]+|الأولى|الاولى|الثانية|الثانيه|الثالثة|الثالثه|الرابعة|الرابعه"
    r"|الأخيرة|الاخيرة|الاخيره|النهائية|النهائيه)"
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
    rf"\s*[:：]?[\s{PICTOGRAPHS}{SYMBOLS}{SHAPES}\ufe0f▫▪{_CLOCKS}]*$"
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
    # (a tick before «or» and a cross is no bullet: «… تبوك؟ ✔️ ولا ❌» asks true or false)
    r"^\s*(?:[●•·▪◦○■□☐☒▢►▸✓✔\-\*–—]+(?!\ufe0f?\s*(?:أو|او|أم|ام|ولا|لو|/)?\s*[❌✗✘×])\s*"
    r"|\(\s*[0-9٠-٩]{1,2}\s*\)\s*|[0-9٠-٩]{1,2}\s*[\)\.\-:/]\s*"
    r"|(?:س|سؤال|السؤال)\s*[0-9٠-٩]{1,2}\s*[:\-\.\)/]?\s*"
    # («السؤال رقم 6: أكمل الفراغ»: the number said as «رقم», before the item or instruction)
    r"|(?:السؤال|سؤال)\s+رقم\s*[0-9٠-٩]{1,3}\s*[:\-\.\)/]\s*"
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


# Arabic and Latin option letters: «أ)», «(ب)», «ج-», «د.», «هـ)», «A)», «(b)» (the letters:
# knowledge/option_letters.py).


OPTION_LABEL = re.compile(
    rf"^\s*(?:\(\s*({OPTION_LETTER})\s*\)|({OPTION_LETTER})\s*[\)\-\.–:/])\s*(?=\S)"
)


INLINE_OPTION = Prefiltered(
    re.compile(
        # («أ. عثمان ب. طلحة»: a letter and a dot before a space labels too)
        # (the same letters as OPTION_LABEL: «هـ»/«ه» and «و» read in their place in order)
        rf"(?:(?<=\s)|^)(?:\(\s*({OPTION_LETTER})\s*\)|({OPTION_LETTER})\s*(?:[\)\-–]|\.(?=\s)))\s*"
    ),
    # (every label is closed by one of these)
    (")", "-", "–", "."),
)


DOTS_BETWEEN = re.compile(r"\s*(?:\.{3,}|…+|_{3,}|-{3,}|/|،\s*أو|\s+أو\s+|\s+او\s+)\s*")


# («( )» and «(……)» in the middle of a sentence are blanks too; «( )» at its end is the box
# of a true/false item, read before blanks)
BLANK_MARK = Prefiltered(
    re.compile(
        r"(\(\s*(?:\.{2,}|…+|_{2,}|-{2,})?\s*\)|\.{3,}|…+|_{2,}|-{4,}|\[\s*\]|(?:\.\s){2,}\.)"
    ),
    # (every match holds one: each branch's first sign; tests/test_pattern_speed.py checks)
    ("(", ".", "…", "__", "----", "["),
)


# Option numbers: «1)», «(٢)», «3-»; and Arabic-Indic digits read as ASCII.
DIGIT_LABEL = re.compile(r"^\s*\(?\s*([0-9٠-٩])\s*[\)\-\.–/]\s*(?=\S)")

ARABIC_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩", "0123456789")
