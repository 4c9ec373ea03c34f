"""`python -m bot ask --explain` names every repair made to a message before its parts are read
(knowledge/repair_trace.py): keycap numbers, words run together or spread letter by letter,
an exam verb a PDF cut in two, letters lost in PDF extraction, hashtags, emoji, and on the
English side a quiz card's furniture and a question word left at the end. The account
explains the message the reply was given for: its decision is the reply's own fact."""

from __future__ import annotations

import io
import json
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

import bot.cli as cli
from knowledge.repair_trace import Repair


@pytest.fixture(scope="module")
def database(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("explain") / "bot.db"


Ask = Callable[..., str]


@pytest.fixture
def ask(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], database: Path
) -> Ask:
    """`python -m bot ask ARGS` through cli.main in this process; its standard output."""

    def run(*args: str, stdin: str = "") -> str:
        monkeypatch.setenv("DATABASE_PATH", str(database))
        monkeypatch.delenv("TELEGRAM_BOT_TOKEN", raising=False)
        raw = io.BytesIO(stdin.encode("utf-8"))
        monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(raw, encoding="utf-8"))
        capsys.readouterr()
        assert cli.main(["ask", *args]) == 0
        return capsys.readouterr().out

    return run


@pytest.mark.parametrize(
    ("message", "repair", "part"),
    [
        # words a phone ran together, cut into the words the facts know
        ("ماهوموقفالمنافقينمنغزوةتبوك",
         "words run together cut apart: «ماهوموقفالمنافقينمنغزوةتبوك» → "
         "«ماهو موقف المنافقين من غزوة تبوك»",
         "1. question: «ماهو موقف المنافقين من غزوة تبوك»"),
        # a word's letters spread apart by PDF extraction
        ("بماذا س م ي الجيش", "letters spread apart joined: «س م ي» → «سمي»",
         "1. question: «بماذا سمي الجيش»"),
        # an exam verb a PDF cut in two: read as the «why» it asks
        ("عل ل: سمي جيش تبوك بجيش العسرة", "an exam verb cut in two joined: «عل ل:» → «علل:»",
         "1. question: «لماذا سمي جيش تبوك بجيش العسرة»"),
        # keycap numbers a channel puts before its options
        ("من كان ملك الروم؟\n1️⃣ كسرى 2️⃣ هرقل",
         "keycap and circled numbers written plain: «1️⃣» → «(1)»; «2️⃣» → «(2)»",
         "1. choice: «من كان ملك الروم؟» (options: كسرى | هرقل)"),
        # letters lost in PDF extraction, the honorific among them
        ("متى خرج النب صلى الله عل ه وسلم إلى تبوك",
         "letters lost in PDF extraction restored: «النب» → «النبي»; «عل ه» → «عليه»",
         "1. question: «متى خرج النبي صلى الله عليه وسلم إلى تبوك»"),
        # a quiz post's hashtags, above and below the question
        ("#سؤال_اليوم\nمتى كانت غزوة تبوك؟\n#غزوة_تبوك #سيرة",
         "hashtag lines dropped: «#سؤال_اليوم ⏎ متى» → «متى»; "
         "«تبوك؟ ⏎ #غزوة_تبوك #سيرة» → «تبوك؟»",
         "1. question: «متى كانت غزوة تبوك؟»"),
        # «ردة فعل» read as the stance the facts are asked about
        ("ردة فعل الروم لما وصل الجيش", "«ردة فعل» read as «موقف»: «ردة فعل» → «موقف»",
         "1. question: «موقف الروم لما وصل الجيش»"),
        # an emoji between two questions, read as a comma
        ("اذكر سبب غزوة تبوك 🤔 ومتى كانت؟",
         "emoji between words or around a line read as punctuation: «تبوك 🤔» → «تبوك،»",
         "2. question: «متى كانت؟»"),
        # English: the router's side, then the same account
        # a quiz app's card: its score and empty answer slot ask nothing
        ("Q3/10 Who gave half of his wealth? (5 pts) Answer: ____",
         "a quiz card's counter, score and answer slot taken off: "
         "«wealth? (5 pts) Answer: ____» → «wealth?»",
         "1. question: «Q3/10 Who gave half of his wealth?»"),
        # a question word left at the end, as learners of English put it
        ("the prophet went to tabuk when?",
         "a question word left at the end put first: «the» → «when the»; «tabuk when?» → «tabuk?»",
         "1. question: «when the prophet went to tabuk?»"),
        # a riddle that asks first
        ("Who am I? I paid the Roman soldiers a year's salary",
         "a riddle asking first told with its question last: «Who am I? I» → «I»; "
         "«salary» → «salary. Who am I?»",
         "1. question: «I paid the Roman soldiers a year's salary. Who am I?»"),
    ],
)  # fmt: skip
def test_each_repair_is_named_with_what_it_changed(
    ask: Ask, message: str, repair: str, part: str
) -> None:
    out = ask("--explain", message)
    head, _, rest = out.partition("parts and their forms")
    assert "repairs before the parts were read:\n" in head, out
    assert f"\n  {repair}\n" in head, out
    assert f"\n  {part}\n" in rest, out


