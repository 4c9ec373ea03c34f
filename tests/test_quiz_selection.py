"""Quiz item choice: every item once per cycle; items most got wrong come back first."""

import random

from knowledge.quiz_selection import ItemHistory, choose_items

ITEMS = [f"q{i}" for i in range(10)]


def _run_rounds(rounds: int, per_round: int, wrong: set[str] = frozenset()) -> list[list[str]]:
    history: dict[str, ItemHistory] = {}
    cycle = 0
    rng = random.Random(3)
    asked = []
    for _ in range(rounds):
        picked = choose_items(ITEMS, history, cycle, per_round, rng)
        for item, item_cycle, _ in picked:
            answers, wrong_answers = (10, 8) if item in wrong else (10, 1)
            history[item] = ItemHistory(item_cycle, answers, wrong_answers)
            cycle = max(cycle, item_cycle)
        asked.append([chosen.item for chosen in picked])
    return asked


def test_no_item_repeats_until_all_were_asked() -> None:
    asked = _run_rounds(rounds=5, per_round=4)
    flat = [item for round_ in asked for item in round_]
    assert sorted(flat[:10]) == sorted(ITEMS)  # first ten: every item exactly once
    assert len(set(flat[10:20])) == 10  # the second cycle too


def test_a_round_never_asks_the_same_item_twice() -> None:
    for round_ in _run_rounds(rounds=8, per_round=3):
        assert len(set(round_)) == len(round_)


def test_items_most_got_wrong_come_back_first_in_the_next_cycle() -> None:
    asked = _run_rounds(rounds=4, per_round=5, wrong={"q3", "q7"})
    second_cycle = asked[2]  # rounds 0-1 cover all ten; round 2 starts cycle two
    assert {"q3", "q7"} <= set(second_cycle[:2])


def test_asks_fewer_when_the_base_is_small() -> None:
    picked = choose_items(["a", "b"], {}, 0, 5, random.Random(1))
    assert sorted(chosen.item for chosen in picked) == ["a", "b"]


def test_an_item_nobody_answered_comes_back_within_three_rounds_once() -> None:
    history: dict[str, ItemHistory] = {}
    rng = random.Random(7)
    first = choose_items(ITEMS, history, 0, 2, rng)
    missed = first[0].item
    for chosen in first:
        # Nobody answered the first item; the other was answered well.
        answers = 0 if chosen.item == missed else 10
        history[chosen.item] = ItemHistory(chosen.cycle, answers, 0, missed=answers == 0)
    later: list[list[str]] = []
    for _ in range(3):
        picked = choose_items(ITEMS, history, 0, 2, rng)
        for chosen in picked:
            # Missed again when asked again: it still must not come back a second time.
            history[chosen.item] = ItemHistory(chosen.cycle, 0, 0, missed=True, retry=chosen.retry)
        later.append([chosen.item for chosen in picked])
    flat = [item for round_ in later for item in round_]
    assert flat.count(missed) == 1


def test_no_two_questions_about_the_same_fact_in_a_round() -> None:
    items = [f"q{i}" for i in range(12)]
    fact_of = {item: f"fact{int(item[1:]) % 4}" for item in items}  # 4 facts, 3 items each
    rng = random.Random(5)
    history: dict[str, ItemHistory] = {}
    for _ in range(6):
        picked = choose_items(items, history, 0, 6, rng, fact_of)
        facts = [fact_of[chosen.item] for chosen in picked]
        assert len(facts) == len(set(facts)) == 4  # a shorter round, never a repeat
        for chosen in picked:
            history[chosen.item] = ItemHistory(chosen.cycle, 10, 1)
