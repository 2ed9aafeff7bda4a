# وحدة تحكم الإدارة: كل صفحة وحقل وخيار ورسالة فيها.
## صفحات السياسة

section-properties = من يمكنه إعادة التعيين
section-properties-about = من يمكنه إعادة تعيين كلمة المرور، وهل يمكنه فتح قفل حسابه، وما الذي يُعرض عند إدخال معرّف مستخدم غير معروف.
section-methods = طرق التحقق
section-methods-about = الطرق التي يتحقق بها المستخدمون من هويتهم، وعدد خطوات إعادة التعيين.
section-registration = التسجيل
section-registration-about = مطالبة المستخدمين بتسجيل بيانات الاتصال عند تسجيل الدخول، وكم مرة يعيدون تأكيدها.
section-notifications = الإشعارات
section-notifications-about = من يُبلَّغ عند إعادة تعيين كلمة مرور.
section-helpdesk = رابط الدعم
section-helpdesk-about = إلى أين يرسل رابط «هل تحتاج إلى مساعدة؟» في كل صفحة المستخدمَ المتعثر.
section-language = اللغة
section-language-about = لغة الصفحات والرسائل عندما لا يختار المستخدم ولا متصفحه لغة.
section-password = قواعد كلمة المرور
section-password-about = ما يجب أن تستوفيه كلمة المرور الجديدة، ويُتحقق منه قبل كتابتها في الدليل.
section-codes = الرموز والحدود
section-codes-about = مدة صلاحية الرموز، وعدد المحاولات المسموح بها، وكم مرة يمكن إرسال شيء أو تجربته.
section-audit = سجل التدقيق
section-audit-about = المدة التي يحتفظ فيها سجل التدقيق بما حدث.
section-admins = وصول المسؤولين
section-admins-about = أي مجموعة في الدليل يمكن لأعضائها تسجيل الدخول إلى وحدة التحكم هذه.
field-reset-mode = إعادة تعيين كلمة المرور ذاتيًا مفعّلة لـ
field-reset-mode-hint = يُطلب من الآخرين التواصل مع مكتب الدعم.
field-reset-group = المجموعة
field-reset-group-hint = اسمها في الدليل (مجموعة الدليل المدمج، أو cn لمجموعة LDAP). يُستخدم عندما تكون إعادة التعيين مفعّلة لمجموعة واحدة.
field-allow-unlock = يمكن للمستخدمين فتح قفل حساباتهم
field-allow-unlock-hint = بعد التحقق، يمكن للمستخدم المقفل حسابه فتح القفل دون تغيير كلمة المرور.
field-privacy = عندما يكتب أحدهم معرّف مستخدم غير موجود أو ليس له شيء مسجّل
field-privacy-hint = الإخفاء أكثر أمانًا: لا يستطيع أحد استخدام البوابة لمعرفة معرّفات المستخدمين الموجودة.
field-methods = الطرق التي يمكن للمستخدمين الاختيار منها
field-methods-hint = لا يرى المستخدم إلا الطرق التي لديه بيانات اتصال لها.
field-gates = خطوات التحقق في إعادة التعيين
field-gates-hint = مع خطوتين، تستخدم الثانية بيانات اتصال مختلفة عن الأولى (الرسالة النصية والمكالمة إلى الهاتف المحمول نفسه تُحسبان وسيلة واحدة).
field-admin-group = مجموعة المسؤولين
field-admin-group-hint = اسم مجموعة في دليل LDAP أو Active Directory لديك (الـ cn الخاص بها)؛ يمكن لأعضائها تسجيل الدخول هنا بكلمة المرور وتطبيق مصادقة، وتصلهم طلبات الدعم. يستطيع ذلك دائمًا المستخدمون المعلَّمون مسؤولين في الدليل المدمج. اتركه فارغًا لعدم استخدام أي مجموعة.
field-reset-mode-all = الجميع
field-reset-mode-group = أعضاء مجموعة واحدة في الدليل
field-reset-mode-off = لا أحد (إعادة التعيين معطّلة)
field-privacy-conceal = الإخفاء: عرض الصفحات نفسها كما لمستخدم حقيقي، وعدم إرسال أي شيء
field-privacy-helpful = المساعدة: إخبار المستخدم بأن المعرّف غير معروف أو ليس له شيء مسجّل
field-methods-email = رمز بالبريد الإلكتروني إلى البريد البديل للمستخدم
field-methods-sms = رمز برسالة نصية إلى الهاتف المحمول للمستخدم
field-methods-voice = مكالمة إلى الهاتف المحمول للمستخدم تقرأ الرمز
field-methods-office-voice = مكالمة إلى هاتف مكتب المستخدم (من الدليل)
field-gates-1 = خطوة واحدة
field-gates-2 = خطوتان
problem-reset-mode = اختر من يمكنه إعادة التعيين.
problem-privacy = اختر أحد الخيارين.
problem-unknown-method = هذه الطريقة لا تقدمها البوابة.
field-require-registration = مطالبة المستخدمين بالتسجيل عند تسجيل الدخول
field-require-registration-hint = يُطلب ذلك عند تسجيل الدخول إلى بوابة التسجيل من المستخدمين الذين يمكنهم إعادة التعيين ولم يسجّلوا بيانات اتصال كافية.
field-allow-skip-registration = السماح للمستخدمين بتأجيل التسجيل
field-allow-skip-registration-hint = يُطلب منهم ذلك مجددًا عند تسجيل الدخول التالي.
field-reconfirm-days = عدد الأيام قبل أن يعيد المستخدمون تأكيد بيانات اتصالهم
field-reconfirm-days-hint = بعد هذا العدد من الأيام، يتحقق المستخدمون عند تسجيل الدخول من أن بيانات الاتصال ما زالت لهم. ‏0 يعني أبدًا.
field-return-to-origins = المواقع التي يمكنها إرسال المستخدمين إلى التسجيل واستعادتهم
field-return-to-origins-hint = أصل واحد في كل سطر، مثل https://apps.example.com. بعد التسجيل يعود المستخدمون إلى الصفحة التي أرسلتهم إذا كانت على أحد هذه المواقع.
field-default-region = بلد أرقام الهواتف المكتوبة دون رمز البلد
field-default-region-hint = رمز من حرفين مثل US أو SA، لأرقام الهواتف المحمولة التي يحفظها الدليل دون +. اتركه فارغًا إذا كانت كلها تبدأ بـ +.
field-idle-minutes = بوابة التسجيل: الدقائق قبل إنهاء تسجيل دخول خامل
field-idle-minutes-hint = يُسجَّل خروج المستخدم الذي لا يفعل شيئًا طوال هذه المدة.
field-session-hours = بوابة التسجيل: الساعات قبل إنهاء أي تسجيل دخول
field-session-hours-hint = مهما كان المستخدم نشطًا.
field-notify-user-on-reset = إبلاغ المستخدمين عند إعادة تعيين كلمة مرورهم
field-notify-user-on-reset-hint = رسالة إلى بريد المستخدم في الدليل وإلى بريده البديل، ليعلم فورًا من لم يطلب ذلك.
field-notify-admins-on-admin-reset = إبلاغ كل المسؤولين عندما يعيد مسؤول تعيين كلمة مروره
field-notify-admins-on-admin-reset-hint = الاستيلاء على حساب مسؤول عبر إعادة التعيين هو أخطر الحالات؛ يعلم به المسؤولون الآخرون فورًا.
field-helpdesk-kind = رابط «هل تحتاج إلى مساعدة؟»
field-helpdesk-kind-hint = يظهر في كل صفحة ومع كل خطأ، بجانب رقم المتابعة.
field-helpdesk-value = صفحة الويب أو عنوان البريد الإلكتروني لمكتب الدعم
field-helpdesk-value-hint = مثل https://help.example.com أو helpdesk@example.com؛ لا يستخدمه النموذج.
field-audit-retention-days = عدد الأيام التي يحتفظ فيها سجل التدقيق بالحدث
field-audit-retention-days-hint = تحذف الأحداثَ الأقدم عمليةُ التنظيف التي تعمل كل 10 دقائق. صدّر أولًا ما يجب الاحتفاظ به مدة أطول.
field-default-language = اللغة الافتراضية
field-default-language-hint = تُستخدم عندما لا يحدد اختيار المستخدم ولا متصفحه لغة تتحدثها البوابة؛ وهي أيضًا لغة الرسائل إلى المسؤولين.
field-helpdesk-kind-contact-admins = نموذج يرسل إلى المسؤولين بالبريد معرّف المستخدم والمشكلة ورقم المتابعة
field-helpdesk-kind-url = صفحة الويب لمكتب الدعم لديك
field-helpdesk-kind-email = رسالة إلى عنوان مكتب الدعم لديك
problem-helpdesk-kind = اختر أحد الخيارات الثلاثة.
problem-language = اختر إحدى اللغات المعروضة.
field-password-forbid-name-parts = رفض كلمات المرور التي تحتوي على اسم المستخدم أو معرّفه
field-password-forbid-name-parts-hint = أي جزء من ثلاثة أحرف أو أكثر.
field-password-forbid-common = رفض كلمات المرور الشائعة
field-password-forbid-common-hint = أكثر 19,640 كلمة مرور شيوعًا، تُقارن بعد إلغاء استبدال الأحرف المتشابهة (P@ssw0rd تُعد password).
field-password-banned-words = كلمات محظورة
field-password-banned-words-hint = كلمة في كل سطر، من 3 أحرف أو أكثر: اسم مؤسستك ومنتجاتها ومدينتها. تُرفض في أي موضع من كلمة المرور، بقاعدة الأحرف المتشابهة نفسها.
field-password-min-length = أقصر كلمة مرور
field-password-min-length-hint = قد يطلب الدليل أكثر؛ تُفحص قواعده الخاصة عند كتابة كلمة المرور.
field-password-max-length = أطول كلمة مرور
field-password-max-length-hint = عبارات المرور الطويلة جيدة؛ هذا يحدّ فقط من عمل التحقق منها.
field-codes-ttl = الدقائق التي يبقى فيها الرمز صالحًا
field-codes-ttl-hint = الرموز من 8 أرقام وتعمل مرة واحدة.
field-codes-max-attempts = المحاولات لكل رمز
field-codes-max-attempts-hint = بعدها يتوقف الرمز عن العمل ويطلب المستخدم رمزًا جديدًا.
field-codes-resend-cooldown = الثواني قبل إمكان إرسال الرمز مجددًا
field-password-require-lowercase = يجب أن تحتوي على حرف صغير
field-password-require-uppercase = يجب أن تحتوي على حرف كبير
field-password-require-digit = يجب أن تحتوي على رقم
field-password-require-symbol = يجب أن تحتوي على رمز مثل ! أو #
field-throttle-sends-per-user = الرموز المرسلة إلى مستخدم واحد في الساعة
field-throttle-sends-per-user-hint = بعدها ينتظر المستخدم؛ إنها علامة على أن أحدًا يحاول إغراقه.
field-throttle-attempts-per-user = الرموز الخاطئة التي يمكن لمستخدم واحد كتابتها في الساعة
field-throttle-attempts-per-user-hint = بعدها يُمنع المستخدم من إعادة التعيين لعدد الساعات أدناه.
field-throttle-block-hours = الساعات التي يبقى فيها المستخدم محظورًا
field-throttle-block-hours-hint = بعد رموز خاطئة كثيرة جدًا.
field-throttle-sends-per-destination = الرموز المرسلة إلى رقم هاتف أو بريد واحد في الساعة
field-throttle-sends-per-destination-hint = أيًا كان من يطلبها.
field-throttle-sends-per-ip = الرموز المرسلة لطلبات من عنوان شبكة واحد في الساعة
field-throttle-sends-per-ip-hint = اجعله مرتفعًا إذا كان كثير من المستخدمين يتشاركون عنوانًا (شبكة شركة).
field-throttle-helpdesk-per-user = طلبات الدعم التي يمكن لمستخدم واحد إرسالها في الساعة
field-throttle-helpdesk-per-ip = طلبات الدعم من عنوان شبكة واحد في الساعة
field-throttle-sign-in-failures-per-user = محاولات الدخول الفاشلة إلى التسجيل لكل معرّف مستخدم في الساعة
field-throttle-sign-in-failures-per-user-hint = بعدها ينتظر تسجيل الدخول بهذا المعرّف ساعة.
field-throttle-sign-in-failures-per-ip = محاولات الدخول الفاشلة إلى التسجيل من عنوان شبكة واحد في الساعة
field-throttle-sign-in-failures-per-ip-hint = أيًا كانت المعرّفات المكتوبة.
dir-url = عنوان الخادم
dir-url-hint = ‏ldaps://dc1.example.com:636، أو ldap://… مع StartTLS أدناه. استخدم الاسم الموجود في شهادة الخادم.
dir-starttls = ترقية اتصال ldap://‎ بـ StartTLS
dir-ca-file = ملف شهادة المرجع المصدق على خادم البوابة
dir-ca-file-hint = ملف PEM للجهة التي وقّعت شهادة الدليل. فارغ: الجهات الموثوقة في النظام.
dir-bind-dn = حساب الخدمة
dir-bind-dn-hint = الـ DN الذي تسجّل به البوابة الدخول للبحث عن المستخدمين وكتابة كلمات المرور. لا تستخدم أبدًا حساب الجذر في الدليل: فهو يتجاوز سياسة كلمات المرور.
dir-bind-password = كلمة مرور حساب الخدمة
dir-base-dn = مكان البحث عن المستخدمين
dir-base-dn-hint = الـ DN للشجرة الفرعية التي تضم مستخدميك، مثل ou=people,dc=example,dc=com.
dir-user-filter = مرشح البحث
dir-user-filter-hint = يمثّل {"{user}"} معرّف المستخدم المكتوب (مُهرَّبًا، فلا يمكنه تغيير المرشح).
dir-membership-mode = كيفية قراءة عضوية المجموعات
dir-membership-mode-hint = لإعادة التعيين المقصورة على مجموعة واحدة، ولمجموعة المسؤولين.
dir-membership-value = سمة العضوية، أو قاعدة البحث عن المجموعات
dir-membership-value-hint = ‏memberOf للسمة؛ وللبحث، الـ DN الذي توجد تحته المجموعات، مثل ou=groups,dc=example,dc=com.
dir-membership-filter = مرشح البحث عن المجموعات
dir-membership-filter-hint = للبحث: {"{group}"} هو اسم المجموعة و{"{dn}"} هو DN المستخدم، وكلاهما مُهرَّب.
dir-policy-dn = مدخل سياسة كلمات المرور في OpenLDAP
dir-policy-dn-hint = مثل cn=default,ou=policies,dc=example,dc=com: يُفحص حده الأدنى للطول قبل كتابة أي شيء. فارغ: لا يُقرأ.
dir-policy-hints = ‏Active Directory: تطبيق سجل كلمات المرور على عمليات إعادة التعيين
dir-policy-hints-hint = ‏Windows Server 2016 وما بعده.
dir-insecure-plaintext = السماح باتصال ldap://‎ غير مشفّر بخادم آخر
dir-insecure-plaintext-hint = تعبر كلمات المرور الشبكة حينها دون تشفير. فقط على شبكة تثق بها.
dir-webhook-url = العنوان
dir-webhook-url-hint = ‏https://…، حيث تُرسل كل إعادة تعيين وتغيير وفتح قفل بصيغة JSON موقّعة (http://‎ غير المشفّر فقط إلى هذا الجهاز).
dir-secret = سر التوقيع
dir-secret-hint = ‏16 حرفًا أو أكثر، مشتركة مع نقطة النهاية لديك، التي تتحقق بها من الترويسة X-Sspr-Signature.
dir-membership-mode-none = لا تُقرأ (لا إعدادات للمجموعات)
dir-membership-mode-member-of = من سمة لدى المستخدم تسرد مجموعاته (memberOf)
dir-membership-mode-group-search = بالبحث عن المجموعة التي يكون المستخدم عضوًا فيها
dir-attributes-login = السمة: معرّف المستخدم
dir-attributes-login-hint = ‏uid في OpenLDAP، وsAMAccountName في Active Directory.
dir-attributes-display-name = السمة: الاسم المعروض
dir-attributes-given-name = السمة: الاسم الأول
dir-attributes-surname = السمة: اسم العائلة
dir-attributes-mail = السمة: البريد الإلكتروني
dir-attributes-mail-hint = حيث تذهب إشعارات إعادة التعيين.
dir-attributes-office-phone = السمة: هاتف المكتب
dir-attributes-mobile = السمة: الهاتف المحمول
dir-attributes-mobile-hint = يُعرض لإرسال الرموز حتى يسجّل المستخدم رقمه الخاص. فارغ: لا يُقرأ.
dir-attributes-alternate-email = السمة: البريد البديل
dir-attributes-alternate-email-hint = ‏otherMailbox في Active Directory. فارغ: لا يُقرأ.
dir-timeout-secs = ثواني انتظار الدليل
dir-webhook-timeout-secs = ثواني انتظار كل استدعاء
dir-portal-history = رفض آخر كلمات المرور التي عيّنتها البوابة
dir-portal-history-hint = للأدلة التي لا تطبّق سجلها الخاص على إعادة التعيين. ‏0 يعطّله.
dir-retry-for-secs = الثواني التي يُعاد فيها تجربة استدعاء فاشل
dir-retry-for-secs-hint = قبل أن يُطلب من المستخدم المحاولة لاحقًا.
problem-membership-mode = اختر أحد الخيارات الثلاثة.
step-up-password-missing = اكتب كلمة مرورك لإجراء هذا التغيير.
step-up-password-wrong = هذه ليست كلمة مرورك. لم يُحفظ شيء.
step-up-password-throttled = كلمات مرور خاطئة كثيرة جدًا. حفاظًا على أمانك، انتظر ساعة ثم حاول مجددًا.
step-up-directory-unavailable = تعذّر الوصول إلى الدليل للتحقق من كلمة مرورك. حاول مجددًا بعد بضع دقائق.
step-up-code-throttled = رموز خاطئة كثيرة جدًا. حفاظًا على أمانك، انتظر ساعة ثم حاول مجددًا.
step-up-no-authenticator = ليس لديك تطبيق مصادقة مُعدّ. سجّل الدخول مجددًا.
step-up-code-wrong = هذا الرمز غير صحيح. أدخل الأرقام الستة التي يعرضها تطبيق المصادقة الآن.
step-up-code-used = استُخدم هذا الرمز من قبل. انتظر حتى يعرض التطبيق الرمز التالي.
step-up-locks-out = بعد هذا التغيير لن تتمكن من تسجيل الدخول هنا: لن يُعثر على { $login } بوصفه مسؤولًا. تأكد من وجود حسابك في الدليل الجديد وفي مجموعة المسؤولين فيه، أو أبقِ أولًا وجهةً يُعثر عليك فيها.
step-up-cannot-check = بهذه الإعدادات تعذّر سؤال الدليل عمّا إذا كنت ما زلت مسؤولًا (لم يُجب، أو رفض حساب الخدمة). تحقق من العنوان ومن كلمة مرور حساب الخدمة؛ يوضح «اختبار الاتصال» في صفحة الدليل ما الذي يفشل.
token-scope-read = قراءة
token-scope-read-write = قراءة وكتابة
token-revoked = ملغى
token-expired = منتهي الصلاحية
token-active = نشط
token-name-missing = سمِّ الرمز المميز باسم ما يستخدمه، مثل «برنامج استقبال الموظفين الجدد في الموارد البشرية».
token-scope-missing = اختر القراءة، أو القراءة والكتابة.
token-days-range = أدخل عدد أيام من 1 إلى { $max }.
token-revoked-flash = أُلغي: لم يعد الرمز المميز يعمل.
token-not-found-flash = هذا الرمز المميز ملغى من قبل، أو غير موجود.
logo-too-big = حجم الشعار { $kb } كيلوبايت؛ يجب ألا يتجاوز 256 كيلوبايت.
logo-not-png-or-jpeg = ارفع صورة PNG أو JPEG؛ لا تُقبل الملفات الأخرى، ومنها SVG.
logo-unreadable = تعذّرت قراءة هذه الصورة؛ احفظها مجددًا بصيغة PNG أو JPEG.
branding-form-broken-title = لم يصل النموذج
branding-form-broken = لم يصل النموذج كاملًا؛ يُرجى المحاولة مجددًا.
branding-back = العودة إلى الهوية البصرية
chain-needs-target = يلزم وجود وجهة واحدة على الأقل.
chain-needs-directory = خطاف الويب يستقبل كلمات المرور فقط: تحتاج السلسلة إلى دليل يُبحث فيه عن المستخدمين (مدمج أو LDAP أو Active Directory).
target-url-invalid = الوجهة { $n }: «{ $url }» ليس عنوانًا كاملًا.
target-webhook-https = الوجهة { $n }: يجب أن يبدأ عنوان خطاف الويب بـ https://.
target-agent-timeout = الوجهة { $n }: يجب أن تكون مدة انتظار رد الوكيل من 2 إلى 60 ثانية.
target-webhook-secret-short = الوجهة { $n }: يحتاج سر خطاف الويب إلى 16 حرفًا على الأقل.
target-ad-plain = الوجهة { $n }: يرفض Active Directory كتابة كلمات المرور عبر اتصالات غير مشفّرة: استخدم عنوان ldaps://‎ أو StartTLS.
target-starttls-ldaps = الوجهة { $n }: ‏StartTLS مخصص لعناوين ldap://‎؛ اتصال ldaps://‎ مشفّر أصلًا.
target-scheme = الوجهة { $n }: «{ $scheme }» ليس عنوان دليل: استخدم ldap://‎ أو ldaps://‎.
target-plaintext = الوجهة { $n }: ‏{ $url } اتصال غير مشفّر بجهاز آخر: ستعبر كلمة مرور حساب الخدمة وكلمات مرور المستخدمين الجديدة الشبكة دون تشفير. استخدم عنوان ldaps://‎ أو StartTLS ‏(starttls = true)، أو اسمح بالاتصالات غير المشفّرة على شبكة موثوقة فقط (insecure_plaintext = true).
ldap-plaintext = ‏{ $url } اتصال غير مشفّر بجهاز آخر: ستعبر كلمة مرور حساب الخدمة وكلمات مرور المستخدمين الجديدة الشبكة دون تشفير. استخدم عنوان ldaps://‎ أو StartTLS ‏(starttls = true)، أو اسمح بالاتصالات غير المشفّرة على شبكة موثوقة فقط (insecure_plaintext = true).
target-user-filter = الوجهة { $n }: يجب أن يحتوي مرشح البحث على {"{"}user{"}"}.
target-dns-required = الوجهة { $n }: حساب الخدمة ومكان البحث عن المستخدمين (bind_dn وbase_dn) مطلوبان.
remove-target-title = إزالة الوجهة { $n }: { $kind }
remove-target-about = لن يُبحث عن المستخدمين في { $address } بعد الآن، ولن تُكتب فيه كلمات المرور الجديدة.
remove-target-submit = إزالة هذه الوجهة
target-embedded-address = قاعدة بيانات البوابة
target-agent-address = وكلاء الكتابة المسجلون لهذه المؤسسة
remove-target-refused = لا يمكن إزالة هذه الوجهة: { $reason }
remove-target-flash = أُزيلت: وجهة الدليل { $n } ({ $kind }).
target-kind-embedded = قاعدة بيانات البوابة نفسها
target-kind-ldap = دليل LDAP
target-kind-ad = ‏Active Directory
target-kind-webhook = خطاف ويب
target-kind-agent = وكلاء الكتابة (sspr agent)
target-fact-server = الخادم
target-fact-service-account = حساب الخدمة
target-fact-service-password = كلمة مرور حساب الخدمة
target-fact-users-under = المستخدمون تحت
target-fact-address = العنوان
target-fact-signing-secret = سر التوقيع
target-fact-agent-wait = مدة انتظار الرد
directory-test-bad-user-id = لا يمكن البحث عن معرّف المستخدم هذا: { $reason }
check-passed = نجح
check-note = ملاحظة
check-failed = فشل
target-new-title = وجهة جديدة: { $kind }
target-add-submit = إضافة هذه الوجهة
target-title = الوجهة { $n }: { $kind }
target-about = تسري التغييرات على تسجيل الدخول والبحث وكتابة كلمة المرور التالية. بعد الحفظ، استخدم «اختبار الاتصال» في صفحة الدليل.
target-missing-title = لا توجد وجهة دليل كهذه
target-missing = ربما تغيّرت إعدادات الدليل منذ فتح هذه الصفحة.
directory-back = العودة إلى الدليل
target-address-missing = أدخل العنوان.
directory-nothing-to-save = لا شيء للحفظ: الدليل كما كان.
target-added-flash = أُضيفت: وجهة الدليل { $n } ({ $kind }).
target-saved-flash = حُفظت: وجهة الدليل { $n }.
mfa-enrolled-notice = أُعدّ تطبيق مصادقة لتسجيل دخول { $login } إلى وحدة تحكم الإدارة في { $at } بتوقيت UTC.
mfa-enrolled-advice = إن لم يكن هذا صاحب الحساب، فشغّل sspr admin reset-mfa بمعرّف المستخدم الخاص به واطلب منه تغيير كلمة مروره. رقم المتابعة: { $tracking }.
mfa-enrolled-subject = أُعدّ تطبيق مصادقة لمسؤول
admin-sign-in-wrong = معرّف المستخدم وكلمة المرور غير متطابقين. تحقق منهما وحاول مجددًا.
admin-sign-in-throttled = محاولات تسجيل دخول فاشلة كثيرة جدًا. حفاظًا على أمانك، انتظر ساعة ثم حاول مجددًا.
admin-must-change-title = غيّر كلمة مرورك أولًا
admin-must-change = كلمة مرورك صحيحة، لكن الدليل يطلب كلمة جديدة قبل أن تسجّل الدخول إلى أي مكان. سجّل الدخول إلى صفحة معلومات الأمان لتغييرها، ثم عُد.
admin-must-change-link = تغيير كلمة مروري
admin-not-admin-title = ليس لديك وصول إداري إلى { $org }
admin-not-admin = كلمة مرورك صحيحة، لكنك لست من مسؤولي هذه البوابة. إن كان يجب أن تكون منهم، فاطلب من أحد المسؤولين إضافتك إلى مجموعة المسؤولين.
admin-not-admin-link = إدارة معلومات الأمان الخاصة بي
admin-directory-unavailable-title = الدليل غير متاح الآن
admin-directory-unavailable = تعذّر علينا الوصول إلى دليل مؤسستك للتحقق من كلمة مرورك. يُرجى المحاولة مجددًا بعد بضع دقائق.
admin-signed-out-title = سجّلت الخروج من وحدة تحكم الإدارة
admin-signed-out = أغلق هذه النافذة إن كنت على جهاز كمبيوتر مشترك.
admin-sign-in-again = تسجيل الدخول مجددًا
tracking-malformed = يبدو رقم المتابعة هكذا: ABCD-EFGH-JKLM، ثلاث مجموعات من أربعة أحرف أو أرقام. تحقق من الرقم الذي أُعطي لك.
tracking-unknown = لم يُسجَّل شيء بهذا الرقم. تحقق منه مع المستخدم؛ تبقى الأحداث ما دام سجل التدقيق يحتفظ بها.

