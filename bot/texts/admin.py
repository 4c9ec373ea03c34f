"""Admins: fact and quiz-item editing, review, imports, history and admins."""

from __future__ import annotations

# --- admin ---------------------------------------------------------------------------

ADMIN_DENIED = "هذا الأمر لمشرفي قاعدة المعلومات فقط."
ADMIN_OWNERS_ONLY = "إدارة المشرفين لمالكي البوت فقط."
ADMIN_PRIVATE_ONLY = "أوامر المشرفين تعمل في المحادثة الخاصة فقط، فاكتب لي في الخاص من فضلك."
ADMIN_HELP = (
    "أوامر المشرفين (في المحادثة الخاصة):\n"
    "/addfact — إضافة حقيقة خطوة بخطوة\n"
    "/addfact السؤال | الجواب (جملة تامة) — إضافة حقيقة في سطر واحد\n"
    "/addq المعرّف صيغة — إضافة صيغة سؤال إلى حقيقة\n"
    "/answer المعرّف نص — تغيير جواب حقيقة\n"
    "/delfact المعرّف — حذف حقيقة (يمكن التراجع)\n"
    "/addquiz المعرّف السؤال | الصحيح | خطأ [| خطأ | خطأ] — سؤال مسابقة\n"
    "/editquiz معرّف_السؤال السؤال | الصحيح | خطأ [| خطأ | خطأ] — تعديل سؤال مسابقة\n"
    "/delquiz معرّف_السؤال — حذف سؤال مسابقة واحد (يمكن التراجع)\n"
    "/delq المعرّف الصيغة — حذف صيغة واحدة من حقيقة (يمكن التراجع)\n"
    "/fact المعرّف — عرض حقيقة بصيغها وأسئلة مسابقتها\n"
    "/facts [كلمة] — قائمة الحقائق أو البحث فيها\n"
    "/history المعرّف — من عدّل الحقيقة ومتى وماذا\n"
    "/undo — التراجع عن آخر تعديل لك\n"
    "/unanswered — الأسئلة التي لم أُجب عنها\n"
    "/export — تنزيل القاعدة كاملة ملف JSON\n"
    "/import — ردًّا على ملف JSON: استيراده بعد المعاينة\n"
    "/admins — المشرفون (للمالكين)؛ /admins add ردًّا على رسالة العضو أو باسمه @username"
)

ADMINS_LIST = (
    "المالكون (من الإعدادات ADMIN_IDS):\n{owners}\n\n"
    "المشرفون المضافون:\n{admins}\n\n"
    "للإضافة: /admins add رقم_المستخدم\nللحذف: /admins remove رقم_المستخدم"
)
ADMINS_NONE = "لا أحد بعد."
ADMINS_LINE = "• {user_id}{name}"
ADMINS_USAGE = (
    "اكتب: /admins add رقم_المستخدم أو /admins add @اسم_المستخدم أو /admins remove رقم_المستخدم\n"
    "أو أعد توجيه رسالة من العضو إليّ ثم رُدَّ عليها بالأمر /admins add"
)
ADMINS_UNKNOWN_USERNAME = (
    "لم أرَ مستخدمًا باسم @{username} بعد. يكفي أن يكتب في مجموعة أنا فيها أو في الخاص، "
    "أو اكتب رقمه: /admins add رقم_المستخدم"
)
ADMINS_BAD_ID = "رقم المستخدم «{value}» غير صحيح. اكتب رقمًا، مثل: /admins add 123456789"
ADMINS_ADDED = "✅ أصبح المستخدم {user_id} مشرفًا."
ADMINS_ALREADY = "المستخدم {user_id} مشرف من قبل."
ADMINS_REMOVED = "✅ لم يعد المستخدم {user_id} مشرفًا."
ADMINS_NOT_FOUND = "المستخدم {user_id} ليس من المشرفين المضافين."
ADMINS_OWNER_FIXED = (
    "المستخدم {user_id} من المالكين في الإعدادات (ADMIN_IDS)، فلا يُضاف ولا يُحذف بهذا الأمر."
)

ADMIN_SOURCE = "أضافه المشرفون"
# A quiz item's explanation when the fact's answer is too long to serve as one.
QUIZ_EXPLANATION_FALLBACK = "الجواب الصحيح: {answer}"

