# リセットとロック解除のページ。

home-title = パスワードのヘルプ
home-heading = { $org } パスワードのヘルプ
home-lead = パスワードを忘れた、またはロックされましたか? ヘルプデスクに電話しなくても、ご自身で元に戻せます。
home-reset-link = アカウントにアクセスできない場合
home-know-password = パスワードをご存じですか?
home-register-lead = サインインして携帯電話と予備のメール アドレスを登録しておくと、パスワードを忘れても自分でリセットできます。パスワードの変更もここでできます。
home-register-link = セキュリティ情報を管理する

reset-start-title = アカウントへのアクセスを回復する
reset-start-lead = ご本人の確認のため、ユーザー ID と画像の数字を入力してください。
reset-user-id-hint = サインイン名です。例: alice、alice@contoso.com。
reset-need = どうしましたか?
reset-need-reset = パスワードを忘れた
reset-need-unlock = パスワードはわかるが、ロックされている

reset-off-title = セルフサービスのパスワード リセットは無効になっています
reset-off-text = 組織の設定により、ここでは利用者がパスワードを自分でリセットできません。ヘルプデスクがリセットできます。
reset-unknown-title = そのユーザー ID が見つかりませんでした
reset-unknown-text = ユーザー ID (通常はサインイン名またはメール アドレス) を確認して、もう一度お試しください。
reset-not-enabled-title = ここではパスワードをリセットできません
reset-not-enabled-text = お使いのアカウントは、セルフサービスのパスワード リセットの対象になっていません。ヘルプデスクがリセットできます。
reset-not-registered-title = 本人確認の方法が十分に登録されていません
reset-not-registered-text = パスワードを自分でリセットするには、事前に連絡先を登録しておく必要があります。ヘルプデスクがリセットできます。
reset-blocked-title = 試行回数が多すぎます
reset-blocked-lead = このパスワードのリセットを何度も試しすぎました。
reset-blocked-until = セキュリティのため、このアカウントのセルフサービス リセットは { $when } まで停止しています。ヘルプデスクは今すぐお手伝いできます。
reset-expired-title = リセットのセッションの有効期限が切れました
reset-expired-text = リセットのセッションは 15 分間有効です。最初からやり直してください。以前に受け取ったコードはもう使えません。

reset-step = 確認ステップ { $gate }/{ $gates }
methods-title = ご本人の確認
methods-heading = ご本人の確認方法を選んでください
methods-legend = 連絡方法
method-label = { $method ->
    [email] 予備のメール アドレスにメールする
    [sms] 携帯電話に SMS を送る
    [voice] 携帯電話に電話する
   *[office_voice] 会社の電話に電話する
}
choose-listed-method = 一覧の方法から選んでください。
reset-choose-method-first = 先に方法を選んでください。
reset-verify-first = 先にご本人の確認をしてください。

phone-confirm-title = 電話番号の確認
phone-confirm-lead = アカウントを守るため、まず番号をすべて入力してください。一致するまで何も送信しません。
phone-number = 電話番号
phone-number-hint = 国際形式: + と国番号から入力します。例: +81 90 1234 5678。
reset-number-mismatch = 登録されている番号と一致しません。確認してもう一度入力するか、別の方法を選んでください。
reset-codes-capped = 最近コードを送信しすぎています。1 時間待つか、別の方法を選んでください。

reset-code-not-delivered = { $masked } にコードを届けられませんでした。別の方法を試すか、後でもう一度お試しください。
reset-use-another = 別の方法を使う
reset-nothing-arrived = 届きませんか? 上の番号またはアドレスを確認してください。間違っている、または古い場合:
reset-code-dead = 間違ったコードが多すぎたため、このコードは使えなくなりました。新しいコードを請求するか、別の方法を選んでください。

reset-password-title = 新しいパスワードを選ぶ
reset-password-submit = パスワードをリセット

unlock-title = アカウントのロック解除
unlock-lead = ご本人であることを確認しました。アカウントのロックを解除して、今のパスワードでもう一度サインインしてください。
unlock-submit = アカウントのロックを解除
unlock-forgot = パスワードもお忘れですか?
unlock-forgot-link = 代わりにリセットする

done-unlocked-title = アカウントのロックを解除しました
done-unlocked-text = 今のパスワードでサインインしてください。
done-still-locked-title = アカウントはまだロックされています
done-still-locked-text = ディレクトリがロックを解除しませんでした。下の受付番号を添えてヘルプデスクにお問い合わせください。
done-not-locked-title = アカウントはロックされていません
done-not-locked-text = 今のパスワードでサインインしてください。うまくいかない場合:
done-not-locked-link = 代わりにパスワードをリセットする
done-reset-title = パスワードをリセットしました
done-reset-still-locked = 新しいパスワードは設定されましたが、アカウントがまだロックされているため、まだサインインできません。しばらくすると自動的に解除されることがあります。解除されない場合は、下の受付番号を添えてヘルプデスクにお問い合わせください。
done-reset-unlocked = 新しいパスワードでサインインできるようになりました。アカウントのロックも解除されました。
done-reset-text = 新しいパスワードでサインインできるようになりました。
done-reset-notice = 登録されているメール アドレスにお知らせを送信しました。心当たりがない場合は、すぐにヘルプデスクにお問い合わせください。
