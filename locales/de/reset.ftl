# Die Seiten zum Zurücksetzen und Entsperren.

home-title = Hilfe zum Passwort
home-heading = Passworthilfe für { $org }
home-lead = Passwort vergessen oder gesperrt? Sie kommen selbst wieder hinein, ohne den Helpdesk anzurufen.
home-reset-link = Kein Zugriff auf Ihr Konto?
home-know-password = Sie kennen Ihr Passwort?
home-register-lead = Melden Sie sich an, um ein Mobiltelefon und eine alternative E-Mail-Adresse zu hinterlegen, damit Sie Ihr Passwort selbst zurücksetzen können, falls Sie es vergessen, oder um Ihr Passwort zu ändern.
home-register-link = Sicherheitsinformationen verwalten

reset-start-title = Wieder Zugang zu Ihrem Konto
reset-start-lead = Wer sind Sie? Geben Sie Ihre Benutzerkennung und die Ziffern im Bild ein.
reset-user-id-hint = Ihr Anmeldename, zum Beispiel alice oder alice@contoso.com.
reset-need = Was brauchen Sie?
reset-need-reset = Ich habe mein Passwort vergessen
reset-need-unlock = Ich kenne mein Passwort, bin aber gesperrt

reset-off-title = Das Zurücksetzen durch Sie selbst ist ausgeschaltet
reset-off-text = Ihre Organisation erlaubt hier nicht, dass Benutzer ihr Passwort selbst zurücksetzen. Ihr Helpdesk kann es für Sie zurücksetzen.
reset-unknown-title = Diese Benutzerkennung haben wir nicht gefunden
reset-unknown-text = Prüfen Sie die Benutzerkennung (meist Ihr Anmeldename oder Ihre E-Mail-Adresse) und versuchen Sie es erneut.
reset-not-enabled-title = Sie können Ihr Passwort hier nicht zurücksetzen
reset-not-enabled-text = Ihr Konto ist nicht für das Zurücksetzen durch Sie selbst freigeschaltet. Ihr Helpdesk kann es für Sie zurücksetzen.
reset-not-registered-title = Sie haben nicht genug Wege zur Bestätigung hinterlegt
reset-not-registered-text = Um Ihr Passwort selbst zurückzusetzen, müssen vorher Kontaktmöglichkeiten hinterlegt sein. Ihr Helpdesk kann es für Sie zurücksetzen.
reset-blocked-title = Zu viele Versuche
reset-blocked-lead = Sie haben zu oft versucht, dieses Passwort zurückzusetzen.
reset-blocked-until = Zu Ihrer Sicherheit ist das Zurücksetzen für dieses Konto bis { $when } gesperrt. Ihr Helpdesk kann Ihnen trotzdem sofort helfen.
reset-expired-title = Ihre Sitzung zum Zurücksetzen ist abgelaufen
reset-expired-text = Eine Sitzung zum Zurücksetzen dauert 15 Minuten. Bitte beginnen Sie neu; früher erhaltene Codes funktionieren nicht mehr.

reset-step = Bestätigungsschritt { $gate } von { $gates }
methods-title = Bestätigen Sie, dass Sie es sind
methods-heading = Wählen Sie, wie Sie sich bestätigen möchten
methods-legend = Kontaktweg
method-label = { $method ->
    [email] E-Mail an meine alternative E-Mail-Adresse
    [sms] SMS an mein Mobiltelefon
    [voice] Anruf auf meinem Mobiltelefon
   *[office_voice] Anruf auf meinem Bürotelefon
}
choose-listed-method = Wählen Sie einen der aufgeführten Wege.
reset-choose-method-first = Wählen Sie zuerst einen Weg.
reset-verify-first = Bestätigen Sie zuerst Ihre Identität.

phone-confirm-title = Telefonnummer bestätigen
phone-confirm-lead = Zum Schutz Ihres Kontos geben Sie zuerst die vollständige Nummer ein. Wir senden nichts, bevor sie übereinstimmt.
phone-number = Telefonnummer
phone-number-hint = Internationales Format: + und Landesvorwahl, etwa +49 30 12345678.
reset-number-mismatch = Diese Nummer stimmt nicht mit der hinterlegten überein. Prüfen Sie sie und versuchen Sie es erneut, oder wählen Sie einen anderen Weg.
reset-codes-capped = In letzter Zeit wurden zu viele Codes gesendet. Warten Sie eine Stunde, oder wählen Sie einen anderen Weg.

reset-code-not-delivered = Wir konnten Ihren Code nicht an { $masked } zustellen. Versuchen Sie einen anderen Weg oder später noch einmal.
reset-use-another = Anderen Weg verwenden
reset-nothing-arrived = Nichts erhalten? Prüfen Sie die Nummer oder Adresse oben; wenn sie falsch oder veraltet ist:
reset-code-dead = Zu viele falsche Codes: Dieser Code funktioniert nicht mehr. Fordern Sie einen neuen Code an oder wählen Sie einen anderen Weg.

reset-password-title = Neues Passwort wählen
reset-password-submit = Passwort zurücksetzen

unlock-title = Konto entsperren
unlock-lead = Wir haben bestätigt, dass Sie es sind. Entsperren Sie Ihr Konto, um sich wieder mit Ihrem bisherigen Passwort anzumelden.
unlock-submit = Mein Konto entsperren
unlock-forgot = Passwort auch vergessen?
unlock-forgot-link = Stattdessen zurücksetzen

done-unlocked-title = Ihr Konto ist entsperrt
done-unlocked-text = Melden Sie sich mit Ihrem bisherigen Passwort an.
done-still-locked-title = Ihr Konto ist weiterhin gesperrt
done-still-locked-text = Ihr Verzeichnis hat es nicht entsperrt. Bitte wenden Sie sich an Ihren Helpdesk und nennen Sie die Vorgangsnummer unten.
done-not-locked-title = Ihr Konto ist nicht gesperrt
done-not-locked-text = Melden Sie sich mit Ihrem bisherigen Passwort an. Wenn das nicht klappt:
done-not-locked-link = setzen Sie stattdessen Ihr Passwort zurück
done-reset-title = Ihr Passwort wurde zurückgesetzt
done-reset-still-locked = Ihr neues Passwort ist gesetzt, aber Ihr Konto ist noch gesperrt, sodass Sie sich noch nicht anmelden können. Es kann sich nach einiger Zeit von selbst entsperren; falls nicht, wenden Sie sich an Ihren Helpdesk und nennen Sie die Vorgangsnummer unten.
done-reset-unlocked = Sie können sich jetzt mit Ihrem neuen Passwort anmelden. Ihr Konto ist auch entsperrt.
done-reset-text = Sie können sich jetzt mit Ihrem neuen Passwort anmelden.
done-reset-notice = Wir haben eine Benachrichtigung an Ihre hinterlegte E-Mail-Adresse gesendet. Wenn Sie das nicht waren, wenden Sie sich sofort an Ihren Helpdesk.
