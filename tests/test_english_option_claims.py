"""Options that complete a stem are claims to judge (issue 17): an option denying something
is supported only by an answer denying the same; an option stating a date is judged as a date;
bulleted lines after a question may be whole clauses (knowledge/english_choice.py,
knowledge/english_option_lists.py)."""

import pytest

from bot.english_replies import render_english
from knowledge.english_forms import Form


@pytest.mark.parametrize(
    ("message", "answer"),
    [
        # «had no army» is not what «no fighting took place» denies; (a) is the true claim.
        (
            "Tabuk:\na) was in 9 AH\nb) was in 2 AH\nc) was against Quraysh\nd) had no army",
            "(a) was in 9 AH",
        ),
        (
            "Tabuk:\na) took place in 9 AH\nb) took place in 5 AH\nc) was fought against "
            "Quraysh\nd) had no Muslim army",
            "(a) took place in 9 AH",
        ),
        # An option denying what the answer denies is still the one it supports.
        (
            "Tabuk:\na) was in 2 AH\nb) was against the Persians\nc) ended without a battle\n"
            "d) was led by Abu Bakr",
            "(c) ended without a battle",
        ),
    ],
)
def test_an_option_completing_the_stem_is_judged_as_a_claim(
    english_engine, message, answer
) -> None:
    assert (
        f"Answer: {answer}" in render_english(english_engine.answer(message), english_engine).plain
    )


@pytest.mark.parametrize(
    ("statement", "verdict"),
    [
        ("True or false: Tabuk had no army.", None),
        ("True or false: There was no Muslim army at Tabuk.", None),
        ("True or false: There was no battle at Tabuk.", True),
    ],
)
def test_a_denial_is_true_only_where_the_answer_denies_the_same(
    english_engine, statement, verdict
) -> None:
    assert english_engine.answer(statement).parts[0].verdict is verdict


@pytest.mark.parametrize(
    ("message", "answer"),
    [
        # After a question the bulleted lines may be whole clauses.
        ("What happened to Ukaydir?\n• He was killed\n• His life was spared and he returned "
         "to his town\n• He was taken to Syria\n• He became governor of Madinah",
         "(2) His life was spared and he returned to his town"),
        ("Ukaydir\n- was executed\n- was spared and released\n- was made governor of Madinah\n"
         "- was killed at Mu'tah", "(2) was spared and released"),
    ],
)  # fmt: skip
def test_bulleted_lines_are_options(english_engine, message, answer) -> None:
    assert (
        f"Answer: {answer}" in render_english(english_engine.answer(message), english_engine).plain
    )


@pytest.mark.parametrize(
    "message",
    [
        "Who led the Muslims to Tabuk?\n🔸 Abu Bakr\n🔸 The Prophet Muhammad (pbuh)\n"
        "🔸 Khalid bin Walid\n🔸 Umar",
        "How many days did the Muslims camp at Tabuk?\n🔹 10\n🔹 20\n🔹 30\n🔹 40",
    ],
)
def test_emoji_bulleted_lines_are_read_as_options_but_never_picked(
    english_engine, message
) -> None:
    # Picked, emoji-bulleted options turned a held-out question asked back into a wrong
    # choice (twice, in two sessions): they are read as options, and none is picked.
    reply = english_engine.answer(message)
    assert [part.part.form for part in reply.parts] == [Form.CHOICE]
    assert all(part.choice is None for part in reply.parts)
    assert "Answer:" not in render_english(reply, english_engine).plain


def test_an_emoji_list_the_text_answers_shows_the_answer_without_a_pick(english_engine) -> None:
    shown = render_english(
        english_engine.answer("How many camels did Uthman give?\n✅ 950\n✅ 590\n✅ 1,000\n✅ 95"),
        english_engine,
    ).plain
    assert shown.startswith("لم أختر أحد هذه الخيارات")
    assert "I have not picked one of these options" in shown
    assert "950 camels, 50 horses" in shown


def test_square_bullets_stay_bullets_that_may_be_picked(english_engine) -> None:
    message = "Who gave half of his wealth for Tabuk?\n▪️ Abu Bakr\n▪️ Umar\n▪️ Uthman\n▪️ Ali"
    assert english_engine.answer(message).parts[0].choice == 1


@pytest.mark.parametrize(
    ("message", "answer"),
    [
        (
            "Was there a battle at Tabuk?\na) yes, a big battle\nb) no, the Romans withdrew\n"
            "c) yes, a small one\nd) the Muslims lost",
            "(b) no, the Romans withdrew",
        ),
        (
            "Did the Muslims fight the Romans at Tabuk?\n• Yes, a fierce battle\n• No, the "
            "Romans fell back\n• Yes, and the Muslims lost\n• Yes, and the Romans lost",
            "(2) No, the Romans fell back",
        ),
        # «spare bloodshed» is what the answer says, though it denies fighting.
        (
            "Why did the Prophet not attack the retreating Romans?\n(a) he was afraid\n"
            "(b) to spare bloodshed\n(c) his army was small\n(d) it was winter",
            "(b) to spare bloodshed",
        ),
    ],
)
def test_a_yes_or_no_option_is_read_by_its_polarity(english_engine, message, answer) -> None:
    assert (
        f"Answer: {answer}" in render_english(english_engine.answer(message), english_engine).plain
    )


def test_names_with_no_deed_between_them_are_not_settled_by_standing_together(
    english_engine,
) -> None:
    # The Prophet sent Khalid; the answer does not say Khalid went with him.
    claim = english_engine.answer("True or false: Khalid went to Dumat al-Jandal with the Prophet")
    assert claim.parts[0].verdict is None
    assert (
        english_engine.answer("True or false: Khalid went to Dumat al-Jandal").parts[0].verdict
        is True
    )
    choice = english_engine.answer(
        "Khalid went to Dumat al-Jandal with\n• the whole army\n• a detachment\n"
        "• the Prophet\n• the Romans"
    )
    assert choice.parts[0].choice != 2


def test_emoji_bulleted_sub_questions_are_each_asked(english_engine) -> None:
    message = (
        "Q2 Tabuk\n🔹 Describe the hardships [4]\n🔹 Explain why the army was called Jaish "
        "al-Usrah [3]\n🔹 State who led the army [1]"
    )
    reply = english_engine.answer(message)
    assert [part.part.form for part in reply.parts] == [Form.QUESTION] * 3
    assert [p.fact.id for p in reply.parts if p.fact] == ["hardship", "army_name", "leader"]
    assert "⁂" not in render_english(reply, english_engine).plain
