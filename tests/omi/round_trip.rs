//! The fleet round trip loses nothing: `omi export` → edit → `omi apply`
//! never gives one project another's key (equal masks are not equal
//! keys), a second export keeps the names of the first (and a name the
//! user declared shared), and a secret a server returns in clear is never
//! shown or written in clear.

use crate::util::hostile::{hostile_seeing, omi, respond};
use crate::util::sandbox::{stored_integration, Sandbox};
use omi::api::secrecy::Secrecy;
use predicates::prelude::PredicateBooleanExt;
use serde_json::{json, Value};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// `omi projects --json`: (id, name) each.
fn projects(sb: &Sandbox) -> Vec<(String, String)> {
    sb.omi_json(&["projects", "--json"])
        .as_array()
        .unwrap()
        .iter()
        .map(|p| {
            let s = |k: &str| p[k].as_str().unwrap().to_string();
            (s("projectId"), s("projectName"))
        })
        .collect()
}

/// `omi export ARGS`, expecting success: stderr.
fn export(sb: &Sandbox, args: &[&str]) -> String {
    let out = sb
        .omi()
        .arg("export")
        .args(args)
        .assert()
        .success()
        .get_output()
        .clone();
    String::from_utf8(out.stderr).unwrap()
}

fn read_json(path: &Path) -> Value {
    serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
}

fn write_json(path: &Path, value: &Value) {
    std::fs::write(path, serde_json::to_string_pretty(value).unwrap()).unwrap();
}

/// `omi apply -f FILE --all-projects --yes --json` with `env`: the rows as
/// `PROJECT TYPE ACTION RESULT`.
fn apply(sb: &Sandbox, file: &Path, env: &[(String, String)], dry_run: bool) -> Vec<String> {
    let mut cmd = sb.omi();
    cmd.envs(env.iter().map(|(k, v)| (k, v)))
        .args(["apply", "--all-projects", "--yes", "--json", "-f"])
        .arg(file);
    if dry_run {
        cmd.args(["--dry-run", "--exit-code"]);
    }
    let out = cmd.output().unwrap();
    let rows: Value = serde_json::from_slice(&out.stdout).unwrap_or_else(|_| {
        panic!(
            "apply printed no JSON ({:?}); stderr: {}",
            out.status,
            String::from_utf8_lossy(&out.stderr)
        )
    });
    rows.as_array()
        .unwrap()
        .iter()
        .map(|r| {
            let s = |k: &str| r[k].as_str().unwrap_or("-").to_string();
            format!(
                "{} {} {} {}",
                s("projectId"),
                s("type"),
                s("action"),
                s("result")
            )
        })
        .collect()
}

/// The variable each project's `OPS_GENIE.apiKey` reads, wherever the
/// file declares it (its own entry, else `integrations`).
fn key_names(file: &Value, ids: &[String]) -> BTreeMap<String, String> {
    ids.iter()
        .map(|id| {
            let own = &file["projects"][id]["OPS_GENIE"];
            let entry = if own.is_null() {
                &file["integrations"]["OPS_GENIE"]
            } else {
                own
            };
            let name = entry["apiKey"]["env"]
                .as_str()
                .unwrap_or_else(|| panic!("{id}: no variable in {file}"));
            (id.clone(), name.to_string())
        })
        .collect()
}

#[cfg(unix)]
fn mode(path: &Path) -> u32 {
    use std::os::unix::fs::PermissionsExt;
    std::fs::metadata(path).unwrap().permissions().mode() & 0o777
}

