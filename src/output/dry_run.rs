//! What `--dry-run` prints: the request line and the body, already masked.

use serde_json::{Map, Value};

/// `raw` names the fields omi's table does not know (`--field`), sent as
/// given: they are marked.
pub fn request(
    method: &str,
    url: &str,
    body: Option<&Map<String, Value>>,
    raw: &[&str],
    json: bool,
) -> String {
    if json {
        let mut out = Map::new();
        out.insert("method".into(), Value::String(method.into()));
        out.insert("url".into(), Value::String(url.into()));
        if let Some(b) = body {
            out.insert("body".into(), Value::Object(b.clone()));
        }
        if !raw.is_empty() {
            out.insert(
                "raw_fields".into(),
                raw.iter().map(|r| Value::from(*r)).collect(),
            );
        }
        return format!("{}\n", Value::Object(out));
    }
    let mut text = format!("{method} {url}\n");
    if let Some(b) = body {
        text.push_str(&serde_json::to_string_pretty(b).unwrap_or_default());
        text.push('\n');
    }
    if !raw.is_empty() {
        text.push_str(&format!(
            "# not in omi's field table, sent as given: {}\n",
            raw.join(", ")
        ));
    }
    text
}
