//! The apply file's writer (`omi export`): the file that describes what
//! projects hold now, the environment variables it needs, and their
//! template (`--env-file`). Pure: handed the projects and their
//! integrations as the server returned them, how to name (`--share`, the
//! file being replaced), it returns the file's value (`output::variables`
//! says the variables on stderr).
//!
//! - A field that is no secret is written as the server returned it; so
//!   is a label returned in clear (VictorOps `routingKey`, see
//!   [`Field::label`]).
//! - A secret field is never written, masked or not, whatever the server
//!   returned: it becomes `{"env": NAME}`.
//! - Equal masks are not equal secrets (`key-1111-abcd` and
//!   `key-2222-abcd` both show `*********abcd`): each project's secret
//!   gets a variable of its own, named for the project
//!   (`OPS_GENIE_API_KEY_PROJECT_1`, from its name, else its id). One
//!   variable stands for several projects only where their values are
//!   known equal: the user said so (`--share TYPE.FIELD[=NAME]`), or the
//!   file being replaced does (a `{"env": NAME}` under `integrations`, or
//!   one name in several projects' entries). Masks that show the values
//!   differ refute that: `--share` is then an error, and the file's
//!   declaration is dropped with a warning.
//! - Names are stable: a name the file being replaced uses for a project,
//!   type and field is kept for it, and no name it uses is ever given to
//!   anything else.
//! - Fields the table does not know (`id`, server defaults), nulls, empty
//!   strings and values equal to the table's default are left out.
//! - A type the table does not know (an older server's `FLOWDOCK`), or one
//!   that lacks a field apply needs to write it (a legacy Slack without
//!   `teamName`), is written `true`: apply keeps it as the server holds it,
//!   and `--prune` leaves it, since the file cannot hold it.
//! - A type every project holds with equal values, referring only to
//!   variables declared shared, goes under `integrations`; the rest under
//!   `projects` (an entry there replaces the common one whole, so a type
//!   with a per-project key is written whole in each project).

use super::schema;
use crate::api::ids;
use crate::api::projects::Project;
use crate::api::types::{self, Field, IntegrationType, TYPES};
use crate::untrusted::terminal::escaped;
use serde_json::{json, Map, Value};
use std::collections::{BTreeMap, HashMap, HashSet};

/// What `omi export` writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum ExportFormat {
    #[default]
    Json,
    Toml,
}

/// `--share TYPE.FIELD[=NAME]`: every exported project holds the same
/// value for this field, so one variable (`NAME`, or the type's and
/// field's name) stands for them all.
#[derive(Debug, Clone)]
pub struct Share {
    pub ty: &'static IntegrationType,
    pub field: &'static Field,
    pub name: Option<String>,
}

/// Variables that hold omi's own keys: an apply file may not send them to
/// a third-party service.
pub const OWN_KEYS: [&str; 2] = ["OMI_PRIVATE_KEY", "MCLI_PRIVATE_API_KEY"];

/// Whether `name` can name an environment variable in an apply file and
/// an env file: `[A-Za-z_][A-Za-z0-9_]*`.
pub fn is_variable_name(name: &str) -> bool {
    let mut bytes = name.bytes();
    bytes
        .next()
        .is_some_and(|b| b.is_ascii_alphabetic() || b == b'_')
        && bytes.all(|b| b.is_ascii_alphanumeric() || b == b'_')
}

impl Share {
    /// `TYPE.FIELD` or `TYPE.FIELD=NAME`: the type in either spelling
    /// (`OPS_GENIE`, `ops-genie`), the field by its JSON name or flag
    /// (`apiKey`, `api-key`); it must be a secret field.
    pub fn parse(text: &str) -> Result<Share, String> {
        let example = "e.g. --share OPS_GENIE.apiKey or --share OPS_GENIE.apiKey=OPSGENIE_KEY";
        let (spec, name) = match text.split_once('=') {
            Some((spec, name)) => (spec, Some(name)),
            None => (text, None),
        };
        let Some((ty_name, field_name)) = spec.split_once('.') else {
            return Err(format!(
                "--share {text}: give TYPE.FIELD or TYPE.FIELD=NAME ({example})"
            ));
        };
        let ty = types::find(ty_name.trim()).ok_or_else(|| {
            let why = if types::is_type_name(ty_name.trim()) {
                "omi has no table for it, so export writes none of its fields"
            } else {
                "no such integration type"
            };
            format!(
                "--share {text}: {}: {why}; the types are {}",
                ty_name.trim(),
                types::api_names()
            )
        })?;
        let secret_fields = || {
            ty.fields
                .iter()
                .filter(|f| f.secrecy.is_secret())
                .map(|f| f.json)
                .collect::<Vec<_>>()
                .join(", ")
        };
        let field_name = field_name.trim();
        let field = ty
            .fields
            .iter()
            .find(|f| f.json.eq_ignore_ascii_case(field_name) || f.flag == field_name)
            .ok_or_else(|| {
                format!(
                    "--share {text}: {} has no field {field_name}; its secret fields are {}",
                    ty.api,
                    secret_fields()
                )
            })?;
        if !field.secrecy.is_secret() {
            return Err(format!(
                "--share {text}: {}.{} is no secret: export writes it as the server \
                 returns it, so there is no variable to share; the secret fields of {} are {}",
                ty.api,
                field.json,
                ty.api,
                secret_fields()
            ));
        }
        let name = match name.map(str::trim) {
            None => None,
            Some("") => {
                return Err(format!(
                    "--share {text}: the variable name after = is empty; give one, or \
                     leave =NAME out for {}",
                    default_name(ty.api, field.json)
                ))
            }
            Some(n) if !is_variable_name(n) => {
                return Err(format!(
                    "--share {text}: {n} cannot name an environment variable: use letters, \
                     digits and _, not starting with a digit"
                ))
            }
            Some(n) if OWN_KEYS.contains(&n) => {
                return Err(format!(
                    "--share {text}: {n} holds omi's own private API key; it is never sent \
                     to another service"
                ))
            }
            Some(n) => Some(n.to_string()),
        };
        Ok(Share { ty, field, name })
    }

    fn key(&self) -> FieldKey {
        (self.ty.api, self.field.json)
    }
}

