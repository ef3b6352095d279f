//! What `omi apply` prints: a row per project and type with the planned
//! action, the fields that differ (with old → new for those that are no
//! secret) and the result, as a table or JSON; and the count line on
//! stderr. RESULT is `planned` (a dry run would write it), `ok` (nothing
//! to write), `done` (written) or `failed: why`.

use super::table::{Fit, Table};
use super::Style;
use crate::untrusted::{shown_bounded, terminal::escaped, SentSecrets};
use serde_json::{json, Value};

/// One line of apply's summary, as shown.
#[derive(Debug, Clone)]
pub struct Row {
    pub project: String,
    /// The project's name, when the server listed it.
    pub project_name: Option<String>,
    /// The API type name; `None` when the project failed before planning.
    /// For an alert configuration, the notification types it rewrites.
    pub ty: Option<String>,
    /// The alert configuration's id, for a row of `--alerts`.
    pub alert_config: Option<String>,
    /// `add`, `replace`, `delete`, `unchanged`, `unverifiable`,
    /// `needs-value` (a dry run's unset reference); for an alert
    /// configuration `rewrite`, `leave` or `unverifiable`; `None`
    /// when not planned.
    pub action: Option<&'static str>,
    /// Names of the fields that differ, or cannot be verified.
    pub changed: Vec<String>,
    /// For the changed fields that are no secret: (field, old, new), as
    /// the server and the file hold them (not yet made safe to show).
    pub from_to: Vec<(String, String, String)>,
    /// `ok`, `done`, `planned`, or the error message.
    pub result: Result<&'static str, String>,
}

/// The table, or with `--json` one array of every row object. With
/// `terse`, the table lists only the rows that change or fail.
pub fn rows(rows: &[Row], style: Style, terse: bool, sent: &SentSecrets) -> String {
    if style.json {
        let items: Vec<Value> = rows.iter().map(json_row).collect();
        return super::json_line(&Value::Array(items), sent);
    }
    let shown: Vec<&Row> = if terse {
        worth_showing(rows)
    } else {
        rows.iter().collect()
    };
    table(&shown, style, sent).render()
}

fn json_row(r: &Row) -> Value {
    let changes: Vec<Value> = r
        .changed
        .iter()
        .map(
            |field| match r.from_to.iter().find(|(f, _, _)| f == field) {
                Some((_, from, to)) => json!({"field": field, "from": from, "to": to}),
                None => json!({"field": field}),
            },
        )
        .collect();
    json!({
        "projectId": r.project,
        "projectName": r.project_name,
        "type": r.ty,
        "alertConfigId": r.alert_config,
        "action": r.action,
        "changed": r.changed,
        "changes": changes,
        "result": match &r.result { Ok(s) => *s, Err(_) => "failed" },
        "error": r.result.as_ref().err(),
    })
}

fn table(rows: &[&Row], style: Style, sent: &SentSecrets) -> Table {
    let mut table = Table::new(
        style,
        &[
            ("ID", Fit::Whole),
            ("NAME", Fit::Cut),
            ("TYPE", Fit::Whole),
            ("ACTION", Fit::Whole),
            ("CHANGED", Fit::Cut),
            ("RESULT", Fit::Cut),
        ],
    );
    for r in rows {
        let changed: Vec<String> = r
            .changed
            .iter()
            .map(
                |field| match r.from_to.iter().find(|(f, _, _)| f == field) {
                    Some((_, from, to)) => format!(
                        "{field}: {} → {}",
                        shown_bounded(from, sent, None),
                        escaped(to)
                    ),
                    None => field.clone(),
                },
            )
            .collect();
        table.row(vec![
            escaped(&r.project),
            r.project_name
                .as_deref()
                .map(|n| shown_bounded(n, sent, None))
                .unwrap_or_default(),
            match (&r.alert_config, &r.ty) {
                (Some(id), Some(ty)) => format!("{ty} alert config {id}"),
                (Some(id), None) => format!("alert config {id}"),
                (None, ty) => ty.clone().unwrap_or_else(|| "-".into()),
            },
            r.action.unwrap_or("-").to_string(),
            changed.join(", "),
            match &r.result {
                Ok(s) => s.to_string(),
                Err(e) => format!("failed: {e}"),
            },
        ]);
    }
    table
}

/// Whether a row says something on its own at a terminal: it changes (or
/// would) or fails. Unverifiable rows are counted, not listed.
fn noteworthy(r: &Row) -> bool {
    r.result.is_err() || writes(r) || r.action == Some("needs-value")
}

/// The rows a person at a terminal needs.
pub fn worth_showing(rows: &[Row]) -> Vec<&Row> {
    rows.iter().filter(|r| noteworthy(r)).collect()
}

/// Projects none of whose rows is noteworthy.
fn quiet_projects<'a>(rows: impl Iterator<Item = &'a Row>) -> usize {
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
    matches!(r.action, Some("add" | "replace" | "delete" | "rewrite"))
}

/// Whether a row is an alert configuration left on the old key.
pub fn left(r: &Row) -> bool {
    r.alert_config.is_some() && r.action == Some("leave")
}

