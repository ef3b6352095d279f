//! A digest-auth session over `digest_auth`: remembers the server's last
//! challenge and answers it again with an increasing nonce count, so that
//! after the first 401 every request costs one HTTP exchange; with a
//! [`NonceCache`], the challenge is kept between runs too, so the next run's
//! first request is answered at once.
//!
//! Why not diqwest's `DigestAuthSession`: it rebuilds the cached challenge
//! without its `algorithm`, so SHA-256 servers fail from the second request
//! on, and on a stale nonce it throws the new challenge away and sends an
//! extra unauthenticated request. Here a stale nonce costs one exchange.

use super::nonce_cache::{KeptChallenge, NonceCache, Reservation};
use crate::input::secret::Secret;
use digest_auth::{
    Algorithm, AlgorithmType, AuthContext, Charset, HttpMethod, Qop, WwwAuthenticateHeader,
};
use std::sync::Mutex;

pub struct DigestSession {
    username: Secret,
    password: Secret,
    state: Mutex<State>,
    cache: Option<NonceCache>,
}

#[derive(Default)]
struct State {
    /// The challenge currently answered. `nc` inside it counts up per use.
    header: Option<WwwAuthenticateHeader>,
    /// For a kept challenge: where this run's reserved counts end
    /// (exclusive). `None` for this run's own challenge.
    reserved_end: Option<u32>,
    /// The challenge is kept from an earlier run and the server has not
    /// accepted it in this one yet.
    kept: bool,
    /// When this run's own challenge arrived (it is kept when the run ends).
    own_since: Option<std::time::Instant>,
    cache_read: bool,
    /// This run answered with a kept challenge at least once.
    used_kept: bool,
    /// The server accepted a reused nonce in this run.
    reuse_accepted: bool,
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
const ALGORITHMS: [(&str, AlgorithmType, bool); 6] = [
    ("MD5", AlgorithmType::MD5, false),
    ("MD5-sess", AlgorithmType::MD5, true),
    ("SHA-256", AlgorithmType::SHA2_256, false),
    ("SHA-256-sess", AlgorithmType::SHA2_256, true),
    ("SHA-512-256", AlgorithmType::SHA2_512_256, false),
    ("SHA-512-256-sess", AlgorithmType::SHA2_512_256, true),
];

impl Challenge {
    /// The digest challenge of a `WWW-Authenticate` value, which may list
    /// several challenges (`Basic realm="x", Digest realm="y", ...`): the
    /// first digest challenge omi can answer (RFC 7616 section 3.7), else
    /// why the first one cannot be. Parsed case-insensitively per RFC 7616
    /// (scheme, parameter names, algorithm, qop tokens; quoted or not).
    /// `None` when the value holds no digest challenge.
    pub fn parse(www_authenticate: &str) -> Option<Result<Challenge, Unanswerable>> {
        let mut first_refusal = None;
        for challenge in challenges(www_authenticate) {
            if !challenge.scheme.eq_ignore_ascii_case("digest") {
                continue;
            }
            match Self::from_params(&challenge.params) {
                Ok(c) => return Some(Ok(c)),
                Err(why) => {
                    first_refusal.get_or_insert(why);
                }
            }
        }
        first_refusal.map(Err)
    }

