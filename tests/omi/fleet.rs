//! The fleet, end to end: `omi projects`, `--project NAME`, `--org-id`,
//! `omi list` across projects, `omi export` → `omi apply --dry-run
//! --exit-code` converging (documented and recorded shapes), and
//! `omi schema` checked by an independent validator (Python jsonschema).

use crate::util::hostile::{hostile, omi, respond};
use crate::util::sandbox::Sandbox;
use serde_json::{json, Value};
use std::collections::HashMap;
use std::path::Path;
use std::process::Command;

/// `omi projects --json`: (projectId, projectName, orgId) each.
fn projects(sb: &Sandbox) -> Vec<(String, String, String)> {
    sb.omi_json(&["projects", "--json"])
        .as_array()
        .unwrap()
        .iter()
        .map(|p| {
            let s = |k: &str| p[k].as_str().unwrap().to_string();
            (s("projectId"), s("projectName"), s("orgId"))
        })
        .collect()
}

/// What the test gave one project's integrations: (API type, field) →
/// secret value, for the `{"env": NAME}` references of the export.
type Secrets = HashMap<(String, String), String>;

/// `omi create|update TYPE ARGS --project-id ID`, recording the secrets.
fn put(sb: &Sandbox, verb: &str, project: &str, secrets: &mut Secrets, cli: &str, args: &[&str]) {
    sb.omi()
        .args([verb, cli, "--project-id", project])
        .args(args)
        .assert()
        .success();
    let ty = omi::api::types::find(cli).unwrap();
    for pair in args.chunks(2) {
        let f = ty
            .fields
            .iter()
            .find(|f| format!("--{}", f.flag) == pair[0])
            .unwrap();
        if f.secrecy.is_secret() {
            secrets.insert((ty.api.into(), f.json.into()), pair[1].into());
        }
    }
}

/// The environment the exported file needs, from what each project was
/// given: a name used for two different secrets fails the test (export
/// would have merged two keys).
fn env_for(file: &Value, secrets: &HashMap<String, Secrets>) -> Vec<(String, String)> {
    let mut env: HashMap<String, String> = HashMap::new();
    let mut bind = |project: &str, ty: &str, body: &Value| {
        for (field, v) in body.as_object().unwrap() {
            let Some(name) = v.get("env").and_then(Value::as_str) else {
                continue;
            };
            let secret = &secrets[project][&(ty.to_string(), field.clone())];
            let old = env.insert(name.to_string(), secret.clone());
            assert!(
                old.is_none() || old.as_ref() == Some(secret),
                "{name} stands for two secrets"
            );
        }
    };
    for project in secrets.keys() {
        for (ty, body) in file["integrations"].as_object().unwrap() {
            bind(project, ty, body);
        }
        if let Some(own) = file["projects"].get(project) {
            for (ty, body) in own.as_object().unwrap() {
                bind(project, ty, body);
            }
        }
    }
    env.into_iter().collect()
}

/// `omi apply -f FILE --all-projects --dry-run --exit-code`: the exit
/// code and the rows that are not unchanged, as (project, type, action).
fn drift(
    sb: &Sandbox,
    file: &Path,
    env: &[(String, String)],
) -> (i32, Vec<(String, String, String)>) {
    let out = sb
        .omi()
        .envs(env.iter().map(|(k, v)| (k, v)))
        .args(["apply", "-f"])
        .arg(file)
        .args(["--all-projects", "--dry-run", "--exit-code", "--json"])
        .output()
        .unwrap();
    let rows: Value = serde_json::from_slice(&out.stdout).unwrap_or_else(|_| {
        panic!(
            "apply printed no JSON; stderr: {}",
            String::from_utf8_lossy(&out.stderr)
        )
    });
    let changed = rows
        .as_array()
        .unwrap()
        .iter()
        // What would be written (unverifiable rows write nothing: a mask
        // or a write-only field hides them).
        .filter(|r| r["action"] != "unchanged" && r["action"] != "unverifiable")
        .map(|r| {
            let s = |k: &str| r[k].as_str().unwrap_or("").to_string();
            (s("projectId"), s("type"), s("action"))
        })
        .collect();
    (out.status.code().unwrap(), changed)
}

/// `Project 3` → `PROJECT_3`: a project's part of its variables' names.
fn part(name: &str) -> String {
    name.to_uppercase().replace(' ', "_")
}

