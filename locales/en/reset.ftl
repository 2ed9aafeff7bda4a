# The reset and unlock pages.

home-title = Password help
home-heading = { $org } password help
home-lead = Forgot your password, or locked out? You can get back in yourself, without calling the helpdesk.
home-reset-link = Can't access your account?
home-know-password = Know your password?
home-register-lead = Sign in to register a mobile phone and an alternate email, so you can reset your password yourself if you ever forget it, or to change your password.
home-register-link = Manage your security info

reset-start-title = Get back into your account
reset-start-lead = Who are you? Enter your user ID and the digits in the picture.
reset-user-id-hint = Your sign-in name, for example alice or alice@contoso.com.
reset-need = What do you need?
reset-need-reset = I forgot my password
reset-need-unlock = I know my password, but I'm locked out

reset-off-title = Self-service password reset is turned off
reset-off-text = Your organisation doesn't let users reset their own passwords here. Your helpdesk can reset it for you.
reset-unknown-title = We couldn't find that user ID
reset-unknown-text = Check the user ID (it is usually your sign-in name or email address) and try again.
reset-not-enabled-title = You can't reset your password here
reset-not-enabled-text = Your account isn't enabled for self-service password reset. Your helpdesk can reset it for you.
reset-not-registered-title = You haven't registered enough ways to verify you
reset-not-registered-text = To reset your password yourself you need contact methods registered ahead of time. Your helpdesk can reset it for you.
reset-blocked-title = Too many attempts
reset-blocked-lead = You have tried to reset this password too many times.
reset-blocked-until = For your security, self-service reset is blocked for this account until { $when }. Your helpdesk can still help you now.
reset-expired-title = Your reset session has expired
reset-expired-text = Reset sessions last 15 minutes. Please start again; codes you received earlier no longer work.

reset-step = Verification step { $gate } of { $gates }
methods-title = Verify it's you
methods-heading = Choose how to verify it's you
methods-legend = Contact method
method-label = { $method ->
    [email] Email my alternate email address
    [sms] Text my mobile phone
    [voice] Call my mobile phone
   *[office_voice] Call my office phone
}
choose-listed-method = Choose one of the methods listed.
reset-choose-method-first = Choose a method first.
reset-verify-first = Verify your identity first.

phone-confirm-title = Confirm your phone number
phone-confirm-lead = To protect your account, type the full number first. We'll send nothing until it matches.
phone-number = Phone number
phone-number-hint = International form: + then country code, like +1 425 555 0167.
reset-number-mismatch = That number doesn't match the one we have for you. Check it and try again, or choose another method.
reset-codes-capped = Too many codes have been sent lately. Wait an hour, or choose another method.

reset-code-not-delivered = We couldn't deliver your code to { $masked }. Try another method, or try again later.
reset-use-another = Use another method
reset-nothing-arrived = Didn't get anything? Check the number or address above; if it's wrong or old:
reset-code-dead = Too many wrong codes: this code no longer works. Ask for a new code or choose another method.

reset-password-title = Choose a new password
reset-password-submit = Reset password

unlock-title = Unlock your account
unlock-lead = We've verified it's you. Unlock your account to sign in again with the password you already have.
unlock-submit = Unlock my account
unlock-forgot = Forgot the password too?
unlock-forgot-link = Reset it instead

done-unlocked-title = Your account is unlocked
done-unlocked-text = Sign in with the password you already have.
done-still-locked-title = Your account is still locked
done-still-locked-text = Your directory didn't unlock it. Please contact your helpdesk and quote the tracking ID below.
done-not-locked-title = Your account isn't locked
done-not-locked-text = Sign in with the password you already have. If it doesn't work:
done-not-locked-link = reset your password instead
done-reset-title = Your password was reset
done-reset-still-locked = Your new password is set, but your account is still locked, so you can't sign in yet. It may unlock by itself after a while; if it doesn't, contact your helpdesk and quote the tracking ID below.
done-reset-unlocked = You can now sign in with your new password. Your account is unlocked too.
done-reset-text = You can now sign in with your new password.
done-reset-notice = We've sent a notice to your registered email. If you didn't do this, contact your helpdesk right away.
