//! The `omi apply` file: the desired integrations, JSON or TOML (by
//! extension), validated against the type table with every problem
//! reported at its location before any request is made.
//!
//! ```json
//! {
//!   "integrations": { "PAGER_DUTY": {"serviceKey": {"env": "PD_KEY"}} },
//!   "projects": { "5e2211c17a3e5a48f5497de3": {"WEBHOOK": null} }
//! }
//! ```
//! `integrations` applies to every targeted project; `projects` adds or
//! replaces types per project, and `null` (or `false`, which TOML can
//! express) means the project must not have that type; `true` keeps a type
//! as the server holds it (`--prune` leaves it, nothing is written), which
//! is all the file can say of a type omi has no table for (an older
//! server's `FLOWDOCK`) besides removing it. Any value may
//! be a literal, `{"env": NAME}` or `{"file": PATH}` (first line of the
//! file; a relative path is relative to the apply file's folder). A
//! top-level `"alerts": "matching" | "all"` carries each integration
//! written through the project's alert notifications (`--alerts`).

use super::duplicates;
use super::export::OWN_KEYS;
use crate::api::alerts::Carry;
use crate::api::body::RequestBody;
use crate::api::ids;
use crate::api::types::{self, IntegrationType};
use crate::api::validate::{self, Naming, Violation};
use crate::errors::OmiError;
use crate::input::env::Env;
use crate::input::secret::Secret;
use crate::input::secret_source;
use serde_json::{Map, Value};
use std::collections::BTreeMap;
use std::path::Path;

/// What the file says of one type in one project.
#[derive(Debug, Clone)]
pub enum Wanted {
    /// Have it with this body (`type` set).
    Body(RequestBody),
    /// Must not have it (`null`, or `false`, which TOML can express).
    Absent,
    /// Keep it as the server holds it (`true`): never compared or written.
    Kept,
    /// A dry run's entry whose references are not set yet: each field
    /// named with where its value would come from (`serviceKey ($PD_KEY)`).
    /// Never compared or written; a real apply refuses the file instead.
    Needs(Vec<String>),
}

/// What one project should look like: per type, by API name, what the
/// file says of it; a type it does not name is left to `--prune`.
pub type ProjectState = BTreeMap<String, Wanted>;

#[derive(Debug, Clone)]
pub struct DesiredState {
    pub common: ProjectState,
    pub per_project: BTreeMap<String, ProjectState>,
    /// Things worth saying before the plan (a reference in a field that
    /// is not secret).
    pub notes: Vec<String>,
    /// `"alerts": "matching" | "all"`: the alert notifications of each
    /// type written follow it (`--alerts` overrides it).
    pub alerts: Option<Carry>,
}

impl DesiredState {
    /// The desired state of one project: the common types, overridden
    /// type by type by the project's own entry.
    pub fn for_project(&self, project: &str) -> ProjectState {
        let mut state = self.common.clone();
        if let Some(own) = self.per_project.get(project) {
            state.extend(own.clone());
        }
        state
    }
}

/// Reads, parses, resolves references and validates the file.
pub fn load(path: &Path, env: &Env) -> Result<DesiredState, OmiError> {
    load_with(path, env, false)
}

/// As [`load`], for a plan only (`apply --dry-run`): a `{"env"}` that is
/// not set or a `{"file"}` that does not exist makes its entry
/// [`Wanted::Needs`] instead of an error, so a plan can be read before
/// the secrets are at hand.
pub fn load_for_plan(path: &Path, env: &Env) -> Result<DesiredState, OmiError> {
    load_with(path, env, true)
}

fn load_with(path: &Path, env: &Env, unset_ok: bool) -> Result<DesiredState, OmiError> {
    let text = read_text(path)?;
    let root = root_of(path, &text)?;
    let base_dir = path.parent().unwrap_or(Path::new("."));
    let mut errors = Vec::new();
    let state = parse(&root, env, base_dir, unset_ok, &mut errors);
    if errors.is_empty() {
        Ok(state)
    } else {
        Err(problems(path, errors))
    }
}

