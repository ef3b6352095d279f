//! Careless input: empty values and control characters, a secret where
//! an option was meant or an option where a secret was, apply files that
//! would send omi's own key or give a field twice, and config files that
//! are a FIFO or a symlink, or are written by many `omi config set` at once
//! or by one killed mid-write. Each ends in a clear usage error that quotes
//! no secret, sends nothing and loses nothing; each test pins one fix.

use crate::util;
use crate::util::hostile::{hostile, omi, respond, EMPTY_PAGE, JSON, PRIVATE_KEY};
use predicates::prelude::*;
use std::time::{Duration, Instant};

#[test]
fn empty_values_are_usage_errors_and_nothing_is_sent() {
    let server = hostile(|s, _| respond(s, "200 OK", JSON, EMPTY_PAGE));
    for args in [
        &["update", "pager-duty", "--service-key", ""][..],
        &["update", "pager-duty", "--service-key", "   "],
        &[
            "update",
            "slack",
            "--api-token",
            "tok-123456",
            "--team-name",
            "",
        ],
        &[
            "update",
            "slack",
            "--api-token",
            "tok-123456",
            "--team-name",
            "t",
            "--channel-name",
            "",
        ],
    ] {
        omi(&server.url)
            .args(args)
            .assert()
            .code(2)
            .stderr(predicate::str::contains("is empty"));
    }
    assert_eq!(server.count(), 0);
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("apply.json");
    std::fs::write(
        &file,
        r#"{"integrations": {"PAGER_DUTY": {"serviceKey": ""}}}"#,
    )
    .unwrap();
    omi(&server.url)
        .args(["apply", "-f"])
        .arg(&file)
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "integrations.PAGER_DUTY.serviceKey: is empty",
        ));
    assert_eq!(server.count(), 0);
}

#[test]
fn secrets_with_control_characters_are_refused_from_any_source() {
    let server = hostile(|s, _| respond(s, "200 OK", JSON, EMPTY_PAGE));
    omi(&server.url)
        .args(["update", "pager-duty", "--service-key", "-"])
        .write_stdin(vec![0u8; 65536])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("control character"));
    omi(&server.url)
        .env("OMI_PRIVATE_KEY", "priv\u{1b}[31m")
        .arg("list")
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "OMI_PRIVATE_KEY contains a control character",
        ));
    assert_eq!(server.count(), 0);
}

#[test]
fn a_secret_on_stdin_longer_than_64_kib_is_refused_not_cut() {
    let home = tempfile::tempdir().unwrap();
    let long = "a".repeat(70_000);
    let file = home.path().join("key");
    std::fs::write(&file, format!("{long}\n")).unwrap();
    for (value, stdin) in [
        ("-".to_string(), format!("{long}\n")),
        (format!("@{}", file.display()), String::new()),
    ] {
        util::isolated_omi(home.path())
            .args(["config", "set", "private_key", &value])
            .write_stdin(stdin)
            .assert()
            .code(2)
            .stderr(predicate::str::contains("larger than 64 KiB"));
    }
    assert!(
        !util::config_file(home.path()).exists(),
        "nothing was written"
    );
    // 64 KiB itself is taken whole.
    util::isolated_omi(home.path())
        .args(["config", "set", "private_key", "-"])
        .write_stdin(format!("{}\n", "a".repeat(65_536)))
        .assert()
        .success();
    let text = std::fs::read_to_string(util::config_file(home.path())).unwrap();
    assert!(text.contains(&"a".repeat(65_536)));
}

#[test]
fn argument_errors_never_quote_a_secret() {
    let server = hostile(|s, _| respond(s, "200 OK", JSON, EMPTY_PAGE));
    // A value starting with '-' is the secret's value, not a flag.
    omi(&server.url)
        .args([
            "update",
            "pager-duty",
            "--service-key",
            "--Pd-Key-77",
            "--dry-run",
        ])
        .assert()
        .success()
        .stdout(predicate::str::contains("-Key-77").not());
    for args in [
        &["--private-key", "Sup3r", "S3cretTail", "list"][..],
        &[
            "update",
            "pager-duty",
            "--service-key",
            "pd-key-1234",
            "stray-Secret-Word",
        ],
        &[
            "update",
            "pager-duty",
            "--service-key=pd-key-1234",
            "stray-Secret-Word",
        ],
    ] {
        let out = omi(&server.url)
            .args(args)
            .assert()
            .code(2)
            .get_output()
            .clone();
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(
            !err.contains("S3cretTail") && !err.contains("stray-Secret-Word"),
            "{err}"
        );
        assert!(
            !err.contains("pd-key-1234") && !err.contains("Sup3r"),
            "{err}"
        );
    }
}

