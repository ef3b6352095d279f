//! omi-sandbox plays alert configurations: every endpoint of
//! `/groups/{ID}/alertConfigs` and `/globalAlertConfigs` in both shapes,
//! paging, notification masks per type (expectations written by hand from
//! the API's tables), refusal of masked values, PATCH, the notification
//! test endpoint, persistence, and integrations that do not touch the
//! notifications that copied them.

use crate::util::api::{send, Resp};
use crate::util::sandbox::Sandbox;
use serde_json::{json, Value};

const SHAPES: [&str; 2] = ["documented", "recorded"];

/// Every secret value the configurations below hold; no error may show one.
const SECRETS: &[&str] = &[
    "pd-key-secret-0001",
    "xoxb-token-secret-0002",
    "dd-key-secret-0003",
    "hc-token-secret-0004",
    "og-key-secret-0005",
    "vo-key-secret-0006",
    "vo-route-secret-0007",
    "alerts/path-secret-0008",
    "wh-secret-0009",
    "webhook/path-secret-0010",
    "fd-token-secret-0016",
    "pd-key-secret-0099",
];

fn configs(sb: &Sandbox) -> String {
    format!("/groups/{}/alertConfigs", sb.project_id)
}

fn call(sb: &Sandbox, method: &str, path: &str, body: Option<&Value>) -> Resp {
    let text = body.map(Value::to_string);
    sb.call(method, path, text.as_deref())
}

fn assert_no_secret(r: &Resp) {
    assert_no_secret_but(r, &[]);
}

/// As `assert_no_secret`, but for `shown`, which the server returns.
fn assert_no_secret_but(r: &Resp, shown: &[&str]) {
    for s in SECRETS.iter().filter(|s| !shown.contains(s)) {
        assert!(!r.body.contains(s), "{s} in {}", r.body);
    }
}

/// A PagerDuty + Slack configuration, with an email, as a person would
/// create it.
fn host_down() -> Value {
    json!({
        "eventTypeName": "HOST_DOWN",
        "matchers": [{"fieldName": "TYPE_NAME", "operator": "EQUALS", "value": "PRIMARY"}],
        "notifications": [
            {"typeName": "PAGER_DUTY", "serviceKey": "pd-key-secret-0001", "intervalMin": 5, "delayMin": 0},
            {"typeName": "SLACK", "apiToken": "xoxb-token-secret-0002", "channelName": "#alerts",
             "intervalMin": 60, "delayMin": 5},
            {"typeName": "EMAIL", "emailAddress": "ops@example.com", "intervalMin": 60, "delayMin": 0}
        ]
    })
}

fn is_object_id(v: &Value) -> bool {
    v.as_str()
        .is_some_and(|s| s.len() == 24 && s.bytes().all(|b| b.is_ascii_hexdigit()))
}

/// `2024-05-01T12:34:56.789Z`.
fn is_timestamp(v: &Value) -> bool {
    v.as_str().is_some_and(|s| {
        let b = s.as_bytes();
        s.len() == 24
            && b[4] == b'-'
            && b[10] == b'T'
            && b[19] == b'.'
            && s.ends_with('Z')
            && s.chars().filter(char::is_ascii_digit).count() == 17
    })
}

/// The notifications without their ids, after checking each has one.
fn without_ids(v: &Value) -> Vec<Value> {
    v["notifications"]
        .as_array()
        .unwrap()
        .iter()
        .map(|n| {
            assert!(is_object_id(&n["id"]), "{n}");
            let mut n = n.clone();
            n.as_object_mut().unwrap().remove("id");
            n
        })
        .collect()
}

#[test]
fn every_endpoint_in_both_shapes() {
    for shape in SHAPES {
        let sb = Sandbox::start(&["--shape", shape]);
        let list = configs(&sb);

        let empty = call(&sb, "GET", &list, None);
        assert_eq!(empty.status, 200, "{shape}: {empty:?}");
        assert_eq!(empty.json()["totalCount"], 0);
        assert_eq!(empty.json()["results"], json!([]));

        let created = call(&sb, "POST", &list, Some(&host_down()));
        assert_eq!(created.status, 201, "{shape}: {created:?}");
        assert_no_secret(&created);
        let c = created.json();
        let id = c["id"].as_str().unwrap().to_string();
        assert!(is_object_id(&c["id"]));
        assert_eq!(c["groupId"], sb.project_id.as_str());
        assert_eq!(c["eventTypeName"], "HOST_DOWN");
        assert_eq!(c["enabled"], false, "enabled defaults to false");
        assert!(
            is_timestamp(&c["created"]) && c["created"] == c["updated"],
            "{c}"
        );
        assert_eq!(
            c["links"],
            json!([{"href": sb.api(&format!("{list}/{id}")), "rel": "self"}])
        );
        assert_eq!(
            without_ids(&c),
            [
                json!({"typeName": "PAGER_DUTY", "serviceKey": "**************0001", "intervalMin": 5, "delayMin": 0}),
                json!({"typeName": "SLACK", "apiToken": "******************0002", "channelName": "#alerts",
                       "intervalMin": 60, "delayMin": 5}),
                json!({"typeName": "EMAIL", "emailAddress": "ops@example.com", "intervalMin": 60, "delayMin": 0}),
            ],
            "{shape}"
        );

        let one = call(&sb, "GET", &format!("{list}/{id}"), None);
        assert_eq!(one.status, 200, "{one:?}");
        assert_eq!(one.json(), c, "{shape}: GET answers what POST did");
        let page = call(&sb, "GET", &list, None).json();
        assert_eq!(page["totalCount"], 1);
        assert_eq!(page["results"][0], c);

        // PUT the configuration as read, with the secrets filled in and a
        // notification added: ids sent back are kept, a new one is given.
        let mut again = c.clone();
        again["notifications"][0]["serviceKey"] = json!("pd-key-secret-0099");
        again["notifications"][1]["apiToken"] = json!("xoxb-token-secret-0002");
        again["notifications"]
            .as_array_mut()
            .unwrap()
            .push(json!({"typeName": "SMS", "mobileNumber": "+15555550100"}));
        let put = call(&sb, "PUT", &format!("{list}/{id}"), Some(&again));
        assert_eq!(put.status, 200, "{shape}: {put:?}");
        assert_no_secret(&put);
        let p = put.json();
        assert_eq!(p["id"], c["id"]);
        assert_eq!(p["created"], c["created"]);
        assert!(is_timestamp(&p["updated"]));
        assert!(p["updated"].as_str() > c["updated"].as_str(), "{p}");
        let ns = p["notifications"].as_array().unwrap();
        assert_eq!(ns.len(), 4);
        for i in 0..3 {
            assert_eq!(ns[i]["id"], c["notifications"][i]["id"], "{i}");
        }
        assert!(is_object_id(&ns[3]["id"]));
        assert_ne!(ns[3]["id"], ns[0]["id"]);
        assert_eq!(ns[0]["serviceKey"], "**************0099");
        assert_eq!(
            ns[3],
            json!({"typeName": "SMS", "mobileNumber": "+15555550100", "intervalMin": 60,
                   "delayMin": 0, "id": ns[3]["id"]})
        );

        let patched = call(
            &sb,
            "PATCH",
            &format!("{list}/{id}"),
            Some(&json!({"enabled": true})),
        );
        assert_eq!(patched.status, 200, "{patched:?}");
        let q = patched.json();
        assert_eq!(q["enabled"], true);
        assert!(q["updated"].as_str() > p["updated"].as_str());
        let mut same = q.clone();
        same["enabled"] = json!(false);
        same["updated"] = p["updated"].clone();
        assert_eq!(same, p, "PATCH changes only enabled (and updated)");

        let deleted = call(&sb, "DELETE", &format!("{list}/{id}"), None);
        assert_eq!(deleted.status, 204, "{deleted:?}");
        assert!(deleted.body.is_empty());
        for method in ["GET", "DELETE"] {
            let gone = call(&sb, method, &format!("{list}/{id}"), None);
            assert_eq!(gone.status, 404, "{method}: {gone:?}");
            assert_eq!(gone.error_code(), "ALERT_CONFIG_NOT_FOUND");
        }
        let gone = call(&sb, "PUT", &format!("{list}/{id}"), Some(&host_down()));
        assert_eq!(
            (gone.status, gone.error_code().as_str()),
            (404, "ALERT_CONFIG_NOT_FOUND"),
            "PUT does not create"
        );
        assert_eq!(call(&sb, "GET", &list, None).json()["totalCount"], 0);

        let wrong = call(&sb, "PUT", &list, Some(&host_down()));
        assert_eq!(wrong.status, 405);
        assert_eq!(wrong.header("allow").as_deref(), Some("GET, POST"));
    }
}

