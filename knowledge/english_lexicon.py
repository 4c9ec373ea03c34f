"""Curated English word lists for matching: function words, question words, stems, concepts.

Generic stopword lists drop question words, which carry what is asked; these lists are the
project's own, kept short and tested for consistency (tests/test_english.py).
"""

from __future__ import annotations

from knowledge.lexicon import QuestionType

# Words that carry no content in a question about Tabuk.
STOPWORDS = frozenset(
    """
    a an the of to in on at by for from with about into onto upon as and or but nor so than then
    this that these those there here it its it's itself he him his she her they them their theirs
    we us our you your i me my mine one ones who whom whose what which when where why how
    is are was were be been being am do does did done doing have has had having shall should will
    would can could may might must also too very really just only even ever still yet
    any some all each every both either neither other another such same own more most much many
    not no yes if whether while during after before over under again once
    tell please kindly thank thanks sir madam dear brother bro bhai ji plz pls
    going gonna wanna ther wat wen u ur abt pls plz ya yaar kindly plzz
    exactly actually briefly brief short shortly detail details detailed simple simply
    something anything thing things happening
    know known mean means say said says get got make made go went gone come came
    give given gave
    """.split()
)
# Words kept although STOPWORDS would drop them: they carry facts' content.
CONTENT_OVERRIDES = frozenset(
    {"all", "half", "last", "no", "not", "give", "gave", "given", "go", "after"}
)

# School and exam command words: they frame the question and say nothing of the fact.
COMMAND_WORDS = frozenset(
    """
    describe explain name write state outline compare evaluate discuss list mention quote identify
    define summarise summarize narrate account notes note elaborate illustrate justify assess
    highlight enumerate recall recount relate short answer question marks mark give
    """.split()
)

GREETING_WORDS = frozenset(
    """
    salam salaam assalam assalamu assalamualaikum assalamu alaikum alaikum aleikum alaykum
    walaikum wa aoa asalam asalamualaikum slm hi hello hey dear sir madam teacher ustadh ustaz
    ustad shaykh sheikh brother sister bro bhai mam maam
    """.split()
)

# Irregular forms, read before the suffix rules.
IRREGULAR = {
    "fought": "fight",
    "called": "named",
    "gave": "give",
    "given": "give",
    "went": "go",
    "gone": "go",
    "men": "man",
    "took": "take",
    "led": "lead",
    "sent": "send",
    "fled": "flee",
    "paid": "pay",
    "brought": "bring",
    "came": "come",
    "won": "win",
    "held": "hold",
    "left": "leave",
    "fell": "fall",
    "fallen": "fall",
    "slain": "kill",
    "spent": "spend",
    "bought": "buy",
    "met": "meet",
    "ran": "run",
    "was": "be",
    "were": "be",
    "children": "child",
    "people": "people",
    "news": "news",
    "series": "series",
    "mercenaries": "mercenary",
    "allies": "ally",
    "delegations": "delegation",
    "ahs": "ah",
    "his": "his",
    "this": "this",
    "was's": "be",
    "us": "us",
    "does": "do",
}

