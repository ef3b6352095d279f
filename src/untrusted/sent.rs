//! The secrets a run has sent, so that a server echoing one back (an
//! error `detail` quoting the request body, a header, a challenge) cannot
//! make omi print it or keep it. Owned by the client, which marks every
//! secret of a request body before the body leaves ([`SentSecrets::mark`]),
//! and handed to whatever shows server text ([`super::shown`]).

use crate::input::secret::Secret;
use std::sync::{Arc, Mutex};

/// Shorter secrets are not scrubbed from text: replacing every `ab` in a
/// message would hide the message, not a key.
pub const SCRUB_FROM_CHARS: usize = 4;

/// One form of a sent secret (its value, or its JSON-escaped form where
/// that differs), and the mask shown instead.
struct Form {
    text: String,
    mask: String,
}

/// A run's sent secrets, shared by the handles cloned from one another.
/// Longest first: when one secret holds another (a webhook URL holding its
/// `sig=` secret), the longer is replaced whole before the shorter could
/// break it apart. `Debug` shows how many, never one.
#[derive(Clone, Default)]
pub struct SentSecrets(Arc<Mutex<Vec<Form>>>);

impl std::fmt::Debug for SentSecrets {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "SentSecrets({} forms)", self.forms().len())
    }
}

impl SentSecrets {
    fn forms(&self) -> std::sync::MutexGuard<'_, Vec<Form>> {
        self.0.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// Remembers that `secret` is being sent, shown as `mask`: its value,
    /// and for a URL also the form a server writes back once it parsed it
    /// (see [`normalised_url`]).
    pub fn mark(&self, secret: &Secret, mask: &str) {
        let value = secret.expose();
        if value.chars().count() < SCRUB_FROM_CHARS {
            return;
        }
        let mut forms = self.forms();
        for plain in std::iter::once(value.to_string()).chain(normalised_url(value)) {
            // In JSON text a secret may appear escaped.
            let escaped = serde_json::to_string(&plain)
                .ok()
                .map(|e| e.trim_matches('"').to_string());
            for text in std::iter::once(plain.clone()).chain(escaped) {
                if !forms.iter().any(|f| f.text == text) {
                    forms.push(Form {
                        text,
                        mask: mask.to_string(),
                    });
                }
            }
        }
        forms.sort_by_key(|f| std::cmp::Reverse(f.text.len()));
    }

    /// `text` with every sent secret replaced by its mask, in its plain
    /// and its JSON-escaped form, longest first.
    pub fn scrub(&self, text: &str) -> String {
        let forms = self.forms();
        let mut out = text.to_string();
        for f in forms.iter() {
            if out.contains(f.text.as_str()) {
                out = out.replace(f.text.as_str(), &f.mask);
            }
        }
        out
    }

    /// Whether `text` holds a sent secret, in any form scrubbed.
    pub fn holds(&self, text: &str) -> bool {
        self.forms().iter().any(|f| text.contains(f.text.as_str()))
    }
}

/// An http(s) URL as URL parsers write it back, where that differs from
/// how it was sent: scheme and host lower-cased, the default port dropped,
/// dot segments resolved, characters percent-encoded (`HTTPS://Hooks.
/// Example.com:443/a` → `https://hooks.example.com/a`). A server that
/// stores a URL stores this form, and echoes it.
fn normalised_url(value: &str) -> Option<String> {
    let url = url::Url::parse(value.trim()).ok()?;
    if !matches!(url.scheme(), "http" | "https") || url.host().is_none() {
        return None;
    }
    let written = url.as_str();
    // Written without the root path's `/`, as a server may.
    let bare = (url.path() == "/" && url.query().is_none() && url.fragment().is_none())
        .then(|| written.trim_end_matches('/'));
    let form = bare.unwrap_or(written);
    (form != value).then(|| form.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sent_secrets_are_scrubbed() {
        let sent = SentSecrets::default();
        sent.mark(&Secret::new("wh-\"secret\"-2101"), "******2101");
        sent.mark(&Secret::new("ab"), "**");
        let text = r#"{"detail":"bad body: {\"secret\":\"wh-\"secret\"-2101\"} ab"}"#;
        let shown = sent.scrub(text);
        assert!(!shown.contains("secret\\\"-2101"), "{shown}");
        assert!(
            shown.contains("******2101") && shown.contains(" ab"),
            "{shown}"
        );
        assert_eq!(sent.scrub("wh-\"secret\"-2101"), "******2101");
        assert!(sent.holds("nonce-wh-\"secret\"-2101"));
        assert!(!sent.holds("nonce-wh-secret-2101"));
        assert!(!format!("{sent:?}").contains("2101"));
    }

    #[test]
    fn a_secret_inside_another_does_not_uncover_it() {
        // The shorter is sent first: order of sending must not matter.
        let sent = SentSecrets::default();
        sent.mark(&Secret::new("WHSECRET77"), "******ET77");
        let url = "https://hooks.example.com/p/abc?sig=WHSECRET77";
        sent.mark(&Secret::new(url), "https://hooks.example.com/****");
        let shown = sent.scrub(&format!("bad body {url} and WHSECRET77"));
        assert_eq!(
            shown,
            "bad body https://hooks.example.com/**** and ******ET77"
        );
    }

    #[test]
    fn a_url_is_scrubbed_in_the_form_a_server_writes_it_back() {
        let sent = SentSecrets::default();
        let url = "HTTPS://Hooks.Example.com:443/services/SECRETPATH123";
        sent.mark(&Secret::new(url), "https://Hooks.Example.com/****");
        for echoed in [url, "https://hooks.example.com/services/SECRETPATH123"] {
            let shown = sent.scrub(&format!("stored {echoed}"));
            assert!(!shown.contains("SECRETPATH123"), "{shown}");
        }
        // (Written with `\/` in JSON it is found by the JSON pass, which
        // decodes each string token before it scrubs.)
        let sent = SentSecrets::default();
        sent.mark(&Secret::new("http://h.Example.com:80/x?y=1"), "****");
        assert_eq!(sent.scrub("at http://h.example.com/x?y=1."), "at ****.");
        assert_eq!(normalised_url("https://h.example.com/p"), None);
        assert_eq!(normalised_url("not a url"), None);
        assert_eq!(normalised_url("mailto:A@B.example"), None);
        assert_eq!(
            normalised_url("HTTP://H.example.com:80").as_deref(),
            Some("http://h.example.com")
        );
    }

    #[test]
    fn each_run_has_its_own() {
        let a = SentSecrets::default();
        a.mark(&Secret::new("only-in-a-1234"), "****");
        let b = SentSecrets::default();
        assert_eq!(b.scrub("only-in-a-1234"), "only-in-a-1234");
        assert_eq!(a.clone().scrub("only-in-a-1234"), "****");
    }
}