/// Runs `omi export ARGS -o DIR/NAME` and returns the file's path, its
/// JSON and stderr.
fn export(sb: &Sandbox, dir: &Path, name: &str, args: &[&str]) -> (std::path::PathBuf, String) {
    let path = dir.join(name);
    let out = sb
        .omi()
        .arg("export")
        .args(args)
        .arg("-o")
        .arg(&path)
        .assert()
        .success()
        .get_output()
        .clone();
    (path, String::from_utf8(out.stderr).unwrap())
}

#[test]
fn export_then_apply_finds_the_fleet_converged_and_then_one_drift() {
    let sb = Sandbox::start(&["--projects", "6", "--orgs", "2"]);
    let ps = projects(&sb);
    assert_eq!(ps.len(), 6);
    let id = |i: usize| ps[i].0.as_str();
    let mut secrets: HashMap<String, Secrets> = HashMap::new();
    for (i, p) in ps.iter().enumerate() {
        let s = secrets.entry(p.0.clone()).or_default();
        // Every project: the same HipChat room and token → `integrations`.
        put(
            &sb,
            "create",
            &p.0,
            s,
            "hip-chat",
            &[
                "--notification-token",
                "hc-shared-token-1111",
                "--room-name",
                "ops",
            ],
        );
        match i {
            0 | 3 => put(
                &sb,
                "create",
                &p.0,
                s,
                "pager-duty",
                &["--service-key", "pd-key-aaaa-7890"],
            ),
            1 => put(
                &sb,
                "create",
                &p.0,
                s,
                "pager-duty",
                &["--service-key", "pd-key-bbbb-4321"],
            ),
            _ => {}
        }
        match i {
            0 => put(
                &sb,
                "update",
                &p.0,
                s,
                "slack",
                &[
                    "--api-token",
                    "xoxb-slack-0000-2222",
                    "--team-name",
                    "Ops Team",
                ],
            ),
            1 => put(
                &sb,
                "create",
                &p.0,
                s,
                "webhook",
                &[
                    "--url",
                    "https://hooks.example.com/alerts/p2-path",
                    "--secret",
                    "wh-secret-p2",
                ],
            ),
            2 => put(
                &sb,
                "create",
                &p.0,
                s,
                "prometheus",
                &[
                    "--username",
                    "prom",
                    "--password",
                    "prom-pw-3",
                    "--listen-address",
                    "0.0.0.0:9216",
                    "--service-discovery",
                    "http",
                    "--scheme",
                    "https",
                    "--enabled",
                    "true",
                    "--tls-pem-path",
                    "/etc/om/prom.pem",
                    "--tls-pem-password",
                    "pem-pw-3",
                ],
            ),
            3 => put(
                &sb,
                "create",
                &p.0,
                s,
                "datadog",
                &["--api-key", "dd-key-4444-5555", "--region", "EU"],
            ),
            4 => put(
                &sb,
                "create",
                &p.0,
                s,
                "ops-genie",
                &["--api-key", "og-key-5555-6666"],
            ),
            _ => put(
                &sb,
                "create",
                &p.0,
                s,
                "new-relic",
                &[
                    "--license-key",
                    "nr-lic-6666",
                    "--account-id",
                    "123456",
                    "--write-token",
                    "nr-wr-6666",
                    "--read-token",
                    "nr-rd-6666",
                ],
            ),
        }
    }
    let dir = tempfile::tempdir().unwrap();
    // Every project holds the same HipChat token, and says so.
    let share = ["--all-projects", "--share", "hip-chat.notificationToken"];
    let (path, stderr) = export(&sb, dir.path(), "fleet.json", &share);
    let text = std::fs::read_to_string(&path).unwrap();
    assert!(!text.contains('*'), "{text}");
    for s in secrets.values().flat_map(|s| s.values()) {
        assert!(
            !text.contains(s.as_str()) && !stderr.contains(s.as_str()),
            "{s} leaked"
        );
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&path).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o600);
    }
    let file: Value = serde_json::from_str(&text).unwrap();
    assert_eq!(file["$schema"], "omi-apply.schema.json");
    assert_eq!(
        file["integrations"],
        json!({"HIP_CHAT": {"notificationToken": {"env": "HIP_CHAT_NOTIFICATION_TOKEN"}, "roomName": "ops"}})
    );
    // Equal masks are not equal keys: a name per project, from its name.
    let name = |i: usize| part(&ps[i].1);
    for i in [0, 1, 3] {
        assert_eq!(
            file["projects"][id(i)]["PAGER_DUTY"]["serviceKey"]["env"],
            format!("PAGER_DUTY_SERVICE_KEY_{}", name(i))
        );
    }
    assert_eq!(
        file["projects"][id(2)]["PROMETHEUS"]["password"],
        json!({"env": format!("PROMETHEUS_PASSWORD_{}", name(2))})
    );
    // Opsgenie's default region is what apply sends anyway: left out.
    assert_eq!(
        file["projects"][id(4)]["OPS_GENIE"],
        json!({"apiKey": {"env": format!("OPS_GENIE_API_KEY_{}", name(4))}})
    );
    assert_eq!(file["projects"][id(0)]["SLACK"]["teamName"], "Ops Team");
    assert!(file["projects"][id(0)]["SLACK"]
        .get("channelName")
        .is_none());
    // stderr ends with the variables and the masks the server shows.
    let tail = stderr.rsplit("environment variables").next().unwrap();
    for line in [
        format!("PAGER_DUTY_SERVICE_KEY_{}", name(0)),
        "************7890".to_string(),
        format!("PROMETHEUS_PASSWORD_{}", name(2)),
        "(never returned)".to_string(),
        "HIP_CHAT.notificationToken, 6 projects (shared)".to_string(),
    ] {
        assert!(tail.contains(&line), "{line} not in {stderr}");
    }

    let env = env_for(&file, &secrets);
    assert_eq!(drift(&sb, &path, &env), (0, vec![]));

    // One integration changed on one project: exit 7, and that one row.
    sb.omi()
        .args([
            "update",
            "slack",
            "--project-id",
            id(0),
            "--api-token",
            "xoxb-slack-0000-2222",
            "--team-name",
            "Other Team",
        ])
        .assert()
        .success();
    assert_eq!(
        drift(&sb, &path, &env),
        (
            7,
            vec![(
                id(0).to_string(),
                "SLACK".to_string(),
                "replace".to_string()
            )]
        )
    );
    let table = sb
        .omi()
        .envs(env.iter().map(|(k, v)| (k, v)))
        .args(["apply", "-f"])
        .arg(&path)
        .args(["--all-projects", "--dry-run", "--exit-code"])
        .assert()
        .code(7)
        .get_output()
        .stdout
        .clone();
    let table = String::from_utf8(table).unwrap();
    let changed: Vec<&str> = table
        .lines()
        .filter(|l| l.contains(id(0)) && !l.contains("unchanged"))
        .collect();
    assert_eq!(changed.len(), 1, "{table}");
    assert!(
        changed[0].contains("SLACK")
            && changed[0].contains("replace")
            && changed[0].contains("teamName")
    );
    assert_eq!(table.matches("replace").count(), 1, "{table}");

    // The TOML export reads back as the same file.
    let (toml_path, _) = export(
        &sb,
        dir.path(),
        "fleet.toml",
        &[&share[..], &["--format", "toml"]].concat(),
    );
    let toml_file: toml::Table =
        toml::from_str(&std::fs::read_to_string(&toml_path).unwrap()).unwrap();
    let mut now: Value = serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
    now["projects"][id(0)]["SLACK"]["teamName"] = json!("Other Team");
    assert_eq!(serde_json::to_value(toml_file).unwrap(), now);
    assert_eq!(drift(&sb, &toml_path, &env), (0, vec![]));

    schema_checks(&sb, dir.path(), &path);
}

