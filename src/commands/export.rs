//! `omi export`: read the targeted projects' integrations and write the
//! apply file that describes them (see `apply_file::export` for the rules),
//! keeping the variable names of the file it replaces; then list on stderr
//! the variables it needs, and with `--env-file` write their template.

use super::{client, read_integrations, targets};
use crate::apply_file::export::{self, Naming};
use crate::apply_file::parse::read_unresolved;
use crate::cli::resolve::command::ExportOptions;
use crate::cli::{Needs, Settings};
use crate::errors::{ExitKind, OmiError};
use crate::output::{self, variables};
use std::path::Path;

pub async fn run(settings: &Settings, options: &ExportOptions) -> anyhow::Result<()> {
    // Everything about the files is checked before the fleet is read.
    if let Some(path) = &options.output {
        refuse_non_regular(path, "-o", "leave -o out to write to stdout")?;
    }
    if let Some(path) = &options.env_file {
        refuse_non_regular(path, "--env-file", "give the path of a file")?;
        refuse_same_file(options.output.as_deref(), path)?;
        refuse_values(path)?;
    }
    let existing = match &options.output {
        Some(path) if path.is_file() => read_unresolved(path).map_err(|e| {
            OmiError::usage(format!(
                "-o {}: cannot read the variable names it uses: {}",
                path.display(),
                e.message
            ))
            .with_hint(
                "export keeps the names of the apply file it replaces; fix the file, or \
                 remove it to export with new names",
            )
        })?,
        _ => None,
    };
    settings.connection.require(Needs::URL | Needs::KEYS)?;
    let client = client(settings)?;
    let projects = targets::many(settings, &client, &options.scope, "export").await?;
    if projects.is_empty() {
        output::warn("no projects to export; the file declares nothing");
    }
    let mut held = Vec::with_capacity(projects.len());
    for (project, result) in read_integrations(&client, projects, super::page_size(settings)).await
    {
        // A file missing a project would make apply --prune delete its
        // integrations: any failure ends the export.
        let items = result?;
        held.push((project, items));
    }
    let naming = Naming {
        shares: &options.shares,
        existing: existing.as_ref(),
    };
    let built = export::build(&held, naming).map_err(|e| {
        OmiError::usage(e).with_hint("--share is for a field every project holds the same value of")
    })?;
    let text = export::render(&built.file, options.format)
        .map_err(|e| OmiError::new(ExitKind::Failure, format!("cannot write the file: {e}")))?;
    let template = options.env_file.as_ref().map(|_| {
        let file = options.output.as_ref().map(|p| p.display().to_string());
        export::env_template(&built.variables, file.as_deref())
    });
    match &options.output {
        Some(path) => write(path, &text)?,
        None => output::emit(&text)?,
    }
    if let (Some(path), Some(template)) = (&options.env_file, &template) {
        write(path, template)?;
    }
    for note in &built.notes {
        output::note(note);
    }
    for warning in &built.warnings {
        output::warn(warning);
    }
    if let Some(path) = &options.output {
        output::say(&format!(
            "Wrote {} project{} to {}.",
            held.len(),
            if held.len() == 1 { "" } else { "s" },
            path.display()
        ));
    }
    if let Some(path) = &options.env_file {
        output::say(&format!(
            "Wrote the template of {} variable{} to {}.",
            built.variables.len(),
            if built.variables.len() == 1 { "" } else { "s" },
            path.display()
        ));
    }
    output::say(&variables::variables(&built.variables));
    Ok(())
}

/// Writing is a rename over the target, which would put a regular file
/// in place of a FIFO or a device: refused.
fn refuse_non_regular(path: &Path, flag: &str, instead: &str) -> Result<(), OmiError> {
    match crate::input::files::not_a_regular_file(path) {
        Some(what) => Err(OmiError::usage(format!(
            "{flag} {}: it is {what}; {flag} writes a regular file in its place ({instead})",
            path.display()
        ))),
        None => Ok(()),
    }
}

/// `-o` and `--env-file` naming one file would leave only the template.
fn refuse_same_file(output: Option<&Path>, env_file: &Path) -> Result<(), OmiError> {
    let same = output.is_some_and(|o| {
        o == env_file
            || matches!(
                (std::fs::canonicalize(o), std::fs::canonicalize(env_file)),
                (Ok(a), Ok(b)) if a == b
            )
    });
    if same {
        return Err(OmiError::usage(format!(
            "--env-file {} is the file -o writes; give the template a path of its own",
            env_file.display()
        )));
    }
    Ok(())
}

/// A template has empty values: it must not replace a file where they
/// were filled in.
fn refuse_values(path: &Path) -> Result<(), OmiError> {
    if !path.exists() {
        return Ok(());
    }
    let text = crate::input::files::read_text(path, 1024 * 1024).map_err(|e| {
        OmiError::usage(format!(
            "--env-file {}: cannot read what it holds ({e}); omi replaces only a template \
             whose values are empty",
            path.display()
        ))
    })?;
    match export::values_set(&text) {
        0 => Ok(()),
        n => Err(OmiError::usage(format!(
            "--env-file {}: it sets {n} variable{} already; omi does not replace values \
             with empty ones",
            path.display(),
            if n == 1 { "" } else { "s" }
        ))
        .with_hint("give the template another path, or remove the file first")),
    }
}

fn write(path: &Path, text: &str) -> Result<(), OmiError> {
    crate::input::files::write_private(path, text.as_bytes()).map_err(|e| {
        OmiError::new(
            ExitKind::Failure,
            format!("cannot write {}: {e}", path.display()),
        )
    })
}
