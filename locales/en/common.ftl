# What every page shares: the frame, the language switcher, dates, generic failures.

language-name = English
language-switcher = Language
skip-to-content = Skip to main content
footer-need-help = Need help?
tracking-id-label = Tracking ID:
your-tracking-id = Your tracking ID is
demo-mode = Demo mode
demo-outbox-link = Dev outbox (messages that would have been sent)

helpdesk-link-url = Contact your helpdesk
helpdesk-link-email = Email your helpdesk ({ $address })
helpdesk-link-admins = Contact your administrator
helpdesk-mail-subject = Password reset help (tracking ID { $tracking })
helpdesk-words-url = your helpdesk ({ $url })
helpdesk-words-email = your helpdesk at { $address }
helpdesk-words-admins = your administrator

start-again = Start again
try-again = Try again
action-next = Next
action-cancel = Cancel
send-code = Send code
action-verify = Verify

failure-title = Something went wrong
failure-try-again = Please try again in a moment.
failure-step = We couldn't finish this step. Please try again in a moment; if it keeps happening, give your helpdesk the tracking ID below.
tenant-unknown-title = Organisation not found
tenant-unknown-text = There is no password reset portal at this address. Check the link you were given.
language-unknown-title = Language not available
language-unknown-text = This portal doesn't have that language. Go back and choose one from the list.
form-expired-title = This page has expired
form-expired-text = For your security, forms stop working after a while or when opened elsewhere. Please start again.

date-month = { $month ->
    [1] January
    [2] February
    [3] March
    [4] April
    [5] May
    [6] June
    [7] July
    [8] August
    [9] September
    [10] October
    [11] November
   *[12] December
}
date-day = { $day } { $month } { $year }
date-day-time = { $date }, { $time } UTC

not-found = Not found
action-change = Change
action-add = Add
action-remove = Remove
action-continue = Continue
action-refresh = Refresh
start-over = Start over
user-id = User ID
password-label = Password
user-id-empty = Enter your user ID.
user-id-too-long = That user ID is too long (at most 256 characters).
user-id-bad-character = A user ID can't contain spaces, control characters or backslashes.
email-format = Enter an email address like name@example.com.
phone-format = Enter the number in international form: a plus sign, the country code, then the number, like +1 4255550167.
phone-invalid = That isn't a valid phone number. Enter the number in international form: a plus sign, the country code, then the number, like +1 4255550167.
directory-unavailable-title = The directory is unavailable right now
directory-unavailable-text = We couldn't reach your organisation's directory. Please try again in a few minutes, or contact the helpdesk with the tracking ID below.

captcha-label = Digits in the picture or recording
captcha-alt = Picture of seven digits to type; if you can't read it, listen to them or get a new picture
captcha-new = New picture
captcha-legend = Prove you're a person
captcha-listen = Listen to the digits instead
captcha-listen-hint = The recording reads the same seven digits as the picture, over some background noise. Type them in the box below.
captcha-audio-file = Download the recording
captcha-audio-gone-title = This recording is no longer available
captcha-audio-gone-text = A recording works only on the page it was made for, until its picture is answered or expires. Go back and get a new picture.
captcha-wrong = The digits you typed don't match. Try this new picture or recording.
captcha-expired = That picture has expired or was already used. Type the digits of this new one.

code-title = Enter your code
code-not-delivered-title = We couldn't reach you
code-label = 8-digit code
code-hint = The digits from the message; spaces don't matter.
code-sent = { $method ->
    [email] We emailed a code to { $masked }.
    [sms] We texted a code to { $masked }.
   *[other] We're calling you with a code at { $masked }.
}
code-expires = It expires in { $minutes ->
    [one] { $minutes } minute
   *[other] { $minutes } minutes
}.
code-send-new = Send a new code
code-tries-left = That code isn't right. You can try { $count ->
    [one] { $count } more time
   *[other] { $count } more times
}.
code-malformed = Enter the 8-digit code from the message.
code-expired = That code has expired or was replaced by a newer one. Ask for a new code.
code-dead = Too many wrong codes: this code no longer works. Ask for a new code.
code-cooldown = Please wait { $seconds ->
    [one] { $seconds } more second
   *[other] { $seconds } more seconds
} before asking for a new code.
codes-capped = Too many codes have been sent lately. Wait an hour and try again.

password-new = New password
password-new-hint = At least { $min } characters. Long passphrases are easiest to remember and hardest to guess.
password-confirm = Confirm new password
password-current = Current password
password-mismatch = The two passwords don't match. Type the same password twice.
password-rules-refused = That password doesn't meet your organisation's rules:
password-directory-refused = Your directory refused that password:
strength-label = Strength:
strength-words = Very weak|Weak|Fair|Strong|Very strong
