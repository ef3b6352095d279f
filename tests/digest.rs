//! Digest auth across several requests of one `omi` run, against the
//! sandbox's access log. These are the end-to-end tests that would fail if
//! omi used diqwest's `DigestAuthSession` instead of its own session over
//! `digest_auth` (src/client/digest.rs): diqwest drops the challenge's
//! `algorithm` after the first request (SHA-256 then fails from the second
//! request on) and answers a stale nonce with an extra unauthenticated
//! request (two 401s in a row).

mod common;

use common::Sandbox;
use std::path::PathBuf;

/// The status of each access-log line (`METHOD PATH STATUS TIME`).
use common::statuses;

/// An apply file declaring one Datadog integration.
fn datadog_file(dir: &tempfile::TempDir) -> PathBuf {
    let file = dir.path().join("d.json");
    std::fs::write(
        &file,
        r#"{"integrations": {"DATADOG": {"apiKey": "dd-digest-test-key"}}}"#,
    )
    .unwrap();
    file
}

#[test]
fn sha256_answers_every_request_of_a_run_after_one_challenge() {
    let sb = Sandbox::start(&[
        "--digest-algorithm",
        "SHA-256",
        "--projects",
        "3",
        "--access-log",
    ]);
    let dir = tempfile::tempdir().unwrap();
    let file = datadog_file(&dir);
    // One run, one worker: the project list, then a read and a write for
    // each of the 3 projects, all on the nonce of the first challenge.
    sb.omi()
        .args(["apply", "--all-projects", "--concurrency", "1", "-f"])
        .arg(&file)
        .assert()
        .success();
    let lines = sb.access_log();
    assert_eq!(
        statuses(&lines),
        [401, 200, 200, 200, 200, 200, 200, 200],
        "{lines:?}"
    );
}

#[test]
fn a_stale_sha256_nonce_costs_exactly_one_more_exchange() {
    // Nonces live 1 s and every response takes 300 ms, so one sequential
    // run of 7 requests (over 2 s) outlives its first nonce whatever the
    // machine's load: staleness is certain, not a race the test can lose.
    let sb = Sandbox::start(&[
        "--digest-algorithm",
        "SHA-256",
        "--nonce-ttl",
        "1",
        "--latency-ms",
        "300",
        "--projects",
        "3",
        "--access-log",
    ]);
    let dir = tempfile::tempdir().unwrap();
    let file = datadog_file(&dir);
    let out = sb
        .omi()
        .args(["-v", "apply", "--all-projects", "--concurrency", "1", "-f"])
        .arg(&file)
        .assert()
        .success()
        .get_output()
        .clone();
    let verbose = String::from_utf8_lossy(&out.stderr);
    let lines = sb.access_log();
    let s = statuses(&lines);
    let challenges = s.iter().filter(|&&c| c == 401).count();
    // All 7 requests succeed once each; every 401 after the first is a
    // stale nonce, answered by exactly one authenticated retry: for each
    // request, a 401 is followed by its 200, never by another 401.
    assert_eq!(s.iter().filter(|&&c| c == 200).count(), 7, "{lines:?}");
    assert_eq!(s.len(), 7 + challenges, "{lines:?}");
    assert!(challenges >= 2, "the nonce never went stale: {lines:?}");
    assert!(
        !common::a_request_refused_twice(&lines),
        "a request was refused twice in a row: {lines:?}"
    );
    assert_eq!(s.first(), Some(&401), "{lines:?}");
    // The later challenges were stale nonces (not refused answers).
    assert_eq!(
        verbose.matches("stale=true").count(),
        challenges - 1,
        "{verbose}"
    );
}
