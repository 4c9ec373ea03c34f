"""Reading the time and time zone of /daily as people write them, naming zones in Arabic,
and finding a schedule's minute in its zone.

Pure functions (no Telegram, no database): «٢٠:٣٠», «8:30 م», «8:30 PM», «asia/riyadh»,
«UTC+3» and «مكة» all work.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, time, timedelta
from functools import lru_cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

from bot import texts
from bot.clip import quoted
from knowledge.normalize import normalize

# Arabic-Indic and Persian digits (the same list /quizsettings reads), the Arabic decimal
# separator people type between hours and minutes, and the minus sign.
_DIGITS = str.maketrans(
    texts.ARABIC_DIGITS + texts.ARABIC_DECIMAL_SEPARATOR + "\u2212", "0123456789" * 2 + ":-"
)
_MORNING = {*texts.TIME_MORNING_WORDS, "am", "a.m.", "a.m"}
_EVENING = {*texts.TIME_EVENING_WORDS, "pm", "p.m.", "p.m"}
_TIME = re.compile(r"^(?P<hour>\d{1,2})(?:[:.](?P<minute>\d{2}))?(?P<rest>.*)$", re.DOTALL)
_OFFSET = re.compile(
    r"^(?:utc|gmt)?\s*(?P<sign>[+-])\s*(?P<hours>\d{1,2})(?::?(?P<minutes>\d{2}))?$"
)
_UTC_WORDS = {"utc", "gmt", "z", *texts.UTC_WORDS}


@dataclass(frozen=True, slots=True)
class DailyTime:
    """A valid daily quiz time: «HH:MM» on the 24-hour clock, and an IANA zone name."""

    time: str
    zone: str


@dataclass(frozen=True, slots=True)
class BadTime:
    value: str


@dataclass(frozen=True, slots=True)
class BadZone:
    value: str


@dataclass(frozen=True, slots=True)
class WhichHalf:
    """A bare hour from 1 to 12 («/daily 8»): morning or evening? Asked, never guessed.
    `zone` is the known zone as written after it («القاهرة»), "" when none was."""

    hour: int
    zone: str = ""


def parse_daily(text: str, default_zone: str) -> DailyTime | BadTime | BadZone | WhichHalf:
    """The time (24-hour, 12-hour with ص/م or AM/PM, a bare hour, any digits) and the
    optional zone."""
    plain = " ".join(text.translate(_DIGITS).split())
    match = _TIME.match(plain)
    if match is None:
        return BadTime(quoted(text.strip()))
    hour = int(match.group("hour"))
    minute = int(match.group("minute") or 0)
    rest = match.group("rest")
    words = rest.split()
    half = words[0].lower() if words else ""
    if rest[:1] not in ("", " ") and half not in _MORNING | _EVENING:
        return BadTime(quoted(text.strip()))  # «20:305», «8:30x»
    marked = half in _MORNING or half in _EVENING
    if marked:
        words = words[1:]
        if not 1 <= hour <= 12:
            return BadTime(quoted(text.strip()))
        hour = hour % 12 + (12 if half in _EVENING else 0)
    if hour > 23 or minute > 59:
        return BadTime(quoted(text.strip()))
    zone_text = " ".join(words)
    zone = resolve_zone(zone_text) if zone_text else default_zone
    if zone is None:
        return BadZone(quoted(zone_text))
    if not marked and match.group("minute") is None and 1 <= hour <= 12:
        # «/daily 8» could be morning or evening; «/daily 20» (13-23, or 0) is one hour only.
        return WhichHalf(hour, zone_text)
    return DailyTime(f"{hour:02d}:{minute:02d}", zone)


@lru_cache(maxsize=1)
def _zones_by_lower_name() -> dict[str, str]:
    return {name.lower(): name for name in available_timezones()}


# The areas of the IANA names whose last part is a city («Africa/Cairo»); not Etc/, US/ ...
_CITY_AREAS = frozenset(
    {"Africa", "America", "Antarctica", "Asia", "Atlantic", "Australia", "Europe", "Indian",
     "Pacific"}
)  # fmt: skip


# Cities of the Hejaz as written in Latin letters; IANA names none of them (Asia/Riyadh).
# The same cities' Arabic names («مكة», «المدينة», «جدة») are texts.ZONE_ALIASES, read by
# _arabic_names: those are Arabic words the bot also shows, so they live with its texts;
# these Latin spellings only extend the IANA city table (_zones_by_city) and are shown to
# no one. Two tables for two scripts, not one table written twice.
_HEJAZ_CITIES = dict.fromkeys(
    ("mecca", "makkah", "medina", "madinah", "jeddah", "jiddah"), "Asia/Riyadh"
)


@lru_cache(maxsize=1)
def _zones_by_city() -> dict[str, str]:
    """«cairo», «new york»: a zone by its city, as people write it without the area.

    A city two names share is an old alias of one zone («Asia/Istanbul», «Europe/Istanbul»):
    the one with an Arabic name, else the first, is taken (they keep the same time)."""
    cities: dict[str, list[str]] = {}
    for zone in sorted(available_timezones()):
        area, _, city = zone.rpartition("/")
        if area.split("/")[0] in _CITY_AREAS:
            cities.setdefault(city.replace("_", " ").lower(), []).append(zone)
    return {
        **{
            city: next((zone for zone in zones if zone in texts.ZONE_NAMES), zones[0])
            for city, zones in cities.items()
        },
        **_HEJAZ_CITIES,
    }


@lru_cache(maxsize=1)
def _arabic_names() -> dict[str, str]:
    """Every Arabic zone name as written (with its marks), mapped to its zone."""
    names = {name: zone for zone, name in texts.ZONE_NAMES.items()}
    names.update(texts.ZONE_ALIASES)
    return names


@lru_cache(maxsize=1)
def _zones_by_arabic_name() -> dict[str, str]:
    """Normalized Arabic names; one that two zones share («عمان») is left out, not guessed."""
    names: dict[str, str] = {}
    shared: set[str] = set()
    for name, zone in _arabic_names().items():
        key = normalize(name)
        if names.get(key, zone) != zone:
            shared.add(key)
        names[key] = zone
    return {key: zone for key, zone in names.items() if key not in shared}


def resolve_zone(text: str) -> str | None:
    """An IANA zone for a name in any case, «UTC+3», or a common Arabic name; None if unknown."""
    plain = " ".join(text.translate(_DIGITS).split())
    lowered = plain.lower()
    if lowered in _UTC_WORDS:
        return "UTC"
    offset = _OFFSET.match(lowered)
    if offset is not None:
        return _fixed_offset_zone(offset)
    found = (
        _zones_by_lower_name().get(lowered)
        or _zones_by_city().get(lowered.replace("_", " "))
        or _arabic_names().get(plain)
        or _zones_by_arabic_name().get(normalize(plain))
    )
    if found is None:
        return None
    try:
        ZoneInfo(found)
    except (ZoneInfoNotFoundError, ValueError):
        return None
    return found


def _fixed_offset_zone(offset: re.Match[str]) -> str | None:
    """«UTC+3» as the IANA fixed zone Etc/GMT-3 (whose sign is reversed by convention)."""
    hours = int(offset.group("hours"))
    if int(offset.group("minutes") or 0) != 0 or hours > 14:
        return None  # no IANA fixed zone for half hours; the city's name works instead
    if hours == 0:
        return "UTC"
    sign = "-" if offset.group("sign") == "+" else "+"
    return f"Etc/GMT{sign}{hours}"


def zone_label(zone: str) -> str:
    """How a zone is named in a message: «مكة المكرمة», «UTC+3», or the IANA name."""
    if zone in texts.ZONE_NAMES:
        return texts.ZONE_NAMES[zone]
    fixed = re.fullmatch(r"Etc/GMT([+-])(\d{1,2})", zone)
    if fixed is not None:
        return f"UTC{'-' if fixed.group(1) == '+' else '+'}{fixed.group(2)}"
    return zone


def local_daily_time(at: str, zone: str) -> time:
    """A schedule's «HH:MM» in its zone."""
    hours, minutes = (int(part) for part in at.split(":"))
    return time(hours, minutes, tzinfo=ZoneInfo(zone))


def last_occurrence(at: str, zone: str, now: datetime) -> datetime:
    """The most recent scheduled moment at or before `now`, in the schedule's zone."""
    local_zone = ZoneInfo(zone)
    local_now = now.astimezone(local_zone)
    minute = local_daily_time(at, zone).replace(tzinfo=None)
    today = datetime.combine(local_now.date(), minute, tzinfo=local_zone)
    return today if today <= local_now else today - timedelta(days=1)
