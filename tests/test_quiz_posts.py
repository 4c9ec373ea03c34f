"""A teacher's quiz post: a title, items of mixed forms, a closing line (knowledge/quiz_post.py).

Each item is read in its own form and answered under its own label; the title and the
closing are no parts, and lettered items «(أ) … (ب) …» are items, not options.
"""

from __future__ import annotations

import pytest

from bot import texts
from knowledge.forms import FormAnswerer, Status
from knowledge.message import Form, read_message
from knowledge.quiz_post import is_closing, is_title
from tests.message_helpers import reply_to

# (post, the forms of its parts, what each part got: a verdict, an option's label, the
# missing words, or a fact's answer)
POSTS = [
    (
        "أسئلة اليوم عن غزوة تبوك:\n1- خرج الجيش إلى تبوك في شهر رمضان ( )\n"
        "2- عدد جيش المسلمين في غزوة تبوك:\nأ) 3000\nب) 10000\nج) أكثر من 40000\n"
        "3- أكمل: سمي جيش غزوة تبوك جيش ......\nبالتوفيق",
        [Form.TRUE_FALSE, Form.CHOICE, Form.BLANK],
        [False, "ج", "العسرة"],
    ),
    (
        "مراجعة سريعة 📚\n(أ) من هو ملك الروم؟\n(ب) ضع علامة ✓ أو ✗: سمي جيش تبوك جيش العسرة\n"
        "(ج) أكمل: صالحت دومة الجندل خالدا على دفع ......\nمع تمنياتي بالنجاح",
        [Form.QUESTION, Form.TRUE_FALSE, Form.BLANK],
        ["heraclius", True, "الجزية"],
    ),
    (
        "السلام عليكم يا طلاب، أسئلة الحصة:\nس١/ أرسل النبي علي بن أبي طالب إلى دومة الجندل (  )\n"
        "س٢/ صف موقف المؤمنين الصادقين من النفير\nانتظر اجاباتكم",
        [Form.TRUE_FALSE, Form.QUESTION],
        [False, "believers"],
    ),
    (
        "(أ) ماذا قدم أبو بكر الصديق لتجهيز الجيش:\nأ- نصف ماله\nب- ماله كله\nج- ألف دينار\n"
        "(ب) كانت غزوة تبوك في شهر ...... من السنة التاسعة للهجرة\n"
        "(ج) تخلف المنافقون عن الخروج إلى تبوك ( )\nالإجابة في التعليقات",
        [Form.CHOICE, Form.BLANK, Form.TRUE_FALSE],
        ["ب", "رجب", True],
    ),
    (
        "أجيبوا عن الأسئلة التالية:\n\n"
        "١. رئيس دومة الجندل هو: (أ) أكيدر (ب) هرقل (ج) أبو سفيان\n\n"
        "٢. علل: سمي جيش غزوة تبوك جيش العسرة\n\n٣. انتهت غزوة تبوك دون قتال. صح أو خطأ",
        [Form.CHOICE, Form.QUESTION, Form.TRUE_FALSE],
        ["أ", "army_name", True],
    ),
]


@pytest.mark.parametrize(("post", "forms", "wanted"), POSTS)
def test_each_item_of_a_quiz_post_is_answered_in_its_own_form(
    answerer: FormAnswerer, post: str, forms: list[Form], wanted: list[object]
) -> None:
    message, text = reply_to(answerer, post)
    assert [part.part.form for part in message.parts] == forms, text
    for index, (part, want) in enumerate(zip(message.parts, wanted, strict=True)):
        assert texts.part_label(index, "")[:12] in text
        if isinstance(want, bool):
            assert part.status is Status.VERDICT and part.verdict is want, text
        elif part.part.form is Form.CHOICE:
            assert part.status is Status.CHOICE and part.choice is not None, text
            assert part.choice.label == want, text
        elif part.part.form is Form.BLANK:
            assert part.status is Status.FILLED and want in (part.filled or ""), text
        else:
            assert part.fact is not None and part.fact.id == want, text
    # The title and the closing are never quoted as a question of their own.
    assert "السؤال الرابع" not in text and texts.more_parts(1) not in text
    for line in (post.splitlines()[0], post.splitlines()[-1]):
        if is_title(line, post.splitlines()[1:]) or is_closing(line):
            assert f": {line}" not in text


@pytest.mark.parametrize(
    "stem_first",
    [
        # A stem ending in «:» over short numbered options is the question, not a title.
        "عدد جيش المسلمين في غزوة تبوك:\n1- 3000\n2- 10000\n3- أكثر من 40000",
        "1- وقعت غزوة تبوك في شهر:\nأ- رمضان\nب- رجب\nج- شوال\n2- من هو أكيدر؟",
    ],
)
def test_a_stem_over_its_options_is_no_title(stem_first: str) -> None:
    parts = read_message(stem_first).parts
    assert parts[0].form is Form.CHOICE and len(parts[0].options) == 3


