//! From raw arguments, the environment and the profile to [`Settings`].

use super::command::{ApplyOptions, Command, WriteMethod};
use super::config_file::{ConfigFile, ConfigKey, Profile, DEFAULT_PROFILE};
use super::connection::{
    check_project_id, parse_base_url, Connection, BASE_URL, PRIVATE_KEY, PROJECT_ID, PUBLIC_KEY,
};
use super::env::{Env, Terminal};
use super::{Http, Settings};
use crate::api::body::{self, FieldValue, RequestBody};
use crate::api::types::{Field, IntegrationType};
use crate::cli::{RawArgs, RawCommand, RawGlobals};
use crate::client::Query;
use crate::errors::OmiError;
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
    let profile_name = g
        .profile
        .clone()
        .or_else(|| env.get("OMI_PROFILE").map(str::to_string))
        .unwrap_or_else(|| DEFAULT_PROFILE.to_string());
    let mut warnings = Vec::new();
    let creating_profile = matches!(raw.command, RawCommand::ConfigSet { .. });
    let profile = load_profile(config, &profile_name, creating_profile, &mut warnings)?;
    let connection = connection(&g, &env, profile, profile_name.clone(), stdin)?;
    let http = http(&g, &env, &mut warnings)?;
    let command = command(raw.command, terminal, stdin)?;
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
        profile: profile_name,
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
    profile_name: String,
    stdin: &mut Stdin,
) -> Result<Connection, OmiError> {
    let private_key = match &g.private_key {
        Some(raw) => Some(secret_source::resolve(raw, "--private-key", stdin)?),
        None => env
            .get(PRIVATE_KEY.env)
            .or_else(|| env.get(PRIVATE_KEY.mcli_env))
            .map(Secret::new)
            .or(profile.private_key),
    };
    let public_key = match &g.public_key {
        Some(k) => Some(k.clone()),
        None => env
            .get(PUBLIC_KEY.env)
            .or_else(|| env.get(PUBLIC_KEY.mcli_env))
            .map(Secret::new)
            .or(profile.public_key),
    };
    let project_ids = if g.project_ids.is_empty() {
        PROJECT_ID
            .pick(None, env, profile.project_id)
            .into_iter()
            .collect()
    } else {
        g.project_ids.clone()
    };
    let project_ids = project_ids
        .iter()
        .map(|id| check_project_id(id))
        .collect::<Result<Vec<_>, _>>()?;
    Ok(Connection {
        base_url: BASE_URL.pick(g.base_url.clone(), env, profile.base_url),
        public_key,
        private_key,
        project_ids,
        profile: profile_name,
    })
}

fn http(g: &RawGlobals, env: &Env, warnings: &mut Vec<String>) -> Result<Http, OmiError> {
    let ca_cert_pem = match &g.ca_cert {
        Some(path) => Some(
            crate::input::files::read_limited(path, 1024 * 1024)
                .map_err(|e| OmiError::usage(format!("--ca-cert {}: {e}", path.display())))?,
        ),
        None => None,
    };
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
        max_rate: g.max_rate,
        nonce_cache: nonce_cache_dir(g.no_cache, env),
        ca_cert_pem,
        insecure: g.insecure,
        verbose: g.verbose > 0,
    })
}

/// The nonce cache folder, `omi` under the platform cache dir
/// (`$XDG_CACHE_HOME` or `~/.cache` on Linux), unless `--no-cache` or
/// `OMI_NO_CACHE` (any value but empty, `0`, `false`, `no`) turns it off.
fn nonce_cache_dir(no_cache: bool, env: &Env) -> Option<PathBuf> {
    let off = env
        .get("OMI_NO_CACHE")
        .is_some_and(|v| !matches!(v.to_ascii_lowercase().as_str(), "0" | "false" | "no"));
    if no_cache || off {
        return None;
    }
    dirs::cache_dir().map(|d| d.join("omi"))
}

fn command(raw: RawCommand, terminal: Terminal, stdin: &mut Stdin) -> Result<Command, OmiError> {
    Ok(match raw {
        RawCommand::Write { method, ty, values } => Command::Write {
            method,
            body: write_body(method, ty, values, terminal, stdin)?,
        },
        RawCommand::Get { ty } => Command::Get { ty },
        RawCommand::Delete { ty, yes } => Command::Delete { ty, confirmed: yes },
        RawCommand::List => Command::List,
        RawCommand::Apply {
            file,
            all_projects,
            prune,
            force,
            concurrency,
        } => Command::Apply(ApplyOptions {
            file,
            all_projects,
            prune,
            force,
            concurrency,
        }),
        RawCommand::ConfigSet { key, value } => Command::ConfigSet {
            key,
            value: config_value(key, value, stdin)?,
        },
        RawCommand::ConfigShow => Command::ConfigShow,
        RawCommand::ConfigPath => Command::ConfigPath,
        RawCommand::Completions { shell } => Command::Completions(shell),
        RawCommand::Man => Command::Man,
    })
}

/// The body of a create or update: secrets read from their sources, a
/// missing required secret prompted for on a terminal, then validated.
fn write_body(
    method: WriteMethod,
    ty: &'static IntegrationType,
    mut values: Vec<(&'static Field, FieldValue)>,
    terminal: Terminal,
    stdin: &mut Stdin,
) -> Result<RequestBody, OmiError> {
    for (field, value) in values.iter_mut() {
        if let FieldValue::Secret(raw) = value {
            *raw = secret_source::resolve(raw, &format!("--{}", field.flag), stdin)?;
        }
    }
    // A required secret left out is asked for, unechoed, when a person is
    // at the terminal.
    if terminal.stdin && terminal.stderr {
        for field in ty.fields {
            let given = values.iter().any(|(f, _)| f.json == field.json);
            if field.required && field.secrecy.is_secret() && !given {
                let value = secret_source::prompt(&format!("{} (--{})", field.help, field.flag))?;
                values.push((field, FieldValue::Secret(value)));
            }
        }
    }
    let body = RequestBody::build(ty, values);
    let problems = body.validate();
    if !problems.is_empty() {
        let verb = method.verb();
        return Err(OmiError::usage(format!(
            "cannot {verb} the {} integration:\n  {}",
            ty.title,
            body::describe_for_flags(ty, &problems)
        ))
        .with_hint(format!("see `omi {verb} {} --help`", ty.cli)));
    }
    Ok(body)
}

fn config_value(key: ConfigKey, value: Secret, stdin: &mut Stdin) -> Result<Secret, OmiError> {
    Ok(match key {
        ConfigKey::PrivateKey => secret_source::resolve(&value, "private_key", stdin)?,
        ConfigKey::BaseUrl => {
            parse_base_url(value.expose())?;
            value
        }
        ConfigKey::ProjectId => Secret::new(check_project_id(value.expose())?),
        ConfigKey::PublicKey => value,
    })
}
