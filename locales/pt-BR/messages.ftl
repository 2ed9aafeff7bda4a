# O que o portal envia: e-mails, SMS, ligações e avisos.

email-code-subject = { $org }: seu código de verificação
email-code-lead = Seu código de verificação é:
email-code-is = Seu código de verificação é: { $code }
email-code-use = Digite-o na página de redefinição de senha. Ele expira em { $minutes } minutos e só funciona uma vez.
email-code-ignore = Se você não pediu este código, ignore este e-mail: ninguém consegue usá-lo sem saber também seu ID de usuário.
email-notice-subject = { $org }: { $subject }
sms-code = Código de verificação { $org }: { $code }. Expira em { $minutes } minutos. Não compartilhe com ninguém.
voice-code = Aqui é da { $org }. Seu código de verificação é { $code }.
voice-again = Repetindo:

notice-hello = Olá, { $name },
notice-tracking-id = Número de protocolo: { $tracking }
notice-if-not-you = Se não foi você, fale imediatamente com { $help } e informe o protocolo { $tracking }.
notice-if-not-asked = Se você não pediu isso, fale imediatamente com { $help } e informe o protocolo { $tracking }.
notice-password-subject = { $event ->
    [reset] sua senha foi redefinida
    [changed] sua senha foi alterada
   *[by-admin] sua senha foi redefinida por um administrador
}
notice-password-written = { $event ->
    [reset] A senha da sua conta { $login } foi redefinida em { $at }.
    [changed] A senha da sua conta { $login } foi alterada em { $at }.
   *[by-admin] A senha da sua conta { $login } foi redefinida por um administrador em { $at }.
}
notice-admin-subject = { $event ->
    [reset] um administrador redefiniu a própria senha
    [changed] um administrador alterou a própria senha
   *[by-admin] a senha de um administrador foi redefinida
}
notice-admin-reset-by-admin = A senha do administrador { $login } foi redefinida pelo administrador { $by } em { $at }.
notice-admin-own-password = { $event ->
    [reset] O administrador { $login } redefiniu a própria senha em { $at }.
   *[changed] O administrador { $login } alterou a própria senha em { $at }.
}
notice-contacts-subject = suas informações de segurança mudaram
notice-contact-line = { $line } ({ $at }, conta { $login })
notice-contact-changed = { $kind ->
    [email] Seu e-mail alternativo foi alterado para { $masked }.
   *[mobile] Seu número de celular foi alterado para { $masked }.
}
notice-contact-registered = { $kind ->
    [email] { $masked } foi cadastrado como seu e-mail alternativo.
   *[mobile] { $masked } foi cadastrado como seu número de celular.
}
notice-contact-removed = { $kind ->
    [email] { $masked } foi removido como seu e-mail alternativo.
   *[mobile] { $masked } foi removido como seu número de celular.
}
notice-contacts-by-admin-subject = suas informações de segurança foram alteradas
notice-contacts-by-admin = Um administrador alterou os contatos que sua conta { $login } usa para confirmar uma redefinição de senha: { $summary }.

helpdesk-mail-user = ID de usuário: { $login }
helpdesk-mail-user-unknown = ID de usuário: desconhecido (esta solicitação não iniciou uma redefinição nem um login)
helpdesk-mail-subject-user = { $login } precisa de ajuda com a senha
helpdesk-mail-subject-someone = Alguém precisa de ajuda com a senha (protocolo { $tracking })
helpdesk-mail-what = O que deu errado: { $what }
helpdesk-mail-asked = o usuário pediu ajuda
helpdesk-mail-address = Endereço do cliente: { $address }
helpdesk-mail-note = O usuário escreveu: { $note }
helpdesk-mail-console = Tudo o que aconteceu, e a página do usuário, no console de administração: { $link }
