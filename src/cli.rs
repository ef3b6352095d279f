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
    },
    Get {
        ty: &'static IntegrationType,
    },
    Delete {
        ty: &'static IntegrationType,
        yes: bool,
    },
    List,
    Apply {
        file: PathBuf,
        all_projects: bool,
        prune: bool,
        force: bool,
        concurrency: usize,
    },
    ConfigSet {
        key: ConfigKey,
        value: Secret,
    },
    ConfigShow,
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
            RawCommand::Completions { .. } | RawCommand::Man | RawCommand::ConfigPath
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
            .help("Public API key [env: OMI_PUBLIC_KEY]"),
        CONNECTION,
    ),
    global(
        Arg::new("private-key")
            .long("private-key")
            .value_name("KEY")
            .value_parser(secret_parser())
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
            .help("Project (group) id, 24 hex characters; repeatable for apply [env: OMI_PROJECT_ID]"),
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

fn parse_max_rate(s: &str) -> Result<f64, String> {
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
        arg = arg.value_parser(secret_parser());
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
        .subcommand(Command::new("list").about("List the project's integrations"))
        .subcommand(
            Command::new("get")
                .about("Show one integration")
                .arg(type_arg()),
        )
        .subcommand(delete_command())
        .subcommand(apply_command())
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
        .arg(
            Arg::new("all-projects")
                .long("all-projects")
                .action(ArgAction::SetTrue)
                .help("Target every project the key can see"),
        )
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
                        .help(format!("The value; for private_key, {SECRET_INPUT_HELP}")),
                ),
        )
        .subcommand(Command::new("show").about("Show a profile, secrets masked"))
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
        max_rate: m.get_one::<f64>("max-rate").copied(),
        no_cache: m.get_flag("no-cache"),
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
        "list" => RawCommand::List,
        "apply" => raw_apply(sub),
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
        prune: sub.get_flag("prune"),
        force: sub.get_flag("force"),
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
        Some(("show", _)) => RawCommand::ConfigShow,
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
