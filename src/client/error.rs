//! Why a request did not succeed, and what a person is told about it: the
//! message, the exit code's kind and a hint on how to fix it. Never holds
//! a request body or a key.

use crate::api::response::ApiFailure;
use crate::errors::{ExitKind, OmiError};
use crate::untrusted::terminal::{bounded, escaped, MAX_SHOWN_CHARS};
use crate::untrusted::SentSecrets;
use url::Url;

#[derive(Debug)]
pub enum ClientError {
    /// The server answered with an error status (or an enveloped one).
    Api(Box<ApiFailure>),
    /// No usable answer: connection, TLS, timeout, a body cut short or too big.
    Network {
        message: String,
        /// The request may have reached the server and taken effect.
        maybe_applied: bool,
        tls: bool,
    },
    /// A 2xx answer that is not what the API returns.
    Unreadable(String),
    /// A paged list whose pages do not add up to one list (a `totalCount`
    /// that changed, or fewer distinct items than it said).
    IncompleteList(String),
    /// A 3xx answer: never followed.
    Redirect {
        status: u16,
        /// Scheme, host and port of `Location`, when it had one.
        location: Option<String>,
    },
    /// A digest challenge omi cannot answer.
    Unanswerable(String),
}

impl ClientError {
    pub(crate) fn network(message: impl Into<String>, tls: bool) -> ClientError {
        ClientError::Network {
            message: message.into(),
            maybe_applied: false,
            tls,
        }
    }

    /// The error with every secret in `sent` replaced by its mask wherever
    /// it holds a server's text, so that an echoed secret is never shown.
    pub(crate) fn scrubbed(self, sent: &SentSecrets) -> ClientError {
        let scrub = |text: String| sent.scrub(&text);
        match self {
            ClientError::Api(mut f) => {
                f.error_code = f.error_code.map(scrub);
                f.detail = f.detail.map(scrub);
                f.reason = f.reason.map(scrub);
                f.raw = f.raw.map(scrub);
                ClientError::Api(f)
            }
            ClientError::Network {
                message,
                maybe_applied,
                tls,
            } => ClientError::Network {
                message: scrub(message),
                maybe_applied,
                tls,
            },
            ClientError::Unreadable(message) => ClientError::Unreadable(scrub(message)),
            ClientError::IncompleteList(message) => ClientError::IncompleteList(scrub(message)),
            ClientError::Redirect { status, location } => ClientError::Redirect {
                status,
                location: location.map(scrub),
            },
            ClientError::Unanswerable(why) => ClientError::Unanswerable(scrub(why)),
        }
    }

    /// The request may have reached the server and taken effect.
    pub fn maybe_applied(&self) -> bool {
        matches!(
            self,
            ClientError::Network {
                maybe_applied: true,
                ..
            }
        )
    }
}

/// Whether an error's cause chain mentions certificates or TLS.
pub(crate) fn is_tls(e: &reqwest::Error) -> bool {
    let mut source: Option<&dyn std::error::Error> = Some(e);
    while let Some(err) = source {
        let text = err.to_string().to_ascii_lowercase();
        if text.contains("certificate") || text.contains("tls") || text.contains("handshake") {
            return true;
        }
        source = err.source();
    }
    false
}

/// The innermost cause of `e`, made safe to show; usually the informative
/// one ("connection refused", "invalid peer certificate: UnknownIssuer").
pub(crate) fn innermost_cause(e: &reqwest::Error) -> Option<String> {
    let mut source: Option<&dyn std::error::Error> = std::error::Error::source(e);
    let mut last = None;
    while let Some(err) = source {
        last = Some(err.to_string());
        source = err.source();
    }
    last.map(|cause| escaped(&cause))
}

pub(crate) fn network_error(e: &reqwest::Error, maybe_applied: bool) -> ClientError {
    let mut message = if e.is_timeout() {
        "timed out waiting for the server".to_string()
    } else if e.is_connect() {
        "cannot connect to the server".to_string()
    } else if e.is_body() || e.is_decode() {
        "the connection broke while reading the response".to_string()
    } else {
        "the request failed".to_string()
    };
    if let Some(cause) = innermost_cause(e) {
        message.push_str(": ");
        message.push_str(&cause);
    }
    if let Some(url) = e.url() {
        message.push_str(&format!(" ({}://{})", url.scheme(), url_authority(url)));
    }
    ClientError::Network {
        message,
        maybe_applied,
        tls: is_tls(e),
    }
}

