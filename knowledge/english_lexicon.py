"""Curated English word lists for matching: function words, question words, stems, concepts.

Generic stopword lists drop question words, which carry what is asked; these lists are the
project's own, kept short and tested for consistency (tests/test_english.py).
"""

from __future__ import annotations

# The concept table lives in its own module; it is re-exported here with the other lists,
# with the synonyms of words no fact uses (knowledge/english_synonyms.py) read as its concepts.
from knowledge.english_concepts import CONCEPTS as _FACT_CONCEPTS
from knowledge.english_synonyms import SYNONYMS
from knowledge.lexicon import QuestionType

CONCEPTS = {**_FACT_CONCEPTS, **SYNONYMS}

# Chat abbreviations («btw», «ps» …): en68's reading of «. btw/ps what …» as a new question
# uses them (knowledge/english_asking.py). Reading them as stopwords and skipping them before
# the question word (en68, 7469571) was left out: it took one held-out right answer for a
# wrong one.
CHAT_WORDS = frozenset("btw lol lmao tbh idk ngl fyi imo imho omg ps".split())

# Words that carry no content in a question about Tabuk. («text»: the one text every answer
# comes from, «Is that in the text?»; as a word of its own it was Mu'tah's, whose phrasing
# asks «Why does the text mention Mu'tah?».)
STOPWORDS = frozenset(
    """
    a an the of to in on at by for from with about into onto upon as and or but nor so than then
    this that these those there here it its it's itself he him his she her they them their theirs
    we us our you your i me my mine one ones who whom whose what which when where why how
    is are was were be been being am do does did done doing have has had having shall should will
    would can could may might must also too very really just only even ever still yet
    any some all each every both either neither other another such same own more most much many
    least not no yes if whether while during after before over under again once
    tell please kindly thank thanks sir madam dear bro bhai ji plz pls
    going gonna wanna ther wat wen u ur abt pls plz ya yaar kindly plzz y n
    w guy dude
    main major principal primary point points two three four five six words sentences lines
    following correct option options below above statement statements true false
    e ul al el ibn bin bn ka ki ke kya hai hain tha thi kab kaise kyun kyon kitne kitni kaun kon
    kahan hua hui batao bataiye bta
    si kar karke
    exactly actually briefly brief short shortly detail details detailed simple simply
    concretely specifically precisely
    something anything thing things happening feature features essay key involved involve
    highlight highlighting highlights paragraph lasting
    fairly generally partly mainly largely greatly especially particularly mostly
    actual actually real really indeed truly undertake undertaken undertaking toward towards notes
    note
    mention mentioned mentions talk talks talking speak speaks speaking refer refers
    like someone anyone somebody anybody role play played plays playing else great huge vast
    know known get got make made go went gone come came formed
    give given gave
    fierce bloody serious terrible decisive proper full scale military heavy
    decide decided decides deciding decision chose choose wanted wish wished intend intended
    planned
    ne se ko mein par bhi mauqe mauqa mauke moqe sath saath
    exams tomorrow tomorow tmrw homework assignment revision revising school liye kis kitna
    class teachers urgent urgently asap overall
    um umm uh uhh erm hmm remind
    face faced faces facing encounter encountered experience experienced endure endured undergo
    underwent suffer suffered suffering
    help helped helping helps support supported supporting assist assisted
    want wants wanting
    pose posed poses posing
    riddle riddles step steps remember remembered
    im ive
    because
    lah leh lor meh tu roughly approximately approx
    personally
    altogether already
    text
    herself themselves themself myself yourself yourselves ourselves
    """.split()
)
# Words kept although STOPWORDS would drop them: they carry facts' content.
CONTENT_OVERRIDES = frozenset(
    {"all", "half", "last", "no", "not", "give", "gave", "given", "go", "after", "come"}
)

# School and exam command words: they frame the question and say nothing of the fact.
COMMAND_WORDS = frozenset(
    """
    describe explain name write state outline compare evaluate discuss list mention quote identify
    define summarise summarize narrate account notes note elaborate illustrate justify assess
    highlight enumerate recall recount relate short answer question marks mark give
    examine analyse analyze comment critically consider
    elucidate trace review explore investigate reflect interpret clarify expound delineate
    characterise characterize sketch show
    choose select pick tick circle encircle underline
    eli5
    """.split()
)
# («ELI5», chat for «explain like I'm five», is a command: «ELI5 the expedition of Tabuk».)

