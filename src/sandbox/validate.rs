//! Request validation, apart from routing: query parameters, the
//! integration type in a path, and request bodies checked against
//! `crate::api::types`. Every check answers with the API's error body.

use axum::body::Body;
use axum::http::StatusCode;
use serde_json::{Map, Value};
use std::collections::HashSet;

use super::responses::{ApiError, Format, Paging};
use super::state::Fields;
use crate::api::types::{self, IntegrationType};
use crate::api::validate::Violation;

/// Request bodies above this are refused unread.
pub const MAX_BODY: usize = 1024 * 1024;

/// The integration type named in a path.
#[derive(Debug, Clone, Copy)]
pub enum PathType<'a> {
    /// A type of the table: bodies are validated, responses redacted by it.
    Table(&'static IntegrationType),
    /// A `--legacy-types` name: any JSON object is accepted.
    Legacy(&'a str),
}

impl PathType<'_> {
    pub fn api(&self) -> &str {
        match self {
            PathType::Table(t) => t.api,
            PathType::Legacy(name) => name,
        }
    }
}

/// The path's TYPE, which is the API name exactly: `SLACK`, not `slack`.
pub fn path_type<'a>(api: &'a str, legacy: &HashSet<String>) -> Result<PathType<'a>, ApiError> {
    if let Some(t) = types::by_api(api) {
        return Ok(PathType::Table(t));
    }
    if legacy.contains(api) {
        return Ok(PathType::Legacy(api));
    }
    Err(ApiError::new(
        StatusCode::BAD_REQUEST,
        "INVALID_ENUM_VALUE",
        format!(
            "An invalid enumeration value {api} was specified for the integration type; use one of {}.",
            crate::api::types::api_names()
        ),
    )
    .param(api))
}

fn query_pairs(query: &str) -> impl Iterator<Item = (String, String)> + '_ {
    url::form_urlencoded::parse(query.as_bytes()).map(|(k, v)| (k.into_owned(), v.into_owned()))
}

/// `pretty`/`envelope` as far as they are well-formed, for errors found
/// before the query is validated.
pub fn lenient_format(query: &str) -> Format {
    let mut format = Format::default();
    for (k, v) in query_pairs(query) {
        match k.as_str() {
            "pretty" => format.pretty = v == "true",
            "envelope" => format.envelope = v == "true",
            _ => {}
        }
    }
    format
}

/// `pageNum` (≥ 1), `itemsPerPage` (1..=500), `pretty`, `envelope`
/// (`true`/`false`); other parameters are ignored, as the API does.
pub fn parse_query(query: &str) -> Result<(Format, Paging), ApiError> {
    let mut format = Format::default();
    let mut paging = Paging::default();
    for (k, v) in query_pairs(query) {
        let invalid = |what: &str| {
            ApiError::new(
                StatusCode::BAD_REQUEST,
                "INVALID_QUERY_PARAMETER",
                format!("Invalid query parameter {k}: it must be {what}."),
            )
            .param(k.clone())
        };
        match k.as_str() {
            "pageNum" => {
                paging.page_num = v
                    .parse::<u64>()
                    .ok()
                    .filter(|n| *n >= 1)
                    .ok_or_else(|| invalid("an integer of at least 1"))?;
            }
            "itemsPerPage" => {
                paging.items_per_page = v
                    .parse::<u64>()
                    .ok()
                    .filter(|n| (1..=500).contains(n))
                    .ok_or_else(|| invalid("an integer from 1 to 500"))?;
            }
            "pretty" => format.pretty = parse_bool(&v).ok_or_else(|| invalid("true or false"))?,
            "envelope" => {
                format.envelope = parse_bool(&v).ok_or_else(|| invalid("true or false"))?
            }
            _ => {}
        }
    }
    Ok((format, paging))
}

fn parse_bool(v: &str) -> Option<bool> {
    match v {
        "true" => Some(true),
        "false" => Some(false),
        _ => None,
    }
}

