"""Words misread into another fact's word: each cause gave a confident wrong reply once, and
the reply a user sees must now be no answer with that fact (an honest «لا يذكر النص…» or a
"did you mean" is better than a wrong one), while the right readings stay."""

from __future__ import annotations

import pytest

from bot import texts
from knowledge.analysis import analyze
from knowledge.answer_keys import unit_value
from knowledge.contradictions import denied_by
from knowledge.engine import Outcome
from knowledge.follow_ups import names_in
from knowledge.forms import FormAnswerer
from knowledge.stemming import stem
from tests.message_helpers import answer_text, assert_verdict, reply_to


def _fact_of(answerer: FormAnswerer, message: str) -> tuple[str | None, str]:
    """The fact the first part is answered with (None when it is not), and the reply text."""
    reply, text = reply_to(answerer, message)
    fact = reply.parts[0].reply.fact if reply.parts[0].reply.answered else None
    return (fact.id if fact is not None else None), text


def test_no_particle_is_cut_after_the_article(answerer: FormAnswerer) -> None:
    # «الفضل» (the favour) is not «ال» + «ف» + «ضل» (stayed): not the stationing fact
    vocabulary = answerer.engine.matcher.vocabulary
    assert "ضل" not in analyze("اشنو الفضل لي دار الله", vocabulary).terms
    fact, text = _fact_of(answerer, "اشنو الفضل لي دار الله على لي مشاو مع الرسول لتبوك؟")
    assert fact != "stationing", text
    assert answer_text(answerer, "stationing") not in text


def test_no_particle_is_stemmed_off_after_the_article(answerer: FormAnswerer) -> None:
    # «البلقاء» (a place the text never names) is not «ال» + «ب» + «لقاء» (meeting): the
    # Arabs' fear of meeting the Romans does not confirm where the Romans camped
    vocabulary = answerer.engine.matcher.vocabulary
    assert stem("البلقاء", vocabulary) != "لقاء"
    assert stem("بالبلقاء", vocabulary) != "لقاء"
    for message in ("صح أم خطأ: عسكر الروم في البلقاء", "الروم عسكروا بالبلقاء صح ولا غلط"):
        _, text = reply_to(answerer, message)
        assert not text.startswith(texts.VERDICT_TRUE), text
        assert answer_text(answerer, "arab_fear") not in text


@pytest.mark.parametrize(
    ("question", "fact_id"),
    [
        # a word after the article the stemmer alone misses is still read («المنطقة»: place)
        ("شنو المنطقة اللي خضعت لخالد بن الوليد بغزوة تبوك؟", "dumat_aljandal"),
        ("في أي الشهور الهجرية انطلق جيش المسلمين نحو تبوك؟", "date"),
    ],
)
def test_words_after_the_article_are_still_read(
    answerer: FormAnswerer, question: str, fact_id: str
) -> None:
    fact, text = _fact_of(answerer, question)
    assert fact == fact_id, text


def test_a_riddle_asking_this_expedition_with_hal_names_tabuk(answerer: FormAnswerer) -> None:
    # «شو هي هالغزوة؟» (Levantine «this expedition») asks which one: not the treaties fact
    _, text = reply_to(
        answerer,
        "غزوة ما صار فيها قتال، وكانت آخر غزوات النبي ﷺ، وانعقدت فيها معاهدات مع أهل أيلة.."
        " شو هي هالغزوة؟",
    )
    assert text.startswith("هذه غزوة تبوك"), text
    assert answer_text(answerer, "treaties") not in text


@pytest.mark.parametrize(
    "question",
    [
        "شو الفرق بين الغزوة والسرية؟",
        "ما الفرق بين الجزية والمعاهدة؟",
        # a heading with no «what» asks it too
        "الفرق بين الغزوة والسرية",
    ],
)
def test_a_difference_between_two_things_no_fact_defines_is_a_gap(
    answerer: FormAnswerer, question: str
) -> None:
    # «الفرق» (the difference) is not «فرقة» (a detachment): the text defines neither thing
    reply, text = reply_to(answerer, question)
    assert reply.parts[0].reply.outcome is Outcome.GAP, text
    assert text.startswith("لا يذكر النص الذي بُنيت عليه المعلومات تعريفًا"), text


