//! Duplicate keys in a JSON apply file. serde_json keeps the last of two
//! equal keys without a word; in a file a person wrote, two equal keys are
//! a mistake to report with both places. Built on the scanner of JSON
//! string tokens in `untrusted::json`.

use crate::untrusted::json::{decode_string, string_end};
use std::collections::hash_map::{Entry, HashMap};

/// For each object key that appears twice in the same object: its path
/// (`integrations.PAGER_DUTY.serviceKey`) and the two lines. `text` must
/// already be valid JSON.
pub fn duplicates(text: &str) -> Vec<(String, usize, usize)> {
    let mut found = Vec::new();
    // One frame per open object or array: the path to it, and for objects
    // the keys seen with their lines.
    let mut stack: Vec<Frame> = Vec::new();
    let mut line = 1;
    // The last string read and the line it was on, to know a key from
    // the ':' that follows it.
    let mut last_string: Option<(String, usize)> = None;
    let mut at = 0;
    while let Some(&c) = text.as_bytes().get(at) {
        at += 1;
        match c {
            b'\n' => line += 1,
            b'"' => {
                // Valid JSON has no raw line break inside a string.
                let end = string_end(text, at - 1).unwrap_or(text.len());
                let token = &text[at - 1..end];
                let key = decode_string(token).unwrap_or_else(|| token.to_string());
                last_string = Some((key, line));
                at = end;
            }
            b':' => {
                if let (
                    Some((key, key_line)),
                    Some(Frame::Object {
                        path,
                        keys,
                        current,
                    }),
                ) = (last_string.take(), stack.last_mut())
                {
                    match keys.entry(key.clone()) {
                        Entry::Occupied(first) => {
                            found.push((join(path, &key), *first.get(), key_line))
                        }
                        Entry::Vacant(slot) => {
                            slot.insert(key_line);
                        }
                    }
                    *current = Some(key);
                }
            }
            b'{' | b'[' => {
                let path = inner_path(stack.last());
                stack.push(if c == b'{' {
                    Frame::Object {
                        path,
                        keys: HashMap::new(),
                        current: None,
                    }
                } else {
                    Frame::Array { path }
                });
                last_string = None;
            }
            b'}' | b']' => {
                stack.pop();
                last_string = None;
            }
            _ => {}
        }
    }
    found
}

enum Frame {
    Object {
        path: String,
        /// Each key and the line it is on: looked up once per key, so an
        /// object of many keys is read in linear time.
        keys: HashMap<String, usize>,
        current: Option<String>,
    },
    Array {
        path: String,
    },
}

/// The path of an object or array opened inside `outer`.
fn inner_path(outer: Option<&Frame>) -> String {
    match outer {
        Some(Frame::Object {
            path,
            current: Some(k),
            ..
        }) => join(path, k),
        Some(Frame::Object { path, .. }) | Some(Frame::Array { path }) => path.clone(),
        None => String::new(),
    }
}

fn join(path: &str, key: &str) -> String {
    if path.is_empty() {
        key.to_string()
    } else {
        format!("{path}.{key}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_duplicates_with_both_lines() {
        let text = "{\n \"integrations\": {\n  \"PAGER_DUTY\": {\"serviceKey\": \"a\",\n   \"serviceKey\": \"b\"}\n },\n \"integrations\": {}\n}";
        let d = duplicates(text);
        assert_eq!(
            d,
            [
                ("integrations.PAGER_DUTY.serviceKey".to_string(), 3, 4),
                ("integrations".to_string(), 2, 6)
            ]
        );
        assert!(duplicates(r#"{"a": {"x": 1}, "b": {"x": 1}, "c": ["x", "x"]}"#).is_empty());
        assert_eq!(duplicates(r#"{"ab": 1, "a\u0062": 2}"#).len(), 1);
        assert!(duplicates(r#"{"k": "a:b", "v": "{\"k\": 1}"}"#).is_empty());
    }
}
