"""A denied present verb of the forms whose past opens with «ا» («لم ينسحبوا» denies
«انسحبوا», «لم ينتصر» denies «انتصر»: knowledge/claim_scope.py, `_past`) is put back in the
past with that «ا», so the text stating the deed makes the denial «خطأ»; a denial followed
by «إلا» («not … except») affirms what follows and is never taken away."""

from __future__ import annotations

import pytest

from knowledge.claim_scope import _past
from knowledge.forms import FormAnswerer
from tests.message_helpers import assert_verdict


@pytest.mark.parametrize(
    ("verb", "past"),
    [
        ("ينسحبوا", "انسحبوا"),
        ("تنسحب", "انسحب"),
        ("ينتصر", "انتصر"),
        ("يجتمعوا", "اجتمعوا"),
        ("يستقبل", "استقبل"),
        # near misses: forms with no «ا» in the past stay as they were read
        ("يتقدم", "تقدم"),
        ("يشارك", "شارك"),
        ("ينافس", "نافس"),
        ("ينزل", "نزل"),
        ("يقتلوا", "قتلوا"),
        ("يتخلفوا", "تخلفوا"),
    ],
)
def test_a_denied_verb_is_put_in_the_past(verb: str, past: str) -> None:
    assert _past(verb) == past


@pytest.mark.parametrize(
    "message",
    [
        "لم ينسحب الروم إلى بلادهم. ( )",
        "جيش الروم لم ينسحب. صح أم خطأ",
    ],
)
def test_denying_the_retreat_is_false(answerer: FormAnswerer, message: str) -> None:
    assert_verdict(answerer, message, False, "roman_surprise")


@pytest.mark.parametrize(
    "message",
    [
        "لم ينسحب الروم إلا بعد أن بادرهم جيش المسلمين، صح أم خطأ",
        "صح أم خطأ: لم يعقد النبي معاهدات إلا مع أهل أيلة",
        "صح أم خطأ: النبي ما عقد معاهدات إلا مع أهل تبوك",
    ],
)
def test_a_denial_with_an_exception_is_never_false(answerer: FormAnswerer, message: str) -> None:
    reply = answerer.answer_message(message)
    assert reply.parts[0].verdict is not False
