//! The listener (HTTP or HTTPS) and the one request handler, which applies
//! the checks in Ops Manager's order before dispatching to `api`:
//! access list (403) → fail-every → digest (401) → rate limit (429) →
//! query parameters (400) → route.

use axum::body::Body;
use axum::extract::{ConnectInfo, Request, State};
use axum::http::{header, StatusCode};
use axum::response::Response;
use axum::Router;
use std::collections::HashSet;
use std::net::{IpAddr, SocketAddr};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use super::api::{self, Call};
use super::auth::DigestAuth;
use super::faults::{FailEvery, RateLimiter};
use super::responses::{self, ApiError, Format, Paging, Reply};
use super::state::{Project, Store};

/// Everything the handler shares across requests.
pub struct App {
    pub auth: DigestAuth,
    pub store: Mutex<Store>,
    pub rate_limit: Option<RateLimiter>,
    pub fail_every: Option<FailEvery>,
    pub fail_status: StatusCode,
    pub access_list: Vec<IpAddr>,
    pub denied_projects: HashSet<String>,
    pub latency: Duration,
    pub access_log: bool,
    /// `http` or `https`.
    pub scheme: &'static str,
    /// Used for links when a request has no usable Host header.
    pub local_addr: SocketAddr,
}

impl App {
    /// Runs `f` with the store locked; None if the lock is poisoned.
    pub fn with_store<T>(&self, f: impl FnOnce(&Store) -> T) -> Option<T> {
        self.store.lock().ok().map(|s| f(&s))
    }

    /// Changes project `group` and saves the state file.
    pub fn update<T>(&self, group: &str, f: impl FnOnce(&mut Project) -> T) -> Result<T, ApiError> {
        let unexpected = |detail: String| {
            ApiError::new(
                StatusCode::INTERNAL_SERVER_ERROR,
                "UNEXPECTED_ERROR",
                detail,
            )
        };
        let mut store = self
            .store
            .lock()
            .map_err(|_| unexpected("The sandbox state is unavailable.".to_string()))?;
        match store.update(group, f) {
            None => Err(ApiError::new(
                StatusCode::NOT_FOUND,
                "GROUP_NOT_FOUND",
                format!("No group with ID {group} exists."),
            )
            .param(group)),
            Some(Err(e)) => Err(unexpected(e)),
            Some(Ok(v)) => Ok(v),
        }
    }
}

pub fn router(app: Arc<App>) -> Router {
    Router::new().fallback(handle).with_state(app)
}

async fn handle(
    State(app): State<Arc<App>>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    request: Request,
) -> Response {
    let started = Instant::now();
    let method = request.method().clone();
    let path_and_query = request.uri().path_and_query().map_or_else(
        || request.uri().path().to_string(),
        |pq| pq.as_str().to_string(),
    );
    let response = respond(&app, peer, request, &path_and_query).await;
    // The latency is measured from the request's arrival, like a network
    // round trip, so the sandbox's own processing time is not added on top.
    if !app.latency.is_zero() {
        tokio::time::sleep_until(tokio::time::Instant::from_std(started + app.latency)).await;
    }
    if app.access_log {
        let ms = started.elapsed().as_secs_f64() * 1000.0;
        eprintln!(
            "{method} {path_and_query} {} {ms:.1}ms",
            response.status().as_u16()
        );
    }
    response
}

