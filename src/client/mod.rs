//! The HTTP transport to the Ops Manager public API: URL building, the
//! digest session, retries, bounded body reads and error decoding. It knows
//! nothing of tables or output formats; it hands back bytes or a
//! [`ClientError`].

mod digest;

use crate::input::secret::Secret;
pub use digest::{Challenge, DigestSession};
use reqwest::header::{HeaderMap, AUTHORIZATION, CONTENT_TYPE, RETRY_AFTER, WWW_AUTHENTICATE};
use reqwest::Method;
use std::time::{Duration, Instant};
use url::Url;

/// The API root under the Ops Manager URL.
pub const API_ROOT: &str = "/api/public/v1.0";

/// No response body larger than this is read: a proxy that streams forever
/// must not exhaust memory.
pub const MAX_BODY_BYTES: usize = 8 * 1024 * 1024;

/// Everything the transport needs, resolved by `settings`.
pub struct ClientOptions {
    /// The Ops Manager URL, without the API root.
    pub base_url: Url,
    pub public_key: Secret,
    pub private_key: Secret,
    pub timeout: Duration,
    pub retries: u32,
    pub ca_cert_pem: Option<Vec<u8>>,
    pub insecure: bool,
    pub verbose: bool,
}

/// Query parameters every endpoint takes.
#[derive(Debug, Clone, Default)]
pub struct Query {
    pub page_num: Option<u32>,
    pub items_per_page: Option<u32>,
    pub pretty: bool,
    pub envelope: bool,
}

/// A successful (2xx) response.
#[derive(Debug)]
pub struct ApiResponse {
    pub status: u16,
    pub body: Vec<u8>,
}

/// Why a request did not succeed.
#[derive(Debug)]
pub enum ClientError {
    /// The server answered with an error status (or an enveloped one).
    Api(ApiFailure),
    /// No usable answer: connection, TLS, timeout, a body cut short or too big.
    Network {
        message: String,
        /// The request may have reached the server and taken effect.
        maybe_applied: bool,
        tls: bool,
    },
}

#[derive(Debug)]
pub struct ApiFailure {
    pub status: u16,
    pub error_code: Option<String>,
    pub detail: Option<String>,
    pub reason: Option<String>,
    /// The start of a body that was not the API's error JSON.
    pub raw: Option<String>,
}

pub struct ApiClient {
    http: reqwest::Client,
    base: Url,
    session: DigestSession,
    retries: u32,
    verbose: bool,
}

impl ApiClient {
    pub fn new(opts: ClientOptions) -> Result<ApiClient, ClientError> {
        let mut builder = reqwest::Client::builder()
            .use_rustls_tls()
            .timeout(opts.timeout)
            .connect_timeout(opts.timeout.min(Duration::from_secs(10)))
            .pool_idle_timeout(Duration::from_secs(60))
            .user_agent(concat!("omi/", env!("CARGO_PKG_VERSION")))
            .danger_accept_invalid_certs(opts.insecure);
        if let Some(pem) = &opts.ca_cert_pem {
            let certs =
                reqwest::Certificate::from_pem_bundle(pem).map_err(|e| ClientError::Network {
                    message: format!("--ca-cert is not a PEM certificate: {e}"),
                    maybe_applied: false,
                    tls: true,
                })?;
            if certs.is_empty() {
                return Err(ClientError::Network {
                    message: "--ca-cert holds no PEM certificate".to_string(),
                    maybe_applied: false,
                    tls: true,
                });
            }
            for cert in certs {
                builder = builder.add_root_certificate(cert);
            }
        }
        let http = builder.build().map_err(|e| ClientError::Network {
            message: format!("cannot set up the HTTP client: {e}"),
            maybe_applied: false,
            tls: false,
        })?;
        Ok(ApiClient {
            http,
            base: with_api_root(opts.base_url),
            session: DigestSession::new(opts.public_key, opts.private_key),
            retries: opts.retries,
            verbose: opts.verbose,
        })
    }

    /// The full URL of an API path (`/groups/{id}/integrations`), with the
    /// query parameters the user asked for.
    pub fn url(&self, path: &str, query: &Query) -> Url {
        api_url(&self.base, path, query)
    }

