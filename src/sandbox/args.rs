//! Command-line flags of `omi-sandbox`.
//!
//! Written with clap's builder API (the project enables no `derive`
//! feature): `command()` defines the flags and `Args::from_matches` reads
//! them into a plain struct.

use clap::builder::{PossibleValuesParser, ValueParser};
use clap::{value_parser, Arg, ArgAction, ArgMatches, Command as ClapCommand};
use std::ffi::OsString;
use std::net::IpAddr;
use std::path::PathBuf;
use std::time::Duration;

#[derive(Debug)]
pub struct Args {
    pub listen: Option<String>,
    pub allow_remote: bool,
    pub public_key: Option<String>,
    pub private_key: Option<String>,
    pub project_ids: Vec<String>,
    pub projects: Option<usize>,
    pub nonce_ttl: Duration,
    /// How many requests one nonce may answer; None: any number within
    /// its TTL.
    pub nonce_uses: Option<u64>,
    pub shape: Shape,
    /// API names of types outside the table that projects may hold.
    pub legacy_types: Vec<String>,
    pub orgs: usize,
    pub digest_algorithm: DigestAlgorithm,
    pub state: Option<PathBuf>,
    pub latency_ms: u64,
    pub rate_limit: Option<u64>,
    pub fail_every: Option<u64>,
    pub fail_status: u16,
    pub access_list: Vec<IpAddr>,
    pub deny_projects: Vec<String>,
    pub access_log: bool,
    /// Answer the notification test endpoint with 404, as older servers.
    pub no_notification_test: bool,
    /// Alert configurations every project holds at least (seeded).
    pub alert_configs: usize,
    /// Global alert configurations there are at least (seeded).
    pub global_alert_configs: usize,
    pub tls: bool,
    pub tls_cert_out: Option<PathBuf>,
    pub command: Option<Command>,
}

#[derive(Debug)]
pub enum Command {
    /// Run CMD against a sandbox on a free port, then stop.
    Exec { cmd: Vec<String> },
    /// Print the man page (hidden).
    Man,
}

/// Which servers' responses the sandbox plays.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shape {
    /// As the Ops Manager documentation describes them.
    Documented,
    /// As MongoDB's real servers were recorded answering.
    Recorded,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DigestAlgorithm {
    Md5,
    Sha256,
}

impl DigestAlgorithm {
    /// The name used in `WWW-Authenticate` and `Authorization`.
    pub fn name(self) -> &'static str {
        match self {
            DigestAlgorithm::Md5 => "MD5",
            DigestAlgorithm::Sha256 => "SHA-256",
        }
    }
}

/// Project (group) ids are 24 hex characters, like MongoDB ObjectIds.
pub fn parse_object_id(s: &str) -> Result<String, String> {
    if is_object_id(s) {
        Ok(s.to_string())
    } else {
        Err(format!(
            "'{s}' is not a project id: it must be 24 hex characters"
        ))
    }
}

/// `300` (seconds) or `250ms`; never zero.
pub fn parse_ttl(s: &str) -> Result<Duration, String> {
    let bad =
        || format!("'{s}' is not a duration: give whole seconds (300) or milliseconds (250ms)");
    let ttl = match s.strip_suffix("ms") {
        Some(ms) => Duration::from_millis(ms.parse().map_err(|_| bad())?),
        None => Duration::from_secs(s.parse().map_err(|_| bad())?),
    };
    if ttl.is_zero() {
        return Err("the nonce TTL must be more than zero".to_string());
    }
    Ok(ttl)
}

/// An HTTP error status for `--fail-status`.
pub fn parse_fail_status(s: &str) -> Result<u16, String> {
    match s.parse::<u16>() {
        Ok(n) if (400..=599).contains(&n) => Ok(n),
        _ => Err(format!(
            "'{s}' is not an error status: it must be 400 to 599"
        )),
    }
}

/// A type name for `--legacy-types`: `[A-Z][A-Z_]*`, not in the table.
pub fn parse_legacy_type(s: &str) -> Result<String, String> {
    if !is_type_name(s) {
        return Err(format!(
            "'{s}' is not an integration type name: use capitals and underscores, e.g. FLOWDOCK"
        ));
    }
    if crate::api::types::by_api(s).is_some() {
        return Err(format!(
            "{s} is a current integration type, not a legacy one"
        ));
    }
    Ok(s.to_string())
}

/// The bound of `--projects`: each costs memory at start.
pub const MAX_PROJECTS: u64 = 1_000_000;

/// Bounds of `--alert-configs` and `--global-alert-configs`.
pub const MAX_ALERT_CONFIGS: u64 = 1000;
pub const MAX_GLOBAL_ALERT_CONFIGS: u64 = 10_000;
/// The most configurations `--alert-configs` may seed in all (projects ×
/// N), so that memory stays within reach (about 2 KiB each).
pub const MAX_SEEDED_ALERT_CONFIGS: usize = 1_000_000;

