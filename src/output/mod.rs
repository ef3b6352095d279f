//! Presentation: tables of integrations, raw JSON, dry-run requests and
//! plans. Knows nothing of HTTP: it is handed bytes and values, and returns
//! the text for stdout.

use crate::errors::{ExitKind, OmiError};
use comfy_table::{presets, Attribute, Cell, ContentArrangement, Table};
use serde_json::{Map, Value};

#[derive(Debug, Clone, Copy)]
pub struct Style {
    /// stdout is a terminal and NO_COLOR is not set.
    pub color: bool,
}

/// A table with omi's look: rounded on terminals, bold headers only when
/// colour is allowed, never wrapped when piped.
pub fn new_table(style: Style, header: &[&str]) -> Table {
    let mut table = Table::new();
    table.load_preset(presets::UTF8_FULL);
    if style.color {
        table.enforce_styling();
        // Wrap to the terminal's width only when it is known and sane: a
        // pty that reports 0 columns would squeeze every cell to a letter.
        if table.width().is_some_and(|w| w >= 40) {
            table.set_content_arrangement(ContentArrangement::Dynamic);
        }
    } else {
        table.force_no_tty();
    }
    let cells: Vec<Cell> = header
        .iter()
        .map(|h| {
            let c = Cell::new(h);
            if style.color {
                c.add_attribute(Attribute::Bold)
            } else {
                c
            }
        })
        .collect();
    table.set_header(cells);
    table
}

/// The integrations in a response body: a list page (`results`), one
/// integration object, or either inside an envelope (`content`).
pub fn integrations_of(body: &[u8]) -> Result<Vec<Map<String, Value>>, OmiError> {
    let value: Value = serde_json::from_slice(body).map_err(|e| unreadable(&e.to_string()))?;
    let value = match value {
        Value::Object(mut o) if o.contains_key("content") && o.contains_key("status") => {
            o.remove("content").unwrap_or(Value::Null)
        }
        v => v,
    };
    let items = match value {
        Value::Object(mut o) if o.contains_key("results") => match o.remove("results") {
            Some(Value::Array(items)) => items,
            _ => return Err(unreadable("'results' is not a list")),
        },
        Value::Object(o) if o.contains_key("type") => vec![Value::Object(o)],
        _ => return Err(unreadable("expected a list page or an integration")),
    };
    items
        .into_iter()
        .map(|item| match item {
            Value::Object(o) => Ok(o),
            _ => Err(unreadable("an integration is not a JSON object")),
        })
        .collect()
}

fn unreadable(why: &str) -> OmiError {
    OmiError::new(
        ExitKind::Server,
        format!("the server's response is not what the API returns ({why})"),
    )
}

/// A value as the server sent it: strings bare, anything else as JSON.
pub fn show_value(v: &Value) -> String {
    match v {
        Value::String(s) => s.clone(),
        other => other.to_string(),
    }
}

/// A row per integration: its type, then every other returned field.
pub fn integrations_table(items: &[Map<String, Value>], style: Style) -> String {
    let mut table = new_table(style, &["TYPE", "SETTINGS"]);
    for item in items {
        let ty = item.get("type").map(show_value).unwrap_or_default();
        let settings = item
            .iter()
            .filter(|(k, _)| k.as_str() != "type")
            .map(|(k, v)| format!("{k}: {}", show_value(v)))
            .collect::<Vec<_>>()
            .join("\n");
        table.add_row(vec![ty, settings]);
    }
    table.to_string()
}

/// The response body as received, ending in a newline.
pub fn raw_json(body: &[u8]) -> String {
    let mut text = String::from_utf8_lossy(body).into_owned();
    if !text.ends_with('\n') {
        text.push('\n');
    }
    text
}

/// What `--dry-run` prints: the request line and the body, already masked.
pub fn dry_run(method: &str, url: &str, body: Option<&Map<String, Value>>, json: bool) -> String {
    if json {
        let mut out = Map::new();
        out.insert("method".into(), Value::String(method.into()));
        out.insert("url".into(), Value::String(url.into()));
        if let Some(b) = body {
            out.insert("body".into(), Value::Object(b.clone()));
        }
        return format!("{}\n", Value::Object(out));
    }
    let mut text = format!("{method} {url}\n");
    if let Some(b) = body {
        text.push_str(&serde_json::to_string_pretty(b).unwrap_or_default());
        text.push('\n');
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_pages_objects_and_envelopes() {
        let page =
            br#"{"links":[],"results":[{"type":"SLACK","apiToken":"******7890"}],"totalCount":1}"#;
        assert_eq!(integrations_of(page).unwrap().len(), 1);
        let one = br#"{"type":"PAGER_DUTY","serviceKey":"****"}"#;
        assert_eq!(integrations_of(one).unwrap()[0]["type"], "PAGER_DUTY");
        let env = br#"{"content":{"type":"WEBHOOK"},"status":200}"#;
        assert_eq!(integrations_of(env).unwrap()[0]["type"], "WEBHOOK");
        for bad in [
            &b"[1,2]"[..],
            b"{\"results\":5}",
            b"{\"results\":[1]}",
            b"\xff",
            b"{}",
        ] {
            let e = integrations_of(bad).unwrap_err();
            assert_eq!(e.kind, ExitKind::Server);
        }
    }

    #[test]
    fn table_shows_type_first_and_every_field() {
        let items = integrations_of(
            br#"{"results":[{"apiToken":"******7890","channelName":"","teamName":"My Team","type":"SLACK"},{"enabled":true,"type":"PROMETHEUS"}]}"#,
        )
        .unwrap();
        let t = integrations_table(&items, Style { color: false });
        let slack = t.find("SLACK").unwrap();
        let token = t.find("apiToken: ******7890").unwrap();
        assert!(slack < token);
        assert!(t.contains("teamName: My Team"));
        assert!(t.contains("enabled: true"));
        assert!(!t.contains('\u{1b}'), "no escape codes without colour");
    }
}
