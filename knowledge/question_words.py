"""The Arabic question words several readers share, each list kept once.

Normalised words (knowledge/normalize.py: «ى» → «ي», «ة» → «ه», «أ/إ/آ» → «ا»). A reader
that needs a narrower or wider list says which words it leaves out or adds, and why, where
it builds it from these: a copy kept apart drifts (a word added to one copy of «what» was
missing from the others).
"""

from __future__ import annotations

# «what», in Standard Arabic and dialect: «ما/ماذا», Levantine «شو», Gulf and Hijazi
# «ايش/وش», Iraqi and Sudanese «شنو/شنهو», Maghrebi «اش/اشنو». Not Egyptian «ايه»: it
# is also «yes», and normalised «آية» (a verse); a reader adds it where its frame rules
# those out. Not «اي» (which).
WHAT = frozenset("ما ماذا شو ايش وش شنو اش اشنو شنهو".split())
# Egyptian «what» («ايه اللي خلاه شاق»): the word «yes» and «آية» are spelt so too.
EGYPTIAN_WHAT = "ايه"
# «who»: «من» (also «from»), Egyptian and Levantine «مين», Gulf and Iraqi «منو», Maghrebi
# «شكون».
WHO = frozenset("من مين منو شكون".split())
# «هل …», «واش …»: the question word before a claim that a yes/no question asks.
YES_NO = frozenset("هل وهل فهل واش".split())
# «أم», «ولا», «أو», «لو», «وإلا» between the two sides of an either/or question, and before
# «لا» ending a yes/no one («… ولا لا؟»).
EITHER_OR = frozenset("ام ولا او لو والا".split())
# The pronoun a «what/who» question puts before the thing asked («ما هي …», «من هم …»).
IS = frozenset("هو هي هم".split())
# «like» and «unlike» before another event a question compares with («كما حدث في بدر»,
# «مثل ما صار في بدر», «زي جيش مؤتة», «بخلاف الخندق»).
COMPARISON_MARKERS = frozenset("مثل مثلما كمثل متل زي زيه كما بخلاف خلاف عكس وعكس بعكس".split())
# Words allowed between such a marker and the other event's name («كما وقع في غزوة بدر»,
# «زي جيش مؤتة»).
COMPARISON_BETWEEN = frozenset(
    "وقع حدث حصل صار جري كان كانت في فى علي ب غزوه الغزوه معركه يوم ما الحال جيش عدد".split()
)
