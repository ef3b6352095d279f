//! A string that must never be shown: API keys, tokens, passwords.
//!
//! `Debug` and `Display` print `******`, so a secret that slips into a log
//! line, an error or a `{:?}` shows nothing. Reading the value takes an
//! explicit `expose()`, which is easy to grep for.
//!
//! ```
//! use omi::input::secret::Secret;
//! let key = Secret::new("0ba7c9d2-private");
//! assert_eq!(format!("{key} {key:?}"), "****** ******");
//! assert_eq!(key.expose(), "0ba7c9d2-private");
//! ```

use secrecy::{ExposeSecret, SecretString};
use std::fmt;

#[derive(Clone)]
pub struct Secret(SecretString);

impl Secret {
    pub fn new(value: impl Into<String>) -> Secret {
        Secret(SecretString::from(value.into()))
    }

    pub fn expose(&self) -> &str {
        self.0.expose_secret()
    }
}

impl fmt::Debug for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("******")
    }
}

impl fmt::Display for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("******")
    }
}

impl PartialEq for Secret {
    fn eq(&self, other: &Self) -> bool {
        self.expose() == other.expose()
    }
}

#[cfg(test)]
mod tests {
    use super::Secret;

    #[test]
    fn never_formats_its_value() {
        let s = Secret::new("hunter2-private");
        assert_eq!(format!("{s}"), "******");
        assert_eq!(format!("{s:?}"), "******");
        assert_eq!(format!("{:?}", Some(&s)), "Some(******)");
        assert_eq!(s.expose(), "hunter2-private");
    }
}

/// One form of a secret this process has sent (its value, or its
/// JSON-escaped form where that differs), and the mask shown instead.
struct Sent {
    form: String,
    mask: String,
}

/// Forms of the secrets this process has sent, longest first, so that a
/// server echoing one back cannot make omi print it. Longest first: when
/// one secret holds another (a webhook URL holding its `sig=` secret), the
/// longer is replaced whole before the shorter could break it apart.
static SENT: std::sync::Mutex<Vec<Sent>> = std::sync::Mutex::new(Vec::new());

/// Shorter secrets are not scrubbed from text: replacing every `ab` in a
/// message would hide the message, not a key.
pub const SCRUB_FROM_CHARS: usize = 4;

impl Secret {
    /// Remembers that this secret is being sent, shown as `mask`.
    pub fn mark_sent(&self, mask: String) {
        let value = self.expose();
        if value.chars().count() < SCRUB_FROM_CHARS {
            return;
        }
        // In JSON text a secret may appear escaped.
        let escaped = serde_json::to_string(value)
            .ok()
            .map(|e| e.trim_matches('"').to_string());
        let mut sent = SENT.lock().unwrap_or_else(|e| e.into_inner());
        for form in std::iter::once(value.to_string()).chain(escaped) {
            if !sent.iter().any(|s| s.form == form) {
                sent.push(Sent {
                    form,
                    mask: mask.clone(),
                });
            }
        }
        sent.sort_by_key(|s| std::cmp::Reverse(s.form.len()));
    }
}

/// `text` with every secret sent in this run replaced by its mask, in its
/// plain and its JSON-escaped form, longest first.
pub fn scrub(text: &str) -> String {
    let sent = SENT.lock().unwrap_or_else(|e| e.into_inner());
    let mut out = text.to_string();
    for s in sent.iter() {
        if out.contains(s.form.as_str()) {
            out = out.replace(s.form.as_str(), &s.mask);
        }
    }
    out
}

/// Whether `text` holds a secret sent in this run, in any form scrubbed.
pub fn holds_sent(text: &str) -> bool {
    let sent = SENT.lock().unwrap_or_else(|e| e.into_inner());
    sent.iter().any(|s| text.contains(s.form.as_str()))
}

#[cfg(test)]
mod scrub_tests {
    use super::*;

    #[test]
    fn sent_secrets_are_scrubbed() {
        let s = Secret::new("wh-\"secret\"-2101");
        s.mark_sent("******2101".into());
        Secret::new("ab").mark_sent("**".into());
        let text = r#"{"detail":"bad body: {\"secret\":\"wh-\"secret\"-2101\"} ab"}"#;
        let shown = scrub(text);
        assert!(!shown.contains("secret\\\"-2101"), "{shown}");
        assert!(
            shown.contains("******2101") && shown.contains(" ab"),
            "{shown}"
        );
        assert_eq!(scrub("wh-\"secret\"-2101"), "******2101");
        assert!(holds_sent("nonce-wh-\"secret\"-2101"));
        assert!(!holds_sent("nonce-wh-secret-2101"));
    }

    #[test]
    fn a_secret_inside_another_does_not_uncover_it() {
        // The shorter is sent first: order of sending must not matter.
        Secret::new("WHSECRET77").mark_sent("******ET77".into());
        let url = "https://hooks.example.com/p/abc?sig=WHSECRET77";
        Secret::new(url).mark_sent("https://hooks.example.com/****".into());
        let shown = scrub(&format!("bad body {url} and WHSECRET77"));
        assert_eq!(
            shown,
            "bad body https://hooks.example.com/**** and ******ET77"
        );
    }
}
