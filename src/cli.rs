//! The command line: the clap definition (built from the type table) and its
//! parse into plain raw structs. Nothing here reads the environment or the
//! config file; `settings` resolves these raw values into `Settings`.

use crate::api::body::FieldValue;
use crate::api::secrecy::Kind;
use crate::api::types::{self, Field, IntegrationType, TypeName, TYPES};
use crate::input::secret::Secret;
use crate::settings::command::WriteMethod;
use crate::settings::config_file::ConfigKey;
use clap::builder::{PossibleValue, PossibleValuesParser, TypedValueParser, ValueParser};
use clap::parser::ValueSource;
use clap::{value_parser, Arg, ArgAction, ArgMatches, Command};
use std::ffi::OsString;
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
    },
    Projects {
        org_id: Option<String>,
    },
    Export {
        all_projects: bool,
        org_ids: Vec<String>,
        toml: bool,
        output: Option<PathBuf>,
    },
    Schema,
    ConfigSet {
        key: ConfigKey,
        value: Secret,
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
    /// Whether the command uses the profile's settings. `config set` and
    /// `config show` do not: they must work on a profile holding a value
    /// that cannot be used, so that it can be seen and fixed.
    pub fn uses_profile_settings(&self) -> bool {
        self.reads_config()
            && !matches!(
                self,
                RawCommand::ConfigSet { .. } | RawCommand::ConfigShow { effective: false }
            )
    }
}

#[derive(Debug, Clone)]
pub struct RawArgs {
    pub globals: RawGlobals,
    pub command: RawCommand,
}

const CONNECTION: &str = "Connection";
const OUTPUT: &str = "Output";
const QUERY: &str = "Query parameters";
const HTTP: &str = "HTTP";

const SECRET_INPUT_HELP: &str = "'-' reads it from stdin, '@PATH' from a file";

/// Secret flags are parsed straight into [`Secret`]: the value never
/// exists as a plain `String` in the parsed arguments.
fn secret_parser() -> ValueParser {
    ValueParser::new(|s: &str| -> Result<Secret, std::convert::Infallible> { Ok(Secret::new(s)) })
}

/// An option of one of the four groups below, under its help heading.
/// "Global" in the sense that the root takes every group, so it works
/// before any command; not clap-global (which would put it in the help of
/// every command): each command opts in to the groups that apply to it.
fn global(arg: Arg, heading: &'static str) -> Arg {
    arg.help_heading(heading)
}

/// The option groups. Each is a plain function returning its args; a
/// command opts in with one line, `.args(Options::Connection.args())` or,
/// for a command that talks to Ops Manager, [`ops_manager`]. The root
/// carries every group too, so an option works before the command
/// (`omi --json list`) as well as after it (`omi list --json`); the help of
/// a command lists only the options it takes. `raw_globals` reads each
/// option from whichever level it was given at.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Options {
    Connection,
    Output,
    Query,
    Http,
}

impl Options {
    pub const ALL: [Options; 4] = [
        Options::Connection,
        Options::Output,
        Options::Query,
        Options::Http,
    ];

    pub fn args(self) -> Vec<Arg> {
        match self {
            Options::Connection => connection_args(),
            Options::Output => output_args(),
            Options::Query => query_args(),
            Options::Http => http_args(),
        }
    }

    /// The group's help heading, which is also how the man page tells a
    /// group's options apart.
    pub fn heading(self) -> &'static str {
        match self {
            Options::Connection => CONNECTION,
            Options::Output => OUTPUT,
            Options::Query => QUERY,
            Options::Http => HTTP,
        }
    }
}

fn all_option_args() -> Vec<Arg> {
    Options::ALL.iter().flat_map(|g| g.args()).collect()
}

/// A command that talks to Ops Manager: it takes every option group.
fn ops_manager(cmd: Command) -> Command {
    cmd.args(all_option_args())
}

/// One option of a group, for a command that takes only that one
/// (`config show --profile`).
fn one_option(group: Options, id: &str) -> Arg {
    group
        .args()
        .into_iter()
        .find(|a| a.get_id() == id)
        .unwrap_or_else(|| unreachable!("{id} is not in the {} group", group.heading()))
}

/// Where Ops Manager is and who is asking. (A list of definitions, as
/// data: long because each flag is a few lines.)
fn connection_args() -> Vec<Arg> {
    vec![
    global(
        Arg::new("base-url")
            .long("base-url")
            .value_name("URL")
            .help("Ops Manager URL, e.g. https://om.example.com:8443 [env: OMI_BASE_URL]"),
        CONNECTION,
    ),
    global(
        Arg::new("public-key")
            .long("public-key")
            .value_name("KEY")
            .value_parser(secret_parser())
.allow_hyphen_values(true)
            .help("Public API key [env: OMI_PUBLIC_KEY]"),
        CONNECTION,
    ),
    global(
        Arg::new("private-key")
            .long("private-key")
            .value_name("KEY")
            .value_parser(secret_parser())
.allow_hyphen_values(true)
            .help(format!(
                "Private API key; {SECRET_INPUT_HELP} [env: OMI_PRIVATE_KEY]"
            )),
        CONNECTION,
    ),
    global(
        Arg::new("project-id")
            .long("project-id")
            .value_name("ID")
            .action(ArgAction::Append)
            .help("Project (group) id, 24 hex characters; repeatable for list, apply and export [env: OMI_PROJECT_ID]"),
        CONNECTION,
    ),
    global(
        Arg::new("project")
            .long("project")
            .value_name("NAME")
            .action(ArgAction::Append)
            .help("Project by name, instead of --project-id; repeatable where --project-id is"),
        CONNECTION,
    ),
    global(
        Arg::new("profile")
            .long("profile")
            .value_name("NAME")
            .help("Profile in the config file [env: OMI_PROFILE] [default: default]"),
        CONNECTION,
    ),
    global(
        Arg::new("ca-cert")
            .long("ca-cert")
            .value_name("FILE")
            .value_parser(value_parser!(PathBuf))
            .value_hint(clap::ValueHint::FilePath)
            .help("Also trust this PEM certificate authority (private Ops Manager CA)"),
        CONNECTION,
    ),
    global(
        Arg::new("insecure")
            .long("insecure")
            .action(ArgAction::SetTrue)
            .help("Skip TLS certificate verification (unsafe; prints a warning)"),
        CONNECTION,
    ),
    ]
}

