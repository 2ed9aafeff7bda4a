# Het registratieportaal: aanmelden, beveiligingsgegevens, contactgegevens en codes, wachtwoord wijzigen.

sign-in = Aanmelden
sign-in-heading = Meld u aan om uw beveiligingsgegevens te beheren
sign-in-lead = Registreer nu een mobiele telefoon en een alternatief e-mailadres, zodat u uw wachtwoord zelf kunt herstellen als u het ooit vergeet.
sign-in-user-id-hint = Uw aanmeldnaam of uw werkmailadres.
sign-in-forgot = Wachtwoord vergeten?
sign-in-failed = Die gebruikersnaam en dat wachtwoord horen niet bij elkaar. Controleer ze en probeer het opnieuw.
sign-in-throttled = Te veel mislukte aanmeldingen. Wacht voor uw veiligheid een uur en probeer het dan opnieuw, of gebruik "Kunt u niet bij uw account?" als u uw wachtwoord bent vergeten.
sign-in-unavailable-text = We konden de directory van uw organisatie niet bereiken om uw wachtwoord te controleren. Probeer het over een paar minuten opnieuw, of neem contact op met de helpdesk en noem het volgnummer hieronder.
sign-in-again = Opnieuw aanmelden
sign-in-again-first = Meld u eerst opnieuw aan.
sign-out = Afmelden
signed-out-title = U bent afgemeld
signed-out-text = Sluit dit venster als u een gedeelde computer gebruikt.

security-info-title = Uw beveiligingsgegevens
security-info-hello = Hallo { $name }. Op deze manieren kunnen we controleren dat u het bent als u uw wachtwoord herstelt.
security-info-asked = Uw organisatie vraagt u dit bij te werken voordat u verdergaat.
security-info-asked-done = Uw organisatie vraagt u dit bij te werken voordat u verdergaat. Alles is in orde: ga door als u klaar bent.
security-info-needed = Registreer minstens { $needed ->
    [one] { $needed } manier
   *[other] { $needed } manieren
} om te bevestigen dat u het bent. Tot die tijd kunt u uw wachtwoord niet zelf herstellen.
security-info-needed-some = Registreer minstens { $needed ->
    [one] { $needed } manier
   *[other] { $needed } manieren
} om te bevestigen dat u het bent (u hebt er { $usable }). Tot die tijd kunt u uw wachtwoord niet zelf herstellen.
security-info-admin-only = Alleen uw beheerder kan dit wijzigen.
security-info-all-correct = Alles klopt
security-info-skip = Nu overslaan
security-info-skip-hint = (we vragen het opnieuw bij uw volgende aanmelding)
security-info-change-password = Uw wachtwoord wijzigen

contact-alt-email = Alternatief e-mailadres
contact-mobile = Mobiele telefoon
contact-office = Telefoon op kantoor
contact-not-set = Niet ingesteld
contact-by-admin = Ingesteld door uw beheerder
contact-verified-on = Bevestigd op { $date }
contact-not-verified = Niet bevestigd: bevestig het om het te kunnen gebruiken
contact-used-for = { $ways ->
    [email] Gebruikt voor codes per e-mail.
    [sms] Gebruikt voor codes per sms.
    [sms-voice] Gebruikt voor codes per sms en per telefoontje.
   *[voice] Gebruikt voor codes per telefoontje.
}
remove-choose = Kies in de lijst welk contactgegeven u wilt verwijderen.
contact-removed = Verwijderd.
remove-below-minimum = U kunt dit niet verwijderen: uw organisatie vraagt minstens { $count ->
    [one] { $count } manier
   *[other] { $count } manieren
} om te bevestigen dat u het bent als u uw wachtwoord herstelt. Voeg eerst een andere toe en verwijder dan deze.
remove-nothing = Daar valt niets te verwijderen.
contacts-reconfirmed = Bedankt: uw beveiligingsgegevens zijn bevestigd.

