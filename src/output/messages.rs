//! What omi says on stderr besides the result: informational lines,
//! notes, warnings, errors and questions, each with its prefix, made safe
//! for a terminal. Like ripgrep's `messages`, whether notes are shown is
//! one process-wide switch, set once by `app` from `-q/--quiet` (or the
//! profile's `quiet`) before a command runs: notes and informational lines
//! are then silent; warnings, errors and questions never are.
//!
//! Nothing here panics when stderr is closed or full (`2>&-`,
//! `2>/dev/full`, `2>&1 | true`): a message that cannot be written is
//! dropped, and the command's exit code stays what it would have been.

use crate::untrusted::terminal::escaped_lines;
use std::io::Write;
use std::sync::atomic::{AtomicBool, Ordering};

static QUIET: AtomicBool = AtomicBool::new(false);

/// `-q/--quiet`: silences notes and informational lines from now on.
pub fn set_quiet(quiet: bool) {
    QUIET.store(quiet, Ordering::Relaxed);
}

/// Whether notes, informational lines and progress are silenced.
pub fn quiet() -> bool {
    QUIET.load(Ordering::Relaxed)
}

/// Writes `text` to stderr as it is; a failure to write is ignored.
pub fn to_stderr(text: &str) {
    let mut err = std::io::stderr().lock();
    let _ = err.write_all(text.as_bytes());
    let _ = err.flush();
}

/// An informational line for a person (a confirmation, "No project
/// matches.", a count line); silent with `-q`.
pub fn say(text: &str) {
    if !quiet() {
        to_stderr(&format!("{}\n", escaped_lines(text)));
    }
}

/// Asks a yes/no question on stderr and reads the answer from stdin; only
/// `y` or `yes` (any case) is yes. Shown even with `-q`.
pub fn ask(question: &str) -> std::io::Result<bool> {
    use std::io::BufRead;
    to_stderr(&escaped_lines(question));
    let mut answer = String::new();
    std::io::stdin().lock().read_line(&mut answer)?;
    Ok(matches!(
        answer.trim().to_ascii_lowercase().as_str(),
        "y" | "yes"
    ))
}

/// An error that ends the command, and its hint: `omi: error: ...`, the
/// one prefix of every error omi prints.
pub fn error(message: &str, hint: Option<&str>) {
    let mut text = format!("omi: error: {}\n", escaped_lines(message));
    if let Some(hint) = hint {
        text.push_str(&format!("hint: {}\n", escaped_lines(hint)));
    }
    to_stderr(&text);
}

/// `omi: note: ...`; silent with `-q`.
pub fn note(text: &str) {
    if !quiet() {
        to_stderr(&format!("omi: note: {}\n", escaped_lines(text)));
    }
}

/// `omi: warning: ...`, shown even with `-q`.
pub fn warn(text: &str) {
    to_stderr(&format!("omi: warning: {}\n", escaped_lines(text)));
}
