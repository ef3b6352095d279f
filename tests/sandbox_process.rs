//! omi-sandbox as a process: one sandbox per `--state` file (a lock
//! naming its holder), a `--state` that is not a regular file, bounded
//! `--projects`.

mod common;

use common::{Sandbox, SANDBOX};
use std::io::Read;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

/// How long a test waits for a process to do what it must.
const WAIT: Duration = Duration::from_secs(20);

/// Waits at most WAIT for `child` to exit; kills it and panics if it does
/// not.
fn exit_code(child: &mut Child) -> Option<i32> {
    let until = Instant::now() + WAIT;
    loop {
        if let Some(status) = child.try_wait().unwrap() {
            return status.code();
        }
        if Instant::now() > until {
            let _ = child.kill();
            let _ = child.wait();
            panic!("the process did not exit within {WAIT:?}");
        }
        std::thread::sleep(Duration::from_millis(20));
    }
}

#[test]
fn a_second_sandbox_on_the_same_state_file_is_refused_naming_the_first() {
    let dir = tempfile::tempdir().unwrap();
    let state = dir.path().join("state.json");
    let path = state.to_str().unwrap();
    let first = Sandbox::start(&["--state", path]);
    let r = first.call(
        "PUT",
        &first.integrations("/PAGER_DUTY"),
        Some(r#"{"type": "PAGER_DUTY", "serviceKey": "pd-key-0001"}"#),
    );
    assert_eq!(r.status, 200, "{r:?}");
    let before = std::fs::read(&state).unwrap();

    let out = Command::new(SANDBOX)
        .args(["--state", path, "exec", "--", "true"])
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert!(
        stderr.contains(&format!("pid {}", first.pid())) && stderr.contains("in use"),
        "{stderr}"
    );
    assert_eq!(
        std::fs::read(&state).unwrap(),
        before,
        "the second one wrote nothing"
    );
    // The first one's acknowledged write is still served, and survives.
    let r = first.call("GET", &first.integrations("/PAGER_DUTY"), None);
    assert_eq!(r.status, 200);
    drop(first);
    let again = Sandbox::start(&["--state", path]);
    let r = again.call("GET", &again.integrations("/PAGER_DUTY"), None);
    assert_eq!(r.json()["serviceKey"], "*******0001", "{r:?}");
}

#[test]
fn a_state_path_that_is_not_a_regular_file_is_an_error() {
    let dir = tempfile::tempdir().unwrap();
    let fifo = dir.path().join("fifo");
    let c = std::ffi::CString::new(fifo.to_str().unwrap()).unwrap();
    // SAFETY: mkfifo(3) on a path in our own temporary directory.
    assert_eq!(unsafe { libc::mkfifo(c.as_ptr(), 0o600) }, 0);
    for (path, what) in [(fifo.as_path(), "a FIFO"), (dir.path(), "a directory")] {
        let mut child = Command::new(SANDBOX)
            .args(["--state", path.to_str().unwrap(), "exec", "--", "true"])
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        // Bounded: before the fix, opening the FIFO blocked for ever.
        let code = exit_code(&mut child);
        let mut stderr = String::new();
        child
            .stderr
            .take()
            .unwrap()
            .read_to_string(&mut stderr)
            .unwrap();
        assert_eq!(code, Some(1), "{stderr}");
        assert!(
            stderr.contains(what) && stderr.contains("regular file"),
            "{stderr}"
        );
    }
}

#[test]
fn projects_are_bounded() {
    let out = Command::new(SANDBOX)
        .args(["--projects", "99999999999", "exec", "--", "true"])
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{stderr}");
    assert!(
        stderr.contains("99999999999") && stderr.contains("1000000"),
        "{stderr}"
    );
}