/// The `--share` values, each parsed; a field or a name given twice is a
/// mistake.
pub fn parse_shares(texts: &[String]) -> Result<Vec<Share>, String> {
    let mut out: Vec<Share> = Vec::new();
    for text in texts {
        let share = Share::parse(text)?;
        if let Some(first) = out.iter().find(|s| s.key() == share.key()) {
            return Err(format!(
                "--share {text}: {}.{} is shared already (--share {}.{}{}); give it once",
                share.ty.api,
                share.field.json,
                first.ty.api,
                first.field.json,
                first
                    .name
                    .as_ref()
                    .map(|n| format!("={n}"))
                    .unwrap_or_default()
            ));
        }
        let name = share
            .name
            .clone()
            .unwrap_or_else(|| default_name(share.ty.api, share.field.json));
        if let Some(first) = out.iter().find(|s| {
            s.name
                .clone()
                .unwrap_or_else(|| default_name(s.ty.api, s.field.json))
                == name
        }) {
            return Err(format!(
                "--share {text}: {name} already stands for {}.{}; one variable holds one \
                 field's value",
                first.ty.api, first.field.json
            ));
        }
        out.push(share);
    }
    Ok(out)
}

/// How the variables are named.
#[derive(Debug, Clone, Copy, Default)]
pub struct Naming<'a> {
    /// `--share`: fields the user says every project holds alike.
    pub shares: &'a [Share],
    /// The apply file being replaced (`-o FILE`), as read, references not
    /// resolved: the names it uses are kept.
    pub existing: Option<&'a Value>,
}

/// One environment variable the file refers to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Variable {
    pub name: String,
    /// What the server shows for it, masked by omi if the server returned
    /// it in clear; `None` for a write-only field (never returned).
    pub mask: Option<String>,
    pub ty: &'static str,
    pub field: &'static str,
    /// The projects it stands for (id, name): one, or several whose
    /// values are declared equal.
    pub projects: Vec<(String, Option<String>)>,
    /// Declared to stand for every project holding the field (`--share`,
    /// or the file being replaced), rather than for one project.
    pub shared: bool,
}

/// The file, the variables it needs and what was left out.
#[derive(Debug, Clone)]
pub struct Export {
    pub file: Value,
    pub variables: Vec<Variable>,
    pub notes: Vec<String>,
    /// Names of the file being replaced that could not be kept, and why.
    pub warnings: Vec<String>,
}

/// A field's exported value before names are given out.
#[derive(Debug, Clone, PartialEq)]
enum Slot {
    Literal(Value),
    /// A secret the file cannot hold: what omi shows of it (never more
    /// than masked), if the server returned it.
    Secret(Option<String>),
}

/// A type's API name and a field's JSON name.
type FieldKey = (&'static str, &'static str);

/// One project's exportable integrations: per type, its fields.
type Held = Vec<(&'static IntegrationType, Vec<(&'static Field, Slot)>)>;

