# Ce que toutes les pages partagent : cadre, choix de langue, dates, erreurs générales.

language-name = Français
language-switcher = Langue
skip-to-content = Aller au contenu principal
footer-need-help = Besoin d'aide ?
tracking-id-label = Numéro de suivi :
your-tracking-id = Votre numéro de suivi est
demo-mode = Mode démo
demo-outbox-link = Boîte d'envoi de développement (messages qui auraient été envoyés)

helpdesk-link-url = Contactez votre support
helpdesk-link-email = Écrire à votre support ({ $address })
helpdesk-link-admins = Contactez votre administrateur
helpdesk-mail-subject = Aide à la réinitialisation du mot de passe (numéro de suivi { $tracking })
helpdesk-words-url = votre support ({ $url })
helpdesk-words-email = votre support à l'adresse { $address }
helpdesk-words-admins = votre administrateur

start-again = Recommencer
try-again = Réessayer
action-next = Suivant
action-cancel = Annuler
send-code = Envoyer le code
action-verify = Vérifier

failure-title = Un problème est survenu
failure-try-again = Veuillez réessayer dans un instant.
failure-step = Nous n'avons pas pu terminer cette étape. Veuillez réessayer dans un instant ; si cela se reproduit, donnez à votre support le numéro de suivi ci-dessous.
tenant-unknown-title = Organisation introuvable
tenant-unknown-text = Il n'y a pas de portail de réinitialisation de mot de passe à cette adresse. Vérifiez le lien que l'on vous a donné.
language-unknown-title = Langue non disponible
language-unknown-text = Ce portail ne propose pas cette langue. Revenez en arrière et choisissez-en une dans la liste.
form-expired-title = Cette page a expiré
form-expired-text = Pour votre sécurité, les formulaires cessent de fonctionner après un certain temps ou lorsqu'ils ont été ouverts ailleurs. Veuillez recommencer.

date-month = { $month ->
    [1] janvier
    [2] février
    [3] mars
    [4] avril
    [5] mai
    [6] juin
    [7] juillet
    [8] août
    [9] septembre
    [10] octobre
    [11] novembre
   *[12] décembre
}
date-day = { $day } { $month } { $year }
date-day-time = { $date } à { $time } UTC

not-found = Introuvable
action-change = Modifier
action-add = Ajouter
action-remove = Supprimer
action-continue = Continuer
action-refresh = Actualiser
start-over = Recommencer depuis le début
user-id = Identifiant
password-label = Mot de passe
user-id-empty = Saisissez votre identifiant.
user-id-too-long = Cet identifiant est trop long (256 caractères au maximum).
user-id-bad-character = Un identifiant ne peut contenir ni espaces, ni caractères de contrôle, ni barres obliques inverses.
email-format = Saisissez une adresse e-mail comme nom@example.com.
phone-format = Saisissez le numéro au format international : le signe plus, l'indicatif du pays, puis le numéro, par exemple +33 6 12 34 56 78.
phone-invalid = Ce numéro de téléphone n'est pas valide. Saisissez le numéro au format international : le signe plus, l'indicatif du pays, puis le numéro, par exemple +33 6 12 34 56 78.
directory-unavailable-title = L'annuaire est indisponible pour le moment
directory-unavailable-text = Nous n'avons pas pu joindre l'annuaire de votre organisation. Veuillez réessayer dans quelques minutes, ou contactez le support avec le numéro de suivi ci-dessous.

captcha-label = Chiffres de l'image ou de l'enregistrement
captcha-alt = Image de sept chiffres à recopier ; si vous ne parvenez pas à la lire, écoutez-les ou demandez une nouvelle image
captcha-new = Nouvelle image
captcha-legend = Prouvez que vous êtes une personne
captcha-listen = Écouter les chiffres à la place
captcha-listen-hint = L'enregistrement lit les sept mêmes chiffres que l'image, sur un léger bruit de fond. Saisissez-les dans le champ ci-dessous.
captcha-audio-file = Télécharger l'enregistrement
captcha-audio-gone-title = Cet enregistrement n'est plus disponible
captcha-audio-gone-text = Un enregistrement ne fonctionne que sur la page pour laquelle il a été créé, jusqu'à ce que son image reçoive une réponse ou expire. Revenez en arrière et demandez une nouvelle image.
captcha-wrong = Les chiffres saisis ne correspondent pas. Essayez avec cette nouvelle image ou ce nouvel enregistrement.
captcha-expired = Cette image a expiré ou a déjà été utilisée. Saisissez les chiffres de la nouvelle.

code-title = Saisissez votre code
code-not-delivered-title = Nous n'avons pas pu vous joindre
code-label = Code à 8 chiffres
code-hint = Les chiffres du message ; les espaces n'ont pas d'importance.
code-sent = { $method ->
    [email] Nous avons envoyé un code par e-mail à { $masked }.
    [sms] Nous avons envoyé un code par SMS au { $masked }.
   *[other] Nous vous appelons au { $masked } pour vous donner un code.
}
code-expires = Il expire dans { $minutes ->
    [one] { $minutes } minute
   *[other] { $minutes } minutes
}.
code-send-new = Envoyer un nouveau code
code-tries-left = Ce code n'est pas le bon. Il vous reste { $count ->
    [one] { $count } essai
   *[other] { $count } essais
}.
code-malformed = Saisissez le code à 8 chiffres reçu dans le message.
code-expired = Ce code a expiré ou a été remplacé par un plus récent. Demandez un nouveau code.
code-dead = Trop de codes erronés : ce code ne fonctionne plus. Demandez un nouveau code.
code-cooldown = Veuillez patienter encore { $seconds ->
    [one] { $seconds } seconde
   *[other] { $seconds } secondes
} avant de demander un nouveau code.
codes-capped = Trop de codes ont été envoyés récemment. Attendez une heure, puis réessayez.

password-new = Nouveau mot de passe
password-new-hint = Au moins { $min } caractères. Les longues phrases de passe sont les plus faciles à retenir et les plus difficiles à deviner.
password-confirm = Confirmez le nouveau mot de passe
password-current = Mot de passe actuel
password-mismatch = Les deux mots de passe ne correspondent pas. Saisissez deux fois le même mot de passe.
password-rules-refused = Ce mot de passe ne respecte pas les règles de votre organisation :
password-directory-refused = Votre annuaire a refusé ce mot de passe :
strength-label = Robustesse :
strength-words = Très faible|Faible|Moyen|Fort|Très fort
