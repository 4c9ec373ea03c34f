"""Every tuned number of the matcher, the engine and the readers of message forms (statements,
options, blanks), and of the English matcher and its readers, each with the reason for its value.

Scores are on a 0-100 scale; shares and credits on 0-1. All were chosen on
tests/eval/tuning.jsonl, unanswerable.jsonl and the tuning and probe message files only
(never on the held-out files); docs/matching.md says where each one acts in the pipeline.
"""

from __future__ import annotations

from knowledge.lexicon import QuestionType

# --- Ranking (knowledge/matcher.py) -------------------------------------------------------

# Answer and source words say what a fact is about, not how people ask for it: less credit.
ANSWER_TERM_CREDIT = 0.6
# A word matched only through a typo correction counts a little less than an exact one.
FUZZY_CREDIT = 0.85
# The leader must stand this far ahead before a mistyped word is read in its words.
CONTEXT_MIN_LEAD = 10.0
# Terms in more facts than this pick no candidates (they are scored all the same).
CANDIDATE_DF_CAP = 2000
# Lines remembered by the reading checks that depend on one line alone (has_question_word,
# is_riddle, strip_numbering, closing_off, search_topic, read_latin): reading one message
# asks them again of the same line. A few messages' worth. (Speed only.)
READING_CACHE_SIZE = 256
# Words kept with their stem against an engine's vocabulary (knowledge/stemming.stem): a
# message's words are stemmed several times each, and common words recur in every message.
STEM_CACHE_SIZE = 65_536
# Words kept with what the plain word tests say of them (stem without a vocabulary,
# is_stopword, answer_keys.core_word, ...): pure functions of one word, asked tens of times a
# message. 2,000 benchmark messages use about 3,400; at most a few MiB each. (Speed only.)
WORD_CACHE_SIZE = 8192
# Unknown words kept with the known word each was read as (word_corrections, per engine):
# each reading compares the word with the vocabulary and stems its letter slips, and the
# same slip comes back from one message to the next. (Speed only.)
CORRECTION_CACHE_SIZE = 4096
# Words kept with the question or function word they are a slip of (analysis.py): each
# look-up compares a word with every function word of about its length. (Speed only.)
SLIP_CACHE_SIZE = 8192
# Question words whose postings the matcher keeps unpacked (position, credit, lightest
# group); a large base's whole vocabulary would hold tens of MiB. (Speed only.)
POSTING_ENTRIES_KEPT = 4096
# Only this many candidates (by whole-fact coverage) get the per-phrasing comparison.
DETAILED_CANDIDATES = 40
# fuzz.ratio at or above this to a known phrasing is a near-verbatim phrasing.
VERBATIM_RATIO = 92.0
# A near-verbatim phrasing must also share at least this much of the question's weight.
VERBATIM_MIN_COVERAGE = 0.5
# A typed question («متى», «كم») against the summary: a fact of the asked kind should win.
OVERVIEW_TYPED_FACTOR = 0.9
# «ماذا أعلن في رجب» asks what, not when: a time fact keeps this much.
THING_ASKED_TIME_FACTOR = 0.85
# A phrasing asked with another question word shares the words but not the question.
PHRASING_TYPE_MISMATCH = 0.85
# A question this long found almost verbatim (partial ratio) in an answer quotes it.
QUOTE_MIN_WORDS = 5
QUOTE_RATIO = 95.0
# Scores are rounded to one decimal; the score bound allows for it.
SCORE_ROUNDING = 0.1
# Slack for the bound's floats when it is rounded like a score: far above their error
# (1e-13 on scores up to 100), far below the rounding step of 0.1.
BOUND_FLOAT_MARGIN = 1e-6
# How much of its score a fact keeps when its answer type does not fit the question word:
# a wrong time or number is the most misleading, a reason the least.
TYPE_MISMATCH: dict[QuestionType, float] = {
    QuestionType.TIME: 0.7,
    QuestionType.NUMBER: 0.75,
    QuestionType.PERSON: 0.85,
    QuestionType.PLACE: 0.8,
    QuestionType.REASON: 0.9,
}
# The score mixes the best phrasing group's overlap and the whole fact's coverage.
PHRASING_WEIGHT = 0.55
COVERAGE_WEIGHT = 0.45

