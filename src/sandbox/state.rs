//! Organizations, projects, their integrations and alert configurations,
//! and the global alert configurations, indexed by id and by name,
//! optionally persisted to a file (`--state`).
//!
//! The file is the server's own storage, like Ops Manager's database, so
//! it holds the keys and the submitted values in clear and is written with
//! mode 0600. Its format is a stream of JSON values: one snapshot object
//! (`keys`, `port`, `orgs`, `projects`, `globalAlertConfigs`), then one
//! change record per line, appended as integrations and alert
//! configurations are written (an integration record names `project` and
//! `type`; an alert configuration record names `alertConfigId`, and
//! `project` unless the configuration is global). Files written before
//! alert configurations existed load as they are.
//!
//! A write costs one appended line, not a rewrite of every project; the
//! snapshot is rewritten (atomically, through a temporary file and a
//! rename) at start and once the records outnumber the projects, so the
//! file stays proportional to the state. A change is appended before
//! memory is changed, and dropped if the append fails, so memory and file
//! never disagree.
//!
//! One sandbox at a time uses a file: `FILE.lock` beside it is locked
//! (`flock`) for the sandbox's life and holds its pid, so a second one is
//! refused instead of overwriting the first one's acknowledged writes. A
//! `--state` that exists and is not a regular file (a FIFO, a directory)
//! is refused before it is opened.

use serde::de::IgnoredAny;
use serde::{Deserialize, Deserializer, Serialize};
use serde_json::{Map, Value};
use std::collections::{BTreeMap, HashMap};
use std::fs::{File, TryLockError};
use std::io::Write;
use std::os::unix::fs::{FileTypeExt, OpenOptionsExt};
use std::path::{Path, PathBuf};

use super::args::{is_object_id, is_type_name};

/// The stored fields of one integration (without `type`), as submitted.
pub type Fields = Map<String, Value>;

/// One integration: the server's id for it and the submitted fields.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Integration {
    pub id: String,
    pub fields: Fields,
}

/// One alert configuration: the server's id for it, its timestamps and
/// the accepted attributes.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AlertConfig {
    #[serde(deserialize_with = "object_id")]
    pub id: String,
    /// ISO-8601 UTC, as shown.
    pub created: String,
    pub updated: String,
    /// Everything else, as accepted (see `alerts::body`): `eventTypeName`,
    /// `enabled`, `matchers`, `threshold` or `metricThreshold`,
    /// `notifications` (each with its `id`), with secrets in clear.
    pub fields: Fields,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Project {
    #[serde(deserialize_with = "object_id")]
    pub id: String,
    pub name: String,
    #[serde(deserialize_with = "object_id")]
    pub org_id: String,
    /// Keyed by API type name; at most one integration per type.
    #[serde(default, deserialize_with = "integrations")]
    pub integrations: BTreeMap<String, Integration>,
    /// In creation order, which is the order of the list; a replaced one
    /// keeps its place. Indexed by project, so a project's list costs
    /// only its own configurations.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub alert_configs: Vec<AlertConfig>,
}

/// Where an alert configuration lives: in a project, or global.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scope<'a> {
    Project(&'a str),
    Global,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Org {
    #[serde(deserialize_with = "object_id")]
    pub id: String,
    pub name: String,
}

/// The API keys, kept so a restart answers to the same ones.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Keys {
    pub public_key: String,
    pub private_key: String,
}

#[derive(Debug, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct Snapshot {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    keys: Option<Keys>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    port: Option<u16>,
    #[serde(default)]
    orgs: Vec<Org>,
    projects: Vec<Project>,
    #[serde(default, rename = "globalAlertConfigs")]
    global_alert_configs: Vec<AlertConfig>,
}

/// One appended change.
#[derive(Debug)]
enum Record {
    Integration(IntegrationRecord),
    Alert(AlertRecord),
}

/// Project `project` now holds `integration` as its `type` integration,
/// or none when it is null.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct IntegrationRecord {
    #[serde(deserialize_with = "object_id")]
    project: String,
    #[serde(rename = "type", deserialize_with = "type_name")]
    api: String,
    integration: Option<Integration>,
}