/// A path segment with its `%XX` escapes decoded; None when they are
/// malformed or do not decode to UTF-8.
pub fn percent_decoded(segment: &str) -> Option<String> {
    let bytes = segment.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            let hex = std::str::from_utf8(bytes.get(i + 1..i + 3)?).ok()?;
            out.push(u8::from_str_radix(hex, 16).ok()?);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).ok()
}

fn bad_request(code: &str, detail: impl Into<String>, attribute: &str) -> ApiError {
    ApiError::new(StatusCode::BAD_REQUEST, code, detail).param(attribute)
}

fn invalid_json(detail: &str) -> ApiError {
    ApiError::new(StatusCode::BAD_REQUEST, "INVALID_JSON", detail)
}

/// Reads a POST/PUT body for `ty` and returns the fields to store (without
/// `type` and without nulls). Table types are checked against the table;
/// legacy ones only need to be JSON objects. Error details name attributes
/// but never echo a submitted value of a secret field.
pub async fn read_integration(ty: PathType<'_>, body: Body) -> Result<Fields, ApiError> {
    let bytes = axum::body::to_bytes(body, MAX_BODY)
        .await
        .map_err(|_| invalid_json("The request body is larger than 1 MiB or could not be read."))?;
    let value: Value = serde_json::from_slice(&bytes)
        .map_err(|_| invalid_json("The request body is not valid JSON."))?;
    let Value::Object(body) = value else {
        return Err(invalid_json("The request body must be a JSON object."));
    };
    check_type_attribute(ty.api(), &body)?;
    if let PathType::Table(t) = ty {
        if let Some(v) = t.validate(&body).into_iter().next() {
            return Err(violation_error(t, &v));
        }
    }
    let fields: Map<String, Value> = body
        .into_iter()
        .filter(|(k, v)| k != "type" && !v.is_null())
        .collect();
    Ok(fields)
}

fn check_type_attribute(api: &str, body: &Map<String, Value>) -> Result<(), ApiError> {
    match body.get("type") {
        None | Some(Value::Null) => Err(bad_request(
            "MISSING_ATTRIBUTE",
            "The required attribute type was not specified.",
            "type",
        )),
        Some(Value::String(s)) if s == api => Ok(()),
        Some(_) => Err(bad_request(
            "INVALID_ATTRIBUTE",
            format!("The attribute type must be {api}, the integration type in the path."),
            "type",
        )),
    }
}

fn violation_error(t: &IntegrationType, v: &Violation) -> ApiError {
    let a = v.attribute();
    match v {
        Violation::Missing { .. } => bad_request(
            "MISSING_ATTRIBUTE",
            format!("The required attribute {a} was not specified."),
            a,
        ),
        Violation::RequiredBy { rule, .. } => bad_request(
            "MISSING_ATTRIBUTE",
            format!(
                "The attribute {a} is required when {} is {}.",
                rule.when, rule.equals
            ),
            a,
        ),
        Violation::Unknown { .. } => bad_request(
            "INVALID_ATTRIBUTE",
            format!(
                "The attribute {a} is not recognized for {} integrations.",
                t.api
            ),
            a,
        ),
        Violation::WrongType { field } => bad_request(
            "INVALID_ATTRIBUTE",
            format!("The attribute {a} must be {}.", field.kind.describe()),
            a,
        ),
        Violation::NotAllowed { field, value } => {
            // Enum fields are never secret; check anyway so a future table
            // change cannot leak a value into an error.
            let shown = if field.secrecy.is_secret() {
                "The value".to_string()
            } else {
                format!("The value {value}")
            };
            bad_request(
                "INVALID_ENUM_VALUE",
                format!(
                    "{shown} is not valid for attribute {a}; it must be {}.",
                    field.kind.describe()
                ),
                a,
            )
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decodes_path_segments() {
        assert_eq!(percent_decoded("Project%201").as_deref(), Some("Project 1"));
        assert_eq!(percent_decoded("plain").as_deref(), Some("plain"));
        assert_eq!(percent_decoded("%C3%A9").as_deref(), Some("é"));
        assert_eq!(percent_decoded("%"), None);
        assert_eq!(percent_decoded("%zz"), None);
        assert_eq!(percent_decoded("%FF"), None);
        assert_eq!(percent_decoded("%é"), None);
    }
}