reconfirm-title = Kloppen deze gegevens nog?
reconfirm-lead = Het is een tijd geleden. Controleer of u hier nog bereikbaar bent, zodat u uw wachtwoord zelf kunt herstellen als dat nodig is.
reconfirm-yes = Klopt

register-now = Nu:
register-email-title = Alternatief e-mailadres
register-email-add = Alternatief e-mailadres toevoegen
register-email-change = Alternatief e-mailadres wijzigen
register-email-label = Alternatief e-mailadres
register-email-hint = Niet uw werkadres: een adres dat u ook kunt lezen als u niet kunt aanmelden. We mailen er een code naartoe.
register-mobile-title = Mobiele telefoon
register-mobile-add = Mobiele telefoon toevoegen
register-mobile-change = Mobiele telefoon wijzigen
register-mobile-label = Mobiel nummer
register-way-legend = Hoe zullen we de code versturen?
register-way-text = Per sms
register-way-call = Bel me
choose-listed-way = Kies een van de genoemde manieren.
register-unchanged = Dat is al geregistreerd en bevestigd. Vul iets anders in om het te wijzigen.
register-blocked-until = Er zijn te veel codes naar u verstuurd. Voor uw veiligheid is registreren gepauzeerd tot { $when }.
register-code-not-delivered = We konden uw code niet afleveren bij { $masked }. Controleer het en probeer het opnieuw, of probeer het later.
register-code-saved-then = Het wordt opgeslagen zodra u de code invult.
register-saved = Opgeslagen: { $masked } is bevestigd.

prove-title = Bevestig dat u het bent
prove-lead = { $action ->
    [remove] { $kind ->
        [email] Om uw alternatieve e-mailadres te verwijderen, vult u een code in die we sturen naar contactgegevens die u al hebt.
       *[mobile] Om uw mobiele nummer te verwijderen, vult u een code in die we sturen naar contactgegevens die u al hebt.
    }
   *[change] { $kind ->
        [email] Om uw alternatieve e-mailadres te wijzigen, vult u een code in die we sturen naar contactgegevens die u al hebt.
       *[mobile] Om uw mobiele nummer te wijzigen, vult u een code in die we sturen naar contactgegevens die u al hebt.
    }
} Zo kan iemand die uw wachtwoord kent het herstel van uw account niet overnemen.
prove-legend = Waar zullen we de code naartoe sturen?
prove-via-email = Code mailen naar
prove-via-text = Code sms'en naar
prove-choose = Kies waar de code naartoe moet.
prove-blocked-until = Er zijn te veel codes naar u verstuurd. Voor uw veiligheid zijn wijzigingen gepauzeerd tot { $when }.
prove-code-not-delivered = We konden uw code niet afleveren bij { $masked }. Probeer het opnieuw, of kies een andere manier.
prove-submit = Bevestigen
prove-send-another = Nog een code versturen
prove-confirmed = Bedankt, dat is bevestigd. De komende { $minutes } minuten kunt u uw beveiligingsgegevens wijzigen.

change-title = Uw wachtwoord wijzigen
change-submit = Wachtwoord wijzigen
back-to-security-info = Terug naar uw beveiligingsgegevens
change-done-title = Uw wachtwoord is gewijzigd
change-done-text = Gebruik vanaf nu overal waar u aanmeldt uw nieuwe wachtwoord. We hebben u een melding gemaild.
expired-done-text = Meld u aan met uw nieuwe wachtwoord, hier en overal elders. We hebben u een melding gemaild.
change-unavailable-text = Uw wachtwoord is niet gewijzigd. Probeer het over een paar minuten opnieuw, of neem contact op met de helpdesk en noem het volgnummer hieronder.
change-wrong-current = Uw huidige wachtwoord klopt niet.
change-throttled = Te veel verkeerde wachtwoorden. Wacht voor uw veiligheid een uur en probeer het dan opnieuw.
expired-title = Uw wachtwoord moet worden gewijzigd
expired-lead = Uw wachtwoord klopt, maar het is verlopen of uw organisatie vraagt u het te wijzigen voordat u aanmeldt. Kies een nieuw om door te gaan.