ADMIN_UNKNOWN_FACT = "لا توجد حقيقة بالمعرّف «{fact_id}». ابحث عن المعرّف بـ /facts كلمة"
ADMIN_FACT_DELETED = "الحقيقة «{fact_id}» محذوفة، فلا تُعدَّل. راجع /history {fact_id}"
ADDFACT_USAGE = (
    "اكتب السؤال والجواب بينهما علامة |، والجواب جملة تامة يفهمها السائل وحدها، مثل:\n"
    "/addfact ما اسم ناقة النبي ﷺ؟ | كانت ناقة النبي ﷺ تسمى القصواء.\n"
    "أو أرسل /addfact وحده لإضافة حقيقة خطوة بخطوة."
)
ADDQ_USAGE = "اكتب معرّف الحقيقة ثم الصيغة الجديدة، مثل:\n/addq date متى خرج النبي ﷺ إلى تبوك؟"
ANSWER_USAGE = "اكتب معرّف الحقيقة ثم الجواب الجديد، مثل:\n/answer date كانت في رجب سنة 9 هـ."
DELFACT_USAGE = "اكتب معرّف الحقيقة، مثل: /delfact date"
FACT_USAGE = "اكتب معرّف الحقيقة، مثل: /fact date\nوللبحث عن المعرّف: /facts كلمة"
HISTORY_USAGE = "اكتب معرّف الحقيقة، مثل: /history date"
ADDQUIZ_USAGE = (
    "اكتب معرّف الحقيقة ثم السؤال والخيارات بينها علامة |، والخيار الصحيح أولًا:\n"
    "/addquiz date في أي شهر كانت غزوة تبوك؟ | رجب | رمضان | شوال\n"
    "(من خيارين إلى 4؛ يخلطها البوت عند السؤال. ولسؤال صح أو خطأ: | صح | خطأ)"
)
EDITQUIZ_USAGE = (
    "اكتب معرّف سؤال المسابقة ثم السؤال والخيارات الجديدة، والخيار الصحيح أولًا:\n"
    "/editquiz q_date_1 في أي شهر كانت غزوة تبوك؟ | رجب | رمضان | شوال\n"
    "وتجد المعرّف في /fact معرّف_الحقيقة"
)
DELQUIZ_USAGE = (
    "اكتب معرّف سؤال المسابقة، مثل: /delquiz q_date_1\nوتجد المعرّف في /fact معرّف_الحقيقة"
)
DELQ_USAGE = "اكتب معرّف الحقيقة ثم الصيغة التي تحذفها، مثل:\n/delq date متى كانت غزوة تبوك"

ADMIN_FIELD_NAMES = {
    "answer": "الجواب",
    "questions": "صيغة السؤال",
    "question": "سؤال المسابقة",
    "options": "الخيارات",
    "explanation": "شرح سؤال المسابقة",
    "source": "المصدر",
    "keywords": "الكلمات المفتاحية",
    "id": "المعرّف",
    "answer_type": "نوع الجواب",
    "fact_id": "معرّف الحقيقة",
    "correct": "الخيار الصحيح",
}
ADMIN_ERR_EMPTY = "{field} فارغ، فاكتب نصًّا من فضلك. لم يُحفظ شيء."
ADMIN_ERR_TOO_LONG = "{field} طويل جدًا ({length} حرفًا)، والحد الأقصى {limit} حرف. لم يُحفظ شيء."
ADMIN_ERR_ITEM_TOO_LONG = "{field} أطول من الحد الأقصى ({limit} حرف). لم يُحفظ شيء."
ADMIN_ERR_NOT_ARABIC = "{field} يجب أن يكون بالعربية. لم يُحفظ شيء."
ADMIN_ERR_TOO_FEW = "{field}: يلزم {count} على الأقل. لم يُحفظ شيء."
ADMIN_ERR_TOO_MANY = "{field}: عددها {count}، والحد الأقصى {limit}. لم يُحفظ شيء."
ADMIN_ERR_OPTIONS_SAME = "خيارات سؤال المسابقة يجب أن تكون مختلفة. لم يُحفظ شيء."
ADMIN_ERR_INVALID = "المدخل غير صالح، ولم يُحفظ شيء. التفصيل: {detail}"
ADMIN_BASE_INVALID = "لم يُحفظ شيء، لأن قاعدة المعلومات كانت ستصبح غير صالحة. التفصيل: {detail}"
ADMIN_PHRASING_TAKEN = "الصيغة «{text}» مرتبطة من قبل بالحقيقة {fact_id}، فلا تُضاف مرتين."
ADMIN_PHRASING_EXISTS = "الصيغة «{text}» موجودة في هذه الحقيقة من قبل."
ADMIN_PHRASING_REPEATED = "أرسلت الصيغة «{text}» من قبل في هذه الحقيقة."
ADMIN_ANSWER_SAME = "الجواب الجديد مطابق للحالي، فلا تغيير."
ADMIN_PHRASING_NOT_ARABIC = (
    "الصيغة «{text}» ليس فيها حرف عربي، فلن يسأل بها أحد. اكتبها بالعربية. لم يُحفظ شيء."
)
ADMIN_ANSWER_TOO_SHORT = (
    "الجواب قصير جدًا: اكتب جملة تامة من {minimum} على الأقل يفهمها السائل وحدها. لم يُحفظ شيء."
)
ADMIN_UNKNOWN_QUIZ = "لا يوجد سؤال مسابقة بالمعرّف «{quiz_id}». تجد المعرّفات في /fact المعرّف"
ADDQUIZ_DUPLICATE = (
    "هذا السؤال موجود من قبل: سؤال المسابقة {quiz_id} في الحقيقة {fact_id}. "
    "ولتعديله: /editquiz {quiz_id} … لم يُحفظ شيء."
)
EDITQUIZ_SAME = "السؤال والخيارات مطابقة لما هو محفوظ، فلا تغيير."
DELQ_NOT_FOUND = "الصيغة «{text}» ليست من صيغ الحقيقة {fact_id}. راجع صيغها بـ /fact {fact_id}"
DELQ_LAST = (
    "هذه آخر صيغة للحقيقة {fact_id}، ولا تبقى حقيقة بلا صيغة. لحذف الحقيقة: /delfact {fact_id}"
)