@pytest.mark.parametrize(
    "heading", ["الفرق بين غزوة تبوك وغزوة مؤتة", "مقارنة بين غزوة تبوك وغزوة مؤتة"]
)
def test_a_difference_between_two_events_is_no_claim_to_judge(
    answerer: FormAnswerer, heading: str
) -> None:
    # (read as a statement, «الفرق» was Khalid's «فرقة»: «خطأ» by the fact on Dumat al-Jandal)
    reply, text = reply_to(answerer, heading)
    assert reply.parts[0].verdict is None, text
    assert not text.startswith(("صحيح", "خطأ")), text


def test_a_difference_between_what_two_parties_did_is_still_read(
    answerer: FormAnswerer,
) -> None:
    # «الفرق بين موقف المنافقين …»: their facts tell it, no definition is asked
    reply, text = reply_to(answerer, "ما الفرق بين موقف المنافقين وموقف المؤمنين الصادقين؟")
    assert all(part.reply.outcome is not Outcome.GAP for part in reply.parts), text


def test_a_story_naming_a_verse_then_what_is_it_asks_the_verse(answerer: FormAnswerer) -> None:
    # «اكو آية نزلت بالمنافقين …، شنو هي؟»: «هي» is the verse, not the hypocrites' deeds
    fact, text = _fact_of(
        answerer,
        "سلام عليكم شيخنا، احنا بالعراق عدنا امتحان وزاري، والمدرس كال اكو آية نزلت"
        " بالمنافقين اللي تثاقلوا عن تبوك، شنو هي؟",
    )
    assert fact == "verse_38", text
    assert "[التوبة: 38]" in text
    # a story naming the hypocrites alone still gets their fact
    fact, text = _fact_of(answerer, "المدرس حكى عن المنافقين بتبوك، شو عملوا؟")
    assert fact == "hypocrites", text


def test_a_worksheet_section_is_read_item_by_item(answerer: FormAnswerer) -> None:
    # a unit heading and «أجيب عن الأسئلة الآتية:» ask nothing, and numbered exam items
    # («1. أذكر …») are questions, not the options of a choice under the heading
    reply, text = reply_to(
        answerer,
        "الوحدة الثالثة: من السيرة النبوية – غزوة تبوك\nأُجيبُ عن الأسئلةِ الآتية:\n"
        "1. أذكرُ سببينِ لغزوةِ تبوك.\n2. أُبيّنُ الظروفَ الصعبةَ التي جُهِّزَ فيها الجيشُ.\n"
        "3. ما عددُ جيشِ المسلمين؟",
    )
    facts = [part.reply.fact.id if part.reply.fact else None for part in reply.parts]
    assert facts == ["reasons", "hardship", "army_size"], text
    assert answer_text(answerer, "treaties") not in text


def test_short_lines_under_a_question_are_still_its_options(answerer: FormAnswerer) -> None:
    reply, text = reply_to(answerer, "ما اسم جيش غزوة تبوك؟\nجيش الأمراء\nجيش العسرة\nجيش الفتح")
    assert len(reply.parts) == 1 and reply.parts[0].part.options, text
    assert "جيش العسرة" in text.splitlines()[0], text


@pytest.mark.parametrize(
    ("question", "fact_id", "not_fact"),
    [
        # «الدولة» (the state) is not Egyptian «دول» (these): the enemy, not the army's name
        ("شنو اسم الدولة اللي طلعلها جيش المسلمين بتبوك؟", "enemy", "army_name"),
        ("ما الدولة التي وجهت إليها غزوة تبوك؟", "enemy", "dumat_aljandal"),
        # «تلكأوا» (they lagged) is not «تلك» (that): those who lagged, not those who went
        ("شو نزل بحق اللي تلكأوا عن الطلعة على تبوك؟", "verse_38", "verse_117"),
    ],
)
def test_a_demonstrative_is_read_only_as_typed(
    answerer: FormAnswerer, question: str, fact_id: str, not_fact: str
) -> None:
    vocabulary = answerer.engine.matcher.vocabulary
    assert len(analyze(question, vocabulary).terms) >= 3
    fact, text = _fact_of(answerer, question)
    assert fact == fact_id, text
    assert answer_text(answerer, not_fact) not in text
    # the demonstrative as typed is still no word of the question
    assert "دول" not in analyze("الجيوش دول كانت لمين", vocabulary).terms


