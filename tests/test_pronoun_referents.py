"""A later part that says «their …» or «its …» points at what the part before it asked about,
not at the expedition: «ضد منو كانت الغزوة؟ وشكد كان عددهم؟» never gets the Muslim army's
number (what the user sees)."""

from __future__ import annotations

import pytest

from knowledge.forms import FormAnswerer, Status
from knowledge.pronoun_referents import may_stand_for_the_expedition, says_their
from tests.message_helpers import reply_to

# The army's number as the reply words it: never given for someone else's «their number».
ARMY_NUMBER = "أربعين ألف"


@pytest.mark.parametrize(
    ("message", "first"),
    [
        # «their number»: the enemy's, the Romans' allies', the hypocrites', the mercenaries'
        ("ضد منو كانت غزوة تبوك؟ وشكد كان عددهم؟", "enemy"),
        ("من حلفاء الروم؟ وكم كان عددهم؟", "roman_allies"),
        ("ماذا فعل المنافقون؟ وكم عددهم؟", "hypocrites"),
        ("ماذا أعطى هرقل للمرتزقة\nوكم كان عددهم", "heraclius"),
        # «its men»: the detachment's, which the text does not count
        ("من قاد الفرقة إلى دومة الجندل\nوكم كان عدد رجالها", "dumat_aljandal"),
    ],
)
def test_their_number_is_never_the_armys(answerer: FormAnswerer, message: str, first: str) -> None:
    reply, text = reply_to(answerer, message)
    assert reply.parts[0].fact is not None and reply.parts[0].fact.id == first, text
    later = reply.parts[-1]
    assert later.status is Status.NOT_ANSWERED, text
    assert later.fact is None or later.fact.id != "army_size", text
    assert ARMY_NUMBER not in text.split("السؤال الثاني")[-1], text


def test_who_led_it_after_the_detachment_is_the_detachment(answerer: FormAnswerer) -> None:
    # «قادها» is the detachment's leader (Khalid), not the expedition's nor Dumat's chief
    reply, text = reply_to(answerer, "ما هي الفرقة التي ذهبت إلى دومة الجندل؟ ومن قادها؟")
    assert {part.fact.id for part in reply.parts if part.fact} == {"dumat_aljandal"}, text
    assert "خالد بن الوليد" in text
    assert "أكيدر" not in text


@pytest.mark.parametrize(
    ("message", "facts"),
    [
        # «its/their number» after a part about the army or the expedition is the army's
        ("متى خرج الجيش؟ وكم عدده؟", ["date", "army_size"]),
        ("شنو يعني جيش العسرة؟ وشكد كان عددهم؟", ["army_name", "army_size"]),
        ("مَا سَبَبُ تَسْمِيَةِ الجَيْشِ بِجَيْشِ العُسْرَةِ؟ وَكَمْ كَانَ عَدَدُهُ؟", ["army_name", "army_size"]),
        ("متى كانت غزوة تبوك؟ ومن قادها؟", ["date", "leader"]),
        ("متى كانت غزوة تبوك\nومن قادها", ["date", "leader"]),
        ("1) ما سبب غزوة تبوك؟\n2) وما نتائجها؟", ["reasons", "outcome"]),
        # «after it» is the expedition's; «بأموالهم» is the givers' own
        ("هل كانت تبوك آخر غزوات النبي ﷺ؟ وماذا حدث بعدها؟", ["last_expedition", "delegations"]),
    ],
)
def test_its_number_after_the_army_is_still_answered(
    answerer: FormAnswerer, message: str, facts: list[str]
) -> None:
    reply, text = reply_to(answerer, message)
    assert [part.fact.id if part.fact else None for part in reply.parts] == facts, text
    assert all(part.done for part in reply.parts), text


@pytest.mark.parametrize(
    ("message", "facts"),
    [
        # the pronoun's one is named by the fact, or by the part before's answer (the Romans)
        ("ضد من كانت الغزوة؟ ومن كان ملكهم؟", ["enemy", "heraclius"]),
        ("ودي اعرف وش سوا هرقل وكمان مين جاب معه من القبايل", ["heraclius", "roman_allies"]),
        # a bare «it» after «who …?» is the thing named, not a person
        ("شكون اللي جهز جيش العسرة؟ وعلاش سموه هكا؟", ["donations", "army_name"]),
        # «them» is the army the story told
        (
            "السلام عليكم. قرأت أن عدد الجيش كان ثلاثين ألفا. فكم كان عددهم حسب النص؟ ومن قادهم؟",
            ["army_size", "leader"],
        ),
    ],
)
def test_a_fact_naming_whom_a_pronoun_points_at_still_answers(
    answerer: FormAnswerer, message: str, facts: list[str]
) -> None:
    reply, text = reply_to(answerer, message)
    assert [part.fact.id if part.fact else None for part in reply.parts] == facts, text


