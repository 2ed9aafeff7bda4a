# Le portail d'enregistrement : connexion, informations de sécurité, contacts et codes, changement de mot de passe.

sign-in = Se connecter
sign-in-heading = Connectez-vous pour gérer vos informations de sécurité
sign-in-lead = Enregistrez dès maintenant un téléphone mobile et une adresse e-mail de secours, pour pouvoir réinitialiser vous-même votre mot de passe si vous l'oubliez un jour.
sign-in-user-id-hint = Votre nom de connexion ou votre adresse e-mail professionnelle.
sign-in-forgot = Mot de passe oublié ?
sign-in-failed = Cet identifiant et ce mot de passe ne correspondent pas. Vérifiez-les et réessayez.
sign-in-throttled = Trop de connexions échouées. Pour votre sécurité, attendez une heure avant de réessayer, ou utilisez « Vous ne pouvez pas accéder à votre compte ? » si vous avez oublié votre mot de passe.
sign-in-unavailable-text = Nous n'avons pas pu joindre l'annuaire de votre organisation pour vérifier votre mot de passe. Veuillez réessayer dans quelques minutes, ou contactez le support avec le numéro de suivi ci-dessous.
sign-in-again = Se reconnecter
sign-in-again-first = Reconnectez-vous d'abord.
sign-out = Se déconnecter
signed-out-title = Vous êtes déconnecté
signed-out-text = Fermez cette fenêtre si vous utilisez un ordinateur partagé.

security-info-title = Vos informations de sécurité
security-info-hello = Bonjour { $name }. Voici les moyens par lesquels nous pouvons vérifier qu'il s'agit bien de vous lorsque vous réinitialisez votre mot de passe.
security-info-asked = Votre organisation vous demande de tenir ces informations à jour avant de continuer.
security-info-asked-done = Votre organisation vous demande de tenir ces informations à jour avant de continuer. Tout est en ordre : continuez quand vous avez terminé.
security-info-needed = Enregistrez au moins { $needed ->
    [one] { $needed } moyen
   *[other] { $needed } moyens
} de vérification. D'ici là, vous ne pourrez pas réinitialiser vous-même votre mot de passe.
security-info-needed-some = Enregistrez au moins { $needed ->
    [one] { $needed } moyen
   *[other] { $needed } moyens
} de vérification (vous en avez { $usable }). D'ici là, vous ne pourrez pas réinitialiser vous-même votre mot de passe.
security-info-admin-only = Seul votre administrateur peut modifier ceci.
security-info-all-correct = Tout est correct
security-info-skip = Passer pour l'instant
security-info-skip-hint = (nous vous le redemanderons à votre prochaine connexion)
security-info-change-password = Changer votre mot de passe

contact-alt-email = E-mail de secours
contact-mobile = Téléphone mobile
contact-office = Téléphone professionnel
contact-not-set = Non renseigné
contact-by-admin = Renseigné par votre administrateur
contact-verified-on = Vérifié le { $date }
contact-not-verified = Non vérifié : vérifiez-le pour pouvoir l'utiliser
contact-used-for = { $ways ->
    [email] Sert aux codes par e-mail.
    [sms] Sert aux codes par SMS.
    [sms-voice] Sert aux codes par SMS et par appel.
   *[voice] Sert aux codes par appel.
}
remove-choose = Choisissez dans la liste le contact à supprimer.
contact-removed = Supprimé.
remove-below-minimum = Vous ne pouvez pas supprimer celui-ci : votre organisation exige au moins { $count ->
    [one] { $count } moyen
   *[other] { $count } moyens
} de vérification pour réinitialiser votre mot de passe. Ajoutez-en d'abord un autre, puis supprimez celui-ci.
remove-nothing = Il n'y a rien à supprimer ici.
contacts-reconfirmed = Merci : vos informations de sécurité sont confirmées.

reconfirm-title = Ces informations sont-elles toujours exactes ?
reconfirm-lead = Cela fait un moment. Vérifiez que l'on peut toujours vous joindre ici, afin de pouvoir réinitialiser vous-même votre mot de passe en cas de besoin.
reconfirm-yes = C'est bon