def test_why_is_not_answered_by_a_fact_giving_no_reason(answerer: FormAnswerer) -> None:
    # «ليش …»: the enemy fact gives no reason; the reasons fact close behind is offered
    reply, text = reply_to(answerer, "ليش المسلمين طلعوا يواجهوا الروم بتبوك؟")
    assert not reply.parts[0].reply.answered, text
    assert answer_text(answerer, "enemy") not in text
    assert "ما سبب غزوة تبوك؟" in text
    # a «why» the reasons fact leads is still answered
    fact, text = _fact_of(answerer, "ليش طلع النبي لتبوك؟")
    assert fact == "reasons", text


def test_the_conduct_of_the_hypocrites_is_not_the_believers_fact(
    answerer: FormAnswerer,
) -> None:
    # «تصرف المنافقين» asks the hypocrites' conduct; the believers' fact is asked as their
    # own stance («موقف المؤمنين»), and «بم …؟» is a question, never a statement to judge
    reply, text = reply_to(answerer, "بم تميز تصرف المنافقين في غزوة تبوك؟")
    assert not text.startswith(texts.VERDICT_TRUE), text
    assert answer_text(answerer, "believers") not in text
    assert reply.parts[0].verdict is None
    fact, text = _fact_of(answerer, "ما موقف المؤمنين الصادقين من غزوة تبوك؟")
    assert fact == "believers", text
    fact, text = _fact_of(answerer, "بم تميز أهل الإيمان عن المنافقين في غزوة تبوك؟")
    assert fact == "believers", text


def test_the_prophetic_adjective_is_the_prophet(answerer: FormAnswerer) -> None:
    # «الحملة النبوية» names the Prophet's campaign, not «المعاهدات النبوية» (the treaties)
    vocabulary = answerer.engine.matcher.vocabulary
    assert "نبي" in analyze("الحملة النبوية", vocabulary).terms
    fact, text = _fact_of(answerer, "ممكن تخبرني من هم الذين توجهت إليهم الحملة النبوية في تبوك؟")
    assert fact == "enemy", text
    assert answer_text(answerer, "treaties") not in text
    # the treaties are still the treaties
    fact, text = _fact_of(answerer, "من شملتهم المعاهدات النبوية في غزوة تبوك؟")
    assert fact == "treaties", text


def test_a_slip_as_near_a_filler_is_no_guess_at_a_content_word(answerer: FormAnswerer) -> None:
    # «سالغة» is «سالفة» (the story) with one letter replaced, or «سال» (ended) with one cut:
    # not the outcome fact; the whole story is asked
    fact, text = _fact_of(answerer, "وش سالغة غزوة تبوك؟ ابي ملخص عنها")
    assert fact != "outcome", text
    assert answer_text(answerer, "outcome") not in text
    # a long vowel more is a spelling, still read: «كثار» is «كثر»
    vocabulary = answerer.engine.matcher.vocabulary
    ranking = answerer.engine.matcher.rank(analyze("قادته كثار", vocabulary))
    assert "كثار" not in ranking.unknown_terms


@pytest.mark.parametrize(
    ("phrasing", "question", "denied"),
    [
        ("منو اللي ما طلعوا مع الجيش لتبوك", "مين اللي طلع قدام الجيش", True),
        ("منو اللي ما طلعوا مع الجيش لتبوك", "مين اللي ما طلعوا مع الجيش", False),
        # «ما» asking what, and «بعد ما» (after), deny nothing
        ("ما سبب غزوة تبوك", "شو سبب غزوة تبوك", False),
        ("النبي ضل معسكر بتبوك بعد ما انسحبوا الروم", "رابط النبي بعد انسحبوا الروم", False),
    ],
)
def test_a_phrasing_denying_what_is_asserted(phrasing: str, question: str, denied: bool) -> None:
    assert denied_by(tuple(phrasing.split()), tuple(question.split()), stem) is denied


def test_who_went_is_not_answered_by_who_did_not_go(answerer: FormAnswerer) -> None:
    reply, text = reply_to(answerer, "مين اللي مشي قدام الجيش على تبوك؟")
    assert not reply.parts[0].reply.answered, text
    assert answer_text(answerer, "hypocrites") not in text
    fact, text = _fact_of(answerer, "منو اللي ما طلعوا مع الجيش لتبوك؟")
    assert fact == "hypocrites", text


