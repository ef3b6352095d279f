//! create, update, get, list, delete: one request each; and `list`
//! across projects, a request per project.

use super::alerts::carry::{self, Fate};
use super::{api_failure_of, client, read_integrations, targets};
use super::{ApiClient, ApiResponse, ClientError, Query};
use crate::api::alerts::{Carry, Written};
use crate::api::body::RequestBody;
use crate::api::response;
use crate::api::types::{CautionWhen, TypeName};
use crate::cli::resolve::command::ListOptions;
use crate::cli::resolve::lists_across;
use crate::cli::{Command, Needs, Settings, WriteMethod};
use crate::errors::{ExitKind, OmiError};
use crate::output;
use crate::output::fleet::ProjectIntegrations;
use crate::untrusted::SentSecrets;
use reqwest::Method;
use serde_json::{Map, Value};

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
        Command::Write { method, body, .. } => {
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
        // One rule, with the checks that refuse what it would ignore.
        if lists_across(command, &settings.connection, settings.dry_run) {
            return list_across(settings, options).await;
        }
    }
    settings
        .connection
        .require(command.needs(settings.dry_run))?;
    let (carry, rotation) = match command {
        Command::Write {
            method: WriteMethod::Update,
            body,
            alerts,
        } if !body.ty().notification.is_empty() => (*alerts, Some(body)),
        _ => (None, None),
    };
    // A dry run needs no keys, unless a project name must become an id,
    // or the alerts must be read.
    let by_name = !settings.connection.project_names().is_empty();
    let client = match settings.dry_run && !by_name && carry.is_none() {
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
    // A rotation says how many alerts it leaves on the old key once it is
    // written, instead of the general caution (kept for where that count
    // cannot be had).
    let mut held = Vec::new();
    if let Command::Write { method, body, .. } = command {
        let creating = *method == WriteMethod::Create;
        for caution in body.ty().cautions_for(creating, &body.masked()) {
            // With --alerts the alerts follow: the caution does not apply.
            let counted = carry.is_some() || !settings.dry_run;
            if rotation.is_some() && counted && replacing(body, caution) {
                held.push(caution);
            } else {
                output::note(caution);
            }
        }
    }
    let previous = match (rotation, carry, &client) {
        (Some(body), Some(Carry::Matching), Some(client)) => {
            Some(previous(client, &project, body).await?)
        }
        _ => None,
    };
    if settings.dry_run {
        dry_run(settings, &request)?;
        return match (rotation, carry, &client) {
            (Some(body), Some(how), Some(client)) => {
                let previous = previous.as_ref().and_then(Option::as_ref);
                carry_alerts(client, &project, body, how, previous, true).await
            }
            _ => Ok(()),
        };
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
        _ => {
            show_integrations(settings, &project, &request, &response, client.sent())?;
            match (rotation, carry) {
                (Some(body), Some(how)) => {
                    let previous = previous.as_ref().and_then(Option::as_ref);
                    carry_alerts(&client, &project, body, how, previous, false).await
                }
                // The count is a note: under -q it would not be shown, so
                // it is not read.
                (Some(body), None) if !settings.quiet => {
                    still_on_another_key(&client, &project, body, &held).await;
                    Ok(())
                }
                _ => Ok(()),
            }
        }
    }
}

/// Whether `caution` is one of the type's cautions for replacing.
fn replacing(body: &RequestBody, caution: &str) -> bool {
    body.ty()
        .cautions
        .iter()
        .any(|c| matches!(c.when, CautionWhen::Replacing) && c.text == caution)
}

/// The integration of `body`'s type as the server holds it before the
/// write (`None` when the project has none), for `--alerts` to find the
/// notifications that hold its key. Any 404 but an unknown project's
/// means none.
async fn previous(
    client: &ApiClient,
    project: &str,
    body: &RequestBody,
) -> Result<Option<Map<String, Value>>, OmiError> {
    let api = body.ty().api;
    let path = format!("/groups/{project}/integrations/{api}");
    let url = client.url(&path, &Query::default());
    match client.send(Method::GET, &url, None).await {
        Ok(response) => Ok(response::integrations_of_type(&response.body, api)?
            .into_iter()
            .next()),
        Err(e)
            if api_failure_of(&e).is_some_and(|f| {
                f.status == 404 && f.error_code.as_deref() != Some("GROUP_NOT_FOUND")
            }) =>
        {
            Ok(None)
        }
        Err(e) => {
            let mut e = OmiError::from(e);
            e.message = format!(
                "cannot read the {} integration that --alerts compares the alerts with; nothing was written: {}",
                body.ty().title,
                e.message
            );
            Err(e)
        }
    }
}

/// `update --alerts`: the project's alert configurations whose
/// notifications follow the write, rewritten (or in a dry run, listed),
/// each said on stderr, then the counts; exit 8 when some were left on
/// the old key.
async fn carry_alerts(
    client: &ApiClient,
    project: &str,
    body: &RequestBody,
    how: Carry,
    previous: Option<&Map<String, Value>>,
    dry_run: bool,
) -> anyhow::Result<()> {
    let written = [Written {
        ty: body.ty(),
        previous,
        body,
    }];
    let outcomes = carry::carry(client, project, &written, how, &[body], dry_run)
        .await
        .map_err(|mut e| {
            let done = if dry_run {
                "would be written"
            } else {
                "was written"
            };
            e.message = format!(
                "the {} integration {done}, but the alert configurations cannot be read: {}",
                body.ty().title,
                e.message
            );
            e
        })?;
    let sent = client.sent();
    for o in &outcomes {
        output::say(&carry_line(o, dry_run, sent));
    }
    output::say(&carry_counts(&outcomes, dry_run));
    // A dry run writes nothing, so leaves nothing on the old key: its
    // lines say what would be left (as apply --dry-run).
    if dry_run {
        return Ok(());
    }
    carry_exit(&outcomes)
}

