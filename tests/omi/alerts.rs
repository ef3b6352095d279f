//! `omi alerts`, `omi alerts test` and carrying a rotation through the
//! alerts (`update --alerts`, `apply --alerts`) against servers that
//! misbehave: odd masks, no alert configurations, no test endpoint,
//! echoed secrets. The drill against omi-sandbox is tests/alerts_drill.rs.

use crate::util::hostile::{hostile_seeing, omi, respond, Seen};
use serde_json::{json, Value};
use std::net::TcpStream;

/// The project every hostile run targets (`util::hostile::omi`).
const P: &str = "5e2211c17a3e5a48f5497de3";

fn json_ok(s: &mut TcpStream, body: &Value) {
    respond(
        s,
        "200 OK",
        "Content-Type: application/json\r\n",
        body.to_string().as_bytes(),
    );
}

fn not_found(s: &mut TcpStream) {
    respond(
        s,
        "404 Not Found",
        "Content-Type: application/json\r\n",
        br#"{"detail":"Not found.","error":404,"errorCode":"RESOURCE_NOT_FOUND","parameters":[],"reason":"Not Found"}"#,
    );
}

fn page(items: &[Value]) -> Value {
    json!({"links": [], "results": items, "totalCount": items.len()})
}

/// The request's path without its query.
fn path(seen: &Seen) -> &str {
    seen.path.split('?').next().unwrap_or("")
}

fn body_of(seen: &Seen) -> Value {
    serde_json::from_slice(&seen.body).expect("a JSON body")
}

/// Every string in a JSON value.
fn strings(v: &Value, out: &mut Vec<String>) {
    match v {
        Value::String(s) => out.push(s.clone()),
        Value::Array(items) => items.iter().for_each(|i| strings(i, out)),
        Value::Object(o) => o.values().for_each(|i| strings(i, out)),
        _ => {}
    }
}

fn config(id: &str, notifications: Value) -> Value {
    json!({
        "id": id, "groupId": P, "eventTypeName": "HOST_DOWN", "enabled": true,
        "created": "2024-01-01T00:00:00Z", "updated": "2024-01-02T00:00:00Z",
        "links": [{"href": format!("https://om.example.com/api/public/v1.0/groups/{P}/alertConfigs/{id}"), "rel": "self"}],
        "matchers": [{"fieldName": "HOSTNAME", "operator": "CONTAINS", "value": "prod*"}],
        "threshold": {"operator": "GREATER_THAN", "threshold": 1, "units": "RAW"},
        "notifications": notifications,
    })
}

const OLD_MASK: &str = "**************0001";
const NEW_KEY: &str = "pd-new-secret-0002";

fn pd(id: &str, key: &str) -> Value {
    json!({"typeName": "PAGER_DUTY", "id": id, "serviceKey": key, "intervalMin": 5, "delayMin": 0})
}

/// Configurations whose notifications come back with masks omi has never
/// seen: only the first may be written, and nothing masked may be sent.
fn odd_configs() -> Vec<Value> {
    vec![
        config(
            "5e2211c17a3e5a48f5497a01",
            json!([pd("5e2211c17a3e5a48f5497b01", OLD_MASK),
                   {"typeName": "EMAIL", "emailAddress": "ops@example.com", "intervalMin": 60, "delayMin": 0}]),
        ),
        config(
            "5e2211c17a3e5a48f5497a02",
            json!([pd("5e2211c17a3e5a48f5497b02", OLD_MASK),
                   {"typeName": "SLACK", "id": "5e2211c17a3e5a48f5497c02", "apiToken": "xo**********2b", "channelName": "#ops"}]),
        ),
        config(
            "5e2211c17a3e5a48f5497a03",
            json!([pd("5e2211c17a3e5a48f5497b03", OLD_MASK),
                   {"typeName": "SOMETHING_NEW", "id": "5e2211c17a3e5a48f5497c03", "token": "****"}]),
        ),
        config(
            "5e2211c17a3e5a48f5497a04",
            json!([pd("5e2211c17a3e5a48f5497b04", "pd-o**********0001"),
                   {"typeName": "EMAIL", "emailAddress": "o***@example.com"}]),
        ),
        config(
            "5e2211c17a3e5a48f5497a05",
            json!([pd("5e2211c17a3e5a48f5497b05", "********")]),
        ),
    ]
}

