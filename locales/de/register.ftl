# Das Registrierungsportal: Anmeldung, Sicherheitsinformationen, Kontakte und ihre Codes, Passwortänderung.

sign-in = Anmelden
sign-in-heading = Anmelden, um Ihre Sicherheitsinformationen zu verwalten
sign-in-lead = Hinterlegen Sie jetzt ein Mobiltelefon und eine alternative E-Mail-Adresse, damit Sie Ihr Passwort selbst zurücksetzen können, falls Sie es einmal vergessen.
sign-in-user-id-hint = Ihr Anmeldename oder Ihre geschäftliche E-Mail-Adresse.
sign-in-forgot = Passwort vergessen?
sign-in-failed = Benutzerkennung und Passwort passen nicht zusammen. Prüfen Sie beides und versuchen Sie es erneut.
sign-in-throttled = Zu viele fehlgeschlagene Anmeldungen. Warten Sie zu Ihrer Sicherheit eine Stunde und versuchen Sie es dann erneut, oder nutzen Sie „Kein Zugriff auf Ihr Konto?“, wenn Sie Ihr Passwort vergessen haben.
sign-in-unavailable-text = Das Verzeichnis Ihrer Organisation war nicht erreichbar, um Ihr Passwort zu prüfen. Bitte versuchen Sie es in einigen Minuten erneut oder wenden Sie sich mit der Vorgangsnummer unten an den Helpdesk.
sign-in-again = Erneut anmelden
sign-in-again-first = Melden Sie sich zuerst erneut an.
sign-out = Abmelden
signed-out-title = Sie sind abgemeldet
signed-out-text = Schließen Sie dieses Fenster, wenn Sie an einem gemeinsam genutzten Computer sind.

security-info-title = Ihre Sicherheitsinformationen
security-info-hello = Hallo { $name }. Auf diesen Wegen können wir prüfen, dass Sie es sind, wenn Sie Ihr Passwort zurücksetzen.
security-info-asked = Ihre Organisation bittet Sie, diese Angaben aktuell zu halten, bevor Sie weitermachen.
security-info-asked-done = Ihre Organisation bittet Sie, diese Angaben aktuell zu halten, bevor Sie weitermachen. Alles erledigt: Fahren Sie fort, wenn Sie fertig sind.
security-info-needed = Hinterlegen Sie mindestens { $needed ->
    [one] { $needed } Weg
   *[other] { $needed } Wege
}, um sich zu bestätigen. Bis dahin können Sie Ihr Passwort nicht selbst zurücksetzen.
security-info-needed-some = Hinterlegen Sie mindestens { $needed ->
    [one] { $needed } Weg
   *[other] { $needed } Wege
}, um sich zu bestätigen (Sie haben { $usable }). Bis dahin können Sie Ihr Passwort nicht selbst zurücksetzen.
security-info-admin-only = Nur Ihre Administration kann dies ändern.
security-info-all-correct = Alles ist richtig
security-info-skip = Vorerst überspringen
security-info-skip-hint = (wir fragen bei Ihrer nächsten Anmeldung erneut)
security-info-change-password = Passwort ändern

contact-alt-email = Alternative E-Mail-Adresse
contact-mobile = Mobiltelefon
contact-office = Bürotelefon
contact-not-set = Nicht hinterlegt
contact-by-admin = Von Ihrer Administration eingetragen
contact-verified-on = Bestätigt am { $date }
contact-not-verified = Nicht bestätigt: Bestätigen Sie ihn, um ihn zu nutzen
contact-used-for = { $ways ->
    [email] Wird für Codes per E-Mail genutzt.
    [sms] Wird für Codes per SMS genutzt.
    [sms-voice] Wird für Codes per SMS und per Anruf genutzt.
   *[voice] Wird für Codes per Anruf genutzt.
}
remove-choose = Wählen Sie in der Liste einen Kontakt zum Entfernen.
contact-removed = Entfernt.
remove-below-minimum = Dieser Kontakt kann nicht entfernt werden: Ihre Organisation verlangt mindestens { $count ->
    [one] { $count } Weg
   *[other] { $count } Wege
}, um Sie beim Zurücksetzen des Passworts zu bestätigen. Fügen Sie zuerst einen weiteren hinzu und entfernen Sie dann diesen.
remove-nothing = Dort gibt es nichts zu entfernen.
contacts-reconfirmed = Danke: Ihre Sicherheitsinformationen sind bestätigt.

reconfirm-title = Stimmen diese Angaben noch?
reconfirm-lead = Es ist eine Weile her. Prüfen Sie, ob Sie hier noch erreichbar sind, damit Sie Ihr Passwort bei Bedarf selbst zurücksetzen können.
reconfirm-yes = Sieht gut aus

