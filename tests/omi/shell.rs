//! At home in a shell: `-q`, one error prefix, plain answers to declined
//! questions, tables that parse in a pipe, and `--json` shapes that do not
//! depend on how many projects.

use crate::util;
use crate::util::sandbox::Sandbox;

fn stderr_of(a: &assert_cmd::assert::Assert) -> String {
    String::from_utf8_lossy(&a.get_output().stderr).into_owned()
}

#[test]
fn quiet_silences_notes_from_the_flag_or_the_profile() {
    let sb = Sandbox::start(&[]);
    let update = ["update", "pager-duty", "--service-key", "pd-key-0123456789"];
    let loud = sb.omi().args(update).assert().success();
    assert!(
        stderr_of(&loud).contains("omi: note:"),
        "{}",
        stderr_of(&loud)
    );
    for quiet in ["-q", "--quiet"] {
        let a = sb.omi().args(update).arg(quiet).assert().success();
        assert_eq!(stderr_of(&a), "", "{quiet}");
        // Before the command too.
        let a = sb.omi().arg(quiet).args(update).assert().success();
        assert_eq!(stderr_of(&a), "", "{quiet} first");
    }
    // From the profile, for every command of it.
    sb.omi()
        .args(["config", "set", "quiet", "true"])
        .assert()
        .success();
    let a = sb.omi().args(update).assert().success();
    assert_eq!(stderr_of(&a), "");
    // Errors and warnings still show.
    let a = sb.omi().args(["get", "webhook"]).assert().code(4);
    assert!(
        stderr_of(&a).starts_with("omi: error: "),
        "{}",
        stderr_of(&a)
    );
    let a = sb
        .omi()
        .args(["config", "set", "quiet", "loudly"])
        .assert()
        .code(2);
    assert!(stderr_of(&a).contains("quiet"), "{}", stderr_of(&a));
}

#[test]
fn every_error_has_one_prefix() {
    let sb = Sandbox::start(&[]);
    for (args, code) in [
        (&["list", "--bogus"][..], 2),
        (&["creat"][..], 2),
        (&["get", "webhook"][..], 4),
        (&["create", "pager-duty", "--service-key", ""][..], 2),
    ] {
        let a = sb.omi().args(args).assert().code(code);
        let err = stderr_of(&a);
        assert!(err.starts_with("omi: error: "), "{args:?}: {err}");
        assert!(!err.contains("\nerror:"), "{args:?}: {err}");
    }
}

/// SIGHUP (the terminal closed) and SIGQUIT stop apply as SIGINT and
/// SIGTERM do: what was done is printed, and the exit code is the
/// signal's (129, 131).
#[cfg(unix)]
#[test]
fn every_stop_signal_during_apply_prints_what_was_done() {
    use crate::util::hostile::{hostile_seeing, respond, EMPTY_PAGE, PRIVATE_KEY};
    use std::io::BufRead;
    const P1: &str = "5e2211c17a3e5a48f5497de3";
    const P2: &str = "6f3322d28b4f6b59a65a8ef4";
    const JSON: &str = "Content-Type: application/json\r\n";
    for (signal, code) in [
        (libc::SIGHUP, 129),
        (libc::SIGQUIT, 131),
        (libc::SIGINT, 130),
        (libc::SIGTERM, 143),
    ] {
        // P1 is read and written; reading P2 never ends.
        let server = hostile_seeing(|s, request, _| {
            if request.path.contains(P2) {
                std::thread::sleep(std::time::Duration::from_secs(30));
            } else {
                respond(s, "200 OK", JSON, EMPTY_PAGE);
            }
        });
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("apply.json");
        std::fs::write(
            &file,
            r#"{"integrations": {"PAGER_DUTY": {"serviceKey": "pd-key-1234567"}}}"#,
        )
        .unwrap();
        let mut child = std::process::Command::new(util::OMI)
            .env("OMI_BASE_URL", &server.url)
            .env("OMI_PUBLIC_KEY", "pub")
            .env("OMI_PRIVATE_KEY", PRIVATE_KEY)
            .env("NO_COLOR", "1")
            .env("OMI_NO_CACHE", "1")
            .args(["-v", "apply", "--concurrency", "2"])
            .args(["--project-id", P1, "--project-id", P2, "-f"])
            .arg(&file)
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .unwrap();
        // Await P1's write being answered (the -v log says so), then stop.
        let mut stderr = std::io::BufReader::new(child.stderr.take().unwrap());
        let mut log = String::new();
        let mut put_sent = false;
        loop {
            let mut line = String::new();
            assert!(stderr.read_line(&mut line).unwrap() > 0, "omi ended: {log}");
            log.push_str(&line);
            put_sent |= line.starts_with("> PUT ") && line.contains(P1);
            if put_sent && line.starts_with("< 200") {
                break;
            }
        }
        unsafe { libc::kill(child.id() as i32, signal) };
        let mut rest = String::new();
        std::io::Read::read_to_string(&mut stderr, &mut rest).unwrap();
        let out = child.wait_with_output().unwrap();
        let stdout = String::from_utf8_lossy(&out.stdout);
        assert_eq!(out.status.code(), Some(code), "signal {signal}: {rest}");
        assert!(stdout.contains(P1) && stdout.contains("done"), "{stdout}");
        assert!(rest.contains("1 of 2 projects were finished"), "{rest}");
        assert!(rest.contains("Applied: 1 added"), "{rest}");
    }
}

