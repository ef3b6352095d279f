//! The rotation drill against omi-sandbox in both shapes: `omi alerts`
//! finds nothing stale, `omi apply --alerts` carries a new PagerDuty key
//! into the alerts without sending a mask and names what it left, `omi
//! alerts --stale --exit-code` then finds exactly those; `omi alerts
//! test`, with and without the test endpoint; `update`'s count and
//! `update --alerts`.

use crate::util::sandbox::{statuses, Sandbox};
use serde_json::{json, Value};

// ---------------------------------------------------------------------
// The rotation drill, against omi-sandbox.
// ---------------------------------------------------------------------

const PD_OLD: &str = "pd-old-rotation-key-0001";
const PD_NEW: &str = "pd-new-rotation-key-0004";
const SLACK_TOKEN: &str = "xoxb-drill-slack-token-0002";
const OG_KEY: &str = "og-drill-opsgenie-key-0003";

fn project_ids(sb: &Sandbox) -> Vec<String> {
    let groups = sb.call("GET", "/groups?itemsPerPage=500", None).json();
    groups["results"]
        .as_array()
        .unwrap()
        .iter()
        .map(|g| g["id"].as_str().unwrap().to_string())
        .collect()
}

fn call_ok(sb: &Sandbox, method: &str, path: &str, body: &Value) -> Value {
    let r = sb.call(method, path, Some(&body.to_string()));
    assert!((200..300).contains(&r.status), "{method} {path}: {r:?}");
    r.json()
}

/// The three configurations of the drill, with real values, so the
/// sandbox's copies are the integrations' values.
fn drill_configs() -> [Value; 3] {
    let pd =
        json!({"typeName": "PAGER_DUTY", "serviceKey": PD_OLD, "intervalMin": 5, "delayMin": 0});
    [
        json!({"eventTypeName": "HOST_DOWN", "enabled": true, "matchers": [],
               "notifications": [pd, {"typeName": "EMAIL", "emailAddress": "ops@example.com", "intervalMin": 60, "delayMin": 0}]}),
        json!({"eventTypeName": "OUTSIDE_METRIC_THRESHOLD", "enabled": true,
               "matchers": [{"fieldName": "HOSTNAME", "operator": "CONTAINS", "value": "prod"}],
               "metricThreshold": {"metricName": "ASSERT_REGULAR", "operator": "GREATER_THAN", "threshold": 99.5, "units": "RAW", "mode": "AVERAGE"},
               "notifications": [pd, {"typeName": "SLACK", "apiToken": SLACK_TOKEN, "channelName": "#ops", "intervalMin": 5, "delayMin": 0}]}),
        json!({"eventTypeName": "HOST_DOWN", "enabled": false, "matchers": [],
               "notifications": [pd, {"typeName": "OPS_GENIE", "opsGenieApiKey": OG_KEY, "opsGenieRegion": "US", "intervalMin": 5, "delayMin": 0}]}),
    ]
}

/// A sandbox of `projects` projects, each with PagerDuty, Slack and
/// Opsgenie integrations and the three configurations; the ids of the
/// projects and, per project, of its configurations.
fn drill_sandbox(
    shape: &str,
    projects: usize,
    extra: &[&str],
) -> (Sandbox, Vec<(String, Vec<String>)>) {
    let n = projects.to_string();
    let mut args = vec!["--projects", &n, "--shape", shape, "--access-log"];
    args.extend_from_slice(extra);
    let sb = Sandbox::start(&args);
    let mut out = Vec::new();
    for id in project_ids(&sb) {
        let i = |t: &str| format!("/groups/{id}/integrations/{t}");
        call_ok(
            &sb,
            "PUT",
            &i("PAGER_DUTY"),
            &json!({"type": "PAGER_DUTY", "serviceKey": PD_OLD}),
        );
        call_ok(
            &sb,
            "PUT",
            &i("SLACK"),
            &json!({"type": "SLACK", "apiToken": SLACK_TOKEN, "teamName": "T", "channelName": "#alerts"}),
        );
        call_ok(
            &sb,
            "PUT",
            &i("OPS_GENIE"),
            &json!({"type": "OPS_GENIE", "apiKey": OG_KEY, "region": "US"}),
        );
        let configs = drill_configs()
            .iter()
            .map(|c| {
                let created = call_ok(&sb, "POST", &format!("/groups/{id}/alertConfigs"), c);
                created["id"].as_str().unwrap().to_string()
            })
            .collect();
        out.push((id, configs));
    }
    (sb, out)
}

