//! The raw arguments: the command line exactly as typed, in plain types,
//! before anything is read from the environment or the config file
//! (ripgrep's low-level arguments). `parse` fills them from clap's
//! matches; `resolve` turns them into `Settings`. Here too are the value
//! parsers the definition (`defs`) hands clap, and the names a command
//! line may give (`WriteMethod`, `ConfigKey`). Imports nothing of `cli`.

use crate::api::alerts::Carry;
use crate::api::body::FieldValue;
use crate::api::types::{Field, IntegrationType, TypeName, TYPES};
use crate::input::secret::Secret;
use clap::builder::{PossibleValue, ValueParser};
use clap::{Arg, Command};
use std::path::PathBuf;

/// Options that apply to every command, exactly as typed.
#[derive(Debug, Default, Clone)]
pub struct RawGlobals {
    pub base_url: Option<String>,
    pub public_key: Option<Secret>,
    /// As typed: a value, `-` (stdin) or `@PATH`. Resolved in `settings`.
    pub private_key: Option<Secret>,
    pub project_ids: Vec<String>,
    /// `--project NAME`, resolved to ids by the command.
    pub project_names: Vec<String>,
    pub profile: Option<String>,
    pub json: bool,
    pub page_num: Option<u32>,
    pub items_per_page: Option<u32>,
    pub pretty: bool,
    pub envelope: bool,
    pub dry_run: bool,
    pub verbose: u8,
    /// `-q/--quiet`.
    pub quiet: bool,
    pub timeout: Option<f64>,
    pub retries: Option<u32>,
    pub max_wait: Option<f64>,
    pub max_rate: Option<f64>,
    pub no_cache: bool,
    pub ca_cert: Option<PathBuf>,
    pub insecure: bool,
}

/// A command, with its own arguments exactly as typed.
#[derive(Debug, Clone)]
pub enum RawCommand {
    Write {
        method: WriteMethod,
        ty: &'static IntegrationType,
        /// Field values as typed: secrets (which may be `-` or `@PATH`)
        /// as [`FieldValue::Secret`] from the moment clap parses them.
        values: Vec<(&'static Field, FieldValue)>,
        /// `--field NAME=VALUE`: fields the table does not know.
        raw: Vec<(String, serde_json::Value)>,
        /// `update --alerts[=WHICH]`.
        alerts: Option<Carry>,
    },
    Get {
        ty: TypeName,
    },
    Delete {
        ty: TypeName,
        yes: bool,
    },
    List {
        all_projects: bool,
        org_ids: Vec<String>,
        missing: Option<&'static IntegrationType>,
        has: Option<&'static IntegrationType>,
    },
    Apply {
        file: PathBuf,
        all_projects: bool,
        org_ids: Vec<String>,
        prune: bool,
        force: bool,
        yes: bool,
        exit_code: bool,
        all_rows: bool,
        concurrency: usize,
        /// `--alerts[=WHICH]`.
        alerts: Option<Carry>,
    },
    /// `alerts`, or with `test` set `alerts test`.
    Alerts {
        all_projects: bool,
        org_ids: Vec<String>,
        global: bool,
        ty: Option<TypeName>,
        stale: bool,
        exit_code: bool,
        concurrency: usize,
        /// `alerts test`, with its `--alert-config` ids as typed.
        test: Option<Vec<String>>,
    },
    Projects {
        org_id: Option<String>,
    },
    Export {
        all_projects: bool,
        org_ids: Vec<String>,
        toml: bool,
        output: Option<PathBuf>,
        /// `--share TYPE.FIELD[=NAME]`, as given.
        shares: Vec<String>,
        env_file: Option<PathBuf>,
    },
    Schema,
    ConfigSet {
        key: ConfigKey,
        value: Secret,
    },
    ConfigUnset {
        key: ConfigKey,
    },
    ConfigShow {
        effective: bool,
    },
    ConfigPath,
    /// `config profiles` (hidden): the profile names, for completion.
    ConfigProfiles,
    Completions {
        shell: clap_complete::Shell,
    },
    Man,
}

impl RawCommand {
    /// Whether the command reads the config file (so a broken file does
    /// not stop `omi completions` or `omi config path`).
    pub fn reads_config(&self) -> bool {
        !matches!(
            self,
            RawCommand::Completions { .. }
                | RawCommand::Man
                | RawCommand::ConfigPath
                | RawCommand::ConfigProfiles
                | RawCommand::Schema
        )
    }
}

impl RawCommand {
    /// Whether the command uses the profile's settings. `config set`,
    /// `unset` and `show` do not: they must work on a profile holding a
    /// value that cannot be used, so that it can be seen and fixed.
    pub fn uses_profile_settings(&self) -> bool {
        self.reads_config()
            && !matches!(
                self,
                RawCommand::ConfigSet { .. }
                    | RawCommand::ConfigUnset { .. }
                    | RawCommand::ConfigShow { effective: false }
            )
    }
}

#[derive(Debug, Clone)]
pub struct RawArgs {
    pub globals: RawGlobals,
    pub command: RawCommand,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WriteMethod {
    /// POST: fails with 409 when the type exists.
    Create,
    /// PUT: create or replace.
    Update,
}

impl WriteMethod {
    pub fn verb(self) -> &'static str {
        match self {
            WriteMethod::Create => "create",
            WriteMethod::Update => "update",
        }
    }
}

/// The keys a profile holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ConfigKey {
    BaseUrl,
    PublicKey,
    PrivateKey,
    ProjectId,
    /// Requests per second, as `--max-rate`.
    MaxRate,
    /// `true` or `false`, as `-q/--quiet` for every command of the profile.
    Quiet,
}