/// The fleet: three Opsgenie keys that differ (`key-1111-abcd`,
/// `key-2222-abcd`, `key-3333-abcd`) and so show one mask
/// (`*********abcd`). Export, edit the region, supply each project's key
/// for its variable, apply: each project still holds its own key. A
/// second export keeps the names; a name the user declares shared
/// survives a re-export.
#[test]
fn equal_masks_round_trip_without_spreading_a_key() {
    for shape in ["documented", "recorded"] {
        let dir = tempfile::tempdir().unwrap();
        let state = dir.path().join("state.json");
        let sb = Sandbox::start(&[
            "--shape",
            shape,
            "--projects",
            "3",
            "--state",
            state.to_str().unwrap(),
        ]);
        let ps = projects(&sb);
        let ids: Vec<String> = ps.iter().map(|p| p.0.clone()).collect();
        let keys: BTreeMap<String, String> = ids
            .iter()
            .enumerate()
            .map(|(i, id)| (id.clone(), format!("key-{n}{n}{n}{n}-abcd", n = i + 1)))
            .collect();
        for (id, key) in &keys {
            sb.omi()
                .args(["create", "ops-genie", "--project-id", id, "--api-key", key])
                .args(["--region", "EU"])
                .assert()
                .success();
        }
        let fleet = dir.path().join("fleet.json");
        let env_file = dir.path().join("secrets.env");
        let stderr = export(
            &sb,
            &[
                "--all-projects",
                "-o",
                fleet.to_str().unwrap(),
                "--env-file",
                env_file.to_str().unwrap(),
            ],
        );
        let file = read_json(&fleet);
        // One mask, three keys: never one variable.
        assert!(
            file["integrations"].get("OPS_GENIE").is_none(),
            "{shape}: {file}"
        );
        let names = key_names(&file, &ids);
        let distinct: std::collections::BTreeSet<&String> = names.values().collect();
        assert_eq!(distinct.len(), 3, "{shape}: {names:?}");
        for (id, name) in ps.iter().map(|(id, n)| (id, n)) {
            // Named so a reader sees which project it is for.
            let expected = format!(
                "OPS_GENIE_API_KEY_{}",
                name.to_uppercase().replace(' ', "_")
            );
            assert_eq!(names[id], expected, "{shape}");
            assert_eq!(file["projects"][id]["OPS_GENIE"]["region"], "EU", "{shape}");
            assert!(
                stderr.contains(&format!(
                    "{expected}  *********abcd  OPS_GENIE.apiKey, project {id} ({name})"
                )),
                "{shape}: {stderr}"
            );
        }
        // The template: a NAME= line per variable, private.
        let template = std::fs::read_to_string(&env_file).unwrap();
        let lines: Vec<&str> = template
            .lines()
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
            .collect();
        let expected: Vec<String> = ps.iter().map(|(id, _)| format!("{}=", names[id])).collect();
        assert_eq!(lines, expected, "{shape}: {template}");
        assert!(
            template.contains(&format!(
                "# OPS_GENIE.apiKey, project {} ({}); the server shows *********abcd\n{}=\n",
                ps[0].0, ps[0].1, names[&ps[0].0]
            )),
            "{shape}: {template}"
        );
        #[cfg(unix)]
        assert_eq!((mode(&fleet), mode(&env_file)), (0o600, 0o600), "{shape}");
        for key in keys.values() {
            assert!(
                !template.contains(key.as_str()) && !stderr.contains(key.as_str()),
                "{shape}: {key} leaked"
            );
        }

        // The edit: region EU → US, in each project's entry (the key is
        // per project, so the whole integration is).
        let mut edited = file.clone();
        for id in &ids {
            edited["projects"][id]["OPS_GENIE"]["region"] = json!("US");
        }
        write_json(&fleet, &edited);
        let env: Vec<(String, String)> = names
            .iter()
            .map(|(id, name)| (name.clone(), keys[id].clone()))
            .collect();
        let rows = apply(&sb, &fleet, &env, false);
        for id in &ids {
            assert!(
                rows.contains(&format!("{id} OPS_GENIE replace done")),
                "{shape}: {rows:?}"
            );
        }
        for (id, key) in &keys {
            let stored = stored_integration(&state, id, "OPS_GENIE");
            assert_eq!(
                (&stored["apiKey"], &stored["region"]),
                (&json!(key), &json!("US")),
                "{shape}: project {id} holds another project's key"
            );
        }

        // Exported again onto the file, no variable set: the same names.
        let again = export(&sb, &["--all-projects", "-o", fleet.to_str().unwrap()]);
        let second = read_json(&fleet);
        assert_eq!(key_names(&second, &ids), names, "{shape}: {again}");
        let rows = apply(&sb, &fleet, &env, true);
        assert!(
            rows.len() == 3 && rows.iter().all(|r| r.contains(" OPS_GENIE unchanged ")),
            "{shape}: {rows:?}"
        );

        // The user declares one fleet-wide key and applies it...
        let mut shared = second.clone();
        shared["integrations"]["OPS_GENIE"] =
            json!({"apiKey": {"env": "OG_FLEET_KEY"}, "region": "EU"});
        shared.as_object_mut().unwrap().remove("projects");
        write_json(&fleet, &shared);
        let fleet_env = vec![(
            "OG_FLEET_KEY".to_string(),
            "key-fleet-9999-abcd".to_string(),
        )];
        let rows = apply(&sb, &fleet, &fleet_env, false);
        assert_eq!(
            rows.iter().filter(|r| r.contains("replace done")).count(),
            3,
            "{shape}: {rows:?}"
        );
        for id in &ids {
            let stored = stored_integration(&state, id, "OPS_GENIE");
            assert_eq!(stored["apiKey"], "key-fleet-9999-abcd", "{shape}");
        }
        // ... and a re-export keeps its name, shared.
        export(&sb, &["--all-projects", "-o", fleet.to_str().unwrap()]);
        let third = read_json(&fleet);
        assert_eq!(
            third["integrations"]["OPS_GENIE"],
            json!({"apiKey": {"env": "OG_FLEET_KEY"}, "region": "EU"}),
            "{shape}: {third}"
        );
        assert!(third.get("projects").is_none(), "{shape}: {third}");
        let rows = apply(&sb, &fleet, &fleet_env, true);
        assert!(
            rows.len() == 3 && rows.iter().all(|r| r.contains(" OPS_GENIE unchanged ")),
            "{shape}: {rows:?}"
        );
    }
}

