//! Planning for `omi apply`: compare what a project has with what it should
//! have, seeing through masks, and decide add / replace / delete /
//! unchanged / unverifiable for each type. Pure: no I/O.
//!
//! Only the fields the file declares are compared: what a server adds
//! (`id`, nulls, defaults, newer fields) is no difference. A declared field
//! the server does not return is one, unless servers never return it
//! (Prometheus `password`): that cannot be verified. Masks are read with
//! [`crate::api::mask`].

use crate::api::body::{FieldValue, RequestBody};
use crate::api::mask::{self, Fit};
use crate::api::types::{TypeName, TYPES};
use crate::apply_file::{ProjectState, Wanted};
use serde_json::{Map, Value};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Step {
    Add,
    Replace,
    Delete,
    Unchanged,
    /// Looks the same, but a mask hides what could differ; `--force`
    /// replaces it.
    Unverifiable,
    /// A dry run's entry whose `{"env"}`/`{"file"}` values are not set
    /// yet: not compared; `changed` names the fields and their sources.
    NeedsValue,
}

impl Step {
    pub fn word(self) -> &'static str {
        match self {
            Step::Add => "add",
            Step::Replace => "replace",
            Step::Delete => "delete",
            Step::Unchanged => "unchanged",
            Step::Unverifiable => "unverifiable",
            Step::NeedsValue => "needs-value",
        }
    }

    pub fn writes(self) -> bool {
        matches!(self, Step::Add | Step::Replace | Step::Delete)
    }
}

#[derive(Debug, Clone)]
pub struct PlannedChange {
    pub ty: TypeName,
    pub step: Step,
    /// The body to PUT, for add and replace. Always from the desired
    /// state, never from the server: a masked value is never sent back.
    pub body: Option<RequestBody>,
    /// Fields that differ, for replace, or that cannot be verified (names
    /// only, never values).
    pub changed: Vec<String>,
    /// For each changed field that is no secret, what the server holds and
    /// what the file wants, for a person to read (`region: US → EU`).
    pub from_to: Vec<FromTo>,
}

/// A changed field that is no secret: the value the server holds (as it
/// returned it, not yet made safe to show) and the one to be written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FromTo {
    pub field: String,
    pub from: String,
    pub to: String,
}

/// The plan for one project. `current` is what the server listed: the
/// table's types in table order, then any others the server holds.
pub fn plan(
    desired: &ProjectState,
    current: &[Map<String, Value>],
    prune: bool,
    force: bool,
) -> Vec<PlannedChange> {
    let type_of =
        |c: &Map<String, Value>| c.get("type").and_then(Value::as_str).map(str::to_string);
    let current_of = |api: &str| current.iter().find(|c| type_of(c).as_deref() == Some(api));
    let mut changes = Vec::new();
    for ty in TYPES {
        let (step, body, changed) = match (desired.get(ty.api), current_of(ty.api)) {
            (Some(Wanted::Kept), Some(_)) => (Step::Unchanged, None, vec![]),
            (Some(Wanted::Body(want)), None) => (Step::Add, Some(want.clone()), vec![]),
            (Some(Wanted::Body(want)), Some(have)) => {
                let (changed, unverifiable) = differences(want, have);
                if !changed.is_empty() || force {
                    (Step::Replace, Some(want.clone()), changed)
                } else if !unverifiable.is_empty() {
                    (Step::Unverifiable, None, unverifiable)
                } else {
                    (Step::Unchanged, None, vec![])
                }
            }
            (Some(Wanted::Absent), Some(_)) => (Step::Delete, None, vec![]),
            (Some(Wanted::Needs(fields)), _) => (Step::NeedsValue, None, fields.clone()),
            (None, Some(_)) if prune => (Step::Delete, None, vec![]),
            (None, Some(_)) => (Step::Unchanged, None, vec![]),
            (_, None) => continue,
        };
        let from_to = match (&body, current_of(ty.api)) {
            (Some(want), Some(have)) => from_to(want, have, &changed),
            _ => Vec::new(),
        };
        changes.push(PlannedChange {
            ty: TypeName::Known(ty),
            step,
            body,
            changed,
            from_to,
        });
    }
    // Types omi has no table for (an older server's FLOWDOCK): kept when
    // the file says `true` or --prune is not given, else deleted.
    for name in current.iter().filter_map(type_of) {
        let Some(ty @ TypeName::Unknown(_)) = TypeName::parse(&name) else {
            continue;
        };
        let step = match desired.get(&name) {
            Some(Wanted::Absent) => Step::Delete,
            None if prune => Step::Delete,
            // Kept, or not named without --prune (a body cannot be given).
            _ => Step::Unchanged,
        };
        changes.push(PlannedChange {
            ty,
            step,
            body: None,
            changed: vec![],
            from_to: vec![],
        });
    }
    changes
}