/// At 80 columns in a real terminal (a pty), every table fits and no id is
/// cut or split across lines: long settings are cut with … instead.
#[test]
fn tables_fit_eighty_columns_without_splitting_an_id() {
    use crate::util::terminal::Terminal;
    let sb = Sandbox::start(&["--projects", "3"]);
    let long_name = format!("team-{}", "with-a-very-long-name-".repeat(6));
    sb.omi()
        .args(["create", "slack", "--api-token", "xoxb-80-columns"])
        .args(["--team-name", &long_name])
        .assert()
        .success();
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("fleet.json");
    std::fs::write(
        &file,
        serde_json::to_vec(&serde_json::json!({"integrations": {
            "DATADOG": {"apiKey": "dd-key-80-columns-0001", "region": "EU"},
            "SLACK": {"apiToken": "xoxb-80-columns", "teamName": long_name}
        }}))
        .unwrap(),
    )
    .unwrap();
    let ids: Vec<String> = sb
        .omi_json(&["projects", "--json"])
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["projectId"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(ids.len(), 3);
    let file = file.to_str().unwrap();
    for args in [
        vec!["projects"],
        vec!["list"],
        vec!["list", "--all-projects"],
        vec![
            "apply",
            "--dry-run",
            "--all-projects",
            "--all-rows",
            "-f",
            file,
        ],
    ] {
        let mut cmd = std::process::Command::new(util::OMI);
        for var in util::CONNECTION_VARS {
            cmd.env_remove(var);
        }
        cmd.args(&args).envs(sb.env()).env("NO_COLOR", "1");
        let (screen, status) = Terminal::spawn_sized(cmd, 80).finish();
        assert!(status.code().is_some(), "{args:?}: {screen}");
        // The table's lines; a sentence on stderr may wrap like any text.
        let prose = ["Plan (", "Applied:", "omi:"];
        for line in screen
            .lines()
            .filter(|l| !prose.iter().any(|p| l.starts_with(p)))
        {
            let width = line.trim_end_matches('\r').chars().count();
            assert!(width <= 80, "{args:?}: a line of {width} columns: {line:?}");
        }
        let whole = |id: &str| screen.contains(id);
        match args[0] {
            "list" if args.len() == 1 => {
                assert!(screen.contains('…'), "{args:?}: the name is cut: {screen}");
                assert!(!screen.contains(&long_name), "{screen}");
            }
            _ => assert!(ids.iter().all(|id| whole(id)), "{args:?}: {screen}"),
        }
    }
}

/// In a pipe every table is tab-separated with a header line: no
/// box-drawing character, every row as many fields as the header, and
/// `cut -f1` gives the first column.
#[test]
fn piped_tables_are_tab_separated_rows() {
    let sb = Sandbox::start(&["--projects", "3"]);
    sb.omi()
        .args([
            "create",
            "slack",
            "--api-token",
            "xoxb-pipe-1",
            "--team-name",
            "a team",
        ])
        .assert()
        .success();
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("fleet.json");
    std::fs::write(
        &file,
        r#"{"integrations": {"DATADOG": {"apiKey": "dd-key-pipe-0001", "region": "EU"}}}"#,
    )
    .unwrap();
    let file = file.to_str().unwrap();
    for (args, header) in [
        (vec!["list"], "TYPE\tSETTINGS"),
        (vec!["projects"], "ID\tNAME\tORGANIZATION"),
        (vec!["list", "--all-projects"], "ID\tNAME\t"),
        (
            vec![
                "apply",
                "--dry-run",
                "--all-projects",
                "--all-rows",
                "-f",
                file,
            ],
            "ID\tNAME\tTYPE\tACTION\tCHANGED\tRESULT",
        ),
    ] {
        let out = sb.omi().args(&args).assert().success();
        let text = String::from_utf8_lossy(&out.get_output().stdout).into_owned();
        assert!(text.starts_with(header), "{args:?}: {text}");
        assert!(
            !text.chars().any(|c| ('\u{2500}'..='\u{257f}').contains(&c)),
            "{args:?}: a box-drawing character: {text}"
        );
        let lines: Vec<&str> = text.lines().collect();
        assert!(lines.len() >= 2, "{args:?}: {text}");
        let fields = lines[0].split('\t').count();
        for line in &lines {
            assert_eq!(line.split('\t').count(), fields, "{args:?}: {line:?}");
        }
        let cut = std::process::Command::new("cut")
            .arg("-f1")
            .stdin(std::process::Stdio::piped())
            .stdout(std::process::Stdio::piped())
            .spawn()
            .unwrap();
        use std::io::Write;
        cut.stdin
            .as_ref()
            .unwrap()
            .write_all(text.as_bytes())
            .unwrap();
        let first = cut.wait_with_output().unwrap();
        let first = String::from_utf8_lossy(&first.stdout).into_owned();
        let want: Vec<&str> = lines
            .iter()
            .map(|l| l.split('\t').next().unwrap())
            .collect();
        assert_eq!(first.lines().collect::<Vec<_>>(), want, "{args:?}");
    }
}