/// `--share TYPE.FIELD[=NAME]` declares one variable for every project;
/// masks that show the values differ refute it (exit 2, no file), and a
/// field that is no secret, or a name that cannot be, is refused before
/// anything is read.
#[test]
fn share_declares_one_variable_and_masks_can_refute_it() {
    for shape in ["documented", "recorded"] {
        let sb = Sandbox::start(&["--shape", shape, "--projects", "2", "--access-log"]);
        let ids: Vec<String> = projects(&sb).into_iter().map(|p| p.0).collect();
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("fleet.json");
        for bad in [
            "OPS_GENIE.region",
            "ops-genie.api-key=",
            "OPS_GENIE",
            "NOPE.apiKey",
        ] {
            let before = sb.access_log().len();
            sb.omi()
                .args(["export", "--all-projects", "--share", bad, "-o"])
                .arg(&out)
                .assert()
                .code(2)
                .stderr(predicates::str::contains(format!("--share {bad}:")));
            assert_eq!(
                sb.access_log().len(),
                before,
                "{shape}: {bad} read the fleet"
            );
        }
        for id in &ids {
            sb.omi()
                .args(["create", "datadog", "--project-id", id])
                .args(["--api-key", "dd-fleet-key-5678", "--region", "EU"])
                .assert()
                .success();
        }
        export(
            &sb,
            &[
                "--all-projects",
                "--share",
                "datadog.apiKey=DD_FLEET_KEY",
                "-o",
                out.to_str().unwrap(),
            ],
        );
        let file = read_json(&out);
        assert_eq!(
            file["integrations"],
            json!({"DATADOG": {"apiKey": {"env": "DD_FLEET_KEY"}, "region": "EU"}}),
            "{shape}: {file}"
        );
        let env = vec![("DD_FLEET_KEY".to_string(), "dd-fleet-key-5678".to_string())];
        let rows = apply(&sb, &out, &env, true);
        assert!(
            rows.len() == 2 && rows.iter().all(|r| r.contains(" DATADOG unchanged ")),
            "{shape}: {rows:?}"
        );

        // One project's key changes: the masks now differ.
        sb.omi()
            .args(["update", "datadog", "--project-id", &ids[1]])
            .args(["--api-key", "dd-other-key-4321"])
            .assert()
            .success();
        std::fs::remove_file(&out).unwrap();
        sb.omi()
            .args([
                "export",
                "--all-projects",
                "--share",
                "DATADOG.apiKey",
                "-o",
            ])
            .arg(&out)
            .assert()
            .code(2)
            .stderr(predicates::str::contains(
                "--share DATADOG.apiKey: the projects hold different values",
            ))
            .stderr(predicates::str::contains("5678 in 1 project"))
            .stderr(predicates::str::contains("dd-other-key").not());
        assert!(!out.exists(), "{shape}: a file was written");
    }
}

