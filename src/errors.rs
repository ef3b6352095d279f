//! The typed error where an exit code is decided, and the one place that
//! maps any error to an exit code.
//!
//! | code | meaning |
//! |---|---|
//! | 0 | success |
//! | 1 | anything else (I/O, partial failure not covered below) |
//! | 2 | usage or validation: bad flags, missing settings, invalid input |
//! | 3 | authentication or authorization (HTTP 401, 403) |
//! | 4 | any other API error (4xx) |
//! | 5 | server error (5xx) |
//! | 6 | network, TLS or timeout |

use std::fmt;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum ExitKind {
    Failure = 1,
    Usage = 2,
    Auth = 3,
    Api = 4,
    Server = 5,
    Network = 6,
}

impl ExitKind {
    pub fn code(self) -> i32 {
        self as i32
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

/// The error a user sees for a failed request, with a hint where one is
/// obvious. Never includes request bodies or keys.
pub fn from_client(err: crate::client::ClientError) -> OmiError {
    use crate::client::ClientError;
    match err {
        ClientError::Network {
            message,
            maybe_applied,
            tls,
        } => {
            let mut e = OmiError::new(ExitKind::Network, message);
            if tls {
                e = e.with_hint(
                    "if Ops Manager uses a private CA, pass it with --ca-cert FILE (PEM); --insecure skips verification",
                );
            }
            if maybe_applied {
                e.message.push_str(
                    "\nthe request may have reached the server and taken effect; it was not retried",
                );
            }
            e
        }
        ClientError::Api(f) => {
            let reason = f.reason.clone().unwrap_or_else(|| {
                reqwest::StatusCode::from_u16(f.status)
                    .ok()
                    .and_then(|s| s.canonical_reason())
                    .unwrap_or("")
                    .to_string()
            });
            let mut message = format!("Ops Manager answered {} {reason}", f.status);
            if let Some(code) = &f.error_code {
                message.push_str(&format!(": {code}"));
            }
            if let Some(detail) = &f.detail {
                message.push_str(&format!(": {detail}"));
            }
            if let Some(raw) = &f.raw {
                if raw.is_empty() {
                    message.push_str(" (empty body)");
                } else {
                    message.push_str(&format!(" (not an API error body: {raw})"));
                }
            }
            let hint = match (f.status, f.error_code.as_deref()) {
                (409, _) => Some("`omi update` creates or replaces an existing integration"),
                (401, Some("NOT_IN_GROUP")) => {
                    Some("the API key is not a member of this project; check --project-id and the key's project access")
                }
                (401, _) => Some(
                    "check the public and private API keys, and that the key is enabled for this Ops Manager",
                ),
                (403, _) => Some("check the API key's access list: your address may not be on it"),
                (404, Some("GROUP_NOT_FOUND")) => {
                    Some("check the project id (--project-id, OMI_PROJECT_ID or the profile)")
                }
                (404, Some("INTEGRATION_NOT_CONFIGURED")) => {
                    Some("`omi list` shows the integrations the project has")
                }
                (429, _) => Some("rate limited; wait a minute or lower --concurrency"),
                _ => None,
            };
            let mut e = OmiError::new(ExitKind::for_status(f.status), message);
            if let Some(h) = hint {
                e = e.with_hint(h);
            }
            e
        }
    }
}
