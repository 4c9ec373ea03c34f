"""Lines and clauses that ask nothing: thanks and blessings, opening formulas, pleas, and
the asker not knowing the answer (part of reading a message's first line,
knowledge/message_preamble.py, and its other lines, knowledge/message.py).

«جزاكم الله خيرا», «بسم الله الرحمن الرحيم», «من يعرف الجواب؟», «وما عرفت أجاوب»: read
with the question they only add noise to it; on a line of their own they ask nothing.
"""

from __future__ import annotations

import re
from functools import lru_cache

from knowledge.message_patterns import ASK_LEAD, CLOSING, COURTESY_WORDS, QUESTION_WORDS
from knowledge.normalize import without_conjunction
from knowledge.question_split import has_question_word
from knowledge.tuning import READING_CACHE_SIZE

# Marks, for the words of a clause.
_NOT_WORD = re.compile(r"[^\w\s]")
# Thanks or a blessing closing a line («… جزاكم الله خيرا», «… الله يجزاك الجنة», «… ولكم
# جزيل الشكر»): they ask nothing, and read with the question they only add noise to it.
_YOU = r"(?:ك|كم|كي|كو)"
# Verbs of a blessing said both to the reader («الله يوفقك», CLOSING_TAIL, with the pronoun)
# and on whoever helps («الله يوفق من يساعدني», _BLESSING_ON_WHOEVER); each adds its own.
_BLESSING_VERBS = r"يجزي|يجازي|يوفق|يحفظ|يسعد|يبارك\s+في"
CLOSING_TAIL = re.compile(
    r"(?:^|[\s،,.!؟?]+)و?(?:"
    rf"جزا{_YOU}\s+الله\s+(?:كل\s+)?خير(?:ا|اً)?(?:\s+الجزاء)?"
    rf"|(?:الله|ربي|ربنا)\s+(?:{_BLESSING_VERBS}|يجزا|يخلي|يبارك\s+ب|يرضى\s+علي|يرضي\s+علي"
    rf"|يعطي|يكرم){_YOU}"
    r"(?:\s+(?:الجنة|الجنه|خير|خيرا|بخير|بالخير|كل\s+خير|بكل\s+خير|العافية|العافيه|الف\s+خير))?"
    rf"|(?:وفق|حفظ|جزى|اكرم|أكرم|يسعد){_YOU}\s+الله|(?:أحسن|احسن)\s+(?:الله\s+)?(?:إلي|الي){_YOU}"
    rf"|بارك\s+الله\s+في{_YOU}|يعطي{_YOU}\s+العافي[ةه]"
    # («… ونفع الله بكم», «… جزاكم الله عنا كل خير», «… جعله الله في ميزان حسناتكم», «… الله
    # يعافيك», «… الله يرحم والديك»: more blessings on whoever answers)
    rf"|نفع\s+(?:الله\s+)?ب{_YOU}(?:\s+(?:الامة|الأمة|الاسلام|الإسلام))?"
    rf"|جزا{_YOU}\s+الله\s+عنا\s+(?:كل\s+)?خير(?:ا|اً)?"
    rf"|(?:جعله|جعلها|يجعله|يجعلها)\s+(?:الله\s+)?في\s+ميزان\s+حسنات{_YOU}"
    rf"|(?:الله|ربي)\s+(?:يعافي{_YOU}|يرحم\s+والدي{_YOU})"
    rf"|(?:ل{_YOU}|الك)\s+(?:جزيل\s+|كل\s+)?الشكر(?:\s+والتقدير)?"
    # («… وشكرا على المجهود», «… شكرا لكم على المساعدة»: what they thank for)
    r"|(?:شكرا|شكرًا|شكراً)(?:\s+(?:لك|لكم|الك))?(?:\s+(?:على|علي)\s+\S+)?"
    # («… متى كانت غزوة تبوك إن شاء الله»: a hope, not a word of the question)
    r"|(?:إن|ان)\s+شاء\s+الله|(?:إنشاء|انشاء)\s+الله|ب(?:إذن|اذن)\s+الله(?:\s+تعالى)?"
    # («…؟ سؤال من ابني», «سؤال للمعلمة», «سؤال من كتاب ابني»: who or what the question comes
    # from, after it: a book, a sheet or a lesson and whose it is)
    r"|(?:هذا\s+|ده\s+)?(?:ال)?سؤال\s+(?:من|ل|لل)\s*(?:(?:كتاب|ورقة|ورقه|ملزمة|ملزمه|درس|واجب)\s+)?"
    r"\S+(?:\s+(?:الصغير|الصغيرة|الكبير|الكبيرة))?"
    # («… أحد يساعد؟», «… حد يعرف الجواب؟»: whether anyone can help, asked of the readers)
    # (not after «هل من»: «هل من أحد يعرف الإجابة؟» is that plea whole, _WHO_KNOWS)
    r"|(?<!من\s)(?:حد|أحد|احد|في\s+حد|فيه\s+حد|فيه\s+أحد|مين|منو)\s+(?:يساعد|يساعدني|يساعدنا|يعرف|يعرفه"
    r"|يعرفها|يدري|يقدر\s+يساعد(?:ني|نا)?)(?:\s+(?:الجواب|الحل|الاجابة|الإجابة))?\s*[؟?]*"
    # («… وماذا قدم عمر ضروري»: urging, after the question, asks nothing)
    r"|ضروري|ضرورى|عاجل|بسرعة|بسرعه|بليز|please"
    # («…؟ ومع الدليل لو سمحت»: the source quoted under every answer is the evidence asked)
    r"|(?:مع\s+(?:ذكر\s+)?|ب)(?:ال)?(?:دليل|ادلة|أدلة|ادله|مصدر|مصادر|مرجع|مراجع)"
    r"(?:\s+(?:لو\s+سمحت|لو\s+سمحتم|من\s+فضلك|رجاء|رجاءً))?"
    # («… مستشهدا بما ورد في المقرر»: an exam's direction to cite the course; the source is
    # quoted under every answer)
    r"|(?:مستشهدا|مستشهداً|مستدلا|مستدلاً|مستعينا|مستعيناً)\s+ب\S*(?:\s+\S+){0,5}"
    # («… أريده الليلة بلكي», «… ابي الجواب الحين»: when they need the answer; read as part
    # of the question, «اليوم» was today's Tabuk)
    r"|(?:(?:اريد|أريد|ابي|أبي|ابغى|أبغى|بدي|محتاج|محتاجة|محتاجه)\s+(?:الجواب|الاجابة|الإجابة|الاجابه|الحل)"
    r"|اريدها|أريدها|اريده|أريده|ابيها|أبيها|ابيه|أبيه|ابغاها|أبغاها|ابغاه|أبغاه|محتاجها|محتاجه"
    r"|بدي\s+(?:ياها|اياها|إياها|ياه|اياه|إياه))"
    r"\s+(?:اليوم|الليلة|الليله|بكرة|بكره|باكر|هسه|هسة|هسا|هسع|الحين|الحين|حالا|حالاً|هلق|هلأ"
    r"|دلوقتي|دلوقت|ضروري|ضرورى|قبل\s+بكرة|قبل\s+بكره|قبل\s+الصبح)"
    r"(?:\s+(?:بلكي|ضروري|ضرورى|لو\s+سمحت|رجاء|رجاءً|الله\s+يخليك|اذا\s+ممكن|إذا\s+ممكن))?"
    # («… آخر ….. النبي كملوا», «… ماله، كملي»: the instruction to fill the blank, said last)
    r"|(?:كملوا|كمّلوا|كملو|كملي|كمّلي|أكملوا|اكملوا|أكملي|اكملي)(?:\s+(?:الفراغ|الجملة|الجمله))?"
    # («…؟ مصدر؟», «…؟ الدليل؟»: asking for the source, which is quoted under every answer)
    r"|(?:ال)?(?:مصدر|مصدرك|مصدركم|مصادر|دليل|دليلك|دليلكم|مرجع|مرجعك)\s*[؟?]+"
    # («… ممكن الجواب؟», «… ممكن الحل»: asking for the answer asks nothing more)
    r"|ممكن\s+(?:الجواب|الاجابة|الإجابة|الاجابه|الحل)\s*[؟?]?"
    # («نتايج غزوة تبوك باختصار يا جماعة الخير», «… يا شباب»: the readers addressed last)
    r"|يا\s+(?:(?:جماعة|جماعه)(?:\s+الخير)?|شباب|اخوان|إخوان|اخواني|إخواني|اخوة|إخوة|حبايب|حبايبي"
    r"|أستاذ|استاذ|أستاذي|استاذي|أستاذة|استاذة|شيخ|شيخنا|دكتور|دكتورة|أخي|اخي|اخوي|خويا))"
    r"(?:\s+(?:جزيلا|جزيلاً|مقدما|مقدماً|لكم|لك|كتير|كثير|كثيرا|الك|سلفا))?\s*[!.،,]*\s*$"
)
# «وما عرفت أجاوبه», «ما أعرف الجواب»: «ما» denying what the one asking knows or found.
NOT_KNOWING = re.compile(
    r"(?:^|\s)[وف]?(?:(?:انا|أنا)\s+)?(?:ما|مش|مو|مب)\s+(?:عرفت|فهمت|لقيت|لاقيت|قدرت|وجدت|ركزت|حصلت|اعرف|أعرف|نعرف|بعرف|عارف"
    r"|عارفة|عارفه|فاهم|فاهمة|فاهمه|كنت|عندي|دريت|ادري|أدري|نقدر|حد|أحد|احد)(?:ش|ها|هاش)?"
    r"(?=\s|$|[،,.؟?])"
)


