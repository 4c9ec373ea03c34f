"""Named schema migrations, applied in order at start-up. Only ever append to MIGRATIONS.

sqlite-utils 4 runs them (its Migrations set "tabuk", recorded in _sqlite_migrations); a
database made by the earlier hand-written runner has its records moved over once, unchanged.
"""

from __future__ import annotations

from collections.abc import Callable

from sqlite_utils import Database, Migrations

# Where the hand-written runner used before sqlite-utils 4 recorded applied migrations.
LEGACY_TABLE = "_migrations"


def _fact_base(db: Database) -> None:
    db.execute(
        """
        CREATE TABLE facts (
            id TEXT PRIMARY KEY,
            answer TEXT NOT NULL,
            answer_type TEXT NOT NULL,
            source TEXT NOT NULL,
            keywords TEXT NOT NULL DEFAULT '[]',
            position INTEGER NOT NULL,
            version INTEGER NOT NULL DEFAULT 1,
            deleted INTEGER NOT NULL DEFAULT 0,
            origin TEXT NOT NULL,
            shipped_hash TEXT,
            edited INTEGER NOT NULL DEFAULT 0,
            updated_at TEXT NOT NULL
        )
        """
    )
    db.execute(
        """
        CREATE TABLE phrasings (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            fact_id TEXT NOT NULL REFERENCES facts(id),
            text TEXT NOT NULL,
            normalized TEXT NOT NULL,
            position INTEGER NOT NULL
        )
        """
    )
    db.execute("CREATE INDEX phrasings_fact ON phrasings(fact_id, position)")
    db.execute("CREATE INDEX phrasings_normalized ON phrasings(normalized)")
    db.execute(
        """
        CREATE TABLE quizzes (
            id TEXT PRIMARY KEY,
            fact_id TEXT NOT NULL REFERENCES facts(id),
            question TEXT NOT NULL,
            options TEXT NOT NULL,
            correct INTEGER NOT NULL,
            explanation TEXT NOT NULL,
            position INTEGER NOT NULL,
            deleted INTEGER NOT NULL DEFAULT 0,
            origin TEXT NOT NULL,
            shipped_hash TEXT,
            edited INTEGER NOT NULL DEFAULT 0,
            updated_at TEXT NOT NULL
        )
        """
    )
    db.execute("CREATE INDEX quizzes_fact ON quizzes(fact_id)")
    db.execute("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)")


def _usage(db: Database) -> None:
    # Questions people asked, without who asked (no user ids, no usernames): what the
    # bot could not answer, which "did you mean" choice was taken, and feedback.
    db.execute(
        """
        CREATE TABLE questions (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            text TEXT NOT NULL,
            normalized TEXT NOT NULL,
            chat_type TEXT NOT NULL,
            outcome TEXT NOT NULL,
            fact_id TEXT,
            score REAL NOT NULL DEFAULT 0,
            suggested TEXT NOT NULL DEFAULT '[]',
            chosen_fact_id TEXT,
            useful INTEGER,
            reviewed INTEGER NOT NULL DEFAULT 0,
            created_at TEXT NOT NULL
        )
        """
    )
    db.execute("CREATE INDEX questions_outcome ON questions(outcome, reviewed)")
    db.execute("CREATE INDEX questions_fact ON questions(fact_id)")
    db.execute("CREATE INDEX questions_normalized ON questions(normalized)")


