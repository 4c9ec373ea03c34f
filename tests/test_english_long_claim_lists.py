"""English: a true/false list labelled past the four or five options a question has («1. …
5. …», «a) … f) …») is a list of claims, each with its own verdict in its place up to the part
limit (knowledge/english_lettered_options.lettered_options); read as a choice, the first four
were taken for options and the fifth for their stem, and the whole message was asked back."""

import pytest

from bot import texts
from bot.english_replies import render_english
from knowledge.english_forms import MAX_PARTS, Form, split_message

_CLAIMS = (
    "Uthman gave 950 camels.",
    "The Romans fought the Muslims at Tabuk.",
    "Abu Bakr gave half his wealth.",
    "The expedition took place in Ramadan.",
    "Khalid was sent to Dumat al-Jandal.",
    "Heraclius led the Muslims.",
)


def _listed(heading: str, labels: str, count: int) -> str:
    claims = _CLAIMS[:count]
    lines = [f"{label} {claim}" for label, claim in zip(labels.split(), claims, strict=True)]
    return "\n".join([heading, *lines])


@pytest.mark.parametrize(
    "message",
    [
        _listed("True or false:", "1. 2. 3. 4. 5.", 5),
        _listed("True or false:", "1) 2) 3) 4) 5) 6)", 6),
        _listed("State whether true or false:", "a) b) c) d) e) f)", 6),
        _listed("Mark T or F:", "(a) (b) (c) (d) (e) (f)", 6),
    ],
)
def test_each_listed_claim_gets_its_own_verdict(english_engine, message) -> None:
    split = split_message(message)
    shown = min(MAX_PARTS, message.count("\n"))
    assert [part.form for part in split.parts] == [Form.TRUE_FALSE] * shown
    assert [part.text.rstrip(".") for part in split.parts] == [
        claim.rstrip(".") for claim in _CLAIMS[:shown]
    ]
    assert split.more == message.count("\n") - shown
    plain = render_english(english_engine.answer(message), english_engine).plain
    verdicts = [line for line in plain.splitlines() if line in ("True.", "False.")]
    assert verdicts == ["True.", "False.", "False.", "False.", "True."][:shown], plain
    assert texts.EN_TRUE.split("\n")[0] in plain


@pytest.mark.parametrize(
    "message",
    [
        "Who gave all his wealth?\n1) Umar\n2) Abu Bakr\n3) Uthman\n4) Ali",
        "5. Who gave all his wealth?\n1) Umar\n2) Abu Bakr\n3) Uthman\n4) Ali",
        "Who gave all his wealth?\na) Umar\nb) Abu Bakr\nc) Uthman\nd) Ali\ne) None of the above",
    ],
)
def test_four_or_five_options_stay_one_choice(message) -> None:
    split = split_message(message)
    assert [part.form for part in split.parts] == [Form.CHOICE]
    assert split.parts[0].options[:4] == ("Umar", "Abu Bakr", "Uthman", "Ali")