#[test]
fn created_configurations_honour_envelope_and_pretty() {
    let sb = Sandbox::start(&[]);
    let r = call(
        &sb,
        "POST",
        &format!("{}?envelope=true&pretty=true", configs(&sb)),
        Some(&host_down()),
    );
    assert_eq!(r.status, 200, "{r:?}");
    assert!(r.body.contains("\n  \"content\": {"), "{}", r.body);
    let v = r.json();
    assert_eq!(v["status"], 201);
    assert_eq!(v["content"]["eventTypeName"], "HOST_DOWN");
}

/// One notification of every third-party type, each field set.
fn every_type() -> Value {
    json!({
        "eventTypeName": "OUTSIDE_METRIC_THRESHOLD",
        "enabled": true,
        "metricThreshold": {"metricName": "CONNECTIONS", "mode": "AVERAGE", "operator": "GREATER_THAN",
                            "threshold": 500, "units": "RAW"},
        "notifications": [
            {"typeName": "PAGER_DUTY", "serviceKey": "pd-key-secret-0001"},
            {"typeName": "SLACK", "apiToken": "xoxb-token-secret-0002", "channelName": "#alerts"},
            {"typeName": "DATADOG", "datadogApiKey": "dd-key-secret-0003", "datadogRegion": "EU"},
            {"typeName": "HIP_CHAT", "notificationToken": "hc-token-secret-0004", "roomName": "ops"},
            {"typeName": "OPS_GENIE", "opsGenieApiKey": "og-key-secret-0005", "opsGenieRegion": "EU"},
            {"typeName": "VICTOR_OPS", "victorOpsApiKey": "vo-key-secret-0006",
             "victorOpsRoutingKey": "vo-route-secret-0007"},
            {"typeName": "WEBHOOK", "webhookUrl": "https://hooks.example.com/alerts/path-secret-0008",
             "webhookSecret": "wh-secret-0009"},
            {"typeName": "MICROSOFT_TEAMS",
             "microsoftTeamsWebhookUrl": "https://outlook.office.com/webhook/path-secret-0010"},
            {"typeName": "FLOWDOCK", "flowdockApiToken": "fd-token-secret-0016", "flowName": "main",
             "orgName": "acme"},
            {"typeName": "GROUP", "emailEnabled": true, "smsEnabled": false, "roles": ["GROUP_OWNER"]},
            {"typeName": "ORG", "emailEnabled": true, "smsEnabled": false, "roles": ["ORG_OWNER"]},
            {"typeName": "USER", "username": "jane@example.com", "emailEnabled": true},
            {"typeName": "TEAM", "teamId": "5e2211c17a3e5a48f5497de4", "smsEnabled": true},
            {"typeName": "SMS", "mobileNumber": "+15555550100"},
            {"typeName": "EMAIL", "emailAddress": "ops@example.com"}
        ]
    })
}

