"""The story's common nouns written in Arabic inside an English message (en70): a learner of
Arabic writes «the three قادة», «How many جمال did Uthman give?», «نصف his مال». Not read,
each Arabic word made the message one to ask back. Each as the user sees the reply."""

import pytest

from tests.english_helpers import answered_facts, judged


@pytest.mark.parametrize(
    ("message", "fact"),
    [
        ("How many جمال did Uthman give?", "uthman_donation"),
        ("Who gave نصف his مال for the army?", "umar_donation"),
        ("What happened to the three قادة at Mu'tah?", "mutah"),
        ("Which places made a صلح with the Prophet during Tabuk?", "treaties"),
        ("After Tabuk, why did the وفود come to the Prophet?", "delegations"),
        ("لغز for our class: after three قواد were killed, Khalid ibn al-Walid took over and "
         "saved the جيش from total defeat. Which غزوة was that?", "mutah"),
    ],
)  # fmt: skip
def test_arabic_common_nouns_are_read(english_engine, message, fact) -> None:
    assert answered_facts(english_engine, message) == [fact]


def test_the_arabic_noun_keeps_its_meaning_in_a_claim(english_engine) -> None:
    # «half» read from نصف is the claim's own value: Abu Bakr gave all, not half.
    assert judged(english_engine, "True or false: Abu Bakr gave نصف of his مال.") == (
        "abu_bakr_donation",
        False,
    )
