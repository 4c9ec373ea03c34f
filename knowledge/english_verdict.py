"""True or false for an English statement, by one fact's English answer.

The English engine (knowledge/english_engine.py) has chosen the fact a statement is about;
this settles the statement against that fact's answer, and leaves it unsettled (None) when
the answer does not decide it: a wrong verdict is worse than none.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable

from knowledge.english import EnglishMatcher
from knowledge.english_army_names import misnamed
from knowledge.english_choice import (
    clause_denials,
    denied_terms,
    main_answer,
    miscounted,
    names_only,
    only_meant,
    unmeant,
)
from knowledge.english_claimed_reason import unstated_reason
from knowledge.english_counts import (
    PERIODS,
    beyond_bound,
    bound_as_exact,
    implied_by_bound,
    other_owner,
    under_bound,
)
from knowledge.english_cues import INTENDED, NEGATION_WORDS, miscounted_period, misordered
from knowledge.english_decision import PartReply
from knowledge.english_doers import NEUTRAL as _NEUTRAL
from knowledge.english_doers import same_doer
from knowledge.english_forms import contradicts
from knowledge.english_judgements import unstated_judgement
from knowledge.english_lexicon import NEGATIONS, VALUE_CLASSES
from knowledge.english_outlived import outlived
from knowledge.english_paired_details import paired_verdict
from knowledge.english_placing import placed, places_it
from knowledge.english_predicates import unstated_quality
from knowledge.english_roles import done_together, rival_told
from knowledge.english_rules import CLAIMED_DEEDS, DOERS, VALUE_WORDS, told
from knowledge.models import Fact
from knowledge.tuning import (
    EN_TOLD_PLACE_SHARE,
    EN_VERDICT_MIN_COVER,
    EN_VERDICT_SUBJECT_SHARE,
)

# Concepts that say what kind of thing is asked («in Allah's cause» reads as a reason), not a
# thing one fact is about.
_ASKING_CONCEPTS = frozenset({"reason", "result", "name", "mean", "time", "place"})
# Words every statement about Tabuk may hold without saying anything about the fact.
_NEGATIVE = re.compile(r"\b(?:not|no|never|neither|nor|without)\b", re.IGNORECASE)
# A defeat or a loss, as read: it needs a fight («won» may be said of a victory without one).
_WON = frozenset({"defeat", "lose"})
# The two sides: a statement naming the Muslims is not settled by an answer telling only
# of the Romans' side.
_MUSLIM_SIDE = frozenset({"muslim", "prophet"})
_OTHER_SIDE = frozenset({"roman", "mercenary"})
# The other side by its people and their ruler, and its army named as the doer's own.
_ENEMY_SIDE = frozenset({"roman", "mercenary", "heraclius", "ghassan", "lakhm"})
_OWN_ARMY = re.compile(
    r"\b(?:his|their|its)\s+(?:own\s+)?(?:army|armies|forces?|troops|soldiers|men|mercenaries)\b"
)
# A size said as the opposite of the answer's («small» against «such a large number»).
_SIZE_TURNED = tuple(
    (small, large) for small in ("small", "few", "tiny", "little") for large in ("large", "many")
)
# Someone's rule over a place or people: «the chief of Dumat al-Jandal», «king (emperor) of
# the Romans». Tabuk, a word every statement may hold, was no rival value after it: «Ukaydir
# was the chief of Tabuk» was «True» by «the chief of Dumat al-Jandal … the expedition of Tabuk».
_RULER_OF = re.compile(
    r"\b(?:chief|ruler|king|emperor|prince|lord|governor)\s+(?:\(\w+\)\s+)?of\s+(?:the\s+)?"
    r"(?P<place>[\w'-]+)",
    re.IGNORECASE,
)


class EnglishVerdicts:
    """Settles statements against the English answers of one matcher's facts."""

    def __init__(self, matcher: EnglishMatcher, is_typed: Callable[[str], bool]) -> None:
        self.matcher = matcher
        # Whether a term is a value of a kind (a number, a person, a place).
        self._is_typed = is_typed
        self._text_denials: frozenset[str] | None = None

    def _denied_in_text(self) -> frozenset[str]:
        """What any fact's answer denies, clause by clause («no fighting took place»)."""
        if self._text_denials is None:
            denied: set[str] = set()
            for fact_id in self.matcher.fact_ids():
                english = self.matcher.english(fact_id)
                if english is not None:
                    denied |= clause_denials(self.matcher, told(english.answer))
            self._text_denials = frozenset(denied)
        return self._text_denials

    def verdict(self, fact: Fact, decision: PartReply) -> bool | None:
        """True or false by the fact's answer; None when the answer does not settle it. A
        detail the answer does not hold is false when the text gives it to another person
        beside this one (knowledge/english_paired_details.py)."""
        if decision.reading is not None and self._unplaced(fact, decision.reading.tokens):
            return None  # «Tabuk is in Syria»: the answer does not say where Tabuk lies
        settled = self._verdict(fact, decision)
        if settled is None and decision.reading is not None:
            return paired_verdict(self.matcher, fact, decision.reading)
        return settled

    def _verdict(self, fact: Fact, decision: PartReply) -> bool | None:
        settled = self._settled(fact, decision)
        reading = decision.reading
        english = self.matcher.english(fact.id)
        if settled is not True or reading is None or english is None:
            return settled
        told_tokens = self.matcher.reader.read(told(english.answer)).tokens
        if beyond_bound(reading.tokens, told_tokens):
            # «The Muslim army was 50,000» against «more than 40,000»: allowed, not stated.
            return None
        if unstated_quality(reading.normalized, english.answer) is not None:
            return None  # «Equipping the army was simple»: the gifts fact says nothing of it
        if unstated_judgement(reading.normalized, english) is not None:
            return None  # «The hypocrites were praised in the Quran»: no praise is told of them
        return True

    def _settled(self, fact: Fact, decision: PartReply) -> bool | None:
        reading = decision.reading
        english = self.matcher.english(fact.id)
        if reading is None or english is None:
            return None
        answer = main_answer(self.matcher, fact)
        statement = frozenset(self.matcher.correct(reading.terms))
        if "mutah" in answer and "mutah" not in statement:
            # «The Muslims defeated the Romans at Tabuk»: what the answer tells of Mu'tah does
            # not settle a statement about Tabuk.
            return None
        if self._ruled_elsewhere(reading.normalized, told(english.answer)):
            return None if reading.negated else False  # «Ukaydir was the chief of Tabuk»
        if self._own_army_untold(reading.terms, reading.normalized, answer):
            return None  # «Heraclius led his army to Tabuk»: the leader fact tells the Muslims'
        if misnamed(self.matcher, fact, reading):
            return False  # «… was called the Army of Victory» against «the Army of Hardship»
        if not reading.negated and self._allied_elsewhere(answer, statement):
            return False  # «The Ghassanids were allies of the Muslims»: the Romans brought them
        if statement & only_meant(self.matcher, english.answer) and not INTENDED.search(
            reading.normalized
        ):
            # «The Romans attacked when the Muslims arrived» against «... after they had been
            # the ones who wanted to attack»: the answer does not say it happened.
            return None
        stated = told(english.answer)
        denied = denied_terms(self.matcher, stated)
        # What the statement says someone only meant to do («The Romans wanted to attack but
        # fell back») is no deed claimed: a denial of that deed does not make it false.
        meant = only_meant(self.matcher, reading.normalized)
        doers = frozenset(t for t in reading.terms[:1] if t in DOERS)  # its subject
        if meant & unmeant(self.matcher, stated, doers) and not reading.negated:
            return False  # «The Prophet wished to attack them» against «did not wish to»
        if meant - only_meant(self.matcher, stated):
            return None  # «The hypocrites wanted to join»: what they meant is not told
        said_denied = denied_terms(self.matcher, reading.normalized) | meant
        # What the statement denies is not what it claims («not killed» does not clash with
        # «spared»; «not in a time of plenty» does not clash with «hardship»).
        # Nor is what the answer denies stated («without fear» states no fear).
        if contradicts(statement - said_denied, answer - denied):
            # A negated statement may deny the whole clause: not settled rather than false.
            return None if reading.negated else False
        if (statement - said_denied) & denied and not reading.negated:
            if any(small in statement and large in answer for small, large in _SIZE_TURNED):
                # «The Romans expected only a small force» against «did not expect such a
                # large number»: the denial and the size both turned, the same claim.
                return None
            # «The hypocrites eagerly joined the army»: the answer says they did not join.
            return False
        if (
            not reading.negated
            and english.answer.lower().startswith("no,")
            and (statement - said_denied) & clause_denials(self.matcher, stated) & CLAIMED_DEEDS
        ):
            # «The Prophet fought Heraclius himself» against «No, no fighting took place»: a
            # deed the answer says never happened happened with no one, whoever is named.
            return False
        if (
            not reading.negated
            and (statement - said_denied) & _WON
            and "fight" not in said_denied
            and "fight" in clause_denials(self.matcher, stated)
        ):
            # «The Muslims defeated the Byzantines at Tabuk» against «ended without fighting»:
            # no one is defeated where no one fought.
            return False
        # («more than 30,000» against «more than 40,000» follows from it: no rival figure)
        told_tokens = self.matcher.reader.read(stated).tokens
        if not reading.negated and under_bound(reading.tokens, told_tokens):
            return False  # «fewer than 40,000» against «more than forty thousand (40,000)»
        implied = implied_by_bound(reading.tokens, told_tokens)
        # («50,000» against «more than 40,000» is allowed by it: no rival figure either)
        implied |= beyond_bound(reading.tokens, told_tokens)
        unstated = [
            t
            for t in statement
            if self._is_typed(t) and t not in answer and t not in _NEUTRAL and t not in implied
        ]
        # A rival is another value the answer gives that the statement does not name itself
        # («Uthman was praised by the Prophet»: the Prophet is no rival of Uthman).
        rivalled = [t for t in unstated if self._rival_in(t, answer - statement)]
        counts = [t for t in statement if t.isdigit()]
        if other_owner(self.matcher, english.answer, statement, counts):
            # «The army had 40,000 (or 950) camels» against «Uthman gave 950 camels»: a count
            # of another owner settles neither way.
            return None
        if rivalled and all(self._told_elsewhere(t, fact, statement) for t in rivalled):
            # «The people of Ayla paid jizya»: Ayla's own treaty is told in another fact,
            # whose terms the text does not give; Dumat al-Jandal's jizya does not settle it.
            return None
        if rivalled and not rival_told(
            self.matcher, english.answer, statement, rivalled, self._is_typed
        ):
            return None  # «Ukaydir accepted Islam»: the Prophet is named, but not as its doer
        if (
            rivalled
            and all(VALUE_CLASSES.get(t) == "person" for t in rivalled)
            and done_together(self.matcher, english.answer, statement, self._is_typed)
        ):
            return None  # «Abu Bakr went out with the army» against «the Muslim army went»
        if rivalled:
            # «Umar did not give all his wealth» against «Abu Bakr gave all his wealth»: a
            # denial about another person is not settled by it.
            return None if reading.negated else False
        # spans of time: one is false against another the answer gives (a date aside)
        periods = statement & PERIODS
        if (
            periods
            and answer & PERIODS
            and not periods & answer
            and not self.matcher.dated(reading)
        ):
            return False  # «a month's pay in advance» against «a year's pay»
        if miscounted_period(reading.normalized, stated) or misordered(reading.normalized, stated):
            return False  # «two years' pay» against «a year's»; «before Tabuk» against «after»
        if miscounted(self.matcher, reading.normalized, stated):
            return False  # «Uthman gave 950 horses» against «950 camels, 50 horses»
        if unstated:
            return None  # «Delegations came to Madinah»: the answer names no place at all
        shares = [t for t in statement if t in VALUE_WORDS and t not in answer]
        if shares and VALUE_WORDS & answer:
            return False  # «one third of his wealth» against «half»
        if shares:
            return None  # «Uthman gave all his wealth»: a share the answer does not state
        fact_negative = english.answer.lower().startswith("no,")
        said_not = reading.negated or "refuse" in statement
        if said_not and not fact_negative:
            # «... refused to pay jizya»: false where the answer says nothing negative; true
            # where it denies what the statement denies («they did not join ...»), else not
            # settled.
            # «Ukaydir was not killed» against «spared his life»: the answer states the
            # opposite of what the statement denies.
            opposed = bool(said_denied) and all(
                contradicts(frozenset({t}), answer) for t in said_denied
            )
            if not opposed and not (said_denied and said_denied <= denied):
                return None if _NEGATIVE.search(english.answer) else False
            statement -= said_denied
        if fact_negative and not said_not:
            return False
        if fact_negative and not said_denied <= clause_denials(self.matcher, stated):
            return None  # «Tabuk had no army» against «no fighting took place»
        rest = [
            t
            for t in statement
            if t not in _NEUTRAL and not self._is_typed(t) and t not in NEGATIONS
        ]
        # «The Romans withdrew without fighting»: a deed the statement denies that the text
        # denies too («No, no fighting took place») agrees with it, and is no word this answer
        # must tell (nor its «without»); it was left unsettled, the retreat fact never saying
        # «fight». A deed only: «without fear» is the believers' alone.
        agreed = said_denied & self._denied_in_text() & CLAIMED_DEEDS
        if agreed and not reading.negated:
            rest = [t for t in rest if t not in agreed and t not in NEGATION_WORDS]
        if not rest and names_only(statement, self._is_typed):
            return None  # «Khalid went to Dumat al-Jandal with the Prophet»: no deed to check
        if rest:
            vocabulary = (
                answer
                | self.matcher.answer_terms(fact.id)
                | self._own_subject(fact, statement, rest, answer)
            )
            total = math.fsum(self.matcher.weight(t) for t in rest)
            covered = math.fsum(self.matcher.weight(t) for t in rest if t in vocabulary)
            if covered / total < EN_VERDICT_MIN_COVER:
                return None
            if any(
                t in CLAIMED_DEEDS
                and t not in vocabulary
                and not self.matcher.asks_about(fact.id, t, 0.01)
                for t in rest
            ):
                return None  # «The delegations came to fight the Prophet»: a deed not told
            if any(
                t not in vocabulary
                and t not in _ASKING_CONCEPTS
                and not self.matcher.knows(fact.id, t)
                and any(
                    self.matcher.asks_about(other, t)
                    for other in self.matcher.fact_ids()
                    if other != fact.id
                )
                for t in rest
            ):
                # «The hypocrites supported the army with their wealth»: the wealth given is
                # another fact's subject, which this answer does not tell of its doer.
                return None
        if unstated_reason(self.matcher, reading, answer | self.matcher.answer_terms(fact.id)):
            return None  # «called the Army of Hardship because it was large»: not the reason
        if self._other_side_only(fact, statement - said_denied):
            return None  # «Heraclius paid the Muslims a year's wages»: he paid his mercenaries
        if outlived(self.matcher, english.answer, reading):
            return False  # «Khalid was killed at Mu'tah»: the answer has him act after the deaths
        if bound_as_exact(reading.tokens, told_tokens):
            return None  # «40,000 went to Tabuk» against «more than 40,000»: not what it says
        # «The Muslims retreated», «Khalid spared Ukaydir»: the answer's words, but another
        # doer; true only when the answer's sentence with the deed has the same doer.
        return True if same_doer(self.matcher, english.answer, reading, self._is_typed) else None

    def _unplaced(self, fact: Fact, tokens: tuple[str, ...]) -> bool:
        """Does the statement place a place somewhere the fact's answer does not place it
        (knowledge/english_placing.py)?"""
        claim = placed(tokens)
        english = self.matcher.english(fact.id)
        if claim is None or english is None:
            return False
        answer_tokens = self.matcher.reader.read(told(english.answer)).tokens
        return not places_it(answer_tokens, *claim)

    def _own_subject(
        self, fact: Fact, statement: frozenset[str], rest: list[str], answer: frozenset[str]
    ) -> frozenset[str]:
        """The fact's own subject words («enemy» for the enemy), counted as told when the
        statement gives the answer's own value and says nothing else («The enemy at Tabuk was
        the Romans»: the answer says «against the Romans», never «enemy»)."""
        values = {t for t in statement & answer if self._is_typed(t) and t != "tabuk"}
        subjects = frozenset(
            t for t in rest if self.matcher.asks_about(fact.id, t, EN_VERDICT_SUBJECT_SHARE)
        )
        if not values or not subjects or any(t not in subjects and t not in answer for t in rest):
            return frozenset()
        return subjects

    @staticmethod
    def _ruled_elsewhere(statement: str, answer: str) -> bool:
        """Does the statement make someone the ruler of Tabuk where the answer's ruler rules
        another place or people?"""
        claimed = _RULER_OF.search(statement)
        told_ruler = _RULER_OF.search(answer)
        return (
            claimed is not None
            and claimed.group("place").lower() == "tabuk"
            and told_ruler is not None
            and told_ruler.group("place").lower() != "tabuk"
        )

    @staticmethod
    def _own_army_untold(terms: tuple[str, ...], normalized: str, answer: frozenset[str]) -> bool:
        """Does the statement tell of the other side's own army («Heraclius led his army in
        person to Tabuk», «The Romans sent their troops») where the answer names no one of
        that side? The answer's army is the Muslims': the Prophet leading it says nothing of
        Heraclius leading his (it was «False» as a deed given to the wrong person)."""
        return (
            bool(terms)
            and terms[0] in _ENEMY_SIDE
            and _OWN_ARMY.search(normalized) is not None
            and not answer & _ENEMY_SIDE
        )

    @staticmethod
    def _allied_elsewhere(answer: frozenset[str], statement: frozenset[str]) -> bool:
        """Does the statement put a people on the Muslims' side («allies of the Muslims»,
        «fought on the Muslim side») that the answer names only with the Romans? Co-occurring
        with the people and the alliance, the Muslims (a word every statement may hold) were
        no rival, and «allied with the Romans» made it «True»."""
        people = {t for t in statement if VALUE_CLASSES.get(t) == "people" and t != "roman"}
        return (
            "ally" in statement
            and bool(statement & _MUSLIM_SIDE)
            and "roman" not in statement
            and bool(people)
            and people <= answer
            and "roman" in answer
            and not answer & _MUSLIM_SIDE
        )

    def _other_side_only(self, fact: Fact, statement: frozenset[str]) -> bool:
        """Does the statement name the Muslims where the answer tells only of the other side
        (the Romans, their mercenaries), naming neither the Muslims nor the Prophet, and gives
        a deed or role the statement claims to that side? It was done by or to the Romans'
        side, not the Muslims'. («The enemy of the Muslims was the Romans»: the answer never
        writes «enemy», its subject; it is the Muslims' enemy.)"""
        told = self.matcher.answer_terms(fact.id)
        if not statement & _MUSLIM_SIDE or told & _MUSLIM_SIDE or not told & _OTHER_SIDE:
            return False
        return any(t in told and t not in _NEUTRAL and not self._is_typed(t) for t in statement)

    def _told_elsewhere(self, term: str, fact: Fact, statement: frozenset[str]) -> bool:
        """Is a place or people told of by another fact that also knows more of the statement
        («the people of Ayla»: the treaties), so the statement may belong to that fact?"""
        if VALUE_CLASSES.get(term) not in ("place", "people"):
            return False
        rest = {t for t in statement if t != term and t not in _NEUTRAL and not self._is_typed(t)}
        return any(
            self.matcher.asks_about(other, term, EN_TOLD_PLACE_SHARE)
            and rest & self.matcher.answer_terms(other)
            for other in self.matcher.fact_ids()
            if other != fact.id
        )

    def _rival_in(self, term: str, answer: frozenset[str]) -> bool:
        """Does the answer name another value of the term's class (or is the term unclassed)?"""
        kind = "number" if term.isdigit() else VALUE_CLASSES.get(term)
        if kind is None:
            return True
        return any(
            ("number" if t.isdigit() else VALUE_CLASSES.get(t)) == kind and t != "tabuk"
            for t in answer
        )
