//! Response bodies shared by every endpoint: the error body, list pages with
//! their links, the `envelope` wrapper and `pretty` printing, and the
//! `--shape recorded` details of key order and 401 content type.

use axum::body::Body;
use axum::http::{header, HeaderValue, StatusCode};
use axum::response::Response;
use serde::ser::{SerializeMap, SerializeSeq};
use serde::{Serialize, Serializer};
use serde_json::{json, Map, Value};

/// How the body is to be shaped: `pretty` and `envelope` as the client
/// asked, `recorded` from `--shape`.
#[derive(Debug, Clone, Copy, Default)]
pub struct Format {
    pub pretty: bool,
    pub envelope: bool,
    /// Keys alphabetical but `type` last in every object, and 401 bodies
    /// declared `charset=ISO-8859-1`, as real servers answer.
    pub recorded: bool,
}

/// The content type of JSON bodies; real servers declare a charset on 401.
fn content_type(status: StatusCode, recorded: bool) -> HeaderValue {
    if recorded && status == StatusCode::UNAUTHORIZED {
        HeaderValue::from_static("application/json;charset=ISO-8859-1")
    } else {
        HeaderValue::from_static("application/json")
    }
}

/// Serializes a value with `type` moved to the end of every object (the
/// other keys stay alphabetical).
struct TypeLast<'a>(&'a Value);

impl Serialize for TypeLast<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self.0 {
            Value::Object(m) => {
                let mut map = s.serialize_map(Some(m.len()))?;
                for (k, v) in m.iter().filter(|(k, _)| *k != "type") {
                    map.serialize_entry(k, &TypeLast(v))?;
                }
                if let Some(t) = m.get("type") {
                    map.serialize_entry("type", &TypeLast(t))?;
                }
                map.end()
            }
            Value::Array(items) => {
                let mut seq = s.serialize_seq(Some(items.len()))?;
                for v in items {
                    seq.serialize_element(&TypeLast(v))?;
                }
                seq.end()
            }
            other => other.serialize(s),
        }
    }
}

/// Which page of a list (`pageNum`, `itemsPerPage`).
#[derive(Debug, Clone, Copy)]
pub struct Paging {
    pub page_num: u64,
    pub items_per_page: u64,
}

impl Default for Paging {
    fn default() -> Self {
        Paging {
            page_num: 1,
            items_per_page: 100,
        }
    }
}

/// An API error: `{"detail","error","errorCode","parameters","reason"}`.
#[derive(Debug, Clone)]
pub struct ApiError {
    pub status: StatusCode,
    pub code: String,
    pub detail: String,
    pub parameters: Vec<String>,
    /// Extra response headers, e.g. `Retry-After`.
    pub headers: Vec<(header::HeaderName, String)>,
}

impl ApiError {
    pub fn new(status: StatusCode, code: &str, detail: impl Into<String>) -> Self {
        ApiError {
            status,
            code: code.to_string(),
            detail: detail.into(),
            parameters: Vec::new(),
            headers: Vec::new(),
        }
    }

    pub fn param(mut self, p: impl Into<String>) -> Self {
        self.parameters.push(p.into());
        self
    }

    pub fn header(mut self, name: header::HeaderName, value: String) -> Self {
        self.headers.push((name, value));
        self
    }

    pub fn body(&self) -> Value {
        json!({
            "detail": self.detail,
            "error": self.status.as_u16(),
            "errorCode": self.code,
            "parameters": self.parameters,
            "reason": reason(self.status),
        })
    }
}

pub fn reason(status: StatusCode) -> &'static str {
    status.canonical_reason().unwrap_or("Error")
}

/// What an endpoint answers, before `Format` is applied.
#[derive(Debug)]
pub enum Reply {
    /// One object (HTTP 200).
    Object(Value),
    /// One object just created (HTTP 201).
    Created(Value),
    /// A list page (HTTP 200).
    List(Value),
    /// 204 with no body.
    NoContent,
    Error(ApiError),
}

impl From<ApiError> for Reply {
    fn from(e: ApiError) -> Self {
        Reply::Error(e)
    }
}

