//! Shell completions and the man page, generated from the clap definition
//! (itself built from the type table). The committed copies under
//! `completions/` are checked against these by a test.

use super::defs;
use super::examples;
use super::raw::ConfigKey;
use super::resolve::connection::{BASE_URL, PRIVATE_KEY, PROJECT_ID, PUBLIC_KEY};
use crate::api::secrecy::Kind;
use crate::api::types::{is_type_name, TYPES};
use crate::errors::EXIT_CODES;
use clap::{Arg, ArgAction, Command};
use clap_complete::Shell;
use clap_mangen::roff::{bold, italic, roman, Inline, Roff};

/// The command a completion script runs to offer `--profile` values.
const PROFILES: &str = "omi config profiles 2>/dev/null";

pub fn completion_script(shell: Shell) -> String {
    let mut cmd = defs::completion_command();
    let mut out = Vec::new();
    clap_complete::generate(shell, &mut cmd, "omi", &mut out);
    let script = complete_profiles(shell, &String::from_utf8_lossy(&out));
    match shell {
        Shell::Bash => words_before_options(&script),
        _ => script,
    }
}

/// bash: in each list of words a command is completed from (`opts="..."`),
/// the words that are not options (the types after `omi create`, the
/// commands after `omi config`, a positional's values) come before the
/// options. clap_complete puts the options first, and the script has bash
/// keep its order (`-o nosort`): `omi create <TAB>` would show some twenty
/// options before the first type.
fn words_before_options(script: &str) -> String {
    let mut out = String::with_capacity(script.len());
    for line in script.split_inclusive('\n') {
        let body = line.trim_end_matches('\n');
        let trimmed = body.trim_start();
        let words = trimmed
            .strip_prefix("opts=\"")
            .and_then(|rest| rest.strip_suffix('"'));
        match words {
            Some(words) => {
                let indent = &body[..body.len() - trimmed.len()];
                let (mut plain, options): (Vec<&str>, Vec<&str>) =
                    words.split(' ').partition(|w| !w.starts_with('-'));
                // The command-line names of the types, then their API names.
                plain.sort_by_key(|w| is_type_name(w));
                let words: Vec<&str> = plain.into_iter().chain(options).collect();
                out.push_str(&format!("{indent}opts=\"{}\"", words.join(" ")));
                out.push_str(&line[body.len()..]);
            }
            None => out.push_str(line),
        }
    }
    out
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

/// omi(1), one self-contained page: NAME, SYNOPSIS (a line per command,
/// with value names), DESCRIPTION, GLOBAL OPTIONS, COMMANDS (each
/// command's own options and examples, in place of clap's list of
/// omi-COMMAND(1) pages, which do not exist), INTEGRATION TYPES, APPLY
/// FILE, FILES, ENVIRONMENT, EXIT STATUS (from `errors::EXIT_CODES`),
/// EXAMPLES (from `examples`) and VERSION.
pub fn man_page() -> String {
    let man = clap_mangen::Man::new(defs::command());
    let mut root = defs::command();
    // Building names each subcommand in full ("omi config set").
    root.build();
    let mut out = Vec::new();
    // Rendering into memory cannot fail for I/O reasons.
    let _ = man.render_title(&mut out);
    let _ = man.render_name_section(&mut out);
    let mut roff = Roff::new();
    synopsis_section(&mut roff, &root);
    out.extend_from_slice(roff.render().as_bytes());
    let _ = man.render_description_section(&mut out);
    let mut roff = Roff::new();
    global_options_section(&mut roff, &root);
    commands_section(&mut roff, &root);
    types_section(&mut roff);
    apply_file_section(&mut roff);
    files_section(&mut roff);
    exit_status_section(&mut roff);
    roff.control("SH", ["EXAMPLES"]);
    examples_of(&mut roff, "");
    out.extend_from_slice(roff.render().as_bytes());
    let _ = man.render_version_section(&mut out);
    String::from_utf8_lossy(&out).into_owned()
}

/// Whether an option is one of the global options (connection, HTTP).
fn is_global(arg: &Arg) -> bool {
    arg.get_help_heading() == Some(defs::GLOBAL_HEADING)
}

/// Options worth a manual entry: not hidden, not help or version.
fn listed(cmd: &Command) -> impl Iterator<Item = &Arg> {
    cmd.get_arguments()
        .filter(|a| !a.is_hide_set() && !["help", "version"].contains(&a.get_id().as_str()))
}

/// A line per command: its name, its own options with their value names
/// (a type's flags stand as `--FIELD VALUE`), then whether it takes the
/// global options.
fn synopsis_section(roff: &mut Roff, root: &Command) {
    roff.control("SH", ["SYNOPSIS"]);
    let mut first = true;
    for cmd in leaves(root) {
        if !first {
            roff.control("br", []);
        }
        first = false;
        roff.text(synopsis(cmd));
    }
}

/// The commands a line can name, depth first; `create TYPE` and `update
/// TYPE` stand for their types.
fn leaves(root: &Command) -> Vec<&Command> {
    let mut out = Vec::new();
    for cmd in shown(root) {
        if is_write(cmd) || cmd.get_subcommands().next().is_none() {
            out.push(cmd);
        } else {
            out.extend(leaves(cmd));
        }
    }
    out
}

/// `create` or `update`: a subcommand per type.
fn is_write(cmd: &Command) -> bool {
    cmd.get_subcommands().any(|c| c.get_name() == TYPES[0].cli)
}

fn synopsis(cmd: &Command) -> Vec<Inline> {
    let name = cmd.get_bin_name().unwrap_or(cmd.get_name()).to_string();
    let mut line = vec![bold(name)];
    if is_write(cmd) {
        line.extend([
            roman(" "),
            italic("TYPE"),
            roman(" [--"),
            italic("FIELD VALUE"),
            roman("]..."),
        ]);
    }
    let mut globals = false;
    for arg in listed(cmd) {
        if is_global(arg) {
            globals = true;
            continue;
        }
        line.push(roman(" "));
        line.extend(arg_usage(arg));
    }
    if globals {
        line.push(roman(" ["));
        line.push(italic("GLOBAL OPTIONS"));
        line.push(roman("]"));
    }
    line
}

/// `[--org-id ID]...`, `-f FILE`, `SHELL`: an argument as typed, in
/// brackets when it is optional, with `...` when it repeats.
fn arg_usage(arg: &Arg) -> Vec<Inline> {
    let value = value_name(arg);
    let mut spelled = Vec::new();
    match (arg.get_short(), arg.get_long()) {
        (Some(short), _) => spelled.push(bold(format!("-{short}"))),
        (None, Some(long)) => spelled.push(bold(format!("--{long}"))),
        (None, None) => spelled.push(italic(value.clone())),
    }
    if (arg.get_long().is_some() || arg.get_short().is_some()) && arg.get_action().takes_values() {
        spelled.push(roman(" "));
        spelled.push(italic(value));
    }
    let repeats = matches!(arg.get_action(), ArgAction::Append | ArgAction::Count);
    let mut out = Vec::new();
    if arg.is_required_set() {
        out.extend(spelled);
    } else {
        out.push(roman("["));
        out.extend(spelled);
        out.push(roman("]"));
    }
    if repeats {
        out.push(roman("..."));
    }
    out
}

fn value_name(arg: &Arg) -> String {
    arg.get_value_names().and_then(|v| v.first()).map_or_else(
        || arg.get_id().to_string().to_uppercase(),
        |v| v.to_string(),
    )
}

/// The connection and HTTP options, as the root takes them, with their
/// long texts.
fn global_options_section(roff: &mut Roff, root: &Command) {
    roff.control("SH", ["GLOBAL OPTIONS"]);
    roff.text([roman(
        "Where Ops Manager is, who is asking, and how requests are sent: every command that \
         sends requests takes these (projects takes no --project-id or --project), before or \
         after the command. Each command's other options are under COMMANDS; an option \
         before the command that the command does not take is an error (exit 2), as after it.",
    )]);
    for arg in listed(root).filter(|a| is_global(a)) {
        describe_arg(roff, arg);
    }
    for id in ["help", "version"] {
        if let Some(arg) = root.get_arguments().find(|a| a.get_id() == id) {
            describe_arg(roff, arg);
        }
    }
}

fn commands_section(roff: &mut Roff, root: &Command) {
    roff.control("SH", ["COMMANDS"]);
    roff.text([roman(
        "Each command with the options it takes besides the global options, and examples.",
    )]);
    for cmd in leaves(root) {
        describe_command(roff, cmd, root);
    }
}

/// Subcommands worth a manual entry: not hidden, not clap's `help`.
fn shown(cmd: &Command) -> impl Iterator<Item = &Command> {
    cmd.get_subcommands()
        .filter(|c| !c.is_hide_set() && c.get_name() != "help")
}

fn describe_command(roff: &mut Roff, cmd: &Command, root: &Command) {
    let name = cmd.get_bin_name().unwrap_or(cmd.get_name()).to_string();
    let title = match is_write(cmd) {
        true => format!("{name} TYPE"),
        false => name.clone(),
    };
    roff.control("SS", [title.as_str()]);
    if let Some(about) = cmd.get_about() {
        roff.text([roman(format!("{about}."))]);
    }
    let globals: Vec<&Arg> = listed(cmd).filter(|a| is_global(a)).collect();
    if !globals.is_empty() {
        let long = |a: &&Arg| a.get_long().map(|l| format!("--{l}"));
        let missing: Vec<String> = listed(root)
            .filter(|a| is_global(a) && !globals.iter().any(|g| g.get_id() == a.get_id()))
            .filter_map(|a| long(&a))
            .collect();
        let taken: Vec<String> = globals.iter().filter_map(long).collect();
        let which = match missing.len() {
            0 => "Takes the global options.".to_string(),
            n if n <= taken.len() => {
                format!("Takes the global options but {}.", and_list(&missing))
            }
            _ => format!("Takes the global options {}.", and_list(&taken)),
        };
        roff.control("PP", []);
        roff.text([roman(which)]);
    }
    if let Some(after) = cmd.get_after_help() {
        // The command's own notes, without its examples (below): filled
        // paragraphs, and indented blocks shown as typed.
        let text = after.to_string();
        let notes = text.split("Examples:\n").next().unwrap_or_default().trim();
        if !notes.is_empty() && !is_write(cmd) {
            for para in notes.split("\n\n") {
                if para.lines().all(|l| l.starts_with("  ")) {
                    example(roff, &para.lines().map(str::trim_end).collect::<Vec<_>>());
                } else {
                    roff.control("PP", []);
                    roff.text([roman(para)]);
                }
            }
        }
    }
    for arg in listed(cmd).filter(|a| !is_global(a)) {
        describe_arg(roff, arg);
    }
    if is_write(cmd) {
        let names: Vec<&str> = TYPES.iter().map(|t| t.cli).collect();
        roff.control("PP", []);
        roff.text([roman(format!(
            "TYPE is one of {} (or its API name, e.g. {}); each type's flags and examples are \
             under INTEGRATION TYPES.",
            names.join(", "),
            TYPES[0].api
        ))]);
    }
    let path = name.trim_start_matches("omi").trim();
    examples_of(roff, path);
}

/// The examples of the command at `path`, as in its `--help`.
fn examples_of(roff: &mut Roff, path: &str) {
    for e in examples::of(path) {
        roff.control("PP", []);
        roff.text([roman(e.what)]);
        example(
            roff,
            &e.lines.iter().map(String::as_str).collect::<Vec<_>>(),
        );
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

/// One option or positional argument: its spelling, then its help (the
/// long text where there is one), the values it accepts and its default.
fn describe_arg(roff: &mut Roff, arg: &Arg) {
    let value = value_name(arg);
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
    let mut about = arg
        .get_long_help()
        .or(arg.get_help())
        .map(ToString::to_string)
        .unwrap_or_default();
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

/// EXIT STATUS, from the one table of exit codes.
fn exit_status_section(roff: &mut Roff) {
    roff.control("SH", ["EXIT STATUS"]);
    for (code, meaning) in EXIT_CODES {
        roff.control("TP", []);
        roff.text([bold(code.to_string())]);
        roff.text([roman(meaning)]);
    }
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
        // As in `omi create TYPE --help` (update's are the same lines).
        examples_of(roff, &format!("create {}", t.cli));
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