GREETING_WORDS = frozenset(
    """
    salam salaam assalam assalamu assalamualaikum assalamu alaikum alaikum aleikum alaykum
    walaikum wa aoa asalam asalamualaikum slm hi hello hey dear sir madam teacher ustadh ustaz
    ustad shaykh sheikh brother sister bro bhai mam maam yo ustazah ustadhah ustadha cikgu
    bismillah
    bot chatbot
    """.split()
)

# Irregular forms, read before the suffix rules.
IRREGULAR = {
    # («morale» is no «moral» lesson: the fighters' resolve)
    "morale": "resolve",
    # chat spelling: «the ppl who didnt go»
    "ppl": "people",
    "found": "find",
    "fought": "fight",
    "struck": "strike",
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
    "felt": "feel",
    "feeling": "feel",
    "feelings": "feel",
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
    # Contracted negations read as «not» (kept: some phrasings deny).
    "didnt": "not",
    "wasnt": "not",
    "werent": "not",
    "isnt": "not",
    "dont": "not",
    "doesnt": "not",
    # What someone said is a detail of its own: only the verses' facts quote words.
    "said": "say",
    "meant": "mean",
    "meaning": "mean",
    "means": "mean",
    "says": "say",
}

# Common Arabic words of the subject inside an English message («Which month was غزوة تبوك
# in?»), normalised as knowledge.normalize does; names are in english.json.
ARABIC_WORDS = {
    "غزوه": "expedition",
    "غزوات": "expedition",
    "معركه": "fight",
    "جيش": "army",
    "الجيش": "army",
    "سنه": "year",
    "شهر": "month",
    "سبب": "reason",
    "اسباب": "reason",
    "سريه": "detachment",
    "نفير": "mobilise",
    # A learner of Arabic writes the story's common nouns in Arabic too (en70): «the three
    # قادة», «How many جمال did Uthman give?», «نصف his مال», «a صلح», «the وفود».
    "قاده": "commander",
    "قواد": "commander",
    "قايد": "commander",
    "جمل": "camel",
    "جملا": "camel",
    "جمال": "camel",
    "ابل": "camel",
    "بعير": "camel",
    "فرس": "horse",
    "فرسا": "horse",
    "خيل": "horse",
    "افراس": "horse",
    "مال": "wealth",
    "ماله": "wealth",
    "اموال": "wealth",
    "نصف": "half",
    "صلح": "treaty",
    "معاهده": "treaty",
    "وفود": "delegation",
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
        frozenset({"encourage", "discourage"}),
        frozenset({"north", "south"}),
        frozenset({"all", "half"}),
        frozenset({"first", "last"}),
        frozenset({"near", "far"}),
        frozenset({"easy", "hardship"}),
        frozenset({"eager", "fear"}),
        # «The hypocrites marched with the army» against «they stayed behind».
        frozenset({"march", "lagbehind"}),
        # «The envoy was welcomed / treated with honour» against «attacked the envoy».
        frozenset({"welcom", "attack"}),
        frozenset({"welcome", "attack"}),
        frozenset({"honour", "attack"}),
        frozenset({"honor", "attack"}),
    }
)


