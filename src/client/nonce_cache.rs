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
//!
//! Only a folder the user owns that neither group nor others may write is
//! used (no one else can plant a file or link in it), and in it omi follows
//! no link: `nonces.lock` is opened with `O_NOFOLLOW | O_NONBLOCK` and must
//! be a regular file of the user's (created new when missing), and
//! `nonces.json` is read the same way and replaced by a rename, never
//! written through. When something there is not so, the run goes on
//! without the cache, as with `--no-cache`, and says so once through the
//! [`Sink`] ([`Event::CacheSkipped`]).

use crate::exchange::{Event, Sink};
use crate::input::files::{self, Durability, Links, Lock};
use crate::untrusted::SentSecrets;
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use std::collections::BTreeMap;
use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
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
#[derive(Clone)]
pub struct NonceCache {
    dir: PathBuf,
    entry: String,
    server: String,
    /// The run's sent secrets: a challenge holding one is not kept.
    sent: SentSecrets,
    /// Where a cache skipped for an unsafe file or folder says so.
    report: Option<Arc<dyn Sink>>,
    /// Set when the cache was skipped so: it stays off for the run, and
    /// the reason is said once.
    off: Arc<AtomicBool>,
}

/// Why a use of the cache was skipped.
enum Skip {
    /// Something in the cache folder is not safe to use: said once, and
    /// the cache is off for the rest of the run.
    Unsafe(String),
    /// Anything else (the lock held too long, an I/O error): silent, and
    /// the next use tries again.
    Quietly,
}

