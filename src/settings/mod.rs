//! Resolution: raw flags + environment + profile → one `Settings` value.
//!
//! Precedence, highest first: flags; `OMI_*` variables; mongocli's `MCLI_*`
//! variables; the profile in the config file. The environment arrives as a
//! snapshot from `main`; nothing here or below reads it on its own.

pub mod config_file;

use crate::api::body::{self, RequestBody};
use crate::api::types::IntegrationType;
use crate::cli::{ConfigKey, RawArgs, RawCommand, WriteMethod};
use crate::client::{ClientOptions, Query};
use crate::errors::OmiError;
use crate::input::secret::Secret;
use crate::input::secret_source::{self, Stdin};
use crate::settings::config_file::{ConfigFile, DEFAULT_PROFILE};
use std::collections::HashMap;
use std::path::PathBuf;
use std::time::Duration;
use url::Url;

/// The environment, captured once by `main`. It holds keys
/// (`OMI_PRIVATE_KEY`), so `Debug` lists only the variables' names.
#[derive(Clone, Default)]
pub struct Env(HashMap<String, String>);

impl std::fmt::Debug for Env {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let mut names: Vec<&String> = self.0.keys().collect();
        names.sort();
        f.debug_tuple("Env").field(&names).finish()
    }
}

impl Env {
    pub fn from_pairs(pairs: impl IntoIterator<Item = (String, String)>) -> Env {
        Env(pairs.into_iter().collect())
    }

    /// A non-empty variable.
    pub fn get(&self, name: &str) -> Option<&str> {
        self.0
            .get(name)
            .map(String::as_str)
            .filter(|v| !v.is_empty())
    }
}

/// Which standard streams are terminals.
#[derive(Debug, Clone, Copy, Default)]
pub struct Terminal {
    pub stdin: bool,
    pub stdout: bool,
    pub stderr: bool,
}

/// A command with its inputs resolved and validated. Only the commands
/// whose arguments need resolving get a shape of their own; the rest are
/// used as parsed.
#[derive(Debug)]
pub enum Action {
    /// create or update, with the request body built and validated.
    Write {
        method: WriteMethod,
        ty: &'static IntegrationType,
        body: RequestBody,
    },
    /// `config set`, with the value read (`-`, `@PATH`) and checked.
    ConfigSet { key: ConfigKey, value: Secret },
    /// Any other command: its raw arguments are already final.
    Other(RawCommand),
}

/// Where a connection setting is looked up, for "missing" messages.
struct Source {
    flag: &'static str,
    env: &'static str,
    mcli_env: &'static str,
    key: ConfigKey,
}

const BASE_URL: Source = Source {
    flag: "--base-url",
    env: "OMI_BASE_URL",
    mcli_env: "MCLI_OPS_MANAGER_URL",
    key: ConfigKey::BaseUrl,
};
const PUBLIC_KEY: Source = Source {
    flag: "--public-key",
    env: "OMI_PUBLIC_KEY",
    mcli_env: "MCLI_PUBLIC_API_KEY",
    key: ConfigKey::PublicKey,
};
const PRIVATE_KEY: Source = Source {
    flag: "--private-key",
    env: "OMI_PRIVATE_KEY",
    mcli_env: "MCLI_PRIVATE_API_KEY",
    key: ConfigKey::PrivateKey,
};
const PROJECT_ID: Source = Source {
    flag: "--project-id",
    env: "OMI_PROJECT_ID",
    mcli_env: "MCLI_PROJECT_ID",
    key: ConfigKey::ProjectId,
};

impl Source {
    fn missing(&self, profile: &str) -> OmiError {
        let profile_flag = if profile == DEFAULT_PROFILE {
            String::new()
        } else {
            format!(" --profile {profile}")
        };
        OmiError::usage(format!(
            "no {} given: pass {}, set {} (or {}), or run `omi config set {} VALUE{profile_flag}`",
            self.key.name().replace('_', " "),
            self.flag,
            self.env,
            self.mcli_env,
            self.key.name(),
        ))
    }

    fn pick(&self, flag: Option<String>, env: &Env, profile: Option<String>) -> Option<String> {
        flag.or_else(|| env.get(self.env).map(str::to_string))
            .or_else(|| env.get(self.mcli_env).map(str::to_string))
            .or(profile)
    }
}

