//! Configuration: profiles, precedence flag > env > profile, mongocli's
//! variables, and the config commands.

use crate::util::sandbox::Sandbox;
use crate::util::{config_file, isolated_omi};
use predicates::prelude::*;

const OTHER_PROJECT: &str = "0123456789abcdef01234567";

/// Writes a profile with the sandbox's connection into the isolated config.
fn write_profile(sb: &Sandbox, profile: &str, project: &str) {
    for (k, v) in [
        ("base_url", sb.base_url.as_str()),
        ("public_key", sb.public_key.as_str()),
        ("private_key", sb.private_key.as_str()),
        ("project_id", project),
    ] {
        isolated_omi(sb.config_home.path())
            .args(["config", "set", k, v, "--profile", profile])
            .assert()
            .success();
    }
}

#[test]
fn profile_env_and_flag_precedence() {
    let sb = Sandbox::start(&[]);
    write_profile(&sb, "default", &sb.project_id);
    let bare = || isolated_omi(sb.config_home.path());

    // The profile alone is enough.
    bare().arg("list").assert().success();
    // The environment beats the profile...
    bare()
        .env("OMI_PROJECT_ID", OTHER_PROJECT)
        .arg("list")
        .assert()
        .code(4)
        .stderr(predicate::str::contains("GROUP_NOT_FOUND"));
    // ...and a flag beats the environment.
    bare()
        .env("OMI_PROJECT_ID", OTHER_PROJECT)
        .args(["list", "--project-id", &sb.project_id])
        .assert()
        .success();
    // mongocli's variables are read, below omi's own.
    bare()
        .env("MCLI_PROJECT_ID", OTHER_PROJECT)
        .arg("list")
        .assert()
        .code(4);
    bare()
        .env("MCLI_PROJECT_ID", OTHER_PROJECT)
        .env("OMI_PROJECT_ID", &sb.project_id)
        .arg("list")
        .assert()
        .success();
    bare()
        .env("MCLI_PRIVATE_API_KEY", "wrong-key")
        .arg("list")
        .assert()
        .code(3);
    // A flag beats the profile for keys too.
    bare()
        .args(["--private-key", "wrong-key", "list"])
        .assert()
        .code(3);
}

#[test]
fn mongocli_variables_alone() {
    let sb = Sandbox::start(&[]);
    isolated_omi(sb.config_home.path())
        .env("MCLI_OPS_MANAGER_URL", &sb.base_url)
        .env("MCLI_PUBLIC_API_KEY", &sb.public_key)
        .env("MCLI_PRIVATE_API_KEY", &sb.private_key)
        .env("MCLI_PROJECT_ID", &sb.project_id)
        .arg("list")
        .assert()
        .success();
}

#[test]
fn named_profiles() {
    let sb = Sandbox::start(&[]);
    write_profile(&sb, "prod", &sb.project_id);
    let bare = || isolated_omi(sb.config_home.path());
    // The default profile is empty: every missing setting is named.
    bare()
        .arg("list")
        .assert()
        .code(2)
        .stderr(predicate::str::contains("4 settings are missing"))
        .stderr(predicate::str::contains("--base-url"))
        .stderr(predicate::str::contains("OMI_PUBLIC_KEY"))
        .stderr(predicate::str::contains("MCLI_PRIVATE_API_KEY"))
        .stderr(predicate::str::contains("omi config set project_id"));
    bare()
        .args(["--profile", "prod", "list"])
        .assert()
        .success();
    bare()
        .env("OMI_PROFILE", "prod")
        .arg("list")
        .assert()
        .success();
    bare()
        .args(["--profile", "nope", "list"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("'nope'"));
}

#[test]
fn config_show_masks_and_file_is_private() {
    let home = tempfile::tempdir().unwrap();
    let omi = || isolated_omi(home.path());
    let key_file = home.path().join("key");
    std::fs::write(&key_file, "private-from-file-0000\n").unwrap();
    omi()
        .args([
            "config",
            "set",
            "private_key",
            &format!("@{}", key_file.display()),
        ])
        .assert()
        .success();
    omi()
        .args(["config", "set", "public_key", "pubkey-abcd1234"])
        .assert()
        .success();
    omi()
        .args(["config", "set", "base_url", "https://om.example.com:8443"])
        .assert()
        .success();
    let path = config_file(home.path());
    let text = std::fs::read_to_string(&path).unwrap();
    assert!(
        text.contains("private-from-file-0000"),
        "the file holds the key"
    );
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&path).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o600);
    }
    omi()
        .args(["config", "show"])
        .assert()
        .success()
        .stdout(predicate::str::contains("https://om.example.com:8443"))
        .stdout(predicate::str::contains("private_key = ******"))
        // The public key is the digest user name, sent in clear: no secret.
        .stdout(predicate::str::contains("public_key = pubkey-abcd1234"))
        .stdout(predicate::str::contains("private-from-file").not());
    omi()
        .args(["config", "path"])
        .assert()
        .success()
        .stdout(format!("{}\n", path.display()));
    let out = omi()
        .args(["config", "show", "--json"])
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let shown: serde_json::Value = serde_json::from_slice(&out).unwrap();
    assert_eq!(shown["private_key"], "******");
    assert_eq!(shown["public_key"], "pubkey-abcd1234");
    assert_eq!(shown["project_id"], serde_json::Value::Null);
    assert_eq!(shown["profile"], "default");

    // A file others can read gets a warning.
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o644)).unwrap();
        omi()
            .args(["config", "show"])
            .assert()
            .success()
            .stderr(predicate::str::contains("chmod 600"));
    }
    // Bad values are refused before writing.
    omi()
        .args(["config", "set", "project_id", "nope"])
        .assert()
        .code(2);
    omi()
        .args(["config", "set", "base_url", "om.example.com"])
        .assert()
        .code(2);
}

