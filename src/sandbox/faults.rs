//! Fault injection: rate limiting and periodic failures, so clients can be
//! tested against the errors a real Ops Manager gives under load.

use std::collections::{HashMap, VecDeque};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Mutex;
use std::time::{Duration, Instant};

const WINDOW: Duration = Duration::from_secs(60);

/// At most `limit` authenticated requests per public key in any 60 seconds.
pub struct RateLimiter {
    limit: usize,
    windows: Mutex<HashMap<String, VecDeque<Instant>>>,
}

impl RateLimiter {
    pub fn new(limit: u64) -> Self {
        RateLimiter {
            limit: usize::try_from(limit).unwrap_or(usize::MAX),
            windows: Mutex::new(HashMap::new()),
        }
    }

    /// Records a request by `key`, or refuses it with the whole seconds
    /// until the oldest request in the window leaves it (at least 1).
    /// Refused requests are not recorded, so a client that waits
    /// `Retry-After` seconds gets through.
    pub fn check(&self, key: &str) -> Result<(), u64> {
        let Ok(mut windows) = self.windows.lock() else {
            return Ok(());
        };
        let now = Instant::now();
        let window = windows.entry(key.to_string()).or_default();
        while window
            .front()
            .is_some_and(|t| now.duration_since(*t) >= WINDOW)
        {
            window.pop_front();
        }
        if window.len() < self.limit {
            window.push_back(now);
            return Ok(());
        }
        let wait = window
            .front()
            .map(|t| WINDOW.saturating_sub(now.duration_since(*t)))
            .unwrap_or(WINDOW);
        let secs = wait.as_secs() + u64::from(wait.subsec_nanos() > 0);
        Err(secs.max(1))
    }
}

/// Every `every`th request (counting all requests that reach the sandbox)
/// fails.
pub struct FailEvery {
    every: u64,
    count: AtomicU64,
}

impl FailEvery {
    pub fn new(every: u64) -> Self {
        FailEvery {
            every: every.max(1),
            count: AtomicU64::new(0),
        }
    }

    /// Counts one request; true if it is to fail.
    pub fn next_fails(&self) -> bool {
        let n = self.count.fetch_add(1, Ordering::Relaxed).wrapping_add(1);
        n.is_multiple_of(self.every)
    }
}
