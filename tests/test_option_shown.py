"""The chosen option is shown as the asker typed it: without the bullet of its line («- رجب»
shown «رجب»), while a dash inside an option is kept."""

from __future__ import annotations

import pytest

from knowledge.forms import FormAnswerer
from tests.message_helpers import reply_to


@pytest.mark.parametrize(
    ("message", "first_line"),
    [
        ("في أي شهر خرج النبي إلى تبوك؟\n- شوال\n- رجب\n- محرم", "الجواب: (2) رجب"),
        ("متى كانت غزوة تبوك؟\n* شوال\n* رجب", "الجواب: (2) رجب"),
        (
            "كم كان عدد جيش تبوك؟\n– عشرة آلاف\n– أكثر من أربعين ألفا",
            "الجواب: (2) أكثر من أربعين ألفا",
        ),
    ],
)
def test_the_bullet_of_an_option_s_line_is_not_shown(
    answerer: FormAnswerer, message: str, first_line: str
) -> None:
    _, text = reply_to(answerer, message)
    assert text.splitlines()[0] == first_line, text


def test_a_dash_inside_an_option_is_kept(answerer: FormAnswerer) -> None:
    _, text = reply_to(answerer, "متى كانت غزوة تبوك؟\nأ) رجب - السنة التاسعة\nب) شوال - الثامنة")
    assert text.splitlines()[0] == "الجواب: (أ) رجب - السنة التاسعة", text
