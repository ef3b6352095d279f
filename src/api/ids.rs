//! Object ids (projects, organizations): 24 hexadecimal characters. One
//! check for ids typed by a person, read from a file or sent by a server.

/// Whether `s` is an object id: exactly 24 ASCII hex digits.
pub fn is_object_id(s: &str) -> bool {
    s.len() == 24 && s.bytes().all(|b| b.is_ascii_hexdigit())
}

/// An object id as omi keeps it: trimmed and lower-case, or `None` when
/// `s` is not one.
pub fn normalize(s: &str) -> Option<String> {
    let s = s.trim();
    is_object_id(s).then(|| s.to_ascii_lowercase())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids() {
        assert!(is_object_id("5e2211c17a3e5a48f5497de3"));
        assert!(!is_object_id("5e2211c17a3e5a48f5497de"));
        assert!(!is_object_id("../../../etc/passwd00000"));
        assert!(!is_object_id("5e2211c17a3e5a48f5497dé"));
        assert_eq!(
            normalize(" 5E2211C17A3E5A48F5497DE3 ").as_deref(),
            Some("5e2211c17a3e5a48f5497de3")
        );
    }
}