    /// The challenge `digest_auth` answers, built from the parameters the
    /// server sent (or the cache kept): every check is here, once.
    fn from_params(params: &[(String, String)]) -> Result<Challenge, Unanswerable> {
        let get = |name: &str| {
            params
                .iter()
                .find(|(k, _)| k.eq_ignore_ascii_case(name))
                .map(|(_, v)| v.as_str())
        };
        let algorithm = match get("algorithm") {
            None => Algorithm::new(AlgorithmType::MD5, false),
            Some(a) => ALGORITHMS
                .into_iter()
                .find(|(known, _, _)| known.eq_ignore_ascii_case(a))
                .map(|(_, ty, sess)| Algorithm::new(ty, sess))
                .ok_or_else(|| {
                    Unanswerable(format!(
                        "the server asks for digest algorithm {}, which omi does not support (it supports {})",
                        printable(a),
                        ALGORITHMS.map(|(name, _, _)| name).join(", ")
                    ))
                })?,
        };
        let nonce =
            get("nonce").ok_or_else(|| Unanswerable("the digest challenge has no nonce".into()))?;
        let realm = get("realm").unwrap_or("");
        let opaque = get("opaque");
        // Each is sent back in the Authorization header, where a line break
        // cannot go (and no server's value holds any control character).
        for (name, value) in [
            ("realm", Some(realm)),
            ("nonce", Some(nonce)),
            ("opaque", opaque),
        ] {
            if value.is_some_and(|v| v.chars().any(char::is_control)) {
                return Err(Unanswerable(format!(
                    "the server's digest challenge holds a control character in its {name}, which omi cannot send back"
                )));
            }
        }
        let qop = get("qop").map(qop_offered).transpose()?.flatten();
        Ok(Challenge {
            header: WwwAuthenticateHeader {
                domain: None,
                realm: realm.to_string(),
                nonce: nonce.to_string(),
                opaque: opaque.map(str::to_string),
                stale: get("stale").is_some_and(|v| v.eq_ignore_ascii_case("true")),
                algorithm,
                qop,
                userhash: false,
                charset: Charset::ASCII,
                nc: 0,
            },
        })
    }

