# El portal de registro: inicio de sesión, información de seguridad, contactos y códigos, cambio de contraseña.

sign-in = Iniciar sesión
sign-in-heading = Inicie sesión para gestionar su información de seguridad
sign-in-lead = Registre ahora un teléfono móvil y un correo alternativo para poder restablecer usted mismo la contraseña si alguna vez la olvida.
sign-in-user-id-hint = Su nombre de inicio de sesión o su correo del trabajo.
sign-in-forgot = ¿Ha olvidado su contraseña?
sign-in-failed = Ese identificador y esa contraseña no coinciden. Compruébelos y vuelva a intentarlo.
sign-in-throttled = Demasiados inicios de sesión fallidos. Por su seguridad, espere una hora y vuelva a intentarlo, o use «¿No puede acceder a su cuenta?» si ha olvidado la contraseña.
sign-in-unavailable-text = No hemos podido conectar con el directorio de su organización para comprobar su contraseña. Vuelva a intentarlo dentro de unos minutos o contacte con el soporte técnico indicando el número de seguimiento que aparece abajo.
sign-in-again = Volver a iniciar sesión
sign-in-again-first = Vuelva a iniciar sesión primero.
sign-out = Cerrar sesión
signed-out-title = Ha cerrado la sesión
signed-out-text = Cierre esta ventana si está en un ordenador compartido.

security-info-title = Su información de seguridad
security-info-hello = Hola, { $name }. Estas son las formas en que podemos comprobar que es usted cuando restablezca su contraseña.
security-info-asked = Su organización le pide que mantenga esto al día antes de continuar.
security-info-asked-done = Su organización le pide que mantenga esto al día antes de continuar. Todo está en orden: continúe cuando termine.
security-info-needed = Registre al menos { $needed ->
    [one] { $needed } forma
   *[other] { $needed } formas
} de verificar que es usted. Hasta entonces no podrá restablecer usted mismo la contraseña.
security-info-needed-some = Registre al menos { $needed ->
    [one] { $needed } forma
   *[other] { $needed } formas
} de verificar que es usted (tiene { $usable }). Hasta entonces no podrá restablecer usted mismo la contraseña.
security-info-admin-only = Solo su administrador puede cambiar esto.
security-info-all-correct = Todo es correcto
security-info-skip = Omitir por ahora
security-info-skip-hint = (se lo volveremos a pedir la próxima vez que inicie sesión)
security-info-change-password = Cambiar su contraseña

contact-alt-email = Correo alternativo
contact-mobile = Teléfono móvil
contact-office = Teléfono del trabajo
contact-not-set = Sin configurar
contact-by-admin = Configurado por su administrador
contact-verified-on = Verificado el { $date }
contact-not-verified = Sin verificar: verifíquelo para poder usarlo
contact-used-for = { $ways ->
    [email] Se usa para códigos por correo.
    [sms] Se usa para códigos por SMS.
    [sms-voice] Se usa para códigos por SMS y por llamada.
   *[voice] Se usa para códigos por llamada.
}
remove-choose = Elija en la lista el contacto que quiere quitar.
contact-removed = Quitado.
remove-below-minimum = No puede quitar este: su organización exige al menos { $count ->
    [one] { $count } forma
   *[other] { $count } formas
} de verificar que es usted al restablecer la contraseña. Añada otra primero y luego quite esta.
remove-nothing = Ahí no hay nada que quitar.
contacts-reconfirmed = Gracias: su información de seguridad está confirmada.

reconfirm-title = ¿Siguen siendo correctos?
reconfirm-lead = Ha pasado un tiempo. Compruebe que todavía se le puede localizar aquí, para poder restablecer usted mismo la contraseña cuando lo necesite.
reconfirm-yes = Todo bien

register-now = Actual:
register-email-title = Correo alternativo
register-email-add = Añadir su correo alternativo
register-email-change = Cambiar su correo alternativo
register-email-label = Dirección de correo alternativa
register-email-hint = No la del trabajo: una que pueda leer aunque no pueda iniciar sesión. Le enviaremos un código.
register-mobile-title = Teléfono móvil
register-mobile-add = Añadir su teléfono móvil
register-mobile-change = Cambiar su teléfono móvil
register-mobile-label = Número de móvil
register-way-legend = ¿Cómo le enviamos el código?
register-way-text = Por SMS
register-way-call = Con una llamada
choose-listed-way = Elija una de las formas de la lista.
register-unchanged = Eso ya está registrado y verificado. Introduzca uno distinto para cambiarlo.
register-blocked-until = Se le han enviado demasiados códigos. Por su seguridad, el registro queda en pausa hasta el { $when }.
register-code-not-delivered = No hemos podido entregar su código a { $masked }. Compruébelo y vuelva a intentarlo, o inténtelo más tarde.
register-code-saved-then = Se guarda en cuanto introduzca el código.
register-saved = Guardado: { $masked } está verificado.

prove-title = Confirme que es usted
prove-lead = { $action ->
    [remove] { $kind ->
        [email] Para quitar su correo alternativo, introduzca un código que enviaremos a un contacto que ya tiene registrado.
       *[mobile] Para quitar su número de móvil, introduzca un código que enviaremos a un contacto que ya tiene registrado.
    }
   *[change] { $kind ->
        [email] Para cambiar su correo alternativo, introduzca un código que enviaremos a un contacto que ya tiene registrado.
       *[mobile] Para cambiar su número de móvil, introduzca un código que enviaremos a un contacto que ya tiene registrado.
    }
} Así, alguien que haya averiguado su contraseña no puede hacerse con la recuperación de su cuenta.
prove-legend = ¿Dónde le enviamos el código?
prove-via-email = Enviar un código por correo a
prove-via-text = Enviar un código por SMS al
prove-choose = Elija dónde enviar el código.
prove-blocked-until = Se le han enviado demasiados códigos. Por su seguridad, los cambios quedan en pausa hasta el { $when }.
prove-code-not-delivered = No hemos podido entregar su código a { $masked }. Vuelva a intentarlo o elija otra forma.
prove-submit = Confirmar
prove-send-another = Enviar otro código
prove-confirmed = Gracias, queda confirmado. Durante los próximos { $minutes } minutos puede cambiar su información de seguridad.

change-title = Cambiar su contraseña
change-submit = Cambiar contraseña
back-to-security-info = Volver a su información de seguridad
change-done-title = Su contraseña se ha cambiado
change-done-text = Use a partir de ahora su contraseña nueva en todos los sitios donde inicie sesión. Le hemos enviado un aviso por correo.
expired-done-text = Inicie sesión con su contraseña nueva, aquí y en todas partes. Le hemos enviado un aviso por correo.
change-unavailable-text = Su contraseña no se ha cambiado. Vuelva a intentarlo dentro de unos minutos o contacte con el soporte técnico indicando el número de seguimiento que aparece abajo.
change-wrong-current = Su contraseña actual no es correcta.
change-throttled = Demasiadas contraseñas incorrectas. Por su seguridad, espere una hora y vuelva a intentarlo.
expired-title = Debe cambiar su contraseña
expired-lead = Su contraseña es correcta, pero ha caducado o su organización le pide que la cambie antes de iniciar sesión. Elija una nueva para continuar.