async fn respond(app: &App, peer: SocketAddr, request: Request, path_and_query: &str) -> Response {
    // Errors before the query is validated still honour a well-formed
    // `pretty`/`envelope`, so envelope clients can read them.
    let query = request.uri().query().unwrap_or("");
    let early_format = lenient_format(query);

    if !app.access_list.is_empty() && !app.access_list.contains(&peer.ip().to_canonical()) {
        let ip = peer.ip().to_canonical();
        return Reply::Error(
            ApiError::new(
                StatusCode::FORBIDDEN,
                "IP_ADDRESS_NOT_ON_ACCESS_LIST",
                format!("IP address {ip} is not allowed to access this resource."),
            )
            .param(ip.to_string()),
        )
        .render(early_format);
    }

    if app.fail_every.as_ref().is_some_and(FailEvery::next_fails) {
        return Reply::Error(injected_failure(app.fail_status)).render(early_format);
    }

    let authorization = request
        .headers()
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok());
    let user = match app
        .auth
        .verify(request.method().as_str(), path_and_query, authorization)
    {
        Ok(user) => user,
        Err(rejected) => return responses::challenge(&app.auth.challenge(rejected.stale)),
    };

    if let Some(limiter) = &app.rate_limit {
        if let Err(retry_after) = limiter.check(&user) {
            return Reply::Error(
                ApiError::new(
                    StatusCode::TOO_MANY_REQUESTS,
                    "RATE_LIMITED",
                    format!("Too many requests; retry in {retry_after} seconds."),
                )
                .header(header::RETRY_AFTER, retry_after.to_string()),
            )
            .render(early_format);
        }
    }

    let (format, paging) = match parse_query(query) {
        Ok(v) => v,
        Err(e) => return Reply::Error(e).render(early_format),
    };

    let origin = origin(app, &request);
    let method = request.method().clone();
    let path = request.uri().path().to_string();
    let call = Call {
        method: &method,
        path: &path,
        origin: &origin,
        paging,
    };
    api::route(app, call, request.into_body())
        .await
        .render(format)
}

/// The `--fail-every` error: 500 and 503 get the API's codes; any other
/// status gets its reason phrase in SCREAMING_SNAKE_CASE.
fn injected_failure(status: StatusCode) -> ApiError {
    let code = match status {
        StatusCode::INTERNAL_SERVER_ERROR => "UNEXPECTED_ERROR".to_string(),
        StatusCode::SERVICE_UNAVAILABLE => "SERVICE_UNAVAILABLE".to_string(),
        other => responses::reason(other)
            .to_ascii_uppercase()
            .replace([' ', '-'], "_")
            .replace('\'', ""),
    };
    ApiError::new(
        status,
        &code,
        "The sandbox injected this failure (--fail-every).",
    )
}

/// `scheme://Host` from the request, for absolute links.
fn origin(app: &App, request: &Request<Body>) -> String {
    let host = request
        .headers()
        .get(header::HOST)
        .and_then(|h| h.to_str().ok())
        .filter(|h| !h.is_empty() && !h.contains(['/', ' ', '"', '\\']))
        .map_or_else(|| app.local_addr.to_string(), str::to_string);
    format!("{}://{host}", app.scheme)
}

fn query_pairs(query: &str) -> impl Iterator<Item = (String, String)> + '_ {
    url::form_urlencoded::parse(query.as_bytes()).map(|(k, v)| (k.into_owned(), v.into_owned()))
}

fn lenient_format(query: &str) -> Format {
    let mut format = Format::default();
    for (k, v) in query_pairs(query) {
        match k.as_str() {
            "pretty" => format.pretty = v == "true",
            "envelope" => format.envelope = v == "true",
            _ => {}
        }
    }
    format
}

/// `pageNum` (≥ 1), `itemsPerPage` (1..=500), `pretty`, `envelope`
/// (`true`/`false`); other parameters are ignored, as the API does.
fn parse_query(query: &str) -> Result<(Format, Paging), ApiError> {
    let mut format = Format::default();
    let mut paging = Paging::default();
    for (k, v) in query_pairs(query) {
        let invalid = |what: &str| {
            ApiError::new(
                StatusCode::BAD_REQUEST,
                "INVALID_QUERY_PARAMETER",
                format!("Invalid query parameter {k}: it must be {what}."),
            )
            .param(k.clone())
        };
        match k.as_str() {
            "pageNum" => {
                paging.page_num = v
                    .parse::<u64>()
                    .ok()
                    .filter(|n| *n >= 1)
                    .ok_or_else(|| invalid("an integer of at least 1"))?;
            }
            "itemsPerPage" => {
                paging.items_per_page = v
                    .parse::<u64>()
                    .ok()
                    .filter(|n| (1..=500).contains(n))
                    .ok_or_else(|| invalid("an integer from 1 to 500"))?;
            }
            "pretty" => format.pretty = parse_bool(&v).ok_or_else(|| invalid("true or false"))?,
            "envelope" => {
                format.envelope = parse_bool(&v).ok_or_else(|| invalid("true or false"))?
            }
            _ => {}
        }
    }
    Ok((format, paging))
}

fn parse_bool(v: &str) -> Option<bool> {
    match v {
        "true" => Some(true),
        "false" => Some(false),
        _ => None,
    }
}
