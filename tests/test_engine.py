"""The answer engine: right, or asks back, or says it does not know; never crashes."""

import pytest

from knowledge.engine import MAX_SUGGESTIONS, AnswerEngine, Outcome


@pytest.mark.parametrize(
    ("question", "fact_id"),
    [
        ("متى كانت غزوة تبوك؟", "date"),
        ("مَتَى كَانَتْ غَزْوَةُ تَبُوكَ", "date"),  # fully vocalised
        ("متـــى كانت غزوة تبوك", "date"),  # tatweel
        ("امتى صارت غزوة تبوك", "date"),  # Egyptian / Gulf
        ("متى كانت غزوة تبوق", "date"),  # typo in the name
        ("كم كان عدد جيش المسلمين في تبوك", "army_size"),
        ("شقد كان عدد الجيش", "army_size"),  # Iraqi
        ("ماذا قدم عثمان بن عفان", "uthman_donation"),
        ("لماذا سمي جيش العسرة بهذا الاسم", "army_name"),
        ("هل حصل قتال في تبوك", "no_battle"),
        ("احكيلي عن غزوة تبوك باختصار", "overview"),  # "tell me, briefly"
        ("ابي اعرف عن غزوة تبوك بشكل عام", "overview"),  # «عام» here is "general"
        ("عرفني بغزوة تبوك في سطرين", "overview"),  # the answer's length, not «شطر» (half)
        ("الجزية شنو قصتها بتبوك", "jizya"),  # "its story" asks about the jizya
        ("قديش واحد طلع مع النبي عتبوك", "army_size"),  # Levantine ع for على
        ("من هي القباءل العربيه التي كانت مع الروم بالشام", "roman_allies"),  # ء for ئ
        ("النبي قعد في تبوك ولا رجع؟", "stationing"),  # «قعد في» is "stayed at"
        ("منو اللي طلع لهم الرسول في تبوك؟", "enemy"),  # "who": a date is no rival
        ("من هو هقرل", "heraclius"),  # two neighbouring letters swapped
        ("لماذا سمي جيش العرسة بهذا الاسم", "army_name"),  # swapped behind ال
        ("متى كانت غزوة تبكو", "date"),
        ("كم كان عدد حيش المسلمين في تبوك", "army_size"),  # a first letter's dot missed
        ("كيف انتهة غزوة تبوك", "outcome"),  # ة typed for a verb's ت
        ("اعطني نبذة عامة عن غزوة تبوك", "overview"),  # «عامة» here is "general"
        ("من الصحابة الذين موّلوا تجهيز جيش تبوك", "donations"),  # «مول» is no mall here
    ],
)
def test_answers_known_questions_in_many_spellings(
    arabic_engine, question: str, fact_id: str
) -> None:
    reply = arabic_engine.answer(question)
    assert reply.outcome is Outcome.ANSWER, (reply.outcome, reply.suggestions)
    assert reply.fact.id == fact_id


@pytest.mark.parametrize(
    ("question", "event"),
    [
        ("متى كانت غزوة بدر", "بدر"),
        ("كم عدد المسلمين في غزوة أحد", "أحد"),
        ("من حفر الخندق", "الخندق"),
        ("متى كان فتح مكة", "فتح مكة"),
        ("ما هي اول غزوة غزاها النبي؟", "أولى غزوات النبي ﷺ"),
        ("متى توفي النبي صلى الله عليه وسلم", "وفاة النبي ﷺ"),
    ],
)
def test_other_events_are_not_answered_with_tabuk(
    arabic_engine, question: str, event: str
) -> None:
    reply = arabic_engine.answer(question)
    assert reply.outcome is Outcome.OTHER_EVENT
    assert reply.other_event == event


@pytest.mark.parametrize(
    "question",
    [
        "كم عدد سكان تبوك",
        "ما هو طقس تبوك اليوم",
        "جامعة تبوك",
        "كم عدد جيش الروم",
        "كم عدد المولات في تبوك",
        "تبوك النهارده عدد سكانها كام؟",  # Egyptian «today»
    ],
)
def test_modern_tabuk_and_unsupported_questions_are_not_answered(arabic_engine, question) -> None:
    assert arabic_engine.answer(question).outcome is not Outcome.ANSWER


