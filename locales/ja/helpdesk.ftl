# 「管理者に問い合わせる」と、デモの開発用送信箱。

helpdesk-lead = 組織の管理者に、ユーザー ID、発生した問題、受付番号をメールでお送りし、対応を依頼します。
helpdesk-tracking-label = 受付番号
helpdesk-note-label = 補足があれば入力してください (任意。パスワードは絶対に入力しないでください)
helpdesk-submit = 管理者に送信
helpdesk-use-link = 下のヘルプデスクのリンクをご利用ください。
helpdesk-sent-title = 管理者に連絡しました
helpdesk-sent-text = 管理者に、ユーザー ID、発生した問題、受付番号 { $tracking } を送信しました。管理者からご連絡します。
helpdesk-throttled-title = 送信済みです
helpdesk-throttled-text = この 1 時間に、すでに何度か管理者に連絡しています。管理者からの連絡をお待ちください。
helpdesk-failed-title = 管理者に連絡できませんでした
helpdesk-no-admins-text = 組織に管理者のアドレスが設定されていません。下の受付番号を添えて、IT 部門に直接お問い合わせください。
helpdesk-undeliverable-text = 現在、依頼を送信できませんでした。数分後にもう一度お試しいただくか、下の受付番号を添えて IT 部門に直接お問い合わせください。
helpdesk-unknown-tracking = その受付番号の試行は見つかりませんでした。確認してもう一度お試しください。

outbox-title = 開発用送信箱
outbox-lead = ポータルがメール、SMS、電話の読み上げで送るはずだったメッセージです。デモモードでのみ表示されます。実際に送信するには SMTP と電話ゲートウェイを設定してください。
outbox-empty = まだ何も送信されていません。
outbox-meta = { $channel ->
    [email] メール
    [sms] SMS
   *[voice] 電話
} 宛先: { $recipient }
outbox-demo-only = 開発用送信箱はデモモードでのみ使えます。