def test_the_arabs_are_not_named_by_the_name_of_arabia(answerer: FormAnswerer) -> None:
    # «الجزيرة العربية», «بلاد العرب» name a place: the Romans' mobilisation fact, which
    # reached the edges of Arabia, says nothing of Arabs in their gatherings
    reply, text = reply_to(answerer, "اكو عرب چانوا ضمن الحشود اللي جمعها الروم بالشام؟")
    assert not (
        reply.parts[0].reply.answered
        and reply.parts[0].reply.fact is not None
        and reply.parts[0].reply.fact.id == "roman_mobilisation"
    ), text
    fact, text = _fact_of(answerer, "هل زحف الروم نحو الجزيرة العربية؟")
    assert fact == "roman_mobilisation", text
    fact, text = _fact_of(answerer, "واش العرب كانو قادرين يوقفو قدام جيش الروم؟")
    assert fact == "arab_fear", text


@pytest.mark.parametrize(
    ("question", "fact_id"),
    [
        # «تانية» (another) is the stopword «تاني» with «ة»: not «الطرف التاني» (the enemy)
        ("بعد تبوك غزا النبي شي غزوة تانية؟", "last_expedition"),
        ("مين الطرف التاني بغزوة تبوك؟", "enemy"),
    ],
)
def test_other_with_its_endings_is_still_a_stopword(
    answerer: FormAnswerer, question: str, fact_id: str
) -> None:
    vocabulary = answerer.engine.matcher.vocabulary
    assert "تان" not in analyze(question, vocabulary).terms
    fact, text = _fact_of(answerer, question)
    assert fact == fact_id, text


@pytest.mark.parametrize(
    "message",
    [
        # a question word the message reader did not know, or mistyped
        "سؤال: بأي سنة هجرية كانت تبوك؟",
        "عثمان بن عفان چم بعير وحصان نطى لجيش تبوك؟",
        "شسووا الروم بالشام گبل غزوة تبوك؟",
        "مبن اللي كان قايد غزوة تبوك؟",
        "لويم توجه الجيش بغزوة تبوك؟",
        # a request
        "تكفى ابي نبذه عن غزوة تبوك",
        "ممكن تلخص لي قصة غزوة تبوك كلها في فقرة واحدة؟",
        "گلي اسماء اللي تبرعوا لغزوة تبوك",
        # two sides offered: «or not», «easy or hard»
        "صار قتال بتبوك لو ما صار",
        "كان فيه معركة فعلا في تبوك ولا مفيش؟",
        "تجهيز جيش غزوة تبوك كان سهل ولا صعب؟",
        "اكو غزوة للنبي بعد تبوك لو هاي آخرها؟",
    ],
)
def test_a_question_or_a_request_is_never_judged_true_or_false(
    answerer: FormAnswerer, message: str
) -> None:
    reply, text = reply_to(answerer, message)
    assert reply.parts[0].verdict is None, text
    assert not text.startswith((texts.VERDICT_TRUE, texts.VERDICT_FALSE)), text


@pytest.mark.parametrize(
    ("statement", "verdict", "fact_id"),
    [
        # bare statements are still judged, «أو» inside a claim included
        ("كانت غزوة تبوك آخر غزوات النبي صلى الله عليه وسلم", True, "last_expedition"),
        ("خرج الجيش في شهر رمضان من السنة التاسعة للهجرة", False, "date"),
        ("صالحت دومة الجندل خالد بن الوليد على دفع الجزية؟", True, "jizya"),
    ],
)
def test_statements_are_still_judged(
    answerer: FormAnswerer, statement: str, verdict: bool, fact_id: str
) -> None:
    assert_verdict(answerer, statement, verdict, fact_id)


def test_tomorrow_is_not_abu_bakr(answerer: FormAnswerer) -> None:
    # «بكرا» (tomorrow) in the story names no one: the question is not about Abu Bakr
    fact, text = _fact_of(answerer, "ممكن ملخص سريع عن غزوة تبوك؟ عندي حلقة بحث بكرا")
    assert fact != "abu_bakr_donation", text
    assert answer_text(answerer, "abu_bakr_donation") not in text
    # «أبو بكر», «الصديق» named in a story still are
    vocabulary = answerer.engine.matcher.vocabulary
    assert names_in("قريت عن أبو بكر في تبوك", vocabulary) == ["ابو", "بكر"]
    assert names_in("قريت عن الصديق في تبوك", vocabulary) == ["الصديق"]
    assert names_in("عندي امتحان بكرا", vocabulary) == []


