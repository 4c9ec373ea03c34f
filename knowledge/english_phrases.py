"""English multi-word expressions read as one concept before single words.

The English reader (knowledge/english_text.py) reads each expression in the normalised text
as its concept words, or as nothing where the expression only frames the question («correct
answer», «someone said»); single words are read with the lists of knowledge/english_lexicon.py.
"""

from __future__ import annotations

# Multi-word expressions read as one concept before single words (normalised text).
PHRASES = {
    "who all": "who",
    # Indian English: «What all treaties were made?».
    "what all": "what",
    # «the strength of the army» is how many it numbered.
    **{
        f"strength of {the}{side}{army}": "number army"
        for the in ("the ", "")
        for side in ("", "muslim ", "islamic ")
        for army in ("army", "forces", "troops")
    },
    # «the envoy's killing as a casus belli for Tabuk»: the Latin for a cause of war.
    "casus belli": "reason",
    # «Which came first, Mu'tah or Tabuk?»: a chronology asker's «before».
    "came first": "before",
    "come first": "before",
    "happened first": "before",
    "happen first": "before",
    "occurred first": "before",
    "took place first": "before",
    # «pushing toward Arabia»: advancing on it («pushed back» is no advance).
    **{
        f"{push} {to}": "advance"
        for push in ("push", "pushed", "pushing", "pushes")
        for to in ("toward", "towards", "into", "to")
    },
    # «Where was the army heading?», «headed for Tabuk»: going somewhere, not leading
    # («heading the army», with its object, still leads; «head» alone is the leader).
    "heading": "march",
    **{
        f"{head} {to}": "march"
        for head in ("headed", "heads")
        for to in ("to", "for", "towards", "toward")
    },
    **{f"heading {the}": "lead" for the in ("the", "a", "his", "their")},
    # «Where was the army headed?» goes; «the army was headed by the Prophet» is led.
    **{f"{be} headed": "march" for be in ("was", "were", "is", "are")},
    **{f"{be} headed by": "lead" for be in ("was", "were", "is", "are")},
    # «how did the whole thing wrap up?», «how did it turn out?»: how it ended.
    "wrap up": "result",
    "wrapped up": "result",
    "wind up": "result",
    "wound up": "result",
    "turn out": "result",
    "turned out": "result",
    "pan out": "result",
    "panned out": "result",
    "play out": "result",
    "played out": "result",
    "take place": "occur",
    "took place": "occur",
    "taken place": "occur",
    "takes place": "occur",
    # «Tabuk was fought in 9 AH», «the campaign was fought against the Romans»: the
    # expedition said to be fought is its taking place, no battle claimed (read as one, the
    # statement was a fight no fact's answer tells, and «was fought in winter» was asked back).
    "tabuk was fought": "tabuk occur",
    "expedition was fought": "expedition occur",
    "campaign was fought": "campaign occur",
    "ghazwa was fought": "ghazwa occur",
    # «the Prophet led Tabuk in person»: himself.
    "in person": "himself",
    # «Abu Bakr gave away everything he owned»: giving, its «away» no distance («far»).
    "gave away": "gave",
    "give away": "give",
    "given away": "given",
    "giving away": "giving",
    "gives away": "gives",
    # «i gave every thing i owned»: everything.
    "every thing": "everything",
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
    # «those who refused to go out for jihad»: those who did not go out, who stayed behind.
    "refused to go out": "lagbehind",
    "refused to go": "lagbehind",
    "refused to march": "lagbehind",
    "refused to join": "lagbehind",
    "refuse to go": "lagbehind",
    "refusing to go": "lagbehind",
    "cling to": "lagbehind",
    "clinging to": "lagbehind",
    "fall back": "retreat",
    "fell back": "retreat",
    "ran away": "retreat",
    "run away": "retreat",
    "pull back": "retreat",
    "pulled back": "retreat",
    "set out": "march",
    # «cut off from supplies»: taken far from them (the seed: far from their centres of supply).
    "cut off": "far",
    # «When did the army leave for Tabuk?», «departed for»: going out to it (not «left behind»).
    "leave for": "march",
    "left for": "march",
    "leaving for": "march",
    "departed for": "march",
    "depart for": "march",
    # Phrasal verbs of sending and setting out: the particle adds nothing the facts tell
    # («Khalid was sent off to Dumat al-Jandal», «When did the army set off?»).
    "set off": "march",
    "sets off": "march",
    "setting off": "march",
    "set forth": "march",
    "sets out": "march",
    "setting out": "march",
    **{f"{hand} over": "give" for hand in ("hand", "hands", "handed", "handing")},
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
    # «Was there any fighting at all?», «were they not afraid at all»: emphasis, not «all»
    # (read as «all», Abu Bakr's «all his wealth» and the general call rivalled the answer).
    "at all": "",
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
    # «Equipping the army was simple»: said of the subject, «simple» is «easy» (the hardship
    # fact: «neither easy nor simple»); elsewhere («in simple terms») it frames the question.
    "was simple": "was easy",
    "were simple": "were easy",
    "is simple": "is easy",
    "simple and easy": "easy",
    "easy and simple": "easy",
    # «larger than 40k», «bigger than 40,000»: a lower bound as «more than» is.
    "larger than": "morethan",
    "bigger than": "morethan",
    "greater than": "morethan",
    "over 40000": "morethan 40000",
    # «fewer than 30,000», «less than 10,000»: an upper bound on a count (en69), a claim about
    # the number (it was asked back, «fewer» and «less» known to no fact);
    # english_counts.under_bound settles it against a lower bound the answer gives.
    "fewer than": "number lessthan",
    "less than": "number lessthan",
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
    # «Who was the Romans' commander?» (the apostrophe dropped): whose commander is said by the
    # possessive; read as «roman» and «commander», the Prophet's leading of Tabuk answered
    # (with «the», before «the byzantines» is read as the name).
    **{
        f"{the}{side} {office}": "lead roman enemyarmy"
        for the in ("the ", "")
        for side in ("romans", "byzantines", "rums")
        for office in ("commander", "commanders", "general", "generals", "leader", "leaders")
    },
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
    "called for": "mobilise",
    "call for": "mobilise",
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
    # «What does the Islamic account say Heraclius did …?»: the one text, named by whose it is.
    "account say": "source",
    "accounts say": "source",
    "islamic account say": "source",
    "islamic accounts say": "source",
    "islamic source say": "source",
    "islamic sources say": "source",
    "muslim sources say": "source",
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
    # «… contribution tabuk mark scheme»: a student after what the examiners accept.
    "mark scheme": "",
    "marking scheme": "",
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
# «to prevent bloodshed», «avoiding bloodshed», «to stop the bloodshed»: what the no-battle
# fact says as «to spare bloodshed» (en69: «prevent» was mended as a slip of «present», and the
# statement «… because the Prophet wanted to prevent bloodshed» was left unsettled).
PHRASES.update(
    {
        f"{keep} {the}{blood}": "spare fight"
        for keep in (
            "prevent", "prevents", "prevented", "preventing", "avoid", "avoids", "avoided",
            "avoiding", "stop", "stops", "stopped", "stopping", "minimise", "minimize",
            "minimising", "minimizing", "spare", "spared", "sparing",
        )
        for the in ("", "the ", "further ", "any ")
        for blood in ("bloodshed", "blood shed", "shedding blood", "shedding of blood")
    }
)  # fmt: skip