/// Alert configuration `alertConfigId` of project `project` (a global one
/// when `project` is absent) is now `alertConfig`, or gone when it is null.
#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
struct AlertRecord {
    #[serde(default, deserialize_with = "optional_object_id")]
    project: Option<String>,
    #[serde(deserialize_with = "object_id")]
    alert_config_id: String,
    alert_config: Option<AlertConfig>,
}

/// Which kind of record a line holds: an alert record has `alertConfigId`.
#[derive(Deserialize)]
struct RecordKind {
    #[serde(rename = "alertConfigId")]
    alert: Option<IgnoredAny>,
}

/// A change about to be made, as `update` and `update_alert` save it.
#[derive(Debug, Clone, Copy)]
enum Change<'a> {
    Integration {
        project: &'a str,
        api: &'a str,
        now: Option<&'a Integration>,
    },
    Alert {
        scope: Scope<'a>,
        id: &'a str,
        now: Option<&'a AlertConfig>,
    },
}

impl Change<'_> {
    fn record(&self) -> Value {
        match *self {
            Change::Integration { project, api, now } => {
                serde_json::json!({"project": project, "type": api, "integration": now})
            }
            Change::Alert {
                scope: Scope::Project(project),
                id,
                now,
            } => serde_json::json!({"project": project, "alertConfigId": id, "alertConfig": now}),
            Change::Alert {
                scope: Scope::Global,
                id,
                now,
            } => serde_json::json!({"alertConfigId": id, "alertConfig": now}),
        }
    }
}

/// Puts `now` in place of configuration `id` of `list` (appended if new;
/// removed when None).
fn apply_alert(list: &mut Vec<AlertConfig>, id: &str, now: Option<AlertConfig>) {
    let at = list.iter().position(|c| c.id == id);
    match (at, now) {
        (Some(i), Some(c)) => list[i] = c,
        (None, Some(c)) => list.push(c),
        (Some(i), None) => {
            list.remove(i);
        }
        (None, None) => {}
    }
}

// Messages of the checks made while parsing. They never hold a value from
// the file, so `load` may show them.
const BAD_ID: &str = "an id is not 24 hex characters";
const BAD_TYPE: &str = "an integration type is not of the form [A-Z][A-Z_]*";
const SAFE_MESSAGES: &[&str] = &[BAD_ID, BAD_TYPE];

fn object_id<'de, D: Deserializer<'de>>(d: D) -> Result<String, D::Error> {
    let s = String::deserialize(d)?;
    if is_object_id(&s) {
        Ok(s)
    } else {
        Err(serde::de::Error::custom(BAD_ID))
    }
}

fn optional_object_id<'de, D: Deserializer<'de>>(d: D) -> Result<Option<String>, D::Error> {
    match Option::<String>::deserialize(d)? {
        Some(s) if !is_object_id(&s) => Err(serde::de::Error::custom(BAD_ID)),
        other => Ok(other),
    }
}

fn type_name<'de, D: Deserializer<'de>>(d: D) -> Result<String, D::Error> {
    let s = String::deserialize(d)?;
    if is_type_name(&s) {
        Ok(s)
    } else {
        Err(serde::de::Error::custom(BAD_TYPE))
    }
}

