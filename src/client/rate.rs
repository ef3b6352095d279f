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
    /// The longest wait for the rate reported so far.
    longest_reported: Option<Duration>,
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
                longest_reported: None,
            }),
        }
    }

    /// Waits until a request may leave: after any pause no longer than
    /// `budget` (a longer one is the server's to refuse), then for the
    /// request's slot under the rate. Returns the time spent pausing.
    ///
    /// A wait for the slot is handed to `report` before it is taken when
    /// it is the first, or longer by whole seconds than every one reported
    /// before: a slow rate is said (a pause after a 429 is said by the
    /// worker that starts it), but a steady queue of workers behind the
    /// rate is not said again at every request.
    pub(crate) async fn pass(&self, budget: Duration, report: &dyn Fn(Duration)) -> Duration {
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
                    let wait = slot.saturating_duration_since(now);
                    let say = !wait.is_zero()
                        && s.longest_reported
                            .is_none_or(|l| wait.as_secs() > l.as_secs());
                    if say {
                        s.longest_reported = Some(wait);
                    }
                    Ok((wait, say))
                } else {
                    Ok((Duration::ZERO, false))
                }
            };
            match wait {
                Err(pause) => {
                    tokio::time::sleep(pause).await;
                    paused += pause;
                }
                Ok((slot, say)) => {
                    if say {
                        report(slot);
                    }
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
            gate.pass(Duration::ZERO, &|_| {}).await;
        }
        // The first leaves at once, the other ten 10 ms apart.
        assert_eq!(start.elapsed(), Duration::from_millis(100));
    }

    #[tokio::test(start_paused = true)]
    async fn slow_rates_are_reported_before_the_wait_and_not_at_every_request() {
        let gate = Gate::new(Some(0.25));
        let reported = std::sync::Mutex::new(Vec::new());
        let report = |wait: Duration| reported.lock().unwrap().push((wait, Instant::now()));
        let start = Instant::now();
        for _ in 0..3 {
            gate.pass(Duration::ZERO, &report).await;
        }
        // The first leaves at once; the second's 4 s wait is reported as it
        // begins, the third's, no longer, is not.
        assert_eq!(*reported.lock().unwrap(), [(Duration::from_secs(4), start)]);
        assert_eq!(start.elapsed(), Duration::from_secs(8));
        // Three at once: the queue behind the rate grows, and each wait
        // longer by a whole second than any before is reported.
        let (_, _, _) = tokio::join!(
            gate.pass(Duration::ZERO, &report),
            gate.pass(Duration::ZERO, &report),
            gate.pass(Duration::ZERO, &report),
        );
        let waits: Vec<_> = reported.lock().unwrap().iter().map(|r| r.0).collect();
        assert_eq!(waits, [4, 8, 12].map(Duration::from_secs));
    }

    #[tokio::test(start_paused = true)]
    async fn one_pause_holds_every_request() {
        let gate = Gate::new(None);
        assert!(gate.pause(Duration::from_secs(2)));
        // A second 429 inside the same pause does not lengthen it.
        assert!(!gate.pause(Duration::from_millis(1950)));
        let start = Instant::now();
        let (a, b) = tokio::join!(
            gate.pass(Duration::from_secs(60), &|_| {}),
            gate.pass(Duration::from_secs(60), &|_| {})
        );
        assert_eq!((a, b), (Duration::from_secs(2), Duration::from_secs(2)));
        assert_eq!(start.elapsed(), Duration::from_secs(2));
        // A pause beyond the budget is not waited for.
        gate.pause(Duration::from_secs(10));
        assert_eq!(
            gate.pass(Duration::from_secs(1), &|_| {}).await,
            Duration::ZERO
        );
    }
}
