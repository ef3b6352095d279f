//! From raw arguments, the environment and the profile to [`Settings`].

use super::command::{
    ApplyOptions, Command, ExportFormat, ExportOptions, ListOptions, Scope, WriteMethod,
};
use super::config_file::{ConfigFile, ConfigKey, Profile, Stored, DEFAULT_PROFILE};
use super::connection::{
    check_project_id, parse_base_url, Connection, Origin, Origins, Problems, BASE_URL, PRIVATE_KEY,
    PROJECT_ID, PUBLIC_KEY,
};
use super::{Http, Settings};
use crate::api::body::{FieldValue, RequestBody};
use crate::api::types::{Field, IntegrationType};
use crate::api::validate::{self, Naming, Violation};
use crate::cli::{RawArgs, RawCommand, RawGlobals};
use crate::client::Query;
use crate::errors::OmiError;
use crate::input::env::{Env, Terminal};
use crate::input::secret::Secret;
use crate::input::secret_source::{self, Stdin};
use crate::output::Style;
use std::path::PathBuf;
use std::time::Duration;

pub fn resolve(
    raw: RawArgs,
    env: Env,
    config: Option<&ConfigFile>,
    config_path: Option<PathBuf>,
    terminal: Terminal,
    stdin: &mut Stdin,
) -> Result<Settings, OmiError> {
    let g = raw.globals;
    // A command that reads no config file has no use for OMI_PROFILE.
    let profile_var = match raw.command.reads_config() {
        true => env.setting("OMI_PROFILE")?,
        false => None,
    };
    let profile_name = match (&g.profile, profile_var) {
        (Some(p), _) => (p.clone(), Origin::Flag("--profile")),
        (None, Some(p)) => (p.to_string(), Origin::Env("OMI_PROFILE")),
        (None, None) => (DEFAULT_PROFILE.to_string(), Origin::Default),
    };
    let mut warnings = Vec::new();
    let creating_profile = matches!(raw.command, RawCommand::ConfigSet { .. });
    let mut profile = load_profile(config, &profile_name.0, creating_profile, &mut warnings)?;
    if !raw.command.uses_profile_settings() {
        profile = Profile::default();
    }
    let profile_rate = profile.max_rate.clone();
    let connection = connection(&g, &env, profile, profile_name.clone(), stdin)?;
    let http = http(&g, &env, profile_rate, &mut warnings)?;
    let command = command(raw.command, terminal, stdin)?;
    if matches!(&command, Command::Apply(o) if o.exit_code) && !g.dry_run {
        return Err(OmiError::usage(
            "--exit-code reports the changes a plan would make; add --dry-run",
        ));
    }
    if g.dry_run {
        check_dry_run(&command, &connection)?;
    }
    Ok(Settings {
        command,
        connection,
        query: Query {
            page_num: g.page_num,
            items_per_page: g.items_per_page,
            pretty: g.pretty,
            envelope: g.envelope,
        },
        http,
        style: Style::new(terminal.stdout, env.get("NO_COLOR").is_some(), g.json),
        dry_run: g.dry_run,
        terminal,
        profile: profile_name.0,
        config_path,
        env,
        warnings,
    })
}

/// The profile's values; a named profile that is not in the file is an
/// error, except for `config set`, which creates it.
fn load_profile(
    config: Option<&ConfigFile>,
    name: &str,
    creating: bool,
    warnings: &mut Vec<String>,
) -> Result<Profile, OmiError> {
    let Some(c) = config else {
        return Ok(Profile::default());
    };
    if name != DEFAULT_PROFILE && !c.has_profile(name) && !creating {
        return Err(
            OmiError::usage(format!("profile '{name}' is not in {}", c.path.display())).with_hint(
                format!("create it with `omi config set base_url URL --profile {name}`"),
            ),
        );
    }
    if c.loose_permissions {
        warnings.push(format!(
            "{} holds a private key and is readable by others; run `chmod 600 {}`",
            c.path.display(),
            c.path.display()
        ));
    }
    Ok(c.profile(name))
}

