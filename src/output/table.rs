//! Tables as gh prints them: on a terminal, borderless columns under a
//! header row, fitted to the terminal's width by cutting free text with
//! `…` while ids, names of types and other single tokens are never wrapped
//! or cut; when stdout is not a terminal, plain tab-separated rows under a
//! header line, every cell whole, for `cut -f` and `awk -F'\t'`. `--json`
//! keeps every value whole. Every table omi prints is one of these.

use super::Style;
use crate::api::secrecy::Secrecy;
use crate::api::types::{self, IntegrationType};
use crate::untrusted::{shown_bounded, SentSecrets};
use comfy_table::{presets, Attribute, Cell, ColumnConstraint, ContentArrangement, Row, Width};
use serde_json::{Map, Value};

/// How a column fits a narrow terminal.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Fit {
    /// A single token (an id, a type, a state): never wrapped or cut.
    Whole,
    /// Free text: cut with `…` to fit, whole in a pipe and in `--json`.
    Cut,
}

/// A table being filled: a header, then rows of cells already made safe.
#[derive(Debug, Clone)]
pub struct Table {
    style: Style,
    header: Vec<String>,
    fits: Vec<Fit>,
    rows: Vec<Vec<String>>,
}

impl Table {
    /// A table with these columns, in order.
    pub fn new(style: Style, columns: &[(&str, Fit)]) -> Table {
        Table {
            style,
            header: columns.iter().map(|(h, _)| h.to_string()).collect(),
            fits: columns.iter().map(|(_, f)| *f).collect(),
            rows: Vec::new(),
        }
    }

    /// Adds a row: one cell per column (missing ones are empty).
    pub fn row(&mut self, cells: Vec<String>) {
        self.rows.push(cells);
    }

    pub fn is_empty(&self) -> bool {
        self.rows.is_empty()
    }

    /// The table as text, ending in a newline.
    pub fn render(&self) -> String {
        if self.style.tty {
            self.for_terminal(None)
        } else {
            self.for_pipe()
        }
    }

    /// Header and rows, tab-separated; a tab or line break in a cell (none
    /// reaches here from a server: its text is escaped) becomes a space.
    fn for_pipe(&self) -> String {
        let line = |cells: &[String]| {
            let cells: Vec<String> = (0..self.header.len())
                .map(|i| {
                    cells
                        .get(i)
                        .map_or("", String::as_str)
                        .replace(['\t', '\n', '\r'], " ")
                })
                .collect();
            format!("{}\n", cells.join("\t"))
        };
        let mut out = line(&self.header);
        for r in &self.rows {
            out.push_str(&line(r));
        }
        out
    }

    /// Laid out for a terminal `width` columns wide (`None`: the
    /// terminal's own width, when stdout is one).
    pub fn for_terminal(&self, width: Option<u16>) -> String {
        let mut table = comfy_table::Table::new();
        table.load_style(presets::NOTHING);
        table.set_truncation_indicator("…");
        if self.style.color {
            table.enforce_styling();
        }
        if let Some(w) = width {
            table.set_width(w);
        }
        // Fit to the terminal only when its width is known and sane: a pty
        // that reports 0 columns would squeeze every cell to a letter.
        match table.width() {
            Some(w) if w >= 20 => table.set_content_arrangement(ContentArrangement::Dynamic),
            _ => table.set_content_arrangement(ContentArrangement::Disabled),
        };
        let header: Vec<Cell> = self
            .header
            .iter()
            .map(|h| match self.style.color {
                true => Cell::new(h).add_attribute(Attribute::Bold),
                false => Cell::new(h),
            })
            .collect();
        table.set_header(header);
        for r in &self.rows {
            let cells: Vec<&str> = (0..self.header.len())
                .map(|i| r.get(i).map_or("", String::as_str))
                .collect();
            let mut row = Row::from(cells);
            // A cut cell shows one line, ending in `…`.
            row.max_height(1);
            table.add_row(row);
        }
        let last = self.header.len().saturating_sub(1);
        for (i, column) in table.column_iter_mut().enumerate() {
            column.set_padding((0, if i == last { 0 } else { 2 }));
            match self.fits.get(i) {
                Some(Fit::Whole) => column.set_constraint(ColumnConstraint::ContentWidth),
                // Free text is cut, but never below its header's width.
                _ => {
                    let header = self.header.get(i).map_or(1, |h| display_width(h));
                    column.set_constraint(ColumnConstraint::LowerBoundary(Width::Fixed(header)))
                }
            };
        }
        format!("{}\n", table.trim_fmt())
    }
}

