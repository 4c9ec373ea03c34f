"""Statements about who led a side or where a deed was done, judged only by a fact that states
it (what the user sees):
- a person made head of the Romans («كان هرقل قائد الروم») is not corrected by who led the
  Muslims, nor by Mu'tah's commanders: the text does not say who led the Romans;
- the people of Tabuk («صالح أهل تبوك خالدًا») are not Dumat, which the fact has make peace
  with Khalid during the expedition of Tabuk; nor is Ayla, which the treaties pair with the
  Prophet, corrected by Dumat's jizya («دفع أهل أيلة الجزية للنبي»);
- «ما» joined to «كانوا» («العرب ماكانو يخافون») is a negation, as «ماكان» is."""

from __future__ import annotations

import pytest

from bot import texts
from knowledge.answer_keys import SlotKind
from knowledge.claim_reading import Claim
from knowledge.forms import FormAnswerer
from knowledge.headed_sides import headed_sides
from knowledge.normalize import normalize
from tests.message_helpers import (
    answer_text,
    assert_never_false,
    assert_never_true,
    assert_verdict_then_fact,
)


@pytest.mark.parametrize(
    "message",
    [
        "صح أم خطأ: كان هرقل قائد الروم في غزوة تبوك",
        "هرقل كان زعيم جيش الروم في تبوك (صح أو خطأ)",
        "هرقل هو الذي قاد جيش الروم في تبوك بنفسه. ( )",
        "صح أم خطأ: كان قائد الروم في تبوك أخا هرقل",
    ],
)
def test_the_romans_leader_is_not_corrected_by_the_muslims_leader(
    answerer: FormAnswerer, message: str
) -> None:
    text = assert_never_false(answerer, message)
    assert answer_text(answerer, "leader") not in text
    assert answer_text(answerer, "mutah") not in text


@pytest.mark.parametrize(
    ("message", "verdict", "fact_id"),
    [
        # the Muslims' side: the leader fact is about it
        ("صح أم خطأ: قاد خالد بن الوليد جيش المسلمين في غزوة تبوك", False, "leader"),
        # the fact that states the Romans' side still settles what it states
        ("صح أم خطأ: هرقل ملك الروم", True, "heraclius"),
    ],
)
def test_a_fact_about_the_side_still_judges(
    answerer: FormAnswerer, message: str, verdict: bool, fact_id: str
) -> None:
    assert_verdict_then_fact(answerer, message, verdict, fact_id)


def test_a_heading_word_before_a_side_or_its_army() -> None:
    romans = Claim(SlotKind.PARTY, ("الروم",))
    muslims = Claim(SlotKind.PARTY, ("المسلمين",))

    def passing(claim: Claim) -> bool:
        return claim is muslims

    def words(text: str) -> tuple[str, ...]:
        return tuple(normalize(text).split())

    assert headed_sides(words("كان هرقل قائد الروم"), [romans], passing) == [romans]
    assert headed_sides(words("قاد هرقل جيش الروم"), [romans], passing) == [romans]
    # facing the Romans, or the Muslims' own army, is no side headed
    assert headed_sides(words("خرج النبي لملاقاة الروم"), [romans], passing) == []
    assert headed_sides(words("قاد خالد جيش المسلمين"), [muslims], passing) == []


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
