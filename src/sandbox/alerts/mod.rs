//! The alert configuration endpoints: `/groups/{ID}/alertConfigs[/...]`
//! and `/globalAlertConfigs[/...]` (list, one, create, replace, enable or
//! disable, delete, and the test of one notification). Bodies are checked
//! by `body`, responses take their form from `show`, configurations are
//! kept per project by `state`.

pub mod body;
pub mod seed;
pub mod show;

use axum::body::Body;
use axum::http::{Method, StatusCode};
use serde_json::{json, Value};

use super::api::{method_not_allowed, no_resource, with_group, Call};
use super::app::App;
use super::responses::{list_page, ApiError, Reply};
use super::state::{random_object_id, AlertConfig, Scope};
use body::NotificationType;

/// `/groups/{group}/alertConfigs/REST...`.
pub async fn project(
    app: &App,
    call: &Call<'_>,
    group: &str,
    rest: &[&str],
    body: Body,
) -> Result<Reply, ApiError> {
    // Existence and membership first, as for integrations.
    with_group(app, group, |_| Ok(()))?;
    route(app, call, Scope::Project(group), rest, body).await
}

/// `/globalAlertConfigs/REST...`.
pub async fn global(
    app: &App,
    call: &Call<'_>,
    rest: &[&str],
    body: Body,
) -> Result<Reply, ApiError> {
    route(app, call, Scope::Global, rest, body).await
}

async fn route(
    app: &App,
    call: &Call<'_>,
    scope: Scope<'_>,
    rest: &[&str],
    body: Body,
) -> Result<Reply, ApiError> {
    let method = call.method;
    match rest {
        [] => match *method {
            Method::GET => list(app, call, scope),
            Method::POST => create(app, call, scope, body).await,
            _ => Err(method_not_allowed(call, "GET, POST")),
        },
        [id] => match *method {
            Method::GET => get(app, call, scope, id),
            Method::PUT => replace(app, call, scope, id, body).await,
            Method::PATCH => patch(app, call, scope, id, body).await,
            Method::DELETE => delete(app, scope, id),
            _ => Err(method_not_allowed(call, "GET, PUT, PATCH, DELETE")),
        },
        [id, notification, "test"] if app.notification_test => {
            if *method == Method::POST {
                test(app, scope, id, notification)
            } else {
                Err(method_not_allowed(call, "POST"))
            }
        }
        _ => Err(no_resource(call)),
    }
}

/// The list's path under the API root.
fn base(scope: Scope) -> String {
    match scope {
        Scope::Project(group) => format!("/groups/{group}/alertConfigs"),
        Scope::Global => "/globalAlertConfigs".to_string(),
    }
}

fn show(app: &App, call: &Call, scope: Scope, config: &AlertConfig) -> Value {
    let href = call.href(&format!("{}/{}", base(scope), config.id));
    show::config(config, scope, app.shape, &href)
}

/// 404 `ALERT_CONFIG_NOT_FOUND` (our name; Atlas uses it too).
fn not_found(scope: Scope, id: &str) -> ApiError {
    let detail = match scope {
        Scope::Project(group) => {
            format!("No alert configuration with ID {id} exists in group {group}.")
        }
        Scope::Global => format!("No global alert configuration with ID {id} exists."),
    };
    ApiError::new(StatusCode::NOT_FOUND, "ALERT_CONFIG_NOT_FOUND", detail).param(id)
}

/// Runs `f` on configuration `id` of `scope`, read-locked.
fn with_config<T>(
    app: &App,
    scope: Scope,
    id: &str,
    f: impl FnOnce(&AlertConfig) -> Result<T, ApiError>,
) -> Result<T, ApiError> {
    app.with_store(|s| {
        let list = s.alerts(scope).ok_or_else(|| no_group(app, scope))?;
        match list.iter().find(|c| c.id == id) {
            Some(c) => f(c),
            None => Err(not_found(scope, id)),
        }
    })
}