/// The file as a value, in the format its extension says, references
/// left as written (none resolved, so an unset variable is no error):
/// what `omi export -o` reads of the file it replaces. `None` for a file
/// that holds nothing but white space.
pub fn read_unresolved(path: &Path) -> Result<Option<Value>, OmiError> {
    let text = read_text(path)?;
    if text.trim().is_empty() {
        return Ok(None);
    }
    root_of(path, &text).map(Some)
}

fn read_text(path: &Path) -> Result<String, OmiError> {
    crate::input::files::read_text(path, 16 * 1024 * 1024)
        .map_err(|e| OmiError::usage(format!("cannot read {}: {e}", path.display())))
}

/// The file's text parsed: TOML by extension, else JSON, which may not
/// give a key twice.
fn root_of(path: &Path, text: &str) -> Result<Value, OmiError> {
    let is_toml = path
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("toml"));
    if is_toml {
        let table: toml::Table = toml::from_str(text).map_err(|e| {
            OmiError::usage(format!(
                "{} {}",
                path.display(),
                crate::input::files::toml_error(text, &e)
            ))
        })?;
        return serde_json::to_value(table).map_err(|e| OmiError::usage(e.to_string()));
    }
    let value = serde_json::from_str(text).map_err(|e| {
        OmiError::usage(format!(
            "{} is not valid JSON at line {} column {}: {}",
            path.display(),
            e.line(),
            e.column(),
            json_error_kind(&e)
        ))
    })?;
    let twice: Vec<String> = duplicates::duplicates(text)
        .into_iter()
        .map(|(key, a, b)| format!("{key}: given twice, at lines {a} and {b}; keep one"))
        .collect();
    if !twice.is_empty() {
        return Err(problems(path, twice));
    }
    Ok(value)
}

fn problems(path: &Path, errors: Vec<String>) -> OmiError {
    OmiError::usage(format!(
        "{} has {} problem{}:\n  {}",
        path.display(),
        errors.len(),
        if errors.len() == 1 { "" } else { "s" },
        errors.join("\n  ")
    ))
}

/// serde_json's message without the offending text (it may be a secret).
fn json_error_kind(e: &serde_json::Error) -> &'static str {
    use serde_json::error::Category;
    match e.classify() {
        Category::Eof => "unexpected end of file",
        Category::Syntax => "syntax error",
        Category::Data => "unexpected value",
        Category::Io => "read error",
    }
}

fn parse(
    root: &Value,
    env: &Env,
    base_dir: &Path,
    unset_ok: bool,
    errors: &mut Vec<String>,
) -> DesiredState {
    let mut state = DesiredState {
        common: ProjectState::default(),
        per_project: BTreeMap::new(),
        notes: Vec::new(),
        alerts: None,
    };
    let Some(root) = root.as_object() else {
        errors.push("the file must be an object with \"integrations\" and/or \"projects\"".into());
        return state;
    };
    for key in root.keys() {
        // "$schema" points editors at `omi schema`'s output.
        if !matches!(
            key.as_str(),
            "integrations" | "projects" | "alerts" | "$schema"
        ) {
            errors.push(format!(
                "{key}: unknown key; expected \"integrations\", \"projects\" or \"alerts\""
            ));
        }
    }
    match root.get("alerts") {
        None => {}
        Some(Value::String(w)) if Carry::from_word(w).is_some() => {
            state.alerts = Carry::from_word(w)
        }
        Some(_) => errors.push(
            "alerts: is \"matching\" (the alert notifications that held a written \
             integration's previous key get the new one) or \"all\" (every notification of \
             that type); leave it out to leave the alerts alone"
                .into(),
        ),
    }
    // An empty file (a TOML file cut short, `> file`) declares nothing,
    // which --prune would read as "delete everything": say so instead.
    if !root.contains_key("integrations") && !root.contains_key("projects") {
        errors.push(
            "the file declares nothing: give \"integrations\" and/or \"projects\" \
             (\"integrations\": {} says that projects hold none)"
                .into(),
        );
    }
    if let Some(common) = root.get("integrations") {
        let mut cx = Context {
            env,
            base_dir,
            unset_ok,
            errors,
            notes: &mut state.notes,
        };
        state.common = parse_types(common, "integrations", false, &mut cx);
    }
    if let Some(projects) = root.get("projects") {
        match projects.as_object() {
            Some(projects) => {
                let mut spelled: BTreeMap<String, &String> = BTreeMap::new();
                for (id, types) in projects {
                    let at = format!("projects.{id}");
                    let Some(normal) = ids::normalize(id) else {
                        errors.push(format!("{at}: a project id is 24 hex characters"));
                        continue;
                    };
                    if let Some(first) = spelled.insert(normal.clone(), id) {
                        errors.push(format!(
                            "{at}: the same project as projects.{first} (ids differ only in case); keep one"
                        ));
                        continue;
                    }
                    let id = normal;
                    let mut cx = Context {
                        env,
                        base_dir,
                        unset_ok,
                        errors,
                        notes: &mut state.notes,
                    };
                    let parsed = parse_types(types, &at, true, &mut cx);
                    state.per_project.insert(id, parsed);
                }
            }
            None => errors.push("projects: must be an object keyed by project id".into()),
        }
    }
    state
}