#[test]
fn a_masked_value_is_never_sent_back_whatever_masks_the_server_returns() {
    let configs = odd_configs();
    let served = configs.clone();
    let server = hostile_seeing(move |s, seen, _| match (seen.method.as_str(), path(seen)) {
        ("GET", p) if p.ends_with("/integrations/PAGER_DUTY") => json_ok(
            s,
            &json!({"type": "PAGER_DUTY", "serviceKey": OLD_MASK, "region": "US"}),
        ),
        ("PUT", p) if p.ends_with("/integrations/PAGER_DUTY") => json_ok(
            s,
            &page(&[json!({"type": "PAGER_DUTY", "serviceKey": "**************0002"})]),
        ),
        ("GET", p) if p.ends_with("/alertConfigs") => json_ok(s, &page(&served)),
        // Echoes what it was sent, new key and all.
        ("PUT", p) if p.contains("/alertConfigs/") => json_ok(s, &body_of(seen)),
        _ => not_found(s),
    });
    let out = omi(&server.url)
        .args(["update", "pager-duty", "--service-key", NEW_KEY, "--alerts"])
        .assert()
        .code(8)
        .get_output()
        .clone();
    let (stdout, stderr) = (
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr),
    );
    assert!(
        !stdout.contains(NEW_KEY) && !stderr.contains(NEW_KEY),
        "{stdout}{stderr}"
    );
    let puts: Vec<Seen> = server
        .seen()
        .into_iter()
        .filter(|r| r.method == "PUT" && r.path.contains("/alertConfigs/"))
        .collect();
    assert_eq!(
        puts.len(),
        1,
        "only the first configuration can be written: {stderr}"
    );
    assert_eq!(
        path(&puts[0]),
        format!("/api/public/v1.0/groups/{P}/alertConfigs/5e2211c17a3e5a48f5497a01")
    );
    // Field by field, the configuration as read but for the one key.
    let sent = body_of(&puts[0]);
    let read = &configs[0];
    for (k, v) in read.as_object().unwrap() {
        if k != "notifications" {
            assert_eq!(&sent[k], v, "{k}");
        }
    }
    assert_eq!(
        sent.as_object().unwrap().len(),
        read.as_object().unwrap().len()
    );
    assert_eq!(sent["notifications"][1], read["notifications"][1]);
    let mut expected = read["notifications"][0].clone();
    expected["serviceKey"] = json!(NEW_KEY);
    assert_eq!(sent["notifications"][0], expected);
    let mut values = Vec::new();
    strings(&sent["notifications"], &mut values);
    assert!(values.iter().all(|v| !v.contains('*')), "{values:?}");
    // The others are named, with the field that holds a mask.
    for (id, what) in [
        (
            "5e2211c17a3e5a48f5497a02",
            "SLACK notification 5e2211c17a3e5a48f5497c02 apiToken",
        ),
        (
            "5e2211c17a3e5a48f5497a03",
            "SOMETHING_NEW notification 5e2211c17a3e5a48f5497c03 token",
        ),
        (
            "5e2211c17a3e5a48f5497a04",
            "EMAIL notification #2 emailAddress",
        ),
    ] {
        let line = stderr
            .lines()
            .find(|l| l.contains(id))
            .unwrap_or_else(|| panic!("{id} not named: {stderr}"));
        assert!(
            line.starts_with("Left alert configuration") && line.contains(what),
            "{line}"
        );
    }
    let unverified = stderr
        .lines()
        .find(|l| l.contains("5e2211c17a3e5a48f5497a05"))
        .unwrap();
    assert!(
        unverified.contains("shows too little to tell"),
        "{unverified}"
    );
    assert!(
        stderr.contains(
            "Alert configurations: 1 rewritten, 3 left on the old key, 1 unverifiable, 0 failed."
        ),
        "{stderr}"
    );
}

/// A server that has integrations but no alert configurations endpoint
/// (404 to it, as for an unknown path).
fn without_alert_configs() -> crate::util::hostile::Hostile {
    hostile_seeing(|s, seen, _| match (seen.method.as_str(), path(seen)) {
        ("GET", p) if p.ends_with("/integrations") => json_ok(
            s,
            &page(&[json!({"type": "PAGER_DUTY", "serviceKey": OLD_MASK})]),
        ),
        ("GET", p) if p.ends_with("/integrations/PAGER_DUTY") => {
            json_ok(s, &json!({"type": "PAGER_DUTY", "serviceKey": OLD_MASK}))
        }
        ("PUT", p) if p.ends_with("/integrations/PAGER_DUTY") => json_ok(
            s,
            &page(&[json!({"type": "PAGER_DUTY", "serviceKey": "**************0002"})]),
        ),
        _ => not_found(s),
    })
}

