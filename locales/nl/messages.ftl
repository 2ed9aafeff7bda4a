# Wat het portaal verstuurt: e-mails, sms'jes, telefoontjes en meldingen.

email-code-subject = { $org }: uw controlecode
email-code-lead = Uw controlecode is:
email-code-is = Uw controlecode is: { $code }
email-code-use = Vul hem in op de pagina voor wachtwoordherstel. Hij verloopt over { $minutes } minuten en werkt één keer.
email-code-ignore = Hebt u er niet om gevraagd, negeer deze e-mail dan: niemand kan hem gebruiken zonder ook uw gebruikersnaam te kennen.
email-notice-subject = { $org }: { $subject }
sms-code = Controlecode van { $org }: { $code }. Hij verloopt over { $minutes } minuten. Deel hem met niemand.
voice-code = U spreekt met { $org }. Uw controlecode is { $code }.
voice-again = Nogmaals:

notice-hello = Hallo { $name },
notice-tracking-id = Volgnummer: { $tracking }
notice-if-not-you = Was u dit niet, neem dan meteen contact op met { $help } en noem volgnummer { $tracking }.
notice-if-not-asked = Hebt u hier niet om gevraagd, neem dan meteen contact op met { $help } en noem volgnummer { $tracking }.
notice-password-subject = { $event ->
    [reset] uw wachtwoord is hersteld
    [changed] uw wachtwoord is gewijzigd
   *[by-admin] uw wachtwoord is door een beheerder hersteld
}
notice-password-written = { $event ->
    [reset] Het wachtwoord van uw account { $login } is hersteld op { $at }.
    [changed] Het wachtwoord van uw account { $login } is gewijzigd op { $at }.
   *[by-admin] Het wachtwoord van uw account { $login } is op { $at } door een beheerder hersteld.
}
notice-admin-subject = { $event ->
    [reset] een beheerder heeft zijn wachtwoord hersteld
    [changed] een beheerder heeft zijn wachtwoord gewijzigd
   *[by-admin] het wachtwoord van een beheerder is hersteld
}
notice-admin-reset-by-admin = Het wachtwoord van beheerder { $login } is op { $at } hersteld door beheerder { $by }.
notice-admin-own-password = { $event ->
    [reset] Beheerder { $login } heeft op { $at } zijn eigen wachtwoord hersteld.
   *[changed] Beheerder { $login } heeft op { $at } zijn eigen wachtwoord gewijzigd.
}
notice-contacts-subject = uw beveiligingsgegevens zijn gewijzigd
notice-contact-line = { $line } ({ $at }, account { $login })
notice-contact-changed = { $kind ->
    [email] Uw alternatieve e-mailadres is gewijzigd in { $masked }.
   *[mobile] Uw mobiele nummer is gewijzigd in { $masked }.
}
notice-contact-registered = { $kind ->
    [email] { $masked } is geregistreerd als uw alternatieve e-mailadres.
   *[mobile] { $masked } is geregistreerd als uw mobiele nummer.
}
notice-contact-removed = { $kind ->
    [email] { $masked } is verwijderd als uw alternatieve e-mailadres.
   *[mobile] { $masked } is verwijderd als uw mobiele nummer.
}
notice-contacts-by-admin-subject = uw beveiligingsgegevens zijn gewijzigd
notice-contacts-by-admin = Een beheerder heeft de contactgegevens gewijzigd waarmee uw account { $login } wachtwoordherstel bevestigt: { $summary }.

helpdesk-mail-user = Gebruikersnaam: { $login }
helpdesk-mail-user-unknown = Gebruikersnaam: onbekend (dit verzoek begon geen herstel of aanmelding)
helpdesk-mail-subject-user = { $login } heeft hulp nodig met het wachtwoord
helpdesk-mail-subject-someone = Iemand heeft hulp nodig met het wachtwoord (volgnummer { $tracking })
helpdesk-mail-what = Wat er misging: { $what }
helpdesk-mail-asked = de gebruiker vroeg om hulp
helpdesk-mail-address = Clientadres: { $address }
helpdesk-mail-note = De gebruiker schreef: { $note }
helpdesk-mail-console = Alles wat er gebeurde, en de pagina van de gebruiker, in de beheerconsole: { $link }