/// What parsing the entries needs besides the entry itself.
struct Context<'a> {
    env: &'a Env,
    base_dir: &'a Path,
    /// A plan only: an unset reference is a [`Wanted::Needs`], not an error.
    unset_ok: bool,
    errors: &'a mut Vec<String>,
    notes: &'a mut Vec<String>,
}

fn parse_types(value: &Value, at: &str, allow_absent: bool, cx: &mut Context) -> ProjectState {
    let mut out = ProjectState::default();
    let Some(types) = value.as_object() else {
        cx.errors
            .push(format!("{at}: must be an object keyed by integration type"));
        return out;
    };
    let mut spelled: BTreeMap<&str, &String> = BTreeMap::new();
    for (name, body) in types {
        let here = format!("{at}.{name}");
        let Some(ty) = types::find(name) else {
            parse_other(name, body, &here, allow_absent, &mut out, cx);
            continue;
        };
        if let Some(first) = spelled.insert(ty.api, name) {
            cx.errors.push(format!(
                "{here}: the same type as {at}.{first} (two spellings of {}); keep one",
                ty.api
            ));
            continue;
        }
        match body {
            Value::Null | Value::Bool(false) if allow_absent => {
                out.insert(ty.api.to_string(), Wanted::Absent);
            }
            Value::Bool(true) => {
                out.insert(ty.api.to_string(), Wanted::Kept);
            }
            Value::Object(fields) => {
                if let Some(wanted) = parse_body(ty, fields, &here, cx) {
                    out.insert(ty.api.to_string(), wanted);
                }
            }
            _ if allow_absent => cx.errors.push(format!(
                "{here}: must be an object of fields, true to keep it as the server holds it, \
                 or null to remove the type"
            )),
            _ => cx.errors.push(format!(
                "{here}: must be an object of fields, or true to keep it as the server holds it"
            )),
        }
    }
    out
}

/// A type omi has no table for: `true` keeps it, `null`/`false` (under
/// `projects`) removes it; a name not of the API's form is a mistake.
fn parse_other(
    name: &str,
    body: &Value,
    here: &str,
    allow_absent: bool,
    out: &mut ProjectState,
    cx: &mut Context,
) {
    if !types::is_type_name(name) {
        cx.errors.push(format!(
            "{here}: unknown integration type; use one of {}",
            types::api_names()
        ));
        return;
    }
    match body {
        Value::Bool(true) => {
            out.insert(name.to_string(), Wanted::Kept);
        }
        Value::Null | Value::Bool(false) if allow_absent => {
            out.insert(name.to_string(), Wanted::Absent);
        }
        _ => cx.errors.push(format!(
            "{here}: omi has no table for this type, so it cannot be written: \
             true keeps it as the server holds it{}; the types omi writes are {}",
            if allow_absent {
                ", null removes it"
            } else {
                ""
            },
            types::api_names()
        )),
    }
}