/// How results are shown.
fn output_args() -> Vec<Arg> {
    vec![
        global(
            Arg::new("json")
                .long("json")
                .action(ArgAction::SetTrue)
                .help("Print the response body as received, for jq and scripts"),
            OUTPUT,
        ),
        global(
            Arg::new("dry-run")
                .long("dry-run")
                .action(ArgAction::SetTrue)
                .help("Print what would be sent, secrets masked, and send nothing"),
            OUTPUT,
        ),
        global(
            Arg::new("verbose")
                .short('v')
                .long("verbose")
                .action(ArgAction::Count)
                .help("Show each HTTP exchange on stderr (secrets masked)"),
            OUTPUT,
        ),
    ]
}

/// Query parameters every endpoint takes.
fn query_args() -> Vec<Arg> {
    vec![
        global(
            Arg::new("page-num")
                .long("page-num")
                .value_name("N")
                .value_parser(value_parser!(u32).range(1..))
                .help("Page of results to return, from 1"),
            QUERY,
        ),
        global(
            Arg::new("items-per-page")
                .long("items-per-page")
                .value_name("N")
                .value_parser(value_parser!(u32).range(1..=500))
                .help("Results per page, 1 to 500"),
            QUERY,
        ),
        global(
            Arg::new("pretty")
                .long("pretty")
                .action(ArgAction::SetTrue)
                .help("Ask the server for indented JSON"),
            QUERY,
        ),
        global(
            Arg::new("envelope")
                .long("envelope")
                .action(ArgAction::SetTrue)
                .help("Ask the server to wrap responses in {status, content}"),
            QUERY,
        ),
    ]
}

/// Timeouts and retries.
fn http_args() -> Vec<Arg> {
    vec![
    global(
        Arg::new("timeout")
            .long("timeout")
            .value_name("SECS")
            .value_parser(parse_timeout)
            .help("Give up on a request after this many seconds [default: 30]"),
        HTTP,
    ),
    global(
        Arg::new("retries")
            .long("retries")
            .value_name("N")
            .value_parser(value_parser!(u32).range(0..=10))
            .help("Retries of GET, PUT, DELETE on 429, 502-504 and connection errors [default: 3]"),
        HTTP,
    ),
        global(
            Arg::new("max-wait")
                .long("max-wait")
                .value_name("SECS")
                .value_parser(parse_max_wait)
                .help("Wait at most this many seconds in all between retries of one request; a longer Retry-After ends it [default: 60]"),
            HTTP,
        ),
        global(
            Arg::new("max-rate")
                .long("max-rate")
                .value_name("N")
                .value_parser(parse_max_rate)
                .help("Send at most N requests per second across all workers, digest challenges included [default: no limit]"),
            HTTP,
        ),
        global(
            Arg::new("no-cache")
                .long("no-cache")
                .action(ArgAction::SetTrue)
                .help("Do not keep or use the server's digest nonce between runs (costs a challenge round trip per run) [env: OMI_NO_CACHE=1]"),
            HTTP,
        ),
    ]
}

pub(crate) fn parse_max_rate(s: &str) -> Result<f64, String> {
    match s.parse::<f64>() {
        Ok(v) if (0.01..=100_000.0).contains(&v) => Ok(v),
        _ => Err("expected requests per second from 0.01 to 100000, e.g. 100".to_string()),
    }
}

fn parse_max_wait(s: &str) -> Result<f64, String> {
    match s.parse::<f64>() {
        Ok(v) if (0.0..=86_400.0).contains(&v) => Ok(v),
        _ => Err("expected a number of seconds from 0 to 86400, e.g. 60".to_string()),
    }
}

fn parse_timeout(s: &str) -> Result<f64, String> {
    match s.parse::<f64>() {
        Ok(v) if v > 0.0 && v <= 86_400.0 => Ok(v),
        _ => Err("expected a number of seconds greater than 0, e.g. 30 or 2.5".to_string()),
    }
}

/// The `TYPE` argument of get and delete: command-line names, with the API
/// spellings as aliases.
fn type_arg() -> Arg {
    Arg::new("type")
        .value_name("TYPE")
        .required(true)
        .value_parser(TypeNameParser)
        .help("Integration type (e.g. slack, or its API name SLACK; any API name such as FLOWDOCK works too)")
}

