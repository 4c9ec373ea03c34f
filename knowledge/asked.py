"""What a question asks, and whether a fact states it: the check before every answer.

Ranking finds the fact whose words are nearest to the question. Near words are not enough:
«كم عدد شهداء تبوك» shares «شهداء» with the Mu'tah fact, «هل أسلم هرقل» shares «هرقل» with
the fact about his mercenaries' pay. Neither fact states what is asked. So before the engine
answers, it reads what the question asks and checks the leading fact against it.

A question names a **subject** (who or what it is about: هرقل، عثمان، الروم) and asks a
**detail** of it: a **kind** of detail (a time for «متى», a number for «كم», a person for
«من», a place for «أين») and the **detail words** that say which one (استشهد، أسلم، رجع).
Some words change nothing and are left out of the check: the **frame** (تبوك، غزوة، النبي،
المسلمون, named in most questions), words that only ask for an account (دور، قصة، موقف),
and — dropped when the question is read (knowledge/analysis.py) — honorifics (رضي الله
عنه، عليه الصلاة والسلام), exam verbs (أوضح، أبيّن، أستدل) and titles read as the name they
stand for (ذو النورين → عثمان، الصديق → أبو بكر، الفاروق → عمر).

The fact states what is asked when all of these hold:

1. **Subject**: every name the question asks about appears in the fact.
2. **Kind**: a question asking when or how many gets a fact that gives that kind of detail:
   its answer is of that kind, or one of its phrasings asks that kind with one of the
   question's detail words, or its answer holds a value of that kind (a figure for «كم»,
   a month or the Hijri year for «متى»). «كم المسافة» is not answered by "far", nor «متى
   رجع» by what happened after. «كيف» asks how: a yes/no fact («نعم، كانت آخر غزواته»)
   answers it only when one of its own «كيف» phrasings shares the question's detail
   words («كيف اختتمت غزوة تبوك» is not «was it his last»). (Who and where are left to
   ranking: a person or a place is named in most answers, so the kind alone tells little.)
3. **A saying**: a question asking what someone said («ايش قال النبي عن عثمان», «ماذا قال
   المنافقون») gets a fact that quotes a saying (its answer has «قال», «قول», «قوله تعالى»);
   a fact telling what someone did is not what they said. Likewise a question asking which
   verse («ايه الاية اللي نزلت في …», «في أي سورة») gets a fact that quotes it.
4. **A pronoun with nothing before it**: «شنو علاقتها بتبوك؟», «ما موقفهم؟» name no one,
   yet the word asked carries «ها/هم/هن/هما» for someone named before. A fact whose every
   phrasing with that word names a person or party («هرقل وش علاقته بغزوة تبوك؟») is not
   taken for it; one asked about without a name («كم كان عددهم» → the army) still is. Only
   words before anything named count («هل بذل المؤمنون أنفسهم»: «هم» are the believers,
   «ما الآية التي نزلت …، وما رقمها»: «ها» is the verse).
5. **Frame alone**: a typed question (who, when, where, how many, why) made only of frame
   words («من هو النبي», «ليش النبي…؟» whose verb was lost) asks about the frame itself; a
   phrasing of the same kind made of the same frame must state it.
6. **A definition**: «ما هي الجزية», «من هم الغساسنة» ask what or who the thing is. A fact
   that only names it («صالحت على دفع الجزية») does not say; one whose own phrasings ask
   that definition, or whose answer opens «X هو …», does (knowledge/asked_definitions.py).
7. **Someone else**: «من كان إمبراطور الروم غير هرقل» asks for a person other than the one
   named after «غير/عدا»; a fact naming no other person (only Heraclius) does not
   state who that was. The name left out is no subject of the question either.
8. **Before or after**: «ماذا حدث لهرقل بعد غزوة تبوك» asks what came after the expedition;
   a fact whose answer tells only what came before it («قبل غزوة تبوك») does not say; nor
   does one telling only what happened during it («… في غزوة تبوك»): a revelation asked
   after it («السورة التي نزلت بعد تبوك»), what became of Ukaydir after it.
Words of the question that no fact states are weighed by ranking (a candidate's
"unexplained" share, knowledge/matcher.py): a rule requiring one of them in the fact cost
more right answers (paraphrase verbs, slips) than it saved; the details people ask most
that the text does not state are caught by name in the known gaps instead («هل أسلم هرقل»).

When the check fails, the engine does not answer with that fact: it says what the text does
not state (a known gap, knowledge/gaps.py) or asks back with the nearest facts.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise

from knowledge.abd_names import fathers_only, names_another_abd
from knowledge.asked_definitions import ACCOUNT_WORDS, FRAME_TERMS, defined_by, definition_target
from knowledge.cause_of import cause_asked_of
from knowledge.during_it import during_it_of_no_one
from knowledge.entity_aliases import unnamed
from knowledge.expedition_name import asks_the_expedition_s_name, names_something_else
from knowledge.lexicon import (
    CONTENT_QUESTION_WORDS,
    ENTITIES,
    EXPEDITION_WORDS,
    QuestionType,
)
from knowledge.message_patterns import OTHER_THAN, QUOTED_SPEAKERS, QUOTING_VERBS
from knowledge.models import AnswerType
from knowledge.muslim_side import (
    asks_the_muslim_side,
    names_the_muslim_army_alone,
    owned_by_the_other_side,
    tells_only_the_romans,
)
from knowledge.names_asked import NAME_WORDS, PERSON_WORDS, SAME_PERSON
from knowledge.normalize import normalize, without_conjunction
from knowledge.presence_asked import asks_if_with, tells_who_was_with
from knowledge.question_words import WHAT
from knowledge.ranking_results import FactProfile
from knowledge.stemming import is_stopword, stem
from knowledge.told_value import tells_its_value
from knowledge.unsaid import FIGURE_WORDS, unsaid

# The kind of detail each typed question wants, as the fact's answer type.
KIND_OF: dict[QuestionType, AnswerType] = {
    QuestionType.TIME: AnswerType.TIME,
    QuestionType.NUMBER: AnswerType.NUMBER,
}
# Typed questions: one made of frame words alone must be asked so by the fact itself.
TYPED: frozenset[QuestionType] = frozenset(
    {
        QuestionType.TIME,
        QuestionType.NUMBER,
        QuestionType.PERSON,
        QuestionType.PLACE,
        QuestionType.REASON,
    }
)
# Frame words that go with any question about the expedition («تبوك دي كانت فين ايام
# الرسول»): left out when comparing frames, unless they are all the question has.
_BACKGROUND = frozenset({"نبي", "مسلم"})
# Words in an answer that give a time or a number (normalised, as typed).
_TIME_VALUES = frozenset("رجب للهجره الهجره هجري هجريه".split())
_FIGURES = FIGURE_WORDS | {"ماءه", "بضع"}
# «كم حط أبو بكر؟»: «ماله كله», all of it, is how much he gave, an amount; never a count.
_NUMBER_VALUES = _FIGURES | {"كله"}
_DIGIT = re.compile(r"\d")
# «كم عدد …» asks a count: the small number words a count of people may be given in too.
_COUNT_VALUES = _FIGURES | frozenset(
    "ثلاثه ثلاث اثنان اثنين اربعه خمسه سته سبعه ثمانيه تسعه".split()
)
# «قال» and its forms are stopwords (never terms), so they are read from the words as typed.
# Past forms only: the present «يقولو» also means "to mean" («شنو بغاو يقولو بجيش العسرة»).
SAYING_WORDS = frozenset(
    f"{prefix}{word}"
    for word in "قال قالوا قالو قالت قاله قالها قالوه قلت گال گالوا كال كالوا".split()
    for prefix in ("", "و", "ف")
)
# «شو حكى النبي», «شنو حجى الرسول» (Levantine, Iraqi «said»): a saying asked only right after
# «what», as «يا حجي» addresses someone and «احكيلي» asks to be told.
_SAID_AFTER_WHAT = frozenset("حكي حكا حجي حكت حجت".split())
# The «what» before it, «ماذا حكى» and «شنهو حجى» too; «ما حكى» asks what was said, or
# whether nothing was («النبي ما حكى عن المتخلفين شي؟»): about a saying either way. (Until
# this module was split, a second list of the same name, the definitions' own, replaced this
# one unseen, leaving «ماذا» and «شنهو» out.)
_WHAT_SAID = WHAT


def _asks_what_was_said(words: tuple[str, ...]) -> bool:
    """«شو حكى النبي لما وصل تبوك»: what someone said, in dialect."""
    return bool(SAYING_WORDS.intersection(words)) or any(
        first in _WHAT_SAID and second in _SAID_AFTER_WHAT for first, second in pairwise(words)
    )


# «الآية», «الآيات», «سورة» as typed: a question asking which verse. Bare «ايه» is left out:
# normalised «آية» is also the Egyptian «what».
VERSE_WORDS = frozenset(
    f"{prefix}{word}"
    for word in "الايه الايات ايات الايتين سوره السوره".split()
    for prefix in ("", "و", "ب", "ف", "ل")
)
# «ليش قالوا عن جيش تبوك جيش العسرة» asks why it was called so, «متى قال» when: not the words.
_NOT_A_SAYING = frozenset({QuestionType.REASON, QuestionType.TIME, QuestionType.NUMBER})
# Words in an answer that quote a saying: «قال الله تعالى», «قوله تعالى», «قول الله».
# A call to arms or an order is what was said too («ودعا المسلمين إلى الخروج», «تعلن
# إسلامها»); «أعلن المنافقون نفاقهم» is not, so the bare «أعلن» is left out.
_SAYING_VALUES = frozenset("قال قول قوله تعالي دعا ودعا امر وامر حث وحث نادي تعلن".split())


# «ماذا حدث لهرقل بعد غزوة تبوك»: asked what came after the expedition, a fact telling
# only what came before it («قبل غزوة تبوك») does not say, and the other way round.
_BEFORE_AFTER = frozenset(("بعد", "قبل"))


def before_or_after(words: tuple[str, ...]) -> frozenset[str]:
    """«بعد» or «قبل» as said of the expedition («بعد غزوة تبوك», «قبل تبوك»)."""
    return frozenset(
        word
        for word, after in pairwise(words)
        if word in _BEFORE_AFTER and after in EXPEDITION_WORDS
    )


@lru_cache(maxsize=256)
def _answer_when(answer: str) -> frozenset[str]:
    """«بعد/قبل» the expedition in an answer, else «في» when it tells what happened during
    it («… في غزوة تبوك»)."""
    words = tuple(normalize(answer).split())
    found = before_or_after(words)
    if not found and any(
        word in _DURING and after in EXPEDITION_WORDS for word, after in pairwise(words)
    ):
        return frozenset({"في"})
    return found


_DURING = frozenset(("في", "فى"))
# «ما السورة التي نزلت بعد تبوك»: a revelation asked after the expedition; the verses the
# facts quote came down about it, during it. So for what became of someone after it, «ماذا
# حدث لأكيدر بعد غزوة تبوك»: his release is told «في غزوة تبوك», and what came of him after
# the expedition the text does not tell. (A state asked, «الجزية فرضت على مين بعد تبوك؟»,
# is what the treaty made in it and still held after.)
_REVEALED = ("نزل", "انزل", "تنزل")
_BECAME = frozenset(normalize(w) for w in "حدث حصل صار جرى جرا وقع حل مصير".split())


def _revealed_or_became(asked: Asked) -> bool:
    """Whether the question asks a verse, what was revealed, or what happened to someone."""
    return (
        asked.verse
        or any(word.startswith(_REVEALED) for word in asked.words)
        or not _BECAME.isdisjoint(asked.words)
    )


_WHO_WHERE_WHEN = frozenset({QuestionType.PERSON, QuestionType.PLACE, QuestionType.TIME})


# «الجيش الذي قال الله فيه: …», «قوله تعالى: …»: the words after these are quoted, and only a
# fact whose answer has most of them is about that quotation (normalised forms).
_QUOTING_VERBS = frozenset(normalize(word) for word in QUOTING_VERBS)
_QUOTING_NAMES = frozenset(normalize(word) for word in QUOTED_SPEAKERS)
_AFTER_QUOTING = frozenset("الله تعالي فيه فيهم عنه عنهم فيها سبحانه عز وجل".split())
# «قال الله عن المهاجرين …», «قال الله في المتخلفين», «باللي تكاسلوا»: a topic after a
# preposition, no quote.
_TOPIC_PREPOSITIONS = frozenset("عن في فى على علي الى الي لل".split())


def quoted_words(words: tuple[str, ...]) -> frozenset[str]:
    """The content words quoted after «قال الله (فيه)» or «قوله تعالى»."""
    for index, (word, after) in enumerate(pairwise(words)):
        if word in _QUOTING_VERBS and after in _QUOTING_NAMES:
            rest = list(words[index + 1 :])
            while rest and rest[0] in _AFTER_QUOTING:
                rest.pop(0)
            if not rest or rest[0] in _TOPIC_PREPOSITIONS or rest[0].startswith(("بال", "لل")):
                return frozenset()
            return frozenset(w for w in rest if len(w) > 2 and not is_stopword(w))
    return frozenset()


@dataclass(frozen=True, slots=True)
class Asked:
    """What a question asks: its kind, the names it is about, and the detail words."""

    kind: QuestionType
    subject: frozenset[str]
    detail: frozenset[str]
    frame: frozenset[str]
    # The question asks what someone said («ايش قال النبي عن عثمان»).
    saying: bool = False
    # The question asks which verse («ايه الاية اللي نزلت في …»).
    verse: bool = False
    # Words asked with a pronoun for someone named before («علاقتها», «موقفهم»).
    referring: frozenset[str] = frozenset()
    # What a definition question asks to define («ما هي الجزية», «من هم الغساسنة»).
    defines: frozenset[str] = frozenset()
    # The content words it quotes after «قال الله فيه:» («وما النصر إلا من عند الله»).
    quoted: frozenset[str] = frozenset()
    # The people it leaves out, with their other names («غير هرقل» → هرقل، قيصر).
    excluded: frozenset[str] = frozenset()
    # Before or after the expedition («بعد غزوة تبوك»).
    when: frozenset[str] = frozenset()
    # The deed it leaves out («ماذا فعل عمر غير التبرع» → تبرع).
    other_than_deed: frozenset[str] = frozenset()
    # The question's normalised words, for the checks of knowledge/unsaid.py.
    words: tuple[str, ...] = ()


def read_asked(kind: QuestionType, terms: tuple[str, ...], words: tuple[str, ...] = ()) -> Asked:
    """Sort a question's known words into subject, detail and frame; `words` are the
    question's normalised words, read for what only they show (a saying asked)."""
    known = frozenset(terms)
    excluded = excluded_people(words)
    subject = known & ENTITIES - excluded
    frame = known & FRAME_TERMS
    detail = known - subject - frame - CONTENT_QUESTION_WORDS - ACCOUNT_WORDS
    return Asked(
        kind,
        subject,
        detail,
        frame,
        saying=kind not in _NOT_A_SAYING and _asks_what_was_said(words),
        verse=bool(VERSE_WORDS.intersection(words)),
        referring=_referring(known - subject - frame, words) if not subject else frozenset(),
        defines=definition_target(words),
        quoted=quoted_words(words),
        excluded=excluded,
        when=before_or_after(words),
        other_than_deed=excluded_deed(words),
        words=words,
    )


