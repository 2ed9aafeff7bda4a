# Warum ein Passwort abgelehnt wird: die Regeln der Organisation, die des Verzeichnisses und die Hinweise der Stärkeanzeige.

rule-min-length = Es muss mindestens { $min } Zeichen lang sein.
rule-max-length = Es darf höchstens { $max } Zeichen lang sein.
rule-must-contain = { $class ->
    [lower] Es muss einen Kleinbuchstaben enthalten.
    [upper] Es muss einen Großbuchstaben enthalten.
    [digit] Es muss eine Ziffer enthalten.
   *[symbol] Es muss ein Sonderzeichen wie ! oder # enthalten.
}
rule-name = Es darf weder Ihren Namen noch Ihre Benutzerkennung enthalten.
rule-common = Es ist zu verbreitet: Es steht in Listen von Passwörtern, die Angreifer zuerst ausprobieren.
rule-banned-word = Es enthält ein Wort, das Ihre Organisation in Passwörtern nicht erlaubt.

directory-not-complex = Laut Ihrem Verzeichnis ist dieses Passwort nicht komplex genug.
directory-too-short = Ihr Verzeichnis verlangt ein längeres Passwort.
directory-too-recent = Ihr Passwort wurde vor zu kurzer Zeit geändert, um es schon wieder zu ändern.
directory-used-before = Dieses Passwort haben Sie schon einmal verwendet. Wählen Sie eines, das Sie in letzter Zeit nicht benutzt haben.
directory-too-long = Laut Ihrem Verzeichnis ist dieses Passwort zu lang.
directory-not-here = Ihr Verzeichnis erlaubt nicht, dieses Passwort hier zu ändern.
directory-refused = Ihr Verzeichnis hat dieses Passwort abgelehnt.
directory-complexity = Ihr Verzeichnis verlangt ein komplexeres Passwort: Mischen Sie Groß- und Kleinbuchstaben, Ziffern und Sonderzeichen, und vermeiden Sie Ihren Namen.
directory-no-self-change = Ihr Verzeichnis erlaubt Ihnen nicht, Ihr eigenes Passwort zu ändern. Um ein neues zu wählen, nutzen Sie „Passwort vergessen?“ auf der Anmeldeseite oder wenden Sie sich an den Helpdesk.
webhook-refused = Das System Ihrer Organisation hat dieses Passwort abgelehnt.

strength-keyboard-rows = Gerade Tastenreihen sind leicht zu erraten.
strength-keyboard-short = Kurze Tastaturmuster sind leicht zu erraten.
strength-repeats = Wiederholungen wie „aaa“ sind leicht zu erraten.
strength-repeated-groups = Wiederholungen wie „abcabcabc“ sind kaum schwerer zu erraten als „abc“.
strength-top-10 = Das ist eines der 10 häufigsten Passwörter.
strength-top-100 = Das ist eines der 100 häufigsten Passwörter.
strength-common = Das ist ein sehr häufiges Passwort.
strength-similar-common = Das ähnelt einem häufig verwendeten Passwort.
strength-sequences = Folgen wie abc oder 6543 sind leicht zu erraten.
strength-recent-years = Jahreszahlen der letzten Zeit sind leicht zu erraten.
strength-single-word = Ein einzelnes Wort ist leicht zu erraten.
strength-dates = Datumsangaben sind oft leicht zu erraten.
strength-names = Vor- und Nachnamen allein sind leicht zu erraten.
strength-common-names = Häufige Vor- und Nachnamen sind leicht zu erraten.
strength-use-words = Verwenden Sie mehrere Wörter, aber keine gängigen Redewendungen.
strength-no-need-symbols = Sonderzeichen, Ziffern oder Großbuchstaben sind nicht nötig.
strength-add-word = Fügen Sie ein oder zwei Wörter hinzu. Ungewöhnliche Wörter sind besser.
strength-capitals = Großschreibung hilft nicht viel.
strength-all-capitals = Nur Großbuchstaben sind fast so leicht zu erraten wie nur Kleinbuchstaben.
strength-reversed = Rückwärts geschriebene Wörter sind kaum schwerer zu erraten.
strength-substitutions = Vorhersehbare Ersetzungen wie „@“ statt „a“ helfen nicht viel.
strength-longer-pattern = Verwenden Sie ein längeres Tastaturmuster mit mehr Richtungswechseln.
strength-avoid-repeats = Vermeiden Sie wiederholte Wörter und Zeichen.
strength-avoid-sequences = Vermeiden Sie Folgen.
strength-avoid-recent-years = Vermeiden Sie Jahreszahlen der letzten Zeit.
strength-avoid-your-years = Vermeiden Sie Jahreszahlen, die mit Ihnen zu tun haben.
strength-avoid-your-dates = Vermeiden Sie Daten und Jahreszahlen, die mit Ihnen zu tun haben.
