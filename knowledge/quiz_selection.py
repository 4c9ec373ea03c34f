"""Choosing quiz items for a chat: no repeats until all were asked; hard ones come back first."""

from __future__ import annotations

import random
from collections.abc import Mapping, Sequence
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class ItemHistory:
    """When an item was last asked in a chat (its cycle) and how the group did."""

    cycle: int
    answers: int = 0
    wrong: int = 0

    @property
    def struggled(self) -> bool:
        """Most of the group answered it wrongly."""
        return self.answers > 0 and 2 * self.wrong > self.answers


def choose_items(
    item_ids: Sequence[str],
    history: Mapping[str, ItemHistory],
    cycle: int,
    count: int,
    rng: random.Random,
) -> list[tuple[str, int]]:
    """Pick `count` items as (item id, cycle it is asked in).

    A cycle ends when every item has been asked in it; the next cycle starts with the
    items most of the group got wrong last time, then the rest in random order.
    """
    chosen: list[tuple[str, int]] = []
    taken: set[str] = set()
    wanted = min(count, len(item_ids))
    while len(chosen) < wanted:
        remaining = [
            item
            for item in item_ids
            if item not in taken and (item not in history or history[item].cycle < cycle)
        ]
        if not remaining:
            cycle += 1
            continue
        hard = [item for item in remaining if item in history and history[item].struggled]
        rest = [item for item in remaining if item not in hard]
        rng.shuffle(hard)
        rng.shuffle(rest)
        for item in (hard + rest)[: wanted - len(chosen)]:
            chosen.append((item, cycle))
            taken.add(item)
    return chosen
