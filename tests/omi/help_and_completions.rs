//! What a newcomer meets first: `--help`, the man page, shell completion
//! (run through a real bash), what a failed create or update says, and the
//! completion scripts and man page committed under completions/, which
//! must be what the binary generates now. When flags change, regenerate
//! them with `OMI_BLESS=1 cargo test --test omi committed_completions` and
//! commit the result.

use crate::util;
use crate::util::hostile::{hostile, respond};
use crate::util::sandbox::Sandbox;
use crate::util::{config_file, isolated_omi, OMI};
use predicates::prelude::*;
use std::path::Path;
use std::process::Command as Process;

fn stdout(args: &[&str]) -> String {
    let home = tempfile::tempdir().unwrap();
    let out = isolated_omi(home.path())
        .args(args)
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    String::from_utf8(out).unwrap()
}

/// Help text with its line wrapping undone.
fn help(args: &[&str]) -> String {
    let mut args = args.to_vec();
    args.push("--help");
    stdout(&args)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

const CONNECTION: [&str; 3] = ["--base-url", "--private-key", "--project-id"];

#[test]
fn the_man_page_is_self_contained() {
    let man = stdout(&["man"]);
    // clap_mangen's list of omi-COMMAND(1) pages, which do not exist, is gone.
    assert!(!man.contains("SUBCOMMANDS"));
    for (at, _) in man.match_indices("(1)") {
        let before = &man[at.saturating_sub(30)..at];
        assert!(
            !before.contains("omi\\-") && !before.contains("omi-"),
            "names a page: {before}(1)"
        );
    }
    for section in [
        ".SH COMMANDS",
        ".SH \"INTEGRATION TYPES\"",
        ".SH \"APPLY FILE\"",
        ".SH FILES",
    ] {
        assert!(man.contains(section), "{section}");
    }
    let section = |name: &str| {
        let start = man.find(name).unwrap();
        let end = man[start + 4..]
            .find(".SH ")
            .map_or(man.len(), |e| start + 4 + e);
        man[start..end].to_string()
    };
    // COMMANDS: each command's usage and its own options.
    let commands = section(".SH COMMANDS");
    for usage in [
        "omi list",
        "omi get",
        "omi delete",
        "omi apply",
        "omi config set",
        "omi config show",
        "omi config path",
        "omi completions",
        "omi man",
    ] {
        assert!(commands.contains(usage), "COMMANDS: {usage}");
    }
    for flag in [
        "\\-\\-effective",
        "\\-\\-concurrency",
        "\\-\\-all\\-projects",
    ] {
        assert!(commands.contains(flag), "COMMANDS: {flag}");
    }
    assert!(
        !commands.contains("profiles"),
        "the hidden command is left out"
    );
    let apply = section(".SH \"APPLY FILE\"");
    for text in [
        "integrations",
        "projects",
        "null",
        "{\"env\": NAME}",
        "{\"file\": PATH}",
        "$schema",
        "[integrations.PAGER_DUTY]",
        "WEBHOOK = false",
    ] {
        assert!(apply.contains(text), "APPLY FILE: {text}");
    }
    let files = section(".SH FILES");
    for text in [
        "~/.config/omi/config.toml",
        "base_url",
        "public_key",
        "private_key",
        "project_id",
        "0600",
        "OMI_*",
        "MCLI_*",
    ] {
        assert!(files.contains(text), "FILES: {text}");
    }
    let env = section(".SH ENVIRONMENT");
    for var in ["OMI_BASE_URL", "MCLI_OPS_MANAGER_URL", "OMI_PROFILE"] {
        assert!(env.contains(var), "ENVIRONMENT: {var}");
    }
}

#[test]
fn help_lists_every_exit_code() {
    let text = help(&[]);
    assert!(text.contains("Exit status:"), "{text}");
    for (code, meaning) in omi::errors::EXIT_CODES {
        let line = format!("{code} {meaning}");
        assert!(text.contains(&line), "--help lacks {line:?}");
    }
    for code in [0, 1, 2, 3, 4, 5, 6, 7, 129, 130, 131, 143] {
        assert!(
            omi::errors::EXIT_CODES.iter().any(|(c, _)| *c == code),
            "{code}"
        );
    }
}

/// Every command a line can name (not hidden, not clap's `help`), as
/// the words after `omi`, from the definition.
fn every_command() -> Vec<Vec<String>> {
    fn walk(cmd: &clap::Command, path: Vec<String>, out: &mut Vec<Vec<String>>) {
        for sub in cmd.get_subcommands() {
            if sub.is_hide_set() || sub.get_name() == "help" {
                continue;
            }
            let mut p = path.clone();
            p.push(sub.get_name().to_string());
            out.push(p.clone());
            walk(sub, p, out);
        }
    }
    let mut out = Vec::new();
    walk(&omi::cli::defs::command(), Vec::new(), &mut out);
    out
}

/// The options a help text lists: each line of its "Options:" and
/// "Global options:" sections that starts with `-x, --long` or `--long`.
fn listed_options(help: &str) -> Vec<String> {
    let mut section = "";
    help.lines()
        .filter(|l| {
            if !l.starts_with(' ') {
                section = l;
            }
            matches!(section, "Options:" | "Global options:")
        })
        .filter_map(|l| {
            let l = l.trim_start();
            let l = match l.strip_prefix('-').and_then(|r| r.get(1..)) {
                Some(rest) if !l.starts_with("--") && rest.starts_with(", ") => &rest[2..],
                _ => l,
            };
            let name = l.strip_prefix("--")?.split([' ', '.', '[', '=']).next()?;
            Some(format!("--{name}"))
        })
        .collect()
}

/// A value `--long` accepts (the first of its possible values), if it
/// takes one.
fn sample_value(cmd: &clap::Command, long: &str) -> Option<String> {
    let arg = cmd
        .get_arguments()
        .find(|a| a.get_long() == Some(long))
        .unwrap_or_else(|| panic!("{long} is not an option of {}", cmd.get_name()));
    if !arg.get_action().takes_values() {
        return None;
    }
    if let Some(v) = arg.get_possible_values().first() {
        return Some(v.get_name().to_string());
    }
    Some(match long {
        "field" => "extra=1".to_string(),
        _ => "1".to_string(),
    })
}

/// The command's words and its required arguments, each with a value it
/// accepts: a line that parses.
fn complete(cmd: &clap::Command, path: &[String]) -> Vec<String> {
    let mut line = path.to_vec();
    for arg in cmd.get_arguments().filter(|a| a.is_required_set()) {
        let value = arg
            .get_possible_values()
            .first()
            .map_or("x".to_string(), |v| v.get_name().to_string());
        if let Some(long) = arg.get_long() {
            line.push(format!("--{long}"));
        }
        line.push(value);
    }
    line
}

fn find<'a>(root: &'a clap::Command, path: &[String]) -> &'a clap::Command {
    path.iter()
        .fold(root, |c, name| c.find_subcommand(name).unwrap())
}

