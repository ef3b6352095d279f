//! omi against the sandbox's fault flags: failures retried, rate limits
//! reported, stale nonces recovered, SHA-256 digest, TLS.

use crate::util::apply_files::datadog_apply_file;
use crate::util::sandbox::{a_request_refused_twice, statuses, Sandbox};
use predicates::prelude::*;
use serde_json::Value;
use std::net::{TcpListener, TcpStream};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

#[test]
fn idempotent_requests_are_retried_on_503() {
    let sb = Sandbox::start(&["--fail-every", "2", "--access-log"]);
    // Every second request fails; GET and PUT get through with retries.
    for _ in 0..3 {
        sb.omi().args(["list", "--json"]).assert().success();
        sb.omi()
            .args(["update", "pager-duty", "--service-key", "k-12345678"])
            .assert()
            .success();
    }
    let lines = sb.access_log();
    assert!(statuses(&lines).contains(&503), "{lines:?}");
    // With no retries allowed, a 503 is exit 5.
    let sb = Sandbox::start(&["--fail-every", "1"]);
    sb.omi().args(["--retries", "0", "list"]).assert().code(5);
}

#[test]
fn rate_limited_with_no_retries_left_ends_with_the_429() {
    // One authenticated request per minute per key: the second command
    // is refused, and with no retries allowed it ends with the 429 at
    // once, without waiting out the Retry-After (close to 60 s here, too
    // long for a test; hostile_servers.rs `retry_after_is_honoured_for_429` shows
    // that a retry waits for it).
    let sb = Sandbox::start(&["--rate-limit", "1", "--access-log"]);
    sb.omi().args(["list"]).assert().success();
    let started = Instant::now();
    sb.omi()
        .args(["--retries", "0", "list"])
        .assert()
        .code(4)
        .stderr(predicate::str::contains("RATE_LIMITED"))
        .stderr(predicate::str::contains("rate limited"));
    assert!(started.elapsed() < Duration::from_secs(30));
    // The first command: a challenge, then one authenticated request; the
    // second answers the nonce kept by the first at once.
    let lines = sb.access_log();
    assert_eq!(statuses(&lines), [401, 200, 429], "{lines:?}");
}

#[test]
fn a_stale_nonce_mid_run_is_recovered_in_one_exchange() {
    // Nonces live one second; apply takes longer than that.
    let sb = Sandbox::start(&[
        "--nonce-ttl",
        "1",
        "--latency-ms",
        "150",
        "--projects",
        "6",
        "--access-log",
    ]);
    let dir = tempfile::tempdir().unwrap();
    let file = datadog_apply_file(dir.path(), "dd-stale-test-key");
    sb.omi()
        .args(["apply", "--all-projects", "--concurrency", "1", "-f"])
        .arg(&file)
        .assert()
        .success();
    let lines = sb.access_log();
    let s = statuses(&lines);
    let ok = s.iter().filter(|&&c| c == 200).count();
    let challenges = s.iter().filter(|&&c| c == 401).count();
    // 1 project list + 6 reads + 6 writes succeed. Besides the first
    // challenge, the nonce went stale at least once (~2 s of requests on a
    // 1 s nonce), and each stale answer cost exactly one more exchange:
    // for each request, a 401 is followed by its success, never by another
    // 401 (other requests may be refused in between: apply keeps a second
    // project's request waiting while one is in flight).
    assert_eq!(ok, 13, "{lines:?}");
    assert!(challenges >= 2, "the nonce never went stale: {lines:?}");
    assert!(
        !a_request_refused_twice(&lines),
        "a request was refused twice in a row: {lines:?}"
    );
}

#[test]
fn sha256_digest_works_for_every_request() {
    let sb = Sandbox::start(&["--digest-algorithm", "SHA-256", "--access-log"]);
    sb.omi()
        .args(["create", "pager-duty", "--service-key", "sha-key-1234"])
        .assert()
        .success();
    sb.omi().args(["list"]).assert().success();
    let lines = sb.access_log();
    // The second command answers the SHA-256 nonce kept by the first.
    assert_eq!(statuses(&lines), [401, 200, 200], "{lines:?}");
}

#[test]
fn one_exchange_per_request_after_the_first_challenge() {
    let sb = Sandbox::start(&["--projects", "10", "--access-log"]);
    let dir = tempfile::tempdir().unwrap();
    let file = datadog_apply_file(dir.path(), "dd-count-key");
    sb.omi()
        .args(["apply", "--all-projects", "--concurrency", "4", "-f"])
        .arg(&file)
        .assert()
        .success();
    let lines = sb.access_log();
    let s = statuses(&lines);
    // 2N + 1 requests, plus at most one challenge per worker (and the
    // project list before the workers start).
    assert_eq!(s.iter().filter(|&&c| c == 200).count(), 21, "{lines:?}");
    assert!(s.iter().filter(|&&c| c == 401).count() <= 5, "{lines:?}");
}

#[test]
fn latency_is_added_and_timeout_ends_the_wait() {
    let sb = Sandbox::start(&["--latency-ms", "1500"]);
    let started = Instant::now();
    sb.omi()
        .args(["--timeout", "0.5", "--retries", "0", "list"])
        .assert()
        .code(6)
        .stderr(predicate::str::contains("timed out"));
    assert!(started.elapsed() < Duration::from_millis(1400));
}

