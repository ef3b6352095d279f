//! Resolution: raw flags + environment + profile → one `Settings` value
//! holding a fully typed [`Command`]. Like ripgrep's low-level and
//! high-level arguments: `cli` parses, this module decides.
//!
//! Precedence, highest first: flags; `OMI_*` variables; mongocli's `MCLI_*`
//! variables; the profile in the config file. The environment arrives as a
//! snapshot from `main`; nothing here or below reads it on its own.

pub mod command;
pub mod config_file;
pub mod connection;
mod resolve;

pub use crate::input::env::{Env, Terminal};
pub use command::{ApplyOptions, Command, Needs, WriteMethod};
pub use connection::{parse_base_url, Connection};
pub use resolve::resolve;

use crate::client::{ClientOptions, Query};
use crate::errors::OmiError;
use crate::output::Style;
use std::path::PathBuf;
use std::time::Duration;

/// HTTP behaviour, independent of what is sent.
#[derive(Debug, Clone)]
pub struct Http {
    pub timeout: Duration,
    pub retries: u32,
    pub max_wait: Duration,
    /// `--max-rate`: requests per second across all workers.
    pub max_rate: Option<f64>,
    /// Why the profile's `max_rate` cannot be used, if it cannot: said by
    /// a command that sends requests.
    pub max_rate_problem: Option<crate::errors::OmiError>,
    /// The nonce cache folder; `None` with `--no-cache` / `OMI_NO_CACHE`.
    pub nonce_cache: Option<PathBuf>,
    pub ca_cert_pem: Option<Vec<u8>>,
    pub insecure: bool,
    pub verbose: bool,
}

#[derive(Debug)]
pub struct Settings {
    pub command: Command,
    pub connection: Connection,
    pub query: Query,
    pub http: Http,
    pub style: Style,
    pub dry_run: bool,
    pub terminal: Terminal,
    pub profile: String,
    pub config_path: Option<PathBuf>,
    /// For `apply`'s `{"env": NAME}` references.
    pub env: Env,
    /// Shown on stderr before the command runs.
    pub warnings: Vec<String>,
}

impl Settings {
    /// Options for the HTTP client; fails when a connection setting is
    /// missing. With `-v`, exchanges are logged on stderr; long waits
    /// always are.
    pub fn client_options(&self) -> Result<ClientOptions, OmiError> {
        let log: std::sync::Arc<dyn crate::exchange::Sink> =
            std::sync::Arc::new(crate::output::exchange_log::ExchangeLog {
                verbose: self.http.verbose,
            });
        if let Some(problem) = &self.http.max_rate_problem {
            return Err(problem.clone());
        }
        Ok(ClientOptions {
            base_url: self.connection.base_url()?,
            public_key: self.connection.public_key()?,
            private_key: self.connection.private_key()?,
            timeout: self.http.timeout,
            retries: self.http.retries,
            max_wait: self.http.max_wait,
            ca_cert_pem: self.http.ca_cert_pem.clone(),
            insecure: self.http.insecure,
            log: Some(log),
            nonce_cache: self.http.nonce_cache.clone(),
            max_rate: self.http.max_rate,
            sent: crate::untrusted::SentSecrets::default(),
        })
    }
}

#[cfg(test)]
mod debug_tests {
    use super::*;
    use crate::cli;
    use crate::input::secret_source::Stdin;

    /// Settings may end up in a `{:?}` one day; no secret may show then.
    #[test]
    fn debug_output_holds_no_secret() {
        let raw = cli::parse([
            "omi",
            "--public-key",
            "pub-secret-1",
            "--private-key",
            "priv-secret-2",
            "--base-url",
            "https://om.example.com",
            "--project-id",
            "5e2211c17a3e5a48f5497de3",
            "create",
            "webhook",
            "--url",
            "https://h.example.com/url-secret-3",
            "--secret",
            "wh-secret-4",
        ])
        .unwrap();
        let raw_debug = format!("{raw:?}");
        let env = Env::from_pairs([("OMI_PRIVATE_KEY".to_string(), "env-secret-5".to_string())]);
        let mut stdin = Stdin::new(Box::new(std::io::empty()));
        let settings = resolve(raw, env, None, None, Terminal::default(), &mut stdin).unwrap();
        let debug = format!("{raw_debug}{settings:?}");
        for s in [
            "pub-secret-1",
            "priv-secret-2",
            "url-secret-3",
            "wh-secret-4",
            "env-secret-5",
        ] {
            assert!(!debug.contains(s), "{s} in {debug}");
        }
        assert!(debug.contains("5e2211c17a3e5a48f5497de3"));
    }
}
