"""True/false statements read the way worksheets and people write them (issue 13): the
dialects' and worksheets' ways to ask for a verdict, statements that deny what the text
states, fighting named as a purpose, and a place where someone did something; the reply a
user sees opens with «صحيح»/«خطأ», then the statement the text makes."""

from __future__ import annotations

import pytest

from bot import texts
from knowledge.forms import FormAnswerer, Status
from tests.message_helpers import (
    assert_never_false,
    assert_never_true,
    assert_verdict_then_fact,
    reply_to,
)


@pytest.mark.parametrize(
    ("message", "verdict", "fact_id"),
    [
        # Iraqi «صح لو غلط:», Maghrebi «صحيح ولا غالط:» before the statement
        ("صح لو غلط: كانت غزوة تبوك في رمضان", False, "date"),
        ("صحيح ولا غالط: عمر قدم ماله كله", False, "umar_donation"),
        # «صج ان …؟», «صحيح انو …؟» with no «هل»
        ("صج ان ابو بكر عطى نص ماله؟", False, "abu_bakr_donation"),
        # a worksheet's «هل العبارة الآتية صحيحة أم خاطئة:», «بيّن صحة العبارة أو خطأها:»
        ("هل العبارة الآتية صحيحة أم خاطئة: قدم عثمان بن عفان 950 جملا.", True, "uthman_donation"),
        (
            "بيّن صحة العبارة أو خطأها: كانت غزوة تبوك آخر غزوات النبي ﷺ.",
            True,
            "last_expedition",
        ),
        # a Gulf «… صج؟» after the statement
        ("الروم اعتدوا على سفير النبي ﷺ، صج؟", True, "envoy_assault"),
    ],
)
def test_dialect_and_worksheet_leads_ask_for_a_verdict(
    answerer: FormAnswerer, message: str, verdict: bool, fact_id: str
) -> None:
    assert_verdict_then_fact(answerer, message, verdict, fact_id)


@pytest.mark.parametrize(
    ("message", "fact_id"),
    [
        ("لم يعقد النبي ﷺ أي معاهدة في غزوة تبوك ( )", "treaties"),
        # the dialects' «ما» after the one who does it, «ولا» as «not even»
        ("الرسول ﷺ ما عقد ولا معاهدة في تبوك، صح ولا غلط؟", "treaties"),
        ("لم يكن العرب يهابون مواجهة الروم. صح أم خطأ؟", "arab_fear"),
        ("العرب كانوا لا يخافون الروم، صح؟", "arab_fear"),
        ("دومة الجندل لم تدفع الجزية ولم تصالح ( )", "jizya"),
    ],
)
def test_a_statement_denying_what_the_text_states_is_false(
    answerer: FormAnswerer, message: str, fact_id: str
) -> None:
    assert_verdict_then_fact(answerer, message, False, fact_id)


@pytest.mark.parametrize(
    "message",
    [
        # «ما» that is «what», not «not»: the rest is not a denial to take away
        "من أسباب الغزوة ما حدث في مؤتة من إيقاع الروم بجيش المسلمين ( )",
        "أبو بكر أنفق جميع ما يملك ( )",
        # the text denies it too («لم يكن الأمر سهلًا أو هينًا»)
        "لم يكن تجهيز الجيش أمرا هينا ( )",
    ],
)
def test_a_what_or_a_denial_the_text_makes_is_never_false(
    answerer: FormAnswerer, message: str
) -> None:
    assert_never_false(answerer, message)


@pytest.mark.parametrize(
    "message",
    [
        "أعلن النبي ﷺ النفير العام لقتال الروم ( )",
        "أعطى هرقل المرتزقة رزق سنة قبل القتال ( )",
    ],
)
def test_fighting_named_as_a_purpose_is_no_claim_that_it_happened(
    answerer: FormAnswerer, message: str
) -> None:
    reply, text = reply_to(answerer, message)
    assert not text.startswith(texts.VERDICT_FALSE), text
    assert all(part.fact is None or part.fact.id != "no_battle" for part in reply.parts), text


def test_fighting_said_to_have_happened_is_still_false(answerer: FormAnswerer) -> None:
    assert_verdict_then_fact(
        answerer, "وقع قتال شديد بين المسلمين والروم في تبوك ( )", False, "no_battle"
    )


def test_a_place_where_the_prophet_camped_is_checked(answerer: FormAnswerer) -> None:
    """Dumat al-Jandal is where Khalid was sent; the Prophet stayed at Tabuk: «صحيح» on the
    words alone was a confident wrong answer."""
    reply, text = reply_to(answerer, "عسكر النبي ﷺ بجيشه في دومة الجندل ( )")
    part = reply.parts[0]
    assert part.status is Status.VERDICT and part.verdict is False, text
    assert text.startswith(texts.VERDICT_FALSE) and "تبوك" in text