# --- Deciding (knowledge/engine.py) -------------------------------------------------------

# A close match to how the fact is asked: few words outside its own questions.
ANSWER_MIN_SCORE = 60.0
ANSWER_MIN_MARGIN = 10.0
ANSWER_MAX_UNEXPLAINED = 0.1
# A clear winner whose other words at least appear in its answer.
LOOSE_MIN_SCORE = 55.0
LOOSE_MIN_MARGIN = 14.0
# 0.5 answered more tuning questions, but also 4 more of 90 questions the base cannot
# answer (tests/eval/unanswerable.jsonl): a wrong answer costs more than a "did you mean".
LOOSE_MAX_UNEXPLAINED = 0.4
# One word the base does not know is tolerated only behind a strong, clear winner.
ONE_UNKNOWN_MIN_SCORE = 55.0
ONE_UNKNOWN_MIN_MARGIN = 20.0
ONE_UNKNOWN_MAX_UNEXPLAINED = 0.45
# "Did you mean" offers facts at least this good, within this distance of the leader.
SUGGEST_MIN_SCORE = 30.0
SUGGEST_WINDOW = 30.0
# More than three buttons is a menu, not a question back.
MAX_SUGGESTIONS = 3
# A question scoring this is one of the fact's own phrasings, word for word: it is answered
# by that fact even where a rule would doubt it (the Mu'tah fact asked without «مؤتة»).
OWN_PHRASING_SCORE = 100.0
# A question whose first detail word is another candidate's keyword (and not the leader's)
# asks that candidate's topic when the candidate scores at least this.
ANOTHER_TOPIC_MIN_SCORE = 40.0
# A leader whose every offered rival (its whole or part aside) shares only words it shares
# too is answered from this score and lead (no unknown word, the usual unexplained bound).
# Without the lead, 55 answered 7 more tuning questions but 3 wrongly (rivals a point behind).
DOMINANT_MIN_SCORE = 60.0
DOMINANT_MIN_MARGIN = 5.0
# A leader whose keyword of two words or a name the question holds whole, and no offered
# rival's keyword, from this score and lead; at a lead of 5 it answered one more tuning
# question, with no lead two wrong ones («الروم كانوا عايزين يهاجموا» is no «هجوم» fact).
KEYWORD_NAMED_MIN_SCORE = 60.0
KEYWORD_NAMED_MIN_MARGIN = 8.0
# A whole and its part lead together (both above LOOSE_MIN_SCORE): the pair must stand
# this far ahead of the next fact to be answered instead of asking back.
PART_OF_MIN_MARGIN = 10.0
# A part leading its whole with its person named and no other fact near that mentions him
# (wholes._its_person_named) answers from this score: the asked-back donors scored 50-71.
PART_NAMED_MIN_SCORE = 45.0
# Behind a leading whole that is not confident, a part named by its own two-word keyword
# («جاء بماله كله») answers from this score: the keyword, not the score, names it.
PART_BY_KEYWORD_MIN_SCORE = 45.0
# Longer input is not a question typed by a person; it is refused before any matching.
MAX_QUESTION_CHARS = 1000
# Replies kept for repeated questions (normalised text), per engine.
REPLY_CACHE_SIZE = 4096
# Texts whose claims a statement judge keeps (its answer keys never change, so neither do
# a text's claims; a message's part is read for them up to three times).
CLAIMS_CACHE_SIZE = 4096
# Facts whose answer stems the yes/no check keeps (knowledge/yes_no.py): a claim is checked
# against the one or two facts ranked for it, and popular facts come back again and again.
STATED_WORDS_CACHE_SIZE = 512
# Fact texts whose cloze reading (words, and every form of them) is kept: the shipped base's
# answers and sources (72) many times over; a larger base is read anew, as before the cache.
CLOZE_TEXT_CACHE_SIZE = 1024
# Fact answers split into clause terms (knowledge/named_after.py), one entry per answer and
# base vocabulary: the shipped base's answers (72) several times over. (Speed only.)
CLAUSE_TERMS_CACHE_SIZE = 256
# Fact answers read for the nouns each side owns (knowledge/muslim_side.py): the shipped
# base's answers (72) several times over. (Speed only.)
SIDE_OWNERS_CACHE_SIZE = 256
# Texts kept with the figures read from them (answer_keys.read_numbers, counted): a
# statement, its options and its masked questions are read again and again. (Speed only.)
NUMBERS_CACHE_SIZE = 2048
# Claims checked against facts kept with the result, per judge (fact_checks.check): a riddle
# or an option checks the same claims against the same facts many times. (Speed only.)
FACT_CHECK_CACHE_SIZE = 8192
# English texts kept with their reading (about 1 KiB each), and facts with whether they ask
# about a term, per engine: a message's parts, options and statements are read several times
# each. (Speed only.)
EN_READING_CACHE_SIZE = 2048
# Term sets kept with their ranking (every fact scored: about 5 KiB each on the shipped base,
# so fewer): a message's parts and options rank the same terms again. (Speed only.)
EN_RANKING_CACHE_SIZE = 512