BUTTON_CONFIRM = "✅ تأكيد"
BUTTON_CANCEL = "✖️ إلغاء"
BUTTON_PREVIOUS = "السابق"
BUTTON_NEXT = "التالي"
BUTTON_DISMISS = "🗑 تجاهل"
BUTTON_ATTACH = "➕ {label}"
ADMIN_PREVIEW_EXPIRED = "هذه المعاينة لم تعد صالحة، فأعد إرسال الأمر من فضلك."
ADMIN_CANCELLED = "أُلغي، ولم يتغير شيء."
ADMIN_CONFLICT = (
    "⚠️ لم يُحفظ شيء: تغيّرت الحقيقة {fact_id} بعد أن عرضتَ المعاينة (عدّلها مشرف آخر). "
    "اعرضها من جديد بـ /fact {fact_id} ثم أعد المحاولة."
)
NOTHING_TO_CANCEL = "لا يوجد شيء لإلغائه."

ADDFACT_START = (
    "إضافة حقيقة جديدة.\n"
    "الخطوة 1 من 3: أرسل صيغ السؤال، كل صيغة في رسالة، ثم أرسل «تم» أو /done.\n"
    "وللإلغاء في أي خطوة: /cancel"
)
ADDFACT_DONE_WORDS = frozenset({"تم", "انتهيت", "خلاص", "done"})
ADDFACT_PHRASING_ADDED = "✅ الصيغة {count}. أرسل صيغة أخرى، أو «تم» للانتقال إلى الجواب."
ADDFACT_NEED_PHRASING = "أرسل صيغة واحدة على الأقل قبل «تم»."
ADDFACT_ASK_ANSWER = "الخطوة 2 من 3: أرسل الجواب."
ADDFACT_ASK_TYPE = "الخطوة 3 من 3: ما نوع الجواب؟"
ADDFACT_USE_BUTTONS = "اختر بالأزرار أعلاه، أو أرسل /cancel للإلغاء."
ADDFACT_PREVIEW = (
    "معاينة الحقيقة الجديدة:\n\nصيغ السؤال:\n{questions}\n\nالجواب:\n{answer}\n\n"
    "نوع الجواب: {answer_type}\n\nهل تحفظها؟"
)
ADDFACT_CANCELLED = "أُلغيت إضافة الحقيقة، ولم يُحفظ شيء."
ADDFACT_TIMEOUT = "انتهت مهلة إضافة الحقيقة، ولم يُحفظ شيء. ابدأ من جديد بـ /addfact"
ADDFACT_DONE = "✅ أُضيفت الحقيقة {fact_id}. صار البوت يجيب عن: {question}"
ANSWER_TYPE_LABELS = {
    "time": "زمن (متى)",
    "number": "عدد (كم)",
    "person": "شخص (من)",
    "place": "مكان (أين)",
    "reason": "سبب (لماذا)",
    "thing": "شيء (ما)",
    "yesno": "نعم أو لا (هل)",
    "overview": "نظرة عامة",
}

