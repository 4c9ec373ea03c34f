"""Questions about what the story before them told: «ما معنى ذلك؟» asks the meaning of the
claim told, «فمن المصيب؟» which of the claims told is right. Read alone they name nothing
(«معنى» would match the army's name); each row is a message and what the user is told."""

from __future__ import annotations

import pytest

from knowledge.forms import FormAnswerer
from knowledge.told_claims import asks_about_told, told_claims
from tests.message_helpers import reply_to


def _facts_given(answerer: FormAnswerer, message: str) -> tuple[list[str], str]:
    """The facts a message's reply gives, and the reply's text as the user sees it."""
    reply, text = reply_to(answerer, message)
    return [part.fact.id for part in reply.parts if part.done and part.fact], text


@pytest.mark.parametrize(
    ("message", "fact_id", "opening"),
    [
        (  # the meaning of the claim told, not the army's name («معنى»)
            "قرأت في كتاب السيرة أن هرقل أعطى جنوده رزق سنة مقدما، ما معنى ذلك؟",
            "heraclius",
            "هرقل هو ملك الروم",
        ),
        (
            "المعلمة قالت ان الروم تقهقروا الى داخل بلادهم، شو يعني هالحكي؟",
            "roman_surprise",
            "لم يتوقع الروم",
        ),
        (  # «they» in the last claim are the ones the story named
            "في الدرس تكلم الشيخ عن المنافقين، وقال إنهم حاولوا تثبيط همة المقاتلين. "
            "ما المقصود بذلك؟",
            "hypocrites",
            "",
        ),
        (  # two figures told: the text's figure settles who is right
            "ابن خالي يقول إن جيش المسلمين كان ثلاثين ألفا، وأنا قرأت أكثر من أربعين ألفا، "
            "فمن المصيب؟",
            "army_size",
            "أربعين ألف",
        ),
        (  # «وأنا بقول كله» is elliptic: only the other claim is judged
            "زميلي بيقول ابو بكر قدم نص ماله في تبوك وانا بقول كله، مين فينا الصح؟",
            "abu_bakr_donation",
            "ماله كله",
        ),
        (  # «شو الصح؟», what is right: the text's figure settles it
            "صاحبي يقول الجيش كان ثلاثين ألفا وأنا قرأت أكثر من أربعين ألفا، شو الصح؟",
            "army_size",
            "أربعين ألف",
        ),
        (  # «الصح؟» after «مين فينا» asks which claim, it is no true/false tail
            "اخوي يقول ان الغزوة كانت في رمضان وانا اقول في رجب، مين فينا الصح؟",
            "date",
            "في شهر رجب",
        ),
        (  # «مين الصح فينا؟»: the ones asked about after «right», not before it
            "تناقشت مع زميلي في الدوام: هو يقول إن الجيش كان ثلاثين ألفا، وأنا أقول أكثر من "
            "أربعين ألفا. مين الصح فينا؟",
            "army_size",
            "أربعين ألف",
        ),
        (  # («منو الصادق فيهم؟»: never the believers' «صادق»)
            "جدال في القروب: واحد يقول الروم انسحبوا بدون قتال، والثاني يقول صار قتال شديد. "
            "منو الصادق فيهم؟",
            "no_battle",
            "لم يقع قتال",
        ),
        (  # «هذا الصلح» is the story's truce: its terms, not the treaties of Tabuk and Ayla
            "قرأت أن أهل دومة الجندل صالحوا خالد بن الوليد، فعلى ماذا كان هذا الصلح؟",
            "jizya",
            "على دفع الجزية",
        ),
        (  # «كده» is the story's name: the army's, which the question alone gets as well
            "عندي امتحان والمعلم قال راجعوا جيش العسرة، ليش سموه كده؟",
            "army_name",
            "جيش العسرة",
        ),
        (  # «هذه الغزوة» is the expedition; the question names whom it asks about
            "جدي كان يحكيلنا عن تبوك، كيف كان موقف المنافقين في هذه الغزوة؟",
            "hypocrites",
            "المنافقون",
        ),
    ],
)
def test_a_question_about_the_story_told_gets_its_fact(
    answerer: FormAnswerer, message: str, fact_id: str, opening: str
) -> None:
    given, text = _facts_given(answerer, message)
    assert given == [fact_id], text
    assert opening in text, text
    assert "جيش العسرة" not in text.split("\n")[0] or fact_id == "army_name", text


