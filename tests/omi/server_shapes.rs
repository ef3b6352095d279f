//! omi against both shapes of server: the documented one (the reference
//! page) and the recorded one (`--shape recorded`: what MongoDB's real
//! servers return: ids, nulls, defaults, last-four masks, VictorOps
//! routing keys in clear, single-use nonces, other 404 codes). Whatever
//! list and apply rely on must hold on both.

use crate::util::sandbox::Sandbox;
use predicates::prelude::*;
use serde_json::{json, Value};

const SHAPES: [&str; 2] = ["documented", "recorded"];

const URL: &str = "https://example.com/51c0ef87e9951c3e147accf0e12101";

const SECRET: &str = "wh-secret-of-thirty-chars-2101";

fn sandbox(shape: &str, extra: &[&str]) -> Sandbox {
    let mut args = vec!["--shape", shape, "--access-log"];
    args.extend_from_slice(extra);
    Sandbox::start(&args)
}

fn writes(lines: &[String]) -> Vec<String> {
    lines
        .iter()
        .filter(|l| l.starts_with("PUT ") || l.starts_with("POST ") || l.starts_with("DELETE "))
        .cloned()
        .collect()
}

/// `DIR/fleet.json`, declaring four types: PagerDuty, Datadog, VictorOps
/// with `routing` as its routing key, and a webhook with `secret`.
fn four_types_file(dir: &tempfile::TempDir, secret: &str, routing: &str) -> std::path::PathBuf {
    let file = dir.path().join("fleet.json");
    let v = json!({"integrations": {
        "PAGER_DUTY": {"serviceKey": "pd-key-0123456789"},
        "DATADOG": {"apiKey": "dd-key-0123456789"},
        "VICTOR_OPS": {"apiKey": "vo-key-0123456789", "routingKey": routing},
        "WEBHOOK": {"url": URL, "secret": secret},
    }});
    std::fs::write(&file, v.to_string()).unwrap();
    file
}

fn apply(sb: &Sandbox, file: &std::path::Path, extra: &[&str]) -> Vec<Value> {
    let out = sb
        .omi()
        .args(["--json", "apply", "--all-projects", "-f"])
        .arg(file)
        .args(extra)
        .assert()
        .success()
        .get_output()
        .clone();
    serde_json::from_slice::<Value>(&out.stdout)
        .unwrap()
        .as_array()
        .unwrap()
        .clone()
}

fn actions(rows: &[Value], action: &str) -> Vec<String> {
    rows.iter()
        .filter(|r| r["action"] == action)
        .map(|r| r["type"].as_str().unwrap_or("").to_string())
        .collect()
}

#[test]
fn a_rerun_writes_nothing_and_changes_are_written_on_both_shapes() {
    for shape in SHAPES {
        let sb = sandbox(shape, &["--projects", "3"]);
        let dir = tempfile::tempdir().unwrap();
        let file = four_types_file(&dir, SECRET, "routing-ops-1");
        let rows = apply(&sb, &file, &[]);
        assert_eq!(actions(&rows, "add").len(), 12, "{shape}: {rows:?}");
        let before = sb.access_log().len();

        // What the project holds: nothing is written again.
        let rows = apply(&sb, &file, &[]);
        let log = sb.access_log();
        assert!(
            writes(&log[before..]).is_empty(),
            "{shape}: rerun wrote {:?}",
            writes(&log[before..])
        );
        assert!(actions(&rows, "replace").is_empty(), "{shape}: {rows:?}");
        if shape == "recorded" {
            // Last-four masks and clear routing keys: everything verified.
            assert_eq!(actions(&rows, "unchanged").len(), 12, "{shape}: {rows:?}");
        } else {
            // `******` and `https://host/****` hide the webhook.
            assert_eq!(
                actions(&rows, "unverifiable"),
                ["WEBHOOK"; 3],
                "{shape}: {rows:?}"
            );
        }

        // A changed routing key is written (in clear on real servers, and
        // its last four differ on the documented shape).
        let file = four_types_file(&dir, SECRET, "routing-dev-22");
        let rows = apply(&sb, &file, &[]);
        assert_eq!(
            actions(&rows, "replace"),
            ["VICTOR_OPS"; 3],
            "{shape}: {rows:?}"
        );
        // A changed webhook secret is seen where the mask shows its end,
        // and replaced by --force where it cannot be seen.
        let file = four_types_file(&dir, "wh-secret-of-thirty-chars-9999", "routing-dev-22");
        let rows = apply(&sb, &file, &[]);
        if shape == "recorded" {
            assert_eq!(
                actions(&rows, "replace"),
                ["WEBHOOK"; 3],
                "{shape}: {rows:?}"
            );
        } else {
            assert_eq!(
                actions(&rows, "unverifiable"),
                ["WEBHOOK"; 3],
                "{shape}: {rows:?}"
            );
            let rows = apply(&sb, &file, &["--force"]);
            assert_eq!(actions(&rows, "replace").len(), 12, "{shape}: {rows:?}");
        }
    }
}