/// Columns a header takes (headers are ASCII).
fn display_width(text: &str) -> u16 {
    u16::try_from(text.chars().count()).unwrap_or(u16::MAX)
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

/// A returned field's value as omi shows it: a secret field of the type
/// table (`ty`'s) never more than masked, whatever the server returned
/// ([`Secrecy::shown`]); anything else as the server sent it.
pub fn shown_field(ty: Option<&IntegrationType>, field: &str, value: &Value) -> String {
    let secrecy = ty
        .and_then(|t| t.field(field))
        .map(|f| f.secrecy)
        .filter(|s| s.is_secret());
    match (secrecy, value) {
        (None, v) | (Some(_), v @ Value::Null) => show_value(v),
        (Some(secrecy), Value::String(s)) => secrecy.shown(s),
        // A secret as a number or an object: nothing of it is shown.
        (Some(_), _) => Secrecy::Full.mask(""),
    }
}

/// A row per integration: its type, then every other returned field as
/// `name: value`, comma-separated (a null, which says nothing, left out),
/// a secret field masked even if the server returned it in clear (a type
/// omi has no table for is shown as returned).
pub fn integrations(items: &[Map<String, Value>], style: Style, sent: &SentSecrets) -> String {
    let mut table = Table::new(style, &[("TYPE", Fit::Whole), ("SETTINGS", Fit::Cut)]);
    for item in items {
        let ty = item
            .get("type")
            .map(|v| cell(&show_value(v), sent))
            .unwrap_or_default();
        let known = item
            .get("type")
            .and_then(Value::as_str)
            .and_then(types::by_api);
        let settings = item
            .iter()
            .filter(|(k, v)| k.as_str() != "type" && !v.is_null())
            .map(|(k, v)| {
                let value = shown_field(known, k, v);
                format!("{}: {}", cell(k, sent), cell(&value, sent))
            })
            .collect::<Vec<_>>()
            .join(", ");
        table.row(vec![ty, settings]);
    }
    table.render()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A pipe: no terminal, no colour, no JSON.
    const PIPE: Style = Style {
        tty: false,
        color: false,
        json: false,
    };
    use crate::api::response::integrations_of;

    #[test]
    fn table_shows_type_first_and_every_field() {
        let items = integrations_of(
            br#"{"results":[{"apiToken":"******7890","channelName":"","teamName":"My Team","type":"SLACK"},{"enabled":true,"type":"PROMETHEUS"}]}"#,
        )
        .unwrap();
        let t = integrations(&items, PIPE, &SentSecrets::default());
        let slack = t.find("SLACK").unwrap();
        let token = t.find("apiToken: ******7890").unwrap();
        assert!(slack < token);
        assert!(t.contains("teamName: My Team"));
        assert!(t.contains("enabled: true"));
        assert!(!t.contains('\u{1b}'), "no escape codes without colour");
    }

    /// A server that returns secrets in clear: the table shows them no
    /// more than masked; fields that are no secret, and types omi has no
    /// table for, as returned.
    #[test]
    fn nulls_are_left_out_of_the_settings() {
        let items = integrations_of(
            br#"{"results":[{"type":"SLACK","apiToken":"****7890","channelName":null,"teamName":"t"}]}"#,
        )
        .unwrap();
        let style = PIPE;
        let t = integrations(&items, style, &SentSecrets::default());
        assert_eq!(
            t,
            "TYPE\tSETTINGS\nSLACK\tapiToken: ****7890, teamName: t\n"
        );
    }

    #[test]
    fn secrets_returned_in_clear_are_shown_masked() {
        let items = integrations_of(
            br#"{"results":[
              {"type":"DATADOG","apiKey":"dd-key-in-clear-5678","region":"EU"},
              {"type":"PROMETHEUS","username":"prom","password":"prom-password-in-clear"},
              {"type":"WEBHOOK","url":"https://hooks.example.com/services/clear-path","secret":{"k":"v"}},
              {"type":"VICTOR_OPS","apiKey":"*******2222","routingKey":"route-in-clear"},
              {"type":"FLOWDOCK","apiToken":"flowdock-token-in-clear"}]}"#,
        )
        .unwrap();
        let t = integrations(&items, PIPE, &SentSecrets::default());
        for clear in [
            "dd-key-in-clear",
            "prom-password",
            "clear-path",
            "\"k\"",
            "route-in",
        ] {
            assert!(!t.contains(clear), "{clear} shown:\n{t}");
        }
        for shown in [
            "apiKey: ****************5678",
            "region: EU",
            "username: prom",
            "password: ******",
            "url: https://hooks.example.com/****",
            "secret: ******",
            "apiKey: *******2222",
            "routingKey: **********lear",
            "apiToken: flowdock-token-in-clear",
        ] {
            assert!(t.contains(shown), "{shown} not in\n{t}");
        }
    }

    #[test]
    fn server_text_is_made_safe_and_bounded() {
        let huge = "y".repeat(300_000);
        let body = format!(
            r#"{{"results":[{{"type":"SLACK\u001b]0;x\u0007","teamName":"a\r\n│ forged","channelName":"{huge}"}}]}}"#
        );
        let items = integrations_of(body.as_bytes()).unwrap();
        let started = std::time::Instant::now();
        let t = integrations(&items, PIPE, &SentSecrets::default());
        assert!(started.elapsed() < std::time::Duration::from_secs(2));
        assert!(!t.contains('\u{1b}') && !t.contains('\r'), "{t}");
        assert!(t.contains("\\u{1b}") && t.contains("\\u{d}\\u{a}"));
        assert!(t.contains("299500 more characters; --json shows all"));
    }
}
