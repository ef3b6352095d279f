//! What `omi apply` prints: a row per project and type with the planned
//! action, the fields that differ and the result, as a table or JSON; and
//! the count line on stderr.

use super::{table::new_table, Style};
use crate::untrusted::{terminal::escaped, SentSecrets};
use comfy_table::ColumnConstraint;
use serde_json::{json, Value};

/// One line of apply's summary, as shown.
#[derive(Debug, Clone)]
pub struct Row {
    pub project: String,
    /// The API type name; `None` when the project failed before planning.
    pub ty: Option<String>,
    /// `add`, `replace`, `delete`, `unchanged`; `None` when not planned.
    pub action: Option<&'static str>,
    /// Names of the fields that differ (never values).
    pub changed: Vec<String>,
    /// `ok`, `done`, `planned`, or the error message.
    pub result: Result<&'static str, String>,
}

/// The table, or with `--json` one array of every row object. With
/// `terse`, the table lists only the rows worth showing.
pub fn rows(rows: &[Row], style: Style, terse: bool, sent: &SentSecrets) -> String {
    if style.json {
        let items: Vec<Value> = rows
            .iter()
            .map(|r| {
                json!({
                    "project": r.project,
                    "type": r.ty,
                    "action": r.action,
                    "changed": r.changed,
                    "result": match &r.result { Ok(s) => *s, Err(_) => "failed" },
                    "error": r.result.as_ref().err(),
                })
            })
            .collect();
        return super::json_line(&Value::Array(items), sent);
    }
    let shown: Vec<&Row> = if terse {
        worth_showing(rows)
    } else {
        rows.iter().collect()
    };
    format!("{}\n", table(&shown, style))
}

fn table(rows: &[&Row], style: Style) -> comfy_table::Table {
    let mut table = new_table(style, &["PROJECT", "TYPE", "ACTION", "CHANGED", "RESULT"]);
    // On a narrow terminal only the free-text columns wrap: an id broken
    // over three lines cannot be copied.
    table.set_constraints(vec![
        ColumnConstraint::ContentWidth,
        ColumnConstraint::ContentWidth,
        ColumnConstraint::ContentWidth,
    ]);
    for r in rows {
        table.add_row(vec![
            escaped(&r.project),
            r.ty.clone().unwrap_or_else(|| "-".into()),
            r.action.unwrap_or("-").to_string(),
            r.changed.join(", "),
            match &r.result {
                Ok(s) => s.to_string(),
                Err(e) => format!("failed: {e}"),
            },
        ]);
    }
    table
}

/// Whether a row says something on its own: it changes, fails or cannot
/// be verified.
fn noteworthy(r: &Row) -> bool {
    r.result.is_err() || r.action.is_some_and(|a| a != "unchanged")
}

/// The rows a person at a terminal needs: those of projects with anything
/// noteworthy are all kept, so a project's rows stay together.
pub fn worth_showing(rows: &[Row]) -> Vec<&Row> {
    rows.iter().filter(|r| noteworthy(r)).collect()
}

/// Projects all of whose rows are unchanged.
fn quiet_projects(rows: &[Row]) -> usize {
    let mut projects: Vec<(&str, bool)> = Vec::new();
    for r in rows {
        match projects.iter_mut().find(|(p, _)| *p == r.project) {
            Some((_, quiet)) => *quiet &= !noteworthy(r),
            None => projects.push((&r.project, !noteworthy(r))),
        }
    }
    projects.iter().filter(|(_, quiet)| *quiet).count()
}

/// Whether a row writes (or would write) something.
pub fn writes(r: &Row) -> bool {
    matches!(r.action, Some("add" | "replace" | "delete"))
}

/// "Applied: 1 to add, 0 to replace, 0 to delete, 3 unchanged, 0 failed."
/// With `terse` (unchanged rows left out of the table), also how many
/// projects were left out.
pub fn counts(rows: &[Row], dry_run: bool, terse: bool) -> String {
    let count = |word: &str| rows.iter().filter(|r| r.action == Some(word)).count();
    let failed = rows.iter().filter(|r| r.result.is_err()).count();
    let lead = if dry_run {
        "Plan (dry run, nothing written)"
    } else {
        "Applied"
    };
    let mut line = format!(
        "{lead}: {} to add, {} to replace, {} to delete, {} unchanged, {failed} failed.",
        count("add"),
        count("replace"),
        count("delete"),
        count("unchanged"),
    );
    let unverifiable = count("unverifiable");
    if unverifiable > 0 {
        line.push_str(&format!(
            " {unverifiable} unverifiable: a mask hides whether they changed; --force replaces them."
        ));
    }
    if terse {
        let quiet = quiet_projects(rows);
        line.push_str(&format!(
            " {quiet} project{} unchanged{}.",
            if quiet == 1 { "" } else { "s" },
            if quiet > 0 {
                " (--all-rows lists them)"
            } else {
                ""
            }
        ));
    }
    line
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row(
        project: &str,
        action: Option<&'static str>,
        result: Result<&'static str, String>,
    ) -> Row {
        Row {
            project: project.to_string(),
            ty: action.map(|_| "SLACK".to_string()),
            action,
            changed: vec![],
            result,
        }
    }

    const A: &str = "5e2211c17a3e5a48f5497de3";
    const B: &str = "6f3322d28b4f6b59a65a8ef4";

    #[test]
    fn narrow_terminals_keep_ids_whole() {
        let one = row(
            A,
            Some("replace"),
            Err("Ops Manager answered 503 Service Unavailable: a long reason that wraps".into()),
        );
        let mut t = table(
            &[&one],
            Style {
                color: false,
                json: false,
            },
        );
        t.set_content_arrangement(comfy_table::ContentArrangement::Dynamic);
        t.set_width(60);
        let text = t.to_string();
        assert!(text.contains(A), "{text}");
        assert!(text.lines().all(|l| l.chars().count() <= 60), "{text}");
    }

    #[test]
    fn terse_tables_and_counts() {
        let rows = vec![
            row(A, Some("unchanged"), Ok("ok")),
            row(A, Some("add"), Ok("done")),
            row(B, Some("unchanged"), Ok("ok")),
            row("7a4433e39c5a7c6ab76b9f05", None, Err("no".into())),
        ];
        let shown = worth_showing(&rows);
        assert_eq!(shown.len(), 2);
        let line = counts(&rows, false, true);
        assert!(
            line.ends_with("1 project unchanged (--all-rows lists them)."),
            "{line}"
        );
        assert!(counts(&rows, true, false).starts_with("Plan (dry run, nothing written): 1 to add"));
        let json: Value = serde_json::from_str(&super::rows(
            &rows,
            Style {
                color: false,
                json: true,
            },
            true,
            &SentSecrets::default(),
        ))
        .unwrap();
        assert_eq!(json[3]["type"], Value::Null);
        assert_eq!(json.as_array().unwrap().len(), 4, "--json keeps every row");
    }
}