## أنشطة سجل التدقيق (بأسماء Entra حيث يوجد لها اسم)
activity-flow-started = تقدّم نشاط إعادة تعيين كلمة المرور ذاتيًا
activity-reset-succeeded = إعادة تعيين كلمة المرور (خدمة ذاتية)
activity-account-unlocked = فتح قفل حساب المستخدم (خدمة ذاتية)
activity-blocked = محظور من إعادة تعيين كلمة المرور ذاتيًا
activity-password-changed = تغيير كلمة المرور (خدمة ذاتية)
activity-method-registered = تسجيل معلومات الأمان
activity-reconfirmed = مراجعة معلومات الأمان
activity-signed-in = تسجيل الدخول إلى تسجيل معلومات الأمان
activity-helpdesk-contacted = التواصل مع مكتب الدعم
activity-writeback-partial = الكتابة العكسية لكلمة المرور
activity-admin-reset-password = إعادة تعيين كلمة المرور (بواسطة مسؤول)
activity-admin-unlocked-account = فتح قفل حساب المستخدم (بواسطة مسؤول)
activity-admin-cleared-block = رفع الحظر عن إعادة تعيين كلمة المرور ذاتيًا (بواسطة مسؤول)
activity-admin-set-contacts = تحديث معلومات الأمان بواسطة مسؤول
activity-admin-required-registration = طلب إعادة تسجيل معلومات الأمان
activity-admin-policy-changed = تحديث سياسة إعادة تعيين كلمة المرور ذاتيًا
activity-admin-branding-changed = تحديث الهوية البصرية للشركة
activity-admin-directory-changed = تحديث إعدادات الكتابة العكسية لكلمات المرور
activity-admin-signed-in = تسجيل الدخول إلى وحدة تحكم الإدارة
activity-admin-exported-audit = تصدير سجل التدقيق
activity-agent-enrolled = إدارة وكلاء الكتابة العكسية لكلمات المرور
activity-admin-api-token-created = إدارة رموز API المميزة
audit-filter-activity = اختر نشاطًا من القائمة.
audit-filter-outcome = اختر النجاح أو الفشل أو أي نتيجة.
audit-filter-tracking = يبدو رقم المتابعة هكذا: ABCD-EFGH-JKLM.
audit-filter-date = أدخل تاريخًا مثل 2026-12-01.
audit-filter-page-link = رابط الصفحة هذا معطوب. ابدأ مجددًا من أحدث الأحداث.
audit-export-refused-title = مرشح التصدير غير صحيح
audit-back = العودة إلى سجل التدقيق
outcome-success = نجاح
outcome-failure = فشل
users-search-unavailable = تعذّر البحث في الدليل الآن. حاول مجددًا بعد بضع دقائق؛ يوضح «اختبار الاتصال» في صفحة الدليل ما الذي يفشل.
user-missing-title = لا يوجد مستخدم كهذا
user-missing = لا يعرف الدليل معرّف المستخدم هذا. ابحث مجددًا من صفحة المستخدمين.
users-search-link = البحث عن المستخدمين
user-lookup-unavailable = تعذّر البحث عن المستخدم. حاول مجددًا بعد بضع دقائق.
contact-alternate-email = البريد البديل
contact-source-user = سجّله المستخدم
contact-source-admin = عيّنه مسؤول
contact-source-directory = من الدليل
unlock-not-locked = لم يكن الحساب مقفلًا؛ لم يتغير شيء.
unlock-done = فُتح القفل: حساب { $name }. يمكنه تسجيل الدخول بكلمة مروره.
unlock-still-locked = ما زال الحساب مقفلًا في: { $where }.
unlock-refused = لم يفتح الدليل قفل الحساب (رفض، أو لم يُجب). حاول مجددًا، أو تحقق من صلاحيات حساب الخدمة عبر «اختبار الاتصال».
block-cleared = رُفع الحظر: يمكن لـ { $name } إعادة تعيين كلمة المرور مجددًا الآن.
block-none = لم يكن هناك حظر سارٍ؛ مُسحت المحاولات المحسوبة.
reregistration-flash = { $n ->
    [0] لم يسجّل { $name } أي بيانات اتصال بنفسه؛ سيُطلب منه تأكيد بيانات اتصاله عند تسجيل الدخول التالي.
    [one] أُزيلت وسيلة الاتصال التي سجّلها { $name }؛ سيُطلب منه التسجيل مجددًا عند تسجيل الدخول التالي.
    [two] أُزيلت وسيلتا الاتصال اللتان سجّلهما { $name }؛ سيُطلب منه التسجيل مجددًا عند تسجيل الدخول التالي.
    [few] أُزيلت { $n } وسائل اتصال سجّلها { $name }؛ سيُطلب منه التسجيل مجددًا عند تسجيل الدخول التالي.
   *[other] أُزيلت { $n } وسيلة اتصال سجّلها { $name }؛ سيُطلب منه التسجيل مجددًا عند تسجيل الدخول التالي.
}
contact-change-set = عُيّن { $what } إلى { $value }
contact-change-removed = أُزيل { $what }
contact-change-alternate-email = البريد البديل
contact-change-mobile = الهاتف المحمول
contact-change-office = هاتف المكتب
office-phone-in-directory = يُحفظ هاتف المكتب في الدليل: غيّره هناك.
contacts-unchanged = لم يتغير شيء: كانت بيانات الاتصال هذه أصلًا.
contacts-saved = حُفظ: { $summary }.
admin-reset-password-missing = اكتب كلمة المرور الجديدة، أو اختر إنشاء واحدة.
admin-reset-passwords-differ = كلمتا المرور مختلفتان. اكتب كلمة المرور نفسها مرتين.
admin-reset-rules-refuse = ترفض قواعد كلمة المرور هذه الكلمة:
admin-reset-directory-refused = رفض الدليل كلمة المرور هذه:
admin-reset-unavailable-title = لم تتغير كلمة المرور
admin-reset-unavailable = تعذّر الوصول إلى الدليل، أو رفض حساب الخدمة الخاص بالبوابة. لم يتغير شيء. حاول مجددًا بعد بضع دقائق؛ يوضح «اختبار الاتصال» في صفحة الدليل ما الذي يفشل.
admin-back-to-user = العودة إلى المستخدم
report-daily-desc = نجح { $success } وفشل { $failure } في آخر { $days } يومًا؛ الأعداد في الجدول أدناه.
report-succeeded = نجحت
report-failed = فشلت
reason-directory-unavailable = الدليل غير متاح
reason-unknown-user = معرّف مستخدم غير معروف
reason-not-registered = غير مسجّل لإعادة التعيين
reason-not-allowed = غير مسموح له بإعادة التعيين
reason-reset-off = إعادة التعيين معطّلة
reason-blocked = محظور بعد محاولات كثيرة جدًا
reason-captcha = إجابة خاطئة عن اختبار التحقق
reason-contact-mismatch = رقم الهاتف أو العنوان غير مطابق
reason-too-many-codes = رموز خاطئة كثيرة جدًا
reason-code-expired = انتهت صلاحية الرمز
reason-wrong-code = رمز خاطئ
reason-send-limit = بُلغ حد الإرسال
reason-delivery = تعذّر توصيل الرمز
reason-rules-refused = رفضت القواعد كلمة المرور الجديدة
reason-directory-refused = رفض الدليل كلمة المرور الجديدة
reason-directory-failed = الدليل غير متاح أو رفض حساب الخدمة
reason-still-locked = ما زال مقفلًا بعد فتح القفل
reason-other = أخرى
report-method-email = رمز بالبريد الإلكتروني
report-method-sms = رسالة نصية
report-method-voice = مكالمة إلى الهاتف المحمول
report-method-office = مكالمة إلى هاتف المكتب
report-nothing-yet = لا شيء للعرض بعد.
report-no-contact = بلا وسيلة اتصال ({ $share })
report-one-contact = وسيلة اتصال واحدة ({ $share })
report-two-contacts = وسيلتان أو أكثر ({ $share })
report-coverage-title = المستخدمون حسب عدد وسائل الاتصال
report-registered-title = المستخدمون حسب طريقة الاتصال
report-resets-title = عمليات إعادة تعيين كلمة المرور يوميًا
report-unlocks-title = عمليات فتح قفل الحسابات يوميًا
report-reasons-title = حالات الفشل حسب السبب
report-methods-title = طرق التحقق المستخدمة