fn integrations<'de, D: Deserializer<'de>>(
    d: D,
) -> Result<BTreeMap<String, Integration>, D::Error> {
    let map = BTreeMap::<String, Integration>::deserialize(d)?;
    if map.keys().all(|k| is_type_name(k)) {
        Ok(map)
    } else {
        Err(serde::de::Error::custom(BAD_TYPE))
    }
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

/// All organizations and projects, and where they are saved.
#[derive(Debug, Default)]
pub struct Store {
    keys: Option<Keys>,
    port: Option<u16>,
    orgs: Vec<Org>,
    org_index: HashMap<String, usize>,
    /// Positions in `projects` of each org's projects, in creation order.
    org_projects: Vec<Vec<usize>>,
    /// In creation order, which is the order of every list.
    projects: Vec<Project>,
    by_id: HashMap<String, usize>,
    by_name: HashMap<String, usize>,
    /// In creation order.
    global_alerts: Vec<AlertConfig>,
    file: Option<StateFile>,
}

impl Store {
    /// Loads `path` if given and present; `known_type` says which
    /// integration type names its projects may hold (the table's and the
    /// `--legacy-types`). A file that exists but cannot be read or parsed
    /// is an error: it is never replaced. So is one that is not a regular
    /// file (a FIFO would block the read), and one another sandbox holds.
    pub fn open(path: Option<PathBuf>, known_type: impl Fn(&str) -> bool) -> Result<Store, String> {
        let Some(path) = path else {
            return Ok(Store::default());
        };
        regular_or_absent(&path, "state file")?;
        let lock = lock(&path)?;
        let (snapshot, records) = load(&path)?;
        let mut store = Store {
            keys: snapshot.keys,
            port: snapshot.port,
            global_alerts: snapshot.global_alert_configs,
            ..Store::default()
        };
        for org in snapshot.orgs {
            store.add_org(org);
        }
        for (n, project) in snapshot.projects.into_iter().enumerate() {
            check_project(&path, n, &project, &known_type, &store.by_id)?;
            store.add_project(project);
        }
        for (line, record) in records {
            store.replay(&path, line, record, &known_type)?;
        }
        store.file = Some(StateFile::new(path, lock));
        Ok(store)
    }

    fn replay(
        &mut self,
        path: &Path,
        line: usize,
        record: Record,
        known_type: &impl Fn(&str) -> bool,
    ) -> Result<(), String> {
        let bad = |what: &str| {
            format!(
                "state file {}: the change record at line {line} {what}; fix or remove it",
                path.display()
            )
        };
        let record = match record {
            Record::Integration(r) => r,
            Record::Alert(r) => {
                if r.alert_config
                    .as_ref()
                    .is_some_and(|c| c.id != r.alert_config_id)
                {
                    return Err(bad(
                        "holds a configuration whose id is not its alertConfigId",
                    ));
                }
                let list = match &r.project {
                    None => &mut self.global_alerts,
                    Some(p) => {
                        let index = *self
                            .by_id
                            .get(p)
                            .ok_or_else(|| bad("names a project the file does not hold"))?;
                        &mut self.projects[index].alert_configs
                    }
                };
                apply_alert(list, &r.alert_config_id, r.alert_config);
                return Ok(());
            }
        };
        if !known_type(&record.api) {
            return Err(bad(
                "holds a type that is neither in the type table nor given with --legacy-types",
            ));
        }
        let index = *self
            .by_id
            .get(&record.project)
            .ok_or_else(|| bad("names a project the file does not hold"))?;
        let project = &mut self.projects[index];
        match record.integration {
            Some(i) => project.integrations.insert(record.api, i),
            None => project.integrations.remove(&record.api),
        };
        Ok(())
    }

    fn add_org(&mut self, org: Org) {
        if self.org_index.contains_key(&org.id) {
            return;
        }
        self.org_index.insert(org.id.clone(), self.orgs.len());
        self.orgs.push(org);
        self.org_projects.push(Vec::new());
    }

    fn add_project(&mut self, project: Project) {
        let position = self.projects.len();
        if !self.org_index.contains_key(&project.org_id) {
            let name = format!("Organization {}", self.orgs.len() + 1);
            self.add_org(Org {
                id: project.org_id.clone(),
                name,
            });
        }
        if let Some(&org) = self.org_index.get(&project.org_id) {
            self.org_projects[org].push(position);
        }
        self.by_id.insert(project.id.clone(), position);
        self.by_name.entry(project.name.clone()).or_insert(position);
        self.projects.push(project);
    }

    /// Makes sure of at least `orgs` organizations, every id of `ids`, and
    /// at least `at_least` projects (new ones get random ids and are
    /// spread over the organizations in turn). Names continue "Project N".
    /// Saves the snapshot, so generated ids survive a restart.
    pub fn ensure(&mut self, ids: &[String], at_least: usize, orgs: usize) -> Result<(), String> {
        while self.orgs.len() < orgs.max(1) {
            let name = format!("Organization {}", self.orgs.len() + 1);
            self.add_org(Org {
                id: random_object_id(),
                name,
            });
        }
        for id in ids {
            if !self.by_id.contains_key(id) {
                self.new_project(id.clone());
            }
        }
        while self.projects.len() < at_least {
            self.new_project(random_object_id());
        }
        self.snapshot()
    }

    /// Seeds alert configurations until every project holds at least
    /// `per_project` and the global list `global`: the k-th new one of a
    /// project is `project_config(project, k)` (k counting the ones it
    /// holds), the k-th global one `global_config(k)`. Saves the snapshot
    /// if any was added.
    pub fn seed_alerts(
        &mut self,
        per_project: usize,
        global: usize,
        project_config: impl Fn(&Project, usize) -> AlertConfig,
        global_config: impl Fn(usize) -> AlertConfig,
    ) -> Result<(), String> {
        let mut added = false;
        for project in &mut self.projects {
            let held = project.alert_configs.len();
            if held < per_project {
                let new: Vec<AlertConfig> = (held..per_project)
                    .map(|k| project_config(project, k))
                    .collect();
                project.alert_configs.extend(new);
                added = true;
            }
        }
        while self.global_alerts.len() < global {
            let k = self.global_alerts.len();
            self.global_alerts.push(global_config(k));
            added = true;
        }
        if added {
            self.snapshot()
        } else {
            Ok(())
        }
    }

    fn new_project(&mut self, id: String) {
        let name = format!("Project {}", self.projects.len() + 1);
        let org_id = self.orgs[self.projects.len() % self.orgs.len()].id.clone();
        self.add_project(Project {
            id,
            name,
            org_id,
            integrations: BTreeMap::new(),
            alert_configs: Vec::new(),
        });
    }

    pub fn keys(&self) -> Option<&Keys> {
        self.keys.as_ref()
    }

    pub fn port(&self) -> Option<u16> {
        self.port
    }

    /// Records the keys and port the server runs with, for a restart.
    pub fn set_server(&mut self, keys: Keys, port: u16) -> Result<(), String> {
        if self.keys.as_ref() == Some(&keys) && self.port == Some(port) {
            return Ok(());
        }
        self.keys = Some(keys);
        self.port = Some(port);
        self.snapshot()
    }

    pub fn projects(&self) -> &[Project] {
        &self.projects
    }

    pub fn project(&self, id: &str) -> Option<&Project> {
        self.by_id.get(id).map(|&i| &self.projects[i])
    }

    pub fn project_by_name(&self, name: &str) -> Option<&Project> {
        self.by_name.get(name).map(|&i| &self.projects[i])
    }

    pub fn orgs(&self) -> &[Org] {
        &self.orgs
    }

    /// The projects of organization `org`, in creation order; None if there
    /// is no such organization.
    pub fn org_projects(&self, org: &str) -> Option<impl ExactSizeIterator<Item = &Project>> {
        let index = *self.org_index.get(org)?;
        Some(self.org_projects[index].iter().map(|&i| &self.projects[i]))
    }

    /// Changes project `id`'s integration of type `api`: `change` gets a
    /// copy of it (only that integration is copied) and may replace or
    /// clear it. The result is appended to the state file before memory
    /// changes; if that fails, nothing changes. None if no such project.
    pub fn update<T>(
        &mut self,
        id: &str,
        api: &str,
        change: impl FnOnce(&mut Option<Integration>) -> T,
    ) -> Option<Result<T, String>> {
        let index = *self.by_id.get(id)?;
        let before = self.projects[index].integrations.get(api);
        let mut slot = before.cloned();
        let out = change(&mut slot);
        if slot.as_ref() != self.projects[index].integrations.get(api) {
            let change = Change::Integration {
                project: id,
                api,
                now: slot.as_ref(),
            };
            if let Err(e) = self.save_change(change) {
                return Some(Err(e));
            }
            let integrations = &mut self.projects[index].integrations;
            match slot {
                Some(i) => integrations.insert(api.to_string(), i),
                None => integrations.remove(api),
            };
        }
        Some(Ok(out))
    }

    /// The alert configurations of `scope`; None if no such project.
    pub fn alerts(&self, scope: Scope) -> Option<&[AlertConfig]> {
        match scope {
            Scope::Global => Some(&self.global_alerts),
            Scope::Project(id) => self.project(id).map(|p| p.alert_configs.as_slice()),
        }
    }

    /// Changes alert configuration `id` of `scope`, as `update` does an
    /// integration: `change` gets a copy of it (None if there is none) and
    /// may replace or clear it; a configuration put in a slot that was
    /// empty is added at the end. The slot's configuration keeps the id
    /// `id`. None if no such project.
    pub fn update_alert<T>(
        &mut self,
        scope: Scope,
        id: &str,
        change: impl FnOnce(&mut Option<AlertConfig>) -> T,
    ) -> Option<Result<T, String>> {
        let project = match scope {
            Scope::Global => None,
            Scope::Project(p) => Some(*self.by_id.get(p)?),
        };
        let list = match project {
            None => &self.global_alerts,
            Some(i) => &self.projects[i].alert_configs,
        };
        let before = list.iter().find(|c| c.id == id);
        let mut slot = before.cloned();
        let out = change(&mut slot);
        if let Some(c) = slot.as_mut() {
            c.id = id.to_string();
        }
        if slot.as_ref() != before {
            let change = Change::Alert {
                scope,
                id,
                now: slot.as_ref(),
            };
            if let Err(e) = self.save_change(change) {
                return Some(Err(e));
            }
            let list = match project {
                None => &mut self.global_alerts,
                Some(i) => &mut self.projects[i].alert_configs,
            };
            apply_alert(list, id, slot);
        }
        Some(Ok(out))
    }

    fn save_change(&mut self, change: Change) -> Result<(), String> {
        let projects = self.projects.len();
        let Some(file) = self.file.as_mut() else {
            return Ok(());
        };
        if file.must_rewrite(projects) {
            // Rewrite with the change in: a snapshot of a copy would cost
            // as much as the write itself, so build it with the change.
            return self.snapshot_with(Some(change));
        }
        file.append(&change.record())
    }

    fn snapshot(&mut self) -> Result<(), String> {
        self.snapshot_with(None)
    }

    /// Rewrites the whole file from memory, with `change` applied on the
    /// way (it is not yet in memory): only the project (or the global
    /// list) it changes is copied.
    fn snapshot_with(&mut self, change: Option<Change>) -> Result<(), String> {
        let Some(file) = self.file.as_mut() else {
            return Ok(());
        };
        let mut projects: Vec<&Project> = self.projects.iter().collect();
        let mut globals: &[AlertConfig] = &self.global_alerts;
        let changed_project;
        let changed_globals;
        let project_of = |scope_project: &str| self.by_id.get(scope_project).copied();
        match change {
            None => {}
            Some(Change::Integration { project, api, now }) => {
                if let Some(i) = project_of(project) {
                    let mut p = self.projects[i].clone();
                    match now {
                        Some(n) => p.integrations.insert(api.to_string(), n.clone()),
                        None => p.integrations.remove(api),
                    };
                    changed_project = p;
                    projects[i] = &changed_project;
                }
            }
            Some(Change::Alert {
                scope: Scope::Project(project),
                id,
                now,
            }) => {
                if let Some(i) = project_of(project) {
                    let mut p = self.projects[i].clone();
                    apply_alert(&mut p.alert_configs, id, now.cloned());
                    changed_project = p;
                    projects[i] = &changed_project;
                }
            }
            Some(Change::Alert {
                scope: Scope::Global,
                id,
                now,
            }) => {
                let mut g = self.global_alerts.clone();
                apply_alert(&mut g, id, now.cloned());
                changed_globals = g;
                globals = &changed_globals;
            }
        }
        let view = SnapshotView {
            keys: self.keys.as_ref(),
            port: self.port,
            orgs: &self.orgs,
            projects,
            global_alert_configs: globals,
        };
        file.rewrite(&view)
    }
}

#[derive(Serialize)]
struct SnapshotView<'a> {
    #[serde(skip_serializing_if = "Option::is_none")]
    keys: Option<&'a Keys>,
    #[serde(skip_serializing_if = "Option::is_none")]
    port: Option<u16>,
    orgs: &'a [Org],
    projects: Vec<&'a Project>,
    #[serde(rename = "globalAlertConfigs", skip_serializing_if = "<[_]>::is_empty")]
    global_alert_configs: &'a [AlertConfig],
}

