//! Fleets: organizations, project names and the endpoints that find them,
//! legacy integration types, restarts with `--state`, and the startup
//! checks around them.

use crate::util::sandbox::{Sandbox, SANDBOX};
use serde_json::{json, Value};
use std::process::Command;

fn results(v: &Value) -> Vec<Value> {
    v["results"].as_array().unwrap().clone()
}

#[test]
fn projects_are_spread_over_organizations_and_found_by_name() {
    let sb = Sandbox::start(&["--projects", "5", "--orgs", "2"]);
    let groups = sb.call("GET", "/groups", None).json();
    assert_eq!(groups["totalCount"], 5);
    let groups = results(&groups);
    for (i, g) in groups.iter().enumerate() {
        assert_eq!(g["name"], format!("Project {}", i + 1));
        assert_eq!(g["orgId"].as_str().unwrap().len(), 24);
        assert_eq!(g.as_object().unwrap().len(), 3, "{g}");
    }
    let orgs = sb.call("GET", "/orgs", None).json();
    assert_eq!(orgs["totalCount"], 2);
    let orgs = results(&orgs);
    assert_eq!(orgs[0]["name"], "Organization 1");
    assert_eq!(orgs[0].as_object().unwrap().len(), 2);
    // Round robin: projects 1, 3, 5 in the first org, 2 and 4 in the second.
    let first = orgs[0]["id"].as_str().unwrap();
    let second = orgs[1]["id"].as_str().unwrap();
    assert_ne!(first, second);
    let page = sb
        .call("GET", &format!("/orgs/{first}/groups?itemsPerPage=2"), None)
        .json();
    assert_eq!(page["totalCount"], 3);
    assert_eq!(results(&page), [groups[0].clone(), groups[2].clone()]);
    let rels: Vec<&str> = page["links"]
        .as_array()
        .unwrap()
        .iter()
        .map(|l| l["rel"].as_str().unwrap())
        .collect();
    assert_eq!(rels, ["self", "next"]);
    let page = sb
        .call(
            "GET",
            &format!("/orgs/{first}/groups?pageNum=2&itemsPerPage=2"),
            None,
        )
        .json();
    assert_eq!(results(&page), [groups[4].clone()]);
    let page = sb
        .call("GET", &format!("/orgs/{second}/groups"), None)
        .json();
    assert_eq!(results(&page), [groups[1].clone(), groups[3].clone()]);

    let r = sb.call("GET", "/groups/byName/Project%204", None);
    assert_eq!(r.status, 200);
    assert_eq!(r.json(), groups[3]);

    let r = sb.call("GET", "/groups/byName/Project%2099", None);
    assert_eq!(r.status, 404);
    assert_eq!(r.error_code(), "GROUP_NAME_NOT_FOUND");
    assert_eq!(r.json()["parameters"], json!(["Project 99"]));
    let r = sb.call("GET", "/orgs/0123456789abcdef01234567/groups", None);
    assert_eq!(r.status, 404);
    assert_eq!(r.error_code(), "ORG_NOT_FOUND");
    let r = sb.call("POST", "/orgs", Some("{}"));
    assert_eq!(r.status, 405);
}

