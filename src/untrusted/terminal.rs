//! Characters a terminal must never receive as they are: control
//! characters (escape sequences, carriage returns, newlines that would
//! forge table lines) and those that reorder or hide text, shown escaped
//! instead (`\u{1b}`); and a bound on how much of one text is shown.

/// `text` with every character [`needs_escape`] says shown escaped.
pub fn escaped(text: &str) -> String {
    escape(text, false)
}

/// omi's own multi-line text (an error and its list of problems) with
/// anything it quotes made safe: newlines and tabs kept, every other
/// control character escaped.
pub fn escaped_lines(text: &str) -> String {
    escape(text, true)
}

fn escape(text: &str, keep_lines: bool) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if keep_lines && (c == '\n' || c == '\t') {
            out.push(c);
        } else if needs_escape(c) {
            out.extend(c.escape_unicode());
        } else {
            out.push(c);
        }
    }
    out
}

/// Characters never shown as they are: control characters (C0, DEL, C1)
/// and those that reorder or hide text on a terminal (bidirectional
/// overrides and isolates).
pub fn needs_escape(c: char) -> bool {
    c.is_control() || matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}

/// The most characters of one server text omi shows (a table cell; an
/// error's reason, code or detail): a person reads no further, and laying
/// out a table costs time that grows faster than its cells.
pub const MAX_SHOWN_CHARS: usize = 500;

/// At most `max` characters of `text`; a longer text ends with how many
/// were left out and, when the rest can be seen elsewhere, where (`rest`).
pub fn bounded(text: &str, max: usize, rest: Option<&str>) -> String {
    let count = text.chars().count();
    if count <= max {
        return text.to_string();
    }
    let kept: String = text.chars().take(max).collect();
    let rest = rest.map(|r| format!("; {r}")).unwrap_or_default();
    format!("{kept}… ({} more characters{rest})", count - max)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_controls() {
        assert_eq!(escaped("a\u{1b}]0;pwned\u{7}b"), "a\\u{1b}]0;pwned\\u{7}b");
        assert_eq!(escaped("x\r\n│ forged"), "x\\u{d}\\u{a}│ forged");
        assert_eq!(escaped_lines("a\n  b\u{1b}[2J"), "a\n  b\\u{1b}[2J");
        assert_eq!(escaped("\u{202e}evil"), "\\u{202e}evil");
        assert_eq!(escaped("plain ünïcode"), "plain ünïcode");
    }

    #[test]
    fn bounds_long_text() {
        assert_eq!(bounded("abc", 5, None), "abc");
        assert_eq!(
            bounded(&"x".repeat(10), 4, Some("--json shows all")),
            "xxxx… (6 more characters; --json shows all)"
        );
        assert_eq!(bounded("ééé", 2, None), "éé… (1 more characters)");
    }
}