#[test]
fn a_server_without_alert_configurations() {
    let server = without_alert_configs();
    // omi alerts: the project's row says why, exit 4.
    let out = omi(&server.url)
        .args(["alerts"])
        .assert()
        .code(4)
        .get_output()
        .clone();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(stdout.contains(P) && stdout.contains("404"), "{stdout}");
    let rows: Value = serde_json::from_slice(
        &omi(&server.url)
            .args(["alerts", "--json"])
            .assert()
            .code(4)
            .get_output()
            .stdout,
    )
    .unwrap();
    assert_eq!(rows.as_array().unwrap().len(), 1);
    assert_eq!(rows[0]["projectId"], P);
    assert!(rows[0]["error"].as_str().unwrap().contains("404"), "{rows}");
    // A rotation without --alerts cannot count: the general caution.
    let out = omi(&server.url)
        .args(["update", "pager-duty", "--service-key", NEW_KEY])
        .assert()
        .success()
        .get_output()
        .clone();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains(
            "they keep the previous key until their notifications are removed and re-added"
        ),
        "{stderr}"
    );
    // Under -q the count would not be shown: it is not read.
    let before = server.count();
    omi(&server.url)
        .args(["-q", "update", "pager-duty", "--service-key", NEW_KEY])
        .assert()
        .success();
    let quiet: Vec<String> = server.seen()[before..]
        .iter()
        .map(|r| format!("{} {}", r.method, path(r)))
        .collect();
    assert!(
        quiet.iter().all(|r| !r.contains("alertConfigs")),
        "{quiet:?}"
    );
    // With --alerts: written, then the failure to read the alerts, exit 4.
    let writes_before = server.seen().iter().filter(|r| r.method == "PUT").count();
    let out = omi(&server.url)
        .args(["update", "pager-duty", "--service-key", NEW_KEY, "--alerts"])
        .assert()
        .code(4)
        .get_output()
        .clone();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains(
            "the PagerDuty integration was written, but the alert configurations cannot be read"
        ),
        "{stderr}"
    );
    let writes = server.seen().iter().filter(|r| r.method == "PUT").count();
    assert_eq!(writes - writes_before, 1, "the integration only");
}

#[test]
fn a_server_without_the_test_endpoint_is_said_once() {
    let configs: Vec<Value> = (1..=3)
        .map(|i| {
            config(
                &format!("5e2211c17a3e5a48f5497a0{i}"),
                json!([pd(&format!("5e2211c17a3e5a48f5497b0{i}"), OLD_MASK)]),
            )
        })
        .collect();
    let server = hostile_seeing(move |s, seen, _| match (seen.method.as_str(), path(seen)) {
        ("GET", p) if p.ends_with("/integrations") => json_ok(
            s,
            &page(&[json!({"type": "PAGER_DUTY", "serviceKey": OLD_MASK})]),
        ),
        ("GET", p) if p.ends_with("/alertConfigs") => json_ok(s, &page(&configs)),
        _ => not_found(s),
    });
    let out = omi(&server.url)
        .args(["alerts", "test"])
        .assert()
        .code(4)
        .get_output()
        .clone();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
    assert!(stderr.contains("no notification test endpoint"), "{stderr}");
    assert!(out.stdout.is_empty());
    let posts = server.seen().iter().filter(|r| r.method == "POST").count();
    assert_eq!(posts, 1, "one test, then nothing more");
}