impl ConfigKey {
    pub const ALL: [ConfigKey; 6] = [
        ConfigKey::BaseUrl,
        ConfigKey::PublicKey,
        ConfigKey::PrivateKey,
        ConfigKey::ProjectId,
        ConfigKey::MaxRate,
        ConfigKey::Quiet,
    ];

    pub fn name(self) -> &'static str {
        match self {
            ConfigKey::BaseUrl => "base_url",
            ConfigKey::PublicKey => "public_key",
            ConfigKey::PrivateKey => "private_key",
            ConfigKey::ProjectId => "project_id",
            ConfigKey::MaxRate => "max_rate",
            ConfigKey::Quiet => "quiet",
        }
    }

    pub fn from_name(name: &str) -> Option<ConfigKey> {
        ConfigKey::ALL.into_iter().find(|k| k.name() == name)
    }
}

/// Secret flags are parsed straight into [`Secret`]: the value never
/// exists as a plain `String` in the parsed arguments.
pub(crate) fn secret_parser() -> ValueParser {
    ValueParser::new(|s: &str| -> Result<Secret, std::convert::Infallible> { Ok(Secret::new(s)) })
}

pub(crate) fn parse_max_rate(s: &str) -> Result<f64, String> {
    match s.parse::<f64>() {
        Ok(v) if (0.01..=100_000.0).contains(&v) => Ok(v),
        _ => Err("expected requests per second from 0.01 to 100000, e.g. 100".to_string()),
    }
}

/// `true` or `false` (any case), as the config file's `quiet`.
pub(crate) fn parse_switch(s: &str) -> Result<bool, String> {
    match s.to_ascii_lowercase().as_str() {
        "true" => Ok(true),
        "false" => Ok(false),
        _ => Err("expected true or false".to_string()),
    }
}

pub(crate) fn parse_max_wait(s: &str) -> Result<f64, String> {
    match s.parse::<f64>() {
        Ok(v) if (0.0..=86_400.0).contains(&v) => Ok(v),
        _ => Err("expected a number of seconds from 0 to 86400, e.g. 60".to_string()),
    }
}

pub(crate) fn parse_timeout(s: &str) -> Result<f64, String> {
    match s.parse::<f64>() {
        Ok(v) if v > 0.0 && v <= 86_400.0 => Ok(v),
        _ => Err("expected a number of seconds greater than 0, e.g. 30 or 2.5".to_string()),
    }
}

