"""«Who am I?» riddles as people post them: the question first («من أنا؟ …», «منو آني؟ …»,
«وش اسمي؟ …»), or last, a title before it («لغز:»). Each row checks the reply the user sees:
the one described, or not a fact whose one is already named in the description or is not the
kind asked."""

from __future__ import annotations

import pytest

from bot import texts
from knowledge.forms import FormAnswerer
from knowledge.who_am_i import clues_as_riddle, who_last
from tests.message_helpers import answer_text, reply_to


@pytest.mark.parametrize(
    ("riddle", "fact_id"),
    [
        # Khalid told by Mu'tah and by Tabuk: the fact of Tabuk that names him
        (
            "من أنا؟ قائد خلصت جيش المسلمين في مؤتة من هزيمة كاملة، "
            "ووجهني النبي ﷺ في تبوك إلى دومة الجندل",
            "dumat_aljandal",
        ),
        ("أنا قائد وجهني النبي ﷺ في تبوك مع فرقة إلى بلدة فخضعت لي. من أنا؟", "dumat_aljandal"),
        ("أنا مكان عقد فيه النبي ﷺ معاهدات شملت سكاني، ومعهم سكان أيلة. من أنا؟", "treaties"),
        ("من أنا؟ بلاد جمع فيها الروم جموعا كثيرة من المرتزقة قبل تبوك", "roman_mobilisation"),
        ("لغز: أنا ذو النورين، قدمت في تبوك 950 جملا و50 فرسا.. من أكون؟", "uthman_donation"),
        ("منو آني؟ أول الخلفاء، تبرعت بكل فلوسي لجيش العسرة", "abu_bakr_donation"),
        ("منو آني؟ ملك الروم، انطيت المرتزقة رزق سنة قدام", "heraclius"),
        # what «I» is, not a person: the fact the engine gives the message
        ("من أنا؟ جيش سميت بهذا الاسم لما أحاط بتكويني من صعوبات", "army_name"),
        # the engine hesitates between the donors and Uthman; only Uthman's states 950 and 50
        ("من أنا؟\nصحابي جليل\nقدمت 950 جملا و50 فرسا", "uthman_donation"),
        ("من أنا؟ كنت رئيس دومة الجندل، فحقن النبي دمي وخلى سبيلي فرجعت إلى قريتي", "ukaydir"),
        (
            "لغز: سيف الله المسلول، خلص الجيش في مؤتة من هزيمة كاملة بعد سقوط القادة. من هو؟",
            "mutah",
        ),
    ],
)
def test_who_am_i_gets_the_one_described(
    answerer: FormAnswerer, riddle: str, fact_id: str
) -> None:
    _, text = reply_to(answerer, riddle)
    assert answer_text(answerer, fact_id) in text, text


@pytest.mark.parametrize(
    ("riddle", "not_fact"),
    [
        # the text does not tell who was left in Medina; «النبي» is named, so not him
        ("من أنا؟ صحابي استخلفني النبي ﷺ على أهله في المدينة حين خرج إلى تبوك", "leader"),
        # «من أنا؟» before a description was read as a question of its own about Tabuk
        ("من أنا؟ مسجد بناه المنافقون ضرارا، وأمر النبي ﷺ بهدمه بعد عودته من تبوك", "enemy"),
        # the one described is an expedition: its donor is not it
        (
            "من أنا؟ أنا الغزوة التي فضحت المنافقين، "
            "وتبرع فيها عثمان بن عفان بتسعمائة وخمسين جملا",
            "uthman_donation",
        ),
        # an empire is asked for: the place its armies gathered in is not it
        ("من أنا؟ إمبراطورية زحفت جيوشها إلى أطراف الجزيرة العربية", "roman_mobilisation"),
        # nothing told but the kind and the Prophet: not Tabuk, where he camped
        ("أنا مدينة رسول الله، من أنا؟", "location"),
        ("انا مدينة الرسول ﷺ، فمن أكون؟", "location"),
    ],
)
def test_who_am_i_does_not_answer_with_someone_else(
    answerer: FormAnswerer, riddle: str, not_fact: str
) -> None:
    _, text = reply_to(answerer, riddle)
    assert answer_text(answerer, not_fact) not in text, text


@pytest.mark.parametrize(
    ("message", "rewritten"),
    [
        ("من أنا؟ صحابي جهز جيش العسرة", "أنا صحابي جهز جيش العسرة، من أنا؟"),
        ("لغز: من أنا؟ أنا ملك الروم.", "لغز: أنا ملك الروم، من أنا؟"),
        ("منو آني؟ ملك الروم", "أنا ملك الروم، من أنا؟"),
        # a game's title after the ask, before «أنا …»: no second «أنا» (every spelling of
        # the game names riddle_patterns.GAME_NAMES lists, not three of them only)
        ("من أنا؟ لغز: أنا صحابي جهز الجيش", "لغز: أنا صحابي جهز الجيش، من أنا؟"),
        ("من أنا؟ فزوره: أنا صحابي جهز الجيش", "فزوره: أنا صحابي جهز الجيش، من أنا؟"),
        ("من أنا؟ مسابقة: أنا صحابي جهز الجيش", "مسابقة: أنا صحابي جهز الجيش، من أنا؟"),
        # asked last, a message is read as before (a plain question, or the riddle reader's)
        ("آني ملك الروم، منو آني؟", None),
        ("صحابي لقب بالفاروق وتبرع بنصف ماله في تبوك من هو", None),
        # a story that asks about someone in it is no riddle
        ("شاركت في مسابقة وجاني سؤال عن اللي تبرع بـ950 بعير، مين هو؟", None),
        ("من هو قائد جيش تبوك؟", None),
    ],
)
def test_who_last_rewrites_only_riddles(message: str, rewritten: str | None) -> None:
    assert who_last(message) == (rewritten or message)


@pytest.mark.parametrize(
    ("riddle", "opening"),
    [
        (
            "1) آخر غزوة غزاها النبي ﷺ\n2) جيشها أكثر من أربعين ألف\n"
            "3) نزلت فيها آيات من التوبة\nما اسمها؟",
            texts.RIDDLE_TABUK,
        ),
        (
            "السؤال الثالث:\n1- غزوة في رجب\n2- ضد الروم\n3- لم يقع فيها قتال\nفما هي؟",
            texts.RIDDLE_TABUK,
        ),
        ("1- غزوة عند جبل\n2- خالف فيها الرماة أمر النبي\nما اسمها؟", texts.RIDDLE_OTHER),
    ],
)
def test_numbered_clues_then_which_is_one_riddle(
    answerer: FormAnswerer, riddle: str, opening: str
) -> None:
    # (the clue lines had been judged one by one as statements)
    reply, text = reply_to(answerer, riddle)
    assert len(reply.parts) == 1, text
    assert text.startswith(opening), text


@pytest.mark.parametrize(
    "message",
    [
        "1. متى كانت غزوة تبوك؟ 2. ما اسم جيشها؟",  # two questions, not clues
        "1- خضعت لخالد 2- رئيسها أكيدر ما اسمها؟",  # no expedition told
        "غزوة تبوك: 1) سببها 2) نتائجها وما هي؟ وضح",
    ],
)
def test_clues_as_riddle_leaves_other_lists(message: str) -> None:
    assert clues_as_riddle(message) == message
