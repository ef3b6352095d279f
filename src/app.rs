//! The `omi` process: reads the outside world once (arguments, environment,
//! terminals, config file), resolves `Settings`, runs the command, and turns
//! the outcome into an exit code. The only module that touches the process
//! environment.

use crate::cli;
use crate::cli::resolve::config_file::{self, ConfigFile};
use crate::commands;
use crate::errors;
use crate::input::env::{Env, Terminal};
use crate::input::secret_source::Stdin;
use crate::output;
use std::io::IsTerminal;

pub fn main() -> i32 {
    let terminal = Terminal {
        stdin: std::io::stdin().is_terminal(),
        stdout: std::io::stdout().is_terminal(),
        stderr: std::io::stderr().is_terminal(),
    };
    let env = Env::from_os(std::env::vars_os());
    run(std::env::args_os().collect(), env, terminal)
}

pub fn run(args: Vec<std::ffi::OsString>, env: Env, terminal: Terminal) -> i32 {
    let raw = match cli::parse(args.clone()) {
        Ok(raw) => raw,
        Err(e) => {
            if e.use_stderr() {
                // A usage error may quote an argument: never a secret. It
                // carries omi's one error prefix.
                let text = e.render().to_string();
                let text = match text.strip_prefix("error: ") {
                    Some(rest) => format!("omi: error: {rest}"),
                    None => text,
                };
                output::messages::to_stderr(&cli::scrub::scrub_parse_error(&args, &text));
            } else {
                let _ = e.print();
            }
            return errors::exit_code(&e.into());
        }
    };
    let config_path = config_file::default_path(dirs::config_dir());
    let result = (|| -> anyhow::Result<()> {
        let config = match (&config_path, raw.command.reads_config()) {
            (Some(path), true) => Some(ConfigFile::load(path)?),
            _ => None,
        };
        let stdin = std::io::stdin();
        let mut stdin = if terminal.stdin {
            Stdin::terminal(Box::new(stdin.lock()))
        } else {
            Stdin::new(Box::new(stdin.lock()))
        };
        let settings = cli::resolve(
            raw,
            env,
            config.as_ref(),
            config_path.clone(),
            terminal,
            &mut stdin,
        )?;
        drop(stdin);
        output::messages::set_quiet(settings.quiet);
        for w in &settings.warnings {
            output::warn(w);
        }
        commands::run(settings, config)
    })();
    match result {
        Ok(()) => 0,
        Err(err) => {
            if is_broken_pipe(&err) {
                return 0;
            }
            let message = format!("{err:#}");
            if !message.is_empty() {
                output::error(&message, errors::hint(&err));
            }
            errors::exit_code(&err)
        }
    }
}

/// `omi list | head -1` closing the pipe early is not a failure.
fn is_broken_pipe(err: &anyhow::Error) -> bool {
    err.chain().any(|e| {
        e.downcast_ref::<std::io::Error>()
            .is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
    })
}
