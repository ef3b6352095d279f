//! The resolved command: one variant per command, each with its own
//! options, every value read, checked and typed (`from_raw`). Commands
//! receive this, never the parser's types.

use super::connection::{check_project_id, parse_base_url, Needs};
use crate::api::alerts::Carry;
use crate::api::body::FieldValue;
use crate::api::body::RequestBody;
use crate::api::types::Field;
use crate::api::types::{IntegrationType, TypeName};
use crate::api::validate::{self, Naming, Violation};
pub use crate::apply_file::export::{ExportFormat, Share};
use crate::cli::raw::{self, ConfigKey, RawCommand, WriteMethod};
use crate::errors::OmiError;
use crate::input::env::Terminal;
use crate::input::secret::Secret;
use crate::input::secret_source::{self, Stdin};
use std::path::PathBuf;

/// Which shells `omi completions` writes for.
pub use clap_complete::Shell;

#[derive(Debug)]
pub enum Command {
    /// create or update, with the request body built and validated.
    Write {
        method: WriteMethod,
        body: RequestBody,
        /// `update --alerts`: the alert notifications follow the write.
        alerts: Option<Carry>,
    },
    Get {
        ty: TypeName,
    },
    Delete {
        ty: TypeName,
        /// `--yes`: no question asked.
        confirmed: bool,
    },
    /// `list`: one project's integrations, or with [`ListOptions::across`]
    /// a matrix of several projects.
    List(ListOptions),
    Apply(ApplyOptions),
    /// `alerts` and `alerts test`.
    Alerts(AlertsOptions),
    /// `projects`: the projects the key can see, or one organization's.
    Projects {
        org_id: Option<String>,
    },
    /// `export`: an apply file of what the targeted projects hold.
    Export(ExportOptions),
    /// `schema`: the JSON Schema of the apply file.
    Schema,
    /// `config set`, with the value read (`-`, `@PATH`) and checked.
    ConfigSet {
        key: ConfigKey,
        value: Secret,
    },
    /// `config unset`: the key removed from the profile.
    ConfigUnset {
        key: ConfigKey,
    },
    /// `config show`; with `effective`, the settings a command would use
    /// and where each came from.
    ConfigShow {
        effective: bool,
    },
    ConfigPath,
    /// `config profiles` (hidden): the profile names, for completion.
    ConfigProfiles,
    Completions(Shell),
    Man,
}

/// Projects named by what the server must be asked: every project, or
/// every project of these organizations. Without either, the command
/// works on `--project-id`/`--project` (or the environment's project).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Scope {
    /// `--all-projects`.
    pub all_projects: bool,
    /// `--org-id` (checked, lower-case), repeatable.
    pub org_ids: Vec<String>,
}

impl Scope {
    /// Whether the projects come from a server-side list.
    pub fn is_listed(&self) -> bool {
        self.all_projects || !self.org_ids.is_empty()
    }
}

#[derive(Debug, Clone, Default)]
pub struct ListOptions {
    pub scope: Scope,
    /// `--missing TYPE`: only the projects without it.
    pub missing: Option<&'static IntegrationType>,
    /// `--has TYPE`: only the projects with it.
    pub has: Option<&'static IntegrationType>,
}

impl ListOptions {
    /// Whether the flags alone ask for the matrix across projects (several
    /// `--project-id`/`--project` ask for it too; see `commands`).
    pub fn across(&self) -> bool {
        self.scope.is_listed() || self.missing.is_some() || self.has.is_some()
    }
}

#[derive(Debug, Clone)]
pub struct ExportOptions {
    pub scope: Scope,
    pub format: ExportFormat,
    /// `-o FILE` (written 0600); stdout without it.
    pub output: Option<PathBuf>,
    /// `--share`: fields every project holds alike, one variable each.
    pub shares: Vec<Share>,
    /// `--env-file PATH`: where the variables' template goes.
    pub env_file: Option<PathBuf>,
}

