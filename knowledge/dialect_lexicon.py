"""Dialect and colloquial Arabic words mapped to what they mean for matching.

Questions about Tabuk arrive in Gulf, Levantine, Egyptian, Iraqi and Maghrebi Arabic as well
as in MSA. The matcher refuses to answer confidently when a question holds a content word it
does not know, so ordinary dialect words must be known: either as fillers (dropped like
stopwords: dialect_fillers.py) or mapped, here, to the MSA word the fact base would use.

Everything here is in normalised form (see normalize.py): no marks, ا for أإآ, ي for ى, ه for
ة, و for ؤ, ي for ئ. Words already in lexicon.STOPWORDS or lexicon.QUESTION_WORDS are not
repeated here. Targets are the canonical stems the analyser produces for the MSA word (the
result of stemming.stem, so a target maps to itself) and follow synonyms.SYNONYMS where it
has a canonical form (giving -> تبرع, treaty -> معاهده, heat -> حر). One exception: leaders
map to قايد, which synonyms.SYNONYMS folds to its canonical قائد (not in normalised form).

Left out on purpose, because a dialect sense would hide a domain sense: مال (money; Iraqi
possessive), ام (mother; "or"), عمر (the name; "age"), احد (Uhud; "one"), نزل (verses were
revealed; "camped"), قعد and قاعد (stayed behind, synonyms.SYNONYMS; "sat", progressive), رد
(replied; Gulf "went back"), رسل (messengers; Maghrebi "sent"), بدو (Bedouins; "he wants"),
همه (morale, in the source; Iraqi "they"), كله and كلو (all of it: Abu Bakr gave all his
wealth), نص (text; "half"), جو (weather; "they came"), ميه (water; hundred), عاد (returned;
Gulf "well then"), بقي and بقا (remained; Egyptian "then"), ادت and ادو (led to, performed;
Egyptian "gave"), زعما (leaders; Maghrebi "as if"), زلمه (man; "hey"), ياسر (the name;
Tunisian "very"), تاني (second; "again"), الحين and الان (scope_words.MODERN_MARKERS), رضي
(God was pleased, in the source; honorific), الصلاه (prayer; the ﷺ formula).
"""

from __future__ import annotations


def _groups(*groups: tuple[str, str]) -> dict[str, str]:
    """Word -> target from (target, words) pairs; a word given two targets is a mistake."""
    table: dict[str, str] = {}
    for target, words in groups:
        for word in words.split():
            if table.setdefault(word, target) != target:
                raise ValueError(f"{word} maps to both {table[word]} and {target}")
    return table


