"""«… وآثارها» closing a headline or an exam item: the effects of the topic just named."""

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
    ],
)
def test_its_effects_answered(answerer: FormAnswerer, message: str, fact_id: str) -> None:
    reply, text = reply_to(answerer, message)
    assert [part.fact.id for part in reply.parts if part.done and part.fact] == [fact_id], text