@pytest.mark.parametrize(
    ("message", "fact_id"),
    [
        ("كانت المسافة إلى بلاد الروم قصيرة ( )", "distance"),
        ("المقاتلون في تبوك كانوا قريبين من مراكز التموين والإمداد ( )", "distance"),
        ("كانت الغزوة في فصل الشتاء والبرد الشديد ( )", "hardship"),
        ("رفض أهل دومة الجندل دفع الجزية ( )", "jizya"),
        ("ارتدت القبائل العربية بعد غزوة تبوك ( )", "delegations"),
        ("أكرم الروم سفير النبي ﷺ ( )", "envoy_assault"),
        # plenty and cold where the text says hardship, heat and drought; the engine unsure
        # of the statement put so, but one fact it offers states every word put so
        ("جهز المسلمون جيش تبوك في زمن رخاء ووفرة في المحاصيل ( )", "hardship"),
        ("وقت تجهيز الجيش كان رخا والخير كتير، صح ولا غلط؟", "hardship"),
        ("كان الجو باردا حين خرج الجيش إلى تبوك. صح أم خطأ", "hardship"),
    ],
)
def test_a_word_of_the_opposite_sense_to_the_text_is_false(
    answerer: FormAnswerer, message: str, fact_id: str
) -> None:
    """The statement, put with the text's word, is about a fact that states that word and
    never the one typed: false even when its other words are not all the text's."""
    assert_verdict_then_fact(answerer, message, False, fact_id)


@pytest.mark.parametrize(
    "message",
    [
        # the text's own word
        "كانت بلاد الروم بعيدة عن المدينة ( )",
        # the opposite word denied: what the text says
        "لم تكن بلاد الروم قريبة من المدينة ( )",
        # a word put as its opposite under a denial says the same («لم يكن سهلا»: hard)
        "لم يكن تجهيز جيش تبوك سهلا ولا هينا ( )",
        # «رفض» of what the fact never has anyone make peace about
        "رفض المنافقون الخروج مع النبي ﷺ ( )",
    ],
)
def test_an_opposite_word_alone_is_not_false(answerer: FormAnswerer, message: str) -> None:
    _, text = reply_to(answerer, message)
    assert not text.startswith(texts.VERDICT_FALSE), text


@pytest.mark.parametrize(
    "message",
    [
        # the list of donors ends «وغيرهم»: someone it does not name is not ruled out
        "قدم العباس بن عبد المطلب مالا كثيرا لتجهيز جيش العسرة ( )",
        # the donors named in a list belong to the same claim («من الذين أنفقوا …»), not
        # each to a statement of his own judged by Abd al-Rahman's fact
        "من الذين أنفقوا في تجهيز الجيش أبو بكر وعمر وعثمان وعبد الرحمن بن عوف ( )",
    ],
)
def test_an_open_list_of_donors_makes_no_one_false(answerer: FormAnswerer, message: str) -> None:
    _, text = reply_to(answerer, message)
    assert not text.startswith(texts.VERDICT_FALSE), text


def test_two_people_with_a_share_each_are_still_judged_one_by_one(
    answerer: FormAnswerer,
) -> None:
    assert_verdict_then_fact(
        answerer, "قدم أبو بكر نصف ماله وعمر ماله كله ( )", False, "umar_donation"
    )


@pytest.mark.parametrize(
    "message",
    [
        # all of the army, where the text sends a detachment («فرقة من الجيش»)
        "أرسل النبي خالدا ومعه الجيش كله إلى دومة الجندل ( )",
        # a comparison of its own the text never makes («على خلاف عادته»)
        "أعلن النبي النفير العام علنا على خلاف عادته في الغزوات ( )",
        # a day of the week, which the text never gives
        "صح أم خطأ: خرج النبي إلى تبوك يوم الخميس",
        "خرج الرسول ﷺ من المدينة الى تبوك يوم الخميس في رجب. صح ام خطأ",
    ],
)
def test_a_statement_claiming_more_than_the_text_is_not_true(
    answerer: FormAnswerer, message: str
) -> None:
    _, text = reply_to(answerer, message)
    assert not text.startswith(texts.VERDICT_TRUE), text


