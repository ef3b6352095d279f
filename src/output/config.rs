//! What `omi config show` prints: the profile's keys, secrets masked by the
//! caller, as `key = value` lines or one JSON object. A config file is
//! text anyone may have written (a quoted TOML key holds any character):
//! its names and values, like a path, are shown terminal-safe.

use crate::untrusted::terminal::escaped;
use crate::untrusted::SentSecrets;
use serde_json::{Map, Value};
use std::path::Path;

pub fn profile(path: &Path, profile: &str, shown: &[(&str, Option<String>)], json: bool) -> String {
    if json {
        let mut obj = Map::new();
        obj.insert("path".into(), path.display().to_string().into());
        obj.insert("profile".into(), profile.into());
        for (k, v) in shown {
            obj.insert((*k).into(), v.clone().map_or(Value::Null, Into::into));
        }
        // Nothing a server wrote, nothing sent: made terminal-safe only.
        return super::json_line(&Value::Object(obj), &SentSecrets::default());
    }
    let mut text = format!(
        "# {} [{}]\n",
        escaped(&path.display().to_string()),
        escaped(profile)
    );
    for (k, v) in shown {
        let v = v
            .as_deref()
            .map_or_else(|| "(not set)".to_string(), escaped);
        text.push_str(&format!("{k} = {v}\n"));
    }
    text
}

/// `config show --effective`: each setting, its value (secrets masked by
/// the caller) and where it came from.
pub fn effective(shown: &[(&str, Option<String>, String)], json: bool) -> String {
    if json {
        let mut obj = Map::new();
        for (k, v, from) in shown {
            let mut entry = Map::new();
            entry.insert("value".into(), v.clone().map_or(Value::Null, Into::into));
            entry.insert("from".into(), from.clone().into());
            obj.insert((*k).into(), Value::Object(entry));
        }
        // Nothing a server wrote, nothing sent: made terminal-safe only.
        return super::json_line(&Value::Object(obj), &SentSecrets::default());
    }
    let width = shown.iter().map(|(k, _, _)| k.len()).max().unwrap_or(0);
    shown
        .iter()
        .map(|(k, v, from)| match v {
            Some(v) => format!("{k:width$} = {}  # from {}\n", escaped(v), escaped(from)),
            None => format!("{k:width$} = (not set)\n"),
        })
        .collect()
}