#[test]
fn a_secret_flag_without_its_value_does_not_take_the_next_option() {
    let server = hostile(|s, _| respond(s, "200 OK", JSON, EMPTY_PAGE));
    for (args, flag, option) in [
        (
            &["create", "ops-genie", "--api-key", "--dry-run"][..],
            "--api-key",
            "--dry-run",
        ),
        (
            &["update", "pager-duty", "--service-key", "--json"],
            "--service-key",
            "--json",
        ),
        (
            &["--private-key", "--dry-run", "list"],
            "--private-key",
            "--dry-run",
        ),
        (&["list", "--public-key", "-v"], "--public-key", "-v"),
        (
            &[
                "create",
                "webhook",
                "--url",
                "https://h.example.com",
                "--secret",
                "--base-url=https://u:Pw-Secret@om",
            ],
            "--secret",
            "--base-url",
        ),
    ] {
        omi(&server.url)
            .args(args)
            .assert()
            .code(2)
            .stderr(predicate::str::contains(format!(
                "{flag} has no value: the word after it, '{option}', is one of omi's options"
            )))
            .stderr(predicate::str::contains(format!("{flag}=VALUE")))
            .stderr(predicate::str::contains("Pw-Secret").not());
    }
    assert_eq!(server.count(), 0, "nothing may be sent");
    // With '=' any value is the secret's, an option's name too.
    omi(&server.url)
        .args(["update", "pager-duty", "--service-key=--json", "--dry-run"])
        .assert()
        .success()
        .stdout(predicate::str::contains(r#""serviceKey": "**json""#));
    assert_eq!(server.count(), 0);
}

#[test]
fn url_masks_never_show_userinfo() {
    let server = hostile(|s, _| respond(s, "200 OK", JSON, EMPTY_PAGE));
    for url in [
        "https://admin:Sup3rS3cr3tPw/x@hooks.example.com/a",
        "https://admin:pw?q@hooks.example.com/a",
    ] {
        let out = omi(&server.url)
            .args(["--dry-run", "update", "webhook", "--url", url])
            .assert()
            .success()
            .get_output()
            .clone();
        let all = String::from_utf8_lossy(&out.stdout);
        assert!(
            !all.contains("admin") && !all.contains("Sup3r") && !all.contains("pw"),
            "{all}"
        );
    }
}

#[test]
fn apply_files_cannot_send_omis_own_key_and_reject_duplicates() {
    let server = hostile(|s, _| respond(s, "200 OK", JSON, EMPTY_PAGE));
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("apply.json");
    for (text, expected) in [
        (
            r#"{"integrations": {"PAGER_DUTY": {"serviceKey": {"env": "OMI_PRIVATE_KEY"}}}}"#,
            "OMI_PRIVATE_KEY holds omi's own private API key",
        ),
        (
            "{\"integrations\": {\"PAGER_DUTY\": {\"serviceKey\": \"pd-key-1\",\n\"serviceKey\": \"pd-key-2\"}}}",
            "integrations.PAGER_DUTY.serviceKey: given twice, at lines 1 and 2",
        ),
    ] {
        std::fs::write(&file, text).unwrap();
        omi(&server.url)
            .args(["apply", "--project-id", "5e2211c17a3e5a48f5497de3", "-f"])
            .arg(&file)
            .assert()
            .code(2)
            .stderr(predicate::str::contains(expected))
            .stderr(predicate::str::contains(PRIVATE_KEY).not());
    }
    assert_eq!(server.count(), 0);
    // A reference in a field that is not secret is worth a note.
    std::fs::write(dir.path().join("team"), "Team From File\n").unwrap();
    std::fs::write(
        &file,
        r#"{"integrations": {"SLACK": {"apiToken": "tok-123456", "teamName": {"file": "team"}}}}"#,
    )
    .unwrap();
    omi(&server.url)
        .args(["apply", "--dry-run", "--project-id", "5e2211c17a3e5a48f5497de3", "-f"])
        .arg(&file)
        .assert()
        .success()
        .stderr(predicate::str::contains(
            "note: integrations.SLACK.teamName is not a secret field but takes its value from a reference",
        ));
}

#[cfg(unix)]
#[test]
fn a_fifo_at_config_toml_does_not_hang() {
    let home = tempfile::tempdir().unwrap();
    let path = util::config_file(home.path());
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    let status = std::process::Command::new("mkfifo")
        .arg(&path)
        .status()
        .unwrap();
    assert!(status.success());
    let started = Instant::now();
    util::isolated_omi(home.path())
        .timeout(Duration::from_secs(20))
        .args(["config", "show"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("not a regular file"));
    assert!(started.elapsed() < Duration::from_secs(10));
}

#[test]
fn concurrent_config_set_keeps_every_setting() {
    let home = tempfile::tempdir().unwrap();
    let children: Vec<_> = (0..20)
        .map(|i| {
            let mut cmd = std::process::Command::new(util::OMI);
            cmd.env("XDG_CONFIG_HOME", home.path())
                .env("HOME", home.path())
                .args([
                    "config",
                    "set",
                    "base_url",
                    &format!("https://om{i}.example.com"),
                ])
                .args(["--profile", &format!("p{i}")])
                .stdout(std::process::Stdio::null())
                .stderr(std::process::Stdio::null());
            cmd.spawn().unwrap()
        })
        .collect();
    for mut c in children {
        assert!(c.wait().unwrap().success());
    }
    let text = std::fs::read_to_string(util::config_file(home.path())).unwrap();
    for i in 0..20 {
        assert!(
            text.contains(&format!("https://om{i}.example.com")),
            "p{i} lost:\n{text}"
        );
    }
}

#[cfg(unix)]
#[test]
fn config_set_writes_through_a_symlink_and_cleans_stale_temp_files() {
    let home = tempfile::tempdir().unwrap();
    let path = util::config_file(home.path());
    let dir = path.parent().unwrap();
    std::fs::create_dir_all(dir).unwrap();
    let real = home.path().join("dotfiles-config.toml");
    std::fs::write(&real, "[default]\nbase_url = \"https://a.example.com\"\n").unwrap();
    std::os::unix::fs::symlink(&real, &path).unwrap();
    // What a killed `omi config set` left behind two minutes ago.
    let stale = home.path().join(".omi-tmp-left");
    std::fs::write(&stale, "private_key = \"left-behind\"").unwrap();
    let old = std::time::SystemTime::now() - Duration::from_secs(120);
    std::fs::File::options()
        .write(true)
        .open(&stale)
        .unwrap()
        .set_modified(old)
        .unwrap();
    util::isolated_omi(home.path())
        .args(["config", "set", "project_id", "5e2211c17a3e5a48f5497de3"])
        .assert()
        .success();
    assert!(std::fs::symlink_metadata(&path)
        .unwrap()
        .file_type()
        .is_symlink());
    let text = std::fs::read_to_string(&real).unwrap();
    assert!(
        text.contains("5e2211c17a3e5a48f5497de3") && text.contains("a.example.com"),
        "{text}"
    );
    assert!(!stale.exists(), "stale temp file removed");
}

#[cfg(unix)]
#[test]
fn a_killed_config_set_leaves_no_temp_file() {
    let home = tempfile::tempdir().unwrap();
    let dir = util::config_file(home.path())
        .parent()
        .unwrap()
        .to_path_buf();
    std::fs::create_dir_all(&dir).unwrap();
    let temps = || -> Vec<String> {
        std::fs::read_dir(&dir)
            .map(|d| {
                d.flatten()
                    .map(|e| e.file_name().to_string_lossy().into_owned())
                    .filter(|n| n.starts_with(".omi-tmp-"))
                    .collect()
            })
            .unwrap_or_default()
    };
    let key = "k".repeat(60_000);
    let mut hit = 0;
    for _ in 0..20 {
        let mut child = std::process::Command::new(util::OMI)
            .env("XDG_CONFIG_HOME", home.path())
            .env("HOME", home.path())
            .args(["config", "set", "private_key", &key])
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .spawn()
            .unwrap();
        // Kill it the moment its temp file appears, mid-write.
        while temps().is_empty() && child.try_wait().unwrap().is_none() {
            std::thread::yield_now();
        }
        if child.try_wait().unwrap().is_none() {
            hit += 1;
            unsafe { libc::kill(child.id() as i32, libc::SIGTERM) };
        }
        let _ = child.wait();
        assert!(
            temps().is_empty(),
            "a temp file was left behind: {:?}",
            temps()
        );
    }
    assert!(hit > 0, "never caught a write in progress");
}
