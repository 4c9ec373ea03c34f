"""The evaluation gate: the held-out questions (never used for tuning) as CI's yardstick.

How the sets were written and how the engine was tuned: docs/evaluation.md.
"""

import json
from pathlib import Path

import pytest

from knowledge.engine import AnswerEngine
from knowledge.english_engine import EnglishEngine
from knowledge.evaluation import EvalResult, evaluate, load_items
from knowledge.forms import FormAnswerer
from knowledge.message_evaluation import MessageResult

# Slow: the engine over every evaluation question.
pytestmark = pytest.mark.slow

EVAL = Path(__file__).resolve().parent / "eval"
TARGET = 0.95
UNANSWERABLE_FLOOR = 0.933  # measured: 56/60 held-out unanswerable questions not answered


# The gates read with the engines the bot ships (the conftest fixtures arabic_engine,
# english_engine and answerer, built by bot.knowledge_service as the bot builds them).


@pytest.fixture(scope="module")
def heldout(arabic_engine: AnswerEngine) -> EvalResult:
    return evaluate(arabic_engine, load_items(EVAL / "heldout.jsonl"))


@pytest.fixture(scope="module")
def unanswerable(arabic_engine: AnswerEngine) -> EvalResult:
    items = load_items(EVAL / "unanswerable_heldout.jsonl")
    return evaluate(arabic_engine, items)


def test_evaluation_sets_are_large_and_disjoint() -> None:
    tuning = load_items(EVAL / "tuning.jsonl") + load_items(EVAL / "unanswerable.jsonl")
    held = load_items(EVAL / "heldout.jsonl") + load_items(EVAL / "unanswerable_heldout.jsonl")
    assert len(tuning) + len(held) >= 200
    assert not {i.question for i in tuning} & {i.question for i in held}
    categories = {"paraphrase", "gulf", "levantine", "egyptian", "iraqi", "maghrebi", "typo",
                  "diacritics", "terse", "other_battle", "modern_tabuk", "off_topic"}  # fmt: skip
    assert categories <= {i.category for i in held}


def test_heldout_rejects_at_least_95_percent_of_off_topic_questions(heldout) -> None:
    assert heldout.total.rejected_rate >= TARGET, heldout.total.failures


def test_heldout_gets_no_wrong_confident_answer(heldout) -> None:
    assert heldout.total.wrong_answers == 0, heldout.total.failures


# Issue 2's target: 95% of on-topic held-out questions answered right (155/163 when it was
# met). Since 2026-12-04 answers state only what the source text states (issue 13), so 9
# held-out questions that asked only a detail taken out (the envoy's name or killer, Mu'tah's
# commanders, the nights at Tabuk, Jarba and Adhruh) expect no answer, and all 9 get the
# honest reply. On the other 154: 145 right on the day the details were taken out, 147/154 =
# 95.5% on that evening's final code.
def test_heldout_answers_at_least_95_percent_of_on_topic_questions_correctly(heldout) -> None:
    assert heldout.total.answered_rate >= TARGET, heldout.total.failures


def test_heldout_questions_the_base_cannot_answer_are_mostly_not_answered(unanswerable) -> None:
    assert unanswerable.total.rejected_rate >= UNANSWERABLE_FLOOR, unanswerable.total.failures


# English messages (issue 17): 420 written blind with their forms, split tuning/held-out.
# Target: held-out >= 90% answered right with no wrong answer. NOT reached. Measured in
# aggregate after tuning rounds on english_tuning.jsonl only: 74/108 = 68.5% (2 wrong),
# 73/108 (3 wrong), 75/108 = 69.4% (3 wrong), and last 78/108 = 72.2% with 4 wrong answers,
# while tuning went from 197/249 to 223/249 with none wrong. 19/19 rejected right each time.
# 2026-12-04, after a round on english_tuning.jsonl and a second blind tuning set
# (english_tuning2.jsonl, 102/156 -> 147/156): 84/108 = 77.8% with 4 wrong, 19/19 rejected.
# Evening, after a round on three tuning sets and a 699-message self-written probe: 84/108
# again, 4 wrong, 19/19 (the tuning gains did not carry over to this set).
# 2026-12-05, after a round on broad exam questions (tuning4 and a 753-message probe):
# 86/108 = 79.6%, 4 wrong, 19/19.
# 2026-12-05, second session (a fourth blind round, tuning5 and an 890-message probe):
# 87/108 = 80.6%, 4 wrong, 19/19.
# 2026-12-05, third session (a fifth blind round, chat English, riddles, pointers): 89/108 =
# 82.4%, 4 wrong, 19/19.
# 2026-12-05, sixth session (English exam frames, option layouts): 91/108 = 84.3%, 4 wrong, 19/19.
# 2026-12-05, ninth session (exam wording, details asked back): 92/108 = 85.2%, 4 wrong, 19/19.
# 2026-12-07, twentieth session (a donor given another donor's gift, other names for the army):
# 93/108 = 86.1%, 4 wrong, 19/19.
# 2026-12-07, twenty-fourth session (ask-backs settled by whose deed or attitude is asked):
# 94/108 = 87.0%, 4 wrong, 19/19.
# 2026-12-07, twenty-fifth session (a deed only meant is no deed claimed): 94/108, 3 wrong.
# 2026-12-07, twenty-sixth session (a choice settled by a whole shown with its part): 95/108 =
# 88.0%, 3 wrong, 19/19.
# The gate holds the last measured figures as a regression floor, not the target.
ENGLISH_ANSWERED_FLOOR = 0.879
ENGLISH_WRONG_CEILING = 3


@pytest.fixture(scope="module")
def english_heldout(arabic_engine: AnswerEngine, english_engine: EnglishEngine) -> EvalResult:
    from knowledge.english_evaluation import evaluate_messages, load_messages
    from knowledge.router import Router

    router = Router(arabic_engine, english_engine)
    return evaluate_messages(router, load_messages(EVAL / "english_heldout.jsonl"))


def test_english_sets_are_disjoint_and_cover_every_form() -> None:
    from knowledge.english_evaluation import load_messages

    tuning = load_messages(EVAL / "english_tuning.jsonl")
    held = load_messages(EVAL / "english_heldout.jsonl")
    assert len(tuning) + len(held) >= 400
    assert not {i.message for i in tuning} & {i.message for i in held}
    forms = {"plain", "exam", "multi", "truefalse", "mcq", "fillblank", "preamble", "refuse"}
    assert forms <= {i.category for i in held}


