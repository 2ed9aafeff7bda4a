# Por qué se rechaza una contraseña: normas de la organización, del directorio y consejos del medidor de seguridad.

rule-min-length = Debe tener al menos { $min } caracteres.
rule-max-length = Debe tener como máximo { $max } caracteres.
rule-must-contain = { $class ->
    [lower] Debe contener una letra minúscula.
    [upper] Debe contener una letra mayúscula.
    [digit] Debe contener un dígito.
   *[symbol] Debe contener un símbolo como ! o #.
}
rule-name = No debe contener su nombre ni su identificador de usuario.
rule-common = Es demasiado común: aparece en las listas de contraseñas que los atacantes prueban primero.
rule-banned-word = Contiene una palabra que su organización no permite en las contraseñas.

directory-not-complex = Según su directorio, esta contraseña no es lo bastante compleja.
directory-too-short = Su directorio exige una contraseña más larga.
directory-too-recent = Su contraseña se cambió hace muy poco para volver a cambiarla todavía.
directory-used-before = Ya ha usado esta contraseña. Elija una que no haya usado recientemente.
directory-too-long = Según su directorio, esta contraseña es demasiado larga.
directory-not-here = Su directorio no permite cambiar esta contraseña aquí.
directory-refused = Su directorio ha rechazado esta contraseña.
directory-complexity = Su directorio exige una contraseña más compleja: combine mayúsculas, minúsculas, dígitos y símbolos, y evite su nombre.
directory-no-self-change = Su directorio no le permite cambiar su propia contraseña. Para elegir una nueva, use «¿Ha olvidado su contraseña?» en la página de inicio de sesión o contacte con el soporte técnico.
webhook-refused = El sistema de su organización ha rechazado esta contraseña.

strength-keyboard-rows = Las filas rectas de teclas son fáciles de adivinar.
strength-keyboard-short = Los patrones cortos de teclado son fáciles de adivinar.
strength-repeats = Las repeticiones como «aaa» son fáciles de adivinar.
strength-repeated-groups = Las repeticiones como «abcabcabc» son apenas más difíciles de adivinar que «abc».
strength-top-10 = Es una de las 10 contraseñas más comunes.
strength-top-100 = Es una de las 100 contraseñas más comunes.
strength-common = Es una contraseña muy común.
strength-similar-common = Se parece a una contraseña de uso frecuente.
strength-sequences = Las secuencias como abc o 6543 son fáciles de adivinar.
strength-recent-years = Los años recientes son fáciles de adivinar.
strength-single-word = Una palabra sola es fácil de adivinar.
strength-dates = Las fechas suelen ser fáciles de adivinar.
strength-names = Los nombres y apellidos solos son fáciles de adivinar.
strength-common-names = Los nombres y apellidos comunes son fáciles de adivinar.
strength-use-words = Use varias palabras y evite frases hechas.
strength-no-need-symbols = No hacen falta símbolos, dígitos ni mayúsculas.
strength-add-word = Añada una o dos palabras más. Mejor si son poco comunes.
strength-capitals = Las mayúsculas no ayudan mucho.
strength-all-capitals = Todo en mayúsculas es casi tan fácil de adivinar como todo en minúsculas.
strength-reversed = Las palabras al revés apenas son más difíciles de adivinar.
strength-substitutions = Las sustituciones previsibles, como «@» en lugar de «a», no ayudan mucho.
strength-longer-pattern = Use un patrón de teclado más largo y con más giros.
strength-avoid-repeats = Evite repetir palabras y caracteres.
strength-avoid-sequences = Evite las secuencias.
strength-avoid-recent-years = Evite los años recientes.
strength-avoid-your-years = Evite los años relacionados con usted.
strength-avoid-your-dates = Evite las fechas y años relacionados con usted.
