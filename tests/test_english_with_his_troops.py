"""A deed the answer gives the Prophet «with his troops» is the Muslims' deed too
(knowledge/english_doers.py): «The Muslim army stayed camped at Tabuk» is true by «the
Prophet … stayed encamped with his troops at Tabuk»; it was left unsettled as another doer's.
The other side is not with him."""

import pytest


@pytest.mark.parametrize(
    ("message", "verdict"),
    [
        ("true or false: the Muslim army stayed camped at Tabuk after the Romans fell back", True),
        ("T/F: the Muslims stayed at Tabuk with the Prophet", True),
        ("True or false: the Romans stayed encamped at Tabuk", None),
    ],
)
def test_deed_done_with_his_troops(english_engine, message, verdict) -> None:
    part = english_engine.answer(message).parts[0]
    assert part.verdict is verdict