def only_not_knowing(clause: str) -> bool:
    """«وما عرفت أجاوب», «ما لقيت الجواب»: the asker did not know the answer; no question of
    its own. «وما عرفت السبب» does ask (the reason), so only answering words may follow."""
    if NOT_KNOWING.match(clause) is None:
        return False
    rest = NOT_KNOWING.sub(" ", clause).strip(" .،,!؟?")
    return all(word in _ANSWERING for word in rest.split())


# What the asker could not do or find in «وما عرفت أجاوب / ما لقيت الجواب»: answering.
_ANSWERING = frozenset(
    "أجاوب اجاوب أجيب اجيب أحل احل أحلها احلها أجاوبها اجاوبها الجواب جواب جوابه الإجابة"
    " الاجابة الاجابه إجابة اجابة اجابه الحل حل عليه عليها"
    # («ومش عارفة اشرحلها», «وأنا ما عندي علم»: explaining it to the one who asked them)
    " اشرح أشرح اشرحلها اشرحله اشرحلهم اشرحها اشرحه أشرحها أشرحه اوضح أوضح اوضحلها اوضحله"
    " علم فكرة فكره"
    # («ما فهمت منيح من الأستاذ», «ما فهمت شي من الدرس»: how well, and from whom or what,
    # they did not understand; none of these words asks a fact)
    " منيح مليح كويس كويسة زين عدل تمام مزبوط مظبوط بالزبط بالضبط كثير كتير ابدا أبدا شي"
    " شيء حاجة حاجه والله من الأستاذ الاستاذ الأستاذة الاستاذة الاستاذه المعلم المعلمة"
    " المعلمه المدرس المدرسة المدرسه الأستاذ الدكتور الشيخ الكتاب الدرس الشرح الحصة الحصه"
    " المحاضرة المحاضره".split()
)