# --- Message forms (knowledge/forms.py) ---------------------------------------------------

# A bare statement no fact settles gets the engine's fact only when that fact's text holds
# this share of its words: a fact about something else under a claim reads as a «yes».
STATEMENT_ANSWER_COVERAGE = 0.3
# A question asked again with a question word left at its end («متى وقعت غزوة تبوك ولماذا»),
# or a detail asked again after «و» («ما عدد جيش المسلمين وعدد جيش الروم»), needs at least
# this many words before: shorter, the second question has no subject to borrow.
SECOND_QUESTION_MIN_WORDS = 3
# A description opened with «غزوة/معركة» and closed with «ما هي؟ / اسمها ايه؟» is a riddle from
# this many words («غزوة كانت ضد هوازن وثقيف. اسمها ايه؟», 7); shorter ones («غزوة تبوك ما
# هي؟») are plain questions. Other riddles still need knowledge/message.py's RIDDLE_MIN_WORDS.
RIDDLE_SHORT_MIN_WORDS = 6
# A riddle's marker of several words may have this many words between its words, for the
# «فيها» and the doer a description puts inside it («لم يقع فيها قتال», «خلص فيها خالد الجيش»).
RIDDLE_MARKER_GAP = 2
# A riddle's withdrawal verb finds who drew back within this many words after it («انسحب فيها
# خالد بالجيش»): further on, a name belongs to another clause.
RIDDLE_DOER_REACH = 3
# A claim after «سمعت أن …» is judged only with at least this many words: fewer is a scrap.
REPORTED_CLAIM_MIN_WORDS = 3
# A topic after «واريد ان اعرف» inside a story clause is asked with at least this many words.
WANTED_TOPIC_MIN_WORDS = 2
# A clause after a story, asking nothing, is the topic asked about when at most this long
# («…، تقدم جيوش الروم»); a longer one is more story or a claim told.
TOPIC_AFTER_STORY_MAX_WORDS = 5
# Options separated by single dashes («… : ماله كله - نصف ماله - ربع ماله») are read as a
# choice only when there are at least this many: two may be one sentence's own dash.
DASHED_OPTIONS_MIN = 3
# ... and the stem before them has at least this many words: fewer is a heading
# («السؤال: غزوة تبوك - أسبابها - نتائجها»), not a question.
DASHED_STEM_MIN_WORDS = 3
# Options decide a stem the engine hesitates on through a suggestion after its first only
# when that fact explains the stem this well (share of its words pointing elsewhere): «من الذي
# قاد الروم في تبوك؟» (0.35 to Ukaydir's fact, third) must not pick «أكيدر» for it.
CHOICE_MAX_UNEXPLAINED = 0.2
# A word that lost its «ي» in PDF extraction is joined to the piece after it only when that
# piece has at most this many letters («ن», «ه», «ث», «بها»); a longer one is a word of its own.
LOST_YA_PIECE_MAX = 3
# An English riddle asking which expedition names Tabuk (or Mu'tah) when at least this many of
# its words are known to that event's facts only: one word («Romans») fits Mu'tah and Tabuk.
EN_RIDDLE_MARKERS = 2
# A word counts as a marker when it is rarer than this among the facts (idf weight): «Rajab»
# (2.6) and «Usrah» (1.4) mark Tabuk; «army» (0.9), «Prophet» and «Romans», in most facts, do not.
EN_RIDDLE_MARKER_WEIGHT = 1.35
# A riddle whose words, by weight, are more than this share unknown to every fact describes
# something the text does not tell of (a trench, archers, Hawazin): not Tabuk.
EN_RIDDLE_UNKNOWN_SHARE = 0.5

