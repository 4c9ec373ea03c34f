"""Which events the text puts before which, and ordering a list of them by it.

`knowledge/data/event_order.json` names the events people list in «رتب الأحداث» exercises
and the orders the text states («قبل غزوة تبوك أوقع الروم … في غزوة مؤتة», «بعد غزوة تبوك
توالت الوفود», «بعد تراجع الروم رابط النبي …»), each with the fact that states it and the
words of that fact which say so: an order is used only while the fact's current answer
still holds those words, so an admin's edit never leaves a stale order behind. Events of the
expedition itself come after what came before Tabuk and before what came after it. Two
events no stated order links are not ordered: the text does not say which came first.
"""

from __future__ import annotations

import itertools
import json
import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources
from types import MappingProxyType

from knowledge.models import Fact
from knowledge.normalize import normalize

EVENT_ORDER_NAME = "event_order.json"


class EventOrderError(ValueError):
    """The shipped event order file is malformed."""


@dataclass(frozen=True, slots=True)
class Event:
    """An event people list, and the patterns that name it in normalized text."""

    id: str
    label: str
    all: tuple[re.Pattern[str], ...]
    none: tuple[re.Pattern[str], ...] = ()

    def named_by(self, normalized: str) -> bool:
        return all(p.search(normalized) for p in self.all) and not any(
            p.search(normalized) for p in self.none
        )


@dataclass(frozen=True, slots=True)
class StatedOrder:
    """`before` came before `after`, as `fact` states in the words `states`."""

    before: str
    after: str
    fact: str
    states: str


@dataclass(frozen=True, slots=True)
class EventOrder:
    events: tuple[Event, ...]
    during: frozenset[str]
    orders: tuple[StatedOrder, ...]


@dataclass(frozen=True, slots=True)
class Ordering:
    """A list ordered as the text states it (`order`: each item's index in the list, first
    first; `facts`: the facts that state it), or, when the text cannot settle it,
    `unplaced`: two items whose order it does not state (or one item it never dates)."""

    order: tuple[int, ...] = ()
    facts: tuple[Fact, ...] = ()
    unplaced: tuple[int, ...] = ()


def _patterns(record: dict[str, object], key: str) -> tuple[re.Pattern[str], ...]:
    values = record.get(key, [])
    if not isinstance(values, list) or not all(isinstance(v, str) for v in values):
        raise EventOrderError(f"{EVENT_ORDER_NAME}: {key} must be a list of patterns")
    return tuple(re.compile(value) for value in values)


@cache
def load_event_order() -> EventOrder:
    """The shipped event order (validated once: it never changes)."""
    text = resources.files("knowledge").joinpath("data", EVENT_ORDER_NAME).read_text("utf-8")
    data = json.loads(text)
    events = tuple(
        Event(str(e["id"]), str(e["label"]), _patterns(e, "all"), _patterns(e, "none"))
        for e in data["events"]
    )
    ids = {event.id for event in events}
    orders = tuple(
        StatedOrder(str(o["before"]), str(o["after"]), str(o["fact"]), normalize(o["states"]))
        for o in data["orders"]
    )
    during = frozenset(str(one) for one in data["during"])
    unknown = ({o.before for o in orders} | {o.after for o in orders} | during) - ids
    if unknown:
        raise EventOrderError(f"{EVENT_ORDER_NAME}: unknown events {sorted(unknown)}")
    return EventOrder(events, during, orders)


# A word naming a battle or an expedition («غزوة», «وغزوة», «معركة»), normalized.
_BATTLE = re.compile(r"(?<!\S)[وف]?(?:غزوه|غزاه|معركه|موقعه)(?!\S)")


def event_of(item: str, events: tuple[Event, ...]) -> str | None:
    """The one event an item names, or None (none or several)."""
    normalized = " ".join(normalize(item).split())
    if len(_BATTLE.findall(normalized)) > 1:
        return None  # («غزوة تبوك وغزوة مؤتة»: two events in one item)
    named = [event.id for event in events if event.named_by(normalized)]
    return named[0] if len(named) == 1 else None


def _stated(order: EventOrder, facts: dict[str, Fact]) -> Mapping[tuple[str, str], Fact]:
    """Every (earlier, later) pair the facts state, the expedition's own events placed
    between what came before it and after it, closed under «before»."""
    named = tuple(facts.get(one.fact) for one in order.orders)
    # (by identity too: the pairs hand back these very facts, not equal ones of another base)
    return _closed(order, named, tuple(map(id, named)))


# The pairs depend only on the facts the orders name, which change only with an admin's
# edit; «was Tabuk the last?» asks them once per expedition, and closing them took about
# 2.5 ms each time: the pairs of the last few sets of those facts are kept (read-only).
STATED_ORDERS_KEPT = 8


@lru_cache(maxsize=STATED_ORDERS_KEPT)
def _closed(
    order: EventOrder, named: tuple[Fact | None, ...], _identities: tuple[int, ...]
) -> Mapping[tuple[str, str], Fact]:
    pairs: dict[tuple[str, str], Fact] = {}
    for one, fact in zip(order.orders, named, strict=True):
        if fact is None or one.states not in normalize(fact.answer):
            continue
        pairs.setdefault((one.before, one.after), fact)
        for inside in order.during:
            if one.after == "tabuk":
                pairs.setdefault((one.before, inside), fact)
            if one.before == "tabuk":
                pairs.setdefault((inside, one.after), fact)
    changed = True
    while changed:
        changed = False
        for (a, b), fact in list(pairs.items()):
            for (c, d), _ in list(pairs.items()):
                if b == c and (a, d) not in pairs:
                    pairs[a, d] = fact
                    changed = True
    return MappingProxyType(pairs)


def order_items(items: tuple[str, ...], facts: dict[str, Fact]) -> Ordering:
    """The items in the order the text states, or the first two it leaves unordered."""
    order = load_event_order()
    named = [event_of(item, order.events) for item in items]
    for index, event in enumerate(named):
        if event is None:
            return Ordering(unplaced=(index,))
    ids = [str(event) for event in named]
    if len(set(ids)) != len(ids):
        return Ordering(unplaced=(ids.index(ids[-1]), len(ids) - 1))
    pairs = _stated(order, facts)
    # (each item after as many of the others as the text puts before it)
    ranked = sorted(range(len(ids)), key=lambda i: sum((other, ids[i]) in pairs for other in ids))
    used: list[Fact] = []
    for first, second in itertools.pairwise(ranked):
        fact = pairs.get((ids[first], ids[second]))
        if fact is None:
            return Ordering(unplaced=tuple(sorted((first, second))))
        if fact not in used:
            used.append(fact)
    return Ordering(order=tuple(ranked), facts=tuple(used))


def stated_before(first: str, second: str, facts: dict[str, Fact]) -> Fact | None:
    """The fact that states event `first` came before event `second` (ids), or None."""
    return _stated(load_event_order(), facts).get((first, second))


def expeditions() -> tuple[Event, ...]:
    """The other expeditions and battles the file names (not Tabuk, nor its own events,
    nor what led to it or followed it)."""
    order = load_event_order()
    return tuple(event for event in order.events if event.id in _EXPEDITIONS)


_EXPEDITIONS = frozenset({"mutah", "badr", "uhud", "khandaq", "khaybar", "fath", "hunayn"})
