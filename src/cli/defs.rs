//! The clap definition of omi's command line, built from the type table:
//! the option groups, a subcommand per integration type under `create`
//! and `update` with a flag per field, and the other commands (ripgrep's
//! `flags/defs.rs`). Each command takes exactly the options that mean
//! something for it; the root takes them all, so any option may come
//! before the command, and `parse` refuses one there that the command does
//! not take. `parse` reads its matches; `docs` renders it as completions
//! and a man page; `examples` holds each command's examples.

use super::examples;
use super::raw::{
    canonical, parse_max_rate, parse_max_wait, parse_raw_field, parse_timeout, secret_parser,
    ConfigKey, NotificationTypeParser, TypeNameParser,
};
use crate::api::secrecy::Kind;
use crate::api::types::{Field, TYPES};
use crate::errors::EXIT_CODES;
use clap::builder::{PossibleValue, PossibleValuesParser, TypedValueParser};
use clap::{value_parser, Arg, ArgAction, Command};
use std::path::PathBuf;

const CONNECTION: &str = "Connection";
const OUTPUT: &str = "Output";
const QUERY: &str = "Query parameters";
const HTTP: &str = "HTTP";

/// The heading the connection and HTTP options share in every command's
/// help, one line each, after the command's own options.
pub const GLOBAL_HEADING: &str = "Global options";

pub(crate) const SECRET_INPUT_HELP: &str = "'-' reads it from stdin, '@PATH' from a file";
/// [`SECRET_INPUT_HELP`] in short, for one-line help.
const SECRET_INPUT_SHORT: &str = "or - (stdin) or @FILE";

/// An option of one of the four groups below. The connection and HTTP
/// options mean the same for every command that sends requests, so they
/// are shown under [`GLOBAL_HEADING`]; the output and query options are
/// shown with a command's own, as each command takes only those that mean
/// something for it. (Not clap-global, which would put every option in
/// the help of every command.)
fn global(arg: Arg, group: &'static str) -> Arg {
    match group {
        CONNECTION | HTTP => arg.help_heading(GLOBAL_HEADING),
        _ => arg,
    }
}

/// The option groups. Each is a plain function returning its args; a
/// command takes the ones that mean something for it ([`sends`] and
/// [`group_option`]). The root carries every group too, so an option works
/// before the command (`omi --json list`) as well as after it (`omi list
/// --json`); `raw_globals` reads each option from whichever level it was
/// given at.
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

    /// The ids of the group's options, in order.
    pub fn ids(self) -> Vec<String> {
        static IDS: std::sync::OnceLock<Vec<(Options, String)>> = std::sync::OnceLock::new();
        IDS.get_or_init(|| {
            Options::ALL
                .iter()
                .flat_map(|g| g.args().into_iter().map(|a| (*g, a.get_id().to_string())))
                .collect()
        })
        .iter()
        .filter(|(g, _)| *g == self)
        .map(|(_, id)| id.clone())
        .collect()
    }

    /// Whether the group's options are shown under [`GLOBAL_HEADING`].
    pub fn is_global(self) -> bool {
        matches!(self, Options::Connection | Options::Http)
    }
}

fn all_option_args() -> Vec<Arg> {
    Options::ALL.iter().flat_map(|g| g.args()).collect()
}

/// One option of a group, by id. (The groups are built once: a command
/// line builds the definition, and commands take some 400 options.)
pub fn group_option(id: &str) -> Arg {
    static OPTIONS: std::sync::OnceLock<Vec<Arg>> = std::sync::OnceLock::new();
    OPTIONS
        .get_or_init(all_option_args)
        .iter()
        .find(|a| a.get_id() == id)
        .cloned()
        .unwrap_or_else(|| unreachable!("{id} is in no option group"))
}

/// The output and query options of a command that sends one request and
/// shows its answer (create, update, get, delete).
const ONE_REQUEST: &[&str] = &["json", "dry-run", "pretty", "envelope"];

/// A command that sends requests to Ops Manager: every connection and HTTP
/// option, `-v`, `-q`, and of the output and query options those in
/// `own`.
fn sends(cmd: Command, own: &[&str]) -> Command {
    sends_without(cmd, own, &[])
}

