//! Every command's examples, as data: each command's `--help` (its
//! `after_help`) and the man page (EXAMPLES, and each command's under
//! COMMANDS) are made from this one table, so they cannot drift apart. A
//! test parses every `omi` line here with the real parser.

use crate::api::types::TYPES;

/// One example: what it does, then the lines to type.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Example {
    /// Shown as a `# comment` line above the lines.
    pub what: String,
    /// The lines as typed; a line ending in ` \` goes on on the next.
    pub lines: Vec<String>,
}

/// `(command path, what, lines)`: "" is omi itself, whose examples are
/// the common uses (`omi --help` and the man page's EXAMPLES).
const EXAMPLES: &[(&str, &str, &[&str])] = &[
    (
        "",
        "Save the connection once; the private key is read from stdin",
        &[
            "omi config set base_url https://om.example.com:8443",
            "omi config set public_key abcdefgh",
            "omi config set private_key -",
            "omi config set project_id 5e2211c17a3e5a48f5497de3",
        ],
    ),
    (
        "",
        "Create a PagerDuty integration, the key read from a file",
        &["omi create pager-duty --service-key @pd.key"],
    ),
    (
        "",
        "The project's integrations; then the projects that lack Slack",
        &["omi list", "omi list --all-projects --missing slack"],
    ),
    (
        "",
        "In CI: exit 7 if the projects differ from the file; then apply it",
        &[
            "omi apply -f integrations.json --all-projects --dry-run --exit-code",
            "omi apply -f integrations.json --all-projects",
        ],
    ),
    (
        "",
        "Write what the projects hold now as an apply file",
        &["omi export --all-projects -o integrations.json"],
    ),
    (
        "",
        "Install bash completion (omi completions --help has the other shells)",
        &[
            "mkdir -p ~/.local/share/bash-completion/completions",
            "omi completions bash > ~/.local/share/bash-completion/completions/omi",
        ],
    ),
    (
        "create",
        "PagerDuty, the integration key read from a file",
        &["omi create pager-duty --service-key @pd.key"],
    ),
    (
        "create",
        "Opsgenie in the EU region, in the project called Payments",
        &["omi create ops-genie --api-key @og.key --region EU --project Payments"],
    ),
    (
        "create",
        "Preview the request, secrets masked, without sending it",
        &["omi create webhook --url https://hooks.example.com/om --dry-run"],
    ),
    (
        "create",
        "A field omi's table does not know (a newer server's), sent as given",
        &["omi create datadog --api-key @dd.key --field sendDatabaseMetrics=true"],
    ),
    (
        "update",
        "Replace the PagerDuty key; update sends every required field again",
        &["omi update pager-duty --service-key @new-pd.key"],
    ),
    (
        "update",
        "See what would be sent first",
        &["omi update webhook --url https://hooks.example.com/v2 --dry-run"],
    ),
    (
        "list",
        "The project's integrations, as a table and as the server's JSON",
        &["omi list", "omi list --json"],
    ),
    (
        "list",
        "Which projects have which types, across every project the key sees",
        &["omi list --all-projects"],
    ),
    (
        "list",
        "The projects of an organization that lack Slack",
        &["omi list --org-id 5e2211c17a3e5a48f5497de4 --missing slack"],
    ),
    (
        "list",
        "Two projects, one by id and one by name",
        &["omi list --project-id 5e2211c17a3e5a48f5497de3 --project Payments"],
    ),
    (
        "get",
        "One integration, as a table and as the server's JSON",
        &["omi get pager-duty", "omi get PAGER_DUTY --json --pretty"],
    ),
    (
        "get",
        "A type omi has no table for, shown as the server returns it",
        &["omi get FLOWDOCK"],
    ),
    (
        "delete",
        "Delete, asked first on a terminal; in a script, say --yes",
        &["omi delete webhook", "omi delete webhook --yes"],
    ),
    (
        "delete",
        "Show the request without sending it",
        &["omi delete webhook --dry-run"],
    ),
    (
        "apply",
        "See what would change; exit 7 if anything would (a CI drift check)",
        &["omi apply -f integrations.json --dry-run --exit-code"],
    ),
    (
        "apply",
        "Every project, deleting what the file does not declare",
        &["omi apply -f integrations.toml --all-projects --prune --yes"],
    ),
    (
        "apply",
        "Two projects, showing the unchanged rows too",
        &[
            "omi apply -f integrations.json --all-rows \\",
            "    --project-id 5e2211c17a3e5a48f5497de3 --project Payments",
        ],
    ),
    (
        "apply",
        "Rotate a key and carry it into the alert notifications that held the old one",
        &["omi apply -f integrations.json --all-projects --alerts"],
    ),
    (
        "alerts",
        "The alert notifications and whether they still use their integration's key",
        &["omi alerts", "omi alerts --type pager-duty --json"],
    ),
    (
        "alerts",
        "In CI: exit 7 if any project's alerts still use an old key",
        &["omi alerts --all-projects --stale --exit-code"],
    ),
    (
        "alerts test",
        "Ask Ops Manager to send a test of each stale PagerDuty notification",
        &["omi alerts test --type pager-duty --stale"],
    ),
    (
        "projects",
        "Every project the key can see; one organization's, as JSON",
        &[
            "omi projects",
            "omi projects --org-id 5e2211c17a3e5a48f5497de4 --json",
        ],
    ),
    (
        "export",
        "Every project to a file (mode 0600); stderr names the variables to set",
        &["omi export --all-projects -o integrations.json"],
    ),
    (
        "export",
        "One variable for every project's Opsgenie key, and a template of them",
        &[
            "omi export --all-projects -o fleet.json --env-file fleet.env \\",
            "    --share OPS_GENIE.apiKey=OPSGENIE_KEY",
        ],
    ),
    (
        "export",
        "One project, as TOML",
        &["omi export --project Payments --format toml > payments.toml"],
    ),
    (
        "export",
        "Then, with the variables set, expect nothing to change",
        &["omi apply -f integrations.json --all-projects --dry-run --exit-code"],
    ),
    (
        "schema",
        "The schema the apply file's \"$schema\" key can name, for editors",
        &["omi schema > omi-apply.schema.json"],
    ),
    (
        "config",
        "Set a key, remove one, see what a command would use",
        &[
            "omi config set base_url https://om.example.com:8443",
            "omi config unset project_id",
            "omi config show --effective",
        ],
    ),
    (
        "config set",
        "The URL and the public key of the default profile",
        &[
            "omi config set base_url https://om.example.com:8443",
            "omi config set public_key abcdefgh",
        ],
    ),
    (
        "config set",
        "The private key from stdin, or from a file: not in the shell's history",
        &[
            "omi config set private_key -",
            "omi config set private_key @om.key --profile prod",
        ],
    ),
    (
        "config set",
        "A default project, and a request rate limit, for the prod profile",
        &[
            "omi config set project_id 5e2211c17a3e5a48f5497de3 --profile prod",
            "omi config set max_rate 10 --profile prod",
        ],
    ),
    (
        "config unset",
        "Remove the default project; remove the prod profile's private key",
        &[
            "omi config unset project_id",
            "omi config unset private_key --profile prod",
        ],
    ),
    (
        "config show",
        "The default profile; the prod profile as JSON",
        &["omi config show", "omi config show --profile prod --json"],
    ),
    (
        "config show",
        "What a command would use, and where each setting comes from",
        &["OMI_BASE_URL=https://om2.example.com omi config show --effective"],
    ),
    (
        "config path",
        "Where the config file is",
        &["omi config path"],
    ),
    (
        "completions",
        "bash, with the bash-completion package installed (it loads this folder)",
        &[
            "mkdir -p ~/.local/share/bash-completion/completions",
            "omi completions bash > ~/.local/share/bash-completion/completions/omi",
        ],
    ),
    (
        "completions",
        "zsh: a folder on $fpath; put the fpath line in ~/.zshrc before compinit",
        &[
            "mkdir -p ~/.zfunc",
            "omi completions zsh > ~/.zfunc/_omi",
            "fpath=(~/.zfunc $fpath)",
        ],
    ),
    (
        "completions",
        "fish",
        &[
            "mkdir -p ~/.config/fish/completions",
            "omi completions fish > ~/.config/fish/completions/omi.fish",
        ],
    ),
    (
        "completions",
        "PowerShell: this line in your $PROFILE",
        &["omi completions powershell | Out-String | Invoke-Expression"],
    ),
    (
        "completions",
        "elvish: this line in ~/.config/elvish/rc.elv",
        &["eval (omi completions elvish | slurp)"],
    ),
    (
        "man",
        "Read it now; or install it where man finds it",
        &[
            "omi man | man -l -",
            "mkdir -p ~/.local/share/man/man1",
            "omi man > ~/.local/share/man/man1/omi.1",
        ],
    ),
];

