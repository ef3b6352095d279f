//! Hostile servers and careless input: each test pins one fix. The server
//! is the shared one-purpose server of `common::hostile`.

mod common;

use common::hostile::{hostile, hostile_seeing, omi, respond, EMPTY_PAGE, PRIVATE_KEY};
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
        let err = refused_update(&server.url, "pd-key-1234567");
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
    // A sent secret echoed into the Location's host is masked, whatever
    // its case: the host is shown as the server wrote it.
    let server = hostile(|s, _| {
        let to = "Location: http://RedirSecret4242.Evil.Example:8080/x\r\n";
        respond(s, "302 Found", to, b"")
    });
    let err = refused_update(&server.url, "RedirSecret4242");
    assert!(err.contains(".Evil.Example:8080"), "{err}");
    assert!(!err.to_ascii_lowercase().contains("redirsecret"), "{err}");
    // A delete answered with a same-host 303 is not reported as deleted.
    let server = hostile(|s, _| respond(s, "303 See Other", "Location: /elsewhere\r\n", b""));
    omi(&server.url)
        .args(["delete", "slack", "--yes"])
        .assert()
        .code(5)
        .stderr(predicate::str::contains("Deleted").not());
    assert!(server.seen().iter().all(|r| r.method == "DELETE"));
}

/// `omi list` against a server answering 400 with `body`, which must end
/// in exit 4; its stderr.
fn list_refused_with_400(body: Vec<u8>) -> String {
    let server = hostile(move |s, _| respond(s, "400 Bad Request", JSON, &body));
    let out = omi(&server.url)
        .arg("list")
        .assert()
        .code(4)
        .get_output()
        .clone();
    String::from_utf8_lossy(&out.stderr).into_owned()
}