def test_motives_are_reasons(answerer: FormAnswerer) -> None:
    fact, text = _fact_of(answerer, "ما الباعث على غزوة تبوك؟")
    assert fact == "reasons", text


@pytest.mark.parametrize(
    ("word", "value"),
    [
        ("اربغين", 40),  # one slip in a long number word
        ("تلاتين", 30),  # «ث» said «ت» in the dialects
        ("تمانين", 80),
        ("اربعين", 40),
        ("سنين", None),  # years, not «ستين»: a short word's slip is another word
        ("خمسبن", None),
    ],
)
def test_number_words_as_people_type_them(word: str, value: int | None) -> None:
    assert unit_value(word) == value


def test_a_mistyped_count_is_not_a_bare_thousand(answerer: FormAnswerer) -> None:
    # «اربغين الف» is forty thousand: the army's size is not said to be false
    _, text = reply_to(answerer, "هل صحيح ان جيش تبوك تجاوز اربغين الف مقاتل؟")
    assert not text.startswith(texts.VERDICT_FALSE), text
    assert_verdict(answerer, "جيش المسلمين في تبوك كان تلاتين ألف", False, "army_size")


def test_his_name_after_a_question_about_the_envoy_is_not_the_enemy(
    answerer: FormAnswerer,
) -> None:
    # «شنو اسمه؟» asks the envoy's name, which the text does not give: not the enemy fact
    # read with «الغساسنة» from the question before it
    _, text = reply_to(answerer, "صدك الغساسنة اعتدوا على سفير للنبي؟ شنو اسمه؟")
    assert answer_text(answerer, "enemy") not in text
    assert answer_text(answerer, "army_name") not in text
    # a follow-up with a word of its own is still answered («نتايج الغزوة»)
    _, text = reply_to(answerer, "متى رجع النبي ﷺ للمدينة؟ وإيه نتايج الغزوة؟")
    assert answer_text(answerer, "outcome") in text


@pytest.mark.parametrize(
    ("question", "opens"),
    [
        # the fact's «نعم،» answers «was Tabuk his last?»: not «did he raid after Tabuk?»
        ("النبي غزا شي غزوة بعد تبوك؟", None),
        ("النبي سوى غزوات يعد تبوك لو لا؟", None),  # «يعد تبوك» is «بعد تبوك»
        ("هل كانت تبوك آخر غزوة للنبي؟", "نعم"),
        # «لا، لم يقع قتال» answers «was there fighting?», not «did it end without fighting?»
        ("هل وقع قتال في تبوك؟", "لا"),
        ("هل قاتل المسلمون الروم في تبوك؟", "لا"),
        ("هل انتهت غزوة تبوك بدون قتال؟", None),
    ],
)
def test_a_yes_or_no_opener_only_for_the_claim_it_answers(
    answerer: FormAnswerer, question: str, opens: str | None
) -> None:
    reply, text = reply_to(answerer, question)
    assert reply.parts[0].reply.answered, text
    first = text.split("،", 1)[0]
    if opens is None:
        assert first not in ("نعم", "لا"), text
    else:
        assert first == opens, text


def test_numbered_options_are_options_whatever_their_number(answerer: FormAnswerer) -> None:
    # «1- أبو بكر وعمر …» is an option of eight words: its «1-» is no word of it (the lines
    # were joined into one statement and called «خطأ»)
    reply, text = reply_to(
        answerer,
        "شكون اللي عطاو أموالهم لتجهيز جيش العسرة؟\n1- أبو بكر وعمر وعثمان وعبد الرحمن بن عوف"
        "\n2- المنافقين\n3- الغساسنة\n4- لخم",
    )
    assert text.startswith("الجواب: (1) أبو بكر وعمر وعثمان وعبد الرحمن بن عوف"), text
    assert texts.VERDICT_FALSE not in text
    # statements under «صح لو خطأ:» are still statements, not options
    reply, text = reply_to(
        answerer, "صح لو خطأ:\n1) عمر بن الخطاب قدم نص ماله لتجهيز الجيش\n2) أبو بكر قدم ثلث ماله"
    )
    assert not any(part.part.options for part in reply.parts), text


