//! The endpoints under `/api/public/v1.0`, once a request is authenticated
//! and its query parameters are parsed: routing and the store. Requests
//! are checked by `validate`; responses take their form from `redact`.
//! Alert configurations are `alerts`.

use axum::body::Body;
use axum::http::{header, Method, StatusCode};
use serde_json::{json, Value};

use super::alerts;
use super::app::App;
use super::redact::show;
use super::responses::{list_page, not_in_group, ApiError, Paging, Reply};
use super::state::{random_object_id, Integration, Org, Project};
use super::validate::{self, PathType};
use crate::api::types::{self, TYPES};

pub use crate::api::API_ROOT;

/// Everything an endpoint needs to know about the request.
pub struct Call<'a> {
    pub method: &'a Method,
    pub path: &'a str,
    /// `http(s)://host[:port]`, for absolute links.
    pub origin: &'a str,
    pub paging: Paging,
}

impl Call<'_> {
    /// The absolute URL of `rest`, a path under the API root.
    pub fn href(&self, rest: &str) -> String {
        format!("{}{API_ROOT}{rest}", self.origin)
    }
}

pub async fn route(app: &App, call: Call<'_>, body: Body) -> Reply {
    let segments: Option<Vec<&str>> = call
        .path
        .strip_prefix(API_ROOT)
        .and_then(|rest| rest.strip_prefix('/'))
        .map(|rest| rest.split('/').collect());
    let result = match segments.as_deref() {
        Some(["groups"]) => only_get(&call).and_then(|()| list_groups(app, &call)),
        Some(["groups", "byName", name]) => only_get(&call).and_then(|()| group_by_name(app, name)),
        Some(["groups", group, "integrations"]) => only_get(&call)
            .and_then(|()| with_group(app, group, |p| Ok(list_integrations(app, p, &call)))),
        Some(["groups", group, "integrations", api]) => {
            integration(app, &call, group, api, body).await
        }
        Some(["groups", group, "alertConfigs", rest @ ..]) => {
            alerts::project(app, &call, group, rest, body).await
        }
        Some(["globalAlertConfigs", rest @ ..]) => alerts::global(app, &call, rest, body).await,
        Some(["orgs"]) => only_get(&call).and_then(|()| list_orgs(app, &call)),
        Some(["orgs", org, "groups"]) => {
            only_get(&call).and_then(|()| list_org_groups(app, &call, org))
        }
        _ => Err(no_resource(&call)),
    };
    result.unwrap_or_else(Reply::Error)
}

/// 404 `RESOURCE_NOT_FOUND`: nothing at this path.
pub fn no_resource(call: &Call) -> ApiError {
    ApiError::new(
        StatusCode::NOT_FOUND,
        "RESOURCE_NOT_FOUND",
        format!("There is no resource at {}.", call.path),
    )
}

fn only_get(call: &Call) -> Result<(), ApiError> {
    if call.method == Method::GET {
        Ok(())
    } else {
        Err(method_not_allowed(call, "GET"))
    }
}

pub fn method_not_allowed(call: &Call, allowed: &str) -> ApiError {
    ApiError::new(
        StatusCode::METHOD_NOT_ALLOWED,
        "METHOD_NOT_ALLOWED",
        format!("Method {} is not allowed on {}.", call.method, call.path),
    )
    .header(header::ALLOW, allowed.to_string())
}

fn group_json(p: &Project) -> Value {
    json!({"id": p.id, "name": p.name, "orgId": p.org_id})
}

fn list_groups(app: &App, call: &Call) -> Result<Reply, ApiError> {
    app.with_store(|s| {
        let href = call.href("/groups");
        Ok(Reply::List(list_page(
            &href,
            s.projects().iter(),
            group_json,
            call.paging,
        )))
    })
}

/// `GET /groups/byName/{NAME}`: the first project with that name.
fn group_by_name(app: &App, name: &str) -> Result<Reply, ApiError> {
    let name = validate::percent_decoded(name).unwrap_or_default();
    app.with_store(|s| match s.project_by_name(&name) {
        Some(p) => Ok(Reply::Object(group_json(p))),
        None => Err(ApiError::new(
            StatusCode::NOT_FOUND,
            "GROUP_NAME_NOT_FOUND",
            format!("No group with name {name} exists."),
        )
        .param(name.as_str())),
    })
}

fn list_orgs(app: &App, call: &Call) -> Result<Reply, ApiError> {
    let org_json = |o: &Org| json!({"id": o.id, "name": o.name});
    app.with_store(|s| {
        let href = call.href("/orgs");
        Ok(Reply::List(list_page(
            &href,
            s.orgs().iter(),
            org_json,
            call.paging,
        )))
    })
}

