//! The gate every request passes before it is sent, shared by all of a
//! run's concurrent workers: `--max-rate` spaces requests evenly (a token
//! bucket holding one token), and a 429's `Retry-After` pauses everyone
//! once, instead of each worker finding the limit on its own.

use std::sync::Mutex;
use std::time::Duration;
use tokio::time::Instant;

pub(crate) struct Gate {
    /// Time between two requests, with `--max-rate`.
    interval: Option<Duration>,
    state: Mutex<State>,
}

struct State {
    /// The earliest a request may leave, by the rate.
    next_slot: Instant,
    /// No request leaves before this, after a 429.
    paused_until: Instant,
}

impl Gate {
    /// `max_rate`: requests per second across all workers, if capped.
    pub(crate) fn new(max_rate: Option<f64>) -> Gate {
        let now = Instant::now();
        Gate {
            interval: max_rate
                .filter(|r| r.is_finite() && *r > 0.0)
                .map(|r| Duration::from_secs_f64(1.0 / r)),
            state: Mutex::new(State {
                next_slot: now,
                paused_until: now,
            }),
        }
    }

    /// Waits until a request may leave: after any pause no longer than
    /// `budget` (a longer one is the server's to refuse), then for the
    /// request's slot under the rate. Returns the time spent pausing.
    pub(crate) async fn pass(&self, budget: Duration) -> Duration {
        let mut paused = Duration::ZERO;
        loop {
            let wait = {
                let mut s = self.state.lock().unwrap_or_else(|e| e.into_inner());
                let now = Instant::now();
                let pause = s.paused_until.saturating_duration_since(now);
                if !pause.is_zero() && pause <= budget.saturating_sub(paused) {
                    Err(pause)
                } else if let Some(interval) = self.interval {
                    let slot = s.next_slot.max(now);
                    s.next_slot = slot + interval;
                    Ok(slot.saturating_duration_since(now))
                } else {
                    Ok(Duration::ZERO)
                }
            };
            match wait {
                Err(pause) => {
                    tokio::time::sleep(pause).await;
                    paused += pause;
                }
                Ok(slot) => {
                    if !slot.is_zero() {
                        tokio::time::sleep(slot).await;
                    }
                    return paused;
                }
            }
        }
    }

    /// Pauses every request for `wait` from now. Returns whether this
    /// starts or lengthens the pause (by more than a tenth of a second), so
    /// that the one worker doing so reports it, not all of them.
    pub(crate) fn pause(&self, wait: Duration) -> bool {
        let mut s = self.state.lock().unwrap_or_else(|e| e.into_inner());
        let until = Instant::now() + wait;
        let lengthens = until > s.paused_until + Duration::from_millis(100);
        if until > s.paused_until {
            s.paused_until = until;
        }
        lengthens
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test(start_paused = true)]
    async fn spaces_requests_by_the_rate() {
        let gate = Gate::new(Some(100.0));
        let start = Instant::now();
        for _ in 0..11 {
            gate.pass(Duration::ZERO).await;
        }
        // The first leaves at once, the other ten 10 ms apart.
        assert_eq!(start.elapsed(), Duration::from_millis(100));
    }

    #[tokio::test(start_paused = true)]
    async fn one_pause_holds_every_request() {
        let gate = Gate::new(None);
        assert!(gate.pause(Duration::from_secs(2)));
        // A second 429 inside the same pause does not lengthen it.
        assert!(!gate.pause(Duration::from_millis(1950)));
        let start = Instant::now();
        let (a, b) = tokio::join!(
            gate.pass(Duration::from_secs(60)),
            gate.pass(Duration::from_secs(60))
        );
        assert_eq!((a, b), (Duration::from_secs(2), Duration::from_secs(2)));
        assert_eq!(start.elapsed(), Duration::from_secs(2));
        // A pause beyond the budget is not waited for.
        gate.pause(Duration::from_secs(10));
        assert_eq!(gate.pass(Duration::from_secs(1)).await, Duration::ZERO);
    }
}