/// What `every_type` comes back as, without ids, intervals and delays:
/// by the documentation, secrets masked as the integration fields they
/// copy (keys last four, URLs scheme and host, the webhook secret whole);
/// as recorded, the webhook URL keeps its path's last four, the webhook
/// secret its last four, and the VictorOps routing key is in clear.
fn every_type_returned(shape: &str) -> Vec<Value> {
    let recorded = shape == "recorded";
    vec![
        json!({"typeName": "PAGER_DUTY", "serviceKey": "**************0001"}),
        json!({"typeName": "SLACK", "apiToken": "******************0002", "channelName": "#alerts"}),
        json!({"typeName": "DATADOG", "datadogApiKey": "**************0003", "datadogRegion": "EU"}),
        json!({"typeName": "HIP_CHAT", "notificationToken": "****************0004", "roomName": "ops"}),
        json!({"typeName": "OPS_GENIE", "opsGenieApiKey": "**************0005", "opsGenieRegion": "EU"}),
        json!({"typeName": "VICTOR_OPS", "victorOpsApiKey": "**************0006",
               "victorOpsRoutingKey": if recorded { "vo-route-secret-0007" } else { "****************0007" }}),
        json!({"typeName": "WEBHOOK",
               "webhookUrl": if recorded { "https://hooks.example.com/****0008" } else { "https://hooks.example.com/****" },
               "webhookSecret": if recorded { "**********0009" } else { "******" }}),
        json!({"typeName": "MICROSOFT_TEAMS", "microsoftTeamsWebhookUrl": "https://outlook.office.com/****"}),
        json!({"typeName": "FLOWDOCK", "flowdockApiToken": "****************0016", "flowName": "main",
               "orgName": "acme"}),
        json!({"typeName": "GROUP", "emailEnabled": true, "smsEnabled": false, "roles": ["GROUP_OWNER"]}),
        json!({"typeName": "ORG", "emailEnabled": true, "smsEnabled": false, "roles": ["ORG_OWNER"]}),
        json!({"typeName": "USER", "username": "jane@example.com", "emailEnabled": true}),
        json!({"typeName": "TEAM", "teamId": "5e2211c17a3e5a48f5497de4", "smsEnabled": true}),
        json!({"typeName": "SMS", "mobileNumber": "+15555550100"}),
        json!({"typeName": "EMAIL", "emailAddress": "ops@example.com"}),
    ]
}

#[test]
fn notification_secrets_are_masked_per_type_in_both_shapes() {
    for shape in SHAPES {
        let sb = Sandbox::start(&["--shape", shape]);
        let created = call(&sb, "POST", &configs(&sb), Some(&every_type()));
        assert_eq!(created.status, 201, "{shape}: {created:?}");
        let id = created.json()["id"].as_str().unwrap().to_string();
        for r in [
            created,
            call(&sb, "GET", &format!("{}/{id}", configs(&sb)), None),
        ] {
            // Real servers were recorded returning it in clear.
            let routing_key = if shape == "recorded" {
                &["vo-route-secret-0007"][..]
            } else {
                &[]
            };
            assert_no_secret_but(&r, routing_key);
            let v = r.json();
            let got: Vec<Value> = without_ids(&v)
                .into_iter()
                .map(|mut n| {
                    let o = n.as_object_mut().unwrap();
                    assert_eq!(
                        (o.remove("intervalMin"), o.remove("delayMin")),
                        (Some(json!(60)), Some(json!(0)))
                    );
                    n
                })
                .collect();
            assert_eq!(got, every_type_returned(shape), "{shape}");
            assert_eq!(v["metricThreshold"]["metricName"], "CONNECTIONS");
            assert_eq!(v["enabled"], true);
        }
        // Keys alphabetical, in notifications too.
        let text = call(&sb, "GET", &format!("{}/{id}", configs(&sb)), None).body;
        let at = |k: &str| text.find(&format!("\"{k}\"")).unwrap();
        assert!(
            at("created") < at("enabled")
                && at("enabled") < at("eventTypeName")
                && at("eventTypeName") < at("groupId")
                && at("groupId") < at("id")
                && at("links") < at("metricThreshold")
                && at("metricThreshold") < at("notifications")
                && at("notifications") < at("updated"),
            "{text}"
        );
        let pd = &text[at("notifications")..];
        let key = |k: &str| pd.find(&format!("\"{k}\"")).unwrap();
        assert!(
            key("delayMin") < key("id")
                && key("id") < key("intervalMin")
                && key("intervalMin") < key("serviceKey")
                && key("serviceKey") < key("typeName"),
            "{pd}"
        );
    }
}

#[test]
fn lists_are_paged_with_links() {
    let sb = Sandbox::start(&[]);
    let list = configs(&sb);
    let mut ids = Vec::new();
    for n in 0..5 {
        let mut body = host_down();
        body["eventTypeName"] = json!(format!("EVENT_{n}"));
        let r = call(&sb, "POST", &list, Some(&body));
        assert_eq!(r.status, 201, "{r:?}");
        ids.push(r.json()["id"].clone());
    }
    let page = |n: u64| {
        let r = call(
            &sb,
            "GET",
            &format!("{list}?pageNum={n}&itemsPerPage=2"),
            None,
        );
        assert_eq!(r.status, 200, "{r:?}");
        assert_no_secret(&r);
        r.json()
    };
    let href = |n: u64| sb.api(&format!("{list}?pageNum={n}&itemsPerPage=2"));
    let p2 = page(2);
    assert_eq!(p2["totalCount"], 5);
    let got: Vec<&Value> = p2["results"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| &c["id"])
        .collect();
    assert_eq!(got, [&ids[2], &ids[3]], "creation order");
    assert_eq!(
        p2["links"],
        json!([{"href": href(2), "rel": "self"}, {"href": href(1), "rel": "previous"},
               {"href": href(3), "rel": "next"}])
    );
    let p3 = page(3);
    assert_eq!(p3["results"].as_array().unwrap().len(), 1);
    assert_eq!(p3["results"][0]["eventTypeName"], "EVENT_4");
    assert!(!p3["links"].to_string().contains("\"next\""));
    assert_eq!(page(4)["results"], json!([]));
    let bad = call(&sb, "GET", &format!("{list}?itemsPerPage=501"), None);
    assert_eq!(
        (bad.status, bad.error_code().as_str()),
        (400, "INVALID_QUERY_PARAMETER")
    );
    // A replaced configuration keeps its place.
    let mut first = call(
        &sb,
        "GET",
        &format!("{list}/{}", ids[0].as_str().unwrap()),
        None,
    )
    .json();
    first["eventTypeName"] = json!("REPLACED");
    first["notifications"] = json!([{"typeName": "EMAIL", "emailAddress": "a@example.com"}]);
    let r = call(
        &sb,
        "PUT",
        &format!("{list}/{}", ids[0].as_str().unwrap()),
        Some(&first),
    );
    assert_eq!(r.status, 200, "{r:?}");
    assert_eq!(page(1)["results"][0]["eventTypeName"], "REPLACED");
}