@pytest.mark.parametrize("question", ["طقس تبوك", "كيف الطقس في تبوك", "درجة الحرارة في تبوك"])
def test_weather_of_today_s_tabuk_is_said_to_be_out_of_scope(arabic_engine, question) -> None:
    assert arabic_engine.answer(question).outcome is Outcome.MODERN


def test_the_weather_of_the_expedition_is_the_heat_it_marched_in(arabic_engine) -> None:
    # «في غزوة تبوك» places the weather in 9 AH: the hardship fact tells its heat
    reply = arabic_engine.answer("كيف كان الطقس في غزوة تبوك")
    assert reply.outcome is Outcome.ANSWER and reply.fact.id == "hardship"


@pytest.mark.parametrize(
    "question", ["ما اسم ملك الروم", "اذكر اسم ملك الروم في غزوة تبوك", "وش اسم ملك الروم؟"]
)
def test_the_name_of_someone_asks_about_that_someone(arabic_engine, question: str) -> None:
    # «اسم» is the army's name only when nothing follows it: here it asks the king's name
    reply = arabic_engine.answer(question)
    assert reply.outcome is Outcome.ANSWER and reply.fact.id == "heraclius"


def test_the_name_of_a_role_no_fact_names_is_still_not_answered(arabic_engine) -> None:
    assert arabic_engine.answer("ما اسم قائد جيش الروم").outcome is not Outcome.ANSWER


def test_is_not_before_a_past_verb_is_why_with_its_dots_missed(arabic_engine) -> None:
    reply = arabic_engine.answer("بدي اعرف ليس صارت غزوة تبوك؟")  # «ليس» for «ليش»
    assert reply.outcome is Outcome.ANSWER and reply.fact.id == "reasons"


def test_egyptian_right_away_is_no_length_of_stay(arabic_engine) -> None:
    reply = arabic_engine.answer("إيه اللي حصل بعد غزوة تبوك على طول؟")
    assert reply.outcome is Outcome.ANSWER and reply.fact.id == "delegations"


@pytest.mark.parametrize(
    "question",
    [
        "من هو والد خالد بن الوليد",  # والد is a word, not a typo of خالد
        "كم سنة عاش النبي بعد غزوة تبوك",  # عاش is not عام
        "وين صارت معركة مؤتة بالضبط",  # the Mu'tah fact gives no place
        "ما ديانة اكيدر",
        "وش اسم ام النبي",  # «أم» before a noun is his mother, not "or"
        "من هم البكاؤون",  # weeping is not the Maghrebi «عيّط» (called on people)
        "كم كان عمر النبي صلى الله عليه وسلم في غزوة تبوك",  # his age, not the caliph Umar
        "غزوة تبوك في السنة النبوية",  # the Sunnah's reports, not the year («سنة»)
        "هل غزوة العسرة وغزوة تبوك نفس الحاجة؟",  # «the same thing», not «بنفسه» (himself)
    ],
)
def test_details_no_fact_states_are_not_answered_with_a_nearby_fact(
    arabic_engine, question
) -> None:
    reply = arabic_engine.answer(question)
    assert reply.outcome is not Outcome.ANSWER, reply.fact


def test_greeting_gets_a_greeting(arabic_engine) -> None:
    assert arabic_engine.answer("السلام عليكم").outcome is Outcome.GREETING


def test_thanks_get_thanks(arabic_engine) -> None:
    assert arabic_engine.answer("جزاك الله خيرا").outcome is Outcome.THANKS


def test_greeting_before_a_question_still_answers_it(arabic_engine) -> None:
    reply = arabic_engine.answer("السلام عليكم، متى كانت غزوة تبوك؟")
    assert reply.outcome is Outcome.ANSWER and reply.greeted
    assert reply.fact.id == "date"


def test_unsure_question_offers_at_most_three_suggestions(arabic_engine) -> None:
    reply = arabic_engine.answer("غزوة تبوك عثمان")
    assert reply.outcome in (Outcome.SUGGEST, Outcome.ANSWER)
    assert len(reply.suggestions) <= MAX_SUGGESTIONS


