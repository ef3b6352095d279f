//! The command line: the clap definition (built from the type table) and its
//! parse into plain raw structs. Nothing here reads the environment or the
//! config file; `settings` resolves these raw values into `Settings`.

use crate::api::body::FieldValue;
use crate::api::types::{self, Field, IntegrationType, Kind, TYPES};
use crate::input::secret::Secret;
use crate::settings::command::WriteMethod;
use crate::settings::config_file::ConfigKey;
use clap::builder::{PossibleValue, PossibleValuesParser, ValueParser};
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
    },
    Get {
        ty: &'static IntegrationType,
    },
    Delete {
        ty: &'static IntegrationType,
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
                | RawCommand::Schema
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

fn global(arg: Arg, heading: &'static str) -> Arg {
    arg.global(true).help_heading(heading)
}

fn global_args() -> Vec<Arg> {
    [connection_args(), output_args(), query_args(), http_args()].concat()
}

/// Where Ops Manager is and who is asking.
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
    ]
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
    let values: Vec<PossibleValue> = TYPES
        .iter()
        .map(|t| PossibleValue::new(t.cli).alias(t.api).help(t.title))
        .collect();
    Arg::new("type")
        .value_name("TYPE")
        .required(true)
        .ignore_case(true)
        .value_parser(PossibleValuesParser::new(values))
        .help("Integration type (e.g. slack, or its API name SLACK)")
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
        Kind::Enum(values) => {
            arg = arg
                .value_parser(PossibleValuesParser::new(values.iter().copied()))
                .ignore_case(true)
        }
    }
    if let Some(default) = f.default {
        arg = arg.default_value(default);
    }
    arg
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
            for n in t.notes {
                notes.push_str("  - ");
                notes.push_str(n);
                notes.push('\n');
            }
            Command::new(t.cli)
                .alias(t.api)
                .about(format!("{verb} the {} integration ({})", t.title, t.api))
                .after_help(format!(
                    "Notes from the Ops Manager documentation:\n{notes}"
                ))
                .args(t.fields.iter().map(field_arg))
        })
        .collect()
}

pub fn command() -> Command {
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
             Exit codes: 0 ok, 2 usage, 3 auth, 4 API error, 5 server error, 6 network.",
        )
        .subcommand_required(true)
        .arg_required_else_help(true)
        .args(global_args())
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
        .subcommand(list_command())
        .subcommand(
            Command::new("get")
                .about("Show one integration")
                .arg(type_arg()),
        )
        .subcommand(delete_command())
        .subcommand(apply_command())
        .subcommand(projects_command())
        .subcommand(export_command())
        .subcommand(schema_command())
        .subcommand(config_command())
        .subcommand(completions_command())
        .subcommand(Command::new("man").about("Print the man page (roff)"))
}

/// `create TYPE` or `update TYPE`.
fn write_command(name: &'static str, about: &'static str, verb: &'static str) -> Command {
    Command::new(name)
        .about(about)
        .subcommand_required(true)
        .subcommand_value_name("TYPE")
        .subcommands(type_subcommands(verb))
}

fn delete_command() -> Command {
    Command::new("delete")
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

fn apply_command() -> Command {
    Command::new("apply")
        .about("Converge projects to the integrations declared in a file")
        .after_help(
            "The file holds API bodies keyed by API type name, without \"type\":\n\n  \
             {\n    \"integrations\": {\"PAGER_DUTY\": {\"serviceKey\": {\"env\": \"PD_KEY\"}}},\n    \
             \"projects\": {\"5e2211c17a3e5a48f5497de3\": {\"WEBHOOK\": null}}\n  }\n\n\
             \"integrations\" applies to every targeted project; \"projects\" adds or replaces \
             types per project, null removes one. A value may be a literal, {\"env\": NAME} or \
             {\"file\": PATH}. Try --dry-run first.",
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
                .help("Projects worked on at once"),
        )
}

fn config_command() -> Command {
    Command::new("config")
        .about("Read and write the config file")
        .subcommand_required(true)
        .subcommand(
            Command::new("set")
                .about("Set a key in a profile (file mode 0600)")
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
                    .about("Show a profile, secrets masked")
                    .arg(
                        Arg::new("effective")
                            .long("effective")
                            .action(ArgAction::SetTrue)
                            .help("Show the settings a command would use (flags, OMI_*, MCLI_*, profile) and where each comes from"),
                    ))
        .subcommand(Command::new("path").about("Print the config file's path"))
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
    for h in hidden.iter().filter(|h| !h.is_empty()) {
        out = out.replace(&format!("'{h}'"), "'******'");
        if h.chars().count() >= 4 {
            out = out.replace(h.as_str(), "******");
        }
    }
    out
}

/// Parses the command line. Errors are clap's (usage, exit 2) or, for
/// `--help`/`--version`, clap's display requests.
pub fn parse<I, T>(args: I) -> Result<RawArgs, clap::Error>
where
    I: IntoIterator<Item = T>,
    T: Into<OsString> + Clone,
{
    let m = command().try_get_matches_from(args)?;
    let globals = raw_globals(&m);
    let command = raw_command(&m);
    Ok(RawArgs { globals, command })
}

fn raw_globals(m: &ArgMatches) -> RawGlobals {
    let s = |name: &str| m.get_one::<String>(name).cloned();
    RawGlobals {
        base_url: s("base-url"),
        public_key: m.get_one::<Secret>("public-key").cloned(),
        private_key: m.get_one::<Secret>("private-key").cloned(),
        project_ids: m
            .get_many::<String>("project-id")
            .map(|v| v.cloned().collect())
            .unwrap_or_default(),
        project_names: strings(m, "project"),
        profile: s("profile"),
        json: m.get_flag("json"),
        page_num: m.get_one::<u32>("page-num").copied(),
        items_per_page: m.get_one::<u32>("items-per-page").copied(),
        pretty: m.get_flag("pretty"),
        envelope: m.get_flag("envelope"),
        dry_run: m.get_flag("dry-run"),
        verbose: m.get_count("verbose"),
        timeout: m.get_one::<f64>("timeout").copied(),
        retries: m.get_one::<u32>("retries").copied(),
        max_wait: m.get_one::<f64>("max-wait").copied(),
        ca_cert: m.get_one::<PathBuf>("ca-cert").cloned(),
        insecure: m.get_flag("insecure"),
    }
}

/// The type clap matched: its values come from the table, so finding it
/// again cannot fail.
fn table_type(name: &str) -> &'static IntegrationType {
    types::find(name).unwrap_or_else(|| unreachable!("clap accepts only the table's type names"))
}

fn type_of(m: &ArgMatches) -> &'static IntegrationType {
    let name = m.get_one::<String>("type").map_or("", String::as_str);
    table_type(name)
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
                assert!(tc.get_all_aliases().any(|a| a == t.api));
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
        assert!(matches!(g.command, RawCommand::Get { ty } if ty.api == "OPS_GENIE"));
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
