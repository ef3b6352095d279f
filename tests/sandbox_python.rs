//! A second, independent digest client against omi-sandbox: Python
//! requests' HTTPDigestAuth, the reference the sandbox issue names.
//! `.ci/run` installs requests; elsewhere the test is skipped with a note
//! when python3 or requests is missing.

mod common;

use common::Sandbox;
use std::process::Command;

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
