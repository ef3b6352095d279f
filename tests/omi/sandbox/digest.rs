//! Digest authentication against the spawned sandbox: with Authorization
//! headers computed here so nonce, nc and uri are under the test's
//! control, and with a second, independent digest client, Python
//! requests' HTTPDigestAuth, the reference the sandbox issue names
//! (`.ci/run` installs requests; elsewhere that test is skipped with a note
//! when python3 or requests is missing). curl, a third, is in `program`.

use crate::util::api::{send, Resp};
use crate::util::sandbox::Sandbox;
use std::process::Command;

const UNAUTHORIZED: &str =
    r#"{"detail":"You are not authorized for this resource.","error":401,"reason":"Unauthorized"}"#;

#[test]
fn challenge_has_the_ops_manager_form() {
    let sb = Sandbox::start(&[]);
    let r = send("GET", &sb.api("/groups"), None, None);
    assert_eq!(r.status, 401);
    assert_eq!(r.body, UNAUTHORIZED);
    assert_eq!(
        r.header("content-type").as_deref(),
        Some("application/json")
    );
    let h = r.header("www-authenticate").unwrap();
    let nonce = h
        .split("nonce=\"")
        .nth(1)
        .and_then(|s| s.split('"').next())
        .unwrap();
    assert!(!nonce.is_empty());
    assert_eq!(
        h,
        format!(
            r#"Digest realm="MMS Public API", domain="", nonce="{nonce}", algorithm=MD5, qop="auth", stale=false"#
        )
    );
}

#[test]
fn good_digest_passes_and_nonce_can_be_reused_with_new_nc() {
    let sb = Sandbox::start(&[]);
    let mut prompt = sb.challenge();
    let uri = "/api/public/v1.0/groups?pageNum=1&itemsPerPage=5";
    let url = format!("{}{uri}", sb.base_url);
    for _ in 0..3 {
        let auth = sb.authorization(&mut prompt, "GET", uri, &sb.private_key);
        let r = send("GET", &url, Some(&auth), None);
        assert_eq!(r.status, 200, "{r:?}");
    }
}

#[test]
fn wrong_private_key_is_refused() {
    let sb = Sandbox::start(&[]);
    let mut prompt = sb.challenge();
    let auth = sb.authorization(&mut prompt, "GET", "/api/public/v1.0/groups", "not-the-key");
    let r = send("GET", &sb.api("/groups"), Some(&auth), None);
    assert_eq!(r.status, 401);
    assert_eq!(r.body, UNAUTHORIZED);
    assert!(r
        .header("www-authenticate")
        .unwrap()
        .ends_with("stale=false"));
}

#[test]
fn wrong_username_is_refused() {
    let sb = Sandbox::start(&[]);
    let mut prompt = sb.challenge();
    let auth = sb
        .authorization(
            &mut prompt,
            "GET",
            "/api/public/v1.0/groups",
            &sb.private_key,
        )
        .replace(
            &format!("username=\"{}\"", sb.public_key),
            "username=\"someone\"",
        );
    let r = send("GET", &sb.api("/groups"), Some(&auth), None);
    assert_eq!(r.status, 401);
}

#[test]
fn replayed_nc_is_refused_but_out_of_order_nc_is_accepted() {
    let sb = Sandbox::start(&[]);
    let mut prompt = sb.challenge();
    let uri = "/api/public/v1.0/groups";
    let url = sb.api("/groups");
    prompt.nc = 4; // next answer uses nc=5
    let five = sb.authorization(&mut prompt, "GET", uri, &sb.private_key);
    assert_eq!(send("GET", &url, Some(&five), None).status, 200);
    // The very same header again: nc 5 seen on this nonce.
    let again = send("GET", &url, Some(&five), None);
    assert_eq!(again.status, 401);
    assert!(again
        .header("www-authenticate")
        .unwrap()
        .ends_with("stale=false"));
    // A lower nc not yet seen (a concurrent request that arrived late) is fine.
    prompt.nc = 1; // nc=2
    let two = sb.authorization(&mut prompt, "GET", uri, &sb.private_key);
    assert_eq!(send("GET", &url, Some(&two), None).status, 200);
}

