"""The word patterns of a headline: topic nouns («أسباب غزوة تبوك»), two topics of one
subject («أسباب ونتائج غزوة تبوك»), and what a search headline wraps around its topic
(«بحث عن … pdf»); knowledge/headlines.py reads headlines with them."""

from __future__ import annotations

import re

# Headline nouns («أسباب غزوة تبوك», «نتائج…»): a phrase opening with one names a topic.
HEADLINE_NOUN_WORDS = (
    r"أسباب|اسباب|سبب|نتائج|نتيجة|نتيجه|أهم|اهم|موقف|دور|عدد|تاريخ|قائد|قادة|اسم|أسماء|اسماء"
    r"|مكان|موقع|معنى|مفهوم|تعريف|ملخص|نبذة|نبذه|قصة|قصه|أحداث|احداث|مدة|مده|صفات|أبرز|ابرز|حكم|فضل"
    r"|دروس|عبر|شروط|بنود|نص|مقدار|كمية|غزوة|غزوه|معركة|معركه|جيش|آية|ايه|سورة|سوره|ظروف"
)
HEADLINE_NOUNS = re.compile(rf"^\s*(ال)?({HEADLINE_NOUN_WORDS})\b")
# Two topics of one subject in a headline: «أسباب ونتائج غزوة تبوك» (both nouns first),
# «تاريخ غزوة تبوك وسببها» (the second after the subject, with «its» on it; a noun after it,
# «وعدد أيامها», asks something else of it and is not split off). Only HEADLINE_NOUN_WORDS.
_TOPIC_NOUN = rf"(?:ال)?(?:{HEADLINE_NOUN_WORDS}|أهمية|اهمية|أهميه|اهميه|نتايج)"
TOPICS_BEFORE = re.compile(rf"^(ما\s+)?({_TOPIC_NOUN})\s+و\s*({_TOPIC_NOUN})\s+(\S.*)$")
# «غزوة تبوك: الأسباب والنتائج», «غزوة تبوك - الأسباب والنتائج»: the subject, then its topics.
TOPICS_OF = re.compile(
    rf"^(?P<subject>[^:：()\-–]{{3,40}}?)\s*(?:[:：\-–]|\()\s*"
    rf"(?P<topics>{_TOPIC_NOUN}(?:(?:\s*[،,]\s*|\s+و\s*){_TOPIC_NOUN}){{1,2}})\s*\)?\s*[.؟?]?$"
)
TOPIC_SEPARATOR = re.compile(r"\s*[،,]\s*|\s+و\s*")
# «غزوة تبوك أسبابها ونتائجها», «غزوة تبوك: أسبابها، نتائجها», «غزوة تبوك زمانها ومكانها»:
# the subject, then two or three topics, each with «its» on it (so a colon may be left out:
# «غزوة تبوك عدد المجاهدين» is one topic); the topics after the first are headline nouns.
TOPICS_OF_IT = re.compile(
    rf"^(?P<subject>[^:：()\-–]{{3,}}?)\s*[:：\-–]?\s*"
    rf"(?P<topics>(?:{_TOPIC_NOUN}|\S{{3,}}?)(?:ها|هم|ه)"
    rf"(?:(?:\s*[،,]\s*|\s+و\s*){_TOPIC_NOUN}(?:ها|هم|ه)){{1,2}})"
    r"\s*[.؟?]?$"
)
# One topic of those, its «its» apart.
TOPIC_OF_IT = re.compile(r"(\S+?)(ها|هم|ه)")
# A headline noun with «its» («أسبابها», «نتائجه»): asked before the subject, «أسباب غزوة تبوك»,
# when the subject is short (a longer one stays whole before its topics).
NOUN_OF_IT = re.compile(rf"({_TOPIC_NOUN})(?:ها|ه)")
NOUNS_OF_IT_SUBJECT_MAX = 40
# A subject opening with a headline noun («غزوة تبوك», «ما غزوة تبوك»), the topic with «its»
# asked after it.
HEADED_SUBJECT = re.compile(rf"^(?:ما\s+)?{_TOPIC_NOUN}\s+\S")
TOPIC_AFTER = re.compile(
    rf"^(ما\s+)?({_TOPIC_NOUN})\s+(\S.*?)\s+و\s*({_TOPIC_NOUN})(?:ها|ه|هم)\s*[.؟?]?$"
)
# A phrase opening with a noun that names a topic («آخر غزوة للنبي ﷺ», «تبرعات الصحابة في
# غزوة تبوك», «علاقة غزوة مؤتة…»): judged like a statement (a claim in it may be false, and a
# fact that covers too little of it is no answer), but never «صحيح»: it asks for the topic.
TOPIC_OPENING = re.compile(
    r"^\s*(?:(ال)?(?:آخر|اخر|أول|اول|مهمة|مهمه|مصير|حشود|استجابة|استجابه)\b"
    r"|(ال)?\w{2,}(ة|ات)\s)"
)


# «ردة فعل الروم»: a reaction is the stance the facts are asked about with «موقف».
REACTION = re.compile(r"(?<![\w])(?:ردة|رده|رد)\s+(?:فعل|الفعل)(?![\w])")