/// One configuration's line.
fn carry_line(o: &carry::Outcome, dry_run: bool, sent: &SentSecrets) -> String {
    let id = &o.rewrite.config_id;
    let shown = |v: &Option<String>| {
        v.as_deref()
            .map_or("(unset)".to_string(), |v| crate::untrusted::shown(v, sent))
    };
    let changes = || {
        o.rewrite
            .changes
            .iter()
            .map(|c| {
                format!(
                    "{} {} {} -> {}",
                    carry::named(&c.notification),
                    c.field,
                    shown(&c.from),
                    shown(&c.to)
                )
            })
            .collect::<Vec<_>>()
            .join("; ")
    };
    match &o.fate {
        Fate::Rewritten if dry_run => format!("Would rewrite alert configuration {id}: {}", changes()),
        Fate::Rewritten => format!("Rewrote alert configuration {id}: {}", changes()),
        Fate::Left => format!(
            "{} alert configuration {id} on the old key: {} {} masked and no value of this run fits it, \
             and omi never sends a masked value back",
            if dry_run { "Would leave" } else { "Left" },
            carry::missing_fields(&o.rewrite),
            if o.rewrite.missing.len() == 1 { "is" } else { "are" },
        ),
        Fate::Unverified => format!(
            "Alert configuration {id} left as it is: the key of {} shows too little to tell \
             whether it was the previous one (--alerts=all rewrites it)",
            o.rewrite
                .unverified
                .iter()
                .map(carry::named)
                .collect::<Vec<_>>()
                .join(", ")
        ),
        Fate::Failed(e) => format!("Could not rewrite alert configuration {id}: {}", e.message),
    }
}

/// "Alert configurations: 2 rewritten, 1 left on the old key, ..."
pub(crate) fn carry_counts(outcomes: &[carry::Outcome], dry_run: bool) -> String {
    let count = |f: fn(&Fate) -> bool| outcomes.iter().filter(|o| f(&o.fate)).count();
    format!(
        "Alert configurations: {} {}, {} left on the old key, {} unverifiable, {} failed.",
        count(|f| matches!(f, Fate::Rewritten)),
        if dry_run { "to rewrite" } else { "rewritten" },
        count(|f| matches!(f, Fate::Left)),
        count(|f| matches!(f, Fate::Unverified)),
        count(|f| matches!(f, Fate::Failed(_))),
    )
}

/// The first failure's exit code, else 8 when some were left.
fn carry_exit(outcomes: &[carry::Outcome]) -> anyhow::Result<()> {
    let failed: Vec<&OmiError> = outcomes
        .iter()
        .filter_map(|o| match &o.fate {
            Fate::Failed(e) => Some(e),
            _ => None,
        })
        .collect();
    if let Some(first) = failed.first() {
        return Err(OmiError::new(
            first.kind,
            format!(
                "{} alert configuration{} could not be rewritten; run again to retry",
                failed.len(),
                if failed.len() == 1 { "" } else { "s" }
            ),
        )
        .into());
    }
    let left = outcomes
        .iter()
        .filter(|o| matches!(o.fate, Fate::Left))
        .count();
    if left > 0 {
        return Err(OmiError::new(
            ExitKind::AlertsLeft,
            format!(
                "{left} alert configuration{} left on the old key",
                if left == 1 { " is" } else { "s are" }
            ),
        )
        .with_hint(
            "declare the other integrations their notifications use (omi apply -f FILE --alerts), \
             or re-add those notifications in Ops Manager",
        )
        .into());
    }
    Ok(())
}

/// After a rotation without `--alerts`: one line naming how many alert
/// configurations still hold another key (one more read); where that
/// cannot be had, the type's caution instead.
async fn still_on_another_key(
    client: &ApiClient,
    project: &str,
    body: &RequestBody,
    held: &[&str],
) {
    let t = body.ty();
    match carry::holding_another_key(client, project, body).await {
        Ok((0, 0)) => output::note(&format!(
            "no alert configuration of project {project} uses another {} key",
            t.title
        )),
        Ok((another, hidden)) => {
            let mut line = format!(
                "{another} alert configuration{} of project {project} still use{} another {} key: \
                 Ops Manager copied the key into each notification when it was added",
                if another == 1 { "" } else { "s" },
                if another == 1 { "s" } else { "" },
                t.title
            );
            if hidden > 0 {
                line.push_str(&format!(
                    ", and {hidden} more hold{} a key whose mask shows too little to tell",
                    if hidden == 1 { "s" } else { "" }
                ));
            }
            line.push_str(&format!(
                "; `omi alerts --stale` lists them, `omi update {} ... --alerts` rewrites them",
                t.cli
            ));
            output::note(&line);
        }
        Err(_) => {
            for caution in held {
                output::note(caution);
            }
        }
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
