"""How long a test waits for something that will come: one place for every such timeout.

A wait on readiness (the fake Bot API receiving a call, a process ending, a log line) returns
as soon as it comes, so a generous ceiling costs nothing when the machine is idle and saves a
test when it is not: with a load average of ~20 on two cores, `python -m bot run` took more
than 30 s to reach its first getUpdates. These are ceilings on waiting, never figures a test
asserts (a test that checks "within 10 s of SIGTERM" keeps its own number).

CI on a machine of unknown load may stretch them all with TEST_PATIENCE (a factor, default 1);
none grows past CEILING.
"""

from __future__ import annotations

import os

# The most any one wait may take: past it, the test has failed, not the machine been slow.
CEILING = 600.0

_FACTOR = float(os.environ.get("TEST_PATIENCE", "1"))


def patience(seconds: float) -> float:
    """`seconds` stretched by TEST_PATIENCE, at most CEILING."""
    return min(seconds * _FACTOR, CEILING)


# A new `python -m bot …` process: imports, the fact base, the database, its first API call
# (or its one-line refusal). Seen at 35-45 s under a load average of 20; idle it takes ~2 s.
START_UP = patience(180.0)

# A reply or a finished piece of work from a bot that is already running (an answer, an
# import's last edit, a process ending after SIGTERM was sent and the test stopped timing).
REPLY = patience(120.0)

# A whole benchmark-sized run (200 group quizzes through a 429 storm): its own pacing (the
# flood limits) takes about half a minute idle, about two under 12 busy loops on 2 cores.
# (Groups that once got no poll at all under such load were a delivery bug, not this
# ceiling: polls that timed out waiting for a connection were skipped; see
# tests/test_unsent_retry.py.)
LONG_RUN = patience(300.0)