# A statement's word said the way people ask for a fact stands for the fact's own word only
# when the fact's text states at least this share of the statement's other words
# (knowledge/said_as_asked.py); below it, the statement is a paraphrase of nothing stated.
SAID_AS_ASKED_TEXT_SHARE = 0.5
# How many words after «لم», «دون», «لا» a fact's text states under that denial («لم يكن
# الأمر سهلًا», «دون خوف أو تردد»; words joined by «أو»/«و» do not count); also how far a
# riddle's denial reaches the fighting it denies («ما صار فيها قتال»).
DENIAL_REACH = 3
# A fact answers «why only this / why this and not that» when at least this many of its
# phrasings ask why (knowledge/why_contrast.py): a «ليه» read as «why» in one or two dialect
# phrasings («أكيدر شنو وقع ليه»: what happened to him) makes no fact a reason.
WHY_PHRASINGS_MIN = 3

# --- Reading message forms (statements, options, blanks) ---------------------------------

# A statement is «صحيح» only when the fact's text holds this share of its other words
# (knowledge/statements.py, StatementJudge.covers).
STATEMENT_COVERAGE = 0.75
# The same share for a statement read as a whole (no detail left out and asked for): a fact
# the whole statement is about must hold nearly all of its words to confirm or correct it.
WHOLE_STATEMENT_COVERAGE = 0.75
# How many content words a denial reaches when a statement's denial is matched with the
# fact's own («لم يشأ النبي … أن يهاجمهم»: the wish, the one wishing, the attack).
AGREED_DENIAL_REACH = 3
# A fact the engine only offers corrects the side a statement names («ضد الفرس») when it states
# some of the statement's other words too («وحلفائهم»), not none of them.
SIDE_CORRECTION_COVERAGE = 0.3
# A fact about the person a statement claims that states this many of its details (all of
# them, the person too) keeps an unsure candidate's other person from making it «خطأ»: the
# person's name alone is no sign the statement is about that fact.
AGREEING_DETAILS = 2
# A deed said instead of the text's is said of whom the key states it of when at most this
# many words stand between them («المنافقين كانوا يشجعوا», «سمي جيش العسرة بهذا الاسم
# لكثرة عدده»); farther, it may be said of someone else (knowledge/contrary_deeds.py).
CONTRARY_DEED_REACH = 4
# A figure a statement hedges («بنحو ألف», «حوالي») agrees with a figure the fact gives, or
# their sum, within this share of it: 950 camels and 50 horses are «about a thousand», while
# «حوالي ثلاثين ألفًا» for more than forty thousand is still false.
APPROX_NUMBER_SHARE = 0.1
# Of an option's own words, at least this share must be stated by the fact for the option to
# count as stated (knowledge/choices.py), and every other option must trail it by OPTION_LEAD.
OPTION_OVERLAP = 0.6
OPTION_LEAD = 0.4
# Words of context looked at on each side of a blank (knowledge/cloze.py).
CLOZE_CONTEXT_WORDS = 10
# At least this many context words (not function words) must match around the blanks.
CLOZE_MIN_MATCHED = 2
# A blank stands for at most this many words of the fact's text.
CLOZE_MAX_GAP = 5
# A blank filled from the facts' text with this many matching words around it is sure
# enough to stand before the engine's reading of the sentence (knowledge/blanks.py).
CLOZE_SURE = 3


# --- Reading message forms: word-count bounds (knowledge/message*.py, forms' readers) ------

