//! `omi apply -f FILE`: read each targeted project's integrations, plan,
//! and (unless `--dry-run`) carry the plan out with PUT and DELETE; with
//! `--alerts` (or the file's `"alerts"`), carry each integration written
//! through the project's alert configurations; then print one table of
//! the plan and its results. Projects run concurrently;
//! one project's failure does not stop the others.
//!
//! `crate::apply_file` reads the file, `plan` compares, this module runs.

pub mod plan;

use self::plan::{PlannedChange, Step};
use super::alerts::carry::{self, Fate};
use super::client;
use crate::api::alerts::{Carry, Written};
use crate::api::body::RequestBody;
use crate::api::projects::Project;
use crate::apply_file::{self, DesiredState, ProjectState, Wanted};
use crate::cli::resolve::ApplyOptions;
use crate::cli::{Needs, Settings};
use crate::commands::{api_failure_of, project_integrations, ApiClient, Query};
use crate::errors::{ExitKind, OmiError};
use crate::output::{self, apply::Row};
use crate::untrusted::SentSecrets;
use futures_util::stream::{self, Stream, StreamExt};
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use reqwest::Method;
use serde_json::{Map, Value};

/// Past this many projects, a terminal gets a progress bar.
const PROGRESS_BAR_FROM: usize = 5;

struct ProjectPlan {
    project: Project,
    outcome: Result<Vec<PlannedChange>, OmiError>,
    /// With `--alerts`: what the project held before (the previous values
    /// the alerts are compared with) and what the file declares for it
    /// (the values that may supply other notifications' secrets).
    alerts: Option<(Vec<Map<String, Value>>, ProjectState)>,
}

/// A row of the summary, and the exit kind of its failure, if it failed.
type Done = (Row, Option<ExitKind>);

pub async fn run(settings: &Settings, options: &ApplyOptions) -> anyhow::Result<()> {
    // A dry run plans before the secrets are at hand: an unset reference
    // is a "needs-value" row; a real apply refuses the file.
    let desired = if settings.dry_run {
        apply_file::load_for_plan(&options.file, &settings.env)?
    } else {
        apply_file::load(&options.file, &settings.env)?
    };
    for note in &desired.notes {
        output::note(note);
    }
    settings.connection.require(Needs::URL | Needs::KEYS)?;
    let mut client = client(settings)?;
    // --concurrency bounds the requests in flight; twice as many projects
    // are worked on, so that one project's read can go out while another
    // waits to write, and no slot idles between a read and its write.
    client.limit_in_flight(options.concurrency);
    let targets = targets(settings, options, &client, &desired).await?;
    let total = targets.len();
    let progress = progress_bar(settings, total);
    let work = Work {
        client: &client,
        desired: &desired,
        options,
        carry: options.alerts.or(desired.alerts),
        dry_run: settings.dry_run,
        per_page: super::page_size(settings),
        progress: &progress,
    };
    // --prune deletes what nobody wrote down: unless --yes, every project
    // is planned first and the deletions are confirmed before any write.
    let ask_first = options.prune && !options.confirmed && !settings.dry_run;
    let (done, stopped) = if ask_first {
        let (plans, stopped) = until_signal(work.plans(targets)).await;
        progress.finish_and_clear();
        if stopped.is_none() {
            confirm_prune(settings, &plans)?;
        }
        match stopped {
            Some(kind) => (Vec::new(), Some(kind)),
            None => until_signal(work.executions(plans)).await,
        }
    } else {
        until_signal(work.pipeline(targets)).await
    };
    progress.finish_and_clear();
    let stopped = stopped.map(|kind| (kind, total));
    report(settings, options, done, stopped, client.sent())
}

/// What every project's work shares.
struct Work<'a> {
    client: &'a ApiClient,
    desired: &'a DesiredState,
    options: &'a ApplyOptions,
    /// `--alerts` or the file's `"alerts"`.
    carry: Option<Carry>,
    dry_run: bool,
    /// Items per page of each project's integrations.
    per_page: u32,
    progress: &'a ProgressBar,
}

