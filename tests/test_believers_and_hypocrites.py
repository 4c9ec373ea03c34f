"""Who lagged and who hastened (issue 13): the believers and the hypocrites are sides the
statement judge checks. A statement that gives one side's deed to the other is «خطأ», with
the fact that says who did it; each side named with its own deed is never called false."""

from __future__ import annotations

import pytest

from knowledge.forms import FormAnswerer, Status
from tests.message_helpers import assert_never_false, assert_verdict_then_fact, reply_to


@pytest.mark.parametrize(
    ("message", "fact_id"),
    [
        # the verse's «الذين آمنوا» is no account of the believers lagging
        ("تخلف المؤمنون عن الخروج الى تبوك صح ام خطأ", "hypocrites"),
        ("الذين تخلفوا عن تبوك هم المؤمنون الصادقون. ( )", "hypocrites"),
        ("تردد المؤمنون في الخروج خوفا من الروم. ( )", "believers"),
    ],
)
def test_the_believers_given_the_hypocrites_deed_is_false(
    answerer: FormAnswerer, message: str, fact_id: str
) -> None:
    assert_verdict_then_fact(answerer, message, False, fact_id)


@pytest.mark.parametrize(
    "message",
    [
        "تخلف المنافقون وخرج المؤمنون صح ام خطأ",
        "المؤمنون الصادقون قدموا انفسهم واموالهم ( )",
        "نزلت آيات في المنافقين الذين تخلفوا ( )",
        "ظروف الغزوه جعلت المنافقين يعلنون نفاقهم صح",
    ],
)
def test_each_side_with_its_own_deed_is_never_false(answerer: FormAnswerer, message: str) -> None:
    assert_never_false(answerer, message)


def test_the_verse_revealed_about_the_laggards_is_chosen_among_options(
    answerer: FormAnswerer,
) -> None:
    reply, text = reply_to(
        answerer,
        "الآية 38 من سورة التوبة نزلت في:\nأ) المنافقين المتثاقلين\nب) الأنصار\nج) الروم"
        "\nد) أهل دومة الجندل",
    )
    part = reply.parts[0]
    assert part.status is Status.CHOICE and part.choice is not None, text
    assert part.choice.text == "المنافقين المتثاقلين"
    assert "المنافقين المتثاقلين" in text
