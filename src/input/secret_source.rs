//! Secret values without argv: `-` reads one line from stdin, `@PATH` reads
//! a file (`@@` escapes a literal leading `@`), and a missing required
//! secret is prompted for without echo when stdin is a terminal. A value
//! typed on the command line lands in shell history; these do not.

use super::secret::Secret;
use crate::errors::OmiError;
use crate::untrusted::terminal::invisible;
use std::io::{BufRead, Read};

use std::path::Path;

/// No key, token or password is longer than this.
const MAX_SECRET_BYTES: u64 = 64 * 1024;

/// Standard input, which can be consumed only once per invocation.
pub struct Stdin<'a> {
    reader: Box<dyn BufRead + 'a>,
    used_for: Option<String>,
    /// A person is typing: `-` then asks without echo.
    is_terminal: bool,
}

impl<'a> Stdin<'a> {
    pub fn new(reader: Box<dyn BufRead + 'a>) -> Stdin<'a> {
        Stdin {
            reader,
            used_for: None,
            is_terminal: false,
        }
    }

    /// Standard input that is a terminal.
    pub fn terminal(reader: Box<dyn BufRead + 'a>) -> Stdin<'a> {
        Stdin {
            is_terminal: true,
            ..Stdin::new(reader)
        }
    }

    fn read_line(&mut self, what: &str) -> Result<String, OmiError> {
        if let Some(first) = &self.used_for {
            return Err(OmiError::usage(format!(
                "{what} and {first} both ask to read stdin ('-'); give one of them as @FILE"
            )));
        }
        self.used_for = Some(what.to_string());
        if self.is_terminal {
            // Typed by a person: never shown on the screen.
            return prompt(what).map(|s| s.expose().to_string());
        }
        // One line, and a bounded one: `yes | omi ...` must not fill memory,
        // and a longer line is refused, as a longer file is, not cut.
        let mut line = Vec::new();
        (&mut self.reader)
            .take(MAX_SECRET_BYTES + 1)
            .read_until(b'\n', &mut line)
            .map_err(|e| OmiError::usage(format!("cannot read {what} from stdin: {e}")))?;
        let line = String::from_utf8(line)
            .map_err(|_| OmiError::usage(format!("{what}: stdin is not UTF-8 text")))?;
        let value = line.trim_end_matches(['\n', '\r']).to_string();
        if value.len() as u64 > MAX_SECRET_BYTES {
            return Err(OmiError::usage(format!(
                "{what}: cannot read stdin: larger than {} KiB",
                MAX_SECRET_BYTES / 1024
            )));
        }
        if value.is_empty() {
            return Err(OmiError::usage(format!(
                "{what}: stdin was empty; pipe the value in, e.g. `pass show key | omi ... {what} -`"
            )));
        }
        Ok(value)
    }
}

/// Resolves a secret as typed: `-`, `@PATH`, `@@literal` or the value
/// itself, and checks it. `what` names the flag for error messages (never
/// the value).
pub fn resolve(raw: &Secret, what: &str, stdin: &mut Stdin) -> Result<Secret, OmiError> {
    let raw = raw.expose();
    let value = if raw == "-" {
        Secret::new(stdin.read_line(what)?)
    } else if let Some(rest) = raw.strip_prefix("@@") {
        Secret::new(format!("@{rest}"))
    } else if let Some(path) = raw.strip_prefix('@') {
        Secret::new(read_file(Path::new(path), what)?)
    } else {
        Secret::new(raw)
    };
    check(value, what)
}

/// A secret from any source must be a value: not empty or blank (an
/// unset variable in `--key "$VAR"`), and free of control characters (a
/// NUL or escape is never part of a key, only of a mistake like
/// `- < /dev/zero`) and of the invisible characters a terminal is never
/// shown raw (a zero-width space pasted from a web page): a secret
/// holding one would be shown escaped, and then no longer be found to be
/// masked.
pub fn check(value: Secret, what: &str) -> Result<Secret, OmiError> {
    if value.expose().trim().is_empty() {
        return Err(OmiError::usage(format!(
            "{what} is empty; give the value (is the variable you passed set?)"
        )));
    }
    if value.expose().chars().any(char::is_control) {
        return Err(OmiError::usage(format!(
            "{what} contains a control character (such as NUL or a line break); no key, token or setting does"
        )));
    }
    if let Some(c) = value.expose().chars().find(|&c| invisible(c)) {
        return Err(OmiError::usage(format!(
            "{what} contains an invisible character, U+{:04X} (a zero-width space, a direction \
             mark or the like); no key, token or setting does: was it copied from a web page or \
             a document?",
            u32::from(c)
        )));
    }
    Ok(value)
}

/// Reads a secret from a file: the first line, trailing newline stripped.
pub fn read_file(path: &Path, what: &str) -> Result<String, OmiError> {
    let text = crate::input::files::read_text(path, MAX_SECRET_BYTES)
        .map_err(|e| OmiError::usage(format!("{what}: cannot read {}: {e}", path.display())))?;
    let value = text.lines().next().unwrap_or("").to_string();
    if value.is_empty() {
        return Err(OmiError::usage(format!(
            "{what}: {} is empty",
            path.display()
        )));
    }
    Ok(value)
}

/// Asks for a secret on the terminal without echoing it. A signal that
/// ends omi meanwhile (Ctrl-C, SIGTERM, a closed terminal's SIGHUP) gives
/// the terminal back its echo first.
pub fn prompt(label: &str) -> Result<Secret, OmiError> {
    let _restored = super::signals::TerminalRestored::new();
    let value = rpassword::prompt_password(format!("{label}: "))
        .map_err(|e| OmiError::usage(format!("cannot read {label} from the terminal: {e}")))?;
    if value.is_empty() {
        return Err(OmiError::usage(format!("{label}: no value entered")));
    }
    Ok(Secret::new(value))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn forms() {
        let mut stdin = Stdin::new(Box::new(&b"from-stdin\nsecond\n"[..]));
        let resolve = |raw: &str, what: &str, stdin: &mut Stdin| {
            resolve(&Secret::new(raw), what, stdin).map(|s| s.expose().to_string())
        };
        assert_eq!(resolve("plain", "--x", &mut stdin).unwrap(), "plain");
        assert_eq!(resolve("@@at", "--x", &mut stdin).unwrap(), "@at");
        assert_eq!(resolve("-", "--x", &mut stdin).unwrap(), "from-stdin");
        let err = resolve("-", "--y", &mut stdin).unwrap_err();
        assert!(err.message.contains("--x") && err.message.contains("--y"));
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("k");
        std::fs::write(&p, "file-secret\n").unwrap();
        assert_eq!(
            resolve(&format!("@{}", p.display()), "--x", &mut stdin).unwrap(),
            "file-secret"
        );
        let err = resolve("@/nonexistent/omi", "--x", &mut stdin).unwrap_err();
        assert!(err.message.contains("/nonexistent/omi"));
        for bad in [
            "",
            "  ",
            "a\u{0}b",
            "k\u{1b}[31m",
            "k\u{200b}ey",
            "\u{feff}key",
            "k\u{2028}",
        ] {
            let err = resolve(bad, "--x", &mut stdin).unwrap_err();
            assert!(err.message.starts_with("--x"), "{}", err.message);
            assert!(!err.message.contains(bad) || bad.trim().is_empty());
        }
    }
}
