//! omi-sandbox: a local emulator of the Ops Manager integrations API.
//!
//! It agrees with `shared/ops-manager-api.md`: digest auth, the endpoints,
//! validation and redaction derived from [`crate::api::types`], the
//! error table, list pages, `pretty` and `envelope`; plus fault injection
//! for testing clients. The README's omi-sandbox section documents it.

mod api;
mod args;
mod auth;
mod exec;
mod faults;
mod redact;
mod responses;
mod server;
mod state;

use std::collections::HashSet;
use std::io::Write;
use std::net::{SocketAddr, ToSocketAddrs};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use args::{Args, Command};
use auth::DigestAuth;
use faults::{FailEvery, RateLimiter};
use server::App;
use state::Store;

/// Exit code for bad usage (as clap uses).
const USAGE: i32 = 2;

/// Entry point of the `omi-sandbox` binary; returns the process exit code.
pub fn main() -> i32 {
    let args = match Args::try_parse() {
        Ok(a) => a,
        Err(e) => {
            let _ = e.print();
            return e.exit_code();
        }
    };
    let runtime = match tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
    {
        Ok(r) => r,
        Err(e) => {
            eprintln!("omi-sandbox: cannot start the runtime: {e}");
            return 1;
        }
    };
    runtime.block_on(run(args))
}

/// A failure at start: the message and the exit code.
struct Fatal(String, i32);

async fn run(args: Args) -> i32 {
    match start(args).await {
        Ok(code) => code,
        Err(Fatal(message, code)) => {
            eprintln!("omi-sandbox: {message}");
            code
        }
    }
}

fn resolve_listen(args: &Args) -> Result<SocketAddr, Fatal> {
    let exec = matches!(args.command, Some(Command::Exec { .. }));
    let text = match (&args.listen, exec) {
        (Some(l), _) => l.as_str(),
        (None, true) => "127.0.0.1:0",
        (None, false) => "127.0.0.1:8080",
    };
    let addr = text
        .to_socket_addrs()
        .ok()
        .and_then(|mut a| a.next())
        .ok_or_else(|| {
            Fatal(
                format!("--listen {text}: not an address (e.g. 127.0.0.1:8080)"),
                USAGE,
            )
        })?;
    if !addr.ip().is_loopback() && !args.allow_remote {
        return Err(Fatal(
            format!(
                "refusing to listen on {addr}: not a loopback address; the sandbox is for local testing (pass --allow-remote to allow it)"
            ),
            USAGE,
        ));
    }
    Ok(addr)
}

fn random_public_key() -> String {
    state::random_bytes::<8>()
        .iter()
        .map(|b| char::from(b'a' + b % 26))
        .collect()
}

/// A UUID-shaped random string, like Ops Manager private keys.
fn random_private_key() -> String {
    let h = hex::encode(state::random_bytes::<16>());
    format!(
        "{}-{}-{}-{}-{}",
        h.get(0..8).unwrap_or_default(),
        h.get(8..12).unwrap_or_default(),
        h.get(12..16).unwrap_or_default(),
        h.get(16..20).unwrap_or_default(),
        h.get(20..32).unwrap_or_default()
    )
}

/// Quotes a value for `export NAME=value` only when the shell needs it.
fn shell_value(v: &str) -> String {
    let plain = !v.is_empty()
        && v.chars()
            .all(|c| c.is_ascii_alphanumeric() || "-_.:/@%+,".contains(c));
    if plain {
        v.to_string()
    } else {
        format!("'{}'", v.replace('\'', r"'\''"))
    }
}