#[test]
fn bodies_are_validated_with_the_api_errors() {
    let sb = Sandbox::start(&[]);
    let list = configs(&sb);
    let with = |n: Value| json!({"eventTypeName": "HOST_DOWN", "notifications": [n]});
    let cases: Vec<(Value, &str, &str)> = vec![
        (
            with(json!({"typeName": "PIGEON", "serviceKey": "pd-key-secret-0001"})),
            "INVALID_ATTRIBUTE",
            "notifications.0.typeName",
        ),
        (
            with(json!({"serviceKey": "pd-key-secret-0001"})),
            "MISSING_ATTRIBUTE",
            "notifications.0.typeName",
        ),
        (
            with(json!({"typeName": "PAGER_DUTY", "serviceKey": ["pd-key-secret-0001"]})),
            "INVALID_ATTRIBUTE",
            "notifications.0.serviceKey",
        ),
        (
            with(
                json!({"typeName": "PAGER_DUTY", "serviceKey": "pd-key-secret-0001", "intervalMin": "5"}),
            ),
            "INVALID_ATTRIBUTE",
            "notifications.0.intervalMin",
        ),
        (
            with(
                json!({"typeName": "SLACK", "apiToken": "xoxb-token-secret-0002", "serviceKey": "pd-key-secret-0001"}),
            ),
            "INVALID_ATTRIBUTE",
            "notifications.0.serviceKey",
        ),
        (
            with(
                json!({"typeName": "OPS_GENIE", "opsGenieApiKey": "og-key-secret-0005", "opsGenieRegion": "APAC"}),
            ),
            "INVALID_ENUM_VALUE",
            "notifications.0.opsGenieRegion",
        ),
        (
            json!({"notifications": [{"typeName": "EMAIL"}]}),
            "MISSING_ATTRIBUTE",
            "eventTypeName",
        ),
        (
            json!({"eventTypeName": "HOST_DOWN", "enabled": "yes", "notifications": [{"typeName": "EMAIL"}]}),
            "INVALID_ATTRIBUTE",
            "enabled",
        ),
        (
            json!({"eventTypeName": "HOST_DOWN", "notifications": {"typeName": "EMAIL"}}),
            "INVALID_ATTRIBUTE",
            "notifications",
        ),
    ];
    for (body, code, attribute) in &cases {
        for method in ["POST", "PUT"] {
            let path = if method == "POST" {
                list.clone()
            } else {
                // PUT needs a configuration to replace.
                let r = call(&sb, "POST", &list, Some(&host_down()));
                format!("{list}/{}", r.json()["id"].as_str().unwrap())
            };
            let r = call(&sb, method, &path, Some(body));
            assert_eq!(r.status, 400, "{method} {body}: {r:?}");
            assert_eq!(r.error_code(), *code, "{method} {body}: {r:?}");
            assert_eq!(r.json()["parameters"][0], *attribute, "{body}");
            assert_eq!(r.json()["reason"], "Bad Request");
            assert_no_secret(&r);
        }
    }
    let raw = |body: Vec<u8>| {
        let mut prompt = sb.challenge();
        let uri = format!("/api/public/v1.0{list}");
        let auth = sb.authorization(&mut prompt, "POST", &uri, &sb.private_key.clone());
        send("POST", &sb.api(&list), Some(&auth), Some(body))
    };
    for body in [
        b"{\"eventTypeName\": \"HOST_DOWN\", pd-key-secret-0001".to_vec(),
        b"[1, 2]".to_vec(),
        b"".to_vec(),
        vec![b' '; 1024 * 1024 + 1],
    ] {
        let r = raw(body);
        assert_eq!(
            (r.status, r.error_code().as_str()),
            (400, "INVALID_JSON"),
            "{r:?}"
        );
        assert_no_secret(&r);
    }
    // Nothing refused was stored (only the PUT targets were).
    let stored = call(&sb, "GET", &list, None).json();
    assert_eq!(stored["totalCount"], cases.len());
    assert!(stored["results"]
        .as_array()
        .unwrap()
        .iter()
        .all(|c| c["eventTypeName"] == "HOST_DOWN"
            && c["notifications"].as_array().unwrap().len() == 3));

    let unknown = call(
        &sb,
        "GET",
        &format!("{list}/0123456789abcdef01234567"),
        None,
    );
    assert_eq!(
        (unknown.status, unknown.error_code().as_str()),
        (404, "ALERT_CONFIG_NOT_FOUND")
    );
    assert_eq!(
        unknown.json()["parameters"],
        json!(["0123456789abcdef01234567"])
    );
    let no_project = "/groups/0123456789abcdef01234567/alertConfigs";
    let r = call(&sb, "POST", no_project, Some(&host_down()));
    assert_eq!(
        (r.status, r.error_code().as_str()),
        (404, "GROUP_NOT_FOUND")
    );
    assert_no_secret(&r);
    let recorded = Sandbox::start(&["--shape", "recorded"]);
    let r = call(&recorded, "GET", no_project, None);
    assert_eq!((r.status, r.error_code().as_str()), (401, "NOT_IN_GROUP"));
    let r = call(
        &recorded,
        "GET",
        &format!("{}/0123456789abcdef01234567", configs(&recorded)),
        None,
    );
    assert_eq!(
        (r.status, r.error_code().as_str()),
        (404, "ALERT_CONFIG_NOT_FOUND")
    );
}

#[test]
fn the_id_in_a_put_body_must_be_the_path_s() {
    let sb = Sandbox::start(&[]);
    let list = configs(&sb);
    let c = call(&sb, "POST", &list, Some(&host_down())).json();
    let id = c["id"].as_str().unwrap();
    let mut other = host_down();
    other["id"] = json!("0123456789abcdef01234567");
    let r = call(&sb, "PUT", &format!("{list}/{id}"), Some(&other));
    assert_eq!(
        (r.status, r.error_code().as_str()),
        (400, "INVALID_ATTRIBUTE"),
        "{r:?}"
    );
    assert_eq!(r.json()["parameters"], json!(["id"]));
    other["id"] = json!(id);
    other["groupId"] = json!("0123456789abcdef01234567");
    let r = call(&sb, "PUT", &format!("{list}/{id}"), Some(&other));
    assert_eq!(
        (r.status, r.json()["parameters"][0].as_str()),
        (400, Some("groupId"))
    );
    other["groupId"] = json!(sb.project_id);
    other["created"] = json!("1999-01-01T00:00:00Z");
    other["links"] = json!([{"rel": "self", "href": "http://elsewhere.example.com/"}]);
    let r = call(&sb, "PUT", &format!("{list}/{id}"), Some(&other));
    assert_eq!(r.status, 200, "{r:?}");
    assert_eq!(
        r.json()["created"],
        c["created"],
        "read-only fields are ignored"
    );
    assert_eq!(r.json()["links"], c["links"]);
}

