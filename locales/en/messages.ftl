# What the portal sends: emails, texts, calls and notices.

email-code-subject = { $org }: your verification code
email-code-lead = Your verification code is:
email-code-is = Your verification code is: { $code }
email-code-use = Enter it on the password reset page. It expires in { $minutes } minutes and works once.
email-code-ignore = If you didn't ask for it, ignore this email: nobody can use it without also knowing your user ID.
email-notice-subject = { $org }: { $subject }
sms-code = { $org } verification code: { $code }. It expires in { $minutes } minutes. Don't share it with anyone.
voice-code = This is { $org }. Your verification code is { $code }.
voice-again = Again.

notice-hello = Hello { $name },
notice-tracking-id = Tracking ID: { $tracking }
notice-if-not-you = If this wasn't you, contact { $help } right away and quote tracking ID { $tracking }.
notice-if-not-asked = If you didn't ask for this, contact { $help } right away and quote tracking ID { $tracking }.
notice-password-subject = { $event ->
    [reset] your password was reset
    [changed] your password was changed
   *[by-admin] your password was reset by an administrator
}
notice-password-written = { $event ->
    [reset] The password of your account { $login } was reset at { $at }.
    [changed] The password of your account { $login } was changed at { $at }.
   *[by-admin] The password of your account { $login } was reset by an administrator at { $at }.
}
notice-admin-subject = { $event ->
    [reset] an administrator reset their password
    [changed] an administrator changed their password
   *[by-admin] an administrator's password was reset
}
notice-admin-reset-by-admin = The password of the administrator { $login } was reset by the administrator { $by } at { $at }.
notice-admin-own-password = { $event ->
    [reset] The administrator { $login } reset their own password at { $at }.
   *[changed] The administrator { $login } changed their own password at { $at }.
}
notice-contacts-subject = your security info changed
notice-contact-line = { $line } ({ $at }, account { $login })
notice-contact-changed = { $kind ->
    [email] Your alternate email address was changed to { $masked }.
   *[mobile] Your mobile phone number was changed to { $masked }.
}
notice-contact-registered = { $kind ->
    [email] { $masked } was registered as your alternate email address.
   *[mobile] { $masked } was registered as your mobile phone number.
}
notice-contact-removed = { $kind ->
    [email] { $masked } was removed as your alternate email address.
   *[mobile] { $masked } was removed as your mobile phone number.
}
notice-contacts-by-admin-subject = your security info was changed
notice-contacts-by-admin = An administrator changed the contacts your account { $login } uses to verify a password reset: { $summary }.

helpdesk-mail-user = User ID: { $login }
helpdesk-mail-user-unknown = User ID: not known (this request didn't start a reset or sign in)
helpdesk-mail-subject-user = { $login } needs help with their password
helpdesk-mail-subject-someone = Someone needs help with their password (tracking ID { $tracking })
helpdesk-mail-what = What went wrong: { $what }
helpdesk-mail-asked = the user asked for help
helpdesk-mail-address = Client address: { $address }
helpdesk-mail-note = The user wrote: { $note }
helpdesk-mail-console = Everything that happened, and the user's page, in the admin console: { $link }
