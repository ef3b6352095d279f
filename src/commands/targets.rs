//! Which projects a command works on, found over HTTP where needed:
//! `--project NAME` through `GET /groups/byName/{NAME}`, `--org-id`
//! through `GET /orgs/{ORG-ID}/groups`, `--all-projects` through
//! `GET /groups` (every page). Shared by list, apply, export and the
//! single-project commands.

use super::{api_failure_of, ApiClient, Query};
use crate::api::projects::{self, Project};
use crate::api::response;
use crate::cli::resolve::command::Scope;
use crate::cli::Settings;
use crate::errors::{ExitKind, OmiError};
use crate::output;
use reqwest::Method;

/// How many projects `--project-id` and `--project` name together.
pub fn explicit_count(settings: &Settings) -> usize {
    settings.connection.project_ids().len() + settings.connection.project_names().len()
}

/// The one project of a single-project command: the id given, or the
/// name resolved (which needs `client`).
pub async fn one(settings: &Settings, client: Option<&ApiClient>) -> Result<String, OmiError> {
    let names = settings.connection.project_names();
    if explicit_count(settings) > 1 {
        return Err(OmiError::usage(
            "several projects are given; only list, apply and export work on several",
        ));
    }
    match (names.first(), client) {
        (Some(name), Some(client)) => Ok(by_name(client, name).await?.id),
        (Some(_), None) => Err(OmiError::usage(
            "--project NAME needs the API keys to find the project's id",
        )),
        (None, _) => settings.connection.project_id(),
    }
}

/// The projects of a multi-project command, each once, in the order
/// given: every project (`--all-projects`), or those of `--org-id`, or
/// those `--project-id`/`--project` name (or the environment's project).
pub async fn many(
    settings: &Settings,
    client: &ApiClient,
    scope: &Scope,
    command: &str,
) -> Result<Vec<Project>, OmiError> {
    // Every page: `list` across projects refuses --page-num (resolve), and
    // the other commands that list projects do not take it.
    let page = super::page_size(settings);
    let mut out = if scope.all_projects {
        listed(client, "/groups", page).await?
    } else if !scope.org_ids.is_empty() {
        let mut all = Vec::new();
        for org in &scope.org_ids {
            all.extend(of_org(client, org, page).await?);
        }
        all
    } else if explicit_count(settings) > 0 {
        explicit(settings, client).await?
    } else if let Some(problem) = &settings.connection.problems().project_id {
        // The environment's or profile's project, found but unusable.
        return Err(problem.clone());
    } else {
        return Err(OmiError::usage(format!(
            "{command} needs projects: pass --project-id ID or --project NAME (repeatable), \
             --org-id ID, or --all-projects"
        )));
    };
    // A project named twice is worked on once.
    let mut seen = std::collections::HashSet::new();
    out.retain(|p| seen.insert(p.id.clone()));
    Ok(out)
}

/// `--project-id`s as given, then `--project` names resolved.
pub async fn explicit(settings: &Settings, client: &ApiClient) -> Result<Vec<Project>, OmiError> {
    let mut out: Vec<Project> = settings
        .connection
        .project_ids()
        .iter()
        .cloned()
        .map(Project::from_id)
        .collect();
    for name in settings.connection.project_names() {
        out.push(by_name(client, name).await?);
    }
    Ok(out)
}

/// The project called `name`; an unknown name is exit 4 naming it.
pub async fn by_name(client: &ApiClient, name: &str) -> Result<Project, OmiError> {
    let path = format!("/groups/byName/{}", projects::path_segment(name));
    let url = client.url(&path, &Query::default());
    let response = match client.send(Method::GET, &url, None).await {
        Ok(r) => r,
        Err(e) if api_failure_of(&e).is_some_and(|f| f.status == 404) => {
            return Err(OmiError::new(
                ExitKind::Api,
                format!("no project named '{name}' is visible to this key (HTTP 404)"),
            )
            .with_hint("`omi projects` lists the projects and their names"));
        }
        Err(e) => return Err(e.into()),
    };
    let unreadable = |why: &str| {
        OmiError::new(
            ExitKind::Server,
            format!("the server's answer for project '{name}' is not a project ({why})"),
        )
    };
    let groups = response::objects_of(&response.body, "id").map_err(|e| unreadable(&e.0))?;
    groups
        .first()
        .and_then(projects::project_of)
        .ok_or_else(|| unreadable("its id is not 24 hex characters"))
}

/// Every project the key can see, or one organization's.
pub async fn listed_for(
    settings: &Settings,
    client: &ApiClient,
    org: Option<&str>,
) -> Result<Vec<Project>, OmiError> {
    let page = super::page_size(settings);
    match org {
        Some(org) => of_org(client, org, page).await,
        None => listed(client, "/groups", page).await,
    }
}

async fn of_org(client: &ApiClient, org: &str, page: u32) -> Result<Vec<Project>, OmiError> {
    listed(client, &format!("/orgs/{org}/groups"), page)
        .await
        .map_err(|e| match e.kind {
            ExitKind::Api => e.with_hint("`omi projects` shows each project's organization id"),
            _ => e,
        })
}

/// Every project of a paged list. Ids that are not object ids are
/// reported and skipped: a server's id becomes a request path.
async fn listed(client: &ApiClient, path: &str, page: u32) -> Result<Vec<Project>, OmiError> {
    let groups = client
        .all_pages(path, page, "id")
        .await
        .map_err(OmiError::from)?;
    let mut out = Vec::with_capacity(groups.len());
    let mut skipped = 0;
    for g in &groups {
        match projects::project_of(g) {
            Some(p) => out.push(p),
            None => skipped += 1,
        }
    }
    if skipped > 0 {
        output::warn(&format!(
            "the project list holds {skipped} id{} that {} not 24 hex characters; skipped",
            if skipped == 1 { "" } else { "s" },
            if skipped == 1 { "is" } else { "are" }
        ));
    }
    Ok(out)
}
