//! Duplicate keys in JSON text. serde_json keeps the last of two equal
//! keys without a word; in a file a person wrote, two equal keys are a
//! mistake to report with both places.

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
    let mut chars = text.char_indices().peekable();
    // The last string read and the line it began on, to know a key from
    // the ':' that follows it.
    let mut last_string: Option<(String, usize)> = None;
    while let Some((_, c)) = chars.next() {
        match c {
            '\n' => line += 1,
            '"' => {
                let start_line = line;
                let s = read_string(&mut chars, &mut line);
                last_string = Some((unescape(&s), start_line));
            }
            ':' => {
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
            '{' | '[' => {
                let path = inner_path(stack.last());
                stack.push(if c == '{' {
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
            '}' | ']' => {
                stack.pop();
                last_string = None;
            }
            _ => {}
        }
    }
    found
}

/// The raw text of a string whose opening quote was just read, up to its
/// closing quote; counts the lines it spans.
fn read_string(chars: &mut impl Iterator<Item = (usize, char)>, line: &mut usize) -> String {
    let mut s = String::new();
    while let Some((_, c)) = chars.next() {
        match c {
            '\\' => {
                if let Some((_, e)) = chars.next() {
                    s.push('\\');
                    s.push(e);
                }
            }
            '"' => break,
            c => {
                if c == '\n' {
                    *line += 1;
                }
                s.push(c);
            }
        }
    }
    s
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

/// A key's text as JSON means it (`"a\u0062"` is `ab`).
fn unescape(raw: &str) -> String {
    serde_json::from_str(&format!("\"{raw}\"")).unwrap_or_else(|_| raw.to_string())
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
