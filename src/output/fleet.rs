//! What `omi projects` and `omi list` across projects print: the project
//! table, and the matrix of projects and integration types, each as a
//! table or JSON.

use super::table::{cell, Fit, Table};
use super::{json_line, Style};
use crate::api::projects::Project;
use crate::api::secrecy::Secrecy;
use crate::api::types::{self, TYPES};
use crate::untrusted::SentSecrets;
use serde_json::{json, Map, Value};

/// `omi projects`: id, name, organization, a row each; with `--json`, an
/// array of `{"projectId", "projectName", "orgId"}` (the key names of a
/// project in every `--json` omi prints).
pub fn projects(list: &[Project], style: Style, sent: &SentSecrets) -> String {
    if style.json {
        let items: Vec<Value> = list
            .iter()
            .map(|p| json!({"projectId": p.id, "projectName": p.name, "orgId": p.org_id}))
            .collect();
        return json_line(&Value::Array(items), sent);
    }
    let mut table = Table::new(
        style,
        &[
            ("ID", Fit::Whole),
            ("NAME", Fit::Cut),
            ("ORGANIZATION", Fit::Whole),
        ],
    );
    for p in list {
        table.row(vec![
            p.id.clone(),
            cell(p.name.as_deref().unwrap_or(""), sent),
            p.org_id.clone().unwrap_or_default(),
        ]);
    }
    table.render()
}

/// One project of `omi list` across projects: what it holds, or why it
/// could not be read.
#[derive(Debug, Clone)]
pub struct ProjectIntegrations {
    pub project: Project,
    pub integrations: Result<Vec<Map<String, Value>>, String>,
}

impl ProjectIntegrations {
    /// Whether the project holds the type (API name); `None` when it
    /// could not be read.
    pub fn has(&self, api: &str) -> Option<bool> {
        let items = self.integrations.as_ref().ok()?;
        Some(items.iter().any(|i| type_of(i) == Some(api)))
    }
}

fn type_of(item: &Map<String, Value>) -> Option<&str> {
    item.get("type").and_then(Value::as_str)
}

/// The matrix: a row per project (id, name), a column per type that any
/// project holds; with `--json` an array of `{"projectId", "projectName",
/// "integrations"}`, the integrations as received (`"integrations": null`
/// and an `"error"` for a project that could not be read), whatever the
/// number of projects.
pub fn matrix(rows: &[ProjectIntegrations], style: Style, sent: &SentSecrets) -> String {
    if style.json {
        return matrix_json(rows, sent);
    }
    let columns = columns(rows);
    let failed = rows.iter().any(|r| r.integrations.is_err());
    let mut header: Vec<(String, Fit)> = vec![("ID".into(), Fit::Whole), ("NAME".into(), Fit::Cut)];
    header.extend(columns.iter().map(|c| (cell(c, sent), Fit::Whole)));
    if failed {
        header.push(("ERROR".into(), Fit::Cut));
    }
    let header: Vec<(&str, Fit)> = header.iter().map(|(h, f)| (h.as_str(), *f)).collect();
    let mut table = Table::new(style, &header);
    for r in rows {
        let mut line = vec![
            r.project.id.clone(),
            cell(r.project.name.as_deref().unwrap_or(""), sent),
        ];
        for c in &columns {
            line.push(match &r.integrations {
                Ok(items) => presence(items, c, sent),
                Err(_) => "?".into(),
            });
        }
        if failed {
            line.push(
                r.integrations
                    .as_ref()
                    .err()
                    .map(|e| cell(e, sent))
                    .unwrap_or_default(),
            );
        }
        table.row(line);
    }
    table.render()
}

fn matrix_json(rows: &[ProjectIntegrations], sent: &SentSecrets) -> String {
    let items: Vec<Value> = rows
        .iter()
        .map(|r| {
            let mut o = json!({"projectId": r.project.id, "projectName": r.project.name});
            match &r.integrations {
                Ok(items) => {
                    o["integrations"] =
                        Value::Array(items.iter().cloned().map(Value::Object).collect())
                }
                Err(e) => {
                    o["integrations"] = Value::Null;
                    o["error"] = Value::String(e.clone());
                }
            }
            o
        })
        .collect();
    json_line(&Value::Array(items), sent)
}

