//! `omi create` end to end against omi-sandbox, and the exact request body
//! of every type.

use crate::util::fixtures::{fixture, EVERY_TYPE};
use crate::util::sandbox::{stored_integration, Sandbox};
use predicates::prelude::*;
use serde_json::Value;

#[test]
fn golden_request_bodies_of_every_type() {
    // The dry run shows each body's keys and public values, secrets
    // masked; `every_type_is_created_and_reads_back` pins the unmasked
    // body as the server received it.
    let sb = Sandbox::start(&[]);
    for t in &EVERY_TYPE {
        let cli = t.cli;
        let out = sb
            .omi()
            .args(["create", cli, "--dry-run", "--json"])
            .args(t.args)
            .assert()
            .success()
            .get_output()
            .stdout
            .clone();
        let printed: Value = serde_json::from_slice(&out).unwrap();
        assert_eq!(printed["method"], "POST", "{cli}");
        assert_eq!(
            printed["url"],
            sb.api(&format!(
                "/groups/{}/integrations/{}",
                sb.project_id,
                t.api_type()
            )),
            "{cli}"
        );
        let body = printed["body"].as_object().unwrap();
        let golden = t.golden();
        let golden = golden.as_object().unwrap();
        let mut keys: Vec<_> = body.keys().collect();
        let mut want: Vec<_> = golden.keys().collect();
        keys.sort();
        want.sort();
        assert_eq!(keys, want, "{cli}: body keys");
        for (k, v) in golden {
            if t.is_secret(v) {
                assert_ne!(&body[k], v, "{cli}: {k} must be masked in --dry-run");
            } else {
                assert_eq!(&body[k], v, "{cli}: {k}");
            }
        }
        let text = String::from_utf8_lossy(&out);
        for s in t.secrets {
            assert!(!text.contains(s), "{cli}: dry run printed a secret");
        }
    }
}

#[test]
fn every_type_is_created_and_reads_back() {
    let dir = tempfile::tempdir().unwrap();
    let state = dir.path().join("state.json");
    let sb = Sandbox::start(&["--state", state.to_str().unwrap()]);
    for t in &EVERY_TYPE {
        let cli = t.cli;
        let out = sb
            .omi()
            .args(["create", cli])
            .args(t.args)
            .assert()
            .success()
            .get_output()
            .clone();
        let table = String::from_utf8_lossy(&out.stdout);
        let api = t.api_type();
        assert!(table.contains(&api), "{cli}: {table}");
        for s in t.secrets {
            assert!(!table.contains(s), "{cli}: table shows a secret");
        }
        // The sandbox's state file holds what it received, unredacted:
        // exactly the golden body (the sandbox stores it without `type`).
        let stored = stored_integration(&state, &sb.project_id, &api);
        let mut want = t.golden();
        want.as_object_mut().unwrap().remove("type");
        assert_eq!(stored, want, "{cli}: the body the server received");
    }
    // The table of the last create lists all ten.
    let list = sb.omi_json(&["list", "--json"]);
    assert_eq!(list["totalCount"], 10);
}

#[test]
fn reference_page_example_slack() {
    let sb = Sandbox::start(&[]);
    let out = sb
        .omi()
        .args([
            "create",
            "slack",
            "--api-token",
            "1234567890",
            "--team-name",
            "My Team",
        ])
        .assert()
        .success()
        .get_output()
        .clone();
    let table = String::from_utf8_lossy(&out.stdout);
    assert!(table.contains("SLACK"));
    assert!(table.contains("apiToken: ******7890"), "{table}");
    assert!(table.contains("teamName: My Team"));
    assert!(!table.contains("1234567890"));

    // --json is the body as received: the seed's list page.
    let sb2 = Sandbox::start(&[]);
    let out = sb2
        .omi()
        .args([
            "--json",
            "create",
            "SLACK",
            "--api-token",
            "1234567890",
            "--team-name",
            "My Team",
        ])
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let v: Value = serde_json::from_slice(&out).expect("--json prints JSON");
    assert_eq!(v["totalCount"], 1);
    assert_eq!(v["results"][0]["apiToken"], "******7890");
    assert_eq!(v["results"][0]["type"], "SLACK");
    assert!(v["links"][0]["href"]
        .as_str()
        .unwrap()
        .ends_with("/integrations/SLACK?pageNum=1&itemsPerPage=100"));
}