register-now = Actuellement :
register-email-title = E-mail de secours
register-email-add = Ajouter votre e-mail de secours
register-email-change = Modifier votre e-mail de secours
register-email-label = Adresse e-mail de secours
register-email-hint = Pas votre adresse professionnelle : une adresse que vous pouvez lire même sans pouvoir vous connecter. Nous y enverrons un code.
register-mobile-title = Téléphone mobile
register-mobile-add = Ajouter votre téléphone mobile
register-mobile-change = Modifier votre téléphone mobile
register-mobile-label = Numéro de mobile
register-way-legend = Comment devons-nous envoyer le code ?
register-way-text = Par SMS
register-way-call = Par appel
choose-listed-way = Choisissez l'un des moyens proposés.
register-unchanged = C'est déjà enregistré et vérifié. Saisissez autre chose pour le modifier.
register-blocked-until = Trop de codes vous ont été envoyés. Pour votre sécurité, l'enregistrement est suspendu jusqu'au { $when }.
register-code-not-delivered = Nous n'avons pas pu envoyer votre code à { $masked }. Vérifiez-le et réessayez, ou réessayez plus tard.
register-code-saved-then = L'enregistrement se fait une fois le code saisi.
register-saved = Enregistré : { $masked } est vérifié.

prove-title = Confirmez qu'il s'agit bien de vous
prove-lead = { $action ->
    [remove] { $kind ->
        [email] Pour supprimer votre e-mail de secours, saisissez un code que nous envoyons à un contact que vous avez déjà enregistré.
       *[mobile] Pour supprimer votre numéro de mobile, saisissez un code que nous envoyons à un contact que vous avez déjà enregistré.
    }
   *[change] { $kind ->
        [email] Pour modifier votre e-mail de secours, saisissez un code que nous envoyons à un contact que vous avez déjà enregistré.
       *[mobile] Pour modifier votre numéro de mobile, saisissez un code que nous envoyons à un contact que vous avez déjà enregistré.
    }
} Ainsi, une personne qui connaîtrait votre mot de passe ne peut pas prendre le contrôle de la récupération de votre compte.
prove-legend = Où devons-nous envoyer le code ?
prove-via-email = Envoyer un code par e-mail à
prove-via-text = Envoyer un code par SMS au
prove-choose = Choisissez où envoyer le code.
prove-blocked-until = Trop de codes vous ont été envoyés. Pour votre sécurité, les modifications sont suspendues jusqu'au { $when }.
prove-code-not-delivered = Nous n'avons pas pu envoyer votre code à { $masked }. Réessayez, ou choisissez un autre moyen.
prove-submit = Confirmer
prove-send-another = Envoyer un autre code
prove-confirmed = Merci, c'est confirmé. Pendant les { $minutes } prochaines minutes, vous pouvez modifier vos informations de sécurité.

change-title = Changer votre mot de passe
change-submit = Changer le mot de passe
back-to-security-info = Retour à vos informations de sécurité
change-done-title = Votre mot de passe a été changé
change-done-text = Utilisez désormais votre nouveau mot de passe partout où vous vous connectez. Nous vous avons envoyé un avis par e-mail.
expired-done-text = Connectez-vous avec votre nouveau mot de passe, ici et partout ailleurs. Nous vous avons envoyé un avis par e-mail.
change-unavailable-text = Votre mot de passe n'a pas été changé. Veuillez réessayer dans quelques minutes, ou contactez le support avec le numéro de suivi ci-dessous.
change-wrong-current = Votre mot de passe actuel n'est pas le bon.
change-throttled = Trop de mots de passe erronés. Pour votre sécurité, attendez une heure avant de réessayer.
expired-title = Votre mot de passe doit être changé
expired-lead = Votre mot de passe est correct, mais il a expiré ou votre organisation vous demande de le changer avant de vous connecter. Choisissez-en un nouveau pour continuer.
