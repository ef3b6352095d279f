//! create, update, get, list, delete: one request each.

use super::{client, emit};
use crate::cli::{RawCommand, WriteMethod};
use crate::client::ClientError;
use crate::errors::{self, OmiError};
use crate::output::{self, Style};
use crate::settings::{Action, Settings};
use reqwest::Method;
use std::io::{BufRead, Write};

pub async fn run(settings: &Settings) -> anyhow::Result<()> {
    // A dry run needs no keys: it shows what would be sent.
    settings
        .connection
        .require(!settings.output.dry_run, true)?;
    let project = settings.connection.project_id()?;
    let base = format!("/groups/{project}/integrations");
    let (method, path, body, ty) = match &settings.action {
        Action::Write { method, ty, body } => {
            let creating = *method == WriteMethod::Create;
            for caution in ty.cautions_for(creating, body.fields()) {
                eprintln!("omi: note: {caution}");
            }
            let m = if creating { Method::POST } else { Method::PUT };
            (m, format!("{base}/{}", ty.api), Some(body), Some(*ty))
        }
        Action::Other(RawCommand::Get { ty }) => {
            (Method::GET, format!("{base}/{}", ty.api), None, Some(*ty))
        }
        Action::Other(RawCommand::Delete { ty, .. }) => (
            Method::DELETE,
            format!("{base}/{}", ty.api),
            None,
            Some(*ty),
        ),
        _ => (Method::GET, base, None, None),
    };

    if settings.output.dry_run {
        // No keys are needed to show what would be sent.
        let url = crate::client::ApiClient::preview_url(
            settings.connection.base_url()?,
            &path,
            &settings.query,
        );
        let masked = body.map(|b| b.masked());
        return emit(&output::dry_run(
            method.as_str(),
            url.as_str(),
            masked.as_ref(),
            settings.output.json,
        ));
    }

    if let Action::Other(RawCommand::Delete { ty, yes }) = &settings.action {
        confirm_delete(settings, ty.title, &project, *yes)?;
    }

    let client = client(settings)?;
    let url = client.url(&path, &settings.query);
    let bytes = body.map(|b| b.to_json());
    let response = client
        .send(method.clone(), &url, bytes.as_deref())
        .await
        .map_err(|e| {
            let maybe_applied = matches!(
                e,
                ClientError::Network {
                    maybe_applied: true,
                    ..
                }
            );
            let mut err = errors::from_client(e);
            if maybe_applied {
                if let Some(t) = ty {
                    err = err.with_hint(format!(
                        "run `omi get {}` to see whether it was created before trying again",
                        t.cli
                    ));
                }
            }
            err
        })?;

    if let Action::Other(RawCommand::Delete { ty, .. }) = &settings.action {
        eprintln!(
            "Deleted the {} integration from project {project}.",
            ty.title
        );
        if settings.output.json && !response.body.is_empty() {
            emit(&output::raw_json(&response.body))?;
        }
        return Ok(());
    }
    if settings.output.json {
        return emit(&output::raw_json(&response.body));
    }
    let items = output::integrations_of(&response.body)?;
    if items.is_empty() {
        eprintln!("Project {project} has no integrations.");
        return Ok(());
    }
    emit(&output::integrations_table(
        &items,
        Style {
            color: settings.output.color,
        },
    ))?;
    emit("\n")
}

/// Deleting is asked about on a terminal and refused in a script unless
/// `--yes` says so: a piped `omi delete` must not act on a guess.
fn confirm_delete(
    settings: &Settings,
    title: &str,
    project: &str,
    yes: bool,
) -> anyhow::Result<()> {
    if yes {
        return Ok(());
    }
    if !settings.terminal.stdin {
        return Err(OmiError::usage(format!(
            "refusing to delete the {title} integration without confirmation: stdin is not a terminal"
        ))
        .with_hint("pass --yes (-y) to delete from a script")
        .into());
    }
    eprint!("Delete the {title} integration from project {project}? [y/N] ");
    std::io::stderr().flush()?;
    let mut answer = String::new();
    std::io::stdin().lock().read_line(&mut answer)?;
    if matches!(answer.trim(), "y" | "Y" | "yes" | "YES" | "Yes") {
        Ok(())
    } else {
        Err(OmiError::new(crate::errors::ExitKind::Failure, "not deleted").into())
    }
}
