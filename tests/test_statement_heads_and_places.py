"""Statements about where a deed was done, judged only by a fact that states it (what the
user sees):
- the people of Tabuk («صالح أهل تبوك خالدًا») are not Dumat, which the fact has make peace
  with Khalid during the expedition of Tabuk; nor is Ayla, which the treaties pair with the
  Prophet, corrected by Dumat's jizya («دفع أهل أيلة الجزية للنبي»);
- a tribe named after «قبيلة»/«بنو» («قبيلة أسلم») is a name, not a word read by its stem;
- the one sent to («إلى هرقل») is corrected only by a fact naming whom something was sent to;
- «ما» joined to «كانوا» («العرب ماكانو يخافون») is a negation, as «ماكان» is."""

from __future__ import annotations

import pytest

from bot import texts
from knowledge.forms import FormAnswerer
from tests.message_helpers import (
    answer_text,
    assert_never_false,
    assert_never_true,
    assert_verdict_then_fact,
    reply_to,
)


def test_the_people_of_tabuk_are_not_dumat(answerer: FormAnswerer) -> None:
    text = assert_never_true(answerer, "صح أم خطأ: صالح أهل تبوك خالد بن الوليد على دفع الجزية")
    assert text.startswith(texts.VERDICT_UNSETTLED_NEAREST.split("،")[0]), text


@pytest.mark.parametrize(
    ("message", "fact_id"),
    [
        # Tabuk's people as the treaties name them; Dumat as the jizya fact names it
        ("صح أم خطأ: عقد النبي معاهدات مع سكان تبوك وأيلة", "treaties"),
        ("صح أم خطأ: صالحت دومة الجندل خالد بن الوليد على الجزية", "jizya"),
    ],
)
def test_the_place_the_fact_names_is_still_true(
    answerer: FormAnswerer, message: str, fact_id: str
) -> None:
    assert_verdict_then_fact(answerer, message, True, fact_id)


@pytest.mark.parametrize(
    "message",
    ["صح أم خطأ: دفع أهل أيلة الجزية للنبي", "صح أم خطأ: صالح النبي أهل أيلة على الجزية"],
)
def test_ayla_with_the_prophet_is_not_corrected_by_dumats_jizya(
    answerer: FormAnswerer, message: str
) -> None:
    text = assert_never_false(answerer, message)
    assert answer_text(answerer, "jizya") not in text


def test_khalids_errand_put_at_ayla_is_still_false(answerer: FormAnswerer) -> None:
    text = assert_never_true(answerer, "صالحت أيلة خالد بن الوليد على الجزية (   )")
    assert text.startswith(texts.VERDICT_FALSE), text


def test_ma_joined_to_kanu_is_a_negation(answerer: FormAnswerer) -> None:
    # the fact says the Arabs feared the Romans: the denial is never «صحيح»
    assert_never_true(answerer, "العرب ماكانو يخافون من الروم صح")


@pytest.mark.parametrize(
    ("message", "fact_id"),
    [
        # «قبيلة أسلم», «بنو أسلم»: the tribe Aslam, not «أسلم» (became Muslim) of the delegations
        ("كانت قبيلة أسلم مع النبي في غزوة تبوك", "delegations"),
        ("صح أم خطأ: خرجت قبيلة أسلم مع النبي إلى تبوك", "delegations"),
        ("هل شارك بنو أسلم في غزوة تبوك؟", "delegations"),
        # the one something was sent to («إلى هرقل»): no fact names whom a letter went to;
        # the Prophet who led is no correction of it
        ("أرسل النبي رسالة إلى هرقل قبل تبوك", "leader"),
        ("صح أم خطأ: بعث النبي كتابا إلى كسرى قبل غزوة تبوك", "leader"),
    ],
)
def test_a_name_read_as_another_word_or_role_is_not_judged(
    answerer: FormAnswerer, message: str, fact_id: str
) -> None:
    reply, text = reply_to(answerer, message)
    assert all(part.verdict is None for part in reply.parts), text
    assert answer_text(answerer, fact_id) not in text


@pytest.mark.parametrize(
    ("message", "verdict", "fact_id"),
    [
        ("أسلمت القبائل بعد تبوك صح أم خطأ", True, "delegations"),
        ("صح أم خطأ: وجه النبي أبا بكر إلى دومة الجندل", False, "dumat_aljandal"),
    ],
)
def test_becoming_muslim_and_the_one_sent_are_still_judged(
    answerer: FormAnswerer, message: str, verdict: bool, fact_id: str
) -> None:
    assert_verdict_then_fact(answerer, message, verdict, fact_id)
