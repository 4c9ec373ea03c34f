"""The word patterns of a claim told and asked about: verdict words («صح», «خطأ»), «هل هذا
صحيح؟» after a claim, and the report that introduces one («سمعت أن …», «قرأت أن …»);
knowledge/message_parts.py reads told claims with them."""

from __future__ import annotations

import re

VERDICT_WORDS = frozenset(
    "صح صحيح صحيحة صحيحه صواب خطأ خطا خاطئ خاطئة خاطئه غلط true false t f".split()
)


# «… قال إن أبا بكر قدم نصف ماله، فهل هذا صحيح؟»: the claim told before is what is asked.
THIS_TRUE = re.compile(
    # («هل هذا الرقم ثابت؟», «هل هذه المعلومة دقيقة؟»: the figure or report told is the claim)
    r"^\s*[وف]?(هل\s+)?(هذا|هذه|ذلك|هالكلام|هذا\s+الكلام|الكلام\s+هذا|هاد\s+الشي|هاي|هذي|هادي|هاد)"
    r"(\s+(الرقم|العدد|الكلام|الخبر|القول|المعلومة|المعلومه|التاريخ|الشي|الشيء))?\s+"
    r"(صحيح|صح|صحيحة|صحيحه|مضبوط|صدق|ثابت|ثابتة|ثابته|دقيق|دقيقة|دقيقه|حقيقي)\s*[؟?]*\s*$|^\s*(صح|صحيح)\s+(هذا|هالكلام|ولا\s+لا)\s*[؟?]*\s*$"
    # «…، واش صحيح؟», «…، هل صحيح؟»: is it true? with no «this»
    r"|^\s*[وف]?(هل|واش|وش)\s+(صحيح|صح|صج|مضبوط)\s*[؟?]+\s*$"
    # «فعلاً هاد اللي قدمه بتبوك؟»: «is this really what …?» about the claim told
    r"|^\s*[وف]?(فعلا|فعلاً|حقا|حقاً|صدقا|بجد|عن\s+جد)\s+(هذا|هذه|هاد|هادا|هادي|هاي|هذي|ده|دا|دي)\s[^؟?]*[؟?]\s*$"
)
# «سمعت إن عثمان جهز الجيش بألف بعير، صح؟», «…، صح ولا غلط؟» after a story: the claim told
# is asked (without a story, «… ، صح؟» is the statement's own tail, TF_TAIL).
BARE_TRUE = re.compile(
    r"^\s*[وف]?(صح|صحيح|مضبوط|صدق)(\s+(ولا|لو|أم|ام|او|أو)\s+(لا|لأ|غلط|خطأ|خطا|غالط))?\s*[؟?]+\s*$"
)
# «سمعت أن …», «قرأت في كتاب أن …», «بيقولوا إنو …»: what was heard is the claim to judge.
REPORTED = re.compile(
    r"^(?:\S+\s+){0,4}?(?:سمعت|قرأت|قريت|شفت|يقولون|يقولو|بيقولوا|بيقولو|قالوا|قالو|قال|قالت"
    r"|يقال|قيل|بيقول|يقول|تقول|ذكر|يذكر|حكالي|حكتلي|تحكيلنا|تحكيلي"
    # («صاحبي حالف إن …»: what someone swears to is what he says)
    r"|حالف|حالفه|حالفة|حلف|يحلف"
    # («ابني كاتب في الواجب إن …», «جاوبت إن …»: what was written or answered is the claim)
    r"|كاتب|كاتبه|كاتبة|كتب|كتبت|جاوب|جاوبت"
    # («كنت أظن إن …», «كنت فاكر إن …», «بعتقد إنو …»: what the asker thought is the claim,
    # a misconception to be confirmed or corrected)
    r"|اظن|أظن|بظن|ظنيت|ظننت|اعتقد|أعتقد|بعتقد|اعتقدت|أعتقدت|احسب|أحسب|حسبت|فاكر|فاكره|فاكرة"
    r"|مفكر|مفكره|مفكرة|متخيل)"
    r"(?:\s+\S+){0,5}?\s+(?:أن|ان|إن|انه|أنه|إنه|انو|إنو|بأن|بان|بلي)\s+"
)
# «خويا الصغير قالي غزوة تبوك كانت …», «ابوي يقول تبوك كانت …»: someone near the asker
# (family, a friend, a teacher) and a verb of saying with no «that» after it: what he said
# is the claim. (Not any name before «قال»: «النبي قال …» claims a saying of the Prophet.)
TOLD_BY = re.compile(
    r"^\s*(?:ابوي|أبوي|ابويا|أبويا|ابي|أبي|والدي|والدتي|امي|أمي|ماما|بابا|خويا|خوي|خويي|اخوي|أخوي"
    r"|اخويا|أخويا|اخي|أخي|خيي|اختي|أختي|صاحبي|صاحبتي|صديقي|صديقتي|رفيقي|رفيقتي|زميلي|زميلتي"
    r"|جدي|جدتي|ابني|إبني|بنتي|عمي|خالي|جاري|واحد|وحده|واحدة|واحده|(?:ال)?(?:معلم|معلمة|معلمه"
    r"|أستاذ|استاذ|أستاذة|استاذة|استاذه|مدرس|مدرسة|مدرسه|شيخ))"
    r"(?:\s+\S+){0,2}?\s+(?:قالي|قاللي|قال\s+لي|قالت\s+لي|قالتلي|قالت|قال|يقول|بيقول|تقول"
    r"|بتقول|يكول|بيكول|تكول|كيقول|كتقول|يقولي|بيقولي|يقوللي)\s+"
)
# «اللي يقول الغزوة كانت في رمضان غلطان، كانت في رجب»: a claim refuted, then the one the
# user makes; what follows the comma is the claim to judge.
REFUTED = re.compile(
    r"^(?:اللي|الي|يلي|من|الذي|اللى)\s+(?:يقول|بيقول|يقولون|يقولو|قال|يكول|بيكول|يحكي|بيحكي)"
    r"\s+[^،,]+?\s+(?:غلطان|غلطانين|غلطانه|غلطانة|مخطئ|مخطئون|غلط|خطأ|خطا|غالط|كذاب|كذابين)"
    r"\s*[،,]\s*"
)
CLAIM_AFTER = re.compile(r"(?:^|\s)(?:أن|ان|إن|انه|إنه|أنه|بأن|بان)\s+")
# «صاحبي حالف إن … وأنا أقول ثلاثين. هو صح؟», «خويي يقول إن …، أنا أقول لا … كلامه صح؟»: the
# «صح؟» asks of him, the one who told the claim; what is left before it points back to his
# words (after the asker's own counter-claim, which is not judged).
# The asker's own «I say» (its counter-claim) and the words pointing back at the one who
# told the claim, shared by the patterns below.
_I_SAY = r"[وف]?(?:انا|أنا)\s+(?:اقول|أقول|بقول|قلت|قولت|اكول|أكول)"
_POINTER = r"(?:هو|هي|كلامه|كلامها|كلامهم)"
POINTS_BACK = re.compile(rf"^\s*(?:{_I_SAY}(?:\s[^؟?]*?)?\s+)?{_POINTER}\s*[؟?]*\s*$")
# The asker's counter-claim after the claim told («… وأنا أقول ثلاثين»): not what was told.
COUNTER_CLAIM = re.compile(rf"\s*[،,.]?\s*{_I_SAY}(?:\s.*)?$")
# «… كله. هو صح؟» read whole: the pointer before the tail is no word of the claim.
# («…، كلامي صح؟», «…، جوابي صح؟»: the asker's own words pointed at, after a claim of his)
POINTER_AFTER = re.compile(rf"\s*[.،,]\s*(?:{_POINTER}|كلامي|جوابي)\s*$")