/// [`sends`], without the connection options in `without`.
fn sends_without(cmd: Command, own: &[&str], without: &[&str]) -> Command {
    let connection = Options::Connection
        .ids()
        .into_iter()
        .filter(|id| !without.contains(&id.as_str()));
    let own = ["verbose", "quiet"]
        .iter()
        .chain(own)
        .map(|id| id.to_string());
    let http = Options::Http.ids().into_iter();
    cmd.args(
        own.chain(connection)
            .chain(http)
            .map(|id| group_option(&id)),
    )
}

/// `--project-id`'s and `--project`'s help for a command that works on
/// several projects.
fn several_projects(cmd: Command) -> Command {
    cmd.mut_arg("project-id", |a| {
        a.help("Project id (24 hex characters); repeatable [env: OMI_PROJECT_ID]")
    })
    .mut_arg("project", |a| {
        a.help("Project by name, instead of --project-id; repeatable")
    })
}

/// Where Ops Manager is and who is asking: one line of help each, and the
/// whole story in `long_help` (the man page, `omi help COMMAND`). (A list
/// of definitions, as data: long because each flag is a few lines.)
fn connection_args() -> Vec<Arg> {
    vec![
        global(
            Arg::new("base-url")
                .long("base-url")
                .value_name("URL")
                .help("Ops Manager URL [env: OMI_BASE_URL]")
                .long_help(
                    "Ops Manager URL, e.g. https://om.example.com:8443; the API root \
                     /api/public/v1.0 may be given too [env: OMI_BASE_URL]",
                ),
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
                    "Private API key, {SECRET_INPUT_SHORT} [env: OMI_PRIVATE_KEY]"
                ))
                .long_help(format!(
                    "Private API key; {SECRET_INPUT_HELP} [env: OMI_PRIVATE_KEY]"
                )),
            CONNECTION,
        ),
        global(
            Arg::new("project-id")
                .long("project-id")
                .value_name("ID")
                .action(ArgAction::Append)
                .help("Project id (24 hex characters) [env: OMI_PROJECT_ID]")
                .long_help(
                    "Project (group) id, 24 hex characters; repeatable for list, apply and \
                     export [env: OMI_PROJECT_ID]",
                ),
            CONNECTION,
        ),
        global(
            Arg::new("project")
                .long("project")
                .value_name("NAME")
                .action(ArgAction::Append)
                .help("Project by name, instead of --project-id")
                .long_help(
                    "Project by name, instead of --project-id (looked up with the API keys); \
                     repeatable where --project-id is",
                ),
            CONNECTION,
        ),
        global(
            Arg::new("profile")
                .long("profile")
                .value_name("NAME")
                .help("Profile of the config file [env: OMI_PROFILE]")
                .long_help("Profile in the config file [env: OMI_PROFILE] [default: default]"),
            CONNECTION,
        ),
        global(
            Arg::new("ca-cert")
                .long("ca-cert")
                .value_name("FILE")
                .value_parser(value_parser!(PathBuf))
                .value_hint(clap::ValueHint::FilePath)
                .help("Also trust this PEM certificate authority")
                .long_help("Also trust this PEM certificate authority (private Ops Manager CA)"),
            CONNECTION,
        ),
        global(
            Arg::new("insecure")
                .long("insecure")
                .action(ArgAction::SetTrue)
                .help("Skip TLS certificate checks (unsafe)")
                .long_help("Skip TLS certificate verification (unsafe; prints a warning)"),
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
                .help("No notes or progress on stderr; warnings and errors still show")
                .long_help("Print no notes, progress or informational lines on stderr (warnings and errors still show) [config: quiet]"),
            OUTPUT,
        ),
    ]
}

/// Query parameters the API takes on every endpoint; a command takes
/// those that change what it shows.
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

