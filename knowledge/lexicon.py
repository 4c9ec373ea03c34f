"""Curated word lists for matching. All entries are in normalised form (see normalize.py).

Generic stopword lists treat question words as noise and know no dialect, so this
project keeps its own short lists (shared/notes/ARABIC_MATCHING.md).
"""

from __future__ import annotations

from enum import StrEnum


class QuestionType(StrEnum):
    """What the question asks for, read from its question word."""

    TIME = "time"
    NUMBER = "number"
    PERSON = "person"
    PLACE = "place"
    REASON = "reason"
    MANNER = "manner"
    THING = "thing"
    YESNO = "yesno"
    NONE = "none"


# Single words that name a question type wherever they stand.
QUESTION_WORDS: dict[str, QuestionType] = {
    # time
    "متي": QuestionType.TIME,
    "امتي": QuestionType.TIME,
    "ايمتي": QuestionType.TIME,
    "امتا": QuestionType.TIME,
    "متا": QuestionType.TIME,
    "وقتاش": QuestionType.TIME,
    "امته": QuestionType.TIME,
    "تاريخ": QuestionType.TIME,
    # number
    "كم": QuestionType.NUMBER,
    "كام": QuestionType.NUMBER,
    "قديش": QuestionType.NUMBER,
    "قديه": QuestionType.NUMBER,
    "قداش": QuestionType.NUMBER,
    "شقد": QuestionType.NUMBER,
    "شكد": QuestionType.NUMBER,
    "شحال": QuestionType.NUMBER,
    "عدد": QuestionType.NUMBER,
    # "for how much" («بكم تبرع عثمان», Egyptian «اتبرع بكام»)
    "بكم": QuestionType.NUMBER,
    "بكام": QuestionType.NUMBER,
    "بقديش": QuestionType.NUMBER,
    "بشحال": QuestionType.NUMBER,
    "بقداش": QuestionType.NUMBER,
    "بشكد": QuestionType.NUMBER,
    # person
    "مين": QuestionType.PERSON,
    "منو": QuestionType.PERSON,
    "منهو": QuestionType.PERSON,
    "منهم": QuestionType.PERSON,
    "شكون": QuestionType.PERSON,
    "لمين": QuestionType.PERSON,
    # place
    "اين": QuestionType.PLACE,
    "وين": QuestionType.PLACE,
    "فين": QuestionType.PLACE,
    "لوين": QuestionType.PLACE,
    "منين": QuestionType.PLACE,
    "فاين": QuestionType.PLACE,
    "مكان": QuestionType.PLACE,
    "موقع": QuestionType.PLACE,
    "موضع": QuestionType.PLACE,
    # reason
    "لماذا": QuestionType.REASON,
    "ليش": QuestionType.REASON,
    "ليه": QuestionType.REASON,
    "علاش": QuestionType.REASON,
    "لاش": QuestionType.REASON,
    "سبب": QuestionType.REASON,
    "اسباب": QuestionType.REASON,
    "لمه": QuestionType.REASON,
    # «علل» opens school questions asking for the reason ("علل: سُمّي جيش العسرة ...")
    "علل": QuestionType.REASON,
    "اعلل": QuestionType.REASON,
    "نعلل": QuestionType.REASON,
    "موعد": QuestionType.TIME,
    # «غزوة تبوك زمانها ومكانها»: its time (bare «زمان», long ago, is a dialect filler)
    "زمانها": QuestionType.TIME,
    "زمانه": QuestionType.TIME,
    # manner
    "كيف": QuestionType.MANNER,
    "ازاي": QuestionType.MANNER,
    "شلون": QuestionType.MANNER,
    "كيفاش": QuestionType.MANNER,
    "كيفيه": QuestionType.MANNER,
    # thing
    "ماذا": QuestionType.THING,
    "شنو": QuestionType.THING,
    "شنهو": QuestionType.THING,
    "شنوه": QuestionType.THING,
    "ايش": QuestionType.THING,
    "شو": QuestionType.THING,
    "وش": QuestionType.THING,
    "اشنو": QuestionType.THING,
    "اش": QuestionType.THING,
    "واش": QuestionType.YESNO,
    "هل": QuestionType.YESNO,
    # more dialect forms
    "شوكت": QuestionType.TIME,
    "ايمتا": QuestionType.TIME,
    "فوقاش": QuestionType.TIME,
    "امتين": QuestionType.TIME,
    "اشكون": QuestionType.PERSON,
    "مينو": QuestionType.PERSON,
    "اسماء": QuestionType.PERSON,
    "مناين": QuestionType.PLACE,
    "علاه": QuestionType.REASON,
    "عليش": QuestionType.REASON,
    "لويش": QuestionType.REASON,
    "اشمعني": QuestionType.REASON,
    "ليشو": QuestionType.REASON,
    "اشحال": QuestionType.NUMBER,
    "قداه": QuestionType.NUMBER,
    "اديش": QuestionType.NUMBER,
    "شكثر": QuestionType.NUMBER,
    "كيفما": QuestionType.MANNER,
    "اشلون": QuestionType.MANNER,
    "وشلون": QuestionType.MANNER,
    # Maghrebi, Levantine and Gulf forms of when, who and where
    "اشوكت": QuestionType.TIME,
    "ايمت": QuestionType.TIME,
    "يمتي": QuestionType.TIME,
    "ايوقت": QuestionType.TIME,
    "وقتاه": QuestionType.TIME,
    "مينهو": QuestionType.PERSON,
    "منهي": QuestionType.PERSON,
    "منيين": QuestionType.PLACE,
    "وينه": QuestionType.PLACE,
    "وينها": QuestionType.PLACE,
    "وينهم": QuestionType.PLACE,
    "لفين": QuestionType.PLACE,
    "بماذا": QuestionType.THING,
    "بم": QuestionType.THING,
    "شني": QuestionType.THING,
    "شنيا": QuestionType.THING,
    "شنيه": QuestionType.THING,
    "وشو": QuestionType.THING,
}

