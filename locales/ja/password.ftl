# パスワードが拒否される理由: 組織のルール、ディレクトリのルール、強度メーターのヒント。

rule-min-length = { $min } 文字以上にしてください。
rule-max-length = { $max } 文字以内にしてください。
rule-must-contain = { $class ->
    [lower] 英小文字を含めてください。
    [upper] 英大文字を含めてください。
    [digit] 数字を含めてください。
   *[symbol] ! や # などの記号を含めてください。
}
rule-name = 名前やユーザー ID を含めないでください。
rule-common = よく使われすぎています: 攻撃者が最初に試すパスワードの一覧に含まれています。
rule-banned-word = 組織がパスワードに使うことを禁止している単語が含まれています。

directory-not-complex = ディレクトリによると、このパスワードは十分に複雑ではありません。
directory-too-short = ディレクトリでは、もっと長いパスワードが必要です。
directory-too-recent = パスワードを変更してから間もないため、まだ再変更できません。
directory-used-before = このパスワードは以前に使われています。最近使っていないものを選んでください。
directory-too-long = ディレクトリによると、このパスワードは長すぎます。
directory-not-here = ディレクトリの設定により、ここではこのパスワードを変更できません。
directory-refused = ディレクトリがこのパスワードを拒否しました。
directory-complexity = ディレクトリでは、より複雑なパスワードが必要です: 英大文字、英小文字、数字、記号を組み合わせ、名前は避けてください。
directory-no-self-change = ディレクトリの設定により、ご自身でパスワードを変更することはできません。新しいパスワードにするには、サインイン ページの「パスワードをお忘れですか?」を使うか、ヘルプデスクにお問い合わせください。
webhook-refused = 組織のシステムがこのパスワードを拒否しました。

strength-keyboard-rows = キーボードの 1 列をそのまま並べたものは推測されやすくなります。
strength-keyboard-short = 短いキーボードのパターンは推測されやすくなります。
strength-repeats = 「aaa」のような繰り返しは推測されやすくなります。
strength-repeated-groups = 「abcabcabc」のような繰り返しは、「abc」よりわずかに推測されにくいだけです。
strength-top-10 = よく使われるパスワードの上位 10 件に入っています。
strength-top-100 = よく使われるパスワードの上位 100 件に入っています。
strength-common = 非常によく使われるパスワードです。
strength-similar-common = よく使われるパスワードに似ています。
strength-sequences = abc や 6543 のような連続は推測されやすくなります。
strength-recent-years = 最近の年は推測されやすくなります。
strength-single-word = 単語 1 つだけでは推測されやすくなります。
strength-dates = 日付は推測されやすいことが多いです。
strength-names = 名前や名字だけでは推測されやすくなります。
strength-common-names = よくある名前や名字は推測されやすくなります。
strength-use-words = 複数の単語を使い、よくある言い回しは避けましょう。
strength-no-need-symbols = 記号、数字、大文字は必須ではありません。
strength-add-word = 単語をもう 1 つか 2 つ加えましょう。珍しい単語ほど効果的です。
strength-capitals = 大文字にしてもあまり効果はありません。
strength-all-capitals = すべて大文字にしても、すべて小文字とほとんど変わらず推測されやすいです。
strength-reversed = 単語を逆から書いても、あまり推測されにくくなりません。
strength-substitutions = 「a」の代わりに「@」のような予測しやすい置き換えは、あまり効果がありません。
strength-longer-pattern = 向きを何度も変える、より長いキーボードのパターンを使いましょう。
strength-avoid-repeats = 単語や文字の繰り返しは避けましょう。
strength-avoid-sequences = 連続した文字や数字は避けましょう。
strength-avoid-recent-years = 最近の年は避けましょう。
strength-avoid-your-years = ご自身に関係のある年は避けましょう。
strength-avoid-your-dates = ご自身に関係のある日付や年は避けましょう。
