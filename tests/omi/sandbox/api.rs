//! The integrations endpoints: validation (every row of the error table),
//! redaction of every secret field, list pages, PUT/DELETE, envelope and
//! pretty, state persistence.

use crate::util::api::{get_one, post, put, send, Resp};
use crate::util::sandbox::{Sandbox, SANDBOX};
use serde_json::{json, Value};

/// Asserts a plain error body with this status, code and parameters.
fn assert_error(r: &Resp, status: u16, code: &str, params: &[&str]) {
    assert_eq!(r.status, status, "{r:?}");
    let v = r.json();
    assert_eq!(v["errorCode"], code, "{v}");
    assert_eq!(v["error"], status);
    assert_eq!(v["parameters"], json!(params), "{v}");
    assert!(v["detail"].as_str().is_some_and(|d| !d.is_empty()));
    let reason = v["reason"].as_str().unwrap();
    assert!(!reason.is_empty() && reason != "Error", "{v}");
    assert_eq!(
        r.header("content-type").as_deref(),
        Some("application/json")
    );
}

fn prometheus() -> Value {
    json!({"type": "PROMETHEUS", "username": "prom", "password": "hunter2hunter2",
           "listenAddress": "0.0.0.0:9216", "serviceDiscovery": "http",
           "scheme": "http", "enabled": true})
}

#[test]
fn missing_attribute() {
    let sb = Sandbox::start(&[]);
    let r = post(&sb, "PAGER_DUTY", &json!({"type": "PAGER_DUTY"}));
    assert_error(&r, 400, "MISSING_ATTRIBUTE", &["serviceKey"]);
    assert_eq!(
        r.json()["detail"],
        "The required attribute serviceKey was not specified."
    );
    assert_eq!(r.json()["reason"], "Bad Request");
    let r = post(&sb, "PAGER_DUTY", &json!({"serviceKey": "abc"}));
    assert_error(&r, 400, "MISSING_ATTRIBUTE", &["type"]);
}

#[test]
fn unknown_attribute_and_wrong_type_are_invalid() {
    let sb = Sandbox::start(&[]);
    let r = post(
        &sb,
        "PAGER_DUTY",
        &json!({"type": "PAGER_DUTY", "serviceKey": "k", "servicekey": "k"}),
    );
    assert_error(&r, 400, "INVALID_ATTRIBUTE", &["servicekey"]);
    let mut body = prometheus();
    body["enabled"] = json!("yes");
    assert_error(
        &put(&sb, "PROMETHEUS", &body),
        400,
        "INVALID_ATTRIBUTE",
        &["enabled"],
    );
    let r = post(
        &sb,
        "PAGER_DUTY",
        &json!({"type": "PAGER_DUTY", "serviceKey": 12345678}),
    );
    assert_error(&r, 400, "INVALID_ATTRIBUTE", &["serviceKey"]);
}

#[test]
fn type_must_match_the_path() {
    let sb = Sandbox::start(&[]);
    let r = post(
        &sb,
        "PAGER_DUTY",
        &json!({"type": "SLACK", "serviceKey": "k"}),
    );
    assert_error(&r, 400, "INVALID_ATTRIBUTE", &["type"]);
}

#[test]
fn enum_values_are_checked() {
    let sb = Sandbox::start(&[]);
    let r = post(
        &sb,
        "DATADOG",
        &json!({"type": "DATADOG", "apiKey": "k", "region": "MARS"}),
    );
    assert_error(&r, 400, "INVALID_ENUM_VALUE", &["region"]);
    let r = post(
        &sb,
        "OPS_GENIE",
        &json!({"type": "OPS_GENIE", "apiKey": "k", "region": "us"}),
    );
    assert_error(&r, 400, "INVALID_ENUM_VALUE", &["region"]);
    let mut body = prometheus();
    body["scheme"] = json!("ftp");
    assert_error(
        &post(&sb, "PROMETHEUS", &body),
        400,
        "INVALID_ENUM_VALUE",
        &["scheme"],
    );
    let mut body = prometheus();
    body["serviceDiscovery"] = json!("dns");
    assert_error(
        &post(&sb, "PROMETHEUS", &body),
        400,
        "INVALID_ENUM_VALUE",
        &["serviceDiscovery"],
    );
    // TYPE in the path: the API name exactly, case-sensitive.
    for bad in ["slack", "pager-duty", "NOPE"] {
        let r = sb.call("GET", &sb.integrations(&format!("/{bad}")), None);
        assert_error(&r, 400, "INVALID_ENUM_VALUE", &[bad]);
    }
}

