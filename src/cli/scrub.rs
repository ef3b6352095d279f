//! Usage errors that never quote a secret: clap quotes the arguments it
//! did not expect, so the text of a parse error has every word after a
//! secret flag hidden; and a secret flag followed by one of omi's own
//! options is refused before clap sees it, so a forgotten value cannot
//! turn `--dry-run` into a write.

use super::defs::command;
use crate::api::types::TYPES;
use clap::Command;
use std::ffi::OsString;

/// The long flags whose values are secrets, from the definition.
fn secret_flags() -> Vec<String> {
    let mut flags = vec!["--public-key".to_string(), "--private-key".to_string()];
    for t in TYPES {
        for f in t.fields.iter().filter(|f| f.secrecy.is_secret()) {
            flags.push(format!("--{}", f.flag));
        }
    }
    flags
}

/// A parse error's text with every word that follows a secret flag (its
/// value, and a stray second word of a value with a space in it) hidden:
/// clap quotes the arguments it did not expect.
pub fn scrub_parse_error(args: &[OsString], text: &str) -> String {
    let flags = secret_flags();
    let words: Vec<String> = args
        .iter()
        .map(|a| a.to_string_lossy().into_owned())
        .collect();
    // The word after a value, unless it is a flag: the rest of a value
    // that had a space in it.
    let stray = |i: usize| words.get(i).filter(|w| !w.starts_with('-')).cloned();
    let mut hidden = Vec::new();
    for (i, w) in words.iter().enumerate() {
        if let Some((flag, value)) = w.split_once('=') {
            if flags.iter().any(|f| f == flag) {
                hidden.push(value.to_string());
                hidden.extend(stray(i + 1));
            }
        } else if flags.iter().any(|f| f == w) || w == "private_key" {
            // (`config set private_key VALUE` takes a key too.)
            hidden.extend(words.get(i + 1).cloned());
            hidden.extend(stray(i + 2));
        }
    }
    let mut out = text.to_string();
    // An omi option in a secret's place is no secret: the error names it.
    let secret = |h: &&String| !h.is_empty() && (h.contains('=') || !is_own_option(h));
    for h in hidden.iter().filter(secret) {
        out = out.replace(&format!("'{h}'"), "'******'");
        if h.chars().count() >= 4 {
            out = out.replace(h.as_str(), "******");
        }
    }
    out
}

/// Every option omi defines, as it is typed: `--long` and `-s` (aliases
/// too), at every level, `--help` and `--version` included.
fn own_options() -> &'static [String] {
    static OPTIONS: std::sync::OnceLock<Vec<String>> = std::sync::OnceLock::new();
    OPTIONS.get_or_init(|| {
        let mut cmd = command();
        cmd.build();
        let mut out = std::collections::BTreeSet::new();
        collect_options(&cmd, &mut out);
        out.into_iter().collect()
    })
}

fn collect_options(cmd: &Command, out: &mut std::collections::BTreeSet<String>) {
    for a in cmd.get_arguments() {
        let longs = a
            .get_long()
            .into_iter()
            .chain(a.get_all_aliases().unwrap_or_default());
        out.extend(longs.map(|l| format!("--{l}")));
        let shorts = a
            .get_short()
            .into_iter()
            .chain(a.get_all_short_aliases().unwrap_or_default());
        out.extend(shorts.map(|s| format!("-{s}")));
    }
    for sub in cmd.get_subcommands() {
        collect_options(sub, out);
    }
}

/// Whether `word` is one of omi's options: `--dry-run`, `--base-url=URL`,
/// `-v`, or short switches together (`-vv`).
fn is_own_option(word: &str) -> bool {
    let options = own_options();
    if let Some(long) = word.strip_prefix("--") {
        let name = long.split_once('=').map_or(long, |(n, _)| n);
        return !name.is_empty() && options.iter().any(|o| o[2..] == *name);
    }
    match word.strip_prefix('-') {
        Some(shorts) if !shorts.is_empty() => shorts
            .chars()
            .all(|c| options.iter().any(|o| o.len() == 2 && o.ends_with(c))),
        _ => false,
    }
}

/// A secret flag takes a value that starts with '-', so one whose value
/// was forgotten (`--service-key $UNSET --dry-run`) would take the next
/// option as its value and turn `--dry-run` into a write. An omi option
/// right after a secret flag is a usage error instead; `--flag=VALUE`
/// passes any value.
pub(crate) fn check_secret_values(args: &[OsString]) -> Result<(), clap::Error> {
    let flags = secret_flags();
    for pair in args.windows(2) {
        if pair[0] == "--" {
            break;
        }
        let (Some(flag), Some(next)) = (pair[0].to_str(), pair[1].to_str()) else {
            continue;
        };
        if flags.iter().any(|f| f == flag) && is_own_option(next) {
            let option = next.split_once('=').map_or(next, |(o, _)| o);
            return Err(clap::Error::raw(
                clap::error::ErrorKind::InvalidValue,
                format!(
                    "{flag} has no value: the word after it, '{option}', is one of omi's options \
                     (is the variable you passed set?)\n  \
                     give the value after {flag}; a value that starts with '-' goes as \
                     {flag}=VALUE, or in a file ({flag} @FILE) or on stdin ({flag} -)\n"
                ),
            ));
        }
    }
    Ok(())
}
