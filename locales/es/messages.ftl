# Lo que envía el portal: correos, SMS, llamadas y avisos.

email-code-subject = { $org }: su código de verificación
email-code-lead = Su código de verificación es:
email-code-is = Su código de verificación es: { $code }
email-code-use = Introdúzcalo en la página de restablecimiento de contraseña. Caduca en { $minutes } minutos y solo sirve una vez.
email-code-ignore = Si no lo ha pedido, ignore este correo: nadie puede usarlo sin conocer también su identificador de usuario.
email-notice-subject = { $org }: { $subject }
sms-code = Código de verificación de { $org }: { $code }. Caduca en { $minutes } minutos. No lo comparta con nadie.
voice-code = Le llamamos de { $org }. Su código de verificación es { $code }.
voice-again = Repetimos:

notice-hello = Hola, { $name }:
notice-tracking-id = Número de seguimiento: { $tracking }
notice-if-not-you = Si no ha sido usted, contacte de inmediato con { $help } e indique el número de seguimiento { $tracking }.
notice-if-not-asked = Si no lo ha pedido, contacte de inmediato con { $help } e indique el número de seguimiento { $tracking }.
notice-password-subject = { $event ->
    [reset] se ha restablecido su contraseña
    [changed] se ha cambiado su contraseña
   *[by-admin] un administrador ha restablecido su contraseña
}
notice-password-written = { $event ->
    [reset] La contraseña de su cuenta { $login } se restableció el { $at }.
    [changed] La contraseña de su cuenta { $login } se cambió el { $at }.
   *[by-admin] Un administrador restableció la contraseña de su cuenta { $login } el { $at }.
}
notice-admin-subject = { $event ->
    [reset] un administrador ha restablecido su contraseña
    [changed] un administrador ha cambiado su contraseña
   *[by-admin] se ha restablecido la contraseña de un administrador
}
notice-admin-reset-by-admin = El administrador { $by } restableció la contraseña del administrador { $login } el { $at }.
notice-admin-own-password = { $event ->
    [reset] El administrador { $login } restableció su propia contraseña el { $at }.
   *[changed] El administrador { $login } cambió su propia contraseña el { $at }.
}
notice-contacts-subject = su información de seguridad ha cambiado
notice-contact-line = { $line } ({ $at }, cuenta { $login })
notice-contact-changed = { $kind ->
    [email] Su dirección de correo alternativa se ha cambiado a { $masked }.
   *[mobile] Su número de móvil se ha cambiado a { $masked }.
}
notice-contact-registered = { $kind ->
    [email] { $masked } se ha registrado como su dirección de correo alternativa.
   *[mobile] { $masked } se ha registrado como su número de móvil.
}
notice-contact-removed = { $kind ->
    [email] { $masked } se ha quitado como su dirección de correo alternativa.
   *[mobile] { $masked } se ha quitado como su número de móvil.
}
notice-contacts-by-admin-subject = se ha cambiado su información de seguridad
notice-contacts-by-admin = Un administrador ha cambiado los contactos que su cuenta { $login } usa para verificar un restablecimiento de contraseña: { $summary }.

helpdesk-mail-user = Identificador de usuario: { $login }
helpdesk-mail-user-unknown = Identificador de usuario: desconocido (esta solicitud no inició un restablecimiento ni un inicio de sesión)
helpdesk-mail-subject-user = { $login } necesita ayuda con su contraseña
helpdesk-mail-subject-someone = Alguien necesita ayuda con su contraseña (número de seguimiento { $tracking })
helpdesk-mail-what = Qué ha fallado: { $what }
helpdesk-mail-asked = el usuario ha pedido ayuda
helpdesk-mail-address = Dirección del cliente: { $address }
helpdesk-mail-note = El usuario escribió: { $note }
helpdesk-mail-console = Todo lo que ocurrió, y la página del usuario, en la consola de administración: { $link }
