//! SMTP connections the portal opens itself (TCP_NODELAY, plain / STARTTLS / implicit TLS, an
//! optional private CA), kept in a small idle pool; lettre speaks the protocol on them.
//!
//! Why not lettre's own transport: lettre 0.11.23 writes a message and its closing "." in two
//! writes on a socket without TCP_NODELAY, so the second write waits for the server's delayed
//! ACK, about 40 ms per email (measured with `sspr bench` at the benchmark's listener). The fix is
//! merged upstream (lettre/lettre#1159) but not released; once it is, this module can go.

use crate::config::{SmtpConfig, SmtpSecurity};
use anyhow::{Context, bail};
use lettre::address::Envelope;
use lettre::transport::smtp::authentication::{Credentials, DEFAULT_MECHANISMS};
use lettre::transport::smtp::client::{
    AsyncSmtpConnection, AsyncTokioStream, Certificate, CertificateStore, TlsParameters,
};
use lettre::transport::smtp::extension::ClientId;
use rustls_pki_types::pem::PemObject;
use rustls_pki_types::{CertificateDer, ServerName};
use secrecy::ExposeSecret;
use std::io;
use std::net::SocketAddr;
use std::pin::Pin;
use std::sync::{Arc, Mutex};
use std::task::{Context as TaskContext, Poll};
use std::time::{Duration, Instant};
use tokio::io::{AsyncRead, AsyncWrite, ReadBuf};
use tokio::net::TcpStream;
use tokio_rustls::TlsConnector;

/// The longest a connection, or one message on it, may take.
const TIMEOUT: Duration = Duration::from_secs(15);
/// Connections kept open between messages.
const MAX_IDLE: usize = 8;
/// An idle connection older than this is closed rather than reused (servers drop idle clients).
const IDLE_FOR: Duration = Duration::from_secs(50);

/// How a connection is encrypted.
enum Encryption {
    None,
    Starttls(TlsParameters),
    Implicit {
        connector: TlsConnector,
        server_name: ServerName<'static>,
    },
}

/// Sends messages to one SMTP server.
pub struct SmtpClient {
    host: String,
    port: u16,
    encryption: Encryption,
    credentials: Option<Credentials>,
    hello: ClientId,
    idle: Mutex<Vec<(AsyncSmtpConnection, Instant)>>,
}

impl SmtpClient {
    pub fn new(config: &SmtpConfig) -> anyhow::Result<SmtpClient> {
        let roots = match &config.ca_file {
            Some(path) => Some(read_ca_file(path)?),
            None => None,
        };
        let encryption = match config.security {
            SmtpSecurity::None => Encryption::None,
            SmtpSecurity::Starttls => {
                Encryption::Starttls(starttls_parameters(&config.host, roots.as_deref())?)
            }
            SmtpSecurity::Tls => Encryption::Implicit {
                connector: TlsConnector::from(Arc::new(tls_config(roots.as_deref())?)),
                server_name: ServerName::try_from(config.host.clone())
                    .context("smtp.host is not a valid name for TLS")?,
            },
        };
        let credentials = match (&config.username, &config.password) {
            (Some(user), Some(pass)) => Some(Credentials::new(
                user.clone(),
                pass.expose_secret().to_string(),
            )),
            _ => None,
        };
        Ok(SmtpClient {
            host: config.host.clone(),
            port: config.port,
            encryption,
            credentials,
            hello: ClientId::default(),
            idle: Mutex::new(Vec::new()),
        })
    }

    /// Sends one formatted message; the connection goes back to the pool only after a success.
    pub async fn send(&self, envelope: &Envelope, message: &[u8]) -> anyhow::Result<()> {
        let mut connection = match self.reusable_connection().await {
            Some(connection) => connection,
            None => self.connect().await?,
        };
        tokio::time::timeout(TIMEOUT, connection.send(envelope, message))
            .await
            .context("the SMTP server did not answer in time")??;
        let mut idle = self.idle.lock().unwrap_or_else(|e| e.into_inner());
        if idle.len() < MAX_IDLE {
            idle.push((connection, Instant::now()));
        }
        Ok(())
    }

    /// An idle connection that is recent and still answers a NOOP (as lettre's own pool checks).
    async fn reusable_connection(&self) -> Option<AsyncSmtpConnection> {
        loop {
            let (mut connection, since) =
                self.idle.lock().unwrap_or_else(|e| e.into_inner()).pop()?;
            if since.elapsed() > IDLE_FOR {
                continue;
            }
            let answered = tokio::time::timeout(TIMEOUT, connection.test_connected()).await;
            if answered == Ok(true) {
                return Some(connection);
            }
        }
    }

