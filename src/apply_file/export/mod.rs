//! The apply file's writer (`omi export`): the file that describes what
//! projects hold now, the environment variables it needs, and their
//! template (`--env-file`). Pure: handed the projects and their
//! integrations as the server returned them, how to name (`--share`, the
//! file being replaced), it returns the file's value (`output::variables`
//! says the variables on stderr).
//!
//! - A field that is no secret is written as the server returned it; so
//!   is a label returned in clear (VictorOps `routingKey`, see
//!   [`Field::label`](crate::api::types::Field::label)).
//! - A secret field is never written, masked or not, whatever the server
//!   returned: it becomes `{"env": NAME}`.
//! - Equal masks are not equal secrets (`key-1111-abcd` and
//!   `key-2222-abcd` both show `*********abcd`): each project's secret
//!   gets a variable of its own, named for the project
//!   (`OPS_GENIE_API_KEY_PROJECT_1`, from its name, else its id). One
//!   variable stands for several projects only where their values are
//!   known equal: the user said so (`--share TYPE.FIELD[=NAME]`), or the
//!   file being replaced does (a `{"env": NAME}` under `integrations`, or
//!   one name in several projects' entries). Masks that show the values
//!   differ refute that: `--share` is then an error, and the file's
//!   declaration is dropped with a warning.
//! - Names are stable: a name the file being replaced uses for a project,
//!   type and field is kept for it, and no name it uses is ever given to
//!   anything else.
//! - Fields the table does not know (`id`, server defaults), nulls, empty
//!   strings and values equal to the table's default are left out.
//! - A type the table does not know (an older server's `FLOWDOCK`), or one
//!   that lacks a field apply needs to write it (a legacy Slack without
//!   `teamName`), is written `true`: apply keeps it as the server holds it,
//!   and `--prune` leaves it, since the file cannot hold it.
//! - A type every project holds with equal values, referring only to
//!   variables declared shared, goes under `integrations`; the rest under
//!   `projects` (an entry there replaces the common one whole, so a type
//!   with a per-project key is written whole in each project).
//!
//! The parts: `held` (what each project holds, as the file can write it),
//! `share` (what `--share` declares), `names` (the variables: which
//! secrets each stands for, and its name) and `env_file` (the variables
//! told to a person: the `--env-file` template); here, the file they make:
//! which type goes under `integrations`, which under `projects`, and each
//! body.

mod env_file;
#[cfg(test)]
mod fixtures;
mod held;
mod names;
mod share;

pub use env_file::{env_template, holders, values_set};
pub use names::Variable;
pub use share::{is_variable_name, parse_shares, Share, OWN_KEYS};

use super::schema;
use crate::api::projects::Project;
use held::{exportable, kept_notes, Held, Kept, Slot, Why};
use names::{name_secrets, Existing};
use serde_json::{json, Map, Value};
use std::collections::HashMap;

/// What `omi export` writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum ExportFormat {
    #[default]
    Json,
    Toml,
}

/// How the variables are named.
#[derive(Debug, Clone, Copy, Default)]
pub struct Naming<'a> {
    /// `--share`: fields the user says every project holds alike.
    pub shares: &'a [Share],
    /// The apply file being replaced (`-o FILE`), as read, references not
    /// resolved: the names it uses are kept.
    pub existing: Option<&'a Value>,
}

/// The file, the variables it needs and what was left out.
#[derive(Debug, Clone)]
pub struct Export {
    pub file: Value,
    pub variables: Vec<Variable>,
    pub notes: Vec<String>,
    /// Names of the file being replaced that could not be kept, and why.
    pub warnings: Vec<String>,
}

/// Builds the file from each project and its integrations as received;
/// an error when a `--share` is refuted by what the server shows.
pub fn build(
    projects: &[(Project, Vec<Map<String, Value>>)],
    naming: Naming,
) -> Result<Export, String> {
    let (held, kept): (Vec<Held>, Vec<Vec<Kept>>) =
        projects.iter().map(|(_, items)| exportable(items)).unzip();
    let existing = naming.existing.map(Existing::of).unwrap_or_default();
    let ps: Vec<&Project> = projects.iter().map(|(p, _)| p).collect();
    let named = name_secrets(&held, &ps, naming.shares, &existing)?;
    let bodies: Vec<Map<String, Value>> = held
        .iter()
        .zip(&kept)
        .enumerate()
        .map(|(at, (h, kept))| {
            let mut body = bodies_of(at, h, &named.names);
            let written = kept.iter().filter(|k| k.why != Why::Unnamable);
            body.extend(written.map(|k| (k.api.clone(), Value::Bool(true))));
            body
        })
        .collect();
    let mut common = Map::new();
    if let Some(first) = bodies.first() {
        for (api, value) in first {
            let everywhere = bodies.iter().all(|b| b.get(api) == Some(value));
            let only_shared = held[0]
                .iter()
                .filter(|(t, _)| t.api == api)
                .all(|(t, fields)| {
                    fields.iter().all(|(f, s)| {
                        matches!(s, Slot::Literal(_))
                            || named.shareable.contains(&(0, t.api, f.json))
                    })
                });
            if everywhere && only_shared {
                common.insert(api.clone(), value.clone());
            }
        }
    }
    let mut per_project = Map::new();
    for ((p, _), b) in projects.iter().zip(bodies) {
        let own: Map<String, Value> = b
            .into_iter()
            .filter(|(api, _)| !common.contains_key(api))
            .collect();
        if !own.is_empty() {
            per_project.insert(p.id.clone(), Value::Object(own));
        }
    }
    let mut file = json!({"$schema": schema::FILE_NAME, "integrations": common});
    if !per_project.is_empty() {
        file["projects"] = Value::Object(per_project);
    }
    let mut notes = kept_notes(projects, &kept);
    notes.extend(named.notes);
    Ok(Export {
        file,
        variables: named.variables,
        notes,
        warnings: named.warnings,
    })
}

