//! `omi config set|unset|show|path`, and the hidden `config profiles`.

use crate::api::secrecy::Secrecy;
use crate::cli::raw::ConfigKey;
use crate::cli::resolve::config_file::{ConfigFile, Stored};
use crate::cli::resolve::connection::{shown_base_url, Origin};
use crate::cli::Settings;
use crate::errors::OmiError;
use crate::input::secret::Secret;
use crate::output;
use std::path::PathBuf;

fn no_dir() -> OmiError {
    OmiError::usage("cannot find a config dir for this user (is HOME set?)")
}

fn config_path(settings: &Settings) -> Result<PathBuf, OmiError> {
    settings.config_path.clone().ok_or_else(no_dir)
}

pub fn path(settings: &Settings) -> anyhow::Result<()> {
    let path = config_path(settings)?;
    Ok(output::emit(&format!("{}\n", path.display()))?)
}

/// The profile names, one per line, for shell completion of `--profile`.
/// No config file (or no config dir) prints nothing: there is nothing to
/// offer, and a completion must not fail. A name with a character never
/// shown raw (a control or invisible one; a quoted TOML key may hold any)
/// is left out: a terminal or a shell would take it for something else.
pub fn profiles(settings: &Settings) -> anyhow::Result<()> {
    let Some(path) = &settings.config_path else {
        return Ok(());
    };
    let config = ConfigFile::load(path)?;
    let names: String = config
        .profile_names()
        .filter(|n| !n.chars().any(crate::untrusted::terminal::needs_escape))
        .map(|n| format!("{n}\n"))
        .collect();
    Ok(output::emit(&names)?)
}

pub fn set(
    settings: &Settings,
    config: Option<ConfigFile>,
    key: ConfigKey,
    value: &Secret,
) -> anyhow::Result<()> {
    let path = config_path(settings)?;
    // `config` was loaded before: a file that does not parse has already
    // stopped us, so it is never overwritten.
    let config = config.ok_or_else(no_dir)?;
    config.set_locked(&settings.profile, key, value.expose())?;
    output::say(&format!(
        "Set {} in profile '{}' of {}.",
        key.name(),
        settings.profile,
        path.display()
    ));
    Ok(())
}

/// Removes a key from the profile; a key that is not there changes
/// nothing, and says so (a script may unset what may not be set).
pub fn unset(
    settings: &Settings,
    config: Option<ConfigFile>,
    key: ConfigKey,
) -> anyhow::Result<()> {
    let path = config_path(settings)?;
    let config = config.ok_or_else(no_dir)?;
    let removed = config.unset_locked(&settings.profile, key)?;
    let profile = &settings.profile;
    output::say(&match removed {
        true => format!(
            "Removed {} from profile '{profile}' of {}.",
            key.name(),
            path.display()
        ),
        false => format!(
            "{} is not set in profile '{profile}' of {}; nothing changed.",
            key.name(),
            path.display()
        ),
    });
    Ok(())
}

/// The profile's keys: the private key masked (the public key is no
/// secret: it is the digest user name, sent in clear in every request).
pub fn show(settings: &Settings, config: Option<ConfigFile>) -> anyhow::Result<()> {
    let path = config_path(settings)?;
    let config = config.ok_or_else(no_dir)?;
    let p = config.profile(&settings.profile);
    let masked =
        |k: Option<Stored<Secret>>, how: Secrecy| k.map(|k| k.map(|k| how.mask(k.expose())));
    let shown = [
        (
            "base_url",
            p.base_url.map(|u| u.map(|u| shown_base_url(&u))),
        ),
        (
            "public_key",
            p.public_key.map(|k| k.map(|k| k.expose().to_string())),
        ),
        ("private_key", masked(p.private_key, Secrecy::Full)),
        ("project_id", p.project_id),
        ("max_rate", p.max_rate),
    ]
    .map(|(key, value)| (key, value.map(shown_or_warn)));
    Ok(output::emit(&output::config::profile(
        &path,
        &settings.profile,
        &shown,
        settings.style.json,
    ))?)
}

/// A stored value as `config show` shows it; one that cannot be used is
/// shown as such, and what is wrong with it (and the fix) is said on
/// stderr, so the profile can be read in order to be fixed.
fn shown_or_warn(value: Stored<String>) -> String {
    value.unwrap_or_else(|e| {
        let fix = e.hint.map(|h| format!("; {h}")).unwrap_or_default();
        output::warn(&format!("{}{fix}", e.message));
        "(cannot be used)".to_string()
    })
}

/// The connection settings a command would use, each with its origin.
pub fn effective(settings: &Settings) -> anyhow::Result<()> {
    let c = &settings.connection;
    // It reads every setting: one found but unusable is its error.
    if let Some((_, problem)) = c.problems().all().next() {
        return Err(problem.clone().into());
    }
    let o = c.origins();
    let path = settings
        .config_path
        .as_ref()
        .map_or("the config file".to_string(), |p| p.display().to_string());
    let from = |origin: Option<Origin>| -> String {
        match origin {
            Some(Origin::Flag(f)) => f.to_string(),
            Some(Origin::Env(v)) => v.to_string(),
            Some(Origin::Profile) => format!("profile '{}' in {path}", c.profile()),
            Some(Origin::Default) => "default".to_string(),
            None => "not set".to_string(),
        }
    };
    let project_ids = c.project_ids().join(", ");
    let shown = [
        ("profile", Some(c.profile().to_string()), from(o.profile)),
        (
            "base_url",
            c.base_url_raw().map(shown_base_url),
            from(o.base_url),
        ),
        (
            "public_key",
            c.public_key_opt().map(|k| k.expose().to_string()),
            from(o.public_key),
        ),
        (
            "private_key",
            c.has_private_key().then(|| Secrecy::Full.mask("")),
            from(o.private_key),
        ),
        (
            "project_id",
            (!project_ids.is_empty()).then_some(project_ids),
            from(o.project_id),
        ),
    ];
    Ok(output::emit(&output::config::effective(
        &shown,
        settings.style.json,
    ))?)
}
