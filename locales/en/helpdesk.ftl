# "Contact your administrator", and the demo's dev outbox.

helpdesk-lead = We'll email your organisation's administrators your user ID, what went wrong and the tracking ID, so they can help you.
helpdesk-tracking-label = Tracking ID
helpdesk-note-label = Anything to add? (optional; never type your password)
helpdesk-submit = Send to my administrator
helpdesk-use-link = Use the helpdesk link below.
helpdesk-sent-title = Your administrator has been notified
helpdesk-sent-text = Your administrator has been sent your user ID, what went wrong and tracking ID { $tracking }. They will contact you.
helpdesk-throttled-title = Already sent
helpdesk-throttled-text = Your administrator has already been contacted several times in the last hour. Please wait for them to get back to you.
helpdesk-failed-title = We couldn't contact your administrator
helpdesk-no-admins-text = No administrator address is set up for your organisation. Please contact your IT department directly and quote the tracking ID below.
helpdesk-undeliverable-text = We couldn't send your request just now. Please try again in a few minutes, or contact your IT department directly and quote the tracking ID below.
helpdesk-unknown-tracking = We couldn't find an attempt with that tracking ID. Check it and try again.

outbox-title = Dev outbox
outbox-lead = Messages the portal would have emailed, texted or read out in a call. Shown only in demo mode; configure SMTP and a phone gateway to send for real.
outbox-empty = Nothing sent yet.
outbox-meta = { $channel ->
    [email] Email
    [sms] Text
   *[voice] Call
} to { $recipient }
outbox-demo-only = The dev outbox exists only in demo mode.
