"""Words folded to one canonical stem before matching (Arabic): synonyms people use for the
same idea, and figures written as digits. All keys are in normalised form (see normalize.py);
each target is a stem the stemmer keeps (tests/test_lexicon.py). Read by the stemmer
(knowledge/stemming.py), the matcher and the slip mender; the other word lists are in
knowledge/lexicon.py, the English counterpart is knowledge/english_synonyms.py.
"""

from __future__ import annotations

# Words people use for the same idea; each maps to one canonical stem (after stemming).
SYNONYMS: dict[str, str] = {
    # «الفرس» with the article is the Persians; a horse is «فرسا», «خيل» (Uthman's fifty)
    "الفرس": "فارس",
    # "in the end" is not "the last"
    "بالاخر": "نهايه",
    # «أهمية» (importance) is a word of its own, which no fact states: never «ا» + «ه» +
    # «ميه» (a hundred, at-Tawbah 117)
    **{word: "اهميه" for word in ("اهميه", "اهميتها", "اهميته", "اهميتهم", "اهميتهما")},
    "فالاخر": "نهايه",
    # «مقدمة الجيش» is its front (or a book's preface), never «مقدمًا», paid in advance
    # (Heraclius's year of pay): a word of its own, which no fact states
    **{
        word: "مقدمه"
        for word in ("مقدمه", "المقدمه", "بمقدمه", "ومقدمه", "لمقدمه", "مقدمته", "مقدمتها")
    },
    "اخيرا": "نهايه",
    # «تاجر» (a merchant), «تجارة» (trade) are words of their own, which no fact states: never
    # «ت» + «اجر», the wage Heraclius paid («عبد الرحمن بن عوف كان تاجر؟» was «خطأ» by it)
    **{word: "تاجر" for word in ("تاجر", "تاجرا", "تجار", "التجار", "تجاره", "تجارته")},
    # «نزول الآية» (the verse's coming down) is what the facts say «نزلت» (as «وصول» is «وصل»)
    "نزول": "نزل",
    # «بلغهم الخبر» (the news reached them) is that they learned of it: with an object pronoun
    # «بلغ» is never «كم بلغ عدد…» (amounted to), the army's size
    **{word: "علم" for word in ("بلغهم", "بلغتهم", "بلغهما", "بلغها")},
    # a word of the same root as the one the facts write, which people put in its place in
    # a statement: «البلاد مجدبة» (barren, the facts' «جدب»), «قبيلتا لخم وغسان» (the two
    # tribes of), and the dialects' «جوّه» (inside: «لجوه بلادهم», the facts' «داخل بلادهم»).
    # (Not «تحت رئاسة أكيدر», his headship: read as «رئيس» it binds the wrong way round.)
    **{word: "جدب" for word in ("مجدبه", "مجدب", "مجدبا", "مجدبين")},
    **{word: "قبيل" for word in ("قبيلتا", "قبيلتي", "قبيلتين", "قبيلتان")},
    "جوه": "داخل",
    # names and titles people use for the same person, place or people
    "فاروق": "عمر",
    "صديق": "بكر",
    "نورين": "عثمان",
    "رسول": "نبي",
    "مصطفي": "نبي",
    "محمد": "نبي",
    # motives are reasons («ما الدوافع التي حملت الرسول …», «ما الباعث على غزوة تبوك»)
    "دوافع": "اسباب",
    "بواعث": "اسباب",
    "دافع": "سبب",
    "باعث": "سبب",
    # «نصراني» (a Christian) names a faith, never «نصر» (victory) with «اني» cut off: «هل كان
    # نصراني؟» after a question about Ukaydir asks his religion, not the outcome
    **{word: "دين" for word in ("نصراني", "نصرانيا", "نصرانيه", "نصرانيين", "نصرانيون")},
    # «النبوية» is «of the Prophet»: «الحملة النبوية» names no more than the Prophet does
    "نبوي": "نبي",
    "نبويه": "نبي",
    "نبو": "نبي",
    "قيصر": "هرقل",
    # the emperor is a king, the empire is no person: «من الامبراطور الذي …» asks who ruled
    # (Heraclius), never the Byzantine empire, though one stem would fold the two together
    "امبراطور": "ملك",
    **{word: "امبراطوريه" for word in ("امبراطوريه", "امبراطوري", "امبراطوريات")},
    "يثرب": "مدينه",
    "سوريا": "شام",
    # «العديان» is the Maghrebi plural of «عدو» (enemy)
    "عديان": "عدو",
    # allies, to ally: one idea («حلفاء الروم», «ومن حالفها», «تحالفوا مع الروم»)
    "حلفاء": "حالف",
    "حليف": "حالف",
    "تحالف": "حالف",
    # gave, brought, sent
    "انطي": "تبرع",
    "نطي": "تبرع",
    "ادي": "تبرع",
    "ادا": "تبرع",
    "عطا": "تبرع",
    "اعطا": "تبرع",
    "ارسل": "ارسل",
    "بعث": "ارسل",
    "صيفط": "ارسل",
    "سير": "ارسل",
    "وجه": "ارسل",
    # numbers written as words
    "تسع": "تاسع",
    "تاسعه": "تاسع",
    "اربعين": "اربع",
    "اربعون": "اربع",
    "خمسين": "خمس",
    "خمسون": "خمس",
    # giving
    "تبرع": "تبرع",
    "تبرعات": "تبرع",
    "تبرعو": "تبرع",
    "انفق": "تبرع",
    "نفق": "تبرع",
    "انفاق": "تبرع",
    "تصدق": "تبرع",
    "قدم": "تبرع",
    "اعطي": "تبرع",
    "عطي": "تبرع",
    "جهز": "تجهيز",
    "تجهيز": "تجهيز",
    "دفع": "دفع",
    "جاب": "تبرع",
    "بذل": "تبرع",
    # wealth
    "فلوس": "مال",
    "اموال": "مال",
    "مال": "مال",
    "ثروه": "مال",
    "حلال": "مال",
    "مصاري": "مال",
    # army
    "عسكر": "جيش",
    "جنود": "جيش",
    "جيوش": "جيش",
    "جيش": "جيش",
    "مقاتل": "جيش",
    "مجاهد": "جيش",
    "جند": "جيش",
    "عساكر": "جيش",
    # camels and horses
    "بعير": "جمل",
    "ابل": "جمل",
    "بل": "جمل",
    "جمال": "جمل",
    "ناقه": "ناقه",
    "خيل": "فرس",
    "خيول": "فرس",
    "احصنه": "فرس",
    "حصان": "فرس",
    "افراس": "فرس",
    # battle
    "قتال": "قتال",
    "قاتل": "قتال",
    "معركه": "قتال",
    "حرب": "قتال",
    "اشتباك": "قتال",
    "اشتبك": "قتال",
    "هاجم": "هجوم",
    "هجم": "هجوم",
    # exposing (the hypocrites): «فضحات» is not ف + «ضحا» (sacrificed)
    "فضح": "فضح",
    "فضحت": "فضح",
    "فضحات": "فضح",
    "فضحهم": "فضح",
    "فضحتهم": "فضح",
    # pursuing the Romans as they withdrew (not «لحق» as ل + Gulf «حق»)
    "طارد": "طارد",
    "يطارد": "طارد",
    "لحق": "طارد",
    "يلحق": "طارد",
    "لحقهم": "طارد",
    "لاحق": "طارد",
    "يلاحق": "طارد",
    "لاحقهم": "طارد",
    "ملاحقه": "طارد",
    "هجوم": "هجوم",
    # expedition
    "غزوه": "غزو",
    "غزو": "غزو",
    "غزوات": "غزو",
    "غزا": "غزو",
    # Romans
    "بيزنطي": "روم",
    "بيزنطيه": "روم",
    "بيزنطيين": "روم",
    "بيزنطه": "روم",
    "رومان": "روم",
    "روم": "روم",
    # hypocrites
    "منافق": "منافق",
    "منافقين": "منافق",
    "نفاق": "منافق",
    # name
    "اسم": "اسم",
    "سمي": "اسم",
    "تسميه": "اسم",
    "سمو": "اسم",
    "تسمي": "اسم",
    "لقب": "اسم",
    "يسمي": "اسم",
    "سموه": "اسم",
    # verse
    "ايه": "ايه",
    "ايات": "ايه",
    # leaving behind
    "تخلف": "تخلف",
    "قعد": "تخلف",
    "تخلفو": "تخلف",
    "متخلف": "تخلف",
    # lead
    "قاد": "قايد",
    "قايد": "قايد",
    "قياده": "قايد",
    "قواد": "قايد",
    "امير": "قايد",
    # end
    "انتهي": "نهايه",
    "انتهت": "نهايه",
    "انتهاء": "نهايه",
    "نهايه": "نهايه",
    "خلص": "نهايه",
    "خلصت": "نهايه",
    "نتيجه": "نتيجه",
    "نتايج": "نتيجه",
    # last
    "اخر": "اخر",
    "اخير": "اخر",
    "اخيره": "اخر",
    # heat
    "حر": "حر",
    "حراره": "حر",
    "حار": "حر",
    # treaty
    "معاهده": "معاهده",
    "معاهدات": "معاهده",
    "عهد": "معاهده",
    "صلح": "معاهده",
    "اتفاقيه": "معاهده",
    "اتفاق": "معاهده",
    "تسويه": "معاهده",
    # meaning: «ما معنى جيش العسرة», «ما المقصود بـ…» ask what a name means
    "معني": "معني",
    "معناه": "معني",
    "مقصود": "معني",
    "معناها": "معني",
    # destination (not «جهة», a side, nor «وجّه», sent)
    "وجهه": "مكان",
    # «البقعة» (the spot) is a place, not «ب» + «قعه»
    "بقعه": "مكان",
    # «مرسول النبي» is his envoy, not «م» + «رسول» (the Prophet)
    "مرسول": "سفير",
}

# Figures written as digits, folded to the stem of the word people would write.
NUMERALS: dict[str, str] = {
    "9": "تاسع",
    "40": "اربع",
    "40000": "اربع",
    "50": "خمس",
    "950": "950",
    "38": "38",
    "117": "117",
    "8": "ثامن",
    # plurals of year and month (في أي الأعوام، كم سنين)
    "سنوات": "سنه",
    "سنين": "سنه",
    "اعوام": "عام",
    "شهور": "شهر",
    # "followed one another" (the delegations)
    "تتابع": "توال",
    # "Hijri" as the adjective and as the era (سنة هجرية، للهجرة)
    "هجريه": "هجره",
    "هجري": "هجره",
    # «المنطقة» in a question about 9 AH is the place (bare «منطقة» marks today's region,
    # see MODERN_MARKERS, which is checked first)
    "منطقه": "مكان",
    "تتابعت": "توال",
}