/// `omi update pager-duty --service-key KEY` against `url`, which must
/// end in exit 5 (not what the API answers); its stderr.
fn refused_update(url: &str, key: &str) -> String {
    let out = omi(url)
        .args(["update", "pager-duty", "--service-key", key])
        .assert()
        .code(5)
        .get_output()
        .clone();
    String::from_utf8_lossy(&out.stderr).into_owned()
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
    // Raw C1 controls (U+009B is CSI), DEL and bidi characters, valid
    // unescaped in JSON, are shown as escapes; a bare \r between tokens
    // as a newline. The JSON means the same.
    let raw = "{\"results\":[{\"type\":\"SLACK\",\r\"teamName\":\"a\u{9b}2J\u{7f}\u{202e}\u{2066}b\"}],\"totalCount\":1}";
    let server = hostile(move |s, _| respond(s, "200 OK", JSON, raw.as_bytes()));
    let out = omi(&server.url)
        .args(["list", "--json"])
        .assert()
        .success()
        .get_output()
        .clone();
    let text = String::from_utf8(out.stdout).unwrap();
    assert_eq!(
        text,
        "{\"results\":[{\"type\":\"SLACK\",\n\"teamName\":\"a\\u009b2J\\u007f\\u202e\\u2066b\"}],\"totalCount\":1}\n"
    );
    let value = |t: &str| serde_json::from_str::<serde_json::Value>(t).unwrap();
    assert_eq!(value(&text), value(raw));

    let error = br#"{"detail":"bad\u001b[31m red\r\nhint: forged","error":400,"errorCode":"X\u001b[0m","reason":"Bad\u0007"}"#;
    let err = list_refused_with_400(error.to_vec());
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

/// A server quoting the request body in an error `detail`.
fn echoing_server() -> common::hostile::Hostile {
    hostile_seeing(|s, seen, _| {
        let detail = format!("bad body {}", String::from_utf8_lossy(&seen.body));
        let body = serde_json::json!({"detail": detail, "error": 400, "errorCode": "INVALID", "reason": "Bad Request"});
        respond(s, "400 Bad Request", JSON, body.to_string().as_bytes())
    })
}

#[test]
fn a_secret_inside_another_is_not_uncovered() {
    let server = echoing_server();
    let cases: [(&[&str], &[&str]); 2] = [
        (
            &[
                "webhook",
                "--url",
                "https://hooks.example.com/p/abc?sig=WHSECRET77",
                "--secret",
                "WHSECRET77",
            ],
            &["WHSECRET77", "/p/abc", "sig="],
        ),
        (
            &[
                "new-relic",
                "--license-key",
                "NRLICENSE4242",
                "--account-id",
                "123456",
                "--write-token",
                "W-NRLICENSE4242-w",
                "--read-token",
                "R-readtoken-9999",
            ],
            &["NRLICENSE4242", "\"W-", "R-readtoken"],
        ),
    ];
    for (args, hidden) in cases {
        for json in [false, true] {
            let mut cmd = omi(&server.url);
            cmd.arg("update").args(args);
            if json {
                cmd.arg("--json");
            }
            let out = cmd.assert().code(4).get_output().clone();
            let all = format!(
                "{}{}",
                String::from_utf8_lossy(&out.stdout),
                String::from_utf8_lossy(&out.stderr)
            );
            assert!(all.contains("bad body"), "{all}");
            for h in hidden {
                assert!(!all.contains(h), "{h} shows: {all}");
            }
        }
    }
}

/// Every string in a JSON value, keys included.
fn strings(v: &serde_json::Value, out: &mut Vec<String>) {
    match v {
        serde_json::Value::String(s) => out.push(s.clone()),
        serde_json::Value::Array(a) => a.iter().for_each(|v| strings(v, out)),
        serde_json::Value::Object(o) => o.iter().for_each(|(k, v)| {
            out.push(k.clone());
            strings(v, out)
        }),
        _ => {}
    }
}

#[test]
fn json_output_masks_an_echoed_secret_however_it_is_escaped() {
    const KEY: &str = "pd-\u{e4}/=<\"-key-1234";
    // How other encoders write it: Python's ASCII escapes, PHP's \/,
    // Gson's HTML-safe escapes, and all of them at once.
    let plain = serde_json::to_string(KEY).unwrap();
    let forms = [
        plain.replace('\u{e4}', "\\u00e4"),
        plain.replace('/', "\\/"),
        plain.replace('=', "\\u003d").replace('<', "\\u003c"),
        plain
            .replace('\u{e4}', "\\u00E4")
            .replace('/', "\\/")
            .replace('=', "\\u003d")
            .replace('<', "\\u003c"),
    ];
    for form in forms {
        // Alone, and inside a longer string.
        let inner = &form[1..form.len() - 1];
        let body = format!(
            r#"{{"results":[{{"type":"PAGER_DUTY","serviceKey":{form},"echo":["x {inner}"]}}],"totalCount":1}}"#
        );
        let server = hostile(move |s, _| respond(s, "200 OK", JSON, body.as_bytes()));
        let out = omi(&server.url)
            .args(["create", "pager-duty", "--service-key", KEY, "--json"])
            .assert()
            .success()
            .get_output()
            .clone();
        let text = String::from_utf8(out.stdout).unwrap();
        let value: serde_json::Value = serde_json::from_str(&text).unwrap();
        let mut all = Vec::new();
        strings(&value, &mut all);
        assert!(all.iter().all(|s| !s.contains(KEY)), "{text}");
        assert!(
            all.iter().filter(|s| s.ends_with("1234")).count() == 2,
            "{text}"
        );
    }
}

#[test]
fn a_secret_equal_to_a_json_literal_is_masked_only_inside_strings() {
    let body = br#"{"results":[{"type":"PROMETHEUS","enabled":true,"username":"prom","listenAddress":"0.0.0.0:9216","serviceDiscovery":"http","scheme":"http","echo":"true"}],"totalCount":1}"#;
    let server = hostile(move |s, _| respond(s, "200 OK", JSON, body));
    let out = omi(&server.url)
        .args([
            "create",
            "prometheus",
            "--username",
            "prom",
            "--password",
            "true",
        ])
        .args([
            "--listen-address",
            "0.0.0.0:9216",
            "--service-discovery",
            "http",
        ])
        .args(["--scheme", "http", "--enabled", "true", "--json"])
        .assert()
        .success()
        .get_output()
        .clone();
    let value: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let item = &value["results"][0];
    assert_eq!(item["enabled"], true);
    assert_eq!(item["echo"], "******");
}

#[test]
fn a_huge_api_error_is_shown_cut_short() {
    let body = serde_json::json!({
        "detail": "d".repeat(3_000_000),
        "error": 400,
        "errorCode": "E".repeat(10_000),
        "reason": "r".repeat(100_000),
    })
    .to_string();
    let err = list_refused_with_400(body.into_bytes());
    assert!(err.len() < 4000, "{} bytes", err.len());
    for more in [
        "… (2999500 more characters)",
        "… (9500 more characters)",
        "… (99500 more characters)",
    ] {
        assert!(err.contains(more), "{more}: {err}");
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

    // Beyond what any integer type of seconds holds: the same, at once.
    for after in ["99999999999", "99999999999999999999999"] {
        let server = hostile(move |s, _| {
            let headers = format!("Retry-After: {after}\r\n{JSON}");
            respond(s, "429 Too Many Requests", &headers, b"{}")
        });
        omi(&server.url)
            .args(["--retries", "3", "list"])
            .assert()
            .code(4)
            .stderr(predicate::str::contains("beyond what --max-wait 60 allows"));
        assert_eq!(server.count(), 1, "{after}");
    }

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

#[test]
fn empty_values_are_usage_errors_and_nothing_is_sent() {
    let server = hostile(|s, _| respond(s, "200 OK", JSON, EMPTY_PAGE));
    for args in [
        &["update", "pager-duty", "--service-key", ""][..],
        &["update", "pager-duty", "--service-key", "   "],
        &[
            "update",
            "slack",
            "--api-token",
            "tok-123456",
            "--team-name",
            "",
        ],
        &[
            "update",
            "slack",
            "--api-token",
            "tok-123456",
            "--team-name",
            "t",
            "--channel-name",
            "",
        ],
    ] {
        omi(&server.url)
            .args(args)
            .assert()
            .code(2)
            .stderr(predicate::str::contains("is empty"));
    }
    assert_eq!(server.count(), 0);
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("apply.json");
    std::fs::write(
        &file,
        r#"{"integrations": {"PAGER_DUTY": {"serviceKey": ""}}}"#,
    )
    .unwrap();
    omi(&server.url)
        .args(["apply", "-f"])
        .arg(&file)
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "integrations.PAGER_DUTY.serviceKey: is empty",
        ));
    assert_eq!(server.count(), 0);
}

#[test]
fn secrets_with_control_characters_are_refused_from_any_source() {
    let server = hostile(|s, _| respond(s, "200 OK", JSON, EMPTY_PAGE));
    omi(&server.url)
        .args(["update", "pager-duty", "--service-key", "-"])
        .write_stdin(vec![0u8; 65536])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("control character"));
    omi(&server.url)
        .env("OMI_PRIVATE_KEY", "priv\u{1b}[31m")
        .arg("list")
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "OMI_PRIVATE_KEY contains a control character",
        ));
    assert_eq!(server.count(), 0);
}

