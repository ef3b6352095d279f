//! The typed error where an exit code is decided, and the one place that
//! maps any error to an exit code. [`EXIT_CODES`] says what each code
//! means; `omi --help` and the man page's EXIT STATUS are made from it.

use std::fmt;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum ExitKind {
    Failure = 1,
    Usage = 2,
    Auth = 3,
    Api = 4,
    Server = 5,
    Network = 6,
    /// `apply --dry-run --exit-code` found changes to make; `alerts
    /// --exit-code` found a stale notification.
    Changes = 7,
    /// `--alerts` left alert configurations on the old key: each holds a
    /// masked secret that the run could not supply, so it was not written.
    AlertsLeft = 8,
    /// SIGHUP: the terminal went away.
    HungUp = 129,
    Interrupted = 130,
    /// SIGQUIT.
    Quit = 131,
    Terminated = 143,
}

/// Every exit code omi uses, with what it means, in order: the one list
/// `omi --help` and the man page's EXIT STATUS show.
pub const EXIT_CODES: [(i32, &str); 13] = [
    (0, "success"),
    (ExitKind::Failure as i32, ExitKind::Failure.meaning()),
    (ExitKind::Usage as i32, ExitKind::Usage.meaning()),
    (ExitKind::Auth as i32, ExitKind::Auth.meaning()),
    (ExitKind::Api as i32, ExitKind::Api.meaning()),
    (ExitKind::Server as i32, ExitKind::Server.meaning()),
    (ExitKind::Network as i32, ExitKind::Network.meaning()),
    (ExitKind::Changes as i32, ExitKind::Changes.meaning()),
    (ExitKind::AlertsLeft as i32, ExitKind::AlertsLeft.meaning()),
    (ExitKind::HungUp as i32, ExitKind::HungUp.meaning()),
    (
        ExitKind::Interrupted as i32,
        ExitKind::Interrupted.meaning(),
    ),
    (ExitKind::Quit as i32, ExitKind::Quit.meaning()),
    (ExitKind::Terminated as i32, ExitKind::Terminated.meaning()),
];

impl ExitKind {
    pub fn code(self) -> i32 {
        self as i32
    }

    /// What the exit code says, for a person reading `--help` or the man
    /// page (every kind has one: the match is exhaustive).
    pub const fn meaning(self) -> &'static str {
        match self {
            ExitKind::Failure => "any other failure (I/O, for example)",
            ExitKind::Usage => "usage: bad flags, missing settings, invalid input",
            ExitKind::Auth => "authentication or authorization refused (HTTP 401, 403)",
            ExitKind::Api => "any other API error (HTTP 4xx)",
            ExitKind::Server => "server error (HTTP 5xx, or an answer that is not the API's)",
            ExitKind::Network => "network, TLS or timeout",
            ExitKind::Changes => "changes are pending (apply --dry-run --exit-code), or a stale \
                                   alert notification was found (alerts --exit-code)",
            ExitKind::AlertsLeft => "alert configurations were left on the old key: a masked \
                                     secret in them could not be supplied (update or apply --alerts)",
            ExitKind::HungUp => "hung up (SIGHUP: the terminal went away)",
            ExitKind::Interrupted => "interrupted (SIGINT, Ctrl-C)",
            ExitKind::Quit => "quit (SIGQUIT)",
            ExitKind::Terminated => "terminated (SIGTERM)",
        }
    }

    /// The exit kind of an HTTP error status.
    pub fn for_status(status: u16) -> ExitKind {
        match status {
            401 | 403 => ExitKind::Auth,
            500..=599 => ExitKind::Server,
            _ => ExitKind::Api,
        }
    }
}

/// An error with its exit code and an optional hint on how to fix it.
#[derive(Debug, Clone)]
pub struct OmiError {
    pub kind: ExitKind,
    pub message: String,
    pub hint: Option<String>,
}

impl OmiError {
    pub fn new(kind: ExitKind, message: impl Into<String>) -> OmiError {
        OmiError {
            kind,
            message: message.into(),
            hint: None,
        }
    }

    /// An exit code with nothing to say (`apply --exit-code`'s 7: the
    /// table has said it).
    pub fn silent(kind: ExitKind) -> OmiError {
        OmiError::new(kind, "")
    }

    pub fn usage(message: impl Into<String>) -> OmiError {
        OmiError::new(ExitKind::Usage, message)
    }

    pub fn with_hint(mut self, hint: impl Into<String>) -> OmiError {
        self.hint = Some(hint.into());
        self
    }
}

impl fmt::Display for OmiError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for OmiError {}

/// The exit code of a run that a signal ended before it could unwind
/// (at a secret prompt): 128 + the signal's number, as shells report one
/// (130 SIGINT, 143 SIGTERM, as [`ExitKind::Interrupted`] and
/// [`ExitKind::Terminated`]; 129 SIGHUP, 131 SIGQUIT).
pub const fn signal_exit_code(signal: i32) -> i32 {
    128 + signal
}

/// The exit code for any error that reaches `main`.
pub fn exit_code(err: &anyhow::Error) -> i32 {
    if let Some(e) = err.downcast_ref::<OmiError>() {
        return e.kind.code();
    }
    if let Some(e) = err.downcast_ref::<clap::Error>() {
        // --help and --version arrive as clap "errors" printed to stdout.
        return if e.use_stderr() {
            ExitKind::Usage.code()
        } else {
            0
        };
    }
    ExitKind::Failure.code()
}

/// The hint attached to an error, if any.
pub fn hint(err: &anyhow::Error) -> Option<&str> {
    err.downcast_ref::<OmiError>()
        .and_then(|e| e.hint.as_deref())
}