def test_english_heldout_stays_at_its_measured_floor(english_heldout) -> None:
    total = english_heldout.total
    assert total.answered_rate >= ENGLISH_ANSWERED_FLOOR, total.failures
    assert total.wrong_answers <= ENGLISH_WRONG_CEILING, total.failures
    assert total.rejected_rate == 1.0, total.failures


# Arabic message forms (issue 13): 678 messages written blind by two writers, split 70/30 by
# writer and form (tests/eval/split_messages.py, docs/message_forms.md). The target
# (95% answered, 95% rejected, none wrong) is NOT reached. The held-out part was measured four
# times, in aggregate: 128/197 = 65.0% answered, 32/40 rejected, 14 wrong on the first run;
# 132/197, 33/40, 13 wrong; 131/196, 32/39, 13 wrong once two messages both writers wrote alike
# were taken out of it; and last 132/196 = 67.3% answered, 33/39 = 84.6% rejected, 11 wrong
# (tuning at the same time: 342/457 = 74.8%, 82/94, 24 wrong). Most wrong answers are the
# engine answering a detail the text lacks, a whole fact for its part, or a mistyped word. CI
# holds the last measurement: after a whole's list stopped filling a one-item blank, 132/196
# answered, 10 wrong (tuning 342/457, 22 wrong).
# 2026-12-04, after a round on messages_tuning.jsonl and a second blind tuning set
# (messages_tuning2.jsonl): 136/196 answered, 34/39 rejected, 8 wrong.
# Evening, after answers were limited to the source text and a round on three tuning sets:
# 143/196 answered, 38/39 rejected, 6 wrong (helpers also read these aggregates as a check).
# 2026-12-05, after a round on a headline-heavy fourth tuning set and self-written probes:
# 147/196 answered, 38/39 rejected, 6 wrong.
# 2026-12-05, second session (a fifth tuning set, wrong answers hunted by cause, preambles):
# 150/196 answered, 38/39 rejected, 5 wrong.
# 2026-12-05, third session: 149/196, 38/39, 5 wrong. The floor went down by one message on
# purpose: fill-in replies now give missing words only when the text's words fit the blank,
# and one held-out blank lost its answer (its missing words were not checked before); the
# wrong-answer ceiling is unchanged.
MESSAGES_ANSWERED_FLOOR = 0.857  # measured 168/196 (twenty-seventh session; 167 before)
MESSAGES_REJECTED_FLOOR = 1.0  # measured 39/39
MESSAGES_WRONG_CEILING = 2  # measured (fourteenth session; 3 before)


@pytest.fixture(scope="module")
def messages_heldout(answerer: FormAnswerer) -> MessageResult:
    from knowledge.message_evaluation import evaluate_messages, load_message_items

    return evaluate_messages(answerer, load_message_items(EVAL / "messages_heldout.jsonl"))


def test_message_sets_are_large_disjoint_and_cover_every_form() -> None:
    from knowledge.message_evaluation import load_message_items

    tuning = load_message_items(EVAL / "messages_tuning.jsonl")
    held = load_message_items(EVAL / "messages_heldout.jsonl")
    assert len(tuning) + len(held) >= 600
    assert not {i.message for i in tuning} & {i.message for i in held}
    # A second tuning set by a third blind writer (c), who never saw the base.
    second = load_message_items(EVAL / "messages_tuning2.jsonl")
    assert len(second) >= 250 and {i.writer for i in second} == {"c"}
    assert not {i.message for i in second} & {i.message for i in held}
    forms = {"multi", "preamble", "exam", "headline", "gap", "mcq", "truefalse", "fillblank",
             "headline_mixed", "riddle"}  # fmt: skip
    assert forms <= {i.form for i in held} and forms <= {i.form for i in tuning}


def test_message_heldout_stays_at_its_measured_floor(messages_heldout: MessageResult) -> None:
    total = messages_heldout.total
    assert total.answered_rate >= MESSAGES_ANSWERED_FLOOR, total.failures
    assert total.rejected_rate >= MESSAGES_REJECTED_FLOOR, total.failures
    assert total.wrong_answers <= MESSAGES_WRONG_CEILING, total.failures


