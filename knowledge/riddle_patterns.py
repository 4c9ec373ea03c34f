"""The word patterns of a riddle: the ask that ends one («ما اسم هذه الغزوة؟», «من أنا؟»),
the description it opens with («غزوة خرج فيها…», «أنا رئيس بلدة…») and the title before it
(knowledge/message.py and knowledge/riddles.py read riddles with them)."""

from __future__ import annotations

import re

from knowledge.pattern_speed import Prefiltered

# The names of a guessing game or quiz a riddle is titled with («لغز:», «فزورة يا جماعة»,
# «مسابقة الليلة 🌙»), typed with «ة» or «ه»: one table for every title the readers know
# (the riddle's lead here, knowledge/titled_riddles.py, knowledge/who_am_i.py), each adding
# its own words (the article, «سؤال», «سين جيم» …).
GAME_NAMES = r"لغز|فزورة|فزوره|حزورة|حزوره|مسابقة|مسابقه"
# The same with the article («اللغز:», «المسابقة:»).
GAME_NAMES_DEFINITE = r"اللغز|الفزورة|الحزورة|المسابقة"
# «مين هو؟», «من تكون؟»: the question words and pronouns of a bare «who is he/she?»
# (knowledge/described_asks.py, knowledge/who_am_i.py).
WHO_WORDS = r"(?:من|مين|منو|شكون)"
HE_WORDS = r"(?:هو|هي|هى|يكون|تكون)"

_RIDDLE_ASK = re.compile(
    r"(ما|ماذا|شنو|شو|وش|ايش|إيش|بدي\s+اعرف|أريد|اريد|ابي|أبي)?\s*(اسم|اسمها|إسم)\s+(هذه\s+|هذي\s+|هاي\s+)?"
    r"(الغزوة|الغزوه|المعركة|المعركه|غزوة|معركة)"
    r"|^\s*(بدي|ابي|أبي|اريد|أريد)?\s*(اعرف|أعرف)?\s*اسم\s+(الغزوة|الغزوه|المعركة|المعركه)"
    r"|(أي|اي|أيّ|انهي|أنهي|ايش|إيش|شو|وش|شنو|اشنو|ايه|إيه)\s+(هي\s+)?(هال)?(غزوة|غزوه|معركة|معركه)(\s+(هذه|هذي|هاي|هي))?\s*[؟?.]*\s*$"
    r"|عن\s+(أي|اي|أيّ)\s+(غزوة|غزوه|معركة|معركه)"
    # «أي غزوة كانت من أسباب غزوة تبوك، …؟»: which other expedition, told by its link to Tabuk
    r"|^\s*(أي|اي|أيّ|انهي|أنهي)\s+(غزوة|غزوه|معركة|معركه)\s+(?=.*تبوك)"
    r"|(ما|ماهي|ما\s+هي|فما\s+هي|ما\s+هى)\s+(هذه\s+|هذي\s+)?(الغزوة|الغزوه|المعركة|المعركه)"
    # «وش الغزوة اللي جهز فيها عثمان…؟», «شنو الغزوة اللي…»: which expedition, in the dialects
    r"|(شنو|اشنو|وش|ايش|إيش|شو|ايه|إيه)\s+(هي\s+)?(الغزوة|الغزوه|المعركة|المعركه)\s+(اللي|الي|التي|لي)\s"
    # «أي غزوة خرج فيها…؟»: which expedition, asked first
    r"|^\s*(أي|اي|أيّ|انهي|أنهي)\s+(غزوة|غزوه|معركة|معركه)\s+\S+\s+\S+"
    # an exam's «حدد الغزوة: …», «سمّ الغزوة»; a game's «خمن الغزوة: …», «احزر المعركة»
    r"|(?<!\S)(حدد|حددي|سم|سمّ|سمي|خمن|خمني|خمّن|احزر|إحزر|احزري)\s+(الغزوة|الغزوه|المعركة|المعركه)"
    # «شنو هاي الغزوة؟»: which expedition is this one
    r"|(?<!\S)(شنو|اشنو|ايه|إيه|وش|شو|ايش)\s+(هي\s+)?(هاي|هادي|هذي|هذه|هاد)\s+(الغزوة|الغزوه|المعركة|المعركه)"
    # «منو يعرف؟ غزوة …», «مين بيعرف هالغزوة: …»: who knows which expedition is described
    r"|(مين|منو|شكون|شكو)\s+(بيعرف|يعرف|تعرف|عارف)\s*[؟?:]?\s*(هال|هاد\s+ال|هذه\s+ال|هذي\s+ال|هاي\s+ال|ال)?"
    r"(غزوة|غزوه|معركة|معركه)"
    # «ابي اعرف الغزوة اللي …»: the expedition wanted is the one described
    r"|(ابي|أبي|بدي|اريد|أريد|ابغى|أبغى)\s+(اعرف|أعرف|نعرف)\s+(الغزوة|الغزوه|المعركة|المعركه)\s+(اللي|الي|التي)\s"
    # Maghrebi «اشمن غزوة هادي؟» (which expedition is this)
    r"|(اشمن|أشمن|آشمن|شمن|اش\s+من|أش\s+من)\s+(غزوة|غزوه|معركة|معركه)"
    # Egyptian and Levantine «هي إيه الغزوة دي؟», «شو الغزوة هاي؟»: the one just described
    r"|(ايه|إيه|ايش|إيش|شو|وش|شنو|اشنو)\s+(هي\s+|هى\s+)?(الغزوة|الغزوه|المعركة|المعركه)\s+"
    r"(دي|ده|هادي|هاي|هذي|هذه)\s*[؟?.]*\s*$"
)
# (every branch names the expedition or the battle: a text naming neither is not searched)
RIDDLE_ASK = Prefiltered(_RIDDLE_ASK, ("غزو", "معرك"))


