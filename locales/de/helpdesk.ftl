# „Wenden Sie sich an Ihre Administration“ und der Entwickler-Postausgang der Demo.

helpdesk-lead = Wir senden der Administration Ihrer Organisation Ihre Benutzerkennung, was schiefging und die Vorgangsnummer per E-Mail, damit sie Ihnen helfen kann.
helpdesk-tracking-label = Vorgangsnummer
helpdesk-note-label = Möchten Sie etwas ergänzen? (optional; geben Sie niemals Ihr Passwort ein)
helpdesk-submit = An meine Administration senden
helpdesk-use-link = Nutzen Sie den Helpdesk-Link unten.
helpdesk-sent-title = Ihre Administration wurde benachrichtigt
helpdesk-sent-text = Ihre Administration hat Ihre Benutzerkennung, was schiefging und die Vorgangsnummer { $tracking } erhalten. Sie wird sich bei Ihnen melden.
helpdesk-throttled-title = Bereits gesendet
helpdesk-throttled-text = Ihre Administration wurde in der letzten Stunde schon mehrmals benachrichtigt. Bitte warten Sie, bis sie sich bei Ihnen meldet.
helpdesk-failed-title = Wir konnten Ihre Administration nicht erreichen
helpdesk-no-admins-text = Für Ihre Organisation ist keine Adresse der Administration eingerichtet. Bitte wenden Sie sich direkt an Ihre IT-Abteilung und nennen Sie die Vorgangsnummer unten.
helpdesk-undeliverable-text = Ihre Anfrage konnte gerade nicht gesendet werden. Bitte versuchen Sie es in einigen Minuten erneut, oder wenden Sie sich direkt an Ihre IT-Abteilung und nennen Sie die Vorgangsnummer unten.
helpdesk-unknown-tracking = Zu dieser Vorgangsnummer haben wir keinen Versuch gefunden. Prüfen Sie sie und versuchen Sie es erneut.

outbox-title = Entwickler-Postausgang
outbox-lead = Nachrichten, die das Portal per E-Mail, SMS oder Anruf gesendet hätte. Nur im Demomodus sichtbar; richten Sie SMTP und ein Telefon-Gateway ein, um wirklich zu senden.
outbox-empty = Noch nichts gesendet.
outbox-meta = { $channel ->
    [email] E-Mail
    [sms] SMS
   *[voice] Anruf
} an { $recipient }
outbox-demo-only = Den Entwickler-Postausgang gibt es nur im Demomodus.
