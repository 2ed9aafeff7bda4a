# As páginas de redefinição e desbloqueio.

home-title = Ajuda com a senha
home-heading = Ajuda com a senha da { $org }
home-lead = Esqueceu a senha ou foi bloqueado? Você mesmo pode recuperar o acesso, sem ligar para o suporte técnico.
home-reset-link = Não consegue acessar sua conta?
home-know-password = Sabe sua senha?
home-register-lead = Entre para cadastrar um celular e um e-mail alternativo, assim você mesmo poderá redefinir a senha se esquecê-la, ou para alterar sua senha.
home-register-link = Gerenciar suas informações de segurança

reset-start-title = Recupere o acesso à sua conta
reset-start-lead = Quem é você? Digite seu ID de usuário e os dígitos da imagem.
reset-user-id-hint = Seu nome de login, por exemplo alice ou alice@contoso.com.
reset-need = Do que você precisa?
reset-need-reset = Esqueci minha senha
reset-need-unlock = Sei minha senha, mas minha conta está bloqueada

reset-off-title = A redefinição de senha por autoatendimento está desativada
reset-off-text = Sua organização não permite que os usuários redefinam a própria senha aqui. O suporte técnico pode redefini-la para você.
reset-unknown-title = Não encontramos esse ID de usuário
reset-unknown-text = Confira o ID de usuário (geralmente é seu nome de login ou seu e-mail) e tente novamente.
reset-not-enabled-title = Você não pode redefinir sua senha aqui
reset-not-enabled-text = Sua conta não está habilitada para a redefinição por autoatendimento. O suporte técnico pode redefini-la para você.
reset-not-registered-title = Você não cadastrou formas suficientes de confirmar sua identidade
reset-not-registered-text = Para redefinir a senha por conta própria, é preciso ter cadastrado formas de contato com antecedência. O suporte técnico pode redefini-la para você.
reset-blocked-title = Tentativas demais
reset-blocked-lead = Você tentou redefinir esta senha vezes demais.
reset-blocked-until = Para sua segurança, a redefinição por autoatendimento está bloqueada para esta conta até { $when }. O suporte técnico ainda pode ajudar você agora.
reset-expired-title = Sua sessão de redefinição expirou
reset-expired-text = As sessões de redefinição duram 15 minutos. Comece de novo; os códigos recebidos antes não funcionam mais.

reset-step = Etapa de verificação { $gate } de { $gates }
methods-title = Confirme que é você
methods-heading = Escolha como confirmar que é você
methods-legend = Forma de contato
method-label = { $method ->
    [email] Enviar e-mail para meu endereço alternativo
    [sms] Enviar SMS para meu celular
    [voice] Ligar para meu celular
   *[office_voice] Ligar para meu telefone comercial
}
choose-listed-method = Escolha uma das formas da lista.
reset-choose-method-first = Escolha uma forma primeiro.
reset-verify-first = Confirme sua identidade primeiro.

phone-confirm-title = Confirme seu número de telefone
phone-confirm-lead = Para proteger sua conta, digite primeiro o número completo. Não enviaremos nada até que ele corresponda.
phone-number = Número de telefone
phone-number-hint = Formato internacional: + e o código do país, por exemplo +55 11 91234 5678.
reset-number-mismatch = Esse número não corresponde ao que temos para você. Confira e tente novamente, ou escolha outra forma.
reset-codes-capped = Muitos códigos foram enviados recentemente. Aguarde uma hora ou escolha outra forma.

reset-code-not-delivered = Não conseguimos entregar seu código para { $masked }. Tente outra forma ou tente mais tarde.
reset-use-another = Usar outra forma
reset-nothing-arrived = Não recebeu nada? Confira o número ou o endereço acima; se estiver errado ou desatualizado:
reset-code-dead = Códigos errados demais: este código não funciona mais. Peça um novo código ou escolha outra forma.

reset-password-title = Escolha uma nova senha
reset-password-submit = Redefinir senha

unlock-title = Desbloquear sua conta
unlock-lead = Confirmamos que é você. Desbloqueie sua conta para entrar de novo com a senha que você já tem.
unlock-submit = Desbloquear minha conta
unlock-forgot = Esqueceu a senha também?
unlock-forgot-link = Redefina-a em vez disso

done-unlocked-title = Sua conta está desbloqueada
done-unlocked-text = Entre com a senha que você já tem.
done-still-locked-title = Sua conta continua bloqueada
done-still-locked-text = Seu diretório não a desbloqueou. Fale com o suporte técnico e informe o número de protocolo abaixo.
done-not-locked-title = Sua conta não está bloqueada
done-not-locked-text = Entre com a senha que você já tem. Se não funcionar:
done-not-locked-link = redefina sua senha em vez disso
done-reset-title = Sua senha foi redefinida
done-reset-still-locked = Sua nova senha está definida, mas sua conta continua bloqueada, então você ainda não pode entrar. Ela pode ser desbloqueada sozinha depois de um tempo; se não for, fale com o suporte técnico e informe o número de protocolo abaixo.
done-reset-unlocked = Agora você pode entrar com sua nova senha. Sua conta também foi desbloqueada.
done-reset-text = Agora você pode entrar com sua nova senha.
done-reset-notice = Enviamos um aviso para seu e-mail cadastrado. Se não foi você, fale imediatamente com o suporte técnico.