/// Connection settings; each is checked when a command needs it.
#[derive(Debug, Clone)]
pub struct Connection {
    base_url: Option<String>,
    public_key: Option<Secret>,
    private_key: Option<Secret>,
    project_ids: Vec<String>,
    profile: String,
}

impl Connection {
    /// Checks that every setting a command needs is there, naming all the
    /// missing ones at once rather than one per attempt.
    pub fn require(&self, keys: bool, one_project: bool) -> Result<(), OmiError> {
        let mut missing = Vec::new();
        if self.base_url.is_none() {
            missing.push(BASE_URL.missing(&self.profile));
        }
        if keys && self.public_key.is_none() {
            missing.push(PUBLIC_KEY.missing(&self.profile));
        }
        if keys && self.private_key.is_none() {
            missing.push(PRIVATE_KEY.missing(&self.profile));
        }
        if one_project && self.project_ids.is_empty() {
            missing.push(PROJECT_ID.missing(&self.profile));
        }
        match missing.len() {
            0 => Ok(()),
            1 => Err(missing.remove(0)),
            _ => Err(OmiError::usage(format!(
                "{} settings are missing:\n  {}",
                missing.len(),
                missing
                    .iter()
                    .map(|e| e.message.as_str())
                    .collect::<Vec<_>>()
                    .join("\n  ")
            ))),
        }
    }

    pub fn base_url(&self) -> Result<Url, OmiError> {
        let raw = self
            .base_url
            .as_deref()
            .ok_or_else(|| BASE_URL.missing(&self.profile))?;
        parse_base_url(raw)
    }

    pub fn public_key(&self) -> Result<Secret, OmiError> {
        self.public_key
            .clone()
            .ok_or_else(|| PUBLIC_KEY.missing(&self.profile))
    }

    pub fn private_key(&self) -> Result<Secret, OmiError> {
        self.private_key
            .clone()
            .ok_or_else(|| PRIVATE_KEY.missing(&self.profile))
    }

    /// The one project a single-project command works on.
    pub fn project_id(&self) -> Result<String, OmiError> {
        match self.project_ids.as_slice() {
            [] => Err(PROJECT_ID.missing(&self.profile)),
            [one] => Ok(one.clone()),
            _ => Err(OmiError::usage(
                "--project-id is given more than once; only `omi apply` works on several projects",
            )),
        }
    }

    /// The projects `--project-id` named (for apply), possibly none.
    pub fn project_ids(&self) -> &[String] {
        &self.project_ids
    }
}

/// Accepts `https://host:8443`, with or without a trailing slash or the
/// API root, and returns the Ops Manager URL without the API root.
pub fn parse_base_url(raw: &str) -> Result<Url, OmiError> {
    // A URL with user:password@ is not echoed back: it holds a password.
    let shown = if raw.contains('@') { "(hidden)" } else { raw };
    let bad = |why: &str| {
        OmiError::usage(format!(
            "base URL '{shown}' {why}; expected e.g. https://om.example.com:8443"
        ))
    };
    let mut url = Url::parse(raw.trim()).map_err(|e| bad(&format!("is not a URL ({e})")))?;
    if !matches!(url.scheme(), "http" | "https") {
        return Err(bad("must start with http:// or https://"));
    }
    if !url.username().is_empty() || url.password().is_some() {
        return Err(bad("must not contain credentials; use the API keys"));
    }
    if url.query().is_some() || url.fragment().is_some() {
        return Err(bad("must not have a query or fragment"));
    }
    let path = url.path().trim_end_matches('/');
    let path = path
        .strip_suffix(crate::client::API_ROOT)
        .unwrap_or(path)
        .to_string();
    url.set_path(&path);
    Ok(url)
}

fn check_project_id(id: &str) -> Result<String, OmiError> {
    let id = id.trim();
    if id.len() == 24 && id.chars().all(|c| c.is_ascii_hexdigit()) {
        Ok(id.to_ascii_lowercase())
    } else {
        Err(OmiError::usage(format!(
            "project id '{id}' is not 24 hex characters; find it in Ops Manager under Project Settings"
        )))
    }
}

/// HTTP behaviour, independent of what is sent.
#[derive(Debug, Clone)]
pub struct Http {
    pub timeout: Duration,
    pub retries: u32,
    pub ca_cert_pem: Option<Vec<u8>>,
    pub insecure: bool,
    pub verbose: bool,
}

