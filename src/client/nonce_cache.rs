//! The nonce cache: the server's last digest challenge, kept between runs
//! so that the next run answers it at once (one HTTP exchange instead of
//! two).
//!
//! One file, `nonces.json` in the user cache folder (`~/.cache/omi/` on
//! Linux), readable by the owner only. Each entry is keyed by a SHA-256 of
//! the base URL and public key and holds the challenge as the server sent
//! it (realm, nonce, opaque, algorithm, qop), the next unused nonce count
//! and when the challenge was received. Never the private key, nor anything
//! derived from it (no digest responses): a challenge is public, it travels
//! in clear in every 401.
//!
//! Processes share entries safely: every read-modify-write holds an
//! exclusive lock on `nonces.lock`, and a run *reserves* a block of nonce
//! counts before it sends any of them, so two runs never send the same `nc`
//! for one nonce. A challenge a run got from the server itself is its own
//! (no other run knows the nonce) and is written back when the run ends,
//! with the next count it did not use.
//!
//! A server that refused a kept nonce and then accepted the fresh challenge
//! does not allow reuse across runs (or forgot the nonce): it is remembered
//! by base URL for [`REFUSAL_MEMORY`], and no kept nonce is offered to it
//! meanwhile. A run that sees the server accept a reused nonce clears that.

use crate::input::files::{self, Durability, Lock};
use crate::untrusted::SentSecrets;
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

pub const FILE_NAME: &str = "nonces.json";
const LOCK_NAME: &str = "nonces.lock";
/// A cache file larger than this is not read (and is replaced).
const MAX_FILE_BYTES: u64 = 256 * 1024;
/// Entries past this many are dropped, oldest first.
const MAX_ENTRIES: usize = 64;
/// A kept challenge older than this is not offered: the server has
/// certainly expired it, and trying costs an exchange.
const MAX_AGE: Duration = Duration::from_secs(24 * 3600);
/// How long a server that refused a kept nonce is not offered one again.
pub const REFUSAL_MEMORY: Duration = Duration::from_secs(24 * 3600);
/// How long a run waits for another run's lock before it goes on without
/// the cache (a stopped process must not hang every later run).
const LOCK_WAIT: Duration = Duration::from_secs(2);

/// A digest challenge as kept: the server's parameters, nothing of ours.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct KeptChallenge {
    pub realm: String,
    pub nonce: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub opaque: Option<String>,
    pub algorithm: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub qop: Option<String>,
}

impl KeptChallenge {
    fn holds_sent_secret(&self, sent: &SentSecrets) -> bool {
        [&self.realm, &self.nonce, &self.algorithm]
            .into_iter()
            .chain(&self.opaque)
            .chain(&self.qop)
            .any(|v| sent.holds(v))
    }
}

#[derive(Debug, Serialize, Deserialize)]
struct Entry {
    #[serde(flatten)]
    challenge: KeptChallenge,
    /// The lowest nonce count no run has reserved or used.
    next_nc: u32,
    /// When the challenge was received, in seconds since the Unix epoch.
    saved: u64,
}

#[derive(Debug, Default, Serialize, Deserialize)]
struct Contents {
    #[serde(default)]
    entries: BTreeMap<String, Entry>,
    /// Servers (by hash of base URL) that refused a kept nonce, and when.
    #[serde(default)]
    refuses_reuse: BTreeMap<String, u64>,
}

/// Nonce counts `first..end` on a kept challenge, reserved for this run.
#[derive(Debug, Clone)]
pub struct Reservation {
    pub challenge: KeptChallenge,
    pub first_nc: u32,
    pub end_nc: u32,
    /// How long ago the server sent the challenge.
    pub age: Duration,
}

/// The cache entry of one base URL and public key.
#[derive(Debug, Clone)]
pub struct NonceCache {
    dir: PathBuf,
    entry: String,
    server: String,
    /// The run's sent secrets: a challenge holding one is not kept.
    sent: SentSecrets,
}

impl NonceCache {
    /// The entry for `base_url` and `public_key` in the cache folder `dir`.
    /// Only hashes of them are written. A challenge holding one of `sent`
    /// is never kept.
    pub fn new(dir: PathBuf, base_url: &str, public_key: &str, sent: SentSecrets) -> NonceCache {
        NonceCache {
            dir,
            entry: hash(&["entry", base_url, public_key]),
            server: hash(&["server", base_url]),
            sent,
        }
    }