# What a search headline wraps around its topic («بحث عن غزوة تبوك مع المراجع», «ملخص درس
# غزوة تبوك للصف الثامن pdf»): the kind of document wanted, never what is asked.
SEARCH_LEAD = re.compile(
    # («اريد بحث عن …», «اكتب موضوع تعبير عن …»: asking for the document)
    r"^\s*(?:(?:اريد|أريد|ابي|أبي|ابغى|أبغى|بدي|عايز|عاوز|ممكن|نبي|بغيت|اكتب|أكتب|اكتبي)\s+)?"
    # («مقدمة بحث عن …», «عرض بوربوينت عن …»: a part of the document, or its format)
    r"(?:(?:مقدمة|مقدمه|خاتمة|خاتمه)\s+)?"
    r"(?:(?:بحث|بحثا|تقرير|تقريرا|مقال|مقالا|مقاله|موضوع|موضوعا|ملف|عرض|مطوية|مطويه|معلومات"
    r"|نبذة|نبذه|نبذا|فقرة|فقره"
    r"|كلمة|كلمه|(?:إذاعة|اذاعة|اذاعه)\s+(?:مدرسية|مدرسيه))\s+(?:تعبير\s+|إنشاء\s+|انشاء\s+)?"
    r"(?:(?:بوربوينت|باوربوينت|تقديمي)\s+)?"
    # («اكتب مقالا قصيرا لا يتجاوز صفحة واحدة عن …»: its length, before its topic)
    r"(?:(?:كامل|كاملة|كاملا|مختصر|مختصرا|مختصرة|قصير|قصيرا|قصيرة|موجز|موجزا|موجزة|شامل|شاملا)\s+)?"
    r"(?:(?:لا\s+(?:يتجاوز|تتجاوز|يزيد\s+عن|تزيد\s+عن|يزيد\s+على|تزيد\s+على)|في\s+حدود|بحدود)\s+"
    r"(?:\S+\s+){0,2}?(?:صفحة|صفحه|صفحتين|صفحات|سطر|سطرين|أسطر|اسطر|سطور|كلمة|كلمه|كلمات)"
    r"(?:\s+(?:واحدة|واحده|واحد))?\s*[،,]?\s+)?"
    r"(?:عن|حول)\s+"
    r"|(?:(?:اريد|أريد|ابي|أبي|ابغى|أبغى|بدي|عايز|عاوز|ممكن|نبي|بغيت)\s+)?"
    r"(?:ملخص|ملخصا|تلخيص|خلاصة|خلاصه)\s+(?:(?:سريع|مختصر|قصير|شامل|كامل)\s+)?"
    r"(?:(?:درس|الدرس)\s+)?(?:(?:عن|حول)\s+)?"
    r"|(?:(?:شرح|تحضير)\s+)?(?:درس|الدرس)\s+(?=(?:غزوة|غزوه|يوم)\s))"
)
SEARCH_TAIL = re.compile(
    r"\s+(?:pdf|doc|docx|ppt|pptx|word|وورد|بوربوينت|باوربوينت|بي\s+دي\s+اف"
    r"|مع\s+(?:ال)?(?:مراجع|مصادر|صور)|بال(?:مراجع|مصادر|صور)|جاهز|جاهزة|جاهزه"
    r"|(?:مختصر|مختصرة|مختصره|باختصار|قصير|قصيرة|قصيره)(?:\s+(?:جدا|جدًا|جداً|شديد|شديدة|شديده))?"
    r"|للطلاب|للاطفال|للأطفال|كاملة|كامله"
    # («… في خمسة أسطر», «… بسطرين»: how long the document is to be)
    r"|(?:في|ب)\s*(?:\S+\s+)?(?:أسطر|اسطر|سطور|سطرين|سطر|صفحة|صفحه|صفحتين|كلمات)"
    # («اسباب غزوه تبوك بحث», «نتائج تبوك ملخص»: the document wanted, named after the topic)
    r"|بحث|ملخص|تلخيص|تقرير|مقال|مقالة|مقاله|مطوية|مطويه"
    r"|بالتفصيل|بالتفصيل\s+الممل|بالتفاصيل|ويكيبيديا|ويكي|wikipedia|wiki"
    r"|(?:على|علي|في)\s+(?:ال)?(?:خريطة|خريطه|خارطة|خارطه)|بالخريطة|بالخريطه"
    r"|(?:لل|ال)?صف\s+\S+(?:\s+(?:ال)?(?:ابتدائي|أساسي|اساسي|متوسط|إعدادي|اعدادي|ثانوي))?"
    # («… للصف السادس درس»: the lesson named after the grade; not «حسب الدرس», as taught)
    r"|(?<!حسب\s)(?<!في\s)(?<!من\s)(?:درس|الدرس)"
    # the school subject («درس غزوة تبوك الصف السابع التربية الإسلامية»)
    r"|(?:مادة\s+|ماده\s+)?(?:ال)?(?:تربية|تربيه)\s+(?:ال)?(?:إسلامية|اسلامية|اسلاميه|دينية|دينيه))"
    r"\s*[.]?\s*$",
    re.IGNORECASE,
)


# «فضل الإنفاق من خلال مواقف الصحابة في تجهيز جيش العسرة», «مفهوم العسرة في ضوء الآية 117»:
# an essay's theme, then what it is to be drawn from; what the text states is the latter.
THROUGH = re.compile(
    r"^(?P<theme>[^؟?:\n]{3,60}?)\s+(?:من\s+خلال|في\s+ضوء|على\s+ضوء)\s+(?=\S+\s+\S)"
)
# «المعاهدات التي عقدها الرسول وهو مرابط بتبوك»: where he was when he did it, a setting.
WHILE_THERE = re.compile(
    r"\s+و(?:هو|هي|هم)\s+(?:مرابط|مرابطا|مرابطون|مرابطين|مقيم|مقيما|مقيمون|مقيمين|معسكر|معسكرا"
    r"|نازل|نازلا|موجود|موجودا)(?:\s+\S+){0,2}\s*[.؟?]*\s*$"
)
