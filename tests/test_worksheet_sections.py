"""Whole worksheet sections pasted at once: numbered true/false claims on one line, column
matching, ordering events, several blanks and several questions under one heading."""

from __future__ import annotations

import dataclasses

import pytest

from bot import texts
from knowledge.column_reading import read_columns
from knowledge.event_order import event_of, load_event_order, order_items
from knowledge.forms import FormAnswerer, Status
from knowledge.message import Form, read_message
from knowledge.order_reading import read_order_exercise
from tests.conftest import USER_ID, RunningBot, send
from tests.message_helpers import answer_text, reply_to

# --- true/false claims numbered on one line --------------------------------------------------


@pytest.mark.parametrize(
    ("message", "verdicts"),
    [
        (
            "ضع علامة (✓) أو (✗): 1- كانت غزوة تبوك في شهر رمضان. 2- قدم عمر نصف ماله.",
            [("date", False), ("umar_donation", True)],
        ),
        (
            "صح ام غلط: 1) الغزوة كانت برجب 2) الروم قاتلو المسلمين 3) هرقل ملك الروم",
            [("date", True), ("no_battle", False), ("heraclius", True)],
        ),
        (
            "صح او خطا: ١- جيش تبوك اسمه جيش الفتح ٢- كانت غزوة تبوك آخر غزوات النبي",
            [("army_name", False), ("last_expedition", True)],
        ),
        # claims apart by full stops after the heading's colon
        (
            "صح أم خطأ: كانت غزوة تبوك في شهر رجب. قاد أبو بكر جيش المسلمين.",
            [("date", True), ("leader", False)],
        ),
        # each claim closed by its empty box, no heading
        (
            "كانت غزوة تبوك في رجب (  ) قاد أبو بكر الجيش (  ) قدم عمر نصف ماله (  )",
            [("date", True), ("leader", False), ("umar_donation", True)],
        ),
        # dashes between them
        (
            "ضع علامة صح أو خطأ: - هرقل ملك الروم - قاتل المسلمون الروم",
            [("heraclius", True), ("no_battle", False)],
        ),
        # lettered claims under the heading are no stem and options
        (
            "اكتب صح او خطأ\nأ- كانت غزوة تبوك في رمضان\nب- قدم عمر نصف ماله",
            [("date", False), ("umar_donation", True)],
        ),
        # a heading asking whether the sentences below are right
        (
            "هل العبارات التالية صحيحة؟ 1- كانت الغزوة في السنة التاسعة 2- هرقل ملك الروم",
            [("date", True), ("heraclius", True)],
        ),
        # «صحيح» in full: the options of one choice they were read as, «(2)» picked
        (
            "صحيح ولا غلط: 1) الغزوة كانت في رجب 2) الروم قاتلوا المسلمين 3) هرقل ملك الروم",
            [("date", True), ("no_battle", False), ("heraclius", True)],
        ),
        (
            "صحيح أم خطأ: 1) قدم عمر نصف ماله 2) كانت غزوة تبوك في رمضان",
            [("umar_donation", True), ("date", False)],
        ),
        # «لو» is «or» in Iraq and the Gulf
        (
            "صح لو غلط: 1- النبي ما قاتل الروم بتبوك 2- جيش المسلمين جان اقل من عشرة آلاف",
            [("no_battle", True), ("army_size", False)],
        ),
    ],
)
def test_claims_on_one_line_each_get_their_verdict(
    answerer: FormAnswerer, message: str, verdicts: list[tuple[str, bool]]
) -> None:
    reply, text = reply_to(answerer, message)
    got = [(part.fact.id if part.fact else None, part.verdict) for part in reply.parts]
    assert got == verdicts, text
    assert all(part.part.form is Form.TRUE_FALSE for part in reply.parts)
    assert texts.part_label(1, reply.parts[1].part.original) in text


def test_claims_on_one_line_beyond_three_are_announced(answerer: FormAnswerer) -> None:
    message = (
        "صح أم خطأ: 1- هرقل ملك الروم 2- قدم عمر نصف ماله 3- كانت الغزوة في رجب "
        "4- قاد أبو بكر الجيش"
    )
    reply, text = reply_to(answerer, message)
    assert len(reply.parts) == 3 and reply.message.more == 1
    assert texts.more_parts(1) in text


