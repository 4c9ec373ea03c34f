"""Hashtags that file a post, set aside before an English message is read (issue 17, en70).

A question copied from Instagram, TikTok or an MSA channel closes with the post's tags: «What
happened at Tabuk? #seerah #islamichistory», «who led the army to dumat al jandal #tabuk
#quiz», or a last line of tags. They file the post under a topic or a channel and ask nothing;
read as words, «islamichistory», «seerah» or «quiz» are words no fact knows and turned an
answer into a question back. A run of tags is taken off where it closes a line that keeps words
of its own before it, and a line of tags alone is taken off when another line keeps words. A
tag inside the sentence («Tell me about #Tabuk and its treaties») is left as it is (its «#» is
read as punctuation), and so is a message that is nothing but tags. «#1», a number, is no tag.

A step of the repairs made before a message is read (knowledge/english_preparation.py).
"""

from __future__ import annotations

import re

# One tag: «#» then a word that opens with a letter (Latin or Arabic), «_» and digits allowed.
_TAG = r"#[^\W\d_][\w'-]*"
# A run of tags closing a line, after at least one character of the line's own text.
_CLOSING_TAGS = re.compile(rf"(?<=\S)[ \t]+(?:{_TAG}[ \t,;]*)+$", re.MULTILINE)
# A line of tags only (emoji, dots or commas between them allowed).
_TAG_LINE = re.compile(rf"^[ \t]*(?:{_TAG}[\W_]*?)+[ \t]*$\n?", re.MULTILINE)
_WORD = re.compile(r"[^\W\d_]")


def without_closing_tags(text: str) -> str:
    """The message without the hashtags that close its lines or stand on a line alone; the
    message as it is when nothing else would be left."""
    rest = _TAG_LINE.sub("", text)
    if not _WORD.search(rest):
        return text
    rest = _CLOSING_TAGS.sub("", rest)
    return rest.strip() if rest.strip() != text.strip() else text