fn connection(
    g: &RawGlobals,
    env: &Env,
    profile: Profile,
    profile_name: (String, Origin),
    stdin: &mut Stdin,
) -> Result<Connection, OmiError> {
    // A flag's mistake is said at once; a variable's or the profile's only
    // by a command that uses the setting (see `Problems`).
    let mut problems = Problems::default();
    let private_key = match &g.private_key {
        Some(raw) => Some((
            secret_source::resolve(raw, "--private-key", stdin)?,
            Origin::Flag(PRIVATE_KEY.flag),
        )),
        None => Problems::defer(
            &mut problems.private_key,
            PRIVATE_KEY
                .pick(None, env, profile.private_key, |v| Secret::new(v))
                .and_then(checked),
        ),
    };
    let public_key = match g.public_key.clone() {
        Some(flag) => checked(Some((flag, Origin::Flag(PUBLIC_KEY.flag))))?,
        None => Problems::defer(
            &mut problems.public_key,
            PUBLIC_KEY
                .pick(None, env, profile.public_key, |v| Secret::new(v))
                .and_then(checked),
        ),
    };
    // `--project NAME` is a flag too: it hides the environment's project.
    let flag_ids =
        (!g.project_ids.is_empty() || !g.project_names.is_empty()).then(|| g.project_ids.clone());
    let profile_ids = profile.project_id.map(|p| p.map(|p| vec![p]));
    let project_ids = Problems::defer(
        &mut problems.project_id,
        PROJECT_ID.pick(flag_ids, env, profile_ids, |v| vec![v.to_string()]),
    );
    let base_url = Problems::defer(
        &mut problems.base_url,
        BASE_URL.pick(g.base_url.clone(), env, profile.base_url, str::to_string),
    );
    let origins = Origins {
        base_url: base_url.as_ref().map(|(_, o)| *o),
        public_key: public_key.as_ref().map(|(_, o)| *o),
        private_key: private_key.as_ref().map(|(_, o)| *o),
        project_id: project_ids.as_ref().map(|(_, o)| *o),
        profile: Some(profile_name.1),
    };
    // An id typed as a flag is checked at once; one from a variable or
    // the profile when a command uses it.
    let checked_ids = |ids: Vec<String>| -> Result<Vec<String>, OmiError> {
        ids.iter().map(|id| check_project_id(id)).collect()
    };
    let project_ids = match project_ids {
        Some((ids, Origin::Flag(_))) => checked_ids(ids)?,
        Some((ids, _)) => Problems::defer(&mut problems.project_id, checked_ids(ids).map(Some))
            .unwrap_or_default(),
        None => Vec::new(),
    };
    Ok(Connection {
        base_url: base_url.map(|(v, _)| v),
        public_key: public_key.map(|(k, _)| k),
        private_key: private_key.map(|(k, _)| k),
        project_ids,
        project_names: project_names(&g.project_names)?,
        profile: profile_name.0,
        origins,
        problems,
    })
}

