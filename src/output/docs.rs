//! Shell completions and the man page, generated from the clap definition
//! (itself built from the type table). The committed copies under
//! `completions/` are checked against these by a test.

use crate::api::types::{Kind, TYPES};
use crate::cli;
use clap_complete::Shell;
use clap_mangen::roff::{bold, italic, roman, Roff};

pub fn completion_script(shell: Shell) -> String {
    let mut cmd = cli::command();
    let mut out = Vec::new();
    clap_complete::generate(shell, &mut cmd, "omi", &mut out);
    String::from_utf8_lossy(&out).into_owned()
}

/// omi(1): clap's page for the top-level command, plus a section per
/// integration type listing its flags from the type table.
pub fn man_page() -> String {
    let mut out = Vec::new();
    // Rendering into memory cannot fail for I/O reasons.
    let _ = clap_mangen::Man::new(cli::command()).render(&mut out);
    let mut roff = Roff::new();
    roff.control("SH", ["INTEGRATION TYPES"]);
    roff.text([roman(
        "omi create TYPE and omi update TYPE take these flags; TYPE is the name shown or its API name.",
    )]);
    for t in TYPES {
        roff.control("SS", [format!("{} ({})", t.cli, t.api).as_str()]);
        for f in t.fields {
            let mut line = vec![bold(format!("--{}", f.flag)), roman(" ")];
            line.push(italic(match f.kind {
                Kind::Bool => "true|false".to_string(),
                Kind::Enum(values) => values.join("|"),
                Kind::Text => f.json.to_string(),
            }));
            roff.control("TP", []);
            roff.text(line);
            let mut about = format!("{}.", f.help);
            if f.required {
                about.push_str(" Required.");
            }
            if let Some(d) = f.default {
                about.push_str(&format!(" Default: {d}."));
            }
            if f.secrecy.is_secret() {
                about.push_str(" Secret: accepts - (stdin) or @PATH.");
            }
            roff.text([roman(about)]);
        }
        for note in t.advice() {
            roff.control("PP", []);
            roff.text([roman(note)]);
        }
    }
    out.extend_from_slice(roff.render().as_bytes());
    String::from_utf8_lossy(&out).into_owned()
}