# «من رافق خالدًا», «من سار إلى دومة الجندل مع خالد»: the one asked went with the one named.
_ACCOMPANIED = frozenset("رافق يرافق رافقوا رافقت".split())
_WITH = frozenset("مع ومع ويا".split())
_GOING = ("خرج", "ذهب", "سار", "راح", "مشي", "طلع", "توجه")
# «منو جان ويا خالد», «من كان مع خالد»: being right before «with» is going along too
_BEING = frozenset("كان كانوا كانو جان جانوا جانو".split())


def excluded_people(words: tuple[str, ...]) -> frozenset[str]:
    """The people named right after «غير/عدا» (a name may take two words: «أبي بكر»),
    with their other names; those named as whom the one asked went with («من رافق
    خالدًا إلى دومة الجندل»: his companions, not Khalid); and the one whose predecessor or
    successor is asked («ملك الروم اللي قبل هرقل», «من حكم بعد هرقل»: not Heraclius)."""
    left_out: set[str] = set()
    going = any(word.startswith(_GOING) for word in words)
    for index, word in enumerate(words):
        along = word in _WITH and (going or (index > 0 and words[index - 1] in _BEING))
        if word in OTHER_THAN or word in _ACCOMPANIED or along or word in _BEFORE_AFTER:
            for name in words[index + 1 : index + 3]:
                for group in SAME_PERSON:
                    if stem(name) in group:
                        left_out |= group
    return frozenset(left_out)