/// Per type, for `create TYPE` and `update TYPE`: what, and the words
/// after `omi create TYPE` (a second line goes on the first).
const TYPE_EXAMPLES: &[(&str, &str, &[&str])] = &[
    (
        "pager-duty",
        "The integration key read from a file",
        &["--service-key @pd.key"],
    ),
    (
        "slack",
        "The token read from stdin",
        &["--api-token - --team-name Ops --channel-name alerts"],
    ),
    (
        "datadog",
        "The API key read from a file, in the EU region",
        &["--api-key @dd.key --region EU"],
    ),
    (
        "hip-chat",
        "The notification token read from a file",
        &["--notification-token @hipchat.token --room-name Ops"],
    ),
    (
        "ops-genie",
        "The API key read from a file, in the EU region",
        &["--api-key @og.key --region EU"],
    ),
    (
        "victor-ops",
        "The API key read from a file, with a routing key",
        &["--api-key @vo.key --routing-key ops"],
    ),
    (
        "webhook",
        "A URL and the secret that signs the requests, read from a file",
        &["--url https://hooks.example.com/om --secret @hook.secret"],
    ),
    (
        "microsoft-teams",
        "The incoming webhook URL (it holds a secret) read from a file",
        &["--webhook-url @teams.url"],
    ),
    (
        "prometheus",
        "Scraped over http with HTTP service discovery",
        &[
            "--username prom --password @prom.pass",
            "--listen-address 0.0.0.0:9216 --service-discovery http",
            "--scheme http --enabled true",
        ],
    ),
    (
        "new-relic",
        "The keys and tokens read from files",
        &[
            "--account-id 123456 --license-key @nr.license",
            "--write-token @nr.write --read-token @nr.read",
        ],
    ),
];