/// The `TYPE` of get and delete: the table's names in either spelling and
/// any case, or any API-style name (`FLOWDOCK`) for types omi has no table
/// for. Completion offers the table's names.
#[derive(Clone)]
struct TypeNameParser;

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

/// One flag for a field, from the table.
fn field_arg(f: &'static Field) -> Arg {
    let mut help = f.help.to_string();
    if f.required {
        help.push_str(" [required]");
    }
    let mut arg = Arg::new(f.json).long(f.flag).value_name(value_name(f));
    if f.secrecy.is_secret() {
        help.push_str(&format!("; {SECRET_INPUT_HELP}"));
        arg = arg.value_parser(secret_parser()).allow_hyphen_values(true);
    }
    let mut arg = arg.help(help);
    match f.kind {
        Kind::Text => {}
        Kind::Bool => arg = arg.value_parser(PossibleValuesParser::new(["true", "false"])),
        // Any case is accepted (as completion offers it); the table's
        // spelling is what is sent.
        Kind::Enum(values) => {
            arg = arg
                .value_parser(
                    PossibleValuesParser::new(values.iter().copied())
                        .map(|typed| canonical(values, typed)),
                )
                .ignore_case(true)
        }
    }
    if let Some(default) = f.default {
        arg = arg.default_value(default);
    }
    arg
}

/// The table's spelling of an enum value typed in any case.
fn canonical(values: &[&str], typed: String) -> String {
    values
        .iter()
        .find(|v| v.eq_ignore_ascii_case(&typed))
        .map_or(typed, |v| v.to_string())
}

fn value_name(f: &Field) -> String {
    match f.kind {
        Kind::Bool => "BOOL".to_string(),
        _ => f.flag.replace('-', "_").to_uppercase(),
    }
}

/// `create TYPE` or `update TYPE`: a subcommand per type, flags from the table.
fn type_subcommands(verb: &'static str) -> Vec<Command> {
    TYPES
        .iter()
        .map(|t| {
            let mut notes = String::new();
            for n in t.advice() {
                notes.push_str("  - ");
                notes.push_str(n);
                notes.push('\n');
            }
            ops_manager(Command::new(t.cli))
                .visible_alias(t.api)
                .about(format!("{verb} the {} integration", t.title))
                .after_help(format!(
                    "Notes from the Ops Manager documentation:\n{notes}"
                ))
                .args(t.fields.iter().map(field_arg))
                .arg(raw_field_arg())
        })
        .collect()
}

/// `--field NAME=VALUE`: a field the table does not know (a newer
/// server's), sent as given.
fn raw_field_arg() -> Arg {
    Arg::new("raw-field")
        .long("field")
        .value_name("NAME=VALUE")
        .action(ArgAction::Append)
        .value_parser(parse_raw_field)
        .help("A field omi's table does not know, sent as given; VALUE is JSON when it parses, else a string (repeatable)")
}

