# Was das Portal versendet: E-Mails, SMS, Anrufe und Benachrichtigungen.

email-code-subject = { $org }: Ihr Bestätigungscode
email-code-lead = Ihr Bestätigungscode lautet:
email-code-is = Ihr Bestätigungscode lautet: { $code }
email-code-use = Geben Sie ihn auf der Seite zum Zurücksetzen des Passworts ein. Er läuft in { $minutes } Minuten ab und funktioniert nur einmal.
email-code-ignore = Wenn Sie ihn nicht angefordert haben, ignorieren Sie diese E-Mail: Ohne Ihre Benutzerkennung kann niemand ihn verwenden.
email-notice-subject = { $org }: { $subject }
sms-code = { $org } Bestätigungscode: { $code }. Er läuft in { $minutes } Minuten ab. Geben Sie ihn an niemanden weiter.
voice-code = Hier ist { $org }. Ihr Bestätigungscode lautet { $code }.
voice-again = Noch einmal:

notice-hello = Hallo { $name },
notice-tracking-id = Vorgangsnummer: { $tracking }
notice-if-not-you = Wenn Sie das nicht waren, wenden Sie sich sofort an { $help } und nennen Sie die Vorgangsnummer { $tracking }.
notice-if-not-asked = Wenn Sie das nicht veranlasst haben, wenden Sie sich sofort an { $help } und nennen Sie die Vorgangsnummer { $tracking }.
notice-password-subject = { $event ->
    [reset] Ihr Passwort wurde zurückgesetzt
    [changed] Ihr Passwort wurde geändert
   *[by-admin] Ihr Passwort wurde von der Administration zurückgesetzt
}
notice-password-written = { $event ->
    [reset] Das Passwort Ihres Kontos { $login } wurde am { $at } zurückgesetzt.
    [changed] Das Passwort Ihres Kontos { $login } wurde am { $at } geändert.
   *[by-admin] Das Passwort Ihres Kontos { $login } wurde am { $at } von der Administration zurückgesetzt.
}
notice-admin-subject = { $event ->
    [reset] Ein Administrator hat sein Passwort zurückgesetzt
    [changed] Ein Administrator hat sein Passwort geändert
   *[by-admin] Das Passwort eines Administrators wurde zurückgesetzt
}
notice-admin-reset-by-admin = Das Passwort des Administrators { $login } wurde am { $at } vom Administrator { $by } zurückgesetzt.
notice-admin-own-password = { $event ->
    [reset] Der Administrator { $login } hat am { $at } sein eigenes Passwort zurückgesetzt.
   *[changed] Der Administrator { $login } hat am { $at } sein eigenes Passwort geändert.
}
notice-contacts-subject = Ihre Sicherheitsinformationen wurden geändert
notice-contact-line = { $line } ({ $at }, Konto { $login })
notice-contact-changed = { $kind ->
    [email] Ihre alternative E-Mail-Adresse wurde in { $masked } geändert.
   *[mobile] Ihre Mobilnummer wurde in { $masked } geändert.
}
notice-contact-registered = { $kind ->
    [email] { $masked } wurde als Ihre alternative E-Mail-Adresse hinterlegt.
   *[mobile] { $masked } wurde als Ihre Mobilnummer hinterlegt.
}
notice-contact-removed = { $kind ->
    [email] { $masked } wurde als Ihre alternative E-Mail-Adresse entfernt.
   *[mobile] { $masked } wurde als Ihre Mobilnummer entfernt.
}
notice-contacts-by-admin-subject = Ihre Sicherheitsinformationen wurden geändert
notice-contacts-by-admin = Eine Administratorin oder ein Administrator hat die Kontakte geändert, mit denen Ihr Konto { $login } das Zurücksetzen des Passworts bestätigt: { $summary }.

helpdesk-mail-user = Benutzerkennung: { $login }
helpdesk-mail-user-unknown = Benutzerkennung: unbekannt (diese Anfrage hat weder ein Zurücksetzen noch eine Anmeldung begonnen)
helpdesk-mail-subject-user = { $login } braucht Hilfe mit dem Passwort
helpdesk-mail-subject-someone = Jemand braucht Hilfe mit dem Passwort (Vorgangsnummer { $tracking })
helpdesk-mail-what = Was schiefging: { $what }
helpdesk-mail-asked = die Person hat um Hilfe gebeten
helpdesk-mail-address = Client-Adresse: { $address }
helpdesk-mail-note = Die Person schrieb: { $note }
helpdesk-mail-console = Alles, was passiert ist, und die Seite der Person in der Admin-Konsole: { $link }
