//! What each project holds, as the file can write it: of each integration
//! the table knows, each field a literal, a secret (what omi shows of it,
//! never more than masked) or left out; the integrations not written as a
//! body (a type with no table or lacking a field apply needs: `true`; a
//! name the file cannot hold: left out), and what stderr says of them.

use crate::api::projects::Project;
use crate::api::types::{self, Field, IntegrationType, TYPES};
use crate::untrusted::terminal::escaped;
use serde_json::{Map, Value};
use std::collections::BTreeMap;

/// A field's exported value before names are given out.
#[derive(Debug, Clone, PartialEq)]
pub(super) enum Slot {
    Literal(Value),
    /// A secret the file cannot hold: what omi shows of it (never more
    /// than masked), if the server returned it.
    Secret(Option<String>),
}

/// One project's exportable integrations: per type, its fields.
pub(super) type Held = Vec<(&'static IntegrationType, Vec<(&'static Field, Slot)>)>;

/// An integration of one project that is not written as a body, and why.
#[derive(Debug, Clone)]
pub(super) struct Kept {
    pub(super) api: String,
    pub(super) why: Why,
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub(super) enum Why {
    /// A type the table does not know: written `true`.
    NoTable,
    /// It lacks this field, which apply needs to write it: written `true`.
    Lacks(&'static str),
    /// Its name is not of the API's form (`[A-Z][A-Z_]*`): the file cannot
    /// name it, and apply never touches it; left out.
    Unnamable,
}

/// What stderr says of the types written `true`: per type omi has no
/// table for, how many projects; per incomplete integration, where.
pub(super) fn kept_notes(
    projects: &[(Project, Vec<Map<String, Value>>)],
    kept: &[Vec<Kept>],
) -> Vec<String> {
    let mut unknown: BTreeMap<&String, usize> = BTreeMap::new();
    let mut notes = Vec::new();
    for ((project, _), kept) in projects.iter().zip(kept) {
        let id = &project.id;
        for k in kept {
            match k.why {
                Why::NoTable => *unknown.entry(&k.api).or_default() += 1,
                Why::Lacks(field) => notes.push(format!(
                    "{} of project {id} has no {field}, which apply needs to write it \
                     (a legacy integration); written as true, so apply keeps it as the \
                     server holds it",
                    k.api
                )),
                Why::Unnamable => notes.push(format!(
                    "project {id} holds a type named '{}', which an apply file cannot name; \
                     left out (apply leaves it alone)",
                    escaped(&k.api)
                )),
            }
        }
    }
    let unknown = unknown.into_iter().map(|(name, n)| {
        format!(
            "{name} ({n} project{}): omi has no table for this type; written as true, \
             so apply keeps it as the server holds it",
            if n == 1 { "" } else { "s" }
        )
    });
    unknown.chain(notes).collect()
}

/// The integrations of one project the table knows, each field as a
/// literal or a secret, and those written `true`: types it does not know,
/// and integrations lacking a field apply needs.
pub(super) fn exportable(items: &[Map<String, Value>]) -> (Held, Vec<Kept>) {
    let mut out: Held = Vec::new();
    let mut kept: Vec<Kept> = Vec::new();
    for item in items {
        let name = item.get("type").and_then(Value::as_str).unwrap_or("");
        let Some(ty) = types::by_api(name) else {
            if !kept.iter().any(|k| k.api == name) {
                let why = if types::is_type_name(name) {
                    Why::NoTable
                } else {
                    Why::Unnamable
                };
                kept.push(Kept {
                    api: name.to_string(),
                    why,
                });
            }
            continue;
        };
        if out.iter().any(|(t, _)| t.api == ty.api) || kept.iter().any(|k| k.api == ty.api) {
            continue;
        }
        let fields: Vec<(&'static Field, Slot)> = ty
            .fields
            .iter()
            .filter_map(|f| slot(f, item.get(f.json)).map(|s| (f, s)))
            .collect();
        let lacks = ty
            .fields
            .iter()
            .find(|f| f.must_be_given() && !fields.iter().any(|(g, _)| g.json == f.json));
        match lacks {
            Some(f) => kept.push(Kept {
                api: ty.api.to_string(),
                why: Why::Lacks(f.json),
            }),
            None => out.push((ty, fields)),
        }
    }
    // Table order, whatever order the server listed them in.
    out.sort_by_key(|(t, _)| type_index(t.api));
    (out, kept)
}

pub(super) fn type_index(api: &str) -> usize {
    TYPES
        .iter()
        .position(|t| t.api == api)
        .unwrap_or(usize::MAX)
}

/// How one returned value is exported, or `None` to leave it out.
fn slot(f: &'static Field, value: Option<&Value>) -> Option<Slot> {
    let given = value.filter(|v| !v.is_null() && v.as_str() != Some(""));
    if f.never_returned() {
        return Some(Slot::Secret(given.map(|v| shown(f, v))));
    }
    let value = given?;
    if !f.exported_literally(value) {
        return Some(Slot::Secret(Some(shown(f, value))));
    }
    match value {
        Value::String(s) if f.default == Some(s.as_str()) => None,
        v => Some(Slot::Literal(v.clone())),
    }
}

/// What omi shows of a secret a server returned: never more than masked.
fn shown(f: &Field, value: &Value) -> String {
    match value {
        Value::String(s) => f.secrecy.shown(s),
        _ => "******".to_string(),
    }
}

#[cfg(test)]
mod tests {
    use crate::apply_file::export::fixtures::*;
    use serde_json::json;

    /// Secrets returned in clear (public client fixtures do) are never
    /// written, nor listed but masked; a label returned in clear is.
    #[test]
    fn secrets_returned_in_clear_are_never_written() {
        let e = plain(&fleet(&[json!([
            {"type": "DATADOG", "apiKey": "dd-key-in-clear-5678", "region": "EU"},
            {"type": "PROMETHEUS", "username": "prom", "password": "prom-password-in-clear",
             "listenAddress": "a:1", "serviceDiscovery": "http", "scheme": "http",
             "enabled": true},
            {"type": "SLACK", "apiToken": "xoxb-token-in-clear", "teamName": "T"},
            {"type": "NEW_RELIC", "licenseKey": "nr-license-in-clear", "accountId": "123",
             "writeToken": "nr-write-in-clear", "readToken": 4242},
            {"type": "VICTOR_OPS", "apiKey": "vo-key-in-clear", "routingKey": "ops-team"},
            {"type": "WEBHOOK", "url": "https://hooks.example.com/services/in-clear"}
        ])]));
        let text = e.file.to_string();
        for clear in [
            "dd-key-in-clear",
            "prom-password",
            "xoxb-token",
            "nr-license",
            "nr-write",
            "4242",
            "vo-key-in-clear",
            "services/in-clear",
        ] {
            assert!(!text.contains(clear), "{clear} written: {text}");
            assert!(
                !format!("{:?}", e.variables).contains(clear),
                "{clear} listed"
            );
        }
        let p = &e.file["projects"][A];
        assert_eq!(p["VICTOR_OPS"]["routingKey"], "ops-team");
        assert_eq!(p["DATADOG"]["region"], "EU");
        assert_eq!(p["NEW_RELIC"]["accountId"], "123");
        let mask = |name: &str| {
            e.variables
                .iter()
                .find(|v| v.name == name)
                .and_then(|v| v.mask.clone())
        };
        assert_eq!(
            mask("DATADOG_API_KEY_PROJECT_1").as_deref(),
            Some("****************5678")
        );
        assert_eq!(
            mask("PROMETHEUS_PASSWORD_PROJECT_1").as_deref(),
            Some("******")
        );
        assert_eq!(
            mask("WEBHOOK_URL_PROJECT_1").as_deref(),
            Some("https://hooks.example.com/****")
        );
        assert_eq!(
            mask("NEW_RELIC_READ_TOKEN_PROJECT_1").as_deref(),
            Some("******")
        );
        // A routing key the server masks (the documented shape) is a variable.
        let masked = plain(&fleet(&[json!([
            {"type": "VICTOR_OPS", "apiKey": "*******2222", "routingKey": "*******4444"}
        ])]));
        assert_eq!(
            masked.file["projects"][A]["VICTOR_OPS"]["routingKey"]["env"],
            "VICTOR_OPS_ROUTING_KEY_PROJECT_1"
        );
    }

    #[test]
    fn types_the_file_cannot_name_are_left_out_with_a_note() {
        let e = plain(&fleet(&[
            json!([{"type": "FLOWDOCK", "flowName": "f"}, {"type": "flow-2"}]),
        ]));
        assert_eq!(e.file["integrations"], json!({"FLOWDOCK": true}));
        assert_eq!(e.notes.len(), 2, "{:?}", e.notes);
        assert!(
            e.notes[0].starts_with("FLOWDOCK (1 project)"),
            "{:?}",
            e.notes
        );
        assert!(e.notes[1].contains("'flow-2', which an apply file cannot name"));
    }
}