fn parse_raw_field(s: &str) -> Result<(String, serde_json::Value), String> {
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

pub fn command() -> Command {
    definition(true)
}

/// The definition the completion scripts are generated from: without the
/// hidden helper commands, which clap_complete would offer (it does not
/// skip hidden subcommands).
pub fn completion_command() -> Command {
    definition(false)
}

fn definition(with_hidden: bool) -> Command {
    Command::new("omi")
        .version(env!("CARGO_PKG_VERSION"))
        .about("Manage MongoDB Ops Manager third-party alert integrations")
        .long_about(
            "Manage MongoDB Ops Manager third-party alert integrations (PagerDuty, Slack, \
             Datadog, HipChat, Opsgenie, VictorOps, webhooks, Microsoft Teams, Prometheus, \
             New Relic) through the Ops Manager public API, with HTTP digest auth.",
        )
        .after_help(
            "Connection settings come from flags, then OMI_* (or mongocli's MCLI_*) \
             environment variables, then the profile in the config file (omi config path).\n\
             Exit codes: 0 ok, 1 other failure, 2 usage, 3 auth, 4 API error, 5 server error, \
             6 network, 7 changes pending (apply --dry-run --exit-code), 130/143 interrupted \
             (SIGINT/SIGTERM).",
        )
        .subcommand_required(true)
        .arg_required_else_help(true)
        .args(all_option_args())
        .subcommand(write_command(
            "create",
            "Create an integration (POST); fails if the type is already configured",
            "Create",
        ))
        .subcommand(write_command(
            "update",
            "Create or replace an integration (PUT)",
            "Create or replace",
        ))
        .subcommand(ops_manager(list_command()))
        .subcommand(ops_manager(
            Command::new("get")
                .about("Show one integration")
                .arg(type_arg()),
        ))
        .subcommand(delete_command())
        .subcommand(apply_command())
        .subcommand(ops_manager(projects_command()))
        .subcommand(ops_manager(export_command()))
        .subcommand(schema_command())
        .subcommand(config_command(with_hidden))
        .subcommand(completions_command())
        .subcommand(Command::new("man").about("Print the man page (roff)"))
}

/// `create TYPE` or `update TYPE`.
fn write_command(name: &'static str, about: &'static str, verb: &'static str) -> Command {
    ops_manager(
        Command::new(name)
            .about(about)
            .subcommand_required(true)
            .subcommand_value_name("TYPE")
            .subcommands(type_subcommands(verb)),
    )
}

fn delete_command() -> Command {
    ops_manager(Command::new("delete"))
        .about("Delete an integration")
        .arg(type_arg())
        .arg(
            Arg::new("yes")
                .short('y')
                .long("yes")
                .action(ArgAction::SetTrue)
                .help("Do not ask for confirmation (required when stdin is not a terminal)"),
        )
}

/// `--all-projects` and `--org-id`: projects the server lists.
fn scope_args(what: &str) -> [Arg; 2] {
    [
        Arg::new("all-projects")
            .long("all-projects")
            .action(ArgAction::SetTrue)
            .help(format!("{what} every project the key can see")),
        Arg::new("org-id")
            .long("org-id")
            .value_name("ID")
            .action(ArgAction::Append)
            .help(format!(
                "{what} every project of this organization (24 hex characters); repeatable"
            )),
    ]
}

/// A type name from the table, for `--missing` and `--has`.
fn type_value(name: &'static str, help: &'static str) -> Arg {
    let values: Vec<PossibleValue> = TYPES
        .iter()
        .map(|t| PossibleValue::new(t.cli).alias(t.api).help(t.title))
        .collect();
    Arg::new(name)
        .long(name)
        .value_name("TYPE")
        .ignore_case(true)
        .value_parser(PossibleValuesParser::new(values))
        .help(help)
}

fn list_command() -> Command {
    Command::new("list")
        .about("List the project's integrations, or which projects have which")
        .after_help(
            "With --all-projects, --org-id, several --project-id/--project, --missing or --has: \
             a row per project and a column per type, each cell showing the last four \
             characters of its keys.",
        )
        .args(scope_args("List"))
        .arg(type_value("missing", "Only the projects that lack this type").conflicts_with("has"))
        .arg(type_value("has", "Only the projects that have this type"))
}

fn projects_command() -> Command {
    Command::new("projects")
        .about("List the projects the key can see: id, name, organization")
        .arg(
            Arg::new("org-id")
                .long("org-id")
                .value_name("ID")
                .help("Only this organization's projects (24 hex characters)"),
        )
}

fn export_command() -> Command {
    Command::new("export")
        .about("Write an apply file of the integrations the projects have now")
        .after_help(
            "Masked keys become {\"env\": NAME} references; the names, and the masks the server \
             shows, are listed on stderr. Set them and `omi apply -f FILE --dry-run --exit-code` \
             finds nothing to change. Get the schema the file refers to with \
             `omi schema > omi-apply.schema.json`.",
        )
        .args(scope_args("Export"))
        .arg(
            Arg::new("format")
                .long("format")
                .value_name("FORMAT")
                .value_parser(PossibleValuesParser::new(["json", "toml"]))
                .default_value("json")
                .help("File format"),
        )
        .arg(
            Arg::new("output")
                .short('o')
                .long("output")
                .value_name("FILE")
                .value_parser(value_parser!(PathBuf))
                .value_hint(clap::ValueHint::FilePath)
                .help("Write to FILE (mode 0600) instead of stdout"),
        )
}

fn schema_command() -> Command {
    Command::new("schema").about("Print the JSON Schema of the apply file (draft 2020-12)")
}

/// `apply` and its flags (a list of definitions, as data).
fn apply_command() -> Command {
    ops_manager(Command::new("apply"))
        .about("Converge projects to the integrations declared in a file")
        .after_help(
            "The file holds API bodies keyed by API type name, without \"type\":\n\n  \
             {\n    \"integrations\": {\"PAGER_DUTY\": {\"serviceKey\": {\"env\": \"PD_KEY\"}}},\n    \
             \"projects\": {\"5e2211c17a3e5a48f5497de3\": {\"WEBHOOK\": null}}\n  }\n\n\
             \"integrations\" applies to every targeted project; \"projects\" adds or replaces \
             types per project, null removes one. A value may be a literal, {\"env\": NAME} or \
             {\"file\": PATH}. A \"$schema\" key is ignored. The same in TOML (false removes, \
             as TOML has no null):\n\n  \
             [integrations.PAGER_DUTY]\n  \
             serviceKey = {env = \"PD_KEY\"}\n\n  \
             [projects.5e2211c17a3e5a48f5497de3]\n  \
             WEBHOOK = false\n\n\
             Try --dry-run first.",
        )
        .arg(
            Arg::new("file")
                .short('f')
                .long("file")
                .value_name("FILE")
                .required(true)
                .value_parser(value_parser!(PathBuf))
                .value_hint(clap::ValueHint::FilePath)
                .help("Desired integrations, JSON or TOML (by extension)"),
        )
        .args(scope_args("Target"))
        .arg(
            Arg::new("prune")
                .long("prune")
                .action(ArgAction::SetTrue)
                .help("Delete integrations the file does not declare"),
        )
        .arg(
            Arg::new("force")
                .long("force")
                .action(ArgAction::SetTrue)
                .help("Replace every declared integration, even if it looks unchanged"),
        )
        .arg(
            Arg::new("yes")
                .short('y')
                .long("yes")
                .action(ArgAction::SetTrue)
                .help("Do not ask before --prune deletes (required when stdin is not a terminal)"),
        )
        .arg(
            Arg::new("exit-code")
                .long("exit-code")
                .action(ArgAction::SetTrue)
                .help("With --dry-run: exit 7 when changes are pending, 0 when none (for CI drift checks)"),
        )
        .arg(
            Arg::new("all-rows")
                .long("all-rows")
                .action(ArgAction::SetTrue)
                .help("List unchanged rows too (a terminal shows only what changes, fails or cannot be verified)"),
        )
        .arg(
            Arg::new("concurrency")
                .long("concurrency")
                .value_name("N")
                .value_parser(value_parser!(u32).range(1..=256))
                .default_value("8")
                .help("Requests in flight at once (twice as many projects are worked on)"),
        )
}

fn config_command(with_hidden: bool) -> Command {
    let config = Command::new("config")
        .about("Read and write the config file")
        .subcommand_required(true)
        .subcommand(
            Command::new("set")
                .about("Set a key in a profile (file mode 0600)")
                .arg(one_option(Options::Connection, "profile"))
                .arg(
                    Arg::new("key")
                        .required(true)
                        .value_parser(PossibleValuesParser::new(
                            ConfigKey::ALL.map(ConfigKey::name),
                        )),
                )
                .arg(
                    Arg::new("value")
                        .required(true)
                        .value_parser(secret_parser())
                        .allow_hyphen_values(true)
                        .help(format!("The value; for private_key, {SECRET_INPUT_HELP}")),
                ),
        )
        .subcommand(Command::new("show")
                    .about("Show a profile, secrets masked; with --effective, what a command would use")
                    // The connection options, so that --effective shows
                    // what they change.
                    .args(Options::Connection.args())
                    .arg(one_option(Options::Output, "json"))
                    .arg(
                        Arg::new("effective")
                            .long("effective")
                            .action(ArgAction::SetTrue)
                            .help("Show the settings a command would use (flags, OMI_*, MCLI_*, profile) and where each comes from"),
                    ))
        .subcommand(Command::new("path").about("Print the config file's path"));
    if !with_hidden {
        return config;
    }
    config.subcommand(
        Command::new("profiles")
            .hide(true)
            .about("Print the config file's profile names, one per line (for completion)"),
    )
}

fn completions_command() -> Command {
    Command::new("completions")
        .about("Print a shell completion script")
        .arg(
            Arg::new("shell")
                .required(true)
                .value_parser(value_parser!(clap_complete::Shell)),
        )
}

/// The long flags whose values are secrets, from the definition.
fn secret_flags() -> Vec<String> {
    let mut flags = vec!["--public-key".to_string(), "--private-key".to_string()];
    for t in TYPES {
        for f in t.fields.iter().filter(|f| f.secrecy.is_secret()) {
            flags.push(format!("--{}", f.flag));
        }
    }
    flags
}

/// A parse error's text with every word that follows a secret flag (its
/// value, and a stray second word of a value with a space in it) hidden:
/// clap quotes the arguments it did not expect.
pub fn scrub_parse_error(args: &[OsString], text: &str) -> String {
    let flags = secret_flags();
    let words: Vec<String> = args
        .iter()
        .map(|a| a.to_string_lossy().into_owned())
        .collect();
    // The word after a value, unless it is a flag: the rest of a value
    // that had a space in it.
    let stray = |i: usize| words.get(i).filter(|w| !w.starts_with('-')).cloned();
    let mut hidden = Vec::new();
    for (i, w) in words.iter().enumerate() {
        if let Some((flag, value)) = w.split_once('=') {
            if flags.iter().any(|f| f == flag) {
                hidden.push(value.to_string());
                hidden.extend(stray(i + 1));
            }
        } else if flags.iter().any(|f| f == w) || w == "private_key" {
            // (`config set private_key VALUE` takes a key too.)
            hidden.extend(words.get(i + 1).cloned());
            hidden.extend(stray(i + 2));
        }
    }
    let mut out = text.to_string();
    // An omi option in a secret's place is no secret: the error names it.
    let secret = |h: &&String| !h.is_empty() && (h.contains('=') || !is_own_option(h));
    for h in hidden.iter().filter(secret) {
        out = out.replace(&format!("'{h}'"), "'******'");
        if h.chars().count() >= 4 {
            out = out.replace(h.as_str(), "******");
        }
    }
    out
}

/// Every option omi defines, as it is typed: `--long` and `-s` (aliases
/// too), at every level, `--help` and `--version` included.
fn own_options() -> &'static [String] {
    static OPTIONS: std::sync::OnceLock<Vec<String>> = std::sync::OnceLock::new();
    OPTIONS.get_or_init(|| {
        let mut cmd = command();
        cmd.build();
        let mut out = std::collections::BTreeSet::new();
        collect_options(&cmd, &mut out);
        out.into_iter().collect()
    })
}