@pytest.mark.parametrize(
    "message",
    [
        "ماهوموقفالمنافقينمنغزوةتبوك",
        "بماذا س م ي الجيش",
        "متى خرج النب صلى الله عل ه وسلم إلى تبوك",
        "ردة فعل الروم لما وصل الجيش",
    ],
)
def test_the_account_decides_as_the_reply_does(
    ask: Ask,
    message: str,
) -> None:
    # (before the repairs were traced, «ماهوموقف…» was explained as one unknown word, «no
    # candidate», while the reply answered with the hypocrites' fact)
    reply = json.loads(ask("--jsonl", stdin=message))
    out = ask("--explain", message)
    assert reply["answered"] and reply["fact_id"], reply
    assert f"\ndecision: answer {reply['fact_id']}\n" in out, out


def test_honorifics_written_in_full_are_named_in_the_reading(
    ask: Ask,
) -> None:
    message = "متى خرج النبي صلى الله عليه وعلى آله وصحبه وسلم تسليما كثيرا إلى تبوك"
    out = ask("--explain", message)
    assert "\n  honorifics dropped: متي خرج النبي الي تبوك\n" in out, out
    assert "decision: answer date" in out, out


def test_a_message_no_repair_changed_opens_with_its_parts(
    ask: Ask,
) -> None:
    out = ask("--explain", "متى كانت غزوة تبوك؟")
    assert out.startswith("parts and their forms:\n  1. question: «متى كانت غزوة تبوك؟»"), out
    assert "repairs before" not in out, out


def test_a_courtesy_is_decided_before_any_repair(
    ask: Ask,
) -> None:
    out = ask("--explain", "thanks a lot!")
    assert "repairs before" not in out and "rule: courtesy: thanks" in out, out


@pytest.mark.parametrize(
    ("before", "after", "shown"),
    [
        ("a b c", "a x c", "«b» → «x»"),
        # a span only taken off or only added is shown with the word before it
        ("a b c", "a c", "«a b» → «a»"),
        ("a c", "a b c", "«a» → «a b»"),
        # at the start, with the word after it; a line break is ⏎
        ("#tag\nq", "q", "«#tag ⏎ q» → «q»"),
        ("a  b", "a b", "spacing only"),
        ("1 2 3 4 5 6", "x 2 x 4 x 6 x", "«1» → «x»; «3» → «x»; «5» → «x»; «6» → «6 x»"),
        # past SHOWN_CHANGES spans, the rest counted
        ("1 2 3 4 5 6 7 8 9 10", "x 2 x 4 x 6 x 8 x 10",
         "«1» → «x»; «3» → «x»; «5» → «x»; «7» → «x»; and 1 more"),
    ],
)  # fmt: skip
def test_a_repair_shows_what_it_changed_span_by_span(before: str, after: str, shown: str) -> None:
    assert Repair("step", before, after).changes() == shown