/// For every command: each option its help lists parses after it (the
/// options of one run taken together, those that conflict in another),
/// and each option of the groups it does not list is refused with exit
/// 2; its help has examples.
#[test]
fn each_command_lists_only_the_options_it_takes() {
    let root = omi::cli::defs::command();
    let home = tempfile::tempdir().unwrap();
    let group: Vec<clap::Arg> = omi::cli::defs::Options::ALL
        .iter()
        .flat_map(|g| g.args())
        .collect();
    let mut checked_types = Vec::new();
    for path in every_command() {
        let cmd = find(&root, &path);
        let words: Vec<&str> = path.iter().map(String::as_str).collect();
        let text = stdout(&[&words[..], &["--help"]].concat());
        assert!(
            text.contains("\nExamples:\n  # ") && text.contains("\n  omi "),
            "{path:?} --help has no examples:\n{text}"
        );
        let listed = listed_options(&text);
        assert!(
            listed.contains(&"--help".to_string()),
            "{path:?}: {listed:?}"
        );
        // The listed options, in runs of options that do not conflict.
        let mut runs: Vec<Vec<&clap::Arg>> = Vec::new();
        for long in &listed {
            let arg = cmd
                .get_arguments()
                .find(|a| a.get_long() == Some(&long[2..]))
                .unwrap_or_else(|| panic!("{path:?} lists {long}, which it does not define"));
            if arg.get_id() == "help" {
                continue;
            }
            let conflicts = cmd.get_arg_conflicts_with(arg);
            match runs.iter_mut().find(|r| {
                !r.iter()
                    .any(|a| conflicts.iter().any(|c| c.get_id() == a.get_id()))
            }) {
                Some(run) => run.push(arg),
                None => runs.push(vec![arg]),
            }
        }
        for run in runs {
            let mut line: Vec<String> = path.clone();
            for arg in &run {
                let long = arg.get_long().unwrap();
                match sample_value(cmd, long) {
                    // `--alerts[=WHICH]`: an optional value goes after `=`.
                    Some(v) if arg.is_require_equals_set() => line.push(format!("--{long}={v}")),
                    v => {
                        line.push(format!("--{long}"));
                        line.extend(v);
                    }
                }
            }
            // clap reads every option before --help acts: a refused one
            // would fail first.
            line.push("--help".to_string());
            isolated_omi(home.path()).args(&line).assert().success();
        }
        // The group options it does not list: refused, after it and
        // before it. (The type subcommands share one definition: two are
        // enough.)
        let is_type = matches!(path[0].as_str(), "create" | "update") && path.len() == 2;
        if is_type && checked_types.contains(&path[0]) {
            continue;
        }
        if is_type {
            checked_types.push(path[0].clone());
        }
        for arg in &group {
            let long = format!("--{}", arg.get_long().unwrap());
            if listed.contains(&long) {
                continue;
            }
            let value: Vec<String> = match arg.get_action().takes_values() {
                true => vec!["1".to_string()],
                false => Vec::new(),
            };
            let option = [&[long.clone()][..], &value].concat();
            let line = complete(cmd, &path);
            let mut lines = vec![[&line[..], &option].concat()];
            // (Before `omi config`, clap asks for the subcommand first.)
            if cmd.get_subcommands().next().is_none() {
                lines.push([&option[..], &line].concat());
            }
            for line in lines {
                isolated_omi(home.path())
                    .args(&line)
                    .assert()
                    .code(2)
                    .stderr(predicate::str::contains(format!(
                        "unexpected argument '{long}'"
                    )));
            }
        }
    }
    assert_eq!(checked_types, ["create", "update"]);
}