fn collect_options(cmd: &Command, out: &mut std::collections::BTreeSet<String>) {
    for a in cmd.get_arguments() {
        let longs = a
            .get_long()
            .into_iter()
            .chain(a.get_all_aliases().unwrap_or_default());
        out.extend(longs.map(|l| format!("--{l}")));
        let shorts = a
            .get_short()
            .into_iter()
            .chain(a.get_all_short_aliases().unwrap_or_default());
        out.extend(shorts.map(|s| format!("-{s}")));
    }
    for sub in cmd.get_subcommands() {
        collect_options(sub, out);
    }
}

/// Whether `word` is one of omi's options: `--dry-run`, `--base-url=URL`,
/// `-v`, or short switches together (`-vv`).
fn is_own_option(word: &str) -> bool {
    let options = own_options();
    if let Some(long) = word.strip_prefix("--") {
        let name = long.split_once('=').map_or(long, |(n, _)| n);
        return !name.is_empty() && options.iter().any(|o| o[2..] == *name);
    }
    match word.strip_prefix('-') {
        Some(shorts) if !shorts.is_empty() => shorts
            .chars()
            .all(|c| options.iter().any(|o| o.len() == 2 && o.ends_with(c))),
        _ => false,
    }
}

/// A secret flag takes a value that starts with '-', so one whose value
/// was forgotten (`--service-key $UNSET --dry-run`) would take the next
/// option as its value and turn `--dry-run` into a write. An omi option
/// right after a secret flag is a usage error instead; `--flag=VALUE`
/// passes any value.
fn check_secret_values(args: &[OsString]) -> Result<(), clap::Error> {
    let flags = secret_flags();
    for pair in args.windows(2) {
        if pair[0] == "--" {
            break;
        }
        let (Some(flag), Some(next)) = (pair[0].to_str(), pair[1].to_str()) else {
            continue;
        };
        if flags.iter().any(|f| f == flag) && is_own_option(next) {
            let option = next.split_once('=').map_or(next, |(o, _)| o);
            return Err(clap::Error::raw(
                clap::error::ErrorKind::InvalidValue,
                format!(
                    "{flag} has no value: the word after it, '{option}', is one of omi's options \
                     (is the variable you passed set?)\n  \
                     give the value after {flag}; a value that starts with '-' goes as \
                     {flag}=VALUE, or in a file ({flag} @FILE) or on stdin ({flag} -)\n"
                ),
            ));
        }
    }
    Ok(())
}

