# Les pages de réinitialisation et de déverrouillage.

home-title = Aide pour votre mot de passe
home-heading = Aide mot de passe { $org }
home-lead = Mot de passe oublié, ou compte verrouillé ? Vous pouvez récupérer l'accès vous-même, sans appeler le support.
home-reset-link = Vous ne pouvez pas accéder à votre compte ?
home-know-password = Vous connaissez votre mot de passe ?
home-register-lead = Connectez-vous pour enregistrer un téléphone mobile et une adresse e-mail de secours, afin de pouvoir réinitialiser vous-même votre mot de passe si vous l'oubliez, ou pour changer votre mot de passe.
home-register-link = Gérer vos informations de sécurité

reset-start-title = Récupérer l'accès à votre compte
reset-start-lead = Qui êtes-vous ? Saisissez votre identifiant et les chiffres de l'image.
reset-user-id-hint = Votre nom de connexion, par exemple alice ou alice@contoso.com.
reset-need = De quoi avez-vous besoin ?
reset-need-reset = J'ai oublié mon mot de passe
reset-need-unlock = Je connais mon mot de passe, mais mon compte est verrouillé

reset-off-title = La réinitialisation en libre-service est désactivée
reset-off-text = Votre organisation ne permet pas aux utilisateurs de réinitialiser eux-mêmes leur mot de passe ici. Votre support peut le faire pour vous.
reset-unknown-title = Nous n'avons pas trouvé cet identifiant
reset-unknown-text = Vérifiez l'identifiant (c'est en général votre nom de connexion ou votre adresse e-mail) et réessayez.
reset-not-enabled-title = Vous ne pouvez pas réinitialiser votre mot de passe ici
reset-not-enabled-text = Votre compte n'est pas autorisé à la réinitialisation en libre-service. Votre support peut le faire pour vous.
reset-not-registered-title = Vous n'avez pas enregistré assez de moyens de vérification
reset-not-registered-text = Pour réinitialiser vous-même votre mot de passe, des moyens de contact doivent avoir été enregistrés à l'avance. Votre support peut le faire pour vous.
reset-blocked-title = Trop de tentatives
reset-blocked-lead = Vous avez tenté trop de fois de réinitialiser ce mot de passe.
reset-blocked-until = Pour votre sécurité, la réinitialisation en libre-service est bloquée pour ce compte jusqu'au { $when }. Votre support peut toutefois vous aider dès maintenant.
reset-expired-title = Votre session de réinitialisation a expiré
reset-expired-text = Une session de réinitialisation dure 15 minutes. Veuillez recommencer ; les codes reçus auparavant ne fonctionnent plus.

reset-step = Étape de vérification { $gate } sur { $gates }
methods-title = Vérifiez qu'il s'agit bien de vous
methods-heading = Choisissez comment vérifier qu'il s'agit bien de vous
methods-legend = Moyen de contact
method-label = { $method ->
    [email] M'envoyer un e-mail à mon adresse de secours
    [sms] M'envoyer un SMS sur mon mobile
    [voice] M'appeler sur mon mobile
   *[office_voice] M'appeler sur mon téléphone professionnel
}
choose-listed-method = Choisissez l'un des moyens proposés.
reset-choose-method-first = Choisissez d'abord un moyen.
reset-verify-first = Vérifiez d'abord votre identité.

phone-confirm-title = Confirmez votre numéro de téléphone
phone-confirm-lead = Pour protéger votre compte, saisissez d'abord le numéro complet. Nous n'enverrons rien tant qu'il ne correspond pas.
phone-number = Numéro de téléphone
phone-number-hint = Format international : + puis l'indicatif du pays, par exemple +33 6 12 34 56 78.
reset-number-mismatch = Ce numéro ne correspond pas à celui que nous avons pour vous. Vérifiez-le et réessayez, ou choisissez un autre moyen.
reset-codes-capped = Trop de codes ont été envoyés récemment. Attendez une heure, ou choisissez un autre moyen.

reset-code-not-delivered = Nous n'avons pas pu envoyer votre code à { $masked }. Essayez un autre moyen, ou réessayez plus tard.
reset-use-another = Utiliser un autre moyen
reset-nothing-arrived = Rien reçu ? Vérifiez le numéro ou l'adresse ci-dessus ; s'il est erroné ou ancien :
reset-code-dead = Trop de codes erronés : ce code ne fonctionne plus. Demandez un nouveau code ou choisissez un autre moyen.

reset-password-title = Choisissez un nouveau mot de passe
reset-password-submit = Réinitialiser le mot de passe

unlock-title = Déverrouiller votre compte
unlock-lead = Nous avons vérifié qu'il s'agit bien de vous. Déverrouillez votre compte pour vous reconnecter avec votre mot de passe actuel.
unlock-submit = Déverrouiller mon compte
unlock-forgot = Vous avez aussi oublié le mot de passe ?
unlock-forgot-link = Réinitialisez-le plutôt

done-unlocked-title = Votre compte est déverrouillé
done-unlocked-text = Connectez-vous avec votre mot de passe actuel.
done-still-locked-title = Votre compte est toujours verrouillé
done-still-locked-text = Votre annuaire ne l'a pas déverrouillé. Veuillez contacter votre support en indiquant le numéro de suivi ci-dessous.
done-not-locked-title = Votre compte n'est pas verrouillé
done-not-locked-text = Connectez-vous avec votre mot de passe actuel. Si cela ne fonctionne pas :
done-not-locked-link = réinitialisez plutôt votre mot de passe
done-reset-title = Votre mot de passe a été réinitialisé
done-reset-still-locked = Votre nouveau mot de passe est défini, mais votre compte est toujours verrouillé : vous ne pouvez pas encore vous connecter. Il peut se déverrouiller de lui-même au bout d'un moment ; sinon, contactez votre support en indiquant le numéro de suivi ci-dessous.
done-reset-unlocked = Vous pouvez maintenant vous connecter avec votre nouveau mot de passe. Votre compte est également déverrouillé.
done-reset-text = Vous pouvez maintenant vous connecter avec votre nouveau mot de passe.
done-reset-notice = Nous avons envoyé un avis à votre adresse e-mail enregistrée. Si ce n'était pas vous, contactez immédiatement votre support.
