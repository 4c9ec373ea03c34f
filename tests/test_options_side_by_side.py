"""Options laid out two by two on a line («أ) 3000   ب) 10 آلاف», then «ج) … د) …»): each is
an option of its own, so the one the text states is chosen; a line whose labels after a wide
gap are not the next in order, or that does not open with a label, stays whole."""

from __future__ import annotations

import pytest

from bot import texts
from knowledge.message_options import options_side_by_side
from tests.message_helpers import reply_to


@pytest.mark.parametrize(
    ("message", "label", "option"),
    [
        (
            "كم كان عدد جيش المسلمين في تبوك؟\nأ) 3000   ب) 10 آلاف\n"
            "ج) أكثر من 40 ألف   د) 100 ألف",
            "ج",
            "أكثر من 40 ألف",
        ),
        (
            "ضد من كانت غزوة تبوك؟\n(أ) قريش   (ب) الروم ومن حالفهم\n(ج) الفرس   (د) اليهود",
            "ب",
            "الروم ومن حالفهم",
        ),
    ],
)
def test_options_two_by_two_are_each_an_option(answerer, message, label, option) -> None:
    _, text = reply_to(answerer, message)
    assert text.startswith(texts.CHOICE_ANSWER.format(label=label, option=option)), text


@pytest.mark.parametrize(
    ("line", "pieces"),
    [
        ("أ) 3000   ب) 10 آلاف", ["أ) 3000", "ب) 10 آلاف"]),
        ("a) رمضان\t\tb) رجب", ["a) رمضان", "b) رجب"]),
        # (a label skipped: not a row of options)
        ("أ) الروم    ج) الفرس", ["أ) الروم    ج) الفرس"]),
        # (no label opening the line: a sentence, its letters no options)
        ("قال أ) تبوك   ب) بدر", ["قال أ) تبوك   ب) بدر"]),
        # (a wide gap inside one option's words)
        (
            "أ) كانت غزوة تبوك في رجب  وفي السنة التاسعة",
            ["أ) كانت غزوة تبوك في رجب  وفي السنة التاسعة"],
        ),
    ],
)
def test_a_line_is_cut_only_at_the_next_label_after_a_gap(line: str, pieces: list[str]) -> None:
    assert options_side_by_side(line) == pieces
