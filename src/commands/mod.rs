//! The one dispatch: each resolved [`Command`] to the module that carries
//! it out. Commands receive the resolved `Settings` and use `client` for
//! HTTP and `output` for everything shown.

pub mod apply;
mod config;
mod integration;

use crate::client::ApiClient;
use crate::errors::OmiError;
use crate::output;
use crate::settings::config_file::ConfigFile;
use crate::settings::{Command, Settings};

pub fn run(settings: Settings, config: Option<ConfigFile>) -> anyhow::Result<()> {
    match &settings.command {
        Command::ConfigSet { key, value } => config::set(&settings, config, *key, value),
        Command::ConfigShow { effective: false } => config::show(&settings, config),
        Command::ConfigShow { effective: true } => config::effective(&settings),
        Command::ConfigPath => config::path(&settings),
        Command::ConfigProfiles => config::profiles(&settings),
        Command::Completions(shell) => Ok(output::emit(&output::docs::completion_script(*shell))?),
        Command::Man => Ok(output::emit(&output::docs::man_page())?),
        Command::Apply(options) => runtime()?.block_on(apply::run(&settings, options)),
        Command::Write { .. } | Command::Get { .. } | Command::Delete { .. } | Command::List => {
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

fn client(settings: &Settings) -> Result<ApiClient, OmiError> {
    Ok(ApiClient::new(settings.client_options()?)?)
}
