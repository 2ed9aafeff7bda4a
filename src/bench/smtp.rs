//! A minimal SMTP listener on loopback for the benchmark: it accepts every message and hands
//! the 8-digit code in it to whoever waits for that recipient.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use tokio::io::{AsyncBufReadExt, AsyncWriteExt, BufReader};
use tokio::net::TcpListener;
use tokio::sync::oneshot;

type Waiters = Arc<Mutex<HashMap<String, oneshot::Sender<String>>>>;

/// The sink: its port, and the recipients waiting for a code.
#[derive(Clone)]
pub struct Sink {
    pub port: u16,
    waiters: Waiters,
}

impl Sink {
    /// Starts listening on 127.0.0.1 (a free port).
    pub async fn start() -> anyhow::Result<Sink> {
        let listener = TcpListener::bind("127.0.0.1:0").await?;
        let port = listener.local_addr()?.port();
        let waiters: Waiters = Arc::default();
        let shared = waiters.clone();
        tokio::spawn(async move {
            while let Ok((stream, _)) = listener.accept().await {
                tokio::spawn(serve(stream, shared.clone()));
            }
        });
        Ok(Sink { port, waiters })
    }

    /// Resolves with the next code emailed to `recipient` (register before asking for it).
    pub fn expect(&self, recipient: &str) -> oneshot::Receiver<String> {
        let (tx, rx) = oneshot::channel();
        if let Ok(mut map) = self.waiters.lock() {
            map.insert(recipient.to_lowercase(), tx);
        }
        rx
    }
}

async fn serve(stream: tokio::net::TcpStream, waiters: Waiters) -> std::io::Result<()> {
    let (read, mut write) = stream.into_split();
    let mut lines = BufReader::new(read);
    write.write_all(b"220 bench ESMTP\r\n").await?;
    let mut recipients = Vec::new();
    let mut line = String::new();
    loop {
        line.clear();
        if lines.read_line(&mut line).await? == 0 {
            return Ok(());
        }
        let verb = line.get(..4).unwrap_or_default().to_ascii_uppercase();
        let reply: &[u8] = match verb.as_str() {
            "EHLO" | "HELO" => b"250 bench\r\n",
            "RCPT" => {
                let address = line.split(['<', '>']).nth(1).unwrap_or_default();
                recipients.push(address.to_lowercase());
                b"250 OK\r\n"
            }
            "DATA" => {
                write.write_all(b"354 go ahead\r\n").await?;
                let body = read_data(&mut lines).await?;
                deliver(&waiters, &mut recipients, &body);
                b"250 OK\r\n"
            }
            "QUIT" => {
                write.write_all(b"221 bye\r\n").await?;
                return Ok(());
            }
            "RSET" => {
                recipients.clear();
                b"250 OK\r\n"
            }
            _ => b"250 OK\r\n",
        };
        write.write_all(reply).await?;
    }
}

async fn read_data(
    lines: &mut BufReader<tokio::net::tcp::OwnedReadHalf>,
) -> std::io::Result<String> {
    let mut body = String::new();
    let mut line = String::new();
    loop {
        line.clear();
        if lines.read_line(&mut line).await? == 0 || line.trim_end() == "." {
            return Ok(body);
        }
        body.push_str(&line);
    }
}

fn deliver(waiters: &Waiters, recipients: &mut Vec<String>, body: &str) {
    // The code is in the text after the headers (quoted-printable soft breaks undone).
    let text = body.split_once("\r\n\r\n").map_or(body, |(_, text)| text);
    let text = text.replace("=\r\n", "");
    // A code stands alone: 8 digits between spaces or punctuation, never inside a base64 line.
    let code = text
        .split(|c: char| !c.is_ascii_alphanumeric())
        .find(|w| w.len() == 8 && w.bytes().all(|b| b.is_ascii_digit()));
    for recipient in recipients.drain(..) {
        if let Some(code) = code
            && let Ok(mut map) = waiters.lock()
            && let Some(tx) = map.remove(&recipient)
        {
            let _ = tx.send(code.to_string());
        }
    }
}
