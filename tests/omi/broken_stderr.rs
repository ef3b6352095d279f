//! Every kind of command returns its documented exit code when stderr is
//! closed (`2>&-`), full (`2>/dev/full`) or a pipe whose reader is gone
//! (`2>&1 | true`): a message omi cannot write is dropped, never a panic
//! (which would be exit 134 under the release profile's `panic = "abort"`,
//! 101 in a debug build).

use crate::util;
use crate::util::sandbox::Sandbox;
use std::process::Command;

/// How stderr is broken, as a shell redirection around the command.
const BROKEN: [(&str, &str); 3] = [
    ("closed", "\"$@\" 2>&-; exit $?"),
    ("full", "\"$@\" 2>/dev/full; exit $?"),
    ("gone reader", "\"$@\" 2>&1 | true; exit ${PIPESTATUS[0]}"),
];

/// Runs `omi ARGS` with the sandbox's environment and stderr broken as
/// `how` says; returns its exit code.
fn code_with_stderr(sb: &Sandbox, how: &str, args: &[&str], stdin_file: &str) -> i32 {
    let status = Command::new("bash")
        .arg("-c")
        .arg(how)
        .arg("omi")
        .arg(util::OMI)
        .args(args)
        .envs(sb.env())
        .env("NO_COLOR", "1")
        .stdin(std::fs::File::open(stdin_file).unwrap())
        .stdout(std::process::Stdio::null())
        .status()
        .expect("run bash");
    status.code().unwrap_or(-1)
}

#[test]
fn every_command_kind_keeps_its_exit_code_without_stderr() {
    for (name, how) in BROKEN {
        // A fresh server each time: the cases change what it holds.
        every_command_kind(&Sandbox::start(&[]), name, how);
    }
}

fn every_command_kind(sb: &Sandbox, name: &str, how: &str) {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("fleet.json");
    std::fs::write(
        &file,
        r#"{"integrations": {"PAGER_DUTY": {"serviceKey": "pd-key-9876543210"}}}"#,
    )
    .unwrap();
    let empty = dir.path().join("empty");
    std::fs::write(&empty, "").unwrap();
    let file = file.to_str().unwrap();
    let wrong_key = format!("--private-key=wrong-{}", sb.private_key);
    let cases: Vec<(Vec<&str>, i32)> = vec![
        // A note (the Slack caution), then success.
        (
            vec![
                "create",
                "slack",
                "--api-token",
                "xoxb-0123456",
                "--team-name",
                "T",
            ],
            0,
        ),
        // The PagerDuty caution on update, then success.
        (
            vec!["update", "pager-duty", "--service-key", "pd-key-0123456789"],
            0,
        ),
        (vec!["list"], 0),
        // An API error: 404, exit 4.
        (vec!["get", "webhook"], 4),
        (vec!["delete", "slack", "--yes"], 0),
        // A refused confirmation from a script: usage, exit 2.
        (vec!["delete", "pager-duty"], 2),
        // Drift found: exit 7, after the table and the count line.
        (
            vec![
                "apply",
                "-f",
                file,
                "--all-projects",
                "--dry-run",
                "--exit-code",
            ],
            7,
        ),
        (vec!["apply", "-f", file, "--all-projects"], 0),
        (vec!["projects"], 0),
        (vec!["export", "--all-projects"], 0),
        (vec!["schema"], 0),
        (vec!["config", "path"], 0),
        (vec!["completions", "bash"], 0),
        // Usage errors, from clap and from omi.
        (vec!["list", "--bogus"], 2),
        (vec!["create", "pager-duty", "--service-key", ""], 2),
        // Wrong keys: exit 3.
        (vec!["list", wrong_key.as_str()], 3),
        // No server there: exit 6.
        (
            vec!["list", "--base-url", "http://127.0.0.1:9", "--retries", "0"],
            6,
        ),
    ];
    for (args, expected) in &cases {
        let code = code_with_stderr(sb, how, args, empty.to_str().unwrap());
        assert_eq!(code, *expected, "stderr {name}: omi {}", args.join(" "));
    }
}