@pytest.mark.parametrize(
    ("text", "outcome"),
    [
        ("", Outcome.EMPTY),
        ("   \n\t ", Outcome.EMPTY),
        ("\u200f\u200b\u200e", Outcome.EMPTY),  # direction and zero-width marks only
        ("\x00\x07\x1b", Outcome.EMPTY),  # control characters
        ("😀🔥👍", Outcome.EMPTY),  # emoji only
        ("when was the battle of tabuk", Outcome.NOT_ARABIC),
        ("12345", Outcome.NOT_ARABIC),
        ("متى " * 2500, Outcome.TOO_LONG),  # 10,000 characters
        ("؟؟؟", Outcome.EMPTY),
        ("ههههههههه", Outcome.UNKNOWN),
    ],
)
def test_bad_input_gets_a_clear_outcome_never_an_exception(arabic_engine, text, outcome) -> None:
    assert arabic_engine.answer(text).outcome is outcome


@pytest.mark.parametrize(
    ("question", "wrong_fact"),
    [
        ("اعرض لي خلاصة ما جرى في غزوة تبوك", "verse_38"),  # اعرض is not أرض
        ("ايه أهم الحاجات اللي حصلت في غزوة تبوك؟", "believers"),  # أهم is not إيمان
        ("عايز ملخص سريع لغزوة تبوك", "dumat_aljandal"),  # سريع is not سرية
        ("بدي ملخص قصير عن الغزوة", "heraclius"),  # قصير (short) is not قيصر swapped
        ("شكون اللي فضحات غزوة تبوك؟", "believers"),  # فضحات (exposed) is not ف + ضحا
        # the army's order of battle: «ميمنة» (right wing) is no slip of «مومن»
        ("من كان على ميمنة الجيش في تبوك؟", "believers"),
        ("منو كان بالميسرة يوم تبوك", "believers"),
    ],
)
def test_a_common_word_is_not_corrected_into_another_facts_word(
    arabic_engine, question: str, wrong_fact: str
) -> None:
    reply = arabic_engine.answer(question)
    assert not (reply.outcome is Outcome.ANSWER and reply.fact.id == wrong_fact)


def test_a_typo_of_the_subject_is_still_corrected_even_when_it_is_a_word(arabic_engine) -> None:
    reply = arabic_engine.answer("متى كانت غزوة تبكو")  # تبكو is also a word ("you weep")
    assert reply.outcome is Outcome.ANSWER and reply.fact.id == "date"


def test_or_between_two_choices_is_not_a_missing_detail(arabic_engine) -> None:
    reply = arabic_engine.answer("هل خرج الرسول بنفسه إلى تبوك أم أرسل قائدا غيره؟")
    assert reply.outcome is Outcome.ANSWER and reply.fact.id == "leader"


@pytest.mark.parametrize(
    "question",
    [
        "عطني نبذة عن غزوة تبوك لو سمحت",  # «give me» asks; it is no donation
        "اعرض لي خلاصة ما جرى في غزوة تبوك",
    ],
)
def test_asking_for_a_summary_in_other_words_gets_the_overview(arabic_engine, question) -> None:
    reply = arabic_engine.answer(question)
    assert reply.outcome is Outcome.ANSWER and reply.fact.id == "overview"


@pytest.mark.parametrize(
    ("question", "fact_id"),
    [
        ("شنو الغزوة اللي سواها الرسول بآخر حياته؟", "last_expedition"),  # not «الحياة الدنيا»
        ("ما الذي أسفرت عنه غزوة تبوك؟", "outcome"),  # «أسفرت عن» is no journey (سفر)
        # «في الآخر», «بالأخير»: "in the end", not "the last expedition"
        ("وإيه اللي حصل في الآخر في غزوة تبوك؟", "outcome"),
        ("وش صار بالأخير في تبوك", "outcome"),
        ("شو صار في الأخير بتبوك؟", "outcome"),
        ("ما هي الغزوة الأخيرة للنبي", "last_expedition"),
    ],
)
def test_idioms_are_read_as_idioms(arabic_engine, question: str, fact_id: str) -> None:
    reply = arabic_engine.answer(question)
    assert reply.outcome is Outcome.ANSWER and reply.fact.id == fact_id


