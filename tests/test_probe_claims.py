"""Statements and questions written from the source text with one detail changed: none may
get a confident wrong reply («صحيح» for a name the text never gives, a verse fact for a
quote that is not that verse)."""

from __future__ import annotations

import pytest

from bot import texts
from knowledge.engine import Outcome
from knowledge.forms import FormAnswerer
from tests.message_helpers import assert_verdict, reply_to


@pytest.mark.parametrize(
    "statement",
    [
        # another companion sent to Dumat al-Jandal (the text names Khalid ibn al-Walid)
        "وجه النبي أبا عبيدة إلى دومة الجندل",
        "وجه النبي سعدا إلى دومة الجندل",
        "وجه النبي خالد بن سعيد إلى دومة الجندل",
        # «عليا» is a name the keys know, not the fact's «على» (the same letters, normalised)
        "أرسل النبي عليا إلى دومة الجندل",
        # a tribe the text does not name among the Romans' allies (it names Lakhm, Ghassan)
        "جلب الروم معهم قبيلة تميم",
        # another chief of Dumat al-Jandal (the text names Ukaydir)
        "حقن النبي دم هرمز رئيس دومة الجندل",
    ],
)
def test_a_name_the_text_never_gives_is_never_true(answerer: FormAnswerer, statement: str) -> None:
    message, text = reply_to(answerer, statement)
    assert message.parts[0].verdict is not True, text


@pytest.mark.parametrize(
    ("statement", "verdict", "fact_id"),
    [
        # the names the text does give still make the statement true
        ("وجه النبي خالد بن الوليد إلى دومة الجندل", True, "dumat_aljandal"),
        ("أرسل النبي خالدا إلى دومة الجندل", True, "dumat_aljandal"),
        ("خلى النبي سبيل أكيدر ملك دومة الجندل", True, "ukaydir"),
        ("صالحت دومة الجندل على دفع الجزية", True, "jizya"),
        # a common word the base does not know is no name («زاد … على»)
        ("زاد عدد جيش المسلمين في غزوة تبوك على أربعين ألف مجاهد.", True, "army_size"),
        ("( ) كانت بلاد الروم قريبة من عاصمة المسلمين ويسهل الوصول إليها.", False, "distance"),
    ],
)
def test_the_text_s_own_names_still_settle_the_claim(
    answerer: FormAnswerer, statement: str, verdict: bool, fact_id: str
) -> None:
    assert_verdict(answerer, statement, verdict, fact_id)


@pytest.mark.parametrize(
    "message",
    [
        # other verses quoted after the colon: their «الأولون» is no order of expeditions
        # and their «المهاجرين» no side that another fact corrects
        "الجيش الذي قال الله فيه: والسابقون الأولون من المهاجرين والأنصار",
        "الجيش الذي قال الله فيه: للفقراء المهاجرين الذين أخرجوا من ديارهم",
    ],
)
def test_another_verse_quoted_gets_no_verdict(answerer: FormAnswerer, message: str) -> None:
    reply, text = reply_to(answerer, message)
    assert all(part.verdict is None for part in reply.parts), text
    assert all(part.fact is None or part.fact.id != "last_expedition" for part in reply.parts)


def test_the_verse_the_text_quotes_still_names_the_army(answerer: FormAnswerer) -> None:
    reply, text = reply_to(
        answerer, "الجيش الذي قال الله فيه: لقد تاب الله على النبي والمهاجرين والأنصار"
    )
    assert reply.parts[0].fact is not None and reply.parts[0].fact.id == "verse_117", text


@pytest.mark.parametrize(
    ("statement", "verdict", "fact_id"),
    [
        # the order of expeditions and the sides named are still corrected
        ("كانت غزوة تبوك أول غزوات النبي صلى الله عليه وسلم", False, "last_expedition"),
        ("كانت غزوة تبوك ضد الفرس وحلفائهم من المناذرة.", False, "enemy"),
    ],
)
def test_orders_and_sides_are_still_corrected(
    answerer: FormAnswerer, statement: str, verdict: bool, fact_id: str
) -> None:
    assert_verdict(answerer, statement, verdict, fact_id)


@pytest.mark.parametrize(
    ("question", "fact_id"),
    [
        # Khalid is in the Mu'tah fact, but as the one who saved the army, not among the fallen
        ("هل سقط خالد بن الوليد في مؤتة؟", "mutah"),
        # the Prophet spared Ukaydir; Khalid is named only after, for Dumat al-Jandal
        ("هل حقن خالد دم أكيدر؟", "ukaydir"),
    ],
)
def test_a_verb_the_fact_gives_to_someone_else_gets_no_yes(
    answerer: FormAnswerer, question: str, fact_id: str
) -> None:
    reply, text = reply_to(answerer, question)
    assert reply.parts[0].fact is not None and reply.parts[0].fact.id == fact_id
    assert not text.startswith("نعم"), text


@pytest.mark.parametrize(
    "question",
    ["هل حقن النبي دم أكيدر؟", "هل قدم عمر نصف ماله؟", "هل خضعت دومة الجندل لخالد؟"],
)
def test_the_doer_the_fact_names_still_gets_yes(answerer: FormAnswerer, question: str) -> None:
    _, text = reply_to(answerer, question)
    assert text.startswith("نعم"), text


@pytest.mark.parametrize(
    "question", ["في أي يوم خرج الجيش من المدينة؟", "في أي يوم انطلق الجيش إلى تبوك؟"]
)
def test_the_day_the_army_set_out_is_a_known_gap(answerer: FormAnswerer, question: str) -> None:
    # the text gives the month and year only; the place fact is no answer to «which day»
    reply = answerer.engine.answer(question)
    assert reply.outcome is Outcome.GAP and reply.gap is not None
    assert reply.gap.id == "departure_day"


