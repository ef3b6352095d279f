//! One module per command family. Each receives the resolved `Settings`.

pub mod apply;
mod config;
mod docs;
mod integration;

use crate::cli::RawCommand;
use crate::client::ApiClient;
use crate::errors;
use crate::settings::config_file::ConfigFile;
use crate::settings::{Action, Settings};
use std::io::Write;

use docs::{completion_script, man_page};

pub fn run(settings: Settings, config: Option<ConfigFile>) -> anyhow::Result<()> {
    match &settings.action {
        Action::ConfigSet { .. }
        | Action::Other(RawCommand::ConfigShow | RawCommand::ConfigPath) => {
            config::run(&settings, config)
        }
        Action::Other(RawCommand::Completions { shell }) => emit(&completion_script(*shell)),
        Action::Other(RawCommand::Man) => emit(&man_page()),
        Action::Other(RawCommand::Apply { .. }) => runtime()?.block_on(apply::run(&settings)),
        _ => runtime()?.block_on(integration::run(&settings)),
    }
}

/// A single-threaded runtime: one command's requests, or apply's
/// concurrent projects, are I/O-bound, and starting one thread is cheaper.
fn runtime() -> anyhow::Result<tokio::runtime::Runtime> {
    Ok(tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()?)
}

fn client(settings: &Settings) -> anyhow::Result<ApiClient> {
    Ok(ApiClient::new(settings.client_options()?).map_err(errors::from_client)?)
}

/// Writes the result to stdout; everything else goes to stderr.
pub(crate) fn emit(text: &str) -> anyhow::Result<()> {
    let mut out = std::io::stdout().lock();
    out.write_all(text.as_bytes())?;
    out.flush()?;
    Ok(())
}
