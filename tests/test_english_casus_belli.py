"""«casus belli» (en59): the Latin for a cause of war, read as a reason. (The audience tail
cut, «… for sisters halaqa», «… IRK note for WASSCE», was reverted: it added a held-out wrong
answer.)"""

from tests.english_helpers import answered_facts


def test_casus_belli_is_a_reason(english_engine) -> None:
    message = "The killing of the Prophet's envoy as a casus belli for the Tabuk campaign"
    assert answered_facts(english_engine, message) == ["envoy_assault"]
