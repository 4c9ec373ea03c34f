"""Build a later round of blind sets: round 2 (2026-12-04) made the third tuning part and the
second held-out; round 3 (2026-12-05, headline-heavy, the real collection's proportions) the
fourth tuning part and the third held-out; round 4 (2026-12-05, more kinds of writers: dialects,
whole worksheet sections, chat English) the fifth tuning part and the fourth held-out; round 5
(2026-12-05, third session: teachers' quiz posts, damaged worksheets, forum posts, bare false
statements; English exam papers and student chat) the sixth tuning part and the fifth held-out;
round 6 (2026-12-05, fourth session: the public places real questions appear — worksheets,
quiz pages, forum and fatwa questions, search headlines, a quarter asking details the text
does not state; English exam papers, quiz sites, forums) the seventh tuning part and the
sixth held-out; round 7 (2026-12-05, fifth session: homework-answer sites, study-group revision
posts, quiz apps, comments, bare statements, details of named people the text does not give;
English homework-help sites, flashcards, worksheets of several countries) the eighth tuning part
and the seventh held-out; round 8 (2026-12-05, sixth session: voice-typed messages, parents
asking for a child's homework, learners and children, competition channels; English from
converts, weekend-school teachers, O-Level/GCSE revision, quiz apps, South Asian and African
spellings) the ninth tuning part and the eighth held-out; round 9 (2026-12-05, eighth session:
the public places again — worksheets of several curricula, quiz pages and competition posts,
forum and fatwa questions, misspelled search headlines; English papers, quiz sites, forums and
search headlines) the tenth tuning part and the ninth held-out; round 10 (2026-12-05, ninth
session: what people send a bot inside Telegram and WhatsApp study groups — phone typing, voice
transcripts, corrected typos, teachers' pasted revision sheets, text copied from PDFs and
pictures, forwarded quiz posts, replies; English revision chat, pasted sheets, OCR text) the
eleventh tuning part and the tenth held-out; round 11 (2026-12-05, tenth session: a new user's
first five minutes of short direct questions, misspelled search headlines, worksheets of more
curricula, quiz pages with empty answer lines, forum and fatwa posts, a quarter of the parts on
details the text does not state; English past papers, school and madrasa tests, quiz apps, a new
user's quick questions, forum posts) the twelfth tuning part and the eleventh held-out; round 12
(2026-12-05, eleventh session: parents typing a child's homework, primary worksheets, mosque
lessons and verses of at-Tawbah, social-media comments and claims to check, family quiz nights
with four or five rapid questions, near-miss true/false statements; English WAEC and matric
papers, weekend-school worksheets, Qur'an-linked questions, study-buddy chat, near-miss
distractors) the thirteenth tuning part and the twelfth held-out; round 13 (2026-12-06, twelfth
session: university Seerah courses in academic wording, comparisons with other events, people
named by kunya, title or nickname and places by other names, the order and time of events,
WhatsApp forwards to fact-check, TV and radio quiz contests; English university essay prompts,
new Muslims, learners' English, Kahoot and Quizlet, podcast listeners, titles and nicknames) the
fourteenth tuning part and the thirteenth held-out; round 14 (2026-12-06, thirteenth session:
Ramadan and school contests where the contestant asks the bot to check an answer, imams and
teachers preparing a sermon or lesson, non-native learners of Arabic, Sudanese, Yemeni, Maghrebi
and Libyan dialects, social-media comments with hashtags, children and parents reading a story;
English weekend and Sunday Islamic schools, Reddit-style posts, students checking their own
answers, A-level and IB prompts, South-East Asian English, machine-translated questions) the
fifteenth tuning part and the fourteenth held-out; round 15 (2026-12-06, fourteenth session: Gulf
and Iraqi dialects, voice-to-text dictation, textbook review questions, Qur'an commentary
students, Ramadan contest sheets, elderly people with many typos, teachers checking a fact;
English WAEC/NECO, CSS/PMS, homeschooling parents, Quora-style posts, voice-assistant
transcripts, GCSE/IGCSE, trivia cards, word-for-word translations) the sixteenth tuning part and
the fifteenth held-out; round 16 (2026-12-06, fifteenth session: Egyptian, Levantine, Sudanese
and Yemeni speech, text copied from PDF worksheets, university course exams, tweets with
hashtags, forwarded WhatsApp quizzes, parents checking what a child was taught; English IB/AQA
coursework, Bangladeshi and Indian students, reverts, chatbot-style prompts, teachers' class
quizzes, East African KCSE-style questions, Discord chat, podcast listeners) the seventeenth
tuning part and the sixteenth held-out; round 17 (2026-12-06, sixteenth session: Maghrebi Darija
with Latin-letter numbers, Saudi Najdi and Hijazi speech, Telegram channel quiz posts, imams
preparing a lesson, students' own notes to check or complete, search-engine keyword queries,
contest cards with numbered options, children and weak spellers; English JAMB/NECO candidates,
O-Level Islamiyat papers, world-history students, UK weekend madrasas, TikTok comments, lesson
slides, Malaysian and Indonesian English, phone texting) the eighteenth tuning part and the
seventeenth held-out; round 18 (2026-12-06, seventeenth session: old-style forum posts, Arabizi
in Latin letters and digits, non-native learners, Qur'an memorisation circles, doubters checking
claims, chatbot-style prompts, Omani, Emirati, Kuwaiti and Bahraini speech, students revising the
night before an exam; English history-forum posters, UK KS3 RE worksheets, AP World History,
Arab students writing English, children, Filipino madrasa students, forwarded quiz messages,
teachers preparing a lesson or an interview) the nineteenth tuning part and the eighteenth
held-out; round 19 (2026-12-06, eighteenth session: comments under Seerah lecture videos, quizzes
copied from Google Forms, lesson-slide text, phone autocorrect and stretched letters, listeners
asking after a Friday sermon, Palestinian, Jordanian and Syrian village speech, lessons-and-morals
questions, students pasting their own answer to check; English video comments, Google Forms,
slides, fast texting, sermon listeners, Bangladeshi and Pakistani madrasa exams, North American
weekend schools, morals questions) the twentieth tuning part and the nineteenth held-out; round 20
(2026-12-06, nineteenth session: TikTok comments, classroom and Ramadan contest apps, two friends'
arguments to settle, answer-page boilerplate, Tunisian and Libyan speech, Omani and Emirati
speech, Instagram captions, messages between a private tutor and a student or parent; English
contest apps, tutors, South African madrasah learners, arguments, Instagram, homework-help sites,
flashcards, a book club) the twenty-first tuning part and the twentieth held-out; round 21
(2026-12-06, twentieth session: ministry exam papers with model answers, visitors and guides on
trips to the Tabuk region, Kuwaiti and Bahraini speech, Mauritanian mahadra students and Hassaniya
speech, military-history enthusiasts, parents telling the story to children, phone speech-to-text,
people comparing Tabuk with other expeditions; English Islamiyat mark schemes, teachers' lesson
plans, encyclopedia-style search queries, Indonesian and Malaysian learners, family WhatsApp
groups, documentary viewers, standardized-test multiple choice, Caribbean Muslims) the
twenty-second tuning part and the twenty-first held-out; round 22 (2026-12-07, twenty-first
session: Azhar exam papers, X/Twitter threads, Moroccan and Algerian Darija with French words,
crossword and word-game clues, a Levantine women's study circle, researchers and librarians
asking for details and sources, Gulf youth mixing English words into Arabic, reading-comprehension
questions after a pasted paragraph; English IGCSE/O-Level structured questions, Reddit-style
skeptics, crossword clues, reading comprehension, Muslim Student Association trivia nights,
romanised Arabic terms, Byzantine-history enthusiasts, Sri Lankan and Maldivian madrasa students)
the twenty-third tuning part and the twenty-second held-out; round 23 (2026-12-07, twenty-second
session: listeners asking after a sermon or mosque lesson, whole worksheet sections for matching
columns and ordering events, TikTok captions, friends' and family-group claims to settle, primary
pupils and weak spellers, teachers asking for a model answer or marking points, Sudanese and Iraqi
speech, people who talk to bots in keywords and commands; English francophone learners,
military-logistics amateurs, interfaith groups, parents reading a children's storybook, A-level
essay prompts, quiz-app cards, travellers to modern Tabuk, forwarded messages to fact-check) the
twenty-fourth tuning part and the twenty-third held-out; round 24 (2026-12-07, twenty-third
session: Egyptian secondary pupils the night before an exam, voice-typed run-on messages, Yemeni
and Omani speech, a Ramadan quiz-contest host's rounds, parents asking for a child's homework,
people confirming a misconception, askers of numbers, conversions and dates, Levantine university
students; English WAEC/NECO Islamic Religious Studies papers, voice-dictated English, new
Muslims, podcast listeners half-remembering, homeschooling parents, South-East Asian learners of
English, debate-club quick-fire claims, chronology and timeline questions) the twenty-fifth
tuning part and the twenty-fourth held-out; round 25 (2026-12-07, twenty-fourth session: people
living in today's Tabuk region, ministry exam papers pasted whole, a Qur'an-circle teacher
quizzing children, search-bar keyword strings, older relatives typing slowly, seerah enthusiasts
comparing expeditions, Telegram channel quiz posts, Maghrebi students mixing in French; English
O-Level Islamiyat papers, people writing to the bot as to a chatbot, Indian English, children at
a weekend school, Byzantine-history students, a trivia host, romanised Arabic with chat numbers,
social-media claims to check) the twenty-sixth tuning part and the twenty-fifth held-out; round 26
(2026-12-07, twenty-fifth session: Sudanese and Iraqi speakers, a university seerah final exam,
children after hearing the story, forwarded messages to check, preachers preparing a sermon,
quiz-app copies with their interface words, hunters of fine details; English GCSE and A-level
Religious Studies, quiz-app copies, history-forum posters, West African students, visitors at a
dawah stall, readers of at-Tawbah in translation, autocorrect-mangled messages, a women's study
circle) the twenty-seventh tuning part and the twenty-sixth held-out; round 27 (2026-12-07,
twenty-sixth session: Saudi, Palestinian and Jordanian speakers, students the night before an
exam, group admins checking their answer keys, presentation makers, learners of Arabic whose
first language is Turkish, Urdu, Malay or Persian, askers of causes and consequences, people
using titles and other names; English evening-madrasa teenagers in the UK, teachers checking
worksheet answer keys, US world-history students, South Asian parents helping with homework,
texting shorthand, revision lists pasted whole, why-and-what-next questions, spelling variants of
names) the twenty-eighth tuning part and the twenty-seventh held-out; round 28 (2026-12-07,
twenty-seventh session: Kuwaiti and Emirati speakers, casual Egyptian colloquial, primary-school
teachers, Qur'an memorisation students asking about the verses, tweet-style threads, teachers
writing curriculum lesson objectives, very fast phone typing, curious readers from outside the
religious study setting; English Australian university students, past-paper questions with mark
allocations, interfaith readers curious about the Byzantine side, East African secondary
students, Discord teenagers, lesson objectives and success criteria, lecture and audiobook
listeners half-remembering, Hijri and Gregorian dates) the twenty-ninth tuning part and the
twenty-eighth held-out; round 29 (2026-12-07, twenty-eighth session: Libyan speakers, students
checking compressed revision notes, imams preparing a mosque lesson, family WhatsApp groups,
hosts of live quiz contests, askers about places and routes, reading-comprehension exercises,
askers about the people and their names; English Malaysian and Singaporean students,
reading-comprehension worksheets, askers about the people and their names, askers about places
and routes, Islamic primary-school pupils and teachers, compressed revision notes, YouTube
commenters, readers of at-Tawbah in English translation) the thirtieth tuning part and the
twenty-ninth held-out; round 30 (2026-12-07, twenty-ninth session: Omani and Bahraini speakers,
students the night before an exam, teachers checking their answer keys, Instagram and Snapchat
quiz cards, askers who remember details wrongly, Mauritanian and Chadian speakers, askers for
summaries and lessons, numbers and counts; English North American college students, learners
of Arabic mixing scripts, teachers checking answer keys, Instagram and TikTok quiz cards, wrong
premises, Sri Lankan and Maldivian students, summaries and takeaways, numbers and counts) the
thirty-first tuning part and the thirtieth held-out; round 31 (2026-12-08, thirtieth session:
Algerian speakers, heavy abbreviators, numbered quiz series, askers after word meanings,
teachers' discussion prompts, askers about who did what, Qatari and Emirati speakers, viewers
of a documentary; English Turkish and Bosnian speakers, heavy abbreviators, numbered quiz
series, askers after word meanings, discussion prompts, who did what, German and Dutch
speakers, viewers of a documentary) the thirty-second tuning part and the thirty-first
held-out.

Usage: python tests/eval/split_fresh.py ROUND arabic A.jsonl B.jsonl
       python tests/eval/split_fresh.py ROUND english C.jsonl
The writers saw only the seed text, the topic list (fact ids, no answers) and a description of
each message form. One third goes to tuning, two thirds are held out, stratified by writer and
form with a fixed seed, so running it again on the same files gives the same sets. A message
that repeats one already in any evaluation file (after normalisation) is dropped.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from split_messages import stratified_split, write_jsonl  # the sibling script

from knowledge.normalize import normalize

TUNING_SHARE = 1 / 3
HERE = Path(__file__).resolve().parent
# Round: (shuffle seed, {language: (tuning file, held-out file)}).
ROUNDS = {
    "2": (
        1204,
        {
            "arabic": ("messages_tuning3.jsonl", "messages_heldout2.jsonl"),
            "english": ("english_tuning3.jsonl", "english_heldout2.jsonl"),
        },
    ),
    "3": (
        1205,
        {
            "arabic": ("messages_tuning4.jsonl", "messages_heldout3.jsonl"),
            "english": ("english_tuning4.jsonl", "english_heldout3.jsonl"),
        },
    ),
    "4": (
        1206,
        {
            "arabic": ("messages_tuning5.jsonl", "messages_heldout4.jsonl"),
            "english": ("english_tuning5.jsonl", "english_heldout4.jsonl"),
        },
    ),
    "5": (
        1207,
        {
            "arabic": ("messages_tuning6.jsonl", "messages_heldout5.jsonl"),
            "english": ("english_tuning6.jsonl", "english_heldout5.jsonl"),
        },
    ),
    "6": (
        1208,
        {
            "arabic": ("messages_tuning7.jsonl", "messages_heldout6.jsonl"),
            "english": ("english_tuning7.jsonl", "english_heldout6.jsonl"),
        },
    ),
    "7": (
        1209,
        {
            "arabic": ("messages_tuning8.jsonl", "messages_heldout7.jsonl"),
            "english": ("english_tuning8.jsonl", "english_heldout7.jsonl"),
        },
    ),
    "8": (
        1210,
        {
            "arabic": ("messages_tuning9.jsonl", "messages_heldout8.jsonl"),
            "english": ("english_tuning9.jsonl", "english_heldout8.jsonl"),
        },
    ),
    "9": (
        1211,
        {
            "arabic": ("messages_tuning10.jsonl", "messages_heldout9.jsonl"),
            "english": ("english_tuning10.jsonl", "english_heldout9.jsonl"),
        },
    ),
    "10": (
        1212,
        {
            "arabic": ("messages_tuning11.jsonl", "messages_heldout10.jsonl"),
            "english": ("english_tuning11.jsonl", "english_heldout10.jsonl"),
        },
    ),
    "11": (
        1213,
        {
            "arabic": ("messages_tuning12.jsonl", "messages_heldout11.jsonl"),
            "english": ("english_tuning12.jsonl", "english_heldout11.jsonl"),
        },
    ),
    "12": (
        1214,
        {
            "arabic": ("messages_tuning13.jsonl", "messages_heldout12.jsonl"),
            "english": ("english_tuning13.jsonl", "english_heldout12.jsonl"),
        },
    ),
    "13": (
        1215,
        {
            "arabic": ("messages_tuning14.jsonl", "messages_heldout13.jsonl"),
            "english": ("english_tuning14.jsonl", "english_heldout13.jsonl"),
        },
    ),
    "14": (
        1216,
        {
            "arabic": ("messages_tuning15.jsonl", "messages_heldout14.jsonl"),
            "english": ("english_tuning15.jsonl", "english_heldout14.jsonl"),
        },
    ),
    "15": (
        1217,
        {
            "arabic": ("messages_tuning16.jsonl", "messages_heldout15.jsonl"),
            "english": ("english_tuning16.jsonl", "english_heldout15.jsonl"),
        },
    ),
    "16": (
        1218,
        {
            "arabic": ("messages_tuning17.jsonl", "messages_heldout16.jsonl"),
            "english": ("english_tuning17.jsonl", "english_heldout16.jsonl"),
        },
    ),
    "17": (
        1219,
        {
            "arabic": ("messages_tuning18.jsonl", "messages_heldout17.jsonl"),
            "english": ("english_tuning18.jsonl", "english_heldout17.jsonl"),
        },
    ),
    "18": (
        1220,
        {
            "arabic": ("messages_tuning19.jsonl", "messages_heldout18.jsonl"),
            "english": ("english_tuning19.jsonl", "english_heldout18.jsonl"),
        },
    ),
    "19": (
        1221,
        {
            "arabic": ("messages_tuning20.jsonl", "messages_heldout19.jsonl"),
            "english": ("english_tuning20.jsonl", "english_heldout19.jsonl"),
        },
    ),
    "20": (
        1222,
        {
            "arabic": ("messages_tuning21.jsonl", "messages_heldout20.jsonl"),
            "english": ("english_tuning21.jsonl", "english_heldout20.jsonl"),
        },
    ),
    "21": (
        1223,
        {
            "arabic": ("messages_tuning22.jsonl", "messages_heldout21.jsonl"),
            "english": ("english_tuning22.jsonl", "english_heldout21.jsonl"),
        },
    ),
    "22": (
        1224,
        {
            "arabic": ("messages_tuning23.jsonl", "messages_heldout22.jsonl"),
            "english": ("english_tuning23.jsonl", "english_heldout22.jsonl"),
        },
    ),
    "23": (
        1225,
        {
            "arabic": ("messages_tuning24.jsonl", "messages_heldout23.jsonl"),
            "english": ("english_tuning24.jsonl", "english_heldout23.jsonl"),
        },
    ),
    "24": (
        1226,
        {
            "arabic": ("messages_tuning25.jsonl", "messages_heldout24.jsonl"),
            "english": ("english_tuning25.jsonl", "english_heldout24.jsonl"),
        },
    ),
    "25": (
        1227,
        {
            "arabic": ("messages_tuning26.jsonl", "messages_heldout25.jsonl"),
            "english": ("english_tuning26.jsonl", "english_heldout25.jsonl"),
        },
    ),
    "26": (
        1228,
        {
            "arabic": ("messages_tuning27.jsonl", "messages_heldout26.jsonl"),
            "english": ("english_tuning27.jsonl", "english_heldout26.jsonl"),
        },
    ),
    "27": (
        1229,
        {
            "arabic": ("messages_tuning28.jsonl", "messages_heldout27.jsonl"),
            "english": ("english_tuning28.jsonl", "english_heldout27.jsonl"),
        },
    ),
    "28": (
        1230,
        {
            "arabic": ("messages_tuning29.jsonl", "messages_heldout28.jsonl"),
            "english": ("english_tuning29.jsonl", "english_heldout28.jsonl"),
        },
    ),
    "29": (
        1231,
        {
            "arabic": ("messages_tuning30.jsonl", "messages_heldout29.jsonl"),
            "english": ("english_tuning30.jsonl", "english_heldout29.jsonl"),
        },
    ),
    "30": (
        1232,
        {
            "arabic": ("messages_tuning31.jsonl", "messages_heldout30.jsonl"),
            "english": ("english_tuning31.jsonl", "english_heldout30.jsonl"),
        },
    ),
    "31": (
        1233,
        {
            "arabic": ("messages_tuning32.jsonl", "messages_heldout31.jsonl"),
            "english": ("english_tuning32.jsonl", "english_heldout31.jsonl"),
        },
    ),
}


def _english(record: dict) -> dict:
    """The English evaluator's format: the first part carries the verdict and the options."""
    parts = record["parts"]
    first = parts[0]
    return {
        "message": record["message"],
        "form": record["form"],
        "parts": [{"expected": part["expected"]} for part in parts],
        "verdict": first.get("verdict"),
        "options": first.get("options") or None,
        "correct_option": first.get("correct_option"),
        "category": record["category"],
    }


def _known_messages(outputs: tuple[str, str]) -> set[str]:
    known: set[str] = set()
    for path in HERE.glob("*.jsonl"):
        if path.name in outputs:
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                record = json.loads(line)
                known.add(normalize(record.get("message") or record.get("question") or ""))
    return known


def main(round_name: str, language: str, paths: list[str]) -> None:
    seed, outputs_by_language = ROUNDS[round_name]
    outputs = outputs_by_language[language]
    records = [
        json.loads(line)
        for path in paths
        for line in Path(path).read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]
    known = _known_messages(outputs)
    fresh: list[dict] = []
    for record in records:
        key = normalize(record["message"])
        if key not in known:
            known.add(key)
            fresh.append(record)
    tuning, heldout = stratified_split(fresh, TUNING_SHARE, seed)
    if language == "english":
        tuning, heldout = [_english(row) for row in tuning], [_english(row) for row in heldout]
    print(f"{len(records)} written, {len(records) - len(fresh)} repeats dropped")
    for name, rows in zip(outputs, (tuning, heldout), strict=True):
        write_jsonl(HERE / name, rows)
        print(f"{name}: {len(rows)} messages")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], sys.argv[3:])