# Stemmed word -> concept shared by its synonyms (the matcher compares concepts).
CONCEPTS = {
    # people and roles
    "soldier": "soldier",
    "troop": "soldier",
    "fighter": "soldier",
    "man": "soldier",
    "warrior": "soldier",
    "mujahid": "soldier",
    "mujahideen": "soldier",
    "army": "army",
    "force": "army",
    "host": "army",
    "envoy": "envoy",
    "ambassador": "envoy",
    "messenger": "envoy",
    "emissary": "envoy",
    "emmissary": "envoy",
    "commander": "commander",
    "leader": "lead",
    "lead": "lead",
    "command": "lead",
    "head": "lead",
    "headed": "lead",
    "chief": "chief",
    "ruler": "chief",
    "king": "king",
    "emperor": "king",
    "tribe": "tribe",
    "clan": "tribe",
    "ally": "ally",
    "allied": "ally",
    "alliance": "ally",
    "alongside": "ally",
    "sided": "ally",
    "side": "ally",
    "join": "ally",
    "help": "ally",
    "helped": "ally",
    "support": "ally",
    "mercenary": "mercenary",
    "muslim": "muslim",
    "delegation": "delegation",
    "deputation": "delegation",
    "wufud": "delegation",
    # giving
    "donate": "give",
    "donation": "give",
    "donor": "give",
    "contribute": "give",
    "contribution": "give",
    "give": "give",
    "gift": "give",
    "spend": "give",
    "fund": "give",
    "finance": "give",
    "provide": "give",
    "offer": "give",
    "sacrifice": "give",
    "generosity": "give",
    "generous": "give",
    "bring": "bring",
    "wealth": "wealth",
    "money": "wealth",
    "property": "wealth",
    "possession": "wealth",
    "belonging": "wealth",
    "riche": "wealth",
    "asset": "wealth",
    "own": "wealth",
    "owned": "wealth",
    "everything": "all",
    "entire": "all",
    "whole": "all",
    "all": "all",
    "half": "half",
    "50": "50",
    "camel": "camel",
    "horse": "horse",
    "dinar": "dinar",
    # events and actions
    "mobilise": "mobilise",
    "mobilisation": "mobilise",
    "mobilization": "mobilise",
    "mobilize": "mobilise",
    "proclaim": "announce",
    "proclamation": "announce",
    "announce": "announce",
    "declare": "announce",
    "retreat": "retreat",
    "withdraw": "retreat",
    "withdrew": "retreat",
    "withdrawal": "retreat",
    "flee": "retreat",
    "retreet": "retreat",
    "attack": "attack",
    "assault": "attack",
    "aggression": "attack",
    "raid": "attack",
    "pursue": "attack",
    "chase": "attack",
    "fight": "fight",
    "battle": "fight",
    "clash": "fight",
    "combat": "fight",
    "war": "fight",
    "bloodshed": "fight",
    "blood": "fight",
    "kill": "kill",
    "murder": "kill",
    "slay": "kill",
    "execute": "kill",
    "martyr": "kill",
    "die": "kill",
    "death": "kill",
    "spare": "spare",
    "release": "spare",
    "free": "spare",
    "pardon": "spare",
    "submit": "submit",
    "surrender": "submit",
    "treaty": "treaty",
    "agreement": "treaty",
    "pact": "treaty",
    "peace": "treaty",
    "covenant": "treaty",
    "agree": "treaty",
    "term": "treaty",
    "settlement": "treaty",
    "sign": "treaty",
    "conclude": "treaty",
    "stay": "stay",
    "remain": "stay",
    "camp": "stay",
    "encamp": "stay",
    "station": "stay",
    "halt": "stay",
    "march": "march",
    "travel": "march",
    "set": "march",
    "journey": "journey",
    "go": "march",
    "prepare": "prepare",
    "preparation": "prepare",
    "equip": "prepare",
    "ready": "prepare",
    "gather": "gather",
    "assemble": "gather",
    "muster": "gather",
    "collect": "gather",
    "advance": "advance",
    "pay": "pay",
    "salary": "pay",
    "wage": "pay",
    "payment": "pay",
    "surprise": "surprise",
    "expect": "surprise",
    "unexpected": "surprise",
    "react": "react",
    "reaction": "react",
    "respond": "react",
    "response": "react",
    "answer": "react",
    "fear": "fear",
    "afraid": "fear",
    "scare": "fear",
    "frighten": "fear",
    "dread": "fear",
    "terrify": "fear",
    "reluctant": "fear",
    "hardship": "hardship",
    "difficulty": "hardship",
    "difficult": "hardship",
    "distress": "hardship",
    "hard": "hardship",
    "problem": "hardship",
    "poverty": "hardship",
    "heat": "heat",
    "hot": "heat",
    "drought": "drought",
    "dry": "drought",
    "far": "far",
    "distance": "far",
    "distant": "far",
    "away": "far",
    "supply": "supply",
    "reinforcement": "supply",
    "result": "result",
    "outcome": "result",
    "consequence": "result",
    "effect": "result",
    "end": "result",
    "achieve": "result",
    "gain": "result",
    "significance": "result",
    "importance": "result",
    "success": "result",
    "win": "win",
    "victory": "win",
    "victorious": "win",
    "come": "come",
    "com": "come",
    "arrive": "come",
    "arriv": "come",
    "reach": "come",
    "reason": "reason",
    "cause": "reason",
    "background": "reason",
    "prompt": "reason",
    "last": "last",
    "final": "last",
    "named": "name",
    "call": "call",
    "name": "name",
    "known": "name",
    "verse": "verse",
    "ayah": "verse",
    "ayat": "verse",
    "aya": "verse",
    "ayaat": "verse",
    "surah": "surah",
    "sura": "surah",
    "chapter": "surah",
    "quran": "quran",
    "koran": "quran",
    "reveal": "reveal",
    "revelation": "reveal",
    "expedition": "expedition",
    "ghazwa": "expedition",
    "ghazwah": "expedition",
    "ghazwat": "expedition",
    "ghazva": "expedition",
    "campaign": "expedition",
    "invasion": "expedition",
    "empire": "empire",
    "kingdom": "empire",
    "power": "empire",
    "persia": "persia",
    "persian": "persia",
    "sassanid": "persia",
    "khusrau": "persia",
    "chosroe": "persia",
    "kisra": "persia",
    "mecca": "makkah",
    "makkah": "makkah",
    "makka": "makkah",
    "taif": "taif",
    "yemen": "yemen",
    "iraq": "iraq",
    "egypt": "egypt",
    "place": "place",
    "location": "place",
    "locate": "place",
    "situate": "place",
    "year": "year",
    "month": "month",
    "date": "date",
    "happen": "occur",
    "occur": "occur",
    "behaviour": "behave",
    "behavior": "behave",
    "behave": "behave",
    "role": "role",
    "part": "role",
    "plenty": "plenty",
    "cool": "cool",
    "cold": "cool",
    "winter": "cool",
    "refuse": "refuse",
    "decline": "refuse",
}

