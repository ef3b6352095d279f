//! No secret is ever printed: every kind of command, in every mode
//! (-v, --dry-run, --json, errors, config show, apply), with known secret
//! values, and all of stdout and stderr searched for them.

use crate::util;
use crate::util::fixtures::{fixture, TypeFixture, EVERY_TYPE};
use crate::util::isolated_omi;
use crate::util::sandbox::Sandbox;
use crate::util::terminal::Terminal;
use std::io::Write;

const PUBLIC_KEY: &str = "pubkeyzz";

const PRIVATE_KEY: &str = "private-key-3f9a-77aa-secret";

/// Everything no output may contain: the API keys and every type's
/// secret values. (The public key is no secret, but nothing but `config
/// show` has a reason to print it.)
fn secrets() -> Vec<&'static str> {
    let mut all = vec![PUBLIC_KEY, PRIVATE_KEY, "-secret-00"];
    for t in &EVERY_TYPE {
        all.extend(t.secrets);
    }
    all
}

struct Transcript(String);

impl Transcript {
    fn add(&mut self, a: assert_cmd::assert::Assert) {
        let o = a.get_output();
        self.0.push_str(&String::from_utf8_lossy(&o.stdout));
        self.0.push_str(&String::from_utf8_lossy(&o.stderr));
    }
}

/// Create in every mode (the first creates, the others dry-run or get a
/// 409), update, and get of one type, verbose and not.
fn every_command_of(sb: &Sandbox, ty: &TypeFixture) -> Transcript {
    let mut t = Transcript(String::new());
    let (cli, args) = (ty.cli, ty.args);
    for mode in [&["-v"][..], &["--dry-run"], &["--json", "-v"], &[]] {
        t.add(
            sb.omi()
                .args(["create", cli])
                .args(args)
                .args(mode)
                .assert(),
        );
    }
    t.add(
        sb.omi()
            .args(["update", cli, "-v"])
            .args(args)
            .assert()
            .success(),
    );
    t.add(sb.omi().args(["get", cli, "-v"]).assert().success());
    t.add(sb.omi().args(["get", cli, "--json"]).assert().success());
    t
}

#[test]
fn no_secret_appears_in_any_output() {
    let sb = Sandbox::start(&["--public-key", PUBLIC_KEY, "--private-key", PRIVATE_KEY]);
    let mut t = Transcript(String::new());
    // The types are independent of each other: one thread each.
    std::thread::scope(|scope| {
        let runs: Vec<_> = EVERY_TYPE
            .iter()
            .map(|ty| scope.spawn(|| every_command_of(&sb, ty)))
            .collect();
        for run in runs {
            t.0.push_str(&run.join().unwrap().0);
        }
    });
    t.add(sb.omi().args(["list", "-v"]).assert().success());
    t.add(
        sb.omi()
            .args(["list", "--json", "--envelope", "--pretty"])
            .assert()
            .success(),
    );
    // Errors: wrong key, validation, 409.
    t.add(
        sb.omi()
            .args(["--private-key", "x", "list", "-v"])
            .assert()
            .code(3),
    );
    t.add(
        sb.omi()
            .args([
                "create",
                "prometheus",
                "--password",
                fixture("prometheus").value_of("--password"),
                "--scheme",
                "https",
            ])
            .assert()
            .code(2),
    );
    t.add(
        sb.omi()
            .args(["create", "slack", "-v"])
            .args(fixture("slack").args)
            .assert()
            .code(4),
    );
    // The private key from stdin and from a file.
    t.add(
        sb.omi()
            .env_remove("OMI_PRIVATE_KEY")
            .args(["--private-key", "-", "list", "-v"])
            .write_stdin(format!("{PRIVATE_KEY}\n"))
            .assert()
            .success(),
    );
    let dir = tempfile::tempdir().unwrap();
    let key_file = dir.path().join("pk");
    std::fs::File::create(&key_file)
        .unwrap()
        .write_all(PRIVATE_KEY.as_bytes())
        .unwrap();
    t.add(
        sb.omi()
            .env_remove("OMI_PRIVATE_KEY")
            .args(["list", "--private-key"])
            .arg(format!("@{}", key_file.display()))
            .assert()
            .success(),
    );
    // Config.
    let home = sb.config_home.path();
    t.add(
        isolated_omi(home)
            .args(["config", "set", "private_key", PRIVATE_KEY])
            .assert()
            .success(),
    );
    t.add(
        isolated_omi(home)
            .args(["config", "set", "public_key", PUBLIC_KEY])
            .assert()
            .success(),
    );
    // `config show` shows the public key, the digest user name (sent in
    // clear in every request, so no secret), and masks the private key.
    let shown = isolated_omi(home)
        .args(["config", "show"])
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let shown = String::from_utf8_lossy(&shown);
    assert!(shown.contains(PUBLIC_KEY), "{shown}");
    assert!(!shown.contains(PRIVATE_KEY), "{shown}");
    // Apply, planned and carried out, verbose.
    let file = dir.path().join("desired.json");
    let integrations: serde_json::Map<_, _> = ["pager-duty", "webhook"]
        .into_iter()
        .map(|cli| {
            let mut body = fixture(cli).golden();
            body.as_object_mut().unwrap().remove("type");
            (fixture(cli).api_type(), body)
        })
        .collect();
    std::fs::write(
        &file,
        serde_json::json!({ "integrations": integrations }).to_string(),
    )
    .unwrap();
    for mode in [&["--dry-run"][..], &["-v"], &["--json", "--force"]] {
        t.add(
            sb.omi()
                .args(["apply", "--prune", "--yes", "-f"])
                .arg(&file)
                .args(mode)
                .assert()
                .success(),
        );
    }
    t.add(
        sb.omi()
            .args(["delete", "webhook", "--yes", "-v"])
            .assert()
            .success(),
    );

    assert!(
        t.0.contains("> GET ") && t.0.contains("< 401"),
        "verbose shows the digest round trip"
    );
    for s in secrets() {
        assert!(!t.0.contains(s), "{s} appeared in omi's output");
    }
}