@pytest.mark.parametrize(
    ("text", "previous", "expected"),
    [
        ("وكم عددهم؟", "متى كانت غزوة تبوك؟", False),  # «they» is never the expedition
        ("ومن قادها؟", "متى كانت غزوة تبوك؟", True),
        ("ومن قادها؟", "ما هي الفرقة التي ذهبت إلى دومة الجندل؟", False),
        ("وكم كان عدد الجيش؟", "ماذا أعطى هرقل للمرتزقة؟", True),  # points at nothing
        ("ومن الذين تبرعوا بأموالهم في الغزوة؟", "ما قصة مسجد الضرار؟", True),
        ("وماذا حدث بعدها؟", "من هو أكيدر؟", True),
    ],
)
def test_what_a_pronoun_may_stand_for(
    answerer: FormAnswerer, text: str, previous: str, expected: bool
) -> None:
    vocabulary = answerer.engine.matcher.vocabulary
    assert may_stand_for_the_expedition(text, previous, vocabulary) is expected


def test_their_is_read_only_from_a_known_noun(answerer: FormAnswerer) -> None:
    vocabulary = answerer.engine.matcher.vocabulary
    assert says_their("وكم عددهم؟", vocabulary)
    assert says_their("وشنو صار فيهم؟", vocabulary)
    assert not says_their("كم دفعوا بالدرهم؟", vocabulary)
    assert not says_their("وكم عدده؟", vocabulary)


# --- a word of its own, and a question asked in a fact's own words -------------------------


@pytest.mark.parametrize(
    "message",
    [
        # «مقدمة الجيش» is the army's front, never «مقدمًا» (Heraclius's pay in advance)
        "المنافقون كانوا في مقدمة الجيش",
        "من كان في مقدمة الجيش؟",
        "اكتب مقدمة عن غزوة تبوك",
    ],
)
def test_the_front_of_the_army_is_not_heraclius_s_pay(
    answerer: FormAnswerer, message: str
) -> None:
    reply, text = reply_to(answerer, message)
    assert all(part.fact is None or part.fact.id != "heraclius" for part in reply.parts), text
    assert "هرقل" not in text


def test_pay_in_advance_is_still_heraclius(answerer: FormAnswerer) -> None:
    reply, text = reply_to(answerer, "من الذي دفع للجنود رزق سنة مقدما؟")
    assert reply.parts[0].fact is not None and reply.parts[0].fact.id == "heraclius", text


def test_a_question_in_a_fact_s_own_words_after_a_story_of_someone_else(
    answerer: FormAnswerer,
) -> None:
    # the homework is about Mu'tah and Khalid; the question asks how Tabuk ended
    message = (
        "مرحبا، عندي واجب عن غزوة مؤتة وخالد بن الوليد، بس المعلمة سألت: كيف انتهت غزوة تبوك؟"
    )
    reply, text = reply_to(answerer, message)
    assert [part.fact.id if part.fact else None for part in reply.parts] == ["outcome"], text


def test_what_he_did_after_a_story_of_khalid_is_still_khalid_s(answerer: FormAnswerer) -> None:
    message = "مساكم الله بالخير، عندي بحث عن خالد بن الوليد، وش سوى في غزوة تبوك؟"
    reply, text = reply_to(answerer, message)
    assert reply.parts[0].fact is not None and reply.parts[0].fact.id == "dumat_aljandal", text


# --- a first line naming only the expedition is the message's title -------------------------


@pytest.mark.parametrize(
    ("message", "facts"),
    [
        ("غزوة تبوك\nكم كان عدد الروم؟", [None]),
        ("موضوع: غزوة تبوك\nما اسم ناقة النبي ﷺ فيها؟", [None]),
        ("غزوة تبوك؟ كم كان عدد الروم", [None]),
        ("غزوة تبوك\nمتى كانت؟", ["date"]),
        ("غزوة تبوك\nكم كان عدد الجيش؟", ["army_size"]),
    ],
)
def test_a_title_line_gets_no_summary(
    answerer: FormAnswerer, message: str, facts: list[str | None]
) -> None:
    reply, text = reply_to(answerer, message)
    assert [part.fact.id if part.fact else None for part in reply.parts] == facts, text
    overview = answerer.engine.fact("overview")
    assert overview is not None and overview.answer[:40] not in text


def test_what_is_tabuk_asked_before_another_question_is_still_answered(
    answerer: FormAnswerer,
) -> None:
    reply, text = reply_to(answerer, "ما هي غزوة تبوك؟ وكم كان عدد الجيش؟")
    assert [part.fact.id if part.fact else None for part in reply.parts] == [
        "overview",
        "army_size",
    ], text