fn url_authority(url: &Url) -> String {
    match (url.host_str(), url.port()) {
        (Some(h), Some(p)) => format!("{h}:{p}"),
        (Some(h), None) => h.to_string(),
        _ => String::new(),
    }
}

impl From<ClientError> for OmiError {
    /// The error a user sees for a failed request, with a hint where one
    /// is obvious.
    fn from(err: ClientError) -> OmiError {
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
            ClientError::Api(f) => api_error(&f),
            ClientError::Unreadable(message) => OmiError::new(ExitKind::Server, message),
            ClientError::IncompleteList(message) => OmiError::new(ExitKind::Server, message)
                .with_hint(
                    "the server's list moved while omi read it page by page; run again, or pass \
                     --items-per-page 500 to read it in fewer pages",
                ),
            ClientError::Redirect { status, location } => redirect_error(status, location),
            ClientError::Unanswerable(why) => OmiError::new(ExitKind::Auth, why),
        }
    }
}

fn redirect_error(status: u16, location: Option<String>) -> OmiError {
    let reason = reqwest::StatusCode::from_u16(status)
        .ok()
        .and_then(|s| s.canonical_reason())
        .unwrap_or("");
    let to = location.map_or_else(
        || " with no usable Location".to_string(),
        |l| format!(" to {l}"),
    );
    OmiError::new(
        ExitKind::Server,
        format!(
            "Ops Manager answered {status} {reason}{to}; omi does not follow redirects (the Ops Manager API never redirects)"
        ),
    )
    .with_hint(
        "check --base-url: a redirect usually means http:// where https:// is served, or a proxy or login page in front of Ops Manager",
    )
}

fn api_error(f: &ApiFailure) -> OmiError {
    let reason = f.reason.clone().unwrap_or_else(|| {
        reqwest::StatusCode::from_u16(f.status)
            .ok()
            .and_then(|s| s.canonical_reason())
            .unwrap_or("")
            .to_string()
    });
    // Everything the server wrote is made safe (the client scrubbed it of
    // sent secrets as it returned the error), and bounded, before it joins
    // a message.
    let shown = |text: &str| bounded(&escaped(text), MAX_SHOWN_CHARS, None);
    let mut message = format!("Ops Manager answered {} {}", f.status, shown(&reason));
    if let Some(code) = &f.error_code {
        message.push_str(&format!(": {}", shown(code)));
    }
    if let Some(detail) = &f.detail {
        message.push_str(&format!(": {}", shown(detail)));
    }
    if let Some((after, max)) = f.retry_after {
        message.push_str(&format!(
            " (it asks to retry after {after} s, beyond what --max-wait {max} allows; not retried)"
        ));
    }
    if let Some(raw) = &f.raw {
        if raw.is_empty() {
            message.push_str(" (empty body)");
        } else {
            message.push_str(&format!(" (not an API error body: {})", escaped(raw)));
        }
    }
    let e = OmiError::new(ExitKind::for_status(f.status), message);
    match api_hint(f.status, f.error_code.as_deref()) {
        Some(h) => e.with_hint(h),
        None => e,
    }
}

fn api_hint(status: u16, code: Option<&str>) -> Option<&'static str> {
    Some(match (status, code) {
        (409, _) => "`omi update` creates or replaces an existing integration",
        (401, Some("NOT_IN_GROUP")) => {
            "the project may not exist, or the API key may lack access to it; check --project-id and the key's project access"
        }
        (401, _) => {
            "check the public and private API keys, and that the key is enabled for this Ops Manager"
        }
        (403, _) => "check the API key's access list: your address may not be on it",
        (404, Some("GROUP_NOT_FOUND")) => {
            "check the project id (--project-id, OMI_PROJECT_ID or the profile)"
        }
        (404, Some("INTEGRATION_NOT_CONFIGURED" | "RESOURCE_NOT_FOUND")) => {
            "`omi list` shows the integrations the project has"
        }
        (429, _) => "rate limited; wait a minute or lower --concurrency",
        _ => return None,
    })
}
