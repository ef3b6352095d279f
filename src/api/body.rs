//! Request bodies built from the type table: from field values to the JSON
//! object the API takes, the masked copy omi may print, and the messages
//! that name what is wrong in terms of flags.

use crate::api::types::{Field, IntegrationType, Kind, Violation};
use crate::input::secret::Secret;
use serde_json::{Map, Value};
use std::fmt;

/// A request body, which holds secrets in clear because it is about to be
/// sent. `Debug` shows it masked, so it can never leak through a log line.
#[derive(Clone)]
pub struct RequestBody {
    ty: &'static IntegrationType,
    fields: Map<String, Value>,
}

impl RequestBody {
    /// `fields` includes `type`.
    pub fn new(ty: &'static IntegrationType, fields: Map<String, Value>) -> RequestBody {
        RequestBody { ty, fields }
    }

    /// The fields in clear, for sending and comparing.
    pub fn fields(&self) -> &Map<String, Value> {
        &self.fields
    }

    /// A copy with every secret masked, safe to print.
    pub fn masked(&self) -> Map<String, Value> {
        masked(self.ty, &self.fields)
    }

    /// The JSON to send.
    pub fn to_json(&self) -> Vec<u8> {
        serde_json::to_vec(&self.fields).unwrap_or_default()
    }
}

impl fmt::Debug for RequestBody {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "RequestBody({})", Value::Object(self.masked()))
    }
}

/// The JSON body for `ty` from `(field, value)` pairs, with `type` set.
/// Booleans are converted; everything else is sent as a string.
pub fn build(ty: &'static IntegrationType, values: &[(&'static Field, Secret)]) -> RequestBody {
    let mut body = Map::new();
    body.insert("type".to_string(), Value::String(ty.api.to_string()));
    for (field, value) in values {
        let value = value.expose();
        let json = match field.kind {
            Kind::Bool => match value {
                "true" => Value::Bool(true),
                "false" => Value::Bool(false),
                other => Value::String(other.to_string()),
            },
            Kind::Text | Kind::Enum(_) => Value::String(value.to_string()),
        };
        body.insert(field.json.to_string(), json);
    }
    RequestBody::new(ty, body)
}

/// A copy of `body` with every secret field masked, safe to print.
pub fn masked(ty: &IntegrationType, body: &Map<String, Value>) -> Map<String, Value> {
    body.iter()
        .map(|(k, v)| {
            let shown = match (ty.field(k), v) {
                (Some(f), Value::String(s)) if f.secrecy.is_secret() => {
                    Value::String(f.secrecy.mask(s))
                }
                (Some(f), _) if f.secrecy.is_secret() => Value::String("******".to_string()),
                _ => v.clone(),
            };
            (k.clone(), shown)
        })
        .collect()
}

/// One line per violation, naming the flag to fix. Values of secret
/// fields never appear (enum values are never secret).
pub fn describe_for_flags(ty: &IntegrationType, problems: &[Violation]) -> String {
    let flag = |f: &Field| format!("--{}", f.flag);
    problems
        .iter()
        .map(|p| match p {
            Violation::Missing { field } => {
                format!("{} is required ({})", flag(field), field.help)
            }
            Violation::RequiredBy { field, rule } => {
                let when = ty.field(rule.when).map(flag).unwrap_or_default();
                format!("{} is required when {when} is {}", flag(field), rule.equals)
            }
            Violation::NotAllowed { field, value } => format!(
                "{} must be {}, not '{value}'",
                flag(field),
                field.kind.describe()
            ),
            Violation::WrongType { field } => {
                format!("{} must be {}", flag(field), field.kind.describe())
            }
            Violation::Unknown { field } => format!("unknown field {field}"),
        })
        .collect::<Vec<_>>()
        .join("\n  ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::api::types::find;
    use serde_json::json;

    #[test]
    fn builds_typed_values() {
        let t = find("prometheus").unwrap();
        let enabled = t.field("enabled").unwrap();
        let user = t.field("username").unwrap();
        let body = build(
            t,
            &[(enabled, Secret::new("true")), (user, Secret::new("u"))],
        );
        assert_eq!(
            Value::Object(body.fields().clone()),
            json!({"type": "PROMETHEUS", "enabled": true, "username": "u"})
        );
    }

    #[test]
    fn masks_every_secret() {
        let t = find("prometheus").unwrap();
        let body = json!({"type": "PROMETHEUS", "username": "u", "password": "hunter2",
                          "tlsPemPassword": "pem-pass", "tlsPemPath": "/p"});
        let m = masked(t, body.as_object().unwrap());
        assert_eq!(
            Value::Object(m),
            json!({"type": "PROMETHEUS", "username": "u", "password": "******",
                   "tlsPemPassword": "******", "tlsPemPath": "/p"})
        );
        let body = RequestBody::new(t, body.as_object().unwrap().clone());
        let debug = format!("{body:?}");
        assert!(
            !debug.contains("hunter2") && !debug.contains("pem-pass"),
            "{debug}"
        );
    }
}