/// The `TYPE` of get and delete: the table's names in either spelling and
/// any case, or any API-style name (`FLOWDOCK`) for types omi has no table
/// for. Completion offers the table's names.
#[derive(Clone)]
pub(crate) struct TypeNameParser;

impl clap::builder::TypedValueParser for TypeNameParser {
    type Value = TypeName;

    fn parse_ref(
        &self,
        _cmd: &Command,
        _arg: Option<&Arg>,
        value: &std::ffi::OsStr,
    ) -> Result<TypeName, clap::Error> {
        let name = value.to_string_lossy();
        TypeName::parse(&name).ok_or_else(|| {
            clap::Error::raw(
                clap::error::ErrorKind::InvalidValue,
                format!(
                    "'{}' is not an integration type: use one of {} (or their API names, e.g. PAGER_DUTY)\n",
                    name.chars().filter(|c| !c.is_control()).take(40).collect::<String>(),
                    TYPES.iter().map(|t| t.cli).collect::<Vec<_>>().join(", ")
                ),
            )
        })
    }

    fn possible_values(&self) -> Option<Box<dyn Iterator<Item = PossibleValue> + '_>> {
        Some(Box::new(TYPES.iter().map(|t| {
            PossibleValue::new(t.cli).alias(t.api).help(t.title)
        })))
    }
}

/// `alerts --type`: a type whose alert notifications copy an integration
/// (any spelling, as [`TypeNameParser`], and `FLOWDOCK`); completion
/// offers the table's.
#[derive(Clone)]
pub(crate) struct NotificationTypeParser;

impl NotificationTypeParser {
    fn with_notifications() -> impl Iterator<Item = &'static IntegrationType> {
        TYPES.iter().filter(|t| !t.notification.is_empty())
    }
}

impl clap::builder::TypedValueParser for NotificationTypeParser {
    type Value = TypeName;

    fn parse_ref(
        &self,
        cmd: &Command,
        arg: Option<&Arg>,
        value: &std::ffi::OsStr,
    ) -> Result<TypeName, clap::Error> {
        let ty = TypeNameParser.parse_ref(cmd, arg, value)?;
        if crate::api::types::notification_fields(ty.api()).is_some() {
            return Ok(ty);
        }
        let names: Vec<&str> = Self::with_notifications().map(|t| t.cli).collect();
        Err(clap::Error::raw(
            clap::error::ErrorKind::InvalidValue,
            format!(
                "'{}' has no alert notification that copies it: use one of {} (or FLOWDOCK)\n",
                ty.api(),
                names.join(", ")
            ),
        ))
    }

    fn possible_values(&self) -> Option<Box<dyn Iterator<Item = PossibleValue> + '_>> {
        Some(Box::new(Self::with_notifications().map(|t| {
            PossibleValue::new(t.cli).alias(t.api).help(t.title)
        })))
    }
}

/// The table's spelling of an enum value typed in any case.
pub(crate) fn canonical(values: &[&str], typed: String) -> String {
    values
        .iter()
        .find(|v| v.eq_ignore_ascii_case(&typed))
        .map_or(typed, |v| v.to_string())
}

pub(crate) fn parse_raw_field(s: &str) -> Result<(String, serde_json::Value), String> {
    let (name, value) = s
        .split_once('=')
        .ok_or("expected NAME=VALUE, e.g. --field customEndpoint=https://example.com")?;
    let valid_name = name.starts_with(|c: char| c.is_ascii_alphabetic())
        && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_');
    if !valid_name {
        return Err("NAME is a JSON field name: letters, digits and _".into());
    }
    if value.trim().is_empty() {
        return Err(format!(
            "{name} is empty; leave --field out to leave it unset"
        ));
    }
    let value = serde_json::from_str(value).unwrap_or_else(|_| value.into());
    Ok((name.to_string(), value))
}
