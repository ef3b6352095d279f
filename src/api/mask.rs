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
//! than the same. A returned value without `*` is compared exactly.

/// How a desired value fits what the server returned.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Fit {
    Same,
    Differs,
    /// The mask hides where a difference could be.
    Unverifiable,
}

pub fn compare(desired: &str, returned: &str) -> Fit {
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
    fn fully_hidden_and_clear_values() {
        assert_eq!(compare("anything", "******"), Fit::Unverifiable);
        assert_eq!(compare("test", "test"), Fit::Same);
        assert_eq!(compare("test2", "test"), Fit::Differs);
        assert_eq!(compare("a*b", "a*b"), Fit::Same);
        assert_eq!(compare("a-b", "a*b"), Fit::Same, "a star is read as a mask");
    }
}
