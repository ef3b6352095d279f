//! omi against servers that misbehave: never answer, answer garbage, a
//! proxy's HTML, wrong JSON, endless or cut bodies. Every case must end
//! with a clear error and the documented exit code: no panic, no hang.

mod common;

use common::hostile::{hostile, omi, respond};
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