    pub fn stale(&self) -> bool {
        self.header.stale
    }
}

/// The qop values omi answers among those a challenge offers; `None` for
/// a blank list (an RFC 2069 challenge), unanswerable when it offers only
/// others (`auth-conf`, say).
fn qop_offered(qop: &str) -> Result<Option<Vec<Qop>>, Unanswerable> {
    let mut offered = Vec::new();
    let mut others = false;
    for token in qop.split(',').map(str::trim).filter(|t| !t.is_empty()) {
        let known = if token.eq_ignore_ascii_case("auth") {
            Qop::AUTH
        } else if token.eq_ignore_ascii_case("auth-int") {
            Qop::AUTH_INT
        } else {
            others = true;
            continue;
        };
        if !offered.contains(&known) {
            offered.push(known);
        }
    }
    if offered.is_empty() && others {
        return Err(Unanswerable(format!(
            "the server offers only qop={}, which omi does not support (it answers qop=auth and auth-int)",
            printable(qop)
        )));
    }
    Ok((!offered.is_empty()).then_some(offered))
}

/// A server's value in a message: printable characters only, bounded.
fn printable(v: &str) -> String {
    v.chars().filter(|c| !c.is_control()).take(40).collect()
}

/// One challenge of a `WWW-Authenticate` value: its scheme and parameters.
struct Listed {
    scheme: String,
    params: Vec<(String, String)>,
}

/// The challenges of a `WWW-Authenticate` value: RFC 7235's comma-separated
/// `scheme [name=value, ...]` list, where a new challenge starts at a token
/// not followed by `=`. What servers send outside the grammar is read as
/// they mean it: an unquoted `qop` list (`qop=auth,auth-int`, whose second
/// token would otherwise start a challenge named `auth-int`), non-ASCII in
/// quoted strings, empty list elements.
fn challenges(header: &str) -> Vec<Listed> {
    let mut listed: Vec<Listed> = Vec::new();
    let mut rest = header.chars().peekable();
    // The last parameter was an unquoted qop: a lone `auth` or `auth-int`
    // after it goes on with its list.
    let mut open_qop = false;
    loop {
        while rest.next_if(|c| c.is_whitespace() || *c == ',').is_some() {}
        if rest.peek().is_none() {
            return listed;
        }
        let token: String =
            std::iter::from_fn(|| rest.next_if(|c| !c.is_whitespace() && !matches!(c, ',' | '=')))
                .collect();
        while rest.next_if(|c| matches!(c, ' ' | '\t')).is_some() {}
        if rest.next_if_eq(&'=').is_some() {
            while rest.next_if(|c| matches!(c, ' ' | '\t')).is_some() {}
            let quoted = rest.peek() == Some(&'"');
            let value = read_value(&mut rest);
            open_qop = !quoted && token.eq_ignore_ascii_case("qop");
            // A parameter before any scheme belongs to no challenge.
            if let Some(challenge) = listed.last_mut().filter(|_| !token.is_empty()) {
                challenge.params.push((token, value));
            }
            continue;
        }
        // The token is not empty: the separators were skipped and it ends
        // only at one of them or at '=', which was not there.
        let lone = matches!(rest.peek(), None | Some(','));
        let qop_token = ["auth", "auth-int"]
            .iter()
            .any(|q| q.eq_ignore_ascii_case(&token));
        if open_qop && lone && qop_token {
            if let Some((_, qop)) = listed.last_mut().and_then(|c| c.params.last_mut()) {
                qop.push(',');
                qop.push_str(&token);
            }
            continue;
        }
        open_qop = false;
        listed.push(Listed {
            scheme: token,
            params: Vec::new(),
        });
    }
}

/// A parameter's value: a quoted string (backslash escapes undone), or a
/// token, up to the next comma.
fn read_value(rest: &mut std::iter::Peekable<std::str::Chars<'_>>) -> String {
    if rest.next_if_eq(&'"').is_some() {
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
    let v: String = std::iter::from_fn(|| rest.next_if(|c| *c != ',')).collect();
    v.trim().to_string()
}

/// Nonce counts reserved in the cache at a run's first request, and each
/// time they run out: most runs send a handful of requests.
const FIRST_BLOCK: u32 = 8;
const MORE_BLOCK: u32 = 64;

/// An `Authorization` value, and what it answers.
pub struct Answer {
    pub header: String,
    /// It answers a challenge kept from an earlier run that the server has
    /// not yet accepted in this one.
    pub kept: bool,
    /// It reuses a nonce (a kept one, or nc above 1).
    reuse: bool,
    /// On the answer that read the cache: how old the kept challenge is.
    pub loaded: Option<std::time::Duration>,
}

impl DigestSession {
    pub fn new(username: Secret, password: Secret) -> DigestSession {
        DigestSession::with_cache(username, password, None)
    }

    /// `cache`: where challenges are kept between runs, if anywhere.
    pub fn with_cache(
        username: Secret,
        password: Secret,
        cache: Option<NonceCache>,
    ) -> DigestSession {
        DigestSession {
            username,
            password,
            state: Mutex::new(State::default()),
            cache,
        }
    }

    fn state(&self) -> std::sync::MutexGuard<'_, State> {
        self.state.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// Answers the current challenge for this request, or `None` before the
    /// server has sent one (and none is kept). `uri` is the request's path
    /// and query.
    pub fn authorization(&self, method: &str, uri: &str, body: Option<&[u8]>) -> Option<Answer> {
        let mut s = self.state();
        let mut loaded = None;
        if !s.cache_read {
            s.cache_read = true;
            if let Some(cache) = &self.cache {
                if let Some(r) = cache.reserve(FIRST_BLOCK) {
                    let (age, nonce) = (r.age, r.challenge.nonce.clone());
                    if s.take(r) {
                        loaded = Some(age);
                        s.used_kept = true;
                    } else {
                        // Unanswerable (a control character planted in it,
                        // say): this run asks for a fresh challenge, which
                        // replaces it when the run ends.
                        cache.forget(&nonce);
                    }
                }
            }
        }
        if s.reserved_end
            .is_some_and(|end| s.header.as_ref().is_some_and(|h| h.nc + 1 >= end))
        {
            self.reserve_more(&mut s);
        }
        let kept = s.kept;
        let header = s.header.as_mut()?;
        let value = self.respond(header, method, uri, body)?;
        Some(Answer {
            header: value,
            kept,
            reuse: kept || header.nc > 1,
            loaded,
        })
    }

    /// Answers `challenge`, this request's own fresh one: it is not shared
    /// (see [`DigestSession::adopt`]) until the request that received it
    /// has used it, so that a server whose nonces answer once does not see
    /// a concurrent request use it first and refuse its owner.
    pub fn answer_own(
        &self,
        challenge: &mut Challenge,
        method: &str,
        uri: &str,
        body: Option<&[u8]>,
    ) -> Option<Answer> {
        let value = self.respond(&mut challenge.header, method, uri, body)?;
        Some(Answer {
            header: value,
            kept: false,
            reuse: false,
            loaded: None,
        })
    }

    /// The `Authorization` value answering `header` for this request (its
    /// nonce count goes up by one).
    fn respond(
        &self,
        header: &mut WwwAuthenticateHeader,
        method: &str,
        uri: &str,
        body: Option<&[u8]>,
    ) -> Option<String> {
        // auth-int covers the body. digest_auth answers it only when given
        // one, else falls back to auth, which a server offering auth-int
        // alone refuses: a request without a body has an empty one.
        let auth_int_only = header.qop.as_ref().is_some_and(|q| !q.contains(&Qop::AUTH));
        let body = body.or(auth_int_only.then_some(&[][..]));
        let context = AuthContext::new_with_method(
            self.username.expose(),
            self.password.expose(),
            uri,
            body,
            HttpMethod::from(method),
        );
        Some(header.respond(&context).ok()?.to_header_string())
    }

    /// This run used up its reserved counts on a kept challenge: reserve
    /// more, on whatever challenge the cache holds now. Without one, the
    /// next request goes unanswered and gets a fresh challenge.
    fn reserve_more(&self, s: &mut State) {
        let current = s.header.as_ref().map(|h| h.nonce.clone());
        match self.cache.as_ref().and_then(|c| c.reserve(MORE_BLOCK)) {
            Some(r) if Some(&r.challenge.nonce) == current.as_ref() => {
                if let Some(h) = s.header.as_mut() {
                    h.nc = r.first_nc - 1;
                }
                s.reserved_end = Some(r.end_nc);
            }
            Some(r) => {
                let nonce = r.challenge.nonce.clone();
                if !s.take(r) {
                    if let Some(cache) = &self.cache {
                        cache.forget(&nonce);
                    }
                    s.header = None;
                    s.reserved_end = None;
                    s.kept = false;
                }
            }
            None => {
                s.header = None;
                s.reserved_end = None;
                s.kept = false;
            }
        }
    }

    /// Adopts a new challenge (first contact, or the nonce went stale). It
    /// is this run's own until the run ends and keeps it.
    pub fn adopt(&self, challenge: Challenge) {
        let mut s = self.state();
        s.header = Some(challenge.header);
        s.reserved_end = None;
        s.kept = false;
        s.cache_read = true;
        s.own_since = Some(std::time::Instant::now());
    }

    /// The server accepted `answer` (it answered anything but 401).
    pub fn accepted(&self, answer: &Answer) {
        let mut s = self.state();
        if answer.kept {
            s.kept = false;
        }
        s.reuse_accepted |= answer.reuse;
    }

    /// The server refused a kept challenge and accepted a fresh one.
    pub fn kept_refused(&self) {
        if let Some(cache) = &self.cache {
            cache.remember_refusal();
        }
    }
}

/// At the end of the run, its own challenge is kept for the next one.
impl Drop for DigestSession {
    fn drop(&mut self) {
        let Some(cache) = &self.cache else { return };
        let s = self.state.get_mut().unwrap_or_else(|e| e.into_inner());
        if let (Some(h), Some(since)) = (&s.header, s.own_since) {
            cache.keep(&kept_challenge(h), h.nc.saturating_add(1), since.elapsed());
        }
        // A server marked as refusing reuse has just accepted it.
        if s.reuse_accepted && !s.used_kept {
            cache.forget_refusal();
        }
    }
}

impl State {
    /// Answers a kept challenge with the counts reserved for this run;
    /// false if it cannot be answered (then nothing changes).
    fn take(&mut self, r: Reservation) -> bool {
        let Ok(challenge) = from_kept(&r.challenge) else {
            return false;
        };
        let mut header = challenge.header;
        header.nc = r.first_nc - 1;
        self.header = Some(header);
        self.reserved_end = Some(r.end_nc);
        self.kept = true;
        self.own_since = None;
        true
    }
}

/// A challenge as the cache keeps it: the server's parameters only.
fn kept_challenge(h: &WwwAuthenticateHeader) -> KeptChallenge {
    KeptChallenge {
        realm: h.realm.clone(),
        nonce: h.nonce.clone(),
        opaque: h.opaque.clone(),
        algorithm: h.algorithm.to_string(),
        qop: h.qop.as_ref().map(|q| {
            q.iter()
                .map(ToString::to_string)
                .collect::<Vec<_>>()
                .join(",")
        }),
    }
}

/// A kept challenge, checked as if the server had just sent it.
fn from_kept(k: &KeptChallenge) -> Result<Challenge, Unanswerable> {
    let mut params = vec![
        ("realm".to_string(), k.realm.clone()),
        ("nonce".to_string(), k.nonce.clone()),
        ("algorithm".to_string(), k.algorithm.clone()),
    ];
    if let Some(o) = &k.opaque {
        params.push(("opaque".to_string(), o.clone()));
    }
    if let Some(q) = &k.qop {
        params.push(("qop".to_string(), q.clone()));
    }
    Challenge::from_params(&params)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::Duration;

    const CHALLENGE: &str = r#"Digest realm="MMS Public API", domain="", nonce="abc123", algorithm=MD5, qop="auth", stale=false"#;

    #[test]
    fn reuses_the_nonce_with_increasing_nc() {
        let s = DigestSession::new(Secret::new("pub"), Secret::new("priv"));
        assert!(s.authorization("GET", "/x", None).is_none());
        s.adopt(parse(CHALLENGE));
        let a = s.authorization("GET", "/x?pageNum=2", None).unwrap().header;
        let b = s.authorization("GET", "/x", None).unwrap().header;
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
            let a = s.authorization("GET", "/x", None).unwrap().header;
            assert!(a.contains("algorithm=SHA-256"), "{a}");
        }
    }

    #[test]
    fn a_kept_challenge_is_answered_by_the_next_run_with_the_next_count() {
        let dir = tempfile::tempdir().unwrap();
        let cache = || {
            let sent = crate::untrusted::SentSecrets::default();
            Some(NonceCache::new(
                dir.path().to_path_buf(),
                "http://h",
                "pub",
                sent,
                None,
            ))
        };
        let first = DigestSession::with_cache(Secret::new("pub"), Secret::new("priv"), cache());
        assert!(first.authorization("GET", "/x", None).is_none());
        first.adopt(parse(&CHALLENGE.replace("MD5", "SHA-256")));
        let a = first.authorization("GET", "/x", None).unwrap();
        assert!(!a.kept && a.loaded.is_none());
        drop(first);
        let text =
            std::fs::read_to_string(dir.path().join(super::super::nonce_cache::FILE_NAME)).unwrap();
        assert!(
            !text.contains("priv") && !text.contains("response"),
            "{text}"
        );
        let second = DigestSession::with_cache(Secret::new("pub"), Secret::new("priv"), cache());
        let b = second.authorization("GET", "/x", None).unwrap();
        assert!(b.kept && b.loaded.is_some());
        assert!(
            b.header.contains("nc=00000002") && b.header.contains("SHA-256"),
            "{}",
            b.header
        );
        // Counts past the first block are reserved again, never repeated.
        let third = DigestSession::with_cache(Secret::new("pub"), Secret::new("priv"), cache());
        let mut seen = std::collections::HashSet::new();
        for _ in 0..(FIRST_BLOCK + MORE_BLOCK + 3) {
            let c = third.authorization("GET", "/x", None).unwrap().header;
            let d = second.authorization("GET", "/x", None).unwrap().header;
            for h in [c, d] {
                let nc = h.split("nc=").nth(1).unwrap()[..8].to_string();
                assert!(seen.insert(nc.clone()), "nc {nc} sent twice");
            }
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
            let a = s.authorization("GET", "/x", None).unwrap().header;
            assert!(a.contains("algorithm=SHA-256"), "{header}: {a}");
            assert!(a.contains(r#"nonce="n1""#), "{header}: {a}");
            assert!(a.contains("qop=auth"), "{header}: {a}");
        }
        let md5 = parse(r#"Digest realm="r", nonce="n", qop=auth"#);
        s.adopt(md5);
        assert!(s
            .authorization("GET", "/x", None)
            .unwrap()
            .header
            .contains("MD5"));
    }

    #[test]
    fn the_digest_challenge_is_found_among_several() {
        let s = DigestSession::new(Secret::new("pub"), Secret::new("priv"));
        for (header, nonce) in [
            (
                r#"Basic realm="x", Digest realm="y", nonce="n2", qop="auth""#,
                "n2",
            ),
            (r#"Negotiate, Digest realm="y", nonce="n3""#, "n3"),
            (
                r#"Bearer realm="a, b", error="invalid_token", DIGEST nonce="n4""#,
                "n4",
            ),
            // An unquoted qop list, then another challenge: both read.
            (
                r#"Digest realm="y", nonce="n5", qop=auth,auth-int, stale=TRUE, Basic realm="x""#,
                "n5",
            ),
            // The first digest challenge omi can answer (RFC 7616 3.7).
            (
                r#"Digest realm="y", nonce="n6", algorithm=SHA-512, Digest realm="y", nonce="n7", algorithm=SHA-256"#,
                "n7",
            ),
        ] {
            let challenge = parse(header);
            assert_eq!(challenge.header.nonce, nonce, "{header}");
            s.adopt(challenge);
            let a = s.authorization("GET", "/x", None).unwrap().header;
            assert!(a.contains(&format!(r#"nonce="{nonce}""#)), "{header}: {a}");
        }
        let five = parse(
            r#"Digest realm="y", nonce="n5", qop=auth,auth-int, stale=TRUE, Basic realm="x""#,
        );
        assert!(five.stale());
        assert_eq!(five.header.qop, Some(vec![Qop::AUTH, Qop::AUTH_INT]));
        assert_eq!(five.header.realm, "y");
        // Only unanswerable digest challenges: the first one's reason.
        let e = Challenge::parse(
            r#"Basic realm="x", Digest nonce="a", algorithm=SHA-512, Digest nonce="b", algorithm=XYZ"#,
        )
        .unwrap()
        .err()
        .unwrap();
        assert!(e.0.contains("SHA-512"), "{e:?}");
        assert!(Challenge::parse(r#"Basic realm="x", Bearer realm="digest""#).is_none());
        assert!(Challenge::parse(r#"realm="x", nonce="n""#).is_none());
    }

    #[test]
    fn values_are_read_as_sent() {
        let c = parse(
            "Digest realm=\"caf\u{e9} \\\"q\\\" a\\\\b\",, nonce = \"n\" , opaque=op, algorithm=\"md5-SESS\"",
        );
        assert_eq!(c.header.realm, "caf\u{e9} \"q\" a\\b");
        assert_eq!(c.header.nonce, "n");
        assert_eq!(c.header.opaque.as_deref(), Some("op"));
        assert_eq!(c.header.algorithm, Algorithm::new(AlgorithmType::MD5, true));
        assert_eq!(c.header.qop, None);
        assert!(!c.stale());
    }

    #[test]
    fn a_challenge_with_a_control_character_is_unanswerable() {
        for bad in [
            "a\r\nX-Injected: 1",
            "a\nb",
            "a\u{1}b",
            "a\tb",
            "a\u{7f}",
            "a\u{85}b",
        ] {
            for name in ["realm", "nonce", "opaque"] {
                let mut params = vec![
                    ("realm".to_string(), "r".to_string()),
                    ("nonce".to_string(), "n".to_string()),
                    ("qop".to_string(), "auth".to_string()),
                ];
                params.retain(|(k, _)| k != name);
                params.push((name.to_string(), bad.to_string()));
                let e = Challenge::from_params(&params).err().unwrap();
                assert!(
                    e.0.contains("control character") && e.0.contains(name),
                    "{name}={bad:?}: {e:?}"
                );
                assert!(!e.0.contains(bad) && !e.0.contains("Injected"), "{e:?}");
            }
        }
    }

    #[test]
    fn a_kept_challenge_with_a_control_character_is_dropped_and_replaced() {
        let dir = tempfile::tempdir().unwrap();
        let cache = || {
            let sent = crate::untrusted::SentSecrets::default();
            Some(NonceCache::new(
                dir.path().to_path_buf(),
                "http://h",
                "pub",
                sent,
                None,
            ))
        };
        let planted = KeptChallenge {
            realm: "r".into(),
            nonce: "n\r\nX-Injected: 1".into(),
            opaque: None,
            algorithm: "MD5".into(),
            qop: Some("auth".into()),
        };
        cache().unwrap().keep(&planted, 1, Duration::ZERO);
        let s = DigestSession::with_cache(Secret::new("pub"), Secret::new("priv"), cache());
        // Not answered: the request goes without, for a fresh challenge.
        assert!(s.authorization("GET", "/x", None).is_none());
        assert!(cache().unwrap().reserve(1).is_none(), "dropped at once");
        s.adopt(parse(CHALLENGE));
        let a = s.authorization("GET", "/x", None).unwrap().header;
        assert!(a.contains(r#"nonce="abc123""#), "{a}");
        drop(s);
        let kept = cache().unwrap().reserve(1).unwrap();
        assert_eq!(kept.challenge.nonce, "abc123");
    }

    /// The response RFC 7616 expects for a SHA-256 auth-int answer,
    /// computed here from the header's own nonce, nc and cnonce.
    fn expected_auth_int(answer: &str, method: &str, uri: &str, body: &[u8]) -> String {
        use sha2::{Digest, Sha256};
        let h = |b: &[u8]| -> String {
            Sha256::digest(b)
                .iter()
                .map(|x| format!("{x:02x}"))
                .collect()
        };
        let listed = challenges(answer);
        let get = |name: &str| {
            listed[0]
                .params
                .iter()
                .find(|(k, _)| k == name)
                .map(|(_, v)| v.clone())
                .unwrap()
        };
        let ha1 = h(format!("pub:{}:priv", get("realm")).as_bytes());
        let ha2 = h(format!("{method}:{uri}:{}", h(body)).as_bytes());
        h(format!(
            "{ha1}:{}:{}:{}:auth-int:{ha2}",
            get("nonce"),
            get("nc"),
            get("cnonce")
        )
        .as_bytes())
    }

    #[test]
    fn a_challenge_offering_only_auth_int_is_answered_with_the_body_hashed() {
        let s = DigestSession::new(Secret::new("pub"), Secret::new("priv"));
        s.adopt(parse(
            r#"Digest realm="r", nonce="n", algorithm=SHA-256, qop="auth-int""#,
        ));
        let body = br#"{"type":"PAGER_DUTY","serviceKey":"k"}"#;
        for (method, body) in [("GET", None), ("POST", Some(&body[..])), ("DELETE", None)] {
            let a = s
                .authorization(method, "/x?pageNum=2", body)
                .unwrap()
                .header;
            assert!(a.contains("qop=auth-int"), "{method}: {a}");
            let response = format!(
                r#"response="{}""#,
                expected_auth_int(&a, method, "/x?pageNum=2", body.unwrap_or_default())
            );
            assert!(a.contains(&response), "{method}: {a}");
        }
        // Offered with auth: a request without a body answers auth.
        s.adopt(parse(
            r#"Digest realm="r", nonce="n", qop="auth-int, auth""#,
        ));
        let a = s.authorization("GET", "/x", None).unwrap().header;
        assert!(a.contains("qop=auth,"), "{a}");
    }

    #[test]
    fn a_challenge_offering_no_qop_omi_answers_is_unanswerable() {
        for header in [
            r#"Digest realm="r", nonce="n", qop="auth-conf""#,
            r#"Digest realm="r", nonce="n", qop=AUTH-CONF"#,
        ] {
            let e = Challenge::parse(header).unwrap().err().unwrap();
            assert!(
                e.0.contains("qop=auth-conf") || e.0.contains("qop=AUTH-CONF"),
                "{e:?}"
            );
            assert!(e.0.contains("does not support"), "{e:?}");
        }
        // A blank qop is an RFC 2069 challenge, answered without one.
        let s = DigestSession::new(Secret::new("pub"), Secret::new("priv"));
        s.adopt(parse(r#"Digest realm="r", nonce="n", qop="""#));
        let a = s.authorization("GET", "/x", None).unwrap().header;
        assert!(!a.contains("qop="), "{a}");
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