# Words that are question words only at the start of a question: من is also "from",
# ما is also a negation, لم is also "did not", ايه is also "yes".
LEADING_QUESTION_WORDS: dict[str, QuestionType] = {
    "من": QuestionType.PERSON,
    # «لمن» opening a question is "to whom"; inside one, Gulf and Iraqi «لمن» is "when"
    "لمن": QuestionType.PERSON,
    "ما": QuestionType.THING,
    "لم": QuestionType.REASON,
    "ايه": QuestionType.THING,
    "اي": QuestionType.THING,
    "ايش": QuestionType.THING,
}

# Two-word openings that decide the type before single words do.
QUESTION_PHRASES: dict[tuple[str, str], QuestionType] = {
    ("اي", "سنه"): QuestionType.TIME,
    ("اي", "عام"): QuestionType.TIME,
    ("اي", "شهر"): QuestionType.TIME,
    ("سنه", "كم"): QuestionType.TIME,
    ("عام", "كم"): QuestionType.TIME,
    ("سنه", "كام"): QuestionType.TIME,
    # Maghrebi «فاش من عام/شهر» (in which year); bare «فاش» reads as و/ف + «اش», what
    ("فاش", "من"): QuestionType.TIME,
    ("شهر", "كم"): QuestionType.TIME,
    ("انهي", "سنه"): QuestionType.TIME,
    ("اي", "وقت"): QuestionType.TIME,
    ("اي", "زمان"): QuestionType.TIME,
    # «في أي يوم نزلت الآية»: which day is a time, as which year or month is
    ("اي", "يوم"): QuestionType.TIME,
    # «في أي ساعة وصل الجيش»: which hour is a time too («ساعة العسرة» is a name, not asked)
    ("اي", "ساعه"): QuestionType.TIME,
    # «ما الشهر الذي أعلنت فيه التعبئة»: which month (year) is a time, as «أي شهر» is
    ("ما", "الشهر"): QuestionType.TIME,
    ("ما", "السنه"): QuestionType.TIME,
    ("ما", "العام"): QuestionType.TIME,
    # «ما زمن غزوة تبوك» («أوضح زمن …» read as «ما زمن …»): its time, as «ما تاريخ …» is
    ("ما", "زمن"): QuestionType.TIME,
    ("ما", "توقيت"): QuestionType.TIME,
    ("اي", "مكان"): QuestionType.PLACE,
    ("اي", "بلد"): QuestionType.PLACE,
    ("ما", "سبب"): QuestionType.REASON,
    ("شو", "سبب"): QuestionType.REASON,
    ("ما", "اسباب"): QuestionType.REASON,
    ("ما", "عدد"): QuestionType.NUMBER,
    # Egyptian "how much / how long" (قد is also MSA "may", so only before ايه)
    ("قد", "ايه"): QuestionType.NUMBER,
    ("اد", "ايه"): QuestionType.NUMBER,
    ("من", "اين"): QuestionType.PLACE,
    ("من", "وين"): QuestionType.PLACE,
    ("من", "هو"): QuestionType.PERSON,
    ("من", "هم"): QuestionType.PERSON,
    ("من", "هي"): QuestionType.PERSON,
    ("من", "الذي"): QuestionType.PERSON,
    ("من", "الذين"): QuestionType.PERSON,
    ("من", "اللي"): QuestionType.PERSON,
    # "for what": a reason (Gulf, Egyptian, Levantine)
    ("عشان", "ايش"): QuestionType.REASON,
    ("عشان", "ايه"): QuestionType.REASON,
    ("علشان", "ايه"): QuestionType.REASON,
    ("كرمال", "شو"): QuestionType.REASON,
    ("كرمال", "ايش"): QuestionType.REASON,
}

