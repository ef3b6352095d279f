//! `omi-sandbox exec -- CMD ARGS...`: run one command against the sandbox.

use std::os::unix::process::ExitStatusExt;
use std::process::ExitStatus;

/// Runs `cmd` with inherited stdio and `env` added, and returns the exit
/// code to pass on: CMD's own, 128+signal if it was killed, 127 if it could
/// not be started. SIGINT goes to CMD (same terminal process group) and is
/// ignored here, so CMD decides how to end; SIGTERM to the sandbox is
/// forwarded as a kill.
pub async fn run(cmd: &[String], env: &[(&str, String)]) -> i32 {
    let Some((program, args)) = cmd.split_first() else {
        eprintln!("omi-sandbox: exec needs a command");
        return 2;
    };
    let mut child = match tokio::process::Command::new(program)
        .args(args)
        .envs(env.iter().map(|(k, v)| (*k, v.as_str())))
        .spawn()
    {
        Ok(c) => c,
        Err(e) => {
            eprintln!("omi-sandbox: cannot run {program}: {e}");
            return 127;
        }
    };
    tokio::spawn(async { while tokio::signal::ctrl_c().await.is_ok() {} });
    let mut term = tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()).ok();
    let status = tokio::select! {
        status = child.wait() => status,
        _ = async { match term.as_mut() { Some(t) => { t.recv().await; } None => std::future::pending().await } } => {
            let _ = child.start_kill();
            child.wait().await
        }
    };
    match status {
        Ok(s) => exit_code(s),
        Err(e) => {
            eprintln!("omi-sandbox: waiting for {program} failed: {e}");
            1
        }
    }
}

fn exit_code(status: ExitStatus) -> i32 {
    status
        .code()
        .or_else(|| status.signal().map(|s| 128 + s))
        .unwrap_or(1)
}
