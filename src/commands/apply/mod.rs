//! `omi apply -f FILE`: read each targeted project's integrations, plan,
//! and (unless `--dry-run`) carry the plan out with PUT and DELETE; then
//! print one table of the plan and its results. Projects run concurrently;
//! one project's failure does not stop the others.

pub mod file;
pub mod plan;

use self::file::DesiredState;
use self::plan::{PlannedChange, Step};
use super::{client, emit};
use crate::cli::RawCommand;
use crate::client::{ApiClient, Query};
use crate::errors::{self, ExitKind, OmiError};
use crate::output::{self, Style};
use crate::settings::{Action, Settings};
use futures_util::stream::{self, StreamExt};
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use reqwest::Method;
use serde_json::{json, Value};

/// Past this many projects, a terminal gets a progress bar.
const PROGRESS_BAR_FROM: usize = 5;

/// Projects per page when listing them all: the API's maximum, unless
/// `--items-per-page` says otherwise.
const GROUPS_PAGE: u32 = 500;

/// A server whose project list never ends must not keep apply looping.
const MAX_GROUP_PAGES: u32 = 10_000;

struct ProjectPlan {
    project: String,
    outcome: Result<Vec<PlannedChange>, OmiError>,
}

/// One line of the summary.
struct Row {
    project: String,
    ty: String,
    step: Option<Step>,
    changed: Vec<String>,
    result: Result<&'static str, OmiError>,
}

pub async fn run(settings: &Settings) -> anyhow::Result<()> {
    let Action::Other(RawCommand::Apply {
        file,
        all_projects,
        prune,
        force,
        concurrency,
    }) = &settings.action
    else {
        return Ok(());
    };
    let desired = file::load(file, &settings.env)?;
    settings.connection.require(true, false)?;
    let client = client(settings)?;

    let mut targets = if *all_projects {
        let page = settings.query.items_per_page.unwrap_or(GROUPS_PAGE);
        all_project_ids(&client, page).await?
    } else if !settings.connection.project_ids().is_empty() {
        settings.connection.project_ids().to_vec()
    } else {
        return Err(OmiError::usage(
            "apply needs projects: pass --project-id ID (repeatable) or --all-projects",
        )
        .into());
    };
    // A project named twice is worked on once, not raced against itself.
    let mut seen = std::collections::HashSet::new();
    targets.retain(|id| seen.insert(id.clone()));
    for id in desired.per_project.keys() {
        if !seen.contains(id) {
            eprintln!(
                "omi: warning: project {id} in {} is not targeted; skipped",
                file.display()
            );
        }
    }

    let progress = progress_bar(settings, targets.len());
    let style = Style {
        color: settings.output.color,
    };
    let dry_run = settings.output.dry_run;
    // Each project is read, planned and (unless --dry-run) carried out in
    // one pipeline: no barrier between reading and writing, and
    // unordered so a slow project does not hold back the others' slots.
    let mut per_project: Vec<(usize, Vec<Row>)> = stream::iter(targets.into_iter().enumerate())
        .map(|(i, project)| {
            let (client, desired, progress) = (&client, &desired, &progress);
            async move {
                let plan = plan_project(client, desired, project, *prune, *force).await;
                let rows = if dry_run {
                    plan_rows(plan)
                } else {
                    execute_project(client, plan).await
                };
                progress.inc(1);
                (i, rows)
            }
        })
        .buffer_unordered(*concurrency)
        .collect()
        .await;
    progress.finish_and_clear();
    per_project.sort_by_key(|(i, _)| *i);
    let rows: Vec<Row> = per_project.into_iter().flat_map(|(_, r)| r).collect();
    print_counts(&rows, dry_run);
    finish(settings, &rows, style)
}

fn progress_bar(settings: &Settings, steps: usize) -> ProgressBar {
    if !settings.terminal.stderr || steps <= PROGRESS_BAR_FROM || settings.output.json {
        return ProgressBar::hidden();
    }
    let bar = ProgressBar::with_draw_target(Some(steps as u64), ProgressDrawTarget::stderr());
    if let Ok(style) = ProgressStyle::with_template("{bar:40} {pos}/{len} projects") {
        bar.set_style(style);
    }
    bar
}

async fn plan_project(
    client: &ApiClient,
    desired: &DesiredState,
    project: String,
    prune: bool,
    force: bool,
) -> ProjectPlan {
    let url = client.url(
        &format!("/groups/{project}/integrations"),
        &Query::default(),
    );
    let outcome = match client.send(Method::GET, &url, None).await {
        Ok(r) => output::integrations_of(&r.body)
            .map(|current| plan::plan(&desired.for_project(&project), &current, prune, force)),
        Err(e) => Err(errors::from_client(e)),
    };
    ProjectPlan { project, outcome }
}