# «التبرع», «التجهيز»: a verbal noun with its article is this long at least
_DEED_MIN_LETTERS = 6
# «من غير قتال», «بغير حرب»: «without», nothing left out of the answer
_WITHOUT = frozenset(("من", "ب", "بدون"))


def excluded_deed(words: tuple[str, ...]) -> frozenset[str]:
    """The deed named right after «غير/عدا», a verbal noun of the «التفعّل/التفعيل» kind
    («ماذا فعل عمر في تبوك غير التبرع» → تبرع); not a thing given («غير الإبل والخيل»: a
    fact telling more than them still answers), nor «من غير قتال» (without fighting)."""
    if not words:
        return frozenset()
    return frozenset(
        stem(after)
        for before, word, after in zip(("", *words[:-1]), words, (*words[1:], ""), strict=True)
        if word in OTHER_THAN
        and before not in _WITHOUT
        and after.startswith("الت")
        and len(after) >= _DEED_MIN_LETTERS
        and stem(after) not in ENTITIES
        and not is_stopword(after)
    )


# Third-person pronouns typed onto a noun («علاقتها», «عددهم»); «ه» alone is left out, as
# a normalised «ة» ends many words («غزوه»).
_PRONOUNS = ("هما", "ها", "هم", "هن")
# «قبيلته», «دولته»: a feminine noun with «his» has this many letters at least («سته», six,
# normalised from «ستة», is no «his»)
_HIS_MIN_LETTERS = 6


