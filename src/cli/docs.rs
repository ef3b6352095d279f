//! Shell completions and the man page, generated from the clap definition
//! (itself built from the type table). The committed copies under
//! `completions/` are checked against these by a test.

use super::defs::{self, Options};
use super::raw::ConfigKey;
use super::resolve::connection::{BASE_URL, PRIVATE_KEY, PROJECT_ID, PUBLIC_KEY};
use crate::api::secrecy::Kind;
use crate::api::types::TYPES;
use clap::{Arg, Command};
use clap_complete::Shell;
use clap_mangen::roff::{bold, italic, roman, Roff};

/// The command a completion script runs to offer `--profile` values.
const PROFILES: &str = "omi config profiles 2>/dev/null";

pub fn completion_script(shell: Shell) -> String {
    let mut cmd = defs::completion_command();
    let mut out = Vec::new();
    clap_complete::generate(shell, &mut cmd, "omi", &mut out);
    complete_profiles(shell, &String::from_utf8_lossy(&out))
}

/// clap_complete completes `--profile NAME` with file names; the scripts
/// for bash, zsh and fish are edited to offer the config file's profiles
/// (`omi config profiles`) instead. The other shells keep clap's answer.
fn complete_profiles(shell: Shell, script: &str) -> String {
    match shell {
        Shell::Bash => script.replace(
            "                --profile)\n                    COMPREPLY=($(compgen -f \"${cur}\"))",
            &format!(
                "                --profile)\n                    COMPREPLY=($(compgen -W \"$({PROFILES})\" -- \"${{cur}}\"))"
            ),
        ),
        Shell::Zsh => {
            let function = format!(
                "(( $+functions[_omi_profiles] )) ||\n_omi_profiles() {{\n    local -a profiles\n    \
                 profiles=(${{(f)\"$({PROFILES})\"}})\n    _describe 'profile' profiles\n}}\n\n"
            );
            let script = script.replace(":NAME:_default'", ":NAME:_omi_profiles'");
            match script.rfind("if [ \"$funcstack[1]\" = \"_omi\" ]") {
                Some(at) => format!("{}{function}{}", &script[..at], &script[at..]),
                None => script,
            }
        }
        Shell::Fish => script
            .lines()
            .map(|line| {
                if line.contains(" -l profile ") && line.ends_with(" -r") {
                    format!("{line} -f -a \"({PROFILES})\"\n")
                } else {
                    format!("{line}\n")
                }
            })
            .collect(),
        _ => script.to_string(),
    }
}

/// omi(1), one self-contained page: clap's sections for the top-level
/// command, then COMMANDS (each subcommand's usage and options, in place
/// of clap's list of omi-COMMAND(1) pages, which do not exist),
/// INTEGRATION TYPES, APPLY FILE and FILES.
pub fn man_page() -> String {
    let man = clap_mangen::Man::new(defs::command());
    let mut out = Vec::new();
    // Rendering into memory cannot fail for I/O reasons.
    let _ = man.render_title(&mut out);
    let _ = man.render_name_section(&mut out);
    let _ = man.render_synopsis_section(&mut out);
    let _ = man.render_description_section(&mut out);
    let _ = man.render_options_section(&mut out);
    let mut roff = Roff::new();
    commands_section(&mut roff);
    types_section(&mut roff);
    apply_file_section(&mut roff);
    files_section(&mut roff);
    out.extend_from_slice(roff.render().as_bytes());
    let _ = man.render_extra_section(&mut out);
    let _ = man.render_version_section(&mut out);
    String::from_utf8_lossy(&out).into_owned()
}

fn commands_section(roff: &mut Roff) {
    let mut root = defs::command();
    // Building sets each subcommand's full name ("omi config set") for its usage.
    root.build();
    roff.control("SH", ["COMMANDS"]);
    roff.text([roman(
        "Each command lists the options it takes. The groups of options in the sections \
         above (CONNECTION, OUTPUT, QUERY PARAMETERS, HTTP) are taken by the commands that \
         talk to Ops Manager, as said below, and may be given before or after the command.",
    )]);
    for sub in shown(&root) {
        describe_command(roff, sub);
    }
}

/// Subcommands worth a manual entry: not hidden, not clap's `help`.
fn shown(cmd: &Command) -> impl Iterator<Item = &Command> {
    cmd.get_subcommands()
        .filter(|c| !c.is_hide_set() && c.get_name() != "help")
}