#[test]
fn corrupt_config_is_a_clear_error_and_never_overwritten() {
    let home = tempfile::tempdir().unwrap();
    let path = config_file(home.path());
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    let broken = "[default]\nbase_url = \"https://om\"\nprivate_key = \"half-a-secret\n";
    std::fs::write(&path, broken).unwrap();
    for args in [
        vec!["list"],
        vec!["config", "set", "project_id", OTHER_PROJECT],
    ] {
        isolated_omi(home.path())
            .args(&args)
            .assert()
            .code(2)
            .stderr(predicate::str::contains(path.display().to_string()))
            .stderr(predicate::str::contains("line 3"))
            .stderr(predicate::str::contains("half-a-secret").not());
    }
    assert_eq!(std::fs::read_to_string(&path).unwrap(), broken);
    // Commands that do not need the config still work.
    isolated_omi(home.path())
        .args(["config", "path"])
        .assert()
        .success();
}

#[test]
fn config_show_effective_says_where_each_setting_comes_from() {
    let sb = Sandbox::start(&[]);
    write_profile(&sb, "default", &sb.project_id);
    let out = isolated_omi(sb.config_home.path())
        .env("OMI_BASE_URL", "https://env.example.com")
        .env("MCLI_PUBLIC_API_KEY", "mcli-public-key-9876")
        .args([
            "config",
            "show",
            "--effective",
            "--project-id",
            OTHER_PROJECT,
        ])
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let text = String::from_utf8_lossy(&out);
    for expected in [
        "profile     = default  # from default",
        "base_url    = https://env.example.com  # from OMI_BASE_URL",
        "public_key  = mcli-public-key-9876  # from MCLI_PUBLIC_API_KEY",
        "private_key = ******  # from profile 'default' in ",
        "project_id  = 0123456789abcdef01234567  # from --project-id",
    ] {
        assert!(text.contains(expected), "missing {expected:?} in\n{text}");
    }
    assert!(!text.contains(&sb.private_key), "{text}");
    let json: serde_json::Value = serde_json::from_slice(
        &isolated_omi(sb.config_home.path())
            .args(["--json", "config", "show", "--effective"])
            .assert()
            .success()
            .get_output()
            .stdout,
    )
    .unwrap();
    assert!(json["base_url"]["from"]
        .as_str()
        .unwrap()
        .starts_with("profile 'default'"));
    assert_eq!(json["project_id"]["value"], sb.project_id.as_str());
}

