//! clap's matches to the raw arguments: each option read from whichever
//! level it was typed at (before or after the command), each command's own
//! arguments into its `RawCommand`.

use super::defs::{command, group_option};
use super::raw::{ConfigKey, RawArgs, RawCommand, RawGlobals, WriteMethod};
use super::scrub::check_secret_values;
use crate::api::alerts::Carry;
use crate::api::body::FieldValue;
use crate::api::types::{self, Field, IntegrationType, TypeName};
use crate::input::secret::Secret;
use clap::builder::StyledStr;
use clap::error::{ContextKind, ContextValue, ErrorKind};
use clap::parser::ValueSource;
use clap::{ArgMatches, Command};
use std::ffi::OsString;
use std::path::PathBuf;

/// Parses the command line. Errors are clap's (usage, exit 2) or, for
/// `--help`/`--version`, clap's display requests.
pub fn parse<I, T>(args: I) -> Result<RawArgs, clap::Error>
where
    I: IntoIterator<Item = T>,
    T: Into<OsString> + Clone,
{
    let args: Vec<OsString> = args.into_iter().map(Into::into).collect();
    check_secret_values(&args)?;
    let mut definition = command();
    let m = definition
        .try_get_matches_from_mut(args)
        .map_err(best_suggestion_first)?;
    only_options_the_command_takes(&definition, &m)?;
    let globals = raw_globals(&m);
    let command = raw_command(&m);
    Ok(RawArgs { globals, command })
}

/// clap lists similar subcommands least similar first (`omi creat`: "some
/// similar subcommands exist: 'schema', 'create'"); the best comes first
/// here.
fn best_suggestion_first(mut e: clap::Error) -> clap::Error {
    if let Some(ContextValue::Strings(names)) = e.get(ContextKind::SuggestedSubcommand) {
        let best_first: Vec<String> = names.iter().rev().cloned().collect();
        e.insert(
            ContextKind::SuggestedSubcommand,
            ContextValue::Strings(best_first),
        );
    }
    e
}

/// An option typed before the command that the command does not take is
/// refused, as clap refuses one typed after it (exit 2): the root takes
/// every option so that any may come first, but a command takes only
/// those that mean something for it.
fn only_options_the_command_takes(root: &Command, m: &ArgMatches) -> Result<(), clap::Error> {
    let mut leaf = root;
    let mut chain = vec![root];
    let mut current = m;
    while let Some((name, sub)) = current.subcommand() {
        leaf = leaf
            .find_subcommand(name)
            .unwrap_or_else(|| unreachable!("clap matched {name}"));
        chain.push(leaf);
        current = sub;
    }
    let levels = levels(m);
    for level in &levels[..levels.len() - 1] {
        for id in level.ids() {
            let id = id.as_str();
            let typed = level.value_source(id) == Some(ValueSource::CommandLine);
            if typed && !leaf.get_arguments().any(|a| a.get_id() == id) {
                // A group's option, or one of a parent command's own
                // (`alerts --exit-code test`).
                let arg = chain
                    .iter()
                    .find_map(|c| c.get_arguments().find(|a| a.get_id() == id))
                    .cloned()
                    .unwrap_or_else(|| group_option(id));
                return Err(not_taken(leaf, &arg));
            }
        }
    }
    Ok(())
}

/// clap's error for an unexpected argument, with a tip naming the command.
fn not_taken(cmd: &Command, arg: &clap::Arg) -> clap::Error {
    let flag = match (arg.get_long(), arg.get_short()) {
        (Some(long), _) => format!("--{long}"),
        (None, Some(short)) => format!("-{short}"),
        (None, None) => arg.get_id().to_string(),
    };
    let name = cmd.get_bin_name().unwrap_or(cmd.get_name()).to_string();
    let tip = format!("`{name}` does not take {flag}; `{name} --help` lists the options it takes");
    let mut e = clap::Error::new(ErrorKind::UnknownArgument).with_cmd(cmd);
    e.insert(ContextKind::InvalidArg, ContextValue::String(flag));
    e.insert(
        ContextKind::Suggested,
        ContextValue::StyledStrs(vec![StyledStr::from(tip)]),
    );
    e.insert(
        ContextKind::Usage,
        ContextValue::StyledStr(cmd.clone().render_usage()),
    );
    e
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
        quiet: flag(l, "quiet"),
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
                alerts: carry(fm),
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
        "alerts" => raw_alerts(sub),
        "projects" => RawCommand::Projects {
            org_id: sub.get_one::<String>("org-id").cloned(),
        },
        "export" => RawCommand::Export {
            all_projects: sub.get_flag("all-projects"),
            org_ids: strings(sub, "org-id"),
            toml: sub.get_one::<String>("format").is_some_and(|f| f == "toml"),
            output: sub.get_one::<PathBuf>("output").cloned(),
            shares: strings(sub, "share"),
            env_file: sub.get_one::<PathBuf>("env-file").cloned(),
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
        alerts: carry(sub),
    }
}