/// A value `--long` (or a positional, by id) of `cmd` accepts for real,
/// against the sandbox.
fn real_value(cmd: &clap::Command, id: &str, fx: &RealFixture) -> Option<String> {
    let arg = cmd.get_arguments().find(|a| a.get_id() == id).unwrap();
    if !arg.get_action().takes_values() {
        return None;
    }
    let long = arg.get_long().unwrap_or_default();
    let value = match (long, id) {
        ("base-url", _) => fx.base_url.clone(),
        ("public-key", _) => fx.public_key.clone(),
        ("private-key", _) => fx.private_key.clone(),
        ("project-id", _) => fx.project_id.clone(),
        ("org-id" | "alert-config", _) => "0123456789abcdef01234567".to_string(),
        ("project", _) => "Payments".to_string(),
        ("profile", _) => "default".to_string(),
        ("ca-cert", _) => fx.pem.display().to_string(),
        ("file", _) => fx.apply_file.display().to_string(),
        ("output", _) => fx.dir.path().join("out.json").display().to_string(),
        ("env-file", _) => fx.dir.path().join("vars.env").display().to_string(),
        ("share", _) => "PAGER_DUTY.serviceKey".to_string(),
        ("timeout", _) => "5".to_string(),
        ("page-num" | "items-per-page" | "concurrency", _) => "1".to_string(),
        ("retries" | "max-wait", _) => "0".to_string(),
        ("max-rate", _) => "1000".to_string(),
        ("field", _) => "extraField=1".to_string(),
        ("url" | "webhook-url", _) => "https://hooks.example.com/om".to_string(),
        ("listen-address", _) => "0.0.0.0:9216".to_string(),
        ("tls-pem-path", _) => "/etc/om.pem".to_string(),
        (_, "value") => "https://om.example.com".to_string(),
        _ => match arg.get_possible_values().first() {
            Some(v) => v.get_name().to_string(),
            None => "x1234567".to_string(),
        },
    };
    Some(value)
}

struct RealFixture {
    base_url: String,
    public_key: String,
    private_key: String,
    project_id: String,
    dir: tempfile::TempDir,
    pem: std::path::PathBuf,
    apply_file: std::path::PathBuf,
}

/// A line of the command that runs for real: its words, its required
/// arguments (for a type, its required fields) and what a script must
/// add (`--yes` to delete).
fn real_line(cmd: &clap::Command, path: &[String], fx: &RealFixture) -> Vec<String> {
    let mut line = path.to_vec();
    let required = |a: &&clap::Arg| {
        a.is_required_set()
            || a.get_help()
                .is_some_and(|h| h.to_string().contains("[required]"))
    };
    for arg in cmd.get_arguments().filter(required) {
        if let Some(long) = arg.get_long() {
            line.push(format!("--{long}"));
        }
        line.extend(real_value(cmd, arg.get_id().as_str(), fx));
    }
    if path[0] == "delete" {
        line.push("--yes".to_string());
    }
    line
}

