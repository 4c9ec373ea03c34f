"""English words no fact's text uses, read as the word the facts use for the same thing.

The concept table (knowledge/english_concepts.py) groups synonyms the facts' own texts and
phrasings use; this table is kept apart for a different job: a word that no fact knows
(«afterwards», «recruit», «standoff») would otherwise be an unexplained word that blocks a
clear answer, so it is read as the plain word the facts do know. Each entry maps a stemmed
word (as knowledge.english_text.stem leaves it) to a concept of english_concepts; a word
stays out when its plain reading could be another fact's detail. Merged into CONCEPTS by
knowledge/english_lexicon.py; tests/test_english_synonyms.py checks each target is known.
"""

from __future__ import annotations

SYNONYMS = {
    # «In which month did it begin?», «When did the expedition start?»: when it took place.
    "begin": "occur",
    "began": "occur",
    "begun": "occur",
    "start": "occur",
    "commence": "occur",
    "commenc": "occur",
    # Time after the event: «What happened to Ukaydir afterwards?» asks what came after.
    "afterward": "after",
    "thereafter": "after",
    "subsequently": "after",
    # «tabuk aftermath delegations», «the aftermath of Tabuk»: what came after it.
    "aftermath": "result",
    # Raising soldiers: «How did Heraclius recruit soldiers?» asks how he gathered them.
    "recruit": "gather",
    "enlist": "gather",
    "conscript": "gather",
    "levy": "gather",
    # «the Romans were massing troops in Syria»: gathering them.
    "mass": "gather",
    # Size: «a big army» is «a large army»; the texts say «large» (one phrasing says «big»).
    "big": "large",
    # A region is a place: «In which region did they gather?» asks where.
    "region": "place",
    # To rule a place is to be its ruler: «Who ruled Dumat al-Jandal?» asks its ruler.
    "rule": "ruler",
    # Two armies facing each other: «Was Tabuk a standoff?» asks whether they fought.
    "standoff": "fight",
    "confrontation": "fight",
    # To hit someone is to attack them: «Who hit the Prophet's envoy?» asks who attacked him.
    "hit": "attack",
    # Those who held back from Tabuk: «the verse about the slackers» is about the laggards.
    "slacker": "lagbehind",
    "shirker": "lagbehind",
    # Roman Urdu beside the words of english_concepts: «Who were the dushman in ghazwa-e-Tabook?»
    # asks the enemy; «daulat» is wealth, «garmi» the heat.
    "dushman": "enemy",
    "dushmano": "enemy",
    "dushmanon": "enemy",
    "daulat": "wealth",
    "garmi": "heat",
    # Turkish: «Tebük Seferi» is the expedition of Tabuk; «bu sefer», «this sefer».
    "sefer": "expedition",
    "seferi": "expedition",
}
