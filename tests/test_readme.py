"""The README and the command reference (docs/usage.md) name only commands, options and
settings that exist, and every setting."""

from __future__ import annotations

import argparse
import re
from pathlib import Path

from telegram.ext import CommandHandler, ConversationHandler

from bot import texts
from bot.app import build_application
from bot.cli import build_parser
from bot.config import Config

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")
# Every command with its options, moved out of the README to keep it short.
USAGE = (ROOT / "docs" / "usage.md").read_text(encoding="utf-8")
# Words after a slash that are not the bot's commands: @BotFather's, the offline chat's own,
# and the Docker volume's path.
NOT_THE_BOTS = {"newbot", "setinline", "setjoingroups", "setprivacy", "group", "private", "data"}


def _section(title: str, text: str = README) -> str:
    """The text under a `## title` heading, up to the next one."""
    return text.split(f"## {title}\n", 1)[1].split("\n## ", 1)[0]


def _subcommands(parser: argparse.ArgumentParser) -> dict[str, argparse.ArgumentParser]:
    (action,) = (a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    return dict(action.choices)


def _options(parser: argparse.ArgumentParser) -> set[str]:
    found = {option for action in parser._actions for option in action.option_strings}
    for sub in (_subcommands(parser) if parser._subparsers else {}).values():
        found |= _options(sub)
    return found


def test_every_setting_in_the_readme_is_in_env_example_and_read_by_the_bot() -> None:
    table = _section("Configuration")
    named = set(re.findall(r"`([A-Z][A-Z_]{3,})`", table))
    example = (ROOT / ".env.example").read_text(encoding="utf-8")
    in_example = set(re.findall(r"^([A-Z][A-Z_]+)=", example, flags=re.MULTILINE))
    assert "TELEGRAM_BOT_TOKEN" in named
    assert named == in_example
    code = "".join(
        (ROOT / "bot" / name).read_text(encoding="utf-8") for name in ("config.py", "cli.py")
    )
    for name in named:
        assert f'"{name}"' in code, name


def test_every_command_line_in_the_readme_parses() -> None:
    parser = build_parser()
    subcommands = _subcommands(parser)
    for sub in re.findall(r"python -m bot (\w+)", README + USAGE):
        assert sub in subcommands, sub
    options = _options(parser)
    for option in re.findall(r"(?<![\w-])(--[a-z][a-z-]+)", _section("Command line", USAGE)):
        assert option in options, option


def _registered_commands(config: Config) -> set[str]:
    """Every command the application has a handler for (conversation steps included)."""
    application = build_application(config)
    registered: set[str] = set()
    handlers = [h for group in application.handlers.values() for h in group]
    for handler in handlers:
        if isinstance(handler, ConversationHandler):
            handlers += [*handler.entry_points, *handler.fallbacks]
        elif isinstance(handler, CommandHandler):
            registered |= set(handler.commands)
    return registered


def _commands_named(text: str) -> set[str]:
    return set(re.findall(r"(?<![\w/@])/([a-z]+)(?![\w/.-])", text)) - NOT_THE_BOTS


def test_every_telegram_command_in_the_readme_is_the_bots(config: Config) -> None:
    named = _commands_named(README + USAGE)
    assert {"quiz", "stopquiz", "stop", "daily", "quizsettings", "undo", "import"} <= named
    assert named <= _registered_commands(config), named - _registered_commands(config)


def test_every_command_help_and_adminhelp_name_is_the_bots(config: Config) -> None:
    registered = _registered_commands(config)
    for text in (texts.HELP, texts.ADMIN_HELP):
        named = _commands_named(text)
        assert len(named) > 5 and named <= registered, named - registered
    assert "stop" in _commands_named(texts.HELP)