#[test]
fn secrets_can_come_from_stdin_and_files() {
    let sb = Sandbox::start(&[]);
    sb.omi()
        .args(["create", "pager-duty", "--service-key", "-"])
        .write_stdin("from-stdin-key-4321\n")
        .assert()
        .success()
        .stdout(predicates::str::contains("***************4321"));
    let dir = tempfile::tempdir().unwrap();
    let f = dir.path().join("tok");
    std::fs::write(&f, "file-token-8765\n").unwrap();
    sb.omi()
        .args(["create", "slack", "--team-name", "T", "--api-token"])
        .arg(format!("@{}", f.display()))
        .assert()
        .success()
        .stdout(predicates::str::contains("***********8765"));
    // @@ is a literal @.
    sb.omi()
        .args([
            "update",
            "datadog",
            "--api-key",
            "@@literal-at-key",
            "--dry-run",
            "--json",
        ])
        .assert()
        .success()
        .stdout(predicates::str::contains("\"***********-key\""));
    // Two secrets cannot both read stdin.
    sb.omi()
        .args([
            "create",
            "victor-ops",
            "--api-key",
            "-",
            "--routing-key",
            "-",
        ])
        .write_stdin("a\nb\n")
        .assert()
        .code(2)
        .stderr(predicates::str::contains("stdin"));
}

/// `omi ARGS` started on a pseudo-terminal, pointed at the sandbox, with
/// colour allowed unless `env` sets NO_COLOR.
fn on_terminal(sb: &Sandbox, args: &[&str], env: &[(&str, &str)]) -> Terminal {
    let mut cmd = std::process::Command::new(util::OMI);
    for var in util::CONNECTION_VARS {
        cmd.env_remove(var);
    }
    cmd.args(args)
        .envs(sb.env())
        .env_remove("NO_COLOR")
        .envs(env.iter().copied());
    Terminal::spawn(cmd)
}

#[test]
fn a_missing_secret_is_prompted_for_without_echo_on_a_terminal() {
    let sb = Sandbox::start(&[]);
    let mut term = on_terminal(&sb, &["create", "pager-duty"], &[]);
    term.wait_for("PagerDuty integration key (--service-key): ");
    // Fails here if the prompt leaves echo on.
    term.wait_until_input_is_hidden();
    term.type_line("typed-secret-4242");
    let (screen, status) = term.finish();
    assert!(status.success(), "{screen}");
    assert!(screen.contains("*************4242"), "{screen}");
    assert!(
        !screen.contains("typed-secret"),
        "the typed secret was echoed: {screen}"
    );
}