def test_a_word_is_not_a_particle_before_how_much(answerer: FormAnswerer) -> None:
    # «فاد» («قاد» with a dot slipped) is not «ف» + Egyptian «اد» (how much): it is no
    # function word to drop, and the question is not the enemy fact's «who faced the army»
    vocabulary = answerer.engine.matcher.vocabulary
    assert "فاد" in analyze("مين اللي فاد جيش المسلمين", vocabulary).terms
    _, text = reply_to(answerer, "مين اللي فاد جيش المسلمين بتبوك؟")
    assert answer_text(answerer, "enemy") not in text
    # Egyptian «اد ايه» still asks how much
    fact, text = _fact_of(answerer, "الجيش كان اد ايه في تبوك؟")
    assert fact == "army_size", text


@pytest.mark.parametrize(
    ("question", "fact_id"),
    [
        # «أعداد» (numbers) folds with «إعداد» (preparation): before people it is a count
        ("أعداد المجاهدين بتبوك", "army_size"),
        ("اعداد المسلمين في تبوك", "army_size"),
        # one army is prepared, not counted
        ("إعداد الجيش في غزوة تبوك", "hardship"),
    ],
)
def test_numbers_of_people_are_a_count(
    answerer: FormAnswerer, question: str, fact_id: str
) -> None:
    fact, text = _fact_of(answerer, question)
    assert fact == fact_id, text


def test_the_expedition_s_own_year_picks_no_fact(answerer: FormAnswerer) -> None:
    # «في السنة التاسعة» is the year of every fact: it does not pick the mobilisation (the
    # fact that happens to state it) for a question asking the motives
    _, text = reply_to(
        answerer,
        "يا شيخ، ما الدوافع التي حملت الرسول على التوجه لملاقاة الروم في السنة التاسعة؟",
    )
    assert answer_text(answerer, "mobilisation") not in text
    # a year that is no frame still settles a figure question
    fact, text = _fact_of(answerer, "في أي سنة هجرية كانت غزوة تبوك؟")
    assert fact == "date", text


def test_the_muslims_as_the_side_opposed_are_no_swapped_side(answerer: FormAnswerer) -> None:
    # the Arab tribes allied with the Romans against the Muslims: the allies fact names no
    # opposed side, so «ضد المسلمين» does not make the headline «خطأ»
    _, text = reply_to(answerer, "القبائل العربية التي حالفت الروم ضد المسلمين")
    assert not text.startswith(texts.VERDICT_FALSE), text
    assert answer_text(answerer, "roman_allies") in text
    # the sides swapped are still false, and so is another enemy
    assert_verdict(answerer, "القبائل العربية التي حالفت المسلمين ضد الروم", False, "roman_allies")
    assert_verdict(answerer, "كانت غزوة تبوك ضد الفرس", False, "enemy")


@pytest.mark.parametrize(
    ("question", "fact_id"),
    [
        # «اتواجه/تواجهوا مع» (confronted each other) asks whether they fought: not the
        # enemy fact's «ضد الروم», which reads as a yes
        ("هو الجيش اتواجه مع الروم في تبوك؟", "no_battle"),
        ("هل واجه الجيش الروم في تبوك؟", "no_battle"),
        # «تواجه» (faces) alone still asks who the enemy was
        ("أي قوة كانت تواجه المسلمين في غزوة تبوك؟", "enemy"),
    ],
)
def test_facing_each_other_asks_about_a_fight(
    answerer: FormAnswerer, question: str, fact_id: str
) -> None:
    fact, text = _fact_of(answerer, question)
    assert fact == fact_id, text


def test_the_force_sent_to_meet_them_is_not_the_enemy(answerer: FormAnswerer) -> None:
    # the force's size «التي توجهت لملاقاة الروم» is not «the force they faced»
    _, text = reply_to(answerer, "ما حجم القوة الإسلامية التي توجهت لملاقاة الروم في تبوك؟")
    assert answer_text(answerer, "enemy") not in text


@pytest.mark.parametrize(
    "message",
    [
        # Iraqi «شگد» (how much) with «گ» asks, as «شكد» does: no «صحيح» for it
        "عثمان شگد انطى لجيش العسرة؟ سمعت هواية",
        # Iraqi «شكو» (what … is there) asks
        "شكو تبرعات صارت بغزوة تبوك؟ منو تبرع وبشكد؟",
    ],
)
def test_dialect_question_words_are_never_judged(answerer: FormAnswerer, message: str) -> None:
    reply, text = reply_to(answerer, message)
    assert not text.startswith((texts.VERDICT_TRUE, texts.VERDICT_FALSE)), text
    assert reply.parts[0].reply.answered, text


