//! When a request is sent again, and after how long.

use reqwest::header::{HeaderMap, RETRY_AFTER};
use std::time::{Duration, SystemTime};

/// A connection that could not be made, so the request never left: safe
/// to retry for any method. A connection reset or closed after it was made
/// is retried only for idempotent methods (GET, PUT, DELETE), whether it
/// broke before the answer or in its body (reqwest reports a body cut
/// short while reading it as a decode error). A TLS failure will fail
/// again, and a timeout has already used up the user's `--timeout`.
pub(crate) fn worth_retrying(e: &reqwest::Error, idempotent: bool) -> bool {
    if e.is_timeout() || super::error::is_tls(e) {
        return false;
    }
    e.is_connect() || (idempotent && (e.is_request() || e.is_body() || e.is_decode()))
}

/// The server's Retry-After, if it sent a usable one: delay-seconds or an
/// HTTP-date (RFC 9110 section 10.2.3; all three date forms are read). How
/// long omi may wait is `--max-wait`'s business, not the server's: a
/// number of seconds too large for any clock is as long as can be, never
/// absent, and a date already past means now.
pub(crate) fn retry_after(headers: &HeaderMap) -> Option<Duration> {
    let value = headers.get(RETRY_AFTER)?.to_str().ok()?.trim();
    if value.is_empty() {
        return None;
    }
    if value.bytes().all(|b| b.is_ascii_digit()) {
        return Some(Duration::from_secs(value.parse().unwrap_or(u64::MAX)));
    }
    let date = httpdate::parse_http_date(value).ok()?;
    Some(until(date, SystemTime::now()))
}

/// How long from `now` until `date`: zero for a date already past.
fn until(date: SystemTime, now: SystemTime) -> Duration {
    date.duration_since(now).unwrap_or(Duration::ZERO)
}

/// Capped exponential backoff with jitter; the server's Retry-After wins.
pub(crate) fn backoff(attempt: u32, retry_after: Option<Duration>) -> Duration {
    if let Some(d) = retry_after {
        return d;
    }
    let base = Duration::from_millis(200).saturating_mul(1 << attempt.min(5));
    let capped = base.min(Duration::from_secs(5));
    let jitter = random_unit() * 0.5 + 0.75;
    capped.mul_f64(jitter)
}

/// A number in [0, 1) that differs per call and per process: std's hasher
/// keys are seeded from the OS, enough to spread retries apart (no secret).
fn random_unit() -> f64 {
    use std::hash::BuildHasher;
    let bits = std::collections::hash_map::RandomState::new().hash_one(0u8);
    (bits >> 11) as f64 / (1u64 << 53) as f64
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn retry_after_saturates() {
        let after = |v: &str| {
            let mut h = HeaderMap::new();
            h.insert(RETRY_AFTER, v.parse().unwrap());
            retry_after(&h)
        };
        assert_eq!(after(" 120 "), Some(Duration::from_secs(120)));
        assert_eq!(
            after("99999999999"),
            Some(Duration::from_secs(99_999_999_999))
        );
        assert_eq!(after(&"9".repeat(40)), Some(Duration::from_secs(u64::MAX)));
        assert_eq!(after("-1"), None);
        assert_eq!(after(""), None);
        assert_eq!(after("soon"), None);
    }

    #[test]
    fn retry_after_reads_http_dates() {
        let after = |v: &str| {
            let mut h = HeaderMap::new();
            h.insert(RETRY_AFTER, v.parse().unwrap());
            retry_after(&h)
        };
        // Past dates, in each of RFC 9110's three forms: wait no longer.
        for past in [
            "Wed, 21 Oct 2015 07:28:00 GMT",
            "Wednesday, 21-Oct-15 07:28:00 GMT",
            "Wed Oct 21 07:28:00 2015",
        ] {
            assert_eq!(after(past), Some(Duration::ZERO), "{past}");
        }
        // The furthest date the format holds: a wait longer than any
        // --max-wait, which then refuses it.
        let far = after("Fri, 31 Dec 9999 23:59:59 GMT").unwrap();
        assert!(far > Duration::from_secs(7000 * 365 * 24 * 3600), "{far:?}");
        // Not a date: no hint, as for any unreadable value.
        assert_eq!(after("Wed, 32 Oct 2015 07:28:00 GMT"), None);
        assert_eq!(after("Wed, 21 Oct 2015 07:28:00"), None);
    }

    #[test]
    fn a_date_is_waited_for_from_now() {
        let now = httpdate::parse_http_date("Wed, 21 Oct 2015 07:28:00 GMT").unwrap();
        let later = httpdate::parse_http_date("Wed, 21 Oct 2015 07:30:00 GMT").unwrap();
        assert_eq!(until(later, now), Duration::from_secs(120));
        assert_eq!(until(now, later), Duration::ZERO);
    }

    #[test]
    fn backoff_is_capped_and_honours_retry_after() {
        assert_eq!(
            backoff(0, Some(Duration::from_secs(3))),
            Duration::from_secs(3)
        );
        for attempt in 0..20 {
            assert!(backoff(attempt, None) <= Duration::from_millis(6250));
        }
    }
}