@pytest.mark.parametrize(
    "message",
    [
        # a detail the text does not state, told then asked the meaning of
        "قرأت أن النبي ﷺ هدم مسجد الضرار بعد رجوعه من تبوك، ما معنى ذلك؟",
        # two claims about two different facts: no one fact says who is right
        "صاحبي يقول إن الغزوة كانت في رمضان، وأنا أقول إن الجيش كان ثلاثين ألفا، فمن المصيب؟",
        # «عددهم» are the Romans' (a number the text does not give), not Abd al-Rahman's gift
        "قرأت أن الروم جمعوا جموعا كثيرة في الشام، فهل يذكر النص عددهم؟",
        "الكتاب بيحكي انو خالد راح مع فرقة من الجيش على دومة الجندل، هل بيذكر النص عددهم؟",
        # the story's stray words («القرآن», «فنزل») are not read one by one into a fact
        "سمعت في إذاعة القرآن أن الصحابة عطشوا في طريقهم إلى تبوك فدعا النبي ﷺ فنزل المطر، "
        "متى كان هذا؟",
        # «شو الصح؟» asks which claim is right; «الهجرة» of the story is the event, and the
        # date fact's «للهجرة» no answer to it
        "بنتي قالت إن المعلمة حكت لهم قصة العنكبوت والحمامة في تبوك، وأنا أعرف أنها في "
        "الهجرة مش في تبوك، شو الصح؟",
    ],
)
def test_no_answer_when_the_story_told_settles_nothing(
    answerer: FormAnswerer, message: str
) -> None:
    given, text = _facts_given(answerer, message)
    assert not given, text


def test_what_asks_about_the_claims_told() -> None:
    for question in (
        "ما معنى ذلك؟",
        "فما المقصود بهذا؟",
        "شو يعني هالحكي؟",
        "فمن المصيب؟",
        "مين فينا الصح؟",
        "منو الصح فينا؟",
        "من المحق منا؟",
        "أيهما الصحيح؟",
        "اشرح لي ذلك",
        # «what is right?», nothing after it
        "شو الصح؟",
        "ما الصحيح؟",
        "وش الصحيح؟",
    ):
        assert asks_about_told(question), question
    for question in (
        "ما معنى العسرة؟",
        "من قاد الجيش؟",
        "ما الصحيح في عدد الجيش؟",
        # (who among the people of a fact is asked, not which of the claims told)
        "من الصادق فيهم في غزوة تبوك؟",
    ):
        assert not asks_about_told(question), question


def test_the_claims_of_a_story() -> None:
    story = "صاحبي يقول إن الجيش كان ثلاثين ألفا، وأنا أقول إنه كان أكثر من أربعين ألفا"
    assert told_claims(story) == ["الجيش كان ثلاثين ألفا", "كان أكثر من أربعين ألفا"]
    assert told_claims("رفيقي بيقول ابو بكر قدم نص ماله وانا بقول كله") == ["ابو بكر قدم نص ماله"]


@pytest.mark.parametrize(
    ("message", "facts", "lacking"),
    [
        # «وين راح بعدين» is where Ukaydir went (his village), not where the army went
        ("من هو أكيدر؟ ووين راح بعدين؟", ["ukaydir"], False),
        # «وهل أسلم بعدين» is about Ukaydir: not stated, never the delegations' Islam
        ("شو صار بأكيدر؟ وهل أسلم بعدين؟", ["ukaydir"], True),
    ],
)
def test_a_later_question_is_about_the_one_named_before(
    answerer: FormAnswerer, message: str, facts: list[str], lacking: bool
) -> None:
    given, text = _facts_given(answerer, message)
    assert given == facts, text
    assert "الوفود" not in text and "لملاقاة الروم" not in text, text
    assert ("لا يذكر النص" in text) is lacking, text
