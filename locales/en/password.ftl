# Why a password is refused: the organisation's rules, the directory's, and the strength meter's hints.

rule-min-length = It must be at least { $min } characters long.
rule-max-length = It must be at most { $max } characters long.
rule-must-contain = { $class ->
    [lower] It must contain a lower-case letter.
    [upper] It must contain an upper-case letter.
    [digit] It must contain a digit.
   *[symbol] It must contain a symbol such as ! or #.
}
rule-name = It must not contain your name or user ID.
rule-common = It is too common: it appears in lists of passwords that attackers try first.
rule-banned-word = It contains a word your organisation doesn't allow in passwords.

directory-not-complex = Your directory says this password isn't complex enough.
directory-too-short = Your directory needs a longer password.
directory-too-recent = Your password was changed too recently to change it again yet.
directory-used-before = You've used this password before. Choose one you haven't used recently.
directory-too-long = Your directory says this password is too long.
directory-not-here = Your directory doesn't let this password be changed here.
directory-refused = Your directory refused this password.
directory-complexity = Your directory needs a more complex password: mix upper- and lower-case letters, digits and symbols, and avoid your name.
directory-no-self-change = Your directory doesn't let you change your own password. To choose a new one, use "Forgot your password?" on the sign-in page, or contact the helpdesk.
webhook-refused = Your organisation's system refused this password.

strength-keyboard-rows = Straight rows of keys are easy to guess.
strength-keyboard-short = Short keyboard patterns are easy to guess.
strength-repeats = Repeats like "aaa" are easy to guess.
strength-repeated-groups = Repeats like "abcabcabc" are only slightly harder to guess than "abc".
strength-top-10 = This is a top-10 common password.
strength-top-100 = This is a top-100 common password.
strength-common = This is a very common password.
strength-similar-common = This is similar to a commonly used password.
strength-sequences = Sequences like abc or 6543 are easy to guess.
strength-recent-years = Recent years are easy to guess.
strength-single-word = A word by itself is easy to guess.
strength-dates = Dates are often easy to guess.
strength-names = Names and surnames by themselves are easy to guess.
strength-common-names = Common names and surnames are easy to guess.
strength-use-words = Use a few words, avoid common phrases.
strength-no-need-symbols = No need for symbols, digits, or uppercase letters.
strength-add-word = Add another word or two. Uncommon words are better.
strength-capitals = Capitalization doesn't help very much.
strength-all-capitals = All-uppercase is almost as easy to guess as all-lowercase.
strength-reversed = Reversed words aren't much harder to guess.
strength-substitutions = Predictable substitutions like '@' instead of 'a' don't help very much.
strength-longer-pattern = Use a longer keyboard pattern with more turns.
strength-avoid-repeats = Avoid repeated words and characters.
strength-avoid-sequences = Avoid sequences.
strength-avoid-recent-years = Avoid recent years.
strength-avoid-your-years = Avoid years that are associated with you.
strength-avoid-your-dates = Avoid dates and years that are associated with you.
