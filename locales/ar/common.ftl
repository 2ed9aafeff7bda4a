# ما تشترك فيه كل الصفحات: الإطار، واختيار اللغة، والتواريخ، والأخطاء العامة.

language-name = العربية
language-switcher = اللغة
skip-to-content = انتقل إلى المحتوى الرئيسي
footer-need-help = هل تحتاج إلى مساعدة؟
tracking-id-label = رقم المتابعة:
your-tracking-id = رقم المتابعة الخاص بك هو
demo-mode = الوضع التجريبي
demo-outbox-link = صندوق الصادر للتطوير (الرسائل التي كانت ستُرسل)

helpdesk-link-url = تواصل مع مكتب الدعم
helpdesk-link-email = راسل مكتب الدعم ({ $address })
helpdesk-link-admins = تواصل مع المسؤول
helpdesk-mail-subject = مساعدة في إعادة تعيين كلمة المرور (رقم المتابعة { $tracking })
helpdesk-words-url = مكتب الدعم ({ $url })
helpdesk-words-email = مكتب الدعم على { $address }
helpdesk-words-admins = المسؤول

start-again = ابدأ من جديد
try-again = حاول مرة أخرى
action-next = التالي
action-cancel = إلغاء
send-code = أرسل الرمز
action-verify = تحقّق

failure-title = حدث خطأ ما
failure-try-again = يُرجى المحاولة مرة أخرى بعد قليل.
failure-step = تعذّر إكمال هذه الخطوة. يُرجى المحاولة مرة أخرى بعد قليل؛ وإذا تكرر ذلك، فأعطِ مكتب الدعم رقم المتابعة الظاهر أدناه.
tenant-unknown-title = لم يتم العثور على المؤسسة
tenant-unknown-text = لا توجد بوابة لإعادة تعيين كلمات المرور على هذا العنوان. تحقّق من الرابط الذي حصلت عليه.
language-unknown-title = اللغة غير متاحة
language-unknown-text = هذه البوابة لا توفّر تلك اللغة. ارجع واختر لغة من القائمة.
form-expired-title = انتهت صلاحية هذه الصفحة
form-expired-text = حفاظًا على أمانك، تتوقف النماذج عن العمل بعد مدة أو عند فتحها في مكان آخر. يُرجى البدء من جديد.

date-month = { $month ->
    [1] يناير
    [2] فبراير
    [3] مارس
    [4] أبريل
    [5] مايو
    [6] يونيو
    [7] يوليو
    [8] أغسطس
    [9] سبتمبر
    [10] أكتوبر
    [11] نوفمبر
   *[12] ديسمبر
}
date-day = { $day } { $month } { $year }
date-day-time = { $date }، الساعة { $time } بالتوقيت العالمي

not-found = غير موجود
action-change = تغيير
action-add = إضافة
action-remove = إزالة
action-continue = متابعة
action-refresh = تحديث
start-over = ابدأ من البداية
user-id = معرّف المستخدم
password-label = كلمة المرور
user-id-empty = أدخل معرّف المستخدم الخاص بك.
user-id-too-long = معرّف المستخدم هذا طويل جدًا (256 حرفًا على الأكثر).
user-id-bad-character = لا يمكن أن يحتوي معرّف المستخدم على مسافات أو أحرف تحكم أو شرطات مائلة عكسية.
email-format = أدخل عنوان بريد إلكتروني مثل name@example.com.
phone-format = أدخل الرقم بالصيغة الدولية: علامة الجمع، ثم رمز البلد، ثم الرقم، مثل ‎+966 50 123 4567.
phone-invalid = هذا ليس رقم هاتف صالحًا. أدخل الرقم بالصيغة الدولية: علامة الجمع، ثم رمز البلد، ثم الرقم، مثل ‎+966 50 123 4567.
directory-unavailable-title = الدليل غير متاح حاليًا
directory-unavailable-text = تعذّر الوصول إلى دليل مؤسستك. يُرجى المحاولة مرة أخرى بعد بضع دقائق، أو التواصل مع مكتب الدعم مع ذكر رقم المتابعة الظاهر أدناه.

