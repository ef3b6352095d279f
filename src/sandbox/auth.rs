//! HTTP Digest authentication as Ops Manager does it (RFC 7616, qop=auth),
//! with server-issued nonces that live `--nonce-ttl` and answer at most
//! `--nonce-uses` requests.
//!
//! Choices where the API documentation is silent:
//! - by default a nonce may be reused while fresh, each time with an nc not
//!   seen before on it; nc values need not increase, because concurrent
//!   requests that share a nonce can arrive out of order;
//! - a nonce that has answered its `--nonce-uses` requests gets a new
//!   challenge with `stale=true` (the client's key was right), except with
//!   `--shape recorded`, where it is `stale=false` as real servers were
//!   seen refusing reuse;
//! - the `uri` must equal the request's path and query exactly, as strict
//!   servers require; a digest over the bare path of a paged GET fails;
//! - an expired nonce with an otherwise correct response gets `stale=true`,
//!   so clients retry without asking the user for the key again.

use digest_auth::{AlgorithmType, AuthContext, AuthorizationHeader, HttpMethod, Qop};
use std::collections::{HashMap, HashSet};
use std::sync::Mutex;
use std::time::{Duration, Instant};

use super::args::DigestAlgorithm;

pub const REALM: &str = "MMS Public API";

/// Nonces issued past this many are purged eagerly, so a flood of
/// unauthenticated requests cannot grow memory without bound.
const MAX_NONCES: usize = 100_000;
/// More nc values than this on one nonce: the nonce is treated as expired.
const MAX_NC_PER_NONCE: usize = 10_000;

struct NonceEntry {
    issued: Instant,
    seen_nc: HashSet<u32>,
}

/// How many requests a nonce may answer, and how a used-up nonce is
/// refused.
#[derive(Debug, Clone, Copy)]
pub struct NonceUses {
    /// None: any number within the TTL.
    pub max: Option<u64>,
    /// Whether the refusal of a used-up nonce says `stale=true`.
    pub stale_when_used_up: bool,
}

pub struct DigestAuth {
    public_key: String,
    private_key: String,
    algorithm: DigestAlgorithm,
    ttl: Duration,
    uses: NonceUses,
    nonces: Mutex<HashMap<String, NonceEntry>>,
}

/// Why a request was not authenticated; the challenge says `stale=true` only
/// for a correct response on an expired nonce.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Rejected {
    pub stale: bool,
}

const REJECTED: Rejected = Rejected { stale: false };

impl DigestAuth {
    pub fn new(
        public_key: String,
        private_key: String,
        algorithm: DigestAlgorithm,
        ttl: Duration,
        uses: NonceUses,
    ) -> Self {
        DigestAuth {
            public_key,
            private_key,
            algorithm,
            ttl,
            uses,
            nonces: Mutex::new(HashMap::new()),
        }
    }

    /// How long an expired nonce is still remembered (to answer `stale=true`
    /// rather than "unknown") before it is purged.
    fn retention(&self) -> Duration {
        self.ttl * 2 + Duration::from_secs(60)
    }

    /// A fresh `WWW-Authenticate` value with a newly issued nonce.
    pub fn challenge(&self, stale: bool) -> String {
        let nonce = hex::encode(super::state::random_bytes::<16>());
        if let Ok(mut nonces) = self.nonces.lock() {
            if nonces.len() >= MAX_NONCES {
                let keep = self.retention().min(self.ttl);
                nonces.retain(|_, e| e.issued.elapsed() < keep);
            }
            nonces.insert(
                nonce.clone(),
                NonceEntry {
                    issued: Instant::now(),
                    seen_nc: HashSet::new(),
                },
            );
        }
        format!(
            "Digest realm=\"{REALM}\", domain=\"\", nonce=\"{nonce}\", algorithm={}, qop=\"auth\", stale={stale}",
            self.algorithm.name()
        )
    }

    /// Drops nonces past their retention; run periodically.
    pub fn purge(&self) {
        let retention = self.retention();
        if let Ok(mut nonces) = self.nonces.lock() {
            nonces.retain(|_, e| e.issued.elapsed() < retention);
        }
    }

    /// Checks an `Authorization` header for `method` on `path_and_query`.
    /// Returns the public key on success.
    pub fn verify(
        &self,
        method: &str,
        path_and_query: &str,
        header: Option<&str>,
    ) -> Result<String, Rejected> {
        let header = header.ok_or(REJECTED)?;
        // The digest_auth parser slices by character index, which is only
        // safe on ASCII; HTTP header values that reach here are ASCII anyway.
        if !header.is_ascii() {
            return Err(REJECTED);
        }
        let (scheme, params) = header.trim().split_once(' ').ok_or(REJECTED)?;
        if !scheme.eq_ignore_ascii_case("Digest") {
            return Err(REJECTED);
        }
        let given = AuthorizationHeader::parse(params).map_err(|_| REJECTED)?;
        let wanted_algo = match self.algorithm {
            DigestAlgorithm::Md5 => AlgorithmType::MD5,
            DigestAlgorithm::Sha256 => AlgorithmType::SHA2_256,
        };
        if given.realm != REALM
            || given.username != self.public_key
            || given.userhash
            || given.algorithm.algo != wanted_algo
            || given.algorithm.sess
            || given.qop != Some(Qop::AUTH)
            || given.uri != path_and_query
        {
            return Err(REJECTED);
        }

        let mut expected = given.clone();
        let context = AuthContext::new_with_method(
            self.public_key.as_str(),
            self.private_key.as_str(),
            given.uri.as_str(),
            Option::<&[u8]>::None,
            HttpMethod(method.to_string().into()),
        );
        expected.digest(&context);
        if !constant_time_eq(&expected.response, &given.response.to_ascii_lowercase()) {
            return Err(REJECTED);
        }

        let mut nonces = self.nonces.lock().map_err(|_| REJECTED)?;
        let entry = nonces.get_mut(&given.nonce).ok_or(REJECTED)?;
        if entry.issued.elapsed() >= self.ttl || entry.seen_nc.len() >= MAX_NC_PER_NONCE {
            return Err(Rejected { stale: true });
        }
        let used = u64::try_from(entry.seen_nc.len()).unwrap_or(u64::MAX);
        if self.uses.max.is_some_and(|max| used >= max) {
            return Err(Rejected {
                stale: self.uses.stale_when_used_up,
            });
        }
        if !entry.seen_nc.insert(given.nc) {
            return Err(REJECTED);
        }
        Ok(given.username)
    }
}

fn constant_time_eq(a: &str, b: &str) -> bool {
    a.len() == b.len()
        && a.bytes()
            .zip(b.bytes())
            .fold(0u8, |acc, (x, y)| acc | (x ^ y))
            == 0
}