/// Ctrl-C (which the prompt reads itself, the terminal being raw) or a
/// signal at a secret prompt gives the terminal back its echo, and omi
/// exits with the signal's code.
#[test]
fn a_signal_at_a_secret_prompt_gives_the_terminal_back_its_echo() {
    let sb = Sandbox::start(&[]);
    // No signal: Ctrl-C typed.
    for (name, signal, code) in [
        ("Ctrl-C", None, 130),
        ("SIGTERM", Some(libc::SIGTERM), 143),
        ("SIGHUP", Some(libc::SIGHUP), 129),
        ("SIGQUIT", Some(libc::SIGQUIT), 131),
    ] {
        let mut term = on_terminal(&sb, &["create", "pager-duty", "--dry-run"], &[]);
        term.wait_for("PagerDuty integration key (--service-key): ");
        term.wait_until_input_is_hidden();
        match signal {
            Some(signal) => term.signal(signal),
            None => term.type_keys("\u{3}"),
        }
        let status = term.wait_for_exit();
        assert_eq!(status.code(), Some(code), "{name}: {}", term.screen());
        assert!(term.echoes(), "{name} left echo off: {}", term.screen());
    }
}

#[test]
fn delete_asks_on_a_terminal() {
    let sb = Sandbox::start(&[]);
    sb.omi()
        .args(["create", "datadog", "--api-key", "dd-key-12345"])
        .assert()
        .success();
    let question = "Delete the Datadog integration from project";
    let mut term = on_terminal(&sb, &["delete", "datadog"], &[]);
    term.wait_for("[y/N] ");
    term.type_line("n");
    let (screen, status) = term.finish();
    assert!(!status.success(), "{screen}");
    assert!(
        screen.contains(question) && screen.contains("Not deleted.") && !screen.contains("error"),
        "{screen}"
    );
    sb.omi().args(["get", "datadog"]).assert().success();
    let mut term = on_terminal(&sb, &["delete", "datadog"], &[]);
    term.wait_for("[y/N] ");
    term.type_line("y");
    let (screen, status) = term.finish();
    assert!(status.success() && screen.contains(question), "{screen}");
    sb.omi().args(["get", "datadog"]).assert().code(4);
}

#[test]
fn colour_only_on_a_terminal_without_no_color() {
    let sb = Sandbox::start(&[]);
    sb.omi()
        .args(["create", "datadog", "--api-key", "dd-key-12345"])
        .assert()
        .success();
    let (screen, status) = on_terminal(&sb, &["list"], &[]).finish();
    assert!(
        status.success() && screen.contains("\u{1b}["),
        "bold headers on a terminal: {screen}"
    );
    let (screen, status) = on_terminal(&sb, &["list"], &[("NO_COLOR", "1")]).finish();
    assert!(status.success() && screen.contains("DATADOG"), "{screen}");
    assert!(!screen.contains("\u{1b}["), "NO_COLOR: {screen}");
    // Piped: no escape codes either.
    let out = sb
        .omi()
        .env_remove("NO_COLOR")
        .arg("list")
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    assert!(!String::from_utf8_lossy(&out).contains('\u{1b}'));
}

#[test]
fn other_mistakes_are_reported_before_a_secret_is_asked_for() {
    let sb = Sandbox::start(&[]);
    // --team-name is missing too: say so at once, ask for nothing.
    let term = on_terminal(&sb, &["update", "slack"], &[]);
    let (screen, status) = term.finish();
    assert_eq!(status.code(), Some(2), "{screen}");
    assert!(screen.contains("--team-name is required"), "{screen}");
    assert!(
        !screen.contains("(--api-token): "),
        "asked before failing: {screen}"
    );
}

#[test]
fn a_dash_on_a_terminal_asks_without_echo() {
    let sb = Sandbox::start(&[]);
    let mut term = on_terminal(&sb, &["create", "pager-duty", "--service-key", "-"], &[]);
    term.wait_for("--service-key: ");
    term.wait_until_input_is_hidden();
    term.type_line("typed-dash-secret-4242");
    let (screen, status) = term.finish();
    assert!(status.success(), "{screen}");
    assert!(!screen.contains("typed-dash-secret"), "echoed: {screen}");
}

#[test]
fn prune_asks_on_a_terminal_listing_what_it_deletes() {
    let sb = Sandbox::start(&[]);
    sb.omi()
        .args(["create", "datadog", "--api-key", "dd-key-12345"])
        .assert()
        .success();
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("a.json");
    std::fs::write(&file, r#"{"integrations": {}}"#).unwrap();
    let file = file.to_string_lossy().into_owned();
    let mut term = on_terminal(&sb, &["apply", "--prune", "-f", &file], &[]);
    term.wait_for("[y/N] ");
    term.type_line("n");
    let (screen, status) = term.finish();
    assert!(!status.success(), "{screen}");
    assert!(
        screen.contains("--prune will delete:") && screen.contains("DATADOG from project"),
        "{screen}"
    );
    sb.omi().args(["get", "datadog"]).assert().success();
}