impl NonceCache {
    /// The entry for `base_url` and `public_key` in the cache folder `dir`.
    /// Only hashes of them are written. A challenge holding one of `sent`
    /// is never kept. A cache skipped because a file or the folder is not
    /// safe to use is reported to `report`, once.
    pub fn new(
        dir: PathBuf,
        base_url: &str,
        public_key: &str,
        sent: SentSecrets,
        report: Option<Arc<dyn Sink>>,
    ) -> NonceCache {
        NonceCache {
            dir,
            entry: hash(&["entry", base_url, public_key]),
            server: hash(&["server", base_url]),
            sent,
            report,
            off: Arc::new(AtomicBool::new(false)),
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

    /// Drops the kept challenge, if it still holds `nonce`: omi cannot
    /// answer it (a control character planted in it, an algorithm it does
    /// not support), so no run offers it again.
    pub fn forget(&self, nonce: &str) {
        self.locked(|contents, _| {
            let holds = contents
                .entries
                .get(&self.entry)
                .is_some_and(|e| e.challenge.nonce == nonce);
            if holds {
                contents.entries.remove(&self.entry);
            }
            ((), holds)
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
    /// cannot be used (no folder, lock held too long, a write failing,
    /// something unsafe in the folder): the run goes on without it.
    fn locked<T>(&self, f: impl FnOnce(&mut Contents, u64) -> (T, bool)) -> Option<T> {
        if self.off.load(Ordering::SeqCst) {
            return None;
        }
        match self.locked_or_skip(f) {
            Ok(value) => Some(value),
            Err(Skip::Quietly) => None,
            Err(Skip::Unsafe(why)) => {
                if !self.off.swap(true, Ordering::SeqCst) {
                    if let Some(report) = &self.report {
                        report.event(&Event::CacheSkipped { why: &why });
                    }
                }
                None
            }
        }
    }

    fn locked_or_skip<T>(
        &self,
        f: impl FnOnce(&mut Contents, u64) -> (T, bool),
    ) -> Result<T, Skip> {
        let _lock = self.lock()?;
        let path = self.dir.join(FILE_NAME);
        let mut contents = match files::read_owned(&path, MAX_FILE_BYTES) {
            Ok(bytes) => serde_json::from_slice::<Contents>(&bytes).unwrap_or_default(),
            Err(e) => match files::refusal(&e) {
                Some(why) => {
                    return Err(Skip::Unsafe(format!(
                        "{} {why}; remove it (omi writes it afresh)",
                        path.display()
                    )))
                }
                // Missing, too large or unreadable: started afresh, and
                // replaced when written.
                None => Contents::default(),
            },
        };
        let now = SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .map(|d| d.as_secs())
            .unwrap_or(0);
        let (value, changed) = f(&mut contents, now);
        if changed {
            let bytes = serde_json::to_vec_pretty(&contents).map_err(|_| Skip::Quietly)?;
            // A cache every run rewrites: not synced to disk. A link put
            // at the file since it was read is replaced, never followed.
            files::write_private_with(&path, &bytes, Durability::Unsynced, Links::Replace)
                .map_err(|_| Skip::Quietly)?;
        }
        Ok(value)
    }

    /// An exclusive lock on the cache folder's lock file, released when
    /// dropped; waits at most [`LOCK_WAIT`]. The folder is created private
    /// when missing, and must be private when it exists.
    fn lock(&self) -> Result<Lock, Skip> {
        let dir = &self.dir;
        create_private_dir(dir).map_err(|_| Skip::Quietly)?;
        match files::private_folder_problem(dir) {
            Ok(None) => {}
            Ok(Some(why)) => {
                return Err(Skip::Unsafe(format!(
                    "the cache folder {} {why}; make it yours and private \
                     (`chmod 700 {}`) or pass --no-cache",
                    dir.display(),
                    dir.display()
                )))
            }
            Err(_) => return Err(Skip::Quietly),
        }
        let lock_path = dir.join(LOCK_NAME);
        match Lock::acquire_within(&lock_path, LOCK_WAIT) {
            Ok(Some(lock)) => Ok(lock),
            Ok(None) => Err(Skip::Quietly),
            Err(e) => match files::refusal(&e) {
                Some(why) => Err(Skip::Unsafe(format!(
                    "{} {why}; remove it (omi creates it afresh)",
                    lock_path.display()
                ))),
                None => Err(Skip::Quietly),
            },
        }
    }
}

fn create_private_dir(dir: &std::path::Path) -> std::io::Result<()> {
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

    /// A cache in `dir` for http://h and the public key `key`, with
    /// nothing sent and no event sink.
    fn cache_in(dir: &tempfile::TempDir, key: &str) -> NonceCache {
        NonceCache::new(
            dir.path().to_path_buf(),
            "http://h",
            key,
            SentSecrets::default(),
            None,
        )
    }

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
        let cache = NonceCache::new(
            dir.path().to_path_buf(),
            "http://h",
            "pub",
            sent.clone(),
            None,
        );
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
        let cache = cache_in(&dir, "pub");
        assert!(cache.reserve(8).is_none());
        cache.keep(&challenge("n1"), 3, Duration::ZERO);
        let a = cache.reserve(8).unwrap();
        let b = cache.reserve(8).unwrap();
        assert_eq!((a.first_nc, a.end_nc, b.first_nc), (3, 11, 11));
        // Keeping the same nonce never moves the count back.
        cache.keep(&challenge("n1"), 5, Duration::ZERO);
        assert_eq!(cache.reserve(1).unwrap().first_nc, 19);
        // Another key on the same server has its own entry.
        let other = cache_in(&dir, "pub2");
        assert!(other.reserve(1).is_none());
    }

    #[test]
    fn a_refusal_stops_offers_until_reuse_is_seen() {
        let dir = tempfile::tempdir().unwrap();
        let cache = cache_in(&dir, "pub");
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
        let cache = cache_in(&dir, "pub");
        cache.keep(&challenge("n1"), 1, MAX_AGE + Duration::from_secs(5));
        assert!(cache.reserve(1).is_none());
        cache.keep(&challenge("n1"), u32::MAX - 1, Duration::ZERO);
        assert!(cache.reserve(8).is_none());
        std::fs::write(dir.path().join(FILE_NAME), b"{not json").unwrap();
        assert!(cache.reserve(1).is_none());
        cache.keep(&challenge("n3"), 1, Duration::ZERO);
        assert_eq!(cache.reserve(1).unwrap().challenge.nonce, "n3");
    }

    /// Records what the cache reports.
    #[derive(Default)]
    struct Said(std::sync::Mutex<Vec<String>>);

    impl Sink for Said {
        fn event(&self, event: &Event<'_>) {
            self.0.lock().unwrap().push(format!("{event:?}"));
        }
    }

    #[cfg(unix)]
    #[test]
    fn an_unsafe_folder_turns_the_cache_off_and_is_said_once() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        std::fs::set_permissions(dir.path(), std::fs::Permissions::from_mode(0o777)).unwrap();
        let said = Arc::new(Said::default());
        let cache = NonceCache::new(
            dir.path().to_path_buf(),
            "http://h",
            "pub",
            SentSecrets::default(),
            Some(said.clone()),
        );
        cache.keep(&challenge("n1"), 1, Duration::ZERO);
        assert!(cache.reserve(1).is_none());
        cache.remember_refusal();
        let events = said.0.lock().unwrap().clone();
        assert_eq!(events.len(), 1, "{events:?}");
        assert!(
            events[0].contains("CacheSkipped")
                && events[0].contains("writable by its group and others")
        );
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 0);
        // Off for the run: made private again, this cache still stays off.
        std::fs::set_permissions(dir.path(), std::fs::Permissions::from_mode(0o700)).unwrap();
        cache.keep(&challenge("n1"), 1, Duration::ZERO);
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 0);
    }

    #[test]
    fn forgetting_drops_only_the_nonce_named() {
        let dir = tempfile::tempdir().unwrap();
        let cache = cache_in(&dir, "pub");
        cache.keep(&challenge("n1"), 1, Duration::ZERO);
        // Another run has kept a newer one meanwhile: it stays.
        cache.forget("n0");
        assert_eq!(cache.reserve(1).unwrap().challenge.nonce, "n1");
        cache.forget("n1");
        assert!(cache.reserve(1).is_none());
    }

    #[test]
    fn the_file_holds_hashes_not_urls_or_keys() {
        let dir = tempfile::tempdir().unwrap();
        let cache = NonceCache::new(
            dir.path().to_path_buf(),
            "http://host.example",
            "pubkey",
            SentSecrets::default(),
            None,
        );
        cache.keep(&challenge("n1"), 1, Duration::ZERO);
        let text = std::fs::read_to_string(dir.path().join(FILE_NAME)).unwrap();
        assert!(!text.contains("host.example") && !text.contains("pubkey"));
        assert!(text.contains("n1"));
    }
}
