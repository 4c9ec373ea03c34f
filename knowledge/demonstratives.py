"""Demonstratives, «this» and «that», as Standard Arabic and the dialects type them
(normalised): «هذا/هذه/هذي», Levantine and Gulf «هاد/هادا/هادي/هاي», without the alif
«هدا/هدي», with «ذ» «هاذا/هاذي», Egyptian «ده/دي/دا» and «دول» (these), and «ذلك/تلك/ذاك».
One list for every reader that skips or follows them.
"""

from __future__ import annotations

DEMONSTRATIVES = frozenset(
    "هذا هذه هذي هاد هادا هادي هاي هدا هدي هاذا هاذي ده دي دا دول ذلك تلك ذاك ذلكم".split()
)