fn check_project(
    path: &Path,
    n: usize,
    project: &Project,
    known_type: &impl Fn(&str) -> bool,
    seen: &HashMap<String, usize>,
) -> Result<(), String> {
    let bad = |what: &str| {
        format!(
            "state file {}: project {} in the file {what}; fix or remove it",
            path.display(),
            n + 1
        )
    };
    if seen.contains_key(&project.id) {
        return Err(bad("has the id of an earlier project"));
    }
    if !project.integrations.keys().all(|k| known_type(k)) {
        return Err(bad(
            "holds a type that is neither in the type table nor given with --legacy-types",
        ));
    }
    Ok(())
}

/// The snapshot and the change records (with their line numbers).
fn load(path: &Path) -> Result<(Snapshot, Vec<(usize, Record)>), String> {
    let bytes = match std::fs::read(path) {
        Ok(b) => b,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            return Ok((Snapshot::default(), Vec::new()))
        }
        Err(e) => return Err(format!("cannot read state file {}: {e}", path.display())),
    };
    // The stream finds where each value ends; each is then parsed again
    // from its own text into its type, so errors keep their place.
    let mut stream = serde_json::Deserializer::from_slice(&bytes).into_iter::<IgnoredAny>();
    let invalid = |e: serde_json::Error| parse_error(path, &e);
    let snapshot: Snapshot = match stream.next() {
        None => return Ok((Snapshot::default(), Vec::new())),
        Some(first) => {
            first.map_err(invalid)?;
            parse_at(path, &bytes, 0)?
        }
    };
    let mut records = Vec::new();
    loop {
        let start = stream.byte_offset();
        match stream.next() {
            None => break,
            // A record cut short by a crash never got its change answered:
            // it is dropped, and the start's snapshot removes it.
            Some(Err(e)) if e.is_eof() => break,
            Some(Err(e)) => return Err(invalid(e)),
            Some(Ok(_)) => {
                let kind: RecordKind = parse_at(path, &bytes, start)?;
                let record = if kind.alert.is_some() {
                    Record::Alert(parse_at(path, &bytes, start)?)
                } else {
                    Record::Integration(parse_at(path, &bytes, start)?)
                };
                records.push((line_of(&bytes, start), record));
            }
        }
    }
    Ok((snapshot, records))
}