## رموز API المميزة
tokens-title = رموز API المميزة
admin-console = وحدة تحكم الإدارة
tokens-about-api = تستخدم البرامج النصية والأنظمة الأخرى واجهة API الإدارية على هذا العنوان، مع رمز مميز في ترويسة Authorization:
tokens-about-description = وصفها:
tokens-about-limits = لا يستطيع الرمز المميز تغيير كلمة مرور مسؤول أو بيانات اتصاله.
tokens-made = الرمز المميز «{ $name }» هو:
tokens-copy-now = انسخه الآن: لا يُعرض إلا هذه المرة، ولا تحتفظ البوابة إلا ببصمة منه.
tokens-list = الرموز المميزة
tokens-none = لا رموز مميزة بعد.
tokens-col-name = الاسم
tokens-col-may = يمكنه
tokens-col-made = أُنشئ (UTC)
tokens-col-by = بواسطة
tokens-col-expires = ينتهي (UTC)
tokens-col-last-used = آخر استخدام
tokens-col-status = الحالة
tokens-col-action = الإجراء
tokens-revoke-named = إلغاء { $name }
tokens-revoke = إلغاء
tokens-make = إنشاء رمز مميز
tokens-not-made = لم يُنشأ أي رمز مميز. يُرجى تصحيح ما يلي:
tokens-name-hint = ما الذي يستخدمه، لتعرف أيها تلغي.
tokens-scope = يمكنه
tokens-scope-read = القراءة: البحث عن المستخدمين وقراءتهم، وقراءة سجل التدقيق والسياسة
tokens-scope-write = القراءة والكتابة: وأيضًا إعادة تعيين كلمات المرور وفتح الأقفال وتعيين بيانات الاتصال وتغيير السياسة
tokens-days = الأيام حتى انتهاء الصلاحية
tokens-days-hint = من 1 إلى 365.
step-up-your-password = كلمة مرورك
tokens-step-up-hint = يمكن للرمز المميز أن يؤثر في مستخدمي مؤسستك، لذا اكتب كلمة مرورك مجددًا لإنشاء واحد.
tokens-submit = إنشاء الرمز المميز

