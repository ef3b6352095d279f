//! The `-v` log: each HTTP exchange on stderr, `>` for what was sent and
//! `<` for what came back. The client has already hidden the
//! Authorization header's value and scrubbed its sent secrets from the
//! rest; this makes them terminal-safe.

use crate::exchange::{Event, Header, Sink};
use crate::untrusted::terminal::escaped as safe;

/// Waits longer than this are said on stderr even without `-v`.
const SAY_WAITS_FROM: std::time::Duration = std::time::Duration::from_secs(2);

pub struct ExchangeLog {
    /// `-v`: every exchange; otherwise only long waits.
    pub verbose: bool,
}

impl Sink for ExchangeLog {
    fn wants_exchanges(&self) -> bool {
        self.verbose
    }

    fn event(&self, event: &Event<'_>) {
        if self.verbose {
            super::messages::to_stderr(&render(event));
        } else if let Event::Wait { wait, why } = event {
            if *wait > SAY_WAITS_FROM && !super::messages::quiet() {
                let secs = wait.as_secs_f64().round();
                super::messages::to_stderr(&format!("omi: waiting {secs} s ({why}) ...\n"));
            }
        }
    }
}

pub fn render(event: &Event<'_>) -> String {
    let headers = |prefix: &str, hs: &[Header]| {
        hs.iter()
            .map(|(k, v)| format!("{prefix} {}: {}\n", safe(k), safe(v)))
            .collect::<String>()
    };
    match event {
        Event::Request {
            method,
            url,
            headers: hs,
        } => format!("> {method} {}\n{}", safe(url), headers(">", hs)),
        Event::Response {
            status,
            reason,
            elapsed,
            headers: hs,
        } => format!(
            "< {status} {} ({} ms)\n{}",
            safe(reason),
            elapsed.as_millis(),
            headers("<", hs)
        ),
        Event::Wait { wait, why } => format!("* retrying in {} ms ({why})\n", wait.as_millis()),
        Event::KeptNonce { age } => format!(
            "* answering a digest nonce kept from an earlier run ({} s old; --no-cache to not)\n",
            age.as_secs()
        ),
        Event::KeptNonceRefused => {
            "* the server refused the kept nonce and accepted a fresh one; kept nonces are not offered to it for a day\n".to_string()
        }
    }
}