/// The count line. A dry run: "Plan (dry run, nothing written): 1 to add,
/// 0 to replace, 0 to delete, 3 unchanged, 0 failed." A run: what was
/// done and what failed, apart: "Applied: 30 added, 0 replaced, 0
/// deleted, 14 unchanged; 6 failed." Then how many rows are unverifiable
/// and, with `terse` (rows left out of the table), how many projects.
pub fn counts(rows: &[Row], dry_run: bool, terse: bool) -> String {
    let (alerts, rows): (Vec<&Row>, Vec<&Row>) =
        rows.iter().partition(|r| r.alert_config.is_some());
    let count = |word: &str| rows.iter().filter(|r| r.action == Some(word)).count();
    let done = |word: &str| {
        rows.iter()
            .filter(|r| r.action == Some(word) && r.result == Ok("done"))
            .count()
    };
    let failed = rows.iter().filter(|r| r.result.is_err()).count();
    let mut line = if dry_run {
        format!(
            "Plan (dry run, nothing written): {} to add, {} to replace, {} to delete, {} unchanged, {failed} failed.",
            count("add"),
            count("replace"),
            count("delete"),
            count("unchanged"),
        )
    } else {
        format!(
            "Applied: {} added, {} replaced, {} deleted, {} unchanged; {failed} failed.",
            done("add"),
            done("replace"),
            done("delete"),
            count("unchanged"),
        )
    };
    let unverifiable = count("unverifiable");
    if unverifiable > 0 {
        line.push_str(&format!(
            " {unverifiable} unverifiable: a mask hides whether they changed; --force replaces them{}.",
            if terse { " (--all-rows lists them)" } else { "" }
        ));
    }
    let needs = count("needs-value");
    if needs > 0 {
        line.push_str(&format!(
            " {needs} need{} a value not set yet: planned without it; apply refuses the file until it is set.",
            if needs == 1 { "s" } else { "" }
        ));
    }
    if !alerts.is_empty() {
        let count = |word: &str| alerts.iter().filter(|r| r.action == Some(word)).count();
        let failed = alerts.iter().filter(|r| r.result.is_err()).count();
        line.push_str(&format!(
            " Alert configurations: {} {}, {} {}, {} unverifiable, {failed} failed.",
            count("rewrite") - failed,
            if dry_run { "to rewrite" } else { "rewritten" },
            count("leave"),
            if dry_run {
                "to leave on the old key"
            } else {
                "left on the old key"
            },
            count("unverifiable"),
        ));
    }
    if terse {
        let quiet = quiet_projects(rows.iter().chain(alerts.iter()).copied());
        line.push_str(&format!(
            " {quiet} project{} without changes{}.",
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
            project_name: Some(format!("Name of {project}")),
            ty: action.map(|_| "SLACK".to_string()),
            alert_config: None,
            action,
            changed: vec![],
            from_to: vec![],
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
        let mut one = one;
        one.changed = vec!["region".into(), "apiKey".into()];
        one.from_to = vec![("region".into(), "US".into(), "EU".into())];
        let style = Style {
            tty: true,
            color: false,
            json: false,
        };
        for width in [80, 100, 120] {
            let text = table(&[&one], style, &SentSecrets::default()).for_terminal(Some(width));
            assert!(text.contains(A), "{width}: {text}");
            assert!(text.contains("replace") && text.contains("SLACK"), "{text}");
            assert!(
                text.lines().all(|l| l.chars().count() <= width as usize),
                "{text}"
            );
            assert_eq!(text.lines().count(), 2, "a header and one line: {text}");
            assert!(
                !text.contains('│') && !text.contains('─'),
                "borderless: {text}"
            );
        }
        let wide = table(&[&one], style, &SentSecrets::default()).for_terminal(Some(200));
        assert!(wide.contains("region: US → EU, apiKey"), "{wide}");
        assert!(wide.contains("failed: Ops Manager answered 503"), "{wide}");
        // In a pipe: tab-separated, whole.
        let piped = table(
            &[&one],
            Style {
                tty: false,
                ..style
            },
            &SentSecrets::default(),
        )
        .render();
        let lines: Vec<&str> = piped.lines().collect();
        assert_eq!(lines[0], "ID\tNAME\tTYPE\tACTION\tCHANGED\tRESULT");
        let cells: Vec<&str> = lines[1].split('\t').collect();
        assert_eq!(cells[0], A);
        assert_eq!(cells[4], "region: US → EU, apiKey");
        assert!(cells[5].ends_with("a long reason that wraps"), "{piped}");
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
            line.ends_with("1 project without changes (--all-rows lists them)."),
            "{line}"
        );
        assert!(
            line.starts_with("Applied: 1 added, 0 replaced, 0 deleted, 2 unchanged; 1 failed."),
            "{line}"
        );
        // What failed is not counted as done.
        let failed_add = vec![
            row(A, Some("add"), Err("503".into())),
            row(B, Some("add"), Ok("done")),
        ];
        assert!(counts(&failed_add, false, false)
            .starts_with("Applied: 1 added, 0 replaced, 0 deleted, 0 unchanged; 1 failed."));
        assert!(counts(&rows, true, false).starts_with("Plan (dry run, nothing written): 1 to add"));
        let json: Value = serde_json::from_str(&super::rows(
            &rows,
            Style {
                tty: false,
                color: false,
                json: true,
            },
            true,
            &SentSecrets::default(),
        ))
        .unwrap();
        assert_eq!(json[3]["type"], Value::Null);
        assert_eq!(json[0]["projectId"], A);
        assert_eq!(json[0]["projectName"], format!("Name of {A}"));
        assert_eq!(json.as_array().unwrap().len(), 4, "--json keeps every row");
    }
}
