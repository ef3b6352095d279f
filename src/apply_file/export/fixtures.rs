//! What the export tests build on: projects A, B and C, their
//! integrations as a server returns them, and `--share` values parsed.

use super::{build, parse_shares, Export, Naming, Share};
use crate::api::projects::Project;
use serde_json::{json, Map, Value};

pub(super) fn items(v: Value) -> Vec<Map<String, Value>> {
    v.as_array()
        .unwrap()
        .iter()
        .map(|i| i.as_object().unwrap().clone())
        .collect()
}

pub(super) const A: &str = "aaaaaaaaaaaaaaaaaaaaaaaa";
pub(super) const B: &str = "bbbbbbbbbbbbbbbbbbbbbbbb";
pub(super) const C: &str = "cccccccccccccccccccccccc";

pub(super) fn project(id: &str, name: Option<&str>) -> Project {
    Project {
        id: id.into(),
        name: name.map(str::to_string),
        org_id: None,
    }
}

/// Projects A, B, C named `Project 1`, `Project 2`, `Project 3`.
pub(super) fn fleet(each: &[Value]) -> Vec<(Project, Vec<Map<String, Value>>)> {
    [A, B, C]
        .iter()
        .zip(each)
        .enumerate()
        .map(|(i, (id, v))| {
            let name = format!("Project {}", i + 1);
            (project(id, Some(&name)), items(v.clone()))
        })
        .collect()
}

pub(super) fn plain(projects: &[(Project, Vec<Map<String, Value>>)]) -> Export {
    build(projects, Naming::default()).unwrap()
}

pub(super) fn shares(texts: &[&str]) -> Vec<Share> {
    parse_shares(&texts.iter().map(|t| t.to_string()).collect::<Vec<_>>()).unwrap()
}

/// The fleet: three Opsgenie keys that differ but show one
/// mask, and one region.
pub(super) fn three_keys_one_mask() -> Vec<(Project, Vec<Map<String, Value>>)> {
    fleet(&[
        json!([{"type": "OPS_GENIE", "apiKey": "*********abcd", "region": "EU"}]),
        json!([{"type": "OPS_GENIE", "apiKey": "*********abcd", "region": "EU"}]),
        json!([{"type": "OPS_GENIE", "apiKey": "*********abcd", "region": "EU"}]),
    ])
}
