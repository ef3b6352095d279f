//! Validation: whether a body fits its type's fields and rules, every way
//! it can break them ([`Violation`]), and the wording of each for a person
//! ([`describe`]), naming the attribute by flag or by JSON name. The client
//! checks before sending; the sandbox answers with the API's errors.

use super::secrecy::Kind;
use super::types::{Field, IntegrationType, RequiredWhen};
use serde_json::{Map, Value};

impl IntegrationType {
    /// Checks a request body (without its `type`) against this type's
    /// fields and rules. Returns every problem found, in field order, so a
    /// user sees them all at once. The sandbox maps these to API errors; the
    /// client prints them before sending anything.
    pub fn validate(&self, body: &Map<String, Value>) -> Vec<Violation> {
        let mut problems = Vec::new();
        for key in body.keys() {
            if key != "type" && self.field(key).is_none() {
                problems.push(Violation::Unknown { field: key.clone() });
            }
        }
        for f in self.fields {
            match body.get(f.json) {
                None | Some(Value::Null) => {
                    if f.required {
                        problems.push(Violation::Missing { field: f });
                    }
                }
                Some(value) => {
                    if let Some(v) = check_value(f, value) {
                        problems.push(v);
                    }
                }
            }
        }
        for rule in self.rules {
            let triggered = body.get(rule.when).and_then(Value::as_str) == Some(rule.equals);
            let present = matches!(body.get(rule.field), Some(v) if !v.is_null());
            if triggered && !present {
                if let Some(f) = self.field(rule.field) {
                    problems.push(Violation::RequiredBy {
                        field: f,
                        rule: *rule,
                    });
                }
            }
        }
        problems
    }
}

fn check_value(f: &'static Field, value: &Value) -> Option<Violation> {
    match (f.kind, value) {
        (Kind::Text, Value::String(_)) | (Kind::Bool, Value::Bool(_)) => None,
        (Kind::Enum(allowed), Value::String(s)) => {
            (!allowed.contains(&s.as_str())).then(|| Violation::NotAllowed {
                field: f,
                // Secrets are never enums, so echoing the value is safe.
                value: s.clone(),
            })
        }
        _ => Some(Violation::WrongType { field: f }),
    }
}

/// One way a body breaks the table.
#[derive(Debug, Clone)]
pub enum Violation {
    Missing {
        field: &'static Field,
    },
    Unknown {
        field: String,
    },
    WrongType {
        field: &'static Field,
    },
    NotAllowed {
        field: &'static Field,
        value: String,
    },
    RequiredBy {
        field: &'static Field,
        rule: RequiredWhen,
    },
}

impl Violation {
    /// The JSON name of the offending attribute.
    pub fn attribute(&self) -> &str {
        match self {
            Violation::Unknown { field } => field,
            Violation::Missing { field }
            | Violation::WrongType { field }
            | Violation::NotAllowed { field, .. }
            | Violation::RequiredBy { field, .. } => field.json,
        }
    }
}

/// How a problem names the attribute: by flag on the command line, by JSON
/// name in an apply file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Naming {
    Flag,
    Json,
}

impl Naming {
    pub fn of(self, f: &Field) -> String {
        match self {
            Naming::Flag => format!("--{}", f.flag),
            Naming::Json => f.json.to_string(),
        }
    }
}

/// One line for a violation, naming the attribute the way the user wrote
/// it. Values of secret fields never appear (enum values are never secret).
pub fn describe(ty: &IntegrationType, problem: &Violation, naming: Naming) -> String {
    let name = |f: &Field| naming.of(f);
    match problem {
        Violation::Missing { field } => format!("{} is required ({})", name(field), field.help),
        Violation::RequiredBy { field, rule } => {
            let when = ty.field(rule.when).map(name).unwrap_or_default();
            format!("{} is required when {when} is {}", name(field), rule.equals)
        }
        Violation::NotAllowed { field, value } => format!(
            "{} must be {}, not '{value}'",
            name(field),
            field.kind.describe()
        ),
        Violation::WrongType { field } => {
            format!("{} must be {}", name(field), field.kind.describe())
        }
        Violation::Unknown { field } => format!("unknown field {field}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::api::types::find;
    use serde_json::json;

    #[test]
    fn validation_reports_every_problem() {
        let prom = find("prometheus").unwrap();
        let body = json!({"username": "u", "scheme": "https", "enabled": "yes",
                          "serviceDiscovery": "dns", "bogus": 1});
        let problems = prom.validate(body.as_object().unwrap());
        let names: Vec<_> = problems.iter().map(|p| p.attribute().to_string()).collect();
        assert_eq!(
            names,
            [
                "bogus",
                "password",
                "listenAddress",
                "serviceDiscovery",
                "enabled",
                "tlsPemPath"
            ]
        );
        assert!(matches!(problems[3], Violation::NotAllowed { .. }));
        assert!(matches!(problems[4], Violation::WrongType { .. }));
        assert!(matches!(problems[5], Violation::RequiredBy { .. }));
    }
}
