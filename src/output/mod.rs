//! Everything omi shows a person or a script: tables (`table`), raw JSON,
//! alert notifications and their tests (`alerts`),
//! dry runs (`dry_run`), apply's plan (`apply`), projects and the fleet
//! matrix (`fleet`), export's list of variables (`variables`), `config
//! show` (`config`), the `-v` exchange log (`exchange_log`), and the
//! colour and terminal decisions behind them. It is handed values and
//! bytes and returns text (or writes it to stdout or stderr); a server's
//! text goes through `untrusted` on the way. It knows nothing of HTTP and
//! imports neither the client nor `cli`.

pub mod alerts;
pub mod apply;
pub mod config;
pub mod dry_run;
pub mod exchange_log;
pub mod fleet;
pub mod messages;
pub mod table;
pub mod variables;

use crate::api::response::Unreadable;
pub use messages::{ask, error, note, say, warn};

use crate::untrusted::{json::safe_json, SentSecrets};
use std::io::Write;

/// How results are shown, decided once from the terminal and environment.
#[derive(Debug, Clone, Copy)]
pub struct Style {
    /// stdout is a terminal: tables are laid out for a person, else they
    /// are tab-separated for a pipe.
    pub tty: bool,
    /// stdout is a terminal and NO_COLOR is not set.
    pub color: bool,
    /// `--json`: bodies as received, for jq and scripts.
    pub json: bool,
}

impl Style {
    pub fn new(stdout_is_terminal: bool, no_color: bool, json: bool) -> Style {
        Style {
            tty: stdout_is_terminal,
            color: stdout_is_terminal && !no_color,
            json,
        }
    }
}

/// Writes the result to stdout; everything else goes to stderr.
pub fn emit(text: &str) -> std::io::Result<()> {
    let mut out = std::io::stdout().lock();
    out.write_all(text.as_bytes())?;
    out.flush()
}

/// The response body as received, for `--json`, ending in a newline: the
/// same JSON, byte-exact but for what [`safe_json`] changes (a secret of
/// `sent`, a character unsafe on a terminal, a bare `\r`). A body that is
/// not JSON is not what the API returns.
pub fn raw_json(body: &[u8], sent: &SentSecrets) -> Result<String, Unreadable> {
    let not_json = || Unreadable("not JSON".into());
    let text = std::str::from_utf8(body).map_err(|_| not_json())?;
    let mut text = safe_json(text, sent).ok_or_else(not_json)?;
    if !text.ends_with('\n') {
        text.push('\n');
    }
    Ok(text)
}

/// A JSON value on one line, ending in a newline, made safe like a body:
/// it may hold a server's text, and so a secret of `sent`.
pub fn json_line(value: &serde_json::Value, sent: &SentSecrets) -> String {
    // serde_json writes JSON, so nothing is ever left out here.
    safe_json(&format!("{value}\n"), sent).unwrap_or_default()
}