#[test]
fn list_across_projects_by_org_by_name_and_by_type() {
    let sb = Sandbox::start(&["--projects", "6", "--orgs", "2"]);
    let ps = projects(&sb);
    for (i, p) in ps.iter().enumerate().filter(|(i, _)| i % 2 == 0) {
        let key = format!("pd-key-{i}-000{i}");
        sb.omi()
            .args([
                "create",
                "pager-duty",
                "--project-id",
                &p.0,
                "--service-key",
                &key,
            ])
            .assert()
            .success();
    }
    let all = sb.omi_json(&["list", "--all-projects", "--json"]);
    let all = all.as_array().unwrap();
    assert_eq!(all.len(), 6);
    for (row, p) in all.iter().zip(&ps) {
        assert_eq!(
            (row["projectId"].as_str(), row["projectName"].as_str()),
            (Some(p.0.as_str()), Some(p.1.as_str()))
        );
        assert!(row["integrations"].is_array());
    }
    assert_eq!(all[0]["integrations"][0]["serviceKey"], "*********0000");

    // One organization: its projects only.
    let org = ps[1].2.clone();
    let mine: Vec<&str> = ps
        .iter()
        .filter(|p| p.2 == org)
        .map(|p| p.0.as_str())
        .collect();
    assert_eq!(mine.len(), 3);
    let listed = sb.omi_json(&["list", "--org-id", &org, "--json"]);
    let ids: Vec<&str> = listed
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["projectId"].as_str().unwrap())
        .collect();
    assert_eq!(ids, mine);
    let table = sb
        .omi()
        .args(["list", "--all-projects"])
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let table = String::from_utf8(table).unwrap();
    assert!(
        table.contains("PAGER_DUTY") && table.contains("✓ …0000") && table.contains("✓ …0002"),
        "{table}"
    );
    assert!(!table.contains("*"), "{table}");

    // --missing and --has split the fleet.
    let missing = sb.omi_json(&[
        "list",
        "--all-projects",
        "--missing",
        "pager-duty",
        "--json",
    ]);
    let has = sb.omi_json(&["list", "--all-projects", "--has", "PAGER_DUTY", "--json"]);
    let names = |v: &Value| -> Vec<String> {
        v.as_array()
            .unwrap()
            .iter()
            .map(|r| r["projectName"].as_str().unwrap().to_string())
            .collect()
    };
    assert_eq!(names(&missing), ["Project 2", "Project 4", "Project 6"]);
    assert_eq!(names(&has), ["Project 1", "Project 3", "Project 5"]);

    // By name: the fleet's shape, for one project as for several.
    let one = sb.omi_json(&["list", "--project", "Project 3", "--json"]);
    assert_eq!(one[0]["integrations"][0]["type"], "PAGER_DUTY");
    let by_id = sb.omi_json(&["list", "--project-id", &ps[2].0, "--json"]);
    // --project-id gives the fleet's shape too (its name is not looked up).
    assert_eq!(by_id[0]["projectId"], one[0]["projectId"]);
    assert_eq!(by_id[0]["integrations"], one[0]["integrations"]);
    assert!(by_id[0].as_object().unwrap().contains_key("projectName"));
    // And so, like --all-projects, it refuses what the fleet's shape would
    // ignore (it was once taken and silently dropped).
    sb.omi()
        .args(["list", "--project-id", &ps[2].0, "--pretty"])
        .assert()
        .code(2)
        .stderr(predicates::str::contains("--pretty"));
    let two = sb.omi_json(&[
        "list",
        "--project",
        "Project 2",
        "--project-id",
        &ps[0].0,
        "--json",
    ]);
    assert_eq!(two.as_array().unwrap().len(), 2);
    sb.omi()
        .args(["get", "pager-duty", "--project", "Project 5"])
        .assert()
        .success()
        .stdout(predicates::str::contains("*******0004"));
    let out = sb
        .omi()
        .args(["list", "--project", "No Such/Project"])
        .assert()
        .code(4)
        .get_output()
        .clone();
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("No Such/Project"), "{err}");
    // `omi projects --org-id` narrows too; a bad org id is a usage error.
    let in_org = sb.omi_json(&["projects", "--org-id", &org, "--json"]);
    assert_eq!(in_org.as_array().unwrap().len(), 3);
    sb.omi()
        .args(["projects", "--org-id", "nope"])
        .assert()
        .code(2);
    sb.omi()
        .args(["list", "--org-id", "0123456789abcdef01234567"])
        .assert()
        .code(4);
}

