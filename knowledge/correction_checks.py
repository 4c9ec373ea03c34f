"""Whether a fact the statement is checked against corrects it, and whether it states a
claimed detail: the statement judge's (knowledge/statements.py) questions about one fact.

A fact that gives another value of a claimed detail's kind is not always a correction (an
ally of the side it names, a head acting for his town, a person whose own fact is silent),
and a fact that seems to confirm a detail may tell it of someone else. These checks hold
however the fact was found, so the judge and the unsure corrections ask them alike.
"""

from __future__ import annotations

from knowledge.allies import allied_parties
from knowledge.answer_keys import AnswerKeys, SlotKind, mentions, words_of
from knowledge.claim_reading import Claim
from knowledge.engine import AnswerEngine
from knowledge.fact_checks import FactChecks, in_passing
from knowledge.fear_roles import fear_of_another
from knowledge.models import Fact
from knowledge.muslim_side import romans_only_for_the_muslims
from knowledge.named_after import claimed_of_another
from knowledge.statement_masking import co_listed
from knowledge.statement_sides import the_muslims_army
from knowledge.unsettled import Head, acts_for_headed, heads_told

# A share and a figure both tell how much someone gave: either stated is his gift stated.
_AMOUNTS = frozenset({SlotKind.SHARE, SlotKind.NUMBER})


