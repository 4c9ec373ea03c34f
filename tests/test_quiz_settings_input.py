"""/quizsettings NAME VALUE is read into one checked change, or the reply naming the mistake."""

from __future__ import annotations

import pytest

from bot import texts
from bot.quiz_settings_input import SettingChange, changed_text, read_setting, whole_number

BAD_QUESTIONS = texts.SETTINGS_BAD_QUESTIONS.format(low=1, high=10)
BAD_SECONDS = texts.SETTINGS_BAD_SECONDS.format(low=5, high=600)
BAD_COOLDOWN = texts.SETTINGS_BAD_COOLDOWN.format(low=0, high=1440)


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["questions", "10"], SettingChange(questions=10)),
        (["QUESTIONS", "٣"], SettingChange(questions=3)),
        (["seconds", "5"], SettingChange(seconds=5)),
        (["seconds", "۶۰۰"], SettingChange(seconds=600)),
        (["cooldown", "0"], SettingChange(cooldown=0)),
        (["who", "All"], SettingChange(who="all")),
        (["who", "everyone"], SettingChange(who="all")),
        (["who", "المشرفون"], SettingChange(who="admins")),
        # The Arabic names, with or without the article's hamza, and the values.
        (["الأسئلة", "7"], SettingChange(questions=7)),
        (["الاسئلة", "٧"], SettingChange(questions=7)),
        (["الثوانى", "20"], SettingChange(seconds=20)),
        (["المدة", "45"], SettingChange(seconds=45)),
        (["من", "الجميع"], SettingChange(who="all")),
        (["من", "المشرفين"], SettingChange(who="admins")),
        (["الانتظار", "0"], SettingChange(cooldown=0)),
        (["الإنتظار", "15"], SettingChange(cooldown=15)),
        # Value first: what a right-to-left screen shows for «الأسئلة 5».
        (["5", "الأسئلة"], SettingChange(questions=5)),
        (["الجميع", "من"], SettingChange(who="all")),
        (["20", "questions"], BAD_QUESTIONS),
        (["الأسئلة", "20"], BAD_QUESTIONS),
        (["5", "6"], texts.SETTINGS_USAGE),
        (["questions", "0"], BAD_QUESTIONS),
        (["questions", "11"], BAD_QUESTIONS),
        (["questions", "-5"], BAD_QUESTIONS),
        (["seconds", "4"], BAD_SECONDS),
        (["seconds", "1e3"], BAD_SECONDS),
        (["cooldown", "1441"], BAD_COOLDOWN),
        (["cooldown", "9" * 4000], BAD_COOLDOWN),
        (["who", "nobody"], texts.SETTINGS_BAD_WHO),
        (["colour", "red"], texts.SETTINGS_USAGE),
        (["questions"], texts.SETTINGS_USAGE),
        # Two values are not one number: how to write the command (the range reply would
        # say 5 is out of it), and nothing changes.
        (["questions", "5", "6"], texts.SETTINGS_USAGE),
        (["questions", "5", "6", "7", "8"], texts.SETTINGS_USAGE),
        (["questions", "5", "6", "7", "8", "9"], texts.SETTINGS_USAGE),
        # The setting named twice, as the settings list writes it: the value is read.
        (["عدد", "الأسئلة", "5"], SettingChange(questions=5)),
        (["5", "عدد", "الأسئلة"], SettingChange(questions=5)),
        (["مدة", "السؤال", "30"], SettingChange(seconds=30)),
        (["مدة", "كل", "سؤال", "30"], SettingChange(seconds=30)),
        (["الانتظار", "بين", "مسابقتين", "10"], SettingChange(cooldown=10)),
        (["من", "يبدأ", "الجميع"], SettingChange(who="all")),
        (["من", "المشرفين", "فقط"], SettingChange(who="admins")),
        (["عدد", "الأسئلة", "20"], BAD_QUESTIONS),
        (["عدد", "الأسئلة"], texts.SETTINGS_USAGE),
        (["من", "المشرفين", "والمعلمين"], texts.SETTINGS_USAGE),
    ],
)
def test_read_setting(args: list[str], expected: SettingChange | str) -> None:
    assert read_setting(args) == expected


@pytest.mark.parametrize("raw", ["٢٠", "20", "۲۰"])
def test_whole_number_reads_western_and_arabic_indic_digits(raw: str) -> None:
    assert whole_number(raw) == 20


