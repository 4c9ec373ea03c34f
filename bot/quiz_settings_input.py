"""/quizsettings NAME VALUE read into one checked change, or the Arabic reply saying why not.

Pure (no Telegram, no database), so the handler only reads the command and applies the change.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from bot import texts
from bot.number_words import read_count, whole_number
from bot.quiz_service import (
    MAX_COOLDOWN,
    MAX_QUESTIONS,
    MAX_SECONDS,
    MIN_COOLDOWN,
    MIN_QUESTIONS,
    MIN_SECONDS,
)
from knowledge.normalize import normalize

__all__ = ["SettingChange", "changed_text", "read_setting", "whole_number"]

# Names and values are compared normalised: «الاسئلة», «الأسئلة» and «QUESTIONS» are one.
_WHO_WORDS = {
    normalize(word): who
    for who, words in (
        ("all", ("all", "everyone", *texts.WHO_ALL_WORDS)),
        ("admins", ("admins", *texts.WHO_ADMINS_WORDS)),
    )
    for word in words
}
_NAMES = {
    normalize(word): name for name, words in texts.SETTING_WORDS.items() for word in (name, *words)
}
# Each setting's own names and label words, dropped from its value: «عدد الأسئلة 5» is
# the name «عدد», then «الأسئلة 5», whose «الأسئلة» names the same setting again.
_OWN_WORDS = {
    name: {word for word, named in _NAMES.items() if named == name}
    | {normalize(word) for word in texts.SETTING_LABEL_WORDS[name]}
    for name in texts.SETTING_WORDS
}
# Each number setting: its range and the reply when the value is outside it.
_RANGES = {
    "questions": (MIN_QUESTIONS, MAX_QUESTIONS, texts.SETTINGS_BAD_QUESTIONS),
    "seconds": (MIN_SECONDS, MAX_SECONDS, texts.SETTINGS_BAD_SECONDS),
    "cooldown": (MIN_COOLDOWN, MAX_COOLDOWN, texts.SETTINGS_BAD_COOLDOWN),
}


@dataclass(frozen=True, slots=True)
class SettingChange:
    """One quiz setting's new, checked value; the other fields stay None (unchanged)."""

    questions: int | None = None
    seconds: int | None = None
    who: str | None = None
    cooldown: int | None = None


# A name of up to two words, then a value of at most three: «عدد الأسئلة ثلاث عشرة سؤالًا».
_MOST_WORDS = 5


def read_setting(args: Sequence[str]) -> SettingChange | str:
    """The change `/quizsettings NAME VALUE` asks for, or the reply that explains the mistake.

    VALUE NAME is read too: after the command, a right-to-left screen shows «الأسئلة 5» as
    «5 الأسئلة», and people type what they saw. A number may be written in words, with its
    unit after it («الأسئلة خمسة», «خمسة أسئلة», «الثواني ٣٠ ثانية»)."""
    if not 2 <= len(args) <= _MOST_WORDS:
        return texts.SETTINGS_USAGE
    name, raw = _NAMES.get(normalize(args[0])), list(args[1:])
    if name is None:
        name, raw = _NAMES.get(normalize(args[-1])), list(args[:-1])
    if name is None:
        return texts.SETTINGS_USAGE
    raw = [word for word in raw if normalize(word) not in _OWN_WORDS[name]]
    if not raw:
        return texts.SETTINGS_USAGE
    many = len(raw) > 1
    if name == "who":
        who = _WHO_WORDS.get(normalize(raw[0])) if len(raw) == 1 else None
        if who is None:
            # A one-word value that is no «who»: the two choices. Several words still unread
            # are no mistaken value but an unread command: how to write one.
            return texts.SETTINGS_USAGE if many else texts.SETTINGS_BAD_WHO
        return SettingChange(who=who)
    low, high, bad = _RANGES[name]
    value = read_count(raw, texts.SETTING_UNIT_WORDS[name])
    if value is None and many:
        # Not the range: «5 6» may hold a number in range, and the range reply would
        # contradict the teacher. How to write the command instead.
        return texts.SETTINGS_USAGE
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