    async fn connect(&self) -> anyhow::Result<AsyncSmtpConnection> {
        tokio::time::timeout(TIMEOUT, self.connect_unbounded())
            .await
            .context("the SMTP server did not answer in time")?
    }

    async fn connect_unbounded(&self) -> anyhow::Result<AsyncSmtpConnection> {
        let tcp = TcpStream::connect((self.host.as_str(), self.port))
            .await
            .with_context(|| format!("connecting to {}:{}", self.host, self.port))?;
        tcp.set_nodelay(true)?;
        let stream: Box<dyn AsyncTokioStream> = match &self.encryption {
            Encryption::Implicit {
                connector,
                server_name,
            } => {
                let tls = connector
                    .connect(server_name.clone(), tcp)
                    .await
                    .context("TLS with the SMTP server")?;
                Box::new(TlsOverTcp(tls))
            }
            _ => Box::new(tcp),
        };
        let mut connection = AsyncSmtpConnection::connect_with_transport(stream, &self.hello)
            .await
            .context("greeting the SMTP server")?;
        if let Encryption::Starttls(parameters) = &self.encryption {
            if !connection.can_starttls() {
                bail!("the SMTP server does not offer STARTTLS");
            }
            connection
                .starttls(parameters.clone(), &self.hello)
                .await
                .context("STARTTLS with the SMTP server")?;
        }
        if let Some(credentials) = &self.credentials {
            connection
                .auth(DEFAULT_MECHANISMS, credentials)
                .await
                .context("signing in to the SMTP server")?;
        }
        Ok(connection)
    }
}

/// The certificates of `smtp.ca_file` (PEM), which replace the public roots.
fn read_ca_file(path: &std::path::Path) -> anyhow::Result<Vec<CertificateDer<'static>>> {
    let display = path.display();
    let certs = CertificateDer::pem_file_iter(path)
        .with_context(|| format!("reading smtp.ca_file {display}"))?
        .collect::<Result<Vec<_>, _>>()
        .with_context(|| format!("smtp.ca_file {display}"))?;
    if certs.is_empty() {
        bail!("smtp.ca_file {display} holds no certificate");
    }
    Ok(certs)
}

fn starttls_parameters(
    host: &str,
    roots: Option<&[CertificateDer<'static>]>,
) -> anyhow::Result<TlsParameters> {
    let mut builder = TlsParameters::builder(host.to_string());
    if let Some(roots) = roots {
        builder = builder.certificate_store(CertificateStore::None);
        for cert in roots {
            builder = builder.add_root_certificate(Certificate::from_der(cert.to_vec())?);
        }
    }
    builder.build().context("setting up SMTP STARTTLS")
}

/// rustls for implicit TLS: the given CA, else the public roots lettre uses too.
fn tls_config(roots: Option<&[CertificateDer<'static>]>) -> anyhow::Result<rustls::ClientConfig> {
    let mut store = rustls::RootCertStore::empty();
    match roots {
        Some(roots) => {
            for cert in roots {
                store.add(cert.clone()).context("smtp.ca_file")?;
            }
        }
        None => store.extend(webpki_roots::TLS_SERVER_ROOTS.iter().cloned()),
    }
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    Ok(rustls::ClientConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()?
        .with_root_certificates(store)
        .with_no_client_auth())
}

/// An implicit-TLS stream handed to lettre as its transport.
struct TlsOverTcp(tokio_rustls::client::TlsStream<TcpStream>);

impl std::fmt::Debug for TlsOverTcp {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("TlsOverTcp")
    }
}

impl AsyncTokioStream for TlsOverTcp {
    fn peer_addr(&self) -> io::Result<SocketAddr> {
        self.0.get_ref().0.peer_addr()
    }
}

impl AsyncRead for TlsOverTcp {
    fn poll_read(
        mut self: Pin<&mut Self>,
        cx: &mut TaskContext<'_>,
        buf: &mut ReadBuf<'_>,
    ) -> Poll<io::Result<()>> {
        Pin::new(&mut self.0).poll_read(cx, buf)
    }
}

impl AsyncWrite for TlsOverTcp {
    fn poll_write(
        mut self: Pin<&mut Self>,
        cx: &mut TaskContext<'_>,
        buf: &[u8],
    ) -> Poll<io::Result<usize>> {
        Pin::new(&mut self.0).poll_write(cx, buf)
    }

    fn poll_flush(mut self: Pin<&mut Self>, cx: &mut TaskContext<'_>) -> Poll<io::Result<()>> {
        Pin::new(&mut self.0).poll_flush(cx)
    }

    fn poll_shutdown(mut self: Pin<&mut Self>, cx: &mut TaskContext<'_>) -> Poll<io::Result<()>> {
        Pin::new(&mut self.0).poll_shutdown(cx)
    }
}
