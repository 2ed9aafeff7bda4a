# Lo que comparten todas las páginas: marco, selector de idioma, fechas, errores generales.

language-name = Español
language-switcher = Idioma
skip-to-content = Saltar al contenido principal
footer-need-help = ¿Necesita ayuda?
tracking-id-label = Número de seguimiento:
your-tracking-id = Su número de seguimiento es
demo-mode = Modo de demostración
demo-outbox-link = Bandeja de salida de desarrollo (mensajes que se habrían enviado)

helpdesk-link-url = Contacte con su soporte técnico
helpdesk-link-email = Escriba a su soporte técnico ({ $address })
helpdesk-link-admins = Contacte con su administrador
helpdesk-mail-subject = Ayuda para restablecer la contraseña (número de seguimiento { $tracking })
helpdesk-words-url = su soporte técnico ({ $url })
helpdesk-words-email = su soporte técnico en { $address }
helpdesk-words-admins = su administrador

start-again = Volver a empezar
try-again = Intentarlo de nuevo
action-next = Siguiente
action-cancel = Cancelar
send-code = Enviar código
action-verify = Verificar

failure-title = Algo ha salido mal
failure-try-again = Vuelva a intentarlo en un momento.
failure-step = No hemos podido completar este paso. Vuelva a intentarlo en un momento; si sigue ocurriendo, facilite a su soporte técnico el número de seguimiento que aparece abajo.
tenant-unknown-title = Organización no encontrada
tenant-unknown-text = No hay ningún portal de restablecimiento de contraseñas en esta dirección. Compruebe el enlace que le dieron.
language-unknown-title = Idioma no disponible
language-unknown-text = Este portal no ofrece ese idioma. Vuelva atrás y elija uno de la lista.
form-expired-title = Esta página ha caducado
form-expired-text = Por su seguridad, los formularios dejan de funcionar pasado un tiempo o si se abrieron en otro lugar. Vuelva a empezar.

date-month = { $month ->
    [1] enero
    [2] febrero
    [3] marzo
    [4] abril
    [5] mayo
    [6] junio
    [7] julio
    [8] agosto
    [9] septiembre
    [10] octubre
    [11] noviembre
   *[12] diciembre
}
date-day = { $day } de { $month } de { $year }
date-day-time = { $date }, { $time } UTC

not-found = No encontrado
action-change = Cambiar
action-add = Añadir
action-remove = Quitar
action-continue = Continuar
action-refresh = Actualizar
start-over = Empezar de nuevo
user-id = Identificador de usuario
password-label = Contraseña
user-id-empty = Introduzca su identificador de usuario.
user-id-too-long = Ese identificador es demasiado largo (256 caracteres como máximo).
user-id-bad-character = Un identificador de usuario no puede contener espacios, caracteres de control ni barras invertidas.
email-format = Introduzca una dirección de correo como nombre@example.com.
phone-format = Introduzca el número en formato internacional: el signo más, el prefijo del país y luego el número, por ejemplo +34 612 34 56 78.
phone-invalid = Ese número de teléfono no es válido. Introduzca el número en formato internacional: el signo más, el prefijo del país y luego el número, por ejemplo +34 612 34 56 78.
directory-unavailable-title = El directorio no está disponible en este momento
directory-unavailable-text = No hemos podido conectar con el directorio de su organización. Vuelva a intentarlo dentro de unos minutos o contacte con el soporte técnico indicando el número de seguimiento que aparece abajo.

captcha-label = Dígitos de la imagen o de la grabación
captcha-alt = Imagen con siete dígitos para escribir; si no puede leerla, escúchelos o pida una imagen nueva
captcha-new = Imagen nueva
captcha-legend = Demuestre que es una persona
captcha-listen = Escuchar los dígitos en su lugar
captcha-listen-hint = La grabación lee los mismos siete dígitos que la imagen, con algo de ruido de fondo. Escríbalos en el campo de abajo.
captcha-audio-file = Descargar la grabación
captcha-audio-gone-title = Esta grabación ya no está disponible
captcha-audio-gone-text = Una grabación solo funciona en la página para la que se creó, hasta que se responde o caduca su imagen. Vuelva atrás y pida una imagen nueva.
captcha-wrong = Los dígitos que ha escrito no coinciden. Pruebe con esta imagen o grabación nueva.
captcha-expired = Esa imagen ha caducado o ya se usó. Escriba los dígitos de esta nueva.

code-title = Introduzca su código
code-not-delivered-title = No hemos podido contactarle
code-label = Código de 8 dígitos
code-hint = Los dígitos del mensaje; los espacios no importan.
code-sent = { $method ->
    [email] Hemos enviado un código por correo a { $masked }.
    [sms] Hemos enviado un código por SMS al { $masked }.
   *[other] Le estamos llamando al { $masked } para darle un código.
}
code-expires = Caduca en { $minutes ->
    [one] { $minutes } minuto
   *[other] { $minutes } minutos
}.
code-send-new = Enviar un código nuevo
code-tries-left = Ese código no es correcto. Le { $count ->
    [one] queda { $count } intento
   *[other] quedan { $count } intentos
}.
code-malformed = Introduzca el código de 8 dígitos del mensaje.
code-expired = Ese código ha caducado o se ha sustituido por uno más reciente. Pida un código nuevo.
code-dead = Demasiados códigos incorrectos: este código ya no funciona. Pida un código nuevo.
code-cooldown = Espere { $seconds ->
    [one] { $seconds } segundo
   *[other] { $seconds } segundos
} más antes de pedir un código nuevo.
codes-capped = Se han enviado demasiados códigos últimamente. Espere una hora y vuelva a intentarlo.

password-new = Contraseña nueva
password-new-hint = Al menos { $min } caracteres. Las frases de contraseña largas son las más fáciles de recordar y las más difíciles de adivinar.
password-confirm = Confirme la contraseña nueva
password-current = Contraseña actual
password-mismatch = Las dos contraseñas no coinciden. Escriba la misma contraseña dos veces.
password-rules-refused = Esa contraseña no cumple las normas de su organización:
password-directory-refused = Su directorio ha rechazado esa contraseña:
strength-label = Seguridad:
strength-words = Muy débil|Débil|Aceptable|Fuerte|Muy fuerte