def _referring(terms: frozenset[str], words: tuple[str, ...]) -> frozenset[str]:
    """The terms typed with a third-person pronoun on them before any word that names
    something («هل بذل المؤمنون أنفسهم»: the believers are named before «أنفسهم»)."""
    found: set[str] = set()
    for word in words:
        # («قبيلته»: «ة» before «ه» is written «ت», so «his» is read there: «قبيلة» + «ه»)
        feminine = word[:-2] + "ه" if word.endswith("ته") and len(word) >= _HIS_MIN_LETTERS else ""
        if feminine and terms & {feminine, stem(feminine)}:
            found |= terms & {feminine, stem(feminine)}
            continue
        if word in NAME_WORDS:
            continue  # («ما اسم قبيلته»: the name of what the pronoun is on)
        if not is_stopword(word) and not word.endswith(_PRONOUNS):
            break
        for pronoun in _PRONOUNS:
            base = word.removesuffix(pronoun)
            if base != word and len(base) >= 3:
                found |= terms & {base, stem(base)}
                break
    return frozenset(found)


# Words asking for someone's stance or part («موقف الروم», «دور هرقل»): the name after one
# is whose stance is asked.
_STANCE_WORDS = frozenset("موقف دور حال تصرف".split())
# The believers are a party whose stance is asked as the hypocrites' is («موقف المؤمنين»),
# though no name: «تصرف المنافقين» is not answered by «بم تميز أهل الإيمان عن المنافقين».
_BELIEVERS = frozenset({stem(normalize("المؤمنين"))})