#[test]
fn legacy_types_are_held_listed_and_deleted() {
    let sb = Sandbox::start(&["--legacy-types", "FLOWDOCK,OLD_CHAT"]);
    let r = sb.call("GET", &sb.integrations("/FLOWDOCK"), None);
    assert_eq!(r.error_code(), "INTEGRATION_NOT_CONFIGURED");
    let body = json!({"type": "FLOWDOCK", "flowName": "ops", "apiToken": "fd-1234567890",
                      "orgName": "acme", "anything": {"nested": "deep-secret"}});
    let r = sb.call(
        "PUT",
        &sb.integrations("/FLOWDOCK"),
        Some(&body.to_string()),
    );
    assert_eq!(r.status, 200, "{r:?}");
    assert!(!r.body.contains("1234567890") && !r.body.contains("deep-secret"));
    let pager = json!({"type": "PAGER_DUTY", "serviceKey": "1234567890"});
    sb.call(
        "PUT",
        &sb.integrations("/PAGER_DUTY"),
        Some(&pager.to_string()),
    );
    let list = sb.call("GET", &sb.integrations(""), None).json();
    let types: Vec<&str> = list["results"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v["type"].as_str().unwrap())
        .collect();
    assert_eq!(types, ["PAGER_DUTY", "FLOWDOCK"]);
    let got = sb.call("GET", &sb.integrations("/FLOWDOCK"), None).json();
    assert_eq!(
        got,
        json!({"type": "FLOWDOCK", "flowName": "***", "apiToken": "*********7890",
               "orgName": "****", "anything": {"nested": "*******cret"}})
    );
    // POST on an existing legacy type conflicts; type must match; body must
    // be an object.
    let r = sb.call(
        "POST",
        &sb.integrations("/FLOWDOCK"),
        Some(&body.to_string()),
    );
    assert_eq!(r.status, 409);
    let r = sb.call(
        "POST",
        &sb.integrations("/OLD_CHAT"),
        Some(r#"{"type":"FLOWDOCK"}"#),
    );
    assert_eq!(r.error_code(), "INVALID_ATTRIBUTE");
    let r = sb.call("POST", &sb.integrations("/OLD_CHAT"), Some("[1]"));
    assert_eq!(r.error_code(), "INVALID_JSON");
    let r = sb.call(
        "POST",
        &sb.integrations("/OLD_CHAT"),
        Some(r#"{"type":"OLD_CHAT"}"#),
    );
    assert_eq!(r.status, 200);
    assert_eq!(
        sb.call("DELETE", &sb.integrations("/FLOWDOCK"), None)
            .status,
        204
    );
    // Types not named stay unknown.
    let r = sb.call("GET", &sb.integrations("/HIPCHAT_V1"), None);
    assert_eq!(r.error_code(), "INVALID_ENUM_VALUE");
}

#[test]
fn legacy_type_names_are_checked() {
    for bad in ["flowdock", "SLACK", "FLOW-DOCK"] {
        let out = Command::new(SANDBOX)
            .args(["--legacy-types", bad])
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(2), "{bad}");
        assert!(String::from_utf8_lossy(&out.stderr).contains(bad));
    }
}

#[test]
fn restart_keeps_keys_projects_and_legacy_integrations() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("fleet.json");
    let state = file.to_str().unwrap();
    let args = [
        "--state",
        state,
        "--projects",
        "3",
        "--orgs",
        "2",
        "--legacy-types",
        "FLOWDOCK",
    ];
    let (keys, groups) = {
        let sb = Sandbox::start(&args);
        let r = sb.call(
            "PUT",
            &sb.integrations("/FLOWDOCK"),
            Some(r#"{"type":"FLOWDOCK","flowName":"ops-room"}"#),
        );
        assert_eq!(r.status, 200);
        let groups = sb.call("GET", "/groups", None).json();
        ((sb.public_key.clone(), sb.private_key.clone()), groups)
    };
    let sb = Sandbox::start(&args);
    assert_eq!((sb.public_key.clone(), sb.private_key.clone()), keys);
    // "At least 3": the same three, not three more.
    assert_eq!(sb.call("GET", "/groups", None).json(), groups);
    assert_eq!(sb.call("GET", "/orgs", None).json()["totalCount"], 2);
    let got = sb.call("GET", &sb.integrations("/FLOWDOCK"), None).json();
    assert_eq!(got["flowName"], "****room");
    drop(sb);
    // Without --legacy-types the file's FLOWDOCK is refused, by position.
    let out = Command::new(SANDBOX)
        .args(["--listen", "127.0.0.1:0", "--state", state])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("--legacy-types") && err.contains(state),
        "{err}"
    );
    // A larger N adds projects up to it.
    let sb = Sandbox::start(&[
        "--state",
        state,
        "--projects",
        "4",
        "--legacy-types",
        "FLOWDOCK",
    ]);
    let all = sb.call("GET", "/groups", None).json();
    assert_eq!(all["totalCount"], 4);
    assert_eq!(all["results"][3]["name"], "Project 4");
}

#[test]
fn corrupt_state_errors_name_the_place_never_the_values() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("state.json");
    let cases: [&str; 3] = [
        "{\"projects\": [{\"id\": \"hunter2-secret\", \"name\": \"n\",\n \"orgId\": \"aaaaaaaaaaaaaaaaaaaaaaaa\"}]}",
        "{\"keys\": {\"publicKey\": \"abc\", \"privateKey\": 7}, \"projects\": []}",
        "{\"projects\": []}\n{\"project\": \"hunter2-secret\", \"type\": \"SLACK\", \"integration\": null}",
    ];
    for text in cases {
        std::fs::write(&file, text).unwrap();
        let out = Command::new(SANDBOX)
            .args(["--listen", "127.0.0.1:0", "--state"])
            .arg(&file)
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(1), "{text}");
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(err.contains(file.to_str().unwrap()), "{err}");
        assert!(err.contains("line "), "{err}");
        assert!(!err.contains("hunter2") && !err.contains(": 7"), "{err}");
        assert_eq!(std::fs::read_to_string(&file).unwrap(), text);
    }
}

#[test]
fn fail_status_range_is_said_plainly() {
    let out = Command::new(SANDBOX)
        .args(["--fail-status", "600"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("400 to 599"), "{err}");
    assert!(!err.contains("400..600"), "{err}");
}

#[test]
fn ipv6_listen_prints_a_bracketed_url() {
    if std::net::TcpListener::bind("[::1]:0").is_err() {
        eprintln!("skipped: no IPv6 loopback here");
        return;
    }
    let out = Command::new(SANDBOX)
        .args(["--listen", "[::1]:0", "exec", "--", "sh", "-c"])
        .arg(
            "case \"$OMI_BASE_URL\" in http://\\[::1\\]:0) exit 9;; http://\\[::1\\]:*) ;; *) exit 8;; esac; \
             curl -gsS -o /dev/null -w '%{http_code}' --digest -u \"$OMI_PUBLIC_KEY:$OMI_PRIVATE_KEY\" \
               \"$OMI_BASE_URL/api/public/v1.0/groups\"",
        )
        .output()
        .unwrap();
    assert!(out.status.success(), "{out:?}");
    assert_eq!(String::from_utf8_lossy(&out.stdout), "200");
}
