"""What a question is not about: other events of the Sira and later history, and today's
city of Tabuk (normalised words, read by knowledge/analysis.py before any fact is scored)."""

from __future__ import annotations

# Other events of the Sira and later history: a question naming one of these is not
# about Tabuk, however close its wording (غزوة بدر scores 86 against غزوة تبوك).
OTHER_EVENTS: dict[str, str] = {
    "بدر": "بدر",
    "خندق": "الخندق",
    "احزاب": "الأحزاب",
    "خيبر": "خيبر",
    "حنين": "حنين",
    "طايف": "الطائف",
    "قريظه": "بني قريظة",
    "نضير": "بني النضير",
    "قينقاع": "بني قينقاع",
    "مصطلق": "بني المصطلق",
    "مريسيع": "المريسيع",
    "حديبيه": "الحديبية",
    "يرموك": "اليرموك",
    "قادسيه": "القادسية",
    "حطين": "حطين",
    "جالوت": "عين جالوت",
    "صفين": "صفين",
    "نهاوند": "نهاوند",
    "رقاع": "ذات الرقاع",
    "سلاسل": "ذات السلاسل",
    "بواط": "بواط",
    "ودان": "ودان",
    "ابواء": "الأبواء",
    "عشيره": "العشيرة",
    "اوطاس": "أوطاس",
    "حمراء": "حمراء الأسد",
    "رده": "حروب الردة",
    "يمامه": "اليمامة",
    "كربلاء": "كربلاء",
    "اسراء": "الإسراء والمعراج",
    "معراج": "الإسراء والمعراج",
}
# Two words in a row that name another event: the first expedition, the Prophet's death.
EVENT_PAIRS: dict[tuple[str, str], str] = {
    **{("اول", second): "أولى غزوات النبي ﷺ" for second in ("غزوه", "غزوات", "معركه")},
    **{
        (first, second): "وفاة النبي ﷺ"
        for first in ("توفي", "وفاه", "مات", "موت")
        for second in ("النبي", "الرسول", "رسول")
    },
    # The Hijra as an event («قصة الهجرة النبوية», «هاجر النبي إلى المدينة»), not the era
    # of a date («السنة التاسعة للهجرة», «من هجرة النبي»: those words are kept)
    **{("قصه", hijra): "الهجرة النبوية" for hijra in ("هجره", "الهجره")},
    **{("الهجره", where): "الهجرة النبوية" for where in ("الي", "للمدينه")},
    **{(hijra, "الحبشه"): "الهجرة إلى الحبشة" for hijra in ("هجره", "الهجره")},
    ("الهجره", "للحبشه"): "الهجرة إلى الحبشة",
    **{("هاجر", who): "الهجرة النبوية" for who in ("النبي", "الرسول")},
}
# Words that are events only after a word like غزوة (احد is also "one", مكه a city).
EVENT_AFTER: frozenset[str] = frozenset(
    """
    غزوه غزوات معركه معارك يوم جبل فتح موقعه واقعه حرب سريه صلح
    """.split()
)
CONTEXTUAL_EVENTS: dict[str, str] = {
    "احد": "أحد",
    "مكه": "فتح مكة",
    "جمل": "الجمل",
    "بعاث": "بعاث",
    "فجار": "الفجار",
}

# An event's name followed by this word is no event: «ردة فعل» is a reaction, not the
# Ridda wars.
NOT_EVENT_BEFORE: dict[str, str] = {"رده": "فعل", "الرده": "فعل"}

# Modern markers that count only as whole words: «مول» (a mall) is also the stem of
# «موّلوا» (they funded).
MODERN_WHOLE_WORDS: frozenset[str] = frozenset({"مول", "المول", "مولات", "المولات"})

# Words that place a question in today's Tabuk (the city and region), not in 9 AH.
MODERN_MARKERS: frozenset[str] = frozenset(
    """
    جامعه طقس مطار فندق فنادق منطقه محافظه حاليا الان الحين هالايام اليوم النهارده رياض جده
    دمام نيوم مستشفي وظايف سياحه سياحيه درجه حراره كيلو كيلومتر بلديه امانه سعوديه
    سعودي مملكه محطه قطار طيران رحلات شقق ايجار مدارس شركه عقار نسمه سياره سيارات بالسياره
    """.split()
)