/// An integration of one project that is not written as a body, and why.
#[derive(Debug, Clone)]
struct Kept {
    api: String,
    why: Why,
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum Why {
    /// A type the table does not know: written `true`.
    NoTable,
    /// It lacks this field, which apply needs to write it: written `true`.
    Lacks(&'static str),
    /// Its name is not of the API's form (`[A-Z][A-Z_]*`): the file cannot
    /// name it, and apply never touches it; left out.
    Unnamable,
}

/// Builds the file from each project and its integrations as received;
/// an error when a `--share` is refuted by what the server shows.
pub fn build(
    projects: &[(Project, Vec<Map<String, Value>>)],
    naming: Naming,
) -> Result<Export, String> {
    let (held, kept): (Vec<Held>, Vec<Vec<Kept>>) =
        projects.iter().map(|(_, items)| exportable(items)).unzip();
    let existing = naming.existing.map(Existing::of).unwrap_or_default();
    let ps: Vec<&Project> = projects.iter().map(|(p, _)| p).collect();
    let named = name_secrets(&held, &ps, naming.shares, &existing)?;
    let bodies: Vec<Map<String, Value>> = held
        .iter()
        .zip(&kept)
        .enumerate()
        .map(|(at, (h, kept))| {
            let mut body = bodies_of(at, h, &named.names);
            let written = kept.iter().filter(|k| k.why != Why::Unnamable);
            body.extend(written.map(|k| (k.api.clone(), Value::Bool(true))));
            body
        })
        .collect();
    let mut common = Map::new();
    if let Some(first) = bodies.first() {
        for (api, value) in first {
            let everywhere = bodies.iter().all(|b| b.get(api) == Some(value));
            let only_shared = held[0]
                .iter()
                .filter(|(t, _)| t.api == api)
                .all(|(t, fields)| {
                    fields.iter().all(|(f, s)| {
                        matches!(s, Slot::Literal(_))
                            || named.shareable.contains(&(0, t.api, f.json))
                    })
                });
            if everywhere && only_shared {
                common.insert(api.clone(), value.clone());
            }
        }
    }
    let mut per_project = Map::new();
    for ((p, _), b) in projects.iter().zip(bodies) {
        let own: Map<String, Value> = b
            .into_iter()
            .filter(|(api, _)| !common.contains_key(api))
            .collect();
        if !own.is_empty() {
            per_project.insert(p.id.clone(), Value::Object(own));
        }
    }
    let mut file = json!({"$schema": schema::FILE_NAME, "integrations": common});
    if !per_project.is_empty() {
        file["projects"] = Value::Object(per_project);
    }
    let mut notes = kept_notes(projects, &kept);
    notes.extend(named.notes);
    Ok(Export {
        file,
        variables: named.variables,
        notes,
        warnings: named.warnings,
    })
}

/// What stderr says of the types written `true`: per type omi has no
/// table for, how many projects; per incomplete integration, where.
fn kept_notes(projects: &[(Project, Vec<Map<String, Value>>)], kept: &[Vec<Kept>]) -> Vec<String> {
    let mut unknown: BTreeMap<&String, usize> = BTreeMap::new();
    let mut notes = Vec::new();
    for ((project, _), kept) in projects.iter().zip(kept) {
        let id = &project.id;
        for k in kept {
            match k.why {
                Why::NoTable => *unknown.entry(&k.api).or_default() += 1,
                Why::Lacks(field) => notes.push(format!(
                    "{} of project {id} has no {field}, which apply needs to write it \
                     (a legacy integration); written as true, so apply keeps it as the \
                     server holds it",
                    k.api
                )),
                Why::Unnamable => notes.push(format!(
                    "project {id} holds a type named '{}', which an apply file cannot name; \
                     left out (apply leaves it alone)",
                    escaped(&k.api)
                )),
            }
        }
    }
    let unknown = unknown.into_iter().map(|(name, n)| {
        format!(
            "{name} ({n} project{}): omi has no table for this type; written as true, \
             so apply keeps it as the server holds it",
            if n == 1 { "" } else { "s" }
        )
    });
    unknown.chain(notes).collect()
}

/// The integrations of one project the table knows, each field as a
/// literal or a secret, and those written `true`: types it does not know,
/// and integrations lacking a field apply needs.
fn exportable(items: &[Map<String, Value>]) -> (Held, Vec<Kept>) {
    let mut out: Held = Vec::new();
    let mut kept: Vec<Kept> = Vec::new();
    for item in items {
        let name = item.get("type").and_then(Value::as_str).unwrap_or("");
        let Some(ty) = types::by_api(name) else {
            if !kept.iter().any(|k| k.api == name) {
                let why = if types::is_type_name(name) {
                    Why::NoTable
                } else {
                    Why::Unnamable
                };
                kept.push(Kept {
                    api: name.to_string(),
                    why,
                });
            }
            continue;
        };
        if out.iter().any(|(t, _)| t.api == ty.api) || kept.iter().any(|k| k.api == ty.api) {
            continue;
        }
        let fields: Vec<(&'static Field, Slot)> = ty
            .fields
            .iter()
            .filter_map(|f| slot(f, item.get(f.json)).map(|s| (f, s)))
            .collect();
        let lacks = ty
            .fields
            .iter()
            .find(|f| f.must_be_given() && !fields.iter().any(|(g, _)| g.json == f.json));
        match lacks {
            Some(f) => kept.push(Kept {
                api: ty.api.to_string(),
                why: Why::Lacks(f.json),
            }),
            None => out.push((ty, fields)),
        }
    }
    // Table order, whatever order the server listed them in.
    out.sort_by_key(|(t, _)| type_index(t.api));
    (out, kept)
}

fn type_index(api: &str) -> usize {
    TYPES
        .iter()
        .position(|t| t.api == api)
        .unwrap_or(usize::MAX)
}

/// How one returned value is exported, or `None` to leave it out.
fn slot(f: &'static Field, value: Option<&Value>) -> Option<Slot> {
    let given = value.filter(|v| !v.is_null() && v.as_str() != Some(""));
    if f.never_returned() {
        return Some(Slot::Secret(given.map(|v| shown(f, v))));
    }
    let value = given?;
    if !f.exported_literally(value) {
        return Some(Slot::Secret(Some(shown(f, value))));
    }
    match value {
        Value::String(s) if f.default == Some(s.as_str()) => None,
        v => Some(Slot::Literal(v.clone())),
    }
}

/// What omi shows of a secret a server returned: never more than masked.
fn shown(f: &Field, value: &Value) -> String {
    match value {
        Value::String(s) => f.secrecy.shown(s),
        _ => "******".to_string(),
    }
}

/// What the file being replaced says of variable names.
#[derive(Debug, Default)]
struct Existing {
    /// The name it gives a field: under `integrations` (project `None`),
    /// or in a project's own entry.
    names: HashMap<(Option<String>, &'static str, &'static str), String>,
    /// (project, type) of each project's own entry: the common entry does
    /// not apply to those.
    own_entries: HashSet<(String, &'static str)>,
    /// Every name it uses anywhere, and for which fields (`None` where
    /// the type or field is not one of the table's).
    uses: HashMap<String, HashSet<Option<FieldKey>>>,
}

impl Existing {
    /// Read leniently: only the names are wanted, and a part that is not
    /// of the format names nothing.
    fn of(file: &Value) -> Existing {
        let mut out = Existing::default();
        every_name(file, &mut |name| {
            out.uses.entry(name.to_string()).or_default().insert(None);
        });
        let entries = |project: Option<&str>, types: &Value, out: &mut Existing| {
            for (ty_name, body) in types.as_object().into_iter().flatten() {
                let Some(ty) = types::find(ty_name) else {
                    continue;
                };
                if let Some(p) = project {
                    out.own_entries.insert((p.to_string(), ty.api));
                }
                for (field, value) in body.as_object().into_iter().flatten() {
                    let (Some(f), Some(name)) = (ty.field(field), env_name(value)) else {
                        continue;
                    };
                    let uses = out.uses.entry(name.to_string()).or_default();
                    uses.remove(&None);
                    uses.insert(Some((ty.api, f.json)));
                    out.names
                        .insert((project.map(str::to_string), ty.api, f.json), name.into());
                }
            }
        };
        if let Some(common) = file.get("integrations") {
            entries(None, common, &mut out);
        }
        for (id, types) in file
            .get("projects")
            .and_then(Value::as_object)
            .into_iter()
            .flatten()
        {
            if let Some(id) = ids::normalize(id) {
                entries(Some(&id), types, &mut out);
            }
        }
        out
    }

    /// The name the file gives this project's field, and whether it is
    /// the common entry's.
    fn name_for(&self, project: &str, (api, json): FieldKey) -> Option<(&String, bool)> {
        if self.own_entries.contains(&(project.to_string(), api)) {
            let own = self.names.get(&(Some(project.to_string()), api, json));
            return own.map(|n| (n, false));
        }
        self.names.get(&(None, api, json)).map(|n| (n, true))
    }

    /// Whether the file uses `name` for nothing but this field.
    fn only_for(&self, name: &str, key: FieldKey) -> bool {
        self.uses
            .get(name)
            .is_none_or(|uses| uses.iter().all(|u| *u == Some(key)))
    }
}

/// `{"env": NAME}`'s name.
fn env_name(value: &Value) -> Option<&str> {
    match value.as_object() {
        Some(o) if o.len() == 1 => o.get("env")?.as_str(),
        _ => None,
    }
}

/// Calls `found` with every `{"env": NAME}` name anywhere in `value`.
fn every_name(value: &Value, found: &mut impl FnMut(&str)) {
    if let Some(name) = env_name(value) {
        return found(name);
    }
    match value {
        Value::Object(o) => o.values().for_each(|v| every_name(v, found)),
        Value::Array(a) => a.iter().for_each(|v| every_name(v, found)),
        _ => {}
    }
}

/// What one variable stands for, before it is named.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
enum Group {
    /// `--share`: every project holding the field.
    Shared(FieldKey),
    /// A name the file being replaced gives these projects' field; `true`
    /// when from its common entry.
    Kept(FieldKey, String, bool),
    /// One project's own.
    Own(FieldKey, usize),
}

impl Group {
    fn key(&self) -> FieldKey {
        match self {
            Group::Shared(k) | Group::Kept(k, ..) | Group::Own(k, _) => *k,
        }
    }
}

/// A group and its members: (project, what the server shows).
type Members = Vec<(usize, Option<String>)>;

/// The names given out.
struct Named {
    /// (project, type, field) → name.
    names: HashMap<(usize, &'static str, &'static str), String>,
    /// The secrets whose variable is declared to stand for every project
    /// holding the field (so the type may go under `integrations`).
    shareable: HashSet<(usize, &'static str, &'static str)>,
    variables: Vec<Variable>,
    notes: Vec<String>,
    warnings: Vec<String>,
}

/// A variable for each secret: per project, unless declared shared.
fn name_secrets(
    held: &[Held],
    projects: &[&Project],
    shares: &[Share],
    existing: &Existing,
) -> Result<Named, String> {
    let mut groups: Vec<(Group, Members)> = Vec::new();
    for (at, h) in held.iter().enumerate() {
        for (ty, fields) in h {
            for (f, s) in fields {
                let Slot::Secret(shown) = s else { continue };
                let key = (ty.api, f.json);
                let group = if shares.iter().any(|s| s.key() == key) {
                    Group::Shared(key)
                } else if let Some((name, common)) = existing.name_for(&projects[at].id, key) {
                    Group::Kept(key, name.clone(), common)
                } else {
                    Group::Own(key, at)
                };
                join(&mut groups, group, (at, shown.clone()));
            }
        }
    }
    let mut warnings = Vec::new();
    let mut checked: Vec<(Group, Members)> = Vec::new();
    for (group, members) in groups {
        let Some(differ) = differing(&members) else {
            checked.push((group, members));
            continue;
        };
        let (api, json) = group.key();
        match &group {
            Group::Shared(_) => {
                return Err(format!(
                    "--share {api}.{json}: the projects hold different values (the server \
                     shows {differ}), so one variable cannot stand for them; leave --share \
                     {api}.{json} out to give each project its own, or make them equal first"
                ))
            }
            Group::Kept(_, name, _) => {
                warnings.push(format!(
                    "{name} stood for {api}.{json} of {} projects in the file being replaced, \
                     but they now hold different values (the server shows {differ}): each \
                     gets a variable of its own, and {name} is no longer used",
                    members.len()
                ));
                for m in members {
                    join(&mut checked, Group::Own((api, json), m.0), m);
                }
            }
            Group::Own(..) => checked.push((group, members)),
        }
    }
    // Table order of type and field, then project order.
    checked.sort_by_key(|(g, members)| {
        let (api, json) = g.key();
        let field = types::by_api(api)
            .and_then(|t| t.fields.iter().position(|f| f.json == json))
            .unwrap_or(usize::MAX);
        (type_index(api), field, members[0].0)
    });
    let names = give_names(&checked, projects, shares, existing)?;
    let mut out = Named {
        names: HashMap::new(),
        shareable: HashSet::new(),
        variables: Vec::new(),
        notes: Vec::new(),
        warnings,
    };
    for share in shares {
        if !checked
            .iter()
            .any(|(g, _)| *g == Group::Shared(share.key()))
        {
            out.notes.push(format!(
                "--share {}.{}: no exported project holds it",
                share.ty.api, share.field.json
            ));
        }
    }
    for ((group, members), name) in checked.iter().zip(names) {
        let (api, json) = group.key();
        let shared = match group {
            Group::Shared(_) | Group::Kept(_, _, true) => true,
            Group::Kept(..) => members.len() > 1,
            Group::Own(..) => false,
        };
        for (at, _) in members {
            out.names.insert((*at, api, json), name.clone());
            if shared {
                out.shareable.insert((*at, api, json));
            }
        }
        out.variables.push(Variable {
            name,
            mask: members.iter().find_map(|(_, m)| m.clone()),
            ty: api,
            field: json,
            projects: members
                .iter()
                .map(|(at, _)| (projects[*at].id.clone(), projects[*at].name.clone()))
                .collect(),
            shared,
        });
    }
    Ok(out)
}

/// Adds a member to its group, the group to the list when it is new.
fn join(groups: &mut Vec<(Group, Members)>, group: Group, member: (usize, Option<String>)) {
    match groups.iter_mut().find(|(g, _)| *g == group) {
        Some((_, members)) => members.push(member),
        None => groups.push((group, vec![member])),
    }
}

/// When members show different values (so theirs are not equal): what
/// the server shows, and in how many projects.
fn differing(members: &Members) -> Option<String> {
    let mut seen: BTreeMap<&str, usize> = BTreeMap::new();
    for shown in members.iter().filter_map(|(_, m)| m.as_deref()) {
        *seen.entry(shown).or_default() += 1;
    }
    (seen.len() > 1).then(|| {
        seen.iter()
            .map(|(m, n)| format!("{m} in {n} project{}", if *n == 1 { "" } else { "s" }))
            .collect::<Vec<_>>()
            .join(", ")
    })
}

/// `OPS_GENIE_API_KEY`: a type's and field's variable name.
fn default_name(api: &str, json: &str) -> String {
    let flag = types::by_api(api)
        .and_then(|t| t.field(json))
        .map_or(json, |f| f.flag);
    format!("{api}_{}", flag.replace('-', "_").to_uppercase())
}

/// The longest a project's part of a variable name gets.
const MAX_PROJECT_PART: usize = 40;

/// `Project 1` → `PROJECT_1`: letters and digits upper-cased, any run of
/// anything else one `_`, none at either end, at most
/// [`MAX_PROJECT_PART`] characters.
fn sanitized(name: &str) -> String {
    let mut out = String::new();
    for c in name.chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c.to_ascii_uppercase());
        } else if !out.is_empty() && !out.ends_with('_') {
            out.push('_');
        }
    }
    out.truncate(MAX_PROJECT_PART);
    out.trim_end_matches('_').to_string()
}

/// Each project's part of its variables' names: its name sanitized, or
/// its id where it has no name, where the name leaves nothing, or where
/// two projects' names come out the same (`PROJECT_1_5E2211C1...`).
fn project_parts(projects: &[&Project]) -> Vec<String> {
    let names: Vec<String> = projects
        .iter()
        .map(|p| p.name.as_deref().map(sanitized).unwrap_or_default())
        .collect();
    let mut count: HashMap<&str, usize> = HashMap::new();
    for n in &names {
        *count.entry(n).or_default() += 1;
    }
    projects
        .iter()
        .zip(&names)
        .map(|(p, n)| {
            let id = p.id.to_ascii_uppercase();
            match (n.is_empty(), count[n.as_str()] > 1) {
                (true, _) => id,
                (false, true) => format!("{n}_{id}"),
                (false, false) => n.clone(),
            }
        })
        .collect()
}

/// A name for each group, in order: kept names first, then `--share`'s,
/// then new ones, never one the file being replaced uses for anything
/// else, never one twice.
fn give_names(
    groups: &[(Group, Members)],
    projects: &[&Project],
    shares: &[Share],
    existing: &Existing,
) -> Result<Vec<String>, String> {
    let mut names: Vec<Option<String>> = vec![None; groups.len()];
    let mut taken: HashMap<String, FieldKey> = HashMap::new();
    for (i, (g, _)) in groups.iter().enumerate() {
        if let Group::Kept(key, name, _) = g {
            taken.insert(name.clone(), *key);
            names[i] = Some(name.clone());
        }
    }
    for (i, (g, _)) in groups.iter().enumerate() {
        let Group::Shared(key) = g else { continue };
        let share = shares.iter().find(|s| s.key() == *key);
        let Some(name) = share.and_then(|s| s.name.clone()) else {
            continue;
        };
        if let Some((api, json)) = taken.get(&name).filter(|k| *k != key) {
            return Err(format!(
                "--share {}.{}={name}: the file being replaced uses {name} for {api}.{json}; \
                 choose another name",
                key.0, key.1
            ));
        }
        taken.insert(name.clone(), *key);
        names[i] = Some(name);
    }
    let free = |name: &str, key: FieldKey, taken: &HashMap<String, FieldKey>| {
        !taken.contains_key(name) && existing.only_for(name, key)
    };
    for (i, (g, _)) in groups.iter().enumerate() {
        let Group::Shared(key) = g else { continue };
        if names[i].is_some() {
            continue;
        }
        let common = existing.names.get(&(None, key.0, key.1)).cloned();
        let name = match common.filter(|n| free(n, *key, &taken)) {
            Some(n) => n,
            None => unique(&default_name(key.0, key.1), |n| free(n, *key, &taken)),
        };
        taken.insert(name.clone(), *key);
        names[i] = Some(name);
    }
    let parts = project_parts(projects);
    for (i, (g, _)) in groups.iter().enumerate() {
        let Group::Own(key, at) = g else { continue };
        let base = format!("{}_{}", default_name(key.0, key.1), parts[*at]);
        // Never one the file uses, whatever for: it may be another
        // project's.
        let name = unique(&base, |n| {
            !taken.contains_key(n) && !existing.uses.contains_key(n)
        });
        taken.insert(name.clone(), *key);
        names[i] = Some(name);
    }
    Ok(names.into_iter().map(Option::unwrap_or_default).collect())
}

/// `base`, or `base_2`, `base_3`, ...: the first `free` says is free.
fn unique(base: &str, free: impl Fn(&str) -> bool) -> String {
    if free(base) {
        return base.to_string();
    }
    (2..)
        .map(|n| format!("{base}_{n}"))
        .find(|n| free(n))
        .unwrap_or_default()
}

/// One project's exported bodies, by API type name.
fn bodies_of(
    at: usize,
    held: &Held,
    names: &HashMap<(usize, &'static str, &'static str), String>,
) -> Map<String, Value> {
    held.iter()
        .map(|(ty, fields)| {
            let body = fields
                .iter()
                .map(|(f, s)| {
                    let v = match s {
                        Slot::Literal(v) => v.clone(),
                        Slot::Secret(_) => json!({"env": names.get(&(at, ty.api, f.json))}),
                    };
                    (f.json.to_string(), v)
                })
                .collect();
            (ty.api.to_string(), Value::Object(body))
        })
        .collect()
}

/// The file as text.
pub fn render(file: &Value, format: ExportFormat) -> Result<String, String> {
    match format {
        ExportFormat::Json => serde_json::to_string_pretty(file)
            .map(|t| t + "\n")
            .map_err(|e| e.to_string()),
        ExportFormat::Toml => toml::to_string(file)
            .map(|t| if t.ends_with('\n') { t } else { t + "\n" })
            .map_err(|e| e.to_string()),
    }
}

/// Where a variable is used, for a person: `project ID (NAME)` or
/// `N projects (shared)`; server text escaped.
pub fn holders(v: &Variable) -> String {
    match &v.projects[..] {
        [(id, name)] if !v.shared => match name {
            Some(name) => format!("project {id} ({})", escaped(name)),
            None => format!("project {id}"),
        },
        [_] => "1 project (shared)".to_string(),
        all => format!("{} projects (shared)", all.len()),
    }
}

/// `--env-file`'s template: a `NAME=` line per variable, its value left
/// empty, after a comment saying where it is used and what the server
/// shows. Server text in comments is escaped, so no line can be forged.
pub fn env_template(variables: &[Variable], file: Option<&str>) -> String {
    let mut out = format!(
        "# The environment variables {} needs: fill in each value from your\n\
         # secret store (`set -a; . THIS_FILE; set +a` exports them to omi).\n\
         # Keep this file private: it is written with mode 0600; do not commit it.\n",
        file.map_or_else(|| "the exported apply file".to_string(), escaped)
    );
    for v in variables {
        let shows = match &v.mask {
            Some(m) => format!("the server shows {}", escaped(m)),
            None => "the server never returns it".to_string(),
        };
        out.push_str(&format!(
            "\n# {}.{}, {}; {shows}\n{}=\n",
            v.ty,
            v.field,
            holders(v),
            v.name
        ));
    }
    out
}

/// How many variables an env file already sets to a value (a
/// `NAME=value` line, `export NAME=value` too, whose value is not empty):
/// a template must not replace those.
pub fn values_set(env_file: &str) -> usize {
    env_file
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .filter_map(|l| l.split_once('='))
        .filter(|(_, value)| !matches!(value.trim(), "" | "\"\"" | "''"))
        .count()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn items(v: Value) -> Vec<Map<String, Value>> {
        v.as_array()
            .unwrap()
            .iter()
            .map(|i| i.as_object().unwrap().clone())
            .collect()
    }

    const A: &str = "aaaaaaaaaaaaaaaaaaaaaaaa";
    const B: &str = "bbbbbbbbbbbbbbbbbbbbbbbb";
    const C: &str = "cccccccccccccccccccccccc";

    fn project(id: &str, name: Option<&str>) -> Project {
        Project {
            id: id.into(),
            name: name.map(str::to_string),
            org_id: None,
        }
    }

    /// Projects A, B, C named `Project 1`, `Project 2`, `Project 3`.
    fn fleet(each: &[Value]) -> Vec<(Project, Vec<Map<String, Value>>)> {
        [A, B, C]
            .iter()
            .zip(each)
            .enumerate()
            .map(|(i, (id, v))| {
                let name = format!("Project {}", i + 1);
                (project(id, Some(&name)), items(v.clone()))
            })
            .collect()
    }

    fn plain(projects: &[(Project, Vec<Map<String, Value>>)]) -> Export {
        build(projects, Naming::default()).unwrap()
    }

    fn shares(texts: &[&str]) -> Vec<Share> {
        parse_shares(&texts.iter().map(|t| t.to_string()).collect::<Vec<_>>()).unwrap()
    }

    /// The fleet: three Opsgenie keys that differ but show one
    /// mask, and one region.
    fn three_keys_one_mask() -> Vec<(Project, Vec<Map<String, Value>>)> {
        fleet(&[
            json!([{"type": "OPS_GENIE", "apiKey": "*********abcd", "region": "EU"}]),
            json!([{"type": "OPS_GENIE", "apiKey": "*********abcd", "region": "EU"}]),
            json!([{"type": "OPS_GENIE", "apiKey": "*********abcd", "region": "EU"}]),
        ])
    }

    #[test]
    fn equal_masks_are_never_one_variable() {
        let e = plain(&three_keys_one_mask());
        let f = &e.file;
        assert_eq!(f["integrations"], json!({}), "{f}");
        for (id, n) in [(A, 1), (B, 2), (C, 3)] {
            assert_eq!(
                f["projects"][id]["OPS_GENIE"],
                json!({"apiKey": {"env": format!("OPS_GENIE_API_KEY_PROJECT_{n}")}, "region": "EU"})
            );
        }
        let names: Vec<&str> = e.variables.iter().map(|v| v.name.as_str()).collect();
        assert_eq!(
            names,
            [
                "OPS_GENIE_API_KEY_PROJECT_1",
                "OPS_GENIE_API_KEY_PROJECT_2",
                "OPS_GENIE_API_KEY_PROJECT_3"
            ]
        );
        let v = &e.variables[1];
        assert_eq!(
            (v.mask.as_deref(), &v.projects[..], v.shared),
            (
                Some("*********abcd"),
                &[(B.to_string(), Some("Project 2".to_string()))][..],
                false
            )
        );
        assert_eq!(holders(v), format!("project {B} (Project 2)"));
        assert!(e.warnings.is_empty());
    }

    #[test]
    fn per_project_names_defaults_and_types_kept_true() {
        let e = build(
            &[
                (
                    project(A, Some("Prod / EU")),
                    items(json!([
                        {"id": "x", "type": "PAGER_DUTY", "serviceKey": "******7890", "region": "US"},
                        {"type": "SLACK", "apiToken": "****", "teamName": "T", "channelName": ""},
                        {"type": "FLOWDOCK", "apiToken": "****"}
                    ])),
                ),
                (
                    project(B, None),
                    items(json!([
                        {"type": "PROMETHEUS", "username": "u", "listenAddress": "a:1",
                         "serviceDiscovery": "http", "scheme": "http", "enabled": true,
                         "tlsPemPath": null},
                        {"type": "PAGER_DUTY", "serviceKey": "******4321"}
                    ])),
                ),
            ],
            Naming::default(),
        )
        .unwrap();
        let f = &e.file;
        assert_eq!(f["$schema"], "omi-apply.schema.json");
        assert_eq!(
            f["projects"][A]["PAGER_DUTY"],
            json!({"serviceKey": {"env": "PAGER_DUTY_SERVICE_KEY_PROD_EU"}})
        );
        // No name: the id, upper-cased.
        assert_eq!(
            f["projects"][B]["PAGER_DUTY"]["serviceKey"]["env"],
            "PAGER_DUTY_SERVICE_KEY_BBBBBBBBBBBBBBBBBBBBBBBB"
        );
        assert_eq!(
            f["projects"][A]["SLACK"],
            json!({"apiToken": {"env": "SLACK_API_TOKEN_PROD_EU"}, "teamName": "T"})
        );
        assert_eq!(
            f["projects"][B]["PROMETHEUS"]["password"],
            json!({"env": "PROMETHEUS_PASSWORD_BBBBBBBBBBBBBBBBBBBBBBBB"})
        );
        assert!(f["projects"][B]["PROMETHEUS"].get("tlsPemPath").is_none());
        assert!(!f.to_string().contains('*'));
        assert_eq!(e.notes.len(), 1);
        assert!(e.notes[0].starts_with("FLOWDOCK (1 project)"));
        // Listed in table order, then project order.
        let names: Vec<&str> = e.variables.iter().map(|v| v.name.as_str()).collect();
        assert_eq!(
            names,
            [
                "PAGER_DUTY_SERVICE_KEY_PROD_EU",
                "PAGER_DUTY_SERVICE_KEY_BBBBBBBBBBBBBBBBBBBBBBBB",
                "SLACK_API_TOKEN_PROD_EU",
                "PROMETHEUS_PASSWORD_BBBBBBBBBBBBBBBBBBBBBBBB"
            ]
        );
        assert_eq!(e.variables[3].mask, None);
    }

    /// One project alone: its secrets stay in its own entry (a common one
    /// would hand them to every project a later apply targets); what has
    /// none goes under `integrations`.
    #[test]
    fn one_project_keeps_its_secrets_in_its_own_entry() {
        let e = plain(&fleet(&[json!([
            {"type": "DATADOG", "apiKey": "***5678", "region": "EU"},
            {"type": "FLOWDOCK", "flowName": "f"}
        ])]));
        assert_eq!(e.file["integrations"], json!({"FLOWDOCK": true}));
        assert_eq!(
            e.file["projects"][A]["DATADOG"]["apiKey"]["env"],
            "DATADOG_API_KEY_PROJECT_1"
        );
    }

    #[test]
    fn project_names_that_come_out_alike_get_the_id() {
        let dd = json!([{"type": "DATADOG", "apiKey": "***5678"}]);
        let e = build(
            &[
                (project(A, Some("Team-A")), items(dd.clone())),
                (project(B, Some("team a")), items(dd.clone())),
                (project(C, Some("生产")), items(dd)),
            ],
            Naming::default(),
        )
        .unwrap();
        let names: Vec<&str> = e.variables.iter().map(|v| v.name.as_str()).collect();
        assert_eq!(
            names,
            [
                "DATADOG_API_KEY_TEAM_A_AAAAAAAAAAAAAAAAAAAAAAAA",
                "DATADOG_API_KEY_TEAM_A_BBBBBBBBBBBBBBBBBBBBBBBB",
                "DATADOG_API_KEY_CCCCCCCCCCCCCCCCCCCCCCCC"
            ]
        );
        assert_eq!(sanitized("  --Ops  Team #2-- "), "OPS_TEAM_2");
        assert_eq!(sanitized(&"x".repeat(100)).len(), MAX_PROJECT_PART);
    }

    #[test]
    fn a_share_is_one_variable_and_the_type_goes_common() {
        let e = build(
            &three_keys_one_mask(),
            Naming {
                shares: &shares(&["ops-genie.api-key"]),
                existing: None,
            },
        )
        .unwrap();
        assert_eq!(
            e.file["integrations"],
            json!({"OPS_GENIE": {"apiKey": {"env": "OPS_GENIE_API_KEY"}, "region": "EU"}})
        );
        assert!(e.file.get("projects").is_none(), "{}", e.file);
        assert_eq!(e.variables.len(), 1);
        assert_eq!(holders(&e.variables[0]), "3 projects (shared)");
        let named = build(
            &three_keys_one_mask(),
            Naming {
                shares: &shares(&["OPS_GENIE.apiKey=OG_FLEET"]),
                existing: None,
            },
        )
        .unwrap();
        assert_eq!(
            named.file["integrations"]["OPS_GENIE"]["apiKey"]["env"],
            "OG_FLEET"
        );
    }

    /// Masks that show the values differ refute a `--share`: an error, not
    /// one key written to every project.
    #[test]
    fn a_share_the_masks_refute_is_an_error() {
        let p = fleet(&[
            json!([{"type": "OPS_GENIE", "apiKey": "*********1111"}]),
            json!([{"type": "OPS_GENIE", "apiKey": "*********2222"}]),
            json!([{"type": "OPS_GENIE", "apiKey": "og-key-in-clear-1111"}]),
        ]);
        let e = build(
            &p,
            Naming {
                shares: &shares(&["OPS_GENIE.apiKey"]),
                existing: None,
            },
        )
        .unwrap_err();
        assert!(
            e.contains("--share OPS_GENIE.apiKey: the projects hold different values")
                && e.contains("*********1111 in 1 project")
                && e.contains("****************1111 in 1 project")
                && !e.contains("og-key-in-clear"),
            "{e}"
        );
        let none = build(
            &p,
            Naming {
                shares: &shares(&["DATADOG.apiKey"]),
                existing: None,
            },
        )
        .unwrap();
        assert_eq!(
            none.notes,
            ["--share DATADOG.apiKey: no exported project holds it"]
        );
    }

    #[test]
    fn share_spellings_and_their_mistakes() {
        let s = &shares(&["victor-ops.routingKey", "WEBHOOK.secret=WH_SECRET"])[..];
        assert_eq!((s[0].ty.api, s[0].field.json), ("VICTOR_OPS", "routingKey"));
        assert_eq!(s[1].name.as_deref(), Some("WH_SECRET"));
        let err = |texts: &[&str]| {
            parse_shares(&texts.iter().map(|t| t.to_string()).collect::<Vec<_>>()).unwrap_err()
        };
        for (texts, expected) in [
            (&["OPS_GENIE"][..], "give TYPE.FIELD or TYPE.FIELD=NAME"),
            (&["pager.apiKey"], "pager: no such integration type"),
            (&["FLOWDOCK.apiToken"], "omi has no table for it"),
            (
                &["OPS_GENIE.key"],
                "OPS_GENIE has no field key; its secret fields are apiKey",
            ),
            (&["OPS_GENIE.region"], "OPS_GENIE.region is no secret"),
            (&["OPS_GENIE.apiKey="], "the variable name after = is empty"),
            (
                &["OPS_GENIE.apiKey=9LIVES"],
                "9LIVES cannot name an environment variable",
            ),
            (
                &["OPS_GENIE.apiKey=OMI_PRIVATE_KEY"],
                "omi's own private API key",
            ),
            (
                &["OPS_GENIE.apiKey", "ops-genie.api-key=X"],
                "OPS_GENIE.apiKey is shared already",
            ),
            (
                &["OPS_GENIE.apiKey=K", "DATADOG.apiKey=K"],
                "K already stands for OPS_GENIE.apiKey",
            ),
        ] {
            let e = err(texts);
            assert!(e.contains(expected), "{texts:?}: {e}");
        }
    }

    /// Existing file: `projects.A` has its own name, `integrations` a
    /// common one; a name used for a project not exported now.
    fn existing() -> Value {
        json!({
            "integrations": {"DATADOG": {"apiKey": {"env": "DD_FLEET_KEY"}}},
            "projects": {
                A: {"OPS_GENIE": {"apiKey": {"env": "OG_OF_A"}, "region": "EU"}},
                "dddddddddddddddddddddddd": {
                    "OPS_GENIE": {"apiKey": {"env": "OPS_GENIE_API_KEY_PROJECT_2"}}
                }
            }
        })
    }

    #[test]
    fn names_of_the_file_being_replaced_are_kept_and_never_reused() {
        let og = |tail: &str| json!({"type": "OPS_GENIE", "apiKey": format!("*********{tail}")});
        let dd = json!({"type": "DATADOG", "apiKey": "***5678"});
        let p = fleet(&[
            json!([og("aaaa"), dd.clone()]),
            json!([og("bbbb"), dd.clone()]),
            json!([og("cccc"), dd]),
        ]);
        let file = existing();
        let e = build(
            &p,
            Naming {
                shares: &[],
                existing: Some(&file),
            },
        )
        .unwrap();
        let f = &e.file;
        // The common name stands for every project still: common.
        assert_eq!(
            f["integrations"],
            json!({"DATADOG": {"apiKey": {"env": "DD_FLEET_KEY"}}}),
            "{f}"
        );
        assert_eq!(f["projects"][A]["OPS_GENIE"]["apiKey"]["env"], "OG_OF_A");
        // Project 2's usual name is the file's for another project: not
        // reused.
        assert_eq!(
            f["projects"][B]["OPS_GENIE"]["apiKey"]["env"],
            "OPS_GENIE_API_KEY_PROJECT_2_2"
        );
        assert_eq!(
            f["projects"][C]["OPS_GENIE"]["apiKey"]["env"],
            "OPS_GENIE_API_KEY_PROJECT_3"
        );
        assert!(e.warnings.is_empty(), "{:?}", e.warnings);
        let dd = e
            .variables
            .iter()
            .find(|v| v.name == "DD_FLEET_KEY")
            .unwrap();
        assert!(dd.shared && dd.projects.len() == 3);
        // Again onto what it wrote: the same file.
        let again = build(
            &p,
            Naming {
                shares: &[],
                existing: Some(f),
            },
        )
        .unwrap();
        assert_eq!(&again.file, f);
    }

    /// The file declared a key shared, and the projects now hold
    /// different ones: each gets its own, with a warning.
    #[test]
    fn a_shared_name_the_masks_refute_is_dropped_with_a_warning() {
        let p = fleet(&[
            json!([{"type": "DATADOG", "apiKey": "***1111"}]),
            json!([{"type": "DATADOG", "apiKey": "***2222"}]),
        ]);
        let file = existing();
        let e = build(
            &p,
            Naming {
                shares: &[],
                existing: Some(&file),
            },
        )
        .unwrap();
        assert_eq!(e.warnings.len(), 1, "{:?}", e.warnings);
        assert!(
            e.warnings[0].starts_with("DD_FLEET_KEY stood for DATADOG.apiKey of 2 projects")
                && e.warnings[0].contains("***1111 in 1 project, ***2222 in 1 project"),
            "{:?}",
            e.warnings
        );
        let names: Vec<&str> = e.variables.iter().map(|v| v.name.as_str()).collect();
        assert_eq!(
            names,
            ["DATADOG_API_KEY_PROJECT_1", "DATADOG_API_KEY_PROJECT_2"]
        );
        // --share with the file's name: the share wins, no warning.
        let s = shares(&["DATADOG.apiKey"]);
        let p = fleet(&[
            json!([{"type": "DATADOG", "apiKey": "***1111"}]),
            json!([{"type": "DATADOG", "apiKey": "***1111"}]),
        ]);
        let e = build(
            &p,
            Naming {
                shares: &s,
                existing: Some(&file),
            },
        )
        .unwrap();
        assert_eq!(
            e.file["integrations"]["DATADOG"]["apiKey"]["env"],
            "DD_FLEET_KEY"
        );
        // A --share name the file uses for another field is refused.
        let clash = shares(&["DATADOG.apiKey=OG_OF_A"]);
        let p = fleet(&[json!([
            {"type": "DATADOG", "apiKey": "***1111"},
            {"type": "OPS_GENIE", "apiKey": "***1111"}
        ])]);
        let err = build(
            &p,
            Naming {
                shares: &clash,
                existing: Some(&file),
            },
        )
        .unwrap_err();
        assert!(
            err.contains("the file being replaced uses OG_OF_A for OPS_GENIE.apiKey"),
            "{err}"
        );
    }

    /// Secrets returned in clear (public client fixtures do) are never
    /// written, nor listed but masked; a label returned in clear is.
    #[test]
    fn secrets_returned_in_clear_are_never_written() {
        let e = plain(&fleet(&[json!([
            {"type": "DATADOG", "apiKey": "dd-key-in-clear-5678", "region": "EU"},
            {"type": "PROMETHEUS", "username": "prom", "password": "prom-password-in-clear",
             "listenAddress": "a:1", "serviceDiscovery": "http", "scheme": "http",
             "enabled": true},
            {"type": "SLACK", "apiToken": "xoxb-token-in-clear", "teamName": "T"},
            {"type": "NEW_RELIC", "licenseKey": "nr-license-in-clear", "accountId": "123",
             "writeToken": "nr-write-in-clear", "readToken": 4242},
            {"type": "VICTOR_OPS", "apiKey": "vo-key-in-clear", "routingKey": "ops-team"},
            {"type": "WEBHOOK", "url": "https://hooks.example.com/services/in-clear"}
        ])]));
        let text = e.file.to_string();
        for clear in [
            "dd-key-in-clear",
            "prom-password",
            "xoxb-token",
            "nr-license",
            "nr-write",
            "4242",
            "vo-key-in-clear",
            "services/in-clear",
        ] {
            assert!(!text.contains(clear), "{clear} written: {text}");
            assert!(
                !format!("{:?}", e.variables).contains(clear),
                "{clear} listed"
            );
        }
        let p = &e.file["projects"][A];
        assert_eq!(p["VICTOR_OPS"]["routingKey"], "ops-team");
        assert_eq!(p["DATADOG"]["region"], "EU");
        assert_eq!(p["NEW_RELIC"]["accountId"], "123");
        let mask = |name: &str| {
            e.variables
                .iter()
                .find(|v| v.name == name)
                .and_then(|v| v.mask.clone())
        };
        assert_eq!(
            mask("DATADOG_API_KEY_PROJECT_1").as_deref(),
            Some("****************5678")
        );
        assert_eq!(
            mask("PROMETHEUS_PASSWORD_PROJECT_1").as_deref(),
            Some("******")
        );
        assert_eq!(
            mask("WEBHOOK_URL_PROJECT_1").as_deref(),
            Some("https://hooks.example.com/****")
        );
        assert_eq!(
            mask("NEW_RELIC_READ_TOKEN_PROJECT_1").as_deref(),
            Some("******")
        );
        // A routing key the server masks (the documented shape) is a variable.
        let masked = plain(&fleet(&[json!([
            {"type": "VICTOR_OPS", "apiKey": "*******2222", "routingKey": "*******4444"}
        ])]));
        assert_eq!(
            masked.file["projects"][A]["VICTOR_OPS"]["routingKey"]["env"],
            "VICTOR_OPS_ROUTING_KEY_PROJECT_1"
        );
    }

    #[test]
    fn the_env_file_template_names_each_variable_and_forges_no_line() {
        let e = build(
            &[
                (
                    project(A, Some("evil\nOMI_PRIVATE_KEY=x")),
                    items(json!([{"type": "DATADOG", "apiKey": "***5678"},
                                 {"type": "PROMETHEUS", "username": "u", "listenAddress": "a:1",
                                  "serviceDiscovery": "http", "scheme": "http", "enabled": true}])),
                ),
                (
                    project(B, Some("b")),
                    items(json!([{"type": "DATADOG", "apiKey": "***5678"}])),
                ),
            ],
            Naming::default(),
        )
        .unwrap();
        let t = env_template(&e.variables, Some("fleet.json"));
        let assignments: Vec<&str> = t
            .lines()
            .filter(|l| !l.starts_with('#') && !l.is_empty())
            .collect();
        assert_eq!(
            assignments,
            [
                "DATADOG_API_KEY_EVIL_OMI_PRIVATE_KEY_X=",
                "DATADOG_API_KEY_B=",
                "PROMETHEUS_PASSWORD_EVIL_OMI_PRIVATE_KEY_X="
            ],
            "{t}"
        );
        assert!(t.starts_with("# The environment variables fleet.json needs"));
        assert!(
            t.contains(&format!(
                "# DATADOG.apiKey, project {A} (evil\\u{{a}}OMI_PRIVATE_KEY=x); the server shows ***5678\n"
            )),
            "{t}"
        );
        assert!(t.contains("the server never returns it\nPROMETHEUS_PASSWORD"));
        assert_eq!(values_set(&t), 0);
        assert_eq!(values_set("# A=b\nA=\nexport B=''\nC=\"\"\n"), 0);
        assert_eq!(values_set("A=\nexport B=secret\n  C = x\n"), 2);
    }

    #[test]
    fn types_the_file_cannot_name_are_left_out_with_a_note() {
        let e = plain(&fleet(&[
            json!([{"type": "FLOWDOCK", "flowName": "f"}, {"type": "flow-2"}]),
        ]));
        assert_eq!(e.file["integrations"], json!({"FLOWDOCK": true}));
        assert_eq!(e.notes.len(), 2, "{:?}", e.notes);
        assert!(
            e.notes[0].starts_with("FLOWDOCK (1 project)"),
            "{:?}",
            e.notes
        );
        assert!(e.notes[1].contains("'flow-2', which an apply file cannot name"));
    }

    #[test]
    fn toml_renders_and_reads_back() {
        let e = plain(&fleet(&[
            json!([{"type": "DATADOG", "apiKey": "***5678", "region": "EU"}]),
        ]));
        let t = render(&e.file, ExportFormat::Toml).unwrap();
        let back: toml::Table = toml::from_str(&t).unwrap();
        assert_eq!(serde_json::to_value(back).unwrap(), e.file);
    }
}