@pytest.mark.parametrize(
    "message",
    [
        # options pasted on one line ask nothing: the choice reader's, never claims
        "في أي شهر كانت غزوة تبوك؟ 1) رجب 2) رمضان 3) شوال",
        # verdicts offered after the heading are no claims
        "كانت غزوة تبوك في رجب، صح أم خطأ: 1) صح 2) خطأ",
        # one claim with a figure's full stop, and a short word after a dash
        "صح أم خطأ: كان عدد الجيش 30.000 مقاتل - تقريبا",
        # one boxed claim
        "كانت غزوة تبوك في رجب (  )",
        # a claim, then a question after its full stop
        "صح أم خطأ: كانت غزوة تبوك في شهر رجب. وكم كان عدد الجيش؟",
    ],
)
def test_numbered_words_after_a_heading_are_no_claims(message: str) -> None:
    parts = read_message(message).parts
    assert sum(part.form is Form.TRUE_FALSE for part in parts) <= 1


# --- column matching ---------------------------------------------------------------------------

_DONORS = "1- أبو بكر الصديق\n2- عثمان بن عفان\n3- عمر بن الخطاب"
_GIFTS = "أ- نصف ماله\nب- ماله كله\nج- 950 جملا وخمسين فرسا"


@pytest.mark.parametrize(
    ("message", "left", "right"),
    [
        # two lists under their headings
        (
            f"صل من العمود (أ) ما يناسبه من العمود (ب):\n(أ)\n{_DONORS}\n(ب)\n{_GIFTS}",
            ["أبو بكر الصديق", "عثمان بن عفان", "عمر بن الخطاب"],
            [("أ", "نصف ماله"), ("ب", "ماله كله"), ("ج", "950 جملا وخمسين فرسا")],
        ),
        # numbered items, then lettered ones
        (
            "صلي كل اسم بما يناسبه:\n1- هرقل\n2- أكيدر\nأ- رئيس دومة الجندل\nب- ملك الروم",
            ["هرقل", "أكيدر"],
            [("أ", "رئيس دومة الجندل"), ("ب", "ملك الروم")],
        ),
        # lettered items first: they are the first column
        (
            "صل بين العمودين:\nأ- هرقل\nب- أكيدر\n1- رئيس دومة الجندل\n2- ملك الروم",
            ["هرقل", "أكيدر"],
            [("1", "رئيس دومة الجندل"), ("2", "ملك الروم")],
        ),
        # a table pasted as text, its header row dropped, the second column lettered in order
        (
            "وصل بين العمودين:\nالعمود أ | العمود ب\nهرقل | رئيس دومة الجندل\nأكيدر | ملك الروم",
            ["هرقل", "أكيدر"],
            [("أ", "رئيس دومة الجندل"), ("ب", "ملك الروم")],
        ),
        # the first and second column named
        (
            "اربط كل صحابي بما قدمه:\nالعمود الأول\nعمر\nعثمان\nالعمود الثاني\nماله كله\nنص ماله",
            ["عمر", "عثمان"],
            [("أ", "ماله كله"), ("ب", "نص ماله")],
        ),
        # both lists on the instruction's line
        (
            "صل من العمود أ ما يناسبه من العمود ب: 1- عمر بن الخطاب 2- أبو بكر"
            " أ- ماله كله ب- نصف ماله",
            ["عمر بن الخطاب", "أبو بكر"],
            [("أ", "ماله كله"), ("ب", "نصف ماله")],
        ),
    ],
)
def test_columns_are_read(message: str, left: list[str], right: list[tuple[str, str]]) -> None:
    columns = read_columns(message)
    assert columns is not None
    assert list(columns.left) == left
    assert [(option.label, option.text) for option in columns.right] == right


