//! Command-line flags of `omi-sandbox`.
//!
//! Built with clap's builder API: the crate's clap has no `derive` feature
//! (and clap_derive is not available offline), so the definition below and
//! `Args::from_matches` play the part of `#[derive(Parser)]`.

use clap::builder::{PossibleValuesParser, ValueParser};
use clap::{value_parser, Arg, ArgAction, ArgMatches, Command as ClapCommand};
use std::ffi::OsString;
use std::net::IpAddr;
use std::path::PathBuf;

#[derive(Debug)]
pub struct Args {
    pub listen: Option<String>,
    pub allow_remote: bool,
    pub public_key: Option<String>,
    pub private_key: Option<String>,
    pub project_ids: Vec<String>,
    pub projects: Option<usize>,
    pub nonce_ttl: u64,
    pub digest_algorithm: DigestAlgorithm,
    pub state: Option<PathBuf>,
    pub latency_ms: u64,
    pub rate_limit: Option<u64>,
    pub fail_every: Option<u64>,
    pub fail_status: u16,
    pub access_list: Vec<IpAddr>,
    pub deny_projects: Vec<String>,
    pub access_log: bool,
    pub tls: bool,
    pub tls_cert_out: Option<PathBuf>,
    pub command: Option<Command>,
}

#[derive(Debug)]
pub enum Command {
    /// Run CMD against a sandbox on a free port, then stop.
    Exec { cmd: Vec<String> },
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

pub fn is_object_id(s: &str) -> bool {
    s.len() == 24 && s.bytes().all(|b| b.is_ascii_hexdigit())
}

fn opt(name: &'static str, value: &'static str, help: &'static str) -> Arg {
    Arg::new(name).long(name).value_name(value).help(help)
}

fn flag(name: &'static str, help: &'static str) -> Arg {
    Arg::new(name)
        .long(name)
        .action(ArgAction::SetTrue)
        .help(help)
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
        .arg(opt("listen", "ADDR", "Address to listen on; port 0 picks a free port [default: 127.0.0.1:8080; with exec 127.0.0.1:0]"))
        .arg(flag("allow-remote", "Allow a non-loopback --listen address (the sandbox is not secure)"))
        .arg(opt("public-key", "K", "Public API key, the digest username [default: random]"))
        .arg(opt("private-key", "S", "Private API key, the digest password [default: random]"))
        .arg(
            opt("project-id", "ID", "A project id of 24 hex characters (repeatable)")
                .action(ArgAction::Append)
                .value_parser(ValueParser::new(parse_object_id)),
        )
        .arg(
            opt("projects", "N", "Generate N projects with random ids, after the --project-id ones [default: 1 if there are no others]")
                .value_parser(value_parser!(usize)),
        )
        .arg(
            opt("nonce-ttl", "SECS", "Seconds a digest nonce stays valid")
                .default_value("300")
                .value_parser(value_parser!(u64).range(1..)),
        )
        .arg(
            opt("digest-algorithm", "ALG", "Digest algorithm the challenge offers")
                .default_value("MD5")
                .value_parser(PossibleValuesParser::new(["MD5", "SHA-256"])),
        )
        .arg(
            opt("state", "FILE", "JSON file keeping projects and integrations across restarts")
                .value_parser(value_parser!(PathBuf)),
        )
        .arg(
            opt("latency-ms", "N", "Milliseconds added to every response")
                .default_value("0")
                .value_parser(value_parser!(u64)),
        )
        .arg(
            opt("rate-limit", "N", "Authenticated requests allowed per minute per public key (sliding window); more get 429")
                .value_parser(value_parser!(u64).range(1..)),
        )
        .arg(
            opt("fail-every", "N", "Answer every Nth request (all requests counted) with --fail-status")
                .value_parser(value_parser!(u64).range(1..)),
        )
        .arg(
            opt("fail-status", "STATUS", "HTTP status of the --fail-every failures")
                .default_value("503")
                .value_parser(value_parser!(u16).range(400..600)),
        )
        .arg(
            opt("access-list", "IP", "Only this peer IP may call the API; others get 403 (repeatable)")
                .action(ArgAction::Append)
                .value_parser(value_parser!(IpAddr)),
        )
        .arg(
            opt("deny-project", "ID", "The key is not a member of this project: 401 NOT_IN_GROUP (repeatable)")
                .action(ArgAction::Append)
                .value_parser(ValueParser::new(parse_object_id)),
        )
        .arg(flag("access-log", "One line per request on stderr: METHOD PATH_AND_QUERY STATUS MILLISms"))
        .arg(flag("tls", "Serve HTTPS with a self-signed certificate made at start").requires("tls-cert-out"))
        .arg(
            opt("tls-cert-out", "FILE", "Where --tls writes the certificate PEM, for clients to trust (required with --tls)")
                .value_parser(value_parser!(PathBuf))
                .requires("tls"),
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

    fn from_matches(m: &ArgMatches) -> Args {
        let string = |id: &str| m.get_one::<String>(id).cloned();
        let strings = |id: &str| {
            m.get_many::<String>(id)
                .map(|v| v.cloned().collect())
                .unwrap_or_default()
        };
        let number = |id: &str| m.get_one::<u64>(id).copied();
        Args {
            listen: string("listen"),
            allow_remote: m.get_flag("allow-remote"),
            public_key: string("public-key"),
            private_key: string("private-key"),
            project_ids: strings("project-id"),
            projects: m.get_one::<usize>("projects").copied(),
            nonce_ttl: number("nonce-ttl").unwrap_or(300),
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
            tls: m.get_flag("tls"),
            tls_cert_out: m.get_one::<PathBuf>("tls-cert-out").cloned(),
            command: m.subcommand_matches("exec").map(|e| Command::Exec {
                cmd: e
                    .get_many::<String>("cmd")
                    .map(|v| v.cloned().collect())
                    .unwrap_or_default(),
            }),
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
            None => panic!("no exec"),
        }
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
