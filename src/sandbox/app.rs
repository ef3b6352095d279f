//! What every request shares: the digest verifier, the store behind its
//! lock, the shape played and the fault settings; and the store's access
//! for the endpoints.

use axum::http::StatusCode;
use std::collections::HashSet;
use std::net::{IpAddr, SocketAddr};
use std::sync::RwLock;

use super::args::Shape;
use super::auth::DigestAuth;
use super::faults::{FailEvery, RateLimiter};
use super::latency::Latency;
use super::responses::{self, ApiError};
use super::state::{AlertConfig, Integration, Scope, Store};

/// Everything the handler shares across requests.
pub struct App {
    pub auth: DigestAuth,
    /// Read-locked by reads, which run side by side; write-locked only for
    /// the short time a write takes (it copies one integration).
    pub store: RwLock<Store>,
    pub shape: Shape,
    /// Names of the `--legacy-types`.
    pub legacy_types: HashSet<String>,
    pub rate_limit: Option<RateLimiter>,
    pub fail_every: Option<FailEvery>,
    pub fail_status: StatusCode,
    pub access_list: Vec<IpAddr>,
    pub denied_projects: HashSet<String>,
    /// `--latency-ms`, kept precisely (see `latency`).
    pub latency: Latency,
    pub access_log: bool,
    /// The notification test endpoint exists (no `--no-notification-test`).
    pub notification_test: bool,
    /// `http` or `https`.
    pub scheme: &'static str,
    /// Used for links when a request has no usable Host header.
    pub local_addr: SocketAddr,
}

impl App {
    pub fn recorded(&self) -> bool {
        self.shape == Shape::Recorded
    }

    /// Runs `f` with the store read-locked.
    pub fn with_store<T>(
        &self,
        f: impl FnOnce(&Store) -> Result<T, ApiError>,
    ) -> Result<T, ApiError> {
        let store = self.store.read().map_err(|_| responses::unavailable())?;
        f(&store)
    }

    /// Changes project `group`'s integration of type `api` (see
    /// `Store::update`) and saves it.
    pub fn update<T>(
        &self,
        group: &str,
        api: &str,
        f: impl FnOnce(&mut Option<Integration>) -> T,
    ) -> Result<T, ApiError> {
        let mut store = self.store.write().map_err(|_| responses::unavailable())?;
        match store.update(group, api, f) {
            None => Err(self.no_such_group(group)),
            Some(Err(e)) => Err(ApiError::new(
                StatusCode::INTERNAL_SERVER_ERROR,
                "UNEXPECTED_ERROR",
                e,
            )),
            Some(Ok(v)) => Ok(v),
        }
    }

    /// Changes alert configuration `id` of `scope` (see
    /// `Store::update_alert`) and saves it.
    pub fn update_alert<T>(
        &self,
        scope: Scope,
        id: &str,
        f: impl FnOnce(&mut Option<AlertConfig>) -> T,
    ) -> Result<T, ApiError> {
        let mut store = self.store.write().map_err(|_| responses::unavailable())?;
        match store.update_alert(scope, id, f) {
            None => Err(match scope {
                Scope::Project(group) => self.no_such_group(group),
                Scope::Global => responses::unavailable(),
            }),
            Some(Err(e)) => Err(ApiError::new(
                StatusCode::INTERNAL_SERVER_ERROR,
                "UNEXPECTED_ERROR",
                e,
            )),
            Some(Ok(v)) => Ok(v),
        }
    }

    /// The answer about a project that does not exist: 404
    /// `GROUP_NOT_FOUND` (our choice), or as real servers do, 401
    /// `NOT_IN_GROUP`, which does not reveal whether it exists.
    pub fn no_such_group(&self, group: &str) -> ApiError {
        if self.recorded() {
            responses::not_in_group(group)
        } else {
            ApiError::new(
                StatusCode::NOT_FOUND,
                "GROUP_NOT_FOUND",
                format!("No group with ID {group} exists."),
            )
            .param(group)
        }
    }
}