    /// The URL a request would go to, without building a client (for
    /// `--dry-run`, which needs no keys).
    pub fn preview_url(base_url: Url, path: &str, query: &Query) -> Url {
        api_url(&with_api_root(base_url), path, query)
    }

    /// Sends one API request, with digest auth and retries, and returns the
    /// 2xx response or the decoded error.
    pub async fn send(
        &self,
        method: Method,
        url: &Url,
        body: Option<&[u8]>,
    ) -> Result<ApiResponse, ClientError> {
        // POST is not idempotent: it is retried only when the server
        // certainly did not act on it (refused connection, 429).
        let idempotent = method != Method::POST;
        let mut attempt = 0;
        loop {
            let outcome = self.exchange(&method, url, body).await;
            let retry_after = match &outcome {
                Ok(r) if r.status == 429 => Some(retry_after(&r.headers)),
                Ok(r) if idempotent && matches!(r.status, 502..=504) => {
                    Some(retry_after(&r.headers))
                }
                Err(e) if worth_retrying(e) => Some(None),
                _ => None,
            };
            if let (Some(hint), true) = (retry_after, attempt < self.retries) {
                let wait = backoff(attempt, hint);
                if self.verbose {
                    eprintln!("* retrying in {} ms", wait.as_millis());
                }
                tokio::time::sleep(wait).await;
                attempt += 1;
                continue;
            }
            return match outcome {
                Ok(raw) => decode(raw),
                // Without a connection the request never left.
                Err(e) => Err(network_error(&e, !e.is_connect() && !idempotent)),
            };
        }
    }

    /// One logical request: at most three sends, to answer a first
    /// challenge or a stale nonce.
    async fn exchange(
        &self,
        method: &Method,
        url: &Url,
        body: Option<&[u8]>,
    ) -> Result<RawResponse, reqwest::Error> {
        let uri = &url[url::Position::BeforePath..];
        let mut auth = self.session.authorization(method.as_str(), uri, body);
        let mut answered_fresh_challenge = false;
        for _ in 0..3 {
            let response = self.send_once(method, url, body, auth.as_deref()).await?;
            if response.status != 401 {
                return Ok(response);
            }
            let challenge = response
                .headers
                .get_all(WWW_AUTHENTICATE)
                .iter()
                .filter_map(|v| v.to_str().ok())
                .find_map(Challenge::parse);
            let Some(challenge) = challenge else {
                return Ok(response);
            };
            // A fresh challenge answered and refused, not for staleness:
            // the keys are wrong. Anything else: answer the new challenge.
            if answered_fresh_challenge && !challenge.stale() {
                return Ok(response);
            }
            self.session.adopt(challenge);
            auth = self.session.authorization(method.as_str(), uri, body);
            answered_fresh_challenge = true;
        }
        self.send_once(method, url, body, auth.as_deref()).await
    }

    async fn send_once(
        &self,
        method: &Method,
        url: &Url,
        body: Option<&[u8]>,
        authorization: Option<&str>,
    ) -> Result<RawResponse, reqwest::Error> {
        let mut request = self
            .http
            .request(method.clone(), url.clone())
            .header(reqwest::header::ACCEPT, "application/json");
        if let Some(auth) = authorization {
            request = request.header(AUTHORIZATION, auth);
        }
        if let Some(body) = body {
            request = request
                .header(CONTENT_TYPE, "application/json")
                .body(body.to_vec());
        }
        let request = request.build()?;
        if self.verbose {
            eprintln!("> {} {}", request.method(), request.url());
            print_headers(">", request.headers());
        }
        let started = Instant::now();
        let mut response = self.http.execute(request).await?;
        let status = response.status().as_u16();
        let headers = response.headers().clone();
        let mut body = Vec::new();
        let mut truncated = false;
        while let Some(chunk) = response.chunk().await? {
            if body.len() + chunk.len() > MAX_BODY_BYTES {
                truncated = true;
                break;
            }
            body.extend_from_slice(&chunk);
        }
        if self.verbose {
            eprintln!(
                "< {} {} ({} ms)",
                status,
                response.status().canonical_reason().unwrap_or(""),
                started.elapsed().as_millis()
            );
            print_headers("<", &headers);
        }
        Ok(RawResponse {
            status,
            headers,
            body,
            truncated,
        })
    }
}

