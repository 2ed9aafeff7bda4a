# «Contacte con su administrador» y la bandeja de salida de desarrollo de la demostración.

helpdesk-lead = Enviaremos por correo a los administradores de su organización su identificador, qué ha fallado y el número de seguimiento, para que puedan ayudarle.
helpdesk-tracking-label = Número de seguimiento
helpdesk-note-label = ¿Algo que añadir? (opcional; nunca escriba su contraseña)
helpdesk-submit = Enviar a mi administrador
helpdesk-use-link = Use el enlace del soporte técnico que aparece abajo.
helpdesk-sent-title = Se ha avisado a su administrador
helpdesk-sent-text = Su administrador ha recibido su identificador, qué ha fallado y el número de seguimiento { $tracking }. Se pondrá en contacto con usted.
helpdesk-throttled-title = Ya enviado
helpdesk-throttled-text = Ya se ha contactado con su administrador varias veces en la última hora. Espere a que le responda.
helpdesk-failed-title = No hemos podido contactar con su administrador
helpdesk-no-admins-text = Su organización no tiene configurada ninguna dirección de administrador. Contacte directamente con su departamento de informática e indique el número de seguimiento que aparece abajo.
helpdesk-undeliverable-text = No hemos podido enviar su solicitud en este momento. Vuelva a intentarlo dentro de unos minutos o contacte directamente con su departamento de informática e indique el número de seguimiento que aparece abajo.
helpdesk-unknown-tracking = No hemos encontrado ningún intento con ese número de seguimiento. Compruébelo y vuelva a intentarlo.

outbox-title = Bandeja de salida de desarrollo
outbox-lead = Mensajes que el portal habría enviado por correo, por SMS o leído en una llamada. Solo se muestra en modo de demostración; configure SMTP y una pasarela telefónica para enviarlos de verdad.
outbox-empty = Todavía no se ha enviado nada.
outbox-meta = { $channel ->
    [email] Correo
    [sms] SMS
   *[voice] Llamada
} a { $recipient }
outbox-demo-only = La bandeja de salida de desarrollo solo existe en modo de demostración.