def actor_of(words: tuple[str, ...]) -> str | None:
    """The name whose stance or part a question asks («موقف الروم من غزوة تبوك»: the
    Romans), or None."""
    for word, following in pairwise(words):
        if without_conjunction(word, "و") in _STANCE_WORDS:
            name = stem(following)
            return name if name in ENTITIES or name in _BELIEVERS else None
    return None


@lru_cache(maxsize=4096)
def actors_of(questions: tuple[str, ...]) -> frozenset[str]:
    """The names whose stance a fact's own phrasings ask («شلون كان موقف العرب من الروم؟»:
    the Arabs), empty when none asks one."""
    found = (actor_of(tuple(normalize(question).split())) for question in questions)
    return frozenset(name for name in found if name is not None)


def says_what_it_is(asked: Asked, profile: FactProfile) -> bool:
    """Whether the fact says what the thing a definition question asks about is.

    A fact defining a name of its own with it («من هو قيصر الروم»: Heraclius) does not say
    what the other is («من هم الروم»)."""
    defined = defined_by(profile.fact.questions, profile.fact.answer)
    return any(
        asked.defines <= terms and not (terms - asked.defines) & ENTITIES for terms in defined
    )


def _gives_value(profile: FactProfile, kind: QuestionType) -> bool:
    """Whether the fact's answer holds a value of the kind asked (a figure, a date)."""
    words = profile.answer_words
    if kind is QuestionType.NUMBER:
        return bool(words & _NUMBER_VALUES) or any(_DIGIT.search(word) for word in words)
    if kind is QuestionType.TIME:
        return bool(words & _TIME_VALUES)
    return False


