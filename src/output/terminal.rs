//! Text from a server, made safe for a terminal: every secret omi sent in
//! this run replaced by its mask, and control characters (escape
//! sequences, carriage returns, newlines that would forge table lines)
//! shown escaped, e.g. `\u{1b}`. Every printer runs server text through
//! [`safe`]; `--json` output is scrubbed of secrets but otherwise left
//! byte-exact.

use crate::input::secret;

/// Server text as it may be shown: secrets masked, every control
/// character escaped.
pub fn safe(text: &str) -> String {
    escape(&secret::scrub(text), false)
}

/// omi's own multi-line text (an error and its list of problems) with
/// anything it quotes made safe: newlines and tabs kept, every other
/// control character escaped.
pub fn safe_lines(text: &str) -> String {
    escape(&secret::scrub(text), true)
}

fn escape(text: &str, keep_lines: bool) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if keep_lines && (c == '\n' || c == '\t') {
            out.push(c);
        } else if c.is_control() || is_invisible_format(c) {
            out.extend(c.escape_unicode());
        } else {
            out.push(c);
        }
    }
    out
}

/// Characters that reorder or hide text on a terminal (bidirectional
/// overrides), escaped like control characters.
fn is_invisible_format(c: char) -> bool {
    matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}

/// At most `max` characters of `text`; a longer text ends with how much
/// was left out.
pub fn bounded(text: &str, max: usize) -> String {
    let count = text.chars().count();
    if count <= max {
        return text.to_string();
    }
    let kept: String = text.chars().take(max).collect();
    format!(
        "{kept}… ({} more characters; --json shows all)",
        count - max
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_controls() {
        assert_eq!(safe("a\u{1b}]0;pwned\u{7}b"), "a\\u{1b}]0;pwned\\u{7}b");
        assert_eq!(safe("x\r\n│ forged"), "x\\u{d}\\u{a}│ forged");
        assert_eq!(safe_lines("a\n  b\u{1b}[2J"), "a\n  b\\u{1b}[2J");
        assert_eq!(safe("\u{202e}evil"), "\\u{202e}evil");
        assert_eq!(safe("plain ünïcode"), "plain ünïcode");
    }

    #[test]
    fn bounds_long_text() {
        assert_eq!(bounded("abc", 5), "abc");
        assert_eq!(
            bounded(&"x".repeat(10), 4),
            "xxxx… (6 more characters; --json shows all)"
        );
    }
}
