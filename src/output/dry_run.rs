//! What `--dry-run` prints: the request line and the body, already masked.

use serde_json::{Map, Value};

pub fn request(method: &str, url: &str, body: Option<&Map<String, Value>>, json: bool) -> String {
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