def test_a_title_over_one_item_only_is_kept() -> None:
    # One item after it: nothing says the first line is a quiz's title.
    assert not is_title("أسئلة اليوم", ["1- متى خرج الجيش؟"])
    assert is_title("أسئلة اليوم", ["1- متى خرج الجيش؟", "2- من قاد الغزوة؟"])


def test_a_question_asking_about_answers_is_no_closing() -> None:
    assert is_closing("بالتوفيق للجميع 🌹")
    assert not is_closing("كم انتظر الجيش في تبوك؟")


def test_a_title_naming_tabuk_gets_no_answer_of_its_own(answerer: FormAnswerer) -> None:
    message, text = reply_to(
        answerer, "اختبر معلوماتك عن غزوة تبوك\n1) من هو أكيدر؟\n2) كم قدم عمر من ماله؟"
    )
    assert [part.fact.id for part in message.parts if part.fact] == [
        "ukaydir",
        "umar_donation",
    ]
    assert "اختبر معلوماتك" not in text


@pytest.mark.parametrize(
    ("message", "facts"),
    [
        # «and also» / «and then» before a question word joins a second question, «؟» or not.
        (
            "ابي اعرف مين قائد غزوة تبوك وكمان ايش تبرع عثمان بن عفان",
            ["leader", "uthman_donation"],
        ),
        ("من هو ملك الروم وأيضا ايش قدم ابوبكر", ["heraclius", "abu_bakr_donation"]),
        ("ضد مين كانت الغزوة و كمان في اي شهر خرج الجيش؟", ["enemy", "date"]),
        ("هل كانت تبوك آخر غزوة للنبي وبعدين مين هو اكيدر", ["last_expedition", "ukaydir"]),
        # («سؤالين» is a lead-in, never cut down to «ين»)
        ("سؤالين كام كان عدد جيش المسلمين وبعدين من قاد غزوة تبوك", ["army_size", "leader"]),
    ],
)
def test_questions_joined_by_and_also_are_answered_one_by_one(
    answerer: FormAnswerer, message: str, facts: list[str]
) -> None:
    reply, text = reply_to(answerer, message)
    assert [part.fact.id if part.fact else None for part in reply.parts] == facts, text
    assert texts.part_label(1, "")[:12] in text


def test_an_unstated_question_joined_by_and_also_is_not_answered(
    answerer: FormAnswerer,
) -> None:
    reply, text = reply_to(answerer, "من استخلف النبي على المدينة وكمان من هو ملك الروم")
    assert len(reply.parts) == 2
    assert not reply.parts[0].done and reply.parts[1].fact is not None, text
    assert reply.parts[1].fact.id == "heraclius"


@pytest.mark.parametrize(
    ("post", "facts"),
    [
        # A title asking the group who answers first, a closing nobody answers.
        (
            "تحدي 🔥 مين يجاوب أول؟\n1- من هو أكيدر؟\n2- كم قدم عمر من ماله؟\nنشوف مين الشاطر 😄",
            ["ukaydir", "umar_donation"],
        ),
        # A title with no quiz word over items that ask; a closing with no closing word.
        (
            "هيا نراجع درس غزوة تبوك\n\n1) من هو ملك الروم؟\n\n2) متى خرج الجيش إلى تبوك؟\n"
            "الحل بكرة إن شاء الله",
            ["heraclius", "date"],
        ),
        (
            "أسئلة الفصل الثاني\nس1: على من اعتدى الروم قبل تبوك؟\n"
            "س2: ماذا قدم أبو بكر الصديق لتجهيز الجيش؟\nاللي يعرف يجاوب بالخاص",
            ["envoy_assault", "abu_bakr_donation"],
        ),
    ],
)
def test_a_post_s_own_title_and_closing_are_never_parts(
    answerer: FormAnswerer, post: str, facts: list[str]
) -> None:
    reply, text = reply_to(answerer, post)
    assert [part.fact.id if part.fact else None for part in reply.parts] == facts, text
    assert "السؤال الثالث" not in text


def test_the_last_of_unlabelled_options_is_no_closing() -> None:
    parts = read_message(
        "1- من هو أكيدر؟\n2- عدد جيش المسلمين في غزوة تبوك:\n3000\n10000\nأكثر من 40000"
    ).parts
    assert [part.form for part in parts] == [Form.QUESTION, Form.CHOICE]
    assert len(parts[1].options) == 3


def test_urging_after_the_last_question_is_not_part_of_it(answerer: FormAnswerer) -> None:
    reply, text = reply_to(answerer, "عندي كم سؤال: كم عدد الجيش في تبوك\n وماذا قدم عمر ضروري")
    assert [part.fact.id if part.fact else None for part in reply.parts] == [
        "army_size",
        "umar_donation",
    ], text
    assert "ضروري" not in text