#[test]
fn masked_values_are_refused_and_the_same_configuration_in_clear_is_stored() {
    for shape in SHAPES {
        let dir = tempfile::tempdir().unwrap();
        let state = dir.path().join("state.json");
        let sb = Sandbox::start(&["--shape", shape, "--state", state.to_str().unwrap()]);
        let list = configs(&sb);
        let read = call(&sb, "POST", &list, Some(&every_type())).json();
        let id = read["id"].as_str().unwrap().to_string();
        let one = format!("{list}/{id}");

        // As read: every secret notification field holds a mask.
        let r = call(&sb, "PUT", &one, Some(&read));
        assert_eq!(r.status, 400, "{shape}: {r:?}");
        assert_eq!(r.error_code(), "INVALID_INTEGRATION_SETTINGS");
        assert_eq!(r.json()["parameters"], json!(["PAGER_DUTY", "serviceKey"]));
        assert!(!r.body.contains("****"), "{}", r.body);
        assert_no_secret(&r);
        let r = call(&sb, "POST", &list, Some(&read));
        assert_eq!(r.error_code(), "INVALID_INTEGRATION_SETTINGS");

        // One mask left anywhere is enough to refuse the whole body.
        let clear = every_type();
        let mut body = read.clone();
        for (i, n) in clear["notifications"]
            .as_array()
            .unwrap()
            .iter()
            .enumerate()
        {
            for (k, v) in n.as_object().unwrap() {
                body["notifications"][i][k] = v.clone();
            }
        }
        body["notifications"][6]["webhookUrl"] = read["notifications"][6]["webhookUrl"].clone();
        let r = call(&sb, "PUT", &one, Some(&body));
        assert_eq!(
            r.error_code(),
            "INVALID_INTEGRATION_SETTINGS",
            "{shape}: {r:?}"
        );
        assert_eq!(r.json()["parameters"], json!(["WEBHOOK", "webhookUrl"]));
        assert_eq!(
            call(&sb, "GET", &one, None).json(),
            read,
            "a refused PUT changes nothing"
        );

        // Every secret given: accepted and stored in clear.
        body["notifications"][6]["webhookUrl"] = clear["notifications"][6]["webhookUrl"].clone();
        body["notifications"][0]["serviceKey"] = json!("pd-key-secret-0099");
        let r = call(&sb, "PUT", &one, Some(&body));
        assert_eq!(r.status, 200, "{shape}: {r:?}");
        assert_eq!(
            r.json()["notifications"][0]["serviceKey"],
            "**************0099"
        );
        let stored = stored_alert(&state, Some(&sb.project_id), &id);
        let ns = stored["fields"]["notifications"].as_array().unwrap();
        assert_eq!(ns[0]["serviceKey"], "pd-key-secret-0099");
        assert_eq!(
            ns[6]["webhookUrl"],
            "https://hooks.example.com/alerts/path-secret-0008"
        );
        assert_eq!(ns[6]["webhookSecret"], "wh-secret-0009");
        for (i, n) in ns.iter().enumerate() {
            assert_eq!(n["id"], read["notifications"][i]["id"], "{i}: ids kept");
        }
    }
}

/// The last word the state file has on an alert configuration (null when
/// deleted or never there): the snapshot, then the change records.
fn stored_alert(state: &std::path::Path, project: Option<&str>, id: &str) -> Value {
    let bytes = std::fs::read(state).unwrap();
    let mut values = serde_json::Deserializer::from_slice(&bytes).into_iter::<Value>();
    let snapshot = values.next().unwrap().unwrap();
    let in_snapshot = match project {
        Some(p) => snapshot["projects"]
            .as_array()
            .unwrap()
            .iter()
            .find(|x| x["id"] == p)
            .map(|x| x["alertConfigs"].clone())
            .unwrap_or(Value::Null),
        None => snapshot["globalAlertConfigs"].clone(),
    };
    let mut found = in_snapshot
        .as_array()
        .and_then(|l| l.iter().find(|c| c["id"] == id).cloned())
        .unwrap_or(Value::Null);
    for record in values {
        let record = record.unwrap();
        let same_scope = match project {
            Some(p) => record["project"] == p,
            None => record.get("project").is_none(),
        };
        if same_scope && record["alertConfigId"] == id {
            found = record["alertConfig"].clone();
        }
    }
    found
}

#[test]
fn patch_changes_enabled_only() {
    let sb = Sandbox::start(&[]);
    let c = call(&sb, "POST", &configs(&sb), Some(&host_down())).json();
    let one = format!("{}/{}", configs(&sb), c["id"].as_str().unwrap());
    for (body, code, attribute) in [
        (
            json!({"enabled": true, "eventTypeName": "OTHER"}),
            "INVALID_ATTRIBUTE",
            "eventTypeName",
        ),
        (json!({"enabled": "true"}), "INVALID_ATTRIBUTE", "enabled"),
        (json!({}), "MISSING_ATTRIBUTE", "enabled"),
        (
            json!({"notifications": []}),
            "INVALID_ATTRIBUTE",
            "notifications",
        ),
    ] {
        let r = call(&sb, "PATCH", &one, Some(&body));
        assert_eq!(
            (r.status, r.error_code().as_str()),
            (400, code),
            "{body}: {r:?}"
        );
        assert_eq!(r.json()["parameters"], json!([attribute]));
    }
    assert_eq!(
        call(&sb, "GET", &one, None).json(),
        c,
        "refused PATCHes change nothing"
    );
    let r = call(&sb, "PATCH", &one, Some(&json!({"enabled": true})));
    assert_eq!(r.status, 200);
    assert_eq!(r.json()["enabled"], true);
    let r = call(&sb, "PATCH", &one, Some(&json!({"enabled": false})));
    assert_eq!(r.json()["enabled"], false);
    assert_eq!(r.json()["notifications"], c["notifications"]);
    let missing = call(
        &sb,
        "PATCH",
        &format!("{}/0123456789abcdef01234567", configs(&sb)),
        Some(&json!({"enabled": true})),
    );
    assert_eq!(missing.error_code(), "ALERT_CONFIG_NOT_FOUND");
}

fn test_path(list: &str, config: &Value, i: usize) -> String {
    format!(
        "{list}/{}/{}/test",
        config["id"].as_str().unwrap(),
        config["notifications"][i]["id"].as_str().unwrap()
    )
}

