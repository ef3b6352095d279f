//! omi-sandbox: a local emulator of the Ops Manager integrations API.
//!
//! Digest auth, the endpoints, validation and redaction derived from
//! [`crate::api::types`], the error table, list pages, `pretty` and
//! `envelope`, in the documented shape or as real servers were recorded
//! answering (`--shape`); plus fault injection for testing clients. The
//! README's omi-sandbox section documents it. It shares only `crate::api`
//! with the client.
//!
//! This file starts it (state, keys, listener) and runs `exec`; then:
//! - `args`: its flags;
//! - `listener`: the socket, plain or TLS, and the server task;
//! - `handler`: the one request handler, checks in Ops Manager's order;
//! - `app`: what every request shares (store, digest, fault settings);
//! - `api`: the endpoints; `validate` checks requests, `redact` gives a
//!   stored integration its returned form, `responses` the bodies (errors,
//!   list pages, envelope, the challenge);
//! - `alerts`: the alert configuration endpoints, their bodies (`body`)
//!   and response forms (`show`);
//! - `auth`: digest; `faults` and `latency`: fault injection; `state`: the
//!   store and its `--state` file; `exec`: the child command; `docs`: the
//!   man page.

mod alerts;
mod api;
mod app;
mod args;
mod auth;
mod docs;
mod exec;
mod faults;
mod handler;
mod latency;
mod listener;
mod redact;
mod responses;
mod state;
mod validate;

use std::collections::HashSet;
use std::io::Write;
use std::net::{SocketAddr, ToSocketAddrs};
use std::sync::{Arc, RwLock};
use std::time::Duration;

use app::App;
use args::{Args, Command, Shape};
use auth::{DigestAuth, NonceUses};
use faults::{FailEvery, RateLimiter};
use listener::{bind, serve, tls_config, Serving};
use state::{Keys, Store};

/// The nominal limit `RateLimit-Limit` shows with `--shape recorded` and no
/// `--rate-limit` (nothing is then refused).
const NOMINAL_RATE_LIMIT: u64 = 100;

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
    if matches!(args.command, Some(Command::Man)) {
        let mut out = std::io::stdout().lock();
        return match out
            .write_all(docs::man_page().as_bytes())
            .and_then(|()| out.flush())
        {
            Ok(()) => 0,
            Err(_) => 1,
        };
    }
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
pub(crate) struct Fatal(String, i32);

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
    let mut store = open_store(&args)?;
    let keys = resolve_keys(&args, &store)?;
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
    let listener = bind(listen, store.port())?;
    let local_addr = listener
        .local_addr()
        .map_err(|e| Fatal(format!("cannot listen on {listen}: {e}"), 1))?;
    store
        .set_server(keys.clone(), local_addr.port())
        .map_err(|e| Fatal(e, 1))?;

    let tls = match (&args.tls, &args.tls_cert_out) {
        (true, Some(out)) => Some(tls_config(out).await?),
        _ => None,
    };
    let scheme = if tls.is_some() { "https" } else { "http" };
    let app = build_app(&args, &keys, store, scheme, local_addr)?;
    spawn_purger(&app, args.nonce_ttl);
    let (handle, serving) = serve(listener, tls, app, local_addr)?;

    let env = [
        ("OMI_BASE_URL", format!("{scheme}://{local_addr}")),
        ("OMI_PUBLIC_KEY", keys.public_key),
        ("OMI_PRIVATE_KEY", keys.private_key),
        ("OMI_PROJECT_ID", first_project),
    ];
    let code = match &args.command {
        Some(Command::Exec { cmd }) => exec::run(cmd, &env).await,
        // Printed before the runtime starts (`main`).
        Some(Command::Man) | None => {
            print_exports(&env);
            wait_until_stopped(serving).await?
        }
    };
    handle.graceful_shutdown(Some(Duration::from_secs(1)));
    Ok(code)
}