/// The types any project holds: the table's in its order, then others
/// by name.
fn columns(rows: &[ProjectIntegrations]) -> Vec<String> {
    let held: std::collections::BTreeSet<&str> = rows
        .iter()
        .filter_map(|r| r.integrations.as_ref().ok())
        .flatten()
        .filter_map(type_of)
        .collect();
    let mut out: Vec<String> = TYPES
        .iter()
        .filter(|t| held.contains(t.api))
        .map(|t| t.api.to_string())
        .collect();
    out.extend(
        held.iter()
            .filter(|h| types::by_api(h).is_none())
            .map(|h| h.to_string()),
    );
    out
}

/// A cell: `-` when the project lacks the type; else `✓`, then the last
/// four characters of each key the table masks that way (`…7890`), so a
/// person can see which key is where.
fn presence(items: &[Map<String, Value>], api: &str, sent: &SentSecrets) -> String {
    let Some(item) = items.iter().find(|i| type_of(i) == Some(api)) else {
        return "-".into();
    };
    let mut out = "✓".to_string();
    let Some(ty) = types::by_api(api) else {
        return out;
    };
    for f in ty.fields.iter().filter(|f| f.secrecy == Secrecy::LastFour) {
        if let Some(tail) = item.get(f.json).and_then(Value::as_str).and_then(last_four) {
            out.push_str(&format!(" …{}", cell(&tail, sent)));
        }
    }
    out
}

/// The last four characters of a value longer than four, unless they
/// are masked too.
fn last_four(value: &str) -> Option<String> {
    let chars: Vec<char> = value.chars().collect();
    if chars.len() <= 4 {
        return None;
    }
    let tail: String = chars[chars.len() - 4..].iter().collect();
    (!tail.contains('*')).then_some(tail)
}

#[cfg(test)]
mod tests {
    use super::*;

    const PLAIN: Style = Style {
        tty: false,
        color: false,
        json: false,
    };

    fn row(id: &str, items: Value) -> ProjectIntegrations {
        ProjectIntegrations {
            project: Project {
                id: id.into(),
                name: Some(format!("name-{id}")),
                org_id: None,
            },
            integrations: Ok(items
                .as_array()
                .unwrap()
                .iter()
                .map(|v| v.as_object().unwrap().clone())
                .collect()),
        }
    }

    #[test]
    fn matrix_shows_presence_and_last_four() {
        let rows = vec![
            row(
                "a",
                json!([{"type": "PAGER_DUTY", "serviceKey": "******7890"},
                       {"type": "FLOWDOCK", "x": 1}]),
            ),
            row(
                "b",
                json!([{"type": "SLACK", "apiToken": "****", "teamName": "T\u{1b}"}]),
            ),
        ];
        let t = matrix(&rows, PLAIN, &SentSecrets::default());
        let header = t.lines().next().unwrap();
        let pd = header.find("PAGER_DUTY").unwrap();
        assert!(
            pd < header.find("SLACK").unwrap()
                && header.find("SLACK").unwrap() < header.find("FLOWDOCK").unwrap()
        );
        assert!(t.contains("✓ …7890"), "{t}");
        assert!(!t.contains("****"), "{t}");
        assert!(!t.contains("ERROR"));
        assert_eq!(rows[1].has("PAGER_DUTY"), Some(false));
        let j: Value = serde_json::from_str(&matrix(
            &rows,
            Style {
                tty: false,
                color: false,
                json: true,
            },
            &SentSecrets::default(),
        ))
        .unwrap();
        assert_eq!(j[0]["projectId"], "a");
        assert_eq!(j[1]["integrations"][0]["teamName"], "T\u{1b}");
    }

    #[test]
    fn last_four_never_shows_more() {
        assert_eq!(last_four("******7890").as_deref(), Some("7890"));
        assert_eq!(last_four("abcd"), None);
        assert_eq!(last_four("clear-routing-key").as_deref(), Some("-key"));
        assert_eq!(last_four("**********"), None);
    }
}
