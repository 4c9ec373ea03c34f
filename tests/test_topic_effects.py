"""«… وآثارها» closing a headline or an exam item: the effects of the topic just named; «أثر
غزوة تبوك»: the expedition's effect, its results; «أبرز» ranking a topic."""

from __future__ import annotations

import pytest

from knowledge.aspect_words import without_aspect_qualifiers
from knowledge.forms import FormAnswerer
from tests.message_helpers import reply_to


@pytest.mark.parametrize(
    ("words", "read"),
    [
        ("مرابطه النبي عند تبوك واثارها", "مرابطه النبي عند تبوك"),
        ("نتيجه غزوه تبوك واهم اثارها", "نتيجه غزوه تبوك"),
        # the expedition's own effects are its results
        ("غزوه تبوك واثارها", "نتايج غزوه تبوك"),
        # a lone «آثارها» asks of something not named: left as typed
        ("اذكر اثارها", "اذكر اثارها"),
        # the singular «أثر» of the expedition is its results; of another thing it stays
        ("وضح اثر غزوه تبوك", "وضح نتايج غزوه تبوك"),
        ("اثر الغزوه", "نتايج الغزوه"),
        # the effect on one thing is that thing's («ما أثر غزوة تبوك على قبائل العرب»)
        ("ما اثر غزوه تبوك علي قبايل العرب", "ما اثر غزوه تبوك علي قبايل العرب"),
        ("ما اثر غزوه موته", "ما اثر غزوه موته"),
        ("ما اثر مرابطه النبي", "ما اثر مرابطه النبي"),
        # «أبرز» ranks a topic after it, asking nothing
        ("ابرز نتايج غزوه تبوك", "نتايج غزوه تبوك"),
        ("ما ابرز التبرعات", "ما ابرز التبرعات"),
    ],
)
def test_its_effects_read(words: str, read: str) -> None:
    assert " ".join(without_aspect_qualifiers(tuple(words.split()))) == read


@pytest.mark.parametrize(
    ("message", "fact_id"),
    [
        ("نتيجة غزوة تبوك وأهم آثارها", "outcome"),
        ("غزوة تبوك وآثارها", "outcome"),
        # (read as the expedition's results it was the outcome, not the stationing)
        ("مرابطة النبي بجنوده عند تبوك وآثارها", "stationing"),
        ("تحدث عن توالي الوفود العربية بعد تبوك وآثارها", "delegations"),
        ("وضح أثر غزوة تبوك", "outcome"),
        ("أبرز نتائج غزوة تبوك", "outcome"),
        ("أبرز أسباب غزوة تبوك", "reasons"),
        # («آثر» is a verb before a noun: preferred)
        ("لماذا آثر النبي ترك القتال في تبوك", "no_battle"),
    ],
)
def test_its_effects_answered(answerer: FormAnswerer, message: str, fact_id: str) -> None:
    reply, text = reply_to(answerer, message)
    assert [part.fact.id for part in reply.parts if part.done and part.fact] == [fact_id], text
