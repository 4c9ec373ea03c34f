"""The offline chat: again and again on one database, in a group, /export and /import PATH.

The real console (bot.console.run_console) is fed typed lines; it runs the real bot against
the fake Bot API on 127.0.0.1, as `python -m bot chat` does.
"""

import io
import json
import os
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import TextIO

import pytest

from bot import texts
from bot.config import Config
from bot.console import run_console
from db import quiz_chats
from db.connection import open_database


async def _chat(config: Config, lines: list[str], *, group: bool = False) -> str:
    output = io.StringIO()
    await run_console(
        config, input_stream=io.StringIO("\n".join(lines) + "\n"), output=output, group=group
    )
    return output.getvalue()


@pytest.mark.slow
async def test_group_quiz_daily_top_and_stopquiz_twice_on_one_database(
    config: Config, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    first = await _chat(
        config,
        ["/quizsettings cooldown 0", "/quiz", "/stopquiz", "/daily ٨:٣٠ م", "/top"],
        group=True,
    )
    assert texts.CONSOLE_IN_GROUP in first
    assert texts.GROUP_WELCOME.format(bot=texts.BOT_NAME, username="TabukBot") in first
    # The poll was shown as the group's, with where it stands.
    assert f"{texts.CONSOLE_BOT_IN_GROUP}:\n(1/" in first
    assert texts.QUIZ_STOPPED_TITLE in first
    assert "الساعة 20:30 بتوقيت" in first
    assert texts.TOP_TITLE in first

    # A second session on the same database: the group quiz runs again, nothing collides.
    second = await _chat(
        config, ["/group", "/quiz", "/stopquiz", "/private", "متى كانت غزوة تبوك؟"]
    )
    assert texts.CONSOLE_IN_PRIVATE in second and texts.SOURCE_LABEL in second
    assert "(1/" in second and texts.QUIZ_STOPPED_TITLE in second
    assert "Traceback" not in first + second
    db = open_database(config.database_path)
    try:
        runs = list(db.query("SELECT status FROM quiz_runs ORDER BY id"))
        assert len(runs) == 2 and all(run["status"] != "running" for run in runs)
        schedule = quiz_chats.get_schedule(db, -1001000000001)
        assert schedule is not None and schedule.time == "20:30"
    finally:
        db.close()


async def test_export_saves_in_the_current_folder_and_import_path_reads_it(
    config: Config, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    exported = await _chat(config, ["/export"])
    saved = tmp_path / "tabuk-facts.json"
    assert texts.CONSOLE_FILE_SAVED.format(path=saved) in exported
    base = json.loads(saved.read_text("utf-8"))
    assert base["facts"]

    # The file, changed by hand, read back with /import PATH; button 1 confirms.
    base["facts"][0]["answer"] = "جواب عدّله المالك في الملف قبل استيراده من المحادثة."
    edited = tmp_path / "edited.json"
    edited.write_text(json.dumps(base, ensure_ascii=False), "utf-8")
    imported = await _chat(config, [f"/import {edited}", "1", base["facts"][0]["questions"][0]])
    assert "معاينة الاستيراد" in imported
    assert "جواب عدّله المالك في الملف" in imported.rsplit(texts.CONSOLE_BOT, 1)[1]

    missing = await _chat(config, ["/import nosuch.json"])
    assert texts.CONSOLE_NO_FILE.format(path=Path("nosuch.json")) in missing


async def test_a_long_broken_paste_is_answered_and_the_chat_goes_on(
    config: Config, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """2,000+ Arabic characters cut inside a character (as a terminal's line limit does),
    with a lone surrogate: the console keeps going and answers the next question too."""
    monkeypatch.chdir(tmp_path)
    paste = ("ما سبب غزوة تبوك " * 150).encode("utf-8")[:4095]  # ends inside a letter
    broken = paste.decode("utf-8", "surrogateescape") + "\ud83d"
    assert len(broken) > 2000
    output = await _chat(config, [broken, "متى كانت غزوة تبوك؟"])
    assert output.count(texts.CONSOLE_BOT) >= 2
    assert "رجب" in output


async def test_a_superscript_digit_is_a_message_not_a_button(
    config: Config, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """«²» passes str.isdigit() but not int(): typed while an answer's buttons are shown, it is
    sent as a message (the chat went down on it), and the next question is answered."""
    monkeypatch.chdir(tmp_path)
    output = await _chat(config, ["ما سبب غزوة تبوك؟", "²", "متى كانت غزوة تبوك؟"])
    assert output.count(texts.CONSOLE_BOT) >= 3
    assert "رجب" in output


def test_a_terminal_gets_line_editing(monkeypatch: pytest.MonkeyPatch) -> None:
    import sys

    from bot.console import line_reader

    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    terminal = Terminal("")
    monkeypatch.setattr(sys, "stdin", terminal)
    monkeypatch.setattr("builtins.input", lambda: "سؤال")
    read = line_reader(terminal)
    assert "readline" in sys.modules
    assert read() == "سؤال"


_WORKSHEET = "في أي شهر كانت غزوة تبوك؟\nأ) رمضان\nب) رجب\nج) شوال"


async def test_piped_paragraphs_send_a_worksheet_as_one_message(
    config: Config, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`chat --paragraphs < FILE`: a stem and its options up to a blank line are one message,
    answered with the right option; read line by line, each option was a question of its
    own («لا أجد …»)."""
    monkeypatch.chdir(tmp_path)
    output = io.StringIO()
    piped = f"\n{_WORKSHEET}\n\n\nمتى كانت غزوة تبوك؟\n\nخروج\n\nما سبب غزوة تبوك؟\n"
    await run_console(config, input_stream=io.StringIO(piped), output=output, paragraphs=True)
    text = output.getvalue()
    assert text.count(f"{texts.CONSOLE_BOT}:\n") == 2  # the worksheet, the question; then exit
    assert "الجواب: (ب) رجب" in text
    assert "لا أجد" not in text


def test_a_paragraph_ends_at_a_blank_line_or_the_end() -> None:
    from bot.console import MessageReader

    read = MessageReader(io.StringIO("\n\nأ\r\nب\n \nج\n"), paragraphs=True)
    assert [read(), read(), read()] == ["أ\nب", "ج", None]
    # without --paragraphs a piped file is one message per line, as it always was
    read = MessageReader(io.StringIO("أ\nب\n\nج"))
    assert [read(), read(), read(), read(), read()] == ["أ", "ب", "", "ج", None]


@pytest.fixture
def terminal(monkeypatch: pytest.MonkeyPatch) -> Iterator[tuple[int, TextIO]]:
    """A pseudo-terminal as stdin: what is written to the first item is typed at the second."""
    pty = pytest.importorskip("pty")
    master, slave = pty.openpty()
    stdin = open(slave, encoding="utf-8", closefd=True)  # noqa: SIM115 (closed below)
    monkeypatch.setattr(sys, "stdin", stdin)
    try:
        yield master, stdin
    finally:
        stdin.close()
        os.close(master)


def test_lines_pasted_together_at_a_terminal_are_one_message(
    terminal: tuple[int, TextIO],
) -> None:
    from bot.console import MessageReader

    master, stdin = terminal
    read = MessageReader(stdin)
    os.write(master, "متى كانت غزوة تبوك؟\n".encode())
    assert read() == "متى كانت غزوة تبوك؟"  # typed: one line, nothing after it
    os.write(master, f"{_WORKSHEET}\n".encode())
    assert read() == _WORKSHEET  # pasted: the lines arrived together
    os.write(master, b"\x04")  # Ctrl+D
    assert read() is None


async def test_a_worksheet_pasted_at_a_terminal_is_answered_as_one_message(
    config: Config, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, terminal: tuple[int, TextIO]
) -> None:
    """Pasted into the chat, a stem and its options get one reply with the right option (it
    was four replies, the options each «لا أجد …»), and Ctrl+D after it ends the chat."""
    monkeypatch.chdir(tmp_path)
    master, stdin = terminal
    os.write(master, f"{_WORKSHEET}\n\x04".encode())
    output = io.StringIO()
    await run_console(config, input_stream=stdin, output=output)
    text = output.getvalue()
    assert text.count(f"{texts.CONSOLE_BOT}:\n") == 1
    assert "الجواب: (ب) رجب" in text