@pytest.mark.parametrize(
    "message",
    [
        # «اربط بين …» asking how two events relate is an essay question, not columns
        "اربط بين غزوة مؤتة وغزوة تبوك",
        # one list only
        "صل كل صحابي بما قدمه:\n1- أبو بكر\n2- عمر",
        # a choice question
        "من قدم نصف ماله؟\nأ- عمر\nب- عثمان",
    ],
)
def test_no_columns_without_two_lists(message: str) -> None:
    assert read_columns(message) is None


def test_relating_two_events_asks_how_they_relate(answerer: FormAnswerer) -> None:
    # («اربط بين …» with no lists was judged as a claim and called false)
    reply, text = reply_to(answerer, "اربط بين غزوة مؤتة وغزوة تبوك")
    assert [part.fact.id if part.fact else None for part in reply.parts] == ["mutah"], text
    assert reply.parts[0].status is Status.ANSWER and reply.parts[0].verdict is None


def test_each_item_is_paired_with_what_the_text_states(answerer: FormAnswerer) -> None:
    message = f"صل من العمود (أ) ما يناسبه من العمود (ب):\n(أ)\n{_DONORS}\n(ب)\n{_GIFTS}"
    reply, text = reply_to(answerer, message)
    got = [(part.fact.id if part.fact else None, part.choice) for part in reply.parts]
    assert [(fact, choice.label if choice else None) for fact, choice in got] == [
        ("abu_bakr_donation", "ب"),
        ("uthman_donation", "ج"),
        ("umar_donation", "أ"),
    ], text
    assert texts.PAIR_ANSWER.format(label="ج", option="950 جملا وخمسين فرسا") in text
    assert answer_text(answerer, "umar_donation") in text


def test_an_item_the_text_does_not_pair_is_said_so_in_its_place(answerer: FormAnswerer) -> None:
    # Abd al-Rahman's amount is not in the text: no pair by elimination
    message = (
        "صل من العامود أ ما يناسبه من العامود ب\n1- عبد الرحمن بن عوف\n2- عمر بن الخطاب\n"
        "أ- قدم نصف ماله\nب- قدم ماله كله"
    )
    reply, text = reply_to(answerer, message)
    assert [part.status for part in reply.parts] == [Status.UNSETTLED, Status.CHOICE], text
    assert reply.parts[1].fact is not None and reply.parts[1].fact.id == "umar_donation"
    # what the text says of him is shown to pair from, and the part is still not paired
    assert texts.PAIR_UNSETTLED_NEAREST in text
    assert answer_text(answerer, "abdulrahman_donation") in text
    assert not reply.parts[0].done and not reply.answered


def test_a_value_is_never_paired_with_a_description_of_another_kind(
    answerer: FormAnswerer,
) -> None:
    # the date fact states the month and the year: «رجب» is not «السنة …»
    message = (
        "وصل بين العمودين:\nرجب | السنة التي وقعت فيها الغزوة\n"
        "أكثر من أربعين ألفا | الشهر الذي أعلن فيه النبي التعبئة\n"
        "السنة التاسعة | عدد جيش المسلمين"
    )
    reply, text = reply_to(answerer, message)
    pairs = {part.part.text: part.choice.text for part in reply.parts if part.choice}
    assert pairs == {
        "رجب": "الشهر الذي أعلن فيه النبي التعبئة",
        "أكثر من أربعين ألفا": "عدد جيش المسلمين",
        "السنة التاسعة": "السنة التي وقعت فيها الغزوة",
    }, text


def test_more_items_than_three_are_announced(answerer: FormAnswerer) -> None:
    message = (
        "صلي بين العمودين:\n1- هرقل\n2- أكيدر\n3- جيش العسرة\n4- عمر بن الخطاب\n"
        "أ- رئيس دومة الجندل\nب- ملك الروم\nج- اسم جيش غزوة تبوك\nد- قدم نصف ماله"
    )
    reply, text = reply_to(answerer, message)
    assert [part.fact.id if part.fact else None for part in reply.parts] == [
        "heraclius",
        "ukaydir",
        "army_name",
    ], text
    assert reply.message.more == 1 and texts.more_parts(1) in text


