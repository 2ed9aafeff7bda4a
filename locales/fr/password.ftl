# Pourquoi un mot de passe est refusé : règles de l'organisation, de l'annuaire, et conseils de l'indicateur de robustesse.

rule-min-length = Il doit comporter au moins { $min } caractères.
rule-max-length = Il doit comporter au plus { $max } caractères.
rule-must-contain = { $class ->
    [lower] Il doit contenir une lettre minuscule.
    [upper] Il doit contenir une lettre majuscule.
    [digit] Il doit contenir un chiffre.
   *[symbol] Il doit contenir un symbole comme ! ou #.
}
rule-name = Il ne doit contenir ni votre nom ni votre identifiant.
rule-common = Il est trop courant : il figure dans les listes de mots de passe que les attaquants essaient en premier.
rule-banned-word = Il contient un mot que votre organisation n'autorise pas dans les mots de passe.

directory-not-complex = Selon votre annuaire, ce mot de passe n'est pas assez complexe.
directory-too-short = Votre annuaire exige un mot de passe plus long.
directory-too-recent = Votre mot de passe a été changé trop récemment pour être changé à nouveau.
directory-used-before = Vous avez déjà utilisé ce mot de passe. Choisissez-en un que vous n'avez pas utilisé récemment.
directory-too-long = Selon votre annuaire, ce mot de passe est trop long.
directory-not-here = Votre annuaire ne permet pas de changer ce mot de passe ici.
directory-refused = Votre annuaire a refusé ce mot de passe.
directory-complexity = Votre annuaire exige un mot de passe plus complexe : mélangez majuscules, minuscules, chiffres et symboles, et évitez votre nom.
directory-no-self-change = Votre annuaire ne vous permet pas de changer vous-même votre mot de passe. Pour en choisir un nouveau, utilisez « Mot de passe oublié ? » sur la page de connexion, ou contactez le support.
webhook-refused = Le système de votre organisation a refusé ce mot de passe.

strength-keyboard-rows = Les rangées de touches droites sont faciles à deviner.
strength-keyboard-short = Les motifs courts sur le clavier sont faciles à deviner.
strength-repeats = Les répétitions comme « aaa » sont faciles à deviner.
strength-repeated-groups = Les répétitions comme « abcabcabc » sont à peine plus difficiles à deviner que « abc ».
strength-top-10 = C'est l'un des 10 mots de passe les plus courants.
strength-top-100 = C'est l'un des 100 mots de passe les plus courants.
strength-common = C'est un mot de passe très courant.
strength-similar-common = Il ressemble à un mot de passe couramment utilisé.
strength-sequences = Les suites comme abc ou 6543 sont faciles à deviner.
strength-recent-years = Les années récentes sont faciles à deviner.
strength-single-word = Un mot seul est facile à deviner.
strength-dates = Les dates sont souvent faciles à deviner.
strength-names = Les prénoms et noms seuls sont faciles à deviner.
strength-common-names = Les prénoms et noms courants sont faciles à deviner.
strength-use-words = Utilisez plusieurs mots, en évitant les expressions courantes.
strength-no-need-symbols = Pas besoin de symboles, de chiffres ni de majuscules.
strength-add-word = Ajoutez un ou deux mots. Les mots peu courants sont préférables.
strength-capitals = Les majuscules n'aident pas beaucoup.
strength-all-capitals = Tout en majuscules est presque aussi facile à deviner que tout en minuscules.
strength-reversed = Les mots à l'envers ne sont guère plus difficiles à deviner.
strength-substitutions = Les substitutions prévisibles comme « @ » au lieu de « a » n'aident pas beaucoup.
strength-longer-pattern = Utilisez un motif de clavier plus long, avec plus de changements de direction.
strength-avoid-repeats = Évitez les mots et caractères répétés.
strength-avoid-sequences = Évitez les suites.
strength-avoid-recent-years = Évitez les années récentes.
strength-avoid-your-years = Évitez les années qui vous sont liées.
strength-avoid-your-dates = Évitez les dates et années qui vous sont liées.
