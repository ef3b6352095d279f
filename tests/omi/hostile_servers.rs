//! omi against servers that misbehave: never answer, answer garbage, a
//! proxy's HTML, wrong JSON, endless or cut bodies, redirects, escape
//! sequences, echoed secrets, huge errors, long Retry-Afters, project ids
//! that are not ids, or fail in the middle of an apply. Every case must end
//! with a clear error and the documented exit code: no panic, no hang, no
//! secret shown; each test pins one fix. The servers are the one-purpose
//! servers of `util::hostile`.

use crate::util;
use crate::util::apply_files::apply_file_holding;
use crate::util::hostile::{
    hostile, hostile_seeing, omi, respond, Hostile, EMPTY_PAGE, JSON, PRIVATE_KEY,
};
use predicates::prelude::*;
use std::io::Write;
use std::sync::atomic::Ordering;
use std::time::{Duration, Instant};

#[test]
fn a_server_that_never_answers_times_out_with_exit_6() {
    let server = hostile(|_, _| std::thread::sleep(Duration::from_secs(60)));
    let started = Instant::now();
    omi(&server.url)
        .args(["--timeout", "1", "list"])
        .assert()
        .code(6)
        .stderr(predicate::str::contains("timed out"));
    assert!(started.elapsed() < Duration::from_secs(15));
}

#[test]
fn garbage_bytes_are_a_network_error() {
    let server = hostile(|s, _| {
        let _ = s.write_all(b"\x00\x01\x02 this is not HTTP \xff\xfe\r\n\r\n");
        let _ = s.shutdown(std::net::Shutdown::Both);
    });
    omi(&server.url)
        .args(["--retries", "0", "list"])
        .assert()
        .code(6)
        .stderr(predicate::str::contains("panicked").not());
}

#[test]
fn a_proxy_html_page_is_shown_cut_short() {
    let page = format!(
        "<html><head><title>502 Bad Gateway</title></head><body>{}</body></html>",
        "nginx ".repeat(500)
    );
    let server = hostile(move |s, _| {
        respond(
            s,
            "502 Bad Gateway",
            "Content-Type: text/html\r\n",
            page.as_bytes(),
        )
    });
    let out = omi(&server.url)
        .args(["--retries", "1", "get", "slack"])
        .assert()
        .code(5)
        .get_output()
        .clone();
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("502") && err.contains("Bad Gateway"), "{err}");
    assert!(
        err.len() < 1500,
        "the page is cut short: {} bytes",
        err.len()
    );
    // GET is retried on 502: the first try and one retry.
    assert_eq!(server.requests.load(Ordering::SeqCst), 2);
}

#[test]
fn wrong_json_shapes_are_errors() {
    for body in [
        &br#"{"results": 5}"#[..],
        br#"{"results": [1, 2]}"#,
        br#"[1, 2, 3]"#,
        br#"{"results": [{"type": "SLACK""#,
        b"\xff\xfe\xfd",
    ] {
        let body = body.to_vec();
        let server =
            hostile(move |s, _| respond(s, "200 OK", "Content-Type: application/json\r\n", &body));
        omi(&server.url)
            .arg("list")
            .assert()
            .code(5)
            .stderr(predicate::str::contains("response"));
    }
}

/// Commands that print integrations, each with its flags.
const SHOWING: [&[&str]; 4] = [
    &["get", "slack"],
    &["list"],
    &[
        "create",
        "slack",
        "--api-token",
        "tok-123456",
        "--team-name",
        "t",
    ],
    &[
        "update",
        "slack",
        "--api-token",
        "tok-123456",
        "--team-name",
        "t",
    ],
];

/// `omi ARGS` against a server answering 200 with `body`, as a table and
/// with `--json`: both exit 5 with the same error and nothing on stdout.
fn refused_in_both_modes(body: &[u8], args: &[&str]) {
    let body = body.to_vec();
    let server =
        hostile(move |s, _| respond(s, "200 OK", "Content-Type: application/json\r\n", &body));
    let run = |json: bool| {
        let mut cmd = omi(&server.url);
        cmd.args(args);
        if json {
            cmd.arg("--json");
        }
        cmd.assert().code(5).stdout("").get_output().stderr.clone()
    };
    let (table, json) = (run(false), run(true));
    let err = String::from_utf8_lossy(&json);
    assert!(err.contains("not what the API returns"), "{args:?}: {err}");
    assert_eq!(table, json, "{args:?}");
}

#[test]
fn json_output_is_refused_for_what_the_api_never_returns() {
    let deep = format!("{}{}", "[".repeat(100_000), "]".repeat(100_000));
    let bodies: [&[u8]; 8] = [
        b"{}",
        b"[1,2]",
        b"\"hello\"",
        b"123",
        b"null",
        br#"{"results":5}"#,
        b"{\"results\":[{\"type\":\"SLACK\",\"teamName\":\"\xff\"}]}",
        deep.as_bytes(),
    ];
    for body in bodies {
        for args in SHOWING {
            refused_in_both_modes(body, args);
        }
    }
}