/// How results are shown.
#[derive(Debug, Clone, Copy)]
pub struct Output {
    pub json: bool,
    pub color: bool,
    pub dry_run: bool,
}

#[derive(Debug)]
pub struct Settings {
    pub action: Action,
    pub connection: Connection,
    pub query: Query,
    pub http: Http,
    pub output: Output,
    pub terminal: Terminal,
    pub profile: String,
    pub config_path: Option<PathBuf>,
    /// For `apply`'s `{"env": NAME}` references.
    pub env: Env,
    /// Shown on stderr before the command runs.
    pub warnings: Vec<String>,
}

impl Settings {
    /// Options for the HTTP client; fails when a connection setting is missing.
    pub fn client_options(&self) -> Result<ClientOptions, OmiError> {
        Ok(ClientOptions {
            base_url: self.connection.base_url()?,
            public_key: self.connection.public_key()?,
            private_key: self.connection.private_key()?,
            timeout: self.http.timeout,
            retries: self.http.retries,
            ca_cert_pem: self.http.ca_cert_pem.clone(),
            insecure: self.http.insecure,
            verbose: self.http.verbose,
        })
    }
}

/// Whether a command reads the config file (so a broken file does not
/// stop `omi completions` or `omi config path`).
pub fn needs_config(command: &RawCommand) -> bool {
    !matches!(
        command,
        RawCommand::Completions { .. } | RawCommand::Man | RawCommand::ConfigPath
    )
}

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
    let profile = match config {
        Some(c) => {
            if profile_name != DEFAULT_PROFILE
                && !c.has_profile(&profile_name)
                && !matches!(raw.command, RawCommand::ConfigSet { .. })
            {
                return Err(OmiError::usage(format!(
                    "profile '{profile_name}' is not in {}",
                    c.path.display()
                ))
                .with_hint(format!(
                    "create it with `omi config set base_url URL --profile {profile_name}`"
                )));
            }
            if c.loose_permissions {
                warnings.push(format!(
                    "{} holds a private key and is readable by others; run `chmod 600 {}`",
                    c.path.display(),
                    c.path.display()
                ));
            }
            c.profile(&profile_name)
        }
        None => Default::default(),
    };

    let private_key = match g.private_key {
        Some(raw) => Some(Secret::new(secret_source::resolve(
            raw.expose(),
            "--private-key",
            stdin,
        )?)),
        None => env
            .get(PRIVATE_KEY.env)
            .or_else(|| env.get(PRIVATE_KEY.mcli_env))
            .map(Secret::new)
            .or(profile.private_key.clone()),
    };
    let project_ids = if g.project_ids.is_empty() {
        PROJECT_ID
            .pick(None, &env, profile.project_id.clone())
            .into_iter()
            .collect()
    } else {
        g.project_ids
    };
    let project_ids = project_ids
        .iter()
        .map(|id| check_project_id(id))
        .collect::<Result<Vec<_>, _>>()?;
    let connection = Connection {
        base_url: BASE_URL.pick(g.base_url, &env, profile.base_url.clone()),
        public_key: PUBLIC_KEY
            .pick(
                g.public_key.map(|k| k.expose().to_string()),
                &env,
                profile.public_key.as_ref().map(|k| k.expose().to_string()),
            )
            .map(Secret::new),
        private_key,
        project_ids,
        profile: profile_name.clone(),
    };

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

    let action = resolve_action(raw.command, terminal, stdin)?;
    Ok(Settings {
        action,
        connection,
        query: Query {
            page_num: g.page_num,
            items_per_page: g.items_per_page,
            pretty: g.pretty,
            envelope: g.envelope,
        },
        http: Http {
            timeout: Duration::from_secs_f64(g.timeout.unwrap_or(30.0)),
            retries: g.retries.unwrap_or(3),
            ca_cert_pem,
            insecure: g.insecure,
            verbose: g.verbose > 0,
        },
        output: Output {
            json: g.json,
            color: terminal.stdout && env.get("NO_COLOR").is_none(),
            dry_run: g.dry_run,
        },
        terminal,
        profile: profile_name,
        config_path,
        env,
        warnings,
    })
}