/// `--alerts[=WHICH]`, where the command takes it.
fn carry(m: &ArgMatches) -> Option<Carry> {
    m.try_get_one::<String>("alerts").ok().flatten().map(|w| {
        Carry::from_word(w).unwrap_or_else(|| unreachable!("clap accepts matching or all"))
    })
}

/// `alerts` and `alerts test`: each selection flag from either level.
fn raw_alerts(sub: &ArgMatches) -> RawCommand {
    let l = levels(sub);
    let l = l.as_slice();
    let test = sub.subcommand_matches("test");
    RawCommand::Alerts {
        all_projects: flag(l, "all-projects"),
        org_ids: many(l, "org-id"),
        global: flag(l, "global"),
        ty: one(l, "type"),
        stale: flag(l, "stale"),
        exit_code: flag(l, "exit-code"),
        concurrency: one::<u32>(l, "concurrency").unwrap_or(8) as usize,
        test: test.map(|t| strings(t, "alert-config")),
    }
}

/// The `KEY` of `config set` and `unset`.
fn config_key(m: &ArgMatches) -> ConfigKey {
    let key = m.get_one::<String>("key").map_or("", String::as_str);
    ConfigKey::from_name(key).unwrap_or_else(|| unreachable!("clap accepts only ConfigKey names"))
}