# Second round (2026-12-04): 300 Arabic and 150 English messages written blind by three new
# writers (seed text and topic names only), split a third tuning, two thirds held out
# (tests/eval/split_fresh.py). First run, before that day's work: Arabic 127/177 answered,
# 63/73 rejected, 13 wrong; English 53/78, 3 wrong, 16/17 rejected. Measured on that day's
# final code: Arabic 134/177 = 75.7%, 69/73, 9 wrong; English 59/78 = 75.6%, 1 wrong, 16/17.
# 2026-12-05: Arabic 136/177 = 76.8%, 69/73, 8 wrong; English 63/78 = 80.8%, 1 wrong, 16/17.
# Third round (2026-12-05): 240 Arabic messages in the real collection's proportions (a third
# search headlines) and 160 English in exam-paper style, by two new blind writers. First run:
# Arabic 92/117, 49/51, 9 wrong; English 69/84, 2 wrong, 18/18. Final: Arabic 96/117 = 82.1%,
# 50/51, 6 wrong; English 70/84 = 83.3%, 2 wrong, 18/18.
# Fourth round (2026-12-05, second session): 240 Arabic messages from more kinds of writers
# (dialects, worksheet sections, damaged text) and 160 English (exam papers, chat English,
# transliterations), by two new blind writers. First run: Arabic 95/122, 37/39, 4 wrong;
# English 64/84, 1 wrong, 18/19. Final: Arabic 98/122 = 80.3%, 37/39, 4 wrong; English
# 64/84 = 76.2%, 1 wrong, 18/19. Same day, older rounds: Arabic heldout2 136/177, 69/73,
# 8 wrong; heldout3 99/117 = 84.6%, 50/51, 4 wrong; English heldout2 64/78 = 82.1%, 1 wrong,
# 16/17; heldout3 71/84 = 84.5%, 2 wrong, 18/18.
# Third session, final (after a fifth round): Arabic heldout2 136/177, 69/73, 8 wrong;
# heldout3 98/117, 50/51, 4 wrong (one true/false verdict lost on purpose: Ukaydir's «not
# killed» now judges only statements that name him, which ended a wrong «خطأ» on a statement
# about the envoy); heldout4 99/122, 37/39, 3 wrong; heldout5 110/159, 29/32, 11 wrong.
# English heldout2 65/78, 1 wrong, 16/17; heldout3 72/84, 2 wrong, 18/18; heldout4 64/84,
# 1 wrong, 18/19; heldout5 61/87, 4 wrong, 13/15.
# Fifth round (2026-12-05, third session): 240 Arabic messages (teachers' quiz posts, damaged
# worksheets, forum posts with long preambles, bare false statements, riddles) and 160 English
# (exam papers, school MCQ, student chat), by two new blind writers. First run, on the
# session's starting code (032517a): Arabic 108/159 = 67.9%, 29/32, 11 wrong; English
# 61/87 = 70.1%, 4 wrong, 13/15.
# Sixth round (2026-12-05, fourth session): 220 Arabic messages in the forms of the public places
# real questions appear (worksheets, quiz pages, forum and fatwa questions, search headlines, a
# quarter asking details the text does not state) and 130 English (exam papers, quiz sites,
# forums), by two new blind writers. First run, on the session's starting code (72752e5):
# Arabic 90/107 = 84.1%, 48/51, 7 wrong; English 39/57 = 68.4%, 2 wrong, 23/24. Final, same
# figures for both; older rounds: Arabic heldout2 137/177 = 77.4%, 69/73, 8 wrong; English
# heldout4 64/84, 1 wrong, 19/19.
# Eighth round (2026-12-05, sixth session): 220 Arabic messages from people earlier rounds heard
# less from (voice-typed run-on messages, parents asking for a child's homework, learners and
# children with spelling mistakes, competition channels, claims heard in sermons) and 130
# English (converts, weekend-school teachers, O-Level/GCSE revision, quiz apps, South Asian
# and African spellings), by two new blind writers. First run, on the session's starting code
# (00b59ec): Arabic 66/121 = 54.5%, 40/50, 23 wrong; English 36/66 = 54.5%, 6 wrong, 19/19.
# End of the sixth session (8f99519): Arabic 70/121 = 57.9%, 40/50, 18 wrong; English 37/66,
# 5 wrong, 19/19; older rounds: heldout4 101/122, heldout5 115/159 (9 wrong), heldout6 93/107
# (5 wrong), heldout7 91/122 (10 wrong); the others unchanged.
# End of the seventh session (0bd8cc2): Arabic older rounds 865 answered right (863 at its
# start), 57 wrong (59), 355 rejected right (353); English 470 (467), 22 wrong (23).
# Ninth round (2026-12-05, eighth session): 200 Arabic messages in the forms of the public places
# again (worksheets of several curricula, quiz pages and competition posts, forum and fatwa
# questions, misspelled search headlines; 34 repeats of earlier lines dropped) and 120 English
# (papers, quiz sites, forums, search headlines), by two new blind writers. First run, on the
# session's starting code (2642e65): Arabic 85/104 = 81.7%, 34/35, 2 wrong; English 44/57 =
# 77.2%, 2 wrong, 15/19 (4 answered though the text does not state it). End of the eighth
# session (0690880): round 9 Arabic unchanged, English 44/57, 1 wrong; older rounds: Arabic
# heldout 158/196, heldout7 93/122, heldout8 17 wrong; English heldout5 64/87, 3 wrong.
# Tenth round (2026-12-05, ninth session): 200 Arabic messages as people send them to a bot in
# Telegram and WhatsApp study groups (phone typing, voice transcripts, teachers' pasted
# revision sheets, text copied from PDFs and pictures, forwarded quiz posts, replies; 11
# repeats dropped) and 120 English (revision chat, pasted sheets, OCR text; 8 repeats), by two
# new blind writers. First run (686206b, the session's second commit: at its start the Arabic
# set could not be measured, as «①»-numbered items raised in the statement reader): Arabic
# 84/113 = 74.3%, 34/36, 8 wrong; English 40/62 = 64.5%, 5 wrong, 12/13. End of the ninth
# session (a9f8052): every Arabic set unchanged; English heldout 92/108, heldout7 3 wrong,
# heldout9 45/57, round 10 unchanged.
# Eleventh round (2026-12-05, tenth session): 200 Arabic messages as a new user and the public
# places bring them (short direct questions, misspelled search headlines, worksheets of more
# curricula, quiz pages with empty answer lines, forum and fatwa posts, a quarter of the parts
# on details the text does not state; 36 repeats of earlier lines dropped) and 120 English
# (past papers, school and madrasa tests, quiz apps, quick questions, forums; 11 repeats), by
# two new blind writers. First run, on the session's starting code (32295b3): Arabic 75/90 =
# 83.3%, 45/49, 7 wrong; English 50/62 = 80.6%, 1 wrong, 11/11. End of the tenth session
# (83d4c5b): Arabic wrong 73 -> 66 over the eleven sets (heldout2 8 -> 5, heldout8 17 -> 16,
# heldout9 2 -> 1, heldout10 8 -> 6), heldout6 91 -> 94/107, three more rejected right;
# English 12 more answered (heldout2 67, heldout5 65, heldout6 42, heldout7 38, heldout8 39,
# heldout9 46 with 0 wrong, heldout10 41, heldout11 52/62 with 0 wrong).
# Twelfth round (2026-12-05, eleventh session): 200 Arabic messages from places not imitated
# before (parents typing a child's homework, primary worksheets, mosque lessons and verses of
# at-Tawbah, social-media comments and claims to check, family quiz nights with four or five
# rapid questions, near-miss true/false statements; 14 repeats dropped) and 120 English (WAEC
# and matric papers, weekend-school worksheets, Qur'an-linked questions, study-buddy chat,
# near-miss distractors; 5 repeats), by two new blind writers. First run, on the session's
# starting code (6e4e5f5): Arabic 79/125 = 63.2%, 33/38, 13 wrong; English 33/61 = 54.1%,
# 4 wrong, 13/15: the hardest round so far.
# End of the eleventh session (b40cdf9): Arabic answered heldout 159, heldout4 103, heldout7 94
# (wrong 9 -> 8), heldout8 72 (wrong 16 -> 15), heldout10 86, heldout12 79 with 12 wrong and
# 34/38 rejected; every English set unchanged.
# Thirteenth round (2026-12-06, twelfth session): 200 Arabic messages (university Seerah
# courses in academic wording, comparisons with other events, people named by kunya or title
# and places by other names, the order of events, WhatsApp forwards to fact-check, TV and radio
# quiz contests; 12 repeats dropped) and 120 English (university essay prompts, new Muslims,
# learners' English, Kahoot and Quizlet, podcast listeners, titles and nicknames; 2 repeats).
# First run, on the session's starting code (052e240): Arabic 58/113 = 51.3%, 30/34, 10 wrong;
# English 28/61 = 45.9%, 2 wrong, 15/18: the hardest round so far.
# Twelfth session, 3935165 (titles and kunyas read as the names they stand for): heldout12
# 79 -> 78 answered, heldout13 59 -> 60 with one wrong answer fewer; the floor follows.
# 96d4af7's answer checks (a part asking only which answer is right is no part) cost heldout5
# 115 -> 114 and heldout9 85 -> 84 answered, and keep one wrong answer off heldout6: kept, and
# the two floors follow.
# End of the twelfth session (5dbc59c): Arabic answered heldout 163 (wrong 4 -> 3), heldout2
# 142, heldout7 95, heldout11 wrong 7 -> 6 and 46/49 rejected, heldout13 61 (wrong 10 -> 9);
# English heldout7 wrong 3 -> 2, heldout13 32.
# Fourteenth round (2026-12-06, thirteenth session): 200 Arabic messages (contests where the
# contestant asks to check an answer, sermon and lesson preparers, non-native learners of
# Arabic, Sudanese, Yemeni, Maghrebi and Libyan dialects, social-media comments, children and
# parents; 3 repeats dropped) and 120 English (weekend and Sunday schools, Reddit-style posts,
# students checking their answers, A-level and IB prompts, South-East Asian English,
# machine-translated questions; 1 repeat). First run, on the session's starting code
# (0e88939): Arabic 76/115 = 66.1%, 30/33, 10 wrong; English 30/64 = 46.9%, 5 wrong, 16/16.
# End of the thirteenth session (3a6af3b): Arabic answered heldout8 73 (wrong 15 -> 14, 43/50
# rejected), heldout10 35/36 rejected, heldout12 79, heldout13 64 (wrong 9 -> 8, 31/34
# rejected), heldout14 77; English answered heldout4 66, heldout5 67, heldout8 40 (wrong 5 -> 4),
# heldout11 53, heldout12 34, heldout13 33.
# Fifteenth round (fourteenth session, blind writers r and en16): 200 Arabic (Gulf and Iraqi
# dialects, voice-to-text dictation, textbook review questions, students of Qur'an commentary,
# Ramadan contest sheets, elderly people, teachers checking a fact before teaching it; 2 repeats
# dropped) and 120 English (Nigerian WAEC/NECO, Pakistani CSS/PMS, homeschooling parents,
# Quora-style posts, voice-assistant transcripts, GCSE/IGCSE past papers, trivia cards,
# translated questions; 2 repeats). First run, on the session's starting code (e0d338b):
# Arabic 91/118 = 77.1%, 36/39, 7 wrong; English 40/64 = 62.5%, 3 wrong, 15/16.
# End of the fourteenth session (eca595e): Arabic answered heldout 164 (wrong 3 -> 2), heldout5
# 115, heldout6 95, heldout7 96, heldout8 75 (wrong 14 -> 13, 44/50 rejected), heldout15 92;
# English answered heldout5 68, heldout14 31, heldout15 41.
# Sixteenth round (fifteenth session, blind writers s and en17): 200 Arabic (Egyptian, Levantine,
# Sudanese and Yemeni speech, text copied from PDF worksheets, university exams, tweets,
# forwarded WhatsApp quizzes, parents checking a child's lesson; 6 repeats dropped) and 120
# English (IB/AQA coursework, Bangladeshi and Indian students, reverts, chatbot-style prompts,
# teachers' class quizzes, East African KCSE-style questions, Discord chat, podcast listeners).
# First run, on the session's starting code (6e0794b): Arabic 81/116 = 69.8%, 38/39, 6 wrong;
# English 34/71 = 47.9%, 3 wrong, 9/9.
# End of the fifteenth session (229a355): Arabic heldout2 wrong 5 -> 4 (71/73 rejected), heldout4
# 104, heldout7 97, heldout8 wrong 13 -> 12 (45/50 rejected); English heldout2 68, heldout8 wrong
# 4 -> 3, heldout13 34, heldout14 32, heldout15 42.
# Round 17 (sixteenth session, seed 1219): 200 Arabic messages (Maghrebi Darija, Saudi speech,
# Telegram channel quizzes, imams' lessons, students' notes, search queries, contest cards, weak
# spellers; 9 repeats dropped) and 120 English (JAMB/NECO, O-Level Islamiyat, world-history
# students, UK weekend madrasas, TikTok comments, lesson slides, Malaysian and Indonesian English,
# phone texting; 1 repeat dropped). First run, on the session's starting code (edc4c04): Arabic
# 73/113 = 64.6%, 37/38, 3 wrong; English 37/71 = 52.1%, 3 wrong, 10/10.
# End of the sixteenth session: Arabic heldout (set 1) 166, heldout5 117, heldout6 96, heldout8
# 76, heldout10 87; English heldout9 47, heldout14 34, heldout16 35. Round 17's own held-out
# parts did not move.
# Round 18 (seventeenth session, seed 1220): 200 Arabic messages (old-style forum posts, Arabizi,
# non-native learners, Qur'an memorisation circles, doubters checking claims, chatbot-style
# prompts, Omani/Emirati/Kuwaiti/Bahraini speech, students revising the night before an exam; no
# repeats) and 120 English (history-forum posters, KS3 RE, AP World History, Arab students writing
# English, children, Filipino madrasa students, forwarded quizzes, teachers preparing a lesson).
# First run, on the session's starting code (25f8a4f): Arabic 69/118 = 58.5%, 33/36, 6 wrong;
# English 35/67 = 52.2%, 3 wrong, 13/13.
# End of the seventeenth session (0232793): Arabic heldout10 88 (wrong 6 -> 5), heldout12 80
# (wrong 12 -> 11), heldout14 wrong 10 -> 9, heldout16 82, heldout17 74, heldout18 76 (the
# Arabizi reader: Arabic typed in Latin letters). English unchanged.
# Round 19 (eighteenth session, seed 1221): 200 Arabic messages (comments under lecture videos,
# Google Forms quizzes, lesson slides, phone autocorrect, sermon listeners, Levantine village
# speech, lessons-and-morals questions, students pasting their own answer; 7 repeats dropped) and
# 120 English (video comments, Google Forms, slides, texting, sermon listeners, South Asian madrasa
# exams, North American weekend schools, morals questions). First run, on the session's starting
# code (a4a87d8): Arabic 73/103 = 70.9%, 37/41, 9 wrong; English 32/65 = 49.2%, 7 wrong, 15/15.
# End of the eighteenth session (f319deb): Arabic heldout2 144 (72/73 rejected), heldout10 89,
# heldout11 77, heldout12 82, heldout14 79, heldout16 83, heldout17 75; heldout15 91 and
# heldout19 72 (the two trades noted at their floors). English unchanged.
# Round 20 (nineteenth session, seed 1222): 200 Arabic messages (TikTok comments, classroom and
# Ramadan contest apps, friends' arguments to settle, answer-page boilerplate, Tunisian and Libyan
# speech, Omani and Emirati speech, Instagram captions, tutors and parents; no repeats dropped)
# and 120 English (contest apps, tutors, South African madrasah learners, arguments, Instagram,
# homework-help sites, flashcards, a book club). First run, on the session's starting code
# (d900d50): Arabic 80/119 = 67.2%, 39/41, 7 wrong; English 25/63 = 39.7%, 3 wrong, 18/18.
# End of the nineteenth session: Arabic heldout17 76, heldout19 73, heldout20 82 (wrong 7 -> 6);
# English heldout7 39 (wrong 2 -> 1). Everything else unchanged.
# Round 21 (twentieth session, seed 1223): 200 Arabic messages (ministry exam papers, trips to the
# Tabuk region, Kuwaiti and Bahraini speech, Mauritanian speech, military-history enthusiasts,
# parents telling the story to children, phone speech-to-text, comparisons with other
# expeditions; 3 repeats dropped) and 120 English (mark schemes, lesson plans, search queries,
# Indonesian and Malaysian learners, family WhatsApp groups, documentary viewers, standardized-test
# multiple choice, Caribbean Muslims; 1 repeat dropped). First run, on the session's starting code
# (12b42c7): Arabic 75/115 = 65.2%, 38/41, 5 wrong; English 30/67 = 44.8%, 0 wrong, 12/12.
# End of the twentieth session (8273715): Arabic heldout4 105, heldout9 85, heldout13 65,
# heldout17 77, heldout20 83, heldout21 76; English heldout (set 1) 93. No wrong count moved.
# Round 22 (twenty-first session, seed 1224): 200 Arabic messages (Azhar exam papers, X threads,
# Moroccan and Algerian Darija, crossword clues, a women's study circle, researchers asking for
# details and sources, Gulf youth mixing in English words, reading comprehension; no repeats
# dropped) and 120 English (IGCSE structured questions, Reddit-style skeptics, crossword clues,
# reading comprehension, MSA trivia nights, romanised terms, Byzantine-history enthusiasts, Sri
# Lankan and Maldivian madrasa students; no repeats dropped). First run, on the session's
# starting code (3b4b52d): Arabic 51/109 = 46.8%, 46/47, 5 wrong; English 22/60 = 36.7%, 5
# wrong, 20/20 (the lowest first runs yet).
# End of the twenty-first session (57898a3, then ar68): Arabic heldout (set 1) 167, heldout2 145
# (wrong 4 -> 3), heldout5 118, heldout8 77, heldout14 80; English heldout12 35, heldout17 38,
# heldout18 37, heldout19 33, heldout22 23. No other count moved.
# Round 23 (twenty-second session, seed 1225): 200 Arabic messages (sermon listeners, worksheet
# sections for matching and ordering, TikTok captions, claims to settle, primary pupils, teachers
# asking for model answers, Sudanese and Iraqi speech, people who talk to bots in keywords; 4
# repeats dropped) and 120 English (francophone learners, military logistics, interfaith groups,
# children's storybooks, A-level essays, quiz-app cards, travellers to modern Tabuk, forwarded
# messages; no repeats dropped). First run, on the session's starting code (52184ff): Arabic
# 50/113 = 44.2%, 43/44, 5 wrong; English 23/60 = 38.3%, 4 wrong, 20/21.
# End of the twenty-second session: Arabic heldout3 101 (wrong 3 -> 2), heldout4 106, heldout8
# wrong 12 -> 11, heldout10 90, heldout11 wrong 6 -> 5, heldout12 83, heldout16 84, heldout18 78,
# heldout22 53 (wrong 5 -> 4), heldout23 53; English heldout7 40, heldout11 54, heldout13 36,
# heldout15 rejected 16/16, heldout22 24, heldout23 25. No other count moved.
# Round 24 (twenty-third session, seed 1226): 200 Arabic messages (Egyptian pupils before an exam,
# voice-typed run-on messages, Yemeni and Omani speech, a Ramadan contest host, parents asking for
# homework, misconceptions to confirm, numbers and dates, Levantine students; 8 repeats dropped)
# and 120 English (WAEC/NECO papers, voice-dictated English, new Muslims, podcast listeners,
# homeschooling parents, South-East Asian learners, debate quick-fire, timelines; no repeats
# dropped). First run, on the session's starting code (ef5097e): Arabic 79/116 = 68.1%, 33/34,
# 4 wrong; English 27/62 = 43.5%, 6 wrong, 18/19.
# End of the twenty-third session: Arabic heldout5 119 (wrong 9 -> 8), heldout9 88, heldout10 91,
# heldout11 rejected 47/49 (wrong 5 -> 4), heldout12 85, heldout20 84, heldout23 52 (a trade,
# below), heldout24 80; English heldout3 wrong 2 -> 1, heldout5 rejected 14/15, heldout7 41,
# heldout13 rejected 16/18, heldout20 26, heldout24 32 (wrong 6 -> 4). No other count moved.
# Round 25 (twenty-fourth session, seed 1227): 200 Arabic messages (people living in today's
# Tabuk region, ministry exam papers pasted whole, a Qur'an-circle teacher, search-bar keyword
# strings, older relatives typing slowly, seerah enthusiasts comparing expeditions, Telegram
# channel quiz posts, Maghrebi students; no repeats dropped) and 120 English (O-Level Islamiyat,
# chatbot-style prompts, Indian English, weekend-school children, Byzantine-history students, a
# trivia host, romanised Arabic with chat numbers, social-media claims; no repeats dropped).
# First run, on the session's starting code (c39ec78): Arabic 82/132 = 62.1%, 40/41, 6 wrong;
# English 24/60 = 40.0%, 2 wrong, 21/21.
# End of the twenty-fourth session: Arabic heldout7 rejected 41/43 (wrong 8 -> 7), heldout8 78,
# heldout11 78, heldout12 wrong 11 -> 10, heldout20 85, heldout25 86 (wrong 6 -> 5); English
# heldout (set 1) 94, heldout2 70, heldout12 36, heldout13 wrong 2 -> 1, heldout15 43,
# heldout16 36, heldout20 27, heldout25 25. No other count moved.
# Round 26 (twenty-fifth session, seed 1228): 200 Arabic messages (Sudanese and Iraqi speakers,
# a university seerah final, children after the story, forwarded messages to check, sermon
# preparers, quiz-app copies, hunters of fine details; 3 repeats dropped) and 120 English (GCSE
# and A-level Religious Studies, quiz-app copies, history-forum posters, West African students,
# dawah-stall visitors, readers of at-Tawbah in translation, autocorrect-mangled messages, a
# women's study circle; no repeats dropped). First run, on the session's starting code
# (eb2f1d2): Arabic 69/118 = 58.5%, 33/35, 5 wrong; English 23/61 = 37.7%, 3 wrong, 19/19.
# End of the twenty-fifth session: Arabic heldout2 144 (a trade, below), heldout3 102, heldout5
# 120 (wrong 8 -> 7), heldout7 98, heldout10 92, heldout11 79, heldout15 93, heldout16 85
# (wrong 6 -> 5), heldout17 78, heldout18 79 (wrong 6 -> 5), heldout20 87, heldout25 87,
# heldout26 70; English heldout (set 1) wrong 4 -> 3, heldout5 rejected 15/15, heldout6 41 (a
# trade, below), heldout10 43 (rejected 13/13), heldout12 37, heldout14 wrong 5 -> 4.
# Round 27 (twenty-sixth session, seed 1229): 200 Arabic messages (Saudi, Palestinian and
# Jordanian speakers, the night before an exam, group admins checking answer keys, presentation
# makers, learners of Arabic from Turkish, Urdu, Malay and Persian, causes and consequences,
# titles and other names; 5 repeats dropped) and 120 English (UK evening-madrasa teenagers,
# worksheet answer keys, US world-history students, parents helping with homework, texting
# shorthand, revision lists, why and what next, spelling variants; 1 repeat dropped). First run,
# on the session's starting code (4f8fc34): Arabic 74/121 = 61.2%, 43/44, 4 wrong; English
# 25/64 = 39.1%, 6 wrong, 16/16.
# End of the twenty-sixth session: Arabic heldout5 122, heldout14 81, heldout16 86, heldout26
# 72; English heldout (set 1) 95, heldout13 37, heldout14 35, heldout27 26 (wrong 6 -> 5). No
# floor lowered, no ceiling raised.
# Round 28 (twenty-seventh session, seed 1230): 200 Arabic messages (Kuwaiti and Emirati
# speakers, casual Egyptian colloquial, primary-school teachers, Qur'an memorisation students,
# tweet-style threads, curriculum lesson objectives, very fast phone typing, curious readers from
# outside religious study; 4 repeats dropped) and 120 English (Australian university students,
# past-paper questions with mark allocations, interfaith readers, East African students, Discord
# teenagers, lesson objectives, lecture listeners half-remembering, Hijri and Gregorian dates; no
# repeats dropped). First run, on the session's starting code (efd5089): Arabic 77/115 = 67.0%,
# 36/36, 4 wrong; English 21/63 = 33.3%, 3 wrong, 17/17.
# End of the twenty-seventh session: Arabic heldout (set 1) 168, heldout3 103, heldout4 107,
# heldout8 79 (wrong 11 -> 10), heldout9 89, heldout13 66, heldout14 82, heldout15 94, heldout16
# 87, heldout22 wrong 4 -> 3; English heldout15 44, heldout19 37 (wrong 7 -> 5), heldout22 26,
# heldout23 26, heldout27 27. No floor lowered, no ceiling raised.
# Round 29 (twenty-eighth session, seed 1231): 200 Arabic messages (Libyan speakers, students
# checking compressed revision notes, imams preparing a mosque lesson, family WhatsApp groups,
# hosts of live quiz contests, askers about places and routes, reading-comprehension exercises,
# askers about the people and their names; 7 repeats dropped) and 120 English (Malaysian and
# Singaporean students, reading-comprehension worksheets, people and names, places and routes,
# Islamic primary-school pupils, compressed revision notes, YouTube commenters, readers of
# at-Tawbah in translation; no repeats dropped). First run, on the session's starting code
# (73a88f7): Arabic 72/115 = 62.6%, 39/40, 2 wrong; English 30/66 = 45.5%, 9 wrong, 15/15.
# End of the twenty-eighth session: Arabic heldout19 wrong 9 -> 8 (rejected 37 -> 38 of 41),
# heldout20 88, heldout21 77, heldout22 54, heldout28 78; English heldout5 69 (wrong 3 -> 2),
# heldout14 36, heldout16 38, heldout25 26, heldout27 wrong 5 -> 4, heldout28 22. No floor
# lowered, no ceiling raised.
# Round 30 (twenty-ninth session, seed 1232): 200 Arabic messages (Omani and Bahraini speakers,
# students the night before an exam, teachers checking answer keys, Instagram quiz cards, wrong
# premises, Mauritanian and Chadian speakers, summaries and lessons, numbers and counts; 1 repeat
# dropped) and 120 English (North American college students, learners of Arabic mixing scripts,
# answer keys, Instagram and TikTok cards, wrong premises, Sri Lankan and Maldivian students,
# summaries and takeaways, numbers and counts; 1 repeat dropped). First run, on the session's
# starting code (4f7ae90): Arabic 79/132 = 59.8%, 27/29, 9 wrong; English 31/65 = 47.7%,
# 3 wrong, 14/14.
# End of the twenty-ninth session: Arabic heldout8 81 (wrong 10 -> 8), heldout14 wrong 9 -> 8
# (rejected 30 -> 31 of 33), heldout17 80, heldout19 75, heldout25 88 (wrong 5 -> 4),
# heldout30 80 (wrong 9 -> 8); English heldout8 41, heldout12 38, heldout15 45 (wrong 3 -> 2),
# heldout17 39, heldout18 38, heldout30 32. No floor lowered, no ceiling raised.
# Round 31 (thirtieth session, seed 1233): 200 Arabic messages (Algerian speakers, heavy
# abbreviators, numbered quiz series, askers after word meanings, teachers' discussion prompts,
# who did what, Qatari and Emirati speakers, viewers of a documentary; 5 repeats dropped) and 120
# English (Turkish and Bosnian speakers, heavy abbreviators, numbered quiz series, word meanings,
# discussion prompts, who did what, German and Dutch speakers, viewers of a documentary; 1 repeat
# dropped). First run, on the session's starting code plus one data fix (1c15b51): Arabic
# 84/140 = 60.0%, 31/33, 8 wrong; English 26/66 = 39.4%, 4 wrong, 11/13.
# End of the thirtieth session: Arabic heldout5 123, heldout7 99, heldout8 82 (wrong 8 -> 7),
# heldout10 94, heldout16 89, heldout19 wrong 8 -> 7 (rejected 38 -> 39 of 41), heldout21 78,
# heldout24 81, heldout27 75, heldout28 79, heldout29 73; English heldout6 42, heldout14 37
# (wrong 4 -> 3), heldout19 39, heldout22 28, heldout26 24, heldout31 27. No floor lowered, no
# ceiling raised.
# CI holds the last measurement. The targets (95/95/0 Arabic, 90%/0 English) are NOT reached.
FRESH_FLOORS = {
    # file: (answered floor, rejected floor, wrong ceiling)
    # (0.819 -> 0.813, twenty-fifth session, a trade for caution: ar81's «why» of a fact telling
    # who, where, when or how many with no cause (ada05d8) is asked back; it took one right
    # answer here and one wrong answer off set 18; bisected per commit on held-out counts.)
    "messages_heldout2.jsonl": (0.813, 0.986, 3),
    "english_heldout2.jsonl": (0.897, 0.941, 1),
    "messages_heldout3.jsonl": (0.880, 1.0, 2),
    "english_heldout3.jsonl": (0.857, 1.0, 1),
    "messages_heldout4.jsonl": (0.877, 0.948, 2),
    "english_heldout4.jsonl": (0.785, 1.0, 0),
    "messages_heldout5.jsonl": (0.773, 0.937, 7),
    "english_heldout5.jsonl": (0.793, 1.0, 2),
    # (0.869 -> 0.850, seventh session, a trade for caution: knowledge/unsaid.py turned a wrong
    # answer here into a right refusal, and its role check keeps one held-out unanswerable
    # question from being answered (UNANSWERABLE_FLOOR raised), but asks back two exam
    # questions here that were answered right)
    "messages_heldout6.jsonl": (0.897, 0.960, 4),
    # (0.736 -> 0.719, twenty-fifth session, a trade for caution: en58's reading of a deed a
    # statement says was only meant, and of the doer a «who/which» option must be (1642694),
    # took one right answer here and two wrong answers off sets 1 and 14; bisected per commit.)
    "english_heldout6.jsonl": (0.736, 1.0, 2),
    "messages_heldout7.jsonl": (0.811, 0.953, 7),
    "english_heldout7.jsonl": (0.661, 1.0, 1),
    "messages_heldout8.jsonl": (0.677, 0.90, 7),
    "english_heldout8.jsonl": (0.621, 1.0, 3),
    "messages_heldout9.jsonl": (0.855, 1.0, 1),
    "english_heldout9.jsonl": (0.824, 0.789, 0),
    "messages_heldout10.jsonl": (0.831, 0.972, 5),
    "english_heldout10.jsonl": (0.693, 1.0, 5),
    "messages_heldout11.jsonl": (0.877, 0.959, 4),
    "english_heldout11.jsonl": (0.870, 1.0, 0),
    "messages_heldout12.jsonl": (0.680, 0.894, 10),
    "english_heldout12.jsonl": (0.622, 0.866, 4),
    "messages_heldout13.jsonl": (0.584, 0.911, 8),
    "english_heldout13.jsonl": (0.606, 0.888, 1),
    "messages_heldout14.jsonl": (0.713, 0.939, 8),
    "english_heldout14.jsonl": (0.578, 1.0, 3),
    # (0.779 -> 0.771, eighteenth session, a trade: ar57's titled riddles (a bare «مين هو؟»
    # under a game's title read as the riddle it is) cost one right part here and gained one on
    # set 11, and took three wrong answers off the tuning rounds; bisected per commit)
    "messages_heldout15.jsonl": (0.796, 0.923, 7),
    "english_heldout15.jsonl": (0.703, 1.0, 2),
    "messages_heldout16.jsonl": (0.767, 0.974, 5),
    "english_heldout16.jsonl": (0.535, 1.0, 3),
    "messages_heldout17.jsonl": (0.707, 0.973, 3),
    "english_heldout17.jsonl": (0.549, 1.0, 3),
    "messages_heldout18.jsonl": (0.669, 0.916, 5),
    "english_heldout18.jsonl": (0.567, 1.0, 3),
    # (0.708 -> 0.699, same session, a trade: ar56's mosque-as-setting rule («أنا إمام مسجد»
    # no longer sets off the Masjid al-Dirar gap) cost one right part here and gained one each on
    # sets 11 and 14; bisected per commit. The session's work adds 11 right parts elsewhere.
    # Back to 0.708 in the nineteenth session.)
    "messages_heldout19.jsonl": (0.728, 0.951, 7),
    "english_heldout19.jsonl": (0.600, 1.0, 5),
    "messages_heldout20.jsonl": (0.739, 0.951, 6),
    "english_heldout20.jsonl": (0.428, 1.0, 3),
    "messages_heldout21.jsonl": (0.678, 0.926, 5),
    "english_heldout21.jsonl": (0.447, 1.0, 0),
    "messages_heldout22.jsonl": (0.495, 0.978, 3),
    "english_heldout22.jsonl": (0.466, 1.0, 5),
    # (0.469 -> 0.460, twenty-third session, a trade: ar72's reader of column matching and
    # ordering exercises (7af5f2c) pairs or orders only what the facts state; it lost two parts
    # of this set that the old line-by-line reading answered (an unpaired item now shows its
    # own fact, not counted as paired) and gained two on set 12; the branch gained five in
    # all; bisected per commit on held-out counts, lines unseen.)
    "messages_heldout23.jsonl": (0.460, 0.977, 5),
    "english_heldout23.jsonl": (0.433, 0.952, 4),
    "messages_heldout24.jsonl": (0.698, 0.970, 4),
    "english_heldout24.jsonl": (0.516, 0.947, 4),
    "messages_heldout25.jsonl": (0.666, 0.975, 4),
    "english_heldout25.jsonl": (0.433, 1.0, 2),
    "messages_heldout26.jsonl": (0.610, 0.942, 5),
    "english_heldout26.jsonl": (0.393, 1.0, 3),
    "messages_heldout27.jsonl": (0.619, 0.977, 4),
    "english_heldout27.jsonl": (0.421, 1.0, 4),
    "messages_heldout28.jsonl": (0.686, 1.0, 4),
    "english_heldout28.jsonl": (0.349, 1.0, 3),
    "messages_heldout29.jsonl": (0.634, 0.975, 2),
    "english_heldout29.jsonl": (0.454, 1.0, 9),
    "messages_heldout30.jsonl": (0.606, 0.931, 8),
    "english_heldout30.jsonl": (0.492, 1.0, 3),
    "messages_heldout31.jsonl": (0.600, 0.939, 8),
    "english_heldout31.jsonl": (0.409, 0.846, 4),
}


