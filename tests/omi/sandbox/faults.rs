//! Fault injection, access control, the access log and TLS.

use crate::util::api::send;
use crate::util::sandbox::{Sandbox, SANDBOX};
use std::process::Command;
use std::time::{Duration, Instant};

#[test]
fn latency_is_added_to_every_response() {
    // A lower bound only: how fast an answer without latency comes
    // depends on the machine's load, not on the sandbox.
    let slow = Sandbox::start(&["--latency-ms", "300"]);
    let t = Instant::now();
    // The challenge too is delayed.
    assert_eq!(send("GET", &slow.api("/groups"), None, None).status, 401);
    let slow_time = t.elapsed();
    assert!(slow_time >= Duration::from_millis(300), "{slow_time:?}");
}

#[test]
fn rate_limit_answers_429_with_retry_after() {
    let sb = Sandbox::start(&["--rate-limit", "3"]);
    for _ in 0..3 {
        assert_eq!(sb.call("GET", "/groups", None).status, 200);
    }
    let r = sb.call("GET", "/groups", None);
    assert_eq!(r.status, 429, "{r:?}");
    assert_eq!(r.error_code(), "RATE_LIMITED");
    assert_eq!(r.json()["reason"], "Too Many Requests");
    let retry: u64 = r.header("retry-after").unwrap().parse().unwrap();
    assert!((1..=60).contains(&retry), "{retry}");
    // Unauthenticated challenges are not rate limited.
    assert_eq!(send("GET", &sb.api("/groups"), None, None).status, 401);
}

#[test]
fn fail_every_counts_all_requests_503_by_default() {
    let sb = Sandbox::start(&["--fail-every", "3"]);
    // Requests 1 and 2 are challenge + answer; 3 fails.
    assert_eq!(sb.call("GET", "/groups", None).status, 200);
    let r = send("GET", &sb.api("/groups"), None, None);
    assert_eq!(r.status, 503, "{r:?}");
    assert_eq!(r.error_code(), "SERVICE_UNAVAILABLE");
    assert_eq!(r.json()["reason"], "Service Unavailable");
    // 4, 5 fine; 6 fails.
    assert_eq!(sb.call("GET", "/groups", None).status, 200);
    assert_eq!(send("GET", &sb.api("/groups"), None, None).status, 503);
}

#[test]
fn fail_status_500_is_unexpected_error() {
    let sb = Sandbox::start(&["--fail-every", "1", "--fail-status", "500"]);
    let r = send("GET", &sb.api("/groups"), None, None);
    assert_eq!(r.status, 500);
    assert_eq!(r.error_code(), "UNEXPECTED_ERROR");
    assert_eq!(r.json()["reason"], "Internal Server Error");
}

#[test]
fn access_list_refuses_other_addresses() {
    let sb = Sandbox::start(&["--access-list", "10.1.2.3"]);
    let r = send("GET", &sb.api("/groups"), None, None);
    assert_eq!(r.status, 403);
    assert_eq!(r.error_code(), "IP_ADDRESS_NOT_ON_ACCESS_LIST");
    assert_eq!(r.json()["parameters"], serde_json::json!(["127.0.0.1"]));
    let ok = Sandbox::start(&["--access-list", "10.1.2.3", "--access-list", "127.0.0.1"]);
    assert_eq!(ok.call("GET", "/groups", None).status, 200);
}

#[test]
fn deny_project_is_not_in_group_after_auth() {
    let id = "5e2211c17a3e5a48f5497de3";
    let sb = Sandbox::start(&["--project-id", id, "--deny-project", id]);
    assert_eq!(send("GET", &sb.api("/groups"), None, None).status, 401);
    let r = sb.call("GET", &format!("/groups/{id}/integrations"), None);
    assert_eq!(r.status, 401);
    assert_eq!(r.error_code(), "NOT_IN_GROUP");
    assert!(r.header("www-authenticate").is_none());
    let r = sb.call("GET", &format!("/groups/{id}/integrations/SLACK"), None);
    assert_eq!(r.error_code(), "NOT_IN_GROUP");
}