## سجل التدقيق
audit-about = كل خطوة في كل إعادة تعيين وفتح قفل وتسجيل وتغيير في وحدة التحكم، من الأحدث إلى الأقدم. تُحفظ الأحداث { $days } يومًا.
audit-change-retention = تغيير المدة
audit-filters-refused = لا يمكن استخدام هذه المرشحات. يُرجى تصحيح ما يلي:
audit-col-activity = النشاط
audit-any-activity = أي نشاط
audit-col-outcome = النتيجة
audit-any-outcome = أي نتيجة
admin-user-id = معرّف المستخدم
admin-tracking-id = رقم المتابعة
audit-from-date = من (تاريخ بتوقيت UTC)
audit-to-date = إلى (تاريخ بتوقيت UTC، شاملًا)
audit-filter = تصفية
audit-export = تصدير هذه الأحداث بصيغة CSV
audit-no-match = لا أحداث تطابق هذه المرشحات.
audit-caption = الأحداث، من الأحدث إلى الأقدم
admin-col-when = الوقت (UTC)
admin-col-user = المستخدم
admin-col-detail = التفاصيل
admin-col-from = المصدر
audit-pages = صفحات سجل التدقيق
audit-newest = أحدث الأحداث
audit-older = أحداث أقدم

## الهوية البصرية
branding-title = الهوية البصرية
branding-about = اسم مؤسستك وشعارها ولونها في كل صفحة، واسمها في كل رسالة بريد إلكتروني ورسالة نصية.
form-nothing-saved = لم يُحفظ شيء. يُرجى تصحيح ما يلي:
branding-preview-unsaved = معاينة (لم تُحفظ بعد)
branding-preview = معاينة صفحة إعادة التعيين
branding-name = اسم المؤسسة
branding-name-hint = يظهر أعلى كل صفحة وفي كل رسالة بريد إلكتروني ورسالة نصية.
branding-logo = الشعار
branding-logo-now = الشعار الحالي
branding-logo-hint = صورة PNG أو JPEG بحجم 256 كيلوبايت أو أقل. تُصغَّر لتتسع في 512 × 512 بكسل وتُحفظ مجددًا بصيغة PNG، مع الاحتفاظ بالبكسلات فقط.
branding-logo-remove = إزالة الشعار
branding-accent = لون التمييز
branding-accent-hint = الأزرار والروابط. نص الأزرار أبيض، لذا يجب أن يكون اللون داكنًا بما يكفي ليُقرأ (تباين 4.5:1).
branding-message = رسالة صفحات تسجيل الدخول
branding-message-hint = نص عادي اختياري حتى 300 حرف، يظهر حيث يبدأ المستخدمون إعادة التعيين أو يسجّلون الدخول للتسجيل. مثلًا: «تنتهي صلاحية كلمات المرور كل 90 يومًا.»
branding-preview-button = معاينة
action-save = حفظ

