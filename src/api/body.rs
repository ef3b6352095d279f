//! Request bodies built from the type table. A body holds each secret
//! field as a [`Secret`] and exposes it only when serialised for the wire
//! ([`RequestBody::to_wire`]); public fields are plain JSON values. What
//! omi may print is [`RequestBody::masked`].

use super::secrecy::Kind;
use super::types::{Field, IntegrationType};
use super::validate::Violation;
use crate::input::secret::Secret;
use serde_json::{Map, Value};
use std::collections::BTreeMap;
use std::fmt;

/// One field's value.
#[derive(Clone, PartialEq)]
pub enum FieldValue {
    /// A public value, as JSON.
    Plain(Value),
    /// A key, token, password or secret URL.
    Secret(Secret),
}

impl fmt::Debug for FieldValue {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            FieldValue::Plain(v) => write!(f, "{v}"),
            FieldValue::Secret(s) => write!(f, "{s:?}"),
        }
    }
}

impl FieldValue {
    /// The value as a field of `field`'s kind: `true`/`false` become JSON
    /// booleans for a boolean field; a secret stays a secret.
    fn typed(self, field: &Field) -> FieldValue {
        match (field.kind, self) {
            (Kind::Bool, FieldValue::Plain(Value::String(s))) if s == "true" || s == "false" => {
                FieldValue::Plain(Value::Bool(s == "true"))
            }
            (_, v) => v,
        }
    }
}

/// A request body for one type (its `type` is implied). `Debug` shows it
/// masked, so it can never leak through a log line.
#[derive(Clone)]
pub struct RequestBody {
    ty: &'static IntegrationType,
    fields: BTreeMap<String, FieldValue>,
    /// Fields the table does not know, sent as given (`--field`,
    /// `{"raw": ...}`): for newer servers' fields.
    raw: std::collections::BTreeSet<String>,
}

impl RequestBody {
    /// A body from `(field, value)` pairs given on the command line.
    pub fn build(ty: &'static IntegrationType, values: Vec<(&'static Field, FieldValue)>) -> Self {
        let fields = values
            .into_iter()
            .map(|(f, v)| (f.json.to_string(), v.typed(f)))
            .collect();
        RequestBody {
            ty,
            fields,
            raw: Default::default(),
        }
    }

    /// A body from a JSON object (an apply file's entry, without `type`):
    /// the string values of secret fields become secrets at once.
    pub fn from_json(ty: &'static IntegrationType, object: Map<String, Value>) -> Self {
        let fields = object
            .into_iter()
            .filter(|(k, _)| k != "type")
            .map(|(k, v)| {
                let value = match (ty.field(&k), v) {
                    (Some(f), Value::String(s)) if f.secrecy.is_secret() => {
                        FieldValue::Secret(Secret::new(s))
                    }
                    (_, v) => FieldValue::Plain(v),
                };
                (k, value)
            })
            .collect();
        RequestBody {
            ty,
            fields,
            raw: Default::default(),
        }
    }

    /// Adds a field the table does not know, sent as given.
    pub fn insert_raw(&mut self, name: &str, value: Value) {
        self.fields
            .insert(name.to_string(), FieldValue::Plain(value));
        self.raw.insert(name.to_string());
    }

    /// The names of the fields the table does not know.
    pub fn raw_fields(&self) -> impl Iterator<Item = &str> {
        self.raw.iter().map(String::as_str)
    }

    /// Every field the body declares, with its value.
    pub fn fields(&self) -> impl Iterator<Item = (&str, &FieldValue)> {
        self.fields.iter().map(|(k, v)| (k.as_str(), v))
    }

    pub fn ty(&self) -> &'static IntegrationType {
        self.ty
    }

    /// A field's value, if the body has it.
    pub fn get(&self, json: &str) -> Option<&FieldValue> {
        self.fields.get(json)
    }

    /// Sets a field (a default the table supplies).
    pub fn insert(&mut self, json: &str, value: FieldValue) {
        self.fields.insert(json.to_string(), value);
    }

    /// The body with `type`, each secret replaced by its mask: safe to
    /// print, and of the right JSON types for validation.
    pub fn masked(&self) -> Map<String, Value> {
        let mut out = Map::new();
        out.insert("type".into(), Value::String(self.ty.api.into()));
        for (k, v) in &self.fields {
            let secrecy = self.ty.field(k).map(|f| f.secrecy);
            let shown = match (v, secrecy) {
                (FieldValue::Secret(s), Some(secrecy)) => Value::String(secrecy.mask(s.expose())),
                (FieldValue::Plain(v), Some(secrecy)) if !secrecy.is_secret() => v.clone(),
                (FieldValue::Plain(v), None) => v.clone(),
                // A secret field holding a non-string, or a secret the
                // table does not know: shown fully masked.
                _ => Value::String("******".into()),
            };
            out.insert(k.clone(), shown);
        }
        out
    }

    /// Checks the body against the type's fields and rules: secrets take
    /// part as strings, everything else with its own JSON type.
    pub fn validate(&self) -> Vec<Violation> {
        let shape: Map<String, Value> = self
            .fields
            .iter()
            .map(|(k, v)| {
                let v = match v {
                    FieldValue::Plain(v) => v.clone(),
                    FieldValue::Secret(_) => Value::String(String::new()),
                };
                (k.clone(), v)
            })
            .collect();
        self.ty
            .validate(&shape)
            .into_iter()
            .filter(|v| !matches!(v, Violation::Unknown { field } if self.raw.contains(field)))
            .collect()
    }

    /// The body as it goes on the wire: the only place a secret of a body
    /// is exposed, with each secret and the mask omi shows for it, for the
    /// client to mark as sent.
    pub fn to_wire(&self) -> Wire {
        let mut out = Map::new();
        let mut secrets = Vec::new();
        out.insert("type".into(), Value::String(self.ty.api.into()));
        for (k, v) in &self.fields {
            let wire = match v {
                FieldValue::Plain(v) => v.clone(),
                FieldValue::Secret(s) => {
                    let mask = self
                        .ty
                        .field(k)
                        .map_or("******".into(), |f| f.secrecy.mask(s.expose()));
                    secrets.push((s.clone(), mask));
                    Value::String(s.expose().to_string())
                }
            };
            out.insert(k.clone(), wire);
        }
        Wire {
            bytes: serde_json::to_vec(&Value::Object(out)).unwrap_or_default(),
            secrets,
        }
    }
}