# --- ordering events ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("message", "items"),
    [
        ("رتب الأحداث الآتية حسب وقوعها:\nغزوة تبوك\nغزوة مؤتة", ["غزوة تبوك", "غزوة مؤتة"]),
        ("رتبي الاحداث زمنيا: تراجع الروم، إعلان التعبئة", ["تراجع الروم", "إعلان التعبئة"]),
        ("رتب الغزوات حسب وقوعها: 1- بدر 2- تبوك 3- أحد", ["بدر", "تبوك", "أحد"]),
        ("رتب حسب الوقوع: غزوة تبوك - غزوة بدر", ["غزوة تبوك", "غزوة بدر"]),
        ("رتب الاحداث زمنيا:\nأ- صلح دومة الجندل\nب- غزوة مؤتة", ["صلح دومة الجندل", "غزوة مؤتة"]),
        ("رتب الاحداث حسب وقوعها: أ- غزوة تبوك ب- غزوة مؤتة", ["غزوة تبوك", "غزوة مؤتة"]),
    ],
)
def test_ordering_exercises_are_read(message: str, items: list[str]) -> None:
    exercise = read_order_exercise(message)
    assert exercise is not None and list(exercise.items) == items


@pytest.mark.parametrize(
    "message",
    ["رتب أفكارك واكتب عن غزوة تبوك", "ما ترتيب غزوة تبوك بين غزوات النبي؟", "رتب الأحداث:"],
)
def test_no_ordering_exercise(message: str) -> None:
    assert read_order_exercise(message) is None


@pytest.mark.parametrize(
    ("item", "event"),
    [
        ("غزوة مؤتة", "mutah"),
        ("قدوم الوفود العربية", "delegations"),
        ("تبوك", "tabuk"),
        ("غزوة العسرة", "tabuk"),
        ("تراجع الروم إلى داخل بلادهم", "roman_retreat"),
        ("حشد الروم جموعهم بالشام", "roman_gathering"),
        ("إعلان النفير العام", "call_to_arms"),
        ("خضوع دومة الجندل لخالد", "dumat_submit"),
        ("صلح دومة الجندل على الجزية", "jizya_peace"),
        # not dated by the text, or naming two events: no event
        ("رجوع النبي إلى المدينة", None),
        ("غزوة تبوك وغزوة مؤتة", None),
    ],
)
def test_events_named(item: str, event: str | None) -> None:
    assert event_of(item, load_event_order().events) == event


def test_an_order_drops_out_once_its_fact_no_longer_states_it(answerer: FormAnswerer) -> None:
    facts = {fact.id: fact for fact in answerer.engine.facts}
    items = ("غزوة تبوك", "غزوة مؤتة")
    assert order_items(items, facts).order == (1, 0)
    edited = dataclasses.replace(facts["mutah"], answer="كانت غزوة مؤتة في جمادى.")
    assert order_items(items, {**facts, "mutah": edited}).unplaced == (0, 1)


@pytest.mark.parametrize(
    ("message", "order", "fact_id"),
    [
        (
            "رتب الأحداث الآتية حسب وقوعها:\n1- قدوم الوفود\n2- غزوة مؤتة\n3- غزوة تبوك",
            ["غزوة مؤتة", "غزوة تبوك", "قدوم الوفود"],
            "mutah",
        ),
        (
            "رتبي الاحداث زمنيا: تراجع الروم، اعلان النفير العام، مرابطة النبي بجنوده عند تبوك",
            ["اعلان النفير العام", "تراجع الروم", "مرابطة النبي بجنوده عند تبوك"],
            "mobilisation",
        ),
        ("رتب حسب الوقوع:\n- غزوة تبوك\n- غزوة الخندق", ["غزوة الخندق", "غزوة تبوك"], None),
    ],
)
def test_events_ordered_as_the_text_states(
    answerer: FormAnswerer, message: str, order: list[str], fact_id: str | None
) -> None:
    reply, text = reply_to(answerer, message)
    part = reply.parts[0]
    assert part.status is Status.ORDERED and list(part.order) == order, text
    assert texts.ordered(part.order) in text
    if fact_id is not None:
        assert part.fact is not None and part.fact.id == fact_id


