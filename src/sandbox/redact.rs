//! The response form of a stored integration, redacted as Ops Manager
//! redacts it. Everything comes from the type table's `Secrecy`.

use serde_json::{Map, Value};

use super::state::Fields;
use crate::api::types::{IntegrationType, Secrecy};

/// The object the API returns for an integration of type `t` holding
/// `stored`: secrets masked, write-only fields left out, `type` added.
pub fn redact(t: &IntegrationType, stored: &Fields) -> Value {
    let mut out = Map::new();
    out.insert("type".to_string(), Value::String(t.api.to_string()));
    for f in t.fields {
        let value = match stored.get(f.json) {
            Some(v) if !v.is_null() => v,
            _ => {
                if f.empty_when_unset {
                    out.insert(f.json.to_string(), Value::String(String::new()));
                }
                continue;
            }
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
    Value::Object(out)
}
