//! What POST, PUT and PATCH of an alert configuration accept. Third-party
//! notifications are checked against the type table
//! ([`crate::api::types::notification_fields`]); the other attributes and
//! the notification types that copy no integration are the lists here.
//! Every error is the API's error body, and no detail holds a submitted
//! value of a secret field.

use axum::body::Body;
use axum::http::StatusCode;
use serde_json::{Map, Value};
use std::collections::HashMap;

use super::super::responses::ApiError;
use super::super::state::{random_object_id, Fields, Scope};
use super::super::validate::MAX_BODY;
use crate::api::ids::is_object_id;
use crate::api::secrecy::Kind;
use crate::api::types::{notification_fields, NotificationField};

/// The JSON an attribute must hold.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Json {
    Text,
    Bool,
    /// A whole number of at least 0.
    Count,
    Object,
    /// An array of objects.
    Objects,
    /// An array of strings.
    Texts,
}

impl Json {
    fn fits(self, v: &Value) -> bool {
        match self {
            Json::Text => v.is_string(),
            Json::Bool => v.is_boolean(),
            Json::Count => v.as_u64().is_some(),
            Json::Object => v.is_object(),
            Json::Objects => v.as_array().is_some_and(|a| a.iter().all(Value::is_object)),
            Json::Texts => v.as_array().is_some_and(|a| a.iter().all(Value::is_string)),
        }
    }

    fn describe(self) -> &'static str {
        match self {
            Json::Text => "a string",
            Json::Bool => "true or false",
            Json::Count => "a whole number of at least 0",
            Json::Object => "an object",
            Json::Objects => "an array of objects",
            Json::Texts => "an array of strings",
        }
    }
}

/// Where a top-level attribute may be given.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Given {
    Required,
    Optional,
    /// Only in a global configuration.
    GlobalOnly,
}

/// The attributes a configuration body may set (others are refused).
const ATTRIBUTES: &[(&str, Json, Given)] = &[
    ("eventTypeName", Json::Text, Given::Required),
    ("enabled", Json::Bool, Given::Optional),
    ("matchers", Json::Objects, Given::Optional),
    ("threshold", Json::Object, Given::Optional),
    ("metricThreshold", Json::Object, Given::Optional),
    ("notifications", Json::Objects, Given::Required),
    ("forAllGroups", Json::Bool, Given::GlobalOnly),
    ("groupIds", Json::Texts, Given::GlobalOnly),
    ("tags", Json::Texts, Given::GlobalOnly),
    ("typeName", Json::Text, Given::GlobalOnly),
];

/// Attributes the server sets: a body may carry them as they were read
/// (a client replacing a configuration sends it back whole); they are
/// ignored, except that `id` and `groupId` must be the path's.
const READ_ONLY: &[&str] = &["id", "groupId", "created", "updated", "links"];

/// What every notification may hold.
const NOTIFICATION_COMMON: &[(&str, Json)] = &[
    ("typeName", Json::Text),
    ("intervalMin", Json::Count),
    ("delayMin", Json::Count),
    ("id", Json::Text),
];

/// `intervalMin` and `delayMin` when a notification leaves them out.
pub const DEFAULT_INTERVAL_MIN: u64 = 60;
pub const DEFAULT_DELAY_MIN: u64 = 0;

/// A notification type that copies no integration, and its fields.
#[derive(Debug)]
pub struct PlainNotification {
    pub type_name: &'static str,
    pub fields: &'static [(&'static str, Json)],
    /// The field the test endpoint names as the destination.
    pub destination: Option<&'static str>,
}

const EMAIL_SMS: [(&str, Json); 2] = [("emailEnabled", Json::Bool), ("smsEnabled", Json::Bool)];

pub static PLAIN_NOTIFICATIONS: &[PlainNotification] = &[
    PlainNotification {
        type_name: "EMAIL",
        fields: &[("emailAddress", Json::Text)],
        destination: Some("emailAddress"),
    },
    PlainNotification {
        type_name: "SMS",
        fields: &[("mobileNumber", Json::Text)],
        destination: Some("mobileNumber"),
    },
    PlainNotification {
        type_name: "GROUP",
        fields: &[EMAIL_SMS[0], EMAIL_SMS[1], ("roles", Json::Texts)],
        destination: None,
    },
    PlainNotification {
        type_name: "ORG",
        fields: &[EMAIL_SMS[0], EMAIL_SMS[1], ("roles", Json::Texts)],
        destination: None,
    },
    PlainNotification {
        type_name: "USER",
        fields: &[("username", Json::Text), EMAIL_SMS[0], EMAIL_SMS[1]],
        destination: Some("username"),
    },
    PlainNotification {
        type_name: "TEAM",
        fields: &[("teamId", Json::Text), EMAIL_SMS[0], EMAIL_SMS[1]],
        destination: Some("teamId"),
    },
];

