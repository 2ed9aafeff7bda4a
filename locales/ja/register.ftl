# 登録ポータル: サインイン、セキュリティ情報、連絡先とコード、パスワードの変更。

sign-in = サインイン
sign-in-heading = サインインしてセキュリティ情報を管理する
sign-in-lead = 今のうちに携帯電話と予備のメール アドレスを登録しておくと、パスワードを忘れても自分でリセットできます。
sign-in-user-id-hint = サインイン名または会社のメール アドレスです。
sign-in-forgot = パスワードをお忘れですか?
sign-in-failed = ユーザー ID とパスワードが一致しません。確認してもう一度お試しください。
sign-in-throttled = サインインの失敗が多すぎます。セキュリティのため 1 時間待ってからもう一度お試しいただくか、パスワードを忘れた場合は「アカウントにアクセスできない場合」をご利用ください。
sign-in-unavailable-text = パスワードを確認するための組織のディレクトリに接続できませんでした。数分後にもう一度お試しいただくか、下の受付番号を添えてヘルプデスクにお問い合わせください。
sign-in-again = もう一度サインイン
sign-in-again-first = 先にもう一度サインインしてください。
sign-out = サインアウト
signed-out-title = サインアウトしました
signed-out-text = 共用のコンピューターをお使いの場合は、このウィンドウを閉じてください。

security-info-title = セキュリティ情報
security-info-hello = { $name } さん、こんにちは。パスワードをリセットするときに、ご本人であることをこれらの方法で確認します。
security-info-asked = 続行する前に、この情報を最新にしておくよう組織から求められています。
security-info-asked-done = 続行する前に、この情報を最新にしておくよう組織から求められています。準備は整いました。終わったら続行してください。
security-info-needed = 本人確認の方法を { $needed } つ以上登録してください。それまでは、パスワードを自分でリセットできません。
security-info-needed-some = 本人確認の方法を { $needed } つ以上登録してください (現在 { $usable } つ)。それまでは、パスワードを自分でリセットできません。
security-info-admin-only = これを変更できるのは管理者だけです。
security-info-all-correct = すべて正しい
security-info-skip = 今はスキップ
security-info-skip-hint = (次回のサインイン時にもう一度お聞きします)
security-info-change-password = パスワードを変更する

contact-alt-email = 予備のメール アドレス
contact-mobile = 携帯電話
contact-office = 会社の電話
contact-not-set = 未設定
contact-by-admin = 管理者が設定
contact-verified-on = { $date } に確認済み
contact-not-verified = 未確認: 使うには確認してください
contact-used-for = { $ways ->
    [email] メールでのコード送信に使います。
    [sms] SMS でのコード送信に使います。
    [sms-voice] SMS と電話でのコード送信に使います。
   *[voice] 電話でのコード送信に使います。
}
remove-choose = 一覧から削除する連絡先を選んでください。
contact-removed = 削除しました。
remove-below-minimum = これは削除できません: 組織では、パスワードのリセット時の本人確認に { $count } つ以上の方法が必要です。先に別の方法を追加してから、これを削除してください。
remove-nothing = 削除するものがありません。
contacts-reconfirmed = ありがとうございます。セキュリティ情報を確認しました。

reconfirm-title = この情報は今も正しいですか?
reconfirm-lead = しばらく時間がたちました。必要なときに自分でパスワードをリセットできるよう、今もこの連絡先に届くか確認してください。
reconfirm-yes = 問題ありません

register-now = 現在:
register-email-title = 予備のメール アドレス
register-email-add = 予備のメール アドレスを追加
register-email-change = 予備のメール アドレスを変更
register-email-label = 予備のメール アドレス
register-email-hint = 会社のアドレス以外で、サインインできないときにも読めるアドレスを指定してください。このアドレスにコードを送ります。
register-mobile-title = 携帯電話
register-mobile-add = 携帯電話を追加
register-mobile-change = 携帯電話を変更
register-mobile-label = 携帯電話番号
register-way-legend = コードの送り方
register-way-text = SMS でコードを送る
register-way-call = 電話で伝える
choose-listed-way = 一覧の方法から選んでください。
register-unchanged = すでに登録・確認済みです。変更するには別のものを入力してください。
register-blocked-until = コードの送信回数が多すぎます。セキュリティのため、登録は { $when } まで停止しています。
register-code-not-delivered = { $masked } にコードを届けられませんでした。確認してもう一度お試しいただくか、後でお試しください。
register-code-saved-then = コードを入力すると保存されます。
register-saved = 保存しました: { $masked } を確認しました。

prove-title = ご本人の確認
prove-lead = { $action ->
    [remove] { $kind ->
        [email] 予備のメール アドレスを削除するには、登録済みの連絡先に送るコードを入力してください。
       *[mobile] 携帯電話番号を削除するには、登録済みの連絡先に送るコードを入力してください。
    }
   *[change] { $kind ->
        [email] 予備のメール アドレスを変更するには、登録済みの連絡先に送るコードを入力してください。
       *[mobile] 携帯電話番号を変更するには、登録済みの連絡先に送るコードを入力してください。
    }
} これにより、パスワードを知った第三者がアカウントの回復手段を乗っ取ることを防ぎます。
prove-legend = コードの送り先
prove-via-email = コードをメールで送る:
prove-via-text = コードを SMS で送る:
prove-choose = コードの送り先を選んでください。
prove-blocked-until = コードの送信回数が多すぎます。セキュリティのため、変更は { $when } まで停止しています。
prove-code-not-delivered = { $masked } にコードを届けられませんでした。もう一度お試しいただくか、別の方法を選んでください。
prove-submit = 確認
prove-send-another = 別のコードを送信
prove-confirmed = ありがとうございます。確認しました。これから { $minutes } 分間、セキュリティ情報を変更できます。

change-title = パスワードの変更
change-submit = パスワードを変更
back-to-security-info = セキュリティ情報に戻る
change-done-title = パスワードを変更しました
change-done-text = 今後は、サインインするすべての場所で新しいパスワードをお使いください。お知らせをメールで送信しました。
expired-done-text = ここでも他の場所でも、新しいパスワードでサインインしてください。お知らせをメールで送信しました。
change-unavailable-text = パスワードは変更されていません。数分後にもう一度お試しいただくか、下の受付番号を添えてヘルプデスクにお問い合わせください。
change-wrong-current = 現在のパスワードが正しくありません。
change-throttled = 間違ったパスワードが多すぎます。セキュリティのため、1 時間待ってからもう一度お試しください。
expired-title = パスワードの変更が必要です
expired-lead = パスワードは正しいのですが、有効期限が切れているか、サインインの前に変更するよう組織から求められています。続行するには新しいパスワードを選んでください。
