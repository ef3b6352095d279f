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

/// What a path segment keeps as it is: the URL-unreserved characters
/// (`A-Z a-z 0-9 - . _ ~`); every other byte is percent-encoded. Stricter
/// than `url`'s own path-segment set, which keeps `;`, `=`, `+`, `@`, `:`,
/// `!`, `$`, `&`, `'`, `(`, `)`, `*` and `,` as they are: Java servlet
/// containers cut a path at `;` (path parameters), so a project named
/// `a;b` would be looked up as `a`.
const SEGMENT: &percent_encoding::AsciiSet = &percent_encoding::NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'.')
    .remove(b'_')
    .remove(b'~');

/// A path segment percent-encoded, so that a project name with `/`, `?`,
/// `#`, `%`, `;` or spaces stays one segment and means what it says.
pub fn path_segment(raw: &str) -> String {
    percent_encoding::utf8_percent_encode(raw, SEGMENT).to_string()
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
        assert_eq!(path_segment("a;b=c+d@e:f"), "a%3Bb%3Dc%2Bd%40e%3Af");
        assert_eq!(path_segment(""), "");
    }

    proptest::proptest! {
        /// Any name is one segment of unreserved characters and `%XX`
        /// triplets, which decode back to the name.
        #[test]
        fn any_name_is_one_segment_that_decodes_back(name in "\\PC*|[\\x00-\\x7f]*") {
            let segment = path_segment(&name);
            let mut rest = segment.as_bytes();
            while let Some((&b, tail)) = rest.split_first() {
                if b == b'%' {
                    let hex = tail.get(..2).unwrap_or_default();
                    let upper_hex = |h: &u8| h.is_ascii_digit() || (b'A'..=b'F').contains(h);
                    proptest::prop_assert!(hex.len() == 2 && hex.iter().all(upper_hex));
                    rest = &tail[2..];
                } else {
                    let unreserved = b.is_ascii_alphanumeric() || b"-._~".contains(&b);
                    proptest::prop_assert!(unreserved, "{}", segment);
                    rest = tail;
                }
            }
            let decoded = percent_encoding::percent_decode_str(&segment)
                .decode_utf8()
                .map(|d| d.into_owned());
            proptest::prop_assert_eq!(decoded.ok(), Some(name));
        }
    }
}
