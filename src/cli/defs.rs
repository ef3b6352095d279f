//! The clap definition of omi's command line, built from the type table:
//! the option groups every command that talks to Ops Manager takes, a
//! subcommand per integration type under `create` and `update` with a flag
//! per field, and the other commands (ripgrep's `flags/defs.rs`). `parse`
//! reads its matches; `docs` renders it as completions and a man page.

use super::raw::{
    canonical, parse_max_rate, parse_max_wait, parse_raw_field, parse_timeout, secret_parser,
    ConfigKey, TypeNameParser,
};
use crate::api::secrecy::Kind;
use crate::api::types::{Field, TYPES};
use clap::builder::{PossibleValue, PossibleValuesParser, TypedValueParser};
use clap::{value_parser, Arg, ArgAction, Command};
use std::path::PathBuf;

const CONNECTION: &str = "Connection";
const OUTPUT: &str = "Output";
const QUERY: &str = "Query parameters";
const HTTP: &str = "HTTP";

pub(crate) const SECRET_INPUT_HELP: &str = "'-' reads it from stdin, '@PATH' from a file";

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
        global(
            Arg::new("quiet")
                .short('q')
                .long("quiet")
                .action(ArgAction::SetTrue)
                .help("Print no notes, progress or informational lines on stderr (warnings and errors still show) [config: quiet]"),
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

/// The `TYPE` argument of get and delete: command-line names, with the API
/// spellings as aliases.
fn type_arg() -> Arg {
    Arg::new("type")
        .value_name("TYPE")
        .required(true)
        .value_parser(TypeNameParser)
        .help("Integration type (e.g. slack, or its API name SLACK; any API name such as FLOWDOCK works too)")
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
            "Secret fields become {\"env\": NAME} references, one variable per project: equal \
             masks are not equal keys. One variable stands for every project only where you say \
             so (--share) or the file that -o replaces does; -o FILE keeps the names FILE uses. \
             The names, and the masks the server shows, are listed on stderr (and written to \
             --env-file). Set them and `omi apply -f FILE --dry-run --exit-code` finds nothing \
             to change. Get the schema the file refers to with \
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
                .help("Write to FILE (mode 0600) instead of stdout, keeping the variable names FILE uses"),
        )
        .arg(
            Arg::new("share")
                .long("share")
                .value_name("TYPE.FIELD[=NAME]")
                .action(ArgAction::Append)
                .help(
                    "Every project holds the same value for this secret field: one variable \
                     (NAME, or TYPE_FIELD) for all, e.g. OPS_GENIE.apiKey=OPSGENIE_KEY; repeatable",
                ),
        )
        .arg(
            Arg::new("env-file")
                .long("env-file")
                .value_name("PATH")
                .value_parser(value_parser!(PathBuf))
                .value_hint(clap::ValueHint::FilePath)
                .help("Also write a template of the variables (NAME= lines, mode 0600) to PATH"),
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
}