# «بسم الله الرحمن الرحيم», «اللهم صل وسلم على سيدنا محمد», «الحمد لله …، أما بعد»: the
# formulas a message may open with; on a line of their own they ask nothing.
_OPENING_FORMULA = re.compile(
    # («بسم الله والصلاة والسلام على رسول الله», «ما شاء الله على هالمجموعة»: praise of the
    # group the question is sent to)
    r"^\s*(?:بسم\s+الله(?:\s+الرحمن\s+الرحيم)?(?:\s+و?الصلاة\s+والسلام\s+على\s+(?:رسول\s+الله"
    r"|نبينا\s+محمد|سيدنا\s+محمد|أشرف\s+المرسلين|اشرف\s+المرسلين))?"
    r"(?:\s+ما\s+شاء\s+الله(?:\s+تبارك\s+الله)?(?:\s+على\s+\S+|\s+عليكم)?)?"
    r"|ما\s+شاء\s+الله(?:\s+تبارك\s+الله)?(?:\s+على\s+\S+|\s+عليكم)?|اللهم\s+صل(?:ي|ى)?\s+(?:وسلم\s+)?(?:وبارك\s+)?على\s+"
    r"(?:سيدنا\s+|نبينا\s+|حبيبنا\s+)?محمد(?:\s+وعلى\s+آله(?:\s+وصحبه)?(?:\s+وسلم)?)?"
    r"|الحمد\s+لله(?:\s+رب\s+العالمين)?(?:\s+والصلاة\s+والسلام\s+على\s+(?:رسول\s+الله|نبينا\s+محمد"
    r"|سيدنا\s+محمد|أشرف\s+المرسلين|اشرف\s+المرسلين))?|أما\s+بعد|اما\s+بعد)[\s:：،,.!]*$"
)


