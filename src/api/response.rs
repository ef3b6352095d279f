//! Decoding what the API answers: list pages (`results`), single objects,
//! the `envelope=true` wrapper, and error bodies. Every response body is
//! decoded here, once; the client uses it to tell errors from success and
//! the commands to read integrations and projects.

use serde_json::{Map, Value};

/// A response body that is not what the API returns.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Unreadable(pub String);

impl std::fmt::Display for Unreadable {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "the server's response is not what the API returns ({})",
            self.0
        )
    }
}

impl From<Unreadable> for crate::errors::OmiError {
    /// A response that is not what the API returns: a server error, exit 5.
    fn from(e: Unreadable) -> Self {
        crate::errors::OmiError::new(crate::errors::ExitKind::Server, e.to_string())
    }
}

/// An API error: the HTTP status and what the error body said.
#[derive(Debug, Clone)]
pub struct ApiFailure {
    pub status: u16,
    pub error_code: Option<String>,
    pub detail: Option<String>,
    pub reason: Option<String>,
    /// The start of a body that was not the API's error JSON.
    pub raw: Option<String>,
    /// Seconds the server asked to wait (`Retry-After`), and the seconds
    /// `--max-wait` allowed, when the wait was refused.
    pub retry_after: Option<(u64, u64)>,
}

/// With `envelope=true` the HTTP status is 200 and the real one is inside:
/// `{"status": 404, "content": {...}}`. Returns the inner status and
/// content when `value` is such a wrapper.
pub fn envelope(value: &Value) -> Option<(u64, &Value)> {
    let obj = value.as_object()?;
    Some((obj.get("status")?.as_u64()?, obj.get("content")?))
}

/// The body without its envelope, if it has one.
fn unwrapped(value: Value) -> Value {
    match value {
        Value::Object(mut o) if envelope(&Value::Object(o.clone())).is_some() => {
            o.remove("content").unwrap_or(Value::Null)
        }
        v => v,
    }
}

/// The objects in a body: a list page's `results`, or one object with
/// `key` (e.g. `type` for an integration), either possibly enveloped.
pub fn objects_of(body: &[u8], key: &str) -> Result<Vec<Map<String, Value>>, Unreadable> {
    let value: Value = serde_json::from_slice(body).map_err(|_| Unreadable("not JSON".into()))?;
    let items = match unwrapped(value) {
        Value::Object(mut o) if o.contains_key("results") => match o.remove("results") {
            Some(Value::Array(items)) => items,
            _ => return Err(Unreadable("'results' is not a list".into())),
        },
        Value::Object(o) if o.contains_key(key) => vec![Value::Object(o)],
        _ => {
            return Err(Unreadable(format!(
                "expected a list page or an object with '{key}'"
            )))
        }
    };
    items
        .into_iter()
        .map(|item| match item {
            Value::Object(o) => Ok(o),
            _ => Err(Unreadable("an item of 'results' is not an object".into())),
        })
        .collect()
}

/// The integrations in a response body.
pub fn integrations_of(body: &[u8]) -> Result<Vec<Map<String, Value>>, Unreadable> {
    objects_of(body, "type")
}

/// The integrations in the answer to a GET of one type: each must be of
/// that type (`api`, its API name).
pub fn integrations_of_type(body: &[u8], api: &str) -> Result<Vec<Map<String, Value>>, Unreadable> {
    let items = integrations_of(body)?;
    for item in &items {
        match item.get("type").and_then(Value::as_str) {
            Some(t) if t == api => {}
            Some(t) => {
                return Err(Unreadable(format!(
                    "a {} integration where {api} was asked for",
                    excerpt(t.as_bytes())
                )))
            }
            None => return Err(Unreadable("an integration without a 'type'".into())),
        }
    }
    Ok(items)
}

