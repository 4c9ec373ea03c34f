"""Quiz posts as Telegram channels write them: «🔴 سؤال اليوم», options numbered with keycap
emoji, a call to share the answer, hashtags. Only the question and its options are read."""

from __future__ import annotations

import pytest

from knowledge.enclosed_numbers import plain_numbers
from knowledge.forms import FormAnswerer, Status
from knowledge.message import read_message
from tests.message_helpers import assert_answered_with, reply_to


@pytest.mark.parametrize(
    ("typed", "plain"),
    [
        ("1️⃣ كسرى 2️⃣ هرقل", " (1)  كسرى  (2)  هرقل"),
        # the emoji selector lost on copying, and the keycap ten
        ("3\u20e3 شوال 🔟 رجب", " (3)  شوال  (10)  رجب"),
        # a digit with no keycap stays as it is
        ("أكثر من 40000", "أكثر من 40000"),
    ],
)
def test_keycap_numbers_are_plain_numbers(typed: str, plain: str) -> None:
    assert plain_numbers(typed) == plain


@pytest.mark.parametrize(
    ("message", "label", "fact_id"),
    [
        (
            "🔴 سؤال اليوم\nمن ملك الروم الذي دفع للمرتزقة أجر سنة سلفا؟\n1️⃣ كسرى\n2️⃣ هرقل"
            "\n3️⃣ النجاشي",
            "(2) هرقل",
            "heraclius",
        ),
        ("في أي شهر خرج الجيش إلى تبوك؟ 1️⃣ رمضان 2️⃣ رجب 3️⃣ شوال", "(2) رجب", "date"),
    ],
)
def test_options_numbered_with_keycaps(
    answerer: FormAnswerer, message: str, label: str, fact_id: str
) -> None:
    reply, text = reply_to(answerer, message)
    part = reply.parts[0]
    assert part.status is Status.CHOICE and part.fact is not None, text
    assert part.fact.id == fact_id, text
    assert text.startswith(f"الجواب: {label}"), text


@pytest.mark.parametrize(
    ("message", "fact_id", "words"),
    [
        # a call to share the answer closes the post: no part of its own («شاركونا» is
        # not «شارك», took part, read as the army's number)
        (
            "❓ سؤال اليوم ❓\nبأي اسم عرف الجيش الذي خرج إلى تبوك؟\nشاركونا الإجابة 👇👇"
            "\n#السيرة_النبوية #مسابقة",
            "army_name",
            "جيش العسرة",
        ),
        ("سؤال اليوم: من قاد المسلمين في تبوك؟\nضع إجابتك في التعليقات", "leader", "بنفسه"),
        # a first line of quiz hashtags labels the post
        (
            "#سؤال_اليوم\nمن هو رئيس دومة الجندل الذي حقن النبي دمه؟\n#شاركونا",
            "ukaydir",
            "أكيدر",
        ),
        ("#مسابقة_السيرة #شاركونا\nفي أي شهر كانت غزوة تبوك؟", "date", "رجب"),
        # a tag naming the topic stays: it is what «متى كانت؟» asks about
        ("#غزوة_تبوك\nمتى كانت؟", "date", "رجب"),
    ],
)
def test_a_post_s_label_and_call_ask_nothing(
    answerer: FormAnswerer, message: str, fact_id: str, words: str
) -> None:
    assert_answered_with(answerer, message, fact_id, words)


@pytest.mark.parametrize(
    ("message", "verdict", "fact_id"),
    [
        # the verdicts offered under the claim, each after its emoji, are no part of their own
        ("كانت تبوك آخر غزوة غزاها النبي\n✅ صح\n❌ خطأ", True, "last_expedition"),
        (
            "📚 سؤال رقم 3 📚\nتبوك هي آخر غزوات النبي ﷺ\n✔️ صح\n✖️ خطأ\nشاركونا",
            True,
            "last_expedition",
        ),
        ("دارت معركة كبيرة بين المسلمين والروم عند تبوك\n🅰️ صح\n🅱️ خطأ", False, "no_battle"),
        # a post's «did you know» asks nothing of its own: the claim after it is judged
        # (read alone, «تعلم» was «learned of it», and answered with the Romans' surprise)
        (
            "💡 هل تعلم؟ أن عثمان بن عفان قدم 950 بعيرا لجيش العسرة! صح ولا خطأ؟ 🤔",
            True,
            "uthman_donation",
        ),
        ("هل تعلم أن الروم قاتلوا المسلمين في تبوك", False, "no_battle"),
        ("💡 هل تعلم؟\nكان عدد جيش المسلمين في تبوك أكثر من ثلاثين ألفا", True, "army_size"),
    ],
)
def test_one_claim_judged_in_a_post_s_frame(
    answerer: FormAnswerer, message: str, verdict: bool, fact_id: str
) -> None:
    reply, text = reply_to(answerer, message)
    assert len(reply.parts) == 1, text
    part = reply.parts[0]
    assert part.status is Status.VERDICT and part.verdict is verdict, text
    assert part.fact is not None and part.fact.id == fact_id, text


@pytest.mark.parametrize(
    ("message", "fact_id", "words"),
    [
        # «do you know …?» asks what follows it
        ("هل تعلمون لماذا سمي جيش العسرة بهذا الاسم؟", "army_name", "صعوبات"),
        ("هل تعرفين من قاد غزوة تبوك؟", "leader", "بنفسه"),
        # a daily challenge's title and the hour of its answer ask nothing
        (
            "🎯 تحدي اليوم 🎯\nمن هو رئيس دومة الجندل؟\n⏰ الإجابة الساعة 9 مساء\n#تحدي_السيرة",
            "ukaydir",
            "أكيدر",
        ),
        (
            "مسابقة رقم 12\nكم كان عدد جيش المسلمين في تبوك؟\nالحل بكرة إن شاء الله",
            "army_size",
            "أربعين ألف",
        ),
    ],
)
def test_a_post_s_frame_around_one_question(
    answerer: FormAnswerer, message: str, fact_id: str, words: str
) -> None:
    assert_answered_with(answerer, message, fact_id, words)


@pytest.mark.parametrize(
    "message",
    [
        # «تعلم» with its subject after it is the question's verb, not «did you know»
        "هل تعلم الروم بخروج المسلمين",
        # nothing after it: nothing to read instead
        "هل تعلم؟",
    ],
)
def test_know_asked_of_someone_is_kept(message: str) -> None:
    assert read_message(message).parts[0].text == message
