//! Resolution: raw arguments + environment + profile → one [`Settings`]
//! value holding a fully typed [`Command`] (ripgrep's high-level
//! arguments): `parse` reads the line, this decides.
//!
//! Precedence, highest first: flags; `OMI_*` variables; mongocli's `MCLI_*`
//! variables; the profile in the config file. The environment arrives as a
//! snapshot from `main` (`input::env`); nothing here or below reads it on
//! its own. `command` holds the typed commands and turns raw ones into
//! them, `connection` the connection settings and where each came from,
//! `config_file` the profiles.

pub mod command;
pub mod config_file;
pub mod connection;

pub use command::{AlertsOptions, ApplyOptions, Command};
pub use connection::{parse_base_url, Connection, Needs};

use crate::cli::raw::{self, RawArgs, RawCommand, RawGlobals};
use crate::client::{ClientOptions, Query};
use crate::errors::OmiError;
use crate::input::env::{Env, Terminal};
use crate::input::secret::Secret;
use crate::input::secret_source::{self, Stdin};
use crate::output::Style;
use config_file::{ConfigFile, Profile, Stored, DEFAULT_PROFILE};
use connection::{
    check_project_id, Origin, Origins, Problems, BASE_URL, PRIVATE_KEY, PROJECT_ID, PUBLIC_KEY,
};
use std::path::PathBuf;
use std::time::Duration;

/// HTTP behaviour, independent of what is sent.
#[derive(Debug, Clone)]
pub struct Http {
    pub timeout: Duration,
    pub retries: u32,
    pub max_wait: Duration,
    /// `--max-rate`: requests per second across all workers.
    pub max_rate: Option<f64>,
    /// Why the profile's `max_rate` cannot be used, if it cannot: said by
    /// a command that sends requests.
    pub max_rate_problem: Option<crate::errors::OmiError>,
    /// Where `max_rate` comes from, as a person would find it
    /// (`--max-rate 0.5`, `max_rate 0.5 in profile 'prod'`).
    pub max_rate_source: Option<String>,
    /// The nonce cache folder; `None` with `--no-cache` / `OMI_NO_CACHE`.
    pub nonce_cache: Option<PathBuf>,
    pub ca_cert_pem: Option<Vec<u8>>,
    pub insecure: bool,
    pub verbose: bool,
}

#[derive(Debug)]
pub struct Settings {
    pub command: Command,
    pub connection: Connection,
    pub query: Query,
    pub http: Http,
    pub style: Style,
    pub dry_run: bool,
    /// `-q/--quiet` or the profile's `quiet`: no notes, progress or
    /// informational lines on stderr.
    pub quiet: bool,
    pub terminal: Terminal,
    pub profile: String,
    pub config_path: Option<PathBuf>,
    /// For `apply`'s `{"env": NAME}` references.
    pub env: Env,
    /// Shown on stderr before the command runs.
    pub warnings: Vec<String>,
}

