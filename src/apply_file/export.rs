//! The apply file's writer (`omi export`): the file that describes what
//! projects hold now, and the environment variables it needs. Pure: handed
//! the integrations as the server returned them, returns the file's value
//! (`output::variables` says the variables on stderr).
//!
//! - Values the server returns in clear are written literally.
//! - A masked secret (a secret field whose value holds `*`) is never
//!   written: it becomes `{"env": NAME}`. Projects whose masks are equal and
//!   show a tail share a name (`******7890`: assumed to be the same secret,
//!   as apply assumes); when projects hold different masks for one field,
//!   each mask gets its own name, suffixed with its visible last four
//!   (`PAGER_DUTY_SERVICE_KEY_7890`).
//! - A mask that shows no tail (`******`, `https://host/****`) says nothing
//!   of the value, nor does a write-only field (never returned): each
//!   project gets a name of its own (numbered), never one shared with
//!   another project that may hold a different secret.
//! - Fields the table does not know (`id`, server defaults), nulls, empty
//!   strings and values equal to the table's default are left out.
//! - A type the table does not know (an older server's `FLOWDOCK`), or one
//!   that lacks a field apply needs to write it (a legacy Slack without
//!   `teamName`), is written `true`: apply keeps it as the server holds it,
//!   and `--prune` leaves it, since the file cannot hold it.
//! - A type every project holds with equal values goes under
//!   `integrations`; the rest under `projects`.

use super::schema;
use crate::api::types::{self, Field, IntegrationType};
use serde_json::{json, Map, Value};
use std::collections::{BTreeMap, HashMap, HashSet};

/// What `omi export` writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum ExportFormat {
    #[default]
    Json,
    Toml,
}

/// One environment variable the file refers to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Variable {
    pub name: String,
    /// What the server shows for it; `None` for a write-only field.
    pub mask: Option<String>,
    pub ty: &'static str,
    pub field: &'static str,
    /// How many projects hold it.
    pub projects: usize,
    /// The one project that holds it, for a mask that shows no tail.
    pub project: Option<String>,
}

/// The file, the variables it needs and what was left out.
#[derive(Debug, Clone)]
pub struct Export {
    pub file: Value,
    pub variables: Vec<Variable>,
    pub notes: Vec<String>,
}

/// A field's exported value before names are given out.
#[derive(Debug, Clone, PartialEq)]
enum Slot {
    Literal(Value),
    /// A secret the file cannot hold; its mask, if the server shows one.
    Secret(Option<String>),
}

/// A type's API name and a field's JSON name.
type FieldKey = (&'static str, &'static str);

/// A secret: its type, field and mask, and for a mask that shows no tail
/// (or none at all), the project holding it.
type Key = (&'static str, &'static str, Option<String>, Option<String>);

/// A secret of one field: its mask and, where the mask shows no tail, the
/// project holding it.
type Instance = (Option<String>, Option<String>);

/// One project's exportable integrations: per type, its fields.
type Held = Vec<(&'static IntegrationType, Vec<(&'static Field, Slot)>)>;