pub use crate::api::ids::is_object_id;
pub use crate::api::types::is_type_name;

fn opt(name: &'static str, value: &'static str, help: &'static str) -> Arg {
    Arg::new(name).long(name).value_name(value).help(help)
}

fn flag(name: &'static str, help: &'static str) -> Arg {
    Arg::new(name)
        .long(name)
        .action(ArgAction::SetTrue)
        .help(help)
}

/// Where and how it listens, its keys, its state.
fn server_args() -> Vec<Arg> {
    vec![
        opt("listen", "ADDR", "Address to listen on; port 0 picks a free port [default: 127.0.0.1:8080; with exec 127.0.0.1:0]"),
        flag("allow-remote", "Allow a non-loopback --listen address (the sandbox is not secure)"),
        opt("public-key", "K", "Public API key, the digest username [default: the --state file's, else random]"),
        opt("private-key", "S", "Private API key, the digest password [default: the --state file's, else random]"),
        opt("state", "FILE", "File keeping keys, port, organizations, projects, integrations and alert configurations across restarts")
                .value_parser(value_parser!(PathBuf)),
        flag("tls", "Serve HTTPS with a self-signed certificate made at start").requires("tls-cert-out"),
        opt("tls-cert-out", "FILE", "Where --tls writes the certificate PEM, for clients to trust (required with --tls)")
                .value_parser(value_parser!(PathBuf))
                .requires("tls"),
        flag("access-log", "One line per request on stderr: METHOD PATH_AND_QUERY STATUS MILLISms"),
    ]
}

/// What the server holds and how it answers.
fn project_args() -> Vec<Arg> {
    vec![
        opt("project-id", "ID", "A project id of 24 hex characters (repeatable)")
                .action(ArgAction::Append)
                .value_parser(ValueParser::new(parse_object_id)),
        opt("projects", "N", "Have at least N projects: generate random ones after the --project-id and saved ones (at most 1000000) [default: 1]")
                .value_parser(value_parser!(u64).range(0..=MAX_PROJECTS)),
        opt("orgs", "N", "Have at least N organizations; new projects are spread over them in turn")
                .default_value("1")
                .value_parser(value_parser!(u64).range(1..100_000)),
        opt("legacy-types", "TYPES", "Integration types outside omi's table that projects may hold, e.g. FLOWDOCK (comma-separated, repeatable)")
                .action(ArgAction::Append)
                .value_delimiter(',')
                .value_parser(ValueParser::new(parse_legacy_type)),
        opt("shape", "SHAPE", "Answer as the documentation describes, or as real servers were recorded answering")
                .default_value("documented")
                .value_parser(PossibleValuesParser::new(["documented", "recorded"])),
        opt("alert-configs", "N", "Seed alert configurations until every project holds at least N (at most 1000); their notifications copy the integrations the project holds")
                .default_value("0")
                .value_parser(value_parser!(u64).range(0..=MAX_ALERT_CONFIGS)),
        opt("global-alert-configs", "N", "Seed global alert configurations until there are at least N (at most 10000)")
                .default_value("0")
                .value_parser(value_parser!(u64).range(0..=MAX_GLOBAL_ALERT_CONFIGS)),
        flag("no-notification-test", "No notification test endpoint (.../alertConfigs/ID/NOTIFICATION-ID/test answers 404), as on servers older than Ops Manager 7.0"),
    ]
}

/// Digest authentication.
fn digest_args() -> Vec<Arg> {
    vec![
        opt("nonce-ttl", "TIME", "How long a digest nonce stays valid: seconds, or milliseconds with ms (250ms)")
                .default_value("300")
                .value_parser(ValueParser::new(parse_ttl)),
        opt("nonce-uses", "N", "How many requests one nonce may answer; past that, a new challenge with stale=true [default: any number within the TTL; 1 with --shape recorded]")
                .value_parser(value_parser!(u64).range(1..)),
        opt("digest-algorithm", "ALG", "Digest algorithm the challenge offers")
                .default_value("MD5")
                .value_parser(PossibleValuesParser::new(["MD5", "SHA-256"])),
    ]
}

/// Faults and limits for testing clients.
fn fault_args() -> Vec<Arg> {
    vec![
        opt("latency-ms", "N", "Milliseconds added to every response")
                .default_value("0")
                .value_parser(value_parser!(u64)),
        opt("rate-limit", "N", "Authenticated requests allowed per minute per public key (sliding window); more get 429")
                .value_parser(value_parser!(u64).range(1..)),
        opt("fail-every", "N", "Answer every Nth request (all requests counted) with --fail-status")
                .value_parser(value_parser!(u64).range(1..)),
        opt("fail-status", "STATUS", "HTTP status of the --fail-every failures")
                .default_value("503")
                .value_parser(ValueParser::new(parse_fail_status)),
        opt("access-list", "IP", "Only this peer IP may call the API; others get 403 (repeatable)")
                .action(ArgAction::Append)
                .value_parser(value_parser!(IpAddr)),
        opt("deny-project", "ID", "The key is not a member of this project: 401 NOT_IN_GROUP (repeatable)")
                .action(ArgAction::Append)
                .value_parser(ValueParser::new(parse_object_id)),
    ]
}

