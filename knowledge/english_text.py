"""Reading an English question: names and their variants, stems, question type.

The same reader turns the facts' English phrasings and answers into terms, so a question and
a phrasing are compared in one vocabulary. Arabic names inside an English message are read
through the names table too.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from rapidfuzz import fuzz, process

from knowledge.english_asides import without_asker, without_greetings, without_reporter
from knowledge.english_conduct import conduct_of_groups
from knowledge.english_data import EnglishBase
from knowledge.english_frames import (
    FRAME_WORDS,
    without_asked_count,
    without_extent,
    without_first_place,
    without_frames,
    without_people_head,
    without_rounding,
    without_setting,
)
from knowledge.english_furniture import without_leading_furniture
from knowledge.english_lexicon import (
    ARABIC_WORDS,
    ATTITUDES,
    COMMAND_WORDS,
    CONCEPTS,
    CONTENT_OVERRIDES,
    GREETING_WORDS,
    IRREGULAR,
    NEGATIONS,
    QUESTION_OPENERS,
    RELATIVES,
    STOPWORDS,
    TYPED_WORDS,
    VALUE_CLASSES,
    WH_WORDS,
    YESNO_OPENERS,
    is_party,
)
from knowledge.english_normalize import normalize_english
from knowledge.english_phrases import PHRASES
from knowledge.english_question_type import (
    FRAME_FILLERS,
    POLITE_WORDS,
    question_type_of,
)
from knowledge.lexicon import QuestionType
from knowledge.normalize import normalize as normalize_arabic
from knowledge.tuning import (
    EN_FILLER_MIN_SIMILARITY,
    EN_READING_CACHE_SIZE,
    EN_SHORT_WORD,
    EN_SPELL_CANDIDATES,
    EN_SPELL_MIN_LENGTH,
    EN_SPELL_MIN_SIMILARITY,
)

_LATIN_WORD = re.compile(r"[A-Za-z]+")
_ARABIC_WORD = re.compile(r"[\u0621-\u064A]+")
_LATIN_RUN = re.compile(r"[A-Za-z][A-Za-z'’\-]*(?:[ ]+[A-Za-z][A-Za-z'’\-]*)*")


def is_slip(known: str, word: str) -> bool:
    """Could the word be the known one mistyped? A slip keeps the word's start (or swaps
    its first two letters) and its length within one; a short word differs by one letter
    dropped, changed or swapped («small» is not «salul», nor «mall»)."""
    if abs(len(known) - len(word)) > 1:
        return False
    if known[0] != word[0] and known[:2] != word[1::-1]:
        return False
    if len(word) > EN_SHORT_WORD:
        return True
    if len(known) == len(word):
        diffs = [i for i, (a, b) in enumerate(zip(known, word, strict=True)) if a != b]
        swapped = (
            len(diffs) == 2
            and diffs[1] == diffs[0] + 1
            and known[diffs[0]] == word[diffs[1]]
            and known[diffs[1]] == word[diffs[0]]
        )
        return len(diffs) == 1 or swapped
    longer, shorter = (known, word) if len(known) > len(word) else (word, known)
    return any(longer[:i] + longer[i + 1 :] == shorter for i in range(len(longer)))


def latin_share(text: str) -> tuple[int, int]:
    """How many Latin-script and Arabic-script words the text holds."""
    return len(_LATIN_WORD.findall(text)), len(_ARABIC_WORD.findall(text))


def stem(word: str) -> str:
    """A light stem: irregular forms, then plural and verb endings."""
    if word in IRREGULAR:
        return IRREGULAR[word]
    if not word.isalpha() or len(word) <= 3:
        return word
    for suffix, replacement, min_len in (
        ("ies", "y", 5),
        ("sses", "ss", 5),
        ("ing", "", 6),
        ("ied", "y", 5),
        ("ed", "", 5),
        ("es", "", 6),
        ("s", "", 4),
    ):
        if word.endswith(suffix) and len(word) >= min_len:
            if suffix == "s" and word.endswith(("ss", "us", "is")):
                return word
            base = word[: len(word) - len(suffix)] + replacement
            if (
                suffix in ("ing", "ed")
                and len(base) > 3
                and base[-1] == base[-2]
                and base[-1] not in "lsz"  # killed -> kill, passed -> pass
            ):
                base = base[:-1]  # stopped -> stop
            if suffix == "es" and not base.endswith(("sh", "ch", "x", "s", "z")):
                base += "e"  # gives -> give
            return base
    return word


def concept(word: str) -> str:
    """The concept a word stands for (its synonyms share it)."""
    stemmed = stem(word)
    if stemmed in CONCEPTS:
        return CONCEPTS[stemmed]
    if word in CONCEPTS:
        return CONCEPTS[word]
    # «donated» -> «donat»: try the stem with a final e restored.
    if stemmed + "e" in CONCEPTS:
        return CONCEPTS[stemmed + "e"]
    return stemmed


@dataclass(frozen=True, slots=True)
class Reading:
    """A question (or statement) read into what the matcher compares."""

    normalized: str
    terms: tuple[str, ...]
    question_type: QuestionType
    negated: bool
    unread_arabic: tuple[str, ...] = ()
    # The words with names and phrases folded into their tokens («byzantine army» -> «roman
    # army»), before function words are dropped: known gaps are looked for in them too.
    tokens: tuple[str, ...] = ()
    # Terms only in a relative clause («... which the Prophet gave»).
    described: tuple[str, ...] = ()
    # The question asks what a word means («Define jizya», «Explain the term jizya»).
    defines: bool = False
    # It opens with an exam command («Describe ...», «Write about ...»).
    commanded: bool = False
    # The command is «Name ...»: a name is asked («Name the envoy ...»).
    names: bool = False


class EnglishReader:
    """Reads English text into concept terms, folding names and their variants."""

    def __init__(self, base: EnglishBase) -> None:
        self._phrases: dict[tuple[str, ...], tuple[str, ...]] = {}
        for words, replacement in PHRASES.items():
            self._phrases[tuple(words.split())] = tuple(replacement.split())
        self._arabic: dict[tuple[str, ...], str] = {}
        self.name_tokens: frozenset[str] = frozenset(name.token for name in base.names)
        # A Latin-script name inside an Arabic message is written back in Arabic.
        self._arabic_of: dict[tuple[str, ...], str] = {}
        for name in base.names:
            for variant in (*name.variants, name.canonical):
                key = tuple(normalize_english(variant).split())
                if key:
                    self._arabic_of[key] = name.arabic[0]
        for name in base.names:
            for variant in (*name.variants, name.canonical):
                key = tuple(normalize_english(variant).split())
                if key:
                    self._phrases[key] = (name.token,)
                    if VALUE_CLASSES.get(name.token) in ("place", "people"):
                        # «the leader of Dumat al-Jandal» is its ruler, not who led the army
                        for head in _HEADS:
                            for lead in ((head, "of"), (head, "of", "the")):
                                self._phrases[(*lead, *key)] = ("ruler", name.token)
                        # «the capital of the Byzantine Empire» is not the Muslims' capital
                        for lead in (("capital", "of"), ("capital", "of", "the")):
                            self._phrases[(*lead, *key)] = ("capital", name.token, "capitalof")
            for arabic in name.arabic:
                key = tuple(normalize_arabic(arabic).split())
                if key:
                    self._arabic[key] = name.token
        # A phrase ending in a name («battle of tabuk») holds for each way of writing it
        # («battle of tabook»).
        for name in base.names:
            for phrase, replacement in PHRASES.items():
                head_words = tuple(phrase.split())
                if head_words[-1] != name.token:
                    continue
                for variant in name.variants:
                    key = (*head_words[:-1], *normalize_english(variant).split())
                    self._phrases.setdefault(key, tuple(replacement.split()))
        self._longest = max(len(key) for key in (*self._phrases, *self._arabic))
        self._known = _known_words(base)
        self._known_list = sorted(self._known)
        self._spelled: dict[str, str] = {}
        # (read() is a pure function of the text: this reader's tables never change)
        self._readings: dict[str, Reading] = {}

    def words(self, text: str) -> list[str]:
        """Normalised words with honorifics and exam furniture removed, slips mended."""
        return [self._spell(word) for word in normalize_english(text).split()]

    def _spell(self, word: str) -> str:
        """A word no list knows, one slip from exactly one known word, is read as that word
        («Explian» -> «explain», «hardsoip» -> «hardship»)."""
        if word in self._known or len(word) < EN_SPELL_MIN_LENGTH or not word.isascii():
            return word
        if not word.isalpha():
            return word
        stemmed = stem(word)
        if stemmed != word and (stemmed in self._known or stemmed + "e" in self._known):
            return word  # «reacted» is «react» inflected, not a slip of «reached»
        if word not in self._spelled:
            best = process.extract(
                word,
                self._known_list,
                scorer=fuzz.ratio,
                limit=2,
                score_cutoff=EN_SPELL_MIN_SIMILARITY,
            )
            # A slip changes a letter or two inside the word, not its first letter nor its
            # length by more than one («mission» is not «admission», «small» not «mall»).
            best = [b for b in best if is_slip(b[0], word)]
            # Mended into a word that is then dropped, a content word would be lost
            # («planning» is not «playing»): only a close slip is read as a filler.
            best = [b for b in best if b[0] not in STOPWORDS or b[1] >= EN_FILLER_MIN_SIMILARITY]
            # Two spellings of one name are one word here: «tbuk» is a slip of «tabuk» and of
            # «tebuk» alike, both Tabuk (counted apart, a new variant unmended every «Tbuk»).
            unique = (
                len(best) == 1
                or (len(best) == 2 and best[0][1] > best[1][1])
                or len({self._sense(b[0]) for b in best}) == 1
            )
            if best and unique:
                # Another slip as close, beyond the two nearest words, makes it a guess too:
                # «orman» is «osman» or «roman», so neither.
                tied = process.extract(
                    word,
                    self._known_list,
                    scorer=fuzz.ratio,
                    limit=EN_SPELL_CANDIDATES,
                    score_cutoff=EN_SPELL_MIN_SIMILARITY,
                )
                close = {
                    self._sense(b[0]) for b in tied if is_slip(b[0], word) and b[1] >= best[0][1]
                }
                unique = len(close) == 1
            self._spelled[word] = best[0][0] if best and unique else word
        return self._spelled[word]

    def _sense(self, word: str) -> str:
        """The name a single word writes (any of its spellings), or the word itself."""
        found = self._phrases.get((word,))
        return found[0] if found and len(found) == 1 and found[0] in self.name_tokens else word

    def fold(self, words: list[str]) -> tuple[list[str], list[str]]:
        """Replace names, variants and phrases by their tokens; return (tokens, unread Arabic)."""
        words = [normalize_arabic(w) if _ARABIC_WORD.search(w) else w for w in words]
        out: list[str] = []
        unread: list[str] = []
        i = 0
        while i < len(words):
            for size in range(min(self._longest, len(words) - i), 0, -1):
                key = tuple(words[i : i + size])
                replacement = self._phrases.get(key)
                if replacement is None and key in self._arabic:
                    replacement = (self._arabic[key],)
                if replacement is not None:
                    out.extend(replacement)
                    i += size
                    break
            else:
                word = words[i]
                if _ARABIC_WORD.search(word):
                    token = self.arabic_word(word)
                    if token:
                        out.append(token)
                    else:
                        unread.append(word)
                else:
                    out.append(word)
                i += 1
        return out, unread

    def arabize(self, text: str) -> str:
        """An Arabic message with names in Latin script («ماذا قدم Uthman؟»): the names
        written in Arabic, other Latin words left as they are."""

        def run(match: re.Match[str]) -> str:
            words = match.group(0).split()
            keys = [tuple(normalize_english(w).split()) for w in words]
            out: list[str] = []
            i = 0
            while i < len(words):
                for size in range(min(self._longest, len(words) - i), 0, -1):
                    key = tuple(k for part in keys[i : i + size] for k in part)
                    if key in self._arabic_of:
                        out.append(self._arabic_of[key])
                        i += size
                        break
                else:
                    out.append(words[i])
                    i += 1
            return " ".join(out)

        return _LATIN_RUN.sub(run, text)

    def phrase(self, words: tuple[str, ...]) -> tuple[str, ...] | None:
        """The terms a set phrase or a name's variant is folded into (None when the words
        are none): `bot ask --explain` names the table a term came from."""
        return self._phrases.get(words)

    def arabic_word(self, word: str) -> str | None:
        """An Arabic word read through the names table (or the few common words of the
        subject), with a one-letter prefix or «ال» off."""
        for candidate in (word, word.removeprefix("و"), word.removeprefix("ب")):
            for form in (candidate, candidate.removeprefix("ال"), "ال" + candidate):
                if (form,) in self._arabic:
                    return self._arabic[(form,)]
                if form in ARABIC_WORDS:
                    return ARABIC_WORDS[form]
        return None

    def read(self, text: str) -> Reading:
        """Terms, question type and polarity of one question or statement (kept: a message's
        parts, options and statements are read several times each)."""
        found = self._readings.get(text)
        if found is None:
            found = self._read(text)
            if len(self._readings) >= EN_READING_CACHE_SIZE:
                self._readings.pop(next(iter(self._readings)), None)
            self._readings[text] = found
        return found

    def _read(self, text: str) -> Reading:
        words = without_greetings(without_asker(without_reporter(self.words(text))))
        words = without_extent(without_leading_furniture(words))  # «1- Which …», «Also state …»
        words = without_first_place(without_rounding(without_asked_count(words)))  # «about 10»
        question_type = QuestionType.NONE
        # «Tabuk: which empire was the enemy?» asks in its second clause.
        for clause in re.split(r"[:;\n]| - ", text):
            question_type = question_type_of(
                without_extent(
                    without_leading_furniture(
                        without_greetings(
                            [w for w in self.words(clause) if w not in GREETING_WORDS]
                        )
                    )
                )
            )
            if question_type is not QuestionType.NONE:
                break
        if question_type is QuestionType.REASON and _SIGNIFICANCE & set(words):
            # «Explain why Tabuk was important»: what is asked is its significance.
            question_type = QuestionType.THING
        defines = bool(_DEFINES.match(" ".join(words)))
        # Exam command words frame the question only where they open it («Name the leader»);
        # later they are content («What did Uthman give?», «the name of the army»).
        polite = 0
        while polite < len(words) - 1 and words[polite] in POLITE_WORDS:
            polite += 1
        if polite and (words[polite] in COMMAND_WORDS or words[polite] in WH_WORDS):
            words = words[polite:]
        commanded = bool(words) and words[0] in COMMAND_WORDS
        # («Give the name of the army», «State the names of ...», «Write down the name of
        # …»: a name is asked too, whatever fillers come between the command and the name)
        frame = 0
        while frame < len(words) and (
            words[frame] in COMMAND_WORDS or words[frame] in FRAME_FILLERS
        ):
            frame += 1
        names = commanded and bool({"name", "names"} & set(words[: max(frame, 3)]))
        words = words[frame:]
        words = without_people_head(without_setting(without_frames(words)))  # «in the events …»
        # «... and state what each of them gave»: a second command frames the second half.
        words = [
            w for i, w in enumerate(words) if not (i and words[i - 1] == "and" and w in _AND_FRAME)
        ]
        role = _asked_role(words)
        if role is not None:
            # «Name the commander whom the Prophet sent to Dumat al-Jandal»: the clause says
            # who is meant; the role word only says a person is asked.
            del words[role]
            question_type = QuestionType.PERSON
        named = _named_role(words)
        if named is not None:
            # «What was the name of the chief of Dumat?»: a person is asked, by his name.
            del words[named]
            question_type = QuestionType.PERSON
        negated = any(w in NEGATIONS for w in words)
        words = _counted_people(words)
        if words[-1:] == ["headed"]:
            # «Where was the army headed?»: ending the sentence, with nothing led after it, it
            # is going somewhere (english_phrases: «heading»), not leading.
            words = [*words[:-1], "heading"]
        tokens, unread = self.fold(words)
        tokens = conduct_of_groups(self._drop_epithets(tokens))  # «condition of the munafiqun»
        terms = self._terms(tokens)
        terms = list(army_going(terms, question_type))
        # «the general call to arms which the Prophet gave»: words of a relative clause
        # describe what is asked about; they are not the detail asked.
        clause = next(
            (
                i
                for i, w in enumerate(words)
                if i >= 2
                and (
                    w in RELATIVES
                    or (w == "why" and words[i - 1] in ("reason", "reasons"))
                    # «What did the hypocrites do when the call came?»: a «when» clause sets
                    # the scene of a question that does not ask when.
                    or (w == "when" and i >= 3 and "when" not in words[:i])
                    # «What did he do once they got there?»: «once» opens such a clause too.
                    or (w == "once" and i >= 3 and "once" not in words[:i])
                    # «the treaties made while he was camped at Tabuk»: a «while» clause too.
                    or (w == "while" and i >= 3)
                    # «... entered into treaties during his stay at Tabuk»: a «during» phrase.
                    or (w == "during" and i >= 3)
                    # «What happened to Ukaydir after Khalid brought him?»: and an «after» one.
                    or (w == "after" and i >= 3 and _clause_after(words[i + 1 :]))
                    # «the attitude of the munafiqun towards the call for Tabuk»: what the
                    # attitude was towards sets the scene; the party's attitude is asked
                    # (towards a party, «… towards the Romans», it is what is asked).
                    or (
                        w in ("towards", "toward")
                        and i >= 3
                        and ATTITUDES & set(words[:i])
                        and not any(map(is_party, self._terms(self.fold(words[i + 1 :])[0])))
                    )
                    # «Why did the Romans withdraw without facing the Muslims?»: how they did.
                    or (
                        w == "without"
                        and i >= 3
                        and i + 1 < len(words)
                        and words[i + 1].endswith("ing")
                    )
                )
                and words[i - 1] not in _CLAUSE_VERBS
            ),
            None,
        )
        described: tuple[str, ...] = ()
        if clause is not None:
            before = set(self._terms(self.fold(words[:clause])[0]))
            described = tuple(t for t in terms if t not in before)
        return Reading(
            normalized=" ".join(words),
            terms=tuple(terms),
            question_type=question_type,
            negated=negated,
            unread_arabic=tuple(unread),
            tokens=tuple(tokens),
            described=described,
            defines=defines,
            commanded=commanded,
            names=names,
        )

    def _drop_epithets(self, tokens: list[str]) -> list[str]:
        """«Abu Bakar Siddique», «Umer Farooq-e-Azam», «Usman bin Affan»: the titles and the
        father's name after a name spelt in a way the names table lacks say nothing more."""
        out: list[str] = []
        after_name = False
        for token in tokens:
            if after_name and token in _EPITHETS:
                continue
            after_name = token in self.name_tokens
            out.append(token)
        return out

    def _terms(self, tokens: list[str]) -> list[str]:
        """Concept terms of folded tokens, function words dropped, each once."""
        terms: list[str] = []
        for token in tokens:
            if token in self.name_tokens or token.isdigit():
                term = token
            elif token in STOPWORDS and token not in CONTENT_OVERRIDES:
                continue
            else:
                term = concept(token)
                if term in STOPWORDS and term not in CONTENT_OVERRIDES:
                    continue
            if term not in terms:
                terms.append(term)
        return terms


