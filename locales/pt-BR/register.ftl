# O portal de cadastro: login, informações de segurança, contatos e códigos, troca de senha.

sign-in = Entrar
sign-in-heading = Entre para gerenciar suas informações de segurança
sign-in-lead = Cadastre agora um celular e um e-mail alternativo, para poder redefinir a senha por conta própria se algum dia esquecê-la.
sign-in-user-id-hint = Seu nome de login ou seu e-mail corporativo.
sign-in-forgot = Esqueceu sua senha?
sign-in-failed = Esse ID de usuário e essa senha não correspondem. Confira e tente novamente.
sign-in-throttled = Muitas tentativas de login sem sucesso. Para sua segurança, aguarde uma hora e tente novamente, ou use "Não consegue acessar sua conta?" se esqueceu a senha.
sign-in-unavailable-text = Não conseguimos acessar o diretório da sua organização para verificar sua senha. Tente novamente em alguns minutos ou fale com o suporte técnico informando o número de protocolo abaixo.
sign-in-again = Entrar novamente
sign-in-again-first = Entre novamente primeiro.
sign-out = Sair
signed-out-title = Você saiu
signed-out-text = Feche esta janela se estiver usando um computador compartilhado.

security-info-title = Suas informações de segurança
security-info-hello = Olá, { $name }. Estas são as formas de confirmarmos que é você quando redefinir sua senha.
security-info-asked = Sua organização pede que você mantenha isto atualizado antes de continuar.
security-info-asked-done = Sua organização pede que você mantenha isto atualizado antes de continuar. Está tudo certo: continue quando terminar.
security-info-needed = Cadastre pelo menos { $needed ->
    [one] { $needed } forma
   *[other] { $needed } formas
} de confirmar que é você. Até lá, você não poderá redefinir a senha por conta própria.
security-info-needed-some = Cadastre pelo menos { $needed ->
    [one] { $needed } forma
   *[other] { $needed } formas
} de confirmar que é você (você tem { $usable }). Até lá, você não poderá redefinir a senha por conta própria.
security-info-admin-only = Só o administrador pode alterar isto.
security-info-all-correct = Está tudo correto
security-info-skip = Pular por enquanto
security-info-skip-hint = (perguntaremos de novo no seu próximo login)
security-info-change-password = Alterar sua senha

contact-alt-email = E-mail alternativo
contact-mobile = Celular
contact-office = Telefone comercial
contact-not-set = Não cadastrado
contact-by-admin = Cadastrado pelo administrador
contact-verified-on = Verificado em { $date }
contact-not-verified = Não verificado: verifique para poder usar
contact-used-for = { $ways ->
    [email] Usado para códigos por e-mail.
    [sms] Usado para códigos por SMS.
    [sms-voice] Usado para códigos por SMS e por ligação.
   *[voice] Usado para códigos por ligação.
}
remove-choose = Escolha na lista um contato para remover.
contact-removed = Removido.
remove-below-minimum = Você não pode remover este: sua organização exige pelo menos { $count ->
    [one] { $count } forma
   *[other] { $count } formas
} de confirmar que é você ao redefinir a senha. Adicione outra primeiro e depois remova esta.
remove-nothing = Não há nada para remover aí.
contacts-reconfirmed = Obrigado: suas informações de segurança estão confirmadas.

reconfirm-title = Estas informações ainda estão corretas?
reconfirm-lead = Já faz um tempo. Confira se ainda é possível falar com você por aqui, para que possa redefinir a senha por conta própria quando precisar.
reconfirm-yes = Está certo

register-now = Atual:
register-email-title = E-mail alternativo
register-email-add = Adicionar seu e-mail alternativo
register-email-change = Alterar seu e-mail alternativo
register-email-label = Endereço de e-mail alternativo
register-email-hint = Não o corporativo: um que você consiga ler mesmo sem conseguir entrar. Enviaremos um código para ele.
register-mobile-title = Celular
register-mobile-add = Adicionar seu celular
register-mobile-change = Alterar seu celular
register-mobile-label = Número de celular
register-way-legend = Como devemos enviar o código?
register-way-text = Por SMS
register-way-call = Por ligação
choose-listed-way = Escolha uma das formas da lista.
register-unchanged = Isso já está cadastrado e verificado. Digite outro para alterar.
register-blocked-until = Muitos códigos foram enviados para você. Para sua segurança, o cadastro está pausado até { $when }.
register-code-not-delivered = Não conseguimos entregar seu código para { $masked }. Confira e tente novamente, ou tente mais tarde.
register-code-saved-then = Será salvo assim que você digitar o código.
register-saved = Salvo: { $masked } está verificado.

prove-title = Confirme que é você
prove-lead = { $action ->
    [remove] { $kind ->
        [email] Para remover seu e-mail alternativo, digite um código que enviaremos a um contato que você já tem cadastrado.
       *[mobile] Para remover seu número de celular, digite um código que enviaremos a um contato que você já tem cadastrado.
    }
   *[change] { $kind ->
        [email] Para alterar seu e-mail alternativo, digite um código que enviaremos a um contato que você já tem cadastrado.
       *[mobile] Para alterar seu número de celular, digite um código que enviaremos a um contato que você já tem cadastrado.
    }
} Assim, quem descobrir sua senha não consegue tomar conta da recuperação da sua conta.
prove-legend = Para onde devemos enviar o código?
prove-via-email = Enviar um código por e-mail para
prove-via-text = Enviar um código por SMS para
prove-choose = Escolha para onde enviar o código.
prove-blocked-until = Muitos códigos foram enviados para você. Para sua segurança, as alterações estão pausadas até { $when }.
prove-code-not-delivered = Não conseguimos entregar seu código para { $masked }. Tente novamente ou escolha outra forma.
prove-submit = Confirmar
prove-send-another = Enviar outro código
prove-confirmed = Obrigado, está confirmado. Nos próximos { $minutes } minutos você pode alterar suas informações de segurança.

change-title = Alterar sua senha
change-submit = Alterar senha
back-to-security-info = Voltar às suas informações de segurança
change-done-title = Sua senha foi alterada
change-done-text = De agora em diante, use a nova senha em todos os lugares onde você entra. Enviamos um aviso por e-mail.
expired-done-text = Entre com a nova senha, aqui e em todos os outros lugares. Enviamos um aviso por e-mail.
change-unavailable-text = Sua senha não foi alterada. Tente novamente em alguns minutos ou fale com o suporte técnico informando o número de protocolo abaixo.
change-wrong-current = Sua senha atual não está certa.
change-throttled = Senhas erradas demais. Para sua segurança, aguarde uma hora e tente novamente.
expired-title = Sua senha precisa ser alterada
expired-lead = Sua senha está certa, mas expirou ou sua organização pede que você a altere antes de entrar. Escolha uma nova para continuar.
