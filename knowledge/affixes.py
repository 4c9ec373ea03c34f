"""The prefixes and suffixes the stemmer may cut from a word (knowledge/stemming.py), the
dialects' verb prefixes among them, in normalised form (see normalize.py)."""

from __future__ import annotations

# One prefix is stripped; longer ones first. Single letters only when 4+ letters remain.
PREFIXES_LONG: tuple[str, ...] = (
    "وبال",
    "فبال",
    "وكال",
    "وال",
    "بال",
    "فال",
    "كال",
    "لل",
    "ال",
    "هال",  # Levantine/Gulf "this": هالغزوة
)
PREFIXES_SHORT: tuple[str, ...] = ("و", "ف", "ب", "ل", "ك")
SUFFIXES: tuple[str, ...] = (
    "هما",
    "كما",
    "تين",
    "ات",
    "ين",
    "ون",
    "ان",
    "وا",
    "ها",
    "هم",
    "هن",  # Levantine "their" (جيشهن)
    "كم",
    "نا",
    "يه",
    "وه",
    "ه",
    "ي",
    "ا",
    # Dialect plural verbs (جهزو) and "his" written و (جنودو); feminine past (زحفت).
    "و",
    "ت",
)
# A preposition with a pronoun glued to a verb (تحكيلي, طلعلها, جايلهم): cut only when the
# rest is a known word. Longest first.
ATTACHED_SUFFIXES: tuple[str, ...] = ("لهم", "لهن", "لها", "لنا", "لكم", "لي", "لك", "له", "لو")

# Present-tense prefixes (يدفع، تزحف، نعرف): cut only when the rest is a known word.
VERB_PREFIXES: tuple[str, ...] = ("ي", "ت", "ن", "ا")

# Dialect verb prefixes of tense and aspect, cut before a stem only when what remains is a
# known word: Egyptian and Levantine بـ (بيحاربوا، بنروح، بتعرف), Maghrebi كـ (كيحاربو، كنعرفو،
# كايقول، تايقول), Levantine عم, future حـ and هـ (حيرجعو، هيرجعو، حاروح، هاروح), رح, Moroccan غا
# (غايمشي), Iraqi دـ (ديروح), Egyptian passive اتـ (اتعملت، اتبعت). Longest first.
DIALECT_VERB_PREFIXES: tuple[str, ...] = (
    "ات",
    "بي",
    "بت",
    "بن",
    "كي",
    "كت",
    "كن",
    "كا",
    "تا",
    "عم",
    "رح",
    "حي",
    "حت",
    "حن",
    "حا",
    "هي",
    "هت",
    "هن",
    "ها",
    "غا",
    "دي",
    "دت",
    "دن",
    "ب",
    "ك",
    "ح",
    "ه",
)