async fn start(args: Args) -> Result<i32, Fatal> {
    let listen = resolve_listen(&args)?;
    let public_key = args.public_key.clone().unwrap_or_else(random_public_key);
    let private_key = args.private_key.clone().unwrap_or_else(random_private_key);
    if public_key.is_empty() || private_key.is_empty() {
        return Err(Fatal("the API keys must not be empty".into(), USAGE));
    }

    let mut store = Store::open(args.state.clone()).map_err(|e| Fatal(e, 1))?;
    let generate = args.projects.unwrap_or(
        if store.projects().is_empty() && args.project_ids.is_empty() {
            1
        } else {
            0
        },
    );
    store
        .add_projects(&args.project_ids, generate)
        .map_err(|e| Fatal(e, 1))?;
    let first_project = store
        .projects()
        .first()
        .map(|p| p.id.clone())
        .ok_or_else(|| {
            Fatal(
                "no projects: give --project-id or --projects N".into(),
                USAGE,
            )
        })?;

    let listener = std::net::TcpListener::bind(listen)
        .map_err(|e| Fatal(format!("cannot listen on {listen}: {e}"), 1))?;
    let local_addr = listener
        .local_addr()
        .map_err(|e| Fatal(format!("cannot listen on {listen}: {e}"), 1))?;

    let tls = match (&args.tls, &args.tls_cert_out) {
        (true, Some(out)) => Some(tls_config(out).await?),
        _ => None,
    };
    let scheme = if tls.is_some() { "https" } else { "http" };

    let app = Arc::new(App {
        auth: DigestAuth::new(
            public_key.clone(),
            private_key.clone(),
            args.digest_algorithm,
            Duration::from_secs(args.nonce_ttl),
        ),
        store: Mutex::new(store),
        rate_limit: args.rate_limit.map(RateLimiter::new),
        fail_every: args.fail_every.map(FailEvery::new),
        fail_status: axum::http::StatusCode::from_u16(args.fail_status)
            .map_err(|e| Fatal(format!("--fail-status: {e}"), USAGE))?,
        access_list: args
            .access_list
            .iter()
            .map(|ip| ip.to_canonical())
            .collect(),
        denied_projects: args.deny_projects.iter().cloned().collect::<HashSet<_>>(),
        latency: Duration::from_millis(args.latency_ms),
        access_log: args.access_log,
        scheme,
        local_addr,
    });

    // Forget expired nonces now and then so memory stays bounded.
    let purger = Arc::clone(&app);
    let every = Duration::from_secs(args.nonce_ttl.clamp(1, 60));
    tokio::spawn(async move {
        let mut tick = tokio::time::interval(every);
        loop {
            tick.tick().await;
            purger.auth.purge();
        }
    });

    let handle = axum_server::Handle::new();
    let make = server::router(Arc::clone(&app)).into_make_service_with_connect_info::<SocketAddr>();
    let serving = {
        let handle = handle.clone();
        let bind_error = |e: std::io::Error| Fatal(format!("cannot serve on {local_addr}: {e}"), 1);
        let fut = match tls {
            Some(config) => {
                let server = axum_server::from_tcp_rustls(listener, config).map_err(bind_error)?;
                tokio::spawn(async move { server.handle(handle).serve(make).await })
            }
            None => {
                let server = axum_server::from_tcp(listener).map_err(bind_error)?;
                tokio::spawn(async move { server.handle(handle).serve(make).await })
            }
        };
        fut
    };

    let env = [
        (
            "OMI_BASE_URL",
            format!("{scheme}://127.0.0.1:{}", local_addr.port()),
        ),
        ("OMI_PUBLIC_KEY", public_key),
        ("OMI_PRIVATE_KEY", private_key),
        ("OMI_PROJECT_ID", first_project),
    ];
    let env = if local_addr.ip().is_loopback() {
        env
    } else {
        let [(k, _), rest @ ..] = env;
        let [a, b, c] = rest;
        [(k, format!("{scheme}://{local_addr}")), a, b, c]
    };

    let code = match &args.command {
        Some(Command::Exec { cmd }) => exec::run(cmd, &env).await,
        None => {
            let mut out = std::io::stdout().lock();
            for (k, v) in &env {
                let _ = writeln!(out, "export {k}={}", shell_value(v));
            }
            let _ = out.flush();
            drop(out);
            tokio::select! {
                () = shutdown_signal() => 0,
                result = serving => match result {
                    Ok(Ok(())) => 0,
                    Ok(Err(e)) => return Err(Fatal(format!("server failed: {e}"), 1)),
                    Err(e) => return Err(Fatal(format!("server failed: {e}"), 1)),
                },
            }
        }
    };
    handle.graceful_shutdown(Some(Duration::from_secs(1)));
    Ok(code)
}

async fn shutdown_signal() {
    let term = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut s) => {
                s.recv().await;
            }
            Err(_) => std::future::pending().await,
        }
    };
    tokio::select! {
        _ = tokio::signal::ctrl_c() => {}
        () = term => {}
    }
}

/// A self-signed certificate for `localhost` and 127.0.0.1, made now; its
/// PEM goes to `out` so clients can trust it.
async fn tls_config(out: &std::path::Path) -> Result<axum_server::tls_rustls::RustlsConfig, Fatal> {
    // Only the ring provider is compiled in; make it the process default.
    let _ = rustls::crypto::ring::default_provider().install_default();
    let certified =
        rcgen::generate_simple_self_signed(vec!["localhost".to_string(), "127.0.0.1".to_string()])
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
