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

/// A digest challenge omi cannot answer (an algorithm it does not
/// implement, a nonce missing): a server problem, not wrong keys.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Unanswerable(pub String);

/// Algorithms `digest_auth` answers, by their canonical RFC 7616 names.
const ALGORITHMS: [&str; 6] = [
    "MD5",
    "MD5-sess",
    "SHA-256",
    "SHA-256-sess",
    "SHA-512-256",
    "SHA-512-256-sess",
];

impl Challenge {
    /// Parses a digest challenge per RFC 7616, case-insensitively (scheme,
    /// parameter names, algorithm, qop tokens; quoted or not). `None` when
    /// the header is not a digest challenge.
    pub fn parse(www_authenticate: &str) -> Option<Result<Challenge, Unanswerable>> {
        let (scheme, params) = auth_params(www_authenticate)?;
        if !scheme.eq_ignore_ascii_case("digest") {
            return None;
        }
        Some(Self::from_params(&params))
    }

    fn from_params(params: &[(String, String)]) -> Result<Challenge, Unanswerable> {
        let get = |name: &str| {
            params
                .iter()
                .find(|(k, _)| k.eq_ignore_ascii_case(name))
                .map(|(_, v)| v.as_str())
        };
        let algorithm = match get("algorithm") {
            None => "MD5",
            Some(a) => ALGORITHMS
                .into_iter()
                .find(|known| known.eq_ignore_ascii_case(a))
                .ok_or_else(|| {
                    Unanswerable(format!(
                        "the server asks for digest algorithm {}, which omi does not support (it supports {})",
                        printable(a),
                        ALGORITHMS.join(", ")
                    ))
                })?,
        };
        let nonce =
            get("nonce").ok_or_else(|| Unanswerable("the digest challenge has no nonce".into()))?;
        let mut canonical = format!(
            "Digest realm={}, nonce={}, algorithm={algorithm}",
            quoted(get("realm").unwrap_or("")),
            quoted(nonce)
        );
        if let Some(opaque) = get("opaque") {
            canonical.push_str(&format!(", opaque={}", quoted(opaque)));
        }
        if let Some(qop) = get("qop") {
            let tokens: Vec<String> = qop
                .split(',')
                .map(|t| t.trim().to_ascii_lowercase())
                .filter(|t| t == "auth" || t == "auth-int")
                .collect();
            if !tokens.is_empty() {
                canonical.push_str(&format!(", qop=\"{}\"", tokens.join(",")));
            }
        }
        if get("stale").is_some_and(|v| v.eq_ignore_ascii_case("true")) {
            canonical.push_str(", stale=true");
        }
        digest_auth::parse(&canonical)
            .map(|header| Challenge { header })
            .map_err(|e| Unanswerable(format!("the digest challenge cannot be answered: {e}")))
    }

    pub fn stale(&self) -> bool {
        self.header.stale
    }
}

fn quoted(v: &str) -> String {
    format!("\"{}\"", v.replace('\\', "\\\\").replace('"', "\\\""))
}

/// A server's value in a message: printable characters only, bounded.
fn printable(v: &str) -> String {
    v.chars().filter(|c| !c.is_control()).take(40).collect()
}

/// A parameter's value: a quoted string, or a token (an unquoted `qop`
/// may list several, comma-separated).
fn read_value(rest: &mut std::iter::Peekable<std::str::Chars<'_>>, name: &str) -> String {
    if rest.peek() == Some(&'"') {
        rest.next();
        let mut v = String::new();
        while let Some(c) = rest.next() {
            match c {
                '\\' => v.extend(rest.next()),
                '"' => break,
                c => v.push(c),
            }
        }
        return v;
    }
    let mut v: String = std::iter::from_fn(|| rest.next_if(|c| *c != ',')).collect();
    if name.eq_ignore_ascii_case("qop") {
        while rest.peek() == Some(&',') {
            let mut look = rest.clone();
            look.next();
            let next: String = look.clone().take_while(|c| *c != ',').collect();
            if next.contains('=') {
                break;
            }
            *rest = look;
            let more: String = std::iter::from_fn(|| rest.next_if(|c| *c != ',')).collect();
            v.push(',');
            v.push_str(&more);
        }
    }
    v.trim().to_string()
}