#[test]
fn types_omi_does_not_know_are_read_deleted_and_pruned_on_both_shapes() {
    for shape in SHAPES {
        let sb = sandbox(shape, &["--projects", "2", "--legacy-types", "FLOWDOCK"]);
        let body = r#"{"type":"FLOWDOCK","flowName":"alerts","apiToken":"fd-token-123456","orgName":"acme"}"#;
        let projects: Vec<String> = sb.call("GET", "/groups", None).json()["results"]
            .as_array()
            .unwrap()
            .iter()
            .map(|p| p["id"].as_str().unwrap().to_string())
            .collect();
        for p in &projects {
            let r = sb.call(
                "PUT",
                &format!("/groups/{p}/integrations/FLOWDOCK"),
                Some(body),
            );
            assert!(r.status < 300, "{shape}: {r:?}");
        }
        let p0 = &projects[0];
        sb.omi()
            .args(["get", "FLOWDOCK", "--project-id", p0])
            .assert()
            .success()
            .stdout(predicate::str::contains("flowName: **erts"))
            .stderr(predicate::str::contains("no field table for FLOWDOCK"));
        sb.omi()
            .args(["list", "--project-id", p0])
            .assert()
            .success()
            .stdout(predicate::str::contains("FLOWDOCK"));
        sb.omi()
            .args(["delete", "FLOWDOCK", "--yes", "--project-id", p0])
            .assert()
            .success();
        sb.omi()
            .args(["get", "FLOWDOCK", "--project-id", p0])
            .assert()
            .code(4);
        // --prune removes it from the other project; plain apply keeps it.
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("empty.json");
        std::fs::write(&file, r#"{"integrations": {}}"#).unwrap();
        let p1 = &projects[1];
        let kept = sb
            .omi()
            .args(["--json", "apply", "--project-id", p1, "-f"])
            .arg(&file)
            .assert()
            .success()
            .get_output()
            .stdout
            .clone();
        assert!(
            String::from_utf8_lossy(&kept).contains("\"unchanged\""),
            "{shape}"
        );
        sb.omi()
            .args(["apply", "--prune", "--yes", "--project-id", p1, "-f"])
            .arg(&file)
            .assert()
            .success();
        sb.omi()
            .args(["get", "FLOWDOCK", "--project-id", p1])
            .assert()
            .code(4);
    }
}

#[test]
fn single_use_nonces_cost_at_most_one_extra_exchange() {
    let sb = sandbox("recorded", &["--projects", "20"]);
    let dir = tempfile::tempdir().unwrap();
    let file = four_types_file(&dir, SECRET, "routing-ops-1");
    apply(&sb, &file, &["--concurrency", "8"]);
    let log = sb.access_log();
    let refused = log.iter().filter(|l| l.contains(" 401 ")).count();
    let answered = log.len() - refused;
    assert!(
        refused <= answered,
        "{refused} refusals for {answered} requests"
    );
    // Every command works too.
    sb.omi().args(["list"]).assert().success();
    sb.omi().args(["get", "pager-duty"]).assert().success();
    sb.omi()
        .args([
            "update",
            "victor-ops",
            "--api-key",
            "vo-key-9876543210",
            "--routing-key",
            "x",
        ])
        .assert()
        .success();
    sb.omi()
        .args(["delete", "victor-ops", "--yes"])
        .assert()
        .success();
    sb.omi()
        .args(["get", "victor-ops"])
        .assert()
        .code(4)
        .stderr(predicate::str::contains("RESOURCE_NOT_FOUND"));
}

#[test]
fn fields_the_table_lacks_are_sent_as_given_and_marked() {
    let sb = sandbox("recorded", &[]);
    sb.omi()
        .args([
            "--dry-run",
            "update",
            "datadog",
            "--api-key",
            "dd-key-0123456789",
        ])
        .args(["--field", "customEndpoint=https://dd.example.com"])
        .args(["--field", "sendDatabaseMetrics=true"])
        .assert()
        .success()
        .stdout(predicate::str::contains(
            r#""customEndpoint": "https://dd.example.com""#,
        ))
        .stdout(predicate::str::contains(r#""sendDatabaseMetrics": true"#))
        .stdout(predicate::str::contains(
            "# not in omi's field table, sent as given: customEndpoint, sendDatabaseMetrics",
        ))
        .stdout(predicate::str::contains("dd-key-0123456789").not());
    sb.omi()
        .args([
            "update",
            "datadog",
            "--api-key",
            "dd-key-0123456789",
            "--field",
            "apiKey=other",
        ])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("use --api-key"));
    assert!(sb.access_log().is_empty(), "nothing was sent");
}

/// A URL whose host the server rewrites (case, default port) converges,
/// and a `*` in a field that is no secret is part of its value: a
/// different value is a change, the same value is no change.
#[test]
fn rewritten_hosts_and_stars_in_public_fields_on_both_shapes() {
    for shape in SHAPES {
        let sb = sandbox(shape, &[]);
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("f.json");
        let write = |room: &str| {
            let v = json!({"integrations": {
                "WEBHOOK": {"url": "https://Hooks.Example.com:443/services/abcdefgh1234"},
                "MICROSOFT_TEAMS": {"microsoftTeamsWebhookUrl": "https://Outlook.Office.com/webhook/abc123def456"},
                "HIP_CHAT": {"notificationToken": "hc-token-0123456789", "roomName": room},
            }});
            std::fs::write(&file, v.to_string()).unwrap();
        };
        write("ops*team");
        let rows = apply(&sb, &file, &[]);
        assert_eq!(actions(&rows, "add").len(), 3, "{shape}: {rows:?}");
        let before = sb.access_log().len();
        let rows = apply(&sb, &file, &[]);
        assert!(
            writes(&sb.access_log()[before..]).is_empty(),
            "{shape}: a rerun wrote: {rows:?}"
        );
        assert!(actions(&rows, "replace").is_empty(), "{shape}: {rows:?}");

        write("ops-team");
        let rows = apply(&sb, &file, &["--dry-run"]);
        assert_eq!(actions(&rows, "replace"), ["HIP_CHAT"], "{shape}: {rows:?}");
        let hip = rows.iter().find(|r| r["type"] == "HIP_CHAT").unwrap();
        assert_eq!(hip["changed"], json!(["roomName"]), "{shape}: {hip}");
    }
}