impl Reply {
    /// The HTTP response. With `envelope`, the status moves into the body
    /// and the HTTP status is 200 (errors and DELETE included: our choice,
    /// since envelope exists for clients that cannot see the status).
    pub fn render(self, format: Format) -> Response {
        let (status, body, headers) = match self {
            Reply::Object(v) => (StatusCode::OK, Some(v), Vec::new()),
            Reply::Created(v) => (StatusCode::CREATED, Some(v), Vec::new()),
            Reply::List(v) => (StatusCode::OK, Some(v), Vec::new()),
            Reply::NoContent => (StatusCode::NO_CONTENT, None, Vec::new()),
            Reply::Error(e) => (e.status, Some(e.body()), e.headers),
        };
        let is_list = matches!(&body, Some(Value::Object(m)) if m.contains_key("results"));
        let mut response = if format.envelope {
            let code = Value::from(status.as_u16());
            let wrapped = match body {
                Some(Value::Object(mut page)) if is_list => {
                    page.insert("status".to_string(), code);
                    Value::Object(page)
                }
                Some(v) => json!({"content": v, "status": code}),
                None => json!({"content": Map::new(), "status": code}),
            };
            json_response(StatusCode::OK, &wrapped, format)
        } else {
            match body {
                Some(v) => json_response(status, &v, format),
                None => empty(status),
            }
        };
        for (name, value) in headers {
            if let Ok(v) = HeaderValue::from_str(&value) {
                response.headers_mut().insert(name, v);
            }
        }
        response
    }
}

pub fn json_response(status: StatusCode, value: &Value, format: Format) -> Response {
    let text = match (format.pretty, format.recorded) {
        (true, true) => serde_json::to_string_pretty(&TypeLast(value)),
        (true, false) => serde_json::to_string_pretty(value),
        (false, true) => serde_json::to_string(&TypeLast(value)),
        (false, false) => serde_json::to_string(value),
    }
    .unwrap_or_default();
    let mut response = Response::new(Body::from(text));
    *response.status_mut() = status;
    response
        .headers_mut()
        .insert(header::CONTENT_TYPE, content_type(status, format.recorded));
    response
}

pub fn empty(status: StatusCode) -> Response {
    let mut response = Response::new(Body::empty());
    *response.status_mut() = status;
    response
}

/// The digest challenge. Never wrapped in an envelope: clients need the
/// real 401 and its header to authenticate.
pub fn challenge(www_authenticate: &str, recorded: bool) -> Response {
    let body = r#"{"detail":"You are not authorized for this resource.","error":401,"reason":"Unauthorized"}"#;
    let mut response = Response::new(Body::from(body));
    *response.status_mut() = StatusCode::UNAUTHORIZED;
    let headers = response.headers_mut();
    headers.insert(
        header::CONTENT_TYPE,
        content_type(StatusCode::UNAUTHORIZED, recorded),
    );
    if let Ok(v) = HeaderValue::from_str(www_authenticate) {
        headers.insert(header::WWW_AUTHENTICATE, v);
    }
    response
}

/// A list page of `all` items: the requested slice (only it is turned into
/// JSON, by `to_json`), `totalCount`, and `self`/`previous`/`next` links
/// built on `href_base` (absolute, no query).
pub fn list_page<T>(
    href_base: &str,
    all: impl ExactSizeIterator<Item = T>,
    to_json: impl Fn(T) -> Value,
    paging: Paging,
) -> Value {
    let total = all.len() as u64;
    let Paging {
        page_num,
        items_per_page,
    } = paging;
    let start = page_num.saturating_sub(1).saturating_mul(items_per_page);
    let results: Vec<Value> = all
        .skip(usize::try_from(start).unwrap_or(usize::MAX))
        .take(usize::try_from(items_per_page).unwrap_or(usize::MAX))
        .map(to_json)
        .collect();
    let link = |page: u64, rel: &str| {
        json!({
            "href": format!("{href_base}?pageNum={page}&itemsPerPage={items_per_page}"),
            "rel": rel,
        })
    };
    let mut links = vec![link(page_num, "self")];
    if page_num > 1 {
        links.push(link(page_num - 1, "previous"));
    }
    if page_num.saturating_mul(items_per_page) < total {
        links.push(link(page_num + 1, "next"));
    }
    json!({"links": links, "results": results, "totalCount": total})
}

/// The store could not be read or written (a poisoned lock).
pub fn unavailable() -> ApiError {
    ApiError::new(
        StatusCode::INTERNAL_SERVER_ERROR,
        "UNEXPECTED_ERROR",
        "The sandbox state is unavailable.",
    )
}

/// The key is not a member of the project, or the project does not exist
/// (as the Ops Manager error table says).
pub fn not_in_group(group: &str) -> ApiError {
    ApiError::new(
        StatusCode::UNAUTHORIZED,
        "NOT_IN_GROUP",
        format!("The current user is not in the group {group}."),
    )
    .param(group)
}
