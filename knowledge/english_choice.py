"""Which option of a multiple-choice part a fact's English answer supports, and the readings
of an answer that choice and the verdicts share (what it states, denies and counts).

Kept apart from the verdicts (knowledge/english_engine.py) so each module stays small.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable

from knowledge.english import EnglishMatcher
from knowledge.english_blanks import BLANK
from knowledge.english_cues import (
    ALL_ABOVE,
    BOTH_LABELLED,
    INTENDED,
    NEGATION_FLIPS,
    NEGATION_WORDS,
    NONE_ABOVE,
    SCOPE_SKIP,
    miscounted_period,
)
from knowledge.english_doers import NEUTRAL
from knowledge.english_forms import Part, contradicts, is_negative_stem
from knowledge.english_lexicon import CONTENT_OVERRIDES, NEGATIONS, STOPWORDS, VALUE_CLASSES
from knowledge.english_normalize import normalize_english
from knowledge.english_option_doers import not_the_doer, the_one_doer
from knowledge.english_rules import VALUE_WORDS, told
from knowledge.english_text import concept
from knowledge.models import Fact
from knowledge.tuning import (
    EN_CHOICE_MIN_MARGIN,
    EN_CHOICE_MIN_SUPPORT,
    EN_CHOICE_NOT_MAX_SUPPORT,
    EN_NAMES_WITHOUT_DEED_MAX,
)

# «yes,» or «no,» opening an option: its answer to a yes/no stem. Without a mark after it,
# only before a word that opens a clause («no they fell back»): «no fighting», «no battle»
# is a denial the option makes (it was read «fighting», the deed the answer denies).
_POLARITY = re.compile(
    r"^\s*(yes|no)\b(?:\s*[,.;:\-–—]+\s*|\s+(?=(?:the|they|he|it|there|a|an|we|not|only|but"
    r"|and|because|as|in|at|after|before|with|all|some|many|most|of)\b))(?=\S)",
    re.IGNORECASE,
)


def main_answer(matcher: EnglishMatcher, fact: Fact) -> frozenset[str]:
    """The terms of what the fact's answer itself states (other reports aside)."""
    english = matcher.english(fact.id)
    if english is None:
        return frozenset()
    main = told(english.answer)
    terms = frozenset(matcher.reader.read(main).terms)
    if english.verse is not None:
        # The quoted verse's sura and number belong to what the answer states.
        terms |= {str(english.verse.sura), str(english.verse.verse), "tawbah", "verse"}
    return terms


def only_meant(matcher: EnglishMatcher, answer_text: str) -> frozenset[str]:
    """Deeds an answer says someone only meant to do («... after they had been the ones who
    wanted to attack»): what was meant is not what happened («The Romans attacked»)."""
    if not INTENDED.search(answer_text):
        return frozenset()
    read = matcher.reader.read
    meant = frozenset(read(" ".join(INTENDED.findall(answer_text))).terms)
    done = frozenset(read(INTENDED.sub(" ", answer_text)).terms)
    return meant - done


# What a text says someone did not mean to do («did not wish to attack them»).
_UNMEANT = re.compile(
    r"\b(?:not|never)\s+(?:wish|want|intend|plan|mean)\w*\s+to\s+(\w+)", re.IGNORECASE
)


def unmeant(matcher: EnglishMatcher, answer_text: str, doers: frozenset[str]) -> frozenset[str]:
    """Deeds an answer says the doer did not even mean to do («the Prophet did not wish to
    attack them»), in a clause naming the doer (the statement's subject): a statement that
    he wished to is false by it, one that the Romans wished to is not."""
    if not doers:
        return frozenset()
    deeds: set[str] = set()
    for clause in re.split(r"[.;:,]\s+", answer_text):
        found = _UNMEANT.findall(clause)
        if found and doers <= set(matcher.reader.read(clause).terms):
            deeds |= set(matcher.reader.read(" ".join(found)).terms)
    return frozenset(deeds)


def denied_terms(matcher: EnglishMatcher, text: str) -> frozenset[str]:
    """What a text says is not so: the word right after a negation
    (past «did», «to» ...) and those joined to it by «or»/«nor» are denied («did not
    join», «without fear or hesitation», «neither easy nor simple»)."""
    denied: set[str] = set()
    kept: list[str] = []
    scope = joined = second = False
    for word in normalize_english(text).split():
        if word in NEGATIONS or word in NEGATION_WORDS or (joined and word in ("or", "nor")):
            scope, second = True, joined
            joined = False
            continue
        joined = False
        if scope and word in SCOPE_SKIP:
            continue
        if scope and word.isalpha() and (word not in STOPWORDS or word in CONTENT_OVERRIDES):
            term = concept(word)
            if term not in NEGATION_FLIPS:
                denied.add(term)
                scope, joined = False, True
                continue
        if scope and second and word in STOPWORDS:
            # «neither easy nor simple»: the second word denied is not said either, though a
            # function word («simple» read with «was» before it would be «was easy» said).
            scope = False
            continue
        scope = False
        kept.append(word)
    said = frozenset(matcher.reader.read(" ".join(kept)).terms)
    return frozenset(denied) - said