_HOW_MANY = frozenset({"كم", "وكم", "فكم", "قديش", "شكد", "كام"})
# A noun counted after «كم» in the accusative («جملا», «فرسا», «يوما»); not «ما/ماذا», nor a
# plural verb («قبضوا»).
_COUNTED = re.compile(r"(?!ما$|ماذا$)[^\s]{2,}[^او\s]ا")
_ONES = frozenset({"واحد", "شخص", "نفر", "رجل", "واحدا"})
# Nouns counted after «كم» as typed in dialect, without the accusative «ا» («كم مرتزق», «شكد
# جندي», «كم ناقة»): people, mounts and things the text counts or leaves uncounted.
_COUNT_NOUNS = frozenset(
    "جندي عسكري مقاتل مجاهد مرتزق منافق صحابي مسلم فارس شهيد قائد قايد جمل بعير ناقه فرس "
    "حصان خيل سيف رمح قبيله وفد معاهده ايه".split()
)


def _asks_a_count(words: tuple[str, ...]) -> bool:
    """Whether a question says «عدد» (number of) or «كم واحد/شخص» (how many people): a
    count, not an amount («كم قدم عمر»)."""
    if any(word.lstrip("وفب").removeprefix("ال").startswith("عدد") for word in words):
        return True
    # («كم جملا كان مع أبي بكر؟»: the thing counted after «كم», in the accusative)
    return any(
        word in _HOW_MANY
        and (after in _ONES or after in _COUNT_NOUNS or _COUNTED.fullmatch(after))
        for word, after in pairwise(words)
    )


def _gives_a_count(profile: FactProfile) -> bool:
    """Whether the fact's answer holds a figure: digits or a number word."""
    words = profile.answer_words
    bare = {word.removeprefix("ال") for word in words}
    return bool(bare & _COUNT_VALUES) or any(_DIGIT.search(word) for word in words)


def _same_frame(phrasing: frozenset[str], question: frozenset[str]) -> bool:
    """Whether a phrasing's frame is the question's. Tabuk and the expedition name the same
    thing («متى كانت تبوك» is «متى كانت الغزوة»); the Prophet and the Muslims count only
    when the question names nothing else («من هو النبي»)."""
    expedition = {"غزو": "تبوك"}
    core = question - _BACKGROUND
    if core:
        phrasing, question = phrasing - _BACKGROUND, core
    return {expedition.get(t, t) for t in phrasing} == {expedition.get(t, t) for t in question}


@lru_cache(maxsize=4096)
def _asked_by_kind(
    asked: tuple[tuple[frozenset[str], QuestionType], ...],
) -> dict[QuestionType, tuple[frozenset[str], ...]]:
    """A fact's phrasing words by the kind each phrasing asks, in their order: read once per
    fact, not for every question checked against it (keyed by the words, never stale)."""
    by_kind: dict[QuestionType, list[frozenset[str]]] = {}
    for terms, kind in asked:
        by_kind.setdefault(kind, []).append(terms)
    return {kind: tuple(found) for kind, found in by_kind.items()}


