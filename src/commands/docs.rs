//! Shell completions and the man page, generated from the clap definition
//! (itself built from the type table). The committed copies under
//! `completions/` are checked against these by a test.

use crate::cli;
use clap_complete::Shell;

/// The committed files: (shell, file name under `completions/`).
pub const COMPLETION_FILES: [(Shell, &str); 5] = [
    (Shell::Bash, "omi.bash"),
    (Shell::Zsh, "_omi"),
    (Shell::Fish, "omi.fish"),
    (Shell::PowerShell, "_omi.ps1"),
    (Shell::Elvish, "omi.elv"),
];

pub fn completion_script(shell: Shell) -> String {
    let mut cmd = cli::command();
    let mut out = Vec::new();
    clap_complete::generate(shell, &mut cmd, "omi", &mut out);
    String::from_utf8_lossy(&out).into_owned()
}

pub fn man_page() -> String {
    let mut out = Vec::new();
    // Rendering into memory cannot fail for I/O reasons.
    let _ = clap_mangen::Man::new(cli::command()).render(&mut out);
    String::from_utf8_lossy(&out).into_owned()
}
