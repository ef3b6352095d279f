//! What `omi alerts` and `omi alerts test` print: a row per third-party
//! notification (its key as the server masked it, its state against the
//! project's integration), or per test asked for; each as a table or as a
//! JSON array of row objects whose keys never depend on what was found.
//! Every value a server wrote goes through `untrusted` (cells) or
//! `safe_json` (JSON).

use super::table::{cell, Fit, Table};
use super::{json_line, Style};
use crate::api::alerts::{Judgement, State};
use crate::api::projects::Project;
use crate::untrusted::SentSecrets;
use serde_json::{json, Value};
use std::io::Write;
use std::rc::Rc;

/// Where a configuration lives: a project, or the global ones.
#[derive(Debug, Clone)]
pub enum Owner {
    Project(Rc<Project>),
    Global,
}

impl Owner {
    fn json(&self) -> (Value, Value, bool) {
        match self {
            Owner::Project(p) => (json!(p.id), json!(p.name), false),
            Owner::Global => (Value::Null, Value::Null, true),
        }
    }

    fn cells(&self, sent: &SentSecrets) -> [String; 2] {
        match self {
            Owner::Project(p) => [p.id.clone(), cell(p.name.as_deref().unwrap_or(""), sent)],
            Owner::Global => ["-".into(), "(global)".into()],
        }
    }
}

/// One notification, as read and judged.
#[derive(Debug, Clone)]
pub struct Row {
    pub owner: Owner,
    pub config_id: String,
    pub event_type: Option<String>,
    pub enabled: Option<bool>,
    pub notification_id: Option<String>,
    pub notification_type: String,
    pub judgement: Judgement,
}

/// A row of `omi alerts`: a notification, or a project (or the global
/// configurations) that could not be read.
#[derive(Debug, Clone)]
pub enum Line {
    Row(Row),
    Failed { owner: Owner, error: String },
}

/// One row as a JSON object on one line (no newline), made safe.
pub fn json_row(line: &Line, sent: &SentSecrets) -> String {
    let value = match line {
        Line::Row(r) => {
            let (project_id, project_name, global) = r.owner.json();
            let j = &r.judgement;
            let keys: serde_json::Map<String, Value> = j
                .keys
                .iter()
                .map(|(k, v)| (k.to_string(), json!(v)))
                .collect();
            json!({
                "projectId": project_id,
                "projectName": project_name,
                "global": global,
                "alertConfigId": r.config_id,
                "eventTypeName": r.event_type,
                "enabled": r.enabled,
                "notificationId": r.notification_id,
                "notificationType": r.notification_type,
                "keys": keys,
                "state": j.state.word(),
                "staleFields": j.stale,
                "unverifiableFields": j.unverifiable,
                "differs": j.differs.iter().map(|d| json!({
                    "field": d.field, "notification": d.notification, "integration": d.integration,
                })).collect::<Vec<_>>(),
                "error": null,
            })
        }
        Line::Failed { owner, error } => {
            let (project_id, project_name, global) = owner.json();
            json!({
                "projectId": project_id,
                "projectName": project_name,
                "global": global,
                "alertConfigId": null,
                "eventTypeName": null,
                "enabled": null,
                "notificationId": null,
                "notificationType": null,
                "keys": {},
                "state": null,
                "staleFields": [],
                "unverifiableFields": [],
                "differs": [],
                "error": error,
            })
        }
    };
    json_line(&value, sent).trim_end().to_string()
}

/// A JSON array written as its rows arrive: `[`, one object per line,
/// `]`; `[]` when there are none. The same shape whatever was found.
pub struct JsonArray<W: Write> {
    out: W,
    rows: usize,
}

impl<W: Write> JsonArray<W> {
    pub fn new(out: W) -> JsonArray<W> {
        JsonArray { out, rows: 0 }
    }

    pub fn push(&mut self, object: &str) -> std::io::Result<()> {
        let lead = if self.rows == 0 { "[\n" } else { ",\n" };
        self.rows += 1;
        self.out.write_all(lead.as_bytes())?;
        self.out.write_all(object.as_bytes())
    }

    pub fn finish(mut self) -> std::io::Result<()> {
        let end = if self.rows == 0 { "[]\n" } else { "\n]\n" };
        self.out.write_all(end.as_bytes())?;
        self.out.flush()
    }
}

/// The key column: the mask alone, or each field with its mask when the
/// notification holds several keys (a webhook's URL and secret).
fn key_cell(j: &Judgement, sent: &SentSecrets) -> String {
    match &j.keys[..] {
        [] => "-".into(),
        [(_, mask)] => cell(mask, sent),
        many => many
            .iter()
            .map(|(f, m)| format!("{f} {}", cell(m, sent)))
            .collect::<Vec<_>>()
            .join(", "),
    }
}