#[test]
fn project_names_are_url_encoded_and_the_list_is_paged() {
    let sb = Sandbox::start(&["--projects", "3", "--access-log"]);
    sb.omi()
        .args(["--items-per-page", "2", "list", "--all-projects", "--json"])
        .assert()
        .success();
    sb.omi()
        .args(["list", "--project", "a/b?c#d%"])
        .assert()
        .code(4);
    // Commands that read every page of the project list take no page:
    // projects and export do not have the option, list across projects
    // (decided by values) refuses it when it runs.
    for args in [&["projects"][..], &["export", "--all-projects"]] {
        sb.omi()
            .args(args)
            .args(["--page-num", "2"])
            .assert()
            .code(2)
            .stderr(predicates::str::contains(
                "unexpected argument '--page-num'",
            ));
    }
    sb.omi()
        .args(["list", "--all-projects", "--page-num", "2"])
        .assert()
        .code(2)
        .stderr(predicates::str::contains(
            "reads every page of the project list",
        ));
    // Dot segments would be resolved away: /groups/byName/.. is /groups/.
    for dots in [".", ".."] {
        sb.omi()
            .args(["list", "--project", dots])
            .assert()
            .code(2)
            .stderr(predicates::str::contains("--project-id"));
    }
    let log = sb.access_log().join("\n");
    assert!(log.contains("/groups?pageNum=2&itemsPerPage=2"), "{log}");
    assert!(log.contains("/groups/byName/a%2Fb%3Fc%23d%25"), "{log}");
    assert!(!log.contains("GET /api/public/v1.0/groups/ "), "{log}");
    assert_eq!(log.matches("/groups/byName/").count(), 1, "{log}");
}

