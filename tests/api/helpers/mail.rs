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
        let mut text = String::from_utf8_lossy(&bytes).to_string();
        // Parts lettre sent as base64 (mostly non-ASCII text, like Arabic or Japanese).
        let part = Regex::new(
            r"Content-Transfer-Encoding: base64\r?\n(?:[^\r\n]+\r?\n)*\r?\n((?:[A-Za-z0-9+/=]+\r?\n)+)",
        )
        .unwrap();
        for found in part.captures_iter(&self.data) {
            use base64::Engine;
            let joined: String = found[1].split_whitespace().collect();
            if let Ok(decoded) = base64::engine::general_purpose::STANDARD.decode(joined) {
                text.push('\n');
                text.push_str(&String::from_utf8_lossy(&decoded));
            }
        }
        text
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
    start_smtp_with(SslConfig::None)
}

/// The listener with STARTTLS offered as `ssl` says.
pub fn start_smtp_with(ssl: SslConfig) -> (u16, Arc<Mutex<Vec<Mail>>>) {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    let store = Arc::new(Mutex::new(Vec::new()));
    let mut server = Server::new(Sink {
        store: store.clone(),
        current: Mail::default(),
    });
    server
        .with_name("sink.test")
        .with_ssl(ssl)
        .unwrap()
        .with_num_threads(16)
        .with_tcp_listener(listener);
    std::thread::spawn(move || {
        let _ = server.serve();
    });
    (port, store)
}

/// A CA, and a certificate for 127.0.0.1 signed by it, from `tests/fixtures/tls/certs.sh`.
pub struct TestCertificates {
    pub dir: std::path::PathBuf,
}

impl TestCertificates {
    /// None (skipped, or a failure in CI) without the `openssl` command.
    pub fn make() -> Option<TestCertificates> {
        let have_openssl = std::process::Command::new("openssl")
            .arg("version")
            .output()
            .is_ok_and(|o| o.status.success());
        if !have_openssl {
            return super::servers::unavailable("openssl", "not installed");
        }
        let dir = std::env::temp_dir().join(format!("sspr-certs-{}", uuid::Uuid::new_v4()));
        let script =
            std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/tls/certs.sh");
        let status = std::process::Command::new("bash")
            .arg(script)
            .arg(&dir)
            .status()
            .expect("running certs.sh (needs openssl)");
        assert!(status.success(), "certs.sh failed");
        Some(TestCertificates { dir })
    }

    pub fn path(&self, name: &str) -> String {
        self.dir.join(name).display().to_string()
    }
}

impl Drop for TestCertificates {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}

/// Implicit TLS (as on port 465) in front of a plain listener at `upstream`: every connection
/// must complete a TLS handshake with `certs`' server certificate before it reaches the sink.
pub async fn start_implicit_tls_front(upstream: u16, certs: &TestCertificates) -> u16 {
    use rustls_pki_types::pem::PemObject;
    use rustls_pki_types::{CertificateDer, PrivateKeyDer};
    let chain: Vec<CertificateDer<'static>> = CertificateDer::pem_file_iter(certs.path("cert.pem"))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    let key = PrivateKeyDer::from_pem_file(certs.path("key.pem")).unwrap();
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let config = rustls::ServerConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .unwrap()
        .with_no_client_auth()
        .with_single_cert(chain, key)
        .unwrap();
    let acceptor = tokio_rustls::TlsAcceptor::from(Arc::new(config));
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let port = listener.local_addr().unwrap().port();
    tokio::spawn(async move {
        while let Ok((tcp, _)) = listener.accept().await {
            let acceptor = acceptor.clone();
            tokio::spawn(async move {
                let Ok(mut tls) = acceptor.accept(tcp).await else {
                    return;
                };
                let Ok(mut plain) = tokio::net::TcpStream::connect(("127.0.0.1", upstream)).await
                else {
                    return;
                };
                let _ = tokio::io::copy_bidirectional(&mut tls, &mut plain).await;
            });
        }
    });
    port
}