#[test]
fn config_show_never_shows_a_password_in_the_base_url() {
    const URL: &str = "http://u:ZZSECRETzz99@127.0.0.1:9";
    let home = tempfile::tempdir().unwrap();
    let file = config_file(home.path());
    std::fs::create_dir_all(file.parent().unwrap()).unwrap();
    std::fs::write(&file, format!("[default]\nbase_url = \"{URL}\"\n")).unwrap();
    let runs: [(&[&str], Option<&str>); 4] = [
        (&["config", "show"], None),
        (&["--json", "config", "show"], None),
        (&["config", "show", "--effective"], Some(URL)),
        (&["--json", "config", "show", "--effective"], Some(URL)),
    ];
    for (args, env) in runs {
        let mut cmd = isolated_omi(home.path());
        if let Some(url) = env {
            cmd.env("OMI_BASE_URL", url);
        }
        let out = cmd.args(args).assert().success().get_output().clone();
        let all = format!(
            "{}{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        );
        assert!(!all.contains("ZZSECRET"), "{args:?}: {all}");
        assert!(all.contains("u:******@127.0.0.1:9"), "{args:?}: {all}");
    }
}

/// An unusable setting (a variable set but empty, an empty stored value)
/// is an error only for a command that reads it: one that never uses a
/// key or a project is not stopped by it.
#[test]
fn an_unusable_setting_stops_only_the_commands_that_use_it() {
    let sb = Sandbox::start(&[]);
    let empty_key = [("OMI_PRIVATE_KEY", "")];
    for args in [
        &["schema"][..],
        &["config", "path"],
        &["config", "show"],
        &["completions", "bash"],
        &[
            "create",
            "pager-duty",
            "--service-key",
            "pd-key-1234",
            "--dry-run",
        ],
    ] {
        sb.omi().envs(empty_key).args(args).assert().success();
    }
    sb.omi()
        .envs(empty_key)
        .args(["list"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("OMI_PRIVATE_KEY is set but empty"));
    // A project id that is empty, in a variable or in the profile, does not
    // stop a command that works on every project.
    sb.omi()
        .env("OMI_PROJECT_ID", "")
        .args(["projects"])
        .assert()
        .success();
    let file = config_file(sb.config_home.path());
    std::fs::create_dir_all(file.parent().unwrap()).unwrap();
    std::fs::write(&file, "[default]\nproject_id = \"\"\n").unwrap();
    sb.omi()
        .env_remove("OMI_PROJECT_ID")
        .args(["list", "--all-projects"])
        .assert()
        .success();
    sb.omi()
        .env_remove("OMI_PROJECT_ID")
        .args(["list"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("project_id in profile 'default'"));
    // A command of many projects given none says what is wrong with the
    // project it would have used, not "needs projects".
    sb.omi()
        .env_remove("OMI_PROJECT_ID")
        .args(["list", "--has", "webhook"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("project_id in profile 'default'"));
    std::fs::remove_file(&file).unwrap();
    // A project id that is not one, in a variable: the same.
    for args in [&["schema"][..], &["projects"], &["list", "--all-projects"]] {
        sb.omi()
            .env("OMI_PROJECT_ID", "zz")
            .args(args)
            .assert()
            .success();
    }
    sb.omi()
        .env("OMI_PROJECT_ID", "zz")
        .args(["list"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("'zz' is not 24 hex characters"));
    // An empty OMI_PROFILE stops only what reads the config file.
    sb.omi()
        .env("OMI_PROFILE", "")
        .args(["schema"])
        .assert()
        .success();
    sb.omi()
        .env("OMI_PROFILE", "")
        .args(["list"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("OMI_PROFILE is set but empty"));
    // A dry run with --project NAME needs the keys: an unusable one is
    // named as such, not as missing.
    sb.omi()
        .envs(empty_key)
        .args(["get", "pager-duty", "--dry-run", "--project", "Project 1"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("OMI_PRIVATE_KEY is set but empty"));
    // A stored max_rate that is not a rate stops only what sends requests.
    std::fs::write(&file, "[default]\nmax_rate = \"abc\"\n").unwrap();
    let dry = [
        "create",
        "pager-duty",
        "--service-key",
        "pd-key-1234",
        "--dry-run",
    ];
    sb.omi().args(dry).assert().success();
    sb.omi()
        .args(["list"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("max_rate"));
}

/// A variable omi reads that is set to the empty string or to bytes that
/// are not UTF-8 is an error naming it: omi never falls through to the
/// next source (the profile's project) as if it were unset.
#[cfg(unix)]
#[test]
fn an_unusable_variable_is_an_error_not_a_fall_through() {
    use std::ffi::OsStr;
    use std::os::unix::ffi::OsStrExt;
    let home = tempfile::tempdir().unwrap();
    let omi = || {
        let mut cmd = isolated_omi(home.path());
        cmd.args(["--base-url", "http://127.0.0.1:1"]);
        cmd
    };
    for (k, v) in [
        ("project_id", OTHER_PROJECT),
        ("private_key", "profile-private-key"),
    ] {
        isolated_omi(home.path())
            .args(["config", "set", k, v])
            .assert()
            .success();
    }
    let not_utf8 = OsStr::from_bytes(b"86c2ea30b9bd7e1b1470eeed\xff");
    let delete = ["delete", "pager-duty", "--yes", "--dry-run"];
    for (name, value, problem) in [
        ("OMI_PROJECT_ID", not_utf8, "is not UTF-8"),
        ("MCLI_PROJECT_ID", not_utf8, "is not UTF-8"),
        ("OMI_PROJECT_ID", OsStr::new(""), "is set but empty"),
        ("MCLI_PROJECT_ID", OsStr::new(""), "is set but empty"),
    ] {
        omi()
            .env(name, value)
            .args(delete)
            .assert()
            .code(2)
            .stdout("")
            .stderr(predicate::str::contains(format!("{name} {problem}")));
    }
    omi()
        .env("OMI_PRIVATE_KEY", "")
        .args(["config", "show", "--effective"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("OMI_PRIVATE_KEY is set but empty"));
    // Empty OMI_NO_CACHE means "not off", as documented.
    omi()
        .env("OMI_NO_CACHE", "")
        .args(delete)
        .assert()
        .success()
        .stdout(predicate::str::contains(OTHER_PROJECT));
    // An apply file's {"env": NAME} names the variable too.
    let file = home.path().join("a.json");
    std::fs::write(
        &file,
        r#"{"integrations": {"PAGER_DUTY": {"serviceKey": {"env": "PD_KEY"}}}}"#,
    )
    .unwrap();
    omi()
        .env("PD_KEY", OsStr::from_bytes(b"pd-key-\xff"))
        .args(["--dry-run", "apply", "-f"])
        .arg(&file)
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "integrations.PAGER_DUTY.serviceKey: environment variable PD_KEY is not UTF-8",
        ));
}

#[test]
fn config_set_refuses_empty_blank_and_control_character_values() {
    let home = tempfile::tempdir().unwrap();
    for key in [
        "base_url",
        "public_key",
        "private_key",
        "project_id",
        "max_rate",
    ] {
        for (value, problem) in [
            ("", "is empty"),
            ("  ", "is empty"),
            ("ab\u{1b}cd", "contains a control character"),
            ("https://om\n.example.com", "contains a control character"),
        ] {
            isolated_omi(home.path())
                .args(["config", "set", key, value])
                .assert()
                .code(2)
                .stderr(predicate::str::contains(format!("{key} {problem}")));
        }
    }
    assert!(!config_file(home.path()).exists(), "nothing was written");
}

/// A value in the file that cannot be used (of the wrong TOML type, empty,
/// or with a control character) is an error naming the key, the profile
/// and the file when a command uses it; `config show` and `config set`
/// still work, so that it can be seen and fixed.
#[test]
fn a_bad_stored_value_is_named_and_can_be_fixed() {
    let home = tempfile::tempdir().unwrap();
    let path = config_file(home.path());
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    let write = |text: &str| std::fs::write(&path, format!("[prod]\n{text}")).unwrap();
    let omi = || {
        let mut cmd = isolated_omi(home.path());
        cmd.args(["--profile", "prod"]);
        cmd
    };
    let delete = ["delete", "slack", "--yes", "--dry-run"];
    let connection = ["--public-key", "pub", "--project-id", OTHER_PROJECT];
    let named = |key: &str, problem: &str| {
        predicate::str::contains(format!(
            "{key} in profile 'prod' of {} {problem}",
            path.display()
        ))
        .and(predicate::str::contains(format!(
            "omi config set {key} VALUE --profile prod"
        )))
    };
    for (text, key, problem) in [
        (
            "base_url = 5",
            "base_url",
            "holds an integer; it should be a string",
        ),
        (
            "max_rate = true",
            "max_rate",
            "holds a boolean; it should be a number",
        ),
        ("max_rate = 0", "max_rate", "is not a rate"),
        ("base_url = \"\"", "base_url", "is empty"),
        ("base_url = \"  \"", "base_url", "is empty"),
        (
            "base_url = \"ab\\u001bcd\"",
            "base_url",
            "contains a control character",
        ),
    ] {
        write(text);
        // The rate is used only by a command that sends requests.
        let command: &[&str] = match key {
            "max_rate" => &[
                "--base-url",
                "http://127.0.0.1:9",
                "--private-key",
                "pk-123456",
                "list",
            ],
            _ => &delete,
        };
        omi()
            .args(connection)
            .args(command)
            .assert()
            .code(2)
            .stderr(named(key, problem));
    }
    write("public_key = \"\"\nbase_url = 5\nmax_rate = 50\n");
    omi()
        .args(["config", "show", "--effective"])
        .assert()
        .code(2)
        .stderr(named("public_key", "is empty"));
    // show shows it (a number for max_rate is a number), and says what is wrong.
    omi()
        .args(["config", "show"])
        .assert()
        .success()
        .stdout(predicate::str::contains("max_rate = 50\n"))
        .stdout(predicate::str::contains("public_key = (cannot be used)"))
        .stderr(named("public_key", "is empty"))
        .stderr(named("base_url", "holds an integer"));
    for (key, value) in [
        ("public_key", "pub-new-1234"),
        ("base_url", "http://127.0.0.1:1"),
    ] {
        omi().args(["config", "set", key, value]).assert().success();
    }
    omi()
        .args(["--private-key", "k", "--project-id", OTHER_PROJECT])
        .args(delete)
        .assert()
        .success()
        .stdout(predicate::str::starts_with("DELETE http://127.0.0.1:1/"));
}