def _quizzes(db: Database) -> None:
    db.execute(
        """
        CREATE TABLE chats (
            chat_id INTEGER PRIMARY KEY,
            type TEXT NOT NULL,
            title TEXT,
            active INTEGER NOT NULL DEFAULT 1,
            questions INTEGER NOT NULL DEFAULT 5,
            seconds INTEGER NOT NULL DEFAULT 30,
            cycle INTEGER NOT NULL DEFAULT 0,
            updated_at TEXT NOT NULL
        )
        """
    )
    db.execute(
        """
        CREATE TABLE schedules (
            chat_id INTEGER PRIMARY KEY,
            time TEXT NOT NULL,
            timezone TEXT NOT NULL,
            enabled INTEGER NOT NULL DEFAULT 1,
            updated_at TEXT NOT NULL
        )
        """
    )
    db.execute(
        """
        CREATE TABLE quiz_runs (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            chat_id INTEGER NOT NULL,
            kind TEXT NOT NULL,
            run_date TEXT,
            status TEXT NOT NULL,
            items TEXT NOT NULL,
            seconds INTEGER NOT NULL,
            next_index INTEGER NOT NULL DEFAULT 0,
            next_at TEXT,
            started_at TEXT NOT NULL,
            finished_at TEXT
        )
        """
    )
    # The database itself refuses a second running quiz in a chat, or a second daily quiz
    # on the same day: a restart or a doubled job can never send one twice.
    db.execute(
        "CREATE UNIQUE INDEX quiz_runs_one_running ON quiz_runs(chat_id) WHERE status = 'running'"
    )
    db.execute(
        "CREATE UNIQUE INDEX quiz_runs_daily_once ON quiz_runs(chat_id, run_date) "
        "WHERE kind = 'daily'"
    )
    db.execute(
        """
        CREATE TABLE quiz_polls (
            poll_id TEXT PRIMARY KEY,
            run_id INTEGER NOT NULL REFERENCES quiz_runs(id),
            chat_id INTEGER NOT NULL,
            quiz_id TEXT NOT NULL,
            position INTEGER NOT NULL,
            message_id INTEGER,
            options TEXT NOT NULL,
            correct_option INTEGER NOT NULL,
            sent_at TEXT NOT NULL,
            closes_at TEXT NOT NULL
        )
        """
    )
    db.execute("CREATE INDEX quiz_polls_run ON quiz_polls(run_id, position)")
    db.execute(
        """
        CREATE TABLE quiz_answers (
            poll_id TEXT NOT NULL REFERENCES quiz_polls(poll_id),
            user_id INTEGER NOT NULL,
            chat_id INTEGER NOT NULL,
            run_id INTEGER NOT NULL,
            correct INTEGER NOT NULL,
            answered_at TEXT NOT NULL,
            PRIMARY KEY (poll_id, user_id)
        )
        """
    )
    db.execute("CREATE INDEX quiz_answers_chat ON quiz_answers(chat_id, user_id, answered_at)")
    db.execute(
        """
        CREATE TABLE players (
            user_id INTEGER PRIMARY KEY,
            name TEXT NOT NULL,
            username TEXT,
            updated_at TEXT NOT NULL
        )
        """
    )
    db.execute(
        """
        CREATE TABLE chat_items (
            chat_id INTEGER NOT NULL,
            quiz_id TEXT NOT NULL,
            cycle INTEGER NOT NULL,
            asked_at TEXT NOT NULL,
            answers INTEGER NOT NULL DEFAULT 0,
            wrong INTEGER NOT NULL DEFAULT 0,
            PRIMARY KEY (chat_id, quiz_id)
        )
        """
    )


def _admin(db: Database) -> None:
    # Admins added by the owners (ADMIN_IDS); the owners themselves live in the config.
    db.execute(
        """
        CREATE TABLE admins (
            user_id INTEGER PRIMARY KEY,
            name TEXT,
            added_by INTEGER NOT NULL,
            added_at TEXT NOT NULL
        )
        """
    )
    # Every change to the fact base, with snapshots of the fact before and after, so that
    # /history can tell who changed what and /undo can put a fact back. One command that
    # touches several facts (an import) writes one row per fact under one batch id.
    db.execute(
        """
        CREATE TABLE audit_log (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            batch TEXT NOT NULL,
            user_id INTEGER NOT NULL,
            user_name TEXT,
            action TEXT NOT NULL,
            fact_id TEXT,
            before TEXT,
            after TEXT,
            version_after INTEGER,
            detail TEXT,
            undone INTEGER NOT NULL DEFAULT 0,
            created_at TEXT NOT NULL
        )
        """
    )
    db.execute("CREATE INDEX audit_log_fact ON audit_log(fact_id, id)")
    db.execute("CREATE INDEX audit_log_user ON audit_log(user_id, id)")
    # Changes shown as a preview and waiting for the admin's confirm button; `expected` is
    # the fact version (or the whole base's fingerprint) the preview was made from.
    db.execute(
        """
        CREATE TABLE admin_pending (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            user_id INTEGER NOT NULL,
            action TEXT NOT NULL,
            fact_id TEXT,
            payload TEXT NOT NULL,
            expected TEXT NOT NULL,
            created_at TEXT NOT NULL
        )
        """
    )


