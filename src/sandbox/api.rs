//! The endpoints under `/api/public/v1.0`, once a request is authenticated
//! and its query parameters are parsed. Per-type rules all come from
//! `crate::api::types`.

use axum::body::Body;
use axum::http::{header, Method, StatusCode};
use serde_json::{json, Map, Value};

use super::redact::redact;
use super::responses::{list_page, ApiError, Paging, Reply};
use super::server::App;
use super::state::{Fields, Project};
use crate::api::types::{IntegrationType, Violation, TYPES};

pub const API_ROOT: &str = "/api/public/v1.0";
/// Request bodies above this are refused unread.
pub const MAX_BODY: usize = 1024 * 1024;

/// Everything an endpoint needs to know about the request.
pub struct Call<'a> {
    pub method: &'a Method,
    pub path: &'a str,
    /// `http(s)://host[:port]`, for absolute links.
    pub origin: &'a str,
    pub paging: Paging,
}

pub async fn route(app: &App, call: Call<'_>, body: Body) -> Reply {
    let segments: Option<Vec<&str>> = call
        .path
        .strip_prefix(API_ROOT)
        .and_then(|rest| rest.strip_prefix('/'))
        .map(|rest| rest.split('/').collect());
    let result = match segments.as_deref() {
        Some(["groups"]) => only_get(&call).map(|()| list_groups(app, &call)),
        Some(["groups", group, "integrations"]) => only_get(&call)
            .and_then(|()| with_group(app, group, |p| Ok(list_integrations(p, &call)))),
        Some(["groups", group, "integrations", api]) => {
            integration(app, &call, group, api, body).await
        }
        _ => Err(ApiError::new(
            StatusCode::NOT_FOUND,
            "RESOURCE_NOT_FOUND",
            format!("There is no resource at {}.", call.path),
        )),
    };
    result.unwrap_or_else(Reply::Error)
}

fn only_get(call: &Call) -> Result<(), ApiError> {
    if call.method == Method::GET {
        Ok(())
    } else {
        Err(method_not_allowed(call, "GET"))
    }
}

fn method_not_allowed(call: &Call, allowed: &str) -> ApiError {
    ApiError::new(
        StatusCode::METHOD_NOT_ALLOWED,
        "METHOD_NOT_ALLOWED",
        format!("Method {} is not allowed on {}.", call.method, call.path),
    )
    .header(header::ALLOW, allowed.to_string())
}

fn list_groups(app: &App, call: &Call) -> Reply {
    let groups: Vec<Value> = app
        .with_store(|s| {
            s.projects()
                .iter()
                .map(|p| json!({"id": p.id, "name": p.name, "orgId": p.org_id}))
                .collect()
        })
        .unwrap_or_default();
    let href = format!("{}{}/groups", call.origin, API_ROOT);
    Reply::List(list_page(&href, groups, call.paging))
}

/// Runs `f` on the project `group` if the key may see it: a denied project
/// is `NOT_IN_GROUP` whether or not it exists, as a real server does not
/// reveal projects outside the key's reach.
fn with_group<T>(
    app: &App,
    group: &str,
    f: impl FnOnce(&Project) -> Result<T, ApiError>,
) -> Result<T, ApiError> {
    if app.denied_projects.contains(group) {
        return Err(ApiError::new(
            StatusCode::UNAUTHORIZED,
            "NOT_IN_GROUP",
            format!("The current user is not in the group {group}."),
        )
        .param(group));
    }
    app.with_store(|s| match s.project(group) {
        Some(p) => f(p),
        None => Err(group_not_found(group)),
    })
    .unwrap_or_else(|| Err(internal("The sandbox state is unavailable.")))
}

fn group_not_found(group: &str) -> ApiError {
    ApiError::new(
        StatusCode::NOT_FOUND,
        "GROUP_NOT_FOUND",
        format!("No group with ID {group} exists."),
    )
    .param(group)
}

fn internal(detail: impl Into<String>) -> ApiError {
    ApiError::new(
        StatusCode::INTERNAL_SERVER_ERROR,
        "UNEXPECTED_ERROR",
        detail,
    )
}

/// The project's integrations, redacted, in table order of type.
fn redacted_integrations(project: &Project) -> Vec<Value> {
    TYPES
        .iter()
        .filter_map(|t| project.integrations.get(t.api).map(|f| redact(t, f)))
        .collect()
}

fn list_integrations(project: &Project, call: &Call) -> Reply {
    let href = format!(
        "{}{}/groups/{}/integrations",
        call.origin, API_ROOT, project.id
    );
    Reply::List(list_page(
        &href,
        redacted_integrations(project),
        call.paging,
    ))
}

fn not_configured(t: &IntegrationType, group: &str) -> ApiError {
    ApiError::new(
        StatusCode::NOT_FOUND,
        "INTEGRATION_NOT_CONFIGURED",
        format!(
            "No {} integration is configured for project {group}.",
            t.api
        ),
    )
    .param(t.api)
}