impl Settings {
    /// Options for the HTTP client, reporting each exchange to `log`;
    /// fails when a connection setting is missing.
    pub fn client_options(
        &self,
        log: std::sync::Arc<dyn crate::exchange::Sink>,
    ) -> Result<ClientOptions, OmiError> {
        if let Some(problem) = &self.http.max_rate_problem {
            return Err(problem.clone());
        }
        Ok(ClientOptions {
            base_url: self.connection.base_url()?,
            public_key: self.connection.public_key()?,
            private_key: self.connection.private_key()?,
            timeout: self.http.timeout,
            retries: self.http.retries,
            max_wait: self.http.max_wait,
            ca_cert_pem: self.http.ca_cert_pem.clone(),
            insecure: self.http.insecure,
            log: Some(log),
            nonce_cache: self.http.nonce_cache.clone(),
            max_rate: self.http.max_rate,
            sent: crate::untrusted::SentSecrets::default(),
        })
    }
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
    let mut profile = load_profile(config, &profile_name.0, &raw.command, &mut warnings)?;
    if !raw.command.uses_profile_settings() {
        profile = Profile::default();
    }
    let profile_rate = profile.max_rate.clone();
    // -q, else the profile's quiet (checked as read; a bad one is said).
    let quiet = match (&g.quiet, &profile.quiet) {
        (true, _) => true,
        (false, Some(Ok(q))) => raw::parse_switch(q.trim()).unwrap_or(false),
        (false, Some(Err(e))) => {
            warnings.push(e.message.clone());
            false
        }
        (false, None) => false,
    };
    let connection = connection(&g, &env, profile, profile_name.clone(), stdin)?;
    let http = http(&g, &env, (&profile_name.0, profile_rate), &mut warnings)?;
    let command = command::from_raw(raw.command, terminal, stdin)?;
    if matches!(&command, Command::Apply(o) if o.exit_code) && !g.dry_run {
        return Err(OmiError::usage(
            "--exit-code reports the changes a plan would make; add --dry-run",
        ));
    }
    if lists_across(&command, &connection, g.dry_run) {
        check_list_across(&command, &g)?;
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
        quiet,
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
    command: &RawCommand,
    warnings: &mut Vec<String>,
) -> Result<Profile, OmiError> {
    let Some(c) = config else {
        return Ok(Profile::default());
    };
    let missing = name != DEFAULT_PROFILE && !c.has_profile(name);
    if missing && matches!(command, RawCommand::ConfigUnset { .. }) {
        return Err(OmiError::usage(format!(
            "profile '{name}' is not in {}, so it holds no key to unset",
            c.path.display()
        )));
    }
    if missing && !matches!(command, RawCommand::ConfigSet { .. }) {
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

/// Whether the command is `list` across projects, the one rule that
/// both the checks here and `omi list` follow: any targeting flag
/// (`--all-projects`, `--org-id`, `--has`, `--missing`, or `--project-id`
/// / `--project` on the command line) gives the fleet's shape, however
/// many projects it names; a dry run naming one project previews its one
/// request instead.
pub fn lists_across(command: &Command, connection: &Connection, dry_run: bool) -> bool {
    let named = connection.project_ids.len() + connection.project_names.len();
    let flagged = !connection.project_names.is_empty()
        || matches!(connection.origins().project_id, Some(Origin::Flag(_)));
    let preview = dry_run && named <= 1;
    matches!(command, Command::List(o) if o.across() || (flagged && !preview))
}

/// `list` takes the query parameters for one project's list; across
/// projects it reads every page of each list and prints its own table or
/// JSON, so a page number, `--pretty` or `--envelope` would be ignored.
/// (Whether it lists across depends on values, so this is said here, not
/// by the definition.)
fn check_list_across(command: &Command, g: &RawGlobals) -> Result<(), OmiError> {
    if g.page_num.is_some() {
        let lists = match command {
            Command::List(o) if o.scope.is_listed() => {
                "the project list and of each project's integrations"
            }
            _ => "each project's integrations",
        };
        return Err(OmiError::usage(format!(
            "--page-num: `omi list` across projects reads every page of {lists}; leave it \
             out (--items-per-page sets the page size)"
        )));
    }
    for (given, flag) in [(g.pretty, "--pretty"), (g.envelope, "--envelope")] {
        if given {
            return Err(OmiError::usage(format!(
                "{flag}: `omi list` across projects prints its own table or JSON, not the \
                 server's answers; leave it out"
            )));
        }
    }
    Ok(())
}

/// A dry run prints the one request a command would send. `list` across
/// projects reads many, and has nothing to preview (`projects` and
/// `export` take no `--dry-run`); a project name needs a request to become
/// an id.
fn check_dry_run(command: &Command, connection: &Connection) -> Result<(), OmiError> {
    if lists_across(command, connection, true) {
        return Err(OmiError::usage(
            "--dry-run shows the one request a command would send; `omi list` across \
             projects only reads, and reads many, so leave it out",
        ));
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
    (profile, profile_rate): (&str, Option<Stored<String>>),
    warnings: &mut Vec<String>,
) -> Result<Http, OmiError> {
    // --max-rate, else the profile's max_rate (a rate: checked as read;
    // a bad one is said only by a command that sends requests).
    let (max_rate, max_rate_problem) = match (g.max_rate, &profile_rate) {
        (Some(r), _) => (Some(r), None),
        (None, Some(Ok(r))) => (raw::parse_max_rate(r.trim()).ok(), None),
        (None, Some(Err(e))) => (None, Some(e.clone())),
        (None, None) => (None, None),
    };
    let max_rate_source = match (g.max_rate, max_rate) {
        (Some(r), _) => Some(format!("--max-rate {r}")),
        (None, Some(r)) => Some(format!("max_rate {r} in profile '{profile}'")),
        (None, None) => None,
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
        max_rate_source,
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

#[cfg(test)]
mod debug_tests {
    use super::*;
    use crate::input::secret_source::Stdin;

    /// Settings may end up in a `{:?}` one day; no secret may show then.
    #[test]
    fn debug_output_holds_no_secret() {
        let raw = crate::cli::parse([
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
