//! Where the sandbox listens: the socket (a saved port first, for a
//! restart that keeps its URL), plain HTTP or HTTPS with a self-signed
//! certificate made at start, and the server task serving the handler.

use std::net::{SocketAddr, TcpListener};
use std::sync::Arc;

use super::app::App;
use super::handler;
use super::Fatal;

/// Binds `listen`; for port 0, the port of the last run first (from the
/// state file) when it is free, so a restart keeps its URL.
pub(super) fn bind(listen: SocketAddr, saved_port: Option<u16>) -> Result<TcpListener, Fatal> {
    if let (0, Some(port)) = (listen.port(), saved_port) {
        if let Ok(l) = TcpListener::bind(SocketAddr::new(listen.ip(), port)) {
            return Ok(l);
        }
    }
    TcpListener::bind(listen).map_err(|e| Fatal(format!("cannot listen on {listen}: {e}"), 1))
}

pub(super) type Serving = tokio::task::JoinHandle<std::io::Result<()>>;

pub(super) fn serve(
    listener: TcpListener,
    tls: Option<axum_server::tls_rustls::RustlsConfig>,
    app: Arc<App>,
    local_addr: SocketAddr,
) -> Result<(axum_server::Handle<SocketAddr>, Serving), Fatal> {
    let handle = axum_server::Handle::new();
    let make = handler::router(app).into_make_service_with_connect_info::<SocketAddr>();
    let bind_error = |e: std::io::Error| Fatal(format!("cannot serve on {local_addr}: {e}"), 1);
    let h = handle.clone();
    let serving = match tls {
        Some(config) => {
            let server = axum_server::from_tcp_rustls(listener, config).map_err(bind_error)?;
            tokio::spawn(async move { server.handle(h).serve(make).await })
        }
        None => {
            let server = axum_server::from_tcp(listener).map_err(bind_error)?;
            tokio::spawn(async move { server.handle(h).serve(make).await })
        }
    };
    Ok((handle, serving))
}

/// A self-signed certificate for `localhost`, 127.0.0.1 and ::1, made now; its
/// PEM goes to `out` so clients can trust it.
pub(super) async fn tls_config(
    out: &std::path::Path,
) -> Result<axum_server::tls_rustls::RustlsConfig, Fatal> {
    // Only the ring provider is compiled in; make it the process default.
    let _ = rustls::crypto::ring::default_provider().install_default();
    let certified = rcgen::generate_simple_self_signed(vec![
        "localhost".to_string(),
        "127.0.0.1".to_string(),
        "::1".to_string(),
    ])
    .map_err(|e| Fatal(format!("cannot make a TLS certificate: {e}"), 1))?;
    let cert_pem = certified.cert.pem();
    std::fs::write(out, &cert_pem).map_err(|e| {
        Fatal(
            format!("cannot write --tls-cert-out {}: {e}", out.display()),
            1,
        )
    })?;
    axum_server::tls_rustls::RustlsConfig::from_pem(
        cert_pem.into_bytes(),
        certified.signing_key.serialize_pem().into_bytes(),
    )
    .await
    .map_err(|e| Fatal(format!("cannot set up TLS: {e}"), 1))
}
