//! Lists that span pages (`pageNum`, `itemsPerPage`, `totalCount`).

use super::{ApiClient, ClientError, Query};
use reqwest::Method;
use serde_json::{Map, Value};

/// A server whose list never ends must not keep omi looping, nor fill its
/// memory: no list is read past this many pages or items (Ops Manager
/// deployments hold thousands of projects, not hundreds of thousands).
pub const MAX_PAGES: u32 = 10_000;
pub const MAX_ITEMS: usize = 100_000;

impl ApiClient {
    /// Every item of a paged list at `path`, `per_page` at a time; at most
    /// [`MAX_PAGES`] pages.
    pub async fn all_pages(
        &self,
        path: &str,
        per_page: u32,
    ) -> Result<Vec<Map<String, Value>>, ClientError> {
        let mut items = Vec::new();
        for page in 1..=MAX_PAGES {
            let query = Query {
                page_num: Some(page),
                items_per_page: Some(per_page),
                ..Query::default()
            };
            let url = self.url(path, &query);
            let response = self.send(Method::GET, &url, None).await?;
            let body: Value =
                serde_json::from_slice(&response.body).map_err(|_| not_a_page(path, "not JSON"))?;
            let results = body
                .get("results")
                .and_then(Value::as_array)
                .ok_or_else(|| not_a_page(path, "no 'results' list"))?;
            let count = results.len();
            for item in results {
                match item {
                    Value::Object(o) => items.push(o.clone()),
                    _ => return Err(not_a_page(path, "an item is not an object")),
                }
            }
            if items.len() > MAX_ITEMS {
                return Err(not_a_page(
                    path,
                    &format!("more than {MAX_ITEMS} items; omi reads no more"),
                ));
            }
            let total = body.get("totalCount").and_then(Value::as_u64);
            if count < per_page as usize || total.is_some_and(|t| items.len() as u64 >= t) {
                return Ok(items);
            }
        }
        Err(not_a_page(
            path,
            &format!("the list did not end after {MAX_PAGES} pages"),
        ))
    }
}

fn not_a_page(path: &str, why: &str) -> ClientError {
    ClientError::Unreadable(format!(
        "the list at {path} is not what the API returns ({why})"
    ))
}
