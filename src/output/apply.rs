//! What `omi apply` prints: a row per project and type with the planned
//! action, the fields that differ and the result, as a table or JSON; and
//! the count line on stderr.

use super::{table::new_table, Style};
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

/// The table, or with `--json` one array of row objects.
pub fn rows(rows: &[Row], style: Style) -> String {
    if style.json {
        let items: Vec<Value> = rows
            .iter()
            .map(|r| {
                json!({
                    "project": r.project,
                    "type": r.ty.as_deref().unwrap_or("-"),
                    "action": r.action,
                    "changed": r.changed,
                    "result": match &r.result { Ok(s) => *s, Err(_) => "failed" },
                    "error": r.result.as_ref().err(),
                })
            })
            .collect();
        return super::json_line(&Value::Array(items));
    }
    let mut table = new_table(style, &["PROJECT", "TYPE", "ACTION", "CHANGED", "RESULT"]);
    for r in rows {
        table.add_row(vec![
            r.project.clone(),
            r.ty.clone().unwrap_or_else(|| "-".into()),
            r.action.unwrap_or("-").to_string(),
            r.changed.join(", "),
            match &r.result {
                Ok(s) => s.to_string(),
                Err(e) => format!("failed: {e}"),
            },
        ]);
    }
    format!("{table}\n")
}

/// "Applied: 1 to add, 0 to replace, 0 to delete, 3 unchanged, 0 failed."
pub fn counts(rows: &[Row], dry_run: bool) -> String {
    let count = |word: &str| rows.iter().filter(|r| r.action == Some(word)).count();
    let failed = rows.iter().filter(|r| r.result.is_err()).count();
    let lead = if dry_run {
        "Plan (dry run, nothing written)"
    } else {
        "Applied"
    };
    format!(
        "{lead}: {} to add, {} to replace, {} to delete, {} unchanged, {failed} failed.",
        count("add"),
        count("replace"),
        count("delete"),
        count("unchanged"),
    )
}
