# ما ترسله البوابة: رسائل البريد الإلكتروني، والرسائل النصية، والمكالمات، والإشعارات.

email-code-subject = { $org }: رمز التحقق الخاص بك
email-code-lead = رمز التحقق الخاص بك هو:
email-code-is = رمز التحقق الخاص بك هو: { $code }
email-code-use = أدخله في صفحة إعادة تعيين كلمة المرور. تنتهي صلاحيته بعد { $minutes } دقيقة ولا يعمل إلا مرة واحدة.
email-code-ignore = إن لم تطلبه، فتجاهل هذه الرسالة: لا يمكن لأحد استخدامه دون معرفة معرّف المستخدم الخاص بك أيضًا.
email-notice-subject = { $org }: { $subject }
sms-code = رمز التحقق من { $org }: { $code }. تنتهي صلاحيته بعد { $minutes } دقيقة. لا تشاركه مع أي أحد.
voice-code = معك { $org }. رمز التحقق الخاص بك هو { $code }.
voice-again = مرة أخرى:

notice-hello = مرحبًا { $name }،
notice-tracking-id = رقم المتابعة: { $tracking }
notice-if-not-you = إن لم تكن أنت، فتواصل مع { $help } فورًا واذكر رقم المتابعة { $tracking }.
notice-if-not-asked = إن لم تطلب ذلك، فتواصل مع { $help } فورًا واذكر رقم المتابعة { $tracking }.
notice-password-subject = { $event ->
    [reset] أُعيد تعيين كلمة المرور
    [changed] تم تغيير كلمة المرور
   *[by-admin] أعاد أحد المسؤولين تعيين كلمة المرور
}
notice-password-written = { $event ->
    [reset] أُعيد تعيين كلمة مرور حسابك { $login } في { $at }.
    [changed] تم تغيير كلمة مرور حسابك { $login } في { $at }.
   *[by-admin] أعاد أحد المسؤولين تعيين كلمة مرور حسابك { $login } في { $at }.
}
notice-admin-subject = { $event ->
    [reset] أعاد أحد المسؤولين تعيين كلمة مروره
    [changed] غيّر أحد المسؤولين كلمة مروره
   *[by-admin] أُعيد تعيين كلمة مرور أحد المسؤولين
}
notice-admin-reset-by-admin = أعاد المسؤول { $by } تعيين كلمة مرور المسؤول { $login } في { $at }.
notice-admin-own-password = { $event ->
    [reset] أعاد المسؤول { $login } تعيين كلمة مروره في { $at }.
   *[changed] غيّر المسؤول { $login } كلمة مروره في { $at }.
}
notice-contacts-subject = تغيّرت معلومات الأمان الخاصة بك
notice-contact-line = { $line } ({ $at }، الحساب { $login })
notice-contact-changed = { $kind ->
    [email] تم تغيير بريدك الإلكتروني البديل إلى { $masked }.
   *[mobile] تم تغيير رقم هاتفك المحمول إلى { $masked }.
}
notice-contact-registered = { $kind ->
    [email] تم تسجيل { $masked } بريدًا إلكترونيًا بديلًا لك.
   *[mobile] تم تسجيل { $masked } رقمًا لهاتفك المحمول.
}
notice-contact-removed = { $kind ->
    [email] تمت إزالة { $masked } من بريدك الإلكتروني البديل.
   *[mobile] تمت إزالة { $masked } من رقم هاتفك المحمول.
}
notice-contacts-by-admin-subject = تم تغيير معلومات الأمان الخاصة بك
notice-contacts-by-admin = غيّر أحد المسؤولين وسائل الاتصال التي يستخدمها حسابك { $login } للتحقق عند إعادة تعيين كلمة المرور: { $summary }.

helpdesk-mail-user = معرّف المستخدم: { $login }
helpdesk-mail-user-unknown = معرّف المستخدم: غير معروف (لم يبدأ هذا الطلب إعادة تعيين ولا تسجيل دخول)
helpdesk-mail-subject-user = يحتاج { $login } إلى مساعدة في كلمة المرور
helpdesk-mail-subject-someone = شخص ما يحتاج إلى مساعدة في كلمة المرور (رقم المتابعة { $tracking })
helpdesk-mail-what = ما الذي حدث: { $what }
helpdesk-mail-asked = طلب المستخدم المساعدة
helpdesk-mail-address = عنوان العميل: { $address }
helpdesk-mail-note = كتب المستخدم: { $note }
helpdesk-mail-console = كل ما حدث، وصفحة المستخدم، في وحدة تحكم المسؤول: { $link }