#[test]
fn invalid_project_ids_from_the_server_are_reported_and_skipped() {
    let server = hostile(|s, _| {
        let body = json!({"results": [
            {"id": "../../etc/passwd", "name": "evil", "orgId": "x"},
            {"id": "5e2211c17a3e5a48f5497de3", "name": "ok\u{1b}[2J", "orgId": "0123456789abcdef01234567"}
        ], "totalCount": 2});
        respond(
            s,
            "200 OK",
            "Content-Type: application/json\r\n",
            body.to_string().as_bytes(),
        )
    });
    let out = omi(&server.url)
        .arg("projects")
        .assert()
        .success()
        .get_output()
        .clone();
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stdout.contains("5e2211c17a3e5a48f5497de3") && !stdout.contains("evil"),
        "{stdout}"
    );
    assert!(
        !stdout.contains('\u{1b}') && stdout.contains("\\u{1b}"),
        "{stdout}"
    );
    assert!(
        stderr.contains("not 24 hex characters; skipped"),
        "{stderr}"
    );
}

#[test]
fn export_then_apply_converges_against_the_recorded_shape() {
    let sb = Sandbox::start(&["--shape", "recorded", "--projects", "2"]);
    let ps = projects(&sb);
    let mut secrets: HashMap<String, Secrets> = HashMap::new();
    let (a, b) = (ps[0].0.clone(), ps[1].0.clone());
    let s = secrets.entry(a.clone()).or_default();
    put(
        &sb,
        "create",
        &a,
        s,
        "pager-duty",
        &["--service-key", "1234567890"],
    );
    put(
        &sb,
        "create",
        &a,
        s,
        "datadog",
        &["--api-key", "dd-abcdefgh", "--region", "EU"],
    );
    put(
        &sb,
        "create",
        &a,
        s,
        "webhook",
        &[
            "--url",
            "https://example.com/51c0ef87e9951c3e147accf0e12101",
            "--secret",
            "51c0ef87e9951c3e147accf0e12101",
        ],
    );
    put(
        &sb,
        "create",
        &a,
        s,
        "ops-genie",
        &["--api-key", "og-87654321"],
    );
    put(
        &sb,
        "update",
        &a,
        s,
        "slack",
        &["--api-token", "xoxb-1234567890", "--team-name", "Team"],
    );
    put(
        &sb,
        "create",
        &a,
        s,
        "victor-ops",
        &["--api-key", "vo-11112222", "--routing-key", "test"],
    );
    put(
        &sb,
        "create",
        &a,
        s,
        "prometheus",
        &[
            "--username",
            "prom",
            "--password",
            "hunter2hunter2",
            "--listen-address",
            "0.0.0.0:9216",
            "--service-discovery",
            "file",
            "--scheme",
            "https",
            "--enabled",
            "false",
            "--tls-pem-path",
            "/etc/prom.pem",
            "--tls-pem-password",
            "pempass",
        ],
    );
    let s = secrets.entry(b.clone()).or_default();
    put(
        &sb,
        "create",
        &b,
        s,
        "pager-duty",
        &["--service-key", "0987654321"],
    );

    let dir = tempfile::tempdir().unwrap();
    let (path, _) = export(&sb, dir.path(), "recorded.json", &["--all-projects"]);
    let text = std::fs::read_to_string(&path).unwrap();
    assert!(!text.contains('*'), "{text}");
    // No ids, nulls or server defaults the user never set.
    for server_added in [
        "\"id\"",
        "null",
        "customEndpoint",
        "sendDatabaseMetrics",
        "bodyTemplate",
        "\"region\": \"US\"",
    ] {
        assert!(!text.contains(server_added), "{server_added} in {text}");
    }
    let file: Value = serde_json::from_str(&text).unwrap();
    assert_eq!(
        file["projects"][&a]["WEBHOOK"]["secret"]["env"],
        format!("WEBHOOK_SECRET_{}", part(&ps[0].1))
    );
    assert_eq!(file["projects"][&a]["VICTOR_OPS"]["routingKey"], "test");
    let env = env_for(&file, &secrets);
    let (code, changed) = drift(&sb, &path, &env);
    // Ids, nulls, defaults, last-four masks and clear routing keys: the
    // export converges on the recorded shape too.
    assert_eq!((code, changed), (0, vec![]));
}