ADDQ_DONE = "✅ أُضيفت الصيغة إلى الحقيقة {fact_id}، وصار لها {count}."
ANSWER_PREVIEW = (
    "تغيير جواب الحقيقة {fact_id}:\n\nالجواب الحالي:\n{old}\n\nالجواب الجديد:\n{new}\n\n"
    "هل تحفظ التغيير؟"
)
ANSWER_DONE = "✅ حُفظ الجواب الجديد للحقيقة {fact_id}."
DELFACT_PREVIEW = (
    "ستُحذف الحقيقة {fact_id}:\n«{question}»\n{answer}\n\n"
    "ويتوقف معها {quizzes}. ويمكن التراجع بـ /undo. هل تحذفها؟"
)
DELFACT_DONE = "🗑 حُذفت الحقيقة {fact_id}. وللتراجع: /undo"
ADDQUIZ_DONE = "✅ أُضيف سؤال المسابقة {quiz_id} إلى الحقيقة {fact_id}."
EDITQUIZ_DONE = "✅ عُدّل سؤال المسابقة {quiz_id}. وللتراجع: /undo"
DELQUIZ_DONE = "🗑 حُذف سؤال المسابقة {quiz_id} من الحقيقة {fact_id}. وللتراجع: /undo"
DELQ_DONE = "🗑 حُذفت الصيغة «{text}» من الحقيقة {fact_id}، وبقي لها {count}. وللتراجع: /undo"

# «/undo date» would undo the admin's last change, which may be another fact: refuse it.
UNDO_USAGE = (
    "الأمر /undo يتراجع عن آخر تعديل لك أنت أيًّا كانت الحقيقة، ولا يأخذ شيئًا بعده، "
    "فلم أغيّر شيئًا. أرسله وحده؛ ولمعرفة من عدّل حقيقة: /history date"
)
UNDO_NOTHING = "لا يوجد تعديل لك يمكن التراجع عنه."
UNDO_DONE = "↩️ تم التراجع عن آخر تعديل لك ({action}) في: {facts}"
UNDO_CONFLICT = (
    "⚠️ لا يمكن التراجع: تغيّرت الحقيقة {fact_id} بعد تعديلك (عدّلها مشرف آخر). "
    "راجع /history {fact_id}"
)
ACTION_LABELS = {
    "add_fact": "إضافة حقيقة",
    "add_phrasing": "إضافة صيغة",
    "set_answer": "تغيير الجواب",
    "delete_fact": "حذف الحقيقة",
    "add_quiz": "إضافة سؤال مسابقة",
    "edit_quiz": "تعديل سؤال مسابقة",
    "delete_quiz": "حذف سؤال مسابقة",
    "delete_phrasing": "حذف صيغة",
    "attach_question": "ربط سؤال بحقيقة",
    "import": "استيراد",
    "undo": "تراجع",
    "denied": "محاولة مرفوضة",
    "admin_add": "إضافة مشرف",
    "admin_remove": "حذف مشرف",
}

FACT_TITLE = "الحقيقة {fact_id} — نوع الجواب: {answer_type} — الإصدار {version}"
FACT_DELETED_MARK = "⛔ هذه الحقيقة محذوفة."
FACT_ANSWER = "الجواب:"
FACT_SOURCE = "المصدر:"
FACT_PHRASINGS = "صيغ السؤال ({count}):"
FACT_QUIZZES = "أسئلة المسابقة ({count}):"
FACT_QUIZ_OPTION_RIGHT = "✅"
FACT_QUIZ_OPTION_WRONG = "▫️"

FACTS_TITLE = "الحقائق: {count} — الصفحة {page} من {pages}"
FACTS_SEARCH_TITLE = "البحث عن «{query}»: {count} — الصفحة {page} من {pages}"
FACTS_NONE = "لا توجد حقائق فيها «{query}»."
FACTS_HINT = "لعرض حقيقة: /fact المعرّف"
FACTS_QUERY_TOO_LONG = "كلمة البحث طويلة جدًا، فاكتب كلمة أو كلمتين."

