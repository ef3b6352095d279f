//! The response form of a stored integration. Everything comes from the
//! type table: `Secrecy` for the documented shape, and `Returned`,
//! `server_defaults` and `server_nulls` for the recorded one.

use serde_json::{Map, Value};

use super::args::Shape;
use super::state::Integration;
use super::validate::PathType;
use crate::api::secrecy::Secrecy;
use crate::api::types::{Field, IntegrationType};

/// The object the API returns for an integration of type `ty`.
pub fn show(ty: PathType, stored: &Integration, shape: Shape) -> Value {
    let mut out = match (ty, shape) {
        (PathType::Table(t), Shape::Documented) => documented(t, stored),
        (PathType::Table(t), Shape::Recorded) => recorded(t, stored),
        (PathType::Legacy(_), _) => legacy(stored),
    };
    if shape == Shape::Recorded {
        out.insert("id".to_string(), Value::String(stored.id.clone()));
    }
    out.insert("type".to_string(), Value::String(ty.api().to_string()));
    Value::Object(out)
}

/// The value a field holds, or `None` when it holds none (then a field
/// returned as `""` when unset is added to `out` so).
fn held<'a>(f: &Field, stored: &'a Integration, out: &mut Map<String, Value>) -> Option<&'a Value> {
    match stored.fields.get(f.json) {
        Some(v) if !v.is_null() => Some(v),
        _ => {
            if f.empty_when_unset {
                out.insert(f.json.to_string(), Value::String(String::new()));
            }
            None
        }
    }
}

/// As the documentation says: secrets masked by `Secrecy`, write-only
/// fields left out.
fn documented(t: &IntegrationType, stored: &Integration) -> Map<String, Value> {
    let mut out = Map::new();
    for f in t.fields {
        let Some(value) = held(f, stored, &mut out) else {
            continue;
        };
        let shown = match (f.secrecy, value) {
            (Secrecy::WriteOnly, _) => continue,
            (Secrecy::Public, v) => v.clone(),
            (secrecy, Value::String(s)) => Value::String(secrecy.mask(s)),
            // Validation only stores strings in secret fields; should anything
            // else get there, it is still never shown.
            (_, _) => Value::String(Secrecy::Full.mask("")),
        };
        out.insert(f.json.to_string(), shown);
    }
    out
}

/// As real servers were recorded answering: each field as its `returned`
/// says, then the server's defaults and nulls for what is not held.
fn recorded(t: &IntegrationType, stored: &Integration) -> Map<String, Value> {
    let mut out = Map::new();
    for f in t.fields {
        let Some(value) = held(f, stored, &mut out) else {
            continue;
        };
        let shown = match value {
            Value::String(s) => f.returned.apply(s).map(Value::String),
            // Only strings are masked; a non-string secret is never shown.
            other if !f.secrecy.is_secret() => Some(other.clone()),
            _ => f.returned.apply("").map(|_| Value::String("******".into())),
        };
        if let Some(v) = shown {
            out.insert(f.json.to_string(), v);
        }
    }
    for (name, value) in t.server_defaults {
        out.entry(name.to_string())
            .or_insert_with(|| value.to_json());
    }
    for name in t.server_nulls {
        out.entry(name.to_string()).or_insert(Value::Null);
    }
    out
}

/// A `--legacy-types` integration: the table does not say which fields are
/// secret, so every string, at any depth, is masked like a key (our
/// choice: nothing stored is ever returned in full).
fn legacy(stored: &Integration) -> Map<String, Value> {
    stored
        .fields
        .iter()
        .map(|(k, v)| (k.clone(), mask_strings(v)))
        .collect()
}

fn mask_strings(v: &Value) -> Value {
    match v {
        Value::String(s) => Value::String(Secrecy::LastFour.mask(s)),
        Value::Array(items) => Value::Array(items.iter().map(mask_strings).collect()),
        Value::Object(m) => Value::Object(
            m.iter()
                .map(|(k, v)| (k.clone(), mask_strings(v)))
                .collect(),
        ),
        other => other.clone(),
    }
}
