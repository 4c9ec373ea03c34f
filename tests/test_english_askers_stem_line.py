"""The asker's own line over a multiple choice's stem (en62): «End-of-chapter quiz on the
audiobook, I forgot this one:» names the asker and the quiz and asks nothing; read with the
stem, «end of chapter» was a result and a sura and the choice was asked back. A line over the
stem that asks («Which one, I wonder?») or names no asker stays."""

from knowledge.english_forms import Form, split_message


def test_the_askers_line_over_a_stem_goes(english_engine) -> None:
    message = (
        "End-of-chapter quiz on the audiobook, I forgot this one:\n"
        "The earlier battle where three Muslim commanders were killed was\n"
        "- Uhud\n- Mu'tah\n- Hunayn\n- Badr"
    )
    (part,) = english_engine.answer(message).parts
    assert part.fact is not None and part.fact.id == "mutah"
    assert part.choice == 1


def test_the_stem_without_the_askers_line() -> None:
    (part,) = split_message(
        "My sister's quiz, I'm stuck:\nWho led the army?\na) Umar\nb) the Prophet\nc) Ali"
    ).parts
    assert part.form is Form.CHOICE
    assert part.text == "Who led the army?"


def test_a_line_naming_no_asker_stays() -> None:
    message = "Tabuk quiz:\nWho led the army?\na) Umar\nb) the Prophet\nc) Ali"
    (part,) = split_message(message).parts
    assert part.text.startswith("Tabuk quiz:")