/// What the state does not say: which of several keys differ or cannot
/// be seen, and fields that are no secret and differ from the
/// integration's.
fn note_cell(j: &Judgement, sent: &SentSecrets) -> String {
    let mut notes = Vec::new();
    if j.keys.len() > 1 {
        if !j.stale.is_empty() {
            notes.push(format!("{} differs", j.stale.join(", ")));
        }
        if !j.unverifiable.is_empty() {
            notes.push(format!("{} hidden", j.unverifiable.join(", ")));
        }
    }
    let unset = |v: &Option<String>| v.as_deref().map_or("(unset)".into(), |v| cell(v, sent));
    for d in &j.differs {
        notes.push(format!(
            "{} {} (integration {})",
            d.field,
            unset(&d.notification),
            unset(&d.integration)
        ));
    }
    notes.join("; ")
}

fn yes_no(b: Option<bool>) -> &'static str {
    match b {
        Some(true) => "yes",
        Some(false) => "no",
        None => "-",
    }
}

/// The table of `omi alerts`.
pub fn table(lines: &[Line], style: Style, sent: &SentSecrets) -> String {
    let mut table = Table::new(
        style,
        &[
            ("PROJECT ID", Fit::Whole),
            ("PROJECT", Fit::Cut),
            ("ALERT CONFIG", Fit::Whole),
            ("EVENT", Fit::Whole),
            ("ENABLED", Fit::Whole),
            ("TYPE", Fit::Whole),
            ("KEY", Fit::Whole),
            ("STATE", Fit::Whole),
            ("NOTE", Fit::Cut),
        ],
    );
    for line in lines {
        match line {
            Line::Row(r) => {
                let [id, name] = r.owner.cells(sent);
                table.row(vec![
                    id,
                    name,
                    r.config_id.clone(),
                    cell(r.event_type.as_deref().unwrap_or("-"), sent),
                    yes_no(r.enabled).into(),
                    cell(&r.notification_type, sent),
                    key_cell(&r.judgement, sent),
                    r.judgement.state.word().into(),
                    note_cell(&r.judgement, sent),
                ]);
            }
            Line::Failed { owner, error } => {
                let [id, name] = owner.cells(sent);
                let dash = || "-".to_string();
                table.row(vec![
                    id,
                    name,
                    dash(),
                    dash(),
                    dash(),
                    dash(),
                    dash(),
                    "error".into(),
                    cell(error, sent),
                ]);
            }
        }
    }
    table.render()
}

/// Whether a line is a stale notification.
pub fn is_stale(line: &Line) -> bool {
    matches!(line, Line::Row(r) if r.judgement.state == State::Stale)
}

/// The count line on stderr: how many notifications in each state.
pub fn counts(lines: &[Line]) -> String {
    let count = |s: State| {
        lines
            .iter()
            .filter(|l| matches!(l, Line::Row(r) if r.judgement.state == s))
            .count()
    };
    let failed = lines
        .iter()
        .filter(|l| matches!(l, Line::Failed { .. }))
        .count();
    let rows = lines.len() - failed;
    let mut line = format!(
        "{rows} notification{}: {} current, {} stale, {} unverifiable, {} without an integration.",
        if rows == 1 { "" } else { "s" },
        count(State::Current),
        count(State::Stale),
        count(State::Unverifiable),
        count(State::NoIntegration),
    );
    if failed > 0 {
        line.push_str(&format!(
            " {failed} could not be read; {} why.",
            if failed == 1 {
                "its row says"
            } else {
                "their rows say"
            }
        ));
    }
    line
}

/// What a test of one notification came to.
#[derive(Debug, Clone)]
pub struct TestAnswer {
    pub success: bool,
    pub message: Option<String>,
    pub notification_type: Option<String>,
    pub destination: Option<String>,
    pub timestamp: Option<String>,
}

/// One test asked for (or, in a dry run, that would be).
#[derive(Debug, Clone)]
pub struct TestRow {
    pub owner: Owner,
    pub config_id: Option<String>,
    pub notification_id: Option<String>,
    pub notification_type: Option<String>,
    /// `None` in a dry run.
    pub outcome: Option<Result<TestAnswer, String>>,
}

/// The tests, as a table or a JSON array of row objects.
pub fn tests(rows: &[TestRow], style: Style, sent: &SentSecrets) -> String {
    if style.json {
        let items: Vec<Value> = rows.iter().map(test_json).collect();
        return json_line(&Value::Array(items), sent);
    }
    let mut table = Table::new(
        style,
        &[
            ("PROJECT ID", Fit::Whole),
            ("PROJECT", Fit::Cut),
            ("ALERT CONFIG", Fit::Whole),
            ("TYPE", Fit::Whole),
            ("RESULT", Fit::Whole),
            ("DESTINATION", Fit::Cut),
            ("MESSAGE", Fit::Cut),
        ],
    );
    let text = |v: &Option<String>| v.as_deref().map_or("-".into(), |v| cell(v, sent));
    for r in rows {
        let [id, name] = r.owner.cells(sent);
        let (result, destination, message) = match &r.outcome {
            None => ("planned".to_string(), "-".to_string(), "-".to_string()),
            Some(Ok(a)) => (
                if a.success { "sent" } else { "failed" }.to_string(),
                text(&a.destination),
                text(&a.message),
            ),
            Some(Err(e)) => ("error".to_string(), "-".to_string(), cell(e, sent)),
        };
        table.row(vec![
            id,
            name,
            text(&r.config_id),
            text(&r.notification_type),
            result,
            destination,
            message,
        ]);
    }
    table.render()
}