/// Parses the command line. Errors are clap's (usage, exit 2) or, for
/// `--help`/`--version`, clap's display requests.
pub fn parse<I, T>(args: I) -> Result<RawArgs, clap::Error>
where
    I: IntoIterator<Item = T>,
    T: Into<OsString> + Clone,
{
    let args: Vec<OsString> = args.into_iter().map(Into::into).collect();
    check_secret_values(&args)?;
    let m = command().try_get_matches_from(args)?;
    let globals = raw_globals(&m);
    let command = raw_command(&m);
    Ok(RawArgs { globals, command })
}

/// The matches of each command level the line went through, root first:
/// a group's options are defined on the root and again on each command
/// that takes them, and may be given at any of those levels.
fn levels(m: &ArgMatches) -> Vec<&ArgMatches> {
    let mut out = vec![m];
    let mut current = m;
    while let Some((_, sub)) = current.subcommand() {
        out.push(sub);
        current = sub;
    }
    out
}

/// An option's value from the deepest level it was typed at, else a
/// default from any level. `try_get_one` because a level that does not
/// define the option makes `get_one` panic.
fn one<T: Clone + Send + Sync + 'static>(levels: &[&ArgMatches], id: &str) -> Option<T> {
    let mut default = None;
    for m in levels.iter().rev() {
        if let Ok(Some(v)) = m.try_get_one::<T>(id) {
            if m.value_source(id) == Some(ValueSource::CommandLine) {
                return Some(v.clone());
            }
            default.get_or_insert_with(|| v.clone());
        }
    }
    default
}

/// Every value of a repeatable option, from every level, root first.
fn many<T: Clone + Send + Sync + 'static>(levels: &[&ArgMatches], id: &str) -> Vec<T> {
    levels
        .iter()
        .filter_map(|m| m.try_get_many::<T>(id).ok().flatten())
        .flat_map(|v| v.cloned())
        .collect()
}

/// A switch given at any level.
fn flag(levels: &[&ArgMatches], id: &str) -> bool {
    levels
        .iter()
        .any(|m| matches!(m.try_get_one::<bool>(id), Ok(Some(true))))
}

/// A counted switch (`-v -v`), added up over the levels.
fn count(levels: &[&ArgMatches], id: &str) -> u8 {
    levels
        .iter()
        .filter_map(|m| m.try_get_one::<u8>(id).ok().flatten())
        .fold(0u8, |sum, n| sum.saturating_add(*n))
}

fn raw_globals(m: &ArgMatches) -> RawGlobals {
    let l = levels(m);
    let l = l.as_slice();
    RawGlobals {
        base_url: one(l, "base-url"),
        public_key: one(l, "public-key"),
        private_key: one(l, "private-key"),
        project_ids: many(l, "project-id"),
        project_names: many(l, "project"),
        profile: one(l, "profile"),
        json: flag(l, "json"),
        page_num: one(l, "page-num"),
        items_per_page: one(l, "items-per-page"),
        pretty: flag(l, "pretty"),
        envelope: flag(l, "envelope"),
        dry_run: flag(l, "dry-run"),
        verbose: count(l, "verbose"),
        timeout: one(l, "timeout"),
        retries: one(l, "retries"),
        max_wait: one(l, "max-wait"),
        max_rate: one(l, "max-rate"),
        no_cache: flag(l, "no-cache"),
        ca_cert: one(l, "ca-cert"),
        insecure: flag(l, "insecure"),
    }
}