fn apply_file(dir: &std::path::Path) -> std::path::PathBuf {
    let file = dir.join("fleet.json");
    std::fs::write(
        &file,
        json!({"integrations": {
            "PAGER_DUTY": {"serviceKey": {"env": "PD_NEW"}},
            "SLACK": {"apiToken": {"env": "SLACK_TOKEN"}, "teamName": "T", "channelName": "#alerts"}
        }})
        .to_string(),
    )
    .unwrap();
    file
}

/// Every notification the sandbox holds for a project, as returned.
fn notifications(sb: &Sandbox, project: &str) -> Vec<(String, Value)> {
    let page = sb
        .call(
            "GET",
            &format!("/groups/{project}/alertConfigs?itemsPerPage=500"),
            None,
        )
        .json();
    page["results"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|c| {
            let id = c["id"].as_str().unwrap().to_string();
            c["notifications"]
                .as_array()
                .unwrap()
                .iter()
                .map(move |n| (id.clone(), n.clone()))
                .collect::<Vec<_>>()
        })
        .collect()
}

fn drill(shape: &str) {
    let (sb, projects) = drill_sandbox(shape, 50, &[]);
    let dir = tempfile::tempdir().unwrap();
    let file = apply_file(dir.path());
    // Nothing stale before the rotation.
    let before: Value = serde_json::from_slice(
        &sb.omi()
            .args([
                "alerts",
                "--all-projects",
                "--stale",
                "--exit-code",
                "--json",
            ])
            .assert()
            .success()
            .get_output()
            .stdout,
    )
    .unwrap();
    assert_eq!(before, json!([]), "{shape}");
    let all: Value = sb.omi_json(&["alerts", "--all-projects", "--json"]);
    assert_eq!(all.as_array().unwrap().len(), 50 * 5, "{shape}");
    assert!(
        all.as_array()
            .unwrap()
            .iter()
            .all(|r| r["state"] == "current"),
        "{shape}: {all}"
    );
    let seen = sb.access_log().len();
    // The rotation.
    let out = sb
        .omi()
        .env("PD_NEW", PD_NEW)
        .env("SLACK_TOKEN", SLACK_TOKEN)
        .args(["apply", "--all-projects", "--alerts", "--json", "-f"])
        .arg(&file)
        .assert()
        .code(8)
        .get_output()
        .clone();
    let rows: Value = serde_json::from_slice(&out.stdout).unwrap();
    let rows = rows.as_array().unwrap();
    let count = |f: &dyn Fn(&Value) -> bool| rows.iter().filter(|r| f(r)).count();
    assert_eq!(
        count(&|r| r["type"] == "PAGER_DUTY" && r["action"] == "replace" && r["result"] == "done"),
        50
    );
    assert_eq!(
        count(&|r| r["type"] == "SLACK" && r["action"] == "unchanged"),
        50
    );
    assert_eq!(
        count(&|r| r["action"] == "rewrite" && r["result"] == "done"),
        100,
        "{shape}"
    );
    assert_eq!(count(&|r| r["action"] == "leave"), 50, "{shape}");
    for (project, configs) in &projects {
        let mine =
            |r: &&Value| r["projectId"] == project.as_str() && r["alertConfigId"].is_string();
        let mut rewritten: Vec<&str> = rows
            .iter()
            .filter(mine)
            .filter(|r| r["action"] == "rewrite")
            .map(|r| r["alertConfigId"].as_str().unwrap())
            .collect();
        rewritten.sort();
        let mut first_two = vec![configs[0].as_str(), configs[1].as_str()];
        first_two.sort();
        assert_eq!(rewritten, first_two, "{shape} {project}");
        let left: Vec<&Value> = rows
            .iter()
            .filter(mine)
            .filter(|r| r["action"] == "leave")
            .collect();
        assert_eq!(left.len(), 1);
        assert_eq!(left[0]["alertConfigId"], configs[2].as_str());
        let named = left[0]["changed"][0].as_str().unwrap();
        assert!(
            named.starts_with("OPS_GENIE notification ")
                && named.ends_with("opsGenieApiKey (masked)"),
            "{named}"
        );
    }
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("50 alert configurations are left on the old key"),
        "{stderr}"
    );
    assert!(
        !stderr.contains(PD_NEW) && !stderr.contains(SLACK_TOKEN),
        "{stderr}"
    );
    // No masked value was sent: the sandbox refuses one with 400, and
    // none was refused; 50 integration and 100 configuration writes.
    let log = sb.access_log();
    let run = &log[seen..];
    assert!(statuses(run).iter().all(|s| *s != 400), "{run:?}");
    let puts = |what: &str| {
        run.iter()
            .filter(|l| l.starts_with("PUT ") && l.contains(what) && !l.contains(" 401 "))
            .count()
    };
    assert_eq!(puts("/integrations/PAGER_DUTY"), 50);
    assert_eq!(puts("/alertConfigs/"), 100);
    // What the sandbox holds: the first two on the new key, the channel
    // and the Slack token as they were; the third on the old key.
    let (project, configs) = &projects[7];
    for (config, n) in notifications(&sb, project) {
        let key = n["serviceKey"].as_str();
        match (n["typeName"].as_str().unwrap(), config == configs[2]) {
            ("PAGER_DUTY", false) => assert!(key.unwrap().ends_with("0004"), "{n}"),
            ("PAGER_DUTY", true) => assert!(key.unwrap().ends_with("0001"), "{n}"),
            ("SLACK", _) => {
                assert!(n["apiToken"].as_str().unwrap().ends_with("0002"), "{n}");
                assert_eq!(n["channelName"], "#ops");
            }
            ("OPS_GENIE", _) => assert!(n["opsGenieApiKey"].as_str().unwrap().ends_with("0003")),
            ("EMAIL", _) => assert_eq!(n["emailAddress"], "ops@example.com"),
            other => panic!("{other:?}"),
        }
    }
    // Exactly the 50 left configurations are stale now, exit 7.
    let out = sb
        .omi()
        .args([
            "alerts",
            "--all-projects",
            "--stale",
            "--exit-code",
            "--json",
        ])
        .assert()
        .code(7)
        .get_output()
        .clone();
    let stale: Value = serde_json::from_slice(&out.stdout).unwrap();
    let mut got: Vec<(String, String)> = stale
        .as_array()
        .unwrap()
        .iter()
        .map(|r| {
            assert_eq!(
                (&r["notificationType"], &r["state"]),
                (&json!("PAGER_DUTY"), &json!("stale"))
            );
            (
                r["projectId"].as_str().unwrap().to_string(),
                r["alertConfigId"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    got.sort();
    let mut want: Vec<(String, String)> = projects
        .iter()
        .map(|(p, c)| (p.clone(), c[2].clone()))
        .collect();
    want.sort();
    assert_eq!(got, want, "{shape}");
    // A rerun changes nothing: the integrations are unchanged.
    let rerun = sb
        .omi()
        .env("PD_NEW", PD_NEW)
        .env("SLACK_TOKEN", SLACK_TOKEN)
        .args(["apply", "--all-projects", "--alerts", "--json", "-f"])
        .arg(&file)
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let rerun: Value = serde_json::from_slice(&rerun).unwrap();
    assert!(
        rerun
            .as_array()
            .unwrap()
            .iter()
            .all(|r| r["action"] == "unchanged"),
        "{rerun}"
    );
}

#[test]
fn the_rotation_drill_documented() {
    drill("documented");
}

#[test]
fn the_rotation_drill_recorded() {
    drill("recorded");
}

#[test]
fn tests_of_notifications_and_a_server_without_the_endpoint() {
    let (sb, projects) = drill_sandbox("recorded", 2, &[]);
    let (project, configs) = &projects[0];
    let rows: Value = sb.omi_json(&["alerts", "test", "--project-id", project, "--json"]);
    let rows = rows.as_array().unwrap();
    assert_eq!(rows.len(), 5, "{rows:?}");
    for r in rows {
        assert_eq!(
            (&r["result"], &r["success"]),
            (&json!("sent"), &json!(true)),
            "{r}"
        );
        assert!(r["destination"].is_string(), "{r}");
        assert!(!r.to_string().contains(PD_OLD) && !r.to_string().contains(SLACK_TOKEN));
    }
    // Selected by configuration and type.
    let one: Value = sb.omi_json(&[
        "alerts",
        "test",
        "--project-id",
        project,
        "--alert-config",
        &configs[1],
        "--type",
        "slack",
        "--json",
    ]);
    assert_eq!(one.as_array().unwrap().len(), 1);
    assert_eq!(one[0]["notificationType"], "SLACK");
    let log = sb.access_log();
    let tests: Vec<&String> = log
        .iter()
        .filter(|l| l.starts_with("POST ") && l.contains("/test ") && !l.contains(" 401 "))
        .collect();
    // One each, answered once (the recorded shape's nonces answer one
    // request each: every request is challenged first).
    assert_eq!(tests.len(), 6, "{tests:#?}");

    let (old, _) = drill_sandbox("documented", 1, &["--no-notification-test"]);
    let out = old
        .omi()
        .args(["alerts", "test", "--all-projects"])
        .assert()
        .code(4)
        .get_output()
        .clone();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
    assert!(stderr.contains("no notification test endpoint"), "{stderr}");
    let answered = old
        .access_log()
        .iter()
        .filter(|l| l.starts_with("POST ") && l.contains("/test ") && !l.contains(" 401 "))
        .count();
    assert_eq!(answered, 1);
}

#[test]
fn update_counts_what_it_leaves_and_carries_with_alerts() {
    let (sb, projects) = drill_sandbox("documented", 1, &[]);
    let (project, configs) = &projects[0];
    // A fourth configuration on another PagerDuty key.
    let other = json!({"eventTypeName": "HOST_DOWN", "enabled": true, "matchers": [],
                       "notifications": [{"typeName": "PAGER_DUTY", "serviceKey": "pd-another-team-key-0009", "intervalMin": 5, "delayMin": 0}]});
    let fourth = call_ok(
        &sb,
        "POST",
        &format!("/groups/{project}/alertConfigs"),
        &other,
    )["id"]
        .as_str()
        .unwrap()
        .to_string();
    // Without --alerts: the count, not the general caution.
    let out = sb
        .omi()
        .args([
            "update",
            "pager-duty",
            "--service-key",
            PD_NEW,
            "--project-id",
            project,
        ])
        .assert()
        .success()
        .get_output()
        .clone();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains(&format!(
            "4 alert configurations of project {project} still use another PagerDuty key"
        )),
        "{stderr}"
    );
    assert!(
        !stderr.contains("until their notifications are removed and re-added"),
        "{stderr}"
    );
    // Back to the old key, then a dry run of the rotation: nothing written.
    sb.omi()
        .args([
            "update",
            "pager-duty",
            "--service-key",
            PD_OLD,
            "--project-id",
            project,
        ])
        .assert()
        .success();
    let seen = sb.access_log().len();
    let out = sb
        .omi()
        .args([
            "update",
            "pager-duty",
            "--service-key",
            PD_NEW,
            "--project-id",
            project,
            "--alerts",
            "--dry-run",
        ])
        .assert()
        .success()
        .get_output()
        .clone();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains(&format!("Would rewrite alert configuration {}", configs[0])),
        "{stderr}"
    );
    assert!(
        stderr.contains("Alert configurations: 1 to rewrite, 2 left on the old key"),
        "{stderr}"
    );
    assert!(!stderr.contains(PD_NEW), "{stderr}");
    assert!(sb.access_log()[seen..]
        .iter()
        .all(|l| l.starts_with("GET ")));
    // --alerts: only the PagerDuty key is declared, so the configurations
    // with Slack and Opsgenie keys are left; the other team's is not ours.
    let out = sb
        .omi()
        .args([
            "update",
            "pager-duty",
            "--service-key",
            PD_NEW,
            "--project-id",
            project,
            "--alerts",
        ])
        .assert()
        .code(8)
        .get_output()
        .clone();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains(
            "Alert configurations: 1 rewritten, 2 left on the old key, 0 unverifiable, 0 failed."
        ),
        "{stderr}"
    );
    for left in [&configs[1], &configs[2]] {
        assert!(
            stderr.contains(&format!("Left alert configuration {left} on the old key")),
            "{stderr}"
        );
    }
    assert!(!stderr.contains(&fourth), "{stderr}");
    // --alerts=all takes the other team's too.
    let out = sb
        .omi()
        .args([
            "update",
            "pager-duty",
            "--service-key",
            PD_NEW,
            "--project-id",
            project,
            "--alerts=all",
        ])
        .assert()
        .code(8)
        .get_output()
        .clone();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains(&format!("Rewrote alert configuration {fourth}")),
        "{stderr}"
    );
    let keys: Vec<String> = notifications(&sb, project)
        .into_iter()
        .filter(|(_, n)| n["typeName"] == "PAGER_DUTY")
        .map(|(c, n)| format!("{c} {}", n["serviceKey"].as_str().unwrap()))
        .collect();
    assert_eq!(
        keys.iter().filter(|k| k.ends_with("0004")).count(),
        2,
        "{keys:?}"
    );
}