#[test]
fn get_refuses_an_integration_of_another_type() {
    let body = br#"{"type":"PAGER_DUTY","serviceKey":"******7890"}"#;
    refused_in_both_modes(body, &["get", "slack"]);
    // Nor inside a list page.
    let page = br#"{"links":[],"results":[{"type":"PAGER_DUTY","serviceKey":"******7890"}],"totalCount":1}"#;
    refused_in_both_modes(page, &["get", "slack"]);
}

#[test]
fn a_huge_body_is_not_read_to_the_end() {
    let server = hostile(|s, _| {
        let _ = s.write_all(
            b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n",
        );
        let chunk = vec![b' '; 64 * 1024];
        let framed = [format!("{:x}\r\n", chunk.len()).as_bytes(), &chunk, b"\r\n"].concat();
        // Endless: stops only when omi hangs up.
        while s.write_all(&framed).is_ok() {}
    });
    let started = Instant::now();
    omi(&server.url)
        .args(["list"])
        .assert()
        .code(6)
        .stderr(predicate::str::contains("larger than"));
    assert!(started.elapsed() < Duration::from_secs(20));
}

#[test]
fn a_body_cut_mid_way_is_a_network_error() {
    let server = hostile(|s, _| {
        let _ = s.write_all(
            b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{\"results\": [",
        );
        let _ = s.shutdown(std::net::Shutdown::Both);
    });
    omi(&server.url)
        .args(["--retries", "0", "list"])
        .assert()
        .code(6);
}

#[test]
fn a_401_without_a_challenge_is_an_auth_error() {
    let server = hostile(|s, _| {
        respond(
            s,
            "401 Unauthorized",
            "",
            br#"{"detail":"You are not authorized for this resource.","error":401,"reason":"Unauthorized"}"#,
        )
    });
    omi(&server.url)
        .arg("list")
        .assert()
        .code(3)
        .stderr(predicate::str::contains("not authorized"))
        .stderr(predicate::str::contains("hostile-test-private-key").not());
}

#[test]
fn retry_after_is_honoured_for_429() {
    let server = hostile(|s, n| {
        if n == 0 {
            respond(
                s,
                "429 Too Many Requests",
                "Retry-After: 1\r\n",
                br#"{"error":429,"errorCode":"RATE_LIMITED"}"#,
            );
        } else {
            respond(
                s,
                "200 OK",
                "",
                br#"{"links":[],"results":[],"totalCount":0}"#,
            );
        }
    });
    let started = Instant::now();
    omi(&server.url).arg("list").assert().success();
    assert!(started.elapsed() >= Duration::from_millis(950));
    assert_eq!(server.requests.load(Ordering::SeqCst), 2);
}

#[test]
fn post_is_not_retried_after_it_may_have_arrived() {
    let server = hostile(|s, _| {
        respond(s, "503 Service Unavailable", "", b"");
    });
    omi(&server.url)
        .args(["create", "pager-duty", "--service-key", "k-123456"])
        .assert()
        .code(5);
    assert_eq!(server.requests.load(Ordering::SeqCst), 1);

    // Cut after the request was sent: the error says it may have applied.
    let server = hostile(|s, _| {
        let _ = s.shutdown(std::net::Shutdown::Both);
    });
    omi(&server.url)
        .args(["create", "pager-duty", "--service-key", "k-123456"])
        .assert()
        .code(6)
        .stderr(predicate::str::contains("may have reached the server"))
        .stderr(predicate::str::contains("omi get pager-duty"));
    assert_eq!(server.requests.load(Ordering::SeqCst), 1);
}

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
fn echoing_server() -> Hostile {
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

const P1: &str = "5e2211c17a3e5a48f5497de3";

const PD_FILE: &str = r#"{"integrations": {"PAGER_DUTY": {"serviceKey": "pd-key-1234567"}}}"#;

#[cfg(unix)]
#[test]
fn a_closed_stdout_does_not_hide_a_failure() {
    let server = hostile(|s, n| match n {
        0 => respond(s, "200 OK", JSON, EMPTY_PAGE),
        _ => respond(s, "500 Internal Server Error", JSON, br#"{"error":500}"#),
    });
    let (_dir, file) = apply_file_holding(PD_FILE);
    let mut cmd = std::process::Command::new(util::OMI);
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
    let (_dir, file) = apply_file_holding(PD_FILE);
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
    let (_dir, file) = apply_file_holding(PD_FILE);
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
    let (_dir, file) = apply_file_holding(PD_FILE);
    omi(&server.url)
        .args(["--dry-run", "apply", "--all-projects", "-f"])
        .arg(&file)
        .assert()
        .code(5)
        .stderr(predicate::str::contains("more than 100000 items"));
    assert!(server.count() <= 201, "{}", server.count());
}
