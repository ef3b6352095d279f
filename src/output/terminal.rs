//! Text from a server, made safe for a terminal: every secret omi sent in
//! this run replaced by its mask, and control characters (escape
//! sequences, carriage returns, newlines that would forge table lines)
//! shown escaped, e.g. `\u{1b}`. Every printer runs server text through
//! [`safe`], and JSON through [`safe_json`]: the same JSON, byte-exact but
//! for the string tokens that hold a secret or such a character.

use crate::input::{json_keys, secret};
use std::borrow::Cow;

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
fn needs_escape(c: char) -> bool {
    c.is_control() || matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}

/// JSON text as it may be shown, the same JSON: byte-exact, except that a
/// string token holding a secret sent in this run, or a character
/// [`safe`] escapes, is re-encoded (the secret as its mask, the character
/// as a `\uXXXX` escape), and a bare `\r` between tokens becomes `\n`.
/// `None` when `text` is not JSON.
pub fn safe_json(text: &str) -> Option<String> {
    serde_json::from_str::<serde::de::IgnoredAny>(text).ok()?;
    let bytes = text.as_bytes();
    let mut out = String::with_capacity(text.len());
    let (mut at, mut copied) = (0, 0);
    while let Some(&b) = bytes.get(at) {
        match b {
            b'"' => {
                let end = json_keys::string_end(text, at)?;
                if let Cow::Owned(shown) = safe_string(&text[at..end])? {
                    out.push_str(&text[copied..at]);
                    out.push_str(&shown);
                    copied = end;
                }
                at = end;
            }
            b'\r' if bytes.get(at + 1) != Some(&b'\n') => {
                out.push_str(&text[copied..at]);
                out.push('\n');
                at += 1;
                copied = at;
            }
            _ => at += 1,
        }
    }
    out.push_str(&text[copied..]);
    Some(out)
}

/// A string token as it may be shown: itself, or re-encoded when what it
/// means holds a sent secret or it holds a character to escape. `None`
/// when it is not a valid JSON string.
fn safe_string(token: &str) -> Option<Cow<'_, str>> {
    let value = json_keys::decode_string(token)?;
    let scrubbed = secret::scrub(&value);
    Some(
        match scrubbed == value && !token.chars().any(needs_escape) {
            true => Cow::Borrowed(token),
            false => Cow::Owned(json_string(&scrubbed)),
        },
    )
}

/// `text` as a JSON string token whose every character is safe to show.
fn json_string(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            // Every such character is in the Basic Multilingual Plane.
            c if needs_escape(c) => out.push_str(&format!("\\u{:04x}", u32::from(c))),
            c => out.push(c),
        }
    }
    out.push('"');
    out
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
        assert_eq!(safe("a\u{1b}]0;pwned\u{7}b"), "a\\u{1b}]0;pwned\\u{7}b");
        assert_eq!(safe("x\r\n│ forged"), "x\\u{d}\\u{a}│ forged");
        assert_eq!(safe_lines("a\n  b\u{1b}[2J"), "a\n  b\\u{1b}[2J");
        assert_eq!(safe("\u{202e}evil"), "\\u{202e}evil");
        assert_eq!(safe("plain ünïcode"), "plain ünïcode");
    }

    #[test]
    fn json_stays_the_same_json_made_safe() {
        // Byte-exact where nothing needs changing, escapes included.
        let plain = "{\"a\" : 1.50e3 ,\r\n \"b\":\"\\u001b\\/x\u{e4}\"}";
        assert_eq!(safe_json(plain).as_deref(), Some(plain));
        // Raw C1, DEL and bidi characters become escapes; a bare \r, \n.
        let raw = "[\"a\u{9b}2J\u{7f}\",\r\"\u{202e}\\\"q\"]";
        let shown = safe_json(raw).unwrap();
        assert_eq!(shown, "[\"a\\u009b2J\\u007f\",\n\"\\u202e\\\"q\"]");
        let same = |t: &str| serde_json::from_str::<serde_json::Value>(t).unwrap();
        assert_eq!(same(&shown), same(raw));
        assert_eq!(safe_json("{\"a\":"), None);
        assert_eq!(safe_json("[\"\\ud800\"]"), None);
    }

    #[test]
    fn json_is_scrubbed_inside_strings_only() {
        // A secret that is also a JSON number (as `true` is a literal).
        secret::Secret::new("98765").mark_sent("****5".into());
        secret::Secret::new("s\u{e4}/k=\"v").mark_sent("******k=\"v".into());
        let body = r#"{"port":98765,"password":"98765","echo":["s\u00e4\/k\u003d\"v"]}"#;
        assert_eq!(
            safe_json(body).unwrap(),
            r#"{"port":98765,"password":"****5","echo":["******k=\"v"]}"#
        );
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