@pytest.mark.parametrize(
    ("question", "fact_id"),
    [
        ("ماذا فعل المنا فقون في غزوة تبوك؟", "hypocrites"),  # a space typed inside a word
        ("هر قل كان ملك مين", "heraclius"),
        ("عطيني ملحص ديال غزوة تبوك عافاك", "overview"),  # ملحص: a mistyped ملخص
        ("قديس كان عدد الجيش بتبوك؟؟", "army_size"),  # قديس: a mistyped قديش
        ("كم كان عدد جيش المسلمين", "army_size"),  # «كم كان» is not joined into «مكان»
        ("تبوك هادي فين جات", "location"),  # nor «فين جات» into «نجا»
        # «بكز» after «ابو» is a slip of «بكر», not the start of «بكزمن» («زمن», time)
        ("قديش دفع ابو بكز من مالو للجيش؟", "abu_bakr_donation"),
    ],
)
def test_mistyped_spaces_and_function_words_are_mended(arabic_engine, question, fact_id) -> None:
    reply = arabic_engine.answer(question)
    assert reply.outcome is Outcome.ANSWER and reply.fact.id == fact_id


def test_a_common_word_near_a_function_word_is_still_a_detail_to_ask_about(arabic_engine) -> None:
    reply = arabic_engine.answer("شكد كان مبلغ الجزية اللي دفعتها دومة الجندل")  # مبلغ is no ابلغ
    assert reply.outcome is not Outcome.ANSWER, reply.fact


@pytest.mark.parametrize(
    ("question", "fact_id"),
    [
        ("من هم الاعداءفي غزوة تبوك", "enemy"),  # a function word glued to the word before
        ("امتى حصلت غزوة نبوك", "date"),  # a dot slip on a name, seen against «تبوك»
        ("شحال كانو المسمين فغزوة تبوك", "army_size"),  # a letter dropped: «المسلمين»
        ("كم كان عدد جيش ال مسلمين", "army_size"),  # the article typed apart
        ("احكيلي باختصار عن غزوه ت بوك", "overview"),  # «ت» starts the next word
        ("كيفاش دازت غزوة تبوك؟", "overview"),  # Maghrebi «دازت» (went) is no word of a fact
        ("شو الايه يلي نزلت بالمانفقين بتبوك", "verse_38"),  # letters swapped behind بال
    ],
)
def test_more_phone_slips_are_read_through(arabic_engine, question: str, fact_id: str) -> None:
    reply = arabic_engine.answer(question)
    assert reply.outcome is Outcome.ANSWER and reply.fact.id == fact_id


@pytest.mark.parametrize(
    ("question", "fact_id"),
    [
        ("علل: سمي جيش تبوك بجيش العسرة", "army_name"),  # «علل» asks for the reason
        ("شو الأسباب اللي خلت المسلمين يطلعوا على تبوك؟", "reasons"),  # «خلّت»: made them
        ("جيش المسلمين بتبوك كان اكتر من اربعين الف؟", "army_size"),  # «اكتر»: more
        ("المعاهدات اللي اتعملت في تبوك كانت مع مين؟", "treaties"),  # Egyptian passive اتـ
        ("مين الرابح بغزوة تبوك؟", "outcome"),
        ("هل تتابعت وفود العرب بعد تبوك؟", "delegations"),  # «تتابعت» is «توالت»
    ],
)
def test_school_and_dialect_wording_is_understood(
    arabic_engine, question: str, fact_id: str
) -> None:
    reply = arabic_engine.answer(question)
    assert reply.outcome is Outcome.ANSWER and reply.fact.id == fact_id


