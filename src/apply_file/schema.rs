//! The JSON Schema (draft 2020-12) of the `omi apply` file, generated from
//! the type table, for editors and CI validators (`omi schema`). It says
//! what the apply file parser accepts: `integrations` and/or `projects`;
//! per type its fields with their JSON types and allowed values, required
//! fields, others only as `{"raw": VALUE}`; any value may
//! instead be `{"env": NAME}` or `{"file": PATH}`; under `projects`, keyed
//! by 24-hex project id, `null` or `false` removes a type; `true` keeps a
//! type as the server holds it. A type the table does not know (upper
//! snake case, an older server's `FLOWDOCK`) may only be kept or removed.
//!
//! The parser is a little more lenient than the schema: it accepts type
//! names in any case, where the schema lists the API spelling
//! (`PAGER_DUTY`) and the command-line one (`pager-duty`).

use crate::api::secrecy::Kind;
use crate::api::types::{Field, IntegrationType, TYPES};
use serde_json::{json, Map, Value};

/// The dialect the schema is written in.
pub const DRAFT: &str = "https://json-schema.org/draft/2020-12/schema";

/// The file name `omi export` points `$schema` at, beside the apply file.
pub const FILE_NAME: &str = "omi-apply.schema.json";

/// The whole schema.
pub fn apply_file() -> Value {
    let mut defs = Map::new();
    defs.insert(
        "env".into(),
        reference("env", "Name of an environment variable holding the value"),
    );
    defs.insert(
        "file".into(),
        reference(
            "file",
            "File whose first line is the value, relative to the apply file's folder",
        ),
    );
    for t in TYPES {
        defs.insert(t.api.into(), type_schema(t));
    }
    // What a type may be instead of a body: under `integrations` only
    // kept; under a project also removed. Types the table does not know
    // (`others`) may be only that.
    let kept = json!({
        "description": "Kept as the server holds it; nothing is written",
        "const": true,
    });
    let kept_or_removed = json!({
        "description": "true keeps it as the server holds it (nothing is written); null or false removes it",
        "enum": [true, false, null],
    });
    // if/then/else rather than anyOf, so that a validator reports what is
    // wrong with a body (a missing field) rather than "no schema matched".
    let body_or = |bare: &Value| {
        let bare = bare.clone();
        move |t: &IntegrationType| {
            json!({
                "if": {"type": ["boolean", "null"]},
                "then": bare.clone(),
                "else": {"$ref": format!("#/$defs/{}", t.api)},
            })
        }
    };
    let others = others_pattern();
    json!({
        "$schema": DRAFT,
        "$id": FILE_NAME,
        "title": "omi apply file",
        "description": "Integrations as code for omi apply: `integrations` applies to every targeted project, `projects` adds, replaces (or with null/false removes) types per project id.",
        "type": "object",
        "additionalProperties": false,
        // A file that declares neither is refused: it would read as "no
        // integrations" and --prune would delete everything.
        "anyOf": [{"required": ["integrations"]}, {"required": ["projects"]}],
        "properties": {
            "$schema": {"type": "string", "description": "This schema, for editors; ignored by omi"},
            "alerts": {
                "description": "After an integration is written, its alert notifications get the new values: those that held the previous key (matching) or every one of that type (all); as --alerts",
                "enum": ["matching", "all"],
            },
            "integrations": {
                "type": "object",
                "additionalProperties": false,
                "properties": type_properties(body_or(&kept)),
                "patternProperties": {&others: kept},
            },
            "projects": {
                "type": "object",
                "propertyNames": {"pattern": "^[0-9a-fA-F]{24}$"},
                "additionalProperties": {
                    "type": "object",
                    "additionalProperties": false,
                    "properties": type_properties(body_or(&kept_or_removed)),
                    "patternProperties": {&others: kept_or_removed},
                },
            },
        },
        "$defs": defs,
    })
}

/// `{"KEY": "..."}` and nothing else.
fn reference(key: &str, description: &str) -> Value {
    json!({
        "type": "object",
        "description": description,
        "properties": {key: {"type": "string", "minLength": 1}},
        "required": [key],
        "additionalProperties": false,
    })
}