@pytest.mark.parametrize(
    ("message", "named"),
    [
        # the text orders neither against the other (only both before Tabuk)
        (
            "رتب الغزوات حسب وقوعها: غزوة بدر - غزوة الخندق - غزوة تبوك",
            ("غزوة بدر", "غزوة الخندق"),
        ),
        # the return to Medina is never dated
        (
            "رتب الأحداث التالية ترتيبا زمنيا:\nأ- رجوع النبي إلى المدينة\nب- تراجع الروم",
            ("رجوع النبي إلى المدينة",),
        ),
    ],
)
def test_an_order_the_text_does_not_state_is_said_so(
    answerer: FormAnswerer, message: str, named: tuple[str, ...]
) -> None:
    reply, text = reply_to(answerer, message)
    part = reply.parts[0]
    assert part.status is Status.UNSETTLED and not reply.answered
    assert text == texts.order_unsettled(named)


# --- several blanks, several questions under one heading -------------------------------------


@pytest.mark.parametrize(
    ("message", "forms", "facts"),
    [
        (
            "أكمل الفراغات: 1- كانت غزوة تبوك في شهر ...... 2- قدم عمر بن الخطاب ...... ماله",
            [Form.BLANK, Form.BLANK],
            ["date", "umar_donation"],
        ),
        (
            "السؤال الثاني: أجب عما يلي: أ- من قاد غزوة تبوك؟ ب- ماذا قدم أبو بكر الصديق؟",
            [Form.QUESTION, Form.QUESTION],
            ["leader", "abu_bakr_donation"],
        ),
        # the section's exam verb asks each item, after the section's number
        (
            "السؤال الثالث: علل ما يأتي: أ- تسمية جيش تبوك بجيش العسرة ب- تراجع الروم إلى"
            " داخل بلادهم",
            [Form.QUESTION, Form.QUESTION],
            ["army_name", "roman_surprise"],
        ),
        # three clauses of one sentence repeating its verb: three blanks
        (
            "املأ الفراغ: قدم أبو بكر ...... وقدم عمر ...... وقدم عثمان ......",
            [Form.BLANK] * 3,
            ["abu_bakr_donation", "umar_donation", "uthman_donation"],
        ),
    ],
)
def test_items_under_one_heading_each_answered(
    answerer: FormAnswerer, message: str, forms: list[Form], facts: list[str]
) -> None:
    reply, text = reply_to(answerer, message)
    assert [part.part.form for part in reply.parts] == forms
    assert [part.fact.id if part.fact else None for part in reply.parts] == facts, text
    assert all(part.done for part in reply.parts), text


# --- end to end over the fake Bot API --------------------------------------------------------


async def test_a_matching_and_an_ordering_exercise_over_the_bot_api(bot: RunningBot) -> None:
    pairing = f"صل من العمود (أ) ما يناسبه من العمود (ب):\n(أ)\n{_DONORS}\n(ب)\n{_GIFTS}"
    call = await send(bot.api, bot.api.private_message(USER_ID, pairing))
    shown = call.result["text"]
    first = texts.PAIR_ANSWER.format(label="ب", option="ماله كله")
    third = texts.PAIR_ANSWER.format(label="أ", option="نصف ماله")
    assert shown.index("السؤال الأول") < shown.index(first) < shown.index("السؤال الثاني")
    assert shown.index("السؤال الثالث") < shown.index(third)
    ordering = "رتب الأحداث الآتية حسب وقوعها:\nقدوم الوفود\nغزوة تبوك\nغزوة مؤتة"
    call = await send(bot.api, bot.api.private_message(USER_ID, ordering))
    shown = call.result["text"]
    assert shown.startswith(texts.ordered(("غزوة مؤتة", "غزوة تبوك", "قدوم الوفود")))
    assert "قبل غزوة تبوك أوقع الروم" in shown and "بعد غزوة تبوك توالت الوفود" in shown
    rows = list(bot.services.db.query("SELECT text, outcome FROM questions ORDER BY id"))
    assert [row["outcome"] for row in rows] == ["answer", "answer"]