## تسجيل الدخول ورمز المصادقة
mfa-code-title = رمز المصادقة
code-enrol-heading = أعدّ تطبيق المصادقة
code-enrol-lead = تطلب وحدة تحكم الإدارة رمزًا من تطبيق مصادقة عند كل تسجيل دخول. امسح رمز QR هذا بالتطبيق (Microsoft Authenticator أو Google Authenticator أو أي تطبيق لرموز TOTP)، ثم أدخل الرمز المكوّن من 6 أرقام الذي يعرضه.
code-qr-label = رمز QR لتطبيق المصادقة
code-enrol-by-hand = لا يمكنك المسح؟ أضف حسابًا يدويًا بهذا المفتاح (مبني على الوقت):
code-heading = أدخل رمز المصادقة
code-lead = افتح تطبيق المصادقة وأدخل الرمز المكوّن من 6 أرقام الذي يعرضه لهذه البوابة.
mfa-code-label = الرمز
code-confirm-submit = التأكيد وتسجيل الدخول
code-submit = تسجيل الدخول
code-lost-phone = فقدت هاتفك؟ يمكن لمسؤول آخر، أو لمن يدير الخادم، إعادة تعيين المصادقة لتعدّها من جديد.
admin-sign-in-title = تسجيل دخول المسؤول
admin-sign-in-heading = تسجيل الدخول إلى وحدة تحكم الإدارة
admin-sign-in-lead = لمسؤولي البوابة. ستحتاج إلى كلمة مرورك وتطبيق المصادقة.
admin-password = كلمة المرور