#[test]
fn the_notification_test_endpoint_answers_and_is_logged() {
    for shape in SHAPES {
        let sb = Sandbox::start(&["--shape", shape, "--access-log"]);
        let list = configs(&sb);
        let c = call(&sb, "POST", &list, Some(&every_type())).json();
        let mut keyless = host_down();
        keyless["notifications"] =
            json!([{"typeName": "PAGER_DUTY"}, {"typeName": "EMAIL", "emailAddress": ""}]);
        let k = call(&sb, "POST", &list, Some(&keyless)).json();

        let expect = [
            (&c, 0, true, "PAGER_DUTY", "**************0001"),
            (
                &c,
                6,
                true,
                "WEBHOOK",
                if shape == "recorded" {
                    "https://hooks.example.com/****0008"
                } else {
                    "https://hooks.example.com/****"
                },
            ),
            (&c, 1, true, "SLACK", "******************0002"),
            (&c, 14, true, "EMAIL", "ops@example.com"),
            (&c, 9, true, "GROUP", "GROUP"),
            (&k, 0, false, "PAGER_DUTY", ""),
            (&k, 1, false, "EMAIL", ""),
        ];
        for (config, i, success, ty, destination) in expect {
            let r = call(&sb, "POST", &test_path(&list, config, i), None);
            assert_eq!(r.status, 200, "{shape} {ty}: {r:?}");
            assert_no_secret(&r);
            let v = r.json();
            assert_eq!(v["success"], success, "{ty}: {v}");
            assert!(v["message"].as_str().is_some_and(|m| !m.is_empty()));
            assert_eq!(v["details"]["notificationType"], ty);
            assert_eq!(v["details"]["destination"], destination, "{shape} {ty}");
            assert!(is_timestamp(&v["details"]["timestamp"]), "{v}");
        }
        let path = test_path(&list, &c, 0);
        let log = sb.access_log();
        assert_eq!(
            log.iter()
                .filter(|l| l.starts_with(&format!("POST /api/public/v1.0{path} 200 ")))
                .count(),
            1,
            "{log:?}"
        );

        let wrong = format!(
            "{list}/{}/0123456789abcdef01234567/test",
            c["id"].as_str().unwrap()
        );
        let r = call(&sb, "POST", &wrong, None);
        assert_eq!(
            (r.status, r.error_code().as_str()),
            (404, "RESOURCE_NOT_FOUND"),
            "{r:?}"
        );
        let r = call(&sb, "GET", &path, None);
        assert_eq!(
            (r.status, r.header("allow").as_deref()),
            (405, Some("POST"))
        );
        let r = call(
            &sb,
            "POST",
            &format!(
                "{list}/0123456789abcdef01234567/{}/test",
                c["notifications"][0]["id"].as_str().unwrap()
            ),
            None,
        );
        assert_eq!(r.error_code(), "ALERT_CONFIG_NOT_FOUND");
    }
}

#[test]
fn without_the_test_endpoint_it_is_404_as_on_older_servers() {
    let sb = Sandbox::start(&["--no-notification-test"]);
    let list = configs(&sb);
    let c = call(&sb, "POST", &list, Some(&host_down())).json();
    let r = call(&sb, "POST", &test_path(&list, &c, 0), None);
    assert_eq!(
        (r.status, r.error_code().as_str()),
        (404, "RESOURCE_NOT_FOUND"),
        "{r:?}"
    );
    let g = call(&sb, "POST", "/globalAlertConfigs", Some(&global_body())).json();
    let r = call(&sb, "POST", &test_path("/globalAlertConfigs", &g, 0), None);
    assert_eq!(
        (r.status, r.error_code().as_str()),
        (404, "RESOURCE_NOT_FOUND")
    );
    // The rest is unchanged.
    assert_eq!(call(&sb, "GET", &list, None).json()["totalCount"], 1);
}

fn global_body() -> Value {
    json!({
        "eventTypeName": "BACKUP_AGENT_DOWN",
        "enabled": true,
        "forAllGroups": true,
        "tags": [],
        "notifications": [
            {"typeName": "WEBHOOK", "webhookUrl": "https://hooks.example.com/alerts/path-secret-0008",
             "webhookSecret": "wh-secret-0009"},
            {"typeName": "EMAIL", "emailAddress": "ops@example.com"}
        ]
    })
}

#[test]
fn global_configurations_have_every_endpoint() {
    for shape in SHAPES {
        let sb = Sandbox::start(&["--shape", shape]);
        let list = "/globalAlertConfigs";
        assert_eq!(call(&sb, "GET", list, None).json()["totalCount"], 0);
        let created = call(&sb, "POST", list, Some(&global_body()));
        assert_eq!(created.status, 201, "{created:?}");
        assert_no_secret(&created);
        let g = created.json();
        let id = g["id"].as_str().unwrap().to_string();
        assert!(g.get("groupId").is_none(), "{g}");
        assert_eq!(g["forAllGroups"], true);
        assert_eq!(g["links"][0]["href"], sb.api(&format!("{list}/{id}")));
        let secret = if shape == "recorded" {
            "**********0009"
        } else {
            "******"
        };
        assert_eq!(g["notifications"][0]["webhookSecret"], secret);
        assert_eq!(call(&sb, "GET", &format!("{list}/{id}"), None).json(), g);
        assert_eq!(call(&sb, "GET", list, None).json()["results"][0], g);
        // Project configurations are elsewhere.
        assert_eq!(
            call(&sb, "GET", &configs(&sb), None).json()["totalCount"],
            0
        );

        let r = call(&sb, "PUT", &format!("{list}/{id}"), Some(&g));
        assert_eq!(r.error_code(), "INVALID_INTEGRATION_SETTINGS", "{r:?}");
        let mut clear = g.clone();
        clear["notifications"][0] = global_body()["notifications"][0].clone();
        clear["notifications"][0]["id"] = g["notifications"][0]["id"].clone();
        clear["forAllGroups"] = json!(false);
        clear["groupIds"] = json!([sb.project_id]);
        let r = call(&sb, "PUT", &format!("{list}/{id}"), Some(&clear));
        assert_eq!(r.status, 200, "{r:?}");
        assert_eq!(r.json()["groupIds"], json!([sb.project_id]));
        let r = call(
            &sb,
            "PATCH",
            &format!("{list}/{id}"),
            Some(&json!({"enabled": false})),
        );
        assert_eq!(r.json()["enabled"], false);

        let t = call(&sb, "POST", &test_path(list, &g, 0), None);
        assert_eq!(t.status, 200, "{t:?}");
        assert_eq!(t.json()["details"]["notificationType"], "WEBHOOK");
        assert_eq!(t.json()["success"], true);

        // A project configuration may not take the global attributes.
        let r = call(&sb, "POST", &configs(&sb), Some(&global_body()));
        assert_eq!(
            (r.status, r.json()["parameters"][0].as_str()),
            (400, Some("forAllGroups"))
        );

        assert_eq!(
            call(&sb, "DELETE", &format!("{list}/{id}"), None).status,
            204
        );
        let r = call(&sb, "GET", &format!("{list}/{id}"), None);
        assert_eq!(
            (r.status, r.error_code().as_str()),
            (404, "ALERT_CONFIG_NOT_FOUND")
        );
    }
}

