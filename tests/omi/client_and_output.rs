//! Defects in the client and in what omi shows (issue 18), each pinned
//! end to end against a server written for the test (`util::hostile`).

use crate::util;
use crate::util::hostile::{hostile, hostile_seeing, omi, omi_in, respond, EMPTY_PAGE};
use predicates::prelude::*;
use std::io::Write;
use std::time::{Duration, Instant};

const JSON: &str = "Content-Type: application/json\r\n";

/// Answers the first `cuts` requests with a 200 whose body stops a few
/// bytes in (the connection is closed), the rest with `body`.
fn cutting(cuts: usize, body: &'static [u8]) -> util::hostile::Hostile {
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
        // update then reads the alert configurations once, to count
        // those still on another PagerDuty key.
        let reads_after = usize::from(args[0] == "update");
        assert_eq!(server.count(), 2 + reads_after, "{args:?}: sent again once");

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
            let mut cmd = util::isolated_omi(home.path());
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

/// Characters that reorder or hide text, as omi shows them escaped.
const HIDDEN: [(char, &str); 8] = [
    ('\u{200e}', "\\u{200e}"),
    ('\u{200f}', "\\u{200f}"),
    ('\u{61c}', "\\u{61c}"),
    ('\u{2028}', "\\u{2028}"),
    ('\u{2029}', "\\u{2029}"),
    ('\u{200b}', "\\u{200b}"),
    ('\u{feff}', "\\u{feff}"),
    ('\u{e0041}', "\\u{e0041}"),
];

#[test]
fn invisible_characters_from_a_server_are_shown_escaped() {
    let name: String = HIDDEN.iter().map(|(c, _)| format!("x{c}")).collect();
    let item = serde_json::json!({"type": "SLACK", "apiToken": "******7890", "teamName": name, "channelName": ""});
    let page = serde_json::json!({"links": [], "results": [item], "totalCount": 1}).to_string();
    let error = serde_json::json!({"detail": name, "error": 400, "errorCode": "INVALID", "reason": "Bad Request"}).to_string();
    let page: &'static [u8] = Box::leak(page.into_bytes().into_boxed_slice());
    let error: &'static [u8] = Box::leak(error.into_bytes().into_boxed_slice());
    let server = hostile_seeing(move |s, seen, _| {
        let (status, body) = match seen.method.as_str() {
            "GET" => ("200 OK", page),
            _ => ("400 Bad Request", error),
        };
        respond(s, status, JSON, body)
    });
    for args in [
        &["list"][..],
        &["list", "--json"],
        &["update", "pager-duty", "--service-key", "pd-key-1234567"],
    ] {
        let out = omi(&server.url).args(args).output().unwrap();
        let all = format!(
            "{}{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        );
        for (c, shown) in HIDDEN {
            assert!(
                !all.contains(c),
                "{args:?}: U+{:04X} raw in {all:?}",
                c as u32
            );
            if args.contains(&"--json") {
                continue;
            }
            assert!(all.contains(shown), "{args:?}: {shown} not in {all}");
        }
        if args.contains(&"--json") {
            // Still the same JSON, with every character in place.
            let value: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
            assert_eq!(value["results"][0]["teamName"], serde_json::json!(name));
        }
    }
}

#[test]
fn a_secret_holding_an_invisible_character_is_refused() {
    let server = hostile(|s, _| respond(s, "200 OK", JSON, EMPTY_PAGE));
    for (c, _) in HIDDEN {
        let key = format!("pd-key{c}-1234567");
        let out = omi(&server.url)
            .args(["create", "pager-duty", "--service-key", &key])
            .output()
            .unwrap();
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "U+{:04X}: {err}", c as u32);
        assert!(
            err.contains("--service-key contains an invisible character"),
            "{err}"
        );
        assert!(err.contains(&format!("U+{:04X}", c as u32)), "{err}");
        assert!(!err.contains("pd-key"), "the secret is not quoted: {err}");
        // From the environment, and from a file, the same.
        let out = omi(&server.url)
            .env("OMI_PRIVATE_KEY", format!("private{c}key"))
            .arg("list")
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(2), "U+{:04X}", c as u32);
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("key");
        std::fs::write(&file, format!("{key}\n")).unwrap();
        omi(&server.url)
            .args(["create", "pager-duty", "--service-key"])
            .arg(format!("@{}", file.display()))
            .assert()
            .code(2)
            .stderr(predicate::str::contains("invisible character"));
    }

    // A profile's value as the config file holds it, the same.
    let home = tempfile::tempdir().unwrap();
    let config = util::config_file(home.path());
    std::fs::create_dir_all(config.parent().unwrap()).unwrap();
    std::fs::write(&config, "[default]\npublic_key = \"pub\\u200bkey\"\n").unwrap();
    util::isolated_omi(home.path())
        .env("OMI_BASE_URL", &server.url)
        .args([
            "--private-key",
            "pk-123456",
            "--project-id",
            "5e2211c17a3e5a48f5497de3",
        ])
        .arg("list")
        .assert()
        .code(2)
        .stderr(predicate::str::contains(format!(
            "public_key in profile 'default' of {} contains an invisible character (U+200B)",
            config.display()
        )));
    assert_eq!(server.count(), 0, "nothing is sent");
}

/// Two projects' lists, so that `list` sends two requests and the second
/// waits for its turn under the rate.
fn two_projects(cmd: &mut assert_cmd::Command) -> &mut assert_cmd::Command {
    cmd.args([
        "list",
        "--project-id",
        "5e2211c17a3e5a48f5497de3",
        "--project-id",
        "5e2211c17a3e5a48f5497de4",
    ])
}

#[test]
fn a_slow_max_rate_says_its_wait_before_waiting() {
    let server = hostile(|s, _| respond(s, "200 OK", JSON, EMPTY_PAGE));
    // 0.3 requests per second: the second request waits 3.3 s.
    let started = Instant::now();
    two_projects(omi(&server.url).args(["--max-rate", "0.3"]))
        .assert()
        .success()
        .stderr(predicate::str::contains(
            "omi: waiting 3 s (--max-rate 0.3) ...",
        ));
    assert!(started.elapsed() >= Duration::from_secs(3));
    assert_eq!(server.count(), 2);

    // The profile's max_rate too, naming where it comes from.
    let home = tempfile::tempdir().unwrap();
    util::isolated_omi(home.path())
        .args(["config", "set", "max_rate", "0.3"])
        .assert()
        .success();
    two_projects(&mut omi_in(&server.url, home.path()))
        .assert()
        .success()
        .stderr(predicate::str::contains(
            "omi: waiting 3 s (max_rate 0.3 in profile 'default') ...",
        ));

    // With -v, in the exchange log.
    two_projects(omi(&server.url).args(["-v", "--max-rate", "0.3"]))
        .assert()
        .success()
        .stderr(predicate::str::contains("ms for --max-rate 0.3\n"));

    // A fast rate's short waits are not said.
    two_projects(omi(&server.url).args(["--max-rate", "2"]))
        .assert()
        .success()
        .stderr(predicate::str::contains("waiting").not());
}