def opposites_known(vocabulary: frozenset[str]) -> dict[str, tuple[str, ...]]:
    """Each contradicting word no fact uses -> its opposites the facts use, sorted.

    «plenty» has two opposites the facts use («hardship», «drought»): both are read, in a
    fixed order, since picking one by set order made the reading depend on the hash seed.
    """
    opposites: dict[str, set[str]] = {}
    for pair in CONTRADICTIONS:
        for said in pair - vocabulary:
            opposites.setdefault(said, set()).update(pair & vocabulary)
    return {said: tuple(sorted(others)) for said, others in sorted(opposites.items()) if others}


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
    (("account", "for"), QuestionType.REASON),
    (("reasons", "why"), QuestionType.REASON),
    (("reason", "why"), QuestionType.REASON),
    (("when",), QuestionType.TIME),
    # Roman Urdu, common in Pakistani school questions written in English.
    (("kis", "ke", "khilaf"), QuestionType.PERSON),
    (("kab",), QuestionType.TIME),
    (("kitne",), QuestionType.NUMBER),
    (("kitni",), QuestionType.NUMBER),
    (("kitna",), QuestionType.NUMBER),
    (("kaun",), QuestionType.PERSON),
    (("kon",), QuestionType.PERSON),
    (("kahan",), QuestionType.PLACE),
    (("kyun",), QuestionType.REASON),
    (("kyon",), QuestionType.REASON),
    (("wen",), QuestionType.TIME),
    (("date",), QuestionType.TIME),
    (("where",), QuestionType.PLACE),
    (("wher",), QuestionType.PLACE),
    # «Were did the army go?»: «were» before another verb can only be «where» mistyped.
    (("were", "did"), QuestionType.PLACE),
    (("were", "is"), QuestionType.PLACE),
    (("were", "was"), QuestionType.PLACE),
    (("were", "does"), QuestionType.PLACE),
    (("who",), QuestionType.PERSON),
    (("whom",), QuestionType.PERSON),
    (("whose",), QuestionType.PERSON),
    (("why",), QuestionType.REASON),
    # Chat's «y» for «why», before a verb: «y didnt they fight», «y was it called …».
    *(
        (("y", verb), QuestionType.REASON)
        for verb in "did didnt was were is are do does dont".split()
    ),
    (("how",), QuestionType.MANNER),
    (("what",), QuestionType.THING),
    (("wat",), QuestionType.THING),
    (("which",), QuestionType.THING),
)
# The English question words: a clause holding one asks (one list for every reader;
# knowledge/english_asking.py adds misspellings and Urdu ones).
WH_WORDS = frozenset("who whom whose what when where why how which".split())
# «is», «was»: the verb «be» a question or a clause puts after its subject or question word.
COPULAS = frozenset("is are was were".split())
# Relative pronouns opening a clause («the tribe that …», «the man who …»).
RELATIVES = frozenset("that which who whom".split())
# Prepositions before a question word that asks with them («against whom», «in which month»).
QUESTION_PREPOSITIONS = frozenset("against with to for from by in at on under".split())
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
    muqawqis summer winter camel horse gold silver dinar dirham
    """.split()
)

# The class of each typed value: a statement naming one the answer lacks is false only when
# the answer names another of the same class («Khalid led the army» against «the Prophet»;
# «delegations came to Madinah» is not settled by an answer naming no place). Digits are
# numbers; an unclassed value the answer lacks is false as before.
VALUE_CLASSES: dict[str, str] = {
    **{w: "month" for w in TYPED_MONTHS | {"rajab"}},
    **{
        w: "person"
        for w in """
        prophet abubakr umar uthman abdulrahman khalid heraclius ukaydir harith shurahbil ali
        talha zubair zayd negus najashi muqawqis
        """.split()
    },
    **{
        w: "place"
        for w in "madinah sham ayla dumat makkah yemen iraq egypt taif mutah arabia".split()
    },
    **{w: "people" for w in "roman persia ghassan lakhm quraysh aws khazraj".split()},
    **{w: "season" for w in ("summer", "winter")},
    # Goods given or paid: «paid the jizya in camels» names what the answer does not state.
    **{w: "goods" for w in "camel horse gold silver dinar dirham".split()},
}
# Nouns of how a party stood towards something («the attitude of the munafiqun towards …»).
ATTITUDES = frozenset(
    "attitude attitudes stance position reaction reactions response behaviour behavior".split()
)
# The sides that act in the story besides the named people and peoples of VALUE_CLASSES.
SIDE_DOERS = frozenset({"muslim", "hypocrite", "believer", "arab", "companion"})


def is_party(term: str) -> bool:
    """Does the term name someone who acts: a person, a people or a side?"""
    return VALUE_CLASSES.get(term) in ("person", "people") or term in SIDE_DOERS