def _quiz_control(db: Database) -> None:
    # Who may start /quiz ("all" or "admins") and the pause between manual quizzes.
    db.execute("ALTER TABLE chats ADD COLUMN who TEXT NOT NULL DEFAULT 'all'")
    db.execute("ALTER TABLE chats ADD COLUMN cooldown INTEGER NOT NULL DEFAULT 10")
    # The forum topic a daily quiz goes to (the one /daily was set in), if any.
    db.execute("ALTER TABLE schedules ADD COLUMN thread_id INTEGER")
    # The topic a run talks in, and who started it (they may stop it).
    db.execute("ALTER TABLE quiz_runs ADD COLUMN thread_id INTEGER")
    db.execute("ALTER TABLE quiz_runs ADD COLUMN started_by INTEGER")
    # A poll the bot closed early (/stopquiz): answers to it no longer count.
    db.execute("ALTER TABLE quiz_polls ADD COLUMN stopped INTEGER NOT NULL DEFAULT 0")
    # An item the group missed (most answered wrongly, or nobody answered) comes back soon;
    # `retry` marks an item asked again for that reason, so it comes back only once.
    db.execute("ALTER TABLE chat_items ADD COLUMN missed INTEGER NOT NULL DEFAULT 0")
    db.execute("ALTER TABLE chat_items ADD COLUMN retry INTEGER NOT NULL DEFAULT 0")
    db.execute("CREATE INDEX quiz_runs_chat_kind ON quiz_runs(chat_id, kind, status)")


def _update_journal(db: Database) -> None:
    # Updates fetched from Telegram, written before they are acknowledged and marked done
    # after their reply: a crash in between is replayed on restart (db/journal.py).
    db.execute(
        """
        CREATE TABLE update_journal (
            update_id INTEGER PRIMARY KEY,
            payload TEXT,
            received_at REAL NOT NULL,
            done_at REAL
        )
        """
    )
    db.execute(
        "CREATE INDEX update_journal_pending ON update_journal(update_id) WHERE done_at IS NULL"
    )
    db.execute("CREATE INDEX update_journal_done ON update_journal(done_at)")


def _known_users(db: Database) -> None:
    # The @username of users who wrote where the bot reads, so an owner can name a new admin
    # by @username; only users who have one are kept, and only their latest.
    db.execute(
        """
        CREATE TABLE known_users (
            user_id INTEGER PRIMARY KEY,
            username TEXT NOT NULL,
            name TEXT,
            seen_at TEXT NOT NULL
        )
        """
    )
    db.execute("CREATE INDEX known_users_username ON known_users(username)")


def _lean_update_journal(db: Database) -> None:
    # Every handled update rewrites its journal row; each index would add a page to that
    # write. The pending scan and the pruning run once, at start-up: no index is needed.
    db.execute("DROP INDEX IF EXISTS update_journal_pending")
    db.execute("DROP INDEX IF EXISTS update_journal_done")


def _lean_questions(db: Database) -> None:
    # Every answered question inserts a row; each index adds a page to that write (and to
    # the WAL the checkpoints copy and sync). No query reads these two: the review list
    # filters on «reviewed» and «useful» too, popular facts group on COALESCE(fact_id, …).
    db.execute("DROP INDEX IF EXISTS questions_outcome")
    db.execute("DROP INDEX IF EXISTS questions_fact")


