"""«خطأ» while the engine is unsure which fact a claimed detail is about (the rule
"verdict: not confident", knowledge/unsure_corrections.py): the statement is false only when
every candidate states another value, the one offered first among them, and not when a fact
the whole statement may be about is about the person claimed and states the rest it names
(«قاد هرقل جيش الروم»: the Heraclius fact names Heraclius and the Romans; the leader of the
expedition is no correction of who led the Romans)."""

from __future__ import annotations

import pytest

from knowledge.forms import FormAnswerer
from tests.message_helpers import assert_never_false, assert_verdict


@pytest.mark.parametrize(
    ("message", "not_shown"),
    [
        ("صح أم خطأ: قاد هرقل بنفسه جيش الروم إلى تبوك", "قاد غزوة تبوك النبي"),
        ("صح أم خطأ: كان هرقل قائد الروم في غزوة تبوك", "قاد غزوة تبوك النبي"),
        ("صح أم خطأ: كان قائد الروم في تبوك أخا هرقل", "قاد غزوة تبوك النبي"),
        # the facts offered first (the army's size, the verse) say nothing of whose troops;
        # the hypocrites, offered third, are no correction of the Romans' numbers
        ("صح أم خطأ: كان مع الروم مئة ألف جندي", "المنافقون"),
        ("كان مع الروم في تبوك مئة ألف جندي، صح ولا لا؟", "المنافقون"),
    ],
)
def test_a_claim_is_not_corrected_by_a_fact_about_another_role_or_party(
    answerer: FormAnswerer, message: str, not_shown: str
) -> None:
    text = assert_never_false(answerer, message)
    assert not_shown not in text


@pytest.mark.parametrize(
    ("message", "fact_id"),
    [
        ("صح أم خطأ: أعلن النبي النفير العام في شهر شوال", "date"),
        ("ضع ✓ أو ✗: كانت غزوة تبوك ضد قريش وحلفائها من اليهود", "enemy"),
        ("صح أم خطأ: كانت غزوة تبوك ضد الفرس وحلفائهم من المناذرة", "enemy"),
        ("صالحت أيلة خالد بن الوليد على الجزية (   )", "dumat_aljandal"),
    ],
)
def test_a_value_no_candidate_states_is_still_false(
    answerer: FormAnswerer, message: str, fact_id: str
) -> None:
    assert_verdict(answerer, message, False, fact_id)


@pytest.mark.parametrize(
    "message",
    [
        "صح أم خطأ: في غزوة تبوك انتصر المسلمون على الروم في معركة حامية",
        "صح أم خطأ: دارت في تبوك معركة شديدة هزم فيها المسلمون الروم",
    ],
)
def test_a_battle_claimed_is_false_by_the_fact_that_none_took_place(
    answerer: FormAnswerer, message: str
) -> None:
    assert_verdict(answerer, message, False, "no_battle")


@pytest.mark.parametrize(
    "message",
    [
        # when he came back is a known gap: the stationing «عند تبوك» corrects no place of it
        "صح أم خطأ: رجع النبي إلى المدينة في رمضان",
        "صح أم خطأ: رجع النبي من تبوك إلى المدينة في شوال",
        # Adhruh's terms are a known gap: Dumat's tribute to Khalid says nothing of Adhruh
        "صح أم خطأ: دفع أهل أذرح الجزية",
        "صح أم خطأ: صالح أهل جرباء النبي على الجزية",
        # someone no fact names: neither the Prophet who led nor Khalid's errand to Dumat
        # says anything of what he did
        "صح أم خطأ: أرسل النبي أبا عبيدة إلى أيلة",
        "بعث الرسول ﷺ أبا عبيدة بن الجراح الى أيلة (صح/خطأ)",
    ],
)
def test_a_detail_the_text_does_not_state_is_not_corrected_by_an_unsure_candidate(
    answerer: FormAnswerer, message: str
) -> None:
    assert_never_false(answerer, message)