#[test]
fn https_needs_tls_pem_path() {
    let sb = Sandbox::start(&[]);
    let mut body = prometheus();
    body["scheme"] = json!("https");
    let r = post(&sb, "PROMETHEUS", &body);
    assert_error(&r, 400, "MISSING_ATTRIBUTE", &["tlsPemPath"]);
    body["tlsPemPath"] = json!("/etc/ssl/prom.pem");
    assert_eq!(post(&sb, "PROMETHEUS", &body).status, 200);
}

#[test]
fn invalid_json_and_non_objects() {
    let sb = Sandbox::start(&[]);
    for body in ["{not json", "[1,2]", "\"SLACK\"", ""] {
        let r = sb.call("POST", &sb.integrations("/SLACK"), Some(body));
        assert_error(&r, 400, "INVALID_JSON", &[]);
    }
}

#[test]
fn body_over_one_mib_is_refused() {
    let sb = Sandbox::start(&[]);
    let big = format!(
        r#"{{"type":"SLACK","apiToken":"{}","teamName":"t"}}"#,
        "x".repeat(1024 * 1024 + 10)
    );
    let r = sb.call("POST", &sb.integrations("/SLACK"), Some(&big));
    assert_eq!(r.status, 400, "{}", r.body.len());
    assert!(!r.body.contains("xxxx"));
    assert_eq!(get_one(&sb, "SLACK").status, 404);
    // Just under the limit is accepted.
    let fits = format!(
        r#"{{"type":"SLACK","apiToken":"{}","teamName":"t"}}"#,
        "y".repeat(1024 * 1000)
    );
    assert_eq!(
        sb.call("POST", &sb.integrations("/SLACK"), Some(&fits))
            .status,
        200
    );
}

#[test]
fn errors_never_echo_secret_values() {
    let sb = Sandbox::start(&[]);
    let r = post(
        &sb,
        "WEBHOOK",
        &json!({"type": "WEBHOOK", "url": "https://h.example.com/SECRETPATH", "secret": 42}),
    );
    assert_error(&r, 400, "INVALID_ATTRIBUTE", &["secret"]);
    assert!(
        !r.body.contains("SECRETPATH") && !r.body.contains("42"),
        "{}",
        r.body
    );
}

#[test]
fn conflict_not_configured_and_group_not_found() {
    let sb = Sandbox::start(&[]);
    let body = json!({"type": "PAGER_DUTY", "serviceKey": "1234567890"});
    assert_error(
        &get_one(&sb, "PAGER_DUTY"),
        404,
        "INTEGRATION_NOT_CONFIGURED",
        &["PAGER_DUTY"],
    );
    let r = sb.call("DELETE", &sb.integrations("/PAGER_DUTY"), None);
    assert_error(&r, 404, "INTEGRATION_NOT_CONFIGURED", &["PAGER_DUTY"]);
    assert_eq!(post(&sb, "PAGER_DUTY", &body).status, 200);
    let r = post(&sb, "PAGER_DUTY", &body);
    assert_error(&r, 409, "INTEGRATION_ALREADY_CONFIGURED", &["PAGER_DUTY"]);
    assert_eq!(r.json()["reason"], "Conflict");
    let r = sb.call("GET", "/groups/0123456789abcdef01234567/integrations", None);
    assert_error(&r, 404, "GROUP_NOT_FOUND", &["0123456789abcdef01234567"]);
    let r = sb.call(
        "GET",
        "/groups/0123456789abcdef01234567/integrations/SLACK",
        None,
    );
    assert_error(&r, 404, "GROUP_NOT_FOUND", &["0123456789abcdef01234567"]);
}

#[test]
fn unknown_paths_and_methods() {
    let sb = Sandbox::start(&[]);
    let r = sb.call("GET", "/nothing/here", None);
    assert_eq!(r.status, 404);
    assert_eq!(r.json()["error"], 404);
    let r = sb.call("DELETE", "/groups", None);
    assert_eq!(r.status, 405);
    assert_eq!(r.json()["reason"], "Method Not Allowed");
    let r = sb.call("PATCH", &sb.integrations("/SLACK"), Some("{}"));
    assert_eq!(r.status, 405);
}