# Multi-word expressions read as one concept before single words (normalised text).
PHRASES = {
    "who all": "who",
    "take place": "occur",
    "took place": "occur",
    "taken place": "occur",
    "takes place": "occur",
    "call to arms": "mobilise",
    "general call": "mobilise",
    "stay behind": "lagbehind",
    "stayed behind": "lagbehind",
    "stays behind": "lagbehind",
    "held back": "lagbehind",
    "hold back": "lagbehind",
    "holding back": "lagbehind",
    "lag behind": "lagbehind",
    "lagged behind": "lagbehind",
    "left behind": "lagbehind",
    "were slow": "lagbehind",
    "was slow": "lagbehind",
    "slow to": "lagbehind",
    "clung heavily": "lagbehind",
    "cling heavily": "lagbehind",
    "fall back": "retreat",
    "fell back": "retreat",
    "ran away": "retreat",
    "run away": "retreat",
    "pull back": "retreat",
    "pulled back": "retreat",
    "set out": "march",
    "go out": "march",
    "went out": "march",
    "go forth": "march",
    "set free": "spare",
    "let go": "spare",
    "life was spared": "spare",
    "in advance": "advance",
    "face to face": "face",
    "battle of tabuk": "expedition tabuk",
    "ghazwa e tabuk": "expedition tabuk",
    "ghazwa tabuk": "expedition tabuk",
    "hour of hardship": "hourhardship",
    "hour of difficulty": "hourhardship",
    "hour of distress": "hourhardship",
    "time of distress": "hourhardship",
    "time of hardship": "hardship",
    "year of delegations": "delegation",
    "arabian peninsula": "arabia",
    "arab peninsula": "arabia",
    "forty thousand": "40000",
    "thirty thousand": "30000",
    "more than": "morethan",
    "over 40000": "morethan 40000",
    "jizya tax": "jizya",
    "poll tax": "jizya",
    "military career": "career",
    "military life": "career",
    "lead to": "reason",
    "led to": "reason",
    "leads to": "reason",
    "ghazwa of": "expedition",
}