#[test]
fn access_log_has_one_exact_line_per_request() {
    let sb = Sandbox::start(&["--access-log"]);
    let path = format!("{}?pageNum=1", sb.integrations(""));
    assert_eq!(sb.call("GET", &path, None).status, 200);
    let secret = r#"{"type":"PAGER_DUTY","serviceKey":"topsecret-key-1234"}"#;
    assert_eq!(
        sb.call("POST", &sb.integrations("/PAGER_DUTY"), Some(secret))
            .status,
        200
    );
    let lines = sb.wait_for_stderr_lines(4);
    assert_eq!(lines.len(), 4, "{lines:?}");
    let get = format!("/api/public/v1.0{path}");
    let post = format!("/api/public/v1.0{}", sb.integrations("/PAGER_DUTY"));
    // call() fetches a challenge (GET /groups, 401) before each request.
    let parsed: Vec<Vec<&str>> = lines.iter().map(|l| l.split(' ').collect()).collect();
    for p in &parsed {
        assert_eq!(p.len(), 4, "{p:?}");
        let ms = p[3].strip_suffix("ms").expect("ms suffix");
        let (whole, frac) = ms.split_once('.').expect("one decimal");
        assert!(whole.parse::<u64>().is_ok() && frac.len() == 1, "{ms}");
    }
    assert_eq!(parsed[0][..3], ["GET", "/api/public/v1.0/groups", "401"]);
    assert_eq!(parsed[1][..3], ["GET", get.as_str(), "200"]);
    assert_eq!(parsed[2][..3], ["GET", "/api/public/v1.0/groups", "401"]);
    assert_eq!(parsed[3][..3], ["POST", post.as_str(), "200"]);
    assert!(!lines.join("\n").contains("topsecret"));
}

#[test]
fn tls_serves_https_with_the_written_certificate() {
    let dir = tempfile::tempdir().unwrap();
    let cert = dir.path().join("sandbox.pem");
    let sb = Sandbox::start(&["--tls", "--tls-cert-out", cert.to_str().unwrap()]);
    assert!(
        sb.base_url.starts_with("https://127.0.0.1:"),
        "{}",
        sb.base_url
    );
    let pem = std::fs::read_to_string(&cert).unwrap();
    assert!(pem.starts_with("-----BEGIN CERTIFICATE-----"));
    let curl = |extra: &[&str]| {
        Command::new("curl")
            .args([
                "-sS",
                "-o",
                "/dev/null",
                "-w",
                "%{http_code}",
                "--digest",
                "-u",
            ])
            .arg(format!("{}:{}", sb.public_key, sb.private_key))
            .args(extra)
            .arg(sb.api("/groups"))
            .output()
            .unwrap()
    };
    let trusted = curl(&["--cacert", cert.to_str().unwrap()]);
    assert_eq!(
        String::from_utf8_lossy(&trusted.stdout),
        "200",
        "{trusted:?}"
    );
    let untrusted = curl(&[]);
    assert!(!untrusted.status.success());
    assert_ne!(String::from_utf8_lossy(&untrusted.stdout), "200");
    // localhost is in the certificate too.
    let by_name = Command::new("curl")
        .args(["-sS", "-o", "/dev/null", "-w", "%{http_code}", "--cacert"])
        .arg(&cert)
        .arg(sb.api("/groups").replace("127.0.0.1", "localhost"))
        .output()
        .unwrap();
    assert_eq!(String::from_utf8_lossy(&by_name.stdout), "401");
}

#[test]
fn tls_without_cert_out_is_a_usage_error() {
    let out = Command::new(SANDBOX)
        .args(["--listen", "127.0.0.1:0", "--tls"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn many_concurrent_clients() {
    let sb = std::sync::Arc::new(Sandbox::start(&[]));
    let threads: Vec<_> = (0..8)
        .map(|_| {
            let sb = std::sync::Arc::clone(&sb);
            std::thread::spawn(move || {
                for _ in 0..5 {
                    assert_eq!(sb.call("GET", "/groups", None).status, 200);
                }
            })
        })
        .collect();
    for t in threads {
        t.join().unwrap();
    }
}
