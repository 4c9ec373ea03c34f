"""Admins, and the users the bot has seen (so /admins add @username can find them)."""

from __future__ import annotations

from dataclasses import dataclass

from sqlite_utils import Database

from db.facts import now_iso


@dataclass(frozen=True, slots=True)
class Admin:
    user_id: int
    name: str | None
    added_by: int
    added_at: str


# --- admins ----------------------------------------------------------------------------


def list_admins(db: Database) -> list[Admin]:
    return [
        Admin(row["user_id"], row["name"], row["added_by"], row["added_at"])
        for row in db.query("SELECT * FROM admins ORDER BY added_at, user_id")
    ]


def is_admin(db: Database, user_id: int) -> bool:
    return next(db.query("SELECT 1 FROM admins WHERE user_id = ?", [user_id]), None) is not None


def add_admin(db: Database, user_id: int, added_by: int, name: str | None = None) -> bool:
    """Make `user_id` an admin; False if it already was one."""
    cursor = db.execute(
        "INSERT OR IGNORE INTO admins (user_id, name, added_by, added_at) VALUES (?, ?, ?, ?)",
        [user_id, name, added_by, now_iso()],
    )
    return cursor.rowcount > 0


def remove_admin(db: Database, user_id: int) -> bool:
    """False if `user_id` was not an admin."""
    return db.execute("DELETE FROM admins WHERE user_id = ?", [user_id]).rowcount > 0


# --- users the bot has seen (for /admins add @username) --------------------------------


def remember_user(db: Database, user_id: int, username: str, name: str | None) -> None:
    """Keep the latest @username of a user who wrote where the bot reads."""
    db.execute(
        "INSERT INTO known_users (user_id, username, name, seen_at) VALUES (?, ?, ?, ?) "
        "ON CONFLICT(user_id) DO UPDATE SET username = excluded.username, "
        "name = excluded.name, seen_at = excluded.seen_at",
        [user_id, username.lower(), name, now_iso()],
    )


def user_by_username(db: Database, username: str) -> tuple[int, str | None] | None:
    """The id and name of the user last seen with this @username (quiz players too)."""
    key = username.lstrip("@").lower()
    row = next(
        db.query(
            "SELECT user_id, name FROM known_users WHERE username = ? "
            "ORDER BY seen_at DESC LIMIT 1",
            [key],
        ),
        None,
    )
    if row is None:
        row = next(
            db.query(
                "SELECT user_id, name FROM players WHERE lower(username) = ? "
                "ORDER BY updated_at DESC LIMIT 1",
                [key],
            ),
            None,
        )
    return None if row is None else (int(row["user_id"]), row["name"])
