//! The configurations `--alert-configs N` and `--global-alert-configs N`
//! seed at start: deterministic and realistic (a few event types, one with
//! a `metricThreshold`, one with a `threshold`, matchers, intervals), the
//! k-th of a project always the same but for its ids and timestamps.
//!
//! A third-party notification copies, at seed time, an integration the
//! project holds, as Ops Manager copies it when a person adds the
//! notification (the table's [`crate::api::types::Copied`] fields): a
//! project without integrations gets only e-mail and project-role
//! notifications. Which integration a configuration notifies cycles over
//! the types the project holds, and every third one notifies two of them
//! (e.g. PagerDuty and Slack) when it holds two or more.

use serde_json::{json, Map, Value};

use super::super::state::{random_object_id, AlertConfig, Fields, Project};
use crate::api::types::notification_fields;

/// What the k-th seeded configuration watches: event type, matchers, and
/// its threshold attribute if any.
fn event(k: usize) -> (&'static str, Value, Option<(&'static str, Value)>) {
    match k % 6 {
        0 => (
            "HOST_DOWN",
            json!([{"fieldName": "TYPE_NAME", "operator": "EQUALS", "value": "PRIMARY"}]),
            None,
        ),
        1 => (
            "OUTSIDE_METRIC_THRESHOLD",
            json!([{"fieldName": "HOSTNAME_AND_PORT", "operator": "CONTAINS", "value": "db"}]),
            Some((
                "metricThreshold",
                json!({"metricName": "ASSERT_REGULAR", "mode": "AVERAGE",
                       "operator": "GREATER_THAN", "threshold": 10.0, "units": "RAW"}),
            )),
        ),
        2 => (
            "OPLOG_BEHIND",
            json!([]),
            Some((
                "threshold",
                json!({"operator": "GREATER_THAN", "threshold": 15, "units": "MINUTES"}),
            )),
        ),
        3 => (
            "NO_PRIMARY",
            json!([{"fieldName": "REPLICA_SET_NAME", "operator": "EQUALS", "value": "rs0"}]),
            None,
        ),
        4 => (
            "OUTSIDE_METRIC_THRESHOLD",
            json!([]),
            Some((
                "metricThreshold",
                json!({"metricName": "CONNECTIONS", "mode": "AVERAGE",
                       "operator": "GREATER_THAN", "threshold": 500.0, "units": "RAW"}),
            )),
        ),
        _ => ("MONITORING_AGENT_DOWN", json!([]), None),
    }
}

/// `intervalMin` and `delayMin` of the k-th configuration's notifications.
fn timing(k: usize) -> (u64, u64) {
    const INTERVALS: [u64; 3] = [5, 15, 60];
    (INTERVALS[k % 3], if k % 4 == 3 { 5 } else { 0 })
}

fn notification(type_name: &str, k: usize, mut fields: Map<String, Value>) -> Value {
    let (interval, delay) = timing(k);
    fields.insert("typeName".into(), Value::from(type_name));
    fields.insert("intervalMin".into(), Value::from(interval));
    fields.insert("delayMin".into(), Value::from(delay));
    fields.insert("id".into(), Value::String(random_object_id()));
    Value::Object(fields)
}

/// A notification of `type_name` copying `project`'s integration of that
/// type: each notification field the integration holds.
fn copy_of(project: &Project, type_name: &str, k: usize) -> Option<Value> {
    let integration = project.integrations.get(type_name)?;
    let fields = notification_fields(type_name)?;
    let copied = fields
        .iter()
        .filter_map(|f| {
            let value = integration.fields.get(f.copied.integration)?;
            Some((f.copied.notification.to_string(), value.clone()))
        })
        .collect();
    Some(notification(type_name, k, copied))
}

/// The k-th configuration: event, matchers and threshold from `event`,
/// enabled but for every fifth, `notifications` as given.
fn config(k: usize, notifications: Vec<Value>, extra: &[(&str, Value)]) -> AlertConfig {
    let (event_type, matchers, threshold) = event(k);
    let mut fields = Fields::new();
    fields.insert("eventTypeName".into(), Value::from(event_type));
    fields.insert("enabled".into(), Value::Bool(k % 5 != 4));
    fields.insert("matchers".into(), matchers);
    if let Some((name, value)) = threshold {
        fields.insert(name.into(), value);
    }
    for (name, value) in extra {
        fields.insert((*name).into(), value.clone());
    }
    fields.insert("notifications".into(), Value::Array(notifications));
    let now = super::timestamp();
    AlertConfig {
        id: random_object_id(),
        created: now.clone(),
        updated: now,
        fields,
    }
}