/// An integration of one project that is not written as a body, and why.
#[derive(Debug, Clone)]
struct Kept {
    api: String,
    why: Why,
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum Why {
    /// A type the table does not know: written `true`.
    NoTable,
    /// It lacks this field, which apply needs to write it: written `true`.
    Lacks(&'static str),
    /// Its name is not of the API's form (`[A-Z][A-Z_]*`): the file cannot
    /// name it, and apply never touches it; left out.
    Unnamable,
}

/// Builds the file from each project's id and integrations as received.
pub fn build(projects: &[(String, Vec<Map<String, Value>>)]) -> Export {
    let (held, kept): (Vec<(&String, Held)>, Vec<Vec<Kept>>) = projects
        .iter()
        .map(|(id, items)| {
            let (held, kept) = exportable(items);
            ((id, held), kept)
        })
        .unzip();
    let (names, variables) = name_secrets(&held);
    let bodies: Vec<(&String, Map<String, Value>)> = held
        .iter()
        .zip(&kept)
        .map(|((id, h), kept)| {
            let mut body = bodies_of(id, h, &names);
            let written = kept.iter().filter(|k| k.why != Why::Unnamable);
            body.extend(written.map(|k| (k.api.clone(), Value::Bool(true))));
            (*id, body)
        })
        .collect();
    let mut common = Map::new();
    if let Some((_, first)) = bodies.first() {
        for (api, value) in first {
            if bodies.iter().all(|(_, b)| b.get(api) == Some(value)) {
                common.insert(api.clone(), value.clone());
            }
        }
    }
    let mut per_project = Map::new();
    for (id, b) in bodies {
        let own: Map<String, Value> = b
            .into_iter()
            .filter(|(api, _)| !common.contains_key(api))
            .collect();
        if !own.is_empty() {
            per_project.insert(id.clone(), Value::Object(own));
        }
    }
    let mut file = json!({"$schema": schema::FILE_NAME, "integrations": common});
    if !per_project.is_empty() {
        file["projects"] = Value::Object(per_project);
    }
    let notes = kept_notes(projects, &kept);
    Export {
        file,
        variables,
        notes,
    }
}

/// What stderr says of the types written `true`: per type omi has no
/// table for, how many projects; per incomplete integration, where.
fn kept_notes(projects: &[(String, Vec<Map<String, Value>>)], kept: &[Vec<Kept>]) -> Vec<String> {
    let mut unknown: BTreeMap<&String, usize> = BTreeMap::new();
    let mut notes = Vec::new();
    for ((id, _), kept) in projects.iter().zip(kept) {
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
                    crate::untrusted::terminal::escaped(&k.api)
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
fn exportable(items: &[Map<String, Value>]) -> (Held, Vec<Kept>) {
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
    (out, kept)
}

/// How one returned value is exported, or `None` to leave it out.
fn slot(f: &'static Field, value: Option<&Value>) -> Option<Slot> {
    if f.never_returned() {
        return Some(Slot::Secret(None));
    }
    match value? {
        Value::Null => None,
        Value::String(s) if s.is_empty() => None,
        Value::String(s) if f.secrecy.is_secret() && s.contains('*') => {
            Some(Slot::Secret(Some(s.clone())))
        }
        Value::String(s) if f.default == Some(s.as_str()) => None,
        v => Some(Slot::Literal(v.clone())),
    }
}

/// A variable name for each distinct secret, and the list of them.
fn name_secrets(held: &[(&String, Held)]) -> (HashMap<Key, String>, Vec<Variable>) {
    // Distinct masks per type and field, in the order first seen, and how
    // many projects hold each.
    let mut masks: Vec<(FieldKey, Vec<Instance>)> = Vec::new();
    let mut counts: HashMap<Key, usize> = HashMap::new();
    for (project, h) in held {
        for (ty, fields) in h {
            for (f, s) in fields {
                let Slot::Secret(mask) = s else { continue };
                let instance = instance(mask, project);
                let key = (ty.api, f.json, instance.0.clone(), instance.1.clone());
                *counts.entry(key).or_default() += 1;
                let at = match masks.iter().position(|(k, _)| *k == (ty.api, f.json)) {
                    Some(at) => at,
                    None => {
                        masks.push(((ty.api, f.json), Vec::new()));
                        masks.len() - 1
                    }
                };
                if !masks[at].1.contains(&instance) {
                    masks[at].1.push(instance);
                }
            }
        }
    }
    let mut names = HashMap::new();
    let mut variables = Vec::new();
    let mut used = HashSet::new();
    for ((api, json), list) in masks {
        let ty = types::by_api(api);
        let flag = ty.and_then(|t| t.field(json)).map_or(json, |f| f.flag);
        let base = format!("{api}_{}", flag.replace('-', "_").to_uppercase());
        let tails: Vec<String> = list
            .iter()
            .map(|(m, _)| visible_tail(m.as_deref()))
            .collect();
        for (i, (mask, project)) in list.iter().enumerate() {
            let tail = &tails[i];
            let mut name = if list.len() == 1 {
                base.clone()
            } else if !tail.is_empty() && tails.iter().filter(|t| *t == tail).count() == 1 {
                format!("{base}_{tail}")
            } else {
                format!("{base}_{}", i + 1)
            };
            while !used.insert(name.clone()) {
                name.push('_');
            }
            let key = (api, json, mask.clone(), project.clone());
            variables.push(Variable {
                name: name.clone(),
                mask: mask.clone(),
                ty: api,
                field: json,
                projects: counts.get(&key).copied().unwrap_or(0),
                project: project.clone(),
            });
            names.insert(key, name);
        }
    }
    (names, variables)
}

/// How a secret is told apart: by its mask where the mask shows a tail,
/// else by the project holding it too.
fn instance(mask: &Option<String>, project: &str) -> Instance {
    let shows_tail = !visible_tail(mask.as_deref()).is_empty();
    (mask.clone(), (!shows_tail).then(|| project.to_string()))
}

/// The characters after a mask's last `*`, as they may appear in a
/// variable name (`******7890` → `7890`).
fn visible_tail(mask: Option<&str>) -> String {
    let Some(mask) = mask else {
        return String::new();
    };
    let after = mask.rsplit('*').next().unwrap_or("");
    after
        .chars()
        .filter(char::is_ascii_alphanumeric)
        .map(|c| c.to_ascii_uppercase())
        .collect()
}

/// One project's exported bodies, by API type name.
fn bodies_of(project: &str, held: &Held, names: &HashMap<Key, String>) -> Map<String, Value> {
    held.iter()
        .map(|(ty, fields)| {
            let body = fields
                .iter()
                .map(|(f, s)| {
                    let v = match s {
                        Slot::Literal(v) => v.clone(),
                        Slot::Secret(mask) => {
                            let (mask, project) = instance(mask, project);
                            let name = names.get(&(ty.api, f.json, mask, project));
                            json!({"env": name})
                        }
                    };
                    (f.json.to_string(), v)
                })
                .collect();
            (ty.api.to_string(), Value::Object(body))
        })
        .collect()
}

/// The file as text.
pub fn render(file: &Value, format: ExportFormat) -> Result<String, String> {
    match format {
        ExportFormat::Json => serde_json::to_string_pretty(file)
            .map(|t| t + "\n")
            .map_err(|e| e.to_string()),
        ExportFormat::Toml => toml::to_string(file)
            .map(|t| if t.ends_with('\n') { t } else { t + "\n" })
            .map_err(|e| e.to_string()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn items(v: Value) -> Vec<Map<String, Value>> {
        v.as_array()
            .unwrap()
            .iter()
            .map(|i| i.as_object().unwrap().clone())
            .collect()
    }

    const A: &str = "aaaaaaaaaaaaaaaaaaaaaaaa";
    const B: &str = "bbbbbbbbbbbbbbbbbbbbbbbb";

    #[test]
    fn common_types_shared_masks_and_per_project_names() {
        let e = build(&[
            (
                A.into(),
                items(json!([
                    {"id": "x", "type": "PAGER_DUTY", "serviceKey": "******7890", "region": "US"},
                    {"type": "OPS_GENIE", "apiKey": "******1111", "region": "US"},
                    {"type": "SLACK", "apiToken": "****", "teamName": "T", "channelName": ""},
                    {"type": "FLOWDOCK", "apiToken": "****"}
                ])),
            ),
            (
                B.into(),
                items(json!([
                    {"type": "PAGER_DUTY", "serviceKey": "******4321"},
                    {"type": "OPS_GENIE", "apiKey": "******1111", "region": "US"},
                    {"type": "PROMETHEUS", "username": "u", "listenAddress": "a:1",
                     "serviceDiscovery": "http", "scheme": "http", "enabled": true,
                     "tlsPemPath": null}
                ])),
            ),
        ]);
        let f = &e.file;
        assert_eq!(f["$schema"], "omi-apply.schema.json");
        // Same mask everywhere: common, one name, the default region left out.
        assert_eq!(
            f["integrations"]["OPS_GENIE"],
            json!({"apiKey": {"env": "OPS_GENIE_API_KEY"}})
        );
        assert_eq!(
            f["projects"][A]["PAGER_DUTY"],
            json!({"serviceKey": {"env": "PAGER_DUTY_SERVICE_KEY_7890"}})
        );
        assert_eq!(
            f["projects"][B]["PAGER_DUTY"]["serviceKey"]["env"],
            "PAGER_DUTY_SERVICE_KEY_4321"
        );
        assert_eq!(
            f["projects"][A]["SLACK"],
            json!({"apiToken": {"env": "SLACK_API_TOKEN"}, "teamName": "T"})
        );
        assert_eq!(
            f["projects"][B]["PROMETHEUS"]["password"],
            json!({"env": "PROMETHEUS_PASSWORD"})
        );
        assert!(f["projects"][B]["PROMETHEUS"].get("tlsPemPath").is_none());
        assert!(!f.to_string().contains('*'));
        assert_eq!(e.notes.len(), 1);
        assert!(e.notes[0].starts_with("FLOWDOCK (1 project)"));
        let og = e
            .variables
            .iter()
            .find(|v| v.name == "OPS_GENIE_API_KEY")
            .unwrap();
        assert_eq!((og.mask.as_deref(), og.projects), (Some("******1111"), 2));
        let prom = e.variables.iter().find(|v| v.ty == "PROMETHEUS").unwrap();
        assert_eq!(
            (prom.name.as_str(), &prom.mask),
            ("PROMETHEUS_PASSWORD", &None)
        );
    }

    #[test]
    fn masks_without_a_visible_tail_are_numbered() {
        let e = build(&[
            (
                A.into(),
                items(json!([{"type": "WEBHOOK", "url": "https://a.example.com/****"}])),
            ),
            (
                B.into(),
                items(json!([{"type": "WEBHOOK", "url": "https://b.example.com/****"}])),
            ),
        ]);
        let names: Vec<&str> = e.variables.iter().map(|v| v.name.as_str()).collect();
        assert_eq!(names, ["WEBHOOK_URL_1", "WEBHOOK_URL_2"]);
    }

    #[test]
    fn types_the_file_cannot_name_are_left_out_with_a_note() {
        let e = build(&[(
            A.into(),
            items(json!([{"type": "FLOWDOCK", "flowName": "f"}, {"type": "flow-2"}])),
        )]);
        assert_eq!(e.file["integrations"], json!({"FLOWDOCK": true}));
        assert_eq!(e.notes.len(), 2, "{:?}", e.notes);
        assert!(
            e.notes[0].starts_with("FLOWDOCK (1 project)"),
            "{:?}",
            e.notes
        );
        assert!(e.notes[1].contains("'flow-2', which an apply file cannot name"));
    }

    /// Equal masks that show no tail may hide different secrets: never one
    /// name for two projects, so never one value written to both.
    #[test]
    fn equal_masks_without_a_tail_are_one_name_per_project() {
        let webhook = || {
            items(
                json!([{"type": "WEBHOOK", "url": "https://hooks.example.com/****",
                          "secret": "******"},
                         {"type": "PROMETHEUS", "username": "prom", "listenAddress": "0.0.0.0:9216",
                          "serviceDiscovery": "http", "scheme": "http", "enabled": true}]),
            )
        };
        let e = build(&[(A.into(), webhook()), (B.into(), webhook())]);
        assert!(
            e.file["integrations"].get("WEBHOOK").is_none(),
            "{}",
            e.file
        );
        let url = |p: &str| e.file["projects"][p]["WEBHOOK"]["url"]["env"].clone();
        assert_eq!(
            (url(A), url(B)),
            (json!("WEBHOOK_URL_1"), json!("WEBHOOK_URL_2"))
        );
        let password = |p: &str| e.file["projects"][p]["PROMETHEUS"]["password"]["env"].clone();
        assert_eq!(
            (password(A), password(B)),
            (
                json!("PROMETHEUS_PASSWORD_1"),
                json!("PROMETHEUS_PASSWORD_2")
            )
        );
        let holder = |ty: &str, field: &str, project: &str| {
            e.variables
                .iter()
                .any(|v| v.ty == ty && v.field == field && v.project.as_deref() == Some(project))
        };
        assert!(holder("WEBHOOK", "secret", A), "{:?}", e.variables);
        assert!(holder("PROMETHEUS", "password", B), "{:?}", e.variables);
    }

    #[test]
    fn toml_renders_and_reads_back() {
        let e = build(&[(
            A.into(),
            items(json!([{"type": "DATADOG", "apiKey": "***5678", "region": "EU"}])),
        )]);
        let t = render(&e.file, ExportFormat::Toml).unwrap();
        let back: toml::Table = toml::from_str(&t).unwrap();
        assert_eq!(serde_json::to_value(back).unwrap(), e.file);
    }
}
