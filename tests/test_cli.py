"""The command-line contract: ask, ask --jsonl, eval, facts export/import."""

import io
import json
import os
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

import bot.cli as cli
from tests.bot_process import run_bot


@dataclass
class Ran:
    returncode: int
    stdout: str
    stderr: str


Cli = Callable[..., Ran]


@pytest.fixture
def cli_main(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> Cli:
    """`python -m bot ARGS` run through cli.main in this process: argparse, the database,
    the replies and the exit code as a subprocess sees them, without a second start-up."""

    def run(*args: str, database: Path, stdin: str | None = None) -> Ran:
        monkeypatch.setenv("DATABASE_PATH", str(database))
        monkeypatch.delenv("TELEGRAM_BOT_TOKEN", raising=False)
        raw = io.BytesIO((stdin or "").encode("utf-8"))
        monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(raw, encoding="utf-8"))
        capsys.readouterr()
        code = cli.main(list(args))
        captured = capsys.readouterr()
        return Ran(code, captured.out, captured.err)

    return run


def _subprocess_bot(*args: str, database: Path) -> subprocess.CompletedProcess[str]:
    return run_bot(*args, env={**os.environ, "DATABASE_PATH": str(database)})


def test_ask_prints_the_reply_with_its_source(tmp_path: Path, cli_main: Cli) -> None:
    result = cli_main("ask", "امتى", "كانت", "غزوة", "تبوك؟", database=tmp_path / "b.db")
    assert result.returncode == 0
    assert "رجب" in result.stdout and "من النص المصدر" in result.stdout


def test_ask_explain_prints_the_terms_candidates_and_deciding_rule(
    tmp_path: Path, cli_main: Cli
) -> None:
    question = "متى خرج النبي عليه الصلاة والسلام الى تبوكك"
    result = cli_main("ask", "--explain", question, database=tmp_path / "b.db")
    assert result.returncode == 0
    out = result.stdout
    assert "honorifics dropped: متي خرج النبي الي تبوكك" in out
    assert "تبوكك ← تبوكك: typo corrected to «تبوك»" in out
    assert "date" in out.split("candidates:")[1].splitlines()[1]
    assert out.rstrip().endswith("rule: close match") and "decision: answer date" in out


def test_ask_explain_shows_each_part_of_a_message(tmp_path: Path, cli_main: Cli) -> None:
    message = "السلام عليكم، عندي بحث للمدرسة. متى خرج الجيش؟ وما سبب تسميته بجيش العسرة؟"
    result = cli_main("ask", "--explain", message, database=tmp_path / "b.db")
    assert result.returncode == 0
    out = result.stdout
    assert out.startswith("parts and their forms:\n  1. question: «متى خرج الجيش؟»")
    assert "--- part 2: «ما سبب تسميته بجيش العسرة؟»" in out
    assert out.count("rule: ") == 2 and "decision: answer army_name" in out


def test_ask_explain_follows_the_router_for_an_english_question(
    tmp_path: Path, cli_main: Cli
) -> None:
    result = cli_main(
        "ask", "--explain", "How many camels did Uthman give?", database=tmp_path / "b.db"
    )
    assert result.returncode == 0
    out = result.stdout
    assert out.startswith("side: English (")
    assert "decision: answer uthman_donation" in out and "\nrule: confident" in out
    assert "unknown to every fact" not in out


def test_ask_jsonl_keeps_order_and_the_contract(tmp_path: Path, cli_main: Cli) -> None:
    questions = ["متى كانت غزوة تبوك", "متى كانت غزوة بدر", "", "من قائد الروم", "😀"]
    result = cli_main(
        "ask", "--jsonl", database=tmp_path / "b.db", stdin="\n".join(questions) + "\n"
    )
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["question"] for r in records] == questions
    for record in records:
        assert set(record) == {
            "question",
            "answered",
            "answer",
            "fact_id",
            "score",
            "suggestions",
            "parts",
        }
        assert isinstance(record["answer"], str) and record["answer"]
    assert records[0]["answered"] and records[0]["fact_id"] == "date"
    assert "رجب" in records[0]["answer"]
    # `answer` is the whole reply text, also when nothing is answered.
    assert not records[1]["answered"] and "بدر" in records[1]["answer"]
    assert records[3]["suggestions"] and set(records[3]["suggestions"][0]) == {
        "fact_id",
        "question",
    }
    assert not any(r["answered"] for r in records[1:])


def test_ask_jsonl_takes_a_json_object_for_a_message_of_several_lines(
    tmp_path: Path, cli_main: Cli
) -> None:
    message = "متى كانت غزوة تبوك؟\nوكم كان عدد جيش المسلمين؟"
    lines = [json.dumps({"question": message}, ensure_ascii=False), "متى كانت غزوة بدر"]
    result = cli_main("ask", "--jsonl", database=tmp_path / "b.db", stdin="\n".join(lines) + "\n")
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["question"] for r in records] == [message, "متى كانت غزوة بدر"]
    assert records[0]["answered"]
    assert [p["fact_id"] for p in records[0]["parts"]] == ["date", "army_size"]
    assert "رجب" in records[0]["answer"] and "أربعين ألف" in records[0]["answer"]
    assert not records[1]["answered"]