@pytest.mark.parametrize("name", sorted(FRESH_FLOORS))
def test_later_round_heldout_stays_at_its_measured_floor(
    name: str, answerer: FormAnswerer, arabic_engine: AnswerEngine, english_engine: EnglishEngine
) -> None:
    from knowledge.english_evaluation import evaluate_messages, load_messages
    from knowledge.message_evaluation import evaluate_messages as evaluate_forms
    from knowledge.message_evaluation import load_message_items
    from knowledge.router import Router

    if name.startswith("messages"):
        total = evaluate_forms(answerer, load_message_items(EVAL / name)).total
    else:
        router = Router(arabic_engine, english_engine)
        total = evaluate_messages(router, load_messages(EVAL / name)).total
    answered, rejected, wrong = FRESH_FLOORS[name]
    assert total.answered_rate >= answered, total.failures
    assert total.rejected_rate >= rejected, total.failures
    assert total.wrong_answers <= wrong, total.failures


def test_no_held_out_message_is_repeated_in_a_set_we_tune_on() -> None:
    """A probe or tuning line that repeats a held-out message word for word lets tuning see it."""

    def messages(path: Path) -> set[str]:
        rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
        return {row.get("message") or row["question"] for row in rows}

    held = {path.name: messages(path) for path in EVAL.glob("*heldout*.jsonl")}
    # (counts and file names only: helpers run this test, and held-out lines stay unseen)
    repeats = [
        (path.name, name, len(messages(path) & rows))
        for path in EVAL.glob("*.jsonl")
        if "heldout" not in path.name
        for name, rows in held.items()
        if messages(path) & rows
    ]
    assert repeats == []


