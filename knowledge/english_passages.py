"""A comprehension exercise: «Read the paragraph, then answer.», a pasted passage, then the
questions on it.

The passage tells, it asks nothing; but a sentence of it with a relative «who» («A group who
only claimed to be Muslims found reasons to stay at home …») was read as a question of its own
and asked back, in place of the «True or False:» line the exercise asks. After a reading
instruction standing on its own line, the blocks of text before the last one (blocks are
separated by an empty line) are the passage and are set aside; the last block holds what is
asked. A passage under a label («Passage: …», «Background passage: …») is left as it was read:
its sentences stay the preamble the questions may point back to.
"""

from __future__ import annotations

import re

# «Read the paragraph, then answer.», «Read and answer:», «Read this short text:», «Read the
# passage below and answer the questions.»
_INSTRUCTION = re.compile(
    r"^\W*read\s+(?:(?:the|this|these)\s+(?:following\s+)?(?:short\s+)?"
    r"(?:paragraph|passage|text|extract|excerpt|lines|account)s?(?:\s+(?:below|carefully))?"
    r"(?:\s*,?\s*(?:then|and)(?:\s+then)?\s+answer(?:\s+the\s+(?:questions?|following))?)?"
    r"|and\s+answer(?:\s+the\s+(?:questions?|following))?)\s*[.:!]*\s*$",
    re.IGNORECASE,
)
_BLOCKS = re.compile(r"\n\s*\n")
_POINTING = re.compile(
    r"\baccording\s+to\s+(?:the|this|your)\s+(?:passage|paragraph|extract|text)\s*,?\s*",
    re.IGNORECASE,
)


def without_passage(text: str) -> str:
    """The text without a comprehension passage pasted after a reading instruction."""
    lines = text.strip().splitlines()
    if not lines or _INSTRUCTION.match(lines[0]) is None:
        return text
    blocks = [b.strip() for b in _BLOCKS.split("\n".join(lines[1:]).strip()) if b.strip()]
    if len(blocks) < 2:
        return text  # no passage apart from the questions: nothing to set aside
    # «According to the passage, …» points to the passage just set aside, so it asks nothing;
    # without a pasted passage the phrase is left for the reader (it may point elsewhere).
    return _POINTING.sub("", blocks[-1])