# "With / on whom" («مع من كانت غزوة تبوك»): the enemy is a people, asked like a person.
# Read only when no question word is found elsewhere («بماذا منّ الله على من خرجوا مع…»).
PREPOSITION_QUESTIONS: dict[tuple[str, str], QuestionType] = {
    ("مع", "من"): QuestionType.PERSON,
    ("مع", "مين"): QuestionType.PERSON,
    ("علي", "من"): QuestionType.PERSON,
    ("علي", "مين"): QuestionType.PERSON,
    ("علي", "منو"): QuestionType.PERSON,
    # «ضد من أعلن التعبئة» asks who the enemy was
    ("ضد", "من"): QuestionType.PERSON,
    ("ضد", "مين"): QuestionType.PERSON,
    ("ضد", "منو"): QuestionType.PERSON,
}

# Question words that also carry meaning as content ("the number", "the reason").
CONTENT_QUESTION_WORDS: frozenset[str] = frozenset("عدد سبب اسباب تاريخ مكان موقع".split())

# When several question words appear, the earlier entry here wins.
TYPE_PRIORITY: tuple[QuestionType, ...] = (
    QuestionType.TIME,
    QuestionType.REASON,
    QuestionType.NUMBER,
    QuestionType.PLACE,
    QuestionType.PERSON,
    QuestionType.MANNER,
    QuestionType.YESNO,
    QuestionType.THING,
)