#[derive(Debug, Clone)]
pub struct ApplyOptions {
    pub file: PathBuf,
    pub scope: Scope,
    pub prune: bool,
    pub force: bool,
    /// `--yes`: --prune deletes without asking.
    pub confirmed: bool,
    /// `--exit-code`: a dry run exits 7 when changes are pending.
    pub exit_code: bool,
    /// `--all-rows`: list unchanged rows on a terminal too.
    pub all_rows: bool,
    pub concurrency: usize,
    /// `--alerts`: the alert notifications of each type written follow
    /// it (overrides the file's `"alerts"`).
    pub alerts: Option<Carry>,
}

#[derive(Debug, Clone)]
pub struct AlertsOptions {
    pub scope: Scope,
    /// `--global`: the global alert configurations too.
    pub global: bool,
    /// `--type`: only notifications of this type (one that has them).
    pub ty: Option<TypeName>,
    /// `--stale`: only stale notifications.
    pub stale: bool,
    /// `--exit-code`: exit 7 when a stale notification is found.
    pub exit_code: bool,
    pub concurrency: usize,
    /// `alerts test`: with its `--alert-config` ids (checked,
    /// lower-case), possibly none.
    pub test: Option<Vec<String>>,
}

impl Command {
    /// What the command needs to run; a dry run sends nothing, so it
    /// needs no keys.
    pub fn needs(&self, dry_run: bool) -> Needs {
        let keys = if dry_run { Needs::NOTHING } else { Needs::KEYS };
        match self {
            // --alerts reads the alerts, in a dry run too.
            Command::Write {
                alerts: Some(_), ..
            } => Needs::URL | Needs::KEYS | Needs::ONE_PROJECT,
            Command::Write { .. } | Command::Get { .. } | Command::Delete { .. } => {
                Needs::URL | keys | Needs::ONE_PROJECT
            }
            Command::List(o) if !o.across() => Needs::URL | keys | Needs::ONE_PROJECT,
            Command::List(_)
            | Command::Apply(_)
            | Command::Alerts(_)
            | Command::Projects { .. }
            | Command::Export(_) => Needs::URL | Needs::KEYS,
            Command::Schema
            | Command::ConfigSet { .. }
            | Command::ConfigUnset { .. }
            | Command::ConfigShow { .. }
            | Command::ConfigPath
            | Command::ConfigProfiles
            | Command::Completions(_)
            | Command::Man => Needs::NOTHING,
        }
    }
}

/// The typed command: one arm per command, each resolving its own options
/// (long because it is one line of mapping per variant).
pub(super) fn from_raw(
    raw: RawCommand,
    terminal: Terminal,
    stdin: &mut Stdin,
) -> Result<Command, OmiError> {
    Ok(match raw {
        RawCommand::Write {
            method,
            ty,
            values,
            raw,
            alerts,
        } => {
            let mut body = write_body(method, ty, values, terminal, stdin)?;
            add_raw_fields(&mut body, raw)?;
            Command::Write {
                method,
                body,
                alerts,
            }
        }
        RawCommand::Get { ty } => Command::Get { ty },
        RawCommand::Delete { ty, yes } => Command::Delete { ty, confirmed: yes },
        RawCommand::List {
            all_projects,
            org_ids,
            missing,
            has,
        } => Command::List(ListOptions {
            scope: scope(all_projects, org_ids)?,
            missing,
            has,
        }),
        RawCommand::Projects { org_id } => Command::Projects {
            org_id: org_ids(org_id.into_iter().collect())?.pop(),
        },
        RawCommand::Export {
            all_projects,
            org_ids,
            toml,
            output,
            shares,
            env_file,
        } => Command::Export(ExportOptions {
            scope: scope(all_projects, org_ids)?,
            format: if toml {
                ExportFormat::Toml
            } else {
                ExportFormat::Json
            },
            output,
            shares: crate::apply_file::export::parse_shares(&shares).map_err(|e| {
                OmiError::usage(e).with_hint(
                    "--share TYPE.FIELD says every exported project holds the same value for \
                     that secret field",
                )
            })?,
            env_file,
        }),
        RawCommand::Schema => Command::Schema,
        RawCommand::Apply {
            file,
            all_projects,
            org_ids,
            prune,
            force,
            yes,
            exit_code,
            all_rows,
            concurrency,
            alerts,
        } => Command::Apply(ApplyOptions {
            file,
            scope: scope(all_projects, org_ids)?,
            prune,
            force,
            confirmed: yes,
            exit_code,
            all_rows,
            concurrency,
            alerts,
        }),
        RawCommand::Alerts {
            all_projects,
            org_ids,
            global,
            ty,
            stale,
            exit_code,
            concurrency,
            test,
        } => Command::Alerts(alerts_options(
            scope(all_projects, org_ids)?,
            global,
            ty,
            stale,
            exit_code,
            concurrency,
            test,
        )?),
        RawCommand::ConfigSet { key, value } => Command::ConfigSet {
            key,
            value: config_value(key, value, stdin)?,
        },
        RawCommand::ConfigUnset { key } => Command::ConfigUnset { key },
        RawCommand::ConfigShow { effective } => Command::ConfigShow { effective },
        RawCommand::ConfigPath => Command::ConfigPath,
        RawCommand::ConfigProfiles => Command::ConfigProfiles,
        RawCommand::Completions { shell } => Command::Completions(shell),
        RawCommand::Man => Command::Man,
    })
}

