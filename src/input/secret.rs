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
