//! Planning for `omi apply`: compare what a project has with what it should
//! have, seeing through redaction, and decide add / replace / delete /
//! unchanged for each type. Pure: no I/O.

use crate::api::body::{FieldValue, RequestBody};
use crate::api::types::{self, IntegrationType, Secrecy};
use crate::commands::apply::file::ProjectState;
use serde_json::{Map, Value};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Step {
    Add,
    Replace,
    Delete,
    Unchanged,
}

impl Step {
    pub fn word(self) -> &'static str {
        match self {
            Step::Add => "add",
            Step::Replace => "replace",
            Step::Delete => "delete",
            Step::Unchanged => "unchanged",
        }
    }

    pub fn writes(self) -> bool {
        self != Step::Unchanged
    }
}

#[derive(Debug, Clone)]
pub struct PlannedChange {
    pub ty: &'static IntegrationType,
    pub step: Step,
    /// The body to PUT, for add and replace. Always from the desired
    /// state, never from the server: a masked value is never sent back.
    pub body: Option<RequestBody>,
    /// Fields that differ, for replace (names only, never values).
    pub changed: Vec<String>,
}

/// The plan for one project. `current` is what the server listed.
pub fn plan(
    desired: &ProjectState,
    current: &[Map<String, Value>],
    prune: bool,
    force: bool,
) -> Vec<PlannedChange> {
    let current_of = |api: &str| {
        current
            .iter()
            .find(|c| c.get("type").and_then(Value::as_str) == Some(api))
    };
    let mut changes = Vec::new();
    for ty in types::TYPES {
        let have = current_of(ty.api);
        let (step, body, changed) = match (desired.get(ty.api), have) {
            (Some(Some(want)), None) => (Step::Add, Some(want.clone()), vec![]),
            (Some(Some(want)), Some(have)) => {
                let changed = differences(want, have);
                if changed.is_empty() && !force {
                    (Step::Unchanged, None, changed)
                } else {
                    (Step::Replace, Some(want.clone()), changed)
                }
            }
            (Some(None), Some(_)) => (Step::Delete, None, vec![]),
            (None, Some(_)) if prune => (Step::Delete, None, vec![]),
            (None, Some(_)) => (Step::Unchanged, None, vec![]),
            (_, None) => continue,
        };
        changes.push(PlannedChange {
            ty,
            step,
            body,
            changed,
        });
    }
    changes
}

/// Fields whose server value does not fit the desired one. Secrets fit
/// when their masked form is what the server shows (same length and last
/// four characters for keys); other values must be equal. An optional
/// field left out fits an absent or empty server value.
pub fn differences(want: &RequestBody, have: &Map<String, Value>) -> Vec<String> {
    let mut changed = Vec::new();
    for f in want.ty().fields {
        let w = want
            .get(f.json)
            .filter(|v| **v != FieldValue::Plain(Value::Null));
        let h = have.get(f.json).filter(|v| !v.is_null());
        let same = match (w, h) {
            (None, None) => true,
            (None, Some(Value::String(s))) => s.is_empty(),
            (None, Some(_)) => false,
            (Some(FieldValue::Secret(w)), h) => f
                .secrecy
                .masked_matches(w.expose(), h.and_then(Value::as_str)),
            (Some(FieldValue::Plain(Value::String(w))), h) if f.secrecy != Secrecy::Public => {
                f.secrecy.masked_matches(w, h.and_then(Value::as_str))
            }
            (Some(FieldValue::Plain(w)), Some(h)) => w == h,
            (Some(_), None) => false,
        };
        if !same {
            changed.push(f.json.to_string());
        }
    }
    // Fields the table does not know about are the server's business.
    changed
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
                let ty = types::find(k).unwrap();
                (*k, v.clone().map(|v| RequestBody::from_json(ty, obj(v))))
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
        let sent: Value = serde_json::from_slice(&p[0].body.as_ref().unwrap().to_json()).unwrap();
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
        let p = plan(&want, &have, false, false);
        assert!(p.iter().all(|c| c.step == Step::Unchanged), "{p:?}");
        let mut have2 = have.clone();
        have2[1].insert("enabled".into(), json!(false));
        let p = plan(&want, &have2, false, false);
        assert_eq!(p[1].changed, ["enabled"]);
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
                .map(|c| (c.ty.api, c.step))
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
