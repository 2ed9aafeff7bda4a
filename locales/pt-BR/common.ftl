# O que todas as páginas compartilham: moldura, seletor de idioma, datas, erros gerais.

language-name = Português (Brasil)
language-switcher = Idioma
skip-to-content = Pular para o conteúdo principal
footer-need-help = Precisa de ajuda?
tracking-id-label = Número de protocolo:
your-tracking-id = Seu número de protocolo é
demo-mode = Modo de demonstração
demo-outbox-link = Caixa de saída de desenvolvimento (mensagens que teriam sido enviadas)

helpdesk-link-url = Fale com o suporte técnico
helpdesk-link-email = Envie um e-mail ao suporte técnico ({ $address })
helpdesk-link-admins = Fale com o administrador
helpdesk-mail-subject = Ajuda para redefinir a senha (protocolo { $tracking })
helpdesk-words-url = o suporte técnico ({ $url })
helpdesk-words-email = o suporte técnico em { $address }
helpdesk-words-admins = o administrador

start-again = Começar de novo
try-again = Tentar novamente
action-next = Avançar
action-cancel = Cancelar
send-code = Enviar código
action-verify = Verificar

failure-title = Algo deu errado
failure-try-again = Tente novamente daqui a pouco.
failure-step = Não conseguimos concluir esta etapa. Tente novamente daqui a pouco; se continuar acontecendo, informe ao suporte técnico o número de protocolo abaixo.
tenant-unknown-title = Organização não encontrada
tenant-unknown-text = Não há um portal de redefinição de senha neste endereço. Confira o link que você recebeu.
language-unknown-title = Idioma indisponível
language-unknown-text = Este portal não oferece esse idioma. Volte e escolha um da lista.
form-expired-title = Esta página expirou
form-expired-text = Para sua segurança, os formulários deixam de funcionar depois de algum tempo ou quando abertos em outro lugar. Comece de novo.

date-month = { $month ->
    [1] janeiro
    [2] fevereiro
    [3] março
    [4] abril
    [5] maio
    [6] junho
    [7] julho
    [8] agosto
    [9] setembro
    [10] outubro
    [11] novembro
   *[12] dezembro
}
date-day = { $day } de { $month } de { $year }
date-day-time = { $date }, { $time } UTC

not-found = Não encontrado
action-change = Alterar
action-add = Adicionar
action-remove = Remover
action-continue = Continuar
action-refresh = Atualizar
start-over = Recomeçar
user-id = ID de usuário
password-label = Senha
user-id-empty = Digite seu ID de usuário.
user-id-too-long = Esse ID de usuário é longo demais (no máximo 256 caracteres).
user-id-bad-character = Um ID de usuário não pode conter espaços, caracteres de controle nem barras invertidas.
email-format = Digite um endereço de e-mail como nome@example.com.
phone-format = Digite o número no formato internacional: o sinal de mais, o código do país e depois o número, por exemplo +55 11 91234 5678.
phone-invalid = Esse número de telefone não é válido. Digite o número no formato internacional: o sinal de mais, o código do país e depois o número, por exemplo +55 11 91234 5678.
directory-unavailable-title = O diretório está indisponível no momento
directory-unavailable-text = Não conseguimos acessar o diretório da sua organização. Tente novamente em alguns minutos ou fale com o suporte técnico informando o número de protocolo abaixo.

captcha-label = Dígitos da imagem ou da gravação
captcha-alt = Imagem com sete dígitos para digitar; se não conseguir ler, ouça os dígitos ou peça uma nova imagem
captcha-new = Nova imagem
captcha-legend = Prove que você é uma pessoa
captcha-listen = Ouvir os dígitos em vez disso
captcha-listen-hint = A gravação lê os mesmos sete dígitos da imagem, com um pouco de ruído de fundo. Digite-os no campo abaixo.
captcha-audio-file = Baixar a gravação
captcha-audio-gone-title = Esta gravação não está mais disponível
captcha-audio-gone-text = Uma gravação só funciona na página para a qual foi criada, até que a imagem seja respondida ou expire. Volte e peça uma nova imagem.
captcha-wrong = Os dígitos digitados não correspondem. Tente com esta nova imagem ou gravação.
captcha-expired = Essa imagem expirou ou já foi usada. Digite os dígitos desta nova.

code-title = Digite seu código
code-not-delivered-title = Não conseguimos falar com você
code-label = Código de 8 dígitos
code-hint = Os dígitos da mensagem; espaços não fazem diferença.
code-sent = { $method ->
    [email] Enviamos um código por e-mail para { $masked }.
    [sms] Enviamos um código por SMS para { $masked }.
   *[other] Estamos ligando para { $masked } com um código.
}
code-expires = Ele expira em { $minutes ->
    [one] { $minutes } minuto
   *[other] { $minutes } minutos
}.
code-send-new = Enviar um novo código
code-tries-left = Esse código não está certo. Você ainda tem { $count ->
    [one] { $count } tentativa
   *[other] { $count } tentativas
}.
code-malformed = Digite o código de 8 dígitos da mensagem.
code-expired = Esse código expirou ou foi substituído por um mais novo. Peça um novo código.
code-dead = Códigos errados demais: este código não funciona mais. Peça um novo código.
code-cooldown = Aguarde mais { $seconds ->
    [one] { $seconds } segundo
   *[other] { $seconds } segundos
} antes de pedir um novo código.
codes-capped = Muitos códigos foram enviados recentemente. Aguarde uma hora e tente novamente.

password-new = Nova senha
password-new-hint = No mínimo { $min } caracteres. Frases-senha longas são as mais fáceis de lembrar e as mais difíceis de adivinhar.
password-confirm = Confirme a nova senha
password-current = Senha atual
password-mismatch = As duas senhas não são iguais. Digite a mesma senha duas vezes.
password-rules-refused = Essa senha não atende às regras da sua organização:
password-directory-refused = Seu diretório recusou essa senha:
strength-label = Força:
strength-words = Muito fraca|Fraca|Razoável|Forte|Muito forte
