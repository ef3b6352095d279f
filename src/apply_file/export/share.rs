//! What the user declares with `--share TYPE.FIELD[=NAME]`: the fields
//! every exported project holds alike, each parsed and checked (a secret
//! field of a type omi has a table for, a name that can name a variable
//! and is not omi's own key, no field or name given twice), and the name
//! a field's variable gets when none is given.

use crate::api::types::{self, Field, IntegrationType};

/// A type's API name and a field's JSON name.
pub(super) type FieldKey = (&'static str, &'static str);

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

    pub(super) fn key(&self) -> FieldKey {
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

/// `OPS_GENIE_API_KEY`: a type's and field's variable name.
pub(super) fn default_name(api: &str, json: &str) -> String {
    let flag = types::by_api(api)
        .and_then(|t| t.field(json))
        .map_or(json, |f| f.flag);
    format!("{api}_{}", flag.replace('-', "_").to_uppercase())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::apply_file::export::fixtures::*;

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
}