def unstated(asked: Asked, profile: FactProfile) -> str | None:
    """Which rule the fact fails ("subject", "saying", "verse", "kind", "frame"), or None when it
    states what is asked."""
    if unnamed(asked.subject, profile.terms):  # («الغساسنة» is named by «غسان»)
        return "subject"
    if asked.kind in _WHO_WHERE_WHEN and during_it_of_no_one(asked.words):
        return "subject"  # («أين كان أثناء الغزوة»: the expedition is when, no one is named)
    if (
        asked.excluded
        and (asked.kind is QuestionType.PERSON or not NAME_WORDS.isdisjoint(asked.words))
        and not (profile.terms & PERSON_WORDS) - asked.excluded
    ):
        return "someone else"
    if "عبد" in profile.terms and names_another_abd(asked.words):
        return "someone else"  # («مين عبد الله بن أبي»: not Abd al-Rahman, knowledge/abd_names.py)
    if profile.terms & fathers_only(asked.words):
        return "someone else"  # («عبد الله بن أبي بكر»: Abu Bakr's son, not Abu Bakr)
    if asked.other_than_deed and asked.other_than_deed <= profile.terms:
        return "something else"  # («غير التبرع»: not the fact telling the gift)
    if asked.saying and not profile.answer_words & _SAYING_VALUES:
        return "saying"
    if asks_the_expedition_s_name(asked.words) and names_something_else(profile):
        return "name"  # «ما اسم الغزوة»: not the army's name, nor its leader's
    if asked.referring and all(
        terms & ENTITIES for terms, _ in profile.asked if terms & asked.referring
    ):
        return "subject"
    if asked.verse and not profile.answer_words & _SAYING_VALUES:
        return "verse"
    if asked.quoted and len(asked.quoted & profile.answer_words) * 2 < len(asked.quoted):
        return "quote"
    if asked.defines and not says_what_it_is(asked, profile):
        return "definition"
    if tells_its_value(asked.kind, asked.words, profile.fact):
        return "told"
    cause = cause_asked_of(asked.words, asked.detail)
    if cause is not None and cause not in profile.terms:
        return "cause"  # («أسباب تأخر الروم»: not the expedition's, knowledge/cause_of.py)
    told_when = _answer_when(profile.fact.answer)
    if asked.when and asked.when.isdisjoint(told_when - {"في"} or asked.when):
        return "before or after"
    if asked.when == {"بعد"} and told_when == {"في"} and _revealed_or_became(asked):
        return "before or after"
    if asks_if_with(asked.kind, asked.words) and not tells_who_was_with(profile.fact.answer):
        return "with"  # («هل كان هرقل مع جيشه في تبوك؟»: his fact never says he was with it)
    if asks_the_muslim_side(asked.words) and tells_only_the_romans(profile.fact.answer):
        return "side"  # («القبائل المشاركة مع المسلمين»: Lakhm and Ghassan came with the Romans)
    if owned_by_the_other_side(asked.words, profile.fact.answer):
        return "side"  # («ما عاصمة الروم»: the fact tells the Muslims' capital)
    if names_the_muslim_army_alone(asked.words) and tells_only_the_romans(profile.fact.answer):
        return "side"  # («ما جيش المسلمين»: the Muslims' own army, not the one it faced)
    if asked.words and (
        left := unsaid(
            asked.kind,
            asked.words,
            asked.detail,
            profile.fact.answer,
            profile.terms,
            person=bool(asked.subject & PERSON_WORDS),
        )
    ):
        return left
    same_kind = _asked_by_kind(profile.asked).get(asked.kind, ())
    wanted = KIND_OF.get(asked.kind)
    if (
        wanted is not None
        and profile.fact.answer_type is not wanted
        and not any(terms & asked.detail for terms in same_kind)
        and not _gives_value(profile, asked.kind)
    ):
        return "kind"
    if (
        asked.kind is QuestionType.NUMBER
        and _asks_a_count(asked.words)
        and not _gives_a_count(profile)
    ):
        # «كم عدد المرتزقة الذين أعطاهم هرقل رزق سنة», «كم واحد استشهد في مؤتة»: a count
        # asked, which a fact giving no figure at all («رزق سنة», «عدد من المسلمين») lacks,
        # whatever number phrasing of its own shares the question's words.
        return "count"
    if (
        asked.kind is QuestionType.MANNER
        and profile.fact.answer_type is AnswerType.YESNO
        and not any(terms & asked.detail for terms in same_kind)
    ):
        return "kind"
    if (
        asked.kind in TYPED
        and not asked.detail
        and not asked.subject
        and not any(_same_frame(terms, asked.frame) for terms in same_kind)
    ):
        return "frame"
    return None