#[test]
fn a_key_a_server_returns_in_clear_is_never_shown() {
    let clear = "pd-clear-secret-0001";
    let server = hostile_seeing(move |s, seen, _| match (seen.method.as_str(), path(seen)) {
        ("GET", p) if p.ends_with("/integrations") => json_ok(
            s,
            &page(&[json!({"type": "PAGER_DUTY", "serviceKey": clear})]),
        ),
        ("GET", p) if p.ends_with("/alertConfigs") => json_ok(
            s,
            &page(&[config(
                "5e2211c17a3e5a48f5497a01",
                json!([pd("5e2211c17a3e5a48f5497b01", clear)]),
            )]),
        ),
        _ => not_found(s),
    });
    for args in [&["alerts"][..], &["alerts", "--json"]] {
        let out = omi(&server.url)
            .args(args)
            .assert()
            .success()
            .get_output()
            .clone();
        let all = format!(
            "{}{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        );
        assert!(!all.contains("pd-clear-secret"), "{all}");
        assert!(
            all.contains("****************0001") && all.contains("current"),
            "{all}"
        );
    }
}

#[test]
fn secrets_a_server_echoes_in_an_error_are_never_shown() {
    let slack_token = "xoxb-slack-secret-0003";
    let configs = vec![config(
        "5e2211c17a3e5a48f5497a01",
        json!([pd("5e2211c17a3e5a48f5497b01", OLD_MASK),
               {"typeName": "SLACK", "id": "5e2211c17a3e5a48f5497c01", "apiToken": "******************0003", "channelName": "#ops"}]),
    )];
    let server = hostile_seeing(move |s, seen, _| match (seen.method.as_str(), path(seen)) {
        ("GET", p) if p.ends_with("/integrations") => json_ok(
            s,
            &page(&[
                json!({"type": "PAGER_DUTY", "serviceKey": OLD_MASK}),
                json!({"type": "SLACK", "apiToken": "******************0003", "teamName": "T", "channelName": "#alerts"}),
            ]),
        ),
        ("PUT", p) if p.ends_with("/integrations/PAGER_DUTY") => json_ok(
            s,
            &page(&[json!({"type": "PAGER_DUTY", "serviceKey": "**************0002"})]),
        ),
        ("GET", p) if p.ends_with("/alertConfigs") => json_ok(s, &page(&configs)),
        ("PUT", p) if p.contains("/alertConfigs/") => {
            let echoed = String::from_utf8_lossy(&seen.body).replace('"', "'");
            let body = json!({"detail": format!("bad body {echoed}"), "error": 400,
                              "errorCode": "INVALID_ATTRIBUTE", "reason": "Bad Request"});
            respond(
                s,
                "400 Bad Request",
                "Content-Type: application/json\r\n",
                body.to_string().as_bytes(),
            );
        }
        _ => not_found(s),
    });
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("fleet.json");
    std::fs::write(
        &file,
        json!({"alerts": "matching", "integrations": {
            "PAGER_DUTY": {"serviceKey": {"env": "PD_NEW"}},
            "SLACK": {"apiToken": {"env": "SLACK_TOKEN"}, "teamName": "T", "channelName": "#alerts"}
        }})
        .to_string(),
    )
    .unwrap();
    for json in [false, true] {
        let mut cmd = omi(&server.url);
        cmd.env("PD_NEW", NEW_KEY)
            .env("SLACK_TOKEN", slack_token)
            .args(["apply", "--all-rows", "-f"])
            .arg(&file);
        if json {
            cmd.arg("--json");
        }
        let out = cmd.assert().code(4).get_output().clone();
        let all = format!(
            "{}{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        );
        assert!(
            !all.contains(slack_token) && !all.contains(NEW_KEY),
            "{all}"
        );
        assert!(all.contains("INVALID_ATTRIBUTE"), "{all}");
    }
    // The PUT did carry both secrets: the token was supplied because its
    // mask fits the notification's.
    let put = server
        .seen()
        .into_iter()
        .find(|r| r.method == "PUT" && r.path.contains("/alertConfigs/"))
        .unwrap();
    let sent = body_of(&put);
    assert_eq!(sent["notifications"][0]["serviceKey"], NEW_KEY);
    assert_eq!(sent["notifications"][1]["apiToken"], slack_token);
    assert_eq!(sent["notifications"][1]["channelName"], "#ops");
}

#[test]
fn selection_flags_are_checked() {
    let server = without_alert_configs();
    for (args, says) in [
        (
            &["alerts", "--type", "prometheus"][..],
            "has no alert notification",
        ),
        (
            &["alerts", "test", "--alert-config", "nope"],
            "--alert-config 'nope' is not 24 hex",
        ),
        (
            &["alerts", "--exit-code", "test"],
            "`omi alerts test` does not take --exit-code",
        ),
        (&["alerts", "--dry-run"], "unexpected argument '--dry-run'"),
        (
            &["update", "prometheus", "--alerts"],
            "unexpected argument '--alerts'",
        ),
        (
            &[
                "update",
                "pager-duty",
                "--service-key",
                "k",
                "--alerts=some",
            ],
            "invalid value 'some'",
        ),
    ] {
        let out = omi(&server.url)
            .args(args)
            .assert()
            .code(2)
            .get_output()
            .clone();
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(stderr.contains(says), "{args:?}: {stderr}");
    }
    assert_eq!(server.count(), 0, "nothing is sent for a usage error");
}