## الدليل
directory-title = الدليل
directory-about = أين يُبحث عن المستخدمين وتُكتب كلمات المرور الجديدة، بهذا الترتيب: يُعثر على المستخدم في أول وجهة تستطيع البحث عنه، وتتحقق كل الوجهات من كلمة المرور الجديدة قبل أن تكتبها أيٌّ منها.
directory-change-target = تغيير إعدادات الوجهة { $n }
directory-embedded-note = لا شيء للإعداد: يُحفظ المستخدمون وكلمات المرور في قاعدة بيانات البوابة.
directory-agent-note = إعدادات الوكلاء الخاصة بهم تحدد أين يكتبون. سجّل وكيلًا باستخدام sspr agent-token create، واعرضهم وألغِهم باستخدام sspr agents.
directory-remove-target = إزالة الوجهة { $n }
directory-add = إضافة وجهة
directory-add-what = ما الذي تضيفه
directory-add-ldap = دليل LDAP (‏OpenLDAP أو متوافق معه)
directory-add-ad = ‏Active Directory (أو Samba AD)
directory-add-webhook = خطاف ويب يستقبل كلمات المرور الجديدة
directory-add-where = أين في السلسلة
directory-add-first = قبل الأخرى: يُبحث عن المستخدمين هنا أولًا
directory-add-last = بعد الأخرى
directory-add-submit = إعدادها
directory-no-admin-group = لم تُعيَّن مجموعة في الدليل: لا يستطيع تسجيل الدخول هنا إلا المستخدمون المعلَّمون مسؤولين في الدليل المدمج.
directory-admin-group = يمكن لأعضاء هذه المجموعة تسجيل الدخول هنا:
directory-change-admin-group = تغيير مجموعة المسؤولين
directory-test = اختبار الاتصال
directory-test-about = يتصل بكل وجهة بالإعدادات المحفوظة ويتحقق من حساب الخدمة، كما يفعل هذا الأمر (لا يُكتب شيء):
directory-test-user = معرّف مستخدم للبحث عنه (اختياري)
directory-test-user-hint = يتحقق أيضًا من العثور على المستخدم ومن أن حساب الخدمة يستطيع إعادة تعيين كلمة مروره.
directory-test-results = نتائج الاختبار
directory-col-result = النتيجة
directory-col-check = الفحص
directory-settings-shown = الإعدادات كما يطبعها هذا الأمر:

## نماذج الإعدادات
form-secret-saved = هناك قيمة محفوظة؛ لا تُعرض أبدًا. اترك هذا فارغًا للاحتفاظ بها.
form-secret-empty = لم يُحفظ شيء بعد.
form-allowed = المسموح: { $range }.
form-default = الافتراضي: { $value }.
form-step-up-hint = يحدد هذا التغيير من يستطيع تسجيل الدخول هنا أو أين تُكتب كلمات المرور، لذا اكتب كلمة مرورك مجددًا لإجرائه.

## الصفحة الرئيسية
home-signed-in-as = سجّلت الدخول باسم { $name } ({ $login }).
home-sign-out = تسجيل الخروج
home-helpdesk = مكتب الدعم
home-find-user = البحث عن مستخدم بالمعرّف أو الاسم أو البريد الإلكتروني
home-search = بحث
home-find-tracking = البحث عن رقم متابعة
home-find-tracking-hint = الرقم الذي يذكره المستخدم، مثل ABCD-EFGH-JKLM: كل خطوة في تلك المحاولة.
home-find = بحث
home-audit-about = كل حدث، مع التصفية حسب النشاط أو المستخدم أو رقم المتابعة أو التاريخ، والتصدير بصيغة CSV.
reports-title = التقارير
home-reports-about = تغطية التسجيل، وعمليات إعادة التعيين وفتح القفل يوميًا، وأين تفشل، والطرق المستخدمة.
home-settings = الإعدادات
home-branding-about = اسم مؤسستك وشعارها ولونها ورسالة تسجيل الدخول، مع معاينة.
home-tokens-about = رموز مميزة تستخدم بها البرامج النصية والأنظمة الأخرى واجهة API الإدارية.
home-directory-about = أين يُبحث عن المستخدمين وتُكتب كلمات المرور، مع اختبار للاتصال.
home-recent-changes = التغييرات الأخيرة
home-no-changes = لم يُغيَّر أي إعداد في وحدة التحكم بعد.
home-col-admin = المسؤول
home-col-what-changed = ما الذي تغيّر
home-recent-activity = النشاط الأخير
home-no-activity = لم يحدث شيء في البوابة بعد.
admin-col-what = ماذا