fn list_org_groups(app: &App, call: &Call, org: &str) -> Result<Reply, ApiError> {
    app.with_store(|s| {
        let projects = s.org_projects(org).ok_or_else(|| {
            ApiError::new(
                StatusCode::NOT_FOUND,
                "ORG_NOT_FOUND",
                format!("No organization with ID {org} exists."),
            )
            .param(org)
        })?;
        let href = call.href(&format!("/orgs/{org}/groups"));
        Ok(Reply::List(list_page(
            &href,
            projects,
            group_json,
            call.paging,
        )))
    })
}

/// Runs `f` on the project `group` if the key may see it: a denied project
/// is `NOT_IN_GROUP` whether or not it exists, as a real server does not
/// reveal projects outside the key's reach.
pub fn with_group<T>(
    app: &App,
    group: &str,
    f: impl FnOnce(&Project) -> Result<T, ApiError>,
) -> Result<T, ApiError> {
    if app.denied_projects.contains(group) {
        return Err(not_in_group(group));
    }
    app.with_store(|s| match s.project(group) {
        Some(p) => f(p),
        None => Err(app.no_such_group(group)),
    })
}

/// The project's integrations: the table's types in table order, then
/// legacy ones by name.
fn project_integrations(app: &App, project: &Project) -> Vec<Value> {
    let table = TYPES.iter().filter_map(|t| {
        project
            .integrations
            .get(t.api)
            .map(|i| show(PathType::Table(t), i, app.shape))
    });
    let legacy = project
        .integrations
        .iter()
        .filter(|(api, _)| types::by_api(api).is_none())
        .map(|(api, i)| show(PathType::Legacy(api), i, app.shape));
    table.chain(legacy).collect()
}

fn list_integrations(app: &App, project: &Project, call: &Call) -> Reply {
    let href = call.href(&format!("/groups/{}/integrations", project.id));
    let all = project_integrations(app, project);
    Reply::List(list_page(&href, all.into_iter(), |v| v, call.paging))
}

/// A type the project lacks: `INTEGRATION_NOT_CONFIGURED` as documented,
/// or the generic `RESOURCE_NOT_FOUND` real servers were recorded sending.
fn not_configured(app: &App, api: &str, group: &str) -> ApiError {
    let code = if app.recorded() {
        "RESOURCE_NOT_FOUND"
    } else {
        "INTEGRATION_NOT_CONFIGURED"
    };
    ApiError::new(
        StatusCode::NOT_FOUND,
        code,
        format!("No {api} integration is configured for project {group}."),
    )
    .param(api)
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
    let ty = validate::path_type(api, &app.legacy_types)?;

    if method == Method::GET {
        return with_group(app, group, |p| match p.integrations.get(api) {
            Some(i) => Ok(Reply::Object(show(ty, i, app.shape))),
            None => Err(not_configured(app, api, group)),
        });
    }
    if method == Method::DELETE {
        let removed = app.update(group, api, |slot| slot.take().is_some())?;
        return if removed {
            Ok(Reply::NoContent)
        } else {
            Err(not_configured(app, api, group))
        };
    }
    let fields = validate::read_integration(ty, body).await?;
    store_integration(app, call, group, ty, fields, method == Method::POST)
}

/// POST (`create_only`) or PUT of a checked body. A replaced integration
/// keeps its id.
fn store_integration(
    app: &App,
    call: &Call,
    group: &str,
    ty: PathType,
    fields: super::state::Fields,
    create_only: bool,
) -> Result<Reply, ApiError> {
    let api = ty.api();
    let stored = app.update(group, api, |slot| {
        if create_only && slot.is_some() {
            return false;
        }
        let id = slot
            .as_ref()
            .map_or_else(random_object_id, |i| i.id.clone());
        *slot = Some(Integration { id, fields });
        true
    })?;
    if !stored {
        return Err(ApiError::new(
            StatusCode::CONFLICT,
            "INTEGRATION_ALREADY_CONFIGURED",
            format!(
                "A {api} integration is already configured for project {group}; use PUT to replace it."
            ),
        )
        .param(api));
    }
    // As the reference page shows: the whole list, with this fixed self link.
    let href = call.href(&format!("/groups/{group}/integrations/{api}"));
    with_group(app, group, |p| {
        let all = project_integrations(app, p);
        Ok(Reply::List(list_page(
            &href,
            all.into_iter(),
            |v| v,
            Paging::default(),
        )))
    })
}
