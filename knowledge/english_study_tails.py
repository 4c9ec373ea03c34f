"""What a searched headline is for, typed after its topic (issue 17, en67).

People type a topic into the bot the way they type it into a search box, and then say what
they want it for: «causes of the Tabuk expedition for IRK students», «Results of the Tabuk
expedition IRK note for WASSCE», «hypocrites role Tabuk KCSE IRE notes», «Tabuk causes -
revision notes for Islamiyat paper 1», «Tabuk expedition class 7 question answer». The exam
board, the class, the audience and the kind of notes name nothing of the text: read with the
topic, «waec», «irk» or «notes» are words no fact knows and turn the topic's answer into a
question back. Such a tail is taken off the end of a one-line message when every word of it is
of that kind and it holds a word that can only be a course or a kind of notes; the topic before
it must keep a word of its own. Who the notes are for («students», «kids», «sisters halaqa»)
and what they are for («lesson») count only after «for»: «Who looked after the children?»
asks, and «lessons» is the known gap of the lessons drawn from Tabuk («Tabuk lessons notes»
keeps it).

Part of reading a message into parts (knowledge/english_forms.py).
"""

from __future__ import annotations

import re

from knowledge.english_lexicon import COMMAND_WORDS, STOPWORDS

# Exam boards, syllabuses and school subjects (West and East Africa, South Asia, Britain), and
# the language the notes are wanted in («… meaning in English»).
_COURSES = frozenset(
    """
    waec neco wassce ssce gce bece jamb utme nabteb kcse kcpe uneb uce uace necta csee acsee
    zimsec ecz msce ire irk irs crs cre re rs gcse igcse cbse icse hsc ssc matric edexcel aqa
    ocr caie islamiyat islamiat seerah sirah alevel olevel syllabus qna
    english urdu hindi bangla swahili hausa yoruba
    """.split()
)
# The kind of material wanted.
_MATERIAL = frozenset(
    """
    notes note revision pdf ppt slides worksheet worksheets handout handouts homework assignment
    mcq mcqs scheme
    """.split()
)
# Who the notes are for, and what for: only in a tail opened by «for».
_AUDIENCE = frozenset(
    """
    students student pupils pupil kids kid children learners beginners sisters brothers halaqa
    halaqah halaqas circle juniors seniors teens teenagers youth classmates madrasa madrasah
    school graders lesson lessons session sessions presentation khutbah dars project
    """.split()
)
# Words that join a tail or stand in one, but do not make one by themselves.
_JOINING = frozenset(
    """
    for my our your the a an of and in to please pls plz needed short brief quick easy simple
    simply key summary question questions answer answers mark marking past exam exams test tests
    quiz class classes grade study group lecture lectures islamic studies religious education
    history o a level levels
    """.split()
)
# Nouns a number stands beside in a course («class 7», «paper 1», «9th grade»). Not «year»
# or «chapter»: «in the year 9» is the Hijri year, «chapter 9» the sura (en67: «Tabuk took
# place in the year 9» lost its year and was answered with the overview).
_NUMBERED = frozenset("class grade form std standard paper unit module".split())
_NUMBER = re.compile(r"^\d{1,2}(?:st|nd|rd|th|s)?$")
_PUNCTUATION = frozenset("-–—|:,()/")
# «question answer», «questions and answers»: notes of the kind, as a pair.
_QUESTION_ANSWER = re.compile(r"\bquestions?\s+(?:and\s+|&\s+)?answers?\b")

_TOKENS = re.compile(r"[A-Za-z0-9&]+(?:['’][A-Za-z]+)?|[-–—|:,()/]")
# The message's end after the tail: closing punctuation and marks in brackets, kept as typed.
_CLOSING = re.compile(r"[\s?.!]*(?:[\[(]\s*\d+[^\])\n]*[\])])?[\s?.!]*$")


def _numbered(words: list[str], index: int, opened: bool = False) -> bool:
    """Is the word a number beside a course's noun, or such a noun beside a number? After
    «for», «year 8» is a class too («for year 8 RE lesson»)."""
    nouns = _NUMBERED | {"year"} if opened else _NUMBERED
    beside = words[max(index - 1, 0) : index] + words[index + 1 : index + 2]
    if _NUMBER.match(words[index]):
        return any(w in nouns for w in beside)
    return words[index] in nouns and any(_NUMBER.match(w) for w in beside)


def _cut(words: list[str], audience: bool) -> int:
    """Where the tail of course words starts (len(words) when there is none)."""
    cut = len(words)
    while cut > 0:
        word = words[cut - 1]
        if not (
            word in _COURSES
            or word in _MATERIAL
            or word in _JOINING
            or word in _PUNCTUATION
            or (audience and word in _AUDIENCE)
            or _numbered(words, cut - 1, opened=audience)
        ):
            break
        cut -= 1
    return cut


def _names_a_course(tail: list[str], opened: bool = True) -> bool:
    """Does the tail name a course or a kind of notes? A class's number and «question
    answer» count only after «for» («for class 7»); alone they may be the story's."""
    if _COURSES.intersection(tail) or _MATERIAL.intersection(tail):
        return True
    return opened and bool(
        _QUESTION_ANSWER.search(" ".join(tail))
        or any(_numbered(tail, i, opened=True) for i in range(len(tail)))
    )


def without_study_tail(text: str) -> str:
    """The message without a course, audience or kind of notes typed after its topic."""
    if "\n" in text.strip():
        return text
    closing = _CLOSING.search(text)
    end = closing.start() if closing else len(text)
    spans = [(m.start(), m.group().lower()) for m in _TOKENS.finditer(text[:end])]
    words = [word for _, word in spans]
    cut = _cut(words, audience=True)
    tail = words[cut:]
    if "for" in tail:
        opening = cut + tail.index("for")
        before = words[cut:opening]
        if _AUDIENCE.intersection(before) or not _names_a_course(before, opened=False):
            cut = opening  # «… for IRK students»: the tail opens with «for»
        following = words[cut + 1 :]
        if not (_names_a_course(following) or _AUDIENCE.intersection(following)):
            return text
    else:
        cut = _cut(words, audience=False)
        while cut < len(words) and words[cut] in _PUNCTUATION:
            cut += 1
        if not _names_a_course(words[cut:], opened=False):
            return text
    head = [w for w in words[:cut] if w not in _PUNCTUATION]
    if cut >= len(words) or not [w for w in head if w not in STOPWORDS]:
        return text
    if head[-1] in COMMAND_WORDS:
        return text  # «… - write a short note», «give the notes»: the command's own object
    return text[: spans[cut][0]].rstrip(" -–—|:,(/") + text[end:]