def clause_denials(matcher: EnglishMatcher, text: str) -> frozenset[str]:
    """What a text denies, read clause by clause: «No, no fighting took place ..., in order
    to spare bloodshed» denies fighting, though another clause names bloodshed."""
    clauses = re.split(r"[:;,.()]", text)
    return frozenset(term for clause in clauses for term in denied_terms(matcher, clause))


def names_only(statement: frozenset[str], typed: Callable[[str], bool]) -> bool:
    """Does a statement with no deed name more values than co-occurrence can settle
    («Khalid went to Dumat al-Jandal with the Prophet»: the Prophet sent him)?"""
    named = [t for t in statement if (typed(t) or t in VALUE_CLASSES) and t != "tabuk"]
    return len(named) > EN_NAMES_WITHOUT_DEED_MAX


# Prepositions that end what a number counts: the words after them say where or when.
_PLACING = frozenset("at in on to from into toward towards near during with by".split())


def counted(matcher: EnglishMatcher, text: str) -> dict[str, str]:
    """Each number of a text with the thing it counts («950 camels» -> 950: camel)."""
    tokens = matcher.reader.fold(normalize_english(text).split())[0]
    pairs: dict[str, str] = {}
    for i, token in enumerate(tokens):
        if not token.isdigit():
            continue
        for after in tokens[i + 1 : i + 3]:
            if after in _PLACING:
                break  # «40,000 at Tabuk», «took 30,000 to Tabuk»: the place is not counted
            if after.isdigit() or (after in STOPWORDS and after not in CONTENT_OVERRIDES):
                continue
            pairs[token] = concept(after)
            break
    return pairs


# People counted under any name: «40,000 Muslims» are the answer's «40,000 fighters».
_COUNTED_PEOPLE = frozenset({"soldier", "muslim", "people", "companion", "army", "believer"})


def _kind(thing: str) -> str:
    """What a count counts, people of any name as one kind."""
    return "soldier" if thing in _COUNTED_PEOPLE else thing


def miscounted(matcher: EnglishMatcher, statement: str, answer: str) -> bool:
    """Does the statement give a number of the answer to another thing than it counts?"""
    said, stated = counted(matcher, statement), counted(matcher, answer)
    return any(n in stated and _kind(stated[n]) != _kind(thing) for n, thing in said.items())


def counted_option(matcher: EnglishMatcher, fact: Fact, part: Part) -> int | None:
    """«How many horses ...? a) 950 b) 50»: among options that are numbers, the one the
    answer gives for the thing the stem counts."""
    numbers = [normalize_english(o).replace(" ", "") for o in part.options]
    if not all(n.isdigit() for n in numbers) or is_negative_stem(part.text):
        return None
    english = matcher.english(fact.id)
    if english is None:
        return None
    stem = BLANK.sub(" 0 ", part.text)
    words = normalize_english(stem).split()
    if "how" in words and "many" in words:
        at = words.index("many")
        stem = " ".join([*words[:at], "0", *words[at + 1 :]])
    thing = counted(matcher, stem).get("0")
    stated = counted(matcher, told(english.answer))
    found = [i for i, n in enumerate(numbers) if stated.get(n) == thing]
    return found[0] if thing is not None and len(found) == 1 else None


def _joined_by(part: Part, overall: int, nothing: list[int]) -> list[int]:
    """The options an «all of the above» option joins: the two a «both (a) and (b)» names
    by their labels, else every other option but a «none of them»."""
    both = BOTH_LABELLED.match(part.options[overall])
    labels = [label.lower() for label in part.labels]
    if both is not None and all(label.lower() in labels for label in both.groups()):
        return [labels.index(label.lower()) for label in both.groups()]
    return [i for i in range(len(part.options)) if i != overall and i not in nothing]