/// Reads the API's error JSON; anything else (a proxy's HTML page) is kept
/// as a short, printable excerpt.
pub fn api_failure(status: u16, body: &[u8]) -> ApiFailure {
    let text = |v: &Value, k: &str| v.get(k).and_then(Value::as_str).map(str::to_string);
    match serde_json::from_slice::<Value>(body) {
        Ok(v @ Value::Object(_)) => ApiFailure {
            status,
            error_code: text(&v, "errorCode"),
            detail: text(&v, "detail"),
            reason: text(&v, "reason"),
            raw: None,
            retry_after: None,
        },
        _ => ApiFailure {
            status,
            error_code: None,
            detail: None,
            reason: None,
            raw: Some(excerpt(body)),
            retry_after: None,
        },
    }
}

/// The API error inside a 2xx enveloped body, if there is one.
pub fn enveloped_failure(body: &[u8]) -> Option<ApiFailure> {
    let value: Value = serde_json::from_slice(body).ok()?;
    let (status, content) = envelope(&value)?;
    if status < 400 {
        return None;
    }
    let status = u16::try_from(status).unwrap_or(500);
    let inner = serde_json::to_vec(content).unwrap_or_default();
    Some(api_failure(status, &inner))
}

/// At most 200 printable characters of a body, on one line.
pub fn excerpt(body: &[u8]) -> String {
    let text = String::from_utf8_lossy(body);
    let mut out: String = text
        .chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect::<String>()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    if out.chars().count() > 200 {
        out = out.chars().take(200).collect::<String>() + "…";
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_pages_objects_and_envelopes() {
        let page =
            br#"{"links":[],"results":[{"type":"SLACK","apiToken":"******7890"}],"totalCount":1}"#;
        assert_eq!(integrations_of(page).unwrap().len(), 1);
        let one = br#"{"type":"PAGER_DUTY","serviceKey":"****"}"#;
        assert_eq!(integrations_of(one).unwrap()[0]["type"], "PAGER_DUTY");
        let env = br#"{"content":{"type":"WEBHOOK"},"status":200}"#;
        assert_eq!(integrations_of(env).unwrap()[0]["type"], "WEBHOOK");
        for bad in [
            &b"[1,2]"[..],
            b"{\"results\":5}",
            b"{\"results\":[1]}",
            b"\xff",
            b"{}",
        ] {
            assert!(integrations_of(bad).is_err());
        }
    }

    #[test]
    fn a_get_answers_with_the_type_asked_for() {
        let slack = br#"{"type":"SLACK","apiToken":"******7890"}"#;
        assert_eq!(integrations_of_type(slack, "SLACK").unwrap().len(), 1);
        let e = integrations_of_type(slack, "PAGER_DUTY").unwrap_err();
        assert_eq!(e.0, "a SLACK integration where PAGER_DUTY was asked for");
        let page = br#"{"results":[{"type":"SLACK"},{"apiToken":"x"}]}"#;
        assert!(integrations_of_type(page, "SLACK").is_err());
    }

    #[test]
    fn errors_and_enveloped_errors() {
        let f = api_failure(
            409,
            br#"{"detail":"d","error":409,"errorCode":"INTEGRATION_ALREADY_CONFIGURED","reason":"Conflict"}"#,
        );
        assert_eq!(
            f.error_code.as_deref(),
            Some("INTEGRATION_ALREADY_CONFIGURED")
        );
        let f = enveloped_failure(
            br#"{"content":{"error":404,"errorCode":"GROUP_NOT_FOUND"},"status":404}"#,
        )
        .unwrap();
        assert_eq!(f.status, 404);
        assert!(enveloped_failure(br#"{"content":{},"status":200}"#).is_none());
        let f = api_failure(502, b"<html>\n<body>Bad gateway</body></html>");
        assert_eq!(
            f.raw.as_deref(),
            Some("<html> <body>Bad gateway</body></html>")
        );
    }

    #[test]
    fn excerpt_is_bounded_and_printable() {
        let long = "x".repeat(10_000);
        assert_eq!(excerpt(long.as_bytes()).chars().count(), 201);
        assert_eq!(excerpt(b"\x00\x01a\xffb"), "a\u{fffd}b");
    }
}
