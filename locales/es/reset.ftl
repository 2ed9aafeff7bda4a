# Las páginas para restablecer y desbloquear.

home-title = Ayuda con la contraseña
home-heading = Ayuda con la contraseña de { $org }
home-lead = ¿Ha olvidado su contraseña o su cuenta está bloqueada? Puede recuperar el acceso usted mismo, sin llamar al soporte técnico.
home-reset-link = ¿No puede acceder a su cuenta?
home-know-password = ¿Conoce su contraseña?
home-register-lead = Inicie sesión para registrar un teléfono móvil y un correo alternativo, y así poder restablecer usted mismo la contraseña si la olvida, o para cambiarla.
home-register-link = Gestionar su información de seguridad

reset-start-title = Recupere el acceso a su cuenta
reset-start-lead = ¿Quién es usted? Introduzca su identificador de usuario y los dígitos de la imagen.
reset-user-id-hint = Su nombre de inicio de sesión, por ejemplo alice o alice@contoso.com.
reset-need = ¿Qué necesita?
reset-need-reset = He olvidado mi contraseña
reset-need-unlock = Sé mi contraseña, pero mi cuenta está bloqueada

reset-off-title = El restablecimiento de contraseña por autoservicio está desactivado
reset-off-text = Su organización no permite que los usuarios restablezcan aquí su propia contraseña. Su soporte técnico puede restablecerla por usted.
reset-unknown-title = No hemos encontrado ese identificador de usuario
reset-unknown-text = Compruebe el identificador (suele ser su nombre de inicio de sesión o su dirección de correo) y vuelva a intentarlo.
reset-not-enabled-title = No puede restablecer su contraseña aquí
reset-not-enabled-text = Su cuenta no está habilitada para el restablecimiento por autoservicio. Su soporte técnico puede restablecerla por usted.
reset-not-registered-title = No ha registrado suficientes formas de verificar su identidad
reset-not-registered-text = Para restablecer usted mismo la contraseña necesita tener registrados de antemano medios de contacto. Su soporte técnico puede restablecerla por usted.
reset-blocked-title = Demasiados intentos
reset-blocked-lead = Ha intentado restablecer esta contraseña demasiadas veces.
reset-blocked-until = Por su seguridad, el restablecimiento por autoservicio está bloqueado para esta cuenta hasta el { $when }. Su soporte técnico puede ayudarle ahora mismo.
reset-expired-title = Su sesión de restablecimiento ha caducado
reset-expired-text = Las sesiones de restablecimiento duran 15 minutos. Vuelva a empezar; los códigos que recibió antes ya no funcionan.

reset-step = Paso de verificación { $gate } de { $gates }
methods-title = Verifique que es usted
methods-heading = Elija cómo verificar que es usted
methods-legend = Medio de contacto
method-label = { $method ->
    [email] Enviar un correo a mi dirección alternativa
    [sms] Enviar un SMS a mi móvil
    [voice] Llamar a mi móvil
   *[office_voice] Llamar a mi teléfono del trabajo
}
choose-listed-method = Elija uno de los medios de la lista.
reset-choose-method-first = Elija primero un medio.
reset-verify-first = Verifique primero su identidad.

phone-confirm-title = Confirme su número de teléfono
phone-confirm-lead = Para proteger su cuenta, escriba primero el número completo. No enviaremos nada hasta que coincida.
phone-number = Número de teléfono
phone-number-hint = Formato internacional: + y el prefijo del país, por ejemplo +34 612 34 56 78.
reset-number-mismatch = Ese número no coincide con el que tenemos. Compruébelo y vuelva a intentarlo, o elija otro medio.
reset-codes-capped = Se han enviado demasiados códigos últimamente. Espere una hora o elija otro medio.

reset-code-not-delivered = No hemos podido entregar su código a { $masked }. Pruebe otro medio o vuelva a intentarlo más tarde.
reset-use-another = Usar otro medio
reset-nothing-arrived = ¿No ha recibido nada? Compruebe el número o la dirección de arriba; si es incorrecto o antiguo:
reset-code-dead = Demasiados códigos incorrectos: este código ya no funciona. Pida un código nuevo o elija otro medio.

reset-password-title = Elija una contraseña nueva
reset-password-submit = Restablecer contraseña

unlock-title = Desbloquear su cuenta
unlock-lead = Hemos verificado que es usted. Desbloquee su cuenta para volver a iniciar sesión con la contraseña que ya tiene.
unlock-submit = Desbloquear mi cuenta
unlock-forgot = ¿También ha olvidado la contraseña?
unlock-forgot-link = Restablézcala en su lugar

done-unlocked-title = Su cuenta está desbloqueada
done-unlocked-text = Inicie sesión con la contraseña que ya tiene.
done-still-locked-title = Su cuenta sigue bloqueada
done-still-locked-text = Su directorio no la ha desbloqueado. Contacte con su soporte técnico e indique el número de seguimiento que aparece abajo.
done-not-locked-title = Su cuenta no está bloqueada
done-not-locked-text = Inicie sesión con la contraseña que ya tiene. Si no funciona:
done-not-locked-link = restablezca su contraseña en su lugar
done-reset-title = Su contraseña se ha restablecido
done-reset-still-locked = Su contraseña nueva está establecida, pero su cuenta sigue bloqueada, así que aún no puede iniciar sesión. Puede desbloquearse sola al cabo de un tiempo; si no, contacte con su soporte técnico e indique el número de seguimiento que aparece abajo.
done-reset-unlocked = Ya puede iniciar sesión con su contraseña nueva. Su cuenta también se ha desbloqueado.
done-reset-text = Ya puede iniciar sesión con su contraseña nueva.
done-reset-notice = Hemos enviado un aviso a su correo registrado. Si no ha sido usted, contacte de inmediato con su soporte técnico.
