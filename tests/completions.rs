//! The committed completion scripts and man page are what the binary
//! generates now. When flags change, regenerate them with
//! `OMI_BLESS=1 cargo test --test completions` and commit the result.

mod common;

use std::path::Path;

fn check(args: &[&str], file: &str, stale: &mut Vec<String>) {
    let out = assert_cmd::Command::new(common::OMI)
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
        "stale files under completions/: {stale:?}; run `OMI_BLESS=1 cargo test --test completions`"
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