/// Each option a command's help lists, given alone to the command run for
/// real against the sandbox, is taken: the run may fail (a create twice,
/// a name no project has) but never as a usage error, exit 2. (A refusal
/// left to run time, which `--help` would not see, fails this.)
#[test]
fn each_listed_option_is_taken_when_the_command_runs() {
    let tls_dir = tempfile::tempdir().unwrap();
    let pem = tls_dir.path().join("ca.pem");
    // A real PEM certificate for --ca-cert: a TLS sandbox's.
    drop(Sandbox::start(&[
        "--tls",
        "--tls-cert-out",
        pem.to_str().unwrap(),
    ]));
    let sb = Sandbox::start(&[]);
    let dir = tempfile::tempdir().unwrap();
    let apply_file = dir.path().join("apply.json");
    std::fs::write(&apply_file, r#"{"integrations": {}}"#).unwrap();
    let fx = RealFixture {
        base_url: sb.base_url.clone(),
        public_key: sb.public_key.clone(),
        private_key: sb.private_key.clone(),
        project_id: sb.project_id.clone(),
        dir,
        pem,
        apply_file,
    };
    let root = omi::cli::defs::command();
    let mut lines = Vec::new();
    for path in every_command() {
        let cmd = find(&root, &path);
        if cmd.get_subcommands().next().is_some() {
            continue;
        }
        let is_type = matches!(path[0].as_str(), "create" | "update") && path.len() == 2;
        // The types share one definition of the other options: each verb
        // tries them with one type, and every type's own flags.
        let fully = !is_type
            || [["create", "pager-duty"], ["update", "prometheus"]]
                .contains(&[path[0].as_str(), path[1].as_str()]);
        let words: Vec<&str> = path.iter().map(String::as_str).collect();
        let text = stdout(&[&words[..], &["--help"]].concat());
        let base = real_line(cmd, &path, &fx);
        for long in listed_options(&text) {
            let arg = cmd
                .get_arguments()
                .find(|a| a.get_long() == Some(&long[2..]))
                .unwrap();
            let id = arg.get_id().as_str();
            let field = is_type && arg.get_help_heading().is_none() && id != "verbose";
            if id == "help" || (!fully && !field) {
                continue;
            }
            let mut line: Vec<String> = base.clone();
            if !line.contains(&long) {
                match real_value(cmd, id, &fx) {
                    Some(v) if arg.is_require_equals_set() => line.push(format!("{long}={v}")),
                    v => {
                        line.push(long.clone());
                        line.extend(v);
                    }
                }
            }
            // What the option asks for besides.
            match id {
                "exit-code" => line.push("--dry-run".to_string()),
                "prune" => line.push("--yes".to_string()),
                _ => {}
            }
            lines.push(line);
        }
    }
    assert!(lines.len() > 150, "{}", lines.len());
    // A few at a time: each is a process and a few requests.
    let next = std::sync::Mutex::new(lines.into_iter());
    std::thread::scope(|scope| {
        for _ in 0..4 {
            scope.spawn(|| loop {
                let Some(line) = next.lock().unwrap().next() else {
                    return;
                };
                let out = sb
                    .omi()
                    .current_dir(fx.dir.path())
                    .args(&line)
                    .write_stdin("")
                    .output()
                    .unwrap();
                assert_ne!(
                    out.status.code(),
                    Some(2),
                    "{line:?} is refused: {}",
                    String::from_utf8_lossy(&out.stderr)
                );
            });
        }
    });
}

#[test]
fn each_commands_help_shows_its_own_options_then_the_global_ones_a_line_each() {
    let text = stdout(&["create", "pager-duty", "--help"]);
    let own = text.find("--service-key").unwrap();
    let global = text
        .find("Global options:")
        .expect("a Global options heading");
    assert!(own < global, "{text}");
    let globals = &text[global..text.find("Examples:").unwrap()];
    let lines: Vec<&str> = globals.lines().skip(1).filter(|l| !l.is_empty()).collect();
    // One line each: every line names an option.
    assert!(lines.len() >= 10, "{globals}");
    for line in &lines {
        assert!(
            line.trim_start().starts_with("--"),
            "a wrapped line: {line:?}"
        );
        assert!(line.len() <= 100, "{line:?}");
    }
    for flag in [&CONNECTION[..], &["--timeout", "--retries", "--no-cache"]].concat() {
        assert!(globals.contains(flag), "{flag}");
    }
    // The query parameters a write does not take are not offered.
    for flag in ["--page-num", "--items-per-page"] {
        assert!(!text.contains(flag), "{flag}");
    }
    // omi --help: the global options, not each command's own.
    let text = stdout(&["--help"]);
    let listed = listed_options(&text);
    assert!(text.contains("Global options:") && listed.contains(&"--base-url".to_string()));
    for flag in ["--json", "--dry-run", "--page-num"] {
        assert!(
            !listed.contains(&flag.to_string()),
            "omi --help lists {flag}"
        );
    }
}

#[test]
fn options_work_before_and_after_the_command() {
    let home = tempfile::tempdir().unwrap();
    let run = |args: &[&str]| {
        let out = isolated_omi(home.path())
            .args(args)
            .assert()
            .success()
            .get_output()
            .stdout
            .clone();
        String::from_utf8(out).unwrap()
    };
    let url = ["--base-url", "https://om.example.com:8443"];
    let project = ["--project-id", "5e2211c17a3e5a48f5497de3"];
    let query = ["--envelope", "--pretty"];
    let create = [
        "create",
        "slack",
        "--api-token",
        "abcdefgh12",
        "--team-name",
        "T",
    ];
    let before = run(&[
        &url[..],
        &project,
        &query,
        &["--json", "--dry-run"],
        &create,
    ]
    .concat());
    let after = run(&[
        &create[..],
        &url,
        &project,
        &query,
        &["--json", "--dry-run"],
    ]
    .concat());
    let mixed = run(&[
        &["--json"][..],
        &url,
        &create,
        &project,
        &query,
        &["--dry-run"],
    ]
    .concat());
    assert_eq!(before, after);
    assert_eq!(before, mixed);
    let plan: serde_json::Value = serde_json::from_str(&before).unwrap();
    let shown = plan.to_string();
    assert!(shown.contains("om.example.com:8443"), "{shown}");
    assert!(
        shown.contains("pretty=true") && shown.contains("envelope=true"),
        "{shown}"
    );
    assert!(!shown.contains("abcdefgh12"), "the token is masked");

    let list = ["list", "--dry-run", "--page-num", "2"];
    assert_eq!(
        run(&[&url[..], &project, &list].concat()),
        run(&[&list[..], &url, &project].concat())
    );

    // config show: --profile and --json before or after.
    std::fs::create_dir_all(config_file(home.path()).parent().unwrap()).unwrap();
    std::fs::write(
        config_file(home.path()),
        "[prod]\nbase_url = \"https://prod.example.com\"\n",
    )
    .unwrap();
    let a = run(&["--profile", "prod", "--json", "config", "show"]);
    let b = run(&["config", "show", "--profile", "prod", "--json"]);
    assert_eq!(a, b);
    assert!(a.contains("prod.example.com"), "{a}");

    assert!(
        run(&[&list[..], &url, &project].concat()).contains("pageNum=2"),
        "list takes the page"
    );

    // An option a command does not take is a usage error after it, and
    // before it.
    for args in [
        &["completions", "bash", "--base-url", "https://x.example.com"][..],
        &["--base-url", "https://x.example.com", "completions", "bash"],
        &["--page-num", "2", "projects"],
        &["create", "slack", "--api-token", "t", "--page-num", "2"],
    ] {
        isolated_omi(home.path())
            .args(args)
            .assert()
            .code(2)
            .stderr(predicate::str::contains("unexpected argument"));
    }
}

#[test]
fn config_profiles_prints_the_profile_names() {
    let home = tempfile::tempdir().unwrap();
    // No config file: nothing, and success.
    isolated_omi(home.path())
        .args(["config", "profiles"])
        .assert()
        .success()
        .stdout("");
    write_two_profiles(home.path());
    isolated_omi(home.path())
        .args(["config", "profiles"])
        .assert()
        .success()
        .stdout("default\nprod\n");
    // It is a helper for completion, not shown in help.
    isolated_omi(home.path())
        .args(["config", "--help"])
        .assert()
        .success()
        .stdout(predicate::str::contains("profiles").not());
}

fn write_two_profiles(home: &Path) {
    let path = config_file(home);
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(
        &path,
        "[prod]\nbase_url = \"https://prod.example.com\"\n\n[default]\nproject_id = \"5e2211c17a3e5a48f5497de3\"\n",
    )
    .unwrap();
}

/// The committed bash script, asked for the words it offers after `words`
/// (the last one being completed), by bash itself with `omi` on PATH.
fn bash_complete(home: &Path, words: &[&str]) -> Vec<String> {
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("completions/omi.bash");
    let bin_dir = Path::new(OMI).parent().unwrap();
    let quoted: Vec<String> = words.iter().map(|w| format!("'{w}'")).collect();
    let cword = words.len() - 1;
    let prev = words[cword - 1];
    let cur = words[cword];
    let program = format!(
        "source '{}'\nCOMP_WORDS=({})\nCOMP_CWORD={cword}\n_omi omi '{cur}' '{prev}'\nprintf '%s\\n' \"${{COMPREPLY[@]}}\"\n",
        script.display(),
        quoted.join(" ")
    );
    let path = format!(
        "{}:{}",
        bin_dir.display(),
        std::env::var("PATH").unwrap_or_default()
    );
    let out = Process::new("bash")
        .args(["--norc", "--noprofile", "-c", &program])
        .env("PATH", path)
        .env("XDG_CONFIG_HOME", home)
        .env("HOME", home)
        .env_remove("OMI_PROFILE")
        .output()
        .expect("bash runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(str::to_string)
        .collect()
}

#[test]
fn bash_completes_profiles_and_api_type_names() {
    let bash =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("completions/omi.bash"))
            .unwrap();
    assert!(bash.contains("omi config profiles"));
    assert!(bash.contains("omi__subcmd__create,PAGER_DUTY)"));
    for file in ["_omi", "omi.fish"] {
        let script = std::fs::read_to_string(
            Path::new(env!("CARGO_MANIFEST_DIR"))
                .join("completions")
                .join(file),
        )
        .unwrap();
        assert!(script.contains("omi config profiles"), "{file}");
    }

    let home = tempfile::tempdir().unwrap();
    write_two_profiles(home.path());
    let offered = bash_complete(home.path(), &["omi", "list", "--profile", ""]);
    assert_eq!(offered, ["default", "prod"]);
    let offered = bash_complete(home.path(), &["omi", "config", "show", "--profile", "p"]);
    assert_eq!(offered, ["prod"]);
    // The API spelling gets the type's flags, as the CLI spelling does.
    for ty in ["PAGER_DUTY", "pager-duty"] {
        let offered = bash_complete(home.path(), &["omi", "create", ty, "--"]);
        assert!(
            offered.iter().any(|w| w == "--service-key"),
            "{ty}: {offered:?}"
        );
    }
}

#[test]
fn a_5xx_to_a_create_says_it_may_have_been_created() {
    for status in [
        "502 Bad Gateway",
        "503 Service Unavailable",
        "500 Internal Server Error",
    ] {
        let server = hostile(move |s, _| {
            respond(
                s,
                status,
                "Content-Type: text/html\r\n",
                b"<html>down</html>",
            )
        });
        util::hostile::omi(&server.url)
            .args(["create", "pager-duty", "--service-key", "k-123456"])
            .assert()
            .code(5)
            .stderr(predicate::str::contains(&status[..3]))
            .stderr(predicate::str::contains(
                "the server may have created it before failing",
            ))
            .stderr(predicate::str::contains(
                "run `omi get pager-duty` to see whether it was created before trying again",
            ));
        assert_eq!(server.count(), 1, "{status}: a POST is not retried");
    }
    // A GET that fails created nothing, and says nothing of the kind.
    let server = hostile(|s, _| respond(s, "502 Bad Gateway", "", b""));
    util::hostile::omi(&server.url)
        .args(["get", "pager-duty", "--retries", "0"])
        .assert()
        .code(5)
        .stderr(predicate::str::contains("502"))
        .stderr(predicate::str::contains("created").not());
}

#[test]
fn apply_help_shows_the_json_and_toml_forms() {
    let text = stdout(&["apply", "--help"]);
    for form in [
        "\"integrations\": {\"PAGER_DUTY\"",
        "[integrations.PAGER_DUTY]",
        "serviceKey = {env = \"PD_KEY\"}",
        "WEBHOOK = false",
        "$schema",
    ] {
        assert!(text.contains(form), "apply --help lacks {form}");
    }
}

#[test]
fn update_says_it_replaces_the_whole_integration() {
    let home = tempfile::tempdir().unwrap();
    isolated_omi(home.path())
        .args([
            "--base-url",
            "http://127.0.0.1:9",
            "--project-id",
            "5e2211c17a3e5a48f5497de3",
        ])
        .args(["update", "datadog", "--region", "EU"])
        .assert()
        .code(2)
        .stderr(predicates::str::contains("--api-key is required"))
        .stderr(predicates::str::contains(
            "update replaces the whole integration, so every required field is needed again",
        ))
        .stderr(predicates::str::contains("omi apply"));
}

/// Text as roff writes it.
fn roff(text: &str) -> String {
    text.replace('-', "\\-").replace('\'', "\\*(Aq")
}

/// A section of the man page, from its `.SH` line to the next.
fn man_section(man: &str, name: &str) -> String {
    let start = man
        .find(&format!(".SH {name}\n"))
        .unwrap_or_else(|| panic!("no {name} section"));
    let end = man[start + 4..]
        .find(".SH ")
        .map_or(man.len(), |e| start + 4 + e);
    man[start..end].to_string()
}

#[test]
fn the_man_page_has_exit_status_examples_and_value_names() {
    let man = stdout(&["man"]);
    let exit = man_section(&man, "\"EXIT STATUS\"");
    for (code, meaning) in omi::errors::EXIT_CODES {
        let entry = format!(".TP\n\\fB{code}\\fR\n{}", roff(meaning));
        assert!(
            exit.contains(&entry),
            "EXIT STATUS lacks {entry:?}:\n{exit}"
        );
    }
    // EXAMPLES: the common uses, the same text as omi --help's.
    let examples = man_section(&man, "EXAMPLES");
    let common = omi::cli::examples::of("");
    assert!(common.len() >= 5);
    for e in &common {
        assert!(
            examples.contains(&roff(&e.what)),
            "EXAMPLES lacks {:?}",
            e.what
        );
        for line in &e.lines {
            assert!(examples.contains(&roff(line)), "EXAMPLES lacks {line:?}");
        }
    }
    for use_ in [
        "omi create",
        "omi list \\-\\-all\\-projects",
        "\\-\\-dry\\-run \\-\\-exit\\-code",
        "omi export",
        "omi config set",
        "omi completions bash",
    ] {
        assert!(examples.contains(use_), "EXAMPLES lacks {use_}");
    }
    // Each command's examples under COMMANDS, as in its --help.
    let commands = man_section(&man, "COMMANDS");
    for path in ["apply", "config unset", "completions", "projects"] {
        for e in omi::cli::examples::of(path) {
            assert!(
                commands.contains(&roff(&e.what)),
                "COMMANDS: {path}: {:?}",
                e.what
            );
        }
    }
    let types = man_section(&man, "\"INTEGRATION TYPES\"");
    assert!(types.contains("omi create pager\\-duty \\-\\-service\\-key @pd.key"));
    // SYNOPSIS: a line per command, with value names.
    let synopsis = man_section(&man, "SYNOPSIS");
    for usage in [
        "\\fBomi apply\\fR \\fB\\-f\\fR \\fIFILE\\fR",
        "[\\fB\\-\\-org\\-id\\fR \\fIID\\fR]...",
        "\\fBomi create\\fR \\fITYPE\\fR",
        "\\fBomi config set\\fR \\fIKEY\\fR \\fIVALUE\\fR",
        "\\fBomi config unset\\fR \\fIKEY\\fR",
        "\\fBomi completions\\fR \\fISHELL\\fR",
        "\\fBomi export\\fR",
        "[\\fIGLOBAL OPTIONS\\fR]",
    ] {
        assert!(
            synopsis.contains(usage),
            "SYNOPSIS lacks {usage}:\n{synopsis}"
        );
    }
    assert!(!synopsis.contains("[OPTIONS]"), "{synopsis}");
}

#[test]
fn a_mistyped_command_suggests_the_closest_first() {
    let home = tempfile::tempdir().unwrap();
    for (typed, best) in [
        ("creat", "create"),
        ("updat", "update"),
        ("exprot", "export"),
    ] {
        let out = isolated_omi(home.path())
            .arg(typed)
            .assert()
            .code(2)
            .get_output()
            .stderr
            .clone();
        let text = String::from_utf8_lossy(&out);
        let tip = text
            .lines()
            .find(|l| l.contains("similar subcommand"))
            .unwrap_or_else(|| panic!("{typed}: {text}"));
        assert_eq!(tip.split('\'').nth(1), Some(best), "{typed}: {tip}");
    }
}

/// `omi config` run against the isolated home's file.
fn config(home: &Path, args: &[&str]) -> assert_cmd::assert::Assert {
    isolated_omi(home).arg("config").args(args).assert()
}

#[test]
fn config_unset_removes_one_key_from_one_profile() {
    let home = tempfile::tempdir().unwrap();
    let home = home.path();
    let path = config_file(home);
    let id = "5e2211c17a3e5a48f5497de3";
    for (key, value, profile) in [
        ("base_url", "https://om.example.com", "default"),
        ("project_id", id, "default"),
        ("project_id", id, "prod"),
        ("public_key", "pubkey-1234", "prod"),
    ] {
        config(home, &["set", key, value, "--profile", profile]).success();
    }
    config(home, &["unset", "project_id"])
        .success()
        .stderr(predicate::str::contains(
            "Removed project_id from profile 'default'",
        ));
    let file: toml::Value = toml::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
    assert!(file["default"].get("project_id").is_none(), "{file}");
    assert_eq!(
        file["default"]["base_url"].as_str(),
        Some("https://om.example.com")
    );
    assert_eq!(
        file["prod"]["project_id"].as_str(),
        Some(id),
        "other profiles keep theirs"
    );
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&path).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o600);
    }
    // A key that is not there: nothing changes, and it says so.
    let before = std::fs::read(&path).unwrap();
    config(home, &["unset", "project_id"])
        .success()
        .stderr(predicate::str::contains("nothing changed"));
    assert_eq!(std::fs::read(&path).unwrap(), before);
    // --profile, before or after; an emptied profile stays, named.
    config(home, &["unset", "--profile", "prod", "project_id"]).success();
    isolated_omi(home)
        .args(["--profile", "prod", "config", "unset", "public_key"])
        .assert()
        .success();
    let file: toml::Value = toml::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
    assert_eq!(file["prod"].as_table().map(|t| t.len()), Some(0), "{file}");
    config(home, &["show", "--profile", "prod"]).success();
    // Mistakes: a profile the file lacks, a key there is no such, no key.
    config(home, &["unset", "base_url", "--profile", "staging"])
        .code(2)
        .stderr(predicate::str::contains("profile 'staging' is not in"));
    config(home, &["unset", "password"])
        .code(2)
        .stderr(predicate::str::contains("invalid value 'password'"))
        .stderr(predicate::str::contains("base_url"));
    config(home, &["unset"])
        .code(2)
        .stderr(predicate::str::contains("<KEY>"));
    config(home, &["unset", "base_url", "extra"]).code(2);
    // Without a config file: nothing to remove, nothing written.
    let empty = tempfile::tempdir().unwrap();
    config(empty.path(), &["unset", "base_url"]).success();
    assert!(!config_file(empty.path()).exists());
}