fn raw_config(sub: &ArgMatches) -> RawCommand {
    match sub.subcommand() {
        Some(("set", s)) => RawCommand::ConfigSet {
            key: config_key(s),
            value: s
                .get_one::<Secret>("value")
                .cloned()
                .unwrap_or_else(|| unreachable!("value is required")),
        },
        Some(("unset", s)) => RawCommand::ConfigUnset { key: config_key(s) },
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
    use crate::api::types::TypeName;
    use clap::error::ErrorKind;

    #[test]
    fn globals_work_before_and_after_the_command() {
        let a = parse(["omi", "--json", "list"]).unwrap();
        let b = parse(["omi", "list", "--json"]).unwrap();
        assert!(a.globals.json && b.globals.json);
        let c = parse(["omi", "create", "slack", "--api-token", "t", "--dry-run"]).unwrap();
        assert!(c.globals.dry_run);
    }

    /// A value each group option takes, if it takes one.
    fn sample(id: &str) -> &'static [&'static str] {
        match id {
            "base-url" => &["https://om.example.com"],
            "public-key" => &["pub"],
            "private-key" => &["priv"],
            "project-id" => &["5e2211c17a3e5a48f5497de3"],
            "project" => &["Payments"],
            "profile" => &["prod"],
            "ca-cert" => &["ca.pem"],
            "page-num" => &["2"],
            "items-per-page" => &["5"],
            "timeout" => &["5"],
            "retries" => &["1"],
            "max-wait" => &["3"],
            "max-rate" => &["7"],
            _ => &[],
        }
    }

    /// Each command, as a line it parses.
    const COMMANDS: [&[&str]; 15] = [
        &["list"],
        &["get", "slack"],
        &["delete", "slack"],
        &["apply", "-f", "x.json"],
        &["create", "slack", "--api-token", "t"],
        &["update", "PAGER_DUTY", "--service-key", "k"],
        &["projects"],
        &["export"],
        &["schema"],
        &["config", "show"],
        &["config", "set", "base_url", "u"],
        &["config", "unset", "base_url"],
        &["config", "path"],
        &["completions", "bash"],
        &["man"],
    ];

    /// The command a line names, in the definition.
    fn leaf<'a>(root: &'a clap::Command, line: &[&str]) -> &'a clap::Command {
        let mut cmd = root;
        for word in line {
            match cmd
                .get_subcommands()
                .find(|c| c.get_name() == *word || c.get_all_aliases().any(|a| a == *word))
            {
                Some(sub) => cmd = sub,
                None => break,
            }
        }
        cmd
    }

    /// Every option of every group, for every command: one the command
    /// takes gives the same parse before and after it (and between
    /// `create` and its type), a parse that differs from the command
    /// without it; one it does not take is refused at either place.
    #[test]
    fn every_command_takes_its_options_before_and_after_it_and_no_other() {
        let root = command();
        let options: Vec<clap::Arg> = crate::cli::defs::Options::ALL
            .iter()
            .flat_map(|g| g.args())
            .collect();
        let globals = |args: Vec<&str>| {
            parse([&["omi"][..], &args].concat())
                .map(|a| format!("{:?}", a.globals))
                .map_err(|e| e.to_string())
        };
        let mut taken = 0;
        for command in COMMANDS {
            let cmd = leaf(&root, command);
            let plain = globals(command.to_vec()).unwrap();
            for option in &options {
                let id = option.get_id().as_str();
                let flag = match option.get_long() {
                    Some(long) => format!("--{long}"),
                    None => format!("-{}", option.get_short().unwrap()),
                };
                assert_eq!(
                    option.get_action().takes_values(),
                    !sample(id).is_empty(),
                    "give {id} a sample value"
                );
                let option: Vec<&str> = [&[flag.as_str()][..], sample(id)].concat();
                let before = globals([&option[..], command].concat());
                let after = globals([command, &option[..]].concat());
                if !cmd.get_arguments().any(|a| a.get_id() == id) {
                    assert!(before.is_err(), "{option:?} before {command:?}");
                    assert!(after.is_err(), "{option:?} after {command:?}");
                    continue;
                }
                taken += 1;
                let before = before.unwrap_or_else(|e| panic!("{option:?} {command:?}: {e}"));
                assert_ne!(before, plain, "{option:?} {command:?}");
                assert_eq!(Ok(&before), after.as_ref(), "{option:?} {command:?}");
                if matches!(command[0], "create" | "update") {
                    let between = globals([&command[..1], &option[..], &command[1..]].concat());
                    assert_eq!(Ok(before), between, "{option:?} {command:?}");
                }
            }
        }
        assert!(taken > 100, "{taken}");
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

    /// What each command takes, decided from what it sends and shows: a
    /// command takes an option only where it means something.
    #[test]
    fn each_command_takes_the_options_that_mean_something_for_it() {
        let refused: [(&[&str], &[&str]); 8] = [
            // It lists projects, reads every page and sends nothing to preview.
            (
                &["projects"],
                &[
                    "--page-num=2",
                    "--dry-run",
                    "--pretty",
                    "--envelope",
                    "--project-id=x",
                    "--project=x",
                ],
            ),
            // The answer's page holds the project's few integrations.
            (
                &["create", "slack", "--api-token", "t"],
                &["--page-num=2", "--items-per-page=5"],
            ),
            (&["get", "slack"], &["--page-num=2", "--items-per-page=5"]),
            (&["delete", "slack"], &["--page-num=2"]),
            // It writes its file format and only reads.
            (
                &["export"],
                &["--json", "--dry-run", "--page-num=2", "--pretty"],
            ),
            // It shows its own rows, not the server's answers.
            (
                &["apply", "-f", "x"],
                &["--pretty", "--envelope", "--page-num=2"],
            ),
            (
                &["config", "show"],
                &["--timeout=3", "--project=x", "--ca-cert=x", "-v"],
            ),
            (
                &["config", "unset", "base_url"],
                &["--json", "--base-url=u"],
            ),
        ];
        for (command, options) in refused {
            for option in options {
                for line in [
                    [&["omi", option][..], command].concat(),
                    [&["omi"][..], command, &[option]].concat(),
                ] {
                    let e = parse(line.clone())
                        .err()
                        .unwrap_or_else(|| panic!("{line:?}"));
                    assert_eq!(e.kind(), ErrorKind::UnknownArgument, "{line:?}");
                    let flag = option.split('=').next().unwrap_or_default();
                    assert!(e.to_string().contains(flag), "{line:?}: {e}");
                }
            }
        }
        // Typed before the command, the error names the command.
        let e = parse(["omi", "--page-num", "2", "projects"]).unwrap_err();
        let text = e.render().to_string();
        assert!(
            text.contains("`omi projects` does not take --page-num"),
            "{text}"
        );
        assert!(text.contains("Usage: omi projects"), "{text}");
        let taken: [&[&str]; 5] = [
            &[
                "omi",
                "list",
                "--page-num",
                "2",
                "--items-per-page",
                "5",
                "--pretty",
                "--envelope",
            ],
            &[
                "omi",
                "create",
                "slack",
                "--api-token",
                "t",
                "--pretty",
                "--envelope",
                "--json",
            ],
            &["omi", "projects", "--items-per-page", "5", "--json", "-v"],
            &[
                "omi",
                "export",
                "--items-per-page",
                "5",
                "--project",
                "p",
                "-v",
            ],
            &[
                "omi",
                "apply",
                "-f",
                "x",
                "--items-per-page",
                "5",
                "--json",
                "--dry-run",
            ],
        ];
        for line in taken {
            assert!(parse(line).is_ok(), "{line:?}");
        }
    }

    #[test]
    fn a_mistyped_command_gets_the_closest_suggestion_first() {
        for (typed, best) in [
            ("creat", "create"),
            ("projetcs", "projects"),
            ("exprot", "export"),
        ] {
            let e = parse(["omi", typed]).unwrap_err();
            let text = e.render().to_string();
            let tip = text
                .lines()
                .find(|l| l.contains("similar subcommand"))
                .unwrap_or_else(|| panic!("{typed}: {text}"));
            let first = tip.split('\'').nth(1).unwrap_or_default();
            assert_eq!(first, best, "{typed}: {tip}");
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
