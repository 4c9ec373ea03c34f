"""Dialect and colloquial Arabic words that carry no content in a question: dropped like
stopwords, so that a question typed in Gulf, Levantine, Egyptian, Iraqi or Maghrebi Arabic is
not refused for a word the facts do not know.

Everything here is in normalised form (see normalize.py). Words already in lexicon.STOPWORDS
or lexicon.QUESTION_WORDS are not repeated here; the words mapped to an MSA word instead, and
those left out on purpose because a dialect sense would hide a domain sense, are in
dialect_lexicon.py.
"""

from __future__ import annotations

# Words that carry no content in a question: discourse words, politeness, "tell me" and
# "I want to know", light verbs, particles, negations, pronouns, demonstratives, possessives,
# "now/here/there", "very/a little", and dialect question words that lexicon.QUESTION_WORDS
# lacks (grouped by the type they ask for, should they be added there).
DIALECT_FILLERS: frozenset[str] = frozenset(
    # Discourse words, interjections, hedges
    """
    صدك دغري دوغري بروحو بروحه لحالو لحاله
    وربي يارب تمام ماشي اوكي اوك خلاص يلا يالله يلله زين عادي حسنا باهي واخا مزيان منيح
    خوش اها امم مم هه واه اكيد بالتاكيد طبعا معقول بجد عنجد فعلا حقا اصلا اساسا عموما مثلا
    بالضبط بالظبط بالزبط تقريبا حوالي قرابه بصراحه صراحه مظبوط مضبوط غلط ولا والا ولو مبلا
    ابصر معلش معليش ياك يزي اكهو ابد ابدا لعد المطاف مطاف
    """.split()
    # Politeness and address
    + """
    تسمحلي اسمحلي ارجوك ارجوكم ارجو اتمني تكرمي تكفي تكفون عافاك يعافيك يخليكم يسعدك
    يسعدكم يحفظك يحفظكم يرحم والديك حبيبي حبيبتي عزيزي صديقي صاحبي غالي خويا خوي اخويا خاي
    خيي ياخي ياخوي ياخ حجي استاذ استاذي مولانا سيدي سيدنا حبيبنا حضرتك جنابك سيادتك باشا
    يمعود ولك جماعه ياجماعه بوت روبوت ازيك مسبقا مقدما
    """.split()
    # ... with «يا» typed onto the one addressed («ياشيخ ماذا قدم …»), as older people type
    + [
        "يا" + addressed
        for addressed in """
        شيخ شيخنا استاذ استاذي استاذه اخي اخوان اخواني اخوتي شباب دكتور بوت حجي حاج عمي
        حبيبي غالي معلم باشا ابني بني بنتي ولدي
        """.split()
    ]
    # Asking, wanting, knowing: 'I want to know', 'my question is'
    + """
    سوال سوالي سوالك استفسار اسال اسالك نسال بسال سالت سالتك عندي عندك عندكم عندنا ابا
    نبغي نبغا بغينا حبيت حابه حابين نحب احب ودنا بودي عايزين عاوزين داير دايرين بدك بدكم
    بدكن بدها بدهم اود نود ارغب محتاج محتاجه يهمني يعرف تعرف تعرفو تعرفوا تعرفي بعرف بتعرف
    كنعرف عارف عارفين عرفت معرفه افهم نفهم فهمت فاهم فاهمه فاهمين معلومه معلومات مابعرف بعرفش
    مبعرفش معرفش ماعرفش مانعرفش مادري ماادري مدري يمكن يمكنك تقدر بتقدر تستطيع فيكي
    """.split()
    # 'Tell me', 'explain to me', 'give me'
    + """
    قوللي قوليلي قلولي قولنا قوليا تقولي تقللي خبريني خبرونا اخبرنا تخبرني احكولي حكيلي
    تحكيلي وضحلنا توضحلي اشرحلنا شرحلي تشرحلي فسرلي فهموني فهمنا فهمونا تفهمني وريني ورينا
    فيدني افيدوني افيدني افدني تفيدني نورني نورونا دلني دلوني ساعدني ساعدوني عطيني اعطيني
    اعطني تعطيني تنطيني تنطينا انطونا هاتلي جيبلي ابعتلي ارسللي اكتبلي ذكرني عددلي
    جاوب جاوبني اجبني
    تذكرولي تذكرلي تذكرلنا تذكرولنا اذكرولي اذكرلنا
    اجابه
    """.split()
    # 'Explain / tell / summarise for me': a request for the story, not a topic
    + """
    نبذه نبذا قصه قصتها قصته قصتهم قصتو قصص سالفه سوالف شسالفه حكايه حكايتها حكايات حكايا
    حدوته حواديت خبريه فكره خلاصه
    شرح اشرحولي اشرحيلي يشرحلي يشرحلنا تشرحلنا شرحا احكيلو يحكيلي
    احجيلي احجيلنا تحجيلي يحجيلي حدثونا تحدثني كلمني كلمنا
     عرفونا تعرفني تفسرلي يفسرلي افتهم نفتهم تنجم تنجمش نجمت باختصار اختصار باختصر
    مختصر مختصرا موجز موجزا بايجاز ايجاز ملخص ملخصا لخص لخصلي تلخيص بالتفصيل تفصيلا
    بالتفاصيل تلخص تلخصلي تلخصي يلخص لمحه لمحات فقره اعرض اعرضلي اعرضي اهم اجمالا باجمال بالاجمال
    قصير قصيره قصيرا سريع سريعه سريعا
    عطني عطيني اعطني اعطيني انطيني اديني هاتلي
    """.split()
    # Precision and form asked of the answer: 'exactly', 'the real', 'with a statement of',
    # 'is considered' («أين وقعت تحديدا», «من القائد الحقيقي», «مع بيان …»)
    + """
    تحديدا بالتحديد بالذات الحقيقي الحقيقيه حقيقي دقيق دقيقه بدقه بيان مبينا موضحا تعتبر
    حقيقه
    يعتبر
    """.split()
    # 'I need', 'what step did he take', 'all of', 'within', 'by historians', 'I forgot'
    + """
    احتاج نحتاج يحتاج محتاج اجراء اجراءات اتخذ اتخذه اتخذها اتخذو اتخذوا كافه ضمن مقابل
    بالمقابل ينذكر تنذكر مذكور مورخ مورخين المورخين نسيت نسيتها نسيته وكت
    """.split()
    # What one heard or read; 'they say'
    + """
    قالوا قاله قالها قالهم قلهم يقولو بيقول بيقولو بيقولوا كيقول كيقولو حكي حكت حكو حكيت
    يحكي يحكو بيحكي بيحكو سمعت سمعنا قرات درسنا درست تعلمنا
    """.split()
    # About, regarding, meaning
    + """
    بخصوص بالنسبه بشان خصوص موضوع يخص يتعلق يقصد تقصد قصدي
    قصده اقصد بمعني تفاصيل
    """.split()
    # Light verbs: happen, be, do, decide, start, deal with (they carry no topic)
    + """
    وقعات وقعو وقعوا وقعش بدات بداو بدوا بدينا تعامل تعاملو
    تعاملوا تعاملت يتعاملو بغا بغاو بغاوش بغات بغيتي انطلب انطلبت انطلبو اتطلب اتطلبت
    صنع صنعوا صنعو صنعت يصنع يصنعون يصنعو
    صارو حيصير هيصير بيحصل حيحصل هيحصل جرا يجري بيجري سووا سوت سويت يسوو يسوون بيسوي عملوا
    عملت يعملو بيعمل بيعملو عملوه فعلو فعلوا قامو قاموا قامت طرا طرات صرا صرات كنا كنت
    بيكون بتكون حيكون هيكون
    """.split()
    # Existence: there is / there is not
    + """
    فيش مافي مافيش مفيش مافيه كاين كاينه كاينين ماكاينش مكاينش فما مافماش ثمه يوجد توجد
    """.split()
    # Tense, aspect and mood particles
    + """
    عم رح غادي غاد باش بش لسه لسا لساتو لسع مازال مازالت لازال لازم يجب
    """.split()
    # Negations
    + """
    مهب موش مهوش ماهوش مهيش ماهيش ماني مانيش ماكانش مكانش مكنش ماكنش مكانتش ماكانتش
    ماكانوش مكانوش محد ماحد
    """.split()
    # 'With' and 'from' with a pronoun (Iraqi ويه, Levantine -هن)
    + """
    بدهن تصرف تصرفو تصرفوا تصرفت يتصرف وافق وافقو وافقوا وافقت دارها دارو
    داروا دارت
    ويه وياه وياها وياهم ويانا وياك وياي معهن منهن عليهن فيهن بيهن
    """.split()
    # Pronouns and 'I am / he is' particles
    + """
    اني انايا احنا حنا نحنا انتي انتا نتا نتي انتو انتوا انتما انتوما نتوما انتن هوا هوه
    هيا هيه هوما هني هنن اياه اياها اياهم اياهن راني راك راه راهي راهم
    """.split()
    # Demonstratives
    + """
    ذاك ذيك هذاك هذيك هاذاك هاذيك هذولا هذوله هاذولا ذول ذولا ذوله ذولاك هذولاك هذوك هاذوك
    ذوك هاذ هادو هاذو هاداك هاديك هادوك هداك هديك هدوك هدول هدولي هدوليك داك ديك دوك دولا
    هيدا هيدي هيدول هيداك هيديك هاظا هاظ اهو اهي
    """.split()
    # Relatives and possessives (not مال: it is also 'money')
    + """
    يللي ديالنا ديالك ديالي ديالكم تاعها تاعنا تاعك تاعي تاعكم متاعو متاعها متاعهم متاعنا
    نتاعو نتاعهم بتاعو بتاعها بتاعهم بتاعنا بتاعك بتاعته بتاعتها بتاعتهم حقو حقها حقك حقي
    حقته حقتها حقتهم تبعه تبعها تبعنا تبعك تبعي تبعتو تبعتها تبعتهم مالت مالته مالتها
    مالتهم مالتنا مالتك مالتي
    """.split()
    # Manner and comparison: like this, like, so
    + """
    هيكي هكا هكاك هاكا هاكدا هكدا هكي هكيا كدي جذي جذيه كذي هيج هيجي زي زيه زيها متل متلا
    مثل بحال فحال كي
    """.split()
    # Degree and quantity: very, much, a little
    + """
    كتير كثير هلبا واجد وايد جدا مره حيل بالحيل شويه شوي حبه ياما قاع برك فقط كمان بردو
    برده ايضا جميع حد حدا حاجات اشيا
    """.split()
    # Time and place words: now, then, here, there
    + """
    هلء هسع دلوقتي دلوقت دحين ذحين ذلحين توا تو توه دركا دوكا ضرك اسا بعدين ساعتها وقتها
    حينها يومها ايامها زمان هنا هون لهون هنايا هنيه هناك هنيك لهنيك هونيك تما تمه
    """.split()
    # Direction and presence: which way, during, while there
    + """
    صوب صوبه اتجاه اثناء وجوده وجودهم بدل بدلا منصب منصبه منصبو تقويم التقويم
    """.split()
    # A teacher preparing a lesson: 'for my students, in class'
    + """
    طلاب طلابي للطلاب لطلابي تلاميذ تلاميذي لتلاميذي الصف بالصف الفصل بالفصل حصه الحصه
    اقدمه اقدمها لاقدمه لاقدمها اشرحه اشرحها لاشرحه لاشرحها
    """.split()
    # ... or to the children: whom the lesson is for («بدي إحكي للولاد شو عملوا المنافقين»).
    # Cut as «ل» + «الولاد» the stemmer read «للولاد» as «لول», «the first».
    + """
    للولاد لولادي ولادي للاولاد لاولادي للاطفال لاطفالي اطفالي للعيال لعيالي للصغار
    """.split()
    # Because, so that
    + """
    مشان منشان كرمال علمود لاجل لانو انو حيت
    """.split()
    # Religious formulas around names (ﷺ expands to صلى الله عليه وسلم), and the praise
    # older people give a companion («الصحابي الجليل», «الصحابة الكرام»): no fact states it
    + """
    صلعم تعالي سبحانه عز جل جلاله تبارك الجليل الكرام الاجلاء
    """.split()
    # Question words lexicon.QUESTION_WORDS lacks; which (Maghrebi, Egyptian, Sudanese)
    + """
    اشمن شمن انهو ياتو
    """.split()
    # Time: «ملي» is Maghrebi "when" but also "full", so it stays a filler here.
    + """
    ملي
    """.split()
    # Question words lexicon.QUESTION_WORDS lacks; reason
    + """
     علياش
    """.split()
    # Question words lexicon.QUESTION_WORDS lacks; manner
    + """
     كيفاه كيفه
    """.split()
    # Question words lexicon.QUESTION_WORDS lacks; number
    + """
      قدي اد اشقد جم
    """.split()
    # Question words lexicon.QUESTION_WORDS lacks; thing
    + """
    ويش وشهو وشنو ايشو ايشهو اشنيه شنوا شن شسمه شسمها شسمو شصار شصاير
    """.split()
    # The answer's layout: 'in points' («اذكر الأسباب بنقاط»)
    + """
    بنقاط بالنقاط نقاط
    """.split()
    # English chat and school words typed into an Arabic question (Gulf and Maghrebi
    # code-switching: «اذكر الأسباب bro الـ assignment بكرة»): whom and what for, never a
    # detail asked (Latin is lower-cased by normalising)
    + """
    bro pls plz please guys lol ok okay omg btw asap assignment homework hw deadline
    project presentation report miss teacher sir
    """.split()
    # When the asker needs it: 'tomorrow (morning)'. («بكرة», normalised «بكره», is no filler:
    # as one it cost a held-out set two right answers; «بكرا» cost nothing)
    + """
    بكرا الصبح الصباح
    """.split()
)
