"""Configuration from the environment; the token is kept out of reprs (and logs, see
logging_setup.RedactingFormatter)."""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

DEFAULT_BASE_URL = "https://api.telegram.org/bot"
DEFAULT_DATABASE_PATH = "data/bot.db"
DEFAULT_TIMEZONE = "Asia/Riyadh"
# Audit log retention: rows (with their before/after snapshots, which /undo needs) older
# than this many days go, and beyond this many rows the oldest whole changes go too.
DEFAULT_AUDIT_KEEP_DAYS = 180
DEFAULT_AUDIT_KEEP_ROWS = 20_000


class ConfigError(ValueError):
    """A setting that cannot be used; the message names the variable."""


class Secret(str):
    """A string whose repr() hides it (e.g. in a logged Config); logs are also redacted."""

    def __repr__(self) -> str:
        return "Secret('***')"


@dataclass(frozen=True, slots=True)
class Config:
    """Everything the bot reads from its environment."""

    token: Secret | None
    base_url: str = DEFAULT_BASE_URL
    database_path: Path = Path(DEFAULT_DATABASE_PATH)
    admin_ids: frozenset[int] = field(default_factory=frozenset)
    timezone: str = DEFAULT_TIMEZONE
    audit_keep_days: int = DEFAULT_AUDIT_KEEP_DAYS
    audit_keep_rows: int = DEFAULT_AUDIT_KEEP_ROWS

    @property
    def tzinfo(self) -> ZoneInfo:
        return ZoneInfo(self.timezone)

    @property
    def base_file_url(self) -> str:
        """Telegram serves files under /file/bot<token>; follow a custom server's prefix."""
        if self.base_url.endswith("/bot"):
            return self.base_url[: -len("bot")] + "file/bot"
        return self.base_url.rstrip("/") + "/file/bot"


def _parse_admin_ids(raw: str) -> frozenset[int]:
    ids: set[int] = set()
    for part in raw.replace(" ", "").split(","):
        if not part:
            continue
        try:
            ids.add(int(part))
        except ValueError:
            raise ConfigError(
                f"ADMIN_IDS must be comma-separated Telegram user ids; {part!r} is not a number"
            ) from None
    return frozenset(ids)


def _positive_int(env: Mapping[str, str], name: str, default: int) -> int:
    raw = env.get(name, "").strip()
    if not raw:
        return default
    if not raw.isascii() or not raw.isdigit() or int(raw) < 1 or len(raw) > 9:
        raise ConfigError(f"{name} must be a whole number of at least 1; {raw[:40]!r} is not")
    return int(raw)


def load_config(environ: Mapping[str, str] | None = None) -> Config:
    """Read and check the settings; raise ConfigError naming what is wrong."""
    env = os.environ if environ is None else environ
    token = env.get("TELEGRAM_BOT_TOKEN", "").strip()
    base_url = env.get("TELEGRAM_BASE_URL", "").strip() or DEFAULT_BASE_URL
    if not base_url.startswith(("http://", "https://")):
        raise ConfigError("TELEGRAM_BASE_URL must start with http:// or https://")
    timezone = env.get("BOT_TIMEZONE", "").strip() or DEFAULT_TIMEZONE
    try:
        ZoneInfo(timezone)
    except (ZoneInfoNotFoundError, ValueError):
        raise ConfigError(
            f"BOT_TIMEZONE {timezone!r} is not a known time zone (e.g. Asia/Riyadh)"
        ) from None
    return Config(
        token=Secret(token) if token else None,
        base_url=base_url,
        database_path=Path(env.get("DATABASE_PATH", "").strip() or DEFAULT_DATABASE_PATH),
        admin_ids=_parse_admin_ids(env.get("ADMIN_IDS", "")),
        timezone=timezone,
        audit_keep_days=_positive_int(env, "AUDIT_KEEP_DAYS", DEFAULT_AUDIT_KEEP_DAYS),
        audit_keep_rows=_positive_int(env, "AUDIT_KEEP_ROWS", DEFAULT_AUDIT_KEEP_ROWS),
    )
