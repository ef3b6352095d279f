//! Carrying an integration's rotation through its alert notifications:
//! after `update --alerts` or `apply --alerts` writes an integration, each
//! alert configuration of the project whose notifications of that type
//! are to follow it ([`crate::api::alerts::rewrite`]) is written back
//! whole (PUT: the API has no partial update but `enabled`), or left as
//! it is when a masked secret in it cannot be supplied. Also the count
//! `update` ends with when it does not carry: how many configurations
//! still hold another key.

use super::super::{ApiClient, Query};
use crate::api::alerts::{self, AlertConfig, Carry, Rewrite, Written};
use crate::api::body::RequestBody;
use crate::api::response::{self, Unreadable};
use crate::errors::OmiError;
use reqwest::Method;

/// Every alert configuration at `path` (a project's or the global
/// list), read page by page.
pub(crate) async fn configs(
    client: &ApiClient,
    path: &str,
    page: u32,
) -> Result<Vec<AlertConfig>, OmiError> {
    let items = client.all_pages(path, page, "id").await?;
    items
        .into_iter()
        .map(alerts::config_of)
        .collect::<Result<Vec<_>, Unreadable>>()
        .map_err(OmiError::from)
}

/// What became of one configuration.
#[derive(Debug)]
pub(crate) enum Fate {
    /// Written (or in a dry run, would be).
    Rewritten,
    /// Not written: a masked secret in it could not be supplied.
    Left,
    /// Nothing changes, but notifications of a written type could not be
    /// compared with the previous key (`Carry::Matching`).
    Unverified,
    /// The PUT failed.
    Failed(OmiError),
}

/// One configuration the carry touched, and what became of it.
#[derive(Debug)]
pub(crate) struct Outcome {
    pub rewrite: Rewrite,
    pub fate: Fate,
}

/// Reads `project`'s alert configurations and carries `written` through
/// each; in a dry run nothing is written. `declared` holds the run's
/// bodies for this project, which may supply the secrets of other
/// notifications. The configurations nothing happens to are left out.
pub(crate) async fn carry(
    client: &ApiClient,
    project: &str,
    written: &[Written<'_>],
    how: Carry,
    declared: &[&RequestBody],
    dry_run: bool,
) -> Result<Vec<Outcome>, OmiError> {
    let path = format!("/groups/{project}/alertConfigs");
    let configs = configs(client, &path, super::PAGE).await?;
    let mut out = Vec::new();
    for config in &configs {
        let rewrite = alerts::rewrite(config, written, how, declared);
        let fate = if rewrite.left() {
            Fate::Left
        } else if !rewrite.needed() {
            if rewrite.unverified.is_empty() {
                continue;
            }
            Fate::Unverified
        } else if dry_run {
            Fate::Rewritten
        } else {
            match put(client, &path, &rewrite).await {
                Ok(()) => Fate::Rewritten,
                Err(e) => Fate::Failed(e),
            }
        };
        out.push(Outcome { rewrite, fate });
    }
    Ok(out)
}

/// The PUT of a rewritten configuration; its answer must be that
/// configuration.
async fn put(client: &ApiClient, path: &str, rewrite: &Rewrite) -> Result<(), OmiError> {
    let url = client.url(&format!("{path}/{}", rewrite.config_id), &Query::default());
    let response = client.send(Method::PUT, &url, rewrite.wire()).await?;
    let answered = response::objects_of(&response.body, "id")?
        .into_iter()
        .next()
        .map(alerts::config_of)
        .transpose()?;
    match answered {
        Some(c) if c.id == rewrite.config_id => Ok(()),
        _ => Err(Unreadable(format!(
            "the answer to the PUT of alert configuration {} is not that configuration",
            rewrite.config_id
        ))
        .into()),
    }
}

/// How many of `project`'s alert configurations hold a notification of
/// `body`'s type with another key than `body`'s, and how many more one
/// whose mask shows too little to tell.
pub(crate) async fn holding_another_key(
    client: &ApiClient,
    project: &str,
    body: &RequestBody,
) -> Result<(usize, usize), OmiError> {
    let path = format!("/groups/{project}/alertConfigs");
    let configs = configs(client, &path, super::PAGE).await?;
    Ok(alerts::holding_another_key(&configs, body.ty(), body))
}

/// A notification as a line names it: `PAGER_DUTY notification 5e22…`
/// (or its place, when the server gave it no id).
pub(crate) fn named(n: &alerts::NotificationRef) -> String {
    match &n.id {
        Some(id) => format!("{} notification {id}", n.type_name),
        None => format!("{} notification #{}", n.type_name, n.index + 1),
    }
}

/// What an outcome changes, for a line or a row: `PAGER_DUTY serviceKey`.
pub(crate) fn changed_fields(rewrite: &Rewrite) -> Vec<String> {
    let mut out: Vec<String> = rewrite
        .changes
        .iter()
        .map(|c| format!("{} {}", c.notification.type_name, c.field))
        .collect();
    out.dedup();
    out
}

/// Why a configuration was left: each masked field no declared value fits.
pub(crate) fn missing_fields(rewrite: &Rewrite) -> String {
    rewrite
        .missing
        .iter()
        .map(|m| format!("{} {}", named(&m.notification), m.field))
        .collect::<Vec<_>>()
        .join(", ")
}
