"""Choosing quiz items for a chat: no repeats until all were asked; missed ones come back soon."""

from __future__ import annotations

import random
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import NamedTuple


@dataclass(frozen=True, slots=True)
class ItemHistory:
    """When an item was last asked in a chat (its cycle) and how the group did."""

    cycle: int
    answers: int = 0
    wrong: int = 0
    missed: bool = False  # most answered wrongly, or nobody answered, when it was last asked
    retry: bool = False  # it was last asked again because it had been missed

    @property
    def struggled(self) -> bool:
        """Most of the group answered it wrongly."""
        return self.answers > 0 and 2 * self.wrong > self.answers


class Chosen(NamedTuple):
    """An item picked for a round, the cycle it counts for, and whether it is a retry."""

    item: str
    cycle: int
    retry: bool = False


def choose_items(
    item_ids: Sequence[str],
    history: Mapping[str, ItemHistory],
    cycle: int,
    count: int,
    rng: random.Random,
    fact_of: Mapping[str, str] | None = None,
) -> list[Chosen]:
    """Pick up to `count` items for one round, never two about the same fact.

    Items the group missed last time they were asked come first (once: a retry that is
    missed again waits for its next cycle). Then a cycle ends when every item has been
    asked in it; the next cycle starts with the items most of the group got wrong, then
    the rest in random order.
    """
    facts = fact_of or {}
    chosen: list[Chosen] = []
    taken: set[str] = set()
    taken_facts: set[str] = set()

    def take(item: str, item_cycle: int, retry: bool = False) -> None:
        chosen.append(Chosen(item, item_cycle, retry))
        taken.add(item)
        taken_facts.add(facts.get(item, item))

    def free(item: str) -> bool:
        return item not in taken and facts.get(item, item) not in taken_facts

    due = [item for item in item_ids if (h := history.get(item)) and h.missed and not h.retry]
    rng.shuffle(due)
    for item in due:
        if len(chosen) < count and free(item):
            take(item, max(cycle, history[item].cycle), retry=True)
    bumped = False
    while len(chosen) < count:
        unasked = [
            item
            for item in item_ids
            if free(item) and (item not in history or history[item].cycle < cycle)
        ]
        if not unasked:
            # This cycle is used up (or only repeats facts of this round): go on to the next
            # cycle once; if even that offers nothing new, the round is shorter.
            if bumped:
                break
            cycle += 1
            bumped = True
            continue
        hard = [item for item in unasked if item in history and history[item].struggled]
        rest = [item for item in unasked if item not in hard]
        rng.shuffle(hard)
        rng.shuffle(rest)
        for item in hard + rest:
            if len(chosen) < count and free(item):
                take(item, cycle)
    return chosen
