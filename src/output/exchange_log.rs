//! The `-v` log: each HTTP exchange on stderr, `>` for what was sent and
//! `<` for what came back. The client has already hidden the
//! Authorization header's value.

use crate::exchange::{Event, Header, Sink};

pub struct ExchangeLog;

impl Sink for ExchangeLog {
    fn event(&self, event: &Event<'_>) {
        eprint!("{}", render(event));
    }
}

pub fn render(event: &Event<'_>) -> String {
    let headers = |prefix: &str, hs: &[Header]| {
        hs.iter()
            .map(|(k, v)| format!("{prefix} {k}: {v}\n"))
            .collect::<String>()
    };
    match event {
        Event::Request {
            method,
            url,
            headers: hs,
        } => format!("> {method} {url}\n{}", headers(">", hs)),
        Event::Response {
            status,
            reason,
            elapsed,
            headers: hs,
        } => format!(
            "< {status} {reason} ({} ms)\n{}",
            elapsed.as_millis(),
            headers("<", hs)
        ),
        Event::Retry { wait } => format!("* retrying in {} ms\n", wait.as_millis()),
    }
}