/// Whether Python's jsonschema is there; CI must have it (.ci/run).
fn has_jsonschema() -> bool {
    let ok = Command::new("python3")
        .args(["-c", "import jsonschema"])
        .status()
        .is_ok_and(|s| s.success());
    if !ok {
        assert!(
            std::env::var_os("CI").is_none(),
            "CI must install python3 jsonschema (.ci/run does)"
        );
        eprintln!("note: python3 jsonschema is missing; schema checks skipped");
    }
    ok
}

const VALIDATE: &str = r#"
import json, sys, tomllib
from jsonschema import Draft202012Validator
schema = json.load(open(sys.argv[1]))
Draft202012Validator.check_schema(schema)
v = Draft202012Validator(schema)
out = []
for path in sys.argv[2:]:
    with open(path, "rb") as f:
        doc = tomllib.load(f) if path.endswith(".toml") else json.load(f)
    out.append([e.message for e in v.iter_errors(doc)])
print(json.dumps(out))
"#;

/// The errors the independent validator finds in each file.
fn validate(schema: &Path, files: &[&Path]) -> Vec<Vec<String>> {
    let out = Command::new("python3")
        .args(["-c", VALIDATE])
        .arg(schema)
        .args(files)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).unwrap()
}

/// `omi schema`'s output, saved as DIR/omi-apply.schema.json.
fn write_schema(sb: &Sandbox, dir: &Path) -> std::path::PathBuf {
    let schema = sb
        .omi()
        .arg("schema")
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let path = dir.join("omi-apply.schema.json");
    std::fs::write(&path, schema).unwrap();
    path
}

/// `omi schema` accepts the exported files and the guide's apply files
/// (docs/guide.md), and rejects a file missing a required field.
fn schema_checks(sb: &Sandbox, dir: &Path, exported: &Path) {
    if !has_jsonschema() {
        return;
    }
    let schema_path = write_schema(sb, dir);
    let mut files = vec![exported.to_path_buf(), dir.join("fleet.toml")];
    let guide =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/guide.md"))
            .unwrap();
    let examples: Vec<&str> = guide
        .split("```json\n")
        .skip(1)
        .filter_map(|b| b.split("```").next())
        .filter(|b| b.contains("\"integrations\"") || b.contains("\"projects\""))
        .collect();
    assert!(
        examples.len() >= 2,
        "docs/guide.md apply examples: {}",
        examples.len()
    );
    for (i, e) in examples.iter().enumerate() {
        let p = dir.join(format!("guide-{i}.json"));
        std::fs::write(&p, e).unwrap();
        files.push(p);
    }
    // A file missing a required field is rejected, and omi agrees.
    let mut broken: Value = serde_json::from_slice(&std::fs::read(exported).unwrap()).unwrap();
    broken["integrations"]["HIP_CHAT"]
        .as_object_mut()
        .unwrap()
        .remove("roomName");
    let broken_path = dir.join("broken.json");
    std::fs::write(&broken_path, broken.to_string()).unwrap();
    let paths: Vec<&Path> = files.iter().map(|p| p.as_path()).collect();
    let found = validate(
        &schema_path,
        &[paths.as_slice(), &[broken_path.as_path()]].concat(),
    );
    let (last, ok) = found.split_last().unwrap();
    for (errors, path) in ok.iter().zip(&paths) {
        assert!(errors.is_empty(), "{}: {errors:?}", path.display());
    }
    assert!(last.iter().any(|e| e.contains("roomName")), "{last:?}");
    sb.omi()
        .args(["apply", "--all-projects", "--dry-run", "-f"])
        .arg(&broken_path)
        .assert()
        .code(2);
}