/// `Scheme name=value, name="quoted value", ...` (RFC 7235 auth-params).
/// `None` when the header has no scheme.
fn auth_params(header: &str) -> Option<(String, Vec<(String, String)>)> {
    let header = header.trim_start();
    let scheme_end = header
        .find(|c: char| c.is_whitespace())
        .unwrap_or(header.len());
    let scheme = &header[..scheme_end];
    if scheme.is_empty() {
        return None;
    }
    let mut params = Vec::new();
    let mut rest = header[scheme_end..].chars().peekable();
    loop {
        // Skip separators, then read a name up to '='.
        while rest.peek().is_some_and(|c| c.is_whitespace() || *c == ',') {
            rest.next();
        }
        let name: String = std::iter::from_fn(|| rest.next_if(|c| *c != '=' && *c != ','))
            .collect::<String>()
            .trim()
            .to_string();
        if name.is_empty() {
            break;
        }
        if rest.next() != Some('=') {
            continue;
        }
        while rest.peek().is_some_and(|c| *c == ' ' || *c == '\t') {
            rest.next();
        }
        let value = read_value(&mut rest, &name);
        params.push((name, value));
    }
    Some((scheme.to_string(), params))
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
        self.respond(challenge, method, uri, body)
    }

    /// Answers `challenge`, this request's own: it is not shared (see
    /// [`DigestSession::adopt`]) until the request that received it has
    /// used it, so that a server whose nonces answer once does not see a
    /// concurrent request use it first and refuse its owner.
    pub fn answer(
        &self,
        challenge: &mut Challenge,
        method: &str,
        uri: &str,
        body: Option<&[u8]>,
    ) -> Option<String> {
        self.respond(&mut challenge.header, method, uri, body)
    }

    fn respond(
        &self,
        challenge: &mut WwwAuthenticateHeader,
        method: &str,
        uri: &str,
        body: Option<&[u8]>,
    ) -> Option<String> {
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
        s.adopt(parse(CHALLENGE));
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
        s.adopt(parse(&CHALLENGE.replace("MD5", "SHA-256")));
        for _ in 0..2 {
            let a = s.authorization("GET", "/x", None).unwrap();
            assert!(a.contains("algorithm=SHA-256"), "{a}");
        }
    }

    fn parse(h: &str) -> Challenge {
        Challenge::parse(h).unwrap().unwrap()
    }

    #[test]
    fn recognises_stale_and_non_digest() {
        assert!(parse(&CHALLENGE.replace("stale=false", "stale=true")).stale());
        assert!(!parse(CHALLENGE).stale());
        assert!(Challenge::parse(r#"Basic realm="x""#).is_none());
        assert!(Challenge::parse("").is_none());
        assert!(Challenge::parse("Digest ").unwrap().is_err());
    }

    #[test]
    fn parses_case_insensitively_per_rfc_7616() {
        let s = DigestSession::new(Secret::new("pub"), Secret::new("priv"));
        for header in [
            r#"DIGEST realm="r", nonce="n1", algorithm=sha-256, qop="auth""#,
            r#"digest Realm="r", NONCE="n1", Algorithm="SHA-256", qop=auth,auth-int, stale=FALSE"#,
            r#"Digest realm="r, with comma", nonce="n1", algorithm=Sha-256, qop=auth-int,auth"#,
        ] {
            s.adopt(parse(header));
            let a = s.authorization("GET", "/x", None).unwrap();
            assert!(a.contains("algorithm=SHA-256"), "{header}: {a}");
            assert!(a.contains(r#"nonce="n1""#), "{header}: {a}");
            assert!(a.contains("qop=auth"), "{header}: {a}");
        }
        let md5 = parse(r#"Digest realm="r", nonce="n", qop=auth"#);
        s.adopt(md5);
        assert!(s.authorization("GET", "/x", None).unwrap().contains("MD5"));
    }

    #[test]
    fn unsupported_algorithm_is_said_as_such() {
        let e = Challenge::parse(r#"Digest realm="r", nonce="n", algorithm=SHA-512"#)
            .unwrap()
            .err()
            .unwrap();
        assert!(
            e.0.contains("SHA-512") && e.0.contains("does not support"),
            "{e:?}"
        );
    }
}