#[test]
fn a_secret_on_stdin_longer_than_64_kib_is_refused_not_cut() {
    let home = tempfile::tempdir().unwrap();
    let long = "a".repeat(70_000);
    let file = home.path().join("key");
    std::fs::write(&file, format!("{long}\n")).unwrap();
    for (value, stdin) in [
        ("-".to_string(), format!("{long}\n")),
        (format!("@{}", file.display()), String::new()),
    ] {
        common::isolated_omi(home.path())
            .args(["config", "set", "private_key", &value])
            .write_stdin(stdin)
            .assert()
            .code(2)
            .stderr(predicate::str::contains("larger than 64 KiB"));
    }
    assert!(
        !common::config_file(home.path()).exists(),
        "nothing was written"
    );
    // 64 KiB itself is taken whole.
    common::isolated_omi(home.path())
        .args(["config", "set", "private_key", "-"])
        .write_stdin(format!("{}\n", "a".repeat(65_536)))
        .assert()
        .success();
    let text = std::fs::read_to_string(common::config_file(home.path())).unwrap();
    assert!(text.contains(&"a".repeat(65_536)));
}

#[test]
fn argument_errors_never_quote_a_secret() {
    let server = hostile(|s, _| respond(s, "200 OK", JSON, EMPTY_PAGE));
    // A value starting with '-' is the secret's value, not a flag.
    omi(&server.url)
        .args([
            "update",
            "pager-duty",
            "--service-key",
            "--Pd-Key-77",
            "--dry-run",
        ])
        .assert()
        .success()
        .stdout(predicate::str::contains("-Key-77").not());
    for args in [
        &["--private-key", "Sup3r", "S3cretTail", "list"][..],
        &[
            "update",
            "pager-duty",
            "--service-key",
            "pd-key-1234",
            "stray-Secret-Word",
        ],
        &[
            "update",
            "pager-duty",
            "--service-key=pd-key-1234",
            "stray-Secret-Word",
        ],
    ] {
        let out = omi(&server.url)
            .args(args)
            .assert()
            .code(2)
            .get_output()
            .clone();
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(
            !err.contains("S3cretTail") && !err.contains("stray-Secret-Word"),
            "{err}"
        );
        assert!(
            !err.contains("pd-key-1234") && !err.contains("Sup3r"),
            "{err}"
        );
    }
}