    /// Reserves `block` nonce counts on the kept challenge. `None` when
    /// there is none, it is too old, the server refuses reuse, or the cache
    /// cannot be used.
    pub fn reserve(&self, block: u32) -> Option<Reservation> {
        self.locked(|contents, now| {
            if contents
                .refuses_reuse
                .get(&self.server)
                .is_some_and(|&t| now.saturating_sub(t) < REFUSAL_MEMORY.as_secs())
            {
                return (None, false);
            }
            let Some(entry) = contents.entries.get_mut(&self.entry) else {
                return (None, false);
            };
            let age = now.saturating_sub(entry.saved);
            let Some(end) = entry.next_nc.checked_add(block) else {
                contents.entries.remove(&self.entry);
                return (None, true);
            };
            if age >= MAX_AGE.as_secs() || entry.next_nc == 0 {
                contents.entries.remove(&self.entry);
                return (None, true);
            }
            let first = entry.next_nc;
            entry.next_nc = end;
            let reservation = Reservation {
                challenge: entry.challenge.clone(),
                first_nc: first,
                end_nc: end,
                age: Duration::from_secs(age),
            };
            (Some(reservation), true)
        })
        .flatten()
    }

    /// Keeps a challenge this run received, `received` ago, whose counts
    /// from `next_nc` on no one has used. Replaces the entry, unless it
    /// holds the same nonce further on. A challenge holding a secret this
    /// run sent (a server echoing a request body into it) is not kept:
    /// the file holds no secret.
    pub fn keep(&self, challenge: &KeptChallenge, next_nc: u32, received: Duration) {
        if challenge.holds_sent_secret(&self.sent) {
            return;
        }
        self.locked(|contents, now| {
            let saved = now.saturating_sub(received.as_secs());
            let next_nc = match contents.entries.get(&self.entry) {
                Some(e) if e.challenge.nonce == challenge.nonce => e.next_nc.max(next_nc),
                _ => next_nc,
            };
            let entry = Entry {
                challenge: challenge.clone(),
                next_nc,
                saved,
            };
            contents.entries.insert(self.entry.clone(), entry);
            prune(contents, now);
            ((), true)
        });
    }

    /// The server refused a kept nonce and accepted a fresh challenge: the
    /// entry goes, and kept nonces are not offered to this server for a
    /// while.
    pub fn remember_refusal(&self) {
        self.locked(|contents, now| {
            contents.entries.remove(&self.entry);
            contents.refuses_reuse.insert(self.server.clone(), now);
            ((), true)
        });
    }

    /// The server accepted a reused nonce: it allows reuse after all.
    pub fn forget_refusal(&self) {
        self.locked(|contents, _| {
            let removed = contents.refuses_reuse.remove(&self.server).is_some();
            ((), removed)
        });
    }

    /// Runs `f` on the file's contents with the lock held, and writes the
    /// contents back when `f` says they changed. `None` when the cache
    /// cannot be used (no folder, lock held too long, a write failing): the
    /// run goes on without it.
    fn locked<T>(&self, f: impl FnOnce(&mut Contents, u64) -> (T, bool)) -> Option<T> {
        let _lock = lock(&self.dir)?;
        let path = self.dir.join(FILE_NAME);
        let mut contents = files::read_limited(&path, MAX_FILE_BYTES)
            .ok()
            .and_then(|bytes| serde_json::from_slice::<Contents>(&bytes).ok())
            .unwrap_or_default();
        let now = SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .map(|d| d.as_secs())
            .unwrap_or(0);
        let (value, changed) = f(&mut contents, now);
        if changed {
            let bytes = serde_json::to_vec_pretty(&contents).ok()?;
            // A cache every run rewrites: not synced to disk.
            files::write_private_with(&path, &bytes, Durability::Unsynced).ok()?;
        }
        Some(value)
    }
}

/// An exclusive lock on the cache folder's lock file, released when
/// dropped; waits at most [`LOCK_WAIT`].
fn lock(dir: &Path) -> Option<Lock> {
    create_private_dir(dir).ok()?;
    Lock::acquire_within(&dir.join(LOCK_NAME), LOCK_WAIT).ok()?
}

fn create_private_dir(dir: &Path) -> std::io::Result<()> {
    let mut builder = std::fs::DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    std::os::unix::fs::DirBuilderExt::mode(&mut builder, 0o700);
    builder.create(dir)
}

/// Keeps the newest entries and the refusals still remembered.
fn prune(contents: &mut Contents, now: u64) {
    while contents.entries.len() > MAX_ENTRIES {
        let oldest = contents
            .entries
            .iter()
            .min_by_key(|(_, e)| e.saved)
            .map(|(k, _)| k.clone());
        match oldest {
            Some(k) => contents.entries.remove(&k),
            None => break,
        };
    }
    contents
        .refuses_reuse
        .retain(|_, t| now.saturating_sub(*t) < REFUSAL_MEMORY.as_secs());
}

