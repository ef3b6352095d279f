//! Text a server wrote, on its way to a person: the one home for making it
//! safe (as gh keeps `iostreams/untrusted.go`). The client's errors and
//! everything `output` shows of a server's bytes go through here.
//!
//! - [`sent`]: the secrets a run has sent ([`SentSecrets`]), owned by the
//!   client and handed to whatever shows server text, so an echoed secret
//!   shows as its mask;
//! - [`terminal`]: control characters and those that reorder or hide
//!   text, shown escaped; a bound on how much of one text is shown;
//! - [`json`]: the same for JSON text, keeping it the same JSON, on a small
//!   scanner of string tokens.

pub mod json;
pub mod sent;
pub mod terminal;

pub use sent::SentSecrets;
pub use terminal::{bounded, MAX_SHOWN_CHARS};

/// Server text as it may be shown: every secret in `sent` replaced by its
/// mask, then every control character escaped.
pub fn shown(text: &str, sent: &SentSecrets) -> String {
    terminal::escaped(&sent.scrub(text))
}

/// As [`shown`], then cut at [`MAX_SHOWN_CHARS`] saying how many were left
/// out and, when the rest can be seen elsewhere, where (`rest`). Secrets
/// are replaced before the text is cut, so no part of one is shown.
pub fn shown_bounded(text: &str, sent: &SentSecrets, rest: Option<&str>) -> String {
    bounded(&shown(text, sent), MAX_SHOWN_CHARS, rest)
}
