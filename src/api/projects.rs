//! Projects (groups) as the API lists them: `GET /groups`,
//! `GET /orgs/{ORG-ID}/groups`, `GET /groups/byName/{NAME}`. A server's
//! project id becomes a request path, so it is checked here, once.

use super::ids;
use serde_json::{Map, Value};

/// A project as omi keeps it: the id checked and lower-cased.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Project {
    pub id: String,
    /// The name, as the server sent it (not yet made terminal-safe);
    /// unknown for a project given only by `--project-id`.
    pub name: Option<String>,
    /// The organization id, when the server gave a valid one.
    pub org_id: Option<String>,
}

impl Project {
    /// A project known only by its id.
    pub fn from_id(id: String) -> Project {
        Project {
            id,
            name: None,
            org_id: None,
        }
    }
}

/// The project in a group object; `None` when its `id` is not an object
/// id (the caller reports and skips it).
pub fn project_of(group: &Map<String, Value>) -> Option<Project> {
    let id = group
        .get("id")
        .and_then(Value::as_str)
        .and_then(ids::normalize)?;
    Some(Project {
        id,
        name: group
            .get("name")
            .and_then(Value::as_str)
            .map(str::to_string),
        org_id: group
            .get("orgId")
            .and_then(Value::as_str)
            .and_then(ids::normalize),
    })
}

/// A path segment percent-encoded: every byte but the URL-unreserved
/// ones (`A-Z a-z 0-9 - . _ ~`), so a project name with `/`, `?`, `#`,
/// `%` or spaces stays one segment.
pub fn path_segment(raw: &str) -> String {
    let mut out = String::with_capacity(raw.len());
    for b in raw.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~') {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn ids_are_checked_and_names_kept() {
        let g = json!({"id": "5E2211C17A3E5A48F5497DE3", "name": "P 1", "orgId": "bad"});
        let p = project_of(g.as_object().unwrap()).unwrap();
        assert_eq!(p.id, "5e2211c17a3e5a48f5497de3");
        assert_eq!(p.name.as_deref(), Some("P 1"));
        assert_eq!(p.org_id, None);
        for bad in [
            json!({"id": "../../x"}),
            json!({"id": 5}),
            json!({"name": "n"}),
        ] {
            assert!(project_of(bad.as_object().unwrap()).is_none(), "{bad}");
        }
    }

    #[test]
    fn names_are_one_segment() {
        assert_eq!(path_segment("Project 2"), "Project%202");
        assert_eq!(path_segment("a/b?c#d%e"), "a%2Fb%3Fc%23d%25e");
        assert_eq!(path_segment("é"), "%C3%A9");
        assert_eq!(path_segment("A-z.0_~"), "A-z.0_~");
    }
}
