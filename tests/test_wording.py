"""The reply's wording: «نعم/لا» only for yes/no questions, misquotes marked in the source."""

import pytest

from bot import texts
from bot.replies import render
from knowledge.base import load_shipped
from knowledge.engine import Outcome
from knowledge.sources import MisquotesError, mark_misquotes, parse_misquotes, shipped_misquotes
from knowledge.wording import fit_answer


@pytest.mark.parametrize(
    ("question", "opens_with"),
    [
        ("هل غزوة تبوك آخر غزوات النبي صلى الله عليه وسلم؟", "نعم،"),
        ("غزوة تبوك هي آخر غزوة للنبي ولا لا؟", "نعم،"),
        ("صحيح أن تبوك آخر غزوة؟", "نعم،"),
        ("هل وقع قتال في غزوة تبوك؟", "لا،"),
        ("ما آخر غزوة غزاها النبي صلى الله عليه وسلم؟", "كانت غزوة تبوك"),
        ("لماذا لم يهاجم النبي صلى الله عليه وسلم الروم في تبوك؟", "لم يقع قتال"),
    ],
)
def test_yes_or_no_opens_only_the_answer_to_a_yes_no_question(
    arabic_engine, question: str, opens_with: str
) -> None:
    reply = arabic_engine.answer(question)
    assert reply.outcome is Outcome.ANSWER
    assert render(reply, arabic_engine).plain.startswith(opens_with)


def test_every_answer_opening_with_yes_or_no_is_a_yes_no_fact() -> None:
    for fact in load_shipped().facts:
        fitted = fit_answer(fact.answer, yes_or_no=False)
        assert not fitted.startswith(("نعم", "لا،")), fact.id
        assert fit_answer(fact.answer, yes_or_no=True) == fact.answer


def test_no_misquoted_verse_is_shown_unmarked(arabic_engine) -> None:
    base = load_shipped()
    misquotes = shipped_misquotes()
    for misquote in misquotes:
        holders = [fact for fact in base.facts if misquote.written in fact.source]
        assert holders, misquote.written  # every listed misquote is in the shipped sources
        for fact in holders:
            shown = render(arabic_engine.answer(fact.questions[0]), arabic_engine).plain
            mark = texts.MISQUOTE_MARK.format(correct=misquote.correct)
            assert f"{misquote.written} {mark}" in shown, fact.id


def test_a_verse_correction_is_the_verse_as_the_answers_quote_it() -> None:
    answers = " ".join(fact.answer for fact in load_shipped().facts)
    verses = [m.correct for m in shipped_misquotes() if "﴿" in m.correct]
    assert len(verses) == 2  # at-Tawbah 117 and 38
    for verse in verses:
        words = verse.split("﴿")[1].split("﴾")[0].rstrip("…")
        assert words in answers


def test_at_tawbah_117_is_marked_with_its_exact_wording() -> None:
    source = "فقال تعالى : لقد رضى الله على النبى والمهاجرين والأنصار الذين اتبعوه فى ساعة العسرة"
    marked = mark_misquotes(source, "[{correct}]")
    assert "لَّقَد تَّابَ اللَّهُ عَلَى النَّبِيِّ وَالْمُهَاجِرِينَ وَالْأَنصَارِ" in marked


def test_a_broken_misquotes_file_is_refused() -> None:
    with pytest.raises(MisquotesError):
        parse_misquotes({"misquotes": [{"written": "abc", "correct": "صواب"}]}, origin="test")
