"""Exam phrases that only frame what is asked: «the role of Heraclius in the events leading up
to Tabuk» asks Heraclius' part, «the incident involving the Prophet's ambassador» asks what befell
the ambassador. Their words («event», «lead», «incident») name no fact's content, and read as
content they leave the fact that tells it short of words.

Part of reading English questions (knowledge/english_text.py).
"""

from __future__ import annotations

from knowledge.english_lexicon import COPULAS, RELATIVES

# Word runs dropped wherever they stand (lower-case words of a question, in order). «The
# events that led to Tabuk» asked alone are its causes: only «in the events …», a scene set
# for another subject, is dropped.
_SCENES = (
    ("events", "leading", "up", "to"),
    ("events", "leading", "to"),
    ("events", "that", "led", "to"),
    ("events", "which", "led", "to"),
    ("events", "that", "led", "up", "to"),
    ("events", "which", "led", "up", "to"),
    ("run", "up", "to"),
    # «the role played by the munafiqun in the events surrounding the Tabuk campaign»
    ("events", "surrounding"),
    ("events", "around"),
)
# Who holds the text a question points to, and what it is called.
_OWNERS = ("your", "the", "this", "our", "my")
_SOURCES = ("text", "source", "sources", "book", "books", "notes", "textbook", "account")
# A comprehension exercise's text and the skeptic's «Arabic narrative»: the one text too.
_PASSAGES = ("passage", "paragraph", "extract", "narrative", "narration")
# What a skeptic calls a report before it: «the claim that …», «the story that …».
_CLAIMS = ("claim", "idea", "story", "notion", "narration", "report", "statement")
_FRAMES: tuple[tuple[str, ...], ...] = (
    *(("in", "the", *run) for run in _SCENES),
    ("incident", "involving"),
    # «Who were the Ghassanids in the story of Tabuk?»: where the one asked about stands, the
    # one story every fact tells, not the whole story asked for.
    ("in", "the", "story", "of"),
    # «Describe the location of Tabuk in relation to Madina», «… in terms of the Arab
    # tribes»: what follows is what the question is about, the phrase only joins it.
    ("in", "relation", "to"),
    ("in", "terms", "of"),
    ("with", "regard", "to"),
    ("with", "reference", "to"),
    ("with", "reference", "of"),
    ("with", "respect", "to"),
    ("in", "the", "context", "of"),
    ("in", "context", "of"),
    ("incident", "of"),
    ("episode", "of"),
    ("episode", "involving"),
    # «according to your text», «according to the sources»: where the answer is to come from;
    # every answer comes from the one text, so the phrase asks nothing of its own.
    *(("according", "to", owner, source) for owner in _OWNERS for source in _SOURCES),
    # «according to the passage and your knowledge»: what the asker may draw on besides.
    ("and", "your", "knowledge"),
    # «True or false per the Arabic text?», «in the Arabic narrative»: the one text, named by
    # its language («Arabic» was mended into «Arabia», a place).
    *(
        (*lead, owner, "arabic", source)
        for lead in (("according", "to"), ("per",), ("in",))
        for owner in _OWNERS
        for source in (*_SOURCES, *_PASSAGES)
    ),
    ("according", "to", "you"),
    # «What's the basis for the claim that Heraclius paid …?», «the story that …»: the claim
    # that follows is what is asked about; where a claim comes from is the one text.
    *(
        (ground, "for", "the", claim, "that")
        for ground in ("basis", "evidence", "source", "proof")
        for claim in _CLAIMS
    ),
    *(("the", claim, "that") for claim in _CLAIMS),
    # «Assess the importance of 9:38 in understanding the attitude of the hypocrites»: what
    # follows is what the thing asked about sheds light on; understanding is no content.
    ("in", "understanding"),
    ("for", "understanding"),
    # «the key points I should cover about the expedition», «what should I cover on Tabuk»: the
    # asker's own lesson or essay plan; what follows is what is asked («cover» read as content
    # was the treaties «covering» Ayla).
    *(
        (*who, verb)
        for who in (
            ("i", "should"),
            ("should", "i"),
            ("i", "need", "to"),
            ("i", "have", "to"),
            ("i", "must"),
            ("must", "i"),
            ("we", "should"),
            ("should", "we"),
        )
        for verb in ("cover", "include", "mention")
    ),
)

# Every word of a framing run is a word the reader knows: «Arabic» in «per the Arabic text» is
# not a slip of «Arabia» to be mended before the run is found (knowledge/english_text.py).
FRAME_WORDS = frozenset(word for frame in _FRAMES for word in frame)