# Function words, fillers and politeness in MSA and dialects: they never decide a match.
# (Question words are function words too, but live in QUESTION_WORDS only.) «رأيك/رأيكم»
# asks the reader's view, no one's sight («رأى»): «ما رأيكم؟» is not what the Romans saw.
# «حين», «حينما», «عندما» join a time clause, as «لما» does: «ماذا فعل الروم حين بلغهم خروج
# الجيش» asks what they did; «حين» read as content drew the answer away from that.
STOPWORDS: frozenset[str] = frozenset(
    """
    صلي وسلم سلم اذكر اذكرلي اذكروا معنا ايام ثاني تاني جغرافي الجغرافي عمن عما ممن مما
    عنه عنها عنهم عنهما منه منها منهما عليه عليها عليهم له لها لهم به بها بهم
    معه معها معهم واحد واحده
    شسو شسوي شسوا شسووا شسوو شسويت جان جانت جانو اكو ماكو شكو هسه هسا هلق هلا دابا
    هواي هوايه كلش بزاف برشا اوي قوي خالص برضه برضو عشان علشان علشن لان لانه كيما بلكي
    بتاع بتاعه بتاعت بتوع بتوعه ديال ديالو ديالها ديالهم تاع تاعو تاعهم تبعو تبعهم نتاع
    متاع حقت حقه حقهم حقين قدام ورا جهه ناحيه نحو طرف جا جاء جاو جاهم اجا اجو اتي اتو
    ربنا ربي قال قالو يقول قالت حدثني حدثنا خبرنا علمني فهمني ابغا ابغي ودي
    وقت لما لين لحد شنهي صاير بيصير يصير
    حين حينما عندما
    في فيها فيه فيهم الي الا علي عن مع ب ل ك و ف او ثم حتي بين عند
    فعل يفعل عمل يعمل سوي سوا يسوي عملو سوو قام
    لدي منذ مذ خلال حول تحت فوق دون غير بدون بن ابن بنت بهذا بهذه لهذا لهذه لذلك كذلك
    بذلك هكذا هيك هو هي هم هن هما انت انتم انا نحن هذا هذه ذلك تلك هذي هاذي هاي هدا هاد هادي
    هادا ذا دي ده دا دول هذول هاذول هاذا ذي اللي الي الذي التي الذين اللذين اللتين اللاتي
    ايلي كان كانت كانو كانوا يكون تكون كن صار صارت صاروا يصير تصير حصل حصلت يحصل وقع وقعت
    جري جرت تم تمت حدث حدثت يحدث اصبح اصبحت ليس ليست مش مو موب ماهو ماهي مب قد لقد ان انه
    داز دازت دازو دازوا ال الو الها الهم الهن شييا شيا
    انها انهم اذا اذ لو لولا لكن بل قد كل بعض ايا يا ايها اخي اخوي اختي شيخ شيخنا
    يا ريت ياريت رجاء لوسمحت لو سمحت سمحت ممكن بليز فضلك فضلكم الله يعطيك العافيه يخليك تكرم
    عفوا ابي ابغي ابغا بغيت بدي بدنا عايز عاوز عاوزه عايزه حاب حابب اريد نريد اعرف نعرف
    عرفني عرفنا قولي قلي قل قللي قولولي خبرني اخبرني احكيلي احكي احكيلنا احكلي اشرح اشرحلي
    وضح وضحلي بين

      هو هي يعني طيب السلام سلام عليكم مرحبا اهلا هلا والله بالله تري ترا بس كده
    كدا هيك هيكا كذا كده حق تاع ديال متاع بتاع بتاعت تبع تبعت نتاع شي شيء اشي حاجه
    اللي يلي لي له لها لهم منها منه عليه عليها عليهم اليه اليها اليهم به بها بهم فيك
    فيكم لك لكم معه معها معهم ان ا لا نعم اه ايوه ايوا صح صحيح طب طيب بيه بيها بيهم
    استدل نستدل ادلل
    سمحتوا سمحتو سمحتم تسمح تسمحولي مباشره
    رايك رايكم رايكو رايكي
    السيره سيره الاخر الاخري الاخرين الاخريات
    """.split()
)

# Greetings and thanks: a message made only of these words gets a courteous reply.
GREETING_WORDS: frozenset[str] = frozenset(
    """
    السلام سلام عليكم عليكو وعليكم ورحمه الله وبركاته مرحبا مرحبتين مراحب اهلا هلا هلو هاي
    هلاو صباح مساء الخير النور الفل حياك حياكم الله يا بوت شيخ اخي اخوي شباب جماعه الخير
    وسهلا سهلا تحيه طيبه اهلين سلامات يسعد صباحك مساك مساكم صباحكم الورد
    ازيك ازيكم كيفك كيفكم شلونك شلونكم شخبارك شخباركم اخبارك اخباركم الحال حالك حالكم
    عامل عامله عاملين ايه لاباس بخير خويا خويه اخويا
    """.split()
)
GREETING_CORE: frozenset[str] = frozenset(
    """
    السلام سلام مرحبا مرحبتين اهلا اهلين هلا هلو هاي هلاو صباح مساء حياك حياكم تحيه سلامات
    ازيك ازيكم كيفك كيفكم شلونك شلونكم شخبارك شخباركم
    """.split()
)
THANKS_WORDS: frozenset[str] = frozenset(
    """
    قصرت ما يجزاك يجزيك ميرسي ثانكس عاشت ايدك ايدكم يدك الف
    شكرا شكر شكرن جزيلا جزاك جزاكم الله خير خيرا الخير بارك فيك فيكم مشكور مشكورين يعطيك
    يعطيكم العافيه تسلم تسلمي تسلمون يسلمو يسلموا ايديك يدك ربي احسنت احسنتم جميل
    رايع ممتاز حلو كثير كتير جدا يا بوت شيخ اخي اخوي والله thanks thx merci غالي حبيبي
    الغالي يسلمك يسلمكم يسلم
    """.split()
)
THANKS_CORE: frozenset[str] = frozenset(
    """
    شكرا شكر شكرن جزاك جزاكم بارك مشكور مشكورين يعطيك يعطيكم تسلم تسلمي يسلمو يسلموا احسنت
    احسنتم قصرت يجزاك يجزيك ميرسي ثانكس عاشت يسلمك يسلمكم
    """.split()
)

