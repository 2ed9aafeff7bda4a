# "Fale com o administrador" e a caixa de saída de desenvolvimento da demonstração.

helpdesk-lead = Enviaremos por e-mail aos administradores da sua organização seu ID de usuário, o que deu errado e o número de protocolo, para que possam ajudar você.
helpdesk-tracking-label = Número de protocolo
helpdesk-note-label = Algo a acrescentar? (opcional; nunca digite sua senha)
helpdesk-submit = Enviar ao meu administrador
helpdesk-use-link = Use o link do suporte técnico abaixo.
helpdesk-sent-title = Seu administrador foi avisado
helpdesk-sent-text = Seu administrador recebeu seu ID de usuário, o que deu errado e o protocolo { $tracking }. Ele entrará em contato com você.
helpdesk-throttled-title = Já enviado
helpdesk-throttled-text = Seu administrador já foi contatado várias vezes na última hora. Aguarde o retorno dele.
helpdesk-failed-title = Não conseguimos falar com seu administrador
helpdesk-no-admins-text = Nenhum endereço de administrador está configurado para sua organização. Fale diretamente com o departamento de TI e informe o número de protocolo abaixo.
helpdesk-undeliverable-text = Não conseguimos enviar sua solicitação agora. Tente novamente em alguns minutos ou fale diretamente com o departamento de TI e informe o número de protocolo abaixo.
helpdesk-unknown-tracking = Não encontramos nenhuma tentativa com esse número de protocolo. Confira e tente novamente.

outbox-title = Caixa de saída de desenvolvimento
outbox-lead = Mensagens que o portal teria enviado por e-mail, por SMS ou lido numa ligação. Só aparece no modo de demonstração; configure SMTP e um gateway de telefonia para enviar de verdade.
outbox-empty = Nada enviado ainda.
outbox-meta = { $channel ->
    [email] E-mail
    [sms] SMS
   *[voice] Ligação
} para { $recipient }
outbox-demo-only = A caixa de saída de desenvolvimento só existe no modo de demonstração.