/// The examples of the command at `path` ("" for omi itself, "config
/// set", "create pager-duty"), in order; none for a hidden command.
pub fn of(path: &str) -> Vec<Example> {
    if let Some((verb, ty)) = path.split_once(' ') {
        if matches!(verb, "create" | "update") {
            return of_type(verb, ty);
        }
    }
    EXAMPLES
        .iter()
        .filter(|(p, _, _)| *p == path)
        .map(|(_, what, lines)| Example {
            what: what.to_string(),
            lines: lines.iter().map(|l| l.to_string()).collect(),
        })
        .collect()
}

fn of_type(verb: &str, ty: &str) -> Vec<Example> {
    let Some(t) = TYPES.iter().find(|t| t.cli == ty) else {
        return Vec::new();
    };
    TYPE_EXAMPLES
        .iter()
        .filter(|(cli, _, _)| *cli == t.cli)
        .map(|(_, what, words)| {
            let mut lines = Vec::new();
            for (i, w) in words.iter().enumerate() {
                let more = if i + 1 < words.len() { " \\" } else { "" };
                match i {
                    0 => lines.push(format!("omi {verb} {} {w}{more}", t.cli)),
                    _ => lines.push(format!("    {w}{more}")),
                }
            }
            Example {
                what: what.to_string(),
                lines,
            }
        })
        .collect()
}

/// Every command path the table has examples for.
pub fn paths() -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for (p, _, _) in EXAMPLES {
        if !out.iter().any(|o| o == p) {
            out.push(p.to_string());
        }
    }
    for verb in ["create", "update"] {
        for (cli, _, _) in TYPE_EXAMPLES {
            out.push(format!("{verb} {cli}"));
        }
    }
    out
}

/// The examples as `--help` shows them: an `Examples:` heading, each a
/// `# what` line and its lines, indented; "" when there are none.
pub fn help_text(path: &str) -> String {
    let examples = of(path);
    if examples.is_empty() {
        return String::new();
    }
    let mut text = String::from("Examples:\n");
    for (i, e) in examples.iter().enumerate() {
        if i > 0 {
            text.push('\n');
        }
        text.push_str(&format!("  # {}\n", e.what));
        for line in &e.lines {
            text.push_str(&format!("  {line}\n"));
        }
    }
    text
}

