//! `omi export`: read the targeted projects' integrations and write the
//! apply file that describes them (see `apply_file::export` for the rules),
//! then list on stderr the variables it needs.

use super::{client, read_integrations, targets};
use crate::apply_file::export;
use crate::cli::resolve::command::ExportOptions;
use crate::cli::{Needs, Settings};
use crate::errors::{ExitKind, OmiError};
use crate::output::{self, variables};

pub async fn run(settings: &Settings, options: &ExportOptions) -> anyhow::Result<()> {
    if let Some(path) = &options.output {
        if let Some(what) = crate::input::files::not_a_regular_file(path) {
            return Err(OmiError::usage(format!(
                "-o {}: it is {what}; -o writes a regular file in its place \
                 (leave -o out to write to stdout)",
                path.display()
            ))
            .into());
        }
    }
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
        held.push((project.id, result?));
    }
    let built = export::build(&held);
    let text = export::render(&built.file, options.format)
        .map_err(|e| OmiError::new(ExitKind::Failure, format!("cannot write the file: {e}")))?;
    match &options.output {
        Some(path) => crate::input::files::write_private(path, text.as_bytes()).map_err(|e| {
            OmiError::new(
                ExitKind::Failure,
                format!("cannot write {}: {e}", path.display()),
            )
        })?,
        None => output::emit(&text)?,
    }
    for note in &built.notes {
        output::note(note);
    }
    if let Some(path) = &options.output {
        output::say(&format!(
            "Wrote {} project{} to {}.",
            held.len(),
            if held.len() == 1 { "" } else { "s" },
            path.display()
        ));
    }
    output::say(&variables::variables(&built.variables));
    Ok(())
}
