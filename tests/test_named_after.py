"""A detail the fact tells of someone named before the person asked about is not confirmed of
that person (knowledge/named_after.py): the Ukaydir fact spares Ukaydir's blood («دمه») and
names Khalid only afterwards, for Dumat al-Jandal's submission."""

from __future__ import annotations

import pytest

from bot import texts
from knowledge.forms import Status
from knowledge.named_after import told_before_named
from tests.message_helpers import assert_never_true, assert_verdict, reply_to


@pytest.mark.parametrize(
    "message",
    [
        "هل حقن النبي دم خالد بن الوليد؟",
        "واش النبي حقن دم خالد بن الوليد؟",
        "بارك الله فيكم، هل حقن النبي دم خالد بن الوليد كما حقن دم أكيدر؟",
    ],
)
def test_a_question_asking_it_of_the_later_named_person_gets_the_fact_without_yes(
    answerer, message
) -> None:
    # the fact itself tells whose blood was spared; «نعم» would say it was Khalid's
    reply, text = reply_to(answerer, message)
    assert [part.fact.id for part in reply.parts if part.done and part.fact] == ["ukaydir"], text
    assert not text.startswith("نعم"), text


@pytest.mark.parametrize(
    "message",
    [
        "صح أم خطأ: حقن النبي صلى الله عليه وسلم دم خالد بن الوليد",
        "صح أم خطأ: خلّى النبي سبيل خالد بن الوليد فرجع إلى قريته",
        "حقن النبي دم خالد بن الوليد وخلى سبيله",
    ],
)
def test_a_statement_claiming_it_of_the_later_named_person_is_not_confirmed(
    answerer, message
) -> None:
    assert_never_true(answerer, message)


@pytest.mark.parametrize(
    ("message", "verdict", "fact_id"),
    [
        # the person named first: the fact states it of him
        ("صح أم خطأ: حقن النبي صلى الله عليه وسلم دم أكيدر", True, "ukaydir"),
        # a role the fact gives someone else is still corrected by it
        ("صح أم خطأ: خالد بن الوليد هو رئيس دومة الجندل", False, "ukaydir"),
    ],
)
def test_the_fact_still_judges_what_it_states_of_whom(answerer, message, verdict, fact_id) -> None:
    assert_verdict(answerer, message, verdict, fact_id)


@pytest.mark.parametrize(
    ("message", "fact_id"),
    [
        # a pronoun after the name points back to it: «فخضعت له» is Khalid's
        ("هل خضعت دومة الجندل لخالد بن الوليد؟", "dumat_aljandal"),
        # a list after «:» is of those the clause before it tells of
        ("ماذا قدم عبد الرحمن بن عوف؟", "abdulrahman_donation"),
        ("ماذا فعل خالد بن الوليد في غزوة مؤتة؟", "mutah"),
    ],
)
def test_a_detail_told_after_the_person_is_named_is_still_answered(
    answerer, message, fact_id
) -> None:
    reply, text = reply_to(answerer, message)
    assert [part.fact.id for part in reply.parts if part.done and part.fact] == [fact_id], text
    assert reply.parts[0].status is not Status.VERDICT, text
    assert not text.startswith(texts.VERDICT_FALSE), text


def test_told_before_named_reads_clause_order(arabic_engine) -> None:
    vocabulary = arabic_engine.matcher.vocabulary
    answer = "أكيدر هو رئيس دومة الجندل، وقد حقن النبي دمه، وذلك بعد أن خضعت لخالد."
    khalid = frozenset({"خالد"})
    assert told_before_named(khalid, frozenset({"حقن"}), answer, vocabulary, ())
    # a phrasing of the fact asking it of him states it, whatever the order
    asked_so = (frozenset({"خالد", "حقن"}),)
    assert not told_before_named(khalid, frozenset({"حقن"}), answer, vocabulary, asked_so)
    # told in the clause that names him, or after it: his
    assert not told_before_named(khalid, frozenset({"خضع"}), answer, vocabulary, ())
    assert not told_before_named(frozenset({"اكيدر"}), frozenset({"حقن"}), answer, vocabulary, ())