# Fewer words than this before «يعني» are no question of their own («ليش يعني …»).
AFTERTHOUGHT_QUESTION_MIN_WORDS = 3
# Words the question must keep before a concession («مع أنه», «رغم») for it to be cut.
BEFORE_CONCESSION_MIN_WORDS = 3
# A side of «X أم Y» longer than this is a clause of its own, not one of two values.
EITHER_OR_SIDE_MAX_WORDS = 3
# The topic after «و» in a search title is short («وجيش العسرة», «وغزوة تبوك»).
PAIRED_TOPIC_MAX_WORDS = 4
# A riddle describes events before asking; fewer words than this is a plain question.
RIDDLE_MIN_WORDS = 8
# A statement has at least this many words; shorter phrases are headlines.
STATEMENT_MIN_WORDS = 5
# A line this long or longer (in words) is not an option of a multiple-choice question.
OPTION_MAX_WORDS = 8
# Words run together (knowledge/glued_words.py): a word this long (letters) may hold three
# words («متىكانت» is seven letters and two words, which the analyser's run-on cut reads) ...
GLUED_MIN_LETTERS = 8
# ... and it is cut only into this many known words or more: two are the analyser's.
GLUED_MIN_WORDS = 3
# Lines numbered 1, 2, 3 … under a stem are options up to this long (a sentence each).
COUNTED_OPTION_MAX_WORDS = 14
# An option joined on one line is a name or a short phrase: a longer run is a clause.
JOINED_OPTION_MAX_WORDS = 4
# Slips this short are too often other words («ماد», «متي»): four letters at least.
QUESTION_WORD_SLIP_MIN_LETTERS = 4
# A told claim has at least a subject, a verb and what is said of them.
TOLD_CLAIM_MIN_WORDS = 3
# A first clause judged alone («مؤتة صارت بعد تبوك» before «وكانت …») has a subject, a
# verb and what it claims.
LEADING_CLAUSE_MIN_WORDS = 3
# After a forward's check («هل الكلام دقيق؟ الجزئيتين») a word or two may say what is
# checked; more words that ask nothing are no check's end.
AFTER_CHECK_MAX_WORDS = 2
# A title before a riddle's numbered clues («السؤال الثالث:», «لغز اليوم 🤔») is a few words.
RIDDLE_TITLE_MAX_WORDS = 4
# A clue of one word says nothing the engine can place.
RIDDLE_CLUE_MIN_WORDS = 2
# A riddle's clause judged as a statement needs a verb and what it tells («ماكانش فيها قتال»);
# one word alone is no claim the judge can settle.
RIDDLE_CLAUSE_MIN_WORDS = 2


# --- The English matcher and readers (knowledge/english*.py) ---------------------------
# Tuned on tests/eval/english_tuning*.jsonl and the self-written English probes only.

