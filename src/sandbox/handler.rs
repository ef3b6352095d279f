//! The one request handler, which applies the checks in Ops Manager's
//! order before dispatching to `api`: access list (403) → fail-every →
//! digest (401) → rate limit (429) → query parameters (400) → route.

use axum::body::Body;
use axum::extract::{ConnectInfo, Request, State};
use axum::http::{header, HeaderValue, StatusCode};
use axum::response::Response;
use axum::Router;
use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Instant;

use super::api::{self, Call};
use super::app::App;
use super::faults::FailEvery;
use super::responses::{self, ApiError, Reply};
use super::validate::{lenient_format, parse_query};

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
    app.latency.hold(started).await;
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
    let early_format = responses::Format {
        recorded: app.recorded(),
        ..lenient_format(query)
    };
    if let Some(refused) = before_auth(app, peer) {
        return Reply::Error(refused).render(early_format);
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
        Err(rejected) => {
            return responses::challenge(&app.auth.challenge(rejected.stale), app.recorded())
        }
    };
    let remaining = match app.rate_limit.as_ref().map(|l| (l.limit(), l.check(&user))) {
        None => None,
        Some((limit, Ok(remaining))) => Some((limit, remaining)),
        Some((limit, Err(retry_after))) => {
            let mut r = Reply::Error(rate_limited(retry_after)).render(early_format);
            rate_limit_headers(app, &mut r, limit, 0);
            return r;
        }
    };
    let mut response = match parse_query(query) {
        Err(e) => Reply::Error(e).render(early_format),
        Ok((format, paging)) => {
            let format = responses::Format {
                recorded: app.recorded(),
                ..format
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
    };
    if let Some((limit, remaining)) = remaining {
        rate_limit_headers(app, &mut response, limit, remaining);
    }
    response
}

/// The checks a real server makes before authentication: the access list
/// (403), then `--fail-every`.
fn before_auth(app: &App, peer: SocketAddr) -> Option<ApiError> {
    let ip = peer.ip().to_canonical();
    if !app.access_list.is_empty() && !app.access_list.contains(&ip) {
        return Some(
            ApiError::new(
                StatusCode::FORBIDDEN,
                "IP_ADDRESS_NOT_ON_ACCESS_LIST",
                format!("IP address {ip} is not allowed to access this resource."),
            )
            .param(ip.to_string()),
        );
    }
    if app.fail_every.as_ref().is_some_and(FailEvery::next_fails) {
        return Some(injected_failure(app.fail_status));
    }
    None
}

fn rate_limited(retry_after: u64) -> ApiError {
    ApiError::new(
        StatusCode::TOO_MANY_REQUESTS,
        "RATE_LIMITED",
        format!("Too many requests; retry in {retry_after} seconds."),
    )
    .header(header::RETRY_AFTER, retry_after.to_string())
}

/// `RateLimit-Limit`/`RateLimit-Remaining`, which real servers send on
/// every authenticated response; only with `--shape recorded`.
fn rate_limit_headers(app: &App, response: &mut Response, limit: usize, remaining: usize) {
    if !app.recorded() {
        return;
    }
    let headers = response.headers_mut();
    headers.insert("ratelimit-limit", HeaderValue::from(limit));
    headers.insert("ratelimit-remaining", HeaderValue::from(remaining));
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
