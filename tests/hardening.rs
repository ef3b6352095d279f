//! Hostile servers and careless input: each test pins one fix. The server
//! is the shared one-purpose server of `common::hostile`.

mod common;

use common::hostile::{hostile, omi, respond, EMPTY_PAGE, PRIVATE_KEY};
use predicates::prelude::*;
use std::time::{Duration, Instant};

const JSON: &str = "Content-Type: application/json\r\n";

#[test]
fn redirects_are_refused_not_followed() {
    for status in [
        "301 Moved Permanently",
        "302 Found",
        "303 See Other",
        "307 Temporary Redirect",
        "308 Permanent Redirect",
    ] {
        let server = hostile(move |s, _| {
            respond(
                s,
                status,
                "Location: http://evil.example:8080/steal?k=v\r\n",
                b"",
            )
        });
        let out = omi(&server.url)
            .args(["update", "pager-duty", "--service-key", "pd-key-1234567"])
            .assert()
            .code(5)
            .get_output()
            .clone();
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(
            err.contains(&status[..3]) && err.contains("evil.example:8080"),
            "{err}"
        );
        assert!(err.contains("does not follow redirects"), "{err}");
        assert!(
            !err.contains("/steal") && !err.contains("k=v"),
            "host only: {err}"
        );
        // Only the first PUT: nothing followed the redirect.
        let seen = server.seen();
        assert_eq!(seen.len(), 1, "{seen:?}");
        assert_eq!(seen[0].method, "PUT");
    }
    // A delete answered with a same-host 303 is not reported as deleted.
    let server = hostile(|s, _| respond(s, "303 See Other", "Location: /elsewhere\r\n", b""));
    omi(&server.url)
        .args(["delete", "slack", "--yes"])
        .assert()
        .code(5)
        .stderr(predicate::str::contains("Deleted").not());
    assert!(server.seen().iter().all(|r| r.method == "DELETE"));
}

#[test]
fn escape_sequences_from_the_server_are_shown_escaped() {
    let body = br#"{"results":[{"type":"SLACK","teamName":"t\u001b]0;pwned\u0007\u001b[2J","channelName":"a\r\n| forged | row |"}],"totalCount":1}"#;
    let server = hostile(move |s, _| respond(s, "200 OK", JSON, body));
    let out = omi(&server.url)
        .arg("list")
        .assert()
        .success()
        .get_output()
        .clone();
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(!text.contains('\u{1b}') && !text.contains('\r'), "{text:?}");
    assert!(text.contains("\\u{1b}]0;pwned\\u{7}"), "{text}");
    // --json stays byte-exact.
    let out = omi(&server.url)
        .args(["list", "--json"])
        .assert()
        .success()
        .get_output()
        .clone();
    assert!(out.stdout.starts_with(body));

    let error = br#"{"detail":"bad\u001b[31m red\r\nhint: forged","error":400,"errorCode":"X\u001b[0m","reason":"Bad\u0007"}"#;
    let server = hostile(move |s, _| respond(s, "400 Bad Request", JSON, error));
    let out = omi(&server.url)
        .arg("list")
        .assert()
        .code(4)
        .get_output()
        .clone();
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        !err.contains('\u{1b}') && !err.contains('\u{7}') && !err.contains('\r'),
        "{err:?}"
    );
    assert!(!err.contains("\nhint: forged"), "{err}");
}

