//! Seeing through a server's masks: whether a value the server returned
//! with `*` runs fits the value omi would send.
//!
//! Servers mask differently (the documented `******` and
//! `https://host/****`; recorded `******7890`, `**************2101` and
//! `https://example.com/****2101`), so omi does not predict a mask from
//! the type table: it reads the mask it got. A returned value with a run
//! of `*` is a mask; its visible characters before and after the runs
//! must agree with the desired value. A mask that is only `*` runs and a
//! visible tail (`******7890`) keeps the value's length, so the lengths
//! must agree too. A mask that ends in `*` hides the end of the value: a
//! change there cannot be seen, so the value is `Unverifiable` rather
//! than the same. A returned value without `*` is compared exactly, and a
//! value equal to the one returned is the same whatever it holds.
//!
//! A server rewrites the part of a URL it keeps visible as URL parsers do
//! (`https://Hooks.Example.com:443/…` comes back as
//! `https://hooks.example.com/****…`): a desired URL whose visible part
//! differs only so is read in that form too.

/// How a desired value fits what the server returned.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Fit {
    Same,
    Differs,
    /// The mask hides where a difference could be.
    Unverifiable,
}

pub fn compare(desired: &str, returned: &str) -> Fit {
    if desired == returned {
        return Fit::Same;
    }
    match (through_mask(desired, returned), normalized_url(desired)) {
        (Fit::Differs, Some((url, credentials))) if url != desired => {
            match through_mask(&url, returned) {
                // The server dropped the user and password: a change there
                // cannot be seen.
                Fit::Same if credentials => Fit::Unverifiable,
                fit => fit,
            }
        }
        (fit, _) => fit,
    }
}

/// `url` with its scheme and host as URL parsers write them (lower case,
/// no default port, no user or password, `/` for an empty path), and the
/// rest exactly as given, and whether it had a user or password; `None` if
/// it is not an absolute URL with a host.
fn normalized_url(url: &str) -> Option<(String, bool)> {
    let parsed = url::Url::parse(url).ok()?;
    let host = parsed.host_str()?;
    let after_scheme = &url[url.find("://")? + 3..];
    let rest = match after_scheme.find(['/', '?', '#']) {
        Some(at) => &after_scheme[at..],
        None => "",
    };
    let rest = if rest.starts_with('/') {
        rest.to_string()
    } else {
        format!("/{rest}")
    };
    let credentials = !parsed.username().is_empty() || parsed.password().is_some();
    let normalized = match parsed.port() {
        Some(port) => format!("{}://{host}:{port}{rest}", parsed.scheme()),
        None => format!("{}://{host}{rest}", parsed.scheme()),
    };
    Some((normalized, credentials))
}

fn through_mask(desired: &str, returned: &str) -> Fit {
    if !returned.contains('*') {
        return if desired == returned {
            Fit::Same
        } else {
            Fit::Differs
        };
    }
    // Visible segments between the runs of '*'.
    let segments: Vec<&str> = returned.split('*').collect();
    let prefix = segments[0];
    let suffix = segments[segments.len() - 1];
    let middles: Vec<&str> = segments[1..segments.len() - 1]
        .iter()
        .copied()
        .filter(|s| !s.is_empty())
        .collect();
    let Some(rest) = desired.strip_prefix(prefix) else {
        return Fit::Differs;
    };
    let Some(mut hidden) = rest.strip_suffix(suffix) else {
        return Fit::Differs;
    };
    for middle in &middles {
        match hidden.find(middle) {
            Some(at) => hidden = &hidden[at + middle.len()..],
            None => return Fit::Differs,
        }
    }
    let same_length_mask = prefix.is_empty() && middles.is_empty() && !suffix.is_empty();
    if same_length_mask && desired.chars().count() != returned.chars().count() {
        return Fit::Differs;
    }
    if suffix.is_empty() {
        Fit::Unverifiable
    } else {
        Fit::Same
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_masked_to_their_last_four() {
        assert_eq!(compare("1234567890", "******7890"), Fit::Same);
        assert_eq!(compare("1234567891", "******7890"), Fit::Differs);
        assert_eq!(
            compare("234567890", "******7890"),
            Fit::Differs,
            "length differs"
        );
        let secret = "wh-secret-of-thirty-chars-2101";
        let mask = format!("{}2101", "*".repeat(secret.len() - 4));
        assert_eq!(compare(secret, &mask), Fit::Same);
        assert_eq!(compare("other-secret-2101", &mask), Fit::Differs);
    }

    #[test]
    fn urls_masked_after_the_host() {
        let url = "https://example.com/51c0ef87e9951c3e147accf0e12101";
        assert_eq!(compare(url, "https://example.com/****2101"), Fit::Same);
        assert_eq!(
            compare(
                "https://example.com/51c0ef87e9951c3e147accf0e19999",
                "https://example.com/****2101"
            ),
            Fit::Differs,
            "a changed path is seen when the mask shows its end"
        );
        assert_eq!(compare(url, "https://example.com/****"), Fit::Unverifiable);
        assert_eq!(compare(url, "https://other.example.com/****"), Fit::Differs);
    }

    #[test]
    fn urls_whose_host_the_server_rewrote() {
        let masked = "https://hooks.example.com/****1234";
        for desired in [
            "https://Hooks.Example.COM/abcdefgh1234",
            "https://hooks.example.com:443/abcdefgh1234",
        ] {
            assert_eq!(compare(desired, masked), Fit::Same, "{desired}");
        }
        assert_eq!(
            compare("https://user:pw@hooks.example.com/abcdefgh1234", masked),
            Fit::Unverifiable,
            "credentials the server dropped cannot be compared"
        );
        assert_eq!(
            compare("https://Hooks.Example.com/abcdefgh9999", masked),
            Fit::Differs,
            "the visible tail still counts"
        );
        assert_eq!(
            compare("https://hooks.example.com:8443/abcdefgh1234", masked),
            Fit::Differs,
            "another port is another URL"
        );
        assert_eq!(
            compare("https://example.com", "https://example.com/****"),
            Fit::Unverifiable
        );
        assert_eq!(
            compare("http://Example.com/a", "https://example.com/****"),
            Fit::Differs
        );
    }

    #[test]
    fn fully_hidden_and_clear_values() {
        assert_eq!(compare("anything", "******"), Fit::Unverifiable);
        assert_eq!(compare("test", "test"), Fit::Same);
        assert_eq!(compare("test2", "test"), Fit::Differs);
        assert_eq!(compare("a*b", "a*b"), Fit::Same);
        assert_eq!(compare("ops*", "ops*"), Fit::Same, "equal is the same");
        assert_eq!(compare("******", "******"), Fit::Same, "equal is the same");
        assert_eq!(compare("a-b", "a*b"), Fit::Same, "a star is read as a mask");
    }
}