#[test]
fn ops_genie_region_defaults_to_us_and_is_sent() {
    let sb = Sandbox::start(&[]);
    sb.omi()
        .args(["create", "ops-genie", "--api-key", "og-key-12345"])
        .assert()
        .success();
    let got = sb.omi_json(&["get", "ops-genie", "--json"]);
    assert_eq!(got["region"], "US");
}

/// Datadog's newer US1_FED region, which servers hold: an export that
/// holds it must apply, so create takes it too.
#[test]
fn datadog_us1_fed_region_is_taken() {
    let sb = Sandbox::start(&[]);
    sb.omi()
        .args([
            "create",
            "datadog",
            "--api-key",
            "dd-key-12345",
            "--region",
            "US1_FED",
        ])
        .assert()
        .success();
    let got = sb.omi_json(&["get", "datadog", "--json"]);
    assert_eq!(got["region"], "US1_FED");
}

#[test]
fn enum_values_are_taken_in_any_case_and_sent_as_the_api_spells_them() {
    let sb = Sandbox::start(&[]);
    sb.omi()
        .args(["update", "ops-genie", "--api-key", "og-key-12345"])
        .args(["--region", "eu"])
        .assert()
        .success();
    assert_eq!(sb.omi_json(&["get", "ops-genie", "--json"])["region"], "EU");
    let args = fixture("prometheus").args.iter().map(|a| match *a {
        "http" => "HTTP",
        "https" => "Https",
        a => a,
    });
    sb.omi()
        .args(["update", "prometheus"])
        .args(args)
        .assert()
        .success();
    let got = sb.omi_json(&["get", "prometheus", "--json"]);
    assert_eq!(
        (&got["serviceDiscovery"], &got["scheme"]),
        (&"http".into(), &"https".into())
    );
}

#[test]
fn validation_errors_name_each_problem_and_send_nothing() {
    let sb = Sandbox::start(&["--access-log"]);
    let cases: &[(&[&str], &[&str])] = &[
        (
            &["create", "slack", "--team-name", "T"],
            &["--api-token is required"],
        ),
        (
            &[
                "create",
                "prometheus",
                "--username",
                "u",
                "--scheme",
                "https",
                "--enabled",
                "true",
            ],
            &[
                "--password is required",
                "--listen-address is required",
                "--service-discovery is required",
                "--tls-pem-path is required when --scheme is https",
            ],
        ),
        (
            &["create", "datadog", "--api-key", "k", "--region", "MARS"],
            &["MARS", "--region"],
        ),
        (
            &["create", "prometheus", "--enabled", "yes"],
            &["--enabled"],
        ),
        (
            &["create", "ops-genie", "--api-key", "k", "--region", "APAC"],
            &["APAC"],
        ),
        (
            &["create", "pagerduty", "--service-key", "k"],
            &["pagerduty"],
        ),
        (
            &[
                "create",
                "slack",
                "--api-token",
                "t",
                "--team-name",
                "T",
                "--bogus",
                "x",
            ],
            &["--bogus"],
        ),
        (&["--items-per-page", "501", "list"], &["501"]),
        (&["--project-id", "not-a-project", "list"], &["24 hex"]),
    ];
    for (args, expected) in cases {
        let out = sb.omi().args(*args).assert().code(2).get_output().clone();
        let err = String::from_utf8_lossy(&out.stderr);
        for e in *expected {
            assert!(err.contains(e), "{args:?}: expected {e:?} in {err}");
        }
        assert!(out.stdout.is_empty(), "{args:?}: nothing on stdout");
    }
    let log = sb.access_log();
    assert!(log.is_empty(), "no request may reach the sandbox: {log:?}");
}

