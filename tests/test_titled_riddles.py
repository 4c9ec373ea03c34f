"""A riddle under a game's title, asked last with a bare «مين هو؟ / وش هو؟ / ما هي؟»
(knowledge/titled_riddles.py): read as the «who am I» riddle it is, never answered with
the one the description names, nor with one of the clues it lists."""

from __future__ import annotations

import pytest

from knowledge.forms import FormAnswerer
from knowledge.titled_riddles import titled_description
from tests.message_helpers import answer_text, assert_each_part_answered, reply_to

DESCRIBED = [
    # the one the description leaves unnamed, as in «أنا …، من أنا؟»
    (
        "مسابقة المساء: قائد خلّص الجيش في مؤتة، وفي تبوك أرسله النبي ﷺ بفرقة إلى دومة "
        "الجندل. مين هو؟",
        "dumat_aljandal",
    ),
    (
        "حزورة: بلد بعث إليه النبي خالدا مع فرقة من الجيش، فخضع له وصالحه على الجزية. وش هو؟",
        "dumat_aljandal",
    ),
    ("كويز: ملك أعطى جنوده المرتزقة رزق سنة مقدما وجمع الجموع بالشام، من هو؟", "heraclius"),
]


@pytest.mark.parametrize(("message", "fact_id"), DESCRIBED)
def test_a_titled_description_is_answered_with_the_one_it_leaves_unnamed(
    answerer: FormAnswerer, message: str, fact_id: str
) -> None:
    assert_each_part_answered(answerer, message, [fact_id])


NEVER_SHOWN = [
    # Ukaydir is named as the one spared: he is not the one who spared him
    ("لغز: دعا إلى النفير العام، ولم يهاجم العدو حقنا للدماء، وعفا عن أكيدر. من هو؟", "ukaydir"),
    # the month and the year are clues, not what «ما هي» asks
    ("سين: السنة التاسعة للهجرة، شهر رجب، الروم، جيش العسرة. جيم: ما هي؟", "date"),
    # an army described: never the hardship its clue names
    ("لغز: جيش سموه باسم الشدة والضيق الذي مر به، وش اسمه؟", "hardship"),
    ("فزورة: جيش كبير اسمه من الصعوبة، مين هو؟ 😄", "leader"),
]


@pytest.mark.parametrize(("message", "not_shown"), NEVER_SHOWN)
def test_a_titled_riddle_is_never_answered_with_what_it_names(
    answerer: FormAnswerer, message: str, not_shown: str
) -> None:
    reply, text = reply_to(answerer, message)
    assert answer_text(answerer, not_shown) not in text, text
    assert not any(part.done and part.fact and part.fact.id == not_shown for part in reply.parts)


def test_a_story_without_a_title_is_about_the_one_it_names(answerer: FormAnswerer) -> None:
    """«قرأت عن أكيدر …، مين هو؟» asks who Ukaydir is: no game, no riddle."""
    assert_each_part_answered(
        answerer, "قرأت قصة أكيدر في الكتاب وما فهمتها، مين هو؟", ["ukaydir"]
    )


TITLES = [
    ("مين هو؟", "لغز: قائد أرسله النبي", "قائد أرسله النبي"),
    ("وش هو؟ 🤔", "سين جيم: مكان رابط فيه الجيش", "مكان رابط فيه الجيش"),
    ("ما هي؟", "سين: رجب، الروم. جيم", "رجب، الروم"),
    # a part read whole: the ask after its last comma
    ("تمرين: مكان رابط فيه الجيش، وش هو؟", "", "مكان رابط فيه الجيش"),
    # no game's title, or more than «what / who is it» asked: no titled riddle
    ("مين هو؟", "قرأت عن أكيدر", None),
    ("سؤال: مكان رابط فيه الجيش، وش هو؟", "", None),
    ("متى كانت؟", "لغز: غزوة في رجب", None),
]


@pytest.mark.parametrize(("question", "context", "described"), TITLES)
def test_titled_description_reads_the_title_and_the_bare_ask(
    question: str, context: str, described: str | None
) -> None:
    assert titled_description(question, context) == described
