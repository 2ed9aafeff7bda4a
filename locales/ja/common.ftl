# すべてのページに共通するもの: 枠組み、言語の切り替え、日付、一般的なエラー。

language-name = 日本語
language-switcher = 言語
skip-to-content = 本文へ移動
footer-need-help = お困りですか?
tracking-id-label = 受付番号:
your-tracking-id = 受付番号は次のとおりです:
demo-mode = デモモード
demo-outbox-link = 開発用送信箱 (送信されるはずだったメッセージ)

helpdesk-link-url = ヘルプデスクに問い合わせる
helpdesk-link-email = ヘルプデスクにメールする ({ $address })
helpdesk-link-admins = 管理者に問い合わせる
helpdesk-mail-subject = パスワード リセットのお問い合わせ (受付番号 { $tracking })
helpdesk-words-url = ヘルプデスク ({ $url })
helpdesk-words-email = ヘルプデスク ({ $address })
helpdesk-words-admins = 管理者

start-again = 最初からやり直す
try-again = もう一度試す
action-next = 次へ
action-cancel = キャンセル
send-code = コードを送信
action-verify = 確認

failure-title = 問題が発生しました
failure-try-again = しばらくしてからもう一度お試しください。
failure-step = この手順を完了できませんでした。しばらくしてからもう一度お試しください。繰り返し発生する場合は、下の受付番号をヘルプデスクにお伝えください。
tenant-unknown-title = 組織が見つかりません
tenant-unknown-text = このアドレスにはパスワード リセット ポータルがありません。受け取ったリンクを確認してください。
language-unknown-title = この言語は利用できません
language-unknown-text = このポータルはその言語に対応していません。前のページに戻り、一覧から選んでください。
form-expired-title = このページの有効期限が切れました
form-expired-text = セキュリティのため、フォームは一定時間が過ぎるか、別の場所で開かれると使えなくなります。最初からやり直してください。

date-month = { $month ->
    [1] 1月
    [2] 2月
    [3] 3月
    [4] 4月
    [5] 5月
    [6] 6月
    [7] 7月
    [8] 8月
    [9] 9月
    [10] 10月
    [11] 11月
   *[12] 12月
}
date-day = { $year }年{ $month }{ $day }日
date-day-time = { $date } { $time } (UTC)

not-found = 見つかりません
action-change = 変更
action-add = 追加
action-remove = 削除
action-continue = 続行
action-refresh = 更新
start-over = はじめからやり直す
user-id = ユーザー ID
password-label = パスワード
user-id-empty = ユーザー ID を入力してください。
user-id-too-long = ユーザー ID が長すぎます (256 文字以内)。
user-id-bad-character = ユーザー ID には、空白、制御文字、バックスラッシュは使えません。
email-format = name@example.com のような形式でメール アドレスを入力してください。
phone-format = 番号を国際形式で入力してください: プラス記号、国番号、番号の順に、例: +81 90 1234 5678。
phone-invalid = 有効な電話番号ではありません。番号を国際形式で入力してください: プラス記号、国番号、番号の順に、例: +81 90 1234 5678。
directory-unavailable-title = 現在ディレクトリに接続できません
directory-unavailable-text = 組織のディレクトリに接続できませんでした。数分後にもう一度お試しいただくか、下の受付番号を添えてヘルプデスクにお問い合わせください。

captcha-label = 画像または音声の数字
captcha-alt = 入力する 7 桁の数字の画像です。読めない場合は音声で聞くか、新しい画像を表示してください
captcha-new = 新しい画像
captcha-legend = 人間であることの確認
captcha-listen = 代わりに数字を音声で聞く
captcha-listen-hint = 音声は画像と同じ 7 桁の数字を、少し雑音を交えて読み上げます。下の欄に入力してください。
captcha-audio-file = 音声をダウンロード
captcha-audio-gone-title = この音声はもう利用できません
captcha-audio-gone-text = 音声は作成されたページでのみ、画像に回答するか有効期限が切れるまで使えます。前のページに戻り、新しい画像を表示してください。
captcha-wrong = 入力した数字が一致しません。こちらの新しい画像または音声でお試しください。
captcha-expired = その画像は有効期限が切れたか、すでに使われています。こちらの新しい画像の数字を入力してください。

code-title = コードを入力してください
code-not-delivered-title = ご連絡できませんでした
code-label = 8 桁のコード
code-hint = メッセージに記載された数字です。空白は入れても構いません。
code-sent = { $method ->
    [email] { $masked } にコードをメールで送信しました。
    [sms] { $masked } にコードを SMS で送信しました。
   *[other] { $masked } にお電話してコードをお伝えします。
}
code-expires = 有効期限は { $minutes } 分です。
code-send-new = 新しいコードを送信
code-tries-left = コードが正しくありません。あと { $count } 回試せます。
code-malformed = メッセージに記載された 8 桁のコードを入力してください。
code-expired = そのコードは有効期限が切れたか、新しいコードに置き換えられました。新しいコードを請求してください。
code-dead = 間違ったコードが多すぎたため、このコードは使えなくなりました。新しいコードを請求してください。
code-cooldown = 新しいコードを請求するまで、あと { $seconds } 秒お待ちください。
codes-capped = 最近コードを送信しすぎています。1 時間待ってからもう一度お試しください。

password-new = 新しいパスワード
password-new-hint = { $min } 文字以上。長いパスフレーズは覚えやすく、推測されにくくなります。
password-confirm = 新しいパスワード (確認)
password-current = 現在のパスワード
password-mismatch = 2 つのパスワードが一致しません。同じパスワードを 2 回入力してください。
password-rules-refused = このパスワードは組織のルールを満たしていません:
password-directory-refused = ディレクトリがこのパスワードを拒否しました:
strength-label = 強度:
strength-words = 非常に弱い|弱い|普通|強い|非常に強い