HISTORY_TITLE = "سجل تعديلات الحقيقة {fact_id}:"
HISTORY_EMPTY = "لا تعديلات مسجلة على الحقيقة {fact_id}، فهي كما جاءت في القاعدة الأصلية."
HISTORY_LINE = "• {when} — {who}: {action}{undone}"
HISTORY_UNDONE = " (تُراجع عنه)"
CHANGE_CREATED = "أُنشئت"
CHANGE_DELETED = "حُذفت"
CHANGE_RESTORED = "استُعيدت"
CHANGE_ANSWER = "صار الجواب: «{new}» (كان: «{old}»)"
CHANGE_TYPE = "صار نوع الجواب: {new} (كان: {old})"
CHANGE_SOURCE = "تغيّر المصدر"
CHANGE_PHRASINGS_ADDED = "صيغ جديدة: {items}"
CHANGE_PHRASINGS_REMOVED = "صيغ حُذفت: {items}"
CHANGE_QUIZZES_ADDED = "أسئلة مسابقة جديدة: {items}"
CHANGE_QUIZZES_REMOVED = "أسئلة مسابقة حُذفت: {items}"
CHANGE_QUIZZES_CHANGED = "أسئلة مسابقة عُدّلت: {items}"

EXPORT_CAPTION = "قاعدة المعلومات كاملة: {facts} و{quizzes}."
# Words after /export, /import or /unanswered are not read (one format, the whole base, the
# five most asked): the admin is told so rather than given something they did not ask for.
EXPORT_USAGE = (
    "الأمر /export يرسل قاعدة المعلومات كاملة في ملف JSON واحد، ولا يأخذ شيئًا بعده، "
    "فلم أرسل شيئًا. أرسله وحده."
)
IMPORT_WORDS_USAGE = (
    "الأمر /import لا يأخذ شيئًا بعده، فلم أقرأ الملف ولم يتغير شيء. "
    "رُدَّ على ملف JSON بالأمر /import وحده."
)
UNANSWERED_USAGE = (
    "الأمر /unanswered يعرض أكثر الأسئلة التي بلا جواب، ولا يأخذ شيئًا بعده. أرسله وحده."
)
IMPORT_USAGE = "أرسل ملف JSON، ثم رُدَّ عليه بالأمر /import (أو أرسله وفي تعليقه /import)."
IMPORT_DOCUMENT_HINT = "لمعاينة استيراد هذا الملف رُدَّ عليه بالأمر /import"
IMPORT_TOO_BIG = "الملف كبير جدًا ({size} كيلوبايت)، والحد الأقصى {limit} كيلوبايت. لم يُستورد شيء."
IMPORT_NOT_TEXT = "الملف ليس نصًّا بترميز UTF-8. لم يُستورد شيء."
IMPORT_BAD_JSON = "الملف ليس JSON صالحًا (خطأ في السطر {line}، العمود {column}). لم يُستورد شيء."
IMPORT_BAD_SHAPE = (
    "الملف لا يحتوي قاعدة معلومات: يجب أن يكون كائن JSON فيه قائمة «facts» "
    "وقائمة «quizzes». لم يُستورد شيء."
)
IMPORT_BAD_RECORD = "لم يُستورد شيء: في {record} خطأ.\n{problem}"
IMPORT_RECORD_FACT = "الحقيقة رقم {number}"
IMPORT_RECORD_QUIZ = "سؤال المسابقة رقم {number}"
IMPORT_DUPLICATE_ID = "المعرّف «{record_id}» مكرر في الملف."
IMPORT_DUPLICATE_QUESTION = "السؤال «{question}» مكرر، فهو للحقيقة {owner} أيضًا."
IMPORT_UNKNOWN_FACT = "يشير إلى حقيقة ليست في الملف: {fact_id}."
IMPORT_SUMMARY = "معاينة الاستيراد:\n{lines}\n\nهل تطبّق الاستيراد؟ يُطبَّق كله أو لا شيء منه."
IMPORT_NO_CHANGES = "الملف مطابق لقاعدة المعلومات الحالية، فلا يتغير شيء باستيراده. لم أغيّر شيئًا."
# Same records, another order: applying it changes only the order of /facts and of quizzes.
IMPORT_ORDER_ONLY = (
    "معاينة الاستيراد: لا تتغير أي حقيقة ولا أي سؤال مسابقة، وإنما يتغير ترتيبها كما في الملف.\n\n"
    "هل تطبّق الاستيراد؟"
)
IMPORT_SUMMARY_LINE = "• {label}: {count} — {ids}"
IMPORT_LABELS = {
    "added_facts": "حقائق جديدة",
    "changed_facts": "حقائق معدّلة",
    "removed_facts": "حقائق تُحذف",
    "added_quizzes": "أسئلة مسابقة جديدة",
    "changed_quizzes": "أسئلة مسابقة معدّلة",
    "removed_quizzes": "أسئلة مسابقة تُحذف",
}
IMPORT_DONE = (
    "✅ تم الاستيراد: الحقائق +{added_facts} ~{changed_facts} −{removed_facts}، "
    "وأسئلة المسابقة +{added_quizzes} ~{changed_quizzes} −{removed_quizzes}."
)
IMPORT_EMPTY = "الملف لا يحتوي أي حقيقة، وقاعدة معلومات فارغة لا تجيب عن شيء. لم يُستورد شيء."
IMPORT_TOO_DEEP = (
    "الملف متداخل أكثر مما تحتمله قاعدة معلومات (أكثر من {depth} مستويات). لم يُستورد شيء."
)
IMPORT_LONG_NUMBER = "في الملف رقم طويل جدًا (أكثر من {digits} خانة). لم يُستورد شيء."
IMPORT_SURROGATE = (
    "في الملف نص فيه رمز يونيكود غير صالح (نصف زوج بديل مثل \\ud800). لم يُستورد شيء."
)
IMPORT_BUSY = "قاعدة المعلومات مشغولة الآن بتغيير آخر. أعد المحاولة بعد قليل. لم يُستورد شيء."
IMPORT_DRASTIC_WARNING = (
    "⚠️ هذا الاستيراد يحذف {facts_removed} من {facts_live} و{quizzes_removed} من "
    "{quizzes_live}، أي أكثر من النصف؛ سأطلب تأكيدًا ثانيًا."
)
IMPORT_DRASTIC_CONFIRM = (
    "⚠️ تأكيد ثانٍ: سيُحذف {facts_removed} من {facts_live} و{quizzes_removed} من "
    "{quizzes_live}. هل أنت متأكد؟ (يمكن التراجع بعد ذلك بالأمر /undo)"
)
IMPORT_DRASTIC_REFUSED = (
    "لم يُستورد شيء: كان سيحذف {facts_removed} من {facts_live} و{quizzes_removed} "
    "من {quizzes_live}، وهذا يحتاج تأكيدًا ثانيًا."
)
BUTTON_CONFIRM_REMOVAL = "⚠️ نعم، احذفها واستورد"
IMPORT_CHANGED = (
    "⚠️ لم يُستورد شيء: تغيّرت قاعدة المعلومات بعد المعاينة (عدّلها مشرف آخر). "
    "أعد إرسال /import ردًّا على الملف لمعاينة جديدة."
)