## التقارير
reports-about = هل تعمل إعادة التعيين الذاتية لمستخدميك. الأوقات بتوقيت UTC؛ تغطي الرسوم اليومية آخر 30 يومًا بما فيها اليوم.
reports-coverage = تغطية التسجيل
reports-coverage-all = كل المستخدمين في الدليل وعددهم { $n }.
reports-coverage-seen = المستخدمون الذين رأتهم البوابة وعددهم { $n } (من سجّلوا، أو سجّلوا الدخول للتسجيل، أو بدؤوا إعادة تعيين). لا تُحسب بيانات الاتصال المحفوظة في سمات الدليل فقط.
reports-contact-means = وسيلة الاتصال هي بريد بديل أو هاتف محمول عيّنه مسؤول، أو سُجّل وتُحقق منه.
reports-contact-means-office = وسيلة الاتصال هي بريد بديل أو هاتف محمول عيّنه مسؤول، أو سُجّل وتُحقق منه، أو هاتف مكتب.
reports-col-contacts = وسائل الاتصال
reports-col-users = المستخدمون
reports-col-method = الطريقة
reports-resets = عمليات إعادة تعيين كلمة المرور
reports-resets-summary = نجح { $success } وفشل { $failure } (تُحسب كلمة المرور الجديدة المرفوضة فشلًا، حتى إن نجحت التالية).
reports-resets-table = عمليات إعادة التعيين يوميًا في جدول
reports-col-date = التاريخ
reports-unlocks = عمليات فتح قفل الحسابات
reports-unlocks-summary = نجح { $success } وفشل { $failure }.
reports-unlocks-table = عمليات فتح القفل يوميًا في جدول
reports-failures = أين تفشل عمليات إعادة التعيين وفتح القفل
reports-no-failures = لم يفشل شيء في آخر 30 يومًا.
reports-failures-caption = حالات الفشل حسب السبب، آخر 30 يومًا
reports-col-reason = السبب
reports-col-times = المرات
reports-no-steps = لم يجتز أحد خطوة تحقق في آخر 30 يومًا.
reports-methods-caption = خطوات التحقق المجتازة حسب الطريقة، آخر 30 يومًا
reports-col-steps = الخطوات المجتازة
step-up-admin-target = ‏{ $name } مسؤول. لتغيير كلمة مرور مسؤول أو بيانات اتصاله، أكّد أنك أنت.
step-up-code = الرمز من تطبيق المصادقة

## أرقام المتابعة والمستخدمون
tracking-title = رقم المتابعة { $id }
tracking-another = رقم متابعة آخر
tracking-who = من المعني
tracking-what = ما الذي حدث، بالترتيب
users-title = المستخدمون
users-col-email = البريد الإلكتروني
user-account = الحساب
user-enabled = مفعّل
user-disabled = معطّل في الدليل
user-locked = مقفل
value-yes = نعم
value-no = لا
user-must-change = يجب تغييرها عند تسجيل الدخول التالي
user-password-in-use = قيد الاستخدام
user-admin = مسؤول
user-confirmed = آخر تأكيد لبيانات الاتصال
value-never = أبدًا
user-reset = إعادة تعيين كلمة المرور
user-blocked-until = محظور حتى { $until } بتوقيت UTC (رموز خاطئة كثيرة جدًا)
user-not-blocked = غير محظور
user-reset-password = إعادة تعيين كلمة المرور
user-unlock = فتح قفل الحساب
user-clear-block = رفع الحظر
user-contacts = بيانات الاتصال للتحقق
user-no-contacts = لا شيء: لا يستطيع هذا المستخدم إعادة تعيين كلمة مروره حتى يسجّل وسيلة اتصال.
user-col-contact = وسيلة الاتصال
user-col-value = القيمة
user-col-source = المصدر
user-col-verified = تاريخ التحقق (UTC)
user-set-contacts = تعيين بيانات الاتصال أو مسحها
user-reregister-hint = يزيل بيانات الاتصال التي سجّلها المستخدم بنفسه (لا تلك التي عيّنها مسؤول أو قُرئت من الدليل)، ليسجّل ويؤكد مجددًا عند تسجيل الدخول التالي. لهاتف مفقود أو مشترك، أو لبيانات اتصال قد لا تكون له.
user-reregister = طلب إعادة التسجيل
user-last-events = آخر الأحداث
user-no-events = لم يحدث شيء لهذا المستخدم بعد.
contacts-title = بيانات اتصال { $name }
contacts-about = تُعلَّم بيانات الاتصال المعيّنة هنا بعبارة «عيّنها المسؤول» ويمكن استخدامها فورًا لإعادة التعيين، دون رمز. اترك الحقل فارغًا لإزالة وسيلة الاتصال تلك. يُبلَّغ { $name } بالتغيير بالبريد الإلكتروني.
contacts-email-hint = ليس صندوق بريد العمل: صندوقًا يستطيع المستخدم قراءته عندما لا يستطيع تسجيل الدخول.
contacts-mobile-hint = مع رمز البلد، مثل ‎+1 650 253 0000. يُستخدم للرسائل النصية والمكالمات.
contacts-mobile-hint-region = مع رمز البلد، مثل ‎+1 650 253 0000، أو رقم محلي في { $region }. يُستخدم للرسائل النصية والمكالمات.
contacts-office-hint = للمكالمات فقط.
contacts-submit = حفظ بيانات الاتصال
admin-reset-title = إعادة تعيين كلمة مرور { $name }
admin-reset-about = تُفحص كلمة المرور الجديدة وفق قواعد كلمة المرور والدليل، ثم تُكتب في كل دليل كما في إعادة التعيين الذاتية. يُفتح قفل الحساب المقفل أيضًا، وتنتهي كل جلسات البوابة الخاصة بـ { $login }.
admin-reset-not-changed = لم تتغير كلمة المرور. يُرجى تصحيح ما يلي:
admin-reset-new-password = كلمة المرور الجديدة
admin-reset-generate = إنشاء كلمة مرور مؤقتة
admin-reset-generate-hint = ‏24 حرفًا لا يمكن الخلط بينها، تُعرض لك مرة واحدة في الصفحة التالية ولا تُحفظ أبدًا.
admin-reset-set = تعيين كلمة المرور هذه
admin-reset-password = كلمة المرور (فقط إن عيّنتها بنفسك)
admin-reset-confirm = اكتبها مجددًا
admin-reset-must-change = يجب على المستخدم تغييرها عند تسجيل الدخول التالي
admin-reset-must-change-hint = يُنصح به: عندها لا يعرف كلمة المرور التي يستمر في استخدامها إلا المستخدم.
admin-reset-done-title = أُعيد تعيين كلمة مرور { $name }
admin-reset-temporary-is = كلمة المرور المؤقتة هي:
admin-reset-temporary-once = لا تُعرض إلا هذه المرة: سلّمها إلى { $name } شخصيًا أو عبر الهاتف، لا بالبريد الإلكتروني. لا تحتفظ البوابة بأي نسخة.
admin-reset-typed-in-place = كلمة المرور التي كتبتها سارية الآن.
admin-reset-must-change-next = يجب على { $name } اختيار كلمة مرور جديدة عند تسجيل الدخول التالي.
admin-reset-still-locked = ما زال الحساب مقفلًا في أحد الأدلة. راجع صفحة المستخدم.
admin-reset-notified = يُرسل إشعار بأن مسؤولًا أعاد تعيين كلمة المرور إلى عناوين البريد المسجلة لـ { $name }.
admin-reset-back-to = العودة إلى { $name }
users-about = ابحث عن مستخدم في دليلك ببداية معرّفه أو اسمه أو عنوان بريده الإلكتروني.
users-query = معرّف المستخدم أو الاسم أو البريد الإلكتروني
users-none = لا يبدأ أي معرّف أو اسم أو بريد إلكتروني بـ «{ $q }».
users-caption = المستخدمون الذين يبدؤون بـ «{ $q }»: من { $from } إلى { $to } من أصل { $total }
users-caption-more = المستخدمون الذين يبدؤون بـ «{ $q }»: من { $from } إلى { $to } من أصل أكثر من { $total }
users-col-name = الاسم
users-pages = صفحات البحث
users-next = المستخدمون التالون
users-truncated = أكثر من { $n } مستخدم يطابقون: اكتب المزيد من الاسم لتضييق البحث.

