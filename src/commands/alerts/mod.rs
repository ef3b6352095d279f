//! `omi alerts`: the targeted projects' (and with `--global` the global)
//! alert notifications that copy an integration, each judged against its
//! project's integration of that type ([`crate::api::alerts::judge`]).
//! Two reads per project, its integrations and its alert configurations
//! (every page), a few projects at a time; rows are shown in the order of
//! the projects, a JSON row as soon as its project is read. One project's
//! failure does not stop the others. `test` asks the server to send a test
//! of each selected notification; `carry` rewrites notifications after an
//! integration is written (`update --alerts`, `apply --alerts`).

pub(crate) mod carry;
mod test;

use super::{client, project_integrations, targets, ApiClient};
use crate::api::alerts::{self, AlertConfig, State};
use crate::api::projects::Project;
use crate::cli::resolve::AlertsOptions;
use crate::cli::{Needs, Settings};
use crate::errors::{ExitKind, OmiError};
use crate::output::{self, alerts::Line, alerts::Owner, alerts::Row};
use futures_util::stream::{self, StreamExt};
use serde_json::{Map, Value};
use std::io::Write;
use std::rc::Rc;

/// Alert configurations per page: the API's maximum, unless
/// `--items-per-page` says otherwise.
const PAGE: u32 = 500;

pub async fn run(settings: &Settings, options: &AlertsOptions) -> anyhow::Result<()> {
    settings.connection.require(Needs::URL | Needs::KEYS)?;
    if settings.query.page_num.is_some() {
        return Err(OmiError::usage(
            "--page-num: omi alerts reads every page; leave it out (--items-per-page sets the page size)",
        )
        .into());
    }
    let mut client = client(settings)?;
    client.limit_in_flight(options.concurrency);
    let projects = projects(settings, &client, options).await?;
    let page = settings.query.items_per_page.unwrap_or(PAGE);
    let reader = Reader {
        client: &client,
        options,
        page,
    };
    match &options.test {
        Some(ids) => test::run(settings, &reader, projects, ids).await,
        None => list(settings, &reader, projects).await,
    }
}

/// The projects: those targeted, or none when only `--global` is asked
/// for and no project is named anywhere.
async fn projects(
    settings: &Settings,
    client: &ApiClient,
    options: &AlertsOptions,
) -> Result<Vec<Project>, OmiError> {
    let c = &settings.connection;
    let none_named = !options.scope.is_listed()
        && c.project_ids().is_empty()
        && c.project_names().is_empty()
        && c.problems().project_id.is_none();
    if options.global && none_named {
        return Ok(Vec::new());
    }
    targets::many(settings, client, &options.scope, "alerts").await
}

/// What reading a project's notifications needs.
pub(super) struct Reader<'a> {
    pub(super) client: &'a ApiClient,
    pub(super) options: &'a AlertsOptions,
    pub(super) page: u32,
}

/// A project's (or the global) lines, and the exit kind of its failure.
pub(super) type Read = (Vec<Line>, Option<ExitKind>);

impl Reader<'_> {
    /// Every targeted project's lines, in order, then the global ones.
    pub(super) fn all(
        &self,
        projects: Vec<Project>,
    ) -> impl futures_util::Stream<Item = Read> + '_ {
        let global = self.options.global;
        stream::iter(projects)
            .map(move |p| self.project(Rc::new(p)))
            .buffered(self.options.concurrency)
            .chain(stream::iter(global.then_some(())).then(move |()| self.global()))
    }

    async fn project(&self, project: Rc<Project>) -> Read {
        let path = format!("/groups/{}/alertConfigs", project.id);
        let (configs, integrations) = tokio::join!(
            carry::configs(self.client, &path, self.page),
            project_integrations(self.client, &project.id, self.page)
        );
        let owner = Owner::Project(project);
        match (configs, integrations) {
            (Ok(configs), Ok(integrations)) => {
                (self.lines(&owner, &configs, Some(&integrations)), None)
            }
            (Err(e), _) | (_, Err(e)) => (
                vec![Line::Failed {
                    owner,
                    error: e.message,
                }],
                Some(e.kind),
            ),
        }
    }

    async fn global(&self) -> Read {
        match carry::configs(self.client, "/globalAlertConfigs", self.page).await {
            Ok(configs) => (self.lines(&Owner::Global, &configs, None), None),
            Err(e) => (
                vec![Line::Failed {
                    owner: Owner::Global,
                    error: e.message,
                }],
                Some(e.kind),
            ),
        }
    }

    /// A line per third-party notification that `--type` and `--stale`
    /// keep. A global configuration belongs to no project: it has no
    /// integration to compare with.
    fn lines(
        &self,
        owner: &Owner,
        configs: &[AlertConfig],
        integrations: Option<&Vec<Map<String, Value>>>,
    ) -> Vec<Line> {
        let o = self.options;
        let mut out = Vec::new();
        for config in configs {
            for n in config.notifications() {
                if o.ty.as_ref().is_some_and(|t| t.api() != n.type_name) {
                    continue;
                }
                let integration = integrations.and_then(|list| {
                    list.iter()
                        .find(|i| i.get("type").and_then(Value::as_str) == Some(n.type_name))
                });
                // A project's read integrations, or (global) none at all.
                let Some(judgement) = alerts::judge(&n, integration) else {
                    continue;
                };
                if o.stale && judgement.state != State::Stale {
                    continue;
                }
                out.push(Line::Row(Row {
                    owner: owner.clone(),
                    config_id: config.id.clone(),
                    event_type: config.event_type.clone(),
                    enabled: config.enabled,
                    notification_id: n.id.map(str::to_string),
                    notification_type: n.type_name.to_string(),
                    judgement,
                }));
            }
        }
        out
    }
}

/// `omi alerts`: the rows (JSON as each project is read; a table at the
/// end), the count line, and the exit code: the first failure's, else 7
/// with `--exit-code` when a notification is stale.
async fn list(
    settings: &Settings,
    reader: &Reader<'_>,
    projects: Vec<Project>,
) -> anyhow::Result<()> {
    let sent = reader.client.sent();
    let mut first_failure = None;
    let mut stale = false;
    let mut kept = Vec::new();
    let mut json = settings
        .style
        .json
        .then(|| output::alerts::JsonArray::new(std::io::BufWriter::new(std::io::stdout().lock())));
    let mut reads = std::pin::pin!(reader.all(projects));
    while let Some((lines, failure)) = reads.next().await {
        if let Some(kind) = failure {
            first_failure.get_or_insert(kind);
        }
        stale |= lines.iter().any(output::alerts::is_stale);
        match &mut json {
            Some(array) => {
                for line in &lines {
                    array.push(&output::alerts::json_row(line, sent))?;
                }
            }
            None => kept.extend(lines),
        }
    }
    match json {
        Some(array) => array.finish()?,
        None if kept.is_empty() => output::say("No notification matches."),
        None => {
            let table = output::alerts::table(&kept, settings.style, sent);
            let mut out = std::io::stdout().lock();
            out.write_all(table.as_bytes())?;
            out.flush()?;
            output::say(&output::alerts::counts(&kept));
        }
    }
    if let Some(kind) = first_failure {
        return Err(OmiError::new(
            kind,
            "some alert configurations could not be read; their rows say why",
        )
        .into());
    }
    if reader.options.exit_code && stale {
        return Err(OmiError::silent(ExitKind::Changes).into());
    }
    Ok(())
}