#[test]
fn configurations_persist_across_a_restart() {
    let dir = tempfile::tempdir().unwrap();
    let state = dir.path().join("state.json");
    let path = state.to_str().unwrap().to_string();
    let (project_list, global_list, kept, gone) = {
        let sb = Sandbox::start(&["--state", &path, "--projects", "2"]);
        let list = configs(&sb);
        let a = call(&sb, "POST", &list, Some(&every_type())).json();
        let b = call(&sb, "POST", &list, Some(&host_down())).json();
        let c = call(&sb, "POST", &list, Some(&host_down())).json();
        let mut clear = every_type();
        clear["eventTypeName"] = json!("REPLACED");
        let r = call(
            &sb,
            "PUT",
            &format!("{list}/{}", a["id"].as_str().unwrap()),
            Some(&clear),
        );
        assert_eq!(r.status, 200);
        let r = call(
            &sb,
            "PATCH",
            &format!("{list}/{}", b["id"].as_str().unwrap()),
            Some(&json!({"enabled": true})),
        );
        assert_eq!(r.status, 200);
        assert_eq!(
            call(
                &sb,
                "DELETE",
                &format!("{list}/{}", c["id"].as_str().unwrap()),
                None
            )
            .status,
            204
        );
        let g = call(&sb, "POST", "/globalAlertConfigs", Some(&global_body())).json();
        (
            call(&sb, "GET", &list, None).json(),
            call(&sb, "GET", "/globalAlertConfigs", None).json(),
            g,
            c,
        )
    };
    // The changes were appended as records.
    let text = std::fs::read_to_string(&state).unwrap();
    assert!(
        text.lines()
            .any(|l| l.starts_with('{') && l.contains("\"alertConfigId\"")),
        "{text}"
    );
    assert_eq!(
        stored_alert(&state, None, kept["id"].as_str().unwrap())["id"],
        kept["id"]
    );

    let sb = Sandbox::start(&["--state", &path]);
    assert_eq!(call(&sb, "GET", &configs(&sb), None).json(), project_list);
    assert_eq!(project_list["totalCount"], 2);
    assert_eq!(project_list["results"][0]["eventTypeName"], "REPLACED");
    assert_eq!(project_list["results"][1]["enabled"], true);
    assert_eq!(
        call(&sb, "GET", "/globalAlertConfigs", None).json(),
        global_list
    );
    let r = call(
        &sb,
        "GET",
        &format!("{}/{}", configs(&sb), gone["id"].as_str().unwrap()),
        None,
    );
    assert_eq!(r.error_code(), "ALERT_CONFIG_NOT_FOUND");
    // The other project has none.
    let second = call(&sb, "GET", "/groups", None).json()["results"][1]["id"].clone();
    let r = call(
        &sb,
        "GET",
        &format!("/groups/{}/alertConfigs", second.as_str().unwrap()),
        None,
    );
    assert_eq!(r.json()["totalCount"], 0);
    // And a restart writes a fresh snapshot holding them.
    drop(sb);
    let bytes = std::fs::read(&state).unwrap();
    let snapshot: Value = serde_json::Deserializer::from_slice(&bytes)
        .into_iter::<Value>()
        .next()
        .unwrap()
        .unwrap();
    assert_eq!(snapshot["globalAlertConfigs"].as_array().unwrap().len(), 1);
}

#[test]
fn a_state_file_from_before_alert_configurations_still_loads() {
    let dir = tempfile::tempdir().unwrap();
    let state = dir.path().join("old.json");
    // The format as it was: a snapshot and an integration record.
    std::fs::write(
        &state,
        r#"{
  "keys": {"publicKey": "oldpub", "privateKey": "old-private"},
  "orgs": [{"id": "aaaaaaaaaaaaaaaaaaaaaaaa", "name": "Organization 1"}],
  "projects": [
    {"id": "bbbbbbbbbbbbbbbbbbbbbbbb", "name": "Project 1", "orgId": "aaaaaaaaaaaaaaaaaaaaaaaa",
     "integrations": {}}
  ]
}
{"project":"bbbbbbbbbbbbbbbbbbbbbbbb","type":"PAGER_DUTY","integration":{"id":"cccccccccccccccccccccccc","fields":{"serviceKey":"pd-key-secret-0001"}}}
"#,
    )
    .unwrap();
    let sb = Sandbox::start(&["--state", state.to_str().unwrap()]);
    assert_eq!(sb.public_key, "oldpub");
    let r = sb.call("GET", &sb.integrations("/PAGER_DUTY"), None);
    assert_eq!(r.json()["serviceKey"], "**************0001");
    assert_eq!(
        call(&sb, "GET", &configs(&sb), None).json()["totalCount"],
        0
    );
    assert_eq!(
        call(&sb, "GET", "/globalAlertConfigs", None).json()["totalCount"],
        0
    );
    let r = call(&sb, "POST", &configs(&sb), Some(&host_down()));
    assert_eq!(r.status, 201);
}