#[test]
fn tls_verification_ca_cert_and_insecure() {
    let dir = tempfile::tempdir().unwrap();
    let cert = dir.path().join("sandbox.pem");
    let cert_arg = cert.to_str().unwrap().to_string();
    let sb = Sandbox::start(&["--tls", "--tls-cert-out", &cert_arg]);
    assert!(sb.base_url.starts_with("https://"), "{}", sb.base_url);
    // Not trusted by default.
    sb.omi()
        .args(["--retries", "0", "list"])
        .assert()
        .code(6)
        .stderr(predicate::str::contains("--ca-cert"));
    // Trusted with its certificate.
    let out = sb
        .omi()
        .args(["list", "--json", "--ca-cert", &cert_arg])
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let v: Value = serde_json::from_slice(&out).unwrap();
    assert_eq!(v["totalCount"], 0);
    // --insecure works, with its warning.
    sb.omi()
        .args(["list", "--insecure"])
        .assert()
        .success()
        .stderr(predicate::str::contains("warning"))
        .stderr(predicate::str::contains("not verified"));
    // A file that is not a certificate is a usage mistake, said as such.
    let junk = dir.path().join("junk.pem");
    std::fs::write(&junk, "not a certificate").unwrap();
    let broken = dir.path().join("broken.pem");
    std::fs::write(
        &broken,
        "-----BEGIN CERTIFICATE-----\nnot base64!\n-----END CERTIFICATE-----\n",
    )
    .unwrap();
    for (file, problem) in [
        (&junk, "holds no PEM certificate"),
        (&broken, "is not a PEM certificate"),
    ] {
        sb.omi()
            .args(["list", "--ca-cert", file.to_str().unwrap()])
            .assert()
            .code(2)
            .stderr(predicate::str::contains(format!(
                "--ca-cert {}: {problem}",
                file.display()
            )))
            .stderr(predicate::str::contains("--insecure").not());
    }
}

/// The system's trust store is read only for https: a plain-http run works
/// where it is broken (and does not pay for reading it), and an https run
/// says what is wrong and how to get past it.
#[test]
fn a_broken_system_trust_store() {
    let dir = tempfile::tempdir().unwrap();
    let junk = dir.path().join("junk.pem");
    std::fs::write(&junk, "not a certificate").unwrap();
    let empty = dir.path().join("no-certs");
    std::fs::create_dir(&empty).unwrap();
    let broken = [
        ("SSL_CERT_FILE", junk.to_str().unwrap()),
        ("SSL_CERT_DIR", empty.to_str().unwrap()),
    ];
    let http = Sandbox::start(&[]);
    http.omi().envs(broken).args(["list"]).assert().success();

    let cert = dir.path().join("sandbox.pem");
    let cert_arg = cert.to_str().unwrap().to_string();
    let https = Sandbox::start(&["--tls", "--tls-cert-out", &cert_arg]);
    https
        .omi()
        .envs(broken)
        .args(["--retries", "0", "list"])
        .assert()
        .code(6)
        .stderr(predicate::str::contains("cannot set up the HTTP client: "))
        .stderr(predicate::str::contains("builder error").not())
        .stderr(predicate::str::contains("--ca-cert FILE"));
    https
        .omi()
        .envs(broken)
        .args(["list", "--ca-cert", &cert_arg])
        .assert()
        .success();
}

/// Counts TCP connections on their way to the sandbox.
fn counting_proxy(upstream: &str) -> (String, Arc<AtomicUsize>) {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let url = format!("http://{}", listener.local_addr().unwrap());
    let upstream = upstream.trim_start_matches("http://").to_string();
    let count = Arc::new(AtomicUsize::new(0));
    let counter = Arc::clone(&count);
    std::thread::spawn(move || {
        for client in listener.incoming().map_while(Result::ok) {
            counter.fetch_add(1, Ordering::SeqCst);
            let Ok(server) = TcpStream::connect(&upstream) else {
                continue;
            };
            for (mut from, mut to) in [
                (client.try_clone().unwrap(), server.try_clone().unwrap()),
                (server, client),
            ] {
                std::thread::spawn(move || {
                    let _ = std::io::copy(&mut from, &mut to);
                    let _ = to.shutdown(std::net::Shutdown::Both);
                });
            }
        }
    });
    (url, count)
}

#[test]
fn connections_are_kept_alive_one_per_worker() {
    let sb = Sandbox::start(&["--projects", "20", "--access-log"]);
    let (proxy, connections) = counting_proxy(&sb.base_url);
    let dir = tempfile::tempdir().unwrap();
    let file = datadog_apply_file(dir.path(), "dd-conn-key");
    sb.omi()
        .env("OMI_BASE_URL", &proxy)
        .args(["apply", "--all-projects", "--concurrency", "4", "-f"])
        .arg(&file)
        .assert()
        .success();
    let requests = sb.access_log().len();
    let connections = connections.load(Ordering::SeqCst);
    assert!(requests >= 41, "{requests} requests");
    assert!(
        connections <= 5,
        "{connections} connections for {requests} requests with 4 workers"
    );
}
