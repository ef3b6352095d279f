//! The `-v` log: each HTTP exchange on stderr, `>` for what was sent and
//! `<` for what came back; long waits and a skipped nonce cache are said
//! even without `-v`. The client has already hidden the
//! Authorization header's value and scrubbed its sent secrets from the
//! rest; this makes them terminal-safe.

use crate::exchange::{Event, Header, Sink};
use crate::untrusted::terminal::escaped as safe;

/// Waits longer than this are said on stderr even without `-v`.
const SAY_WAITS_FROM: std::time::Duration = std::time::Duration::from_secs(2);

pub struct ExchangeLog {
    /// `-v`: every exchange; otherwise only long waits.
    pub verbose: bool,
    /// Where the request rate comes from (`--max-rate 0.5`, or the
    /// profile's `max_rate`), to name it when a request waits for it.
    pub rate: Option<String>,
}

impl Sink for ExchangeLog {
    fn wants_exchanges(&self) -> bool {
        self.verbose
    }

    fn event(&self, event: &Event<'_>) {
        // A skipped cache is said whether or not -v: something in a folder
        // of omi's is not as omi left it.
        if let Event::CacheSkipped { why } = event {
            crate::output::warn(&format!("not using the nonce cache: {why}"));
            return;
        }
        if self.verbose {
            match (event, &self.rate) {
                (Event::Paced { wait }, Some(rate)) => super::messages::to_stderr(&format!(
                    "* waiting {} ms for {}\n",
                    wait.as_millis(),
                    safe(rate)
                )),
                _ => super::messages::to_stderr(&render(event)),
            }
            return;
        }
        let (wait, why) = match event {
            Event::Wait { wait, why } => (wait, why.to_string()),
            Event::Paced { wait } => (wait, self.rate.clone().unwrap_or_default()),
            _ => return,
        };
        if *wait > SAY_WAITS_FROM && !super::messages::quiet() {
            super::messages::to_stderr(&format!(
                "omi: waiting {} s ({}) ...\n",
                wait.as_secs_f64().round(),
                safe(&why)
            ));
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
        Event::Paced { wait } => format!(
            "* waiting {} ms for the request rate (--max-rate or the profile's max_rate)\n",
            wait.as_millis()
        ),
        Event::KeptNonce { age } => format!(
            "* answering a digest nonce kept from an earlier run ({} s old; --no-cache to not)\n",
            age.as_secs()
        ),
        Event::CacheSkipped { why } => format!("* not using the nonce cache: {}\n", safe(why)),
        Event::KeptNonceRefused => {
            "* the server refused the kept nonce and accepted a fresh one; kept nonces are not offered to it for a day\n".to_string()
        }
    }
}
