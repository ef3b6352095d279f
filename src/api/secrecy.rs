//! The vocabulary of the type table: what kind of value a field holds, how
//! omi hides it ([`Secrecy`]) and how real servers return it
//! ([`Returned`]), with the algorithms that produce each mask. The table
//! itself is [`super::types`]; reading a mask a server sent is
//! [`super::mask`].

use serde_json::Value;

/// What kind of JSON value a field holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// A JSON string.
    Text,
    /// A JSON boolean; on the command line `true` or `false`.
    Bool,
    /// A JSON string restricted to these values (case-sensitive, as the API is).
    Enum(&'static [&'static str]),
}

/// How a field's value is hidden: by Ops Manager in its responses, and by omi
/// wherever it would otherwise print the value (dry run, plans, config).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Secrecy {
    /// Not a secret: returned and printed as is.
    Public,
    /// Keys and tokens: same length, all but the last four characters `*`;
    /// four characters or fewer are fully masked.
    LastFour,
    /// Webhook URLs: scheme and host kept, the rest replaced by `****`.
    UrlHost,
    /// Completely redacted as `******`, present in responses only when set.
    Full,
    /// Never returned by the server at all (Prometheus `password`).
    WriteOnly,
}

impl Secrecy {
    pub fn is_secret(self) -> bool {
        self != Secrecy::Public
    }

    /// The masked form of `value`, exactly as Ops Manager returns it (for
    /// `WriteOnly`, the form omi prints; the server omits the field).
    ///
    /// ```
    /// use omi::api::secrecy::Secrecy;
    /// assert_eq!(Secrecy::LastFour.mask("1234567890"), "******7890");
    /// assert_eq!(Secrecy::UrlHost.mask("https://hooks.example.com/a/b"), "https://hooks.example.com/****");
    /// ```
    pub fn mask(self, value: &str) -> String {
        match self {
            Secrecy::Public => value.to_string(),
            Secrecy::LastFour => {
                let chars: Vec<char> = value.chars().collect();
                if chars.len() <= 4 {
                    "*".repeat(chars.len())
                } else {
                    let keep = chars.len() - 4;
                    let mut out = "*".repeat(keep);
                    out.extend(&chars[keep..]);
                    out
                }
            }
            // Parsed as a URL, so a user:password@ before the host (with
            // any '/', '?' or '#' in the password) never shows; a value
            // that is not a URL with a host is hidden whole.
            Secrecy::UrlHost => match url::Url::parse(value.trim()) {
                Ok(u) if u.host_str().is_some() => {
                    let host = u.host_str().unwrap_or_default();
                    match u.port() {
                        Some(p) => format!("{}://{host}:{p}/****", u.scheme()),
                        None => format!("{}://{host}/****", u.scheme()),
                    }
                }
                _ => "******".to_string(),
            },
            Secrecy::Full | Secrecy::WriteOnly => "******".to_string(),
        }
    }

    /// What omi shows of a value a server returned for a field of this
    /// secrecy: never more than a server's mask of it. A server's own
    /// mask is kept as it came (`******7890`; for a URL, scheme and host
    /// then `/****` and at most the path's last four; `******`); a value
    /// returned in clear, or a mask that shows more than those, is masked
    /// as omi masks what it sends ([`Self::mask`]).
    ///
    /// ```
    /// use omi::api::secrecy::Secrecy;
    /// assert_eq!(Secrecy::LastFour.shown("dd-key-in-clear-5678"), "****************5678");
    /// assert_eq!(Secrecy::WriteOnly.shown("prometheus-password"), "******");
    /// assert_eq!(Secrecy::UrlHost.shown("https://example.com/****2101"), "https://example.com/****2101");
    /// ```
    pub fn shown(self, returned: &str) -> String {
        let last_four_mask = Secrecy::LastFour.mask(returned) == returned;
        match self {
            Secrecy::Public => returned.to_string(),
            // Its own mask: a server's mask comes back unchanged.
            Secrecy::LastFour => self.mask(returned),
            Secrecy::UrlHost => {
                let url_mask =
                    Returned::UrlPathLastFour.apply(returned).as_deref() == Some(returned);
                if url_mask || last_four_mask {
                    returned.to_string()
                } else {
                    self.mask(returned)
                }
            }
            Secrecy::Full | Secrecy::WriteOnly if last_four_mask => returned.to_string(),
            Secrecy::Full | Secrecy::WriteOnly => self.mask(returned),
        }
    }
}

/// How MongoDB's real servers return a field in responses, as recorded from
/// their traffic (`omi-sandbox --shape recorded` plays this). A field with
/// no recording carries the form its documentation gives. [`Secrecy`] stays
/// what omi prints; this only describes servers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Returned {
    /// In clear, as submitted.
    Clear,
    /// Same length, all but the last four characters `*` (as
    /// [`Secrecy::LastFour`]).
    LastFour,
    /// Scheme and host kept, the rest `****` (as [`Secrecy::UrlHost`]).
    UrlHost,
    /// Scheme and host kept, the rest `****` plus its last four characters:
    /// `https://example.com/51c0ef87e9951c3e147accf0e12101` →
    /// `https://example.com/****2101`.
    UrlPathLastFour,
    /// `******`.
    Full,
    /// Never returned.
    Omitted,
}