# The frames by their first word, each list in _FRAMES's order: only those can start where
# that word stands (a look-up instead of comparing every frame at every word).
_FRAMES_BY_FIRST: dict[str, list[tuple[str, ...]]] = {}
for _frame in _FRAMES:
    _FRAMES_BY_FIRST.setdefault(_frame[0], []).append(_frame)


def without_frames(words: list[str]) -> list[str]:
    """The words with each framing run taken out."""
    words = _without_age(_without_source_say(_you_tell(_figure_as_number(words))))
    out: list[str] = []
    i = 0
    while i < len(words):
        starting = _FRAMES_BY_FIRST.get(words[i], ())
        frame = next((f for f in starting if tuple(words[i : i + len(f)]) == f), None)
        if frame is None:
            out.append(words[i])
            i += 1
        else:
            i += len(frame)
    return out


def _without_age(words: list[str]) -> list[str]:
    """«explain like I'm 12 why …», «like I am five»: how simply to answer, not what."""
    for i in range(len(words) - 2):
        if words[i] != "like":
            continue
        rest = words[i + 1 :]
        said = 2 if rest[:2] == ["i", "am"] else 1 if rest[:1] in (["im"], ["i'm"]) else 0
        if said and len(rest) > said and (rest[said].isdigit() or rest[said] in _AGES):
            end = i + 1 + said + 1
            if words[end : end + 2] == ["years", "old"]:
                end += 2
            return [*words[:i], *words[end:]]
    return words


# Ages said in words after «like I'm …» (digits are read as digits).
_AGES = frozenset(
    "five six seven eight nine ten eleven twelve thirteen fourteen kid child".split()
)


def _figure_as_number(words: list[str]) -> list[str]:
    """«What figure does the source give for the army?», «the figures for the army»: a
    figure asked for is a number («Which figure led the Romans?» keeps its person)."""
    return [
        "number"
        if w in ("figure", "figures")
        and i
        and words[i - 1] in ("what", "which", "the")
        and i + 1 < len(words)
        and words[i + 1] in ("for", "of", "does", "do", "is", "was", "given")
        else w
        for i, w in enumerate(words)
    ]


def _source_end(words: list[str], at: int) -> int | None:
    """Where a text named from words[at] ends («your source», «the Islamic account», «the
    Muslim sources», «it», «(Muslim) historians»), or None when no text is named there."""
    if at >= len(words):
        return None
    if words[at] == "it":
        return at + 1
    owned = words[at] in _OWNERS
    nouns = _TEXT_NOUNS if owned else _WRITERS
    first = at + 1 if owned else at
    # up to two words describe a text after its owner, one describes writers in general
    for noun in range(first, min(first + (3 if owned else 2), len(words))):
        if words[noun] in nouns:
            return noun + 1
        if words[noun] in _SAYING:
            break
    return None


def _you_tell(words: list[str]) -> list[str]:
    """«Can you say who led the army?», «What would you say were the reasons?»: the one asked
    is to tell it; no words someone said are asked (read so, only the verses' facts, which
    quote words, were left to answer)."""
    return [
        "tell" if w == "say" and i and words[i - 1] == "you" else w for i, w in enumerate(words)
    ]


def _without_source_say(words: list[str]) -> list[str]:
    """«What does your source say Uthman gave?»: the question inside; the source is the one
    text every answer comes from. «What does the Islamic account say about Heraclius?», «…
    confirm what it says about how the Arabs felt»: what the text tells of it («what about
    Heraclius»; read as words someone said, only the verses' facts, which quote words, were
    left to answer). A bare «What does your source say?» (asked after an answer,
    knowledge/english_engine.py) keeps its words: nothing else is asked; so does «it» where
    a verse is named («Surah Tawbah 38: what does it say about …?»: the verse's words)."""
    verse_named = bool(_VERSE_WORDS & set(words))
    for i in range(len(words) - 2):
        asked = words[i] in ("does", "do")
        if not (asked or words[i] == "what"):
            continue
        end = _source_end(words, i + 1)
        if end is None or (words[i + 1] == "it" and verse_named):
            continue
        # («What figure does this source actually give for the army?»: an adverb between)
        verb = end + 1 if end < len(words) and words[end] in _SOURCE_ADVERBS else end
        if verb + 1 >= len(words) or words[verb] not in (_SAYING if asked else _SAYS):
            continue
        if words[verb + 1] in ("about", "on", "of"):
            return [*words[: i + 1 if not asked else i], *words[verb + 1 :]]
        if asked and words[i + 1] != "it":
            # «give» read as content was a gift («What number does the text give for the
            # army?» went to the donations): only «does» stays to hold the question's shape.
            return [*words[: i + 1], *words[verb + 1 :]]
    return words


