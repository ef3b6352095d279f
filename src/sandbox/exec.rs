//! `omi-sandbox exec -- CMD ARGS...`: run one command against the sandbox.
//!
//! SIGINT, SIGTERM and SIGHUP sent to the sandbox are passed on to CMD,
//! and the sandbox waits for CMD to end however it chooses. A signal the
//! kernel sent (a terminal's Ctrl-C, Ctrl-\ or hangup) went to the whole
//! foreground process group, CMD included: it is not sent a second time,
//! which many programs read as "stop now". The signals' origin comes from
//! `signal-hook` (`siginfo_t`); where a system does not say it, a signal
//! is taken as the terminal's when the sandbox is in the terminal's
//! foreground process group.

use nix::sys::signal::{kill, Signal};
use nix::unistd::Pid;
use signal_hook::consts::{SIGHUP, SIGINT, SIGTERM};
use signal_hook::iterator::exfiltrator::WithOrigin;
use signal_hook::iterator::SignalsInfo;
use signal_hook::low_level::siginfo::{Cause, Origin};
use std::os::fd::AsFd;
use std::os::unix::process::ExitStatusExt;
use std::process::ExitStatus;

/// Runs `cmd` with inherited stdio and `env` added, and returns the exit
/// code to pass on: CMD's own, 128+signal if it was killed, 127 if it could
/// not be started.
pub async fn run(cmd: &[String], env: &[(&str, String)]) -> i32 {
    let Some((program, args)) = cmd.split_first() else {
        eprintln!("omi-sandbox: exec needs a command");
        return 2;
    };
    // Handlers first: a signal just after the spawn must not kill the
    // sandbox and leave CMD running.
    let mut signals = match SignalsInfo::<WithOrigin>::new([SIGINT, SIGTERM, SIGHUP]) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("omi-sandbox: cannot handle signals: {e}");
            return 1;
        }
    };
    let handle = signals.handle();
    let (sender, mut received) = tokio::sync::mpsc::unbounded_channel::<Origin>();
    let reader = std::thread::spawn(move || {
        for origin in signals.forever() {
            if sender.send(origin).is_err() {
                break;
            }
        }
    });
    let spawned = tokio::process::Command::new(program)
        .args(args)
        .envs(env.iter().map(|(k, v)| (*k, v.as_str())))
        .spawn();
    let mut child = match spawned {
        Ok(c) => c,
        Err(e) => {
            handle.close();
            let _ = reader.join();
            eprintln!(
                "omi-sandbox: cannot run {program}: {e}{}",
                hint(program, &e)
            );
            return 127;
        }
    };
    let status = loop {
        tokio::select! {
            status = child.wait() => break status,
            Some(origin) = received.recv() => {
                // None once CMD is reaped: its pid may be someone else's.
                if let Some(pid) = child.id() {
                    if !already_delivered(origin.cause) {
                        pass_on(pid, origin.signal);
                    }
                }
            }
        }
    };
    handle.close();
    let _ = reader.join();
    match status {
        Ok(s) => exit_code(s),
        Err(e) => {
            eprintln!("omi-sandbox: waiting for {program} failed: {e}");
            1
        }
    }
}

/// What to do when CMD cannot be started: for a name looked up on PATH
/// that is not there, say so, and for omi how to get it.
fn hint(program: &str, e: &std::io::Error) -> String {
    if e.kind() != std::io::ErrorKind::NotFound || program.contains('/') {
        return String::new();
    }
    let install = if program == "omi" {
        "; is it installed? Install it with `cargo install --locked --path .` in omi's source, \
         or give its path, e.g. `-- ./target/release/omi`"
    } else {
        ""
    };
    format!(" ({program} is not on PATH{install})")
}

/// Whether CMD got this signal already: the kernel sends a terminal's
/// signals to the whole foreground process group, which CMD shares.
fn already_delivered(cause: Cause) -> bool {
    match cause {
        Cause::Kernel => true,
        Cause::Sent(_) => false,
        _ => in_terminal_foreground(),
    }
}

/// Whether this process's group is the foreground group of the terminal
/// on stdin, stdout or stderr.
fn in_terminal_foreground() -> bool {
    fn foreground(fd: impl AsFd) -> bool {
        nix::unistd::tcgetpgrp(fd).is_ok_and(|g| g == nix::unistd::getpgrp())
    }
    foreground(std::io::stdin()) || foreground(std::io::stdout()) || foreground(std::io::stderr())
}

/// Sends `signal` to CMD (`pid`, not yet reaped).
fn pass_on(pid: u32, signal: libc::c_int) {
    let (Ok(pid), Ok(signal)) = (i32::try_from(pid), Signal::try_from(signal)) else {
        return;
    };
    // CMD may have ended meanwhile; it is then reaped by the wait.
    let _ = kill(Pid::from_raw(pid), signal);
}

fn exit_code(status: ExitStatus) -> i32 {
    status
        .code()
        .or_else(|| status.signal().map(|s| 128 + s))
        .unwrap_or(1)
}

#[cfg(test)]
mod tests {
    use super::*;
    use signal_hook::low_level::siginfo::Sent;

    #[test]
    fn only_what_the_kernel_sent_is_not_passed_on() {
        assert!(already_delivered(Cause::Kernel));
        assert!(!already_delivered(Cause::Sent(Sent::User)));
        assert!(!already_delivered(Cause::Sent(Sent::Queue)));
    }

    #[test]
    fn the_hint_names_the_fix_for_omi_only_when_it_is_not_on_path() {
        let missing = std::io::Error::from(std::io::ErrorKind::NotFound);
        let h = hint("omi", &missing);
        assert!(
            h.contains("not on PATH") && h.contains("cargo install --locked --path ."),
            "{h}"
        );
        assert!(!hint("jq", &missing).contains("cargo"));
        assert!(hint("jq", &missing).contains("not on PATH"));
        assert_eq!(hint("./omi", &missing), "");
        let denied = std::io::Error::from(std::io::ErrorKind::PermissionDenied);
        assert_eq!(hint("omi", &denied), "");
    }
}