/// `config set` and `config unset` run at once, on different keys and
/// profiles: every change is kept (one lock, a fresh read each).
#[test]
fn config_set_and_unset_at_once_keep_every_change() {
    let home = tempfile::tempdir().unwrap();
    let home = home.path();
    let id = "5e2211c17a3e5a48f5497de3";
    let profiles: Vec<String> = (0..6).map(|i| format!("p{i}")).collect();
    for p in &profiles {
        config(home, &["set", "project_id", id, "--profile", p]).success();
    }
    std::thread::scope(|scope| {
        for p in &profiles {
            scope.spawn(move || {
                config(home, &["unset", "project_id", "--profile", p]).success();
            });
            scope.spawn(move || {
                let url = format!("https://{p}.example.com");
                config(home, &["set", "base_url", &url, "--profile", p]).success();
            });
        }
    });
    let text = std::fs::read_to_string(config_file(home)).unwrap();
    let file: toml::Value = toml::from_str(&text).unwrap();
    for p in &profiles {
        assert!(file[p.as_str()].get("project_id").is_none(), "{p}: {text}");
        let url = format!("https://{p}.example.com");
        assert_eq!(
            file[p.as_str()]["base_url"].as_str(),
            Some(url.as_str()),
            "{text}"
        );
    }
}