# What a text does with a figure besides saying it, and the adverbs a skeptic puts before.
# («mention» is not one: «Why does the text mention Mu'tah?» asks the mention's reason, a shipped
# phrasing of the Mu'tah fact)
_SOURCE_GIVES = ("give", "gives", "state", "states", "report", "reports")
_SOURCE_ADVERBS = ("actually", "really", "exactly", "even")
_SAYING = ("say", "says", *_SOURCE_GIVES)
_SAYS = ("says", "said", "states", "tells")
# What a text is called when a question points at it («the Islamic account», «the reader»).
_TEXT_NOUNS = frozenset(
    (*_SOURCES, *_PASSAGES, "accounts", "version", "reader", "article", "narrations",
     "tradition", "traditions", "seerah", "sira", "sirah", "historians", "author", "writer")
)  # fmt: skip
# Writers and sources in general, named without «the» («What do historians say …?»).
_WRITERS = frozenset("historians scholars sources books narrations traditions".split())
# A verse named: «it» is then the verse, whose own words are asked.
_VERSE_WORDS = frozenset("verse verses ayah ayat surah sura quran tawbah tauba".split())


# «Assess how far the attack on the envoy led to Tabuk», «Evaluate how far …»: after an exam
# command that weighs, «how far» asks an extent, not a distance (as «to what extent» does).
_WEIGHING = frozenset(
    "assess evaluate discuss consider examine analyse analyze explain judge show".split()
)
# A distance is asked with «from» or a verb of going («Explain how far the army marched»).
_GOING = frozenset(
    """from travel travelled traveled march marched go went walk walked ride rode journey
    journeyed away distance km kilometres kilometers miles""".split()
)


def without_extent(words: list[str]) -> list[str]:
    """The words without an extent's «how far» after a weighing command."""
    for i in range(1, len(words) - 1):
        if (
            words[i] == "how"
            and words[i + 1] == "far"
            and words[i - 1] in _WEIGHING
            and not _GOING & set(words[i + 2 :])
        ):
            return words[:i] + words[i + 2 :]
    return words


# «around 10,000 men», «about 3,000 Muslims», «some 12,000 fighters»: a word that only rounds
# the number after it says nothing of its own; read as content it left the statement short
# of words the count's fact explains. («nearly», «almost», «over» change the value: kept.)
_ROUNDING = frozenset("around about roughly approximately approx some circa".split())


def without_rounding(words: list[str]) -> list[str]:
    """The words without a rounding word right before a number."""
    return [
        w
        for i, w in enumerate(words)
        if not (w in _ROUNDING and i + 1 < len(words) and words[i + 1].isdigit())
    ]


# «why the Muslims went out to Tabuk in the first place», «what caused it in the first place»:
# the idiom means «at all», «originally»; read word by word its «first» asked an order (the
# first to do something), a detail no fact's phrasings ask.
_IDIOM_FIRST_PLACE = ("in", "the", "first", "place")


def without_first_place(words: list[str]) -> list[str]:
    """The words without the idiom «in the first place»."""
    size = len(_IDIOM_FIRST_PLACE)
    for i in range(len(words) - size + 1):
        if tuple(words[i : i + size]) == _IDIOM_FIRST_PLACE:
            return words[:i] + words[i + size :]
    return words


# «What happened in Arabia after Tabuk?», «what changed across Arabia»: every fact of the text
# happens in Arabia, so after a verb of happening the land only sets the scene; read as content
# it was a word the delegations' fact («Arab delegations came …») does not say.
_HAPPENING = frozenset("happen happened happens occur occurred occurs change changed".split())
_ACROSS = frozenset("in across throughout".split())
# «the tribes of Arabia» are «the Arab tribes»: the same people said with the land's name.
_PEOPLES = frozenset("tribes tribe peoples clans".split())
# «Why did the Romans withdraw from the border?», «pull back from the frontier»: after a verb
# of falling back, the border is only where they fell back from; the retreat's fact says they
# fell back into their lands and names no border (the build-up's fact does).
_FALLING_BACK = frozenset(
    "withdraw withdrew withdrawn withdrawing retreat retreated retreating back".split()
)
_BORDERS = frozenset("border borders frontier frontiers".split())
# «in the period immediately after the expedition», «soon after Tabuk»: how near in time says
# nothing the facts tell apart; «after» alone is what is asked. («just before Tabuk» stays: it
# asks the expedition before it, a known gap.)
_NEAR = frozenset("immediately shortly soon directly just right".split())
_SPANS = frozenset("period days weeks months time".split())
_SIDES_OF_TIME = frozenset({"after"})