def _run_plan(db: Database) -> None:
    # Each run's items with the cycle they count for and their retry mark, so an item is
    # noted as asked when its poll is sent, not when the run starts: a quiz stopped early
    # leaves the questions it never sent for the group's next quiz.
    db.execute("ALTER TABLE quiz_runs ADD COLUMN plan TEXT")


def _quiz_endings(db: Database) -> None:
    # What a quiz owes a chat (its announcement, its summary, a note that it stopped) is
    # written down in the transaction that starts or ends it and crossed out once sent:
    # SIGTERM or a crash before the send no longer loses it, and the restart sends what is
    # left (bot/quiz_outbox.py).
    db.execute(
        """
        CREATE TABLE quiz_outbox (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            run_id INTEGER,
            chat_id INTEGER NOT NULL,
            thread_id INTEGER,
            text TEXT NOT NULL,
            html INTEGER NOT NULL DEFAULT 0,
            lasting INTEGER NOT NULL DEFAULT 0,
            created_at TEXT NOT NULL,
            reply_to INTEGER
        )
        """
    )
    # Why a running quiz is to end at its next step (its poll was closed early), so that
    # a restart in between ends it too instead of sending the next question.
    db.execute("ALTER TABLE quiz_runs ADD COLUMN ending TEXT")


Migration = tuple[str, Callable[[Database], None]]

MIGRATIONS: list[Migration] = [
    ("0001_fact_base", _fact_base),
    ("0002_usage", _usage),
    ("0003_quizzes", _quizzes),
    ("0004_admin", _admin),
    ("0005_quiz_control", _quiz_control),
    ("0006_update_journal", _update_journal),
    ("0007_known_users", _known_users),
    ("0008_lean_update_journal", _lean_update_journal),
    ("0009_lean_questions", _lean_questions),
    ("0010_run_plan", _run_plan),
    ("0011_quiz_endings", _quiz_endings),
]


# sqlite-utils' own runner: each migration and its record in one transaction, by name.
RUNNER = Migrations("tabuk")
for _name, _migrate in MIGRATIONS:
    RUNNER(name=_name)(_migrate)


def _legacy_names(db: Database) -> list[str]:
    """Names recorded by the hand-written runner this project used before (table _migrations)."""
    if LEGACY_TABLE not in db.table_names():
        return []
    return [row["name"] for row in db.query(f"SELECT name FROM {LEGACY_TABLE} ORDER BY rowid")]


def _adopt_legacy_records(db: Database) -> None:
    """Move the old runner's records into sqlite-utils' table, once, keeping names and dates."""
    if LEGACY_TABLE not in db.table_names():
        return
    with db.atomic():
        RUNNER.ensure_migrations_table(db)
        known = {m.name for m in RUNNER.applied(db)}
        for row in db.query(f"SELECT name, applied_at FROM {LEGACY_TABLE} ORDER BY rowid"):
            if row["name"] not in known:
                db.table(Migrations.migrations_table).insert(
                    {
                        "migration_set": RUNNER.name,
                        "name": row["name"],
                        "applied_at": row["applied_at"],
                    }
                )
        db.execute(f"DROP TABLE {LEGACY_TABLE}")


def applied_migrations(db: Database) -> list[str]:
    """Names of the applied migrations, oldest first (read-only: works before they are run)."""
    names = _legacy_names(db)
    return names + [m.name for m in RUNNER.applied(db) if m.name not in names]


def schema_version(db: Database) -> str | None:
    names = applied_migrations(db)
    return names[-1] if names else None


def apply_migrations(db: Database) -> list[str]:
    """Apply every migration not yet applied, each in its own transaction; returns their names."""
    _adopt_legacy_records(db)
    pending = [m.name for m in RUNNER.pending(db)]
    RUNNER.apply(db)
    return pending
