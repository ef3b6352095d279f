//! Lists that span pages (`pageNum`, `itemsPerPage`, `totalCount`,
//! `links`), read whole.
//!
//! Pages are read until the server says there are no more: the page has
//! no `next` link, or (from a server that sends no links) it is empty or
//! shorter than asked. Items are never counted toward `totalCount` to
//! decide where the list ends: a server without a stable sort repeats an
//! item on a later page and would push the last one out. Items are kept
//! once, by their key (a project's `id`, an integration's `type`). A
//! `totalCount` that changes between pages, or a list that ends with a
//! different number of distinct items than it says, is an error: whoever
//! reads a list whole acts on all of it, never on part of it.

use super::{ApiClient, ClientError, Query};
use reqwest::Method;
use serde_json::{Map, Value};
use std::collections::HashSet;

/// A server whose list never ends must not keep omi looping, nor fill its
/// memory: no list is read past this many pages or items (Ops Manager
/// deployments hold thousands of projects, not hundreds of thousands).
pub const MAX_PAGES: u32 = 10_000;
pub const MAX_ITEMS: usize = 100_000;

impl ApiClient {
    /// Every item of a paged list at `path`, `per_page` at a time, each
    /// once by its `key` field (`id`, `type`); at most [`MAX_PAGES`] pages
    /// and [`MAX_ITEMS`] items.
    pub async fn all_pages(
        &self,
        path: &str,
        per_page: u32,
        key: &str,
    ) -> Result<Vec<Map<String, Value>>, ClientError> {
        let mut listing = Listing::new(key, per_page);
        for page in 1..=MAX_PAGES {
            let query = Query {
                page_num: Some(page),
                items_per_page: Some(per_page),
                ..Query::default()
            };
            let url = self.url(path, &query);
            let response = self.send(Method::GET, &url, None).await?;
            if !listing.add(page, &response.body).map_err(|e| e.at(path))? {
                return listing.finish().map_err(|e| e.at(path));
            }
        }
        Err(ListError::NotAPage(format!("the list did not end after {MAX_PAGES} pages")).at(path))
    }
}

/// Why a list could not be read whole.
#[derive(Debug, Clone, PartialEq, Eq)]
enum ListError {
    /// A page that is not what the API returns.
    NotAPage(String),
    /// Pages that do not add up to one list.
    Inconsistent(String),
}

impl ListError {
    fn at(self, path: &str) -> ClientError {
        match self {
            ListError::NotAPage(why) => ClientError::Unreadable(format!(
                "the list at {path} is not what the API returns ({why})"
            )),
            ListError::Inconsistent(why) => ClientError::IncompleteList(format!(
                "the list at {path} does not add up: {why}; omi does not act on part of a list"
            )),
        }
    }
}

/// A list as read so far.
struct Listing<'k> {
    key: &'k str,
    per_page: u32,
    items: Vec<Map<String, Value>>,
    /// The keys of the items kept.
    keys: HashSet<String>,
    /// Items left out because their key was seen on an earlier page.
    repeated: usize,
    /// The first page's `totalCount`, once a page was read.
    total: Option<Option<u64>>,
    pages: u32,
}

