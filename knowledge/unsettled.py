"""Statements the fact's words seem to confirm, yet claim more than the fact does.

The statement judge (knowledge/statements.py) says «صحيح» when one fact states every detail
a statement names and nearly all its words. These checks find the cases where that is still
not the text's claim, so the reply is «not settled» rather than a confident «صحيح»:
- a closing clause joined by «و» whose words the fact never states («… ونقص في الماء»),
  or states only its verb, not what it is done with («… وأعطاهم السلاح»).
"""

from __future__ import annotations

from knowledge.analysis import is_stopword
from knowledge.answer_keys import forms_of, words_of
from knowledge.models import Fact


def claims_more(fact: Fact, statement: str) -> bool:
    """Whether the statement adds a claim the fact does not make."""
    return added_clause(fact, statement)


def added_clause(fact: Fact, statement: str) -> bool:
    """Whether the statement ends with a clause joined by «و» that claims what the fact
    never says («… ونقص في الماء»: none of its words is the fact's; «… وأعطاهم السلاح»:
    only its verb is, none of what follows)."""
    words = words_of(statement)
    stated = forms_of(words_of(f"{fact.answer} {fact.source}"))
    for index in range(3, len(words)):
        if not words[index].startswith("و") or len(words[index]) < 4:
            continue
        own = [w for w in words[index:] if not is_stopword(w) and len(w) > 2]
        unstated = [forms_of((w,)).isdisjoint(stated) for w in own]
        if own and all(unstated):
            return True
        # (the verb alone repeats the fact's; its object is the new claim)
        if len(own) >= 2 and all(unstated[1:]):
            return True
    return False