def without_setting(words: list[str]) -> list[str]:
    """The words without the land every fact happens in after a verb of happening («among»
    the people it happened to read as «to»), with «the tribes of Arabia» read as «the Arab
    tribes», without the border a side fell back from, and without how near in time («in the
    period immediately after» is «after»)."""
    out: list[str] = []
    i = 0
    while i < len(words):
        word = words[i]
        rest = words[i + 1 : i + 4]
        if word in _ACROSS and rest[:1] == ["arabia"] and out and out[-1] in _HAPPENING:
            i += 2
            continue
        if word == "among" and out and out[-1] in _HAPPENING:
            # «What happened among the Arab tribes after Tabuk?» asks what happened to them.
            out.append("to")
            i += 1
            continue
        if word in _PEOPLES and rest[:2] == ["of", "arabia"]:
            out.extend(["arab", word])
            i += 3
            continue
        if word == "from" and out and out[-1] in _FALLING_BACK:
            skip = 2 if rest[:1] == ["the"] and rest[1:2] and rest[1] in _BORDERS else 0
            skip = skip or (1 if rest[:1] and rest[0] in _BORDERS else 0)
            if skip:
                i += 1 + skip
                continue
        if word in _NEAR and rest[:1] and rest[0] in _SIDES_OF_TIME:
            i += 1
            continue
        if word == "in" and rest[:1] == ["the"] and rest[1:2] and rest[1] in _SPANS:
            following = words[i + 3 : i + 5]
            near = 1 if following[:1] and following[0] in _NEAR else 0
            if following[near : near + 1] and following[near] in _SIDES_OF_TIME:
                i += 3 + near
                continue
            if following[:1] in (["that"], ["which"]) and following[1:] == ["followed"]:
                # «in the period that followed the expedition» is «after the expedition».
                out.append("after")
                i += 5
                continue
        out.append(word)
        i += 1
    return out


# «Which Arab peoples were allies of the Romans?», «Who were the people that Allah was pleased
# with?»: a question asking which people only says a party is asked; «people» is no detail of
# the fact that names them (read as content it is the word of «the people of Ayla»).
_PEOPLE = frozenset({"people", "peoples"})
_WHICH = frozenset({"which", "what"})


def without_people_head(words: list[str]) -> list[str]:
    """The words without «people» heading a question that asks which people."""
    # («Which people made peace …?» keeps it: a phrasing of the treaties asks so.)
    if words[:1] and words[0] in _WHICH:
        for i in (1, 2):
            if words[i : i + 1] and words[i] in _PEOPLE and (i == 2 or words[i] == "peoples"):
                return words[:i] + words[i + 1 :]
    if (
        words[:1] == ["who"]
        and words[1:2]
        and words[1] in COPULAS
        and words[2:3] == ["the"]
        and words[3:4]
        and words[3] in _PEOPLE
        and words[4:5]
        and words[4] in RELATIVES
    ):
        return words[:3] + words[4:]
    return words


# «Give 2 reasons why …», «State 3 ways …», «tell me 2 things: …»: a digit before what the
# answer is to list says how many to give, as «two» does (a function word), not a value the
# fact must state; read as a value it held back the fact that tells the reasons.
_LISTED = frozenset(
    """reasons reason ways things points examples facts causes effects results lessons steps
    questions features factors""".split()
)


# Counts said in words before «ways» («Explain two ways the hypocrites behaved»).
_COUNT_WORDS = frozenset("one two three four five several".split())


def without_asked_count(words: list[str]) -> list[str]:
    """The words without a small digit right before what the answer is to list, and without
    counted «ways» («two ways the hypocrites behaved» asks how they behaved, as «ways in
    which» does; «ways in which» itself is a set phrase)."""
    out: list[str] = []
    for i, w in enumerate(words):
        following = words[i + 1 : i + 3]
        if _counts(w) and following[:1] in (["ways"], ["way"]) and following[1:] != ["in"]:
            continue
        if w in ("ways", "way") and i and _counts(words[i - 1]) and following[:1] != ["in"]:
            continue
        if _counts(w) and w.isdigit() and following[:1] and following[0] in _LISTED:
            continue
        out.append(w)
    return out


def _counts(word: str) -> bool:
    """A small count, in digits or words."""
    return (word.isdigit() and 0 < int(word) <= 10) or word in _COUNT_WORDS