/// The type clap matched: its values come from the table, so finding it
/// again cannot fail.
fn table_type(name: &str) -> &'static IntegrationType {
    types::find(name).unwrap_or_else(|| unreachable!("clap accepts only the table's type names"))
}

fn type_of(m: &ArgMatches) -> TypeName {
    m.get_one::<TypeName>("type")
        .cloned()
        .unwrap_or_else(|| unreachable!("TYPE is a required argument"))
}

/// The field flags given, each as a plain value or a secret.
fn field_values(ty: &'static IntegrationType, m: &ArgMatches) -> Vec<(&'static Field, FieldValue)> {
    ty.fields
        .iter()
        .filter_map(|f| {
            let value = if f.secrecy.is_secret() {
                FieldValue::Secret(m.get_one::<Secret>(f.json)?.clone())
            } else {
                FieldValue::Plain(m.get_one::<String>(f.json)?.clone().into())
            };
            Some((f, value))
        })
        .collect()
}

/// Every value of a repeatable flag.
fn strings(m: &ArgMatches, name: &str) -> Vec<String> {
    m.get_many::<String>(name)
        .map(|v| v.cloned().collect())
        .unwrap_or_default()
}

/// A `--missing`/`--has` type, if given.
fn type_flag(m: &ArgMatches, name: &str) -> Option<&'static IntegrationType> {
    m.get_one::<String>(name).map(|n| table_type(n))
}

fn raw_command(m: &ArgMatches) -> RawCommand {
    let Some((name, sub)) = m.subcommand() else {
        unreachable!("the definition sets subcommand_required")
    };
    match name {
        "create" | "update" => {
            let method = if name == "create" {
                WriteMethod::Create
            } else {
                WriteMethod::Update
            };
            let Some((type_name, fm)) = sub.subcommand() else {
                unreachable!("create and update set subcommand_required")
            };
            let ty = table_type(type_name);
            RawCommand::Write {
                method,
                ty,
                values: field_values(ty, fm),
                raw: fm
                    .get_many::<(String, serde_json::Value)>("raw-field")
                    .map(|v| v.cloned().collect())
                    .unwrap_or_default(),
            }
        }
        "get" => RawCommand::Get { ty: type_of(sub) },
        "delete" => RawCommand::Delete {
            ty: type_of(sub),
            yes: sub.get_flag("yes"),
        },
        "list" => RawCommand::List {
            all_projects: sub.get_flag("all-projects"),
            org_ids: strings(sub, "org-id"),
            missing: type_flag(sub, "missing"),
            has: type_flag(sub, "has"),
        },
        "apply" => raw_apply(sub),
        "projects" => RawCommand::Projects {
            org_id: sub.get_one::<String>("org-id").cloned(),
        },
        "export" => RawCommand::Export {
            all_projects: sub.get_flag("all-projects"),
            org_ids: strings(sub, "org-id"),
            toml: sub.get_one::<String>("format").is_some_and(|f| f == "toml"),
            output: sub.get_one::<PathBuf>("output").cloned(),
        },
        "schema" => RawCommand::Schema,
        "config" => raw_config(sub),
        "completions" => RawCommand::Completions {
            shell: *sub
                .get_one::<clap_complete::Shell>("shell")
                .unwrap_or_else(|| unreachable!("shell is a required argument")),
        },
        "man" => RawCommand::Man,
        other => unreachable!("subcommand {other} is not in the definition"),
    }
}

fn raw_apply(sub: &ArgMatches) -> RawCommand {
    RawCommand::Apply {
        file: sub
            .get_one::<PathBuf>("file")
            .cloned()
            .unwrap_or_else(|| unreachable!("--file is required")),
        all_projects: sub.get_flag("all-projects"),
        org_ids: strings(sub, "org-id"),
        prune: sub.get_flag("prune"),
        force: sub.get_flag("force"),
        yes: sub.get_flag("yes"),
        exit_code: sub.get_flag("exit-code"),
        all_rows: sub.get_flag("all-rows"),
        concurrency: sub.get_one::<u32>("concurrency").copied().unwrap_or(8) as usize,
    }
}

