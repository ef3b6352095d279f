//! `--shape recorded`: what MongoDB's real servers were recorded returning
//! (ids, server defaults and nulls, masks, key order, error codes, the 401
//! content type, single-use nonces, RateLimit headers), while the default
//! documented shape keeps its own answers.

use crate::util::api::{get_one, put, send, Resp};
use crate::util::sandbox::Sandbox;
use omi::api::ids::is_object_id;
use serde_json::{json, Value};

/// The object without its `id`, after checking the id is 24 hex.
fn without_id(mut v: Value) -> Value {
    assert!(v["id"].as_str().is_some_and(is_object_id), "{v}");
    v.as_object_mut().unwrap().remove("id");
    v
}

#[test]
fn integrations_come_back_as_recorded() {
    let sb = Sandbox::start(&["--shape", "recorded"]);
    let cases = [
        (
            json!({"type": "PAGER_DUTY", "serviceKey": "1234567890"}),
            json!({"type": "PAGER_DUTY", "serviceKey": "******7890", "region": "US"}),
        ),
        (
            json!({"type": "DATADOG", "apiKey": "dd-abcdefgh", "region": "EU"}),
            json!({"type": "DATADOG", "apiKey": "*******efgh", "region": "EU",
                   "customEndpoint": null, "sendCollectionLatencyMetrics": false,
                   "sendDatabaseMetrics": false, "sendQueryStatsMetrics": false,
                   "sendUserProvidedResourceTags": false}),
        ),
        (
            json!({"type": "WEBHOOK", "url": "https://example.com/51c0ef87e9951c3e147accf0e12101",
                   "secret": "51c0ef87e9951c3e147accf0e12101"}),
            json!({"type": "WEBHOOK", "url": "https://example.com/****2101",
                   "secret": "**************************2101",
                   "bodyTemplate": null, "headersTemplate": null}),
        ),
        (
            json!({"type": "VICTOR_OPS", "apiKey": "vo-11112222", "routingKey": "test"}),
            json!({"type": "VICTOR_OPS", "apiKey": "*******2222", "routingKey": "test"}),
        ),
        (
            json!({"type": "OPS_GENIE", "apiKey": "og-87654321", "region": "EU"}),
            json!({"type": "OPS_GENIE", "apiKey": "*******4321", "region": "EU"}),
        ),
        (
            json!({"type": "SLACK", "apiToken": "xoxb-1234567890", "teamName": "Team"}),
            json!({"type": "SLACK", "apiToken": "***********7890", "teamName": "Team",
                   "channelName": ""}),
        ),
        (
            json!({"type": "PROMETHEUS", "username": "prom", "password": "hunter2hunter2",
                   "listenAddress": "0.0.0.0:9216", "serviceDiscovery": "file", "scheme": "https",
                   "enabled": false, "tlsPemPath": "/etc/prom.pem", "tlsPemPassword": "pempass"}),
            json!({"type": "PROMETHEUS", "username": "prom", "listenAddress": "0.0.0.0:9216",
                   "serviceDiscovery": "file", "scheme": "https", "enabled": false,
                   "tlsPemPath": "/etc/prom.pem", "tlsPemPassword": "******"}),
        ),
    ];
    for (body, expected) in &cases {
        let ty = body["type"].as_str().unwrap();
        let r = put(&sb, ty, body);
        assert_eq!(r.status, 200, "{ty}: {r:?}");
        let r = get_one(&sb, ty);
        assert_eq!(without_id(r.json()), *expected, "{ty}");
        // Keys alphabetical, `type` last, in the bytes on the wire.
        let tail = format!(r#","type":"{ty}"}}"#);
        assert!(r.body.ends_with(&tail), "{}", r.body);
        assert!(!r.body.contains("hunter2"), "{}", r.body);
    }
    // The list follows the table's type order and carries the same objects.
    let list = sb.call("GET", &sb.integrations(""), None);
    let types: Vec<String> = list.json()["results"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v["type"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(
        types,
        [
            "PAGER_DUTY",
            "SLACK",
            "DATADOG",
            "OPS_GENIE",
            "VICTOR_OPS",
            "WEBHOOK",
            "PROMETHEUS"
        ]
    );
    assert!(list
        .body
        .contains(r#""serviceKey":"******7890","type":"PAGER_DUTY"}"#));
}

#[test]
fn an_integration_keeps_its_id_when_replaced() {
    let sb = Sandbox::start(&["--shape", "recorded"]);
    let body = json!({"type": "PAGER_DUTY", "serviceKey": "1234567890"});
    let first = put(&sb, "PAGER_DUTY", &body).json()["results"][0]["id"].clone();
    assert!(first.as_str().is_some_and(is_object_id));
    let again = put(&sb, "PAGER_DUTY", &body).json()["results"][0]["id"].clone();
    assert_eq!(first, again);
    assert_eq!(get_one(&sb, "PAGER_DUTY").json()["id"], first);
    sb.call("DELETE", &sb.integrations("/PAGER_DUTY"), None);
    let fresh = put(&sb, "PAGER_DUTY", &body).json()["results"][0]["id"].clone();
    assert!(fresh.as_str().is_some_and(is_object_id) && fresh != first);
}

#[test]
fn documented_shape_is_unchanged() {
    let sb = Sandbox::start(&[]);
    let body = json!({"type": "WEBHOOK", "url": "https://example.com/51c0ef87e9951c3e147accf0e12101",
                      "secret": "51c0ef87e9951c3e147accf0e12101"});
    assert_eq!(put(&sb, "WEBHOOK", &body).status, 200);
    let r = get_one(&sb, "WEBHOOK");
    assert_eq!(
        r.json(),
        json!({"type": "WEBHOOK", "url": "https://example.com/****", "secret": "******"})
    );
    assert!(r.body.starts_with(r#"{"secret""#), "{}", r.body);
    assert!(r.header("ratelimit-limit").is_none());
    let r = get_one(&sb, "PAGER_DUTY");
    assert_eq!(r.error_code(), "INTEGRATION_NOT_CONFIGURED");
}

#[test]
fn recorded_error_codes_and_401_content_type() {
    let sb = Sandbox::start(&["--shape", "recorded"]);
    let r = get_one(&sb, "PAGER_DUTY");
    assert_eq!(r.status, 404);
    assert_eq!(r.error_code(), "RESOURCE_NOT_FOUND");
    assert_eq!(r.json()["parameters"], json!(["PAGER_DUTY"]));
    let r = sb.call("DELETE", &sb.integrations("/PAGER_DUTY"), None);
    assert_eq!(r.error_code(), "RESOURCE_NOT_FOUND");

    let unknown = "0123456789abcdef01234567";
    for path in [
        format!("/groups/{unknown}/integrations"),
        format!("/groups/{unknown}/integrations/SLACK"),
    ] {
        let r = sb.call("GET", &path, None);
        assert_eq!(r.status, 401, "{r:?}");
        assert_eq!(r.error_code(), "NOT_IN_GROUP");
        assert_eq!(r.json()["parameters"], json!([unknown]));
        assert_eq!(
            r.header("content-type").as_deref(),
            Some("application/json;charset=ISO-8859-1")
        );
    }
    let r = send("GET", &sb.api("/groups"), None, None);
    assert_eq!(r.status, 401);
    assert_eq!(
        r.header("content-type").as_deref(),
        Some("application/json;charset=ISO-8859-1")
    );
    // Other statuses keep plain JSON.
    let r = sb.call("GET", "/groups", None);
    assert_eq!(
        r.header("content-type").as_deref(),
        Some("application/json")
    );
}

#[test]
fn recorded_nonces_answer_once_and_are_refused_with_stale_false() {
    let sb = Sandbox::start(&["--shape", "recorded"]);
    let mut prompt = sb.challenge();
    let uri = "/api/public/v1.0/groups";
    let auth = sb.authorization(&mut prompt, "GET", uri, &sb.private_key);
    assert_eq!(
        send("GET", &sb.api("/groups"), Some(&auth), None).status,
        200
    );
    let auth = sb.authorization(&mut prompt, "GET", uri, &sb.private_key);
    let r = send("GET", &sb.api("/groups"), Some(&auth), None);
    assert_eq!(r.status, 401);
    let h = r.header("www-authenticate").unwrap();
    assert!(h.ends_with("stale=false"), "{h}");
    assert!(!h.contains(&prompt.nonce), "{h}");
}

#[test]
fn nonce_uses_overrides_the_recorded_single_use() {
    let sb = Sandbox::start(&["--shape", "recorded", "--nonce-uses", "3"]);
    let mut prompt = sb.challenge();
    let uri = "/api/public/v1.0/groups";
    for _ in 0..3 {
        let auth = sb.authorization(&mut prompt, "GET", uri, &sb.private_key);
        assert_eq!(
            send("GET", &sb.api("/groups"), Some(&auth), None).status,
            200
        );
    }
    let auth = sb.authorization(&mut prompt, "GET", uri, &sb.private_key);
    assert_eq!(
        send("GET", &sb.api("/groups"), Some(&auth), None).status,
        401
    );
}

#[test]
fn rate_limit_headers_count_down() {
    let sb = Sandbox::start(&["--shape", "recorded", "--rate-limit", "3"]);
    let headers = |r: &Resp| {
        (
            r.header("ratelimit-limit").unwrap_or_default(),
            r.header("ratelimit-remaining").unwrap_or_default(),
        )
    };
    let seen: Vec<_> = (0..4)
        .map(|_| {
            let r = sb.call("GET", "/groups", None);
            (r.status, headers(&r))
        })
        .collect();
    let h = |l: &str, r: &str| (l.to_string(), r.to_string());
    assert_eq!(
        seen,
        [
            (200, h("3", "2")),
            (200, h("3", "1")),
            (200, h("3", "0")),
            (429, h("3", "0"))
        ]
    );
    // Without --rate-limit the headers show a nominal limit and nothing is
    // refused.
    let sb = Sandbox::start(&["--shape", "recorded"]);
    let r = sb.call("GET", "/groups", None);
    assert_eq!(headers(&r), h("100", "99"));
    let r = sb.call("GET", "/nothing", None);
    assert_eq!(r.status, 404);
    assert_eq!(headers(&r), h("100", "98"));
}
