# Wat elke pagina deelt: het kader, de taalkeuze, datums, algemene fouten.

language-name = Nederlands
language-switcher = Taal
skip-to-content = Naar de hoofdinhoud
footer-need-help = Hulp nodig?
tracking-id-label = Volgnummer:
your-tracking-id = Uw volgnummer is
demo-mode = Demomodus
demo-outbox-link = Ontwikkel-postvak (berichten die verstuurd zouden zijn)

helpdesk-link-url = Neem contact op met uw helpdesk
helpdesk-link-email = Mail uw helpdesk ({ $address })
helpdesk-link-admins = Neem contact op met uw beheerder
helpdesk-mail-subject = Hulp bij wachtwoordherstel (volgnummer { $tracking })
helpdesk-words-url = uw helpdesk ({ $url })
helpdesk-words-email = uw helpdesk via { $address }
helpdesk-words-admins = uw beheerder

start-again = Opnieuw beginnen
try-again = Opnieuw proberen
action-next = Volgende
action-cancel = Annuleren
send-code = Code versturen
action-verify = Controleren

failure-title = Er is iets misgegaan
failure-try-again = Probeer het zo nog eens.
failure-step = We konden deze stap niet afronden. Probeer het zo nog eens; blijft het gebeuren, geef uw helpdesk dan het volgnummer hieronder.
tenant-unknown-title = Organisatie niet gevonden
tenant-unknown-text = Op dit adres staat geen portaal voor wachtwoordherstel. Controleer de link die u hebt gekregen.
language-unknown-title = Taal niet beschikbaar
language-unknown-text = Dit portaal biedt die taal niet aan. Ga terug en kies er een uit de lijst.
form-expired-title = Deze pagina is verlopen
form-expired-text = Voor uw veiligheid werken formulieren na een tijdje niet meer, of als ze ergens anders zijn geopend. Begin opnieuw.

date-month = { $month ->
    [1] januari
    [2] februari
    [3] maart
    [4] april
    [5] mei
    [6] juni
    [7] juli
    [8] augustus
    [9] september
    [10] oktober
    [11] november
   *[12] december
}
date-day = { $day } { $month } { $year }
date-day-time = { $date } om { $time } UTC

not-found = Niet gevonden
action-change = Wijzigen
action-add = Toevoegen
action-remove = Verwijderen
action-continue = Doorgaan
action-refresh = Vernieuwen
start-over = Opnieuw beginnen vanaf het begin
user-id = Gebruikersnaam
password-label = Wachtwoord
user-id-empty = Vul uw gebruikersnaam in.
user-id-too-long = Die gebruikersnaam is te lang (maximaal 256 tekens).
user-id-bad-character = Een gebruikersnaam mag geen spaties, stuurtekens of backslashes bevatten.
email-format = Vul een e-mailadres in zoals naam@example.com.
phone-format = Vul het nummer internationaal in: een plusteken, de landcode en dan het nummer, bijvoorbeeld +31 6 12345678.
phone-invalid = Dat is geen geldig telefoonnummer. Vul het nummer internationaal in: een plusteken, de landcode en dan het nummer, bijvoorbeeld +31 6 12345678.
directory-unavailable-title = De directory is nu niet bereikbaar
directory-unavailable-text = We konden de directory van uw organisatie niet bereiken. Probeer het over een paar minuten opnieuw, of neem contact op met de helpdesk en noem het volgnummer hieronder.

captcha-label = Cijfers uit de afbeelding of opname
captcha-alt = Afbeelding met zeven cijfers om over te typen; kunt u ze niet lezen, luister er dan naar of vraag een nieuwe afbeelding
captcha-new = Nieuwe afbeelding
captcha-legend = Laat zien dat u een mens bent
captcha-listen = Luister in plaats daarvan naar de cijfers
captcha-listen-hint = De opname leest dezelfde zeven cijfers voor als de afbeelding, met wat achtergrondruis. Typ ze in het vak hieronder.
captcha-audio-file = De opname downloaden
captcha-audio-gone-title = Deze opname is niet meer beschikbaar
captcha-audio-gone-text = Een opname werkt alleen op de pagina waarvoor hij is gemaakt, tot de afbeelding is beantwoord of verloopt. Ga terug en vraag een nieuwe afbeelding.
captcha-wrong = De getypte cijfers kloppen niet. Probeer deze nieuwe afbeelding of opname.
captcha-expired = Die afbeelding is verlopen of al gebruikt. Typ de cijfers van deze nieuwe over.

code-title = Vul uw code in
code-not-delivered-title = We konden u niet bereiken
code-label = Code van 8 cijfers
code-hint = De cijfers uit het bericht; spaties maken niet uit.
code-sent = { $method ->
    [email] We hebben een code gemaild naar { $masked }.
    [sms] We hebben een code ge-sms't naar { $masked }.
   *[other] We bellen u met een code op { $masked }.
}
code-expires = Hij verloopt over { $minutes ->
    [one] { $minutes } minuut
   *[other] { $minutes } minuten
}.
code-send-new = Nieuwe code versturen
code-tries-left = Die code klopt niet. U kunt het nog { $count ->
    [one] { $count } keer
   *[other] { $count } keer
} proberen.
code-malformed = Vul de code van 8 cijfers uit het bericht in.
code-expired = Die code is verlopen of vervangen door een nieuwere. Vraag een nieuwe code aan.
code-dead = Te veel verkeerde codes: deze code werkt niet meer. Vraag een nieuwe code aan.
code-cooldown = Wacht nog { $seconds ->
    [one] { $seconds } seconde
   *[other] { $seconds } seconden
} voordat u een nieuwe code aanvraagt.
codes-capped = Er zijn de laatste tijd te veel codes verstuurd. Wacht een uur en probeer het dan opnieuw.

password-new = Nieuw wachtwoord
password-new-hint = Minstens { $min } tekens. Lange wachtzinnen zijn het makkelijkst te onthouden en het moeilijkst te raden.
password-confirm = Nieuw wachtwoord bevestigen
password-current = Huidig wachtwoord
password-mismatch = De twee wachtwoorden zijn niet gelijk. Typ twee keer hetzelfde wachtwoord.
password-rules-refused = Dat wachtwoord voldoet niet aan de regels van uw organisatie:
password-directory-refused = Uw directory heeft dat wachtwoord geweigerd:
strength-label = Sterkte:
strength-words = Zeer zwak|Zwak|Redelijk|Sterk|Zeer sterk
