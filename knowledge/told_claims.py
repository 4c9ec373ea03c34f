"""Questions about what the story before them told: «ما معنى ذلك؟», «فمن المصيب؟».

«قرأت أن هرقل أعطى الجنود رزق سنة مقدما، ما معنى ذلك؟» and «صاحبي يقول الجيش كان ثلاثين
ألفا وأنا قرأت أكثر من أربعين، فمن المصيب؟» name nothing in the question itself: read
alone, «معنى» matches the army's name and «المصيب» any stray word. What they ask about is
the claim told before them. This module says whether a question asks so and cuts the story
into the claims it reports; knowledge/forms.py judges the claims against the facts.
"""

from __future__ import annotations

import re

from knowledge.claim_patterns import CLAIM_AFTER
from knowledge.message_parts import reported_claim
from knowledge.tuning import TOLD_CLAIM_MIN_WORDS

# «this», «that», «these words» as people point back at what they told.
_THAT = (
    r"(?:ذلك|ذلك\s+الكلام|هذا|هذا\s+الكلام|هذه|هذه\s+العبارة|هذه\s+الجملة|هذي|هاد|هادا|هادي|هاي"
    r"|ده|دي|دا|ذاك|هالكلام|هالحكي|هالجملة|هالعبارة|هيك|كذا|كده|الكلام|العبارة|الجملة|الحكي)"
)
# «ما معنى ذلك؟», «ما المقصود بهذا؟», «شو يعني هالحكي؟», «اشرح لي ذلك»: the meaning of what
# was told is asked, and nothing else.
_MEANING = re.compile(
    r"^\s*[وف]?(?:(?:ما|ماذا|شو|شنو|وش|ايش|إيش|ايه|إيه|اش|واش|اشنو)\s+)?(?:هو\s+|هي\s+)?"
    r"(?:معنى|معني|المقصود|مقصود|المراد|يعني|تعني|يقصد|قصده|معناه|معناها)"
    rf"(?:\s+(?:ب|من\s+|ب\s*)?{_THAT}|\s+ب(?:ه|ها|ذلك|هذا|هذه|هالكلام))?\s*[؟?!.]*\s*$"
    r"|^\s*[وف]?(?:اشرح|اشرحوا|اشرحلي|وضح|وضحوا|وضحلي|فسر|فسروا|فسرلي)(?:\s+(?:لي|لنا))?"
    rf"\s+{_THAT}\s*[؟?!.]*\s*$"
)
# «فمن المصيب؟», «مين فينا الصح؟», «منو الصح فينا؟», «أيهما الصحيح؟», «مين كلامه صح؟»,
# «شو الصح؟» (what is right, nothing after it): which of the claims told is right.
_WHO_IS_RIGHT = re.compile(
    r"^\s*[وف]?(?:من|مين|منو|مينو|شكون|ايهما|أيهما|ايهم|أيهم|اي\s+واحد|أي\s+واحد|اي\s+القولين"
    r"|أي\s+القولين|انهي|إنهي|اياهم|أياهم|ما|شو|ايش|إيش|وش|شنو|اشنو|ايه|إيه)"
    r"(?:\s+(?:فينا|منا|منّا|منهم|منهما|فيهم|فيهما|اللي|الذي))?"
    r"(?:\s+(?:كلامه|قوله|رايه|رأيه))?"
    r"\s+(?:ال)?(?:مصيب|محق|صح|صحيح|صحيحة|اصح|أصح|صواب|صادق|الصحيح|على\s+حق|معه\s+حق|معاه\s+حق"
    r"|عنده\s+حق|كلامه\s+صح|قوله\s+صحيح)"
    # («منو الصح فينا؟», «من المحق منا؟»: the ones asked about may come last)
    r"(?:\s+(?:فينا|منا|منّا|منهم|منهما|فيهم|فيهما|بيننا|بينهم))?\s*[؟?!.]*\s*$"
)
# Where a story passes from one claim to the next: a comma, a full stop, «وأنا …», «بينما».
_CLAIM_BREAK = re.compile(
    r"[،,؛;.:\n]\s*|\s+(?=و(?:انا|أنا|هو|هي|هم|احنا|إحنا|نحن)\s)|\s+(?:بينما|لكن|ولكن|بس)\s+"
)
# «وأنا بقول …», «وأنا أظن أنهم …»: the one telling, before what he claims.
_TELLER = re.compile(
    r"^\s*و?(?:انا|أنا|هو|هي|احنا|إحنا|نحن)\s+(?:\S+\s+){0,1}?(?:بقول|اقول|أقول|نقول|قريت|قرأت"
    r"|قريتها|اظن|أظن|بظن|شايف|اعتقد|أعتقد|متأكد|متاكد|سمعت|يقول|تقول|قال|قالت|بيقول)"
    r"(?:\s+(?:ان|أن|إن|انه|أنه|إنه|انها|أنها|انهم|أنهم|إنهم|انو|إنو|بأن|بان))?\s+"
)
# «رفيقي بيقول أبو بكر …»: who said it, with no «that» after the verb.
_SAYS = re.compile(
    r"^(?:\S+\s+){1,3}?(?:بيقول|يقول|تقول|بتقول|يكول|تكول|قال|قالت|قالوا|قالو|يقولون|كيقول|كتقول)\s+"
)


def asks_about_told(question: str) -> bool:
    """Whether a question asks only the meaning of what was told, or which claim is right."""
    return bool(_MEANING.match(question) or _WHO_IS_RIGHT.match(question))


def asks_which_is_right(question: str) -> bool:
    """Whether a question asks which of the claims told is right (all of them are asked
    about; «ما معنى ذلك؟» asks only the last one told)."""
    return bool(_WHO_IS_RIGHT.match(question))


def told_claims(story: str) -> list[str]:
    """The claims a story reports, each without «I heard that …» before it."""
    claims = []
    for piece in _CLAIM_BREAK.split(story):
        piece = _TELLER.sub("", piece)
        claim = reported_claim(piece.strip())
        if claim == piece.strip():
            # («في النص أن النبي رابط بجنوده»: what follows «أن» is the claim)
            after = CLAIM_AFTER.split(claim)
            claim = after[-1] if len(after) > 1 else claim
        said = _SAYS.match(claim)
        if said is not None and len(claim[said.end() :].split()) >= TOLD_CLAIM_MIN_WORDS:
            claim = claim[said.end() :]
        claim = claim.strip(" ،,.:؟?")
        if len(claim.split()) >= TOLD_CLAIM_MIN_WORDS:
            claims.append(claim)
    return claims
