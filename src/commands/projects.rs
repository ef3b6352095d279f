//! `omi projects`: the projects the key can see, or one organization's.

use super::{client, targets};
use crate::cli::{Needs, Settings};
use crate::output;

pub async fn run(settings: &Settings, org_id: Option<&str>) -> anyhow::Result<()> {
    settings.connection.require(Needs::URL | Needs::KEYS)?;
    let client = client(settings)?;
    let projects = targets::listed_for(settings, &client, org_id).await?;
    if projects.is_empty() && !settings.style.json {
        output::say("The key sees no projects.");
        return Ok(());
    }
    Ok(output::emit(&output::fleet::projects(
        &projects,
        settings.style,
        client.sent(),
    ))?)
}
