"""Honorifics written after a name (normalised words): blessings and prayers for the
Prophet and his Companions, short and in full. They say nothing about what is asked, so the
analysis drops them (question_rewrites.drop_honorifics, longest first)."""

from __future__ import annotations


def _prophet_blessings() -> tuple[tuple[str, ...], ...]:
    """«صلى الله عليه وعلى آله وصحبه وسلم تسليمًا كثيرًا»: the blessing written in full, as
    older people and preachers write it. Its short form is stopwords already; the family,
    companions and «تسليما كثيرا» added to it are not, and «آله», «صحبه», «كثيرا» read alone
    would be words of a question (a god, companions, many)."""
    family = ((), ("واله",), ("وعلي", "اله"))
    kin = ((), ("وصحبه",), ("وصحبه", "اجمعين"), ("الطيبين", "الطاهرين"))
    ends = ((), ("وسلم",), ("وبارك", "وسلم"), ("وسلم", "تسليما"), ("وسلم", "تسليما", "كثيرا"))
    return tuple(
        ("صلي", "الله", "عليه", *one, *two, *three)
        for one in family
        for two in kin
        for three in ends
        # (the short form is left to the stopwords; a kin word needs the family before it)
        if (one or three) and (one or not two) and (one, three) != ((), ("وسلم",))
    )


# «صلى الله عليه وسلم», the short blessing after the Prophet's name.
PRAYER = ("صلي", "الله", "عليه", "وسلم")

# «رضي الله عنه وأرضاه», «رضي الله تعالى عنهم»: the pleased-with formula with its tail, one
# per pronoun.
_PLEASED_WITH = {"عنه": "وارضاه", "عنها": "وارضاها", "عنهم": "وارضاهم", "عنهما": "وارضاهما"}

# Honorifics after a name (normalised words): they say nothing about what is asked, so they
# are dropped (see question_rewrites.drop_honorifics, which tries the longest first); «صلى
# الله عليه وسلم» is stopwords already.
HONORIFICS: tuple[tuple[str, ...], ...] = (
    ("عليه", "الصلاه", "والسلام"),
    ("عليه", "افضل", "الصلاه", "والسلام"),
    ("عليه", "افضل", "الصلاه", "واتم", "التسليم"),
    *(
        ("عليه", "وعلي", "اله", *rest)
        for rest in (("افضل", "الصلاه", "والسلام"), ("الصلاه", "والسلام"))
    ),
    ("صلوات", "الله", "وسلامه", "عليه"),
    ("عليه", "الصلاه", "و", "السلام"),
    ("عليه", "السلام"),
    *(("رضي", "الله", pronoun) for pronoun in ("عنه", "عنها", "عنهم", "عنهما", "عنهن")),
    *(("رضي", "الله", pronoun, tail) for pronoun, tail in _PLEASED_WITH.items()),
    # («رضي الله عنه و أرضاه»: the «و» typed apart)
    *(("رضي", "الله", pronoun, "و", tail[1:]) for pronoun, tail in _PLEASED_WITH.items()),
    *(("رضي", "الله", "تعالي", pronoun) for pronoun in _PLEASED_WITH),
    ("رضي", "الله", "عنهم", "اجمعين"),
    # «عثمان رض», «(رضه)»: the formula cut short, as notes and quiz sheets write it
    ("رض",),
    ("رضه",),
    *(("رضوان", "الله", "عليه", *rest) for rest in ((), ("اجمعين",))),
    *(("رحمه", "الله"),),
    ("كرم", "الله", "وجهه"),
    *_prophet_blessings(),
)
