"""The code-point ranges of emoji, for regular-expression character classes: one place, so
that every reader that skips or reads emoji means the same characters."""

from __future__ import annotations

# Pictographs: faces, hands, objects, signs («🤔 😭 🔹 🔸 🔴»).
PICTOGRAPHS = "\U0001f300-\U0001faff"
# Miscellaneous symbols and dingbats («☀ ✓ ✗ ❌ ✅ ❓ ✨ ❤»).
SYMBOLS = "\u2600-\u27bf"
# Arrows and geometric shapes («⬅ ⬛ ⭐»).
SHAPES = "\u2b00-\u2bff"