#[test]
fn exit_codes() {
    let sb = Sandbox::start(&[]);
    let slack = [
        "create",
        "slack",
        "--api-token",
        "1234567890",
        "--team-name",
        "T",
    ];
    // 0, then 4 on the second POST (409) with the hint to use update.
    sb.omi().args(slack).assert().code(0);
    sb.omi()
        .args(slack)
        .assert()
        .code(4)
        .stderr(predicate::str::contains("409"))
        .stderr(predicate::str::contains("INTEGRATION_ALREADY_CONFIGURED"))
        .stderr(predicate::str::contains("omi update"));
    // 3: wrong private key.
    sb.omi()
        .env("OMI_PRIVATE_KEY", "wrong-private-key")
        .args(["list"])
        .assert()
        .code(3)
        .stderr(predicate::str::contains("401"))
        .stderr(predicate::str::contains("wrong-private-key").not());
    // 4: unknown project, with the hint.
    sb.omi()
        .env("OMI_PROJECT_ID", "0123456789abcdef01234567")
        .arg("list")
        .assert()
        .code(4)
        .stderr(predicate::str::contains("GROUP_NOT_FOUND"))
        .stderr(predicate::str::contains("project id"));
    // 4: get of a type the project lacks.
    sb.omi()
        .args(["get", "webhook"])
        .assert()
        .code(4)
        .stderr(predicate::str::contains("INTEGRATION_NOT_CONFIGURED"));
    // 6: nothing listens there.
    let closed = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = closed.local_addr().unwrap().port();
    drop(closed);
    sb.omi()
        .args([
            "--base-url",
            &format!("http://127.0.0.1:{port}"),
            "--retries",
            "0",
            "list",
        ])
        .assert()
        .code(6)
        .stderr(predicate::str::contains("connect"));
    // 2: a missing setting names the flag, the variables and the config.
    sb.omi()
        .env_remove("OMI_BASE_URL")
        .args(["list"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("--base-url"))
        .stderr(predicate::str::contains("OMI_BASE_URL"))
        .stderr(predicate::str::contains("omi config set base_url"));
}

#[test]
fn server_errors_exit_5() {
    let sb = Sandbox::start(&["--fail-every", "1", "--fail-status", "500"]);
    sb.omi()
        .args(["--retries", "0", "list"])
        .assert()
        .code(5)
        .stderr(predicate::str::contains("500"));
}

#[test]
fn post_is_never_retried_after_a_503() {
    // Every request gets a 503, which a GET retries: the POST may have
    // been applied, so it is sent exactly once.
    let sb = Sandbox::start(&["--fail-every", "1", "--access-log"]);
    sb.omi().args(["--retries", "1", "list"]).assert().code(5);
    sb.omi()
        .args([
            "--retries",
            "3",
            "create",
            "pager-duty",
            "--service-key",
            "k123456",
        ])
        .assert()
        .code(5)
        .stderr(predicate::str::contains("503"));
    let log = sb.access_log();
    let count = |method: &str| {
        log.iter()
            .filter(|l| l.starts_with(&format!("{method} /api/")) && l.contains(" 503 "))
            .count()
    };
    assert_eq!(count("GET"), 2, "the GET is retried once: {log:?}");
    assert_eq!(count("POST"), 1, "the POST was sent again: {log:?}");
    assert_eq!(log.len(), 3, "{log:?}");
}

#[test]
fn dry_run_never_connects() {
    let sb = Sandbox::start(&["--access-log"]);
    let out = sb
        .omi()
        .args([
            "create",
            "webhook",
            "--url",
            "https://hooks.example.com/secret-path",
            "--secret",
            "wh-secret-777",
            "--dry-run",
        ])
        .assert()
        .success()
        .get_output()
        .clone();
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.starts_with(&format!("POST {}", sb.api(""))), "{text}");
    assert!(text.contains("https://hooks.example.com/****"));
    assert!(!text.contains("secret-path") && !text.contains("wh-secret-777"));
    // Works without any keys at all.
    sb.omi()
        .env_remove("OMI_PRIVATE_KEY")
        .env_remove("OMI_PUBLIC_KEY")
        .args(["delete", "webhook", "--dry-run"])
        .assert()
        .success()
        .stdout(predicate::str::starts_with("DELETE "));
    let log = sb.access_log();
    assert!(log.is_empty(), "the dry runs sent requests: {log:?}");
}

#[test]
fn query_parameters_are_sent() {
    let sb = Sandbox::start(&["--access-log"]);
    let out = sb
        .omi()
        .args([
            "list",
            "--pretty",
            "--page-num",
            "1",
            "--items-per-page",
            "5",
            "--json",
        ])
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let text = String::from_utf8_lossy(&out);
    assert!(text.contains("\n  "), "pretty output is indented: {text}");
    let log = sb.access_log().join("\n");
    assert!(
        log.contains("?pageNum=1&itemsPerPage=5&pretty=true"),
        "{log}"
    );

    // envelope: errors inside a 200 are still errors.
    sb.omi()
        .args(["get", "slack", "--envelope"])
        .assert()
        .code(4)
        .stderr(predicate::str::contains("INTEGRATION_NOT_CONFIGURED"));
    let out = sb
        .omi()
        .args(["list", "--envelope", "--json"])
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let v: Value = serde_json::from_slice(&out).unwrap();
    assert_eq!(v["status"], 200);
}