impl<'a> Work<'a> {
    /// Each project read, planned and (unless --dry-run) carried out in one
    /// pipeline: no barrier between reading and writing, and unordered so
    /// a slow project does not hold back the others' slots.
    fn pipeline(&'a self, targets: Vec<Project>) -> impl Stream<Item = ProjectDone> + 'a {
        stream::iter(targets.into_iter().enumerate())
            .map(move |(i, project)| async move {
                let plan = self.plan(project).await;
                let rows = if self.dry_run {
                    plan_rows(self.client, plan, self.carry).await
                } else {
                    execute_project(self.client, plan, self.carry).await
                };
                self.progress.inc(1);
                (i, rows)
            })
            .buffer_unordered(self.options.concurrency * 2)
    }

    /// Every project planned, nothing written.
    fn plans(&'a self, targets: Vec<Project>) -> impl Stream<Item = (usize, ProjectPlan)> + 'a {
        stream::iter(targets.into_iter().enumerate())
            .map(move |(i, project)| async move {
                let plan = self.plan(project).await;
                self.progress.inc(1);
                (i, plan)
            })
            .buffer_unordered(self.options.concurrency)
    }

    /// One project read and planned.
    async fn plan(&self, project: Project) -> ProjectPlan {
        plan_project(
            self.client,
            self.desired,
            project,
            self.options,
            self.carry.is_some(),
            self.per_page,
        )
        .await
    }

    /// The plans carried out.
    fn executions(
        &'a self,
        plans: Vec<(usize, ProjectPlan)>,
    ) -> impl Stream<Item = ProjectDone> + 'a {
        stream::iter(plans)
            .map(move |(i, plan)| async move {
                (i, execute_project(self.client, plan, self.carry).await)
            })
            .buffer_unordered(self.options.concurrency)
    }
}

/// A project's rows, with its place in the target list.
type ProjectDone = (usize, Vec<Done>);

/// Collects a stream until it ends or SIGINT/SIGTERM arrives; what was in
/// flight then is dropped (its request may or may not have arrived).
async fn until_signal<T>(items: impl Stream<Item = T>) -> (Vec<T>, Option<ExitKind>) {
    let mut items = std::pin::pin!(items);
    let mut signal = std::pin::pin!(stop_signal());
    let mut out = Vec::new();
    loop {
        tokio::select! {
            item = items.next() => match item {
                Some(item) => out.push(item),
                None => return (out, None),
            },
            kind = &mut signal => return (out, Some(kind)),
        }
    }
}

/// Resolves when the process is asked to stop: SIGINT, SIGTERM, SIGHUP
/// (the terminal closed) or SIGQUIT, each with its exit code.
async fn stop_signal() -> ExitKind {
    #[cfg(unix)]
    {
        use tokio::signal::unix::{signal, SignalKind};
        let stops = [
            (SignalKind::terminate(), ExitKind::Terminated),
            (SignalKind::hangup(), ExitKind::HungUp),
            (SignalKind::quit(), ExitKind::Quit),
        ];
        let mut streams = Vec::new();
        for (kind, exit) in stops {
            if let Ok(s) = signal(kind) {
                streams.push((s, exit));
            }
        }
        if !streams.is_empty() {
            let others = futures_util::future::select_all(
                streams
                    .iter_mut()
                    .map(|(s, exit)| Box::pin(async move { s.recv().await.map(|_| *exit) })),
            );
            return tokio::select! {
                _ = tokio::signal::ctrl_c() => ExitKind::Interrupted,
                (got, _, _) = others => got.unwrap_or(ExitKind::Terminated),
            };
        }
    }
    match tokio::signal::ctrl_c().await {
        Ok(()) => ExitKind::Interrupted,
        Err(_) => std::future::pending().await,
    }
}

/// Asks before --prune deletes, listing what it will delete; a script
/// must say --yes.
fn confirm_prune(settings: &Settings, plans: &[(usize, ProjectPlan)]) -> anyhow::Result<()> {
    let deletions: Vec<String> = plans
        .iter()
        .filter_map(|(_, p)| Some((&p.project, p.outcome.as_ref().ok()?)))
        .flat_map(|(project, changes)| {
            changes
                .iter()
                .filter(|c| c.step == Step::Delete)
                .map(move |c| format!("{} from project {}", c.ty.api(), project.id))
        })
        .collect();
    if deletions.is_empty() {
        return Ok(());
    }
    if !settings.terminal.stdin {
        return Err(OmiError::usage(format!(
            "refusing to delete {} integration{} without confirmation: stdin is not a terminal",
            deletions.len(),
            if deletions.len() == 1 { "" } else { "s" }
        ))
        .with_hint("pass --yes (-y) to prune from a script; --dry-run shows what would go")
        .into());
    }
    // The list is part of the question: shown with -q too.
    if output::ask(&format!(
        "--prune will delete:\n  {}\nDelete these integrations? [y/N] ",
        deletions.join("\n  ")
    ))? {
        Ok(())
    } else {
        output::messages::to_stderr("Nothing was changed.\n");
        Err(OmiError::silent(ExitKind::Failure).into())
    }
}

/// Prints the table (or JSON) and then the counts, and decides the exit
/// code: an interruption, the first failure, or --exit-code's 7.
fn report(
    settings: &Settings,
    options: &ApplyOptions,
    mut done: Vec<ProjectDone>,
    stopped: Option<(ExitKind, usize)>,
    sent: &SentSecrets,
) -> anyhow::Result<()> {
    done.sort_by_key(|(i, _)| *i);
    let projects_done = done.len();
    let (rows, kinds): (Vec<Row>, Vec<Option<ExitKind>>) =
        done.into_iter().flat_map(|(_, r)| r).unzip();
    let terse = settings.terminal.stdout && !options.all_rows && !settings.style.json;
    // A closed pipe (`| head`) does not change what the exit code says.
    if let Err(e) = output::emit(&output::apply::rows(&rows, settings.style, terse, sent)) {
        if e.kind() != std::io::ErrorKind::BrokenPipe {
            return Err(e.into());
        }
    }
    output::say(&output::apply::counts(&rows, settings.dry_run, terse));
    if let Some((kind, total)) = stopped {
        return Err(OmiError::new(
            kind,
            format!(
                "stopped by a signal: {projects_done} of {total} projects were finished; \
                 changes in flight may or may not have been applied. Run apply again to converge."
            ),
        )
        .into());
    }
    outcome(&kinds, settings.dry_run)?;
    let left = rows.iter().filter(|r| output::apply::left(r)).count();
    if left > 0 && !settings.dry_run {
        return Err(OmiError::new(
            ExitKind::AlertsLeft,
            format!(
                "{left} alert configuration{} left on the old key: {} a masked secret that no \
                 value of the file fits, and omi never sends a masked value back",
                if left == 1 { " is" } else { "s are" },
                if left == 1 { "it holds" } else { "each holds" }
            ),
        )
        .with_hint(
            "declare the integrations those notifications use in the file, or re-add the \
             notifications in Ops Manager",
        )
        .into());
    }
    if options.exit_code && rows.iter().any(output::apply::writes) {
        return Err(OmiError::silent(ExitKind::Changes).into());
    }
    Ok(())
}

/// The projects to work on, each once, in the order given (see
/// `commands::targets`), with a warning for each project of the file
/// that is not among them.
async fn targets(
    settings: &Settings,
    options: &ApplyOptions,
    client: &ApiClient,
    desired: &DesiredState,
) -> anyhow::Result<Vec<Project>> {
    let targets = super::targets::many(settings, client, &options.scope, "apply").await?;
    let seen: std::collections::HashSet<&String> = targets.iter().map(|p| &p.id).collect();
    for id in desired.per_project.keys() {
        if !seen.contains(id) {
            output::warn(&format!(
                "project {id} in {} is not targeted; skipped",
                options.file.display()
            ));
        }
    }
    Ok(targets)
}

fn progress_bar(settings: &Settings, steps: usize) -> ProgressBar {
    if !settings.terminal.stderr
        || steps <= PROGRESS_BAR_FROM
        || settings.style.json
        || settings.quiet
    {
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
    project: Project,
    options: &ApplyOptions,
    keep_for_alerts: bool,
    per_page: u32,
) -> ProjectPlan {
    let state = desired.for_project(&project.id);
    let mut alerts = None;
    let outcome = project_integrations(client, &project.id, per_page)
        .await
        .map(|current| {
            let changes = plan::plan(&state, &current, options.prune, options.force);
            if keep_for_alerts {
                alerts = Some((current, state.clone()));
            }
            changes
        });
    ProjectPlan {
        project,
        outcome,
        alerts,
    }
}

/// Carries out one project's changes, in table order; then, with
/// `--alerts`, carries each integration written through its alerts.
async fn execute_project(client: &ApiClient, plan: ProjectPlan, how: Option<Carry>) -> Vec<Done> {
    let project = plan.project;
    let changes = match plan.outcome {
        Ok(c) => c,
        Err(e) => return vec![failed_read(&project, e)],
    };
    let mut rows = Vec::new();
    let mut written = Vec::new();
    for change in changes {
        let result = execute_change(client, &project.id, &change).await;
        let kind = result.as_ref().err().map(|e| e.kind);
        if result.is_ok() && matches!(change.step, Step::Add | Step::Replace) {
            written.push(change.clone());
        }
        rows.push((row(&project, change, result.map_err(|e| e.message)), kind));
    }
    if let (Some(how), Some(alerts)) = (how, &plan.alerts) {
        rows.extend(carry_alerts(client, &project, &written, alerts, how, false).await);
    }
    rows
}

/// The rows of carrying `written` (changes made, or in a dry run
/// planned) through the project's alert configurations.
async fn carry_alerts(
    client: &ApiClient,
    project: &Project,
    written: &[PlannedChange],
    (current, state): &(Vec<Map<String, Value>>, ProjectState),
    how: Carry,
    dry_run: bool,
) -> Vec<Done> {
    let typed: Vec<(&'static crate::api::types::IntegrationType, &RequestBody)> = written
        .iter()
        .filter_map(|c| Some((c.ty.known()?, c.body.as_ref()?)))
        .filter(|(ty, _)| !ty.notification.is_empty())
        .collect();
    if typed.is_empty() {
        return Vec::new();
    }
    let written: Vec<Written> = typed
        .iter()
        .map(|(ty, body)| Written {
            ty,
            previous: current
                .iter()
                .find(|i| i.get("type").and_then(Value::as_str) == Some(ty.api)),
            body,
        })
        .collect();
    let declared: Vec<&RequestBody> = state
        .values()
        .filter_map(|w| match w {
            Wanted::Body(b) => Some(b),
            _ => None,
        })
        .collect();
    match carry::carry(client, &project.id, &written, how, &declared, dry_run).await {
        Ok(outcomes) => outcomes
            .into_iter()
            .map(|o| alert_row(project, o, dry_run))
            .collect(),
        Err(e) => {
            let why = format!("the alert configurations cannot be read: {}", e.message);
            vec![(failed_row(project, why), Some(e.kind))]
        }
    }
}

/// One alert configuration's row.
fn alert_row(project: &Project, o: carry::Outcome, dry_run: bool) -> Done {
    let mut types: Vec<&str> = o
        .rewrite
        .changes
        .iter()
        .map(|c| c.notification.type_name.as_str())
        .chain(o.rewrite.unverified.iter().map(|n| n.type_name.as_str()))
        .collect();
    types.dedup();
    let (action, changed, result, kind) = match o.fate {
        Fate::Rewritten => (
            "rewrite",
            carry::changed_fields(&o.rewrite),
            Ok(if dry_run { "planned" } else { "done" }),
            None,
        ),
        Fate::Left => (
            "leave",
            o.rewrite
                .missing
                .iter()
                .map(|m| format!("{} {} (masked)", carry::named(&m.notification), m.field))
                .collect(),
            Ok(if dry_run {
                "planned"
            } else {
                "left on the old key"
            }),
            None,
        ),
        Fate::Unverified => (
            "unverifiable",
            o.rewrite.unverified.iter().map(carry::named).collect(),
            Ok("ok"),
            None,
        ),
        Fate::Failed(e) => (
            "rewrite",
            carry::changed_fields(&o.rewrite),
            Err(e.message),
            Some(e.kind),
        ),
    };
    let row = Row {
        project: project.id.clone(),
        project_name: project.name.clone(),
        ty: Some(types.join("+")),
        alert_config: Some(o.rewrite.config_id.clone()),
        action: Some(action),
        changed,
        from_to: vec![],
        result,
    };
    (row, kind)
}

async fn execute_change(
    client: &ApiClient,
    project: &str,
    change: &PlannedChange,
) -> Result<&'static str, OmiError> {
    let path = format!("/groups/{project}/integrations/{}", change.ty.api());
    let url = client.url(&path, &Query::default());
    match change.step {
        Step::Unchanged | Step::Unverifiable | Step::NeedsValue => Ok("ok"),
        Step::Add | Step::Replace => {
            let body = change.body.as_ref().map(|b| b.to_wire());
            client.send(Method::PUT, &url, body.as_ref()).await?;
            Ok("done")
        }
        Step::Delete => match client.send(Method::DELETE, &url, None).await {
            Ok(_) => Ok("done"),
            // Already gone is what was wanted. Servers name a missing
            // integration differently (INTEGRATION_NOT_CONFIGURED,
            // RESOURCE_NOT_FOUND): any 404 but an unknown project's is it.
            Err(e)
                if api_failure_of(&e).is_some_and(|f| {
                    f.status == 404 && f.error_code.as_deref() != Some("GROUP_NOT_FOUND")
                }) =>
            {
                Ok("done")
            }
            Err(e) => Err(e.into()),
        },
    }
}

fn row(project: &Project, change: PlannedChange, result: Result<&'static str, String>) -> Row {
    Row {
        project: project.id.clone(),
        project_name: project.name.clone(),
        ty: Some(change.ty.api().to_string()),
        alert_config: None,
        action: Some(change.step.word()),
        changed: change.changed,
        from_to: change
            .from_to
            .into_iter()
            .map(|c| (c.field, c.from, c.to))
            .collect(),
        result,
    }
}

fn failed_read(project: &Project, e: OmiError) -> Done {
    (failed_row(project, e.message), Some(e.kind))
}

/// A project's row when it failed before anything was planned for it.
fn failed_row(project: &Project, why: String) -> Row {
    Row {
        project: project.id.clone(),
        project_name: project.name.clone(),
        ty: None,
        alert_config: None,
        action: None,
        changed: vec![],
        from_to: vec![],
        result: Err(why),
    }
}

/// A dry run's rows: the plan, and with `--alerts` the alert
/// configurations the planned writes would rewrite (read, not written).
async fn plan_rows(client: &ApiClient, p: ProjectPlan, how: Option<Carry>) -> Vec<Done> {
    let changes = match p.outcome {
        Ok(changes) => changes,
        Err(e) => return vec![failed_read(&p.project, e)],
    };
    let writes: Vec<PlannedChange> = changes
        .iter()
        .filter(|c| matches!(c.step, Step::Add | Step::Replace))
        .cloned()
        .collect();
    let mut rows: Vec<Done> = changes
        .into_iter()
        .map(|c| (row(&p.project, c, Ok("planned")), None))
        .collect();
    if let (Some(how), Some(alerts)) = (how, &p.alerts) {
        rows.extend(carry_alerts(client, &p.project, &writes, alerts, how, true).await);
    }
    rows
}

/// Fails, with the exit code of the first failure, if any row failed.
fn outcome(kinds: &[Option<ExitKind>], dry_run: bool) -> anyhow::Result<()> {
    let failures: Vec<ExitKind> = kinds.iter().flatten().copied().collect();
    let Some(first) = failures.first() else {
        return Ok(());
    };
    let rest = if dry_run {
        "the rest were planned; nothing was written"
    } else {
        "the rest were applied. Run apply again to converge"
    };
    Err(OmiError::new(
        *first,
        format!(
            "{} of {} items failed; {rest}.",
            failures.len(),
            kinds.len()
        ),
    )
    .into())
}
