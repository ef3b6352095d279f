//! Tables with omi's look, and the table of integrations.

use super::Style;
use crate::untrusted::{shown_bounded, SentSecrets};
use comfy_table::{presets, Attribute, Cell, ContentArrangement, Table};
use serde_json::{Map, Value};

/// A table with omi's look: rounded on terminals, bold headers only when
/// colour is allowed, never wrapped when piped.
pub fn new_table(style: Style, header: &[&str]) -> Table {
    let mut table = Table::new();
    table.load_style(presets::UTF8_FULL);
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

/// A value as the server sent it: strings bare, anything else as JSON.
pub fn show_value(v: &Value) -> String {
    match v {
        Value::String(s) => s.clone(),
        other => other.to_string(),
    }
}

/// A server's value as a table cell: scrubbed of `sent`, terminal-safe
/// and bounded.
pub fn cell(text: &str, sent: &SentSecrets) -> String {
    shown_bounded(text, sent, Some("--json shows all"))
}

/// A row per integration: its type, then every other returned field.
pub fn integrations(items: &[Map<String, Value>], style: Style, sent: &SentSecrets) -> String {
    let mut table = new_table(style, &["TYPE", "SETTINGS"]);
    for item in items {
        let ty = item
            .get("type")
            .map(|v| cell(&show_value(v), sent))
            .unwrap_or_default();
        let settings = item
            .iter()
            .filter(|(k, _)| k.as_str() != "type")
            .map(|(k, v)| format!("{}: {}", cell(k, sent), cell(&show_value(v), sent)))
            .collect::<Vec<_>>()
            .join("\n");
        table.add_row(vec![ty, settings]);
    }
    format!("{table}\n")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::api::response::integrations_of;

    #[test]
    fn table_shows_type_first_and_every_field() {
        let items = integrations_of(
            br#"{"results":[{"apiToken":"******7890","channelName":"","teamName":"My Team","type":"SLACK"},{"enabled":true,"type":"PROMETHEUS"}]}"#,
        )
        .unwrap();
        let t = integrations(
            &items,
            Style {
                color: false,
                json: false,
            },
            &SentSecrets::default(),
        );
        let slack = t.find("SLACK").unwrap();
        let token = t.find("apiToken: ******7890").unwrap();
        assert!(slack < token);
        assert!(t.contains("teamName: My Team"));
        assert!(t.contains("enabled: true"));
        assert!(!t.contains('\u{1b}'), "no escape codes without colour");
    }

    #[test]
    fn server_text_is_made_safe_and_bounded() {
        let huge = "y".repeat(300_000);
        let body = format!(
            r#"{{"results":[{{"type":"SLACK\u001b]0;x\u0007","teamName":"a\r\n│ forged","channelName":"{huge}"}}]}}"#
        );
        let items = integrations_of(body.as_bytes()).unwrap();
        let started = std::time::Instant::now();
        let t = integrations(
            &items,
            Style {
                color: false,
                json: false,
            },
            &SentSecrets::default(),
        );
        assert!(started.elapsed() < std::time::Duration::from_secs(2));
        assert!(!t.contains('\u{1b}') && !t.contains('\r'), "{t}");
        assert!(t.contains("\\u{1b}") && t.contains("\\u{d}\\u{a}"));
        assert!(t.contains("299500 more characters; --json shows all"));
    }
}