#[test]
fn secrets_echoed_by_the_server_are_not_printed() {
    let server = hostile(|s, _| {
        let body = br#"{"detail":"cannot parse {\"type\":\"WEBHOOK\",\"url\":\"https://hooks.example.com/T0/B1/very-secret-path\",\"secret\":\"wh-signing-secret-2101\"}","error":400,"errorCode":"INVALID_JSON","reason":"Bad Request"}"#;
        respond(s, "400 Bad Request", JSON, body)
    });
    for json in [false, true] {
        let mut cmd = omi(&server.url);
        if json {
            cmd.arg("--json");
        }
        let out = cmd
            .args([
                "update",
                "webhook",
                "--url",
                "https://hooks.example.com/T0/B1/very-secret-path",
            ])
            .args(["--secret", "wh-signing-secret-2101"])
            .assert()
            .code(4)
            .get_output()
            .clone();
        let all = format!(
            "{}{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        );
        assert!(!all.contains("wh-signing-secret-2101"), "{all}");
        assert!(!all.contains("very-secret-path"), "{all}");
        assert!(
            all.contains("https://hooks.example.com/****"),
            "the mask is shown: {all}"
        );
    }
}

#[test]
fn retry_after_beyond_max_wait_ends_the_request_at_once() {
    let server = hostile(|s, _| {
        respond(
            s,
            "429 Too Many Requests",
            &format!("Retry-After: 120\r\n{JSON}"),
            br#"{"error":429,"errorCode":"RATE_LIMITED"}"#,
        )
    });
    let started = Instant::now();
    omi(&server.url)
        .args(["--timeout", "1", "list"])
        .assert()
        .code(4)
        .stderr(predicate::str::contains("429"))
        .stderr(predicate::str::contains("retry after 120 s"))
        .stderr(predicate::str::contains("--max-wait 60"));
    assert!(started.elapsed() < Duration::from_secs(10));
    assert_eq!(server.count(), 1);

    // Within --max-wait the wait is taken, and said on stderr when long.
    let server = hostile(|s, n| {
        if n == 0 {
            respond(s, "503 Service Unavailable", "Retry-After: 3\r\n", b"");
        } else {
            respond(s, "200 OK", JSON, EMPTY_PAGE);
        }
    });
    omi(&server.url)
        .args(["--max-wait", "5", "list"])
        .assert()
        .success()
        .stderr(predicate::str::contains(
            "omi: waiting 3 s (503 Retry-After)",
        ));
    assert_eq!(server.count(), 2);
}

#[test]
fn a_2xx_that_is_not_the_api_is_an_error() {
    let html = b"<html><body>Sign in to SSO</body></html>";
    let server = hostile(move |s, _| respond(s, "200 OK", "Content-Type: text/html\r\n", html));
    omi(&server.url)
        .args(["list", "--json"])
        .assert()
        .code(5)
        .stdout(predicate::str::is_empty())
        .stderr(predicate::str::contains(
            "not what the Ops Manager API returns",
        ));
    omi(&server.url)
        .args(["delete", "slack", "--yes"])
        .assert()
        .code(5)
        .stderr(predicate::str::contains("Deleted").not());
    // A binary (gzip) body is not dumped.
    let server = hostile(|s, _| {
        respond(
            s,
            "200 OK",
            "Content-Encoding: gzip\r\n",
            b"\x1f\x8b\x08\x00\xff\xfe binary",
        )
    });
    omi(&server.url)
        .args(["list", "--json"])
        .assert()
        .code(5)
        .stdout(predicate::str::is_empty());
    // 204 and an empty 200 are a successful delete.
    for status in ["204 No Content", "200 OK", "202 Accepted"] {
        let server = hostile(move |s, _| respond(s, status, "", b""));
        omi(&server.url)
            .args(["delete", "slack", "--yes"])
            .assert()
            .success()
            .stderr(predicate::str::contains("Deleted"));
    }
}

#[test]
fn a_reset_after_connecting_is_retried_for_get_not_post() {
    let server = hostile(|s, n| {
        if n == 0 {
            let _ = s.shutdown(std::net::Shutdown::Both);
        } else {
            respond(s, "200 OK", JSON, EMPTY_PAGE);
        }
    });
    omi(&server.url).arg("list").assert().success();
    assert_eq!(server.count(), 2);

    let server = hostile(|s, _| {
        let _ = s.shutdown(std::net::Shutdown::Both);
    });
    omi(&server.url)
        .args(["create", "pager-duty", "--service-key", "pd-key-1234567"])
        .assert()
        .code(6);
    assert_eq!(
        server.count(),
        1,
        "POST is not retried once it may have arrived"
    );
}

#[test]
fn digest_challenges_parse_case_insensitively() {
    for challenge in [
        r#"DIGEST realm="MMS Public API", nonce="n1", algorithm=MD5, qop="auth""#,
        r#"Digest realm="MMS Public API", nonce="n1", algorithm=sha-256, qop=auth,auth-int"#,
    ] {
        let server = hostile(move |s, n| {
            if n == 0 {
                respond(
                    s,
                    "401 Unauthorized",
                    &format!("WWW-Authenticate: {challenge}\r\n"),
                    b"{}",
                );
            } else {
                respond(s, "200 OK", JSON, EMPTY_PAGE);
            }
        });
        omi(&server.url).arg("list").assert().success();
        let seen = server.seen();
        assert_eq!(seen.len(), 2);
        assert!(
            seen[1].head.contains("authorization: digest"),
            "{:?}",
            seen[1].head
        );
        assert!(seen[1].head.contains("nonce=\"n1\""));
    }
    let server = hostile(|s, _| {
        respond(
            s,
            "401 Unauthorized",
            "WWW-Authenticate: Digest realm=\"r\", nonce=\"n\", algorithm=SHA-512\r\n",
            b"{}",
        )
    });
    omi(&server.url)
        .arg("list")
        .assert()
        .stderr(predicate::str::contains("SHA-512"))
        .stderr(predicate::str::contains("does not support"))
        .stderr(predicate::str::contains("check the public and private API keys").not())
        .stderr(predicate::str::contains(PRIVATE_KEY).not());
}
