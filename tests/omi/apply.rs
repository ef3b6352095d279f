//! `omi apply` over many projects against omi-sandbox.

use crate::util::sandbox::Sandbox;
use predicates::prelude::*;
use serde_json::{json, Value};
use std::path::{Path, PathBuf};

const PD_KEY: &str = "pd-apply-key-0001";

const PD_KEY_2: &str = "pd-apply-key-0002";

const WH_SECRET: &str = "wh-apply-secret-xyz";

const OG_KEY: &str = "og-apply-key-5555";

struct Fixture {
    dir: tempfile::TempDir,
}

impl Fixture {
    fn new() -> Fixture {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("wh-secret"), format!("{WH_SECRET}\n")).unwrap();
        Fixture { dir }
    }

    fn write(&self, name: &str, v: &Value) -> PathBuf {
        let p = self.dir.path().join(name);
        std::fs::write(&p, serde_json::to_vec_pretty(v).unwrap()).unwrap();
        p
    }
}

fn desired(extra_projects: Value) -> Value {
    json!({
        "integrations": {
            "PAGER_DUTY": {"serviceKey": {"env": "PD_KEY"}},
            "WEBHOOK": {"url": "https://hooks.example.com/alerts", "secret": {"file": "wh-secret"}}
        },
        "projects": extra_projects
    })
}

fn apply(sb: &Sandbox, file: &Path, pd_key: &str, extra: &[&str]) -> assert_cmd::assert::Assert {
    sb.omi()
        .env("PD_KEY", pd_key)
        .env("OG_KEY", OG_KEY)
        .args(["apply", "-f"])
        .arg(file)
        .args(extra)
        .assert()
}

fn all_output(a: &assert_cmd::assert::Assert) -> String {
    let o = a.get_output();
    format!(
        "{}{}",
        String::from_utf8_lossy(&o.stdout),
        String::from_utf8_lossy(&o.stderr)
    )
}

fn assert_no_secrets(text: &str) {
    for s in [PD_KEY, PD_KEY_2, WH_SECRET, OG_KEY] {
        assert!(!text.contains(s), "secret {s} printed:\n{text}");
    }
}

fn writes_in(lines: &[String]) -> usize {
    lines
        .iter()
        .filter(|l| l.starts_with("PUT ") || l.starts_with("DELETE ") || l.starts_with("POST "))
        .count()
}

fn json_rows(a: &assert_cmd::assert::Assert) -> Vec<Value> {
    serde_json::from_slice::<Value>(&a.get_output().stdout)
        .expect("apply --json prints JSON")
        .as_array()
        .unwrap()
        .clone()
}

