//! create, update, get, list, delete: one request each; and `list`
//! across projects, a request per project.

use super::{client, read_integrations, targets};
use super::{ApiClient, ApiResponse, ClientError};
use crate::api::body::RequestBody;
use crate::api::response;
use crate::api::types::TypeName;
use crate::cli::resolve::command::ListOptions;
use crate::cli::{Command, Needs, Settings, WriteMethod};
use crate::errors::{ExitKind, OmiError};
use crate::output;
use crate::output::fleet::ProjectIntegrations;
use crate::untrusted::SentSecrets;
use reqwest::Method;

/// What one of these commands sends.
struct Request<'a> {
    method: Method,
    path: String,
    body: Option<&'a RequestBody>,
    ty: Option<TypeName>,
}

fn request<'a>(command: &'a Command, project: &str) -> Request<'a> {
    let base = format!("/groups/{project}/integrations");
    let one = |method, ty: TypeName, body| Request {
        method,
        path: format!("{base}/{}", ty.api()),
        body,
        ty: Some(ty),
    };
    match command {
        Command::Write { method, body } => {
            let m = match method {
                WriteMethod::Create => Method::POST,
                WriteMethod::Update => Method::PUT,
            };
            one(m, TypeName::Known(body.ty()), Some(body))
        }
        Command::Get { ty } => one(Method::GET, ty.clone(), None),
        Command::Delete { ty, .. } => one(Method::DELETE, ty.clone(), None),
        _ => Request {
            method: Method::GET,
            path: base.clone(),
            body: None,
            ty: None,
        },
    }
}

pub async fn run(settings: &Settings) -> anyhow::Result<()> {
    let command = &settings.command;
    if let Command::List(options) = command {
        // Any targeting flag (`--project`, `--project-id`, `--org-id`,
        // `--all-projects`, `--has`, `--missing`) gives the fleet's shape,
        // however many projects it names: a script's `--json` shape never
        // depends on how many are in its variable. Without one, `list` is
        // the one project's page, as received; so is the one request a dry
        // run of one project previews.
        let preview = settings.dry_run && targets::explicit_count(settings) <= 1;
        if options.across() || (targets::flagged(settings) && !preview) {
            return list_across(settings, options).await;
        }
    }
    settings
        .connection
        .require(command.needs(settings.dry_run))?;
    // A dry run needs no keys, unless a project name must become an id.
    let by_name = !settings.connection.project_names().is_empty();
    let client = match settings.dry_run && !by_name {
        true => None,
        false => Some(client(settings)?),
    };
    let project = targets::one(settings, client.as_ref()).await?;
    let request = request(command, &project);
    if let Some(TypeName::Unknown(name)) = &request.ty {
        output::note(&format!(
            "omi has no field table for {name}; it is shown as the server returns it"
        ));
    }
    if let Command::Write { method, body } = command {
        let creating = *method == WriteMethod::Create;
        for caution in body.ty().cautions_for(creating, &body.masked()) {
            output::note(caution);
        }
    }
    if settings.dry_run {
        return dry_run(settings, &request);
    }
    if let Command::Delete { ty, confirmed } = command {
        confirm_delete(settings, ty.title(), &project, *confirmed)?;
    }
    let client = match client {
        Some(c) => c,
        None => super::client(settings)?,
    };
    let response = send(&client, settings, &request).await?;
    match command {
        Command::Delete { ty, .. } => deleted(settings, ty, &project, &response, client.sent()),
        _ => show_integrations(settings, &project, &request, &response, client.sent()),
    }
}

/// `omi list` across projects: the matrix of projects and types, or
/// with `--missing`/`--has` only the projects that lack or hold a type.
/// Every project is shown; one that cannot be read fails the command
/// after the table.
async fn list_across(settings: &Settings, options: &ListOptions) -> anyhow::Result<()> {
    settings.connection.require(Needs::URL | Needs::KEYS)?;
    let client = client(settings)?;
    let projects = targets::many(settings, &client, &options.scope, "list").await?;
    let mut first_failure = None;
    let mut rows = Vec::new();
    for (project, result) in read_integrations(&client, projects, super::page_size(settings)).await
    {
        let integrations = result.map_err(|e| {
            first_failure.get_or_insert(e.kind);
            e.message
        });
        rows.push(ProjectIntegrations {
            project,
            integrations,
        });
    }
    // Unreadable projects stay: whether they match is unknown.
    let keep = |r: &ProjectIntegrations| match (options.missing, options.has) {
        (Some(t), _) => r.has(t.api) != Some(true),
        (_, Some(t)) => r.has(t.api) != Some(false),
        _ => true,
    };
    rows.retain(keep);
    if rows.is_empty() && !settings.style.json {
        output::say("No project matches.");
    } else {
        output::emit(&output::fleet::matrix(&rows, settings.style, client.sent()))?;
    }
    match first_failure {
        Some(kind) => {
            Err(OmiError::new(kind, "some projects could not be read; their rows say why").into())
        }
        None => Ok(()),
    }
}