def opens_only(line: str) -> bool:
    """A line that is only an opening formula («بسم الله الرحمن الرحيم»)."""
    return bool(_OPENING_FORMULA.match(line))


@lru_cache(maxsize=READING_CACHE_SIZE)
def closing_off(line: str) -> str:
    """The line without the thanks or blessings it ends with (unless that is all of it)."""
    while True:
        match = CLOSING_TAIL.search(line)
        if match is None or len(line[: match.start()].split()) < 2:
            return line
        kept = line[: match.start()].rstrip(" ،,.")
        # («…؟ الله يوفقكم»: the question keeps its question mark)
        line = kept + ("؟" if "؟" in match.group(0)[:3] and not kept.endswith("؟") else "")


# «من يعرف الجواب؟», «حد يعرف؟», «مين يقدر يساعدني؟»: whether anyone knows the answer or
# can help is asked of the readers, never of the facts (a plea, as «ممكن مساعدة؟» is).
_WHO_KNOWS = re.compile(
    r"^\s*(?:[وف]?(?:من|مين|منو|شكون|حد|أحد|احد|في\s+حد|فيه\s+حد|هل\s+من\s+احد|هل\s+من\s+أحد)\s+)"
    r"(?:يعرف|بيعرف|يعرفه|يعرفها|عارف|يدري|يقدر\s+يساعدني|يقدر\s+يساعد|يساعدني|يساعدنا)"
    r"(?:\s+(?:الجواب|الجواب\s+الصحيح|الجواب\s+الصح|الاجابة|الإجابة|الاجابه|الحل|الصح))?"
    r"[\s؟?!.]*[^\w]*$"
)


def only_pleading(line: str) -> bool:
    """A line with no question word, made only of courtesy words once «عندي سؤال» is cut;
    or one asking only whether anyone knows the answer («من يعرف الجواب؟ 🤔»)."""
    if _WHO_KNOWS.match(line):
        return True
    lead = ASK_LEAD.match(line)
    rest = line[lead.end() :] if lead is not None else line
    # («ممكن مساعدة؟»: its question mark asks for help, not about the expedition)
    asked = has_question_word(rest.replace("؟", " ").replace("?", " "))
    # (made only of courtesy words it asks nothing, whatever it seems to ask: «ونفع بكم»)
    return (not asked and not rest.strip(" ،,.:!؟?")) or is_courtesy(rest)


# «الله يوفق من يساعدني», «جزى الله خيرا كل من يجيب»: a blessing on whoever helps or
# answers; its «من» / «اللي» is «whoever», no question word.
_BLESSING_ON_WHOEVER = re.compile(
    rf"^\s*[وف]?(?:الله\s+)?(?:{_BLESSING_VERBS}|يجزى|يرحم|يرضى\s+على"
    r"|جزى\s+الله(?:\s+خيرا|\s+خير)?)\s+(?:كل\s+)?(?:من|مين|اللي|الي|اللى)\s+"
    r"(?:ي|س|راح\s+ي|بي)?(?:ساعد|جاوب|جيب|رد|فيد|فيدن|ساعدن|ساعدنا)\S*(?:\s+\S+){0,2}"
    r"[\s.!؟?🙏❤️🌹]*$"
)