@pytest.mark.parametrize("name", ["english_probe.jsonl", "messages_probe.jsonl"])
def test_a_probe_holds_each_message_once(name: str) -> None:
    """A message written twice counts twice in the probe's figures (and two copies may carry
    different labels): the twenty-fourth session removed 19 English and 9 Arabic repeats."""
    path = EVAL / name
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
    seen: set[str] = set()
    repeated = []
    for row in rows:
        if row["message"] in seen:
            repeated.append(row["message"])
        seen.add(row["message"])
    assert repeated == []


def test_later_round_sets_are_disjoint_from_every_other_set() -> None:
    def messages(path: Path) -> set[str]:
        rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
        return {row.get("message") or row["question"] for row in rows}

    files = {path.name: messages(path) for path in EVAL.glob("*.jsonl")}
    later_rounds = (
        *("tuning3", "tuning4", "tuning5", "tuning6", "tuning7", "tuning8", "tuning9"),
        *("tuning10", "tuning11", "tuning12", "tuning13", "tuning14", "tuning15", "tuning16"),
        *("heldout2", "heldout3", "heldout4", "heldout5", "heldout6", "heldout7", "heldout8"),
        *("heldout9", "heldout10", "heldout11", "heldout12", "heldout13", "heldout14"),
        *("tuning17", "tuning18", "heldout15", "heldout16", "heldout17"),
        *("tuning19", "heldout18", "tuning20", "heldout19", "tuning21", "heldout20"),
        *("tuning22", "heldout21", "tuning23", "heldout22", "tuning24", "heldout23"),
        *("tuning25", "heldout24", "tuning26", "heldout25", "tuning27", "heldout26"),
        *("tuning28", "heldout27", "tuning29", "heldout28", "tuning30", "heldout29"),
        *("tuning31", "heldout30", "tuning32", "heldout31"),
    )
    fresh_sets = [name for name in files if name.split("_")[-1][:-6] in later_rounds]
    assert len(fresh_sets) >= 6, fresh_sets
    for fresh in fresh_sets:
        others = set().union(*(rows for name, rows in files.items() if name != fresh))
        # (round 11's English tuning part is the smallest: 36 messages; counts only, as above)
        shared = len(files[fresh] & others)
        assert len(files[fresh]) >= 36 and shared == 0, (fresh, shared)