/// The first non-option words bash offers after `words`, and where the
/// first option comes.
fn first_option(offered: &[String]) -> usize {
    offered
        .iter()
        .position(|w| w.starts_with('-'))
        .unwrap_or(offered.len())
}

#[test]
fn completion_offers_the_types_and_commands_before_the_options() {
    let home = tempfile::tempdir().unwrap();
    let types: Vec<&str> = omi::api::types::TYPES.iter().map(|t| t.cli).collect();
    for verb in ["create", "update"] {
        let offered = bash_complete(home.path(), &["omi", verb, ""]);
        let words: Vec<&str> = offered.iter().map(String::as_str).collect();
        assert_eq!(&words[..types.len()], &types[..], "{verb}: {offered:?}");
        let first = first_option(&offered);
        assert!(first >= types.len(), "{verb}: {offered:?}");
        // The API spellings after the command-line ones, then the options.
        assert!(words[..first].contains(&"PAGER_DUTY"), "{offered:?}");
        assert!(words[first..].contains(&"--dry-run"), "{offered:?}");
    }
    let offered = bash_complete(home.path(), &["omi", "config", ""]);
    assert_eq!(
        &offered[..4],
        ["set", "unset", "show", "path"],
        "{offered:?}"
    );
    let offered = bash_complete(home.path(), &["omi", ""]);
    assert_eq!(offered[0], "create", "{offered:?}");
    let offered = bash_complete(home.path(), &["omi", "config", "unset", ""]);
    assert_eq!(offered[0], "base_url", "{offered:?}");
    // A command's options are its own: no --page-num for projects.
    let offered = bash_complete(home.path(), &["omi", "projects", "--"]);
    assert!(offered.iter().any(|w| w == "--org-id"), "{offered:?}");
    assert!(!offered.iter().any(|w| w == "--page-num"), "{offered:?}");

    // fish, where it is installed: the types, and no option, for a word
    // that does not start with '-'.
    let fish = Path::new(env!("CARGO_MANIFEST_DIR")).join("completions/omi.fish");
    if let Ok(out) = Process::new("fish")
        .args(["--no-config", "-c"])
        .arg(format!(
            "source '{}'; complete -C 'omi create '",
            fish.display()
        ))
        .env("HOME", home.path())
        .env("XDG_CONFIG_HOME", home.path())
        .output()
    {
        let text = String::from_utf8_lossy(&out.stdout);
        let words: Vec<&str> = text.lines().filter_map(|l| l.split('\t').next()).collect();
        for ty in &types {
            assert!(words.contains(ty), "fish lacks {ty}: {words:?}");
        }
        assert!(!words.iter().any(|w| w.starts_with('-')), "fish: {words:?}");
    }
}

