# The registration portal: sign-in, security info, contacts and their codes, change password.

sign-in = Sign in
sign-in-heading = Sign in to manage your security info
sign-in-lead = Register a mobile phone and an alternate email now, so you can reset your password yourself if you ever forget it.
sign-in-user-id-hint = Your sign-in name or work email address.
sign-in-forgot = Forgot your password?
sign-in-failed = That user ID and password don't match. Check them and try again.
sign-in-throttled = Too many failed sign-ins. For your security, wait an hour and try again, or use "Can't access your account?" if you forgot your password.
sign-in-unavailable-text = We couldn't reach your organisation's directory to check your password. Please try again in a few minutes, or contact the helpdesk with the tracking ID below.
sign-in-again = Sign in again
sign-in-again-first = Sign in again first.
sign-out = Sign out
signed-out-title = You're signed out
signed-out-text = Close this window if you're on a shared computer.

security-info-title = Your security info
security-info-hello = Hello { $name }. These are the ways we can check it's you when you reset your password.
security-info-asked = Your organisation asks you to keep this up to date before you go on.
security-info-asked-done = Your organisation asks you to keep this up to date before you go on. You're all set: continue when you're done.
security-info-needed = Register at least { $needed ->
    [one] { $needed } way
   *[other] { $needed } ways
} to verify it's you. Until then you can't reset your password yourself.
security-info-needed-some = Register at least { $needed ->
    [one] { $needed } way
   *[other] { $needed } ways
} to verify it's you (you have { $usable }). Until then you can't reset your password yourself.
security-info-admin-only = Only your administrator can change this.
security-info-all-correct = These are all correct
security-info-skip = Skip for now
security-info-skip-hint = (we'll ask again next time you sign in)
security-info-change-password = Change your password

contact-alt-email = Alternate email
contact-mobile = Mobile phone
contact-office = Office phone
contact-not-set = Not set
contact-by-admin = Set by your administrator
contact-verified-on = Verified on { $date }
contact-not-verified = Not verified: verify it to use it
contact-used-for = { $ways ->
    [email] Used for codes by email.
    [sms] Used for codes by text.
    [sms-voice] Used for codes by text and codes by phone call.
   *[voice] Used for codes by phone call.
}
remove-choose = Choose a contact to remove from the list.
contact-removed = Removed.
remove-below-minimum = You can't remove this one: your organisation needs at least { $count ->
    [one] { $count } way
   *[other] { $count } ways
} to verify it's you when you reset your password. Add another first, then remove this one.
remove-nothing = There is nothing to remove there.
contacts-reconfirmed = Thanks: your security info is confirmed.

reconfirm-title = Are these still correct?
reconfirm-lead = It's been a while. Check that you can still be reached here, so you can reset your password yourself when you need to.
reconfirm-yes = Looks good

register-now = Now:
register-email-title = Alternate email
register-email-add = Add your alternate email
register-email-change = Change your alternate email
register-email-label = Alternate email address
register-email-hint = Not your work address: one you can still read when you can't sign in. We'll email it a code.
register-mobile-title = Mobile phone
register-mobile-add = Add your mobile phone
register-mobile-change = Change your mobile phone
register-mobile-label = Mobile phone number
register-way-legend = How should we send the code?
register-way-text = Text me a code
register-way-call = Call me
choose-listed-way = Choose one of the ways listed.
register-unchanged = That's already registered and verified. Enter a different one to change it.
register-blocked-until = Too many codes have been sent to you. For your security, registering is paused until { $when }.
register-code-not-delivered = We couldn't deliver your code to { $masked }. Check it and try again, or try later.
register-code-saved-then = It is saved once you enter the code.
register-saved = Saved: { $masked } is verified.

prove-title = Confirm it's you
prove-lead = { $action ->
    [remove] { $kind ->
        [email] To remove your alternate email, enter a code we send to contact info you already have.
       *[mobile] To remove your mobile phone number, enter a code we send to contact info you already have.
    }
   *[change] { $kind ->
        [email] To change your alternate email, enter a code we send to contact info you already have.
       *[mobile] To change your mobile phone number, enter a code we send to contact info you already have.
    }
} This keeps someone who learned your password from taking over your account's recovery.
prove-legend = Where should we send the code?
prove-via-email = Email a code to
prove-via-text = Text a code to
prove-choose = Choose where to send the code.
prove-blocked-until = Too many codes have been sent to you. For your security, changes are paused until { $when }.
prove-code-not-delivered = We couldn't deliver your code to { $masked }. Try again, or choose another way.
prove-submit = Confirm
prove-send-another = Send another code
prove-confirmed = Thanks, that's confirmed. For the next { $minutes } minutes you can change your security info.

change-title = Change your password
change-submit = Change password
back-to-security-info = Back to your security info
change-done-title = Your password was changed
change-done-text = Use your new password from now on, everywhere you sign in. We've emailed you a notice.
expired-done-text = Sign in with your new password, here and everywhere else. We've emailed you a notice.
change-unavailable-text = Your password was not changed. Please try again in a few minutes, or contact the helpdesk with the tracking ID below.
change-wrong-current = Your current password isn't right.
change-throttled = Too many wrong passwords. For your security, wait an hour and try again.
expired-title = Your password needs changing
expired-lead = Your password is right, but it has expired or your organisation asks you to change it before you sign in. Choose a new one to continue.
