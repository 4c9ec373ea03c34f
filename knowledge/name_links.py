"""The words that join the parts of an Arabic name (normalised): the kunya's «أبو» in its
three cases («أبو بكر», «أبي بكر», «أبا بكر»), and with «بن/ابن» (son of) and «عبد» (servant
of) every word that opens a name before the word telling whose it is («عبد الرحمن بن عوف»).
One list for every reader of names.
"""

from __future__ import annotations

KUNYA = frozenset("ابو ابي ابا".split())
NAME_LINKS = KUNYA | frozenset("بن ابن عبد".split())