/// Names of the API's form (`[A-Z][A-Z_]*`) but none of the table's.
fn others_pattern() -> String {
    let known: Vec<&str> = TYPES.iter().map(|t| t.api).collect();
    format!("^(?!(?:{})$)[A-Z][A-Z_]*$", known.join("|"))
}

/// A property per type, under both of its names.
fn type_properties(schema: impl Fn(&IntegrationType) -> Value) -> Map<String, Value> {
    let mut out = Map::new();
    for t in TYPES {
        out.insert(t.api.into(), schema(t));
        out.insert(t.cli.into(), schema(t));
    }
    out
}

fn type_schema(t: &IntegrationType) -> Value {
    let mut properties = Map::new();
    for f in t.fields {
        properties.insert(f.json.into(), field_schema(f));
    }
    // The file names the type once, as the key: "type" is never a field
    // (without this it would pass as a {"raw": ...} one).
    properties.insert("type".into(), json!(false));
    let required: Vec<&str> = t
        .fields
        .iter()
        .filter(|f| f.must_be_given())
        .map(|f| f.json)
        .collect();
    let mut schema = json!({
        "type": "object",
        "title": t.title,
        "properties": properties,
        "required": required,
        // A field the table does not know (a newer server's) only as
        // {"raw": VALUE}, sent as given.
        "additionalProperties": {
            "type": "object",
            "description": "A field omi does not know, sent as given",
            "properties": {"raw": {}},
            "required": ["raw"],
            "additionalProperties": false,
        },
    });
    let rules: Vec<Value> = t
        .rules
        .iter()
        .map(|r| {
            json!({
                "if": {"properties": {r.when: {"const": r.equals}}, "required": [r.when]},
                // Given, and not null: null is "not set".
                "then": {
                    "required": [r.field],
                    "properties": {r.field: {"not": {"type": "null"}}},
                },
            })
        })
        .collect();
    if !rules.is_empty() {
        schema["allOf"] = Value::Array(rules);
    }
    schema
}

/// A literal of the field's kind, a reference, or (optional fields) null.
fn field_schema(f: &Field) -> Value {
    let literal = match f.kind {
        // Not empty, not only spaces: the parser refuses those.
        Kind::Text => json!({"type": "string", "pattern": "\\S"}),
        Kind::Bool => json!({"type": "boolean"}),
        Kind::Enum(values) => json!({"type": "string", "enum": values}),
    };
    let mut any = vec![
        literal,
        json!({"$ref": "#/$defs/env"}),
        json!({"$ref": "#/$defs/file"}),
    ];
    if !f.required {
        any.push(json!({"type": "null"}));
    }
    json!({"description": f.help, "anyOf": any})
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_type_and_field_is_described() {
        let s = apply_file();
        assert_eq!(s["$schema"], DRAFT);
        for t in TYPES {
            let def = &s["$defs"][t.api];
            assert_eq!(def["additionalProperties"]["required"], json!(["raw"]));
            for f in t.fields {
                assert!(
                    def["properties"][f.json].is_object(),
                    "{}.{}",
                    t.api,
                    f.json
                );
                let required = def["required"].as_array().unwrap();
                assert_eq!(
                    required.contains(&json!(f.json)),
                    f.required && f.default.is_none()
                );
            }
            assert!(s["properties"]["integrations"]["properties"][t.cli].is_object());
        }
        let prom = &s["$defs"]["PROMETHEUS"];
        assert_eq!(prom["allOf"][0]["then"]["required"], json!(["tlsPemPath"]));
        assert_eq!(
            prom["allOf"][0]["then"]["properties"]["tlsPemPath"],
            json!({"not": {"type": "null"}})
        );
        assert_eq!(prom["properties"]["type"], false);
        let region = &s["$defs"]["OPS_GENIE"]["properties"]["region"]["anyOf"][0];
        assert_eq!(region["enum"], json!(["US", "EU"]));
        let others = s["properties"]["integrations"]["patternProperties"]
            .as_object()
            .unwrap();
        let pattern = others.keys().next().unwrap();
        assert!(pattern.starts_with("^(?!(?:PAGER_DUTY|SLACK|"), "{pattern}");
    }
}