#[test]
fn every_secret_field_is_redacted() {
    let sb = Sandbox::start(&[]);
    let bodies = [
        json!({"type": "PAGER_DUTY", "serviceKey": "1234567890"}),
        json!({"type": "SLACK", "apiToken": "xoxb-1234567890", "teamName": "Team"}),
        json!({"type": "DATADOG", "apiKey": "dd-abcdefgh", "region": "EU"}),
        json!({"type": "HIP_CHAT", "notificationToken": "hc-12345678", "roomName": "ops"}),
        json!({"type": "OPS_GENIE", "apiKey": "og-87654321", "region": "US"}),
        json!({"type": "VICTOR_OPS", "apiKey": "vo-11112222", "routingKey": "rk-33334444"}),
        json!({"type": "WEBHOOK", "url": "https://hooks.example.com/services/T0/B0?x=1", "secret": "s3cr3t"}),
        json!({"type": "MICROSOFT_TEAMS", "microsoftTeamsWebhookUrl": "https://outlook.office.com/webhook/abc/def"}),
        json!({"type": "PROMETHEUS", "username": "prom", "password": "hunter2hunter2",
               "listenAddress": "0.0.0.0:9216", "serviceDiscovery": "file", "scheme": "https",
               "enabled": false, "tlsPemPath": "/etc/prom.pem", "tlsPemPassword": "pempass"}),
        json!({"type": "NEW_RELIC", "licenseKey": "lic-99998888", "accountId": "12345",
               "writeToken": "wt-77776666", "readToken": "rt-55554444"}),
    ];
    for body in &bodies {
        let ty = body["type"].as_str().unwrap();
        assert_eq!(put(&sb, ty, body).status, 200, "{ty}");
    }
    let expected = [
        json!({"type": "PAGER_DUTY", "serviceKey": "******7890"}),
        json!({"type": "SLACK", "apiToken": "***********7890", "teamName": "Team", "channelName": ""}),
        json!({"type": "DATADOG", "apiKey": "*******efgh", "region": "EU"}),
        json!({"type": "HIP_CHAT", "notificationToken": "*******5678", "roomName": "ops"}),
        json!({"type": "OPS_GENIE", "apiKey": "*******4321", "region": "US"}),
        json!({"type": "VICTOR_OPS", "apiKey": "*******2222", "routingKey": "*******4444"}),
        json!({"type": "WEBHOOK", "url": "https://hooks.example.com/****", "secret": "******"}),
        json!({"type": "MICROSOFT_TEAMS", "microsoftTeamsWebhookUrl": "https://outlook.office.com/****"}),
        json!({"type": "PROMETHEUS", "username": "prom", "listenAddress": "0.0.0.0:9216",
               "serviceDiscovery": "file", "scheme": "https", "enabled": false,
               "tlsPemPath": "/etc/prom.pem", "tlsPemPassword": "******"}),
        json!({"type": "NEW_RELIC", "licenseKey": "********8888", "accountId": "12345",
               "writeToken": "*******6666", "readToken": "*******4444"}),
    ];
    for want in &expected {
        let ty = want["type"].as_str().unwrap();
        let r = get_one(&sb, ty);
        assert_eq!(r.status, 200);
        assert_eq!(&r.json(), want, "{ty}");
    }
    // The list has them all, in table order, and leaks nothing.
    let r = sb.call("GET", &sb.integrations(""), None);
    let v = r.json();
    assert_eq!(v["totalCount"], 10);
    assert_eq!(v["results"], json!(expected));
    for secret in [
        "1234567890",
        "hunter2",
        "s3cr3t",
        "pempass",
        "services/T0",
        "webhook/abc",
    ] {
        assert!(!r.body.contains(secret), "{secret} leaked");
    }
    // Keys come out in alphabetical order.
    let slack = get_one(&sb, "SLACK").body;
    assert!(slack.find("apiToken") < slack.find("channelName"));
    assert!(slack.find("teamName") < slack.find("\"type\""));
}

#[test]
fn optional_fields_are_absent_unless_set() {
    let sb = Sandbox::start(&[]);
    put(
        &sb,
        "WEBHOOK",
        &json!({"type": "WEBHOOK", "url": "https://h.example.com/x"}),
    );
    assert_eq!(
        get_one(&sb, "WEBHOOK").json(),
        json!({"type": "WEBHOOK", "url": "https://h.example.com/****"})
    );
    put(
        &sb,
        "SLACK",
        &json!({"type": "SLACK", "apiToken": "1234567890", "teamName": "T", "channelName": "alerts"}),
    );
    assert_eq!(get_one(&sb, "SLACK").json()["channelName"], "alerts");
    let r = put(&sb, "PROMETHEUS", &prometheus());
    assert_eq!(r.status, 200);
    let p = get_one(&sb, "PROMETHEUS").json();
    assert!(
        p.get("password").is_none()
            && p.get("tlsPemPath").is_none()
            && p.get("tlsPemPassword").is_none(),
        "{p}"
    );
}

