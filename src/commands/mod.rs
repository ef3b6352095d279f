//! The one dispatch: each resolved [`Command`] to the module that carries
//! it out (`integration`: create, update, get, delete and list; `apply`;
//! `alerts` and `alerts test`; `export`; `projects`; `schema`; `config`),
//! with `targets` resolving which projects. Commands receive the resolved `Settings` and use
//! `client` for HTTP and `output` for everything shown.

mod alerts;
pub mod apply;
mod config;
mod export;
mod integration;
mod projects;
mod schema;
mod targets;

use crate::api::projects::Project;
use crate::cli;
// The transport, as the commands use it (one import for them all).
pub(crate) use super::client::{api_failure_of, ApiClient, ApiResponse, ClientError, Query};
use crate::cli::resolve::config_file::ConfigFile;
use crate::cli::{Command, Settings};
use crate::errors::OmiError;
use crate::output;
use futures_util::stream::{self, StreamExt};
use serde_json::{Map, Value};

pub fn run(settings: Settings, config: Option<ConfigFile>) -> anyhow::Result<()> {
    match &settings.command {
        Command::ConfigSet { key, value } => config::set(&settings, config, *key, value),
        Command::ConfigUnset { key } => config::unset(&settings, config, *key),
        Command::ConfigShow { effective: false } => config::show(&settings, config),
        Command::ConfigShow { effective: true } => config::effective(&settings),
        Command::ConfigPath => config::path(&settings),
        Command::ConfigProfiles => config::profiles(&settings),
        Command::Completions(shell) => Ok(output::emit(&cli::docs::completion_script(*shell))?),
        Command::Man => Ok(output::emit(&cli::docs::man_page())?),
        Command::Apply(options) => runtime()?.block_on(apply::run(&settings, options)),
        Command::Alerts(options) => runtime()?.block_on(alerts::run(&settings, options)),
        Command::Projects { org_id } => {
            runtime()?.block_on(projects::run(&settings, org_id.as_deref()))
        }
        Command::Export(options) => runtime()?.block_on(export::run(&settings, options)),
        Command::Schema => schema::run(),
        Command::Write { .. } | Command::Get { .. } | Command::Delete { .. } | Command::List(_) => {
            runtime()?.block_on(integration::run(&settings))
        }
    }
}

/// A single-threaded runtime: one command's requests, or apply's
/// concurrent projects, are I/O-bound, and starting one thread is cheaper.
fn runtime() -> anyhow::Result<tokio::runtime::Runtime> {
    Ok(tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()?)
}

/// The client for the settings' connection. With `-v`, each exchange is
/// logged on stderr; long waits always are.
fn client(settings: &Settings) -> Result<ApiClient, OmiError> {
    let log = std::sync::Arc::new(output::exchange_log::ExchangeLog {
        verbose: settings.http.verbose,
        rate: settings.http.max_rate_source.clone(),
    });
    Ok(ApiClient::new(settings.client_options(log)?)?)
}

/// Items per page when a list is read whole (every project, a project's
/// integrations): the API's maximum, unless `--items-per-page` says
/// otherwise.
pub(crate) fn page_size(settings: &Settings) -> u32 {
    settings.query.items_per_page.unwrap_or(MAX_PAGE_SIZE)
}

/// The most items a page may hold (`itemsPerPage` ≤ 500).
const MAX_PAGE_SIZE: u32 = 500;

/// One project's integrations, as the server returned them: every page,
/// each type once (see `client::pages`).
pub(crate) async fn project_integrations(
    client: &ApiClient,
    project: &str,
    per_page: u32,
) -> Result<Vec<Map<String, Value>>, OmiError> {
    let path = format!("/groups/{project}/integrations");
    Ok(client.all_pages(&path, per_page, "type").await?)
}

/// Projects whose integrations are read at once.
const READ_CONCURRENCY: usize = 8;

/// Each project's integrations (`GET /groups/{ID}/integrations`), read a
/// few at a time, in the order given; one project's failure does not
/// stop the others.
async fn read_integrations(
    client: &ApiClient,
    projects: Vec<Project>,
    per_page: u32,
) -> Vec<(Project, Result<Vec<Map<String, Value>>, OmiError>)> {
    stream::iter(projects)
        .map(|project| async move {
            let result = project_integrations(client, &project.id, per_page).await;
            (project, result)
        })
        .buffered(READ_CONCURRENCY)
        .collect()
        .await
}