/// Examples shown by `--help` and the man page: the command line, and
/// what it does.
pub const EXAMPLES: &[(&str, &str)] = &[
    (
        "omi-sandbox exec -- omi list",
        "Run one omi command against a new sandbox on a free port, then stop.",
    ),
    (
        "omi-sandbox exec --projects 3 -- omi projects",
        "Options may come after exec too, up to the -- before the command.",
    ),
    (
        "omi-sandbox --state sandbox.json > sandbox.env &",
        "Serve on 127.0.0.1:8080 in the background, keeping keys, projects, integrations and alert configurations in sandbox.json; `. ./sandbox.env` then points omi at it.",
    ),
    (
        "omi-sandbox --projects 5000 --alert-configs 20 exec -- omi list --all-projects",
        "Many projects, each with 20 alert configurations.",
    ),
    (
        "omi-sandbox --shape recorded --fail-every 5 --latency-ms 200 exec -- omi list",
        "Answer as real servers were recorded answering, slowly, failing every fifth request.",
    ),
];

/// `EXAMPLES:` for `--help`.
fn examples_help() -> String {
    let mut out = String::from("Examples:\n");
    for (line, what) in EXAMPLES {
        out.push_str(&format!("  {line}\n      {what}\n"));
    }
    out
}

/// The options, taken before `exec` or after it.
fn options() -> Vec<Arg> {
    [server_args(), project_args(), digest_args(), fault_args()]
        .into_iter()
        .flatten()
        .map(|a| a.global(true))
        .collect()
}

pub fn command() -> ClapCommand {
    ClapCommand::new("omi-sandbox")
        .version(env!("CARGO_PKG_VERSION"))
        .about("A local emulator of the MongoDB Ops Manager third-party integrations API")
        .long_about(
            "A local emulator of the MongoDB Ops Manager third-party integrations API, \
             for trying omi (or any client) without a real Ops Manager.\n\n\
             Before serving it prints four `export OMI_...=` lines on stdout; with \
             `exec -- CMD` it runs CMD with those variables set instead.",
        )
        .max_term_width(100)
        .after_help(examples_help())
        .args(options())
        .subcommand(
            ClapCommand::new("man")
                .hide(true)
                .about("Print the man page (roff)"),
        )
        .subcommand(
            ClapCommand::new("exec")
                .about("Start on a free port, run CMD with the OMI_* variables set, stop, and exit with CMD's status")
                .arg(
                    Arg::new("cmd")
                        .value_name("CMD")
                        .required(true)
                        .num_args(1..)
                        .trailing_var_arg(true)
                        .allow_hyphen_values(true)
                        .help("The command and its arguments, after --"),
                ),
        )
}

impl Args {
    pub fn try_parse() -> Result<Args, clap::Error> {
        Self::try_parse_from(std::env::args_os())
    }

    pub fn try_parse_from<I, T>(items: I) -> Result<Args, clap::Error>
    where
        I: IntoIterator<Item = T>,
        T: Into<OsString> + Clone,
    {
        let m = command().try_get_matches_from(items)?;
        Ok(Self::from_matches(&m))
    }

