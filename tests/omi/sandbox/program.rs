//! omi-sandbox as a program: startup lines, exec, refusing remote listens,
//! and a real digest client (curl).

use crate::util::sandbox::{Sandbox, SANDBOX};
use std::process::Command;

fn curl(sb: &Sandbox, extra: &[&str], url: &str) -> (String, String) {
    let out = Command::new("curl")
        .args(["-sS", "--digest", "-u"])
        .arg(format!("{}:{}", sb.public_key, sb.private_key))
        .args(["-w", "\n%{http_code}"])
        .args(extra)
        .arg(url)
        .output()
        .expect("run curl");
    let text = String::from_utf8_lossy(&out.stdout).to_string();
    let (body, code) = text.rsplit_once('\n').unwrap_or((&text, ""));
    (body.to_string(), code.to_string())
}

#[test]
fn startup_lines_describe_a_working_server() {
    let sb = Sandbox::start(&["--public-key", "abcdefgh", "--private-key", "priv-123"]);
    assert!(sb.base_url.starts_with("http://127.0.0.1:"));
    assert_ne!(sb.base_url, "http://127.0.0.1:0");
    assert_eq!(sb.public_key, "abcdefgh");
    assert_eq!(sb.private_key, "priv-123");
    assert_eq!(sb.project_id.len(), 24);
    let (body, code) = curl(&sb, &[], &sb.api("/groups"));
    assert_eq!(code, "200", "{body}");
    let v: serde_json::Value = serde_json::from_str(&body).unwrap();
    assert_eq!(v["totalCount"], 1);
    assert_eq!(v["results"][0]["id"], sb.project_id.as_str());
    assert_eq!(v["results"][0]["name"], "Project 1");
}

#[test]
fn random_keys_have_the_documented_shape() {
    let sb = Sandbox::start(&[]);
    assert_eq!(sb.public_key.len(), 8);
    assert!(sb.public_key.chars().all(|c| c.is_ascii_lowercase()));
    assert_eq!(sb.private_key.len(), 36);
    assert_eq!(sb.private_key.matches('-').count(), 4);
}

#[test]
fn curl_digest_get_and_post() {
    let sb = Sandbox::start(&[]);
    let url = sb.api(&format!("/groups/{}/integrations/SLACK", sb.project_id));
    let (body, code) = curl(
        &sb,
        &[
            "-X",
            "POST",
            "-H",
            "Content-Type: application/json",
            "--data",
            r#"{"type":"SLACK","apiToken":"1234567890","teamName":"My Team"}"#,
        ],
        &url,
    );
    assert_eq!(code, "200", "{body}");
    let v: serde_json::Value = serde_json::from_str(&body).unwrap();
    assert_eq!(v["results"][0]["apiToken"], "******7890");
    let (body, code) = curl(&sb, &[], &format!("{url}?pretty=true"));
    assert_eq!(code, "200", "{body}");
    assert!(body.contains("\n  \"apiToken\": \"******7890\""), "{body}");
    let out = Command::new("curl")
        .args([
            "-sS",
            "--digest",
            "-u",
            "nobody:wrong",
            "-w",
            "\n%{http_code}",
        ])
        .arg(&url)
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.ends_with("\n401"), "{text}");
}

#[test]
fn exec_passes_variables_and_exit_status() {
    let out = Command::new(SANDBOX)
        .args(["--public-key", "execpub", "exec", "--", "sh", "-c"])
        .arg(
            "case \"$OMI_BASE_URL\" in http://127.0.0.1:*) ;; *) exit 90;; esac; \
             [ \"$OMI_PUBLIC_KEY\" = execpub ] || exit 91; \
             [ ${#OMI_PROJECT_ID} -eq 24 ] || exit 92; \
             [ -n \"$OMI_PRIVATE_KEY\" ] || exit 93; \
             curl -sS -o /dev/null -w '%{http_code}' --digest -u \"$OMI_PUBLIC_KEY:$OMI_PRIVATE_KEY\" \
               \"$OMI_BASE_URL/api/public/v1.0/groups\"; exit 7",
        )
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(7), "{out:?}");
    // Only the command's own output: the sandbox prints nothing itself.
    assert_eq!(String::from_utf8_lossy(&out.stdout), "200");
}

#[test]
fn exec_reports_signals_and_missing_commands() {
    let out = Command::new(SANDBOX)
        .args(["exec", "--", "sh", "-c", "kill -TERM $$"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(128 + 15));
    let out = Command::new(SANDBOX)
        .args(["exec", "--", "/nonexistent/omi-test-cmd"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(127));
    assert!(String::from_utf8_lossy(&out.stderr).contains("/nonexistent/omi-test-cmd"));
}

#[test]
fn non_loopback_listen_is_refused() {
    let out = Command::new(SANDBOX)
        .args(["--listen", "0.0.0.0:0"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("--allow-remote"), "{err}");
    assert!(out.stdout.is_empty());
}

#[test]
fn bad_project_id_is_a_usage_error() {
    let out = Command::new(SANDBOX)
        .args(["--project-id", "not-hex"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("24 hex"));
}