fn no_group(app: &App, scope: Scope) -> ApiError {
    match scope {
        Scope::Project(group) => app.no_such_group(group),
        // The global list always exists.
        Scope::Global => super::responses::unavailable(),
    }
}

fn list(app: &App, call: &Call, scope: Scope) -> Result<Reply, ApiError> {
    app.with_store(|s| {
        let all = s.alerts(scope).ok_or_else(|| no_group(app, scope))?;
        let href = call.href(&base(scope));
        Ok(Reply::List(list_page(
            &href,
            all.iter(),
            |c| show(app, call, scope, c),
            call.paging,
        )))
    })
}

fn get(app: &App, call: &Call, scope: Scope, id: &str) -> Result<Reply, ApiError> {
    with_config(app, scope, id, |c| {
        Ok(Reply::Object(show(app, call, scope, c)))
    })
}

async fn create(
    app: &App,
    call: &Call<'_>,
    scope: Scope<'_>,
    body: Body,
) -> Result<Reply, ApiError> {
    let accepted = body::check_config(body::read_object(body).await?, scope)?;
    let now = timestamp();
    let config = AlertConfig {
        id: random_object_id(),
        created: now.clone(),
        updated: now,
        fields: accepted.fields,
    };
    let id = config.id.clone();
    let stored = app.update_alert(scope, &id, |slot| {
        *slot = Some(config);
        slot.clone()
    })?;
    match stored {
        Some(c) => Ok(Reply::Created(show(app, call, scope, &c))),
        None => Err(super::responses::unavailable()),
    }
}

async fn replace(
    app: &App,
    call: &Call<'_>,
    scope: Scope<'_>,
    id: &str,
    body: Body,
) -> Result<Reply, ApiError> {
    with_config(app, scope, id, |_| Ok(()))?;
    let accepted = body::check_config(body::read_object(body).await?, scope)?;
    if accepted.id.as_deref().is_some_and(|sent| sent != id) {
        return Err(ApiError::new(
            StatusCode::BAD_REQUEST,
            "INVALID_ATTRIBUTE",
            "The attribute id must be the alert configuration id in the path.",
        )
        .param("id"));
    }
    let fields = accepted.fields;
    let stored = app.update_alert(scope, id, |slot| {
        let old = slot.as_ref()?;
        let now = AlertConfig {
            id: id.to_string(),
            created: old.created.clone(),
            updated: timestamp_after(&old.updated),
            fields,
        };
        *slot = Some(now);
        slot.clone()
    })?;
    match stored {
        Some(c) => Ok(Reply::Object(show(app, call, scope, &c))),
        None => Err(not_found(scope, id)),
    }
}

async fn patch(
    app: &App,
    call: &Call<'_>,
    scope: Scope<'_>,
    id: &str,
    body: Body,
) -> Result<Reply, ApiError> {
    with_config(app, scope, id, |_| Ok(()))?;
    let enabled = body::check_patch(&body::read_object(body).await?)?;
    let stored = app.update_alert(scope, id, |slot| {
        let c = slot.as_mut()?;
        c.fields.insert("enabled".to_string(), Value::Bool(enabled));
        c.updated = timestamp_after(&c.updated);
        Some(c.clone())
    })?;
    match stored {
        Some(c) => Ok(Reply::Object(show(app, call, scope, &c))),
        None => Err(not_found(scope, id)),
    }
}

fn delete(app: &App, scope: Scope, id: &str) -> Result<Reply, ApiError> {
    let removed = app.update_alert(scope, id, |slot| slot.take().is_some())?;
    if removed {
        Ok(Reply::NoContent)
    } else {
        Err(not_found(scope, id))
    }
}