/// Parses the value that begins at byte `start`, with errors placed by the
/// file's line (and the column within that line).
fn parse_at<T: serde::de::DeserializeOwned>(
    path: &Path,
    bytes: &[u8],
    start: usize,
) -> Result<T, String> {
    let mut de = serde_json::Deserializer::from_slice(&bytes[start..]);
    let lines_before = bytes[..start].iter().filter(|&&b| b == b'\n').count();
    T::deserialize(&mut de)
        .map_err(|e| parse_error_at(path, &e, lines_before + e.line(), e.column()))
}

fn line_of(bytes: &[u8], offset: usize) -> usize {
    let leading = bytes[..offset.min(bytes.len())]
        .iter()
        .filter(|&&b| b == b'\n')
        .count();
    // The value starts after any whitespace at `offset`.
    let skipped = bytes[offset.min(bytes.len())..]
        .iter()
        .take_while(|b| b.is_ascii_whitespace())
        .filter(|&&b| b == b'\n')
        .count();
    leading + skipped + 1
}

fn parse_error(path: &Path, e: &serde_json::Error) -> String {
    parse_error_at(path, e, e.line(), e.column())
}

/// Names the file, the place and the kind of problem, never a value from
/// the file (serde's own messages may quote one, so they are not shown).
fn parse_error_at(path: &Path, e: &serde_json::Error, line: usize, column: usize) -> String {
    use serde_json::error::Category;
    let message = e.to_string();
    let what = match e.classify() {
        Category::Syntax => "not valid JSON",
        Category::Eof => "JSON cut short",
        Category::Io => "unreadable",
        Category::Data => SAFE_MESSAGES
            .iter()
            .find(|m| message.starts_with(*m))
            .copied()
            .unwrap_or("not omi-sandbox state (an unknown key, a missing one, or a value of the wrong kind)"),
    };
    format!(
        "state file {} is not valid omi-sandbox state: {what} at line {line}, column {column}; fix or remove it",
        path.display()
    )
}

