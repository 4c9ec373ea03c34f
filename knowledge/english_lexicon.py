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

# Words that carry no content in a question about Tabuk.
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
    going gonna wanna ther wat wen u ur abt pls plz ya yaar kindly plzz
    main major principal primary point points two three four five six words sentences lines
    following correct option options below above statement statements true false
    e ul al el ibn bin bn ka ki ke kya hai hain tha thi kab kaise kyun kyon kitne kitni kaun kon
    kahan hua hui batao bataiye bta
    si kar karke
    exactly actually briefly brief short shortly detail details detailed simple simply
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
    ne se ko mein par bhi mauqe mauqa mauke moqe sath saath
    exams tomorrow tomorow tmrw homework assignment revision revising school liye kis kitna
    class teachers urgent urgently asap overall
    face faced faces facing encounter encountered experience experienced endure endured undergo
    underwent suffer suffered suffering
    help helped helping helps support supported supporting assist assisted
    want wants wanting
    pose posed poses posing
    riddle riddles step steps remember remembered
    because
    lah leh lor meh tu roughly approximately approx
    personally
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
    "general call to arms": "mobilise",
    "nafeer e aam": "mobilise",
    "nafir e aam": "mobilise",
    "nafeer": "mobilise",
    "nafir": "mobilise",
    # (Arabic keys normalised as knowledge.normalize does: «declared النفير العام»)
    "النفير العام": "mobilise",
    "نفير عام": "mobilise",
    "stay behind": "lagbehind",
    "stayed behind": "lagbehind",
    "stays behind": "lagbehind",
    "held back": "lagbehind",
    "hold back": "lagbehind",
    "holding back": "lagbehind",
    "lag behind": "lagbehind",
    "lagged behind": "lagbehind",
    "left behind": "lagbehind",
    # «why did the munafiqeen stay back», «stayed home from Tabuk»: did not go out.
    "staying behind": "lagbehind",
    "staying back": "lagbehind",
    "staying home": "lagbehind",
    "staying at home": "lagbehind",
    "stay back": "lagbehind",
    "stayed back": "lagbehind",
    "stays back": "lagbehind",
    "stay home": "lagbehind",
    "stayed home": "lagbehind",
    "stay at home": "lagbehind",
    "stayed at home": "lagbehind",
    "were slow": "lagbehind",
    "was slow": "lagbehind",
    "slow to": "lagbehind",
    "clung heavily": "lagbehind",
    "cling heavily": "lagbehind",
    "clung to": "lagbehind",
    "cling to": "lagbehind",
    "clinging to": "lagbehind",
    "fall back": "retreat",
    "fell back": "retreat",
    "ran away": "retreat",
    "run away": "retreat",
    "pull back": "retreat",
    "pulled back": "retreat",
    "set out": "march",
    # Phrasal verbs of sending and setting out: the particle adds nothing the facts tell
    # («Khalid was sent off to Dumat al-Jandal», «When did the army set off?»).
    "set off": "march",
    "sets off": "march",
    "setting off": "march",
    "set forth": "march",
    "sets out": "march",
    "setting out": "march",
    "sent off": "send",
    "send off": "send",
    "sent out": "send",
    "send out": "send",
    "sends out": "send",
    "sent forth": "send",
    "took part": "march",
    "take part": "march",
    "taking part": "march",
    "go out": "march",
    "went out": "march",
    "go forth": "march",
    "set free": "spare",
    "let go": "spare",
    "life was spared": "spare",
    "in advance": "advance",
    # «striking fear into the enemy» frightens; it is no defeat («struck the army at Mu'tah»).
    "strike fear": "fear",
    "strikes fear": "fear",
    "striking fear": "fear",
    "struck fear": "fear",
    "face to face": "confront",
    # «the call for jihad» is the call to arms (the word of the seed: «لداعي الجهاد»).
    "call for jihad": "call",
    "call to jihad": "call",
    "call of jihad": "call",
    # «the expedition as a whole»: the whole of what is named, not «all» (the general call).
    "as a whole": "",
    # «the steps taken by Heraclius», «measures taken»: what he did, no content of their own.
    "steps taken": "",
    "measures taken": "",
    "steps did": "did",
    "measures did": "did",
    # «Who paid for it (the army)?»: paying for a thing funds it, as «funded» and
    # «financed» do; Heraclius paid his soldiers, he paid for nothing.
    "paid for": "give",
    "pay for": "give",
    "pays for": "give",
    "paying for": "give",
    # «forty thousand strong»: the army numbered so many.
    "forty thousand strong": "40000",
    "40000 strong": "40000",
    "30000 strong": "30000",
    "thousand strong": "thousand",
    "battle of tabuk": "expedition tabuk",
    # «Was Tabuk against the Romans?»: only the expedition is against anyone, not the place.
    "tabuk against": "expedition tabuk against",
    "tabuk was against": "expedition tabuk against",
    "war of tabuk": "expedition tabuk",
    "tabuk war": "expedition tabuk",
    "jang e tabuk": "expedition tabuk",
    "ghazwa e tabook": "expedition tabuk",
    "ghazwa tabook": "expedition tabuk",
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
    # «in the ninth year of Hijrah» is 9 AH.
    "ninth year": "9",
    "9th year": "9",
    "forty thousand": "40000",
    "thirty thousand": "30000",
    "a thousand": "1000",
    "one thousand": "1000",
    "ten thousand": "10000",
    "more than": "morethan",
    "over 40000": "morethan 40000",
    "jizya tax": "jizya",
    "poll tax": "jizya",
    "military career": "career",
    "military life": "career",
    "become a muslim": "convert muslim",
    "became a muslim": "convert muslim",
    "become muslim": "convert muslim",
    "became muslim": "convert muslim",
    "become muslims": "convert muslim",
    "became muslims": "convert muslim",
    "accept islam": "convert islam",
    "accepted islam": "convert islam",
    "embrace islam": "convert islam",
    "embraced islam": "convert islam",
    "enter islam": "convert islam",
    "entered islam": "convert islam",
    "announcing their islam": "announce convert islam",
    "announced their islam": "announce convert islam",
    "announce their islam": "announce convert islam",
    "announcing islam": "announce convert islam",
    "declare their islam": "announce convert islam",
    "declared their islam": "announce convert islam",
    # «ONE way in which Allah showed ...», «In what ways did ...»: how, not «the way of Allah».
    "way in which": "",
    "ways in which": "",
    "in what way": "",
    "in what ways": "",
    # «explain in easy words», «in simple terms»: how to answer, not what is asked.
    "can u explain": "",
    "can you explain": "",
    "could you explain": "",
    "in easy words": "",
    "in simple words": "",
    "in simple terms": "",
    "in easy language": "",
    "in simple language": "",
    "with reference to": "",
    # «"…" Do you agree?», «Agree or disagree»: asks to judge the claim quoted before it; not
    # the agreement (treaty) a word of it names.
    "to what extent do you agree": "",
    "how far do you agree": "",
    "do you agree or disagree": "",
    "agree or disagree": "",
    "do you agree": "",
    # «To what extent was Tabuk a success?» asks the success; «extent» is no detail of it.
    "to what extent": "",
    # «Why is the army remembered as the army of hardship?» asks why it is so called.
    "remembered as": "name",
    # «Why did they call the army …», «why do we call it …»: its name, not the call to arms.
    "did they call": "named",
    "do they call": "named",
    "do we call": "named",
    "did people call": "named",
    "do people call": "named",
    "factors responsible for": "reason",
    "factor responsible for": "reason",
    "with reference": "",
    "entered into": "",
    "went back": "return",
    "go back": "return",
    # The enemy's army is not the Muslims' army («Who commanded the Roman army?»).
    "roman army": "roman enemyarmy",
    "roman armies": "roman enemyarmy",
    "roman forces": "roman enemyarmy",
    "roman troops": "roman enemyarmy",
    "roman soldiers": "roman enemyarmy",
    "romans army": "roman enemyarmy",
    "romans armies": "roman enemyarmy",
    "romans forces": "roman enemyarmy",
    "romans troops": "roman enemyarmy",
    "romans soldiers": "roman enemyarmy",
    "byzantine army": "roman enemyarmy",
    "byzantine armies": "roman enemyarmy",
    "byzantine forces": "roman enemyarmy",
    "byzantine troops": "roman enemyarmy",
    "byzantine soldiers": "roman enemyarmy",
    "byzantines army": "roman enemyarmy",
    "byzantines armies": "roman enemyarmy",
    "byzantines forces": "roman enemyarmy",
    "byzantines troops": "roman enemyarmy",
    "byzantines soldiers": "roman enemyarmy",
    "rum army": "roman enemyarmy",
    "rum armies": "roman enemyarmy",
    "rum forces": "roman enemyarmy",
    "rum troops": "roman enemyarmy",
    "rum soldiers": "roman enemyarmy",
    "army of the romans": "roman enemyarmy",
    "army of the byzantines": "roman enemyarmy",
    "forces of the romans": "roman enemyarmy",
    "forces of the byzantines": "roman enemyarmy",
    "troops of the romans": "roman enemyarmy",
    "troops of the byzantines": "roman enemyarmy",
    "commander of the romans": "lead roman enemyarmy",
    "commanders of the romans": "lead roman enemyarmy",
    "general of the romans": "lead roman enemyarmy",
    "generals of the romans": "lead roman enemyarmy",
    "commander of the byzantines": "lead roman enemyarmy",
    "commanders of the byzantines": "lead roman enemyarmy",
    "general of the byzantines": "lead roman enemyarmy",
    "generals of the byzantines": "lead roman enemyarmy",
    "roman commander": "lead roman enemyarmy",
    "roman commanders": "lead roman enemyarmy",
    "roman general": "lead roman enemyarmy",
    "roman generals": "lead roman enemyarmy",
    "byzantine commander": "lead roman enemyarmy",
    "byzantine commanders": "lead roman enemyarmy",
    "byzantine general": "lead roman enemyarmy",
    "byzantine generals": "lead roman enemyarmy",
    "romans gathered": "roman gather enemyarmy",
    "romans had gathered": "roman gather enemyarmy",
    "byzantines gathered": "roman gather enemyarmy",
    # «called» naming is «name»; «called the Muslims (to ...)» summons them.
    "called the muslims": "call muslim",
    "called the believers": "call believer",
    "called the people": "call people",
    "called them": "call",
    "called upon": "call",
    "called on": "call",
    "called to the": "call",
    "called to arms": "call",
    "the term": "",
    "the word": "",
    "known as": "name",
    "referred to as": "name",
    "lead to": "reason",
    "led to": "reason",
    "leads to": "reason",
    "ghazwa of": "expedition",
    "turn up": "come",
    "turned up": "come",
    "show up": "come",
    "showed up": "come",
    "give me": "",
    # «when the Prophet called for Tabuk»: a call, not a name.
    "called for": "call",
    "call for": "call",
    # «for the Muslim community»: the Muslims.
    "muslim community": "muslim",
    "muslim ummah": "muslim",
    # «a big battle» is a battle («How big was the army?» still asks its size).
    "big battle": "battle",
    "big fight": "fight",
    # «how the Prophet dealt with Ukaydir»: how he treated him.
    "dealt with": "treat",
    "deal with": "treat",
    "dealing with": "treat",
    # «Do you think it was a success?»: the asker's opinion frames the question.
    "do you think": "",
    "in your opinion": "",
    "in your view": "",
    # «the spirit of sacrifice shown by the companions»: what they gave.
    "spirit of sacrifice": "sacrifice",
    # «How did it all end?»: «all» of nothing in particular.
    "it all": "",
    # «Did some people stay home?»: «some people» only says someone did it; who they were
    # is what the answer tells.
    "some people": "",
    # «How many people were in the army / went?»: people counted as going are its men (not
    # «how many people gave», a count of donors the text does not give).
    "many people were in": "many soldier were in",
    "many people went": "many soldier went",
    "many people joined": "many soldier joined",
    "many people marched": "many soldier marched",
    # «when the army got there»: getting to a place is arriving («get» alone is no arrival).
    "got there": "come",
    "get there": "come",
    "gets there": "come",
    "getting there": "come",
    # «after reaching Tabuk» only places the question.
    "after reaching": "after",
    "on reaching": "after",
    "upon reaching": "after",
    "after arriving at": "after",
    "on arriving at": "after",
    # «the reasons which led the Prophet to lead an expedition»: going, not commanding.
    "to lead an expedition": "expedition",
    "to lead the expedition": "expedition",
    "to lead a campaign": "expedition",
    "which led": "reason",
    "that led": "reason",
    # «the motives behind the expedition»; «stayed behind» keeps its word.
    "reasons behind": "reason",
    "reason behind": "reason",
    "motives behind": "reason",
    "motive behind": "reason",
    "causes behind": "reason",
    # «What is meant by X», «Explain what this means»: explain, not the meaning of a name.
    "what is meant by": "",
    "is meant by": "",
    "what this means": "",
    "what that means": "",
    # «Tabuk is said to be ...»: a hedge, not words someone said.
    "said to be": "",
    "said to have": "",
    "it is said": "",
    "is said": "",
    "was said": "",
    # What a source says is what it states, not words someone said.
    "source say": "source",
    "sources say": "source",
    "book say": "source",
    "books say": "source",
    "notes say": "source",
    "text say": "source",
    "part played": "role",
    "role played": "role",
    # MCQ instructions: they say nothing of what is asked.
    # Who reports a claim is not part of it («someone said the army was 30,000»).
    "someone said": "",
    "someone says": "",
    "i read that": "",
    "i heard that": "",
    "correct answer": "",
    "right answer": "",
    "best answer": "",
    "correct option": "",
    "right option": "",
    "correct one": "",
}
# «how many soldier from Muslim side?», «from the Roman side»: those of that side, not its
# allies («fought on the side of the Romans» is an alliance and keeps «side»).
PHRASES.update(
    {
        f"from {the}{side} side": side.rstrip("s") if side != "rum" else "roman"
        for the in ("", "the ")
        for side in ("muslim", "muslims", "roman", "romans", "rum")
    }
)
PHRASES.update({f"from {the}byzantine side": "roman" for the in ("", "the ")})
# «Who led the Romans at Tabuk?»: leading the enemy is not the Prophet's leading of Tabuk.
PHRASES.update(
    {
        f"{verb} the {side}": "lead roman enemyarmy"
        for verb in ("led", "lead", "leading", "commanded", "command", "headed", "head")
        for side in ("romans", "byzantines", "rum", "roman side", "enemy")
    }
)

_SIDES = ("they", "it")
# «What did the Romans do when they heard of the Muslim army's approach?», «What did the
# Muslims do when they heard the call?»: what a side did on hearing, learning or seeing
# something is how it reacted to it.
PHRASES.update(
    {
        f"{when} {who} {perceived}{about}".strip(): "when react" if who in _SIDES else "when"
        for when in ("when", "after", "once", "as soon as")
        # (a side reacts; «when he heard of it» is the Prophet's or Heraclius's own deed,
        # not the Romans' reaction)
        for who in ("they", "he", "it", "she")
        for perceived in (
            "heard", "learnt", "learned", "saw", "found out", "came to know", "got news",
            "received news", "were told", "was told", "realised", "realized", "knew",
            "got to know", "discovered",
        )
        for about in ("", " of", " about", " that")
    }
    | {
        f"{on} {perceiving}{about}": "when react"
        for on in ("on", "upon", "after")
        for perceiving in ("hearing", "learning", "seeing")
        for about in ("", " of", " about", " that")
    }
)  # fmt: skip

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