/// The old and new values of the `changed` fields that are no secret.
fn from_to(want: &RequestBody, have: &Map<String, Value>, changed: &[String]) -> Vec<FromTo> {
    let shown = |v: &Value| match v {
        Value::String(s) => s.clone(),
        other => other.to_string(),
    };
    changed
        .iter()
        .filter_map(|name| {
            let field = want.ty().field(name)?;
            if field.secrecy.is_secret() {
                return None;
            }
            let FieldValue::Plain(to) = want.get(name)? else {
                return None;
            };
            let from = have.get(name).filter(|v| !v.is_null());
            Some(FromTo {
                field: name.clone(),
                from: from.map_or_else(|| "(not set)".to_string(), shown),
                to: shown(to),
            })
        })
        .collect()
}

/// The declared fields whose server value does not fit (first), and
/// those a mask or a write-only field keeps from being verified.
pub fn differences(want: &RequestBody, have: &Map<String, Value>) -> (Vec<String>, Vec<String>) {
    let (mut changed, mut unverifiable) = (Vec::new(), Vec::new());
    for (name, w) in want.fields() {
        let field = want.ty().field(name);
        let write_only = field.is_some_and(|f| f.never_returned());
        // A field that is no secret comes back as sent: a `*` in it is
        // part of the value, not a mask.
        let public = field.is_some_and(|f| !f.secrecy.is_secret());
        let h = have.get(name).filter(|v| !v.is_null());
        let fit = match (w, h) {
            (FieldValue::Plain(Value::Null), None) => Fit::Same,
            (FieldValue::Plain(Value::Null), Some(Value::String(s))) if s.is_empty() => Fit::Same,
            (_, None) if write_only => Fit::Unverifiable,
            (_, None) => Fit::Differs,
            (FieldValue::Secret(w), Some(Value::String(h))) => mask::compare(w.expose(), h),
            (FieldValue::Plain(Value::String(w)), Some(Value::String(h))) if !public => {
                mask::compare(w, h)
            }
            (FieldValue::Plain(w), Some(h)) if w == h => Fit::Same,
            _ => Fit::Differs,
        };
        match fit {
            Fit::Same => {}
            Fit::Differs => changed.push(name.to_string()),
            Fit::Unverifiable => unverifiable.push(name.to_string()),
        }
    }
    (changed, unverifiable)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn obj(v: Value) -> Map<String, Value> {
        v.as_object().unwrap().clone()
    }

    fn desired(pairs: &[(&'static str, Option<Value>)]) -> ProjectState {
        pairs
            .iter()
            .map(|(k, v)| {
                let ty = crate::api::types::find(k).unwrap();
                let wanted = match v {
                    Some(v) => Wanted::Body(RequestBody::from_json(ty, obj(v.clone()))),
                    None => Wanted::Absent,
                };
                (k.to_string(), wanted)
            })
            .collect()
    }

    #[test]
    fn sees_through_redaction() {
        let want = desired(&[(
            "SLACK",
            Some(json!({"type": "SLACK", "apiToken": "1234567890", "teamName": "T"})),
        )]);
        let have = vec![obj(
            json!({"type": "SLACK", "apiToken": "******7890", "teamName": "T", "channelName": ""}),
        )];
        let p = plan(&want, &have, false, false);
        assert_eq!(p[0].step, Step::Unchanged);
        let forced = plan(&want, &have, false, true);
        assert_eq!(forced[0].step, Step::Replace);

        let new_token = desired(&[(
            "SLACK",
            Some(json!({"type": "SLACK", "apiToken": "1234567891", "teamName": "T"})),
        )]);
        let p = plan(&new_token, &have, false, false);
        assert_eq!(p[0].step, Step::Replace);
        assert_eq!(p[0].changed, ["apiToken"]);
        let sent: Value =
            serde_json::from_slice(&p[0].body.as_ref().unwrap().to_wire().bytes).unwrap();
        assert_eq!(sent["apiToken"], "1234567891");
    }

    #[test]
    fn webhook_and_prometheus_redaction() {
        let want = desired(&[
            (
                "WEBHOOK",
                Some(json!({"type": "WEBHOOK", "url": "https://h.example.com/x", "secret": "s"})),
            ),
            (
                "PROMETHEUS",
                Some(
                    json!({"type": "PROMETHEUS", "username": "u", "password": "p",
                            "listenAddress": "a:1", "serviceDiscovery": "http",
                            "scheme": "http", "enabled": true}),
                ),
            ),
        ]);
        let have = vec![
            obj(
                json!({"type": "WEBHOOK", "url": "https://h.example.com/****", "secret": "******"}),
            ),
            obj(
                json!({"type": "PROMETHEUS", "username": "u", "listenAddress": "a:1",
                       "serviceDiscovery": "http", "scheme": "http", "enabled": true}),
            ),
        ];
        // The documented masks hide the whole secret and the URL's path;
        // the password is never returned: nothing to compare, not "same".
        let p = plan(&want, &have, false, false);
        assert!(p.iter().all(|c| c.step == Step::Unverifiable), "{p:?}");
        assert_eq!(p[0].changed, ["secret", "url"]);
        assert_eq!(p[1].changed, ["password"]);
        let mut have2 = have.clone();
        have2[1].insert("enabled".into(), json!(false));
        let p = plan(&want, &have2, false, false);
        assert_eq!(
            (p[1].step, &p[1].changed[..]),
            (Step::Replace, &["enabled".to_string()][..])
        );
    }

    #[test]
    fn recorded_shape_converges_and_changes_are_seen() {
        let url = "https://example.com/51c0ef87e9951c3e147accf0e12101";
        let secret = "wh-secret-of-thirty-chars-2101";
        let want = desired(&[
            ("WEBHOOK", Some(json!({"url": url, "secret": secret}))),
            (
                "VICTOR_OPS",
                Some(json!({"apiKey": "vo-key-123456", "routingKey": "ops"})),
            ),
            ("DATADOG", Some(json!({"apiKey": "dd-key-123456"}))),
        ]);
        // What real servers return: ids, nulls, defaults, last-four masks,
        // the routing key in clear, type last.
        let have = vec![
            obj(
                json!({"id": "6a1b2c3d4e5f6a7b8c9d0e1f", "apiKey": "*********3456",
                       "customEndpoint": null, "region": "US",
                       "sendCollectionLatencyMetrics": false, "type": "DATADOG"}),
            ),
            obj(
                json!({"id": "6a1b2c3d4e5f6a7b8c9d0e20", "apiKey": "*********3456",
                       "routingKey": "ops", "type": "VICTOR_OPS"}),
            ),
            obj(json!({"bodyTemplate": null, "headersTemplate": null,
                       "id": "6a1b2c3d4e5f6a7b8c9d0e21",
                       "secret": format!("{}2101", "*".repeat(secret.len() - 4)),
                       "url": "https://example.com/****2101", "type": "WEBHOOK"})),
        ];
        let p = plan(&want, &have, false, false);
        assert!(p.iter().all(|c| c.step == Step::Unchanged), "{p:?}");

        let changed = desired(&[
            (
                "WEBHOOK",
                Some(
                    json!({"url": url.replace("2101", "9999"), "secret": "new-secret-of-thirty-chars-999"}),
                ),
            ),
            (
                "VICTOR_OPS",
                Some(json!({"apiKey": "vo-key-123456", "routingKey": "dev"})),
            ),
            (
                "DATADOG",
                Some(json!({"apiKey": "dd-key-123456", "region": "EU"})),
            ),
        ]);
        let p = plan(&changed, &have, false, false);
        // What changes in a field that is no secret is shown; a secret's
        // change only by its name.
        let from_to = |api: &str| {
            let c = p.iter().find(|c| c.ty.api() == api).unwrap();
            c.from_to
                .iter()
                .map(|f| format!("{}: {} -> {}", f.field, f.from, f.to))
                .collect::<Vec<_>>()
        };
        assert_eq!(from_to("DATADOG"), ["region: US -> EU"]);
        assert!(from_to("WEBHOOK").is_empty(), "url and secret are secrets");
        assert!(
            from_to("VICTOR_OPS").is_empty(),
            "the routing key is masked by the table"
        );
        let changes: Vec<_> = p
            .iter()
            .map(|c| (c.ty.api().to_string(), c.step, c.changed.clone()))
            .collect();
        assert_eq!(
            changes,
            [
                (
                    "DATADOG".to_string(),
                    Step::Replace,
                    vec!["region".to_string()]
                ),
                (
                    "VICTOR_OPS".to_string(),
                    Step::Replace,
                    vec!["routingKey".to_string()]
                ),
                (
                    "WEBHOOK".to_string(),
                    Step::Replace,
                    vec!["secret".to_string(), "url".to_string()]
                ),
            ]
        );
    }

    #[test]
    fn unknown_types_are_kept_or_pruned() {
        let have = vec![obj(
            json!({"type": "FLOWDOCK", "flowName": "f", "apiToken": "****1234"}),
        )];
        let nothing = ProjectState::default();
        let p = plan(&nothing, &have, false, false);
        assert_eq!((p[0].ty.api(), p[0].step), ("FLOWDOCK", Step::Unchanged));
        let p = plan(&nothing, &have, true, false);
        assert_eq!((p[0].ty.api(), p[0].step), ("FLOWDOCK", Step::Delete));
        let mut keep = ProjectState::default();
        keep.insert("FLOWDOCK".into(), Wanted::Kept);
        let p = plan(&keep, &have, true, false);
        assert_eq!(p[0].step, Step::Unchanged, "true keeps it from --prune");
        let mut remove = ProjectState::default();
        remove.insert("FLOWDOCK".into(), Wanted::Absent);
        let p = plan(&remove, &have, false, false);
        assert_eq!(p[0].step, Step::Delete, "null removes it without --prune");
        // A type of the table kept with true: unchanged, whatever it holds;
        // nothing to add where it is absent.
        let slack = vec![obj(json!({"type": "SLACK", "apiToken": "****1234"}))];
        let mut kept = ProjectState::default();
        kept.insert("SLACK".into(), Wanted::Kept);
        let p = plan(&kept, &slack, true, true);
        assert_eq!((p[0].ty.api(), p[0].step), ("SLACK", Step::Unchanged));
        assert!(plan(&kept, &[], true, true).is_empty());
    }

    #[test]
    fn add_delete_and_prune() {
        let want = desired(&[
            (
                "PAGER_DUTY",
                Some(json!({"type": "PAGER_DUTY", "serviceKey": "k1234"})),
            ),
            ("WEBHOOK", None),
        ]);
        let have = vec![
            obj(json!({"type": "WEBHOOK", "url": "https://x/****"})),
            obj(json!({"type": "DATADOG", "apiKey": "****"})),
        ];
        let steps = |p: Vec<PlannedChange>| {
            p.into_iter()
                .map(|c| (c.ty.known().unwrap().api, c.step))
                .collect::<Vec<_>>()
        };
        assert_eq!(
            steps(plan(&want, &have, false, false)),
            [
                ("PAGER_DUTY", Step::Add),
                ("DATADOG", Step::Unchanged),
                ("WEBHOOK", Step::Delete)
            ]
        );
        assert_eq!(
            steps(plan(&want, &have, true, false)),
            [
                ("PAGER_DUTY", Step::Add),
                ("DATADOG", Step::Delete),
                ("WEBHOOK", Step::Delete)
            ]
        );
    }
}