def test_ask_jsonl_answered_is_false_when_one_part_is_not_answered(
    tmp_path: Path, cli_main: Cli
) -> None:
    message = "متى كانت غزوة تبوك؟ ومن هو كعب بن مالك؟"
    line = json.dumps({"question": message}, ensure_ascii=False)
    result = cli_main("ask", "--jsonl", database=tmp_path / "b.db", stdin=line + "\n")
    record = json.loads(result.stdout)
    assert record["question"] == message
    assert not record["answered"]
    assert record["parts"][0]["fact_id"] == "date" and record["parts"][1]["fact_id"] is None


def test_eval_prints_rates_per_category(tmp_path: Path, cli_main: Cli) -> None:
    file = tmp_path / "set.jsonl"
    lines = [
        {"question": "متى كانت غزوة تبوك", "expected": "date", "category": "paraphrase"},
        {"question": "متى كانت غزوة بدر", "expected": None, "category": "other_battle"},
    ]
    file.write_text("\n".join(json.dumps(x, ensure_ascii=False) for x in lines), "utf-8")
    result = cli_main("eval", str(file), "--min-rate", "95", database=tmp_path / "b.db")
    assert result.returncode == 0, result.stdout
    assert "paraphrase" in result.stdout and "other_battle" in result.stdout
    assert "answered correctly: 1/1 = 100.0%" in result.stdout
    assert "rejected correctly: 1/1 = 100.0%" in result.stdout


def test_eval_by_rule_tells_which_rule_gave_each_right_and_wrong_answer(
    tmp_path: Path, cli_main: Cli
) -> None:
    """The maintainer sees which deciding rule the wrong answers come from, in counts only."""
    file = tmp_path / "messages.jsonl"
    lines = [
        {"message": "متى كانت غزوة تبوك؟", "parts": [{"expected": "date"}]},
        # labelled with another fact on purpose: the same rule's answer is graded wrong
        {"message": "كم كان عدد جيش المسلمين في غزوة تبوك؟", "parts": [{"expected": "date"}]},
        {"message": "متى كانت غزوة بدر؟", "parts": [{"expected": None}]},
    ]
    rows = [{"form": "headline", "category": "test", "writer": "t", **line} for line in lines]
    file.write_text("\n".join(json.dumps(x, ensure_ascii=False) for x in rows), "utf-8")
    plain = cli_main("eval", str(file), database=tmp_path / "b.db")
    assert "rule that decided" not in plain.stdout
    result = cli_main("eval", str(file), "--by-rule", database=tmp_path / "b.db")
    assert result.returncode == 0, result.stdout
    table = result.stdout.split("rule that decided\n", 1)[1].strip("\n").splitlines()
    # one rule answered both questions: one right, one wrong; the refused part is not listed
    assert table == ["     1     1  answer: close match"], table
    assert "غزوة" not in result.stdout.split("rule that decided", 1)[1]


# Slow: real `python -m bot` processes, for the exit codes and stderr an operator sees.
@pytest.mark.slow
def test_facts_export_then_import_is_lossless(tmp_path) -> None:
    database = tmp_path / "b.db"
    exported = tmp_path / "base.json"
    assert (
        _subprocess_bot("facts", "export", "-o", str(exported), database=database).returncode == 0
    )
    data = json.loads(exported.read_text("utf-8"))
    assert {"facts", "quizzes"} == set(data) and len(data["facts"]) == 36
    fact = data["facts"][0]
    assert {"id", "answer", "questions", "keywords", "answer_type", "source"} == set(fact)
    quiz = data["quizzes"][0]
    assert {"id", "fact_id", "question", "options", "correct", "explanation"} == set(quiz)
    imported = _subprocess_bot("facts", "import", str(exported), database=database)
    assert imported.returncode == 0 and "+0 ~0 -0" in imported.stdout
    again = tmp_path / "again.json"
    _subprocess_bot("facts", "export", "-o", str(again), database=database)
    assert json.loads(again.read_text("utf-8")) == data


# Slow: real `python -m bot` processes, for the exit codes and stderr an operator sees.
@pytest.mark.slow
def test_facts_import_of_a_bad_file_changes_nothing(tmp_path) -> None:
    database = tmp_path / "b.db"
    exported = tmp_path / "base.json"
    _subprocess_bot("facts", "export", "-o", str(exported), database=database)
    data = json.loads(exported.read_text("utf-8"))
    data["facts"][0]["answer"] = "جواب جديد"
    data["quizzes"][5]["correct"] = 9  # one bad record spoils the whole file
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(data, ensure_ascii=False), "utf-8")
    result = _subprocess_bot("facts", "import", str(bad), database=database)
    assert result.returncode == 1 and "nothing imported" in result.stderr
    assert "quiz #5" in result.stderr
    after = tmp_path / "after.json"
    _subprocess_bot("facts", "export", "-o", str(after), database=database)
    assert json.loads(after.read_text("utf-8")) == json.loads(exported.read_text("utf-8"))