#[test]
fn post_returns_every_integration_with_the_seed_self_link() {
    let sb = Sandbox::start(&[]);
    post(
        &sb,
        "PAGER_DUTY",
        &json!({"type": "PAGER_DUTY", "serviceKey": "1234567890"}),
    );
    let r = post(
        &sb,
        "SLACK",
        &json!({"type": "SLACK", "apiToken": "1234567890", "teamName": "My Team", "channelName": "My Channel"}),
    );
    assert_eq!(r.status, 200);
    let href = format!(
        "{}?pageNum=1&itemsPerPage=100",
        sb.api(&sb.integrations("/SLACK"))
    );
    assert_eq!(
        r.json(),
        json!({
            "links": [{"href": href, "rel": "self"}],
            "results": [
                {"serviceKey": "******7890", "type": "PAGER_DUTY"},
                {"apiToken": "******7890", "channelName": "My Channel", "teamName": "My Team", "type": "SLACK"}
            ],
            "totalCount": 2
        })
    );
}

#[test]
fn put_creates_or_replaces_and_delete_removes() {
    let sb = Sandbox::start(&[]);
    let r = put(
        &sb,
        "DATADOG",
        &json!({"type": "DATADOG", "apiKey": "aaaa1111"}),
    );
    assert_eq!(r.status, 200);
    assert_eq!(r.json()["totalCount"], 1);
    let r = put(
        &sb,
        "DATADOG",
        &json!({"type": "DATADOG", "apiKey": "bbbb2222", "region": "US5"}),
    );
    assert_eq!(r.status, 200);
    assert_eq!(r.json()["totalCount"], 1);
    assert_eq!(
        get_one(&sb, "DATADOG").json(),
        json!({"type": "DATADOG", "apiKey": "****2222", "region": "US5"})
    );
    let r = sb.call("DELETE", &sb.integrations("/DATADOG"), None);
    assert_eq!(r.status, 204);
    assert!(r.body.is_empty());
    assert_eq!(get_one(&sb, "DATADOG").status, 404);
}

#[test]
fn group_pages_and_links() {
    let sb = Sandbox::start(&["--projects", "7"]);
    let base = sb.api("/groups");
    let link = |v: &Value, rel: &str| {
        v["links"]
            .as_array()
            .unwrap()
            .iter()
            .find(|l| l["rel"] == rel)
            .map(|l| l["href"].as_str().unwrap().to_string())
    };
    let p1 = sb.call("GET", "/groups?itemsPerPage=3", None).json();
    assert_eq!(p1["totalCount"], 7);
    assert_eq!(p1["results"].as_array().unwrap().len(), 3);
    assert_eq!(p1["results"][0]["name"], "Project 1");
    assert_eq!(
        link(&p1, "self"),
        Some(format!("{base}?pageNum=1&itemsPerPage=3"))
    );
    assert_eq!(link(&p1, "previous"), None);
    assert_eq!(
        link(&p1, "next"),
        Some(format!("{base}?pageNum=2&itemsPerPage=3"))
    );
    let p2 = sb
        .call("GET", "/groups?pageNum=2&itemsPerPage=3", None)
        .json();
    assert_eq!(
        link(&p2, "previous"),
        Some(format!("{base}?pageNum=1&itemsPerPage=3"))
    );
    assert_eq!(
        link(&p2, "next"),
        Some(format!("{base}?pageNum=3&itemsPerPage=3"))
    );
    assert_eq!(p2["results"][0]["name"], "Project 4");
    let p3 = sb
        .call("GET", "/groups?pageNum=3&itemsPerPage=3", None)
        .json();
    assert_eq!(p3["results"].as_array().unwrap().len(), 1);
    assert_eq!(link(&p3, "next"), None);
    assert!(link(&p3, "previous").is_some());
    assert_eq!(p3["totalCount"], 7);
    let org = &p1["results"][0]["orgId"];
    assert_eq!(org.as_str().unwrap().len(), 24);
    assert_eq!(&p3["results"][0]["orgId"], org);
}

#[test]
fn invalid_query_parameters() {
    let sb = Sandbox::start(&[]);
    for (q, param) in [
        ("itemsPerPage=501", "itemsPerPage"),
        ("itemsPerPage=0", "itemsPerPage"),
        ("pageNum=0", "pageNum"),
        ("pageNum=abc", "pageNum"),
        ("pretty=yes", "pretty"),
        ("envelope=1", "envelope"),
    ] {
        let r = sb.call("GET", &format!("/groups?{q}"), None);
        assert_error(&r, 400, "INVALID_QUERY_PARAMETER", &[param]);
    }
    // Unknown parameters are ignored.
    assert_eq!(
        sb.call("GET", "/groups?foo=bar&itemsPerPage=500", None)
            .status,
        200
    );
}