/// `omi completions --help`'s install lines, run as written by bash on a
/// fresh home (no folder yet), make a script bash completes from.
#[test]
fn completions_help_install_lines_work_on_a_fresh_home() {
    let text = stdout(&["completions", "--help"]);
    for line in [
        "mkdir -p ~/.local/share/bash-completion/completions",
        "omi completions bash > ~/.local/share/bash-completion/completions/omi",
        "bash-completion package",
        "fpath=(~/.zfunc $fpath)",
        "omi completions zsh > ~/.zfunc/_omi",
        "mkdir -p ~/.config/fish/completions",
        "omi completions fish > ~/.config/fish/completions/omi.fish",
    ] {
        assert!(
            text.contains(line),
            "completions --help lacks {line:?}:\n{text}"
        );
    }
    let home = tempfile::tempdir().unwrap();
    let bin_dir = Path::new(OMI).parent().unwrap();
    let path = format!(
        "{}:{}",
        bin_dir.display(),
        std::env::var("PATH").unwrap_or_default()
    );
    let examples = omi::cli::examples::of("completions");
    for (shell, file) in [
        ("bash", ".local/share/bash-completion/completions/omi"),
        ("zsh", ".zfunc/_omi"),
        ("fish", ".config/fish/completions/omi.fish"),
    ] {
        let e = examples
            .iter()
            .find(|e| {
                e.lines
                    .iter()
                    .any(|l| l.contains(&format!("completions {shell} >")))
            })
            .unwrap_or_else(|| panic!("no {shell} install example"));
        // The lines that write the file (zsh's fpath line is for ~/.zshrc).
        let lines: Vec<&str> = e
            .lines
            .iter()
            .map(String::as_str)
            .filter(|l| !l.starts_with("fpath="))
            .collect();
        let out = Process::new("bash")
            .args(["--norc", "--noprofile", "-e", "-c", &lines.join("\n")])
            .env("HOME", home.path())
            .env("PATH", &path)
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "{shell}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        let written = std::fs::read_to_string(home.path().join(file)).unwrap();
        let committed = std::fs::read_to_string(
            Path::new(env!("CARGO_MANIFEST_DIR"))
                .join("completions")
                .join(match shell {
                    "bash" => "omi.bash",
                    "zsh" => "_omi",
                    _ => "omi.fish",
                }),
        )
        .unwrap();
        assert_eq!(written, committed, "{shell}");
    }
}