/// A command line split as a POSIX shell would, for the simple lines of
/// the examples: words, '…' and "…" quoting, and the operators `|`, `>`,
/// `>>`, `<`, `&&` and `;` as words of their own.
pub fn shell_words(line: &str) -> Vec<String> {
    let mut words = Vec::new();
    let mut word = String::new();
    let mut in_word = false;
    let mut chars = line.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\'' | '"' => {
                in_word = true;
                for q in chars.by_ref() {
                    if q == c {
                        break;
                    }
                    word.push(q);
                }
            }
            c if c.is_whitespace() => {
                if in_word {
                    words.push(std::mem::take(&mut word));
                    in_word = false;
                }
            }
            '|' | '>' | '<' | ';' | '&' => {
                if in_word {
                    words.push(std::mem::take(&mut word));
                    in_word = false;
                }
                let mut op = c.to_string();
                if let Some(&next) = chars.peek() {
                    if (c == '>' || c == '&') && next == c {
                        op.push(next);
                        chars.next();
                    }
                }
                words.push(op);
            }
            c => {
                in_word = true;
                word.push(c);
            }
        }
    }
    if in_word {
        words.push(word);
    }
    words
}

/// The `omi` command lines of an example: its lines joined where they go
/// on, split at the shell's operators, the variable assignments before a
/// command left out; each as the words `omi` receives.
pub fn omi_invocations(example: &Example) -> Vec<Vec<String>> {
    let joined = example.lines.join("\n").replace(" \\\n", " ");
    let mut out = Vec::new();
    for line in joined.lines() {
        let words = shell_words(line);
        for part in words.split(|w| ["|", ";", "&&"].contains(&w.as_str())) {
            // `> FILE` and `< FILE` are the shell's, not the command's.
            let mut argv = Vec::new();
            let mut skip = false;
            for w in part {
                if skip {
                    skip = false;
                } else if [">", ">>", "<"].contains(&w.as_str()) {
                    skip = true;
                } else {
                    argv.push(w.clone());
                }
            }
            let start = argv
                .iter()
                .position(|w| !w.contains('=') || w.starts_with('-'))
                .unwrap_or(argv.len());
            let argv = argv.split_off(start);
            if argv.first().is_some_and(|w| w == "omi") {
                out.push(argv);
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_omi_line_of_every_example_parses() {
        let mut seen = 0;
        for path in paths() {
            for example in of(&path) {
                let runs = omi_invocations(&example);
                assert!(
                    !runs.is_empty() || path == "completions",
                    "{path}: {example:?} runs no omi"
                );
                for argv in runs {
                    seen += 1;
                    if let Err(e) = crate::cli::parse(argv.clone()) {
                        panic!("{path}: {argv:?} does not parse: {e}");
                    }
                    // An example of a command is of that command.
                    let typed = argv[1..].join(" ");
                    if !path.is_empty() && path != "export" {
                        let first = path.split(' ').next().unwrap_or_default();
                        assert!(typed.starts_with(first), "{path}: {typed}");
                    }
                }
            }
        }
        assert!(seen > 60, "{seen}");
    }

    #[test]
    fn every_type_has_an_example_with_every_required_field() {
        for t in TYPES {
            let examples = of(&format!("create {}", t.cli));
            assert!(!examples.is_empty(), "{}", t.cli);
            let text = examples
                .iter()
                .flat_map(|e| e.lines.clone())
                .collect::<Vec<_>>()
                .join(" ");
            for f in t.fields.iter().filter(|f| f.required) {
                assert!(
                    text.contains(&format!("--{} ", f.flag)),
                    "{}: --{}",
                    t.cli,
                    f.flag
                );
            }
            assert_eq!(
                of(&format!("update {}", t.cli))[0].lines[0],
                examples[0].lines[0].replacen("create", "update", 1)
            );
        }
    }

    #[test]
    fn example_lines_fit_an_80_column_terminal() {
        for path in paths() {
            for e in of(&path) {
                assert!(e.what.len() + 4 <= 80, "{path}: {}", e.what);
                for line in &e.lines {
                    assert!(line.len() + 2 <= 80, "{path}: {line}");
                }
            }
        }
    }

    #[test]
    fn shell_words_split_like_a_shell() {
        assert_eq!(
            shell_words("a 'b c' \"d\">e|f && g >> h"),
            ["a", "b c", "d", ">", "e", "|", "f", "&&", "g", ">>", "h"]
        );
        let e = Example {
            what: String::new(),
            lines: vec![
                "X=1 omi list \\".into(),
                "  --json | jq . > out".into(),
                "omi man | man -l -".into(),
            ],
        };
        assert_eq!(
            omi_invocations(&e),
            [vec!["omi", "list", "--json"], vec!["omi", "man"]]
        );
    }
}