fn with_api_root(mut base: Url) -> Url {
    base.set_path(&format!(
        "{}{}",
        base.path().trim_end_matches('/'),
        API_ROOT
    ));
    base
}

/// Builds `{base}{path}?query`; `base` already ends with the API root.
fn api_url(base: &Url, path: &str, query: &Query) -> Url {
    let mut url = base.clone();
    url.set_path(&format!("{}{}", base.path().trim_end_matches('/'), path));
    {
        let mut pairs = url.query_pairs_mut();
        if let Some(n) = query.page_num {
            pairs.append_pair("pageNum", &n.to_string());
        }
        if let Some(n) = query.items_per_page {
            pairs.append_pair("itemsPerPage", &n.to_string());
        }
        if query.pretty {
            pairs.append_pair("pretty", "true");
        }
        if query.envelope {
            pairs.append_pair("envelope", "true");
        }
    }
    if url.query() == Some("") {
        url.set_query(None);
    }
    url
}

struct RawResponse {
    status: u16,
    headers: HeaderMap,
    body: Vec<u8>,
    truncated: bool,
}

fn print_headers(prefix: &str, headers: &HeaderMap) {
    for (name, value) in headers {
        // The Authorization header carries the public key and a response
        // derived from the private key: never shown.
        let shown = if name == AUTHORIZATION {
            "Digest ******".to_string()
        } else {
            String::from_utf8_lossy(value.as_bytes()).into_owned()
        };
        eprintln!("{prefix} {name}: {shown}");
    }
}

/// A connection that could not be made, so the request never left: safe
/// to retry for any method. A TLS failure will fail again, and a timeout
/// has already used up the user's `--timeout`.
fn worth_retrying(e: &reqwest::Error) -> bool {
    e.is_connect() && !e.is_timeout() && !is_tls(e)
}