fn check(args: &[&str], file: &str, stale: &mut Vec<String>) {
    let out = assert_cmd::Command::new(OMI)
        .args(args)
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("completions")
        .join(file);
    if std::env::var_os("OMI_BLESS").is_some() {
        std::fs::write(&path, &out).unwrap();
        return;
    }
    let committed = std::fs::read(&path).unwrap_or_default();
    if committed != out {
        stale.push(file.to_string());
    }
}

#[test]
fn committed_completions_and_man_page_are_current() {
    let mut stale = Vec::new();
    for (shell, file) in [
        ("bash", "omi.bash"),
        ("zsh", "_omi"),
        ("fish", "omi.fish"),
        ("powershell", "_omi.ps1"),
        ("elvish", "omi.elv"),
    ] {
        check(&["completions", shell], file, &mut stale);
    }
    check(&["man"], "omi.1", &mut stale);
    assert!(
        stale.is_empty(),
        "stale files under completions/: {stale:?}; run `OMI_BLESS=1 cargo test --test omi committed_completions`"
    );
}

#[test]
fn completions_and_man_page_offer_every_type_and_field_flag() {
    let bash =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("completions/omi.bash"))
            .unwrap();
    let man =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("completions/omi.1"))
            .unwrap();
    for t in omi::api::types::TYPES {
        assert!(bash.contains(t.cli), "{}", t.cli);
        assert!(
            man.contains(&format!("{} ({})", t.cli, t.api)),
            "man: {}",
            t.cli
        );
        for f in t.fields {
            assert!(bash.contains(&format!("--{}", f.flag)), "--{}", f.flag);
            let roff_flag = format!("--{}", f.flag).replace('-', "\\-");
            assert!(man.contains(&roff_flag), "man: --{}", f.flag);
        }
    }
}