@pytest.mark.parametrize("raw", ["", "²", "1.5", "٥٫٥", "1234567", " 5"])
def test_whole_number_refuses_anything_else(raw: str) -> None:
    assert whole_number(raw) is None


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (SettingChange(questions=7), texts.SETTINGS_QUESTIONS_SET.format(value=7)),
        (SettingChange(seconds=20), texts.SETTINGS_SECONDS_SET.format(value=texts.seconds(20))),
        (SettingChange(who="admins"), texts.SETTINGS_WHO_SET.format(who="المشرفون فقط")),
        (
            SettingChange(cooldown=15),
            texts.SETTINGS_COOLDOWN_SET.format(value=texts.minutes(15)),
        ),
        (
            SettingChange(cooldown=0),
            texts.SETTINGS_COOLDOWN_SET.format(value=texts.SETTINGS_NO_COOLDOWN),
        ),
    ],
)
def test_changed_text_confirms_the_change(change: SettingChange, expected: str) -> None:
    assert changed_text(change) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Numbers in words, masculine and feminine, before or after the setting's name.
        ("الأسئلة خمسة", SettingChange(questions=5)),
        ("الأسئلة خمس", SettingChange(questions=5)),
        ("خمسة أسئلة", SettingChange(questions=5)),
        ("الأسئلة ثلاث", SettingChange(questions=3)),
        ("الأسئلة ثلاثه", SettingChange(questions=3)),
        ("الأسئلة عشرة", SettingChange(questions=10)),
        ("الأسئلة عشر", SettingChange(questions=10)),
        ("الأسئلة واحد", SettingChange(questions=1)),
        ("الأسئلة اثنين", SettingChange(questions=2)),
        ("الاسئلة ثمانية", SettingChange(questions=8)),
        # Dialect spellings.
        ("الأسئلة تلات", SettingChange(questions=3)),
        ("الأسئلة اتنين", SettingChange(questions=2)),
        ("الأسئلة تمانية", SettingChange(questions=8)),
        # With the unit after the number, in words or in Arabic-Indic digits.
        ("الأسئلة ٥ أسئلة", SettingChange(questions=5)),
        ("الأسئلة سبعة أسئلة", SettingChange(questions=7)),
        ("الثواني ٣٠ ثانية", SettingChange(seconds=30)),
        ("الانتظار عشر دقائق", SettingChange(cooldown=10)),
        # Eleven to twenty: two words in MSA, one in the dialects.
        ("الثواني خمس عشرة", SettingChange(seconds=15)),
        ("الانتظار ثلاث عشرة دقيقة", SettingChange(cooldown=13)),
        ("الانتظار إحدى عشرة", SettingChange(cooldown=11)),
        ("الانتظار اثنا عشر", SettingChange(cooldown=12)),
        ("الانتظار خمستاش", SettingChange(cooldown=15)),
        ("الثواني عشرين", SettingChange(seconds=20)),
        ("الثواني عشرون ثانية", SettingChange(seconds=20)),
        # Zero (a valid cooldown), and 21–99 as a unit «و» its tens, joined or apart.
        ("الانتظار صفر", SettingChange(cooldown=0)),
        ("الثواني خمس وعشرين", SettingChange(seconds=25)),
        ("الثواني خمسة و عشرين ثانية", SettingChange(seconds=25)),
        ("الانتظار واحد وعشرين دقيقة", SettingChange(cooldown=21)),
        ("الثواني تسعة وتسعين", SettingChange(seconds=99)),
        ("الثواني اثنين وتلاتين", SettingChange(seconds=32)),
        ("الانتظار ثمانية وأربعين", SettingChange(cooldown=48)),
        ("الأسئلة صفر", BAD_QUESTIONS),
        ("الأسئلة خمس وعشرين", BAD_QUESTIONS),
        # «و» joins a unit to twenty … ninety only: ten and twenty, or zero and twenty, is none.
        ("الثواني عشرة وعشرين", texts.SETTINGS_USAGE),
        ("الثواني صفر وعشرين", texts.SETTINGS_USAGE),
        ("الثواني خمس وعشر", texts.SETTINGS_USAGE),
        # Read, but out of range: the range, nothing changed.
        ("الأسئلة أحد عشر", BAD_QUESTIONS),
        ("الأسئلة عشرين", BAD_QUESTIONS),
        ("الثواني ثلاث", BAD_SECONDS),
        # One word that is no number (an emoji, «كثيرة»): the range.
        ("الأسئلة 😀", BAD_QUESTIONS),
        ("الأسئلة كثيرة", BAD_QUESTIONS),
        ("عدد الأسئلة كثيرة", BAD_QUESTIONS),
        # Several words not read (another setting's unit, two numbers): how to write it.
        ("الثواني خمس دقائق", texts.SETTINGS_USAGE),
        ("الأسئلة خمسة ستة", texts.SETTINGS_USAGE),
        ("الأسئلة عشرة عشر", texts.SETTINGS_USAGE),
        # The admins' label as the settings list shows it.
        ("من المشرفون فقط", SettingChange(who="admins")),
        ("عدد الأسئلة خمسة", SettingChange(questions=5)),
    ],
)
def test_read_setting_reads_numbers_in_words(text: str, expected: SettingChange | str) -> None:
    assert read_setting(text.split()) == expected