impl<'k> Listing<'k> {
    fn new(key: &'k str, per_page: u32) -> Listing<'k> {
        Listing {
            key,
            per_page,
            items: Vec::new(),
            keys: HashSet::new(),
            repeated: 0,
            total: None,
            pages: 0,
        }
    }

    /// Takes page `page`'s body; whether the server says more pages follow.
    fn add(&mut self, page: u32, body: &[u8]) -> Result<bool, ListError> {
        let bad = |why: &str| ListError::NotAPage(why.to_string());
        let body: Value = serde_json::from_slice(body).map_err(|_| bad("not JSON"))?;
        let results = body
            .get("results")
            .and_then(Value::as_array)
            .ok_or_else(|| bad("no 'results' list"))?;
        let total = match body.get("totalCount") {
            None | Some(Value::Null) => None,
            Some(v) => Some(
                v.as_u64()
                    .ok_or_else(|| bad("'totalCount' is not a count"))?,
            ),
        };
        let next = match body.get("links") {
            None | Some(Value::Null) => None,
            Some(Value::Array(links)) => Some(links.iter().any(|l| {
                l.get("rel")
                    .and_then(Value::as_str)
                    .is_some_and(|r| r.eq_ignore_ascii_case("next"))
            })),
            Some(_) => return Err(bad("'links' is not a list")),
        };
        match self.total {
            None => self.total = Some(total),
            Some(first) if first != total => {
                return Err(ListError::Inconsistent(format!(
                    "its totalCount was {} on page 1 and {} on page {page}",
                    count_text(first),
                    count_text(total)
                )))
            }
            Some(_) => {}
        }
        self.pages = page;
        for item in results {
            let Value::Object(item) = item else {
                return Err(bad("an item is not an object"));
            };
            // An item without a string key cannot be told from another; it
            // is kept, and whoever uses the list judges it.
            match item.get(self.key).and_then(Value::as_str) {
                Some(k) if !self.keys.insert(k.to_string()) => self.repeated += 1,
                _ => self.items.push(item.clone()),
            }
        }
        if self.items.len() > MAX_ITEMS {
            return Err(bad(&format!(
                "more than {MAX_ITEMS} items; omi reads no more"
            )));
        }
        Ok(!results.is_empty() && next.unwrap_or(results.len() >= self.per_page as usize))
    }

    /// The items, once the server said the list ended: as many distinct
    /// ones as its `totalCount` says, if it says.
    fn finish(self) -> Result<Vec<Map<String, Value>>, ListError> {
        if let Some(Some(total)) = self.total {
            let held = self.items.len() as u64;
            if held != total {
                let repeated = match self.repeated {
                    0 => String::new(),
                    n => format!(", and {n} repeated"),
                };
                return Err(ListError::Inconsistent(format!(
                    "its totalCount is {total}, but its {} page{} held {held} distinct item{}{repeated}",
                    self.pages,
                    if self.pages == 1 { "" } else { "s" },
                    if held == 1 { "" } else { "s" },
                )));
            }
        }
        Ok(self.items)
    }
}

fn count_text(total: Option<u64>) -> String {
    total.map_or_else(|| "absent".to_string(), |t| t.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    /// A page of projects with these ids, `totalCount` and links.
    fn page(ids: &[u32], total: Option<u64>, next: Option<bool>) -> Vec<u8> {
        let results: Vec<Value> = ids.iter().map(|i| json!({"id": format!("a{i}")})).collect();
        let mut body = json!({"results": results});
        if let Some(t) = total {
            body["totalCount"] = json!(t);
        }
        if let Some(next) = next {
            let mut links = vec![json!({"href": "x", "rel": "self"})];
            if next {
                links.push(json!({"href": "y", "rel": "next"}));
            }
            body["links"] = Value::Array(links);
        }
        body.to_string().into_bytes()
    }

    /// Reads `pages` in order as long as the listing asks for more.
    fn read(per_page: u32, pages: &[Vec<u8>]) -> Result<(Vec<String>, u32), ListError> {
        let mut listing = Listing::new("id", per_page);
        let mut read = 0;
        for (n, body) in pages.iter().enumerate() {
            read += 1;
            if !listing.add(n as u32 + 1, body)? {
                break;
            }
        }
        let ids = listing
            .finish()?
            .iter()
            .map(|i| i["id"].as_str().unwrap().to_string())
            .collect();
        Ok((ids, read))
    }

    fn ids(n: u32) -> Vec<String> {
        (0..n).map(|i| format!("a{i}")).collect()
    }

    #[test]
    fn a_repeated_item_does_not_end_the_list_early() {
        for links in [None, Some(())] {
            let next = |more| links.map(|_| more);
            let pages = [
                page(&[0, 1], Some(6), next(true)),
                page(&[1, 2], Some(6), next(true)),
                page(&[3, 4], Some(6), next(true)),
                page(&[5], Some(6), next(false)),
            ];
            assert_eq!(read(2, &pages), Ok((ids(6), 4)), "links: {links:?}");
        }
    }

    #[test]
    fn the_server_says_where_the_list_ends() {
        // A next link is followed even after a page shorter than asked (a
        // server may cap the page size); its absence ends the list.
        let capped = [
            page(&[0], Some(3), Some(true)),
            page(&[1, 2], Some(3), Some(false)),
            page(&[9], Some(3), Some(false)),
        ];
        assert_eq!(read(2, &capped), Ok((ids(3), 2)));
        // Without links: a full page asks for the next, an empty one ends.
        let exact = [
            page(&[0, 1], Some(2), None),
            page(&[], Some(2), None),
            page(&[9], Some(2), None),
        ];
        assert_eq!(read(2, &exact), Ok((ids(2), 2)));
        // Without totalCount nothing is checked.
        let uncounted = [page(&[0, 1], None, None), page(&[2], None, None)];
        assert_eq!(read(2, &uncounted), Ok((ids(3), 2)));
        // A next link on an empty page does not keep the reading going.
        let empty = [page(&[], Some(0), Some(true)), page(&[9], Some(0), None)];
        assert_eq!(read(2, &empty), Ok((vec![], 1)));
    }

    #[test]
    fn lists_that_do_not_add_up_are_errors_naming_the_counts() {
        let changed = [
            page(&[0, 1], Some(6), Some(true)),
            page(&[2, 3], Some(7), Some(true)),
        ];
        let e = read(2, &changed).unwrap_err();
        assert_eq!(
            e,
            ListError::Inconsistent("its totalCount was 6 on page 1 and 7 on page 2".into())
        );
        let short = [page(&[0, 1], Some(6), None), page(&[2], Some(6), None)];
        let ListError::Inconsistent(why) = read(2, &short).unwrap_err() else {
            panic!()
        };
        assert_eq!(
            why,
            "its totalCount is 6, but its 2 pages held 3 distinct items"
        );
        let repeated = [
            page(&[0, 1], Some(4), Some(true)),
            page(&[1, 2], Some(4), Some(false)),
        ];
        let ListError::Inconsistent(why) = read(2, &repeated).unwrap_err() else {
            panic!()
        };
        assert!(
            why.contains("held 3 distinct items, and 1 repeated"),
            "{why}"
        );
        let more = [page(&[0, 1], Some(1), None)];
        assert!(matches!(read(5, &more), Err(ListError::Inconsistent(_))));
        let vanished = [page(&[0, 1], Some(3), Some(true)), page(&[2], None, None)];
        let ListError::Inconsistent(why) = read(2, &vanished).unwrap_err() else {
            panic!()
        };
        assert!(why.contains("3 on page 1 and absent on page 2"), "{why}");
    }

    #[test]
    fn pages_that_are_not_pages_are_refused() {
        for body in [
            &b"<html>"[..],
            br#"{"results":5}"#,
            br#"{"results":[1]}"#,
            br#"{"results":[],"totalCount":"3"}"#,
            br#"{"results":[],"totalCount":-1}"#,
            br#"{"results":[],"links":{"rel":"next"}}"#,
            br#"[{"id":"a0"}]"#,
        ] {
            let mut listing = Listing::new("id", 2);
            assert!(
                matches!(listing.add(1, body), Err(ListError::NotAPage(_))),
                "{}",
                String::from_utf8_lossy(body)
            );
        }
    }

    #[test]
    fn integrations_are_kept_once_by_type() {
        let mut listing = Listing::new("type", 2);
        let p1 = br#"{"results":[{"type":"SLACK"},{"type":"WEBHOOK"}],"totalCount":3}"#;
        let p2 = br#"{"results":[{"type":"WEBHOOK"},{"type":"DATADOG"}],"totalCount":3}"#;
        let p3 = br#"{"results":[],"totalCount":3}"#;
        assert!(listing.add(1, p1).unwrap());
        assert!(listing.add(2, p2).unwrap());
        assert!(!listing.add(3, p3).unwrap());
        let types: Vec<_> = listing
            .finish()
            .unwrap()
            .into_iter()
            .map(|i| i["type"].clone())
            .collect();
        assert_eq!(types, [json!("SLACK"), json!("WEBHOOK"), json!("DATADOG")]);
    }
}