# Words that make a question yes/no without «هل»: «صحيح أن…», «… صح؟», «صدك؟» (read by
# knowledge/wording.py for «نعم/لا», and by knowledge/message_patterns.py for asking).
YES_NO_WORDS: frozenset[str] = frozenset("صحيح صح صدك صدق حقا".split())

# Proper nouns the stemmer must leave alone (stripping ان from عثمان gives nonsense).
PROTECTED: frozenset[str] = frozenset(
    """
    تبوك عثمان عفان عمر خطاب ابو بكر صديق عوف عبدالرحمن رحمن خالد وليد هرقل اكيدر ايله دومه
    جندل موته غسان غساسنه لخم روم رومان بيزنطه بيزنطيه بيزنطيين شام مدينه رجب جعفر زيد
    حارثه رواحه حارث عمير شرحبيل جرباء اذرح محمد رسول نبي قران توبه انصار جزيره عرب هجري
    هجره
    """.split()
)

# The bot's own subject: named in most questions, so never a sign of another topic.
SUBJECT_TERMS: frozenset[str] = frozenset("تبوك نبي غزو مسلم".split())
# The expedition named as typed (normalised): it frames a question, it asks nothing.
EXPEDITION_WORDS: frozenset[str] = frozenset("غزوه الغزوه تبوك".split())
# Names of people, peoples and places: a question naming one is about it.
ENTITIES: frozenset[str] = (
    PROTECTED | {"عمر", "بكر", "عثمان", "نبي", "هرقل", "مدينه", "شام", "ايله", "منافق"}
) - SUBJECT_TERMS

# Fathers' names the base's people are known by (خالد بن الوليد, عبد الرحمن بن عوف, ...).
PATRONYMS: tuple[str, ...] = ("الوليد", "عوف", "الخطاب", "عفان", "عمير", "عمرو", "حارثه", "رواحه")

# Word pairs the subject's names are always written in. When one word of a pair is typed
# right, a slip in the other is read against its partner alone, even when the slip makes a
# real word: «غزوة توك» is «غزوة تبوك», «بن الولد» is «بن الوليد».
COLLOCATIONS: tuple[tuple[str, str], ...] = (
    ("غزوه", "تبوك"),
    ("جيش", "العسره"),
    ("ساعه", "العسره"),
    ("دومه", "الجندل"),
    ("ابو", "بكر"),
    ("عبد", "الرحمن"),
    ("سوره", "التوبه"),
    ("الجزيره", "العربيه"),
    # «بعد/قبل تبوك» are said as often as a name: «يعد تبوك» is «بعد» with a dot slipped
    ("بعد", "تبوك"),
    ("قبل", "تبوك"),
    *((son, name) for son in ("بن", "ابن") for name in PATRONYMS),
)

# Words of a title or role that identify a person the question names («عثمان صهر النبي»,
# «ثالث الخلفاء الراشدين», «زوج ابنة النبي»): harmless when the facts do not know them and
# the question names someone (stems, see engine: an identifying title is dropped).
EPITHETS: frozenset[str] = frozenset("صهر راشد زوج ابنه صاحب رفيق خادم حبيب سيد".split())