register-now = Derzeit:
register-email-title = Alternative E-Mail-Adresse
register-email-add = Alternative E-Mail-Adresse hinzufügen
register-email-change = Alternative E-Mail-Adresse ändern
register-email-label = Alternative E-Mail-Adresse
register-email-hint = Nicht Ihre geschäftliche Adresse, sondern eine, die Sie auch lesen können, wenn Sie sich nicht anmelden können. Wir senden ihr einen Code.
register-mobile-title = Mobiltelefon
register-mobile-add = Mobiltelefon hinzufügen
register-mobile-change = Mobiltelefon ändern
register-mobile-label = Mobilnummer
register-way-legend = Wie sollen wir den Code senden?
register-way-text = Per SMS
register-way-call = Per Anruf
choose-listed-way = Wählen Sie einen der aufgeführten Wege.
register-unchanged = Das ist bereits hinterlegt und bestätigt. Geben Sie etwas anderes ein, um es zu ändern.
register-blocked-until = Es wurden zu viele Codes an Sie gesendet. Zu Ihrer Sicherheit ist das Hinterlegen bis { $when } pausiert.
register-code-not-delivered = Wir konnten Ihren Code nicht an { $masked } zustellen. Prüfen Sie die Angabe und versuchen Sie es erneut, oder später.
register-code-saved-then = Gespeichert wird erst, wenn Sie den Code eingeben.
register-saved = Gespeichert: { $masked } ist bestätigt.

prove-title = Bestätigen Sie, dass Sie es sind
prove-lead = { $action ->
    [remove] { $kind ->
        [email] Um Ihre alternative E-Mail-Adresse zu entfernen, geben Sie einen Code ein, den wir an eine bereits hinterlegte Kontaktmöglichkeit senden.
       *[mobile] Um Ihre Mobilnummer zu entfernen, geben Sie einen Code ein, den wir an eine bereits hinterlegte Kontaktmöglichkeit senden.
    }
   *[change] { $kind ->
        [email] Um Ihre alternative E-Mail-Adresse zu ändern, geben Sie einen Code ein, den wir an eine bereits hinterlegte Kontaktmöglichkeit senden.
       *[mobile] Um Ihre Mobilnummer zu ändern, geben Sie einen Code ein, den wir an eine bereits hinterlegte Kontaktmöglichkeit senden.
    }
} So kann niemand, der Ihr Passwort kennt, die Wiederherstellung Ihres Kontos übernehmen.
prove-legend = Wohin sollen wir den Code senden?
prove-via-email = Code per E-Mail an
prove-via-text = Code per SMS an
prove-choose = Wählen Sie, wohin der Code gesendet werden soll.
prove-blocked-until = Es wurden zu viele Codes an Sie gesendet. Zu Ihrer Sicherheit sind Änderungen bis { $when } pausiert.
prove-code-not-delivered = Wir konnten Ihren Code nicht an { $masked } zustellen. Versuchen Sie es erneut oder wählen Sie einen anderen Weg.
prove-submit = Bestätigen
prove-send-another = Weiteren Code senden
prove-confirmed = Danke, das ist bestätigt. In den nächsten { $minutes } Minuten können Sie Ihre Sicherheitsinformationen ändern.

change-title = Passwort ändern
change-submit = Passwort ändern
back-to-security-info = Zurück zu Ihren Sicherheitsinformationen
change-done-title = Ihr Passwort wurde geändert
change-done-text = Verwenden Sie ab sofort überall, wo Sie sich anmelden, Ihr neues Passwort. Wir haben Ihnen eine Benachrichtigung per E-Mail gesendet.
expired-done-text = Melden Sie sich mit Ihrem neuen Passwort an, hier und überall sonst. Wir haben Ihnen eine Benachrichtigung per E-Mail gesendet.
change-unavailable-text = Ihr Passwort wurde nicht geändert. Bitte versuchen Sie es in einigen Minuten erneut oder wenden Sie sich mit der Vorgangsnummer unten an den Helpdesk.
change-wrong-current = Ihr aktuelles Passwort ist nicht richtig.
change-throttled = Zu viele falsche Passwörter. Warten Sie zu Ihrer Sicherheit eine Stunde und versuchen Sie es dann erneut.
expired-title = Ihr Passwort muss geändert werden
expired-lead = Ihr Passwort ist richtig, aber es ist abgelaufen oder Ihre Organisation verlangt eine Änderung vor der Anmeldung. Wählen Sie ein neues, um fortzufahren.