/// The state (from `--state` if given) with at least the projects and
/// organizations the flags ask for.
fn open_store(args: &Args) -> Result<Store, Fatal> {
    let known_type = |t: &str| {
        crate::api::types::TYPES.iter().any(|x| x.api == t)
            || args.legacy_types.iter().any(|l| l == t)
    };
    let mut store = Store::open(args.state.clone(), known_type).map_err(|e| Fatal(e, 1))?;
    let at_least = args.projects.unwrap_or(1);
    store
        .ensure(&args.project_ids, at_least, args.orgs)
        .map_err(|e| Fatal(e, 1))?;
    let seeded = store.projects().len().saturating_mul(args.alert_configs);
    if seeded > args::MAX_SEEDED_ALERT_CONFIGS {
        return Err(Fatal(
            format!(
                "--alert-configs {} over {} projects is {seeded} configurations, more than {}: give a smaller N or fewer projects",
                args.alert_configs,
                store.projects().len(),
                args::MAX_SEEDED_ALERT_CONFIGS
            ),
            USAGE,
        ));
    }
    store
        .seed_alerts(
            args.alert_configs,
            args.global_alert_configs,
            alerts::seed::project_config,
            alerts::seed::global_config,
        )
        .map_err(|e| Fatal(e, 1))?;
    Ok(store)
}

/// The flags' keys, else the state file's, else new random ones.
fn resolve_keys(args: &Args, store: &Store) -> Result<Keys, Fatal> {
    let saved = store.keys();
    let public_key = args
        .public_key
        .clone()
        .or_else(|| saved.map(|k| k.public_key.clone()))
        .unwrap_or_else(random_public_key);
    let private_key = args
        .private_key
        .clone()
        .or_else(|| saved.map(|k| k.private_key.clone()))
        .unwrap_or_else(random_private_key);
    if public_key.is_empty() || private_key.is_empty() {
        return Err(Fatal("the API keys must not be empty".into(), USAGE));
    }
    Ok(Keys {
        public_key,
        private_key,
    })
}

fn build_app(
    args: &Args,
    keys: &Keys,
    store: Store,
    scheme: &'static str,
    local_addr: SocketAddr,
) -> Result<Arc<App>, Fatal> {
    let recorded = args.shape == Shape::Recorded;
    let uses = NonceUses {
        max: args.nonce_uses.or(recorded.then_some(1)),
        stale_when_used_up: !recorded,
    };
    let rate_limit = match (args.rate_limit, recorded) {
        (Some(n), _) => Some(RateLimiter::new(n, true)),
        (None, true) => Some(RateLimiter::new(NOMINAL_RATE_LIMIT, false)),
        (None, false) => None,
    };
    Ok(Arc::new(App {
        auth: DigestAuth::new(
            keys.public_key.clone(),
            keys.private_key.clone(),
            args.digest_algorithm,
            args.nonce_ttl,
            uses,
        ),
        store: RwLock::new(store),
        shape: args.shape,
        legacy_types: args.legacy_types.iter().cloned().collect(),
        rate_limit,
        fail_every: args.fail_every.map(FailEvery::new),
        fail_status: axum::http::StatusCode::from_u16(args.fail_status)
            .map_err(|e| Fatal(format!("--fail-status: {e}"), USAGE))?,
        access_list: args
            .access_list
            .iter()
            .map(|ip| ip.to_canonical())
            .collect(),
        denied_projects: args.deny_projects.iter().cloned().collect::<HashSet<_>>(),
        latency: latency::Latency::new(Duration::from_millis(args.latency_ms))
            .map_err(|e| Fatal(format!("cannot start the --latency-ms thread: {e}"), 1))?,
        access_log: args.access_log,
        notification_test: !args.no_notification_test,
        scheme,
        local_addr,
    }))
}

/// Forgets expired nonces now and then so memory stays bounded.
fn spawn_purger(app: &Arc<App>, ttl: Duration) {
    let purger = Arc::clone(app);
    let every = ttl.clamp(Duration::from_secs(1), Duration::from_secs(60));
    tokio::spawn(async move {
        let mut tick = tokio::time::interval(every);
        loop {
            tick.tick().await;
            purger.auth.purge();
        }
    });
}

fn print_exports(env: &[(&str, String)]) {
    let mut out = std::io::stdout().lock();
    for (k, v) in env {
        let _ = writeln!(out, "export {k}={}", shell_value(v));
    }
    let _ = out.flush();
}

/// Serves until SIGINT/SIGTERM (exit 0) or a server failure.
async fn wait_until_stopped(serving: Serving) -> Result<i32, Fatal> {
    tokio::select! {
        () = shutdown_signal() => Ok(0),
        result = serving => match result {
            Ok(Ok(())) => Ok(0),
            Ok(Err(e)) => Err(Fatal(format!("server failed: {e}"), 1)),
            Err(e) => Err(Fatal(format!("server failed: {e}"), 1)),
        },
    }
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