fn test_json(r: &TestRow) -> Value {
    let (project_id, project_name, global) = r.owner.json();
    let (result, answer, error) = match &r.outcome {
        None => ("planned", None, None),
        Some(Ok(a)) => (if a.success { "sent" } else { "failed" }, Some(a), None),
        Some(Err(e)) => ("error", None, Some(e)),
    };
    json!({
        "projectId": project_id,
        "projectName": project_name,
        "global": global,
        "alertConfigId": r.config_id,
        "notificationId": r.notification_id,
        "notificationType": r.notification_type,
        "result": result,
        "success": answer.map(|a| a.success),
        "message": answer.and_then(|a| a.message.clone()),
        "destination": answer.and_then(|a| a.destination.clone()),
        "testedType": answer.and_then(|a| a.notification_type.clone()),
        "timestamp": answer.and_then(|a| a.timestamp.clone()),
        "error": error,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::api::alerts::{Difference, Judgement};
    use crate::input::secret::Secret;

    const PLAIN: Style = Style {
        tty: false,
        color: false,
        json: false,
    };

    fn project() -> Owner {
        Owner::Project(Rc::new(Project {
            id: "5e2211c17a3e5a48f5497de3".into(),
            name: Some("Prod \u{1b}[31m".into()),
            org_id: None,
        }))
    }

    fn row(state: State) -> Line {
        Line::Row(Row {
            owner: project(),
            config_id: "5e2211c17a3e5a48f5497d01".into(),
            event_type: Some("HOST_DOWN".into()),
            enabled: Some(true),
            notification_id: Some("5e2211c17a3e5a48f5497d02".into()),
            notification_type: "SLACK".into(),
            judgement: Judgement {
                state,
                keys: vec![("apiToken", "******7890".into())],
                stale: vec![],
                unverifiable: vec![],
                differs: vec![Difference {
                    field: "channelName",
                    notification: Some("#ops".into()),
                    integration: None,
                }],
            },
        })
    }

    #[test]
    fn json_rows_have_one_shape() {
        let sent = SentSecrets::default();
        let ok: Value = serde_json::from_str(&json_row(&row(State::Stale), &sent)).unwrap();
        let failed: Value = serde_json::from_str(&json_row(
            &Line::Failed {
                owner: Owner::Global,
                error: "Ops Manager answered 403".into(),
            },
            &sent,
        ))
        .unwrap();
        let keys = |v: &Value| v.as_object().unwrap().keys().cloned().collect::<Vec<_>>();
        assert_eq!(keys(&ok), keys(&failed));
        assert_eq!(ok["state"], "stale");
        assert_eq!(ok["keys"]["apiToken"], "******7890");
        assert_eq!(
            ok["projectName"], "Prod \u{1b}[31m",
            "JSON keeps the text, escaped"
        );
        assert_eq!(failed["global"], true);
        let mut out = Vec::new();
        let mut array = JsonArray::new(&mut out);
        array.push(&json_row(&row(State::Current), &sent)).unwrap();
        array.push(&json_row(&row(State::Stale), &sent)).unwrap();
        array.finish().unwrap();
        let all: Value = serde_json::from_slice(&out).unwrap();
        assert_eq!(all.as_array().unwrap().len(), 2);
        let mut empty = Vec::new();
        JsonArray::new(&mut empty).finish().unwrap();
        assert_eq!(empty, b"[]\n");
    }

    #[test]
    fn tables_make_server_text_safe() {
        let sent = SentSecrets::default();
        sent.mark(&Secret::new("xoxb-sent-token-7890"), "******7890");
        let mut line = row(State::Stale);
        if let Line::Row(r) = &mut line {
            r.event_type = Some("HOST_DOWN xoxb-sent-token-7890".into());
        }
        let t = table(&[line], PLAIN, &sent);
        assert!(!t.contains('\u{1b}') && t.contains("\\u{1b}"), "{t}");
        assert!(!t.contains("xoxb-sent"), "{t}");
        assert!(t.contains("channelName #ops (integration (unset))"), "{t}");
        assert!(t.contains("stale"));
        assert_eq!(
            counts(&[row(State::Stale), row(State::Current), Line::Failed { owner: Owner::Global, error: "x".into() }]),
            "2 notifications: 1 current, 1 stale, 0 unverifiable, 0 without an integration. 1 could not be read; its row says why."
        );
    }
}
