# Was jede Seite teilt: Rahmen, Sprachauswahl, Datumsangaben, allgemeine Fehler.

language-name = Deutsch
language-switcher = Sprache
skip-to-content = Zum Inhalt springen
footer-need-help = Brauchen Sie Hilfe?
tracking-id-label = Vorgangsnummer:
your-tracking-id = Ihre Vorgangsnummer lautet
demo-mode = Demomodus
demo-outbox-link = Entwickler-Postausgang (Nachrichten, die gesendet worden wären)

helpdesk-link-url = Wenden Sie sich an Ihren Helpdesk
helpdesk-link-email = E-Mail an Ihren Helpdesk ({ $address })
helpdesk-link-admins = Wenden Sie sich an Ihre Administration
helpdesk-mail-subject = Hilfe beim Zurücksetzen des Passworts (Vorgangsnummer { $tracking })
helpdesk-words-url = Ihren Helpdesk ({ $url })
helpdesk-words-email = Ihren Helpdesk unter { $address }
helpdesk-words-admins = Ihre Administration

start-again = Neu beginnen
try-again = Erneut versuchen
action-next = Weiter
action-cancel = Abbrechen
send-code = Code senden
action-verify = Bestätigen

failure-title = Etwas ist schiefgelaufen
failure-try-again = Bitte versuchen Sie es gleich noch einmal.
failure-step = Dieser Schritt konnte nicht abgeschlossen werden. Bitte versuchen Sie es gleich noch einmal; wenn es wieder passiert, nennen Sie Ihrem Helpdesk die Vorgangsnummer unten.
tenant-unknown-title = Organisation nicht gefunden
tenant-unknown-text = Unter dieser Adresse gibt es kein Portal zum Zurücksetzen von Passwörtern. Prüfen Sie den Link, den Sie erhalten haben.
language-unknown-title = Sprache nicht verfügbar
language-unknown-text = Dieses Portal bietet diese Sprache nicht an. Gehen Sie zurück und wählen Sie eine aus der Liste.
form-expired-title = Diese Seite ist abgelaufen
form-expired-text = Zu Ihrer Sicherheit funktionieren Formulare nach einiger Zeit oder wenn sie anderswo geöffnet wurden nicht mehr. Bitte beginnen Sie neu.

date-month = { $month ->
    [1] Januar
    [2] Februar
    [3] März
    [4] April
    [5] Mai
    [6] Juni
    [7] Juli
    [8] August
    [9] September
    [10] Oktober
    [11] November
   *[12] Dezember
}
date-day = { $day }. { $month } { $year }
date-day-time = { $date }, { $time } UTC

not-found = Nicht gefunden
action-change = Ändern
action-add = Hinzufügen
action-remove = Entfernen
action-continue = Weiter
action-refresh = Aktualisieren
start-over = Von vorn beginnen
user-id = Benutzerkennung
password-label = Passwort
user-id-empty = Geben Sie Ihre Benutzerkennung ein.
user-id-too-long = Diese Benutzerkennung ist zu lang (höchstens 256 Zeichen).
user-id-bad-character = Eine Benutzerkennung darf keine Leerzeichen, Steuerzeichen oder umgekehrten Schrägstriche enthalten.
email-format = Geben Sie eine E-Mail-Adresse wie name@example.com ein.
phone-format = Geben Sie die Nummer im internationalen Format ein: ein Pluszeichen, die Landesvorwahl, dann die Nummer, etwa +49 30 12345678.
phone-invalid = Das ist keine gültige Telefonnummer. Geben Sie die Nummer im internationalen Format ein: ein Pluszeichen, die Landesvorwahl, dann die Nummer, etwa +49 30 12345678.
directory-unavailable-title = Das Verzeichnis ist gerade nicht erreichbar
directory-unavailable-text = Das Verzeichnis Ihrer Organisation war nicht erreichbar. Bitte versuchen Sie es in einigen Minuten erneut oder wenden Sie sich mit der Vorgangsnummer unten an den Helpdesk.

captcha-label = Ziffern aus dem Bild oder der Aufnahme
captcha-alt = Bild mit sieben Ziffern zum Abtippen; wenn Sie es nicht lesen können, hören Sie sie sich an oder holen Sie ein neues Bild
captcha-new = Neues Bild
captcha-legend = Bestätigen Sie, dass Sie ein Mensch sind
captcha-listen = Ziffern stattdessen anhören
captcha-listen-hint = Die Aufnahme liest dieselben sieben Ziffern wie das Bild vor, mit etwas Hintergrundrauschen. Geben Sie sie im Feld unten ein.
captcha-audio-file = Aufnahme herunterladen
captcha-audio-gone-title = Diese Aufnahme ist nicht mehr verfügbar
captcha-audio-gone-text = Eine Aufnahme funktioniert nur auf der Seite, für die sie erstellt wurde, bis ihr Bild beantwortet wird oder abläuft. Gehen Sie zurück und holen Sie ein neues Bild.
captcha-wrong = Die eingegebenen Ziffern stimmen nicht. Versuchen Sie es mit diesem neuen Bild oder dieser neuen Aufnahme.
captcha-expired = Dieses Bild ist abgelaufen oder wurde schon verwendet. Geben Sie die Ziffern des neuen Bildes ein.

code-title = Code eingeben
code-not-delivered-title = Wir konnten Sie nicht erreichen
code-label = 8-stelliger Code
code-hint = Die Ziffern aus der Nachricht; Leerzeichen spielen keine Rolle.
code-sent = { $method ->
    [email] Wir haben einen Code per E-Mail an { $masked } gesendet.
    [sms] Wir haben einen Code per SMS an { $masked } gesendet.
   *[other] Wir rufen Sie unter { $masked } mit einem Code an.
}
code-expires = Er läuft in { $minutes ->
    [one] { $minutes } Minute
   *[other] { $minutes } Minuten
} ab.
code-send-new = Neuen Code senden
code-tries-left = Dieser Code ist nicht richtig. Sie haben noch { $count ->
    [one] { $count } Versuch
   *[other] { $count } Versuche
}.
code-malformed = Geben Sie den 8-stelligen Code aus der Nachricht ein.
code-expired = Dieser Code ist abgelaufen oder wurde durch einen neueren ersetzt. Fordern Sie einen neuen Code an.
code-dead = Zu viele falsche Codes: Dieser Code funktioniert nicht mehr. Fordern Sie einen neuen Code an.
code-cooldown = Bitte warten Sie noch { $seconds ->
    [one] { $seconds } Sekunde
   *[other] { $seconds } Sekunden
}, bevor Sie einen neuen Code anfordern.
codes-capped = In letzter Zeit wurden zu viele Codes gesendet. Warten Sie eine Stunde und versuchen Sie es dann erneut.

password-new = Neues Passwort
password-new-hint = Mindestens { $min } Zeichen. Lange Passphrasen sind am leichtesten zu merken und am schwersten zu erraten.
password-confirm = Neues Passwort bestätigen
password-current = Aktuelles Passwort
password-mismatch = Die beiden Passwörter stimmen nicht überein. Geben Sie zweimal dasselbe Passwort ein.
password-rules-refused = Dieses Passwort erfüllt die Regeln Ihrer Organisation nicht:
password-directory-refused = Ihr Verzeichnis hat dieses Passwort abgelehnt:
strength-label = Stärke:
strength-words = Sehr schwach|Schwach|Mittel|Stark|Sehr stark