/// An error unless `path` is absent or a regular file (or a link to
/// one): reading a FIFO would block, and a directory or device is surely
/// a mistaken path.
fn regular_or_absent(path: &Path, what: &str) -> Result<(), String> {
    let kind = match std::fs::metadata(path) {
        Ok(m) if m.is_file() => return Ok(()),
        Ok(m) => m.file_type(),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(()),
        Err(e) => return Err(format!("cannot read {what} {}: {e}", path.display())),
    };
    let is = if kind.is_dir() {
        "a directory"
    } else if kind.is_fifo() {
        "a FIFO"
    } else if kind.is_socket() {
        "a socket"
    } else if kind.is_char_device() || kind.is_block_device() {
        "a device"
    } else {
        "not a regular file"
    };
    Err(format!(
        "{what} {} is {is}: --state needs the path of a regular file (it need not exist yet)",
        path.display()
    ))
}

/// `FILE.lock`, beside the state file (which is replaced by renames, so
/// it cannot carry the lock itself).
fn lock_path(path: &Path) -> PathBuf {
    let mut name = path.as_os_str().to_owned();
    name.push(".lock");
    PathBuf::from(name)
}

/// Takes the exclusive lock of `path`'s lock file for this process's life
/// and writes this process's pid into it. A lock another process holds is
/// an error naming that process (its pid as it wrote it). The lock file
/// is never removed: removing it would let two processes lock two files
/// of the same name.
fn lock(path: &Path) -> Result<File, String> {
    let at = lock_path(path);
    regular_or_absent(&at, "lock file")?;
    let cannot = |e: &dyn std::fmt::Display| {
        format!(
            "cannot lock state file {} (with {}): {e}",
            path.display(),
            at.display()
        )
    };
    let mut file = std::fs::OpenOptions::new()
        .read(true)
        .write(true)
        .create(true)
        .truncate(false)
        .mode(0o600)
        .open(&at)
        .map_err(|e| cannot(&e))?;
    match file.try_lock() {
        Ok(()) => {}
        Err(TryLockError::WouldBlock) => {
            let holder = std::fs::read_to_string(&at)
                .ok()
                .and_then(|s| s.trim().parse::<u32>().ok())
                .map_or_else(|| "pid unknown".to_string(), |pid| format!("pid {pid}"));
            return Err(format!(
                "state file {} is in use by another omi-sandbox ({holder}, which holds {}); stop it, or give another --state",
                path.display(),
                at.display()
            ));
        }
        Err(TryLockError::Error(e)) => return Err(cannot(&e)),
    }
    file.set_len(0)
        .and_then(|()| writeln!(file, "{}", std::process::id()))
        .and_then(|()| file.sync_data())
        .map_err(|e| cannot(&e))?;
    Ok(file)
}

