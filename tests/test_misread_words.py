"""Words that were read as another word and decided the answer: «جامعين» (gathering) as a
mosque, which set off the Masjid al-Dirar gap; «للولاد» (to the children) as «the first»;
«تذكرولي» (mention to me) as a topic of its own;
«حقيقة» (the truth about) heading a topic; «اثاقلوا» (they were heavy), the verse's own
verb, unknown. Each row is a message and what the user sees."""

from __future__ import annotations

import pytest

from knowledge.forms import FormAnswerer
from knowledge.stemming import is_stopword
from tests.message_helpers import assert_answered_with, reply_to


@pytest.mark.parametrize(
    ("message", "fact_id", "words"),
    [
        # gathering troops, not a mosque
        ("وين كانو الروم جامعين جيوشهم قبل الغزوة؟", "roman_mobilisation", "جمع الروم"),
        ("الروم كانوا جامعين جنود بالشام قبل تبوك، شو صار؟", "roman_mobilisation", "جمع الروم"),
        # whom a lesson is for
        ("بدي احكي للولاد شو عملوا المنافقين", "hypocrites", "أعلن المنافقون نفاقهم"),
        # the verse's own verb said of them
        ("اذكر الآية التي نزلت في الذين اثاقلوا إلى الأرض", "verse_38", "اثَّاقَلْتُمْ إِلَى الْأَرْضِ"),
        # «the truth about» a topic
        ("حقيقة تقهقر الروم من تبوك", "roman_surprise", "تقهقروا"),
    ],
)
def test_the_misread_word_no_longer_decides(
    answerer: FormAnswerer, message: str, fact_id: str, words: str
) -> None:
    assert_answered_with(answerer, message, fact_id, words)


def test_a_mosque_is_still_the_masjid_al_dirar_gap(answerer: FormAnswerer) -> None:
    # «جامع» alone is still a mosque: the text says nothing of Masjid al-Dirar
    reply, text = reply_to(answerer, "شو قصة الجامع اللي بناه المنافقين؟")
    assert all(part.fact is None for part in reply.parts), text


@pytest.mark.parametrize("word", ["حقيقتهم", "الاولاد", "اولاد"])
def test_the_nouns_they_resemble_stay_content(word: str) -> None:
    # «كشف المنافقون عن حقيقتهم» (their true nature); «أولاد عثمان» (his children, a gap)
    assert not is_stopword(word)