/// Whether an error's cause chain mentions certificates or TLS.
fn is_tls(e: &reqwest::Error) -> bool {
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

fn network_error(e: &reqwest::Error, maybe_applied: bool) -> ClientError {
    let mut message = if e.is_timeout() {
        "timed out waiting for the server".to_string()
    } else if e.is_connect() {
        "cannot connect to the server".to_string()
    } else if e.is_body() || e.is_decode() {
        "the connection broke while reading the response".to_string()
    } else {
        "the request failed".to_string()
    };
    // The innermost cause is usually the informative one ("connection
    // refused", "invalid peer certificate: UnknownIssuer").
    let mut source: Option<&dyn std::error::Error> = std::error::Error::source(e);
    let mut last = None;
    while let Some(err) = source {
        last = Some(err.to_string());
        source = err.source();
    }
    if let Some(cause) = last {
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

/// The server's Retry-After in seconds, if it sent a usable one.
fn retry_after(headers: &HeaderMap) -> Option<Duration> {
    headers
        .get(RETRY_AFTER)?
        .to_str()
        .ok()?
        .trim()
        .parse::<u64>()
        .ok()
        .map(|s| Duration::from_secs(s.min(120)))
}

/// Capped exponential backoff with jitter; the server's Retry-After wins.
fn backoff(attempt: u32, retry_after: Option<Duration>) -> Duration {
    if let Some(d) = retry_after {
        return d;
    }
    let base = Duration::from_millis(200).saturating_mul(1 << attempt.min(5));
    let capped = base.min(Duration::from_secs(5));
    let jitter = rand::random::<f64>() * 0.5 + 0.75;
    capped.mul_f64(jitter)
}

/// Turns a raw response into success or a decoded API error.
fn decode(raw: RawResponse) -> Result<ApiResponse, ClientError> {
    if raw.truncated {
        return Err(ClientError::Network {
            message: format!(
                "the response body is larger than {} MiB; not read",
                MAX_BODY_BYTES / (1024 * 1024)
            ),
            maybe_applied: false,
            tls: false,
        });
    }
    if !(200..300).contains(&raw.status) {
        return Err(ClientError::Api(api_failure(raw.status, &raw.body)));
    }
    // With envelope=true the HTTP status is 200 and the real one is inside.
    if let Ok(serde_json::Value::Object(obj)) = serde_json::from_slice(&raw.body) {
        if let (Some(status), Some(content)) = (
            obj.get("status").and_then(serde_json::Value::as_u64),
            obj.get("content"),
        ) {
            if status >= 400 {
                let status = u16::try_from(status).unwrap_or(500);
                let inner = serde_json::to_vec(content).unwrap_or_default();
                return Err(ClientError::Api(api_failure(status, &inner)));
            }
        }
    }
    Ok(ApiResponse {
        status: raw.status,
        body: raw.body,
    })
}

/// Reads the API's error JSON; anything else (a proxy's HTML page) is kept
/// as a short, printable excerpt.
pub fn api_failure(status: u16, body: &[u8]) -> ApiFailure {
    let text =
        |v: &serde_json::Value, k: &str| v.get(k).and_then(|x| x.as_str()).map(str::to_string);
    match serde_json::from_slice::<serde_json::Value>(body) {
        Ok(v @ serde_json::Value::Object(_)) => ApiFailure {
            status,
            error_code: text(&v, "errorCode"),
            detail: text(&v, "detail"),
            reason: text(&v, "reason"),
            raw: None,
        },
        _ => ApiFailure {
            status,
            error_code: None,
            detail: None,
            reason: None,
            raw: Some(excerpt(body)),
        },
    }
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
    fn urls_keep_a_base_path_and_add_query() {
        let base = Url::parse("https://om.example.com:8443/om/api/public/v1.0").unwrap();
        let q = Query {
            page_num: Some(2),
            items_per_page: Some(10),
            pretty: true,
            envelope: false,
        };
        assert_eq!(
            api_url(&base, "/groups/abc/integrations", &q).as_str(),
            "https://om.example.com:8443/om/api/public/v1.0/groups/abc/integrations?pageNum=2&itemsPerPage=10&pretty=true"
        );
        assert_eq!(
            api_url(&base, "/groups", &Query::default()).as_str(),
            "https://om.example.com:8443/om/api/public/v1.0/groups"
        );
    }

    #[test]
    fn backoff_is_capped_and_honours_retry_after() {
        assert_eq!(
            backoff(0, Some(Duration::from_secs(3))),
            Duration::from_secs(3)
        );
        for attempt in 0..20 {
            assert!(backoff(attempt, None) <= Duration::from_millis(6250));
        }
    }

    #[test]
    fn decodes_errors_and_envelopes() {
        let raw = |status, body: &str| RawResponse {
            status,
            headers: HeaderMap::new(),
            body: body.as_bytes().to_vec(),
            truncated: false,
        };
        let e = decode(raw(
            409,
            r#"{"detail":"d","error":409,"errorCode":"INTEGRATION_ALREADY_CONFIGURED","reason":"Conflict"}"#,
        ))
        .unwrap_err();
        assert!(
            matches!(e, ClientError::Api(ApiFailure { status: 409, error_code: Some(ref c), .. }) if c == "INTEGRATION_ALREADY_CONFIGURED")
        );
        let e = decode(raw(
            200,
            r#"{"content":{"error":404,"errorCode":"GROUP_NOT_FOUND"},"status":404}"#,
        ))
        .unwrap_err();
        assert!(matches!(
            e,
            ClientError::Api(ApiFailure { status: 404, .. })
        ));
        let e = decode(raw(502, "<html>\n<body>Bad gateway</body></html>")).unwrap_err();
        let ClientError::Api(f) = e else { panic!() };
        assert_eq!(
            f.raw.as_deref(),
            Some("<html> <body>Bad gateway</body></html>")
        );
        assert!(decode(raw(200, r#"{"results":[]}"#)).is_ok());
    }

    #[test]
    fn excerpt_is_bounded_and_printable() {
        let long = "x".repeat(10_000);
        assert_eq!(excerpt(long.as_bytes()).chars().count(), 201);
        assert_eq!(excerpt(b"\x00\x01a\xffb"), "a\u{fffd}b");
    }
}
