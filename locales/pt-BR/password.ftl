# Por que uma senha é recusada: regras da organização, do diretório e dicas do medidor de força.

rule-min-length = Ela precisa ter pelo menos { $min } caracteres.
rule-max-length = Ela pode ter no máximo { $max } caracteres.
rule-must-contain = { $class ->
    [lower] Ela precisa conter uma letra minúscula.
    [upper] Ela precisa conter uma letra maiúscula.
    [digit] Ela precisa conter um dígito.
   *[symbol] Ela precisa conter um símbolo como ! ou #.
}
rule-name = Ela não pode conter seu nome nem seu ID de usuário.
rule-common = Ela é comum demais: aparece nas listas de senhas que os invasores tentam primeiro.
rule-banned-word = Ela contém uma palavra que sua organização não permite em senhas.

directory-not-complex = Segundo seu diretório, esta senha não é complexa o bastante.
directory-too-short = Seu diretório exige uma senha mais longa.
directory-too-recent = Sua senha foi alterada há muito pouco tempo para ser alterada de novo.
directory-used-before = Você já usou esta senha. Escolha uma que não tenha usado recentemente.
directory-too-long = Segundo seu diretório, esta senha é longa demais.
directory-not-here = Seu diretório não permite alterar esta senha aqui.
directory-refused = Seu diretório recusou esta senha.
directory-complexity = Seu diretório exige uma senha mais complexa: misture maiúsculas, minúsculas, dígitos e símbolos, e evite seu nome.
directory-no-self-change = Seu diretório não permite que você altere a própria senha. Para escolher uma nova, use "Esqueceu sua senha?" na página de login ou fale com o suporte técnico.
webhook-refused = O sistema da sua organização recusou esta senha.

strength-keyboard-rows = Fileiras retas de teclas são fáceis de adivinhar.
strength-keyboard-short = Padrões curtos de teclado são fáceis de adivinhar.
strength-repeats = Repetições como "aaa" são fáceis de adivinhar.
strength-repeated-groups = Repetições como "abcabcabc" são só um pouco mais difíceis de adivinhar que "abc".
strength-top-10 = Esta é uma das 10 senhas mais comuns.
strength-top-100 = Esta é uma das 100 senhas mais comuns.
strength-common = Esta é uma senha muito comum.
strength-similar-common = Esta é parecida com uma senha muito usada.
strength-sequences = Sequências como abc ou 6543 são fáceis de adivinhar.
strength-recent-years = Anos recentes são fáceis de adivinhar.
strength-single-word = Uma palavra sozinha é fácil de adivinhar.
strength-dates = Datas costumam ser fáceis de adivinhar.
strength-names = Nomes e sobrenomes sozinhos são fáceis de adivinhar.
strength-common-names = Nomes e sobrenomes comuns são fáceis de adivinhar.
strength-use-words = Use algumas palavras e evite frases feitas.
strength-no-need-symbols = Não é preciso usar símbolos, dígitos nem maiúsculas.
strength-add-word = Acrescente mais uma ou duas palavras. Palavras incomuns são melhores.
strength-capitals = Letras maiúsculas não ajudam muito.
strength-all-capitals = Tudo em maiúsculas é quase tão fácil de adivinhar quanto tudo em minúsculas.
strength-reversed = Palavras ao contrário não são muito mais difíceis de adivinhar.
strength-substitutions = Substituições previsíveis, como "@" no lugar de "a", não ajudam muito.
strength-longer-pattern = Use um padrão de teclado mais longo e com mais mudanças de direção.
strength-avoid-repeats = Evite palavras e caracteres repetidos.
strength-avoid-sequences = Evite sequências.
strength-avoid-recent-years = Evite anos recentes.
strength-avoid-your-years = Evite anos ligados a você.
strength-avoid-your-dates = Evite datas e anos ligados a você.