/// The body of a create or update: secrets read from their sources and
/// every value checked; then, only when nothing else is wrong, a missing
/// required secret is asked for on a terminal; then validated.
fn write_body(
    method: WriteMethod,
    ty: &'static IntegrationType,
    mut values: Vec<(&'static Field, FieldValue)>,
    terminal: Terminal,
    stdin: &mut Stdin,
) -> Result<RequestBody, OmiError> {
    let mut problems = Vec::new();
    for (field, value) in values.iter_mut() {
        let flag = format!("--{}", field.flag);
        match value {
            FieldValue::Secret(raw) => match secret_source::resolve(raw, &flag, stdin) {
                Ok(v) => *raw = v,
                Err(e) => problems.push(e.message),
            },
            FieldValue::Plain(v) if v.as_str().is_some_and(|s| s.trim().is_empty()) => {
                problems.push(empty_value(field, &flag));
            }
            FieldValue::Plain(_) => {}
        }
    }
    let fail = |problems: Vec<String>| {
        let verb = method.verb();
        OmiError::usage(format!(
            "cannot {verb} the {} integration:\n  {}",
            ty.title,
            problems.join("\n  ")
        ))
        .with_hint(update_hint(method, ty))
    };
    let promptable = |v: &Violation| {
        matches!(v, Violation::Missing { field } if field.secrecy.is_secret())
            && terminal.stdin
            && terminal.stderr
    };
    let violations = RequestBody::build(ty, values.clone()).validate();
    problems.extend(
        violations
            .iter()
            .filter(|v| !promptable(v))
            .map(|v| validate::describe(ty, v, Naming::Flag)),
    );
    if !problems.is_empty() {
        return Err(fail(problems));
    }
    // Everything else is right: ask for what is missing, unechoed.
    for v in violations.iter().filter(|v| promptable(v)) {
        if let Violation::Missing { field } = v {
            let value = secret_source::prompt(&format!("{} (--{})", field.help, field.flag))?;
            let value = secret_source::check(value, &format!("--{}", field.flag))?;
            values.push((field, FieldValue::Secret(value)));
        }
    }
    Ok(RequestBody::build(ty, values))
}

/// `--field NAME=VALUE` for fields the table does not know; a table
/// field must use its own flag, so that its checks and masking apply.
fn add_raw_fields(
    body: &mut RequestBody,
    raw: Vec<(String, serde_json::Value)>,
) -> Result<(), OmiError> {
    for (name, value) in raw {
        if let Some(f) = body.ty().field(&name) {
            return Err(OmiError::usage(format!(
                "--field {name}: {name} is a field omi knows; use --{}",
                f.flag
            )));
        }
        if name == "type" {
            return Err(OmiError::usage("--field type: the command names the type"));
        }
        body.insert_raw(&name, value);
    }
    Ok(())
}

/// An empty value is a mistake: a required field needs one, and an
/// optional field is left unset by leaving its flag out.
fn empty_value(field: &Field, flag: &str) -> String {
    if field.required {
        format!("{flag} is empty; it is required (is the variable you passed set?)")
    } else {
        format!("{flag} is empty; leave the flag out to leave it unset")
    }
}

/// Where to read about the flags; for update, that it replaces the whole
/// integration.
fn update_hint(method: WriteMethod, ty: &IntegrationType) -> String {
    match method {
        WriteMethod::Create => format!("see `omi create {} --help`", ty.cli),
        WriteMethod::Update => format!(
            "update replaces the whole integration, so every required field is needed again; \
             pass the current key again, or use `omi apply`, which compares through masks \
             (see `omi update {} --help`)",
            ty.cli
        ),
    }
}

/// A value for `config set KEY`: never empty, blank or holding a control
/// character (whatever the key), then checked as the key's values are.
fn config_value(key: ConfigKey, value: Secret, stdin: &mut Stdin) -> Result<Secret, OmiError> {
    let value = match key {
        // `-` and `@PATH` too, checked as they are read.
        ConfigKey::PrivateKey => return secret_source::resolve(&value, key.name(), stdin),
        _ => secret_source::check(value, key.name())?,
    };
    Ok(match key {
        ConfigKey::BaseUrl => {
            parse_base_url(value.expose())?;
            value
        }
        ConfigKey::ProjectId => Secret::new(check_project_id(value.expose())?),
        ConfigKey::MaxRate => {
            raw::parse_max_rate(value.expose().trim())
                .map_err(|e| OmiError::usage(format!("max_rate: {e}")))?;
            value
        }
        ConfigKey::Quiet => {
            raw::parse_switch(value.expose().trim())
                .map_err(|e| OmiError::usage(format!("quiet: {e}")))?;
            value
        }
        ConfigKey::PublicKey | ConfigKey::PrivateKey => value,
    })
}

/// `alerts` and `alerts test`: `--alert-config` ids checked,
/// `--exit-code` only where it means something.
fn alerts_options(
    scope: Scope,
    global: bool,
    ty: Option<TypeName>,
    stale: bool,
    exit_code: bool,
    concurrency: usize,
    test: Option<Vec<String>>,
) -> Result<AlertsOptions, OmiError> {
    if exit_code && test.is_some() {
        return Err(OmiError::usage(
            "--exit-code belongs to `omi alerts`; `omi alerts test` exits non-zero when a test fails",
        ));
    }
    let test = test
        .map(|ids| {
            ids.iter()
                .map(|id| {
                    crate::api::ids::normalize(id).ok_or_else(|| {
                        OmiError::usage(format!(
                            "--alert-config '{}' is not 24 hex characters; `omi alerts` shows \
                             each notification's alert configuration id",
                            id.trim()
                                .chars()
                                .filter(|c| !c.is_control())
                                .take(40)
                                .collect::<String>()
                        ))
                    })
                })
                .collect::<Result<Vec<_>, _>>()
        })
        .transpose()?;
    Ok(AlertsOptions {
        scope,
        global,
        ty,
        stale,
        exit_code,
        concurrency,
        test,
    })
}

/// `--org-id` values, checked like project ids.
fn org_ids(raw: Vec<String>) -> Result<Vec<String>, OmiError> {
    raw.iter()
        .map(|id| {
            crate::api::ids::normalize(id).ok_or_else(|| {
                OmiError::usage(format!(
                    "organization id '{}' is not 24 hex characters; `omi projects` shows each project's",
                    id.trim()
                ))
            })
        })
        .collect()
}

fn scope(all_projects: bool, org_ids_raw: Vec<String>) -> Result<Scope, OmiError> {
    Ok(Scope {
        all_projects,
        org_ids: org_ids(org_ids_raw)?,
    })
}