/// `POST .../{ID}/{NOTIFICATION-ID}/test`: nothing is sent anywhere; the
/// answer says a test went to the notification's destination (its first
/// table field, masked as in responses), or `success: false` when that
/// is missing or empty.
fn test(app: &App, scope: Scope, id: &str, notification: &str) -> Result<Reply, ApiError> {
    let n = with_config(app, scope, id, |c| {
        c.fields
            .get("notifications")
            .and_then(Value::as_array)
            .and_then(|items| {
                items
                    .iter()
                    .find(|n| n.get("id").and_then(Value::as_str) == Some(notification))
            })
            .cloned()
            .ok_or_else(|| {
                ApiError::new(
                    StatusCode::NOT_FOUND,
                    "RESOURCE_NOT_FOUND",
                    format!("No notification with ID {notification} exists in alert configuration {id}."),
                )
                .param(notification)
            })
    })?;
    let type_name = n
        .get("typeName")
        .and_then(Value::as_str)
        .unwrap_or_default()
        .to_string();
    let held = |field: &str| {
        n.get(field)
            .filter(|v| v.as_str().is_none_or(|s| !s.is_empty()))
    };
    let (field, destination) = match NotificationType::of(&type_name) {
        Some(NotificationType::ThirdParty(fields)) => match fields.first() {
            Some(f) => {
                let name = f.copied.notification;
                let shown = held(name).map(|v| {
                    if f.secrecy.is_secret() {
                        show::masked(f, v, app.shape).unwrap_or_else(|| "******".to_string())
                    } else {
                        v.as_str().unwrap_or_default().to_string()
                    }
                });
                (Some(name), shown)
            }
            None => (None, None),
        },
        Some(NotificationType::Plain(p)) => match p.destination {
            Some(name) => (
                Some(name),
                held(name).map(|v| v.as_str().unwrap_or_default().to_string()),
            ),
            None => (None, Some(type_name.clone())),
        },
        None => (None, None),
    };
    let (success, message) = match (&destination, field) {
        (Some(_), _) => (true, format!("A test {type_name} notification was sent.")),
        (None, Some(f)) => (
            false,
            format!("The {type_name} notification has no {f}: nothing was sent."),
        ),
        (None, None) => (
            false,
            format!("A {type_name} notification cannot be tested."),
        ),
    };
    Ok(Reply::Object(json!({
        "success": success,
        "message": message,
        "details": {
            "notificationType": type_name,
            "destination": destination.unwrap_or_default(),
            "timestamp": timestamp(),
        },
    })))
}

/// Now, ISO-8601 UTC with milliseconds: `2024-05-01T12:34:56.789Z`.
pub fn timestamp() -> String {
    format_time(time::OffsetDateTime::now_utc())
}

fn format_time(t: time::OffsetDateTime) -> String {
    format!(
        "{:04}-{:02}-{:02}T{:02}:{:02}:{:02}.{:03}Z",
        t.year(),
        u8::from(t.month()),
        t.day(),
        t.hour(),
        t.minute(),
        t.second(),
        t.millisecond()
    )
}

/// Now, or 1 ms after `previous` if now is not later: an `updated` that
/// always changes, however fast the writes come.
fn timestamp_after(previous: &str) -> String {
    let now = time::OffsetDateTime::now_utc();
    let parsed =
        time::OffsetDateTime::parse(previous, &time::format_description::well_known::Rfc3339);
    match parsed {
        Ok(p) if now <= p => format_time(p + time::Duration::milliseconds(1)),
        _ => format_time(now),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn timestamps_are_iso_and_updates_move_forward() {
        let t = timestamp();
        assert_eq!(t.len(), 24, "{t}");
        assert!(t.ends_with('Z') && t.as_bytes()[10] == b'T', "{t}");
        let later = "2999-01-01T00:00:00.000Z";
        assert_eq!(timestamp_after(later), "2999-01-01T00:00:00.001Z");
        assert!(timestamp_after("2001-01-01T00:00:00Z") >= t);
        assert!(timestamp_after("not a time") >= t);
    }
}