impl Returned {
    /// The returned form of `value`; None when the field is left out.
    ///
    /// ```
    /// use omi::api::secrecy::Returned;
    /// assert_eq!(
    ///     Returned::UrlPathLastFour.apply("https://example.com/51c0ef87e9951c3e147accf0e12101").as_deref(),
    ///     Some("https://example.com/****2101")
    /// );
    /// ```
    pub fn apply(self, value: &str) -> Option<String> {
        match self {
            Returned::Clear => Some(value.to_string()),
            Returned::LastFour => Some(Secrecy::LastFour.mask(value)),
            Returned::UrlHost => Some(Secrecy::UrlHost.mask(value)),
            Returned::Full => Some(Secrecy::Full.mask(value)),
            Returned::Omitted => None,
            Returned::UrlPathLastFour => {
                let kept = Secrecy::UrlHost.mask(value);
                let Some(host_part) = kept.strip_suffix("/****") else {
                    return Some(kept);
                };
                let rest = value
                    .find("://")
                    .map(|i| &value[i + 3..])
                    .and_then(|r| r.find(['/', '?', '#']).map(|j| &r[j..]))
                    .unwrap_or("");
                let rest = rest.strip_prefix('/').unwrap_or(rest);
                let chars: Vec<char> = rest.chars().collect();
                let tail: String = if chars.len() > 4 {
                    chars[chars.len() - 4..].iter().collect()
                } else {
                    String::new()
                };
                Some(format!("{host_part}/****{tail}"))
            }
        }
    }
}

/// A value a server fills in for a field the client did not send.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ServerValue {
    Text(&'static str),
    Bool(bool),
}

impl ServerValue {
    pub fn to_json(self) -> Value {
        match self {
            ServerValue::Text(s) => Value::String(s.to_string()),
            ServerValue::Bool(b) => Value::Bool(b),
        }
    }
}

impl Kind {
    /// "a string", "true or false", "one of US, EU".
    pub fn describe(self) -> String {
        match self {
            Kind::Text => "a string".to_string(),
            Kind::Bool => "true or false".to_string(),
            Kind::Enum(values) => format!("one of {}", values.join(", ")),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn masks() {
        assert_eq!(Secrecy::LastFour.mask("1234567890"), "******7890");
        assert_eq!(Secrecy::LastFour.mask("abcd"), "****");
        assert_eq!(Secrecy::LastFour.mask(""), "");
        assert_eq!(
            Secrecy::UrlHost.mask("https://hooks.example.com/x/y?z=1"),
            "https://hooks.example.com/****"
        );
        assert_eq!(
            Secrecy::UrlHost.mask("https://u:p@example.com"),
            "https://example.com/****"
        );
        assert_eq!(Secrecy::UrlHost.mask("not a url"), "******");
        for leaky in [
            "https://admin:Sup3rS3cr3tPw/x@hooks.example.com/a",
            "https://admin:pw?x@hooks.example.com/a",
            "https://admin:pw#x@hooks.example.com/a",
        ] {
            let m = Secrecy::UrlHost.mask(leaky);
            assert!(
                !m.contains("admin") && !m.contains("pw") && !m.contains("Sup3r"),
                "{m}"
            );
        }
        assert_eq!(
            Secrecy::UrlHost.mask("https://h.example.com:8443/p"),
            "https://h.example.com:8443/****"
        );
        assert_eq!(Secrecy::Full.mask("s3cret"), "******");
    }

    /// What servers mask is shown as they masked it; what they returned in
    /// clear is masked, and nothing shown says more than a mask would.
    #[test]
    fn shown_keeps_server_masks_and_masks_clear_values() {
        let cases = [
            (Secrecy::LastFour, "*********abcd", "*********abcd"),
            (Secrecy::LastFour, "key-1111-abcd", "*********abcd"),
            (Secrecy::LastFour, "abcd", "****"),
            (Secrecy::LastFour, "", ""),
            (Secrecy::Full, "******", "******"),
            (Secrecy::Full, "**************2101", "**************2101"),
            (Secrecy::Full, "webhook-secret-2101", "******"),
            (Secrecy::Full, "abcd", "******"),
            (Secrecy::WriteOnly, "hunter2hunter2", "******"),
            (
                Secrecy::UrlHost,
                "https://example.com/****2101",
                "https://example.com/****2101",
            ),
            (
                Secrecy::UrlHost,
                "https://example.com/****",
                "https://example.com/****",
            ),
            (
                Secrecy::UrlHost,
                "https://example.com/services/T000/B000/XXXX",
                "https://example.com/****",
            ),
            (
                Secrecy::UrlHost,
                "https://admin:pw@example.com/****",
                "https://example.com/****",
            ),
            (Secrecy::UrlHost, "not a url", "******"),
            (Secrecy::Public, "Ops Team", "Ops Team"),
        ];
        for (secrecy, returned, shown) in cases {
            assert_eq!(secrecy.shown(returned), shown, "{secrecy:?} {returned}");
        }
    }
}