fn describe_command(roff: &mut Roff, cmd: &Command) {
    let usage = cmd.clone().render_usage().to_string();
    let usage = usage.trim().trim_start_matches("Usage:").trim().to_string();
    roff.control("SS", [usage.as_str()]);
    if let Some(about) = cmd.get_about() {
        roff.text([roman(about.to_string())]);
    }
    let groups: Vec<Options> = Options::ALL
        .into_iter()
        .filter(|g| g.args().iter().all(|a| has_arg(cmd, a)))
        .collect();
    if !groups.is_empty() {
        let names: Vec<String> = groups.iter().map(|g| g.heading().to_uppercase()).collect();
        roff.control("PP", []);
        roff.text([roman(format!("Takes the options of {}.", and_list(&names)))]);
    }
    let in_groups: Vec<Arg> = groups.iter().flat_map(|g| g.args()).collect();
    for arg in cmd.get_arguments().filter(|a| {
        !a.is_hide_set()
            && !["help", "version"].contains(&a.get_id().as_str())
            && !in_groups.iter().any(|g| g.get_id() == a.get_id())
    }) {
        describe_arg(roff, arg);
    }
    if cmd.get_subcommands().any(|c| c.get_name() == TYPES[0].cli) {
        let names: Vec<&str> = TYPES.iter().map(|t| t.cli).collect();
        roff.control("PP", []);
        roff.text([roman(format!(
            "TYPE is one of {} (or its API name, e.g. {}); each type's flags are under \
             INTEGRATION TYPES.",
            names.join(", "),
            TYPES[0].api
        ))]);
        return;
    }
    for sub in shown(cmd) {
        describe_command(roff, sub);
    }
}

/// "A", "A and B", "A, B and C".
fn and_list(items: &[String]) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [rest @ .., last] => format!("{} and {last}", rest.join(", ")),
    }
}

fn has_arg(cmd: &Command, arg: &Arg) -> bool {
    cmd.get_arguments().any(|a| a.get_id() == arg.get_id())
}

/// One option or positional argument: its spelling, then its help, the
/// values it accepts and its default.
fn describe_arg(roff: &mut Roff, arg: &Arg) {
    let value = arg
        .get_value_names()
        .and_then(|v| v.first())
        .map_or_else(|| arg.get_id().to_string(), |v| v.to_string());
    let mut line = Vec::new();
    if let Some(short) = arg.get_short() {
        line.push(bold(format!("-{short}")));
        line.push(roman(", "));
    }
    if let Some(long) = arg.get_long() {
        line.push(bold(format!("--{long}")));
        if arg.get_action().takes_values() {
            line.push(roman(" "));
            line.push(italic(value));
        }
    } else {
        line.push(italic(value));
    }
    roff.control("TP", []);
    roff.text(line);
    let mut about = arg.get_help().map(ToString::to_string).unwrap_or_default();
    let values: Vec<String> = arg
        .get_possible_values()
        .iter()
        .filter(|v| !v.is_hide_set())
        .map(|v| v.get_name().to_string())
        .collect();
    if !values.is_empty() && values.len() <= 12 && arg.get_action().takes_values() {
        about.push_str(&format!(" [possible values: {}]", values.join(", ")));
    }
    let defaults: Vec<String> = arg
        .get_default_values()
        .iter()
        .map(|d| d.to_string_lossy().into_owned())
        .collect();
    if !defaults.is_empty() && arg.get_action().takes_values() {
        about.push_str(&format!(" [default: {}]", defaults.join(",")));
    }
    roff.text([roman(about)]);
}

/// A section per integration type listing its flags from the type table.
fn types_section(roff: &mut Roff) {
    roff.control("SH", ["INTEGRATION TYPES"]);
    roff.text([roman(
        "omi create TYPE and omi update TYPE take these flags; TYPE is the name shown or its API name.",
    )]);
    for t in TYPES {
        roff.control("SS", [format!("{} ({})", t.cli, t.api).as_str()]);
        for f in t.fields {
            let mut line = vec![bold(format!("--{}", f.flag)), roman(" ")];
            line.push(italic(match f.kind {
                Kind::Bool => "true|false".to_string(),
                Kind::Enum(values) => values.join("|"),
                Kind::Text => f.json.to_string(),
            }));
            roff.control("TP", []);
            roff.text(line);
            let mut about = format!("{}.", f.help);
            if f.required {
                about.push_str(" Required.");
            }
            if let Some(d) = f.default {
                about.push_str(&format!(" Default: {d}."));
            }
            if f.secrecy.is_secret() {
                about.push_str(" Secret: accepts - (stdin) or @PATH.");
            }
            roff.text([roman(about)]);
        }
        for note in t.advice() {
            roff.control("PP", []);
            roff.text([roman(note)]);
        }
    }
}