@pytest.mark.parametrize(
    ("question", "fact_id"),
    [
        ("مبن اللي كان قايد غزوة تبوك؟", "leader"),  # not «مؤن» (supplies)
        ("كبف انتهت غزوة تبوك", "outcome"),
        ("لبش صارت غزوة تبوك", "reasons"),  # not the overview: the «why» is kept
        ("أهل أيلة شو صار معهن بغزوة تبوك؟", "treaties"),  # «ايله» is the town, not «ايه»
    ],
)
def test_a_question_word_missing_a_dot_is_still_the_question_word(
    arabic_engine, question, fact_id
):
    reply = arabic_engine.answer(question)
    assert reply.outcome is Outcome.ANSWER and reply.fact.id == fact_id


@pytest.mark.parametrize(
    ("question", "fact_id"),
    [
        ("الجو كان حاز ايام غزوة تبوك؟", "hardship"),  # «حاز» is a word, but here «حار»
        ("في اي سمة هجرية كانت غزوة تبوك", "date"),  # «سمة» is a word, but here «سنة»
    ],
)
def test_a_mistyped_real_word_is_read_in_the_context_of_a_clear_leader(
    arabic_engine, question: str, fact_id: str
) -> None:
    reply = arabic_engine.answer(question)
    assert reply.outcome is Outcome.ANSWER and reply.fact.id == fact_id


@pytest.mark.parametrize(
    "question",
    [
        "غزوة تبوك عدت من غير قتال؟",  # no clear leader: «عدت» is not read as «عدو»
        "شو قصة الريح الشديدة اللي حذر منها النبي في تبوك؟",  # two words near the leader's
    ],
)
def test_context_does_not_read_words_into_an_unclear_or_unrelated_question(
    arabic_engine, question: str
) -> None:
    assert arabic_engine.answer(question).outcome is not Outcome.ANSWER


@pytest.mark.parametrize(
    ("question", "fact_id"),
    [
        ("ما موعد غزوة تبوك؟", "date"),  # «موعد» asks when
        ("ما نص الآية الثامنة والثلاثين من سورة التوبة؟", "verse_38"),  # the number in words
        ("النبي حشد الصحابة لملاقاة الروم", "mobilisation"),  # «ملاقاة»: meeting in battle
        ("ما أثر مرابطة النبي في تبوك على أعدائه؟", "stationing"),  # the effect is stated
        ("شو المنطقة اللي خضعت لخالد بن الوليد؟", "dumat_aljandal"),  # «المنطقة»: the place
    ],
)
def test_more_ways_of_asking_are_understood(arabic_engine, question: str, fact_id: str) -> None:
    reply = arabic_engine.answer(question)
    assert reply.outcome is Outcome.ANSWER and reply.fact.id == fact_id


@pytest.mark.parametrize(
    ("question", "fact_id"),
    [
        ("متى كانت غزوة توك", "date"),  # «توك» is a word, but after «غزوة» it is «تبوك»
        ("غوه تبوك بأي شهر صارت", "date"),
        ("الى اين ارسل النبي خالد بن الولد", "dumat_aljandal"),  # «الولد»: «الوليد»
        ("منو العدو بغزوة تبك", "enemy"),  # a prefix on the first word of the pair
    ],
)
def test_a_slip_in_a_name_pair_is_read_against_its_partner(
    arabic_engine, question, fact_id
) -> None:
    reply = arabic_engine.answer(question)
    assert reply.outcome is Outcome.ANSWER and reply.fact.id == fact_id


def test_a_name_pair_does_not_swallow_another_battle(arabic_engine) -> None:
    assert arabic_engine.answer("متى كانت غزوة بدر").outcome is Outcome.OTHER_EVENT


def test_a_whole_s_parts_are_its_declared_parts_in_the_base_s_order(
    arabic_engine: AnswerEngine,
) -> None:
    parts = arabic_engine.parts("donations")
    ids = [fact.id for fact in parts]
    assert {"abu_bakr_donation", "umar_donation", "uthman_donation"} <= set(ids)
    order = [fact.id for fact in arabic_engine.facts]
    assert ids == sorted(ids, key=order.index)
    # every part names the whole among its wholes, and a fact that is no whole has no parts
    assert all("donations" in arabic_engine.wholes(fact_id) for fact_id in ids)
    assert arabic_engine.parts("date") == ()
