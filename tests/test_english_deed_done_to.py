"""A «who» stem asking to whom a deed was done (en62): «Who was spared by the Prophet and sent
back to his town? a) Heraclius b) Ukaydir c) Khalid d) Umar» is close to Khalid's errand and
to Ukaydir's fact; the errand tells only the sending («sent Khalid … to Dumat al-Jandal»), and
it chose Khalid. A fact that does not tell the sparing does not say who was spared. Sparing is
also a deed a true statement must find in the answer. Each as the user sees the reply."""

from bot import texts
from bot.english_replies import render_english


def test_a_fact_not_telling_the_deed_chooses_no_one(english_engine) -> None:
    message = (
        "My nephew's homework, I'm not sure about this one:\n"
        "Who was spared by the Prophet and sent back to his town?\n"
        "a) Heraclius\nb) Ukaydir\nc) Khalid\nd) Umar"
    )
    (part,) = english_engine.answer(message).parts
    assert part.choice in (None, 1)


def test_the_spared_chief_is_still_chosen_by_his_own_fact(english_engine) -> None:
    message = "Who was spared by the Prophet?\na) Heraclius\nb) Ukaydir\nc) Umar\nd) Abu Bakr"
    (part,) = english_engine.answer(message).parts
    assert part.fact is not None and part.fact.id == "ukaydir"
    assert part.choice == 1


def test_sparing_is_settled_by_the_fact_that_tells_it(english_engine) -> None:
    reply = english_engine.answer("True or false: The Prophet spared Ukaydir's life.")
    assert render_english(reply, english_engine).plain.startswith(texts.EN_TRUE)
