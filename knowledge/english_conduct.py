"""«the condition of the munafiqun», «the hypocrites' state», «the stance of the believers»:
the state of a group known by its faith is its conduct.

The hypocrites and the sincere believers are told of in the text by what they did when the
call came (stayed behind and discouraged others; hurried out and gave). Their «condition» is
that conduct, as their «attitude» already reads; read as it is, «condition» draws the fact of
the hard conditions of the time (heat, drought), which tells nothing about either group. The
conditions of the Muslims, of Madinah or of the army stay the hardship.
"""

from __future__ import annotations

# Words naming the state a group was in.
_STATES = frozenset(
    "condition conditions state states situation position stance plight mind mindset mentality "
    "character nature status".split()
)
# Groups the text knows by their conduct at the call (name tokens of the reader).
_FAITH_GROUPS = frozenset({"hypocrite", "believer"})
# Words that may stand between a state and its group («the state of mind of the sincere …»).
_BETWEEN = frozenset("of the mind sincere true their".split())


def conduct_of_groups(tokens: list[str]) -> list[str]:
    """The tokens with a state word of a faith group read as its conduct («behave»)."""
    out = list(tokens)
    for i, token in enumerate(out):
        if token not in _STATES:
            continue
        after = i + 1
        while after < len(out) and out[after] in _BETWEEN:
            after += 1
        owned_after = after < len(out) and after > i + 1 and out[after] in _FAITH_GROUPS
        owned_before = i > 0 and out[i - 1] in _FAITH_GROUPS  # «the hypocrites' condition»
        if owned_after or owned_before:
            out[i] = "behave"
    return out