/// The k-th seeded configuration of `project` (k counts from 0).
pub fn project_config(project: &Project, k: usize) -> AlertConfig {
    let held: Vec<&str> = project
        .integrations
        .keys()
        .map(String::as_str)
        .filter(|t| notification_fields(t).is_some())
        .collect();
    let mut notifications = Vec::with_capacity(3);
    if !held.is_empty() {
        let first = held[k % held.len()];
        notifications.extend(copy_of(project, first, k));
        if k.is_multiple_of(3) && held.len() > 1 {
            let second = held[(k + 1) % held.len()];
            notifications.extend(copy_of(project, second, k));
        }
    }
    let plain = if k.is_multiple_of(2) {
        json!({"emailEnabled": true, "smsEnabled": false, "roles": ["GROUP_OWNER"]})
    } else {
        json!({"emailAddress": format!("ops-{}@example.com", k % 3)})
    };
    let type_name = if k.is_multiple_of(2) {
        "GROUP"
    } else {
        "EMAIL"
    };
    if let Value::Object(fields) = plain {
        notifications.push(notification(type_name, k, fields));
    }
    config(k, notifications, &[])
}

/// The k-th seeded global configuration: for all projects, to an e-mail
/// address.
pub fn global_config(k: usize) -> AlertConfig {
    let mut email = Map::new();
    email.insert(
        "emailAddress".into(),
        Value::from(format!("global-alerts-{}@example.com", k % 2)),
    );
    config(
        k,
        vec![notification("EMAIL", k, email)],
        &[("forAllGroups", Value::Bool(true)), ("tags", json!([]))],
    )
}

#[cfg(test)]
mod tests {
    use super::super::body::check_config;
    use super::*;
    use crate::sandbox::state::{Integration, Scope};
    use std::collections::BTreeMap;

    fn project(types: &[(&str, Value)]) -> Project {
        let integrations = types
            .iter()
            .map(|(t, fields)| {
                let fields = fields.as_object().cloned().unwrap_or_default();
                (
                    t.to_string(),
                    Integration {
                        id: "5e2211c17a3e5a48f5497de5".into(),
                        fields,
                    },
                )
            })
            .collect::<BTreeMap<_, _>>();
        Project {
            id: "5e2211c17a3e5a48f5497de3".into(),
            name: "Project 1".into(),
            org_id: "5e2211c17a3e5a48f5497de4".into(),
            integrations,
            alert_configs: Vec::new(),
        }
    }

    fn as_body(c: &AlertConfig) -> Map<String, Value> {
        c.fields.clone()
    }

    #[test]
    fn seeds_copy_the_integrations_held_and_pass_the_checks() {
        let p = project(&[
            ("PAGER_DUTY", json!({"serviceKey": "pd-0001"})),
            (
                "SLACK",
                json!({"apiToken": "xoxb-1", "channelName": "#ops", "teamName": "t"}),
            ),
            ("PROMETHEUS", json!({"username": "u"})),
        ]);
        let first = project_config(&p, 0);
        let n = first.fields["notifications"].as_array().unwrap();
        let strip = |v: &Value| {
            let mut v = v.clone();
            v.as_object_mut().unwrap().remove("id");
            v
        };
        assert_eq!(
            n.iter().map(strip).collect::<Vec<_>>(),
            [
                json!({"typeName": "PAGER_DUTY", "serviceKey": "pd-0001", "intervalMin": 5, "delayMin": 0}),
                json!({"typeName": "SLACK", "apiToken": "xoxb-1", "channelName": "#ops",
                       "intervalMin": 5, "delayMin": 0}),
                json!({"typeName": "GROUP", "emailEnabled": true, "smsEnabled": false,
                       "roles": ["GROUP_OWNER"], "intervalMin": 5, "delayMin": 0}),
            ]
        );
        assert_eq!(first.fields["eventTypeName"], "HOST_DOWN");
        let second = project_config(&p, 1);
        let n = second.fields["notifications"].as_array().unwrap();
        assert_eq!(n.len(), 2);
        assert_eq!(n[0]["typeName"], "SLACK");
        assert_eq!(n[1]["typeName"], "EMAIL");
        assert_eq!(
            second.fields["metricThreshold"]["metricName"],
            "ASSERT_REGULAR"
        );
        for k in 0..12 {
            let c = project_config(&p, k);
            check_config(as_body(&c), Scope::Project(&p.id)).unwrap();
            assert_ne!(c.id, project_config(&p, k).id, "ids are new");
        }
        for k in 0..3 {
            check_config(as_body(&global_config(k)), Scope::Global).unwrap();
        }
    }

    #[test]
    fn a_project_without_integrations_gets_only_plain_notifications() {
        let p = project(&[]);
        for k in 0..6 {
            let c = project_config(&p, k);
            let n = c.fields["notifications"].as_array().unwrap();
            assert_eq!(n.len(), 1);
            assert!(["EMAIL", "GROUP"].contains(&n[0]["typeName"].as_str().unwrap()));
        }
        assert_eq!(project_config(&p, 4).fields["enabled"], false);
        assert_eq!(project_config(&p, 3).fields["enabled"], true);
    }
}
