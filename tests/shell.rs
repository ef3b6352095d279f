//! At home in a shell: `-q`, one error prefix, plain answers to declined
//! questions, tables that parse in a pipe, and `--json` shapes that do not
//! depend on how many projects.

mod common;

use common::Sandbox;

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