def closes(line: str) -> bool:
    """A line of thanks or blessing that asks nothing («شكرا», «وجزاكم الله خيرا», «الله
    يوفق من يساعدني»)."""
    if _BLESSING_ON_WHOEVER.match(line):
        return True
    if has_question_word(line) or len(line.split()) > 6:
        return False
    # («الله يجازيكم بخير», «مشكورين مقدما والله يوفقكم»: a blessing is a closing too)
    return bool(CLOSING.match(line)) or bool(CLOSING_TAIL.fullmatch(" " + line.strip()))


# Prepositions that are courtesy only beside other words («أعتذر على الإزعاج», «جزاك الله
# خيرًا على …»); alone before a question word they ask with it («على ماذا عاهد النبي …»).
_BARE_PREPOSITIONS = frozenset("على من".split())


def is_courtesy(clause: str) -> bool:
    words = _NOT_WORD.sub(" ", clause).split()
    if words and all(word in _BARE_PREPOSITIONS for word in words):
        return False
    # («وجزاكم الله خيرا ونفع بكم»: the «و» joining the blessings)
    return bool(words) and all(
        word in COURTESY_WORDS or without_conjunction(word, "و") in COURTESY_WORDS
        for word in words
    )


# The words up to the first full stop, «!», comma or colon, or up to «و» + a question word,
# then what follows them.
_FIRST_SENTENCE = re.compile(
    rf"^\s*([^.!؟?،,:]+?)(?:\s*[.!،,:]+\s*|\s+(?=و(?:{QUESTION_WORDS})\s))(\S.*)$", re.S
)
# «أعتذر عن الإطالة», «سامحني على كثرة الأسئلة», «سمحلي», «معلش سؤال تاني»: an apology
# opening a short sentence.
_APOLOGY = re.compile(
    r"^\s*[وف]?(?:أعتذر|اعتذر|بعتذر|نعتذر|آسف|اسف|آسفة|اسفة|سامحني|سامحوني|سامحيني|سمحلي"
    r"|سمحيلي|معلش|معليش|عذرا|عذراً|المعذرة|المعذره)(?=\s|$|[.!،,])"
)
_REMARK_MAX_WORDS = 6
# «و» joined to the question word that opens what is left («وما سبب …»).
_AND_ASKING = re.compile(rf"^\s*و(?=(?:{QUESTION_WORDS})\s)")
_WHOLE_QUESTION_WORD = re.compile(rf"^(?:{QUESTION_WORDS})$")


def remark_off(piece: str) -> str:
    """«جزاك الله خيرا. ومن قاد الجيش؟», «أعتذر عن الإطالة، وما سبب تسميته …؟», «شكرا!
    ومن …؟»: words that only bless, thank, apologise or say the asker did not understand,
    ended by a full stop, a comma or «و» + a question word after one question and before
    the next, ask nothing: glued to the next
    question, its words were read as that question's («الإطالة», «الله»: the verse). What
    follows it is the question, when it asks. (A story there, «قرأت أن الروم …. وكم
    عددهم؟», is kept: it says what the question points at.)"""
    match = _FIRST_SENTENCE.match(piece)
    if match is None:
        return piece
    remark, rest = match.group(1).strip(" .!"), match.group(2)
    if not has_question_word(rest) or len(remark.split()) > _REMARK_MAX_WORDS:
        return piece
    if not (
        is_courtesy(remark)
        or CLOSING.match(remark) is not None
        or only_not_knowing(remark)
        or (_APOLOGY.match(remark) is not None and not has_question_word(remark))
    ):
        return piece
    first = rest.split()[0]
    if _AND_ASKING.match(rest) and not _WHOLE_QUESTION_WORD.match(first):
        rest = rest.lstrip()[1:]
    return rest
