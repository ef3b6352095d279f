//! JSON text a server wrote, made safe to show and still the same JSON:
//! byte-exact, except that a string token holding a sent secret, or a
//! character [`super::terminal::needs_escape`] escapes, is re-encoded (the
//! secret as its mask, the character as a `\uXXXX` escape), and a bare
//! `\r` between tokens becomes `\n`. Built on a small scanner of string
//! tokens (where one ends, what it means), which the apply file's
//! duplicate-key check shares.

use super::sent::SentSecrets;
use super::terminal::needs_escape;
use std::borrow::Cow;

/// JSON text as it may be shown, the same JSON: byte-exact, except that a
/// string token holding a secret sent in this run, or a character
/// [`super::shown`] escapes, is re-encoded (the secret as its mask, the character
/// as a `\uXXXX` escape), and a bare `\r` between tokens becomes `\n`.
/// `None` when `text` is not JSON.
pub fn safe_json(text: &str, sent: &SentSecrets) -> Option<String> {
    serde_json::from_str::<serde::de::IgnoredAny>(text).ok()?;
    let bytes = text.as_bytes();
    let mut out = String::with_capacity(text.len());
    let (mut at, mut copied) = (0, 0);
    while let Some(&b) = bytes.get(at) {
        match b {
            b'"' => {
                let end = string_end(text, at)?;
                if let Cow::Owned(shown) = safe_string(&text[at..end], sent)? {
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
fn safe_string<'a>(token: &'a str, sent: &SentSecrets) -> Option<Cow<'a, str>> {
    let value = decode_string(token)?;
    let scrubbed = sent.scrub(&value);
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
            // Outside the Basic Multilingual Plane (a tag character), as
            // its UTF-16 surrogate pair.
            c if needs_escape(c) => {
                for unit in c.encode_utf16(&mut [0; 2]) {
                    out.push_str(&format!("\\u{unit:04x}"));
                }
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// Where the string token whose opening quote is at byte `start` of
/// `text` ends: the byte after its closing quote. `None` when it does not
/// end. Shared by every pass over JSON text that must step over strings.
pub fn string_end(text: &str, start: usize) -> Option<usize> {
    let bytes = text.as_bytes();
    let mut at = start + 1;
    while let Some(&b) = bytes.get(at) {
        match b {
            b'\\' => at += 2,
            b'"' => return Some(at + 1),
            _ => at += 1,
        }
    }
    None
}

/// A string token's text (with its quotes) as JSON means it:
/// `"a\u0062"` is `ab`. `None` when it is not a valid JSON string.
pub fn decode_string(token: &str) -> Option<String> {
    serde_json::from_str(token).ok()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::input::secret::Secret;

    #[test]
    fn json_stays_the_same_json_made_safe() {
        let none = SentSecrets::default();
        // Byte-exact where nothing needs changing, escapes included.
        let plain = "{\"a\" : 1.50e3 ,\r\n \"b\":\"\\u001b\\/x\u{e4}\"}";
        assert_eq!(safe_json(plain, &none).as_deref(), Some(plain));
        // Raw C1, DEL and bidi characters become escapes; a bare \r, \n.
        let raw = "[\"a\u{9b}2J\u{7f}\",\r\"\u{202e}\\\"q\"]";
        let shown = safe_json(raw, &none).unwrap();
        assert_eq!(shown, "[\"a\\u009b2J\\u007f\",\n\"\\u202e\\\"q\"]");
        let same = |t: &str| serde_json::from_str::<serde_json::Value>(t).unwrap();
        assert_eq!(same(&shown), same(raw));
        // Invisible format characters and separators too, outside the
        // Basic Multilingual Plane as a surrogate pair.
        let hidden = "[\"a\u{200e}\u{2028}b\u{e0041}\"]";
        let shown = safe_json(hidden, &none).unwrap();
        assert_eq!(shown, "[\"a\\u200e\\u2028b\\udb40\\udc41\"]");
        assert_eq!(same(&shown), same(hidden));
        assert_eq!(safe_json("{\"a\":", &none), None);
        assert_eq!(safe_json("[\"\\ud800\"]", &none), None);
    }

    #[test]
    fn json_is_scrubbed_inside_strings_only() {
        // A secret that is also a JSON number (as `true` is a literal).
        let sent = SentSecrets::default();
        sent.mark(&Secret::new("98765"), "****5");
        sent.mark(&Secret::new("s\u{e4}/k=\"v"), "******k=\"v");
        let body = r#"{"port":98765,"password":"98765","echo":["s\u00e4\/k\u003d\"v"]}"#;
        assert_eq!(
            safe_json(body, &sent).unwrap(),
            r#"{"port":98765,"password":"****5","echo":["******k=\"v"]}"#
        );
    }

    #[test]
    fn steps_over_strings() {
        let text = r#"["a\"b\\", "c"]"#;
        assert_eq!(string_end(text, 1), Some(9));
        assert_eq!(decode_string(&text[1..9]).as_deref(), Some("a\"b\\"));
        assert_eq!(string_end(r#""open\""#, 0), None);
        assert_eq!(decode_string(r#""\ud800""#), None);
    }
}
