"""Set phrases of a question rewritten before matching: read as one word, or dropped.

The question's normalised words are scanned for these phrases (question_rewrites.py) before
stop words go: a title or kunya that names one person, whom a fact is told to, and set verbs
whose object is the expedition's result.
"""

from __future__ import annotations

from knowledge.asking_frames import AUDIENCE_REWRITES
from knowledge.title_rewrites import TITLE_REWRITES

# Set phrases read as one word, or dropped when they only frame the question. Normalised
# words; the replacement is split into words (empty drops the phrase).
_HOW_MANY = ("كم", "كام", "قديش", "شكد", "قداش", "قديه", "شحال", "اديش")
# A source «trusted», «sound», «relied on» (normalised, with and without the article).
_TRUSTED = tuple(
    f"{article}{word}"
    for word in ("موثوق", "موثوقه", "صحيح", "صحيحه", "معتمد", "معتمده", "ثابت", "ثابته")
    for article in ("", "ال")
)
PHRASE_REWRITES: dict[tuple[str, ...], str] = {
    # people named by a title, a kunya or an order (knowledge/title_rewrites.py)
    **TITLE_REWRITES,
    **AUDIENCE_REWRITES,  # «أبيّن للناس»: whom it is told to (knowledge/asking_frames.py)
    # «قبيلة أسلم», «بني أسلم»: the tribe Aslam, not «أسلم» (became Muslim) of the delegations;
    # read as a tribe's name that no fact tells (as «قبيلة جهينة» is)
    **{(tribe, "اسلم"): f"{tribe} قبيلهاسلم" for tribe in ("قبيله", "بني", "بنو")},
    # «السنة النبوية» is the Prophet's Sunnah, its reports (hadith), not a year («سنة»)
    ("السنه", "النبويه"): "الاحاديث",
    ("بالسنه", "النبويه"): "بالاحاديث",
    # «أهل النفاق» are the hypocrites, not the «أهل» of «أهل الإيمان» (the believers)
    ("اهل", "النفاق"): "المنافقين",
    # «جغرافية غزوة تبوك» is the geography of the expedition, where it was: the noun before
    # the name, not the adjective «جغرافي» (a stopword, «الموقع الجغرافي»), which left the
    # bare name and got the overview
    **{
        ("جغرافيه", *name): f"موقع {' '.join(name)}"
        for name in (("غزوه", "تبوك"), ("الغزوه",), ("تبوك",))
    },
    # «شيخ قبيلة …» is a tribe's chief, not the «شيخ» a message addresses (a stopword): left
    # out, «ما اسم شيخ قبيلة تبوك» asked the tribes' name and got Rome's Arab allies
    **{
        (sheikh, group): f"{chief} {group}"
        for sheikh, chief in (("شيخ", "زعيم"), ("شيوخ", "زعماء"))
        for group in ("قبيله", "القبيله", "قبايل", "القبايل", "قوم", "القوم")
    },
    # «مكانة غزوة تبوك بين غزوات النبي» asks its standing (typed «ة», folded to «ه»), not
    # its place: «مكانه» before a noun is no «his place»
    # («… بين غزوات النبي»: its standing among his expeditions is its order among them,
    # «ترتيب غزوة تبوك بين غزوات الرسول»; first, before the bare standing below)
    **{
        (standing, *name, "بين", among): f"ترتيب {' '.join(name)} بين {among}"
        for standing in ("مكانه", "منزله")
        for name in (("غزوه", "تبوك"), ("الغزوه",), ("تبوك",))
        for among in ("غزوات", "الغزوات", "مغازي")
    },
    ("مكانه", "غزوه"): "منزله غزوه",
    ("مكانه", "تبوك"): "منزله تبوك",
    ("مكانه", "الغزوه"): "منزله الغزوه",
    # «لماذا عُدّت/تعتبر غزوة تبوك نصرًا»: «counted as» frames the judgement asked about
    **{
        (verb, expedition): expedition
        for verb in "عدت تعد يعد تعتبر يعتبر اعتبرت".split()
        for expedition in ("غزوه", "الغزوه")
    },
    # the verse numbers written out
    ("الثامنه", "والثلاثين"): "38",
    ("الثامنه", "والثلاثون"): "38",
    ("ثمان", "وثلاثين"): "38",
    ("ثمانيه", "وثلاثين"): "38",
    # «ما اسم المكان الذي سار إليه الجيش»: «اسم» before a word of the place class only says
    # "name the place"; read as content it asks a name of the army (army_name). Without it the
    # question reads as «ما المكان الذي …», the place.
    **{
        (name, place): place
        for name in ("اسم", "واسم")
        # (not «البلد», «المدينة»: towns are named facts of their own, Dumat al-Jandal, Medina)
        for place in ("المكان", "الموضع", "الموقع", "المنطقه")
    },
    # «الظروف التي رافقت/صاحبت تجهيز الجيش»: a feminine «accompanied» after a relative
    # pronoun has circumstances for its subject (people go with «رافقوا»); it only links
    # them to what they came with, and read as content it asks for the companions (verse 117)
    **{
        (which, verb): which
        for which in ("التي", "اللتي", "الاتيه")
        for verb in ("رافقت", "صاحبت", "واكبت", "لازمت")
    },
    # «ما سبب عدم مهاجمة الروم» asks why a thing was not done, as «لماذا لم» does: «سبب»
    # read as content draws the expedition's own causes (reasons), which are never a «not»
    **{
        (*what, cause, "عدم"): "لماذا عدم"
        for what in ((), ("ما",), ("وما",), ("شو",))
        for cause in ("سبب", "اسباب")
    },
    # «بماذا عُرف الجيش» asks what it was known as: its name
    ("بماذا", "عرف"): "ما اسم",
    ("بم", "عرف"): "ما اسم",
    ("بما", "عرف"): "ما اسم",
    ("شبه", "الجزيره"): "الجزيره",
    ("شبه", "جزيره"): "جزيره",
    # «الجزيرة العربية» names a place: its «العربية» is no word about the Arabs
    ("الجزيره", "العربيه"): "الجزيره",
    ("جزيره", "العرب"): "جزيره",
    ("الجزيره", "العرب"): "الجزيره",
    ("بلاد", "العرب"): "الجزيره",
    # "how many people": the number of people, not a word of its own
    ("كم", "واحد"): "كم عدد",
    ("كام", "واحد"): "كام عدد",
    ("قديش", "واحد"): "قديش عدد",
    ("شكد", "واحد"): "شكد عدد",
    ("قداش", "واحد"): "قداش عدد",
    ("كم", "شخص"): "كم عدد",
    ("كم", "نفر"): "كم عدد",
    # Egyptian «قعد في تبوك» is "stayed at"; «قعدوا» alone is "stayed behind"
    ("قعد", "في"): "اقام في",
    ("بشكل", "عام"): "",
    # «نفس الشي», «نفس الحاجة»: the same thing (asking whether two names are one), not
    # «بنفسه» (himself, the Prophet leading in person)
    **{("نفس", same): "" for same in ("الشي", "الشيء", "الحاجه")},
    # «في سطرين», «بكلمتين», «في ثلاث سطور»: how long the answer should be, not what it is
    **{("في", length): "" for length in ("سطر", "سطرين", "سطور", "اسطر", "كلمتين")},
    **{(length,): "" for length in ("بسطرين", "بكلمتين", "بسطر")},
    # «في تبوك بالذات دون غيرها»: "and no other" only stresses what is asked
    **{("دون", other): "" for other in ("غيره", "غيرها", "سواه", "سواها", "غيرهم")},
    # «بلغة بسيطة», «بأسلوب بسيط», «جواب بسيط»: how to answer, not what («بلغه» is no
    # «بلغ», reached)
    **{
        (how, simple): ""
        for how in ("بلغه", "بطريقه", "باسلوب", "بكلام", "بشكل", "جواب", "اجابه", "بعباره")
        for simple in ("بسيطه", "بسيط", "سهله", "سهل", "مبسطه", "مبسط")
    },
    # «بجملة واحدة», «بأسلوب قصصي», «… يفهمها طفل»: the reply's length, manner or reader,
    # not what is asked («بجملة» stemmed is «جمل», Uthman's camels)
    **{(one, "واحده"): "" for one in ("بجمله", "جمله", "بعباره", "بكلمه", "بفقره")},
    **{
        (how, story): ""
        for how in ("باسلوب", "بطريقه", "بشكل")
        for story in ("قصصي", "قصصيه", "حكايي", "حكاييه", "ممتع", "ممتعه")
    },
    **{
        (grasps, child): ""
        for grasps in ("يفهمها", "يفهمه", "يفهمهم", "تفهمها", "تفهمه", "يستوعبها", "يستوعبه")
        for child in ("طفل", "الطفل", "الاطفال", "اطفال", "الصغار", "صغار", "صغير", "ولد", "الولد")
    },
    # («… للصغار», «… في جملة واحدة»: whom the answer is for, and its length)
    **{(young,): "" for young in ("للصغار", "للاطفال", "لطفل", "لاطفال", "للاولاد", "للتلاميذ")},
    ("في", "جمله", "واحده"): "",
    # «من مصدر موثوق», «مع ذكر المصدر», «بالمصدر»: where the answer should come from, not
    # what is asked (the reply always quotes its source); «من» there is «from», no «who»
    **{
        (frm, source, sure): ""
        for frm in ("من", "مع")
        for source in ("مصدر", "مصادر", "المصدر", "المصادر")
        for sure in _TRUSTED
    },
    **{(source, sure): "" for source in ("بمصدر", "بمصادر") for sure in _TRUSTED},
    ("مع", "ذكر", "المصدر"): "",
    ("مع", "ذكر", "المصادر"): "",
    ("مع", "المصدر"): "",
    ("بالمصدر",): "",
    ("بالمصادر",): "",
    # «بكرة الصبح» (tomorrow morning): when the asker needs it, never Abu Bakr («بكر»);
    # «بكرة» alone stays a word (dialect_fillers.py says why)
    **{
        ("بكره", when): ""
        for when in ("الصبح", "الصباح", "صباحا", "الفجر", "الظهر", "العصر", "المغرب", "بالليل")
    },
    # Egyptian «على طول» is "right away", not a length of stay
    ("علي", "طول"): "",
    # «نبذة عامة» is a general account, not «عام» the year (of the delegations)
    ("نبذه", "عامه"): "نبذه",
    ("فكره", "عامه"): "فكره",
    ("لمحه", "عامه"): "لمحه",
    ("صوره", "عامه"): "",
    ("نظره", "عامه"): "",
    ("بصفه", "عامه"): "",
    ("بوجه", "عام"): "",
    ("من", "اولها", "لاخرها"): "",
    ("من", "الاول", "للاخر"): "",
    ("من", "البدايه", "للنهايه"): "",
    ("في", "الاخر"): "في النهايه",  # «وإيه اللي حصل في الآخر؟»: in the end, not the last
    ("في", "الاخير"): "في النهايه",
    # «عمر النبي» is his age, not the caliph Umar
    **{(q, "عمر"): f"{q} سن" for q in _HOW_MANY},
    **{(q, "كان", "عمر"): f"{q} كان سن" for q in _HOW_MANY},
    ("عمره",): "سن",  # «كم كان عمره»: a pronoun on it, never the caliph
    # (nor with «و» before it or another pronoun: «ابو بكر قدم ايش وعمره كم»)
    **{
        (f"{w}عمر{p}",): "سن" for w in ("", "و") for p in ("ه", "ها", "هم", "هما") if w or p != "ه"
    },
    # «أبو عمرو» is Uthman's kunya: «عمرو» is never Umar
    **{(k, "عمرو"): "عثمان" for k in ("ابو", "ابا", "ابي")},
    # (not «عمر أبو بكر …» nor «عمر عثمان»: the three donors listed without «و»)
    **{("عمر", n): f"سن {n}" for n in ("النبي", "الرسول", "خالد", "هرقل", "اكيدر")},
    # «آخر حياته» is the end of his life (his last expedition), not the life of this world
    ("اخر", "حياته"): "اخر",
    ("باخر", "حياته"): "اخر",
    ("اواخر", "حياته"): "اخر",
    # "came out of it with what": its results
    ("خرجوا", "بايه"): "نتيجه",
    ("طلعوا", "بيه"): "نتيجه",
    ("حصلوا", "المسلمين"): "نتيجه المسلمين",
    # «كيف كان يُعرف الجيش» asks what it was known as: its name
    ("كيف", "كان", "يعرف"): "ما اسم",
    ("يعني", "ايه"): "معني ايه",
    # «بكل ماله» (all of his wealth): «كل» is a stopword, so it is said as the keyword does
    ("بكل", "ماله"): "بماله كله",
    ("كل", "ماله"): "ماله كله",
    ("بكل", "مالو"): "بماله كله",
    ("كل", "مالو"): "ماله كله",
    ("بكل", "حلاله"): "بماله كله",
    ("كل", "حلاله"): "ماله كله",
    ("بكل", "ما", "يملك"): "بماله كله",
    ("كل", "ما", "يملك"): "ماله كله",
    ("بجميع", "ماله"): "بماله كله",
    ("جميع", "ماله"): "ماله كله",
    # «قبيل غزوة تبوك» is "shortly before", not «القبائل» (tribes), which stems alike
    **{("قبيل", w): f"قبل {w}" for w in ("غزوه", "الغزوه", "الخروج", "تبوك", "المعركه")},
    # «شو قصدهم بـ…» asks what a word means, not a destination (قصد)
    **{
        (q, w): "ما معني"
        for q in ("شو", "ايش", "وش", "شنو", "ماذا")
        for w in ("قصدهم", "قصدهن", "يقصدون", "يقصد")
    },
    # «في عهد النبي», «على عهد عمر»: «عهد» between a preposition and a person is his era,
    # not a treaty (the noun of «معاهدة»); said as «زمن» it claims a time of that person
    **{
        (prep, "عهد", person): f"{prep} زمن {person}"
        for prep in ("في", "علي")
        for person in ("النبي", "الرسول", "رسول", "عمر", "ابي", "عثمان", "علي", "الخليفه")
    },
    # «زعيم دومة الجندل في زمن غزوة تبوك»: «in the time of the expedition» only places what is
    # asked in it, as «في غزوة تبوك» does; read as content, «زمن» asks the date. («زمن غزوة
    # العسرة» with no «في» asks the date, and keeps it.)
    **{
        ("في", time, expedition): f"في {expedition}"
        for time in ("زمن", "وقت", "ايام", "عهد")
        for expedition in ("غزوه", "الغزوه")
    },
    # «ماذا تعلم عن غزوة تبوك»: «you know about» frames the question as «تعرف عن» does (a
    # filler); read as content, «تعلم» is the stem of «علموا», the Romans learning of the march
    **{(verb, "عن"): "عن" for verb in ("تعلم", "تعلمين", "تعلمون", "تعلمو", "تعلموا", "بتعلم")},
    # «لماذا ذهب النبي إلى تبوك»: why someone went asks the purpose of going out, as «لماذا
    # خرج» does; read as typed, «ذهب», «سار» are the words the place is asked with («إلى أين
    # ذهب النبي»), and the place answered a «why»
    **{
        (why, verb): f"{why} خرج"
        for why in ("لماذا", "ليش", "ليه", "علاش", "لاش", "لمه", "علاه", "عليش", "لويش")
        for verb in (
            *("ذهب", "ذهبوا", "ذهبو", "سار", "ساروا", "سارو", "توجه", "توجهوا", "توجهو"),
            *("اتجه", "اتجهوا", "اتجهو", "سافر", "سافروا", "سافرو", "رحل", "رحلوا", "رحلو"),
        )
    },
    # «الأسباب التي دعت إلى غزوة تبوك»: «led to», as «أدت إلى» (the facts' word) says
    ("دعت", "الي"): "ادت الي",
    # «أسفرت عن» is "resulted in", not travel (سفر)
    ("اسفرت", "عنه"): "نتيجه",
    ("اسفرت", "عن"): "نتيجه",
    ("اسفر", "عن"): "نتيجه",
    # «ماذا ترتب على غزوة تبوك» asks what followed from it: its results (a named result,
    # «… من إقبال العرب على الإسلام», still names its own fact)
    **{(verb, "علي"): "نتيجه" for verb in ("ترتب", "ترتبت", "يترتب", "تترتب")},
}
