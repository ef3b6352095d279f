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
//!
//! Two returned values, neither known (an alert notification's copy of a
//! key and the integration's key), are compared by [`compare_returned`].

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

/// How two values a server returned fit each other, either or both
/// masked: an alert notification's copy of a key and the integration's
/// key, both as read. Neither value is known, so this is weaker than
/// [`compare`]:
///
/// - neither masked: compared exactly;
/// - one masked: the clear one is read through the other's mask, as
///   [`compare`] does;
/// - both masked: a mask that shows nothing (only `*`) fits nothing and
///   differs from nothing, so the pair is `Unverifiable`. Otherwise the
///   visible characters must agree where both show them: the text before
///   the first run (one starts with the other) and after the last run
///   (one ends with the other); two masks that keep length (only `*` and
///   a visible tail, `******7890`) must be as long as each other, and one
///   that keeps length cannot be shorter than what the other shows. Any
///   disagreement `Differs`. The pair is `Same` only when both show an
///   end and agree on it (and on any visible part between runs);
///   otherwise what could differ is hidden: `Unverifiable`.
///
/// Two masks that are `Same` are not the same secret: only what they show
/// agrees. Nothing is ever inferred from a mask but this fit.
pub fn compare_returned(a: &str, b: &str) -> Fit {
    match (a.contains('*'), b.contains('*')) {
        (false, false) if a == b => Fit::Same,
        (false, false) => Fit::Differs,
        (false, true) => compare(a, b),
        (true, false) => compare(b, a),
        (true, true) => both_masked(a, b),
    }
}

/// A mask's visible parts: before the first run of `*`, between runs,
/// after the last.
struct Visible<'a> {
    prefix: &'a str,
    middles: Vec<&'a str>,
    suffix: &'a str,
    chars: usize,
}

impl<'a> Visible<'a> {
    fn of(mask: &'a str) -> Visible<'a> {
        let segments: Vec<&str> = mask.split('*').collect();
        Visible {
            prefix: segments[0],
            middles: segments[1..segments.len() - 1]
                .iter()
                .copied()
                .filter(|s| !s.is_empty())
                .collect(),
            suffix: segments[segments.len() - 1],
            chars: mask.chars().count(),
        }
    }

    fn shows_nothing(&self) -> bool {
        self.prefix.is_empty() && self.middles.is_empty() && self.suffix.is_empty()
    }

    /// Only `*` runs and a visible tail: the value's own length.
    fn keeps_length(&self) -> bool {
        self.prefix.is_empty() && self.middles.is_empty() && !self.suffix.is_empty()
    }

    fn shown_chars(&self) -> usize {
        self.prefix.chars().count()
            + self.suffix.chars().count()
            + self
                .middles
                .iter()
                .map(|m| m.chars().count())
                .sum::<usize>()
    }
}

fn both_masked(a: &str, b: &str) -> Fit {
    let (a, b) = (Visible::of(a), Visible::of(b));
    if a.shows_nothing() || b.shows_nothing() {
        return Fit::Unverifiable;
    }
    let prefixes_agree = a.prefix.starts_with(b.prefix) || b.prefix.starts_with(a.prefix);
    let suffixes_agree = a.suffix.ends_with(b.suffix) || b.suffix.ends_with(a.suffix);
    let too_short =
        |kept: &Visible, other: &Visible| kept.keeps_length() && kept.chars < other.shown_chars();
    let lengths_differ = a.keeps_length() && b.keeps_length() && a.chars != b.chars;
    if !prefixes_agree
        || !suffixes_agree
        || lengths_differ
        || too_short(&a, &b)
        || too_short(&b, &a)
    {
        return Fit::Differs;
    }
    if a.suffix.is_empty() || b.suffix.is_empty() || a.middles != b.middles {
        return Fit::Unverifiable;
    }
    Fit::Same
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
    fn two_returned_values() {
        use Fit::*;
        for (a, b, fit) in [
            // Last-four masks: the tail and the length.
            ("******7890", "******7890", Same),
            ("******7890", "******1234", Differs),
            ("******7890", "*****7890", Differs),
            ("****************************7890", "******7890", Differs),
            ("******7890", "****90", Differs),
            // A mask that shows nothing fits nothing, equal or not.
            ("******", "******", Unverifiable),
            ("***", "******7890", Unverifiable),
            ("******7890", "****", Unverifiable),
            // URL masks: host before, tail after.
            (
                "https://h.example.com/****2101",
                "https://h.example.com/****2101",
                Same,
            ),
            (
                "https://h.example.com/****2101",
                "https://h.example.com/****9999",
                Differs,
            ),
            (
                "https://h.example.com/****",
                "https://h.example.com/****",
                Unverifiable,
            ),
            (
                "https://h.example.com/****",
                "https://h.example.com/****2101",
                Unverifiable,
            ),
            (
                "https://h.example.com/****",
                "https://other.example.com/****",
                Differs,
            ),
            // Two forms of one kind of mask: what both show agrees.
            ("https://h.example.com/****2101", "******2101", Differs),
            ("**ab**2101", "**ab**2101", Same),
            ("**ab**2101", "**cd**2101", Unverifiable),
            // One clear: read through the other's mask.
            ("1234567890", "******7890", Same),
            ("******7890", "1234567890", Same),
            ("1234567891", "******7890", Differs),
            ("routing-a", "routing-a", Same),
            ("routing-a", "routing-b", Differs),
            ("anything", "******", Unverifiable),
        ] {
            assert_eq!(compare_returned(a, b), fit, "{a} vs {b}");
            assert_eq!(compare_returned(b, a), fit, "{b} vs {a}");
        }
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
