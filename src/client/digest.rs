//! A digest-auth session over `digest_auth`: remembers the server's last
//! challenge and answers it again with an increasing nonce count, so that
//! after the first 401 every request costs one HTTP exchange.
//!
//! Why not diqwest's `DigestAuthSession`: it rebuilds the cached challenge
//! without its `algorithm`, so SHA-256 servers fail from the second request
//! on, and on a stale nonce it throws the new challenge away and sends an
//! extra unauthenticated request. Here a stale nonce costs one exchange.

use crate::input::secret::Secret;
use digest_auth::{AuthContext, HttpMethod, WwwAuthenticateHeader};
use std::sync::Mutex;

pub struct DigestSession {
    username: Secret,
    password: Secret,
    /// The challenge currently answered. `nc` inside it counts up per use.
    challenge: Mutex<Option<WwwAuthenticateHeader>>,
}

/// What a 401's `WWW-Authenticate` header says.
pub struct Challenge {
    header: WwwAuthenticateHeader,
}

impl Challenge {
    /// Parses a digest challenge; `None` when the header is not one.
    pub fn parse(www_authenticate: &str) -> Option<Challenge> {
        let trimmed = www_authenticate.trim_start();
        if !trimmed.get(..6)?.eq_ignore_ascii_case("digest") {
            return None;
        }
        digest_auth::parse(trimmed)
            .ok()
            .map(|header| Challenge { header })
    }

    pub fn stale(&self) -> bool {
        self.header.stale
    }
}

impl DigestSession {
    pub fn new(username: Secret, password: Secret) -> DigestSession {
        DigestSession {
            username,
            password,
            challenge: Mutex::new(None),
        }
    }

    /// Answers the current challenge for this request, or `None` before the
    /// server has sent one. `uri` is the request's path and query.
    pub fn authorization(&self, method: &str, uri: &str, body: Option<&[u8]>) -> Option<String> {
        let mut guard = self.challenge.lock().unwrap_or_else(|e| e.into_inner());
        let challenge = guard.as_mut()?;
        let context = AuthContext::new_with_method(
            self.username.expose(),
            self.password.expose(),
            uri,
            body,
            HttpMethod::from(method),
        );
        challenge
            .respond(&context)
            .ok()
            .map(|h| h.to_header_string())
    }

    /// Adopts a new challenge (first contact, or the nonce went stale).
    pub fn adopt(&self, challenge: Challenge) {
        let mut guard = self.challenge.lock().unwrap_or_else(|e| e.into_inner());
        *guard = Some(challenge.header);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const CHALLENGE: &str = r#"Digest realm="MMS Public API", domain="", nonce="abc123", algorithm=MD5, qop="auth", stale=false"#;

    #[test]
    fn reuses_the_nonce_with_increasing_nc() {
        let s = DigestSession::new(Secret::new("pub"), Secret::new("priv"));
        assert!(s.authorization("GET", "/x", None).is_none());
        s.adopt(Challenge::parse(CHALLENGE).unwrap());
        let a = s.authorization("GET", "/x?pageNum=2", None).unwrap();
        let b = s.authorization("GET", "/x", None).unwrap();
        assert!(a.contains("nc=00000001") && a.contains(r#"uri="/x?pageNum=2""#));
        assert!(b.contains("nc=00000002"));
        assert!(a.contains(r#"nonce="abc123""#));
        assert!(!a.contains("priv"));
    }

    #[test]
    fn keeps_sha256() {
        let s = DigestSession::new(Secret::new("pub"), Secret::new("priv"));
        s.adopt(Challenge::parse(&CHALLENGE.replace("MD5", "SHA-256")).unwrap());
        for _ in 0..2 {
            let a = s.authorization("GET", "/x", None).unwrap();
            assert!(a.contains("algorithm=SHA-256"), "{a}");
        }
    }

    #[test]
    fn recognises_stale_and_non_digest() {
        assert!(
            Challenge::parse(&CHALLENGE.replace("stale=false", "stale=true"))
                .unwrap()
                .stale()
        );
        assert!(Challenge::parse(r#"Basic realm="x""#).is_none());
        assert!(Challenge::parse("").is_none());
        assert!(Challenge::parse("Digest ").is_none());
    }
}