#[test]
fn changing_an_integration_does_not_change_the_notifications_that_copied_it() {
    for shape in SHAPES {
        let sb = Sandbox::start(&["--shape", shape]);
        let put = |key: &str| {
            let r = sb.call(
                "PUT",
                &sb.integrations("/PAGER_DUTY"),
                Some(&json!({"type": "PAGER_DUTY", "serviceKey": key}).to_string()),
            );
            assert_eq!(r.status, 200, "{r:?}");
        };
        put("pd-key-secret-0001");
        // The configuration copies the integration's key, as Ops Manager
        // does when a person adds the notification.
        let c = call(&sb, "POST", &configs(&sb), Some(&host_down())).json();
        let one = format!("{}/{}", configs(&sb), c["id"].as_str().unwrap());
        put("pd-key-secret-0099");
        let after = call(&sb, "GET", &one, None).json();
        assert_eq!(after, c, "{shape}");
        assert_eq!(
            after["notifications"][0]["serviceKey"],
            "**************0001"
        );
        assert_eq!(
            sb.call("GET", &sb.integrations("/PAGER_DUTY"), None).json()["serviceKey"],
            "**************0099"
        );
        assert_eq!(
            sb.call("DELETE", &sb.integrations("/PAGER_DUTY"), None)
                .status,
            204
        );
        assert_eq!(call(&sb, "GET", &one, None).json(), c);
    }
}

#[test]
fn seeded_configurations_copy_the_integrations_held_at_seed_time() {
    let dir = tempfile::tempdir().unwrap();
    let state = dir.path().join("state.json");
    let path = state.to_str().unwrap().to_string();
    {
        let sb = Sandbox::start(&["--state", &path, "--projects", "2"]);
        for body in [
            json!({"type": "PAGER_DUTY", "serviceKey": "pd-key-secret-0001"}),
            json!({"type": "SLACK", "apiToken": "xoxb-token-secret-0002",
                   "channelName": "#alerts", "teamName": "ops"}),
        ] {
            let api = body["type"].as_str().unwrap();
            let r = sb.call(
                "PUT",
                &sb.integrations(&format!("/{api}")),
                Some(&body.to_string()),
            );
            assert_eq!(r.status, 200, "{r:?}");
        }
    }
    let args = [
        "--state",
        &path,
        "--alert-configs",
        "4",
        "--global-alert-configs",
        "2",
    ];
    let (first, second, global) = {
        let sb = Sandbox::start(&args);
        let groups = call(&sb, "GET", "/groups", None).json();
        let other = groups["results"][1]["id"].as_str().unwrap().to_string();
        let page = call(&sb, "GET", &configs(&sb), None);
        assert_no_secret(&page);
        let page = page.json();
        assert_eq!(page["totalCount"], 4, "{page}");
        let c = &page["results"][0];
        assert_eq!(c["eventTypeName"], "HOST_DOWN");
        assert_eq!(c["enabled"], true);
        assert_eq!(
            without_ids(c),
            [
                json!({"typeName": "PAGER_DUTY", "serviceKey": "**************0001",
                       "intervalMin": 5, "delayMin": 0}),
                json!({"typeName": "SLACK", "apiToken": "******************0002",
                       "channelName": "#alerts", "intervalMin": 5, "delayMin": 0}),
                json!({"typeName": "GROUP", "emailEnabled": true, "smsEnabled": false,
                       "roles": ["GROUP_OWNER"], "intervalMin": 5, "delayMin": 0}),
            ]
        );
        let metric = &page["results"][1];
        assert_eq!(metric["eventTypeName"], "OUTSIDE_METRIC_THRESHOLD");
        assert_eq!(metric["metricThreshold"]["operator"], "GREATER_THAN");
        assert_eq!(metric["notifications"][0]["typeName"], "SLACK");
        // The state file holds the integration's values in clear: copies.
        let id = c["id"].as_str().unwrap();
        let stored = stored_alert(&state, Some(&sb.project_id), id);
        assert_eq!(
            stored["fields"]["notifications"][0]["serviceKey"],
            "pd-key-secret-0001"
        );
        assert_eq!(
            stored["fields"]["notifications"][1]["apiToken"],
            "xoxb-token-secret-0002"
        );
        // A project without integrations gets plain notifications only.
        let page = call(&sb, "GET", &format!("/groups/{other}/alertConfigs"), None).json();
        assert_eq!(page["totalCount"], 4);
        for c in page["results"].as_array().unwrap() {
            for n in c["notifications"].as_array().unwrap() {
                assert!(
                    ["EMAIL", "GROUP"].contains(&n["typeName"].as_str().unwrap()),
                    "{n}"
                );
            }
        }
        let global = call(&sb, "GET", "/globalAlertConfigs", None).json();
        assert_eq!(global["totalCount"], 2);
        assert!(global["results"][0].get("groupId").is_none());
        assert_eq!(global["results"][0]["forAllGroups"], true);
        (call(&sb, "GET", &configs(&sb), None).json(), page, global)
    };
    // Seeding is "at least N": a restart with the same flags adds nothing.
    let sb = Sandbox::start(&args);
    assert_eq!(call(&sb, "GET", &configs(&sb), None).json(), first);
    let other = call(&sb, "GET", "/groups", None).json()["results"][1]["id"].clone();
    assert_eq!(
        call(
            &sb,
            "GET",
            &format!("/groups/{}/alertConfigs", other.as_str().unwrap()),
            None
        )
        .json(),
        second
    );
    assert_eq!(call(&sb, "GET", "/globalAlertConfigs", None).json(), global);
}

#[test]
fn seeding_is_bounded() {
    for (args, wanted) in [
        (&["--alert-configs", "1001"][..], "1001"),
        (&["--global-alert-configs", "10001"][..], "10001"),
        (
            &["--projects", "1001", "--alert-configs", "1000"][..],
            "more than 1000000",
        ),
    ] {
        let out = std::process::Command::new(env!("CARGO_BIN_EXE_omi-sandbox"))
            .args(args)
            .args(["exec", "--", "true"])
            .output()
            .unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{args:?}: {stderr}");
        assert!(stderr.contains(wanted), "{args:?}: {stderr}");
    }
}

#[test]
fn many_projects_with_configurations_start_quickly_and_list_by_project() {
    let started = std::time::Instant::now();
    let sb = Sandbox::start(&["--projects", "5000", "--alert-configs", "20"]);
    let took = started.elapsed();
    // Generous for a debug build on a busy machine; a release build takes
    // well under a second.
    assert!(took < std::time::Duration::from_secs(30), "{took:?}");
    let page = call(
        &sb,
        "GET",
        &format!("{}?itemsPerPage=500", configs(&sb)),
        None,
    )
    .json();
    assert_eq!(page["totalCount"], 20);
    assert_eq!(page["results"].as_array().unwrap().len(), 20);
}
