# Ce que le portail envoie : e-mails, SMS, appels et avis.

email-code-subject = { $org } : votre code de vérification
email-code-lead = Votre code de vérification est :
email-code-is = Votre code de vérification est : { $code }
email-code-use = Saisissez-le sur la page de réinitialisation du mot de passe. Il expire dans { $minutes } minutes et ne fonctionne qu'une fois.
email-code-ignore = Si vous ne l'avez pas demandé, ignorez cet e-mail : personne ne peut l'utiliser sans connaître aussi votre identifiant.
email-notice-subject = { $org } : { $subject }
sms-code = Code de vérification { $org } : { $code }. Il expire dans { $minutes } minutes. Ne le communiquez à personne.
voice-code = Ici { $org }. Votre code de vérification est { $code }.
voice-again = Je répète :

notice-hello = Bonjour { $name },
notice-tracking-id = Numéro de suivi : { $tracking }
notice-if-not-you = Si ce n'était pas vous, contactez immédiatement { $help } en indiquant le numéro de suivi { $tracking }.
notice-if-not-asked = Si vous ne l'avez pas demandé, contactez immédiatement { $help } en indiquant le numéro de suivi { $tracking }.
notice-password-subject = { $event ->
    [reset] votre mot de passe a été réinitialisé
    [changed] votre mot de passe a été changé
   *[by-admin] votre mot de passe a été réinitialisé par un administrateur
}
notice-password-written = { $event ->
    [reset] Le mot de passe de votre compte { $login } a été réinitialisé le { $at }.
    [changed] Le mot de passe de votre compte { $login } a été changé le { $at }.
   *[by-admin] Le mot de passe de votre compte { $login } a été réinitialisé par un administrateur le { $at }.
}
notice-admin-subject = { $event ->
    [reset] un administrateur a réinitialisé son mot de passe
    [changed] un administrateur a changé son mot de passe
   *[by-admin] le mot de passe d'un administrateur a été réinitialisé
}
notice-admin-reset-by-admin = Le mot de passe de l'administrateur { $login } a été réinitialisé par l'administrateur { $by } le { $at }.
notice-admin-own-password = { $event ->
    [reset] L'administrateur { $login } a réinitialisé son propre mot de passe le { $at }.
   *[changed] L'administrateur { $login } a changé son propre mot de passe le { $at }.
}
notice-contacts-subject = vos informations de sécurité ont changé
notice-contact-line = { $line } ({ $at }, compte { $login })
notice-contact-changed = { $kind ->
    [email] Votre adresse e-mail de secours a été remplacée par { $masked }.
   *[mobile] Votre numéro de mobile a été remplacé par { $masked }.
}
notice-contact-registered = { $kind ->
    [email] { $masked } a été enregistré comme adresse e-mail de secours.
   *[mobile] { $masked } a été enregistré comme numéro de mobile.
}
notice-contact-removed = { $kind ->
    [email] { $masked } a été supprimé de vos adresses e-mail de secours.
   *[mobile] { $masked } a été supprimé comme numéro de mobile.
}
notice-contacts-by-admin-subject = vos informations de sécurité ont été modifiées
notice-contacts-by-admin = Un administrateur a modifié les contacts que votre compte { $login } utilise pour vérifier une réinitialisation de mot de passe : { $summary }.

helpdesk-mail-user = Identifiant : { $login }
helpdesk-mail-user-unknown = Identifiant : inconnu (cette demande n'a lancé ni réinitialisation ni connexion)
helpdesk-mail-subject-user = { $login } a besoin d'aide pour son mot de passe
helpdesk-mail-subject-someone = Quelqu'un a besoin d'aide pour son mot de passe (numéro de suivi { $tracking })
helpdesk-mail-what = Ce qui n'a pas fonctionné : { $what }
helpdesk-mail-asked = l'utilisateur a demandé de l'aide
helpdesk-mail-address = Adresse du client : { $address }
helpdesk-mail-note = L'utilisateur a écrit : { $note }
helpdesk-mail-console = Tout ce qui s'est passé, et la page de l'utilisateur, dans la console d'administration : { $link }