## قيم الإعدادات ونطاقاتها ومشكلاتها
value-on = مفعّل
value-off = معطّل
value-none = لا شيء
value-not-set = غير معيّن
value-set = معيّن
value-not-yet = ليس بعد
value-not-needed = غير لازم
range = من { $min } إلى { $max }
range-minutes = من { $min } إلى { $max } دقيقة
range-attempts = من { $min } إلى { $max } محاولة
range-seconds = من { $min } إلى { $max } ثانية
range-hours = من { $min } إلى { $max } ساعة
range-days = من { $min } إلى { $max } يوم
range-characters = من { $min } إلى { $max } حرف
range-passwords = من { $min } إلى { $max } كلمة مرور
amount-minutes = { $n ->
    [zero] { $n } دقيقة
    [one] دقيقة واحدة
    [two] دقيقتان
    [few] { $n } دقائق
    [many] { $n } دقيقة
   *[other] { $n } دقيقة
}
amount-attempts = { $n ->
    [zero] { $n } محاولة
    [one] محاولة واحدة
    [two] محاولتان
    [few] { $n } محاولات
    [many] { $n } محاولة
   *[other] { $n } محاولة
}
amount-seconds = { $n ->
    [zero] { $n } ثانية
    [one] ثانية واحدة
    [two] ثانيتان
    [few] { $n } ثوانٍ
    [many] { $n } ثانية
   *[other] { $n } ثانية
}
amount-hours = { $n ->
    [zero] { $n } ساعة
    [one] ساعة واحدة
    [two] ساعتان
    [few] { $n } ساعات
    [many] { $n } ساعة
   *[other] { $n } ساعة
}
amount-days = { $n ->
    [zero] { $n } يوم
    [one] يوم واحد
    [two] يومان
    [few] { $n } أيام
    [many] { $n } يومًا
   *[other] { $n } يوم
}
amount-characters = { $n ->
    [zero] { $n } حرف
    [one] حرف واحد
    [two] حرفان
    [few] { $n } أحرف
    [many] { $n } حرفًا
   *[other] { $n } حرف
}
amount-passwords = { $n ->
    [zero] { $n } كلمة مرور
    [one] كلمة مرور واحدة
    [two] كلمتا مرور
    [few] { $n } كلمات مرور
    [many] { $n } كلمة مرور
   *[other] { $n } كلمة مرور
}
problem-range = اختر قيمة من { $min } إلى { $max }.
problem-range-minutes = اختر قيمة من { $min } إلى { $max } دقيقة.
problem-range-attempts = اختر قيمة من { $min } إلى { $max } محاولة.
problem-range-seconds = اختر قيمة من { $min } إلى { $max } ثانية.
problem-range-hours = اختر قيمة من { $min } إلى { $max } ساعة.
problem-range-days = اختر قيمة من { $min } إلى { $max } يوم.
problem-range-characters = اختر قيمة من { $min } إلى { $max } حرف.
problem-range-passwords = اختر قيمة من { $min } إلى { $max } كلمة مرور.
problem-whole-number = أدخل عددًا صحيحًا.
problem-not-negative = أدخل عددًا يساوي 0 أو أكثر.
problem-on-page = في صفحة «{ $page }»: { $problem }
problem-reset-group = اذكر المجموعة التي يمكن لأعضائها إعادة التعيين.
problem-no-method = قدّم طريقة واحدة على الأقل.
problem-gates = اختر خطوة واحدة أو خطوتين.
problem-two-gates-one-contact = تحتاج الخطوتان إلى طرق تصل إلى وسيلتي اتصال مختلفتين (الرسالة النصية والمكالمة إلى الهاتف المحمول نفسه تُحسبان مرة واحدة): قدّم أيضًا البريد الإلكتروني أو هاتف المكتب، أو اختر خطوة واحدة.
problem-admin-group = اذكر مجموعة، أو احذف الإعداد لعدم استخدام أي مجموعة.
problem-default-region = «{ $code }» ليس رمز بلد من حرفين تعرفه أرقام الهواتف، مثل US أو SA. اتركه فارغًا لعدم تعيين بلد.
problem-origin = «{ $origin }» ليس أصلًا مثل https://apps.example.com (دون مسار أو استعلام أو اسم مستخدم).
problem-helpdesk-url = أدخل العنوان الكامل لصفحة المساعدة، بدءًا بـ https://‎ أو http://‎.
problem-helpdesk-email = أدخل عنوان البريد الإلكتروني لمكتب الدعم، مثل helpdesk@example.com.
problem-colour = أدخل لونًا مثل ‎#0a5fb4.
problem-contrast = تباين النص الأبيض على { $colour } هو { $ratio }:1؛ ويحتاج إلى 4.5:1 على الأقل ليكون مقروءًا. اختر لونًا أغمق.
problem-logo-again = ارفع الشعار مجددًا.
problem-logo-url = يجب أن يكون الشعار عنوان https://‎ أو مسار ‎/static/‎.
problem-max-below-min = لا يمكن أن يكون أطول طول أقل من أقصر طول.
problem-banned-word-short = تحتاج الكلمات المحظورة إلى 3 أحرف على الأقل؛ «{ $word }» أقصر.
problem-message-long = اجعل الرسالة { $max } حرفًا أو أقل.
problem-message-plain = لا يمكن أن تحتوي الرسالة إلا على نص عادي.
problem-org-name = أدخل اسم مؤسستك.
problem-org-name-long = استخدم سطرًا واحدًا من { $max } حرفًا أو أقل.
flash-nothing-to-save = لا شيء للحفظ: «{ $page }» كما كانت.
flash-saved = حُفظ: { $page }.
agents-title = وكلاء الكتابة
agents-about = يعمل الوكيل (sspr agent) بجوار دليلك ويتصل هو بهذه البوابة، فلا يحتاج الدليل إلى أي اتصال وارد. الوجهة من نوع "agent" ترسل عمليات البحث وكلمات المرور الجديدة عبر الوكلاء، مشفرة بمفتاح كل وكيل.
agents-list = الوكلاء المسجلون
agents-none = لا يوجد وكيل مسجل بعد.
agents-col-name = الاسم
agents-col-id = معرّف الوكيل
agents-col-status = الحالة
agents-col-seen = آخر ظهور
agents-col-version = الإصدار
agents-col-address = العنوان
agents-col-enrolled = تاريخ التسجيل
agents-col-action = إجراء
agents-connected = متصل
agents-not-connected = غير متصل
agents-revoked = ملغى
agents-revoke = إلغاء
agents-revoke-named = إلغاء { $name }
agents-revoked-flash = أُلغي الوكيل: يُرفض مفتاحه من الآن.
agents-not-found-flash = لا يوجد هذا الوكيل، أو أُلغي من قبل.
agents-make = إنشاء رمز تسجيل
agents-hours = صالح لمدة (ساعات)
agents-hours-hint = من 1 إلى 168 ساعة. يسجّل الرمز وكيلًا واحدًا مرة واحدة.
agents-hours-range = أدخل عدد ساعات من 1 إلى { $max }.
agents-step-up-hint = يتلقى الوكلاء كلمات المرور الجديدة للمستخدمين، لذلك يتطلب إنشاء رمز إدخال كلمة مرورك مرة أخرى.
agents-submit = إنشاء الرمز
agents-not-made = لم يُنشأ الرمز:
agents-made = هذا رمز التسجيل مع عنوان هذه البوابة. ضع الاثنين في إعدادات الوكيل؛ يعمل الرمز مرة واحدة حتى { $until } UTC.
agents-copy-now = انسخه الآن: لا يظهر إلا هذه المرة، ولا تحتفظ البوابة إلا بقيمة تجزئة له.
directory-agents-about = يتيح الوكلاء لهذه البوابة الكتابة في دليل لا تصل إليه بنفسها.
directory-agents-link = تسجيل وكلاء الكتابة وإدارتهم
