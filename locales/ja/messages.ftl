# ポータルが送るもの: メール、SMS、電話、お知らせ。

email-code-subject = { $org }: 確認コード
email-code-lead = 確認コード:
email-code-is = 確認コード: { $code }
email-code-use = パスワード リセットのページで入力してください。有効期限は { $minutes } 分で、1 回だけ使えます。
email-code-ignore = 心当たりがない場合は、このメールを無視してください。ユーザー ID を知らなければ、誰もこのコードを使えません。
email-notice-subject = { $org }: { $subject }
sms-code = { $org } 確認コード: { $code }。有効期限は { $minutes } 分です。誰にも教えないでください。
voice-code = こちらは { $org } です。確認コードは { $code } です。
voice-again = もう一度繰り返します。

notice-hello = { $name } 様
notice-tracking-id = 受付番号: { $tracking }
notice-if-not-you = 心当たりがない場合は、すぐに{ $help }にご連絡のうえ、受付番号 { $tracking } をお伝えください。
notice-if-not-asked = ご依頼されていない場合は、すぐに{ $help }にご連絡のうえ、受付番号 { $tracking } をお伝えください。
notice-password-subject = { $event ->
    [reset] パスワードがリセットされました
    [changed] パスワードが変更されました
   *[by-admin] 管理者によってパスワードがリセットされました
}
notice-password-written = { $event ->
    [reset] アカウント { $login } のパスワードが { $at } にリセットされました。
    [changed] アカウント { $login } のパスワードが { $at } に変更されました。
   *[by-admin] アカウント { $login } のパスワードが { $at } に管理者によってリセットされました。
}
notice-admin-subject = { $event ->
    [reset] 管理者が自分のパスワードをリセットしました
    [changed] 管理者が自分のパスワードを変更しました
   *[by-admin] 管理者のパスワードがリセットされました
}
notice-admin-reset-by-admin = 管理者 { $login } のパスワードが、{ $at } に管理者 { $by } によってリセットされました。
notice-admin-own-password = { $event ->
    [reset] 管理者 { $login } が { $at } に自分のパスワードをリセットしました。
   *[changed] 管理者 { $login } が { $at } に自分のパスワードを変更しました。
}
notice-contacts-subject = セキュリティ情報が変更されました
notice-contact-line = { $line } ({ $at }、アカウント { $login })
notice-contact-changed = { $kind ->
    [email] 予備のメール アドレスが { $masked } に変更されました。
   *[mobile] 携帯電話番号が { $masked } に変更されました。
}
notice-contact-registered = { $kind ->
    [email] { $masked } が予備のメール アドレスとして登録されました。
   *[mobile] { $masked } が携帯電話番号として登録されました。
}
notice-contact-removed = { $kind ->
    [email] 予備のメール アドレス { $masked } が削除されました。
   *[mobile] 携帯電話番号 { $masked } が削除されました。
}
notice-contacts-by-admin-subject = セキュリティ情報が変更されました
notice-contacts-by-admin = 管理者が、アカウント { $login } のパスワード リセットの本人確認に使う連絡先を変更しました: { $summary }。

helpdesk-mail-user = ユーザー ID: { $login }
helpdesk-mail-user-unknown = ユーザー ID: 不明 (この依頼ではリセットもサインインも開始されていません)
helpdesk-mail-subject-user = { $login } さんがパスワードについて支援を求めています
helpdesk-mail-subject-someone = パスワードについて支援を求めている人がいます (受付番号 { $tracking })
helpdesk-mail-what = 発生した問題: { $what }
helpdesk-mail-asked = 利用者が支援を求めました
helpdesk-mail-address = クライアントのアドレス: { $address }
helpdesk-mail-note = 利用者からのメッセージ: { $note }
helpdesk-mail-console = 経緯と利用者のページは、管理コンソールで確認できます: { $link }
