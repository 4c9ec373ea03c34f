"""The token never appears in output: logs at every level, uncaught tracebacks, split writes."""

from __future__ import annotations

import asyncio
import io
import logging
import subprocess
import sys
from pathlib import Path

import pytest
from telegram.error import InvalidToken, NetworkError

from bot.logging_setup import RedactingStream, configure_logging
from fake_bot_api import DEFAULT_TOKEN
from tests.conftest import USER_ID, RunningBot, send

ROOT = Path(__file__).resolve().parents[1]
TOKEN = "987654321:AAH-secret-part-that-must-never-be-printed"


def test_a_token_split_across_writes_is_still_redacted() -> None:
    target = io.StringIO()
    stream = RedactingStream(target, [TOKEN])
    stream.write("the token is " + TOKEN[:12])
    stream.write(TOKEN[12:] + " and its half ")
    stream.write(TOKEN.partition(":")[2] + "\n")
    stream.write("tail without newline " + TOKEN)
    stream.flush()
    assert TOKEN.partition(":")[2] not in target.getvalue()
    assert target.getvalue().count("***") == 3


# Slow: a Python subprocess that crashes at start-up.
@pytest.mark.slow
def test_an_uncaught_traceback_at_start_up_does_not_print_the_token() -> None:
    code = (
        "from bot.logging_setup import protect_output\n"
        f"protect_output([{TOKEN!r}])\n"
        f"raise RuntimeError('The token `{TOKEN}` was rejected by the server.')\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=False
    )
    assert result.returncode == 1 and "RuntimeError" in result.stderr
    assert "Traceback" in result.stderr  # the traceback is there, only the token is not
    assert TOKEN not in result.stderr + result.stdout
    assert TOKEN.partition(":")[2] not in result.stderr


async def test_debug_logs_of_a_whole_conversation_never_show_the_token(bot: RunningBot) -> None:
    root = logging.getLogger()
    saved = (list(root.handlers), root.level)
    output = io.StringIO()
    try:
        configure_logging(secrets=[DEFAULT_TOKEN], level=logging.DEBUG, stream=output)
        await send(bot.api, bot.api.private_message(USER_ID, "متى كانت غزوة تبوك"))
        logging.getLogger("test").error(
            "rejected", exc_info=InvalidToken(f"The token `{DEFAULT_TOKEN}` was rejected")
        )
        logging.getLogger("test").warning("polling", exc_info=NetworkError("Bad Gateway"))
        await asyncio.sleep(0.2)
    finally:
        for handler in list(root.handlers):
            root.removeHandler(handler)
        for handler in saved[0]:
            root.addHandler(handler)
        root.setLevel(saved[1])
    text = output.getvalue()
    assert "DEBUG" in text and "sendMessage" in text  # PTB's debug lines were captured
    assert DEFAULT_TOKEN not in text and DEFAULT_TOKEN.partition(":")[2] not in text
    # A network error is one line, not a traceback.
    polling = [line for line in text.splitlines() if " polling " in line]
    assert polling and "Bad Gateway" in polling[0]
    assert "InvalidToken: The token `***` was rejected" in text  # shown, redacted


def test_a_reply_that_is_not_json_is_logged_in_one_line_without_a_traceback() -> None:
    """A wrong TELEGRAM_BASE_URL answered by another web server: one line, no traceback."""
    import json

    out = io.StringIO()
    handler = configure_logging([TOKEN], stream=out)
    try:
        try:
            json.loads("404: Not Found")
        except ValueError:
            logging.getLogger("telegram.request.BaseRequest").exception(
                "Can not load invalid JSON data: %r", "404: Not Found"
            )
    finally:
        logging.getLogger().removeHandler(handler)
    lines = out.getvalue().strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in out.getvalue()
    assert "invalid JSON" in lines[0] and "JSONDecodeError" in lines[0]