/// `--project` names: not empty, no control characters (they go into a
/// URL and into messages), not `.` or `..` (URLs resolve those segments,
/// encoded ones too: the lookup would go to /groups/byName/ or /groups/).
fn project_names(names: &[String]) -> Result<Vec<String>, OmiError> {
    names
        .iter()
        .map(|n| {
            if n.trim().is_empty() {
                Err(OmiError::usage("--project is empty; give a project's name"))
            } else if n.chars().any(char::is_control) {
                Err(OmiError::usage("--project contains a control character"))
            } else if matches!(n.as_str(), "." | "..") {
                Err(OmiError::usage(format!(
                    "--project '{n}': a name of only dots cannot be looked up by name; \
                     pass the project's id with --project-id"
                )))
            } else {
                Ok(n.clone())
            }
        })
        .collect()
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

/// A dry run prints the one request a command would send. Commands that
/// only read, or read many, have nothing to preview; a project name needs
/// a request to become an id.
fn check_dry_run(command: &Command, connection: &Connection) -> Result<(), OmiError> {
    let reader = match command {
        Command::List(o) if o.across() => Some("list across projects"),
        Command::Projects { .. } => Some("projects"),
        Command::Export(_) => Some("export"),
        _ => None,
    };
    if let Some(name) = reader {
        return Err(OmiError::usage(format!(
            "--dry-run shows the one request a command would send; `omi {name}` only reads, \
             and reads many, so leave it out"
        )));
    }
    let single = matches!(
        command,
        Command::Write { .. } | Command::Get { .. } | Command::Delete { .. } | Command::List(_)
    );
    if let (true, false, Some(problem)) = (
        single,
        connection.project_names.is_empty(),
        &connection.problems.private_key,
    ) {
        return Err(problem.clone());
    }
    if single && !connection.project_names.is_empty() && connection.private_key.is_none() {
        return Err(OmiError::usage(
            "--dry-run with --project NAME asks the server for the project's id, which needs the API keys",
        )
        .with_hint("pass --project-id ID to preview without keys"));
    }
    Ok(())
}

/// A key from a flag or a variable checked for emptiness and control
/// characters, the message naming the flag or variable. (The profile's
/// were checked as the file was read, with messages naming the file.)
fn checked(key: Option<(Secret, Origin)>) -> Result<Option<(Secret, Origin)>, OmiError> {
    key.map(|(k, origin)| match origin {
        Origin::Flag(what) | Origin::Env(what) => {
            secret_source::check(k, what).map(|k| (k, origin))
        }
        Origin::Profile | Origin::Default => Ok((k, origin)),
    })
    .transpose()
}

fn http(
    g: &RawGlobals,
    env: &Env,
    profile_rate: Option<Stored<String>>,
    warnings: &mut Vec<String>,
) -> Result<Http, OmiError> {
    // --max-rate, else the profile's max_rate (a rate: checked as read;
    // a bad one is said only by a command that sends requests).
    let (max_rate, max_rate_problem) = match (g.max_rate, profile_rate) {
        (Some(r), _) => (Some(r), None),
        (None, Some(Ok(r))) => (crate::cli::parse_max_rate(r.trim()).ok(), None),
        (None, Some(Err(e))) => (None, Some(e)),
        (None, None) => (None, None),
    };
    let ca_cert_pem = g.ca_cert.as_deref().map(ca_cert).transpose()?;
    if g.insecure {
        warnings.push(
            "--insecure: TLS certificates are not verified; anyone on the path can read your keys' traffic"
                .to_string(),
        );
    }
    Ok(Http {
        timeout: Duration::from_secs_f64(g.timeout.unwrap_or(30.0)),
        retries: g.retries.unwrap_or(3),
        max_wait: Duration::from_secs_f64(g.max_wait.unwrap_or(60.0)),
        max_rate,
        max_rate_problem,
        nonce_cache: nonce_cache_dir(g.no_cache, env)?,
        ca_cert_pem,
        insecure: g.insecure,
        verbose: g.verbose > 0,
    })
}

/// The `--ca-cert` file, read and checked: a file that is not a PEM
/// certificate is a usage mistake, not a network failure.
fn ca_cert(path: &std::path::Path) -> Result<Vec<u8>, OmiError> {
    let fail = |e: String| OmiError::usage(format!("--ca-cert {}: {e}", path.display()));
    let pem =
        crate::input::files::read_limited(path, 1024 * 1024).map_err(|e| fail(e.to_string()))?;
    crate::client::ca_certificates(&pem).map_err(fail)?;
    Ok(pem)
}

/// The nonce cache folder, `omi` under the platform cache dir
/// (`$XDG_CACHE_HOME` or `~/.cache` on Linux), unless `--no-cache` or
/// `OMI_NO_CACHE` (any value but empty, `0`, `false`, `no`) turns it off.
fn nonce_cache_dir(no_cache: bool, env: &Env) -> Result<Option<PathBuf>, OmiError> {
    env.require_utf8("OMI_NO_CACHE")?;
    let off = env
        .get("OMI_NO_CACHE")
        .is_some_and(|v| !matches!(v.to_ascii_lowercase().as_str(), "0" | "false" | "no"));
    if no_cache || off {
        return Ok(None);
    }
    Ok(dirs::cache_dir().map(|d| d.join("omi")))
}

/// The typed command: one arm per command, each resolving its own options
/// (long because it is one line of mapping per variant).
fn command(raw: RawCommand, terminal: Terminal, stdin: &mut Stdin) -> Result<Command, OmiError> {
    Ok(match raw {
        RawCommand::Write {
            method,
            ty,
            values,
            raw,
        } => {
            let mut body = write_body(method, ty, values, terminal, stdin)?;
            add_raw_fields(&mut body, raw)?;
            Command::Write { method, body }
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
        } => Command::Export(ExportOptions {
            scope: scope(all_projects, org_ids)?,
            format: if toml {
                ExportFormat::Toml
            } else {
                ExportFormat::Json
            },
            output,
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
        } => Command::Apply(ApplyOptions {
            file,
            scope: scope(all_projects, org_ids)?,
            prune,
            force,
            confirmed: yes,
            exit_code,
            all_rows,
            concurrency,
        }),
        RawCommand::ConfigSet { key, value } => Command::ConfigSet {
            key,
            value: config_value(key, value, stdin)?,
        },
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
            crate::cli::parse_max_rate(value.expose().trim())
                .map_err(|e| OmiError::usage(format!("max_rate: {e}")))?;
            value
        }
        ConfigKey::PublicKey | ConfigKey::PrivateKey => value,
    })
}