#[test]
fn converges_fifty_projects_and_is_idempotent() {
    let sb = Sandbox::start(&["--projects", "50", "--access-log"]);
    let fx = Fixture::new();
    let file = fx.write("desired.json", &desired(json!({})));

    // First apply adds two types to each of the 50 projects.
    let a = apply(&sb, &file, PD_KEY, &["--all-projects", "--json"]).success();
    assert_no_secrets(&all_output(&a));
    let rows = json_rows(&a);
    assert_eq!(rows.len(), 100);
    assert!(rows
        .iter()
        .all(|r| r["action"] == "add" && r["result"] == "done"));
    let projects: std::collections::BTreeSet<_> = rows
        .iter()
        .map(|r| r["projectId"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(projects.len(), 50);
    // Requests: 1 project list + 50 reads + 100 writes, plus at most one
    // challenge per concurrent worker.
    let lines = sb.access_log();
    let first_run = lines.len();
    assert_eq!(writes_in(&lines), 100);
    assert!(
        lines.len() <= 1 + 50 + 100 + 8 + 1,
        "{} requests",
        lines.len()
    );

    // What the server holds is the file's values.
    let some = projects.iter().next().unwrap();
    let got = sb.omi_json(&["get", "webhook", "--json", "--project-id", some]);
    assert_eq!(got["url"], "https://hooks.example.com/****");
    assert_eq!(got["secret"], "******");

    // Second apply: nothing to write. The documented masks hide the
    // webhook's secret and URL path: unverifiable, not "unchanged".
    let a = apply(&sb, &file, PD_KEY, &["--all-projects"]).success();
    let out = all_output(&a);
    assert!(
        out.contains(
            "Applied: 0 added, 0 replaced, 0 deleted, 50 unchanged; 0 failed. 50 unverifiable"
        ),
        "{out}"
    );
    assert_no_secrets(&out);
    let lines = sb.access_log();
    assert_eq!(writes_in(&lines[first_run..]), 0, "second apply wrote");

    // A changed secret is replaced everywhere, and only that type.
    let a = apply(&sb, &file, PD_KEY_2, &["--all-projects", "--json"]).success();
    assert_no_secrets(&all_output(&a));
    let rows = json_rows(&a);
    let replaced: Vec<_> = rows.iter().filter(|r| r["action"] == "replace").collect();
    assert_eq!(replaced.len(), 50);
    assert!(replaced
        .iter()
        .all(|r| r["type"] == "PAGER_DUTY" && r["changed"] == json!(["serviceKey"])));
    let got = sb
        .omi()
        .args(["get", "pager-duty", "--json", "--project-id", some])
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    assert!(String::from_utf8_lossy(&got).contains("*************0002"));

    // --force replaces even what looks unchanged.
    let rows = json_rows(
        &apply(
            &sb,
            &file,
            PD_KEY_2,
            &["--project-id", some, "--force", "--json"],
        )
        .success(),
    );
    assert!(rows.iter().all(|r| r["action"] == "replace"), "{rows:?}");
}

#[test]
fn per_project_overrides_prune_and_dry_run() {
    let sb = Sandbox::start(&["--projects", "3", "--access-log"]);
    let fx = Fixture::new();
    let target = sb.project_id.clone();
    // The project has a Datadog integration the file does not declare,
    // and a webhook the file says it must not have.
    sb.omi()
        .args(["create", "datadog", "--api-key", "dd-key-0000"])
        .assert()
        .success();
    sb.omi()
        .args(["create", "webhook", "--url", "https://old.example.com/x"])
        .assert()
        .success();
    let file = fx.write(
        "desired.json",
        &desired(json!({ &target: {"OPS_GENIE": {"apiKey": {"env": "OG_KEY"}, "region": "EU"}, "WEBHOOK": null}})),
    );

    // Dry run: the plan, and no write.
    let before = sb.access_log().len();
    let a = apply(
        &sb,
        &file,
        PD_KEY,
        &["--project-id", &target, "--dry-run", "--prune"],
    )
    .success();
    let out = all_output(&a);
    assert_no_secrets(&out);
    assert!(
        out.contains("1 to delete") || out.contains("2 to delete"),
        "{out}"
    );
    assert!(
        out.contains("OPS_GENIE") && out.contains("DATADOG"),
        "{out}"
    );
    assert_eq!(writes_in(&sb.access_log()[before..]), 0, "dry run wrote");

    // Without --prune, Datadog stays; WEBHOOK: null deletes the webhook.
    let rows =
        json_rows(&apply(&sb, &file, PD_KEY, &["--project-id", &target, "--json"]).success());
    let action = |t: &str| {
        rows.iter()
            .find(|r| r["type"] == t)
            .map(|r| r["action"].as_str().unwrap().to_string())
    };
    assert_eq!(action("PAGER_DUTY").as_deref(), Some("add"));
    assert_eq!(action("OPS_GENIE").as_deref(), Some("add"));
    assert_eq!(action("WEBHOOK").as_deref(), Some("delete"));
    assert_eq!(action("DATADOG").as_deref(), Some("unchanged"));
    let list = sb.omi_json(&["list", "--json"]);
    let types: Vec<_> = list["results"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["type"].clone())
        .collect();
    assert_eq!(types.len(), 3, "{types:?}");
    let og = list["results"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["type"] == "OPS_GENIE")
        .unwrap();
    assert_eq!(og["region"], "EU");

    // --prune removes what the file does not declare: a script must say
    // --yes, or nothing is deleted.
    apply(&sb, &file, PD_KEY, &["--project-id", &target, "--prune"])
        .code(2)
        .stderr(predicates::str::contains("without confirmation"));
    sb.omi().args(["get", "datadog"]).assert().success();
    let rows = json_rows(
        &apply(
            &sb,
            &file,
            PD_KEY,
            &["--project-id", &target, "--prune", "--yes", "--json"],
        )
        .success(),
    );
    assert_eq!(
        rows.iter().filter(|r| r["action"] == "delete").count(),
        1,
        "{rows:?}"
    );
    sb.omi().args(["get", "datadog"]).assert().code(4);
}

#[test]
fn one_failing_project_does_not_stop_the_others_and_a_rerun_converges() {
    let fx = Fixture::new();
    let state = fx.dir.path().join("state.json");
    let state_arg = state.to_str().unwrap().to_string();
    let ids = [
        "aaaaaaaaaaaaaaaaaaaaaaa1",
        "aaaaaaaaaaaaaaaaaaaaaaa2",
        "aaaaaaaaaaaaaaaaaaaaaaa3",
    ];
    let mut args = vec![
        "--state",
        &state_arg,
        "--public-key",
        "pubkey",
        "--private-key",
        "private-key-for-apply",
    ];
    for id in &ids {
        args.extend(["--project-id", id]);
    }
    let file = fx.write("desired.json", &desired(json!({})));
    {
        let mut denied = args.clone();
        denied.extend(["--deny-project", ids[1]]);
        let sb = Sandbox::start(&denied);
        let a = apply(&sb, &file, PD_KEY, &["--all-projects"]);
        let out = all_output(&a);
        let code = a.get_output().status.code();
        assert_eq!(code, Some(3), "the failure is an authorization one: {out}");
        assert!(
            out.contains(ids[1]) && out.contains("NOT_IN_GROUP"),
            "{out}"
        );
        assert!(out.contains("4 added") && out.contains("1 failed"), "{out}");
        assert_no_secrets(&out);
    }
    let sb = Sandbox::start(&args);
    let a = apply(&sb, &file, PD_KEY, &["--all-projects", "--json"]).success();
    let rows = json_rows(&a);
    let adds: Vec<_> = rows.iter().filter(|r| r["action"] == "add").collect();
    assert_eq!(adds.len(), 2);
    assert!(adds.iter().all(|r| r["projectId"] == ids[1]));
    assert_eq!(
        rows.iter()
            .filter(|r| r["action"] == "unchanged" || r["action"] == "unverifiable")
            .count(),
        4
    );
}

#[test]
fn the_file_is_validated_before_any_request() {
    let sb = Sandbox::start(&["--access-log"]);
    let fx = Fixture::new();
    let bad = fx.write(
        "bad.json",
        &json!({"integrations": {"SLACK": {"teamName": "t"}, "PROMETHEUS": {"scheme": "gopher"}}}),
    );
    sb.omi()
        .args(["apply", "-f"])
        .arg(&bad)
        .assert()
        .code(2)
        .stderr(predicate::str::contains("integrations.SLACK.apiToken"))
        .stderr(predicate::str::contains("integrations.PROMETHEUS.scheme"));
    let missing_env = fx.write("env.json", &desired(json!({})));
    sb.omi()
        .env_remove("PD_KEY")
        .args(["apply", "-f"])
        .arg(&missing_env)
        .assert()
        .code(2)
        .stderr(predicate::str::contains("PD_KEY is not set"));
    // A TOML file cut to nothing, or a comment, declares nothing: with
    // --prune it would have deleted every integration.
    for (name, text) in [("empty.toml", ""), ("comment.toml", "# fleet\n")] {
        let path = fx.dir.path().join(name);
        std::fs::write(&path, text).unwrap();
        sb.omi()
            .args(["apply", "--prune", "--yes", "-f"])
            .arg(&path)
            .assert()
            .code(2)
            .stderr(predicate::str::contains("the file declares nothing"));
    }
    let log = sb.access_log();
    assert!(log.is_empty(), "invalid files sent requests: {log:?}");
}

#[test]
fn toml_files_work_too() {
    let sb = Sandbox::start(&[]);
    let fx = Fixture::new();
    let path = fx.dir.path().join("desired.toml");
    std::fs::write(
        &path,
        format!(
            "[integrations.PAGER_DUTY]\nserviceKey = {{ env = \"PD_KEY\" }}\n\n[projects.{}]\nWEBHOOK = false\n",
            sb.project_id
        ),
    )
    .unwrap();
    apply(&sb, &path, PD_KEY, &["--project-id", &sb.project_id])
        .success()
        .stdout(predicate::str::contains("PAGER_DUTY"));
    sb.omi().args(["get", "pager-duty"]).assert().success();
}

#[test]
fn all_projects_pages_through_the_project_list() {
    let sb = Sandbox::start(&["--projects", "17", "--access-log"]);
    let fx = Fixture::new();
    let file = fx.write(
        "d.json",
        &json!({"integrations": {"DATADOG": {"apiKey": "dd-paging-key"}}}),
    );
    let rows = json_rows(
        &sb.omi()
            .args([
                "apply",
                "--all-projects",
                "--items-per-page",
                "5",
                "--json",
                "-f",
            ])
            .arg(&file)
            .assert()
            .success(),
    );
    assert_eq!(rows.len(), 17);
    let lines = sb.access_log();
    let pages: Vec<_> = lines
        .iter()
        .filter(|l| l.starts_with("GET /api/public/v1.0/groups?") && l.contains(" 200 "))
        .collect();
    assert_eq!(pages.len(), 4, "17 projects in pages of 5: {pages:?}");
    assert!(pages[3].contains("pageNum=4&itemsPerPage=5"));
}

#[test]
fn dry_run_exit_code_reports_drift_for_ci() {
    let sb = Sandbox::start(&[]);
    let fx = Fixture::new();
    let file = fx.write("desired.json", &desired(json!({})));
    let project = sb.project_id.clone();
    // Not yet applied: changes are pending, said by exit code 7 alone.
    apply(
        &sb,
        &file,
        PD_KEY,
        &["--project-id", &project, "--dry-run", "--exit-code"],
    )
    .code(7)
    .stderr(predicate::str::contains("omi: error").not())
    .stdout(predicate::str::contains("add"));
    apply(&sb, &file, PD_KEY, &["--project-id", &project]).success();
    // Converged: 0.
    apply(
        &sb,
        &file,
        PD_KEY,
        &["--project-id", &project, "--dry-run", "--exit-code"],
    )
    .success();
    // Drift on one field: 7 again.
    apply(
        &sb,
        &file,
        PD_KEY_2,
        &["--project-id", &project, "--dry-run", "--exit-code"],
    )
    .code(7)
    .stdout(predicate::str::contains("serviceKey"));
    // Failures keep their own codes; --exit-code needs --dry-run.
    apply(
        &sb,
        &file,
        PD_KEY,
        &["--project-id", &project, "--exit-code"],
    )
    .code(2)
    .stderr(predicate::str::contains("add --dry-run"));
    // The count line comes after the table.
    let out = apply(&sb, &file, PD_KEY, &["--project-id", &project, "--dry-run"]).success();
    assert!(
        all_output(&out)
            .trim_end()
            .ends_with("--force replaces them."),
        "{}",
        all_output(&out)
    );
}

/// A plan can be read before the secrets are at hand: an unset `{"env"}`
/// or a missing `{"file"}` makes its row "needs-value" in a dry run
/// (exit 0; 7 with --exit-code only when something else drifts); a real
/// apply refuses the file, naming the variable, and writes nothing.
#[test]
fn dry_run_plans_with_unset_references() {
    let sb = Sandbox::start(&["--access-log"]);
    let fx = Fixture::new();
    let file = fx.write(
        "needs.json",
        &json!({"integrations": {
            "PAGER_DUTY": {"serviceKey": {"env": "PD_KEY_NOT_SET"}},
            "WEBHOOK": {"url": "https://hooks.example.com/a", "secret": {"file": "no-such-file"}}
        }}),
    );
    let plan = || {
        let mut cmd = sb.omi();
        cmd.env_remove("PD_KEY_NOT_SET")
            .args(["apply", "--dry-run", "-f"])
            .arg(&file);
        cmd
    };
    let a = plan().arg("--json").assert().success();
    let rows = json_rows(&a);
    let needs = |t: &str| {
        rows.iter()
            .find(|r| r["type"] == t)
            .map(|r| (r["action"].clone(), r["changed"].clone()))
    };
    assert_eq!(
        needs("PAGER_DUTY"),
        Some((
            json!("needs-value"),
            json!(["serviceKey ($PD_KEY_NOT_SET)"])
        ))
    );
    assert_eq!(
        needs("WEBHOOK"),
        Some((json!("needs-value"), json!(["secret (file no-such-file)"])))
    );
    // Nothing else drifts: --exit-code is 0. Something else: 7.
    plan().arg("--exit-code").assert().code(0);
    sb.omi()
        .args([
            "create",
            "slack",
            "--api-token",
            "xoxb-needs-1",
            "--team-name",
            "t",
        ])
        .assert()
        .success();
    plan().args(["--exit-code", "--prune"]).assert().code(7);
    // The table says it too, with the count.
    let text = all_output(&plan().assert().success());
    assert!(text.contains("needs-value"), "{text}");
    assert!(text.contains("2 need a value not set yet"), "{text}");
    // A real apply refuses the file before any request, naming it.
    let before = sb.access_log().len();
    sb.omi()
        .env_remove("PD_KEY_NOT_SET")
        .args(["apply", "-f"])
        .arg(&file)
        .assert()
        .code(2)
        .stderr(predicate::str::contains("PD_KEY_NOT_SET is not set"))
        .stderr(predicate::str::contains("no-such-file"));
    assert_eq!(sb.access_log().len(), before, "nothing was sent");
}