/// One project's exported bodies, by API type name.
fn bodies_of(
    at: usize,
    held: &Held,
    names: &HashMap<(usize, &'static str, &'static str), String>,
) -> Map<String, Value> {
    held.iter()
        .map(|(ty, fields)| {
            let body = fields
                .iter()
                .map(|(f, s)| {
                    let v = match s {
                        Slot::Literal(v) => v.clone(),
                        Slot::Secret(_) => json!({"env": names.get(&(at, ty.api, f.json))}),
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
    use super::fixtures::*;
    use super::*;

    #[test]
    fn per_project_names_defaults_and_types_kept_true() {
        let e = build(
            &[
                (
                    project(A, Some("Prod / EU")),
                    items(json!([
                        {"id": "x", "type": "PAGER_DUTY", "serviceKey": "******7890", "region": "US"},
                        {"type": "SLACK", "apiToken": "****", "teamName": "T", "channelName": ""},
                        {"type": "FLOWDOCK", "apiToken": "****"}
                    ])),
                ),
                (
                    project(B, None),
                    items(json!([
                        {"type": "PROMETHEUS", "username": "u", "listenAddress": "a:1",
                         "serviceDiscovery": "http", "scheme": "http", "enabled": true,
                         "tlsPemPath": null},
                        {"type": "PAGER_DUTY", "serviceKey": "******4321"}
                    ])),
                ),
            ],
            Naming::default(),
        )
        .unwrap();
        let f = &e.file;
        assert_eq!(f["$schema"], "omi-apply.schema.json");
        assert_eq!(
            f["projects"][A]["PAGER_DUTY"],
            json!({"serviceKey": {"env": "PAGER_DUTY_SERVICE_KEY_PROD_EU"}})
        );
        // No name: the id, upper-cased.
        assert_eq!(
            f["projects"][B]["PAGER_DUTY"]["serviceKey"]["env"],
            "PAGER_DUTY_SERVICE_KEY_BBBBBBBBBBBBBBBBBBBBBBBB"
        );
        assert_eq!(
            f["projects"][A]["SLACK"],
            json!({"apiToken": {"env": "SLACK_API_TOKEN_PROD_EU"}, "teamName": "T"})
        );
        assert_eq!(
            f["projects"][B]["PROMETHEUS"]["password"],
            json!({"env": "PROMETHEUS_PASSWORD_BBBBBBBBBBBBBBBBBBBBBBBB"})
        );
        assert!(f["projects"][B]["PROMETHEUS"].get("tlsPemPath").is_none());
        assert!(!f.to_string().contains('*'));
        assert_eq!(e.notes.len(), 1);
        assert!(e.notes[0].starts_with("FLOWDOCK (1 project)"));
        // Listed in table order, then project order.
        let names: Vec<&str> = e.variables.iter().map(|v| v.name.as_str()).collect();
        assert_eq!(
            names,
            [
                "PAGER_DUTY_SERVICE_KEY_PROD_EU",
                "PAGER_DUTY_SERVICE_KEY_BBBBBBBBBBBBBBBBBBBBBBBB",
                "SLACK_API_TOKEN_PROD_EU",
                "PROMETHEUS_PASSWORD_BBBBBBBBBBBBBBBBBBBBBBBB"
            ]
        );
        assert_eq!(e.variables[3].mask, None);
    }

    /// One project alone: its secrets stay in its own entry (a common one
    /// would hand them to every project a later apply targets); what has
    /// none goes under `integrations`.
    #[test]
    fn one_project_keeps_its_secrets_in_its_own_entry() {
        let e = plain(&fleet(&[json!([
            {"type": "DATADOG", "apiKey": "***5678", "region": "EU"},
            {"type": "FLOWDOCK", "flowName": "f"}
        ])]));
        assert_eq!(e.file["integrations"], json!({"FLOWDOCK": true}));
        assert_eq!(
            e.file["projects"][A]["DATADOG"]["apiKey"]["env"],
            "DATADOG_API_KEY_PROJECT_1"
        );
    }

    #[test]
    fn a_share_is_one_variable_and_the_type_goes_common() {
        let e = build(
            &three_keys_one_mask(),
            Naming {
                shares: &shares(&["ops-genie.api-key"]),
                existing: None,
            },
        )
        .unwrap();
        assert_eq!(
            e.file["integrations"],
            json!({"OPS_GENIE": {"apiKey": {"env": "OPS_GENIE_API_KEY"}, "region": "EU"}})
        );
        assert!(e.file.get("projects").is_none(), "{}", e.file);
        assert_eq!(e.variables.len(), 1);
        assert_eq!(holders(&e.variables[0]), "3 projects (shared)");
        let named = build(
            &three_keys_one_mask(),
            Naming {
                shares: &shares(&["OPS_GENIE.apiKey=OG_FLEET"]),
                existing: None,
            },
        )
        .unwrap();
        assert_eq!(
            named.file["integrations"]["OPS_GENIE"]["apiKey"]["env"],
            "OG_FLEET"
        );
    }

    #[test]
    fn toml_renders_and_reads_back() {
        let e = plain(&fleet(&[
            json!([{"type": "DATADOG", "apiKey": "***5678", "region": "EU"}]),
        ]));
        let t = render(&e.file, ExportFormat::Toml).unwrap();
        let back: toml::Table = toml::from_str(&t).unwrap();
        assert_eq!(serde_json::to_value(back).unwrap(), e.file);
    }
}