def test_the_month_the_army_set_out_is_still_answered(answerer: FormAnswerer) -> None:
    reply = answerer.engine.answer("في أي شهر خرج الجيش؟")
    assert reply.answered and reply.fact is not None and reply.fact.id == "date"


def test_the_sides_of_the_fear_swapped_get_no_yes(answerer: FormAnswerer) -> None:
    # the Arabs feared to stand before the Romans, not the other way round
    _, text = reply_to(answerer, "هل أرعب الروم أن يقفوا أمام العرب؟")
    assert not text.startswith("نعم"), text
    _, text = reply_to(answerer, "هل أرعب العرب أن يقفوا أمام الروم؟")
    assert text.startswith("نعم"), text


@pytest.mark.parametrize(
    "question",
    ["هل كانت تبوك أول غزوات النبي أم آخرها؟", "هل كانت تبوك آخر غزوات النبي أم أولها؟"],
)
def test_either_or_with_its_pronoun_picks_the_side_the_text_states(
    answerer: FormAnswerer, question: str
) -> None:
    # «آخرها» is «آخر غزوات النبي»: not a question about the first expedition
    reply, text = reply_to(answerer, question)
    assert reply.parts[0].fact is not None, text
    assert reply.parts[0].fact.id == "last_expedition"


@pytest.mark.parametrize(
    "question", ["كم عدد الآيات التي نزلت في المنافقين؟", "كم آية نزلت في المتخلفين؟"]
)
def test_the_number_of_verses_is_a_known_gap(answerer: FormAnswerer, question: str) -> None:
    # the text quotes «آيات منها» one verse; it counts neither verses nor the laggards
    reply = answerer.engine.answer(question)
    assert reply.outcome is Outcome.GAP and reply.gap is not None
    assert reply.gap.id == "verse_count"


def test_the_verse_about_the_hypocrites_is_still_answered(answerer: FormAnswerer) -> None:
    reply = answerer.engine.answer("ما هي الآية التي نزلت في المنافقين؟")
    assert reply.answered and reply.fact is not None and reply.fact.id == "verse_38"


def test_a_roman_victory_is_false(answerer: FormAnswerer) -> None:
    # the expedition ended without fighting: «بانتصار الروم» (the noun) is no «صحيح»
    assert_verdict(answerer, "انتهت غزوة تبوك بانتصار الروم", False, "outcome")


def test_a_clause_the_fact_never_states_is_not_true(answerer: FormAnswerer) -> None:
    # «ونقص في الماء»: a cause the text does not give, added to the one it gives
    reply, text = reply_to(
        answerer, "سمي الجيش بجيش العسرة لما أحاط بتكوينه من صعوبات ونقص في الماء"
    )
    assert reply.parts[0].verdict is not True, text
    assert_verdict(answerer, "سمي الجيش بجيش العسرة لما أحاط بتكوينه من صعوبات", True, "army_name")


def test_an_object_the_fact_never_gives_is_not_true(answerer: FormAnswerer) -> None:
    # «وأعطاهم السلاح»: the fact's verb again, with a gift the text does not name
    reply, text = reply_to(answerer, "أعطى هرقل الجنود رزق سنة مقدما وأعطاهم السلاح")
    assert reply.parts[0].verdict is not True, text
    assert_verdict(answerer, "أعطى هرقل الجنود رزق سنة مقدما", True, "heraclius")


def test_a_word_the_fact_binds_otherwise_is_not_true(answerer: FormAnswerer) -> None:
    # «موقف الهجوم»: the text says «موقف الدفاع بعد أن كان … يريد الهجوم»
    reply, text = reply_to(answerer, "تقهقر جيش الروم إلى داخل بلاده ليتخذ موقف الهجوم")
    assert reply.parts[0].verdict is not True, text
    assert not text.startswith(texts.VERDICT_TRUE), text
    assert_verdict(
        answerer, "تقهقر جيش الروم إلى داخل بلاده ليتخذ موقف الدفاع", True, "roman_surprise"
    )


def test_the_head_of_a_place_is_not_someone_else_s_deed(answerer: FormAnswerer) -> None:
    # Dumat al-Jandal made peace on the jizya; Ukaydir is its chief: not «خطأ»
    reply, text = reply_to(answerer, "صالح أكيدر على دفع الجزية")
    assert reply.parts[0].verdict is not False, text
    assert not text.startswith(texts.VERDICT_FALSE), text
    # another person, or the chief sent to his own town, is still corrected
    assert_verdict(answerer, "صالح عمر على دفع الجزية", False, "jizya")
    assert_verdict(answerer, "وجه النبي أكيدر إلى دومة الجندل", False, "dumat_aljandal")


@pytest.mark.parametrize(
    "headline", ["عدد ايام الطريق من المدينة الى تبوك", "عدد أيام الطريق إلى تبوك"]
)
def test_a_headline_counting_days_asks_a_number(answerer: FormAnswerer, headline: str) -> None:
    # «عدد أيام …» asks how many days: the text gives none (not the distance fact's words)
    reply, text = reply_to(answerer, headline)
    assert reply.parts[0].reply.outcome is Outcome.GAP, text
    assert reply.parts[0].reply.gap is not None and reply.parts[0].reply.gap.id == "journey_length"
    # the army's number is still answered
    reply, text = reply_to(answerer, "عدد جيش المسلمين في غزوة تبوك")
    assert reply.parts[0].reply.fact is not None, text
    assert reply.parts[0].reply.fact.id == "army_size", text