/// Prints what would be sent; no keys are needed for that.
fn dry_run(settings: &Settings, request: &Request) -> anyhow::Result<()> {
    let url = ApiClient::preview_url(
        settings.connection.base_url()?,
        &request.path,
        &settings.query,
    );
    let masked = request.body.map(RequestBody::masked);
    let raw: Vec<&str> = request
        .body
        .map(|b| b.raw_fields().collect())
        .unwrap_or_default();
    Ok(output::emit(&output::dry_run::request(
        request.method.as_str(),
        url.as_str(),
        masked.as_ref(),
        &raw,
        settings.style.json,
    ))?)
}

async fn send(
    client: &ApiClient,
    settings: &Settings,
    request: &Request<'_>,
) -> Result<ApiResponse, OmiError> {
    let url = client.url(&request.path, &settings.query);
    let wire = request.body.map(RequestBody::to_wire);
    client
        .send(request.method.clone(), &url, wire.as_ref())
        .await
        .map_err(|e| {
            // A 5xx to a POST may come after the server stored the new
            // integration (a proxy timing out, a crash before answering).
            let server_failed = request.method == Method::POST
                && matches!(&e, ClientError::Api(f) if f.status >= 500);
            let maybe_applied = e.maybe_applied() || server_failed;
            let mut err = OmiError::from(e);
            if server_failed {
                err.message
                    .push_str("\nthe server may have created it before failing");
            }
            match (maybe_applied, request.ty.as_ref().and_then(TypeName::known)) {
                (true, Some(t)) => err.with_hint(format!(
                    "run `omi get {}` to see whether it was created before trying again",
                    t.cli
                )),
                _ => err,
            }
        })
}

fn deleted(
    settings: &Settings,
    ty: &TypeName,
    project: &str,
    response: &ApiResponse,
    sent: &SentSecrets,
) -> anyhow::Result<()> {
    let json = match settings.style.json && !response.body.is_empty() {
        true => Some(output::raw_json(&response.body, sent).map_err(OmiError::from)?),
        false => None,
    };
    output::say(&format!(
        "Deleted the {} integration from project {project}.",
        ty.title()
    ));
    Ok(output::emit(json.as_deref().unwrap_or(""))?)
}

/// The answer's integrations, as a table or (`--json`) as received; an
/// answer that is not what the API returns is an error either way.
fn show_integrations(
    settings: &Settings,
    project: &str,
    request: &Request,
    response: &ApiResponse,
    sent: &SentSecrets,
) -> anyhow::Result<()> {
    let items = match (&request.method, &request.ty) {
        (&Method::GET, Some(ty)) => response::integrations_of_type(&response.body, ty.api()),
        _ => response::integrations_of(&response.body),
    }
    .map_err(OmiError::from)?;
    if settings.style.json {
        let json = output::raw_json(&response.body, sent).map_err(OmiError::from)?;
        return Ok(output::emit(&json)?);
    }
    // A write answers with every integration of the project: the table
    // shows the one written.
    let items: Vec<_> = match (&settings.command, &request.ty) {
        (Command::Write { .. }, Some(ty)) => items
            .into_iter()
            .filter(|i| i.get("type").and_then(|t| t.as_str()) == Some(ty.api()))
            .collect(),
        _ => items,
    };
    if items.is_empty() {
        output::say(&match request.ty {
            Some(_) if request.method != Method::GET => {
                format!("Written; the server's answer does not list it (project {project}).")
            }
            _ => format!("Project {project} has no integrations."),
        });
        return Ok(());
    }
    Ok(output::emit(&output::table::integrations(
        &items,
        settings.style,
        sent,
    ))?)
}

/// Deleting is asked about on a terminal and refused in a script unless
/// `--yes` says so: a piped `omi delete` must not act on a guess.
fn confirm_delete(
    settings: &Settings,
    title: &str,
    project: &str,
    confirmed: bool,
) -> anyhow::Result<()> {
    if confirmed {
        return Ok(());
    }
    if !settings.terminal.stdin {
        return Err(OmiError::usage(format!(
            "refusing to delete the {title} integration without confirmation: stdin is not a terminal"
        ))
        .with_hint("pass --yes (-y) to delete from a script")
        .into());
    }
    if output::ask(&format!(
        "Delete the {title} integration from project {project}? [y/N] "
    ))? {
        Ok(())
    } else {
        // Declining is an answer, not an error: said plainly, exit 1.
        output::messages::to_stderr("Not deleted.\n");
        Err(OmiError::silent(ExitKind::Failure).into())
    }
}