fn parse_body(
    ty: &'static IntegrationType,
    fields: &Map<String, Value>,
    at: &str,
    cx: &mut Context,
) -> Option<Wanted> {
    let before = cx.errors.len();
    let declared = declared_fields(ty, fields, at, cx);
    let mut body = declared.values;
    // Defaults from the table, as `omi create` sends them.
    for f in ty.fields {
        if let (Some(d), false) = (f.default, body.contains_key(f.json)) {
            body.insert(f.json.into(), Value::String(d.into()));
        }
    }
    let mut body = RequestBody::from_json(ty, body);
    for (name, value) in declared.raw {
        body.insert_raw(&name, value);
    }
    for problem in body.validate() {
        if declared.failed.iter().any(|f| f == problem.attribute()) {
            continue;
        }
        if let Violation::Unknown { field } = &problem {
            cx.errors.push(format!(
                "{at}.{field}: unknown field {field}; a field omi does not know (a newer server's) is written {{\"raw\": VALUE}}"
            ));
            continue;
        }
        let line = validate::describe(ty, &problem, Naming::Json);
        cx.errors
            .push(format!("{at}.{}: {line}", problem.attribute()));
    }
    if cx.errors.len() != before {
        return None;
    }
    Some(match declared.needs {
        needs if needs.is_empty() => Wanted::Body(body),
        needs => Wanted::Needs(needs),
    })
}

/// An entry's fields as written: values with references resolved, raw
/// fields, and the fields whose reference failed (already reported, so
/// not "missing" too).
struct Declared {
    values: Map<String, Value>,
    raw: Vec<(String, Value)>,
    failed: Vec<String>,
    /// Fields whose reference is not set (a plan only), with its source.
    needs: Vec<String>,
}

fn declared_fields(
    ty: &'static IntegrationType,
    fields: &Map<String, Value>,
    at: &str,
    cx: &mut Context,
) -> Declared {
    let mut out = Declared {
        values: Map::new(),
        raw: Vec::new(),
        failed: Vec::new(),
        needs: Vec::new(),
    };
    for (key, value) in fields {
        let here = format!("{at}.{key}");
        if key == "type" {
            cx.errors.push(format!(
                "{here}: leave \"type\" out; the key above names it"
            ));
            continue;
        }
        if let Some(v) = raw_value(value) {
            match ty.field(key) {
                Some(_) => cx.errors.push(format!(
                    "{here}: {key} is a field omi knows; give its value without {{\"raw\": ...}}"
                )),
                None => {
                    cx.notes.push(format!(
                        "{here} is not in omi's field table; it is sent as given"
                    ));
                    out.raw.push((key.clone(), v.clone()))
                }
            }
            continue;
        }
        let secret = ty.field(key).is_some_and(|f| f.secrecy.is_secret());
        match resolve_reference(value, &here, secret, cx) {
            Ok(Resolved::Value(v)) => {
                out.values.insert(key.clone(), v);
            }
            Ok(Resolved::Unset(source)) => {
                out.needs.push(format!("{key} ({source})"));
                out.failed.push(key.clone());
            }
            Err(e) => {
                cx.errors.push(e);
                out.failed.push(key.clone());
            }
        }
    }
    out
}

/// `{"raw": VALUE}`: a field the table does not know, sent as given.
fn raw_value(value: &Value) -> Option<&Value> {
    match value {
        Value::Object(o) if o.len() == 1 => o.get("raw"),
        _ => None,
    }
}

/// What a field's value is, once its reference is read.
enum Resolved {
    Value(Value),
    /// A plan only: the reference is not set; where it would come from
    /// (`$PD_KEY`, `file secrets/pd.txt`).
    Unset(String),
}