/// Hex SHA-256 of the parts, each ended by a NUL, under a fixed prefix.
fn hash(parts: &[&str]) -> String {
    let mut h = Sha256::new();
    h.update(b"omi nonce cache v1\0");
    for p in parts {
        h.update(p.as_bytes());
        h.update(b"\0");
    }
    h.finalize().iter().map(|b| format!("{b:02x}")).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn challenge(nonce: &str) -> KeptChallenge {
        KeptChallenge {
            realm: "MMS Public API".into(),
            nonce: nonce.into(),
            opaque: None,
            algorithm: "MD5".into(),
            qop: Some("auth".into()),
        }
    }

    #[test]
    fn a_challenge_echoing_a_sent_secret_is_not_kept() {
        let dir = tempfile::tempdir().unwrap();
        let sent = SentSecrets::default();
        let cache = NonceCache::new(dir.path().to_path_buf(), "http://h", "pub", sent.clone());
        sent.mark(
            &crate::input::secret::Secret::new("nc-sent-secret-77"),
            "******",
        );
        let mut echoing = challenge("n1");
        echoing.opaque = Some("{\"serviceKey\":\"nc-sent-secret-77\"}".into());
        cache.keep(&echoing, 1, Duration::ZERO);
        assert!(cache.reserve(1).is_none());
        let file = std::fs::read_to_string(dir.path().join(FILE_NAME)).unwrap_or_default();
        assert!(!file.contains("nc-sent-secret-77"), "{file}");
    }

    #[test]
    fn reservations_never_overlap_and_follow_the_kept_count() {
        let dir = tempfile::tempdir().unwrap();
        let cache = NonceCache::new(
            dir.path().to_path_buf(),
            "http://h",
            "pub",
            SentSecrets::default(),
        );
        assert!(cache.reserve(8).is_none());
        cache.keep(&challenge("n1"), 3, Duration::ZERO);
        let a = cache.reserve(8).unwrap();
        let b = cache.reserve(8).unwrap();
        assert_eq!((a.first_nc, a.end_nc, b.first_nc), (3, 11, 11));
        // Keeping the same nonce never moves the count back.
        cache.keep(&challenge("n1"), 5, Duration::ZERO);
        assert_eq!(cache.reserve(1).unwrap().first_nc, 19);
        // Another key on the same server has its own entry.
        let other = NonceCache::new(
            dir.path().to_path_buf(),
            "http://h",
            "pub2",
            SentSecrets::default(),
        );
        assert!(other.reserve(1).is_none());
    }

    #[test]
    fn a_refusal_stops_offers_until_reuse_is_seen() {
        let dir = tempfile::tempdir().unwrap();
        let cache = NonceCache::new(
            dir.path().to_path_buf(),
            "http://h",
            "pub",
            SentSecrets::default(),
        );
        cache.keep(&challenge("n1"), 1, Duration::ZERO);
        cache.remember_refusal();
        cache.keep(&challenge("n2"), 2, Duration::ZERO);
        assert!(cache.reserve(1).is_none());
        cache.forget_refusal();
        assert_eq!(cache.reserve(1).unwrap().challenge.nonce, "n2");
    }

    #[test]
    fn old_or_broken_entries_are_not_offered() {
        let dir = tempfile::tempdir().unwrap();
        let cache = NonceCache::new(
            dir.path().to_path_buf(),
            "http://h",
            "pub",
            SentSecrets::default(),
        );
        cache.keep(&challenge("n1"), 1, MAX_AGE + Duration::from_secs(5));
        assert!(cache.reserve(1).is_none());
        cache.keep(&challenge("n1"), u32::MAX - 1, Duration::ZERO);
        assert!(cache.reserve(8).is_none());
        std::fs::write(dir.path().join(FILE_NAME), b"{not json").unwrap();
        assert!(cache.reserve(1).is_none());
        cache.keep(&challenge("n3"), 1, Duration::ZERO);
        assert_eq!(cache.reserve(1).unwrap().challenge.nonce, "n3");
    }

    #[test]
    fn the_file_holds_hashes_not_urls_or_keys() {
        let dir = tempfile::tempdir().unwrap();
        let cache = NonceCache::new(
            dir.path().to_path_buf(),
            "http://host.example",
            "pubkey",
            SentSecrets::default(),
        );
        cache.keep(&challenge("n1"), 1, Duration::ZERO);
        let text = std::fs::read_to_string(dir.path().join(FILE_NAME)).unwrap();
        assert!(!text.contains("host.example") && !text.contains("pubkey"));
        assert!(text.contains("n1"));
    }
}