class CorrectionChecks:
    """What the statement judge asks of one fact and a claimed detail (its methods are bound
    as the judge's own: riddles, options and unsure corrections call them through it)."""

    def __init__(self, engine: AnswerEngine, keys: AnswerKeys, checks: FactChecks) -> None:
        self._engine = engine
        self._keys = keys
        self.slots = checks.slots
        self.check = checks.check
        self.may_differ = checks.may_differ
        self._army_names: tuple[tuple[str, ...], ...] | None = None
        self._heads: tuple[Head, ...] | None = None

    def of_another(self, fact: Fact, statement: str) -> bool:
        """«حقن النبي دم خالد»: the fact tells the sparing of Ukaydir, naming Khalid after it
        for another act (knowledge/named_after.py); it does not confirm it of Khalid."""
        matcher = self._engine.matcher
        profile = matcher.profile(fact.id)
        return profile is not None and claimed_of_another(statement, profile, matcher.vocabulary)

    def paired_elsewhere(
        self,
        place: Claim,
        claims: list[Claim],
        judged: list[tuple[Fact, int]],
        *,
        its_people: bool = False,
    ) -> bool:
        """Whether a fact none of the unsure candidates is states the place claimed with every
        person the statement names (the treaties: Ayla and the Prophet). The text then speaks
        of that place and person together, so another place's deed corrects neither; with a
        person no such fact pairs with it («صالحت أيلة خالدًا»), the place is Khalid's errand.
        With `its_people` («دفع أهل أيلة الجزية»: the people of the place act, no one else
        named), a fact naming the place is enough: the treaties name the people of Ayla and
        are silent on their terms."""
        people = [c for c in claims if c.kind is SlotKind.PERSON]
        candidates = {fact.id for fact, _ in judged}
        # (nor a whole of theirs, the outcome or the overview, which tells every deed in turn)
        wholes = {whole for fact_id in candidates for whole in self._engine.wholes(fact_id)}
        # (only the facts check() may not give 0 for the place: see FactChecks.may_differ)
        return (bool(people) or its_people) and any(
            fact.id not in candidates | wholes
            and self.check(fact, place) > 0
            and all(self.check(fact, person) > 0 for person in people)
            for fact in self.may_differ(place)
        )

    def no_correction(self, fact: Fact, claim: Claim, statement: str, claims: list[Claim]) -> bool:
        """Whether a fact that gives another value of the claimed detail's kind is still no
        correction of the statement (a near miss, never «خطأ»), for reasons that hold
        however the fact was found: as the answer to the statement asked with the detail
        left out, or as one of the candidates the engine hesitates between.

        The answer path has more such reasons of its own (a part stating the detail, the
        Muslims facing the side the fact names, a side from another event, each side's own
        deed). Applied to the candidates too, they change verdicts on the probe set («دارت
        معركة كبيرة بين المسلمين والروم في تبوك» would be corrected by the enemy fact, not
        by the fact that no battle took place), so they stay with the answer path."""
        if self._ally_of_stated(fact, claim):
            return True  # «هرقل … جمع لخم وغسان»: allies of the Romans the fact names
        if claim.kind is SlotKind.PARTY and fear_of_another(
            statement, fact, self._keys.rivals.get(SlotKind.PARTY, ())
        ):
            return True  # «كان المسلمون يرهبون الروم»: the fact tells the Arabs' fear
        if claim.kind is SlotKind.PLACE and self._places_named_too(fact, statement):
            # «رجع النبي للمدينة بعد ما رابط في تبوك»: the place the fact gives is one the
            # statement names itself, for another deed; no other value put in its place
            return True
        named = [c.words for c in claims if c.kind in (SlotKind.PARTY, SlotKind.PERSON)]
        if romans_only_for_the_muslims(words_of(statement), fact.answer, named):
            return True  # «انضمت قبيلة مزينة لجيش المسلمين» (knowledge/muslim_side.py)
        if claim.kind is not SlotKind.PERSON:
            return False
        # «أكيدر صاحب دومة الجندل صالح على الجزية»: its head acting for Dumat al-Jandal, not
        # another person's deed; «قدم عبد الرحمن بن عوف نصف ماله»: his own fact states none
        # of what is claimed of him.
        if self._heads is None:  # (the engine's facts do not change: read them once)
            self._heads = heads_told(self._engine.facts)
        return acts_for_headed(self._heads, claim.words, fact, statement) or self.own_fact_silent(
            fact, claim, claims
        )

    def someone_s_own_part_differs(
        self, fact: Fact, claims: list[Claim], words: tuple[str, ...] = ()
    ) -> bool:
        """«وعمر الذي قدم 950 جملا»: the list of gifts names Umar and 950 camels, but not
        who gave which. When a person claimed has a fact of his own that is part of this
        one, that fact must state every other detail claimed too; not the people listed
        with him by «و» in the statement's `words` («تبرع أبو بكر وعمر وعثمان»: each did it)."""
        for claim in claims:
            if claim.kind is not SlotKind.PERSON:
                continue
            listed = co_listed(words, claim, claims) if words else ()
            own = [
                part
                for part in self._engine.parts(fact.id)
                if any(slot.kind is SlotKind.PERSON for slot in self.slots(part))
                and self.check(part, claim) > 0
            ]
            if own and not all(
                self.check(own[0], other) > 0
                for other in claims
                if other is not claim and not in_passing(other) and other not in listed
            ):
                return True
        return False

    def own_fact_silent(self, fact: Fact, claim: Claim, claims: list[Claim]) -> bool:
        """«قدم عبد الرحمن بن عوف نصف ماله»: the fact naming Umar for half his wealth does not
        say what Abd al-Rahman gave. When the statement claims only a share of someone's own
        wealth, and the person has a fact of his own beside this one (a part of the same
        whole, «part_of») that gives no amount of his gift (no share, no figure), the text
        leaves his gift unstated: another person named for that share is no contradiction,
        so not «خطأ». A figure is not so: «950 جملا» is one donor's gift, and naming another
        donor for it swaps them («قدم عبد الرحمن بن عوف 950 جملا» stays «خطأ»)."""
        kinds = {
            c.kind
            for c in claims
            if c.kind not in (SlotKind.PERSON, SlotKind.PARTY) and not in_passing(c)
        }
        if kinds != {SlotKind.SHARE}:
            return False
        # (siblings under the nearest whole: the list of gifts, not the overview every fact
        # is part of, and not a whole such as the list itself, which names everyone)
        whole = self._nearest_whole(fact.id)
        own = [
            part
            for part in (self._engine.parts(whole) if whole else ())
            if part.id != fact.id
            and self._nearest_whole(part.id) == whole
            and not self._engine.parts(part.id)
            and any(slot.kind is SlotKind.PERSON for slot in self.slots(part))
            and self.check(part, claim) > 0
        ]
        # («عثمان قدم ماله كله»: his own fact gives his gift as figures, which says what he
        # gave as much as a share would)
        return bool(own) and not any(
            slot.kind in _AMOUNTS for part in own for slot in self.slots(part)
        )

    def _nearest_whole(self, fact_id: str) -> str | None:
        """The whole with the fewest parts that a fact is part of, if any."""
        wholes = self._engine.wholes(fact_id)
        return min(wholes, key=lambda w: len(self._engine.parts(w))) if wholes else None

    def _places_named_too(self, fact: Fact, statement: str) -> bool:
        """Whether every place the fact states is named in the statement too."""
        words = words_of(statement)
        places = [v for s in self.slots(fact) if s.kind is SlotKind.PLACE for v in s.values]
        return bool(places) and all(mentions(words, value) for value in places)

    def _ally_of_stated(self, fact: Fact, claim: Claim) -> bool:
        """Whether a party claimed is an ally of the parties the fact states: of the same
        camp (knowledge/allies.py), so the fact does not contradict it."""
        if claim.kind is not SlotKind.PARTY:
            return False
        stated = [v for s in self.slots(fact) if s.kind is SlotKind.PARTY for v in s.values]
        return bool(stated) and allied_parties(claim.words, stated)

    def stated_by_a_part(self, whole: Fact, claim: Claim) -> bool:
        """Whether a fact declared part of `whole` (part_of) states the claimed detail."""
        return any(self.check(part, claim) > 0 for part in self._engine.parts(whole.id))

    def holds(self, fact: Fact, claim: Claim, words: tuple[str, ...] = ()) -> bool:
        """Whether the fact states the claimed detail, or the detail is the army's own name
        («لتجهيز جيش العسرة», or with the statement's `words`, «جيش المسلمين»), which names
        what every fact is about, not a detail of its own."""
        check = self.check(fact, claim)
        if check == 0 and the_muslims_army(claim, words):
            return True
        if check or claim.kind is not SlotKind.NAME:
            return check > 0
        if self._army_names is None:
            named = self._engine.answer("ما اسم جيش غزوة تبوك")
            self._army_names = tuple(
                value
                for slot in (self.slots(named.fact) if named.answered and named.fact else ())
                if slot.kind is SlotKind.NAME
                for value in slot.values
            )
        return any(mentions(claim.words, value) for value in self._army_names)
