"""A mosque named in a story as its setting is no question about Masjid al-Dirar.

«أعدّ درساً في المسجد بعد العصر عن غزوة تبوك …، لماذا خرج النبي ﷺ إلى الروم؟», «أنا إمام
مسجد صغير …», «أثناء مسابقة في المسجد سُئلنا: …»: people say where they teach, pray or were
asked. Read alone, such a story fits the known gap of Masjid al-Dirar (any «مسجد»), and a
question that seems to point back at the story was then told the text lacks it. A story is
about that mosque only when it tells something of it: its name, the hypocrites who built it,
its building, burning or pulling down (normalised words, as typed).
"""

from __future__ import annotations

import re

from knowledge.normalize import normalize

MOSQUE_GAP = "masjid_dirar"

_OF_DIRAR = re.compile(
    r"ضرار|منافق|نفاق|(?:^|\s)(?:[وف]?(?:بني|بنوا|بنو|بنوه|بناه|بناء|بنا|يبني|بنيان|هدم|هدمه|هدموا"
    r"|حرق|حرقه|احرق|احرقه|تحريق))(?=\s|$)"
)


def only_its_setting(story: str) -> bool:
    """Whether a story that fits the Masjid al-Dirar gap names a mosque only as where the
    asker is («في المسجد», «إمام مسجد»), telling nothing of that mosque."""
    return not _OF_DIRAR.search(normalize(story))