/// The open state file: appends records, rewrites snapshots.
#[derive(Debug)]
struct StateFile {
    path: PathBuf,
    /// Open for appending once a snapshot has been written by this process.
    appender: Option<File>,
    records: usize,
    /// Held, never read: the lock lasts as long as the file is open.
    _lock: File,
}

impl StateFile {
    fn new(path: PathBuf, lock: File) -> StateFile {
        StateFile {
            path,
            appender: None,
            records: 0,
            _lock: lock,
        }
    }

    fn fail(&self, e: &dyn std::fmt::Display) -> String {
        format!("cannot write state file {}: {e}", self.path.display())
    }

    /// A fresh snapshot is due: none written yet by this process, or the
    /// records outnumber the projects (with some slack for small states).
    fn must_rewrite(&self, projects: usize) -> bool {
        self.appender.is_none() || self.records >= projects.max(1000)
    }

    fn append(&mut self, record: &Value) -> Result<(), String> {
        let mut line = serde_json::to_vec(record).map_err(|e| self.fail(&e))?;
        line.push(b'\n');
        let Some(file) = self.appender.as_mut() else {
            return Err(self.fail(&"not open"));
        };
        let written = file.metadata().map(|m| m.len()).and_then(|len| {
            let result = file.write_all(&line).and_then(|()| file.sync_data());
            if result.is_err() {
                // Take back a partial line, so the file still parses.
                let _ = file.set_len(len);
            }
            result
        });
        match written {
            Ok(()) => {
                self.records += 1;
                Ok(())
            }
            Err(e) => {
                // The next write rewrites the whole file from memory.
                self.appender = None;
                Err(self.fail(&e))
            }
        }
    }

