//! A real SMTP listener on loopback (mailin-embedded) that keeps every message it receives.

use mailin_embedded::{Handler, Response, Server, SslConfig, response};
use regex::Regex;
use std::sync::{Arc, Mutex};

#[derive(Debug, Clone, Default)]
pub struct Mail {
    pub to: Vec<String>,
    pub data: String,
}

impl Mail {
    /// The message with quoted-printable soft breaks and escapes undone (good enough for ASCII).
    pub fn text(&self) -> String {
        let joined = self.data.replace("=\r\n", "").replace("=\n", "");
        let mut bytes = Vec::with_capacity(joined.len());
        let raw = joined.as_bytes();
        let mut i = 0;
        while i < raw.len() {
            let hex = raw
                .get(i + 1..i + 3)
                .and_then(|h| std::str::from_utf8(h).ok());
            match (raw[i], hex.and_then(|h| u8::from_str_radix(h, 16).ok())) {
                (b'=', Some(byte)) if hex.is_some_and(|h| h == h.to_uppercase()) => {
                    bytes.push(byte);
                    i += 3;
                }
                (b, _) => {
                    bytes.push(b);
                    i += 1;
                }
            }
        }
        String::from_utf8_lossy(&bytes).to_string()
    }

    /// The 8-digit code in the message.
    pub fn code(&self) -> String {
        let re = Regex::new(r"\b(\d{8})\b").unwrap();
        re.captures(&self.text())
            .map(|c| c[1].to_string())
            .expect("no code in the email")
    }
}

#[derive(Clone)]
struct Sink {
    store: Arc<Mutex<Vec<Mail>>>,
    current: Mail,
}

impl Handler for Sink {
    fn data_start(&mut self, _domain: &str, _from: &str, _is8bit: bool, to: &[String]) -> Response {
        self.current = Mail {
            to: to.to_vec(),
            data: String::new(),
        };
        response::OK
    }
    fn data(&mut self, buf: &[u8]) -> std::io::Result<()> {
        self.current.data.push_str(&String::from_utf8_lossy(buf));
        Ok(())
    }
    fn data_end(&mut self) -> Response {
        self.store
            .lock()
            .unwrap()
            .push(std::mem::take(&mut self.current));
        response::OK
    }
}

pub fn start_smtp() -> (u16, Arc<Mutex<Vec<Mail>>>) {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    let store = Arc::new(Mutex::new(Vec::new()));
    let mut server = Server::new(Sink {
        store: store.clone(),
        current: Mail::default(),
    });
    server
        .with_name("sink.test")
        .with_ssl(SslConfig::None)
        .unwrap()
        .with_num_threads(16)
        .with_tcp_listener(listener);
    std::thread::spawn(move || {
        let _ = server.serve();
    });
    (port, store)
}