def _known_words(base: EnglishBase) -> frozenset[str]:
    """Every word the lists and the English data use: a word outside them may be a slip."""
    texts: list[str] = []
    for fact in base.facts.values():
        texts.extend(fact.questions)
        texts.append(fact.answer)
    for name in base.names:
        texts.extend(name.variants)
        texts.append(name.canonical)
    for event in base.other_events:
        texts.extend(event.variants)
    texts.extend(base.modern)
    for gap in base.gaps:
        texts.extend(gap.triggers)
    texts.extend(PHRASES)
    words = {w for text in texts for w in normalize_english(text).split()}
    words |= STOPWORDS | COMMAND_WORDS | GREETING_WORDS | NEGATIONS | YESNO_OPENERS
    words |= set(CONCEPTS) | set(IRREGULAR) | TYPED_WORDS | POLITE_WORDS | FRAME_FILLERS
    words |= {w for opener, _ in QUESTION_OPENERS for w in opener} | FRAME_WORDS
    return frozenset(w for w in words if w.isascii())


_DEFINES = re.compile(
    r"^(?:define|(?:explain|what is|what are|give) (?:the )?(?:term|word|meaning|definition))\b"
)
_EPITHETS = frozenset(
    """
    siddique siddiq siddeeq sadiq farooq faruq farook farooque ghani azam akbar e al as ul ibn
    bin b khattab khatab affan awf auf walid waleed harithah
    """.split()
)
# «the leader (emir, prince) of <a place or people>» names its ruler.
_HEADS = ("leader", "head", "chief", "ruler", "king", "prince", "emir", "amir")
_SIGNIFICANCE = frozenset("important importance significant significance".split())
# Verbs after which the words of a relative clause (RELATIVES) open a question instead
# («explain which ...», «know who ...»).
_CLAUSE_VERBS = frozenset(
    "explain know say said tell show state describe find out is was are were so such".split()
)
# Commands that still frame a question after «and» («and state what each gave»).
_AND_FRAME = frozenset(
    "state explain describe mention name list outline identify say tell give write discuss".split()
)


