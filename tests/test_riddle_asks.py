"""How people ask «which expedition?» after (or before) a description: each row a riddle and
the reply's opening the user sees. The ask may open the message («أي غزوة هي التي …»), use a
dialect's words («ايه الغزوة اللي …», «اشنو سميتها؟») or an exam's («حدد الغزوة: …»); a
description of another expedition is still not named."""

from __future__ import annotations

import pytest

from bot import texts
from knowledge.forms import FormAnswerer, Status
from tests.message_helpers import assert_opens, reply_to


@pytest.mark.parametrize(
    ("riddle", "status", "opening"),
    [
        (  # Egyptian «which expedition that …»: Tabuk, not the list of donors
            "ايه الغزوة اللي ابو بكر الصديق ادى فيها كل فلوسه وعمر ادى النص؟",
            Status.RIDDLE_TABUK,
            texts.RIDDLE_TABUK,
        ),
        (  # «أي غزوة …» asked first: Tabuk, not Heraclius's fact
            "أي غزوة هي التي أعطى فيها هرقل جنوده المرتزقة رزق سنة مقدماً استعداداً لقتال المسلمين؟",
            Status.RIDDLE_TABUK,
            texts.RIDDLE_TABUK,
        ),
        (  # Maghrebi «what is it called»
            "لغز: غزوة المنافقين تخلفو عليها وحاولو يكسرو همة المجاهدين، "
            "ونزلت فيهم آيات. اشنو سميتها؟",
            Status.RIDDLE_TABUK,
            texts.RIDDLE_TABUK,
        ),
        (  # an exam's «حدد الغزوة»
            "حدد الغزوة: خرج فيها المسلمون في شدة الحر ولم يقع فيها قتال",
            Status.RIDDLE_TABUK,
            texts.RIDDLE_TABUK,
        ),
        (  # the trench is the Confederates', never Tabuk
            "وش الغزوة اللي حفروا فيها الخندق حول المدينة؟",
            Status.RIDDLE_OTHER,
            texts.RIDDLE_OTHER,
        ),
    ],
)
def test_which_expedition_asked_in_people_s_words(
    answerer: FormAnswerer, riddle: str, status: Status, opening: str
) -> None:
    assert_opens(answerer, riddle, status, opening)


@pytest.mark.parametrize(
    "riddle",
    [
        # a title on its own line before the description
        "لغز الأسبوع 🌙\nغزوة ما صار فيها ولا ضربة سيف، والعدو هو اللي انسحب، "
        "وكانت آخر غزوة غزاها الرسول ﷺ\nوش اسمها؟",
        # a title with a colon, then «إيه هي؟»
        "فزورة يا جماعة: غزوة عثمان جهز فيها 950 جمل و50 حصان، إيه هي؟",
        # «who knows?» asked first
        "منو يعرف؟ غزوة جان العدو بيها الروم، والجيش مالتنا اكثر من اربعين الف، وخلصت بدون حرب",
        # pointed at («هذي غزوة»), Gulf «وشي؟»
        "هذي غزوة ما فيها حرب، وفيها خالد بن الوليد راح دومة الجندل وصالحوه على الجزية. وشي؟",
        # «ماهي» with no question mark
        "غزوه اعلن فيها الرسول التعبئه العامه ضد الامبراطوريه البيزنطيه "
        "ومن حالفها من الغساسنه ماهي",
        # a bare «اسمها؟»
        "لغز: غزوة صارت سنة ٩ هـ، جيشها اسمه جيش العسره، والعدو رجع بدون ما يقاتل. اسمها؟",
    ],
)
def test_a_riddle_behind_a_title_or_a_short_ask_is_named_tabuk(
    answerer: FormAnswerer, riddle: str
) -> None:
    reply, text = reply_to(answerer, riddle)
    assert len(reply.parts) == 1, text
    assert reply.parts[0].status is Status.RIDDLE_TABUK, text
    assert text.startswith(texts.RIDDLE_TABUK), text


@pytest.mark.parametrize(
    "riddle",
    [
        # Uhud's archers beside Tabuk's heat and enemy
        "غزوة خرج فيها المسلمون في شدة الحر لملاقاة الروم، وخالف فيها الرماة أمر النبي ﷺ "
        "فنزلوا من الجبل. ما هي؟",
        # Hamza's death beside Tabuk's army
        "غزوة كانت ضد الروم وجيش المسلمين اكثر من اربعين الف، واستشهد فيها حمزة رضي الله عنه. "
        "وش اسمها؟",
        # Badr's well beside the army's name
        "غزوة كان جيشها اسمه جيش العسرة، وانتصر فيها المسلمين ع قريش عند بئر بدر. شو اسمها؟",
    ],
)
def test_a_detail_of_another_expedition_keeps_tabuk_unnamed(
    answerer: FormAnswerer, riddle: str
) -> None:
    reply, text = reply_to(answerer, riddle)
    assert reply.parts[0].status is Status.RIDDLE_OTHER, text
    assert text.startswith(texts.RIDDLE_OTHER), text
    assert not reply.parts[0].done, text


@pytest.mark.parametrize(
    ("message", "label", "option"),
    [
        (
            "أي غزوة خرج فيها المسلمون في شدة الحر وزمن العسرة؟\nبدر\nأحد\nتبوك\nالخندق",
            "3",
            "تبوك",
        ),
        (
            "وش الغزوة اللي جهز فيها عثمان 950 جمل؟\n"
            "أ) غزوة بدر\nب) غزوة أحد\nج) غزوة تبوك\nد) غزوة الخندق",
            "ج",
            "غزوة تبوك",
        ),
    ],
)
def test_a_which_expedition_stem_with_pasted_options_chooses_an_option(
    answerer: FormAnswerer, message: str, label: str, option: str
) -> None:
    """The riddle asks are no reason to read a stem and its options as one riddle."""
    reply, text = reply_to(answerer, message)
    assert reply.parts[0].status is Status.CHOICE, text
    assert text.startswith(texts.CHOICE_ANSWER.format(label=label, option=option)), text
