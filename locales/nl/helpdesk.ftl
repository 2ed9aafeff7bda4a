# "Neem contact op met uw beheerder" en het ontwikkel-postvak van de demo.

helpdesk-lead = We mailen de beheerders van uw organisatie uw gebruikersnaam, wat er misging en het volgnummer, zodat ze u kunnen helpen.
helpdesk-tracking-label = Volgnummer
helpdesk-note-label = Wilt u iets toevoegen? (optioneel; typ nooit uw wachtwoord)
helpdesk-submit = Naar mijn beheerder sturen
helpdesk-use-link = Gebruik de helpdesklink hieronder.
helpdesk-sent-title = Uw beheerder is op de hoogte gebracht
helpdesk-sent-text = Uw beheerder heeft uw gebruikersnaam, wat er misging en volgnummer { $tracking } ontvangen. Hij neemt contact met u op.
helpdesk-throttled-title = Al verstuurd
helpdesk-throttled-text = Uw beheerder is het afgelopen uur al een paar keer benaderd. Wacht tot hij contact met u opneemt.
helpdesk-failed-title = We konden uw beheerder niet bereiken
helpdesk-no-admins-text = Er is voor uw organisatie geen beheerdersadres ingesteld. Neem rechtstreeks contact op met uw IT-afdeling en noem het volgnummer hieronder.
helpdesk-undeliverable-text = We konden uw verzoek nu niet versturen. Probeer het over een paar minuten opnieuw, of neem rechtstreeks contact op met uw IT-afdeling en noem het volgnummer hieronder.
helpdesk-unknown-tracking = We hebben geen poging met dat volgnummer gevonden. Controleer het en probeer het opnieuw.

outbox-title = Ontwikkel-postvak
outbox-lead = Berichten die het portaal zou hebben gemaild, ge-sms't of in een telefoontje voorgelezen. Alleen zichtbaar in demomodus; stel SMTP en een telefoongateway in om echt te versturen.
outbox-empty = Nog niets verstuurd.
outbox-meta = { $channel ->
    [email] E-mail
    [sms] Sms
   *[voice] Telefoontje
} naar { $recipient }
outbox-demo-only = Het ontwikkel-postvak bestaat alleen in demomodus.
