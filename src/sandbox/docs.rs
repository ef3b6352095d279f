//! omi-sandbox(1), printed by the hidden `omi-sandbox man`: clap's
//! sections for the flags, then COMMANDS (exec), EXIT STATUS and EXAMPLES
//! (the same examples as `--help`). A copy is committed as
//! `completions/omi-sandbox.1`.

use clap_mangen::roff::{bold, italic, roman, Roff};

use super::args::{command, EXAMPLES};

/// What each exit status means.
const EXIT_STATUS: &[(&str, &str)] = &[
    ("0", "Stopped by SIGINT or SIGTERM while serving."),
    (
        "1",
        "Could not start or serve: the address is in use, the --state file cannot be read or \
         written, is not a regular file, or is in use by another omi-sandbox (the message names \
         its pid).",
    ),
    (
        "2",
        "Bad usage: an unknown option, a value out of its range (--projects above 1000000, \
         --alert-configs above 1000, ...), a non-loopback --listen without --allow-remote.",
    ),
    (
        "CMD's",
        "With exec: the status CMD exited with; 128+N when CMD was killed by signal N; 127 when \
         CMD cannot be run.",
    ),
];

pub fn man_page() -> String {
    let man = clap_mangen::Man::new(command());
    let mut out = Vec::new();
    // Rendering into memory cannot fail for I/O reasons.
    let _ = man.render_title(&mut out);
    let _ = man.render_name_section(&mut out);
    let _ = man.render_synopsis_section(&mut out);
    let _ = man.render_description_section(&mut out);
    let _ = man.render_options_section(&mut out);
    let mut roff = Roff::new();
    roff.control("SH", ["COMMANDS"]);
    roff.control("TP", []);
    roff.text([
        bold("exec"),
        roman(" [OPTIONS] "),
        bold("--"),
        roman(" "),
        italic("CMD"),
        roman(" [ARGS...]"),
    ]);
    roff.text([roman(
        "Start on a free port of 127.0.0.1, run CMD with OMI_BASE_URL, OMI_PUBLIC_KEY, \
         OMI_PRIVATE_KEY and OMI_PROJECT_ID set, stop, and exit with CMD's status. The options \
         above may be given before exec or after it, up to the --. SIGINT, SIGTERM and SIGHUP \
         sent to omi-sandbox are passed on to CMD, and omi-sandbox waits for CMD to end; a \
         terminal's Ctrl-C, which reaches CMD itself, is not sent a second time.",
    )]);
    roff.control("SH", ["EXIT STATUS"]);
    for (status, meaning) in EXIT_STATUS {
        roff.control("TP", []);
        roff.text([bold(*status)]);
        roff.text([roman(*meaning)]);
    }
    roff.control("SH", ["EXAMPLES"]);
    for (line, what) in EXAMPLES {
        roff.control("TP", []);
        roff.text([bold(*line)]);
        roff.text([roman(*what)]);
    }
    out.extend_from_slice(roff.render().as_bytes());
    let _ = man.render_version_section(&mut out);
    String::from_utf8_lossy(&out).into_owned()
}
