//! `--latency-ms`: each response is held until its request's arrival plus
//! the latency, to within a few tens of microseconds.
//!
//! tokio's timer counts whole milliseconds and fires on the first tick at
//! or after a deadline, and its driver sleeps in whole milliseconds too, so
//! a 20 ms `sleep_until` lasted 20 to 22 ms (21.1 ms on average, measured
//! over a bulk apply). No network adds that: a benchmark of thirteen rounds
//! of requests charged the client for a millisecond per round. Here one
//! thread keeps the deadlines in order and sleeps (`park_timeout`, a
//! nanosecond timeout) until the earliest, then releases every response
//! that is due.

use std::cmp::Reverse;
use std::collections::BinaryHeap;
use std::sync::{Arc, Mutex, Weak};
use std::thread::{self, Thread};
use std::time::{Duration, Instant};
use tokio::sync::oneshot;

/// The added latency and the thread that keeps its deadlines.
pub struct Latency {
    latency: Duration,
    shared: Arc<Mutex<Queue>>,
    keeper: Option<Thread>,
}

/// Responses waiting, earliest deadline first.
#[derive(Default)]
struct Queue {
    heap: BinaryHeap<Reverse<Held>>,
    /// The next `Held::seq`.
    next_seq: u64,
}

struct Held {
    at: Instant,
    /// Order of arrival, so that equal deadlines are released in turn.
    seq: u64,
    release: oneshot::Sender<()>,
}

impl PartialEq for Held {
    fn eq(&self, other: &Self) -> bool {
        (self.at, self.seq) == (other.at, other.seq)
    }
}
impl Eq for Held {}
impl PartialOrd for Held {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}
impl Ord for Held {
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        (self.at, self.seq).cmp(&(other.at, other.seq))
    }
}

impl Latency {
    /// No thread is started for a zero latency.
    pub fn new(latency: Duration) -> std::io::Result<Latency> {
        let shared = Arc::new(Mutex::new(Queue::default()));
        let keeper = if latency.is_zero() {
            None
        } else {
            let weak = Arc::downgrade(&shared);
            let handle = thread::Builder::new()
                .name("latency".into())
                .spawn(move || keep(weak))?;
            Some(handle.thread().clone())
        };
        Ok(Latency {
            latency,
            shared,
            keeper,
        })
    }

    /// Waits until `arrival` plus the latency.
    pub async fn hold(&self, arrival: Instant) {
        let Some(keeper) = &self.keeper else {
            return;
        };
        let at = arrival + self.latency;
        if at <= Instant::now() {
            return;
        }
        let (release, released) = oneshot::channel();
        {
            let mut queue = self.shared.lock().unwrap_or_else(|e| e.into_inner());
            let seq = queue.next_seq;
            queue.next_seq += 1;
            let earliest = queue.heap.peek().map(|Reverse(h)| h.at);
            queue.heap.push(Reverse(Held { at, seq, release }));
            if earliest.is_none_or(|e| at < e) {
                keeper.unpark();
            }
        }
        // The keeper never drops a deadline unreleased while it runs; if it
        // is gone, the response goes at once rather than never.
        let _ = released.await;
    }
}

impl Drop for Latency {
    fn drop(&mut self) {
        if let Some(keeper) = &self.keeper {
            // It finds the deadlines gone and ends.
            keeper.unpark();
        }
    }
}

/// The keeper's loop: release what is due, sleep until the next deadline.
fn keep(deadlines: Weak<Mutex<Queue>>) {
    loop {
        let next = {
            let Some(shared) = deadlines.upgrade() else {
                return;
            };
            let heap = &mut shared.lock().unwrap_or_else(|e| e.into_inner()).heap;
            let now = Instant::now();
            while heap.peek().is_some_and(|Reverse(h)| h.at <= now) {
                if let Some(Reverse(due)) = heap.pop() {
                    let _ = due.release.send(());
                }
            }
            heap.peek().map(|Reverse(h)| h.at)
        };
        match next {
            Some(at) => thread::park_timeout(at.saturating_duration_since(Instant::now())),
            None => thread::park(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn holds_until_the_deadline_and_releases_in_order() {
        let latency = Latency::new(Duration::from_millis(30)).unwrap();
        let start = Instant::now();
        // Registered latest first: each still waits for its own deadline.
        let (a, b) = tokio::join!(
            async {
                latency.hold(start + Duration::from_millis(20)).await;
                start.elapsed()
            },
            async {
                latency.hold(start).await;
                start.elapsed()
            },
        );
        assert!(b >= Duration::from_millis(30), "{b:?}");
        assert!(a >= Duration::from_millis(50), "{a:?}");
        assert!(a > b);
    }

    #[tokio::test]
    async fn zero_latency_and_past_deadlines_do_not_wait() {
        let none = Latency::new(Duration::ZERO).unwrap();
        assert!(none.keeper.is_none());
        none.hold(Instant::now()).await;
        let some = Latency::new(Duration::from_millis(5)).unwrap();
        some.hold(Instant::now() - Duration::from_secs(1)).await;
        // Nothing was left for the keeper to release.
        assert!(some.shared.lock().unwrap().heap.is_empty());
    }
}
