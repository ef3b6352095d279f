//! list, get, update, delete end to end against omi-sandbox.

use crate::util::sandbox::Sandbox;
use predicates::prelude::*;
use serde_json::Value;

fn json_of(out: &[u8]) -> Value {
    serde_json::from_slice(out).expect("stdout is JSON")
}

#[test]
fn list_get_update_delete() {
    let sb = Sandbox::start(&[]);
    // Empty project: nothing on stdout, a note on stderr.
    sb.omi()
        .arg("list")
        .assert()
        .success()
        .stdout(predicate::str::is_empty())
        .stderr(predicate::str::contains("no integrations"));

    // update is create-or-replace.
    sb.omi()
        .args(["update", "pager-duty", "--service-key", "first-key-1111"])
        .assert()
        .success()
        .stdout(predicate::str::contains("serviceKey: **********1111"));
    sb.omi()
        .args(["update", "PAGER_DUTY", "--service-key", "second-key-2222"])
        .assert()
        .success()
        .stdout(predicate::str::contains("***********2222"));
    sb.omi()
        .args([
            "create",
            "webhook",
            "--url",
            "https://hooks.example.com/a/b",
        ])
        .assert()
        .success();

    let list = sb.omi_json(&["list", "--json"]);
    assert_eq!(list["totalCount"], 2);
    let types: Vec<&str> = list["results"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["type"].as_str().unwrap())
        .collect();
    assert!(types.contains(&"PAGER_DUTY") && types.contains(&"WEBHOOK"));

    let table = sb
        .omi()
        .arg("list")
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let table = String::from_utf8_lossy(&table);
    assert!(table.contains("PAGER_DUTY") && table.contains("url: https://hooks.example.com/****"));

    let one = sb
        .omi()
        .args(["get", "webhook", "--json"])
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    assert_eq!(json_of(&one)["url"], "https://hooks.example.com/****");
    sb.omi()
        .args(["get", "webhook"])
        .assert()
        .success()
        .stdout(predicate::str::contains("WEBHOOK"));

    // delete refuses without --yes when stdin is not a terminal.
    sb.omi()
        .args(["delete", "webhook"])
        .write_stdin("y\n")
        .assert()
        .code(2)
        .stderr(predicate::str::contains("--yes"));
    sb.omi().args(["get", "webhook"]).assert().success();
    sb.omi()
        .args(["delete", "webhook", "-y"])
        .assert()
        .success()
        .stderr(predicate::str::contains("Deleted"));
    sb.omi()
        .args(["get", "webhook"])
        .assert()
        .code(4)
        .stderr(predicate::str::contains("INTEGRATION_NOT_CONFIGURED"));
    sb.omi()
        .args(["delete", "webhook", "--yes"])
        .assert()
        .code(4);
}

#[test]
fn update_validates_like_create() {
    let sb = Sandbox::start(&["--access-log"]);
    sb.omi()
        .args(["update", "hip-chat", "--room-name", "ops"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("--notification-token is required"));
    let log = sb.access_log();
    assert!(log.is_empty(), "an invalid update sent requests: {log:?}");
}

#[test]
fn update_dry_run_uses_put() {
    let sb = Sandbox::start(&[]);
    sb.omi()
        .args([
            "update",
            "slack",
            "--api-token",
            "abcdefgh1234",
            "--team-name",
            "T",
            "--dry-run",
        ])
        .assert()
        .success()
        .stdout(predicate::str::starts_with("PUT "))
        .stdout(predicate::str::contains("********1234"))
        .stdout(predicate::str::contains("abcdefgh").not());
}

#[test]
fn global_options_go_before_or_after_the_command() {
    let sb = Sandbox::start(&[]);
    for args in [["--json", "list"], ["list", "--json"]] {
        let out = sb
            .omi()
            .args(args)
            .assert()
            .success()
            .get_output()
            .stdout
            .clone();
        assert_eq!(json_of(&out)["totalCount"], 0);
    }
}

#[test]
fn reference_page_warnings_show_where_they_bite() {
    let sb = Sandbox::start(&[]);
    sb.omi()
        .args([
            "create",
            "slack",
            "--api-token",
            "t-12345678",
            "--team-name",
            "T",
        ])
        .assert()
        .success()
        .stderr(predicate::str::contains(
            "note: New Slack integrations use OAuth2",
        ));
    sb.omi()
        .args(["create", "pager-duty", "--service-key", "k-12345678"])
        .assert()
        .success()
        .stderr(predicate::str::contains("previous key").not());
    sb.omi()
        .args(["update", "pager-duty", "--service-key", "k-87654321"])
        .assert()
        .success()
        // Where the alert configurations can be read, the rotation counts
        // those on another key instead of the general caution.
        .stderr(predicate::str::contains(
            "no alert configuration of project",
        ))
        .stderr(predicate::str::contains("keep the previous key").not());
    sb.omi()
        .args([
            "update",
            "ops-genie",
            "--api-key",
            "og-12345678",
            "--region",
            "EU",
            "--dry-run",
        ])
        .assert()
        .success()
        .stderr(predicate::str::contains("opsgenie.api.url"));
    sb.omi()
        .args([
            "update",
            "ops-genie",
            "--api-key",
            "og-12345678",
            "--dry-run",
        ])
        .assert()
        .success()
        .stderr(predicate::str::is_empty());
}