#[test]
fn uri_must_be_the_path_and_query() {
    let sb = Sandbox::start(&[]);
    let mut prompt = sb.challenge();
    // A client that digests the bare path of a paged GET.
    let auth = sb.authorization(
        &mut prompt,
        "GET",
        "/api/public/v1.0/groups",
        &sb.private_key,
    );
    let r = send("GET", &sb.api("/groups?pageNum=1"), Some(&auth), None);
    assert_eq!(r.status, 401);
    // Digest over GET while the request is a POST also fails.
    let uri = format!("/api/public/v1.0{}", sb.integrations("/SLACK"));
    let auth = sb.authorization(&mut prompt, "GET", &uri, &sb.private_key);
    let r = send(
        "POST",
        &sb.api(&sb.integrations("/SLACK")),
        Some(&auth),
        Some(br#"{"type":"SLACK","apiToken":"x","teamName":"t"}"#.to_vec()),
    );
    assert_eq!(r.status, 401);
}

#[test]
fn unknown_nonce_is_not_stale() {
    let sb = Sandbox::start(&[]);
    let mut prompt = sb.challenge();
    prompt.nonce = "0123456789abcdef0123456789abcdef".to_string();
    let auth = sb.authorization(
        &mut prompt,
        "GET",
        "/api/public/v1.0/groups",
        &sb.private_key,
    );
    let r = send("GET", &sb.api("/groups"), Some(&auth), None);
    assert_eq!(r.status, 401);
    assert!(r
        .header("www-authenticate")
        .unwrap()
        .ends_with("stale=false"));
}

/// Asserts `r` is a 401 whose new challenge says `stale=true` and does not
/// reuse `old`, and that the new nonce works.
fn assert_stale_with_a_working_new_nonce(sb: &Sandbox, r: &Resp, old: &str) {
    assert_eq!(r.status, 401);
    let h = r.header("www-authenticate").unwrap();
    assert!(h.ends_with("stale=true"), "{h}");
    assert!(!h.contains(old), "{h}");
    let mut fresh = digest_auth::parse(&h).unwrap();
    let auth = sb.authorization(
        &mut fresh,
        "GET",
        "/api/public/v1.0/groups",
        &sb.private_key,
    );
    assert_eq!(
        send("GET", &sb.api("/groups"), Some(&auth), None).status,
        200
    );
}

#[test]
fn expired_nonce_gets_a_new_one_with_stale_true() {
    // A 50 ms nonce, used until the server calls it stale: no fixed sleep,
    // and a bound on the wait.
    let sb = Sandbox::start(&["--nonce-ttl", "50ms"]);
    let mut prompt = sb.challenge();
    let old = prompt.nonce.clone();
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(10);
    let r = loop {
        let auth = sb.authorization(
            &mut prompt,
            "GET",
            "/api/public/v1.0/groups",
            &sb.private_key,
        );
        let r = send("GET", &sb.api("/groups"), Some(&auth), None);
        if r.status != 200 || std::time::Instant::now() > deadline {
            break r;
        }
        std::thread::yield_now();
    };
    assert_eq!(r.status, 401);
    let h = r.header("www-authenticate").unwrap();
    assert!(h.ends_with("stale=true"), "{h}");
    assert!(!h.contains(&old), "{h}");
    // The new nonce lives 50 ms too, so whether it still works by the time
    // it is used depends on the machine; used_up_nonce_gets_a_new_one_with_
    // stale_true checks that a fresh nonce works.
}

#[test]
fn used_up_nonce_gets_a_new_one_with_stale_true() {
    let sb = Sandbox::start(&["--nonce-uses", "2"]);
    let mut prompt = sb.challenge();
    let old = prompt.nonce.clone();
    let mut statuses = Vec::new();
    let mut last = None;
    for _ in 0..3 {
        let auth = sb.authorization(
            &mut prompt,
            "GET",
            "/api/public/v1.0/groups",
            &sb.private_key,
        );
        let r = send("GET", &sb.api("/groups"), Some(&auth), None);
        statuses.push(r.status);
        last = Some(r);
    }
    assert_eq!(statuses, [200, 200, 401]);
    assert_stale_with_a_working_new_nonce(&sb, &last.unwrap(), &old);
}

#[test]
fn a_wrong_key_on_a_used_up_nonce_is_not_stale() {
    let sb = Sandbox::start(&["--nonce-uses", "1"]);
    let mut prompt = sb.challenge();
    let uri = "/api/public/v1.0/groups";
    let auth = sb.authorization(&mut prompt, "GET", uri, &sb.private_key);
    assert_eq!(
        send("GET", &sb.api("/groups"), Some(&auth), None).status,
        200
    );
    let auth = sb.authorization(&mut prompt, "GET", uri, "not-the-key");
    let r = send("GET", &sb.api("/groups"), Some(&auth), None);
    assert_eq!(r.status, 401);
    assert!(r
        .header("www-authenticate")
        .unwrap()
        .ends_with("stale=false"));
}

#[test]
fn sha256_mode() {
    let sb = Sandbox::start(&["--digest-algorithm", "SHA-256"]);
    let r = send("GET", &sb.api("/groups"), None, None);
    let h = r.header("www-authenticate").unwrap();
    assert!(h.contains("algorithm=SHA-256,"), "{h}");
    let mut prompt = digest_auth::parse(&h).unwrap();
    let auth = sb.authorization(
        &mut prompt,
        "GET",
        "/api/public/v1.0/groups",
        &sb.private_key,
    );
    assert!(auth.contains("algorithm=SHA-256"), "{auth}");
    assert_eq!(
        send("GET", &sb.api("/groups"), Some(&auth), None).status,
        200
    );
    // An MD5 answer to a SHA-256 server is refused.
    let mut md5 = prompt.clone();
    md5.algorithm = digest_auth::Algorithm::new(digest_auth::AlgorithmType::MD5, false);
    let auth = sb.authorization(&mut md5, "GET", "/api/public/v1.0/groups", &sb.private_key);
    assert_eq!(
        send("GET", &sb.api("/groups"), Some(&auth), None).status,
        401
    );
}

#[test]
fn garbage_authorization_headers_do_not_crash_it() {
    let sb = Sandbox::start(&[]);
    for h in [
        "Digest",
        "Digest ",
        "Basic dXNlcjpwYXNz",
        "Digest username=",
        "Digest username=\"a\", realm=\"MMS Public API\", nonce=\"x\", uri=\"/\", response=\"y\", qop=auth, nc=zz, cnonce=\"c\"",
        "Digest =,=,\"\"\"",
    ] {
        let r = send("GET", &sb.api("/groups"), Some(h), None);
        assert_eq!(r.status, 401, "{h}");
    }
    assert_eq!(sb.call("GET", "/groups", None).status, 200);
}

const SCRIPT: &str = r#"
import json, os, sys
import requests
from requests.auth import HTTPDigestAuth

base = os.environ["OMI_BASE_URL"] + "/api/public/v1.0/groups/" + os.environ["OMI_PROJECT_ID"]
s = requests.Session()
s.auth = HTTPDigestAuth(os.environ["OMI_PUBLIC_KEY"], os.environ["OMI_PRIVATE_KEY"])
out = []
r = s.put(base + "/integrations/PAGER_DUTY", json={"type": "PAGER_DUTY", "serviceKey": "py-key-123456"})
out.append([r.status_code, r.json()["results"][0]["serviceKey"]])
r = s.get(base + "/integrations?pageNum=1&itemsPerPage=5&pretty=true")
out.append([r.status_code, r.json()["totalCount"]])
r = s.delete(base + "/integrations/PAGER_DUTY")
out.append([r.status_code, r.text])
bad = requests.get(base + "/integrations", auth=HTTPDigestAuth(os.environ["OMI_PUBLIC_KEY"], "wrong"))
out.append([bad.status_code, bad.json()["detail"]])
print(json.dumps(out))
"#;

#[test]
fn python_requests_digest_auth_works() {
    let has_requests = Command::new("python3")
        .args(["-c", "import requests"])
        .status()
        .is_ok_and(|s| s.success());
    if !has_requests {
        assert!(
            std::env::var_os("CI").is_none(),
            "CI must install python3 requests (.ci/run does)"
        );
        eprintln!("skipped: python3 with requests is not installed");
        return;
    }
    let sb = Sandbox::start(&[]);
    let out = Command::new("python3")
        .args(["-c", SCRIPT])
        .envs(sb.env())
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let got: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(
        got,
        serde_json::json!([
            [200, "*********3456"],
            [200, 1],
            [204, ""],
            [401, "You are not authorized for this resource."]
        ])
    );
}
