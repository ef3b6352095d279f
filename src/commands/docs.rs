//! Shell completions and the man page, generated from the clap definition
//! (itself built from the type table). The committed copies under
//! `completions/` are checked against these by a test.

use crate::cli;
use clap_complete::Shell;

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