# Words naming the kind of person asked for («Name the commander who ...»).
_ROLES = frozenset("commander general leader person man sahabi companion chief".split())


def _clause_after(words: list[str]) -> bool:
    """Do the words open a clause (a subject and a past verb: «Khalid brought him»), not a
    phrase («after the expedition»)?"""
    return any(w.endswith("ed") or w in _PAST_VERBS for w in words[1:4])


# Irregular past verbs that make «after X <verb>» a clause.
_PAST_VERBS = frozenset("brought took came went left fell gave made ran sent won".split())


def _named_role(words: list[str]) -> int | None:
    """The index of «name» in «the name of the <chief/king/commander> ...», if there is one."""
    for i, word in enumerate(words[:-2]):
        rest = words[i + 2 :] if words[i + 1] == "of" else []
        rest = rest[1:] if rest[:1] == ["the"] else rest
        if word == "name" and rest and (rest[0] in _ROLES or rest[0] in _HEADS):
            return i
    return None


def _asked_role(words: list[str]) -> int | None:
    """The index of a role word opening the question and followed by a relative clause
    («commander whom ...», «the companion who ...», «one Companion who ...»: one of a kind
    named is still one person asked), if there is one."""
    index = 1 if words[:1] in (["the"], ["a"], ["one"], ["any"]) else 0
    role = words[index] if index < len(words) else ""
    if words[:2] == ["one", "of"]:  # «one of the companions who …»: one of the kind
        index = 3 if words[2:3] == ["the"] else 2
        role = words[index].removesuffix("s") if index < len(words) else ""
    if index + 1 < len(words) and role in _ROLES and words[index + 1] in RELATIVES:
        return index
    return None


def army_going(terms: Iterable[str], question_type: QuestionType) -> tuple[str, ...]:
    """The terms without «army» when a time question asks when it went out: «When did the
    army set out/leave for Tabuk?» asks when the expedition went out, whose date is asked,
    not something the army itself did."""
    kept = tuple(terms)
    if question_type is QuestionType.TIME and "march" in kept:
        return tuple(t for t in kept if t != "army")
    return kept


def _counted_people(words: list[str]) -> list[str]:
    """«How many people were in the army?», «the number of people who marched»: the people
    counted are the men (of the army), «people» only says persons are counted, not which
    people (the people of Ayla)."""
    out = list(words)
    for i in range(2, len(out)):
        counting = out[i - 2 : i] in (["how", "many"], ["number", "of"])
        if counting and out[i] in ("people", "persons"):
            out[i] = "men"
    if out[:2] == ["how", "many"] and len(out) > 2 and out[2] in _WENT:
        # «How many went to Tabuk?», «how many took part …»: the verb right after the count
        # is what the counted did: the army's men are counted. («How many fought …» is left
        # as it is: counted fighters may be the enemy's, which the text does not count.)
        out.insert(2, "men")
    return out


_WENT = frozenset({"went", "marched", "joined", "participated", "took"})
