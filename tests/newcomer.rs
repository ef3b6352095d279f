//! What a newcomer meets first: `--help`, the man page, shell completion
//! (run through a real bash), and what a failed create says.

mod common;

use common::hostile::{hostile, respond};
use common::{config_file, isolated_omi, OMI};
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
const PAGING_AND_HTTP: [&str; 5] = [
    "--page-num",
    "--items-per-page",
    "--envelope",
    "--timeout",
    "--retries",
];

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
    for code in [
        "0 ok",
        "1 other failure",
        "2 usage",
        "3 auth",
        "4 API error",
        "5 server error",
        "6 network",
        "7 changes pending (apply --dry-run --exit-code)",
        "130/143 interrupted",
    ] {
        assert!(text.contains(code), "--help lacks {code:?}");
    }
}

#[test]
fn each_command_lists_only_the_options_it_takes() {
    let none_of = |args: &[&str], flags: &[&str]| {
        let text = help(args);
        for flag in flags {
            assert!(!text.contains(flag), "{args:?} --help lists {flag}");
        }
    };
    let all_of = |args: &[&str], flags: &[&str]| {
        let text = help(args);
        for flag in flags {
            assert!(text.contains(flag), "{args:?} --help lacks {flag}");
        }
    };
    let group_flags: Vec<&str> = [
        &CONNECTION[..],
        &PAGING_AND_HTTP[..],
        &["--json", "--dry-run"],
    ]
    .concat();
    for args in [
        &["completions"][..],
        &["man"],
        &["config"],
        &["config", "path"],
    ] {
        none_of(args, &group_flags);
        none_of(args, &["--profile"]);
    }
    // config show takes the connection options, whose effect
    // `--effective` shows, and no paging or HTTP options.
    all_of(
        &["config", "show"],
        &[&CONNECTION[..], &["--json", "--effective"]].concat(),
    );
    none_of(&["config", "show"], &PAGING_AND_HTTP);
    all_of(&["config", "set"], &["--profile"]);
    none_of(&["config", "set"], &group_flags);
    for args in [
        &["list"][..],
        &["get"],
        &["delete"],
        &["apply"],
        &["create", "slack"],
        &["update", "PAGER_DUTY"],
    ] {
        all_of(args, &group_flags);
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
    let query = ["--page-num", "2", "--pretty"];
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
        shown.contains("pageNum=2") && shown.contains("pretty=true"),
        "{shown}"
    );
    assert!(!shown.contains("abcdefgh12"), "the token is masked");

    let list = ["list", "--dry-run"];
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

    // An option a command does not take is a usage error after it.
    isolated_omi(home.path())
        .args(["completions", "bash", "--base-url", "https://x.example.com"])
        .assert()
        .code(2);
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
        common::hostile::omi(&server.url)
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
    common::hostile::omi(&server.url)
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