# An English question is answered at this score (0-100) or above ...
EN_ANSWER_MIN_SCORE = 50.0
# ... this far ahead of the next fact ...
EN_ANSWER_MIN_MARGIN = 10.0
# ... leaving at most this share of the question's weight outside the winner's words.
EN_ANSWER_MAX_UNEXPLAINED = 0.3
# A statement (true/false, options, blank) needs this score, whatever it leaves unexplained ...
EN_STATEMENT_MIN_SCORE = 45.0
# ... and may leave this share of its words unexplained (its wrong values).
EN_STATEMENT_MAX_UNEXPLAINED = 0.5
# A named place or people is a fact's own when at least this share of its phrasings names it
# and no other fact's phrasings do as often («the people of Ayla»: the treaties).
EN_NAMED_PLACE_SHARE = 0.1
# A person is a fact's subject when at least this share of its phrasings names him.
EN_OWN_SUBJECT_SHARE = 0.3
# A word is a fact's head (what it is asked about: the allied tribes, the Arabs' fear) when at
# least this share of its phrasings asks it; the build-up's most asked word («gather») is 0.39.
EN_FACT_HEAD_SHARE = 0.6
# A rival leaving more than this share more of the question unexplained than the winner is no
# real rival («the reasons why the Prophet led his army»: the army's name) ...
EN_RIVAL_MAX_EXTRA = 0.4
# ... and when the winner explains every word, a rival must leave less than this unexplained ...
EN_CLEAN_RIVAL_MAX_UNEXPLAINED = 0.15
# ... (a rival this close stays one, whatever it leaves unexplained).
EN_CLEAN_RIVAL_MIN_MARGIN = 5.0
# A close match to one phrasing (this score or above) ...
EN_CLOSE_MIN_SCORE = 75.0
# ... may leave a little more unexplained.
EN_CLOSE_MAX_UNEXPLAINED = 0.4
# A question that is one of a fact's phrasings word for word ...
EN_EXACT_MIN_SCORE = 99.0
# ... needs only this margin.
EN_EXACT_MIN_MARGIN = 5.0
# Facts offered as «did you mean» score at least this ...
EN_SUGGEST_MIN_SCORE = 30.0
# ... and come within this of the leader ...
EN_SUGGEST_WINDOW = 25.0
# ... at most this many.
EN_MAX_SUGGESTIONS = 3
# Candidates an English decision keeps for `bot ask --explain` (as many as the Arabic one lists).
EN_EXPLAIN_CANDIDATES = 5
# Words of the question found in a fact's answer but not in the phrasing count this much.
EN_ANSWER_WORD_CREDIT = 0.3
# How a phrasing's score weighs covering the question against covering the phrasing.
EN_QUESTION_COVER_WEIGHT = 0.65
# A mistyped word is read as a known one at this similarity (0-100), if no other is as close ...
EN_TYPO_MIN_SIMILARITY = 80.0
# ... in words this long (slips in shorter words are mended word by word before reading,
# against known words only: «lpace» is as close to «place» as to «peace», and is left alone).
EN_TYPO_MIN_LENGTH = 6
# A phrasing asking another way than the question («why» for «what») keeps this share.
EN_PHRASING_TYPE_FACTOR = 0.9
# A fact never asked the way the question asks keeps this share of its score.
EN_TYPE_MISFIT_FACTOR = 0.85
# A quotation of a translation shares at least this many terms with it ...
EN_QUOTE_MIN_TERMS = 3
# ... and a quotation of the verse is at least this many letters («ساعة», «اثاقلتم الي الارض»).
EN_QUOTE_MIN_LETTERS = 4
# An option is chosen when the answer supports this share of its words ...
EN_CHOICE_MIN_SUPPORT = 0.6
# ... and no rival comes within this of it.
EN_CHOICE_MIN_MARGIN = 0.3
# In «Which was NOT ...» the chosen option is supported at most this much (the others at
# least EN_CHOICE_MIN_SUPPORT).
EN_CHOICE_NOT_MAX_SUPPORT = 0.34
# A statement naming more values than this, with no deed, relates them in a way their
# standing together in an answer does not check.
EN_NAMES_WITHOUT_DEED_MAX = 2
# At most this many parts of one English message are answered (the reply says when there were
# more, and drops parts itself when it would pass Telegram's 4,096 characters): a worksheet
# or a revision list of four or five questions is answered whole, not three at a time.
EN_MAX_PARTS = 5
# A part after a question is a guess at its answer («…? Abu Bakr?») only this short.
EN_GUESS_MAX_WORDS = 4
# A word or two after an answered question that asks nothing of its own is a guess at its
# answer («… concretely? weather? money? both?»); longer, it may be a question of its own.
EN_ECHO_MAX_WORDS = 2
# A statement is true when this share of its other words is in the fact's answer.
EN_VERDICT_MIN_COVER = 0.5
# A word in a fifth of a fact's English phrasings names what the fact is about («enemy» in 5 of
# the enemy fact's 19): a true/false that gives the answer's own value counts it as told.
EN_VERDICT_SUBJECT_SHARE = 0.2
# A fact tells of a place when at least this share of its phrasings names it.
EN_TOLD_PLACE_SHARE = 0.1
# The words that fill a blank are at most this many.
EN_FILL_MAX_WORDS = 6
# A sentence with a blank names the fact it quotes only with at least this many words around
# the blank: fewer («Ukaydir was the chief of ____») are found in order in too many texts.
EN_CLOZE_MIN_TERMS = 3
# An item of «State what each … gave: (i) … (ii) …» is a name or a few words.
EN_EACH_ITEM_MAX_WORDS = 6
# An emoji list: at least this many lines open with an emoji.
EN_EMOJI_LIST_MIN_LINES = 3
# Options run inline after bare letters are short: a name, a number, a few words.
EN_INLINE_OPTION_MAX_WORDS = 6
# A heading or an item is a few words («causes», «Jaish al-Usra»).
EN_HEADING_ITEM_MAX_WORDS = 6
# A topic set before a colon is a few words («tabuk: when? against whom?»).
EN_TOPIC_MAX_WORDS = 3
# An inline list of options holds at least this many ...
EN_LIST_MIN_OPTIONS = 3
# ... each at most this many words: names or short phrases, not a sentence with commas.
EN_LIST_OPTION_MAX_WORDS = 4
# Bulleted or inline-numbered options are short: a name, a number, a few words ...
EN_BULLET_OPTION_MAX_WORDS = 8
# ... but after a question the lines are its answers to pick from, and may be whole clauses
# («🔸 His life was spared and he returned to his town»).
EN_ASKED_BULLET_OPTION_MAX_WORDS = 24
# Lines pasted with no mark at all are options only when short (a tile of a quiz app: a name,
# a number, «the Byzantine Empire and its allies»); longer lines are statements or questions.
EN_BARE_OPTION_MAX_WORDS = 6
# Words this short are mended only for one letter dropped, added, changed or swapped.
EN_SHORT_WORD = 5
# A slip is mended only in words this long ...
EN_SPELL_MIN_LENGTH = 4
# ... and only into a known word this similar (0-100) ...
EN_SPELL_MIN_SIMILARITY = 80.0
# ... and into a small common word (a filler) only when this similar.
EN_FILLER_MIN_SIMILARITY = 85.0
# Near words looked at before the non-slips are dropped: enough that a tie between two slips
# is seen even when words that are no slips («koran» for «orman») score as high.
EN_SPELL_CANDIDATES = 8
# A riddle's clue of fewer words («left nothing», «left Allah») says too little to name anyone
# when a riddle is read clue by clue (knowledge/english_clues.py).
EN_CLUE_MIN_WORDS = 3

