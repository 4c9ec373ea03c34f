"""Questions the writer announces as more than one: «… وكمان …», «… وأيضًا …».

A message read into parts is answered as one question when its parts agree on one fact
(«متى كانت؟ بأي شهر؟»). A part asked back whose nearest fact is the one another part got
would then vanish; when the writer said «and also» before a part, the parts are separate
questions by the writer's own word, and the one asked back keeps its place.
"""

from __future__ import annotations

import re

# «and also» between two questions (not «بعدين», which also tells «afterwards»)
_ALSO = re.compile(r"(?:^|\s)و?\s*(?:كمان|ايضا|أيضا|ايضًا|أيضًا|ايضاً|أيضاً|كذلك)[،,]?\s+\S")


def announces_another(text: str) -> bool:
    """Whether a message says «and also» before a later question («… وكمان شو اسم الجيش»)."""
    return _ALSO.search(text) is not None
