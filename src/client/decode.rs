//! A raw answer turned into success or a decoded error: a success must
//! look like one (JSON; a DELETE may be empty), a redirect is refused and
//! reported by the host it points to, never followed.

use super::{ApiResponse, ClientError, MAX_BODY_BYTES};
use crate::api::response;
use reqwest::header::{HeaderMap, CONTENT_TYPE};
use reqwest::Method;
use url::Url;

/// An answer as read: status, headers, the body up to the bound, and
/// whether the body went past it.
pub(super) struct RawResponse {
    pub(super) status: u16,
    pub(super) headers: HeaderMap,
    pub(super) body: Vec<u8>,
    pub(super) truncated: bool,
}

/// Turns a raw response into success or a decoded API error. A success
/// must look like one: a JSON body (a DELETE may answer 204, or 200/202
/// with an empty or JSON body); a redirect is refused, never followed.
pub(super) fn decode(method: &Method, raw: RawResponse) -> Result<ApiResponse, ClientError> {
    if raw.truncated {
        return Err(ClientError::network(
            format!(
                "the response body is larger than {} MiB; not read",
                MAX_BODY_BYTES / (1024 * 1024)
            ),
            false,
        ));
    }
    if (300..400).contains(&raw.status) {
        return Err(ClientError::Redirect {
            status: raw.status,
            location: location_host(&raw.headers),
        });
    }
    if !(200..300).contains(&raw.status) {
        return Err(ClientError::Api(Box::new(response::api_failure(
            raw.status, &raw.body,
        ))));
    }
    let is_json = serde_json::from_slice::<serde::de::IgnoredAny>(&raw.body).is_ok();
    let acceptable = if *method == Method::DELETE {
        raw.status == 204 || (matches!(raw.status, 200 | 202) && (raw.body.is_empty() || is_json))
    } else {
        is_json
    };
    if !acceptable {
        return Err(ClientError::Unreadable(not_api_success(&raw)));
    }
    if let Some(failure) = response::enveloped_failure(&raw.body) {
        return Err(ClientError::Api(Box::new(failure)));
    }
    Ok(ApiResponse {
        status: raw.status,
        body: raw.body,
    })
}

/// Why a 2xx answer is not the API's.
fn not_api_success(raw: &RawResponse) -> String {
    let content_type = raw
        .headers
        .get(CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .map(|t| format!(", Content-Type {}", response::excerpt(t.as_bytes())))
        .unwrap_or_default();
    let what = if raw.body.is_empty() {
        "an empty body".to_string()
    } else {
        format!(
            "a body that is not JSON ({} bytes{content_type})",
            raw.body.len()
        )
    };
    format!(
        "the server's response is not what the Ops Manager API returns: {} with {what}",
        raw.status
    )
}

/// The host (and port) a redirect points to, never its user info, path
/// or query.
fn location_host(headers: &HeaderMap) -> Option<String> {
    let location = headers
        .get(reqwest::header::LOCATION)?
        .to_str()
        .ok()?
        .trim();
    let url = Url::parse(location).ok()?;
    let parsed = url.host_str()?;
    let host = written_host(location, parsed).unwrap_or(parsed);
    Some(match url.port() {
        Some(p) => format!("{}://{host}:{p}", url.scheme()),
        None => format!("{}://{host}", url.scheme()),
    })
}

/// The host `parsed` as `location` writes it: a parser lower-cases it,
/// and a secret echoed into it is scrubbed only as it was sent. `None`
/// when the parser wrote it otherwise (an IP address, an IDN).
fn written_host<'a>(location: &'a str, parsed: &str) -> Option<&'a str> {
    // ASCII (a header's text) keeps its byte offsets when lower-cased.
    let lower = location.to_ascii_lowercase();
    let start = lower.find("://")? + 3;
    let end = lower[start..]
        .find(['/', '\\', '?', '#'])
        .map_or(lower.len(), |e| start + e);
    // The last match in the authority: the host comes after user info.
    let at = start + lower[start..end].rfind(parsed)?;
    location.get(at..at + parsed.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_redirect_shows_the_host_as_written() {
        let at = |location: &str| {
            let mut h = HeaderMap::new();
            h.insert(reqwest::header::LOCATION, location.parse().unwrap());
            location_host(&h)
        };
        assert_eq!(
            at("HTTP://u:P@Evil.Example:8080/Steal?k=v").as_deref(),
            Some("http://Evil.Example:8080")
        );
        assert_eq!(
            at("https://evil.example@Good.Example\\@x/").as_deref(),
            Some("https://Good.Example")
        );
        assert_eq!(at("http://0x7F.1/").as_deref(), Some("http://127.0.0.1"));
        assert_eq!(at("/elsewhere"), None);
    }
}