/// A literal, `{"env": NAME}` or `{"file": PATH}`, checked: no empty
/// value, no control character in a secret.
fn resolve_reference(
    value: &Value,
    at: &str,
    secret: bool,
    cx: &mut Context,
) -> Result<Resolved, String> {
    let resolved = match value {
        Value::Object(o) => match reference(o, at, secret, cx)? {
            Resolved::Value(v) => v,
            unset => return Ok(unset),
        },
        v => v.clone(),
    };
    match &resolved {
        Value::String(s) if s.trim().is_empty() => Err(format!(
            "{at}: is empty; leave the field out (or null it) to leave it unset"
        )),
        Value::String(s) if secret => secret_source::check(Secret::new(s.as_str()), at)
            .map(|_| Resolved::Value(resolved.clone()))
            .map_err(|e| e.message),
        _ => Ok(Resolved::Value(resolved)),
    }
}

fn reference(
    o: &Map<String, Value>,
    at: &str,
    secret: bool,
    cx: &mut Context,
) -> Result<Resolved, String> {
    let value = match (o.len(), o.get("env"), o.get("file")) {
        (1, Some(Value::String(name)), None) => {
            if OWN_KEYS.contains(&name.as_str()) {
                return Err(format!(
                    "{at}: {name} holds omi's own private API key; it is never sent to another service"
                ));
            }
            match cx.env.setting(name) {
                Ok(Some(v)) => Value::String(v.to_string()),
                Ok(None) if cx.unset_ok => return Ok(Resolved::Unset(format!("${name}"))),
                Ok(None) => return Err(format!(
                    "{at}: environment variable {name} is not set (apply --dry-run plans without it)"
                )),
                Err(e) => return Err(format!("{at}: environment variable {}", e.message)),
            }
        }
        (1, None, Some(Value::String(name))) => {
            let path = cx.base_dir.join(name);
            if cx.unset_ok && std::fs::symlink_metadata(&path).is_err() {
                return Ok(Resolved::Unset(format!("file {name}")));
            }
            secret_source::read_file(&path, at)
                .map(Value::String)
                .map_err(|e| e.message)?
        }
        _ => {
            return Err(format!(
                "{at}: a value is a literal, {{\"env\": NAME}} or {{\"file\": PATH}}"
            ))
        }
    };
    if !secret {
        cx.notes.push(format!(
            "{at} is not a secret field but takes its value from a reference"
        ));
    }
    Ok(Resolved::Value(value))
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn errors_of(v: Value, env: &Env) -> Vec<String> {
        let mut errors = Vec::new();
        parse(&v, env, Path::new("."), false, &mut errors);
        errors
    }

    #[test]
    fn resolves_references_and_overrides() {
        let env = Env::from_pairs([("PD".to_string(), "pd-key-123".to_string())]);
        let id = "5e2211c17a3e5a48f5497de3";
        let v = json!({
            "integrations": {"PAGER_DUTY": {"serviceKey": {"env": "PD"}},
                             "WEBHOOK": {"url": "https://h.example.com/a"}},
            "projects": {id: {"WEBHOOK": null, "OPS_GENIE": {"apiKey": "k"}}}
        });
        let mut errors = Vec::new();
        let s = parse(&v, &env, Path::new("."), false, &mut errors);
        assert!(errors.is_empty(), "{errors:?}");
        let p = s.for_project(id);
        let wire = |w: &Wanted| -> Value {
            let Wanted::Body(b) = w else { panic!("{w:?}") };
            serde_json::from_slice(&b.to_wire().bytes).unwrap()
        };
        assert_eq!(wire(&p["PAGER_DUTY"])["serviceKey"], "pd-key-123");
        assert!(matches!(p["WEBHOOK"], Wanted::Absent));
        // Opsgenie's region default is filled in, as create does.
        assert_eq!(wire(&p["OPS_GENIE"])["region"], "US");
        let other = s.for_project("000000000000000000000000");
        assert!(matches!(other["WEBHOOK"], Wanted::Body(_)) && !other.contains_key("OPS_GENIE"));
    }

    #[test]
    fn empty_values_own_keys_and_set_but_empty_variables() {
        let env = Env::from_pairs([
            ("EMPTY".to_string(), String::new()),
            ("OMI_PRIVATE_KEY".to_string(), "own-private-key".to_string()),
            ("NUL".to_string(), "a\u{0}b".to_string()),
        ]);
        let errors = errors_of(
            json!({"integrations": {
                "PAGER_DUTY": {"serviceKey": {"env": "EMPTY"}},
                "SLACK": {"apiToken": {"env": "OMI_PRIVATE_KEY"}, "teamName": "  "},
                "DATADOG": {"apiKey": {"env": "NUL"}}
            }}),
            &env,
        );
        let all = errors.join("\n");
        assert!(
            all.contains(
                "integrations.PAGER_DUTY.serviceKey: environment variable EMPTY is set but empty"
            ),
            "{all}"
        );
        assert!(
            !all.contains("serviceKey is required"),
            "no redundant line: {all}"
        );
        assert!(
            all.contains("OMI_PRIVATE_KEY holds omi's own private API key"),
            "{all}"
        );
        assert!(
            all.contains("integrations.SLACK.teamName: is empty"),
            "{all}"
        );
        assert!(
            all.contains("integrations.DATADOG.apiKey contains a control character"),
            "{all}"
        );
        assert!(!all.contains("own-private-key"));
    }

    /// A project's own entry for a type wins over the common one, whatever
    /// either is: a body, null, or true.
    #[test]
    fn a_project_entry_replaces_the_common_one_whatever_they_are() {
        let id = "5e2211c17a3e5a48f5497de3";
        let body = json!({"apiToken": "0000000000", "teamName": "T"});
        for (common, own, body_wanted, kept) in [
            (json!(true), json!(null), Some(false), false),
            (json!(true), body.clone(), Some(true), false),
            (body.clone(), json!(true), None, true),
        ] {
            let v = json!({"integrations": {"SLACK": common}, "projects": {id: {"SLACK": own}}});
            let mut errors = Vec::new();
            let s = parse(&v, &Env::default(), Path::new("."), false, &mut errors);
            assert!(errors.is_empty(), "{errors:?}");
            let p = s.for_project(id);
            let body = match p.get("SLACK") {
                Some(Wanted::Body(_)) => Some(true),
                Some(Wanted::Absent) => Some(false),
                _ => None,
            };
            assert_eq!(body, body_wanted, "{v}");
            assert_eq!(matches!(p.get("SLACK"), Some(Wanted::Kept)), kept, "{v}");
        }
    }

    #[test]
    fn types_without_a_table_are_kept_or_removed_only() {
        let id = "5e2211c17a3e5a48f5497de3";
        let v = json!({
            "integrations": {"FLOWDOCK": true},
            "projects": {id: {"FLOWDOCK": null, "HIPCHAT_OLD": false}}
        });
        let mut errors = Vec::new();
        let s = parse(&v, &Env::default(), Path::new("."), false, &mut errors);
        assert!(errors.is_empty(), "{errors:?}");
        assert!(matches!(s.common["FLOWDOCK"], Wanted::Kept));
        let p = s.for_project(id);
        assert!(matches!(
            (&p["FLOWDOCK"], &p["HIPCHAT_OLD"]),
            (Wanted::Absent, Wanted::Absent)
        ));
        let errors = errors_of(
            json!({"integrations": {"FLOWDOCK": {"flowName": "f"}, "FLOWDOCK_X": null, "flow-dock": true}}),
            &Env::default(),
        );
        assert_eq!(errors.len(), 3, "{errors:?}");
        assert!(errors[0].contains("integrations.FLOWDOCK: omi has no table for this type"));
        assert!(errors[0].contains("true keeps it as the server holds it;"));
        assert!(errors[1].contains("integrations.FLOWDOCK_X: omi has no table"));
        assert!(errors[2].contains("integrations.flow-dock: unknown integration type"));
    }

    #[test]
    fn raw_fields_for_what_the_table_does_not_know() {
        let v = json!({"integrations": {"DATADOG": {"apiKey": "dd-key-1234",
            "customEndpoint": {"raw": "https://dd.example.com"}, "sendDatabaseMetrics": {"raw": true}}}});
        let mut errors = Vec::new();
        let s = parse(&v, &Env::default(), Path::new("."), false, &mut errors);
        assert!(errors.is_empty(), "{errors:?}");
        let Wanted::Body(dd) = &s.common["DATADOG"] else {
            panic!("{:?}", s.common)
        };
        let sent: Value = serde_json::from_slice(&dd.to_wire().bytes).unwrap();
        assert_eq!(sent["customEndpoint"], "https://dd.example.com");
        assert_eq!(sent["sendDatabaseMetrics"], true);
        assert_eq!(
            dd.raw_fields().collect::<Vec<_>>(),
            ["customEndpoint", "sendDatabaseMetrics"]
        );
        let errors = errors_of(
            json!({"integrations": {"DATADOG": {"apiKey": {"raw": "k"}}}}),
            &Env::default(),
        );
        assert!(
            errors[0].contains("apiKey is a field omi knows"),
            "{errors:?}"
        );
    }

    #[test]
    fn duplicate_keys_and_ids_in_two_cases() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("a.json");
        std::fs::write(
            &p,
            "{\"integrations\": {\"PAGER_DUTY\": {\"serviceKey\": \"k1234\",\n \"serviceKey\": \"k5678\"}}}",
        )
        .unwrap();
        let e = load(&p, &Env::default()).unwrap_err();
        assert!(
            e.message
                .contains("integrations.PAGER_DUTY.serviceKey: given twice, at lines 1 and 2"),
            "{}",
            e.message
        );
        let id = "5e2211c17a3e5a48f5497de3";
        let v = json!({"projects": {
            id: {"WEBHOOK": null},
            id.to_uppercase(): {"PAGER_DUTY": {"serviceKey": "k1234"}}
        }});
        // One project twice, or one type under two spellings: which would
        // win is not the file's order (keys are read sorted), so neither.
        let errors = errors_of(v, &Env::default());
        assert_eq!(errors.len(), 1, "{errors:?}");
        assert!(
            errors[0].contains("the same project as projects.") && errors[0].contains("keep one"),
            "{errors:?}"
        );
        let errors = errors_of(
            json!({"integrations": {"PAGER_DUTY": {"serviceKey": "k1234"}, "pager-duty": {"serviceKey": "k5678"}}}),
            &Env::default(),
        );
        assert_eq!(errors.len(), 1, "{errors:?}");
        assert!(
            errors[0].contains("two spellings of PAGER_DUTY); keep one"),
            "{errors:?}"
        );
    }

    /// What export reads of the file it replaces: the format's rules, no
    /// reference resolved (an unset variable is no error).
    #[test]
    fn files_read_unresolved() {
        let dir = tempfile::tempdir().unwrap();
        let json_path = dir.path().join("a.json");
        std::fs::write(
            &json_path,
            r#"{"integrations": {"DATADOG": {"apiKey": {"env": "UNSET_ANYWHERE"}}}}"#,
        )
        .unwrap();
        let v = read_unresolved(&json_path).unwrap().unwrap();
        assert_eq!(
            v["integrations"]["DATADOG"]["apiKey"]["env"],
            "UNSET_ANYWHERE"
        );
        let toml_path = dir.path().join("a.TOML");
        std::fs::write(
            &toml_path,
            "[integrations.DATADOG]\napiKey = {env = \"DD\"}\n",
        )
        .unwrap();
        let v = read_unresolved(&toml_path).unwrap().unwrap();
        assert_eq!(v["integrations"]["DATADOG"]["apiKey"]["env"], "DD");
        let empty = dir.path().join("empty.json");
        std::fs::write(&empty, " \n").unwrap();
        assert!(read_unresolved(&empty).unwrap().is_none());
        std::fs::write(&json_path, "{\"a\": 1,\n\"a\": 2}").unwrap();
        let e = read_unresolved(&json_path).unwrap_err();
        assert!(e.message.contains("a: given twice"), "{}", e.message);
        std::fs::write(&json_path, "{\"integrations\": {").unwrap();
        let e = read_unresolved(&json_path).unwrap_err();
        assert!(
            e.message.contains("is not valid JSON at line 1"),
            "{}",
            e.message
        );
    }

    #[test]
    fn alerts_follow_matching_or_all() {
        let pd = json!({"PAGER_DUTY": {"serviceKey": "pd-key-1234"}});
        for (alerts, want) in [
            (json!("matching"), Some(Carry::Matching)),
            (json!("all"), Some(Carry::All)),
        ] {
            let mut errors = Vec::new();
            let v = json!({"alerts": alerts, "integrations": pd});
            let s = parse(&v, &Env::default(), Path::new("."), false, &mut errors);
            assert!(errors.is_empty(), "{errors:?}");
            assert_eq!(s.alerts, want);
        }
        let mut errors = Vec::new();
        let s = parse(
            &json!({"integrations": pd}),
            &Env::default(),
            Path::new("."),
            false,
            &mut errors,
        );
        assert_eq!(s.alerts, None);
        for bad in [json!("ALL"), json!(true), json!(""), json!(null)] {
            let errors = errors_of(json!({"alerts": bad, "integrations": pd}), &Env::default());
            assert_eq!(errors.len(), 1, "{errors:?}");
            assert!(
                errors[0].starts_with("alerts: is \"matching\""),
                "{errors:?}"
            );
        }
        // It declares no integration: alone, the file still declares nothing.
        let errors = errors_of(json!({"alerts": "all"}), &Env::default());
        assert!(
            errors[0].starts_with("the file declares nothing"),
            "{errors:?}"
        );
    }

    #[test]
    fn a_file_that_declares_nothing_is_refused() {
        for v in [json!({}), json!({"$schema": "omi-apply.schema.json"})] {
            let errors = errors_of(v, &Env::default());
            assert_eq!(errors.len(), 1, "{errors:?}");
            assert!(
                errors[0].starts_with("the file declares nothing"),
                "{errors:?}"
            );
        }
        assert!(errors_of(json!({"integrations": {}}), &Env::default()).is_empty());
    }

    #[test]
    fn reports_every_problem_with_its_location() {
        let errors = errors_of(
            json!({
                "integrations": {"PAGER_DUTY": {}, "NOPE": {}, "SLACK": {"apiToken": {"env": "MISSING"}, "teamName": "t"}},
                "projects": {"xyz": {}, "5e2211c17a3e5a48f5497de3": {"PROMETHEUS": {"scheme": "https", "bogus": 1}}},
                "extra": 1
            }),
            &Env::default(),
        );
        let all = errors.join("\n");
        for expected in [
            "extra: unknown key",
            "integrations.PAGER_DUTY.serviceKey: serviceKey is required",
            "integrations.NOPE: omi has no table for this type, so it cannot be written",
            "integrations.SLACK.apiToken: environment variable MISSING is not set",
            "projects.xyz: a project id is 24 hex characters",
            "projects.5e2211c17a3e5a48f5497de3.PROMETHEUS.bogus: unknown field bogus; a field omi does not know (a newer server's) is written {\"raw\": VALUE}",
            "projects.5e2211c17a3e5a48f5497de3.PROMETHEUS.tlsPemPath: tlsPemPath is required when scheme is https",
        ] {
            assert!(all.contains(expected), "missing {expected:?} in\n{all}");
        }
        // null only makes sense per project.
        let errors = errors_of(json!({"integrations": {"WEBHOOK": null}}), &Env::default());
        assert_eq!(errors.len(), 1, "{errors:?}");
    }
}