# Asks that name no expedition («ما هي؟», «وش اسمها؟», «من أنا؟») make a riddle only after
# a description that opens with one («غزوة خرج فيها…»).
RIDDLE_WHAT = re.compile(
    # (each word standing alone: «نصرا عظيما؟» ends on «ما؟» but asks nothing)
    r"(?<!\S)[فو]?(ما|ماهي|ما\s+هي|ما\s+هى|ماهى|شنو|شو|وش|ايش)\s+(هي|هى)\s*[؟?]\s*$"
    r"|(?<!\S)[فو]?(ما|ماهي|شنو|شو|وش)\s*[؟?]\s*$"
    r"|(هي|هى)\s+(ايه|إيه|ايش|إيش|شو|وش|شنو)\s*[؟?]\s*$"
    # «إيه هي؟», Gulf «وشي؟», a bare «اسمها؟», «ما هي» with no question mark
    r"|(ايه|إيه|اشنو|إيش)\s+(هي|هى)\s*[؟?]\s*$|(?<!\S)(وشي|وشهي|شنهي|شنهو|شنية|شنيه|شنوة|شنوه)\s*[؟?]\s*$"
    r"|(?<!\S)(اسمها|إسمها|سميتها)\s*[؟?]+\s*$|(?<!\S)(ما\s+هي|ماهي|ما\s+هى|ماهى)\s*[.!]*\s*$"
    r"|(ما|شنو|شو|وش|ايش|إيش)\s+(اسمها|إسمها)|(اشنو|شنو|اش|آش)\s+(سميتها|تسميتها)\s*[؟?]*\s*$|اسمها\s+(ايه|إيه|ايش|إيش|شو)|(من|مين)\s+(أنا|انا|أكون|اكون)"
)


# «أنا رئيس بلدة …، من أنا؟»: a person describes themself and asks who they are.
RIDDLE_WHO = re.compile(
    r"(?:(من|مين|منو|شكون|مسكين)\s+(أنا|انا|آنا|أكون|اكون)"
    # «… وش اسمي؟», «ما اسمي؟»: the speaker's name asked
    r"|(?<!\S)(ما|شو|وش|شنو|ايش|إيش|اش)\s+(اسمي|إسمي))\s*[؟?.!]*\s*$"
)
# («أنا الغزوة التي …», «أنا غزوة …»: an expedition speaking is no person)
RIDDLE_PERSON = re.compile(
    r"^\s*(لغز\s*[:：]?\s*)?(أنا|انا|آنا)\s+(?!(ال)?(غزوة|غزوه|معركة|معركه)\b)"
)
# A description told of «it» with no name before it («خرج فيها…», «جيشها اسمه…», «بعدها…»):
# the expedition it is about is what «ما اسمها؟» asks.
RIDDLE_PRONOUN = re.compile(r"^\s*(\S+\s+){0,3}?\S*(فيها|عنها|بعدها|قبلها|جيشها|عدوها)\b")
# A noun named with «اللي / التي / الذي» before it is what the pronoun is about («السورة اللي
# نزلت فيها…»), not an expedition left unnamed.
RIDDLE_RELATIVE = re.compile(r"\b(اللي|الي|التي|الذي|اللى)\b")


# («هي الغزوة التي …», «دي غزوة …», «هذي غزوة …»: pointed at, still the subject described)
RIDDLE_SUBJECT = re.compile(
    r"^\s*(لغز\s*[:：]?\s*)?(أنا\s+|انا\s+|واحد\s+|وحدة\s+|وحده\s+|هي\s+|هى\s+|دي\s+|هذي\s+|هذه\s+"
    r"|هاي\s+|هادي\s+)?(غزوة|غزوه|معركة|معركه|الغزوة|الغزوه|المعركة|المعركه)\b"
)
# A title before the description («لغز للشطار 🤔», «فزورة يا جماعة», «سؤال من ماما للعيال 😄»,
# «يا ولاد مين يعرف»): it names the game, the description starts at «غزوة» after it.
RIDDLE_LEAD = re.compile(
    rf"^\s*(?:(?:\S+\s+){{0,2}}?(?:{GAME_NAMES}|{GAME_NAMES_DEFINITE}"
    r"|سؤال|السؤال|تحدي)(?:\s+\S+){0,4}?"
    r"|(?:(?:يا\s+)?\S+\s+)?(?:مين|منو|شكون|شكو)\s+(?:بيعرف|يعرف|تعرف|عارف))"
    r"\s*[^\w\s]*\s*(?=(?:ال)?(?:غزوة|غزوه|معركة|معركه)\b)"
)