pub fn plain_notification(type_name: &str) -> Option<&'static PlainNotification> {
    PLAIN_NOTIFICATIONS
        .iter()
        .find(|p| p.type_name == type_name)
}

/// A notification's type as the checks and the response forms know it.
pub enum NotificationType {
    /// Copies an integration: its fields, secrecy and masks from the table.
    ThirdParty(Vec<NotificationField>),
    Plain(&'static PlainNotification),
}

impl NotificationType {
    pub fn of(type_name: &str) -> Option<NotificationType> {
        notification_fields(type_name)
            .map(NotificationType::ThirdParty)
            .or_else(|| plain_notification(type_name).map(NotificationType::Plain))
    }
}

/// Every typeName a notification may have, for error messages.
fn type_names() -> String {
    let third_party = crate::api::types::TYPES
        .iter()
        .filter(|t| !t.notification.is_empty())
        .map(|t| t.api)
        .chain(
            crate::api::types::OTHER_NOTIFICATIONS
                .iter()
                .map(|o| o.type_name),
        );
    third_party
        .chain(PLAIN_NOTIFICATIONS.iter().map(|p| p.type_name))
        .collect::<Vec<_>>()
        .join(", ")
}

/// A checked body: what to store, and the read-only `id` if it held one.
#[derive(Debug)]
pub struct Accepted {
    pub id: Option<String>,
    pub fields: Fields,
}

fn bad(code: &str, detail: impl Into<String>, attribute: &str) -> ApiError {
    ApiError::new(StatusCode::BAD_REQUEST, code, detail).param(attribute)
}

fn invalid(attribute: &str, detail: impl Into<String>) -> ApiError {
    bad("INVALID_ATTRIBUTE", detail, attribute)
}

fn invalid_json(detail: &str) -> ApiError {
    ApiError::new(StatusCode::BAD_REQUEST, "INVALID_JSON", detail)
}

/// Reads a body of at most 1 MiB that must be a JSON object.
pub async fn read_object(body: Body) -> Result<Map<String, Value>, ApiError> {
    let bytes = axum::body::to_bytes(body, MAX_BODY)
        .await
        .map_err(|_| invalid_json("The request body is larger than 1 MiB or could not be read."))?;
    let value: Value = serde_json::from_slice(&bytes)
        .map_err(|_| invalid_json("The request body is not valid JSON."))?;
    match value {
        Value::Object(m) => Ok(m),
        _ => Err(invalid_json("The request body must be a JSON object.")),
    }
}

/// Checks a POST or PUT body for a configuration of `scope` and returns
/// what to store: nulls dropped, `enabled` (false) and `matchers` ([])
/// filled in, each notification with an `id` (the one sent, else a new
/// one), `intervalMin` and `delayMin`. The first problem found is the
/// error; a masked value in a secret notification field is refused last.
pub fn check_config(body: Map<String, Value>, scope: Scope) -> Result<Accepted, ApiError> {
    let mut fields = Fields::new();
    let mut id = None;
    for (name, value) in body {
        if value.is_null() {
            continue;
        }
        if READ_ONLY.contains(&name.as_str()) {
            match name.as_str() {
                "id" => {
                    let Value::String(s) = value else {
                        return Err(invalid("id", "The attribute id must be a string."));
                    };
                    id = Some(s);
                }
                "groupId" => check_group_id(&value, scope)?,
                _ => {}
            }
            continue;
        }
        let Some(&(_, json, given)) = ATTRIBUTES.iter().find(|(n, _, _)| *n == name) else {
            return Err(invalid(
                &name,
                format!("The attribute {name} is not recognized for alert configurations."),
            ));
        };
        if given == Given::GlobalOnly && scope != Scope::Global {
            return Err(invalid(
                &name,
                format!("The attribute {name} is only for global alert configurations."),
            ));
        }
        if !json.fits(&value) {
            return Err(invalid(
                &name,
                format!("The attribute {name} must be {}.", json.describe()),
            ));
        }
        fields.insert(name, value);
    }
    for (name, _, given) in ATTRIBUTES {
        if *given == Given::Required && !fields.contains_key(*name) {
            return Err(bad(
                "MISSING_ATTRIBUTE",
                format!("The required attribute {name} was not specified."),
                name,
            ));
        }
    }
    if fields
        .get("eventTypeName")
        .and_then(Value::as_str)
        .is_some_and(str::is_empty)
    {
        return Err(invalid(
            "eventTypeName",
            "The attribute eventTypeName must not be empty.",
        ));
    }
    fields.entry("enabled").or_insert(Value::Bool(false));
    fields
        .entry("matchers")
        .or_insert_with(|| Value::Array(Vec::new()));
    let notifications = match fields.remove("notifications") {
        Some(Value::Array(items)) => items,
        _ => Vec::new(),
    };
    if notifications.is_empty() {
        return Err(invalid(
            "notifications",
            "The attribute notifications must hold at least one notification.",
        ));
    }
    let checked = check_notifications(notifications)?;
    refuse_masks(&checked)?;
    fields.insert("notifications".to_string(), Value::Array(checked));
    Ok(Accepted { id, fields })
}

fn check_group_id(value: &Value, scope: Scope) -> Result<(), ApiError> {
    match (scope, value.as_str()) {
        (Scope::Project(group), Some(g)) if g == group => Ok(()),
        (Scope::Project(_), _) => Err(invalid(
            "groupId",
            "The attribute groupId must be the project id in the path.",
        )),
        (Scope::Global, _) => Err(invalid(
            "groupId",
            "A global alert configuration has no groupId.",
        )),
    }
}

fn check_notifications(items: Vec<Value>) -> Result<Vec<Value>, ApiError> {
    let mut out = Vec::with_capacity(items.len());
    let mut ids: HashMap<String, usize> = HashMap::new();
    for (i, item) in items.into_iter().enumerate() {
        let Value::Object(n) = item else {
            // Json::Objects was checked; kept for safety.
            return Err(invalid(
                "notifications",
                "Each notification must be an object.",
            ));
        };
        let mut n = check_notification(i, n)?;
        let id = match n.get("id").and_then(Value::as_str) {
            Some(id) => id.to_string(),
            None => {
                let id = random_object_id();
                n.insert("id".to_string(), Value::String(id.clone()));
                id
            }
        };
        if let Some(first) = ids.insert(id, i) {
            return Err(invalid(
                &format!("notifications.{i}.id"),
                format!(
                    "The attribute notifications.{i}.id repeats the id of notifications.{first}."
                ),
            ));
        }
        out.push(Value::Object(n));
    }
    Ok(out)
}

/// One notification, checked and completed (without its id when none was
/// sent; the caller assigns it).
fn check_notification(i: usize, n: Map<String, Value>) -> Result<Map<String, Value>, ApiError> {
    let at = |name: &str| format!("notifications.{i}.{name}");
    let type_name = match n.get("typeName") {
        None | Some(Value::Null) => {
            let a = at("typeName");
            return Err(bad(
                "MISSING_ATTRIBUTE",
                format!("The required attribute {a} was not specified."),
                &a,
            ));
        }
        Some(Value::String(s)) => s.clone(),
        Some(_) => {
            let a = at("typeName");
            return Err(invalid(&a, format!("The attribute {a} must be a string.")));
        }
    };
    let Some(ty) = NotificationType::of(&type_name) else {
        let a = at("typeName");
        // Type names are not secret: the given one is named.
        return Err(invalid(
            &a,
            format!(
                "{type_name} is not a notification type; {a} must be one of {}.",
                type_names()
            ),
        ));
    };
    let mut out = Map::new();
    for (name, value) in n {
        if value.is_null() {
            continue;
        }
        let a = at(&name);
        if let Some((_, json)) = NOTIFICATION_COMMON.iter().find(|(f, _)| *f == name) {
            if !json.fits(&value) {
                return Err(invalid(
                    &a,
                    format!("The attribute {a} must be {}.", json.describe()),
                ));
            }
            if name == "id" && !value.as_str().is_some_and(is_object_id) {
                return Err(invalid(
                    &a,
                    format!("The attribute {a} must be 24 hex characters."),
                ));
            }
            out.insert(name, value);
            continue;
        }
        match &ty {
            NotificationType::ThirdParty(fields) => {
                let Some(f) = fields.iter().find(|f| f.copied.notification == name) else {
                    return Err(unknown(&a, &type_name));
                };
                check_kind(&a, f, &value)?;
            }
            NotificationType::Plain(p) => {
                let Some((_, json)) = p.fields.iter().find(|(f, _)| *f == name) else {
                    return Err(unknown(&a, &type_name));
                };
                if !json.fits(&value) {
                    return Err(invalid(
                        &a,
                        format!("The attribute {a} must be {}.", json.describe()),
                    ));
                }
            }
        }
        out.insert(name, value);
    }
    out.entry("intervalMin")
        .or_insert(Value::from(DEFAULT_INTERVAL_MIN));
    out.entry("delayMin")
        .or_insert(Value::from(DEFAULT_DELAY_MIN));
    Ok(out)
}

fn unknown(attribute: &str, type_name: &str) -> ApiError {
    invalid(
        attribute,
        format!("The attribute {attribute} is not recognized for {type_name} notifications."),
    )
}

/// A third-party notification field holds the JSON kind of the
/// integration field it copies; an enum value outside the enum is
/// `INVALID_ENUM_VALUE`, naming the value only when it is not secret.
fn check_kind(attribute: &str, f: &NotificationField, value: &Value) -> Result<(), ApiError> {
    let fits = match f.kind {
        Kind::Bool => value.is_boolean(),
        Kind::Text | Kind::Enum(_) => value.is_string(),
    };
    if !fits {
        return Err(invalid(
            attribute,
            format!("The attribute {attribute} must be {}.", kind_json(f.kind)),
        ));
    }
    if let (Kind::Enum(values), Some(s)) = (f.kind, value.as_str()) {
        if !values.contains(&s) {
            let shown = if f.secrecy.is_secret() {
                "The value".to_string()
            } else {
                format!("The value {s}")
            };
            return Err(bad(
                "INVALID_ENUM_VALUE",
                format!(
                    "{shown} is not valid for attribute {attribute}; it must be {}.",
                    f.kind.describe()
                ),
                attribute,
            ));
        }
    }
    Ok(())
}

fn kind_json(kind: Kind) -> &'static str {
    match kind {
        Kind::Bool => "true or false",
        Kind::Text | Kind::Enum(_) => "a string",
    }
}