#[test]
fn a_secret_flag_without_its_value_does_not_take_the_next_option() {
    let server = hostile(|s, _| respond(s, "200 OK", JSON, EMPTY_PAGE));
    for (args, flag, option) in [
        (
            &["create", "ops-genie", "--api-key", "--dry-run"][..],
            "--api-key",
            "--dry-run",
        ),
        (
            &["update", "pager-duty", "--service-key", "--json"],
            "--service-key",
            "--json",
        ),
        (
            &["--private-key", "--dry-run", "list"],
            "--private-key",
            "--dry-run",
        ),
        (&["list", "--public-key", "-v"], "--public-key", "-v"),
        (
            &[
                "create",
                "webhook",
                "--url",
                "https://h.example.com",
                "--secret",
                "--base-url=https://u:Pw-Secret@om",
            ],
            "--secret",
            "--base-url",
        ),
    ] {
        omi(&server.url)
            .args(args)
            .assert()
            .code(2)
            .stderr(predicate::str::contains(format!(
                "{flag} has no value: the word after it, '{option}', is one of omi's options"
            )))
            .stderr(predicate::str::contains(format!("{flag}=VALUE")))
            .stderr(predicate::str::contains("Pw-Secret").not());
    }
    assert_eq!(server.count(), 0, "nothing may be sent");
    // With '=' any value is the secret's, an option's name too.
    omi(&server.url)
        .args(["update", "pager-duty", "--service-key=--json", "--dry-run"])
        .assert()
        .success()
        .stdout(predicate::str::contains(r#""serviceKey": "**json""#));
    assert_eq!(server.count(), 0);
}

#[test]
fn url_masks_never_show_userinfo() {
    let server = hostile(|s, _| respond(s, "200 OK", JSON, EMPTY_PAGE));
    for url in [
        "https://admin:Sup3rS3cr3tPw/x@hooks.example.com/a",
        "https://admin:pw?q@hooks.example.com/a",
    ] {
        let out = omi(&server.url)
            .args(["--dry-run", "update", "webhook", "--url", url])
            .assert()
            .success()
            .get_output()
            .clone();
        let all = String::from_utf8_lossy(&out.stdout);
        assert!(
            !all.contains("admin") && !all.contains("Sup3r") && !all.contains("pw"),
            "{all}"
        );
    }
}

#[test]
fn apply_files_cannot_send_omis_own_key_and_reject_duplicates() {
    let server = hostile(|s, _| respond(s, "200 OK", JSON, EMPTY_PAGE));
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("apply.json");
    for (text, expected) in [
        (
            r#"{"integrations": {"PAGER_DUTY": {"serviceKey": {"env": "OMI_PRIVATE_KEY"}}}}"#,
            "OMI_PRIVATE_KEY holds omi's own private API key",
        ),
        (
            "{\"integrations\": {\"PAGER_DUTY\": {\"serviceKey\": \"pd-key-1\",\n\"serviceKey\": \"pd-key-2\"}}}",
            "integrations.PAGER_DUTY.serviceKey: given twice, at lines 1 and 2",
        ),
    ] {
        std::fs::write(&file, text).unwrap();
        omi(&server.url)
            .args(["apply", "--project-id", "5e2211c17a3e5a48f5497de3", "-f"])
            .arg(&file)
            .assert()
            .code(2)
            .stderr(predicate::str::contains(expected))
            .stderr(predicate::str::contains(PRIVATE_KEY).not());
    }
    assert_eq!(server.count(), 0);
    // A reference in a field that is not secret is worth a note.
    std::fs::write(dir.path().join("team"), "Team From File\n").unwrap();
    std::fs::write(
        &file,
        r#"{"integrations": {"SLACK": {"apiToken": "tok-123456", "teamName": {"file": "team"}}}}"#,
    )
    .unwrap();
    omi(&server.url)
        .args(["apply", "--dry-run", "--project-id", "5e2211c17a3e5a48f5497de3", "-f"])
        .arg(&file)
        .assert()
        .success()
        .stderr(predicate::str::contains(
            "note: integrations.SLACK.teamName is not a secret field but takes its value from a reference",
        ));
}

#[cfg(unix)]
#[test]
fn a_fifo_at_config_toml_does_not_hang() {
    let home = tempfile::tempdir().unwrap();
    let path = common::config_file(home.path());
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    let status = std::process::Command::new("mkfifo")
        .arg(&path)
        .status()
        .unwrap();
    assert!(status.success());
    let started = Instant::now();
    common::isolated_omi(home.path())
        .timeout(Duration::from_secs(20))
        .args(["config", "show"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("not a regular file"));
    assert!(started.elapsed() < Duration::from_secs(10));
}

#[test]
fn concurrent_config_set_keeps_every_setting() {
    let home = tempfile::tempdir().unwrap();
    let children: Vec<_> = (0..20)
        .map(|i| {
            let mut cmd = std::process::Command::new(common::OMI);
            cmd.env("XDG_CONFIG_HOME", home.path())
                .env("HOME", home.path())
                .args([
                    "config",
                    "set",
                    "base_url",
                    &format!("https://om{i}.example.com"),
                ])
                .args(["--profile", &format!("p{i}")])
                .stdout(std::process::Stdio::null())
                .stderr(std::process::Stdio::null());
            cmd.spawn().unwrap()
        })
        .collect();
    for mut c in children {
        assert!(c.wait().unwrap().success());
    }
    let text = std::fs::read_to_string(common::config_file(home.path())).unwrap();
    for i in 0..20 {
        assert!(
            text.contains(&format!("https://om{i}.example.com")),
            "p{i} lost:\n{text}"
        );
    }
}

#[cfg(unix)]
#[test]
fn config_set_writes_through_a_symlink_and_cleans_stale_temp_files() {
    let home = tempfile::tempdir().unwrap();
    let path = common::config_file(home.path());
    let dir = path.parent().unwrap();
    std::fs::create_dir_all(dir).unwrap();
    let real = home.path().join("dotfiles-config.toml");
    std::fs::write(&real, "[default]\nbase_url = \"https://a.example.com\"\n").unwrap();
    std::os::unix::fs::symlink(&real, &path).unwrap();
    // What a killed `omi config set` left behind two minutes ago.
    let stale = home.path().join(".omi-tmp-left");
    std::fs::write(&stale, "private_key = \"left-behind\"").unwrap();
    let old = std::time::SystemTime::now() - Duration::from_secs(120);
    std::fs::File::options()
        .write(true)
        .open(&stale)
        .unwrap()
        .set_modified(old)
        .unwrap();
    common::isolated_omi(home.path())
        .args(["config", "set", "project_id", "5e2211c17a3e5a48f5497de3"])
        .assert()
        .success();
    assert!(std::fs::symlink_metadata(&path)
        .unwrap()
        .file_type()
        .is_symlink());
    let text = std::fs::read_to_string(&real).unwrap();
    assert!(
        text.contains("5e2211c17a3e5a48f5497de3") && text.contains("a.example.com"),
        "{text}"
    );
    assert!(!stale.exists(), "stale temp file removed");
}

const P1: &str = "5e2211c17a3e5a48f5497de3";

fn apply_file(text: &str) -> (tempfile::TempDir, std::path::PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("apply.json");
    std::fs::write(&file, text).unwrap();
    (dir, file)
}

const PD_FILE: &str = r#"{"integrations": {"PAGER_DUTY": {"serviceKey": "pd-key-1234567"}}}"#;

#[cfg(unix)]
#[test]
fn a_closed_stdout_does_not_hide_a_failure() {
    let server = hostile(|s, n| match n {
        0 => respond(s, "200 OK", JSON, EMPTY_PAGE),
        _ => respond(s, "500 Internal Server Error", JSON, br#"{"error":500}"#),
    });
    let (_dir, file) = apply_file(PD_FILE);
    let mut cmd = std::process::Command::new(common::OMI);
    cmd.env("OMI_BASE_URL", &server.url)
        .env("OMI_PUBLIC_KEY", "pub")
        .env("OMI_PRIVATE_KEY", PRIVATE_KEY)
        .args(["--retries", "0", "apply", "--project-id", P1, "-f"])
        .arg(&file)
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::null());
    let mut child = cmd.spawn().unwrap();
    drop(child.stdout.take()); // `| head -0`
    let status = child.wait().unwrap();
    assert_eq!(status.code(), Some(5));
}

#[test]
fn a_dry_run_never_claims_to_have_applied() {
    let server = hostile(|s, _| respond(s, "500 Internal Server Error", JSON, br#"{"error":500}"#));
    let (_dir, file) = apply_file(PD_FILE);
    omi(&server.url)
        .args([
            "--retries",
            "0",
            "--dry-run",
            "apply",
            "--project-id",
            P1,
            "-f",
        ])
        .arg(&file)
        .assert()
        .code(5)
        .stderr(predicate::str::contains(
            "the rest were planned; nothing was written",
        ))
        .stderr(predicate::str::contains("applied").not());
    // --json rows of a project that failed before planning have no type.
    let out = omi(&server.url)
        .args([
            "--retries",
            "0",
            "--json",
            "apply",
            "--project-id",
            P1,
            "-f",
        ])
        .arg(&file)
        .assert()
        .code(5)
        .get_output()
        .clone();
    let rows: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(rows[0]["type"], serde_json::Value::Null, "{rows}");
}

#[test]
fn project_ids_from_the_server_are_checked() {
    let server = hostile(|s, _| {
        respond(s, "200 OK", JSON, format!(
            r#"{{"results":[{{"id":"../../../\u001b[31mevil"}},{{"id":"{P1}"}}],"totalCount":2}}"#
        ).as_bytes())
    });
    let (_dir, file) = apply_file(PD_FILE);
    omi(&server.url)
        .args(["--dry-run", "apply", "--all-projects", "-f"])
        .arg(&file)
        .assert()
        .stderr(predicate::str::contains("not 24 hex characters; skipped"))
        .stderr(predicate::str::contains('\u{1b}').not());
    let paths: Vec<String> = server.seen().into_iter().map(|r| r.path).collect();
    assert!(
        paths
            .iter()
            .all(|p| !p.contains("..") && !p.contains("evil")),
        "{paths:?}"
    );
    assert!(paths.iter().any(|p| p.contains(P1)), "{paths:?}");
}

#[test]
fn an_endless_project_list_stops_at_a_bound() {
    let server = hostile(|s, n| {
        let ids: Vec<String> = (0..500)
            .map(|i| format!(r#"{{"id":"{:024x}"}}"#, n * 500 + i))
            .collect();
        let body = format!(r#"{{"results":[{}]}}"#, ids.join(","));
        respond(s, "200 OK", JSON, body.as_bytes())
    });
    let (_dir, file) = apply_file(PD_FILE);
    omi(&server.url)
        .args(["--dry-run", "apply", "--all-projects", "-f"])
        .arg(&file)
        .assert()
        .code(5)
        .stderr(predicate::str::contains("more than 100000 items"));
    assert!(server.count() <= 201, "{}", server.count());
}

#[cfg(unix)]
#[test]
fn a_killed_config_set_leaves_no_temp_file() {
    let home = tempfile::tempdir().unwrap();
    let dir = common::config_file(home.path())
        .parent()
        .unwrap()
        .to_path_buf();
    std::fs::create_dir_all(&dir).unwrap();
    let temps = || -> Vec<String> {
        std::fs::read_dir(&dir)
            .map(|d| {
                d.flatten()
                    .map(|e| e.file_name().to_string_lossy().into_owned())
                    .filter(|n| n.starts_with(".omi-tmp-"))
                    .collect()
            })
            .unwrap_or_default()
    };
    let key = "k".repeat(60_000);
    let mut hit = 0;
    for _ in 0..20 {
        let mut child = std::process::Command::new(common::OMI)
            .env("XDG_CONFIG_HOME", home.path())
            .env("HOME", home.path())
            .args(["config", "set", "private_key", &key])
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .spawn()
            .unwrap();
        // Kill it the moment its temp file appears, mid-write.
        while temps().is_empty() && child.try_wait().unwrap().is_none() {
            std::thread::yield_now();
        }
        if child.try_wait().unwrap().is_none() {
            hit += 1;
            unsafe { libc::kill(child.id() as i32, libc::SIGTERM) };
        }
        let _ = child.wait();
        assert!(
            temps().is_empty(),
            "a temp file was left behind: {:?}",
            temps()
        );
    }
    assert!(hit > 0, "never caught a write in progress");
}
