# Waarom een wachtwoord wordt geweigerd: de regels van de organisatie en de directory, en de tips van de sterktemeter.

rule-min-length = Het moet minstens { $min } tekens lang zijn.
rule-max-length = Het mag hoogstens { $max } tekens lang zijn.
rule-must-contain = { $class ->
    [lower] Het moet een kleine letter bevatten.
    [upper] Het moet een hoofdletter bevatten.
    [digit] Het moet een cijfer bevatten.
   *[symbol] Het moet een symbool zoals ! of # bevatten.
}
rule-name = Het mag uw naam of gebruikersnaam niet bevatten.
rule-common = Het komt te vaak voor: het staat in lijsten met wachtwoorden die aanvallers het eerst proberen.
rule-banned-word = Het bevat een woord dat uw organisatie niet toestaat in wachtwoorden.

directory-not-complex = Volgens uw directory is dit wachtwoord niet complex genoeg.
directory-too-short = Uw directory vraagt een langer wachtwoord.
directory-too-recent = Uw wachtwoord is te kort geleden gewijzigd om het nu alweer te wijzigen.
directory-used-before = U hebt dit wachtwoord al eerder gebruikt. Kies er een dat u de laatste tijd niet hebt gebruikt.
directory-too-long = Volgens uw directory is dit wachtwoord te lang.
directory-not-here = Uw directory staat niet toe dat dit wachtwoord hier wordt gewijzigd.
directory-refused = Uw directory heeft dit wachtwoord geweigerd.
directory-complexity = Uw directory vraagt een complexer wachtwoord: combineer hoofdletters, kleine letters, cijfers en symbolen, en vermijd uw naam.
directory-no-self-change = Uw directory staat niet toe dat u uw eigen wachtwoord wijzigt. Kies een nieuw via "Wachtwoord vergeten?" op de aanmeldpagina, of neem contact op met de helpdesk.
webhook-refused = Het systeem van uw organisatie heeft dit wachtwoord geweigerd.

strength-keyboard-rows = Rechte rijen toetsen zijn makkelijk te raden.
strength-keyboard-short = Korte toetsenbordpatronen zijn makkelijk te raden.
strength-repeats = Herhalingen zoals "aaa" zijn makkelijk te raden.
strength-repeated-groups = Herhalingen zoals "abcabcabc" zijn nauwelijks moeilijker te raden dan "abc".
strength-top-10 = Dit is een van de 10 meest gebruikte wachtwoorden.
strength-top-100 = Dit is een van de 100 meest gebruikte wachtwoorden.
strength-common = Dit is een heel veelgebruikt wachtwoord.
strength-similar-common = Dit lijkt op een veelgebruikt wachtwoord.
strength-sequences = Reeksen zoals abc of 6543 zijn makkelijk te raden.
strength-recent-years = Recente jaartallen zijn makkelijk te raden.
strength-single-word = Eén woord alleen is makkelijk te raden.
strength-dates = Datums zijn vaak makkelijk te raden.
strength-names = Voor- en achternamen alleen zijn makkelijk te raden.
strength-common-names = Veelvoorkomende voor- en achternamen zijn makkelijk te raden.
strength-use-words = Gebruik een paar woorden en vermijd bekende uitdrukkingen.
strength-no-need-symbols = Symbolen, cijfers of hoofdletters zijn niet nodig.
strength-add-word = Voeg nog een of twee woorden toe. Ongewone woorden zijn beter.
strength-capitals = Hoofdletters helpen niet veel.
strength-all-capitals = Alles in hoofdletters is bijna even makkelijk te raden als alles in kleine letters.
strength-reversed = Omgekeerde woorden zijn nauwelijks moeilijker te raden.
strength-substitutions = Voorspelbare vervangingen zoals "@" in plaats van "a" helpen niet veel.
strength-longer-pattern = Gebruik een langer toetsenbordpatroon met meer bochten.
strength-avoid-repeats = Vermijd herhaalde woorden en tekens.
strength-avoid-sequences = Vermijd reeksen.
strength-avoid-recent-years = Vermijd recente jaartallen.
strength-avoid-your-years = Vermijd jaartallen die met u te maken hebben.
strength-avoid-your-dates = Vermijd datums en jaartallen die met u te maken hebben.