/// Carries out one project's changes, in table order.
async fn execute_project(client: &ApiClient, plan: ProjectPlan) -> Vec<Row> {
    let project = plan.project;
    let changes = match plan.outcome {
        Ok(c) => c,
        Err(e) => return vec![failed_read(&project, e)],
    };
    let mut rows = Vec::new();
    for change in changes {
        let path = format!("/groups/{project}/integrations/{}", change.ty.api);
        let url = client.url(&path, &Query::default());
        let result = match change.step {
            Step::Unchanged => Ok("ok"),
            Step::Add | Step::Replace => {
                let body = change
                    .body
                    .as_ref()
                    .map(|b| b.to_json())
                    .unwrap_or_default();
                client
                    .send(Method::PUT, &url, Some(&body))
                    .await
                    .map(|_| "done")
                    .map_err(errors::from_client)
            }
            Step::Delete => match client.send(Method::DELETE, &url, None).await {
                Ok(_) => Ok("done"),
                // Already gone is what was wanted.
                Err(crate::client::ClientError::Api(f))
                    if f.status == 404
                        && f.error_code.as_deref() == Some("INTEGRATION_NOT_CONFIGURED") =>
                {
                    Ok("done")
                }
                Err(e) => Err(errors::from_client(e)),
            },
        };
        rows.push(Row {
            project: project.clone(),
            ty: change.ty.api.to_string(),
            step: Some(change.step),
            changed: change.changed,
            result,
        });
    }
    rows
}

fn failed_read(project: &str, e: OmiError) -> Row {
    Row {
        project: project.to_string(),
        ty: "-".to_string(),
        step: None,
        changed: vec![],
        result: Err(e),
    }
}

fn plan_rows(p: ProjectPlan) -> Vec<Row> {
    match p.outcome {
        Ok(changes) => changes
            .into_iter()
            .map(|c| Row {
                project: p.project.clone(),
                ty: c.ty.api.to_string(),
                step: Some(c.step),
                changed: c.changed,
                result: Ok("planned"),
            })
            .collect(),
        Err(e) => vec![failed_read(&p.project, e)],
    }
}

fn print_counts(rows: &[Row], dry_run: bool) {
    let count = |s: Step| rows.iter().filter(|r| r.step == Some(s)).count();
    let failed = rows.iter().filter(|r| r.result.is_err()).count();
    let lead = if dry_run {
        "Plan (dry run, nothing written)"
    } else {
        "Applied"
    };
    eprintln!(
        "{lead}: {} to add, {} to replace, {} to delete, {} unchanged, {failed} failed.",
        count(Step::Add),
        count(Step::Replace),
        count(Step::Delete),
        count(Step::Unchanged),
    );
}

/// Prints the table (or JSON) and fails if any row failed.
fn finish(settings: &Settings, rows: &[Row], style: Style) -> anyhow::Result<()> {
    if settings.output.json {
        let items: Vec<Value> = rows
            .iter()
            .map(|r| {
                json!({
                    "project": r.project,
                    "type": r.ty,
                    "action": r.step.map(Step::word),
                    "changed": r.changed,
                    "result": match &r.result { Ok(s) => *s, Err(_) => "failed" },
                    "error": r.result.as_ref().err().map(|e| e.message.clone()),
                })
            })
            .collect();
        emit(&format!("{}\n", Value::Array(items)))?;
    } else {
        let mut table =
            output::new_table(style, &["PROJECT", "TYPE", "ACTION", "CHANGED", "RESULT"]);
        for r in rows {
            table.add_row(vec![
                r.project.clone(),
                r.ty.clone(),
                r.step.map(Step::word).unwrap_or("-").to_string(),
                r.changed.join(", "),
                match &r.result {
                    Ok(s) => s.to_string(),
                    Err(e) => format!("failed: {}", e.message),
                },
            ]);
        }
        emit(&format!("{table}\n"))?;
    }
    let failures: Vec<&OmiError> = rows
        .iter()
        .filter_map(|r| r.result.as_ref().err())
        .collect();
    match failures.first() {
        None => Ok(()),
        Some(first) => Err(OmiError::new(
            first.kind,
            format!(
                "{} of {} items failed; the rest were applied. Run apply again to converge.",
                failures.len(),
                rows.len()
            ),
        )
        .into()),
    }
}

/// Every project the key can see, page by page.
async fn all_project_ids(client: &ApiClient, per_page: u32) -> anyhow::Result<Vec<String>> {
    let mut ids = Vec::new();
    for page in 1.. {
        let query = Query {
            page_num: Some(page),
            items_per_page: Some(per_page),
            ..Query::default()
        };
        let url = client.url("/groups", &query);
        let response = client
            .send(Method::GET, &url, None)
            .await
            .map_err(errors::from_client)?;
        let body: Value = serde_json::from_slice(&response.body)
            .map_err(|_| OmiError::new(ExitKind::Server, "the project list is not JSON"))?;
        let results = body
            .get("results")
            .and_then(Value::as_array)
            .ok_or_else(|| OmiError::new(ExitKind::Server, "the project list has no results"))?;
        for p in results {
            if let Some(id) = p.get("id").and_then(Value::as_str) {
                ids.push(id.to_ascii_lowercase());
            }
        }
        if page >= MAX_GROUP_PAGES {
            return Err(OmiError::new(
                ExitKind::Server,
                format!("the project list did not end after {MAX_GROUP_PAGES} pages"),
            )
            .into());
        }
        let total = body.get("totalCount").and_then(Value::as_u64);
        let done =
            results.len() < per_page as usize || total.is_some_and(|t| ids.len() as u64 >= t);
        if done {
            break;
        }
    }
    Ok(ids)
}