UNANSWERED_TITLE = (
    "أكثر الأسئلة التي لم أُجب عنها جوابًا مفيدًا: {count}\n"
    "اضغط اسم الحقيقة لترى الجواب الذي سيأخذه السؤال ثم تؤكد ربطه بها، "
    "أو «➕ حقيقة جديدة» لتكتب له حقيقة، أو «تجاهل» لإخفائه."
)
UNANSWERED_NONE = "لا توجد أسئلة بلا جواب تنتظر المراجعة."
UNANSWERED_ITEM = "«{text}»\nسُئل {times}. ولربطه بحقيقة أخرى أرسل:\n/addq المعرّف {text}"
UNANSWERED_ATTACHED = (
    "✅ «{text}» صار صيغةً للحقيقة {fact_id}. وللتراجع (ويعود السؤال إلى القائمة): /undo"
)
UNANSWERED_ATTACH_PREVIEW = (
    "سيصير «{text}» صيغةً للحقيقة {fact_id}، فيكون جوابه:\n\n{answer}\n\nهل تربطه بها؟"
)
BUTTON_NEW_FACT = "➕ حقيقة جديدة"
ADDFACT_START_WITH = (
    "إضافة حقيقة جديدة، الخطوة 1 من 3: الصيغة الأولى هي «{text}».\n"
    "أرسل صيغة أخرى إن شئت، أو «تم» للانتقال إلى الجواب. وللإلغاء: /cancel"
)
ADDFACT_DISCARD_ASK = "عندك حقيقة لم تُحفظ بعد (فيها {count}). هل تتركها وتبدأ حقيقة جديدة؟"
BUTTON_DISCARD = "🗑 اتركها وابدأ من جديد"
BUTTON_KEEP = "↩️ أكمل الحقيقة الحالية"
ADDFACT_KEPT = "نكمل الحقيقة الحالية من حيث توقفت."
ADDFACT_TYPE_UNCLEAR = "لم أعرف نوع الجواب من أداة السؤال. ما نوعه؟"
UNANSWERED_DISMISSED = "تم تجاهل «{text}»."
UNANSWERED_GONE = "هذا السؤال لم يعد في قائمة المراجعة."
