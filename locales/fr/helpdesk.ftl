# « Contactez votre administrateur » et la boîte d'envoi de développement de la démo.

helpdesk-lead = Nous enverrons par e-mail aux administrateurs de votre organisation votre identifiant, ce qui n'a pas fonctionné et le numéro de suivi, afin qu'ils puissent vous aider.
helpdesk-tracking-label = Numéro de suivi
helpdesk-note-label = Quelque chose à ajouter ? (facultatif ; ne saisissez jamais votre mot de passe)
helpdesk-submit = Envoyer à mon administrateur
helpdesk-use-link = Utilisez le lien vers le support ci-dessous.
helpdesk-sent-title = Votre administrateur a été prévenu
helpdesk-sent-text = Votre administrateur a reçu votre identifiant, ce qui n'a pas fonctionné et le numéro de suivi { $tracking }. Il vous contactera.
helpdesk-throttled-title = Déjà envoyé
helpdesk-throttled-text = Votre administrateur a déjà été contacté plusieurs fois au cours de la dernière heure. Merci d'attendre qu'il revienne vers vous.
helpdesk-failed-title = Nous n'avons pas pu contacter votre administrateur
helpdesk-no-admins-text = Aucune adresse d'administrateur n'est configurée pour votre organisation. Veuillez contacter directement votre service informatique en indiquant le numéro de suivi ci-dessous.
helpdesk-undeliverable-text = Nous n'avons pas pu envoyer votre demande pour le moment. Veuillez réessayer dans quelques minutes, ou contactez directement votre service informatique en indiquant le numéro de suivi ci-dessous.
helpdesk-unknown-tracking = Nous n'avons trouvé aucune tentative avec ce numéro de suivi. Vérifiez-le et réessayez.

outbox-title = Boîte d'envoi de développement
outbox-lead = Les messages que le portail aurait envoyés par e-mail, par SMS ou lus lors d'un appel. Visible uniquement en mode démo ; configurez SMTP et une passerelle téléphonique pour envoyer pour de vrai.
outbox-empty = Rien n'a encore été envoyé.
outbox-meta = { $channel ->
    [email] E-mail
    [sms] SMS
   *[voice] Appel
} à { $recipient }
outbox-demo-only = La boîte d'envoi de développement n'existe qu'en mode démo.