# Dialect or colloquial word -> the MSA word (its canonical stem) meaning the same.
# Verbs come with the forms people type: past (حارب حاربت حاربو حاربوا) and present with
# dialect prefixes (يحاربو بيحاربوا كيحاربو).
DIALECT_WORDS: dict[str, str] = _groups(
    # going out, setting off, going (راح، طلع، مشى، سافر as 'went to')
    (
        "خرج",
        """
        طلع طلعت طلعو طلعوا يطلع يطلعو يطلعوا بيطلع بيطلعو بيطلعوا كيطلع كيطلعو راح راحت
        راحو راحوا يروح يروحو يروحوا بيروح بيروحو بيروحوا رايح رايحين رايحه طالع طالعين
        مشي مشا مشات مشينا مشت مشو مشوا مشاو مشيو يمشي يمشو يمشيو بيمشي بيمشو كيمشي كيمشيو
        بيخرج بيخرجو بيخرجوا كيخرج كيخرجو خارجين انطلق انطلقو انطلقوا انطلقت ينطلق بينطلق انطلاق
        توجه توجهو توجهوا توجهت اتوجه اتوجهو اتجه اتجهو اتجهوا
        """,
    ),
    # journey, travel
    (
        "سفر",
        """
        سافر سافرت سافرو سافروا يسافر يسافرو يسافروا بيسافر بيسافرو بيسافروا كيسافر
        كيسافرو مشوار مشاوير سفريه رحله
        """,
    ),
    # coming (جاء is a stopword in lexicon.py, so these drop out like it)
    (
        "جاء",
        """
        اجوا اجت اجي اجيت اجينا جت جات جيت يجي يجو يجوا بيجي بيجو بيجوا كيجي كيجيو جاي
        جايين جايه
        """,
    ),
    # "in the end" («وش صار بالأخير؟»), not "the last" (see phrase_rewrites.py for «في الأخير»)
    ("نهايه", "بالاخير فالاخير"),
    # arriving
    ("وصل", "بيوصل بيوصلو كيوصل كيوصلو يوصلو وصول"),
    # sending (بعت، صيفط، دز، طرش)
    (
        "ارسل",
        """
        بعت بعتت بعتو بعتوا يبعت يبعتو يبعتوا بيبعت بيبعتو بيبعتوا كيبعت كيبعتو بعتهم بعته
        بعتلهم ابعت بعثو بعثوا بيبعث صيفطو صيفطت صيفطات كيصيفط كيصيفطو سيفط سيفطو كيسيفط
        دز دزو دزوا دزت دزه دزهم يدز يدزو بيدز طرش طرشو طرشوا ارسلو ارسلوا
        """,
    ),
    # giving, donating, spending for the army (synonyms.SYNONYMS canonical for giving)
    (
        "تبرع",
        """
        عطت عطو عطوا عطاو عطاه عطاهم عطاها عطوه يعطي يعطو يعطوا بيعطي بيعطو كيعطي كيعطيو
        اعطو اعطوا اعطاه اعطاهم اعطاها انطت انطو انطوا انطاه انطاهم ينطي ينطو ينطون اداه
        اداهم اداها اداله ادالهم اتبرع اتبرعت اتبرعو اتبرعوا يتبرع يتبرعو يتبرعوا بيتبرع
        بيتبرعو كيتبرع كيتبرعو متبرع متبرعين جابو جابوا جابت صرف صرفو صرفوا ساهم ساهمو
        ساهموا ساهمت مساهمه مساهمات دعم دعمو دعموا
        """,
    ),
    # paying
    (
        "دفع",
        """
        دفعو دفعوا يدفع يدفعو يدفعوا بيدفع بيدفعو بيدفعوا كيدفع كيدفعو سدد سددو سددوا
        اداء ادوا يودي يودوا يودون تاديه
        """,
    ),
    # jizya and tribute (stem of جزيه)
    ("جزي", "جزيا ضريبه ضرايب اتاوه خاوه"),
    # money
    ("مال", "نقود مصريات بيزات بيسات ثروات فلوسه فلوسهم فلوسو فلوسها فلوسك فلوسكم"),
    # fighting, war, battle
    (
        "قتال",
        """
        حارب حاربت حاربو حاربوا يحارب يحاربو يحاربوا بيحارب بيحاربو بيحاربوا كيحارب
        كيحاربو تحارب تحاربو تحاربوا اتحارب اتحاربو اتحاربوا حروب بيقاتل بيقاتلو بيقاتلوا
        كيقاتل كيقاتلو يقاتلو يقاتلوا تقاتل تقاتلو تقاتلوا اتقاتل اتقاتلو اتقاتلوا اقتتل
        اقتتلو اقتتال تعارك تعاركو اتعارك اتعاركو عركه طوشه هوشه خناقه اتخانقو تضاربو
        اتضاربو واجهو واجهوا يواجهو مواجهه ملاقاه واجه تواجهو تواجهوا اتواجه اتواجهو
        اتواجهوا
        """,
    ),
    # attacking
    (
        "هجوم",
        """
        بيهجم بيهجمو بيهجموا كيهجم كيهجمو يهجمو يهجموا بيهاجم بيهاجمو كيهاجم كيهاجمو
        يهاجمو يهاجموا هجمه هجمات داهم داهمو داهموا
        """,
    ),
    # winning
    (
        "نصر",
        """
        انتصر انتصرت انتصرو انتصروا ينتصر ينتصرو ينتصروا بينتصر بينتصرو بينتصروا انتصار
        انتصارات غلب غلبت غلبو غلبوا يغلب يغلبو يغلبوا بيغلب بيغلبو بيغلبوا كيغلب كيغلبو
        غلبوهم رابح الرابح منتصر المنتصر ربح ربحت ربحو ربحوا يربح يربحو يربحوا بيربح بيربحو
        بيربحوا كيربح كيربحو فاز
        فازت فازو فازوا يفوز يفوزو بيفوز كيفوز فوز كسب كسبو كسبوا كسبت
        """,
    ),
    # losing, defeat (stem of هزيمه)
    (
        "هزيم",
        """
        خسر خسرت خسرو خسروا يخسر يخسرو يخسروا بيخسر بيخسرو بيخسروا كيخسر كيخسرو خساره
        خساير انهزم انهزمت انهزمو انهزموا ينهزم ينهزمو بينهزم بينهزمو اتهزم اتهزمت اتهزمو
        اتهزموا بيتهزم انغلب انغلبو انغلبوا اتغلب اتغلبو اتغلبوا
        """,
    ),
    # running away and retreating (the Romans withdrew rather than meet the army)
    (
        "تراجع",
        """
        هرب هربت هربو هربوا يهرب يهربو يهربوا بيهرب بيهربو بيهربوا كيهرب كيهربو هارب
        هاربين هروب شرد شردت شردو شردوا يشرد يشردو يشردوا بيشرد بيشردو بيشردوا كيشرد
        كيشردو فر فرو فروا يفر يفرو بيفر فرار انسحب انسحبت انسحبو انسحبوا ينسحب ينسحبو
        بينسحب بينسحبو انسحاب تقهقر تقهقرو تقهقروا اتراجع اتراجعو اتراجعوا بيتراجع
        بيتراجعو كيتراجع
        """,
    ),
    # returning
    (
        "رجع",
        """
        رجع رجعت رجعو رجعوا يرجع يرجعو يرجعوا بيرجع بيرجعو بيرجعوا كيرجع كيرجعو راجعين
        رجوع رجعه عادو عادوا عوده قفول
        """,
    ),
    # killing
    (
        "قتل",
        """
        انقتل انقتلو انقتلوا اتقتل اتقتلو اتقتلوا بيقتل بيقتلو كيقتل كيقتلو يقتلو يقتلوا
        يقتلوه قتلي اغتيال اغتالو اغتالوا يغتالو يغتالوه
        """,
    ),
    # dying
    ("موت", "مات ماتت ماتو ماتوا يموت بيموت كيموت توفي اتوفي اتوفت توفت وفاه"),
    # pardon, forgiving
    (
        "عفو",
        """
        سامح سامحت سامحو سامحوا يسامح يسامحو يسامحوا بيسامح بيسامحو بيسامحوا سامحهم سامحه
        تسامح سماح مسامحه عفي عفا
        """,
    ),
    # treaty, agreement, truce (synonyms.SYNONYMS canonical for صلح)
    (
        "معاهده",
        """
        اتفق اتفقت اتفقو اتفقوا يتفق يتفقو بيتفق بيتفقو اتفاقات اتفاقيات صالحو صالحوا
        صالحت صالحهم صالحوهم صالحته يصالح بيصالح تصالح تصالحو تصالحوا اتصالح اتصالحو
        اتصالحوا مصالحه عاهد عاهدو عاهدوا عاهدهم تعاهدو تعاهدوا عهود هدنه
        """,
    ),
    # camping, staying at a place
    (
        "اقام",
        """
        خيم خيمو خيموا خيمت يخيم بيخيم مخيم مخيمين معسكر رابط رابطو رابطوا رابطت يرابط
        مرابطه مكث مكثو مكثوا مكثت يمكث مكوث ظلو ظلوا بقو بقوا بقيو بقاو جلس جلسو جلسوا
        جلست استقر استقرو استقروا اقامه
        """,
    ),
    # capturing (as Khalid took Ukaydir)
    (
        "اسر",
        """
        مسك مسكو مسكوا مسكت مسكوه امسك امسكو امسكوا امسكوه قبض قبضو قبضوا قبضت قبضوه اعتقل
        اعتقلو اعتقلوا اعتقلوه اسير اسري
        """,
    ),
    # releasing a captive
    ("اطلق", "فكوه طلقوه اطلقوه اطلقو اطلقوا حرروه"),
    # leaving someone or something behind (Egyptian ساب)
    ("ترك", "ساب سابو سابوا سابه سابهم سابت سيبوه"),
    # taking
    (
        "اخذ",
        """
        اخد اخدت اخدو اخدوا خد خدو خدوا ياخد ياخدو بياخد بياخدو كياخد خذ خذو خذوا ياخذ
        ياخذو بياخذ شال شالو شالوا
        """,
    ),
    # seeing
    ("راي", "شاف شافت شافو شافوا يشوف يشوفو يشوفوا بيشوف بيشوفو كيشوف كيشوفو لقو لقوا لقيو"),
    # fear
    (
        "خوف",
        """
        خاف خافت خافو خافوا يخاف يخافو يخافوا بيخاف بيخافو بيخافوا كيخاف كيخافو خايف
        خايفين خايفه خوفان خوفانين تخلع تخلعو خلعه انخلع انخلعو رعب ارعب ارعبهم مرعوب
        مرعوبين انرعب انرعبو هلع جبن جبان جبناء خشي خشيو رهبه
        """,
    ),
    # staying behind from the expedition (synonyms.SYNONYMS canonical)
    (
        "تخلف",
        """
        تاخر تاخرو تاخروا تاخرت اتاخر اتاخرو اتاخروا غاب غابو غابوا مخلفين مخلفون خلفو
        خلفوا ماطلعوش ماطلعو ماخرجوش ماخرجو ماراحوش مراحوش ماراحو
        """,
    ),
    # asking for and giving permission (to stay behind)
    ("اذن", "سمحلهم سمحلو سمحله سمحو استاذن استاذنو استاذنوا استيذان"),
    # excuses
    (
        "عذر",
        """
        تحجج تحججو اتحجج اتحججو حجج اعذار اعتذر اعتذرو اعتذروا معذرين معذرون
        """,
    ),
    # weeping (the men who wept for lack of mounts). Not «عيط»: Egyptian for weeping, but
    # Maghrebi «عيط على» is calling on people («عيط النبي على المسلمين»).
    (
        "بكي",
        """
        بكت بكو بكوا بكاو بكيو يبكي يبكو بيبكي بيبكو كيبكي بكا بكاء
        """,
    ),
    # sadness, being upset
    (
        "حزن",
        """
        زعل زعلان زعلانين زعلانه زعلو زعلوا زعلت متضايق متضايقين حزين حزينين
        """,
    ),
    # boycott (of the three who stayed behind; stem of مقاطعه)
    ("مقاطع", "خاصم خاصمو خاصموا خاصموهم قاطعو قاطعوا قاطعوهم قاطعوه هجروهم"),
    # lying (Egyptian د for ذ)
    ("كذب", "كدب كدبو كدبوا كداب كدابين كذاب كذابين"),
    # gathering troops (the Romans' «حشود»)
    # («جامعين»: gathering, a participle; never mosques, «جوامع»)
    ("جمع", "احتشد احتشدت احتشدو احتشدوا حشد حشدت حشدو حشدوا يحشد بيحشدو تحشيد جامعين جامعون"),
    # a king by another title
    ("ملك", "عاهل عاهلهم"),
    # funding and contributing
    (
        "تبرع",
        """
        منح منحه منحها منحهم مولو مولوا يمول تمويل ممول اسهام اسهم ساهم ساهمو ساهموا
        مساهمه عطاء جاد جادو جادوا
        """,
    ),
    # living conditions and climate
    ("ظروف", "معيشه معيشيه احوال"),
    # what came of it: gains and yield are results («مكاسب غزوة تبوك», «أهم نتاج الغزوة»)
    ("نتيجه", "مكاسب مكسب نتاج"),
    # justifications are reasons («ما مبررات غزوة تبوك»), as motives are (synonyms.SYNONYMS)
    ("اسباب", "مبررات مسوغات"),
    ("سبب", "مبرر مسوغ"),
    ("حر", "مناخ مناخيه طقس الطقس"),
    # shirking the call
    ("تخلف", "متقاعس متقاعسين تقاعس تقاعسو تقاعسوا متخاذل متخاذلين تخاذل تخاذلو تخاذلوا"),
    # (and the verse's own verb said of them, «اللي اثاقلوا إلى الأرض»)
    ("تثاقل", "تباطا تباطو تباطوا تباطوء تباطي تباطيهم تباطيكم اثاقلوا اثاقلو"),
    # fear, awe
    ("خوف", "تهاب يهاب يهابو يهابون هابو هابوا هيبه رهبه"),
    # clashing
    ("قتال", "اصطدام اصطدم اصطدمو اصطدموا تصادم"),
    ("داخل", "عمق"),
    # answering the call
    ("استجاب", "يلبي يلبو يلبون لبي لبو لبوا لبت تلبيه"),
    # taking part
    ("شارك", "خاض خاضها خاضو خاضوا"),
    # embracing Islam
    # (not تسلم, يسلم, يسلمو: "bless you" thanks someone, «الله يسلمك»)
    ("اسلام", "اسلم اسلمو اسلموا اسلمت بيسلمو كيسلمو اعتناق اعتنق اعتنقو اعتنقوا اعتنقت"),
    # surrendering, submitting
    ("خضع", "استسلم استسلمو استسلموا استسلمت استسلام"),
    # preparing and equipping the army (synonyms.SYNONYMS canonical)
    (
        "تجهيز",
        """
        بيجهز بيجهزو كيجهز كيجهزو يجهزو يجهزوا جهزوا استعد استعدو استعدوا استعداد
        استعدادات بيستعد عتاد
        """,
    ),
    # gathering, mobilising
    ("جمع", "حشد حشدو حشدوا حشدت لمو لموا جمعو جمعوا"),
    # naming (synonyms.SYNONYMS canonical)
    (
        "اسم",
        """
        بيسموها بيسموه يسموها يسموه كيسميوها كيسميوه كيسميو سموها تسمت اتسمت انسمت اتسمي
        تسميتها تسميته تسميتو لقبوها لقبوه لقبو ملقب ملقبه
        سماو سماوا سماوها سماوه سماوهم
        """,
    ),
    # enemy
    ("عدو", "اعدا اعداء اعادي خصم خصوم"),
    # Romans, Byzantines
    ("روم", "روماني رومانيين روميين اروام"),
    # tribes (stem of قبيله)
    ("قبيل", "قبايل عشاير"),
    # Bedouin Arabs
    ("اعراب", "عربان"),
    # companions (stem of صحابه)
    ("صحاب", "اصحاب اصحابه اصحابو صحابيين"),
    # envoy
    ("سفير", "مبعوث مبعوثين مندوب مندوبين"),
    # leader (synonyms.SYNONYMS folds قايد to its canonical form)
    ("قايد", "زعيم زعماء زعيمهم كبيرهم"),
    # heat (synonyms.SYNONYMS canonical)
    ("حر", "شوب حامي حاميه سخونه سخونيه سخن قيظ قيض لهيب"),
    # hardship, poverty (جيش العسره; stem of عسره)
    (
        "عسر",
        """
        زنقه ضيقه ضنك صعب صعبه صعوبه صعوبات مشقه شاق شاقه معاناه فقر فقرا فقراء فقير مفلس
        مفلسين طفران طفرانين
        """,
    ),
    # hunger
    ("جوع", "جوعان جوعانين جيعان جعان جعانين مجاعه جوعي"),
    # thirst
    ("عطش", "عطشان عطشانين عطشانه عطاش عطشي"),
    # drought
    ("جدب", "قحط جفاف"),
    # water («المي», Levantine; «الماي», Gulf and Iraqi: not «ميه», which is also a hundred)
    ("ماء", "مويه مي ماي"),
    # fruit and harvest (the shade and fruit some stayed for)
    ("ثمار", "فواكه فاكهه غله غلال ثمر"),
    # food
    ("طعام", "اكل ماكل ماكولات اكلات"),
    # road, way
    ("طريق", "درب دروب"),
    # mosque
    ("مسجد", "جامع"),
    # a university and its students are no mosque («طالبة جامعية», «الجامعة»)
    ("جامعه", "جامعه جامعي جامعيه جامعات"),
    # women
    ("نساء", "نسوان حريم ستات نسا"),
    # children (stem of صبيان)
    ("صبي", "عيال ولاد بزور بزران اطفال صغار"),
    # men
    ("رجال", "زلام رياجيل رجاجيل"),
    # three, thirty (Egyptian and Levantine ت for ث)
    ("ثلاث", "تلات تلاته تلاتين تلاثين"),
    # third
    ("ثالث", "تالت تالته"),
    # thousands
    ("الف", "الاف الوف"),
    # gold (Egyptian د for ذ)
    ("ذهب", "دهب"),
    # calling people out (نادى, not the Egyptian ادى 'gave' behind a ن)
    ("دعا", "نادي نادو نادوا ينادي بينادي دعي دعيو"),
    # being taken by surprise
    (
        "فوج",
        """
        انصدم انصدمو انصدموا اتصدم اتصدمو اتصدموا تفاجا تفاجاو تفاجاوا تفاجيو اتفاجا
        اتفاجيو مفاجاه مفاجيه متوقعين متوقعينش توقعو توقعوا يتوقعو
        """,
    ),
    # the situation, the conditions
    ("ظروف", "اوضاع الاوضاع وضع الوضع احوال"),
    # heat (Maghrebi)
    ("حر", "صهد الصهد"),
    # naming
    ("اسم", "انسمي انسمت تسمت تسمو اتسمي اتسمت"),
    # commanders (ة written ت before a pronoun)
    ("قايد", "قادت قادتهم قادته"),
    # announcing (Maghrebi علن); to show openly is to announce («أظهر المنافقون نفاقهم»: the
    # text's «يعلنون عن نفاقهم»)
    # to blame is to rebuke («ذم المتثاقلين»: the verse that rebukes them)
    ("وبخ", "ذم"),
    ("اعلن", "علن علنو علنات اظهار اظهر اظهروا اظهرو اظهرت يظهرون يظهرو يظهر"),
    # "made, let" (شو اللي خلّت، خلّى سبيله)
    ("خلي", "خلت خلو خلوا خلاه خلاها خلاهم خلتهم يخلي بيخلي"),
    # "more" with ت for ث (Egyptian, Levantine)
    ("اكثر", "اكتر"),
    # the campaign
    ("غزو", "حمله الحمله"),
    # after (Gulf عقب)
    ("بعد", "عقب"),
    # village (stem of قريه)
    ("قري", "ضيعه"),
)
