"""Other names of the expedition («الفاضحة», «العسرة» …) read as «غزوة تبوك», unless the
naming itself is asked («ليش سميت بالفاضحة») or the two names are said to be one."""

from __future__ import annotations

import re
from functools import partial

from knowledge.message_patterns import ALIASES, NAMING

# Compiled once: a long alternation the re module's small cache would evict (about 8 ms).
_SURAH = re.compile(r"سور[ةه]")
# Verbs of naming anywhere before a name in its clause («علاش كيسميو غزوة تبوك الفاضحة»).
_NAMING_VERB = re.compile(
    r"(?:^|\s)(?:سميت|سمي|تسمى|يسمى|يسمونها|سموها|كيسميو|كيسموها|كيسميوها|يسميو|يسموها|لقبت|تلقب"
    r"|سماو|سماوا|سماوها|سماوه"
    r"|تسمية|تسميه|سبب\s+تسمية|يطلق|تطلق|أطلق|اطلق|تعرف|يعرف)(?:\s|$)"
)


def apply_aliases(text: str) -> str:
    """Other names of the expedition read as «غزوة تبوك», unless the naming is asked."""
    if _SURAH.search(text):
        return text  # «الفاضحة» is also a name of Surat at-Tawbah
    for pattern, replacement in ALIASES:
        text = pattern.sub(partial(_alias, replacement), text)
    return text


def _alias(replacement: str, match: re.Match[str]) -> str:
    before = match.string[: match.start()]
    clause = re.split(r"[؟?.!\n]", before)[-1]
    # «ليش سميت بالفاضحة», and «علاش كيسميو غزوة تبوك الفاضحة»: the naming is asked.
    naming = NAMING.search(before) or _NAMING_VERB.search(clause)
    return match.group(0) if naming or _said_to_be_tabuk(clause, match) else replacement


# «هل غزوة تبوك هي نفسها غزوة العسرة؟», «غزوة العسرة هي تبوك»: the two names said to be one,
# a naming the army-name fact settles; read as «غزوة تبوك» both, it would ask nothing.
_SAME_AS = re.compile(
    r"(?<![\w])(?:هي|هى|هو|نفسها|نفس|ذاتها|ذات|نفسه|يعني|تعني|اسمها|اسم|اسمها)(?![\w])"
)


def _said_to_be_tabuk(clause: str, match: re.Match[str]) -> bool:
    """Whether the clause names Tabuk beside the other name, with a word saying they are one."""
    after = re.split(r"[؟?.!\n]", match.string[match.end() :])[0]
    for between in (clause, after):
        if "تبوك" in between and _SAME_AS.search(between) and "تبوك" not in match.group(0):
            return True
    return False
