//! The request gate, end to end against small scripted servers:
//! `--max-rate` (or a profile's `max_rate`) spacing every request whatever
//! the workers, and one shared pause on 429 instead of one per request.

use crate::util::apply_files::datadog_apply_file;
use crate::util::hostile::{self, hostile_seeing, ok_json, respond, EMPTY_PAGE};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// `--project-id` flags for `n` projects.
fn project_flags(n: usize) -> Vec<String> {
    (0..n)
        .flat_map(|i| {
            [
                "--project-id".to_string(),
                format!("5e2211c17a3e5a48f549{i:04x}"),
            ]
        })
        .collect()
}

/// A server answering apply (reads empty, writes accepted, after `delay`),
/// with `answer` deciding a request's answer from when it arrived and its
/// index (`None`: OK).
/// Returns the server and the arrival times, relative to the first.
fn apply_server(
    answer: impl Fn(Duration, usize) -> Option<&'static str> + Send + Sync + 'static,
    delay: Duration,
) -> (hostile::Hostile, Arc<Mutex<Vec<Duration>>>) {
    let times = Arc::new(Mutex::new(Vec::new()));
    let start = Arc::new(Mutex::new(None::<Instant>));
    let log = Arc::clone(&times);
    let server = hostile_seeing(move |stream, seen, n| {
        let at = start
            .lock()
            .unwrap()
            .get_or_insert_with(Instant::now)
            .elapsed();
        log.lock().unwrap().push(at);
        if let Some(status) = answer(at, n) {
            respond(stream, status, "Retry-After: 1\r\n", b"{}");
            return;
        }
        std::thread::sleep(delay);
        let body = if seen.method == "GET" {
            EMPTY_PAGE
        } else {
            b"{}"
        };
        ok_json(stream, body);
    });
    (server, times)
}

/// How late the test server may note a request's arrival on a loaded
/// machine (the first one noted late makes the next look early). Two
/// intervals: without spacing all 20 requests come within a few ms, so
/// request 19 at >= 850 ms still proves the rate.
const SCHEDULING_SLACK: Duration = Duration::from_millis(100);

#[test]
fn max_rate_spaces_every_request() {
    let (server, times) = apply_server(|_, _| None, Duration::ZERO);
    let dir = tempfile::tempdir().unwrap();
    hostile::omi(&server.url)
        .args(["--max-rate", "20", "apply", "--concurrency", "8", "-f"])
        .arg(datadog_apply_file(dir.path(), "dd-rate-test-key"))
        .args(project_flags(10))
        .assert()
        .success();
    let times = times.lock().unwrap().clone();
    assert_eq!(times.len(), 20, "a read and a write per project");
    // 20 per second: request k leaves no earlier than k x 50 ms after the
    // first, whatever the workers (less SCHEDULING_SLACK; a late wake-up
    // on a busy machine may send some later, never earlier).
    for (k, t) in times.iter().enumerate() {
        let earliest = Duration::from_millis(50 * k as u64).saturating_sub(SCHEDULING_SLACK);
        assert!(*t >= earliest, "request {k} too early: {times:?}");
    }
}

#[test]
fn a_429_pauses_every_worker_once() {
    // The first request gets 429 Retry-After: 1; the others are answered
    // after 300 ms, so without a shared pause the other workers' next
    // requests would come at ~300 ms.
    let (server, times) = apply_server(
        |_, n| (n == 0).then_some("429 Too Many Requests"),
        Duration::from_millis(300),
    );
    let dir = tempfile::tempdir().unwrap();
    hostile::omi(&server.url)
        .args(["apply", "--concurrency", "4", "-f"])
        .arg(datadog_apply_file(dir.path(), "dd-rate-test-key"))
        .args(project_flags(8))
        .assert()
        .success();
    let times = times.lock().unwrap().clone();
    // 8 reads, 8 writes, and the one refused read once more.
    assert_eq!(times.len(), 17, "{times:?}");
    let during_pause = times
        .iter()
        .filter(|t| **t > Duration::from_millis(250) && **t < Duration::from_millis(950))
        .count();
    assert_eq!(during_pause, 0, "requests sent during the pause: {times:?}");
}

#[test]
fn a_429_storm_is_one_pause_not_one_per_request() {
    // Everything in the first 300 ms is refused with Retry-After: 1.
    let (server, times) = apply_server(
        |at, _| (at < Duration::from_millis(300)).then_some("429 Too Many Requests"),
        Duration::ZERO,
    );
    let dir = tempfile::tempdir().unwrap();
    hostile::omi(&server.url)
        .args(["apply", "--concurrency", "8", "-f"])
        .arg(datadog_apply_file(dir.path(), "dd-rate-test-key"))
        .args(project_flags(8))
        .assert()
        .success();
    let times = times.lock().unwrap().clone();
    let refused = times
        .iter()
        .filter(|t| **t < Duration::from_millis(300))
        .count();
    // Each refused request is sent once more, no more: 8 reads refused,
    // then 8 reads and 8 writes.
    assert_eq!((refused, times.len()), (8, 24), "{times:?}");
    // All of them after one pause of about a second, not eight.
    let last = *times.last().unwrap();
    assert!(last < Duration::from_millis(2500), "{times:?}");
}

#[test]
fn max_rate_can_be_a_profile_setting() {
    let (server, times) = apply_server(|_, _| None, Duration::ZERO);
    let home = tempfile::tempdir().unwrap();
    hostile::omi_in(&server.url, home.path())
        .args(["config", "set", "max_rate", "fast"])
        .assert()
        .code(2);
    hostile::omi_in(&server.url, home.path())
        .args(["config", "set", "max_rate", "20"])
        .assert()
        .success();
    let dir = tempfile::tempdir().unwrap();
    hostile::omi_in(&server.url, home.path())
        .args(["apply", "--concurrency", "8", "-f"])
        .arg(datadog_apply_file(dir.path(), "dd-rate-test-key"))
        .args(project_flags(5))
        .assert()
        .success();
    let times = times.lock().unwrap().clone();
    assert_eq!(times.len(), 10, "a read and a write per project");
    for (k, t) in times.iter().enumerate() {
        let earliest = Duration::from_millis(50 * k as u64).saturating_sub(SCHEDULING_SLACK);
        assert!(*t >= earliest, "request {k} too early: {times:?}");
    }
}