/// A secret notification field holding a `*` is a mask read from the API
/// and sent back: refused (as Atlas was seen refusing them), naming the
/// notification's type and the field, never the value.
fn refuse_masks(notifications: &[Value]) -> Result<(), ApiError> {
    for (i, n) in notifications.iter().enumerate() {
        let Some(type_name) = n.get("typeName").and_then(Value::as_str) else {
            continue;
        };
        let Some(fields) = notification_fields(type_name) else {
            continue;
        };
        for f in fields.iter().filter(|f| f.secrecy.is_secret()) {
            let name = f.copied.notification;
            if n.get(name)
                .and_then(Value::as_str)
                .is_some_and(|v| v.contains('*'))
            {
                return Err(ApiError::new(
                    StatusCode::BAD_REQUEST,
                    "INVALID_INTEGRATION_SETTINGS",
                    format!(
                        "The {type_name} notification notifications.{i} holds a masked value in {name}: \
                         send the value itself, not the redacted form the API returns."
                    ),
                )
                .param(type_name)
                .param(name));
            }
        }
    }
    Ok(())
}

/// Checks a PATCH body: `{"enabled": true|false}` and nothing else.
pub fn check_patch(body: &Map<String, Value>) -> Result<bool, ApiError> {
    if let Some(other) = body.keys().find(|k| *k != "enabled") {
        return Err(invalid(
            other,
            format!(
                "The attribute {other} cannot be changed by PATCH, which changes only enabled; use PUT to replace the configuration."
            ),
        ));
    }
    match body.get("enabled") {
        None | Some(Value::Null) => Err(bad(
            "MISSING_ATTRIBUTE",
            "The required attribute enabled was not specified.",
            "enabled",
        )),
        Some(Value::Bool(b)) => Ok(*b),
        Some(_) => Err(invalid(
            "enabled",
            "The attribute enabled must be true or false.",
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    const G: &str = "5e2211c17a3e5a48f5497de3";

    fn check(v: Value) -> Result<Accepted, ApiError> {
        check_config(v.as_object().unwrap().clone(), Scope::Project(G))
    }

    fn code(v: Value) -> (String, Vec<String>, String) {
        let e = check(v).unwrap_err();
        (e.code, e.parameters, e.detail)
    }

    #[test]
    fn completes_what_is_left_out() {
        let a = check(json!({"eventTypeName": "HOST_DOWN", "id": "x", "created": 5,
            "notifications": [{"typeName": "EMAIL", "emailAddress": "a@example.com"},
                              {"typeName": "PAGER_DUTY", "serviceKey": "k1", "id": "aaaaaaaaaaaaaaaaaaaaaaaa",
                               "intervalMin": 5}]}))
        .unwrap();
        assert_eq!(a.id.as_deref(), Some("x"));
        assert_eq!(a.fields["enabled"], false);
        assert_eq!(a.fields["matchers"], json!([]));
        assert!(!a.fields.contains_key("created"));
        let n = a.fields["notifications"].as_array().unwrap();
        assert!(is_object_id(n[0]["id"].as_str().unwrap()));
        assert_eq!(n[0]["intervalMin"], 60);
        assert_eq!(n[0]["delayMin"], 0);
        assert_eq!(n[1]["id"], "aaaaaaaaaaaaaaaaaaaaaaaa");
        assert_eq!(n[1]["intervalMin"], 5);
    }

    #[test]
    fn refusals_name_the_attribute_never_a_secret() {
        let pd = |extra: Value| {
            let mut n = json!({"typeName": "PAGER_DUTY", "serviceKey": "sk-secret-0001"});
            n.as_object_mut()
                .unwrap()
                .extend(extra.as_object().unwrap().clone());
            json!({"eventTypeName": "HOST_DOWN", "notifications": [n]})
        };
        let cases = [
            (
                json!({"notifications": [{"typeName": "EMAIL"}]}),
                "MISSING_ATTRIBUTE",
                "eventTypeName",
            ),
            (
                json!({"eventTypeName": "HOST_DOWN"}),
                "MISSING_ATTRIBUTE",
                "notifications",
            ),
            (
                json!({"eventTypeName": "HOST_DOWN", "notifications": []}),
                "INVALID_ATTRIBUTE",
                "notifications",
            ),
            (
                json!({"eventTypeName": "", "notifications": [{"typeName": "EMAIL"}]}),
                "INVALID_ATTRIBUTE",
                "eventTypeName",
            ),
            (
                json!({"eventTypeName": "HOST_DOWN", "bogus": 1, "notifications": [{"typeName": "EMAIL"}]}),
                "INVALID_ATTRIBUTE",
                "bogus",
            ),
            (
                json!({"eventTypeName": "HOST_DOWN", "forAllGroups": true, "notifications": [{"typeName": "EMAIL"}]}),
                "INVALID_ATTRIBUTE",
                "forAllGroups",
            ),
            (
                json!({"eventTypeName": "HOST_DOWN", "groupId": "bbbbbbbbbbbbbbbbbbbbbbbb", "notifications": [{"typeName": "EMAIL"}]}),
                "INVALID_ATTRIBUTE",
                "groupId",
            ),
            (
                json!({"eventTypeName": "HOST_DOWN", "notifications": [{"emailAddress": "a"}]}),
                "MISSING_ATTRIBUTE",
                "notifications.0.typeName",
            ),
            (
                json!({"eventTypeName": "HOST_DOWN", "notifications": [{"typeName": "PROMETHEUS"}]}),
                "INVALID_ATTRIBUTE",
                "notifications.0.typeName",
            ),
            (
                pd(json!({"serviceKey": 12})),
                "INVALID_ATTRIBUTE",
                "notifications.0.serviceKey",
            ),
            (
                pd(json!({"apiToken": "sk-secret-0001"})),
                "INVALID_ATTRIBUTE",
                "notifications.0.apiToken",
            ),
            (
                pd(json!({"intervalMin": -1})),
                "INVALID_ATTRIBUTE",
                "notifications.0.intervalMin",
            ),
            (
                pd(json!({"id": "short"})),
                "INVALID_ATTRIBUTE",
                "notifications.0.id",
            ),
            (
                json!({"eventTypeName": "HOST_DOWN", "notifications": [
                {"typeName": "DATADOG", "datadogApiKey": "sk-secret-0001", "datadogRegion": "MARS"}]}),
                "INVALID_ENUM_VALUE",
                "notifications.0.datadogRegion",
            ),
            (
                json!({"eventTypeName": "HOST_DOWN", "notifications": [
                {"typeName": "EMAIL", "id": "aaaaaaaaaaaaaaaaaaaaaaaa"},
                {"typeName": "EMAIL", "id": "aaaaaaaaaaaaaaaaaaaaaaaa"}]}),
                "INVALID_ATTRIBUTE",
                "notifications.1.id",
            ),
        ];
        for (body, want, attribute) in cases {
            let (got, params, detail) = code(body.clone());
            assert_eq!(
                (got.as_str(), params[0].as_str()),
                (want, attribute),
                "{body}"
            );
            assert!(!detail.contains("sk-secret-0001"), "{detail}");
        }
    }

    #[test]
    fn masked_values_are_refused_by_type_and_field() {
        for (n, field) in [
            (
                json!({"typeName": "PAGER_DUTY", "serviceKey": "******7890"}),
                "serviceKey",
            ),
            (
                json!({"typeName": "WEBHOOK", "webhookUrl": "https://example.com/real-path-0001",
                    "webhookSecret": "******"}),
                "webhookSecret",
            ),
            (
                json!({"typeName": "WEBHOOK", "webhookUrl": "https://example.com/****2101"}),
                "webhookUrl",
            ),
            (
                json!({"typeName": "FLOWDOCK", "flowdockApiToken": "*bcde"}),
                "flowdockApiToken",
            ),
        ] {
            let type_name = n["typeName"].as_str().unwrap().to_string();
            let e = check(json!({"eventTypeName": "HOST_DOWN",
                "notifications": [{"typeName": "EMAIL"}, n]}))
            .unwrap_err();
            assert_eq!(e.code, "INVALID_INTEGRATION_SETTINGS");
            assert_eq!(e.parameters, [type_name.as_str(), field]);
            assert!(
                e.detail.contains("notifications.1") && !e.detail.contains("***"),
                "{}",
                e.detail
            );
        }
        // A public field may hold a star; a clear secret passes.
        check(json!({"eventTypeName": "HOST_DOWN", "notifications": [
            {"typeName": "SLACK", "apiToken": "xoxb-1", "channelName": "*alerts*"}]}))
        .unwrap();
    }

    #[test]
    fn global_configurations_take_their_own_attributes() {
        let body = json!({"eventTypeName": "HOST_DOWN", "forAllGroups": true, "tags": [],
            "notifications": [{"typeName": "EMAIL", "emailAddress": "a@example.com"}]});
        check_config(body.as_object().unwrap().clone(), Scope::Global).unwrap();
        let with_group = json!({"eventTypeName": "HOST_DOWN", "groupId": G,
            "notifications": [{"typeName": "EMAIL"}]});
        assert!(check_config(with_group.as_object().unwrap().clone(), Scope::Global).is_err());
        check_config(with_group.as_object().unwrap().clone(), Scope::Project(G)).unwrap();
    }

    #[test]
    fn patch_takes_enabled_only() {
        let m = |v: Value| v.as_object().unwrap().clone();
        assert!(check_patch(&m(json!({"enabled": true}))).unwrap());
        assert!(!check_patch(&m(json!({"enabled": false}))).unwrap());
        assert_eq!(
            check_patch(&m(json!({"enabled": "yes"}))).unwrap_err().code,
            "INVALID_ATTRIBUTE"
        );
        assert_eq!(
            check_patch(&m(json!({}))).unwrap_err().code,
            "MISSING_ATTRIBUTE"
        );
        let e = check_patch(&m(json!({"enabled": true, "eventTypeName": "X"}))).unwrap_err();
        assert_eq!(
            (e.code.as_str(), e.parameters[0].as_str()),
            ("INVALID_ATTRIBUTE", "eventTypeName")
        );
    }
}
