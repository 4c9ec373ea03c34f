"""Many groups at the same minute, Telegram's limits enforced, 429 storms and 5xx errors."""

from bot.benchmarks.quiz_scale import run_scale


async def test_every_group_gets_its_quiz_exactly_once_under_limits_and_faults() -> None:
    result = await run_scale(40, questions=1, seconds=5, storm_429=15, errors_5xx=6, timeout=120)
    assert result.problems == []
    assert result.messages == 40 * 3  # announcement, poll, summary
    assert result.rejected_429 >= 15 and result.failed_5xx >= 6  # the faults did happen