/// Timeouts and retries: one line of help each, the whole story in
/// `long_help`.
fn http_args() -> Vec<Arg> {
    vec![
        global(
            Arg::new("timeout")
                .long("timeout")
                .value_name("SECS")
                .value_parser(parse_timeout)
                .help("Per-request timeout [default: 30]")
                .long_help("Give up on a request after this many seconds [default: 30]"),
            HTTP,
        ),
        global(
            Arg::new("retries")
                .long("retries")
                .value_name("N")
                .value_parser(value_parser!(u32).range(0..=10))
                .help("Retries on 429, 502-504, network errors [default: 3]")
                .long_help(
                    "Retries of GET, PUT, DELETE on 429, 502-504 and connection errors \
                     [default: 3]",
                ),
            HTTP,
        ),
        global(
            Arg::new("max-wait")
                .long("max-wait")
                .value_name("SECS")
                .value_parser(parse_max_wait)
                .help("Longest wait between retries, in all [default: 60]")
                .long_help(
                    "Wait at most this many seconds in all between retries of one request; \
                     a longer Retry-After ends it [default: 60]",
                ),
            HTTP,
        ),
        global(
            Arg::new("max-rate")
                .long("max-rate")
                .value_name("N")
                .value_parser(parse_max_rate)
                .help("At most N requests per second [default: no limit]")
                .long_help(
                    "Send at most N requests per second across all workers, digest challenges \
                     included [default: no limit]",
                ),
            HTTP,
        ),
        global(
            Arg::new("no-cache")
                .long("no-cache")
                .action(ArgAction::SetTrue)
                .help("Do not reuse the digest nonce between runs [env: OMI_NO_CACHE=1]")
                .long_help(
                    "Do not keep or use the server's digest nonce between runs (costs a \
                     challenge round trip per run) [env: OMI_NO_CACHE=1]",
                ),
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

/// One flag for a field, from the table: one line of help, and the whole
/// story in `long_help`.
fn field_arg(f: &'static Field) -> Arg {
    let mut help = f.help.to_string();
    let mut long_help = f.help.to_string();
    let mut arg = Arg::new(f.json).long(f.flag).value_name(value_name(f));
    if f.secrecy.is_secret() {
        help.push_str(&format!(", {SECRET_INPUT_SHORT}"));
        long_help.push_str(&format!("; {SECRET_INPUT_HELP}"));
        arg = arg.value_parser(secret_parser()).allow_hyphen_values(true);
    }
    if f.required {
        help.push_str(" [required]");
        long_help.push_str(" [required]");
    }
    // The values in a few characters, in place of clap's long
    // "[possible values: ...]" (the man page lists them so).
    match f.kind {
        Kind::Text => {}
        Kind::Bool => help = help.replacen(f.help, &format!("{} (true|false)", f.help), 1),
        Kind::Enum(values) => {
            help = help.replacen(f.help, &format!("{} ({})", f.help, values.join("|")), 1)
        }
    }
    let mut arg = arg
        .help(help)
        .long_help(long_help)
        .hide_possible_values(true);
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

/// The last word of the flag (`--service-key KEY`, `--listen-address
/// ADDRESS`): short, so that each option's help fits beside it.
fn value_name(f: &Field) -> String {
    match f.kind {
        Kind::Bool => "BOOL".to_string(),
        _ => f.flag.rsplit('-').next().unwrap_or(f.flag).to_uppercase(),
    }
}

/// `--alerts[=matching|all]`: after an integration is written, its alert
/// notifications follow it.
fn carry_alerts_arg(what: &str) -> Arg {
    Arg::new("alerts")
        .long("alerts")
        .value_name("WHICH")
        .num_args(0..=1)
        .require_equals(true)
        .default_missing_value("matching")
        .value_parser(PossibleValuesParser::new(["matching", "all"]))
        .help(format!(
            "Then give the alert notifications of {what} the new key: those that held the \
             previous one (matching, the default) or all; a masked value is never sent back"
        ))
}

/// `create TYPE` or `update TYPE`: a subcommand per type, flags from the table.
fn type_subcommands(verb: &'static str) -> Vec<Command> {
    let replacing = verb == "update";
    TYPES
        .iter()
        .map(|t| {
            let mut notes = String::new();
            for n in t.advice() {
                notes.push_str(&wrapped(n, "  - ", "    "));
            }
            let path = format!("{} {}", verb.to_lowercase(), t.cli);
            let verb = match verb {
                "create" => "Create",
                _ => "Create or replace",
            };
            Command::new(t.cli)
                .visible_alias(t.api)
                .about(format!("{verb} the {} integration", t.title))
                .args(t.fields.iter().map(field_arg))
                .arg(raw_field_arg())
                .after_help(format!(
                    "{}\nNotes from the Ops Manager documentation:\n{notes}",
                    examples::help_text(&path)
                ))
                .args(
                    (replacing && !t.notification.is_empty())
                        .then(|| carry_alerts_arg("this type")),
                )
        })
        .map(|c| sends(c, ONE_REQUEST))
        .collect()
}

/// `text` wrapped at 78 columns, its first line after `first`, the others
/// after `rest`: clap wraps help text at the terminal's width, but with
/// no indent on the lines it breaks.
fn wrapped(text: &str, first: &str, rest: &str) -> String {
    let mut out = String::new();
    let mut line = first.to_string();
    let mut empty = true;
    for word in text.split_whitespace() {
        if !empty && line.len() + 1 + word.len() > 78 {
            out.push_str(&line);
            out.push('\n');
            line = rest.to_string();
            empty = true;
        }
        if !empty {
            line.push(' ');
        }
        line.push_str(word);
        empty = false;
    }
    out.push_str(&line);
    out.push('\n');
    out
}

/// `--field NAME=VALUE`: a field the table does not know (a newer
/// server's), sent as given.
fn raw_field_arg() -> Arg {
    Arg::new("raw-field")
        .long("field")
        .value_name("NAME=VALUE")
        .action(ArgAction::Append)
        .value_parser(parse_raw_field)
        .help("Another field, sent as given (JSON if it parses); repeatable")
        .long_help("A field omi's table does not know, sent as given; VALUE is JSON when it parses, else a string (repeatable)")
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

/// The root's help after the commands and global options: where settings
/// come from, and the exit codes (from `errors::EXIT_CODES`).
fn root_after_help() -> String {
    let mut text = String::from(
        "Options may come before or after the command; each command's --help lists the ones \
         it takes. Connection settings come from flags, then OMI_* (or mongocli's MCLI_*) \
         environment variables, then the profile in the config file (omi config path).\n\n\
         Exit status:\n",
    );
    for (code, meaning) in EXIT_CODES {
        text.push_str(&format!("  {code:<4} {meaning}\n"));
    }
    text.push('\n');
    text.push_str(&examples::help_text(""));
    text
}

fn definition(with_hidden: bool) -> Command {
    let root = Command::new("omi")
        .version(env!("CARGO_PKG_VERSION"))
        .about("Manage MongoDB Ops Manager third-party alert integrations")
        .long_about(
            "Manage MongoDB Ops Manager third-party alert integrations (PagerDuty, Slack, \
             Datadog, HipChat, Opsgenie, VictorOps, webhooks, Microsoft Teams, Prometheus, \
             New Relic) through the Ops Manager public API, with HTTP digest auth.",
        )
        .after_help(root_after_help())
        .subcommand_required(true)
        .arg_required_else_help(true)
        // Every option, so that it may come before the command; the
        // output and query options are each command's own, and listed in
        // its help, not here.
        .args(
            all_option_args()
                .into_iter()
                .map(|a| match a.get_help_heading() {
                    Some(GLOBAL_HEADING) => a,
                    _ => a.hide(true),
                }),
        )
        .subcommand(write_command(
            "create",
            "Create an integration (POST); fails if the type is already configured",
        ))
        .subcommand(write_command(
            "update",
            "Create or replace an integration (PUT)",
        ))
        .subcommand(list_command())
        .subcommand(sends(
            Command::new("get")
                .about("Show one integration")
                .arg(type_arg()),
            ONE_REQUEST,
        ))
        .subcommand(delete_command())
        .subcommand(apply_command())
        .subcommand(alerts_command())
        .subcommand(projects_command())
        .subcommand(export_command())
        .subcommand(schema_command())
        .subcommand(config_command(with_hidden))
        .subcommand(completions_command())
        .subcommand(Command::new("man").about("Print the man page (roff)"));
    with_examples(short_help_everywhere(root), "")
}

/// `-h` and `--help` both print the short help, one line per option: the
/// long texts (`long_help`) are for the man page and `omi help COMMAND`.
/// (clap's `--help` would print the long help, every option on two lines
/// or more, as soon as one option has a long text.)
fn short_help_everywhere(cmd: Command) -> Command {
    cmd.disable_help_flag(true)
        .arg(
            Arg::new("help")
                .short('h')
                .long("help")
                .action(ArgAction::HelpShort)
                .help("Print help (more with `omi help COMMAND`)"),
        )
        .mut_subcommands(short_help_everywhere)
}

/// Each subcommand's examples (from `examples`) in its help, after what
/// it says of itself; the type subcommands of create and update have
/// theirs already, before their notes.
fn with_examples(cmd: Command, path: &str) -> Command {
    let is_type = TYPES.iter().any(|t| t.cli == cmd.get_name())
        && (path.starts_with("create ") || path.starts_with("update "));
    let cmd = match (path.is_empty() || is_type, cmd.get_after_help()) {
        (true, _) => cmd,
        (false, Some(after)) => {
            let text = format!("{after}\n\n{}", examples::help_text(path));
            cmd.after_help(text)
        }
        (false, None) => {
            let text = examples::help_text(path);
            cmd.after_help(text)
        }
    };
    cmd.mut_subcommands(|sub| {
        let sub_path = match path {
            "" => sub.get_name().to_string(),
            _ => format!("{path} {}", sub.get_name()),
        };
        with_examples(sub, &sub_path)
    })
}

/// `create TYPE` or `update TYPE`: the options are those of the type
/// subcommands, so that they may come between too (`omi create --dry-run
/// slack ...`).
fn write_command(name: &'static str, about: &'static str) -> Command {
    sends(
        Command::new(name)
            .about(about)
            .subcommand_required(true)
            .subcommand_value_name("TYPE")
            .subcommand_help_heading("Types")
            // Only types after `create`: `omi create <TAB>` offers them.
            .disable_help_subcommand(true)
            .subcommands(type_subcommands(name)),
        ONE_REQUEST,
    )
}

fn delete_command() -> Command {
    sends(
        Command::new("delete")
            .about("Delete an integration")
            .arg(type_arg())
            .arg(
                Arg::new("yes")
                    .short('y')
                    .long("yes")
                    .action(ArgAction::SetTrue)
                    .help("Do not ask for confirmation (required when stdin is not a terminal)"),
            ),
        ONE_REQUEST,
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
        // One line in --help; the types are in `omi create --help`, and
        // listed in full by `omi help list` and the man page.
        .help(format!("{help} (a type, e.g. slack)"))
        .long_help(help)
}

/// `list`: one project's list takes the query parameters; across projects
/// (decided by values: resolve refuses them there) it reads every page
/// and prints its own table.
fn list_command() -> Command {
    let cmd = Command::new("list")
        .about("List the project's integrations, or which projects have which")
        .after_help(
            "With --all-projects, --org-id, several --project-id/--project, --missing or --has: \
             a row per project and a column per type, each cell showing the last four \
             characters of its keys.",
        )
        .args(scope_args("List"))
        .arg(type_value("missing", "Only the projects that lack this type").conflicts_with("has"))
        .arg(type_value("has", "Only the projects that have this type"));
    several_projects(sends(
        cmd,
        &[
            "json",
            "dry-run",
            "page-num",
            "items-per-page",
            "pretty",
            "envelope",
        ],
    ))
}

/// `projects`: no project options (it lists them), no dry run (it only
/// reads), every page (`--items-per-page` sets their size).
fn projects_command() -> Command {
    let cmd = Command::new("projects")
        .about("List the projects the key can see: id, name, organization")
        .arg(
            Arg::new("org-id")
                .long("org-id")
                .value_name("ID")
                .help("Only this organization's projects (24 hex characters)"),
        );
    sends_without(cmd, &["json", "items-per-page"], &["project-id", "project"])
        .mut_arg("json", |a| a.help("Print the projects as a JSON array"))
}

/// `export`: it writes the file's own format (no `--json`), reads only
/// (no dry run) and every page.
fn export_command() -> Command {
    let cmd = Command::new("export")
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
        );
    several_projects(sends(cmd, &["items-per-page"]))
}

fn schema_command() -> Command {
    Command::new("schema").about("Print the JSON Schema of the apply file (draft 2020-12)")
}

/// `apply` and its flags (a list of definitions, as data). It shows its
/// own rows, not the server's answers: no `--pretty`, `--envelope` or page.
fn apply_command() -> Command {
    let cmd = Command::new("apply")
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
        .arg(concurrency_arg(
            "Requests in flight at once (twice as many projects are worked on)",
        ))
        .arg(carry_alerts_arg(
            "each type written (overrides the file's \"alerts\")",
        ));
    several_projects(sends(cmd, &["json", "dry-run", "items-per-page"]))
        .mut_arg("json", |a| a.help("Print every row as a JSON array"))
        .mut_arg("dry-run", |a| a.help("Show the plan and change nothing"))
}

fn concurrency_arg(help: &'static str) -> Arg {
    Arg::new("concurrency")
        .long("concurrency")
        .value_name("N")
        .value_parser(value_parser!(u32).range(1..=256))
        .default_value("8")
        .help(help)
}

/// What `alerts` and `alerts test` select by.
fn alerts_selection() -> Vec<Arg> {
    let [all_projects, org_id] = scope_args("Read");
    vec![
        all_projects,
        org_id,
        Arg::new("global")
            .long("global")
            .action(ArgAction::SetTrue)
            .help("Also the global alert configurations (Global Owner or Global Monitoring Admin role)"),
        Arg::new("type")
            .long("type")
            .value_name("TYPE")
            .value_parser(NotificationTypeParser)
            .help("Only notifications of this type (e.g. pager-duty, or PAGER_DUTY)"),
        Arg::new("stale")
            .long("stale")
            .action(ArgAction::SetTrue)
            .help("Only notifications that use another key than their project's integration"),
        concurrency_arg("Requests in flight at once"),
    ]
}

fn alerts_command() -> Command {
    let cmd = Command::new("alerts")
        .about("Alert notifications that copy an integration, and whether they still use its key")
        .after_help(
            "A row per third-party notification (PagerDuty, Slack, ...) of the projects' alert \
             configurations, with its key as the server masked it and its state against the \
             project's integration of that type: current (every visible part fits), stale \
             (a visible part differs: the alert still uses another key), unverifiable (a mask \
             shows nothing) or no integration. Ops Manager copies an integration's key into a \
             notification when the notification is added: rotating the integration leaves the \
             alerts on the old key. `omi update TYPE ... --alerts` and `omi apply --alerts` \
             carry a rotation through.",
        )
        .args(alerts_selection())
        .arg(
            Arg::new("exit-code")
                .long("exit-code")
                .action(ArgAction::SetTrue)
                .help("Exit 7 when a stale notification is found, 0 when none (for CI)"),
        )
        .subcommand(several_projects(sends(
            Command::new("test")
                .about("Ask Ops Manager to send a test of each selected notification")
                .args(alerts_selection())
                .arg(
                    Arg::new("alert-config")
                        .long("alert-config")
                        .value_name("ID")
                        .action(ArgAction::Append)
                        .help("Only this alert configuration (24 hex characters); repeatable"),
                ),
            &["json"],
        )));
    several_projects(sends(cmd, &["json", "items-per-page"]))
        .mut_arg("json", |a| a.help("Print every row as a JSON array"))
}

/// `--profile` for `config set` and `unset`, where it is the command's own.
fn profile_option() -> Arg {
    group_option("profile").help_heading(None)
}

/// A profile key, for `config set` and `unset`.
fn config_key_arg() -> Arg {
    Arg::new("key")
        .value_name("KEY")
        .required(true)
        .value_parser(PossibleValuesParser::new(
            ConfigKey::ALL.map(ConfigKey::name),
        ))
        .help("The key")
}

fn config_command(with_hidden: bool) -> Command {
    // `config show` shows the connection settings these change.
    let shown = [
        "base-url",
        "public-key",
        "private-key",
        "project-id",
        "profile",
    ];
    let config = Command::new("config")
        .about("Read and write the config file")
        .subcommand_required(true)
        .subcommand(
            Command::new("set")
                .about("Set a key in a profile (file mode 0600)")
                .arg(config_key_arg())
                .arg(
                    Arg::new("value")
                        .value_name("VALUE")
                        .required(true)
                        .value_parser(secret_parser())
                        .allow_hyphen_values(true)
                        .help(format!("The value; for private_key, {SECRET_INPUT_HELP}")),
                )
                .arg(profile_option())
                // It says what it changed (`-q` silences it).
                .arg(group_option("quiet")),
        )
        .subcommand(
            Command::new("unset")
                .about("Remove a key from a profile")
                .arg(config_key_arg())
                .arg(profile_option())
                // It says what it changed (`-q` silences it).
                .arg(group_option("quiet")),
        )
        .subcommand(
            Command::new("show")
                .about("Show a profile, private key masked; with --effective, what a command would use")
                .arg(
                    Arg::new("effective")
                        .long("effective")
                        .action(ArgAction::SetTrue)
                        .help("Show the settings a command would use (flags, OMI_*, MCLI_*, profile) and where each comes from"),
                )
                .arg(group_option("json").help("Print the settings as a JSON object"))
                .args(shown.map(group_option)),
        )
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
        .about("Print a shell completion script; the examples install it")
        .arg(
            Arg::new("shell")
                .value_name("SHELL")
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
