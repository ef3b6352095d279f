//! `omi apply`: converge projects to a declared state.

use crate::errors::OmiError;
use crate::settings::Settings;

pub async fn run(_settings: &Settings) -> anyhow::Result<()> {
    Err(OmiError::usage("apply is not available yet").into())
}