/// Lines shown as typed (no filling), indented.
fn example(roff: &mut Roff, lines: &[&str]) {
    roff.control("PP", []);
    roff.control("RS", ["4"]);
    roff.control("nf", []);
    for line in lines {
        roff.text([roman(*line)]);
    }
    roff.control("fi", []);
    roff.control("RE", []);
}

fn apply_file_section(roff: &mut Roff) {
    roff.control("SH", ["APPLY FILE"]);
    roff.text([roman(
        "omi apply -f FILE reads the desired integrations from a JSON file, or a TOML file \
         when the name ends in .toml. Keys are API type names; bodies are API bodies without \
         \"type\":",
    )]);
    example(
        roff,
        &[
            "{",
            "  \"integrations\": {\"PAGER_DUTY\": {\"serviceKey\": {\"env\": \"PD_KEY\"}}},",
            "  \"projects\": {",
            "    \"5e2211c17a3e5a48f5497de3\": {\"WEBHOOK\": null, \"OPS_GENIE\": {\"apiKey\": {\"file\": \"og.key\"}}}",
            "  }",
            "}",
        ],
    );
    roff.text([roman("The same in TOML, where false stands for null:")]);
    example(
        roff,
        &[
            "[integrations.PAGER_DUTY]",
            "serviceKey = {env = \"PD_KEY\"}",
            "",
            "[projects.5e2211c17a3e5a48f5497de3]",
            "WEBHOOK = false",
            "OPS_GENIE = {apiKey = {file = \"og.key\"}}",
        ],
    );
    let points = [
        "integrations applies to every targeted project (--project-id, repeatable, or \
         --all-projects; otherwise the project of the environment or profile).",
        "projects adds or replaces types per project id; null (false in TOML) removes the \
         type from that project. With --prune, types the file does not declare are removed too.",
        "Any value may be a literal, {\"env\": NAME} (an environment variable) or \
         {\"file\": PATH} (the file's first line; a relative path is relative to the apply \
         file's folder), so the file can be committed without secrets.",
        "A top-level \"$schema\" key (for editors) is ignored; any other unknown key is an error.",
        "The whole file is checked before any request; --dry-run prints the plan and sends \
         nothing.",
    ];
    for p in points {
        roff.control("IP", ["\\(bu", "2"]);
        roff.text([roman(p)]);
    }
}

fn files_section(roff: &mut Roff) {
    roff.control("SH", ["FILES"]);
    roff.control("TP", []);
    roff.text([italic("~/.config/omi/config.toml")]);
    let keys: Vec<&str> = ConfigKey::ALL.iter().map(|k| k.name()).collect();
    roff.text([roman(format!(
        "The config file on Linux: omi/config.toml under the platform config dir \
         ($XDG_CONFIG_HOME, else ~/.config; ~/Library/Application Support on macOS, \
         %APPDATA% on Windows); omi config path prints it. One [profile] table per profile, \
         with keys {}; the profile used is --profile NAME, else OMI_PROFILE, else default. \
         omi config set writes it atomically with mode 0600, and a group- or world-readable \
         file holding a private key gets a warning. Flags and the OMI_* and MCLI_* \
         environment variables override it (see ENVIRONMENT).",
        keys.join(", ")
    ))]);
    example(
        roff,
        &[
            "[default]",
            "base_url = \"https://om.example.com:8443\"",
            "public_key = \"abcdefgh\"",
            "private_key = \"...\"",
            "project_id = \"5e2211c17a3e5a48f5497de3\"",
        ],
    );
    roff.control("SH", ["ENVIRONMENT"]);
    roff.text([roman(
        "Connection settings come from the flags, then OMI_*, then mongocli's MCLI_* \
         variables, then the profile:",
    )]);
    for s in [BASE_URL, PUBLIC_KEY, PRIVATE_KEY, PROJECT_ID] {
        roff.control("TP", []);
        roff.text([bold(s.env), roman(", "), bold(s.mcli_env)]);
        roff.text([roman(format!(
            "As {}; profile key {}.",
            s.flag,
            s.key.name()
        ))]);
    }
    roff.control("TP", []);
    roff.text([bold("OMI_PROFILE")]);
    roff.text([roman("The profile to use, as --profile; default: default.")]);
    roff.control("TP", []);
    roff.text([bold("NO_COLOR")]);
    roff.text([roman("When set, no colour in the output.")]);
}