# Arabizi (knowledge/arabizi.py): a spelling that reads more of a word's letters in an unusual
# way (a dropped vowel, «t» as ط, «2» as alif) than this is not taken for a known word: two
# cover «sa7abi» -> صحابي (s as ص, a as ا) and «2tal» -> قتال, while «tholth» (a third) is
# not read as the known «تولت» (a verb, «took charge»).
MAX_UNUSUAL_READINGS = 2
# A message of Latin words without letter-digits is Arabizi only with this many different
# Arabizi function words and no English one («ma hiya ghazwet tabuk w emta kanet?»: hiya,
# emta, kanet); two («shu sabab ghazwet tabuk?») say too little to tell it from a name or two.
MIN_PLAIN_ARABIZI_SIGNS = 3
# Arabizi care (knowledge/arabizi_care.py): how many plainly read words of an Arabizi question
# (not guessed spellings) the answered fact must hold; one is the least evidence that the
# answer is about what was asked, not about a chance likeness of a guessed word.
MIN_ARABIZI_READ_WORDS = 1
# A plainly read Arabizi word held by more than this share of the facts («تبوك», «غزوة», «النبي»)
# names the topic, not the fact asked, so it is no evidence for an answer.
MAX_ARABIZI_WORD_SHARE = 0.8
# Lines typed after a bulleted list of options (knowledge/english_option_lists.py): at most
# this many short lines asking nothing («(expedition of Tabuk)», «thanks») are the asker's
# words, read with the stem; more, or longer, are something else.
EN_OPTION_ASIDE_MAX_LINES = 2
# Such an aside line holds at most this many words: a short label or thanks («(expedition of
# Tabuk)», «thanks a lot»); a longer line may be a sentence of its own, not an aside.
EN_OPTION_ASIDE_MAX_WORDS = 6