/// A type omi has no table for (an older server's FLOWDOCK) is exported as
/// `true`, which the schema accepts: apply `--prune` with the exported file
/// keeps it, and `null` under the project removes it.
#[test]
fn types_without_a_table_survive_export_then_prune() {
    for shape in ["documented", "recorded"] {
        let sb = Sandbox::start(&["--shape", shape, "--legacy-types", "FLOWDOCK"]);
        let flowdock = json!({"type": "FLOWDOCK", "flowName": "ops", "apiToken": "fd-1234567890", "orgName": "acme"});
        let put = sb.call(
            "PUT",
            &sb.integrations("/FLOWDOCK"),
            Some(&flowdock.to_string()),
        );
        assert_eq!(put.status, 200, "{shape}: {put:?}");
        sb.omi()
            .args(["create", "pager-duty", "--service-key", "pd-key-123456"])
            .assert()
            .success();
        let dir = tempfile::tempdir().unwrap();
        let (path, stderr) = export(&sb, dir.path(), "legacy.json", &[]);
        let file: Value = serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
        assert_eq!(file["integrations"]["FLOWDOCK"], true, "{shape}: {file}");
        assert!(
            stderr
                .contains("FLOWDOCK (1 project): omi has no table for this type; written as true"),
            "{shape}: {stderr}"
        );
        // One project, known by its id alone: its key's variable is named
        // for the id, in its own entry.
        let pd_key = format!("PAGER_DUTY_SERVICE_KEY_{}", sb.project_id.to_uppercase());
        assert_eq!(
            file["projects"][&sb.project_id]["PAGER_DUTY"]["serviceKey"]["env"],
            pd_key.as_str(),
            "{shape}: {file}"
        );
        let apply = |file: &Path| {
            let out = sb
                .omi()
                .env(&pd_key, "pd-key-123456")
                .args(["apply", "--prune", "--yes", "--json", "-f"])
                .arg(file)
                .assert()
                .success()
                .get_output()
                .stdout
                .clone();
            let rows: Value = serde_json::from_slice(&out).unwrap();
            rows.as_array()
                .unwrap()
                .iter()
                .map(|r| {
                    format!(
                        "{} {}",
                        r["type"].as_str().unwrap(),
                        r["action"].as_str().unwrap()
                    )
                })
                .collect::<Vec<_>>()
        };
        assert_eq!(
            apply(&path),
            ["PAGER_DUTY unchanged", "FLOWDOCK unchanged"],
            "{shape}"
        );
        let held = sb.call("GET", &sb.integrations("/FLOWDOCK"), None);
        assert_eq!(held.status, 200, "{shape}: pruned: {held:?}");
        if has_jsonschema() {
            let schema_path = write_schema(&sb, dir.path());
            let bad = dir.path().join("bad.json");
            std::fs::write(
                &bad,
                r#"{"integrations": {"FLOWDOCK": {"flowName": "ops"}}}"#,
            )
            .unwrap();
            // The parser refuses a file that declares nothing, and takes a
            // field the table lacks as {"raw": VALUE}: so does the schema.
            let nothing = dir.path().join("nothing.json");
            std::fs::write(&nothing, r#"{"$schema": "omi-apply.schema.json"}"#).unwrap();
            let raw = dir.path().join("raw.json");
            let raw_file = r#"{"integrations": {"PAGER_DUTY": {"serviceKey": "k1234", "newField": {"raw": "x"}}}}"#;
            std::fs::write(&raw, raw_file).unwrap();
            // ... and refuses "type" given as a field, and a required-when
            // field given as null.
            let typed = dir.path().join("typed.json");
            let typed_file = r#"{"integrations": {"PAGER_DUTY": {"serviceKey": "k1234", "type": {"raw": "PAGER_DUTY"}}}}"#;
            std::fs::write(&typed, typed_file).unwrap();
            let null_pem = dir.path().join("null-pem.json");
            let prom = json!({"integrations": {"PROMETHEUS": {"username": "prom", "password": "pw-123456",
                "listenAddress": "0.0.0.0:9216", "serviceDiscovery": "http", "enabled": true,
                "scheme": "https", "tlsPemPath": null}}});
            std::fs::write(&null_pem, prom.to_string()).unwrap();
            let errors = validate(
                &schema_path,
                &[&path, &bad, &nothing, &raw, &typed, &null_pem],
            );
            assert!(errors[0].is_empty(), "{shape}: {errors:?}");
            assert!(!errors[1].is_empty(), "{shape}: a FLOWDOCK body passed");
            assert!(
                !errors[2].is_empty(),
                "{shape}: a file declaring nothing passed"
            );
            assert!(errors[3].is_empty(), "{shape}: {errors:?}");
            assert!(!errors[4].is_empty(), "{shape}: \"type\" as a field passed");
            assert!(!errors[5].is_empty(), "{shape}: a null tlsPemPath passed");
            for refused in [&typed, &null_pem] {
                sb.omi()
                    .args(["apply", "--dry-run", "-f"])
                    .arg(refused)
                    .assert()
                    .code(2);
            }
        }

        let removal = dir.path().join("remove.json");
        let mut remove = file.clone();
        remove["projects"][&sb.project_id]["FLOWDOCK"] = Value::Null;
        std::fs::write(&removal, remove.to_string()).unwrap();
        assert_eq!(
            apply(&removal),
            ["PAGER_DUTY unchanged", "FLOWDOCK delete"],
            "{shape}"
        );
    }
}

/// Documented masks of webhooks on one host look alike (`https://host/****`,
/// `******`) whatever they hide: each project's gets a name of its own, so
/// the file never puts one project's URL or secret on another.
#[test]
fn alike_masks_that_show_no_tail_are_not_merged() {
    let sb = Sandbox::start(&["--projects", "2"]);
    let ps = projects(&sb);
    let mut secrets: HashMap<String, Secrets> = HashMap::new();
    for (n, (id, _, _)) in ps.iter().enumerate() {
        let s = secrets.entry(id.clone()).or_default();
        let url = format!("https://hooks.example.com/services/{n}{n}{n}{n}-path");
        let secret = format!("webhook-secret-of-project-{n}");
        put(
            &sb,
            "create",
            id,
            s,
            "webhook",
            &["--url", &url, "--secret", &secret],
        );
    }
    let dir = tempfile::tempdir().unwrap();
    let (path, stderr) = export(&sb, dir.path(), "alike.json", &["--all-projects"]);
    let file: Value = serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
    assert!(file["integrations"].get("WEBHOOK").is_none(), "{file}");
    // No name stands for two secrets (env_for fails the test if one does).
    let env = env_for(&file, &secrets);
    assert_eq!(env.len(), 4, "{env:?}");
    assert_eq!(drift(&sb, &path, &env), (0, vec![]));
    assert!(
        stderr.contains(&format!("WEBHOOK.secret, project {}", ps[0].0)),
        "{stderr}"
    );
}

/// `export -o` onto a FIFO or a directory is refused before anything is
/// read: writing renames a file over the target, which would have put a
/// regular file in place of the FIFO (or of `/dev/null`, run as root).
#[test]
fn export_refuses_to_replace_what_is_not_a_regular_file() {
    let sb = Sandbox::start(&["--access-log"]);
    let dir = tempfile::tempdir().unwrap();
    let fifo = dir.path().join("fifo");
    let c = std::ffi::CString::new(fifo.to_str().unwrap()).unwrap();
    assert_eq!(unsafe { libc::mkfifo(c.as_ptr(), 0o600) }, 0);
    for (target, what) in [(fifo.as_path(), "a FIFO"), (dir.path(), "a directory")] {
        sb.omi()
            .args(["export", "-o"])
            .arg(target)
            .assert()
            .code(2)
            .stderr(predicates::str::contains(format!("it is {what}")))
            .stderr(predicates::str::contains("leave -o out to write to stdout"));
    }
    use std::os::unix::fs::FileTypeExt;
    assert!(std::fs::metadata(&fifo).unwrap().file_type().is_fifo());
    assert!(sb.access_log().is_empty(), "export read the fleet first");
}

/// A legacy Slack integration, which servers return without `teamName`
/// (the reference page says it may be absent), cannot be written by apply:
/// export writes it `true`, so apply keeps it and `--prune` leaves it.
#[test]
fn a_legacy_slack_without_team_name_is_exported_as_kept() {
    let dir = tempfile::tempdir().unwrap();
    let state = dir.path().join("state.json");
    let args = ["--state", state.to_str().unwrap()];
    {
        let sb = Sandbox::start(&args);
        sb.omi()
            .args([
                "create",
                "slack",
                "--api-token",
                "xoxb-legacy-1234",
                "--team-name",
                "Legacy Team",
            ])
            .assert()
            .success();
    }
    let text = std::fs::read_to_string(&state).unwrap();
    let legacy = text
        .replace(",\"teamName\":\"Legacy Team\"", "")
        .replace("\"teamName\":\"Legacy Team\",", "");
    assert!(!legacy.contains("Legacy Team"), "{text}");
    std::fs::write(&state, legacy).unwrap();
    let sb = Sandbox::start(&args);
    assert!(sb
        .omi_json(&["get", "slack", "--json"])
        .get("teamName")
        .is_none());
    let (path, stderr) = export(&sb, dir.path(), "legacy.json", &[]);
    let file: Value = serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
    assert_eq!(file["integrations"]["SLACK"], true, "{file}");
    assert!(
        stderr.contains("SLACK of project") && stderr.contains("has no teamName"),
        "{stderr}"
    );
    sb.omi()
        .args(["apply", "--prune", "--yes", "--json", "-f"])
        .arg(&path)
        .assert()
        .success()
        .stdout(predicates::str::contains(r#""action":"unchanged""#));
    assert_eq!(sb.omi_json(&["get", "slack", "--json"])["type"], "SLACK");
}