fn resolve_action(
    command: RawCommand,
    terminal: Terminal,
    stdin: &mut Stdin,
) -> Result<Action, OmiError> {
    Ok(match command {
        RawCommand::Write {
            method,
            ty,
            mut values,
        } => {
            for (field, value) in values.iter_mut() {
                if field.secrecy.is_secret() {
                    *value = Secret::new(secret_source::resolve(
                        value.expose(),
                        &format!("--{}", field.flag),
                        stdin,
                    )?);
                }
            }
            // A required secret left out is asked for, unechoed, when a
            // person is at the terminal.
            if terminal.stdin && terminal.stderr {
                for field in ty.fields {
                    let given = values.iter().any(|(f, _)| f.json == field.json);
                    if field.required && field.secrecy.is_secret() && !given {
                        let value =
                            secret_source::prompt(&format!("{} (--{})", field.help, field.flag))?;
                        values.push((field, Secret::new(value)));
                    }
                }
            }
            let body = body::build(ty, &values);
            let problems = ty.validate(body.fields());
            if !problems.is_empty() {
                let verb = match method {
                    WriteMethod::Create => "create",
                    WriteMethod::Update => "update",
                };
                return Err(OmiError::usage(format!(
                    "cannot {verb} the {} integration:\n  {}",
                    ty.title,
                    body::describe_for_flags(ty, &problems)
                ))
                .with_hint(format!("see `omi {verb} {} --help`", ty.cli)));
            }
            Action::Write { method, ty, body }
        }
        RawCommand::ConfigSet { key, value } => {
            let value = match key {
                ConfigKey::PrivateKey => Secret::new(secret_source::resolve(
                    value.expose(),
                    "private_key",
                    stdin,
                )?),
                ConfigKey::BaseUrl => {
                    parse_base_url(value.expose())?;
                    value
                }
                ConfigKey::ProjectId => Secret::new(check_project_id(value.expose())?),
                ConfigKey::PublicKey => value,
            };
            Action::ConfigSet { key, value }
        }
        other => Action::Other(other),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base_url_forms() {
        for raw in [
            "https://om.example.com:8443",
            "https://om.example.com:8443/",
            "https://om.example.com:8443/api/public/v1.0",
            "https://om.example.com:8443/api/public/v1.0/",
        ] {
            assert_eq!(
                parse_base_url(raw).unwrap().as_str(),
                "https://om.example.com:8443/",
                "{raw}"
            );
        }
        assert!(parse_base_url("om.example.com").is_err());
        assert!(parse_base_url("ftp://om.example.com").is_err());
        let e = parse_base_url("https://user:pw-secret@om").unwrap_err();
        assert!(!e.message.contains("pw-secret") && e.message.contains("credentials"));
    }

    #[test]
    fn project_ids_are_checked() {
        assert!(check_project_id("5e2211c17a3e5a48f5497de3").is_ok());
        assert!(check_project_id("5e2211c17a3e5a48f5497de").is_err());
        assert!(check_project_id("../../../etc/passwd00000").is_err());
    }
}

#[cfg(test)]
mod debug_tests {
    use super::*;
    use crate::cli;

    /// Settings may end up in a `{:?}` one day; no secret may show then.
    #[test]
    fn debug_output_holds_no_secret() {
        let raw = cli::parse([
            "omi",
            "--public-key",
            "pub-secret-1",
            "--private-key",
            "priv-secret-2",
            "--base-url",
            "https://om.example.com",
            "--project-id",
            "5e2211c17a3e5a48f5497de3",
            "create",
            "webhook",
            "--url",
            "https://h.example.com/url-secret-3",
            "--secret",
            "wh-secret-4",
        ])
        .unwrap();
        let raw_debug = format!("{raw:?}");
        let env = Env::from_pairs([("OMI_PRIVATE_KEY".to_string(), "env-secret-5".to_string())]);
        let mut stdin = Stdin::new(Box::new(std::io::empty()));
        let settings = resolve(raw, env, None, None, Terminal::default(), &mut stdin).unwrap();
        let debug = format!("{raw_debug}{settings:?}");
        for s in [
            "pub-secret-1",
            "priv-secret-2",
            "url-secret-3",
            "wh-secret-4",
            "env-secret-5",
        ] {
            assert!(!debug.contains(s), "{s} in {debug}");
        }
        assert!(debug.contains("5e2211c17a3e5a48f5497de3"));
    }
}