/// A request body as sent: its bytes, and each secret they hold with the
/// mask omi shows instead. `Debug` shows neither.
pub struct Wire {
    pub bytes: Vec<u8>,
    pub secrets: Vec<(Secret, String)>,
}

impl Wire {
    /// A body that holds no secret.
    pub fn plain(bytes: Vec<u8>) -> Wire {
        Wire {
            bytes,
            secrets: Vec::new(),
        }
    }
}

impl fmt::Debug for Wire {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "Wire({} bytes, {} secrets)",
            self.bytes.len(),
            self.secrets.len()
        )
    }
}

impl fmt::Debug for RequestBody {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "RequestBody({})", Value::Object(self.masked()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::api::types::find;
    use crate::api::validate::{describe, Naming};
    use serde_json::json;

    fn wire(b: &RequestBody) -> Value {
        serde_json::from_slice(&b.to_wire().bytes).unwrap()
    }

    #[test]
    fn builds_typed_values() {
        let t = find("prometheus").unwrap();
        let body = RequestBody::build(
            t,
            vec![
                (
                    t.field("enabled").unwrap(),
                    FieldValue::Plain("true".into()),
                ),
                (t.field("username").unwrap(), FieldValue::Plain("u".into())),
            ],
        );
        assert_eq!(
            wire(&body),
            json!({"type": "PROMETHEUS", "enabled": true, "username": "u"})
        );
    }

    #[test]
    fn secrets_are_secrets_until_the_wire() {
        let t = find("prometheus").unwrap();
        let body = json!({"username": "u", "password": "hunter2",
                          "tlsPemPassword": "pem-pass", "tlsPemPath": "/p"});
        let body = RequestBody::from_json(t, body.as_object().unwrap().clone());
        assert!(matches!(body.get("password"), Some(FieldValue::Secret(_))));
        assert!(matches!(body.get("username"), Some(FieldValue::Plain(_))));
        assert_eq!(
            Value::Object(body.masked()),
            json!({"type": "PROMETHEUS", "username": "u", "password": "******",
                   "tlsPemPassword": "******", "tlsPemPath": "/p"})
        );
        let debug = format!("{body:?}");
        assert!(
            !debug.contains("hunter2") && !debug.contains("pem-pass"),
            "{debug}"
        );
        assert_eq!(wire(&body)["password"], "hunter2");
    }

    #[test]
    fn names_by_flag_or_json() {
        let t = find("microsoft-teams").unwrap();
        let body = RequestBody::build(t, vec![]);
        let problems = body.validate();
        assert_eq!(
            describe(t, &problems[0], Naming::Json),
            "microsoftTeamsWebhookUrl is required (Microsoft Teams incoming webhook URL)"
        );
        assert!(describe(t, &problems[0], Naming::Flag).starts_with("--webhook-url is required"));
    }
}
