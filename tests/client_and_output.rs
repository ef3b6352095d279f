//! Defects in the client and in what omi shows (issue 18), each pinned
//! end to end against a server written for the test (`common::hostile`).

mod common;

use common::hostile::{hostile, omi, respond, EMPTY_PAGE};
use predicates::prelude::*;
use std::io::Write;

const JSON: &str = "Content-Type: application/json\r\n";

/// Answers the first `cuts` requests with a 200 whose body stops a few
/// bytes in (the connection is closed), the rest with `body`.
fn cutting(cuts: usize, body: &'static [u8]) -> common::hostile::Hostile {
    hostile(move |s, n| {
        if n < cuts {
            let _ = s.write_all(
                b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{\"results\": [",
            );
            let _ = s.shutdown(std::net::Shutdown::Both);
        } else {
            respond(s, "200 OK", JSON, body);
        }
    })
}

#[test]
fn a_connection_cut_mid_body_is_retried_for_get_put_and_delete() {
    let commands: [&[&str]; 3] = [
        &["list"],
        &["update", "pager-duty", "--service-key", "pd-key-1234567"],
        &["delete", "pager-duty", "--yes"],
    ];
    for args in commands {
        let server = cutting(1, EMPTY_PAGE);
        omi(&server.url).args(args).assert().success();
        assert_eq!(server.count(), 2, "{args:?}: sent again once");

        // Within --retries: cut every time, sent 1 + 2 times, then exit 6.
        let server = cutting(usize::MAX, EMPTY_PAGE);
        omi(&server.url)
            .args(["--retries", "2"])
            .args(args)
            .assert()
            .code(6)
            .stderr(predicate::str::contains(
                "the connection broke while reading the response",
            ));
        assert_eq!(server.count(), 3, "{args:?}");
    }
}

#[test]
fn a_post_cut_mid_body_is_not_retried_and_may_have_been_applied() {
    let server = cutting(1, EMPTY_PAGE);
    omi(&server.url)
        .args(["create", "pager-duty", "--service-key", "pd-key-1234567"])
        .assert()
        .code(6)
        .stderr(predicate::str::contains("may have reached the server"))
        .stderr(predicate::str::contains("omi get pager-duty"));
    assert_eq!(server.count(), 1);
}

const SENT_URL: &str = "HTTPS://Hooks.Example.com:443/services/SECRETPATH123";
const STORED_URL: &str = "https://hooks.example.com/services/SECRETPATH123";

#[test]
fn a_webhook_url_echoed_as_servers_write_it_is_masked() {
    // A server that stores the URL as a URL parser writes it, and shows it
    // in clear: in the list page it answers a PUT with, and in an error.
    let page = format!(
        r#"{{"links":[],"results":[{{"type":"WEBHOOK","url":"{STORED_URL}","secret":"******2101"}}],"totalCount":1}}"#
    );
    let error = format!(
        r#"{{"detail":"Cannot reach {STORED_URL}.","error":400,"errorCode":"INVALID_ATTRIBUTE","reason":"Bad Request"}}"#
    );
    for (status, body, code) in [("200 OK", page, 0), ("400 Bad Request", error, 4)] {
        let body: &'static [u8] = Box::leak(body.into_bytes().into_boxed_slice());
        let server = hostile(move |s, _| respond(s, status, JSON, body));
        for json in [false, true] {
            let mut cmd = omi(&server.url);
            cmd.args(["update", "webhook", "--url", SENT_URL])
                .args(["--secret", "wh-signing-secret-2101"]);
            if json {
                cmd.arg("--json");
            }
            let out = cmd.output().unwrap();
            let all = format!(
                "{}{}",
                String::from_utf8_lossy(&out.stdout),
                String::from_utf8_lossy(&out.stderr)
            );
            assert_eq!(out.status.code(), Some(code), "{all}");
            assert!(!all.contains("SECRETPATH123"), "json {json}: {all}");
            assert!(all.contains("****"), "the mask is shown: {all}");
        }
    }
}

#[test]
fn a_ca_cert_whose_pem_block_is_no_certificate_is_a_usage_error() {
    let dir = tempfile::tempdir().unwrap();
    // Base64 that decodes, but to bytes that are no X.509 certificate.
    let bad = dir.path().join("bad-contents.pem");
    std::fs::write(
        &bad,
        "-----BEGIN CERTIFICATE-----\nMIIBszCCAVmgAwIBAgIUAAAA\n-----END CERTIFICATE-----\n",
    )
    .unwrap();
    for args in [&["list"][..], &["projects"], &["--dry-run", "list"]] {
        omi("https://127.0.0.1:9")
            .arg("--ca-cert")
            .arg(&bad)
            .args(args)
            .assert()
            .code(2)
            .stderr(predicate::str::contains(format!(
                "--ca-cert {}: PEM certificate 1 does not hold an X.509 certificate",
                bad.display()
            )))
            .stderr(predicate::str::contains("--insecure").not());
    }
}

/// A profile name holding an escape sequence that would set the terminal's
/// title, and one holding a direction override.
const NAMES: [&str; 2] = ["prod\u{1b}]0;pwned\u{7}", "prod\u{202e}dorp"];

#[test]
fn config_show_escapes_the_profile_name() {
    for name in NAMES {
        let home = tempfile::tempdir().unwrap();
        let config = |args: &[&str]| {
            let mut cmd = common::isolated_omi(home.path());
            cmd.args(args);
            cmd
        };
        config(&[
            "config",
            "set",
            "base_url",
            "https://om.example.com",
            "--profile",
            name,
        ])
        .assert()
        .success();
        for args in [
            &["config", "show", "--profile", name][..],
            &["config", "show", "--effective", "--profile", name],
        ] {
            let out = config(args).assert().success().get_output().clone();
            let text = String::from_utf8_lossy(&out.stdout);
            let raw = name.chars().find(|c| !c.is_ascii_alphanumeric()).unwrap();
            assert!(!text.contains(raw), "{args:?}: {text:?}");
            assert!(text.contains("prod"), "{text}");
            assert!(
                text.contains("\\u{1b}") || text.contains("\\u{202e}"),
                "{text}"
            );
        }
    }
}
