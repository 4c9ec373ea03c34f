"""/quizsettings NAME VALUE read into one checked change, or the Arabic reply saying why not.

Pure (no Telegram, no database), so the handler only reads the command and applies the change.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from bot import texts
from bot.quiz_service import (
    MAX_COOLDOWN,
    MAX_QUESTIONS,
    MAX_SECONDS,
    MIN_COOLDOWN,
    MIN_QUESTIONS,
    MIN_SECONDS,
)

# Six digits at most: past that no setting is in range, and int() is never asked to read
# a number of thousands of digits.
_NUMBER = re.compile(r"[0-9]{1,6}")
_DIGITS = str.maketrans(texts.ARABIC_DIGITS, "0123456789" * 2)
_WHO_WORDS = {
    "all": "all", "everyone": "all", **dict.fromkeys(texts.WHO_ALL_WORDS, "all"),
    "admins": "admins", **dict.fromkeys(texts.WHO_ADMINS_WORDS, "admins"),
}  # fmt: skip
# Each number setting: its range and the reply when the value is outside it.
_RANGES = {
    "questions": (MIN_QUESTIONS, MAX_QUESTIONS, texts.SETTINGS_BAD_QUESTIONS),
    "seconds": (MIN_SECONDS, MAX_SECONDS, texts.SETTINGS_BAD_SECONDS),
    "cooldown": (MIN_COOLDOWN, MAX_COOLDOWN, texts.SETTINGS_BAD_COOLDOWN),
}
SETTING_NAMES = ("questions", "seconds", "who", "cooldown")


@dataclass(frozen=True, slots=True)
class SettingChange:
    """One quiz setting's new, checked value; the other fields stay None (unchanged)."""

    questions: int | None = None
    seconds: int | None = None
    who: str | None = None
    cooldown: int | None = None


def whole_number(raw: str) -> int | None:
    """A whole number written in Western or Arabic-Indic digits; None for anything else."""
    value = raw.translate(_DIGITS)
    return int(value) if _NUMBER.fullmatch(value) else None


def read_setting(args: Sequence[str]) -> SettingChange | str:
    """The change `/quizsettings NAME VALUE` asks for, or the reply that explains the mistake."""
    if len(args) != 2 or args[0].lower() not in SETTING_NAMES:
        return texts.SETTINGS_USAGE
    name, raw = args[0].lower(), args[1]
    if name == "who":
        who = _WHO_WORDS.get(raw.lower())
        return texts.SETTINGS_BAD_WHO if who is None else SettingChange(who=who)
    low, high, bad = _RANGES[name]
    value = whole_number(raw)
    if value is None or not low <= value <= high:
        return bad.format(low=low, high=high)
    if name == "questions":
        return SettingChange(questions=value)
    if name == "seconds":
        return SettingChange(seconds=value)
    return SettingChange(cooldown=value)


def changed_text(change: SettingChange) -> str:
    """The confirmation of a change that was applied."""
    if change.who is not None:
        return texts.SETTINGS_WHO_SET.format(who=texts.SETTINGS_WHO_LABELS[change.who])
    if change.questions is not None:
        return texts.SETTINGS_QUESTIONS_SET.format(value=change.questions)
    if change.seconds is not None:
        return texts.SETTINGS_SECONDS_SET.format(value=texts.seconds(change.seconds))
    cooldown = change.cooldown or 0
    shown = texts.minutes(cooldown) if cooldown else texts.SETTINGS_NO_COOLDOWN
    return texts.SETTINGS_COOLDOWN_SET.format(value=shown)