def choose(
    matcher: EnglishMatcher, fact: Fact, part: Part, typed: Callable[[str], bool]
) -> int | None:
    """The option the fact's answer supports (or, for «NOT», the one it does not)."""
    counted = counted_option(matcher, fact, part)
    if counted is not None:
        return counted
    english = matcher.english(fact.id)
    # Only what the answer itself states supports an option, not the words of its phrasings.
    main = main_answer(matcher, fact)
    denied: frozenset[str] = frozenset()
    denials: frozenset[str] = frozenset()
    if english is not None:
        main = main - only_meant(matcher, english.answer)
        said = told(english.answer)
        denied, denials = denied_terms(matcher, said), clause_denials(matcher, said)
    supports: list[float] = []
    options_terms: list[list[str]] = []
    overall = [i for i, option in enumerate(part.options) if ALL_ABOVE.match(option)]
    answer_says_no = english is not None and english.answer.lower().startswith("no,")
    # The stem's words, which an option repeating them does not get support from; not under
    # «NOT» («Which was NOT a difficulty? … c) hardship among the people» names one asked).
    stem = frozenset(
        ()
        if is_negative_stem(part.text)
        else matcher.correct(matcher.reader.read(part.text).terms)
    )
    for full_option in part.options:
        # «Was there a battle? a) yes, a big battle b) no, the Romans withdrew»: «yes,»/«no,»
        # answers the stem; the rest is what the option says.
        polarity = _POLARITY.match(full_option)
        option = full_option[polarity.end() :] if polarity else full_option
        says_yes = polarity is not None and polarity.group(1).lower() == "yes"
        reading = matcher.reader.read(option)
        terms = [t for t in matcher.correct(reading.terms)]
        options_terms.append(terms)
        # «Ghazwa al-Usrah» against «Ghazwa Badr»: the word every option shares with
        # the subject says nothing of which one is right.
        terms = [t for t in terms if t not in NEUTRAL] or terms
        # «Why was it called Jaysh al-Usrah? … d) because it was led by Usrah»: a word the
        # option repeats from the stem is what the question is about, no support for it.
        terms = [t for t in terms if t not in stem] or terms
        # «in a great battle» against «ended without fighting»: what the answer denies.
        option_denied = denied_terms(matcher, reading.normalized)
        if option_denied:
            # «b) no fighting»: its denial is matched with the answer's below; the word
            # «no», which no answer states as a term, is no word of support.
            terms = [t for t in terms if t not in NEGATIONS] or terms
        total = math.fsum(matcher.weight(t) for t in terms)
        shared = math.fsum(matcher.weight(t) for t in terms if t in main)
        # An option holding a value the answer does not state (other reports aside), or
        # the opposite of one it states («all his wealth» against «half»), is not
        # supported at all.
        wrong_value = any(
            (typed(t) or t in VALUE_WORDS) and t not in main and t not in NEUTRAL for t in terms
        )
        asserted = set(terms) - option_denied
        # «two years' pay» against «a year's pay»: the same span counted otherwise.
        recount = english is not None and miscounted_period(option, english.answer)
        # «had no army» against «no fighting took place»: an option denying something is
        # supported only by an answer that denies the same.
        unmatched_denial = not option_denied <= denials
        if (
            wrong_value
            or contradicts(frozenset(terms), main)
            or asserted & denied
            or recount
            or unmatched_denial
            or (says_yes and answer_says_no)
        ):
            shared = 0.0
        supports.append(shared / total if total else 0.0)
    subject_only = [i for i, o in enumerate(options_terms) if o and set(o) <= {"tabuk"}]
    if subject_only and any(
        supports[i] >= EN_CHOICE_MIN_SUPPORT for i in range(len(supports)) if i not in subject_only
    ):
        # «Ukaydir was the ruler of: a) Ayla b) Tabuk c) Dumat al-Jandal»: every answer
        # names the expedition; another supported place is the one the answer tells.
        for i in subject_only:
            supports[i] = 0.0
    nothing = [i for i, option in enumerate(part.options) if NONE_ABOVE.match(option)]
    if len(nothing) == 1 and not is_negative_stem(part.text):
        # «Who gave half his wealth? a) Abu Bakr b) Uthman c) None of the above»: the
        # answer names another of the options' kind («Umar») and supports none of them.
        rest = [i for i in range(len(supports)) if i != nothing[0]]
        kinds = {VALUE_CLASSES.get(t) for i in rest for t in options_terms[i]} - {None}
        if any(VALUE_CLASSES.get(t) in kinds for t in main) and all(
            options_terms[i] and not supports[i] for i in rest
        ):
            return nothing[0]
        supports[nothing[0]] = 0.0
    if len(overall) == 1 and not is_negative_stem(part.text):
        # «d) All of the above»: right when the answer supports every other option;
        # «c) both (a) and (b)» when it supports those two («d) neither» is no such option).
        others = [supports[i] for i in _joined_by(part, overall[0], nothing)]
        if others and min(others) >= EN_CHOICE_MIN_SUPPORT:
            return overall[0]
        supports[overall[0]] = 0.0
    ranked = sorted(range(len(supports)), key=lambda i: supports[i], reverse=True)
    if is_negative_stem(part.text):
        low = ranked[-1]
        others = [supports[i] for i in ranked[:-1]]
        if supports[low] <= EN_CHOICE_NOT_MAX_SUPPORT and min(others) >= EN_CHOICE_MIN_SUPPORT:
            return low
        return None
    best = ranked[0]
    second = supports[ranked[1]] if len(ranked) > 1 else 0.0
    if supports[best] >= EN_CHOICE_MIN_SUPPORT and supports[best] - second >= EN_CHOICE_MIN_MARGIN:
        if not_the_doer(matcher, fact, part.text, part.options[best], typed):
            return None  # «Which army fell back? a) the Muslim army»: named, but not its doer
        return best
    if supports[best] >= EN_CHOICE_MIN_SUPPORT:
        return the_one_doer(matcher, fact, part, supports, typed)
    return None
