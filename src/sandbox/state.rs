//! Projects and their integrations, optionally persisted to a JSON file.
//!
//! The file holds the submitted values in clear (it is the server's own
//! storage, like Ops Manager's database), so it is written with mode 0600.

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};
use std::collections::BTreeMap;
use std::io::Write;
use std::path::{Path, PathBuf};

use super::args::is_object_id;
use crate::api::types;

/// The stored fields of one integration (without `type`), as submitted.
pub type Fields = Map<String, Value>;

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Project {
    pub id: String,
    pub name: String,
    pub org_id: String,
    /// Keyed by API type name; at most one integration per type.
    #[serde(default)]
    pub integrations: BTreeMap<String, Fields>,
}

#[derive(Debug, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct StateFile {
    projects: Vec<Project>,
}

/// All projects, and where to save them after each change.
#[derive(Debug)]
pub struct Store {
    projects: Vec<Project>,
    path: Option<PathBuf>,
}

pub fn random_object_id() -> String {
    hex::encode(random_bytes::<12>())
}

/// Bytes from the OS generator (keys, ids, nonces).
pub fn random_bytes<const N: usize>() -> [u8; N] {
    let mut bytes = [0u8; N];
    // Only fails when the OS has no usable generator; nothing safe to fall back to.
    getrandom::fill(&mut bytes).expect("the OS random number generator failed");
    bytes
}

impl Store {
    /// Loads `path` if given and present. A file that exists but cannot be
    /// read or parsed is an error: it is never replaced by an empty state.
    pub fn open(path: Option<PathBuf>) -> Result<Store, String> {
        let projects = match &path {
            None => Vec::new(),
            Some(p) => load(p)?,
        };
        Ok(Store { projects, path })
    }

    /// Adds the flags' projects: each `ids` entry not yet present, then
    /// `generate` new ones with random ids. Names continue "Project N".
    /// Saves if anything was added, so generated ids survive a restart.
    pub fn add_projects(&mut self, ids: &[String], generate: usize) -> Result<(), String> {
        let org_id = self
            .projects
            .first()
            .map(|p| p.org_id.clone())
            .unwrap_or_else(random_object_id);
        let mut added = false;
        let wanted = ids
            .iter()
            .cloned()
            .chain(std::iter::repeat_with(random_object_id).take(generate));
        for id in wanted {
            if self.projects.iter().any(|p| p.id == id) {
                continue;
            }
            let name = format!("Project {}", self.projects.len() + 1);
            self.projects.push(Project {
                id,
                name,
                org_id: org_id.clone(),
                integrations: BTreeMap::new(),
            });
            added = true;
        }
        if added {
            self.save(&self.projects)?;
        }
        Ok(())
    }

    pub fn projects(&self) -> &[Project] {
        &self.projects
    }

    pub fn project(&self, id: &str) -> Option<&Project> {
        self.projects.iter().find(|p| p.id == id)
    }

    /// Applies `change` to the project `id` and saves. If saving fails the
    /// change is dropped, so memory and file never disagree.
    pub fn update<T>(
        &mut self,
        id: &str,
        change: impl FnOnce(&mut Project) -> T,
    ) -> Option<Result<T, String>> {
        let index = self.projects.iter().position(|p| p.id == id)?;
        let mut next = self.projects.clone();
        let project = next.get_mut(index)?;
        let out = change(project);
        if let Err(e) = self.save(&next) {
            return Some(Err(e));
        }
        self.projects = next;
        Some(Ok(out))
    }

    fn save(&self, projects: &[Project]) -> Result<(), String> {
        match &self.path {
            None => Ok(()),
            Some(path) => save(path, projects),
        }
    }
}

fn load(path: &Path) -> Result<Vec<Project>, String> {
    let bytes = match std::fs::read(path) {
        Ok(b) => b,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
        Err(e) => return Err(format!("cannot read state file {}: {e}", path.display())),
    };
    let state: StateFile = serde_json::from_slice(&bytes).map_err(|e| {
        format!(
            "state file {} is not valid omi-sandbox state ({e}); fix or remove it",
            path.display()
        )
    })?;
    for p in &state.projects {
        if !is_object_id(&p.id) {
            return Err(format!(
                "state file {}: project id '{}' is not 24 hex characters",
                path.display(),
                p.id
            ));
        }
        for api in p.integrations.keys() {
            if !types::TYPES.iter().any(|t| t.api == api) {
                return Err(format!(
                    "state file {}: unknown integration type '{api}'",
                    path.display()
                ));
            }
        }
    }
    Ok(state.projects)
}

/// Writes atomically: a temporary file in the same directory (created with
/// mode 0600), then a rename over the old file.
fn save(path: &Path, projects: &[Project]) -> Result<(), String> {
    let fail =
        |e: &dyn std::fmt::Display| format!("cannot write state file {}: {e}", path.display());
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d,
        _ => Path::new("."),
    };
    let state = StateFile {
        projects: projects.to_vec(),
    };
    let json = serde_json::to_vec_pretty(&state).map_err(|e| fail(&e))?;
    let mut tmp = tempfile::NamedTempFile::new_in(dir).map_err(|e| fail(&e))?;
    tmp.write_all(&json).map_err(|e| fail(&e))?;
    tmp.write_all(b"\n").map_err(|e| fail(&e))?;
    tmp.as_file().sync_all().map_err(|e| fail(&e))?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(tmp.path(), std::fs::Permissions::from_mode(0o600))
            .map_err(|e| fail(&e))?;
    }
    tmp.persist(path).map_err(|e| fail(&e.error))?;
    Ok(())
}