def test_the_people_of_hypocrisy_are_the_hypocrites(answerer: FormAnswerer) -> None:
    # «أهل النفاق» are the hypocrites: not the believers' fact found by «أهل الإيمان»
    fact, text = _fact_of(answerer, "أهل النفاق يوم تبوك")
    assert fact == "hypocrites", text
    fact, text = _fact_of(answerer, "بم تميز أهل الإيمان عن المنافقين في غزوة تبوك؟")
    assert fact == "believers", text


def test_its_name_after_a_story_is_not_the_army_s_name(answerer: FormAnswerer) -> None:
    # «اشنو سميتها؟» (what is its name) after a story about a place Khalid was sent to
    # asks that place's name: the bare «name» found the army's name
    _, text = reply_to(answerer, "النبي صيفط خالد لواحد البلاصة، اشنو سميتها؟")
    assert answer_text(answerer, "army_name") not in text
    # a story's topic with a question of its own is still answered
    fact, text = _fact_of(answerer, "قريت عن جيش العسرة، شنو عدده؟")
    assert fact == "army_size", text


def test_a_short_slip_near_a_synonym_is_not_guessed(answerer: FormAnswerer) -> None:
    # «لقت» is one letter from «لقا» (met) and from «لقب» (nickname, read as «اسم»): not
    # corrected to «لقا», so «لقت جيش تبوك» no longer gets the Romans' surprise
    _, text = reply_to(answerer, "شو كان لقت جيش تبوك؟")
    assert answer_text(answerer, "roman_surprise") not in text
    # a stem cut from a longer word is still corrected («بادرهم»)
    _, text = reply_to(answerer, "اشرح موقف الروم حين بادرهم جيش النبي")
    assert answer_text(answerer, "roman_surprise") in text


def test_either_or_is_answered_by_the_fact_that_settles_it(answerer: FormAnswerer) -> None:
    # «Romans or Quraysh?»: the enemy fact corrects «قريش» and states «الروم»; the reasons
    # fact (which only mentions the Romans) answered before
    fact, text = _fact_of(answerer, "تبوك چانت ويا الروم لو ويا قريش؟")
    assert fact == "enemy", text
    fact, text = _fact_of(answerer, "قاد الجيش النبي أم أبو بكر؟")
    assert fact == "leader", text


def test_which_verse_after_a_question_is_that_question_s_verse(answerer: FormAnswerer) -> None:
    # «شنو الاية؟» after «did God forgive those who went to Tabuk?» asks that verse: it got
    # the general account (the expedition's name carried instead)
    _, text = reply_to(answerer, "الله رضى على اللي طلعوا لتبوك؟ شنو الاية؟")
    assert answer_text(answerer, "verse_117") in text
    assert answer_text(answerer, "overview") not in text


def test_a_name_set_aside_is_not_what_a_follow_up_asks(answerer: FormAnswerer) -> None:
    # «غير المنافقين» (other than the hypocrites): «their stance» is the believers', not the
    # hypocrites' (the name set aside was carried into the follow-up)
    _, text = reply_to(answerer, "غير المنافقين، جان اكو ناس مؤمنين صدك بتبوك؟ شلون جان موقفخم")
    assert answer_text(answerer, "hypocrites") not in text
    assert answer_text(answerer, "believers") in text
    # dialect «سوى» (did) sets no one aside
    assert names_in("وش سوى هرقل قبل الغزوة", answerer.engine.matcher.vocabulary) == ["هرقل"]


def test_and_not_in_maghrebi_opens_no_question(answerer: FormAnswerer) -> None:
    # «وما بغاوش يخرجو» is «and did not want to go out» («ما …ش»), not «وما» (and what):
    # the clause split off was answered alone, and the verse asked went to at-Tawbah 117
    reply, text = reply_to(answerer, "واش كاينة شي اية نزلات فاللي تقالو وما بغاوش يخرجو لتبوك؟")
    assert len(reply.parts) == 1, text
    assert answer_text(answerer, "verse_38") in text
    # «وما» still opens a second question
    reply, text = reply_to(answerer, "متى خرج الجيش وما سبب تسميته بجيش العسرة")
    assert len(reply.parts) == 2, text
