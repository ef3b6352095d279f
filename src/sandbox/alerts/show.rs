//! The response form of a stored alert configuration: the stored
//! attributes with the server's `id`, `groupId`, timestamps and self link,
//! and each third-party notification's secret fields masked as the
//! integration field they copy is (documented: [`Secrecy::mask`];
//! recorded: [`crate::api::secrecy::Returned::apply`]).

use serde_json::{json, Map, Value};

use super::super::args::Shape;
use super::super::state::{AlertConfig, Scope};
use super::body::NotificationType;
use crate::api::secrecy::Secrecy;
use crate::api::types::NotificationField;

/// The object the API returns for `config`; `href` is its own URL.
pub fn config(config: &AlertConfig, scope: Scope, shape: Shape, href: &str) -> Value {
    let mut out = Map::with_capacity(config.fields.len() + 5);
    for (name, value) in &config.fields {
        let shown = match (name.as_str(), value) {
            ("notifications", Value::Array(items)) => {
                Value::Array(items.iter().map(|n| notification(n, shape)).collect())
            }
            _ => value.clone(),
        };
        out.insert(name.clone(), shown);
    }
    out.insert("id".to_string(), Value::String(config.id.clone()));
    out.insert("created".to_string(), Value::String(config.created.clone()));
    out.insert("updated".to_string(), Value::String(config.updated.clone()));
    if let Scope::Project(group) = scope {
        out.insert("groupId".to_string(), Value::String(group.to_string()));
    }
    out.insert("links".to_string(), json!([{"href": href, "rel": "self"}]));
    Value::Object(out)
}

/// One notification as returned: the secret fields of a third-party one
/// masked; everything else as stored.
pub fn notification(stored: &Value, shape: Shape) -> Value {
    let Some(n) = stored.as_object() else {
        return stored.clone();
    };
    let fields = match n
        .get("typeName")
        .and_then(Value::as_str)
        .and_then(NotificationType::of)
    {
        Some(NotificationType::ThirdParty(fields)) => fields,
        _ => return stored.clone(),
    };
    let mut out = Map::with_capacity(n.len());
    for (name, value) in n {
        match fields.iter().find(|f| f.copied.notification == name) {
            Some(f) if f.secrecy.is_secret() => {
                if let Some(masked) = masked(f, value, shape) {
                    out.insert(name.clone(), Value::String(masked));
                }
            }
            _ => {
                out.insert(name.clone(), value.clone());
            }
        }
    }
    Value::Object(out)
}

/// The returned form of a secret field's value; None when it is left out.
pub fn masked(f: &NotificationField, value: &Value, shape: Shape) -> Option<String> {
    let Value::String(s) = value else {
        // Only strings are stored in secret fields; anything else is never
        // shown.
        return Some(Secrecy::Full.mask(""));
    };
    match shape {
        Shape::Documented if f.secrecy == Secrecy::WriteOnly => None,
        Shape::Documented => Some(f.secrecy.mask(s)),
        Shape::Recorded => f.returned.apply(s),
    }
}