# Words that say a statement is negative.
NEGATIONS = frozenset(
    """
    not no never didn wasn weren isn nobody none didnt wasnt werent isnt dont doesnt cant
    couldnt wont hasnt havent hadnt arent
    """.split()
)

# Concept pairs that contradict each other in a true/false statement.
CONTRADICTIONS = frozenset(
    {
        frozenset({"plenty", "hardship"}),
        frozenset({"plenty", "drought"}),
        frozenset({"cool", "heat"}),
        frozenset({"refuse", "give"}),
        frozenset({"kill", "spare"}),
    }
)

# Opening words -> what the question asks for (longest first when read).
QUESTION_OPENERS: tuple[tuple[tuple[str, ...], QuestionType], ...] = (
    (("how", "many"), QuestionType.NUMBER),
    (("how", "much"), QuestionType.NUMBER),
    (("how", "large"), QuestionType.NUMBER),
    (("how", "big"), QuestionType.NUMBER),
    (("how", "strong"), QuestionType.NUMBER),
    (("number", "of"), QuestionType.NUMBER),
    (("size", "of"), QuestionType.NUMBER),
    (("how", "long"), QuestionType.TIME),
    (("how", "far"), QuestionType.MANNER),
    (("what", "year"), QuestionType.TIME),
    (("which", "year"), QuestionType.TIME),
    (("what", "month"), QuestionType.TIME),
    (("which", "month"), QuestionType.TIME),
    (("in", "which", "year"), QuestionType.TIME),
    (("in", "which", "month"), QuestionType.TIME),
    (("in", "what", "year"), QuestionType.TIME),
    (("which", "place"), QuestionType.PLACE),
    (("what", "place"), QuestionType.PLACE),
    (("to", "which", "place"), QuestionType.PLACE),
    (("which", "companion"), QuestionType.PERSON),
    (("which", "companions"), QuestionType.PERSON),
    (("which", "tribes"), QuestionType.PERSON),
    (("which", "tribe"), QuestionType.PERSON),
    (("which", "emperor"), QuestionType.PERSON),
    (("which", "empire"), QuestionType.PERSON),
    (("explain", "why"), QuestionType.REASON),
    (("when",), QuestionType.TIME),
    (("wen",), QuestionType.TIME),
    (("date",), QuestionType.TIME),
    (("where",), QuestionType.PLACE),
    (("wher",), QuestionType.PLACE),
    (("who",), QuestionType.PERSON),
    (("whom",), QuestionType.PERSON),
    (("whose",), QuestionType.PERSON),
    (("why",), QuestionType.REASON),
    (("how",), QuestionType.MANNER),
    (("what",), QuestionType.THING),
    (("wat",), QuestionType.THING),
    (("which",), QuestionType.THING),
)
YESNO_OPENERS = frozenset("did was were is are does do had has can could will would".split())
# Question types a fact of a given answer type answers, besides those its phrasings ask.
ANSWERS_TYPES = {
    "time": {QuestionType.TIME},
    "number": {QuestionType.NUMBER},
    "person": {QuestionType.PERSON},
    "place": {QuestionType.PLACE},
    "reason": {QuestionType.REASON},
}
# A fact must fit these question types (a date is not an answer to "how many").
STRICT_TYPES = frozenset(
    {QuestionType.TIME, QuestionType.NUMBER, QuestionType.PLACE, QuestionType.REASON}
)

# Words of a class whose members exclude each other in a true/false statement or an option:
# a month, a year, a number, a person, a place, an empire. Names from english.json join them.
TYPED_MONTHS = frozenset(
    """
    muharram safar rabi jumada rajab shaban ramadan shawwal dhul qadah hijjah
    """.split()
)
TYPED_WORDS = TYPED_MONTHS | frozenset(
    """
    persia makkah taif yemen iraq egypt quraysh aws khazraj ali talha zubair zayd negus najashi
    muqawqis summer winter
    """.split()
)