/// What a server returns in clear (public client fixtures do) is never
/// shown in clear by the table, the matrix or an export, nor written into
/// the exported file; `--json` is the body as received.
#[test]
fn secrets_a_server_returns_in_clear_are_never_shown_or_written() {
    const A: &str = "5e2211c17a3e5a48f5497de3";
    const B: &str = "6f3322d28b4f6b59a65a8ef4";
    let clear = json!({"results": [
        {"type": "DATADOG", "apiKey": "dd-api-key-in-clear-5678", "region": "EU"},
        {"type": "PROMETHEUS", "username": "prom", "password": "prom-password-in-clear",
         "listenAddress": "0.0.0.0:9216", "serviceDiscovery": "http", "scheme": "http",
         "enabled": true},
        {"type": "SLACK", "apiToken": "xoxb-slack-token-in-clear", "teamName": "Ops"},
        {"type": "NEW_RELIC", "licenseKey": "nr-license-in-clear", "accountId": "123456",
         "writeToken": "nr-write-in-clear", "readToken": "nr-read-in-clear"},
        {"type": "VICTOR_OPS", "apiKey": "vo-api-key-in-clear", "routingKey": "ops-team"}
    ], "totalCount": 5});
    let body = clear.to_string();
    let server = hostile_seeing(move |s, seen, _| {
        let reply = if seen.path.contains("/integrations/DATADOG") {
            clear["results"][0].to_string()
        } else {
            body.clone()
        };
        respond(
            s,
            "200 OK",
            "Content-Type: application/json\r\n",
            reply.as_bytes(),
        )
    });
    let leaks = [
        "dd-api-key-in-clear",
        "prom-password-in-clear",
        "xoxb-slack-token",
        "nr-license-in-clear",
        "nr-write-in-clear",
        "nr-read-in-clear",
        "vo-api-key-in-clear",
    ];
    let run = |args: &[&str]| {
        let out = omi(&server.url).args(args).assert().success();
        let o = out.get_output();
        (
            String::from_utf8_lossy(&o.stdout).into_owned(),
            String::from_utf8_lossy(&o.stderr).into_owned(),
        )
    };
    let (table, _) = run(&["list"]);
    for leak in leaks {
        assert!(!table.contains(leak), "list shows {leak}:\n{table}");
    }
    let masked = |clear: &str| Secrecy::LastFour.mask(clear);
    let dd_mask = masked("dd-api-key-in-clear-5678");
    assert_eq!(dd_mask, format!("{}5678", "*".repeat(20)));
    for shown in [
        format!("apiKey: {dd_mask}"),
        "password: ******".to_string(),
        format!("apiToken: {}", masked("xoxb-slack-token-in-clear")),
        format!("licenseKey: {}", masked("nr-license-in-clear")),
        "accountId: 123456".to_string(),
        "routingKey: ****team".to_string(),
        "region: EU".to_string(),
    ] {
        assert!(table.contains(&shown), "{shown} not in\n{table}");
    }
    let (one, _) = run(&["get", "datadog"]);
    assert!(
        one.contains(&format!("apiKey: {dd_mask}")) && !one.contains("dd-api-key"),
        "{one}"
    );
    // --json: the body as received.
    let (json_out, _) = run(&["list", "--json"]);
    let received: Value = serde_json::from_str(&json_out).unwrap();
    assert_eq!(received["results"][0]["apiKey"], "dd-api-key-in-clear-5678");
    assert_eq!(received["results"][1]["password"], "prom-password-in-clear");
    // The matrix shows a key's last four, no more.
    let (matrix, _) = run(&["list", "--project-id", A, "--project-id", B]);
    for leak in leaks {
        assert!(!matrix.contains(leak), "the matrix shows {leak}:\n{matrix}");
    }
    assert!(matrix.contains("…5678"), "{matrix}");
    // The export writes no literal secret; the routing label it writes.
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("fleet.json");
    let env_file = dir.path().join("secrets.env");
    let (stdout, stderr) = run(&[
        "export",
        "--project-id",
        A,
        "-o",
        path.to_str().unwrap(),
        "--env-file",
        env_file.to_str().unwrap(),
    ]);
    let text = std::fs::read_to_string(&path).unwrap();
    let template = std::fs::read_to_string(&env_file).unwrap();
    for leak in leaks {
        for (what, out) in [
            ("file", &text),
            ("template", &template),
            ("stdout", &stdout),
            ("stderr", &stderr),
        ] {
            assert!(!out.contains(leak), "{leak} in the {what}:\n{out}");
        }
    }
    let file: Value = serde_json::from_str(&text).unwrap();
    let own = &file["projects"][A];
    let id = A.to_uppercase();
    for (ty, field, name) in [
        ("DATADOG", "apiKey", format!("DATADOG_API_KEY_{id}")),
        (
            "PROMETHEUS",
            "password",
            format!("PROMETHEUS_PASSWORD_{id}"),
        ),
        ("SLACK", "apiToken", format!("SLACK_API_TOKEN_{id}")),
        (
            "NEW_RELIC",
            "readToken",
            format!("NEW_RELIC_READ_TOKEN_{id}"),
        ),
        ("VICTOR_OPS", "apiKey", format!("VICTOR_OPS_API_KEY_{id}")),
    ] {
        assert_eq!(own[ty][field], json!({"env": name}), "{file}");
    }
    assert_eq!(own["VICTOR_OPS"]["routingKey"], "ops-team");
    assert_eq!(own["NEW_RELIC"]["accountId"], "123456");
    assert!(
        template.contains(&format!("the server shows {dd_mask}\nDATADOG_API_KEY_")),
        "{template}"
    );
}

