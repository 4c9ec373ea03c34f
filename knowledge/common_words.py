"""Common Arabic words, to tell a word the fact base does not know from a typo.

«اعرض» (show me) is one letter away from «ارض» (land), and «أهم» (most important) from a
stem of «إيمان»; without a list of real words the typo corrector reads them as those, and a
question about something else gets a confident answer. The list is derived from wordfreq
(see the header of data/common_words.txt).
"""

from __future__ import annotations

from functools import cache
from importlib import resources

COMMON_WORDS_NAME = "common_words.txt"


@cache
def common_words() -> frozenset[str]:
    """The normalised common word forms, read once."""
    resource = resources.files("knowledge") / "data" / COMMON_WORDS_NAME
    lines = resource.read_text(encoding="utf-8").splitlines()
    return frozenset(line for line in lines if line and not line.startswith("#"))


# Real words rarer than the list's cut that questions about an army use: its order of
# battle (the right and left wings, the vanguard, the rear). Not in the list, «ميمنة» was
# read as a slip of «مومن» (a believer) and asked about the believers.
_ORDER_OF_BATTLE = frozenset(
    f"{article}{word}"
    for word in ("ميمنه", "ميسره", "طليعه", "مجنبه", "ميمنته", "ميسرته", "طليعته")
    for article in ("", "ال", "بال", "وال", "فال", "لل", "ب", "و")
)


def is_common_word(word: str) -> bool:
    """True for a normalised word form that is common in written Arabic."""
    return word in common_words() or word in _ORDER_OF_BATTLE


# Endings a common word takes in a question that the list keeps apart (it holds word forms,
# not stems): the accusative «ا» of an indefinite noun («سيفا»: a sword) and an attached
# pronoun («مقدمته»: its vanguard, «ة» written «ت» before it; «جيوشهم»). Not a bare «ه»:
# normalised text spells a final «ة» so, and «انتهة» is a slip of «انتهت», not «انته» + «ه».
_PRONOUN_ENDINGS = ("هما", "كما", "هم", "هن", "ها", "كم", "نا")


def _bare_forms(word: str) -> tuple[str, ...]:
    """The word without an accusative «ا» or one attached pronoun, when enough is left."""
    forms: list[str] = []
    if len(word) >= 4 and word.endswith("ا") and not word.endswith("اا"):
        forms.append(word[:-1])
    if len(word) >= 5 and word.endswith("ته"):
        forms.append(word[:-2] + "ه")  # «مقدمته»: «مقدمة» + «ه»
    for ending in _PRONOUN_ENDINGS:
        rest = word[: -len(ending)]
        if word.endswith(ending) and len(rest) >= 3:
            forms.append(rest)
            break
    return tuple(forms)


def is_inflected_common_word(word: str) -> bool:
    """True for a word that is a common word with an accusative «ا» or a pronoun attached
    («سيفا», «مقدمته»), though not listed as typed: a real word, not a slip of another."""
    return not is_common_word(word) and any(is_common_word(form) for form in _bare_forms(word))