fn raw_config(sub: &ArgMatches) -> RawCommand {
    match sub.subcommand() {
        Some(("set", s)) => {
            let key = s.get_one::<String>("key").map_or("", String::as_str);
            RawCommand::ConfigSet {
                key: ConfigKey::from_name(key)
                    .unwrap_or_else(|| unreachable!("clap accepts only ConfigKey names")),
                value: s
                    .get_one::<Secret>("value")
                    .cloned()
                    .unwrap_or_else(|| unreachable!("value is required")),
            }
        }
        Some(("show", s)) => RawCommand::ConfigShow {
            effective: s.get_flag("effective"),
        },
        Some(("path", _)) => RawCommand::ConfigPath,
        Some(("profiles", _)) => RawCommand::ConfigProfiles,
        _ => unreachable!("config sets subcommand_required"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clap_definition_is_consistent() {
        command().debug_assert();
    }

    #[test]
    fn every_field_of_every_type_has_its_flag_under_create_and_update() {
        let cmd = command();
        for verb in ["create", "update"] {
            let sub = cmd.find_subcommand(verb).unwrap();
            for t in TYPES {
                let tc = sub.find_subcommand(t.cli).expect(t.cli);
                assert!(tc.get_visible_aliases().any(|a| a == t.api));
                for f in t.fields {
                    let arg = tc
                        .get_arguments()
                        .find(|a| a.get_id() == f.json)
                        .expect(f.json);
                    assert_eq!(arg.get_long(), Some(f.flag));
                }
            }
        }
    }

    #[test]
    fn globals_work_before_and_after_the_command() {
        let a = parse(["omi", "--json", "list"]).unwrap();
        let b = parse(["omi", "list", "--json"]).unwrap();
        assert!(a.globals.json && b.globals.json);
        let c = parse(["omi", "create", "slack", "--api-token", "t", "--dry-run"]).unwrap();
        assert!(c.globals.dry_run);
    }

    /// Every option of every group, before and after each command that
    /// talks to Ops Manager (and between `create` and its type), gives the
    /// same parse, and a parse that differs from the command without it.
    #[test]
    fn every_group_option_works_at_every_level() {
        let options: [&[&str]; 17] = [
            &["--base-url", "https://om.example.com"],
            &["--public-key", "pub"],
            &["--private-key", "priv"],
            &["--project-id", "5e2211c17a3e5a48f5497de3"],
            &["--profile", "prod"],
            &["--ca-cert", "ca.pem"],
            &["--insecure"],
            &["--json"],
            &["--dry-run"],
            &["-v"],
            &["--page-num", "2"],
            &["--items-per-page", "5"],
            &["--pretty"],
            &["--envelope"],
            &["--timeout", "5"],
            &["--retries", "1"],
            &["--max-wait", "3"],
        ];
        let commands: [&[&str]; 6] = [
            &["list"],
            &["get", "slack"],
            &["delete", "slack"],
            &["apply", "-f", "x.json"],
            &["create", "slack", "--api-token", "t"],
            &["update", "PAGER_DUTY", "--service-key", "k"],
        ];
        let globals = |args: Vec<&str>| {
            let a =
                parse([&["omi"][..], &args].concat()).unwrap_or_else(|e| panic!("{args:?}: {e}"));
            format!("{:?}", a.globals)
        };
        for command in commands {
            let plain = globals(command.to_vec());
            for option in options {
                let before = globals([option, command].concat());
                let after = globals([command, option].concat());
                assert_ne!(before, plain, "{option:?} {command:?}");
                assert_eq!(before, after, "{option:?} {command:?}");
                if matches!(command[0], "create" | "update") {
                    let between = globals([&command[..1], option, &command[1..]].concat());
                    assert_eq!(before, between, "{option:?} {command:?}");
                }
            }
        }
        // Repeated, at two levels: both project ids, both -v.
        let a = parse([
            "omi",
            "-v",
            "--project-id",
            "a",
            "apply",
            "-f",
            "x",
            "-v",
            "--project-id",
            "b",
        ])
        .unwrap();
        assert_eq!(a.globals.verbose, 2);
        assert_eq!(a.globals.project_ids, ["a", "b"]);
        // config show takes --profile and --json, at either place.
        for args in [
            ["omi", "--profile", "p", "--json", "config", "show"],
            ["omi", "config", "show", "--profile", "p", "--json"],
        ] {
            let a = parse(args).unwrap();
            assert_eq!(a.globals.profile.as_deref(), Some("p"));
            assert!(a.globals.json);
        }
    }

    #[test]
    fn commands_that_do_not_talk_to_ops_manager_refuse_its_options() {
        for args in [
            &["omi", "completions", "bash", "--json"][..],
            &["omi", "man", "--base-url", "u"],
            &["omi", "config", "path", "--profile", "p"],
            &["omi", "config", "set", "base_url", "u", "--json"],
            &["omi", "config", "show", "--timeout", "3"],
        ] {
            assert!(parse(args).is_err(), "{args:?}");
        }
    }

    #[test]
    fn api_spelling_is_an_alias() {
        let a = parse(["omi", "create", "PAGER_DUTY", "--service-key", "k"]).unwrap();
        match a.command {
            RawCommand::Write { ty, values, .. } => {
                assert_eq!(ty.api, "PAGER_DUTY");
                assert!(matches!(&values[0].1, FieldValue::Secret(k) if k.expose() == "k"));
            }
            other => panic!("{other:?}"),
        }
        let g = parse(["omi", "get", "OPS_GENIE"]).unwrap();
        assert!(matches!(g.command, RawCommand::Get { ty } if ty.api() == "OPS_GENIE"));
        let f = parse(["omi", "delete", "FLOWDOCK", "--yes"]).unwrap();
        assert!(
            matches!(f.command, RawCommand::Delete { ty: TypeName::Unknown(n), .. } if n == "FLOWDOCK")
        );
        assert!(parse(["omi", "get", "flowdock"]).is_err());
    }

    #[test]
    fn ops_genie_region_defaults_to_us() {
        let a = parse(["omi", "create", "ops-genie", "--api-key", "k"]).unwrap();
        let RawCommand::Write { values, .. } = a.command else {
            panic!()
        };
        assert!(values
            .iter()
            .any(|(f, v)| f.json == "region" && *v == FieldValue::Plain("US".into())));
    }
}