/// `--env-file` writes regular files only, never over values someone
/// filled in, never over the apply file; all checked before the fleet
/// is read.
#[test]
fn env_file_refuses_what_it_must_not_replace() {
    let sb = Sandbox::start(&["--access-log"]);
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("fleet.json");
    let filled = dir.path().join("secrets.env");
    std::fs::write(&filled, "# mine\nDD_KEY=dd-real-secret-value\nOTHER=\n").unwrap();
    let fifo = dir.path().join("fifo");
    let c = std::ffi::CString::new(fifo.to_str().unwrap()).unwrap();
    assert_eq!(unsafe { libc::mkfifo(c.as_ptr(), 0o600) }, 0);
    let cases: [(PathBuf, &str); 4] = [
        (filled.clone(), "it sets 1 variable already"),
        (fifo.clone(), "it is a FIFO"),
        (dir.path().to_path_buf(), "it is a directory"),
        (out.clone(), "is the file -o writes"),
    ];
    for (path, expected) in &cases {
        sb.omi()
            .args(["export", "-o"])
            .arg(&out)
            .arg("--env-file")
            .arg(path)
            .assert()
            .code(2)
            .stderr(predicates::str::contains(*expected))
            .stderr(predicates::str::contains("dd-real-secret").not());
    }
    assert!(sb.access_log().is_empty(), "export read the fleet first");
    assert_eq!(
        std::fs::read_to_string(&filled).unwrap(),
        "# mine\nDD_KEY=dd-real-secret-value\nOTHER=\n"
    );
    assert!(!out.exists());
    // An empty template is replaced.
    let template = dir.path().join("template.env");
    std::fs::write(&template, "# old\nDD_KEY=\n").unwrap();
    sb.omi()
        .args(["create", "datadog", "--api-key", "dd-key-12345678"])
        .assert()
        .success();
    export(
        &sb,
        &[
            "-o",
            out.to_str().unwrap(),
            "--env-file",
            template.to_str().unwrap(),
        ],
    );
    let text = std::fs::read_to_string(&template).unwrap();
    assert!(
        text.contains(&format!(
            "DATADOG_API_KEY_{}=\n",
            sb.project_id.to_uppercase()
        )),
        "{text}"
    );
}

/// `-o` onto a file that is not an apply file omi can read: its names
/// cannot be kept, so nothing is written and nothing read.
#[test]
fn an_unreadable_file_to_replace_stops_the_export() {
    let sb = Sandbox::start(&["--access-log"]);
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("fleet.json");
    std::fs::write(&out, "{\"integrations\": {\n").unwrap();
    sb.omi()
        .args(["export", "-o"])
        .arg(&out)
        .assert()
        .code(2)
        .stderr(predicates::str::contains(
            "cannot read the variable names it uses",
        ))
        .stderr(predicates::str::contains("is not valid JSON at line"));
    assert_eq!(
        std::fs::read_to_string(&out).unwrap(),
        "{\"integrations\": {\n"
    );
    assert!(sb.access_log().is_empty());
}
