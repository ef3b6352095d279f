//! The variables and their names: which secrets one variable stands for
//! (each project's its own, unless `--share` or the file being replaced
//! declares them shared and the masks do not refute it), and what each is
//! called (a name the file being replaced uses is kept, and never given to
//! anything else; a new one from the type, the field and the project).

use super::held::{type_index, Held, Slot};
use super::share::{default_name, FieldKey, Share};
use crate::api::ids;
use crate::api::projects::Project;
use crate::api::types;
use serde_json::Value;
use std::collections::{BTreeMap, HashMap, HashSet};

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

/// What the file being replaced says of variable names.
#[derive(Debug, Default)]
pub(super) struct Existing {
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
    pub(super) fn of(file: &Value) -> Existing {
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
pub(super) struct Named {
    /// (project, type, field) → name.
    pub(super) names: HashMap<(usize, &'static str, &'static str), String>,
    /// The secrets whose variable is declared to stand for every project
    /// holding the field (so the type may go under `integrations`).
    pub(super) shareable: HashSet<(usize, &'static str, &'static str)>,
    pub(super) variables: Vec<Variable>,
    pub(super) notes: Vec<String>,
    pub(super) warnings: Vec<String>,
}

/// A variable for each secret: per project, unless declared shared.
pub(super) fn name_secrets(
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::apply_file::export::fixtures::*;
    use crate::apply_file::export::{build, holders, Naming};
    use serde_json::json;

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
}
