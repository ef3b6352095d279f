//! An HTTP exchange as plain data: what the client reports of each request
//! it sends and each answer it gets, for whoever wants to show it (the `-v`
//! log in `output`). The client hands events to a [`Sink`] it is given and
//! prints nothing itself; the sink knows nothing of HTTP libraries.
//!
//! Events never carry a secret: the client replaces the `Authorization`
//! header's value before an event is made.

use std::time::Duration;

/// A header as it may be shown.
pub type Header = (String, String);

#[derive(Debug)]
pub enum Event<'a> {
    /// A request about to be sent.
    Request {
        method: &'a str,
        url: &'a str,
        headers: &'a [Header],
    },
    /// The answer's status line and headers, once its body was read.
    Response {
        status: u16,
        reason: &'a str,
        elapsed: Duration,
        headers: &'a [Header],
    },
    /// The request will be sent again after `wait`, because of `why`
    /// (`429 Retry-After`, `503`, `connection failed`).
    Wait { wait: Duration, why: &'a str },
    /// The request waits `wait` for its turn under `--max-rate` before it
    /// is sent (reported for the first such wait and for each longer by
    /// whole seconds than those before, not at every request).
    Paced { wait: Duration },
    /// The first request answers a digest challenge kept from an earlier
    /// run (the nonce cache), received `age` ago: no challenge round trip.
    KeptNonce { age: Duration },
    /// The server refused the kept challenge and accepted a fresh one; kept
    /// challenges are not offered to it for a while.
    KeptNonceRefused,
    /// The nonce cache is not used in this run, because of `why` (the
    /// cache folder or a file in it is not safe to use: a symlink, a FIFO,
    /// a folder others may write). Sent once per run.
    CacheSkipped { why: &'a str },
}

/// Receives the events of every exchange.
pub trait Sink: Send + Sync {
    fn event(&self, event: &Event<'_>);

    /// Whether it shows requests and responses; when not, the client does
    /// not build them (waits, nonce and cache events are always sent).
    fn wants_exchanges(&self) -> bool {
        true
    }
}