    fn from_matches(top: &ArgMatches) -> Args {
        // Options are global: exec's matches hold those given before it
        // and after it.
        let exec = top.subcommand_matches("exec");
        let m = exec.unwrap_or(top);
        let string = |id: &str| m.get_one::<String>(id).cloned();
        let strings = |id: &str| {
            m.get_many::<String>(id)
                .map(|v| v.cloned().collect())
                .unwrap_or_default()
        };
        let number = |id: &str| m.get_one::<u64>(id).copied();
        // Bounded by their ranges, so they fit.
        let count = |id: &str| number(id).map_or(0, |n| usize::try_from(n).unwrap_or(0));
        Args {
            listen: string("listen"),
            allow_remote: m.get_flag("allow-remote"),
            public_key: string("public-key"),
            private_key: string("private-key"),
            project_ids: strings("project-id"),
            projects: number("projects").map(|n| usize::try_from(n).unwrap_or(usize::MAX)),
            nonce_ttl: m
                .get_one::<Duration>("nonce-ttl")
                .copied()
                .unwrap_or(Duration::from_secs(300)),
            nonce_uses: number("nonce-uses"),
            shape: match string("shape").as_deref() {
                Some("recorded") => Shape::Recorded,
                _ => Shape::Documented,
            },
            legacy_types: strings("legacy-types"),
            orgs: number("orgs").map_or(1, |n| usize::try_from(n).unwrap_or(1)),
            digest_algorithm: match string("digest-algorithm").as_deref() {
                Some("SHA-256") => DigestAlgorithm::Sha256,
                _ => DigestAlgorithm::Md5,
            },
            state: m.get_one::<PathBuf>("state").cloned(),
            latency_ms: number("latency-ms").unwrap_or(0),
            rate_limit: number("rate-limit"),
            fail_every: number("fail-every"),
            fail_status: m.get_one::<u16>("fail-status").copied().unwrap_or(503),
            access_list: m
                .get_many::<IpAddr>("access-list")
                .map(|v| v.copied().collect())
                .unwrap_or_default(),
            deny_projects: strings("deny-project"),
            access_log: m.get_flag("access-log"),
            no_notification_test: m.get_flag("no-notification-test"),
            alert_configs: count("alert-configs"),
            global_alert_configs: count("global-alert-configs"),
            tls: m.get_flag("tls"),
            tls_cert_out: m.get_one::<PathBuf>("tls-cert-out").cloned(),
            command: match (exec, top.subcommand_matches("man")) {
                (Some(e), _) => Some(Command::Exec {
                    cmd: e
                        .get_many::<String>("cmd")
                        .map(|v| v.cloned().collect())
                        .unwrap_or_default(),
                }),
                (None, Some(_)) => Some(Command::Man),
                (None, None) => None,
            },
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn definition_is_consistent() {
        command().debug_assert();
    }

    #[test]
    fn exec_takes_everything_after_the_separator() {
        let a = Args::try_parse_from([
            "omi-sandbox",
            "--projects",
            "2",
            "exec",
            "--",
            "sh",
            "-c",
            "exit 3",
        ])
        .unwrap();
        assert_eq!(a.projects, Some(2));
        match a.command {
            Some(Command::Exec { cmd }) => assert_eq!(cmd, ["sh", "-c", "exit 3"]),
            _ => panic!("no exec"),
        }
    }

    #[test]
    fn options_after_exec_are_options_and_the_command_keeps_its_own() {
        let a = Args::try_parse_from([
            "omi-sandbox",
            "--shape",
            "recorded",
            "exec",
            "--projects",
            "3",
            "--alert-configs",
            "2",
            "--",
            "omi",
            "--projects",
            "9",
        ])
        .unwrap();
        assert_eq!(a.projects, Some(3));
        assert_eq!(a.alert_configs, 2);
        assert_eq!(a.shape, Shape::Recorded);
        match a.command {
            Some(Command::Exec { cmd }) => assert_eq!(cmd, ["omi", "--projects", "9"]),
            _ => panic!("no exec"),
        }
        assert!(matches!(
            Args::try_parse_from(["omi-sandbox", "man"])
                .unwrap()
                .command,
            Some(Command::Man)
        ));
        let e = Args::try_parse_from(["omi-sandbox", "--projects", "1000001"]).unwrap_err();
        assert_eq!(e.exit_code(), 2);
    }

    #[test]
    fn durations_statuses_and_legacy_names() {
        assert_eq!(parse_ttl("300"), Ok(Duration::from_secs(300)));
        assert_eq!(parse_ttl("25ms"), Ok(Duration::from_millis(25)));
        assert!(parse_ttl("0").is_err() && parse_ttl("0ms").is_err() && parse_ttl("1s").is_err());
        assert_eq!(parse_fail_status("599"), Ok(599));
        let e = parse_fail_status("600").unwrap_err();
        assert!(e.contains("400 to 599") && !e.contains("400..600"), "{e}");
        assert!(parse_fail_status("399").is_err());
        assert_eq!(parse_legacy_type("FLOWDOCK").as_deref(), Ok("FLOWDOCK"));
        assert!(parse_legacy_type("SLACK").is_err());
        assert!(parse_legacy_type("flowdock").is_err());
        assert!(parse_legacy_type("_X").is_err());
        let a = Args::try_parse_from([
            "omi-sandbox",
            "--legacy-types",
            "FLOWDOCK,OLD_ONE",
            "--legacy-types",
            "THIRD",
        ])
        .unwrap();
        assert_eq!(a.legacy_types, ["FLOWDOCK", "OLD_ONE", "THIRD"]);
        assert_eq!(a.shape, Shape::Documented);
        assert_eq!(a.orgs, 1);
    }

    #[test]
    fn project_ids_must_be_hex() {
        assert!(Args::try_parse_from(["omi-sandbox", "--project-id", "xyz"]).is_err());
        assert!(
            Args::try_parse_from(["omi-sandbox", "--project-id", "5e2211c17a3e5a48f5497de3"])
                .is_ok()
        );
    }
}