    /// Writes atomically (`input::files::write_private`: a temporary file
    /// in the same directory, mode 0600, then a rename). Reopens it for
    /// appending.
    fn rewrite(&mut self, snapshot: &impl Serialize) -> Result<(), String> {
        let mut json = serde_json::to_vec_pretty(snapshot).map_err(|e| self.fail(&e))?;
        json.push(b'\n');
        crate::input::files::write_private(&self.path, &json).map_err(|e| self.fail(&e))?;
        self.appender = std::fs::OpenOptions::new()
            .append(true)
            .open(&self.path)
            .ok();
        self.records = 0;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn known(t: &str) -> bool {
        crate::api::types::TYPES.iter().any(|x| x.api == t)
    }

    fn put(store: &mut Store, id: &str, api: &str, key: &str) {
        let mut fields = Fields::new();
        fields.insert("serviceKey".into(), Value::String(key.into()));
        store
            .update(id, api, |slot| {
                *slot = Some(Integration {
                    id: random_object_id(),
                    fields,
                })
            })
            .unwrap()
            .unwrap();
    }

    #[test]
    fn changes_are_appended_then_replayed() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("s.json");
        let mut store = Store::open(Some(path.clone()), known).unwrap();
        store.ensure(&[], 3, 2).unwrap();
        let ids: Vec<String> = store.projects().iter().map(|p| p.id.clone()).collect();
        put(&mut store, &ids[1], "PAGER_DUTY", "first");
        put(&mut store, &ids[1], "PAGER_DUTY", "second");
        store
            .update(&ids[2], "PAGER_DUTY", |s| *s = None)
            .unwrap()
            .unwrap();
        let text = std::fs::read_to_string(&path).unwrap();
        assert_eq!(
            text.lines().filter(|l| l.starts_with("{\"")).count(),
            2,
            "{text}"
        );

        drop(store);
        let again = Store::open(Some(path), known).unwrap();
        let p = again.project(&ids[1]).unwrap();
        assert_eq!(p.integrations["PAGER_DUTY"].fields["serviceKey"], "second");
        assert_eq!(again.orgs().len(), 2);
        assert_eq!(again.org_projects(&again.orgs()[0].id).unwrap().len(), 2);
        assert_eq!(again.project_by_name("Project 3").unwrap().id, ids[2]);
    }

    #[test]
    fn at_least_n_projects() {
        let mut store = Store::default();
        store.ensure(&[], 4, 1).unwrap();
        store.ensure(&[], 4, 1).unwrap();
        assert_eq!(store.projects().len(), 4);
        let id = "aaaaaaaaaaaaaaaaaaaaaaaa".to_string();
        store.ensure(std::slice::from_ref(&id), 2, 1).unwrap();
        assert_eq!(store.projects().len(), 5);
        store.ensure(&[id], 6, 1).unwrap();
        assert_eq!(store.projects().len(), 6);
    }

    #[test]
    fn errors_name_the_place_not_the_values() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("s.json");
        let cases: &[&[u8]] = &[
            b"{\"projects\": [{\"id\": \"SECRETVALUE\", \"name\": \"n\", \"orgId\": \"aaaaaaaaaaaaaaaaaaaaaaaa\"}]}",
            b"{\"projects\": 7, \"SECRETVALUE\": 1}",
            b"{\"projects\": []}\n{\"project\": \"SECRETVALUE\"}",
            b"{\"projects\": [ SECRETVALUE",
        ];
        for bytes in cases {
            std::fs::write(&path, bytes).unwrap();
            let e = Store::open(Some(path.clone()), known).unwrap_err();
            assert!(!e.contains("SECRETVALUE"), "{e}");
            assert!(e.contains("s.json") && e.contains("line "), "{e}");
        }
    }
}
