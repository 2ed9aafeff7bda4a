# De pagina's voor herstellen en ontgrendelen.

home-title = Hulp bij uw wachtwoord
home-heading = Wachtwoordhulp van { $org }
home-lead = Wachtwoord vergeten, of geblokkeerd? U kunt zelf weer binnenkomen, zonder de helpdesk te bellen.
home-reset-link = Kunt u niet bij uw account?
home-know-password = Weet u uw wachtwoord?
home-register-lead = Meld u aan om een mobiele telefoon en een alternatief e-mailadres te registreren, zodat u uw wachtwoord zelf kunt herstellen als u het vergeet, of om uw wachtwoord te wijzigen.
home-register-link = Uw beveiligingsgegevens beheren

reset-start-title = Weer toegang tot uw account
reset-start-lead = Wie bent u? Vul uw gebruikersnaam en de cijfers in de afbeelding in.
reset-user-id-hint = Uw aanmeldnaam, bijvoorbeeld alice of alice@contoso.com.
reset-need = Wat hebt u nodig?
reset-need-reset = Ik ben mijn wachtwoord vergeten
reset-need-unlock = Ik weet mijn wachtwoord, maar mijn account is geblokkeerd

reset-off-title = Zelf uw wachtwoord herstellen staat uit
reset-off-text = Uw organisatie staat hier niet toe dat gebruikers zelf hun wachtwoord herstellen. Uw helpdesk kan het voor u herstellen.
reset-unknown-title = We hebben die gebruikersnaam niet gevonden
reset-unknown-text = Controleer de gebruikersnaam (meestal uw aanmeldnaam of e-mailadres) en probeer het opnieuw.
reset-not-enabled-title = U kunt uw wachtwoord hier niet herstellen
reset-not-enabled-text = Uw account is niet ingesteld om zelf het wachtwoord te herstellen. Uw helpdesk kan het voor u herstellen.
reset-not-registered-title = U hebt niet genoeg manieren geregistreerd om te bevestigen wie u bent
reset-not-registered-text = Om uw wachtwoord zelf te herstellen, moeten er vooraf contactgegevens zijn geregistreerd. Uw helpdesk kan het voor u herstellen.
reset-blocked-title = Te veel pogingen
reset-blocked-lead = U hebt te vaak geprobeerd dit wachtwoord te herstellen.
reset-blocked-until = Voor uw veiligheid is zelf herstellen voor dit account geblokkeerd tot { $when }. Uw helpdesk kan u nu wel helpen.
reset-expired-title = Uw herstelsessie is verlopen
reset-expired-text = Een herstelsessie duurt 15 minuten. Begin opnieuw; codes die u eerder kreeg, werken niet meer.

reset-step = Controlestap { $gate } van { $gates }
methods-title = Bevestig dat u het bent
methods-heading = Kies hoe u bevestigt dat u het bent
methods-legend = Contactmanier
method-label = { $method ->
    [email] Mail mijn alternatieve e-mailadres
    [sms] Sms mijn mobiele telefoon
    [voice] Bel mijn mobiele telefoon
   *[office_voice] Bel mijn telefoon op kantoor
}
choose-listed-method = Kies een van de genoemde manieren.
reset-choose-method-first = Kies eerst een manier.
reset-verify-first = Bevestig eerst wie u bent.

phone-confirm-title = Bevestig uw telefoonnummer
phone-confirm-lead = Typ ter bescherming van uw account eerst het volledige nummer. We versturen niets voordat het overeenkomt.
phone-number = Telefoonnummer
phone-number-hint = Internationaal: + en dan de landcode, bijvoorbeeld +31 6 12345678.
reset-number-mismatch = Dat nummer komt niet overeen met het nummer dat we van u hebben. Controleer het en probeer het opnieuw, of kies een andere manier.
reset-codes-capped = Er zijn de laatste tijd te veel codes verstuurd. Wacht een uur, of kies een andere manier.

reset-code-not-delivered = We konden uw code niet afleveren bij { $masked }. Probeer een andere manier, of probeer het later opnieuw.
reset-use-another = Een andere manier gebruiken
reset-nothing-arrived = Niets ontvangen? Controleer het nummer of adres hierboven; als het onjuist of verouderd is:
reset-code-dead = Te veel verkeerde codes: deze code werkt niet meer. Vraag een nieuwe code aan of kies een andere manier.

reset-password-title = Kies een nieuw wachtwoord
reset-password-submit = Wachtwoord herstellen

unlock-title = Uw account ontgrendelen
unlock-lead = We hebben bevestigd dat u het bent. Ontgrendel uw account om weer aan te melden met het wachtwoord dat u al hebt.
unlock-submit = Mijn account ontgrendelen
unlock-forgot = Wachtwoord ook vergeten?
unlock-forgot-link = Herstel het dan

done-unlocked-title = Uw account is ontgrendeld
done-unlocked-text = Meld u aan met het wachtwoord dat u al hebt.
done-still-locked-title = Uw account is nog steeds geblokkeerd
done-still-locked-text = Uw directory heeft het niet ontgrendeld. Neem contact op met uw helpdesk en noem het volgnummer hieronder.
done-not-locked-title = Uw account is niet geblokkeerd
done-not-locked-text = Meld u aan met het wachtwoord dat u al hebt. Werkt dat niet:
done-not-locked-link = herstel dan uw wachtwoord
done-reset-title = Uw wachtwoord is hersteld
done-reset-still-locked = Uw nieuwe wachtwoord is ingesteld, maar uw account is nog geblokkeerd, dus u kunt nog niet aanmelden. Het kan na een tijdje vanzelf ontgrendelen; gebeurt dat niet, neem dan contact op met uw helpdesk en noem het volgnummer hieronder.
done-reset-unlocked = U kunt nu aanmelden met uw nieuwe wachtwoord. Uw account is ook ontgrendeld.
done-reset-text = U kunt nu aanmelden met uw nieuwe wachtwoord.
done-reset-notice = We hebben een melding gestuurd naar uw geregistreerde e-mailadres. Was u dit niet, neem dan meteen contact op met uw helpdesk.