@pytest.mark.parametrize(
    "message",
    [
        "خالد بن الوليد أنقذ الجيش من هزيمة كاملة في مؤتة (صح/خطأ)",
        "في غزوة مؤتة سقط القواد الثلاثة واستطاع خالد بن الوليد أن يخلص الجيش من هزيمة كاملة",
    ],
)
def test_mutahs_defeat_is_judged_by_the_mutah_fact(answerer: FormAnswerer, message: str) -> None:
    """The fighting denied at Tabuk does not hold back «صحيح» for what the text says of Mu'tah."""
    assert_verdict_then_fact(answerer, message, True, "mutah")


def test_a_complete_defeat_at_mutah_is_not_true(answerer: FormAnswerer) -> None:
    _, text = reply_to(answerer, "انهزم المسلمون هزيمة كاملة في مؤتة ( )")
    assert not text.startswith(texts.VERDICT_TRUE), text


@pytest.mark.parametrize(
    ("message", "verdict"),
    [
        # what the text denies («لم يتوقع الروم»), said of the same one in any form of the verb,
        # after «صاح ولا غلط:», «صح» typed with a long vowel
        ("صاح ولا غلط: الروم كانو متوقعين العدد الكبير ده من المسلمين", False),
        ("صح أم خطأ: توقع الروم أن يخرج المسلمون بهذا العدد", False),
        # the text's own denial stays «صحيح»
        ("صح أم خطأ: لم يتوقع الروم خروج هذا العدد الكبير من المسلمين", True),
    ],
)
def test_a_statement_affirming_what_the_text_denies_is_false(
    answerer: FormAnswerer, message: str, verdict: bool
) -> None:
    assert_verdict_then_fact(answerer, message, verdict, "roman_surprise")


@pytest.mark.parametrize(
    "message",
    [
        # «لم يكن … سهلا»: being is said of anything, no verb to affirm
        "صح أم خطأ: كان تجهيز جيش تبوك في زمن عسرة",
        # «ولم يذكر النص مقدار ما قدمه»: the text saying what it lacks denies no deed
        "صح أم خطأ: ذكر النص ما قدمه عبد الرحمن بن عوف",
    ],
)
def test_being_or_saying_is_no_denied_deed_to_affirm(answerer: FormAnswerer, message: str) -> None:
    assert_never_false(answerer, message)


@pytest.mark.parametrize(
    "message",
    [
        # «ما» typed joined to «كان»: a denial, never the fact's «كان العرب يرهبون»
        "العرب ماكانوا يخافون من مواجهة الروم، صح؟",
        "المسلمون ماكانت عندهم صعوبة في تجهيز الجيش ( )",
    ],
)
def test_a_denial_joined_to_was_is_never_read_as_was(answerer: FormAnswerer, message: str) -> None:
    assert_never_true(answerer, message)


@pytest.mark.parametrize(
    "message",
    [
        # «أحدًا», «مع أحد» under a denial is «anyone»: the denial's stress, which the fact
        # denying the fighting need not say
        "لم يقاتل المسلمون أحدًا في غزوة تبوك. صح أم خطأ؟",
        "ما حارب النبي ﷺ أحدا في تبوك، صح ولا غلط؟",
        "صح ولا غلط: ما اشتبك المسلمون مع أحد في تبوك",
    ],
)
def test_a_denial_stressed_with_anyone_is_judged_by_the_facts_denial(
    answerer: FormAnswerer, message: str
) -> None:
    assert_verdict_then_fact(answerer, message, True, "no_battle")


@pytest.mark.parametrize(
    "message",
    [
        # «في أحد», «غزوة أحد» is Uhud, no stress of a denial: nothing the text says of Tabuk
        "ما قاتل المسلمون في أحد. صح أم خطأ؟",
        "لم يقاتل المسلمون في غزوة أحد. صح أم خطأ؟",
    ],
)
def test_uhud_after_a_preposition_is_no_denials_stress(
    answerer: FormAnswerer, message: str
) -> None:
    reply, text = reply_to(answerer, message)
    assert reply.parts[0].status is not Status.VERDICT, text


@pytest.mark.parametrize(
    "message",
    [
        # a claim of fighting is corrected by the fact that denies it, not by the fact a party
        # or an order word named beside it would find
        "ضع إشارة ✓ أو ✗: انتهت غزوة تبوك بمعركة كبيرة انتصر فيها المسلمون على الروم.",
        "دارت معركة كبيرة بين المسلمين والروم في تبوك ( )",
        "انهزم المسلمون أمام الروم في تبوك ورجعوا. صح أم خطأ؟",
    ],
)
def test_a_claim_of_fighting_is_corrected_by_the_fact_denying_it(
    answerer: FormAnswerer, message: str
) -> None:
    assert_verdict_then_fact(answerer, message, False, "no_battle")