captcha-label = الأرقام الظاهرة في الصورة أو المسموعة في التسجيل
captcha-alt = صورة لسبعة أرقام يجب كتابتها؛ إن لم تتمكن من قراءتها، فاستمع إليها أو اطلب صورة جديدة
captcha-new = صورة جديدة
captcha-legend = أثبت أنك إنسان
captcha-listen = استمع إلى الأرقام بدلًا من ذلك
captcha-listen-hint = يقرأ التسجيل الأرقام السبعة نفسها الظاهرة في الصورة، مع بعض الضوضاء في الخلفية. اكتبها في الحقل أدناه.
captcha-audio-file = نزّل التسجيل
captcha-audio-gone-title = لم يعد هذا التسجيل متاحًا
captcha-audio-gone-text = لا يعمل التسجيل إلا في الصفحة التي أُنشئ لها، إلى أن يُجاب عن صورته أو تنتهي صلاحيتها. ارجع واطلب صورة جديدة.
captcha-wrong = الأرقام التي كتبتها غير مطابقة. جرّب هذه الصورة أو هذا التسجيل الجديد.
captcha-expired = انتهت صلاحية تلك الصورة أو سبق استخدامها. اكتب أرقام هذه الصورة الجديدة.

code-title = أدخل الرمز
code-not-delivered-title = تعذّر الوصول إليك
code-label = رمز من 8 أرقام
code-hint = الأرقام الواردة في الرسالة؛ لا تهمّ المسافات.
code-sent = { $method ->
    [email] أرسلنا رمزًا بالبريد الإلكتروني إلى { $masked }.
    [sms] أرسلنا رمزًا برسالة نصية إلى { $masked }.
   *[other] سنتصل بك على { $masked } لإبلاغك بالرمز.
}
code-expires = تنتهي صلاحيته بعد { $minutes ->
    [zero] أقل من دقيقة
    [one] دقيقة واحدة
    [two] دقيقتين
    [few] { $minutes } دقائق
    [many] { $minutes } دقيقة
   *[other] { $minutes } دقيقة
}.
code-send-new = أرسل رمزًا جديدًا
code-tries-left = هذا الرمز غير صحيح. { $count ->
    [zero] لم يعد لديك أي محاولة
    [one] لديك محاولة واحدة أخرى
    [two] لديك محاولتان أخريان
    [few] لديك { $count } محاولات أخرى
    [many] لديك { $count } محاولة أخرى
   *[other] لديك { $count } محاولة أخرى
}.
code-malformed = أدخل الرمز المكوّن من 8 أرقام الوارد في الرسالة.
code-expired = انتهت صلاحية هذا الرمز أو استُبدل برمز أحدث. اطلب رمزًا جديدًا.
code-dead = رموز خاطئة كثيرة جدًا: لم يعد هذا الرمز يعمل. اطلب رمزًا جديدًا.
code-cooldown = يُرجى الانتظار { $seconds ->
    [zero] لحظة
    [one] ثانية واحدة
    [two] ثانيتين
    [few] { $seconds } ثوانٍ
    [many] { $seconds } ثانية
   *[other] { $seconds } ثانية
} أخرى قبل طلب رمز جديد.
codes-capped = أُرسل عدد كبير جدًا من الرموز مؤخرًا. انتظر ساعة ثم حاول مرة أخرى.

password-new = كلمة المرور الجديدة
password-new-hint = { $min } حرفًا على الأقل. عبارات المرور الطويلة أسهل في التذكر وأصعب في التخمين.
password-confirm = أكّد كلمة المرور الجديدة
password-current = كلمة المرور الحالية
password-mismatch = كلمتا المرور غير متطابقتين. اكتب كلمة المرور نفسها مرتين.
password-rules-refused = كلمة المرور هذه لا تستوفي قواعد مؤسستك:
password-directory-refused = رفض دليلك كلمة المرور هذه:
strength-label = القوة:
strength-words = ضعيفة جدًا|ضعيفة|مقبولة|قوية|قوية جدًا