#[test]
fn envelope_wraps_objects_lists_errors_and_delete() {
    let sb = Sandbox::start(&[]);
    let r = sb.call("GET", &sb.integrations("/SLACK?envelope=true"), None);
    assert_eq!(r.status, 200);
    let v = r.json();
    assert_eq!(v["status"], 404);
    assert_eq!(v["content"]["errorCode"], "INTEGRATION_NOT_CONFIGURED");
    post(
        &sb,
        "PAGER_DUTY",
        &json!({"type": "PAGER_DUTY", "serviceKey": "1234567890"}),
    );
    let v = sb
        .call("GET", &sb.integrations("/PAGER_DUTY?envelope=true"), None)
        .json();
    assert_eq!(
        v,
        json!({"content": {"serviceKey": "******7890", "type": "PAGER_DUTY"}, "status": 200})
    );
    let v = sb
        .call("GET", &sb.integrations("?envelope=true"), None)
        .json();
    assert_eq!(v["status"], 200);
    assert_eq!(v["totalCount"], 1);
    assert!(v.get("content").is_none());
    let r = sb.call(
        "DELETE",
        &sb.integrations("/PAGER_DUTY?envelope=true"),
        None,
    );
    assert_eq!(r.status, 200);
    assert_eq!(r.json(), json!({"content": {}, "status": 204}));
    // The digest challenge stays a real 401.
    let r = send("GET", &sb.api("/groups?envelope=true"), None, None);
    assert_eq!(r.status, 401);
}

#[test]
fn pretty_indents() {
    let sb = Sandbox::start(&[]);
    let compact = sb.call("GET", "/groups", None).body;
    assert!(!compact.contains('\n'));
    let pretty = sb.call("GET", "/groups?pretty=true", None).body;
    assert!(pretty.starts_with("{\n  \"links\": ["), "{pretty}");
    let a: Value = serde_json::from_str(&compact).unwrap();
    let b: Value = serde_json::from_str(&pretty).unwrap();
    assert_eq!(a, b);
}

#[test]
fn state_survives_a_restart() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("state.json");
    let file_arg = file.to_str().unwrap();
    let (project, keys, url) = {
        let sb = Sandbox::start(&["--state", file_arg]);
        assert_eq!(
            post(
                &sb,
                "PAGER_DUTY",
                &json!({"type": "PAGER_DUTY", "serviceKey": "1234567890"})
            )
            .status,
            200
        );
        (
            sb.project_id.clone(),
            (sb.public_key.clone(), sb.private_key.clone()),
            sb.base_url.clone(),
        )
    };
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&file).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o600);
    }
    // The same command again: same keys, same URL (the port was free).
    let sb = Sandbox::start(&[
        "--state",
        file_arg,
        "--project-id",
        "aaaaaaaaaaaaaaaaaaaaaaaa",
    ]);
    assert_eq!(sb.project_id, project);
    assert_eq!((sb.public_key.clone(), sb.private_key.clone()), keys);
    assert_eq!(sb.base_url, url);
    assert_eq!(
        get_one(&sb, "PAGER_DUTY").json(),
        json!({"type": "PAGER_DUTY", "serviceKey": "******7890"})
    );
    let groups = sb.call("GET", "/groups", None).json();
    assert_eq!(groups["totalCount"], 2);
    assert_eq!(groups["results"][1]["id"], "aaaaaaaaaaaaaaaaaaaaaaaa");
    assert_eq!(groups["results"][1]["name"], "Project 2");
    // No stray temporary files next to it: only the file and its lock.
    let mut names: Vec<String> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    let name = file.file_name().unwrap().to_string_lossy();
    assert_eq!(names, [name.to_string(), format!("{name}.lock")]);
}

#[test]
fn corrupt_state_file_is_an_error_and_left_alone() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("broken.json");
    std::fs::write(&file, b"{\"projects\": [ oops").unwrap();
    let out = std::process::Command::new(SANDBOX)
        .args(["--listen", "127.0.0.1:0", "--state"])
        .arg(&file)
        .output()
        .unwrap();
    assert_ne!(out.status.code(), Some(0));
    assert_eq!(out.status.code(), Some(1));
    assert!(out.stdout.is_empty());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains(file.to_str().unwrap()), "{err}");
    assert_eq!(std::fs::read(&file).unwrap(), b"{\"projects\": [ oops");
}