async fn integration(
    app: &App,
    call: &Call<'_>,
    group: &str,
    api: &str,
    body: Body,
) -> Result<Reply, ApiError> {
    const ALLOWED: &str = "GET, POST, PUT, DELETE";
    let method = call.method.clone();
    if ![Method::GET, Method::POST, Method::PUT, Method::DELETE].contains(&method) {
        return Err(method_not_allowed(call, ALLOWED));
    }
    // Existence and membership first, so an unknown project is reported as
    // such whatever the rest of the request holds.
    with_group(app, group, |_| Ok(()))?;
    // The path's TYPE is the API name exactly: `SLACK`, not `slack`.
    let t = TYPES.iter().find(|t| t.api == api).ok_or_else(|| {
        ApiError::new(
            StatusCode::BAD_REQUEST,
            "INVALID_ENUM_VALUE",
            format!(
                "An invalid enumeration value {api} was specified for the integration type; use one of {}.",
                crate::api::types::api_names()
            ),
        )
        .param(api)
    })?;

    if method == Method::GET {
        return with_group(app, group, |p| match p.integrations.get(t.api) {
            Some(f) => Ok(Reply::Object(redact(t, f))),
            None => Err(not_configured(t, group)),
        });
    }
    if method == Method::DELETE {
        let removed = app.update(group, |p| p.integrations.remove(t.api).is_some())?;
        return if removed {
            Ok(Reply::NoContent)
        } else {
            Err(not_configured(t, group))
        };
    }

    // POST or PUT: check the body against the table, then store it.
    let fields = read_integration(t, body).await?;
    let create_only = method == Method::POST;
    let stored = app.update(group, |p| {
        if create_only && p.integrations.contains_key(t.api) {
            return false;
        }
        p.integrations.insert(t.api.to_string(), fields);
        true
    })?;
    if !stored {
        return Err(ApiError::new(
            StatusCode::CONFLICT,
            "INTEGRATION_ALREADY_CONFIGURED",
            format!(
                "A {} integration is already configured for project {group}; use PUT to replace it.",
                t.api
            ),
        )
        .param(t.api));
    }
    // As the reference page shows: the whole list, with this fixed self link.
    let href = format!(
        "{}{}/groups/{group}/integrations/{}",
        call.origin, API_ROOT, t.api
    );
    with_group(app, group, |p| {
        Ok(Reply::List(list_page(
            &href,
            redacted_integrations(p),
            Paging::default(),
        )))
    })
}

fn bad_request(code: &str, detail: impl Into<String>, attribute: &str) -> ApiError {
    ApiError::new(StatusCode::BAD_REQUEST, code, detail).param(attribute)
}

/// Reads and validates a POST/PUT body. Returns the fields to store
/// (without `type` and without nulls). Error details name attributes but
/// never echo a submitted value of a secret field.
async fn read_integration(t: &IntegrationType, body: Body) -> Result<Fields, ApiError> {
    let too_large = || {
        ApiError::new(
            StatusCode::BAD_REQUEST,
            "INVALID_JSON",
            "The request body is larger than 1 MiB or could not be read.",
        )
    };
    let bytes = axum::body::to_bytes(body, MAX_BODY)
        .await
        .map_err(|_| too_large())?;
    let value: Value = serde_json::from_slice(&bytes).map_err(|_| {
        ApiError::new(
            StatusCode::BAD_REQUEST,
            "INVALID_JSON",
            "The request body is not valid JSON.",
        )
    })?;
    let Value::Object(body) = value else {
        return Err(ApiError::new(
            StatusCode::BAD_REQUEST,
            "INVALID_JSON",
            "The request body must be a JSON object.",
        ));
    };
    match body.get("type") {
        None | Some(Value::Null) => {
            return Err(bad_request(
                "MISSING_ATTRIBUTE",
                "The required attribute type was not specified.",
                "type",
            ))
        }
        Some(Value::String(s)) if s == t.api => {}
        Some(_) => {
            return Err(bad_request(
                "INVALID_ATTRIBUTE",
                format!(
                    "The attribute type must be {}, the integration type in the path.",
                    t.api
                ),
                "type",
            ))
        }
    }
    if let Some(v) = t.validate(&body).into_iter().next() {
        return Err(violation_error(t, &v));
    }
    let fields: Map<String, Value> = body
        .into_iter()
        .filter(|(k, v)| k != "type" && !v.is_null())
        .collect();
    Ok(fields)
}

fn violation_error(t: &IntegrationType, v: &Violation) -> ApiError {
    let a = v.attribute();
    match v {
        Violation::Missing { .. } => bad_request(
            "MISSING_ATTRIBUTE",
            format!("The required attribute {a} was not specified."),
            a,
        ),
        Violation::RequiredBy { rule, .. } => bad_request(
            "MISSING_ATTRIBUTE",
            format!(
                "The attribute {a} is required when {} is {}.",
                rule.when, rule.equals
            ),
            a,
        ),
        Violation::Unknown { .. } => bad_request(
            "INVALID_ATTRIBUTE",
            format!(
                "The attribute {a} is not recognized for {} integrations.",
                t.api
            ),
            a,
        ),
        Violation::WrongType { field } => bad_request(
            "INVALID_ATTRIBUTE",
            format!("The attribute {a} must be {}.", field.kind.describe()),
            a,
        ),
        Violation::NotAllowed { field, value } => {
            // Enum fields are never secret; check anyway so a future table
            // change cannot leak a value into an error.
            let shown = if field.secrecy.is_secret() {
                "The value".to_string()
            } else {
                format!("The value {value}")
            };
            bad_request(
                "INVALID_ENUM_VALUE",
                format!(
                    "{shown} is not valid for attribute {a}; it must be {}.",
                    field.kind.describe()
                ),
                a,
            )
        }
    }
}
