//! Alert configurations and the integrations they copied. Pure: no I/O.
//!
//! Ops Manager copies an integration's settings into an alert
//! notification when the notification is added; from then on the
//! notification holds its own copy, so rotating the integration's key
//! leaves every existing alert on the old one. This module reads a
//! configuration ([`config_of`]), judges each third-party notification
//! against its project's integration of that type ([`judge`]: current,
//! stale, unverifiable, no integration), counts the configurations that
//! hold another key than one just written ([`holding_another_key`]), and
//! builds the configuration that carries a rotation through
//! ([`rewrite`]).
//!
//! Everything is read from masks as servers return them (how many
//! characters an Ops Manager notification mask shows is not recorded):
//! two masks are compared by [`mask::compare_returned`], never predicted.
//! A rewrite never sends a masked value back: a secret it does not write
//! itself must be supplied by a value the run declares whose mask fits,
//! or the configuration is left as it is and reported.

use super::body::{FieldValue, RequestBody, Wire};
use super::ids;
use super::mask::{self, Fit};
use super::response::Unreadable;
use super::secrecy::Returned;
use super::types::{notification_fields, IntegrationType, NotificationField};
use crate::input::secret::Secret;
use serde_json::{Map, Value};
use std::fmt;

/// One alert configuration as read: its id checked (it becomes a request
/// path), the few fields shown, and the whole object, which a rewrite
/// sends back. `Debug` shows only the id.
#[derive(Clone)]
pub struct AlertConfig {
    /// 24 hex characters, lower-case.
    pub id: String,
    /// `eventTypeName`, as the server sent it (not yet made safe).
    pub event_type: Option<String>,
    pub enabled: Option<bool>,
    raw: Map<String, Value>,
}

impl fmt::Debug for AlertConfig {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "AlertConfig({})", self.id)
    }
}

/// One notification of a configuration.
#[derive(Clone, Copy)]
pub struct Notification<'a> {
    /// Its place in `notifications`.
    pub index: usize,
    /// `typeName`: `PAGER_DUTY`, `EMAIL`, ...
    pub type_name: &'a str,
    /// Its `id` when that is an object id (it becomes a request path).
    pub id: Option<&'a str>,
    pub fields: &'a Map<String, Value>,
}

impl AlertConfig {
    /// Every notification, in order.
    pub fn notifications(&self) -> impl Iterator<Item = Notification<'_>> {
        notifications_of(&self.raw)
            .iter()
            .enumerate()
            .filter_map(|(index, n)| {
                let fields = n.as_object()?;
                Some(Notification {
                    index,
                    type_name: fields.get("typeName").and_then(Value::as_str)?,
                    id: fields
                        .get("id")
                        .and_then(Value::as_str)
                        .filter(|id| ids::is_object_id(id)),
                    fields,
                })
            })
    }

    /// The configuration as read.
    pub fn raw(&self) -> &Map<String, Value> {
        &self.raw
    }
}

fn notifications_of(raw: &Map<String, Value>) -> &[Value] {
    raw.get("notifications")
        .and_then(Value::as_array)
        .map_or(&[], Vec::as_slice)
}

/// An alert configuration from an item of a list page. Its `id` must be
/// an object id, `notifications` (when present) a list of objects each
/// with a `typeName`: anything else is not what the API returns.
pub fn config_of(item: Map<String, Value>) -> Result<AlertConfig, Unreadable> {
    let id = item
        .get("id")
        .and_then(Value::as_str)
        .and_then(ids::normalize)
        .ok_or_else(|| Unreadable("an alert configuration's id is not 24 hex characters".into()))?;
    match item.get("notifications") {
        None | Some(Value::Null) => {}
        Some(Value::Array(list)) => {
            for n in list {
                if !n.get("typeName").is_some_and(Value::is_string) {
                    return Err(Unreadable(format!(
                        "a notification of alert configuration {id} has no typeName"
                    )));
                }
            }
        }
        Some(_) => {
            return Err(Unreadable(format!(
                "the notifications of alert configuration {id} are not a list"
            )))
        }
    }
    Ok(AlertConfig {
        id,
        event_type: item
            .get("eventTypeName")
            .and_then(Value::as_str)
            .map(str::to_string),
        enabled: item.get("enabled").and_then(Value::as_bool),
        raw: item,
    })
}

/// How a third-party notification stands against its project's
/// integration of the same type.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum State {
    /// Every visible part of every key fits the integration's.
    Current,
    /// A visible part of a key differs: the alert uses another key.
    Stale,
    /// A mask shows nothing (or a field is never returned): whether it
    /// fits cannot be seen.
    Unverifiable,
    /// The project has no integration of that type.
    NoIntegration,
}

impl State {
    pub fn word(self) -> &'static str {
        match self {
            State::Current => "current",
            State::Stale => "stale",
            State::Unverifiable => "unverifiable",
            State::NoIntegration => "no integration",
        }
    }
}

/// A field that is no secret (a Slack channel, an Opsgenie region) whose
/// value differs from the integration's; `None` is unset.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Difference {
    pub field: &'static str,
    pub notification: Option<String>,
    pub integration: Option<String>,
}

/// What [`judge`] finds.
#[derive(Debug, Clone)]
pub struct Judgement {
    pub state: State,
    /// Each secret field the notification holds, as it may be shown: the
    /// server's mask, or omi's own where a value came without one.
    pub keys: Vec<(&'static str, String)>,
    /// Secret fields that differ from the integration's.
    pub stale: Vec<&'static str>,
    /// Secret fields whose fit cannot be seen.
    pub unverifiable: Vec<&'static str>,
    /// Fields that are no secret and differ (shown; they do not make the
    /// notification stale: an alert may post to its own channel).
    pub differs: Vec<Difference>,
}

/// A value as text: strings as they are, other JSON as JSON; null and the
/// empty string are unset (Slack's `channelName` is `""` when not set).
fn text(v: Option<&Value>) -> Option<String> {
    match v? {
        Value::Null => None,
        Value::String(s) if s.is_empty() => None,
        Value::String(s) => Some(s.clone()),
        other => Some(other.to_string()),
    }
}

/// A secret field's value as it may be shown: a server's mask as it is
/// (still server text: the caller makes it safe), a value without `*`
/// masked by omi (a server that did not mask it, or returns it in clear).
pub fn shown_key(field: &NotificationField, value: &str) -> String {
    if value.contains('*') {
        value.to_string()
    } else {
        field.secrecy.mask(value)
    }
}

fn secret_fit(field: &NotificationField, notification: Option<&str>, other: Option<&str>) -> Fit {
    if field.returned == Returned::Omitted {
        return Fit::Unverifiable;
    }
    match (notification, other) {
        (None, None) => Fit::Same,
        (Some(a), Some(b)) => mask::compare_returned(a, b),
        _ => Fit::Differs,
    }
}

/// The state of a notification against `integration` (the project's of
/// the notification's type, as returned), and what it holds; `None` for
/// a notification that copies no integration (`EMAIL`, `SMS`, ...).
/// Only the secret fields decide the state.
pub fn judge(n: &Notification, integration: Option<&Map<String, Value>>) -> Option<Judgement> {
    let fields = notification_fields(n.type_name)?;
    let mut out = Judgement {
        state: State::Current,
        keys: Vec::new(),
        stale: Vec::new(),
        unverifiable: Vec::new(),
        differs: Vec::new(),
    };
    for f in &fields {
        let mine = text(n.fields.get(f.copied.notification));
        let theirs = integration.and_then(|i| text(i.get(f.copied.integration)));
        if !f.secrecy.is_secret() {
            if integration.is_some() && mine != theirs {
                out.differs.push(Difference {
                    field: f.copied.notification,
                    notification: mine,
                    integration: theirs,
                });
            }
            continue;
        }
        if let Some(value) = &mine {
            out.keys.push((f.copied.notification, shown_key(f, value)));
        }
        if integration.is_none() {
            continue;
        }
        match secret_fit(f, mine.as_deref(), theirs.as_deref()) {
            Fit::Same => {}
            Fit::Differs => out.stale.push(f.copied.notification),
            Fit::Unverifiable => out.unverifiable.push(f.copied.notification),
        }
    }
    out.state = if integration.is_none() {
        State::NoIntegration
    } else if !out.stale.is_empty() {
        State::Stale
    } else if !out.unverifiable.is_empty() {
        State::Unverifiable
    } else {
        State::Current
    };
    Some(out)
}

/// How many of `configs` hold a notification of `ty` whose key is another
/// than `body`'s (just written, so known in clear), and how many more
/// hold one whose fit cannot be seen.
pub fn holding_another_key(
    configs: &[AlertConfig],
    ty: &IntegrationType,
    body: &RequestBody,
) -> (usize, usize) {
    let Some(fields) = notification_fields(ty.api) else {
        return (0, 0);
    };
    let (mut another, mut unverifiable) = (0, 0);
    for config in configs {
        let mut fit = Fit::Same;
        for n in config.notifications().filter(|n| n.type_name == ty.api) {
            for f in fields.iter().filter(|f| f.secrecy.is_secret()) {
                let mine = text(n.fields.get(f.copied.notification));
                let written = match body.get(f.copied.integration) {
                    Some(FieldValue::Secret(s)) => Some(s.expose().to_string()),
                    Some(FieldValue::Plain(v)) => text(Some(v)),
                    None => None,
                };
                let this = match (&mine, &written) {
                    _ if f.returned == Returned::Omitted => Fit::Unverifiable,
                    (None, None) => Fit::Same,
                    (Some(mine), Some(written)) => mask::compare(written, mine),
                    _ => Fit::Differs,
                };
                fit = match (fit, this) {
                    (Fit::Differs, _) | (_, Fit::Differs) => Fit::Differs,
                    (Fit::Unverifiable, _) | (_, Fit::Unverifiable) => Fit::Unverifiable,
                    _ => Fit::Same,
                };
            }
        }
        match fit {
            Fit::Differs => another += 1,
            Fit::Unverifiable => unverifiable += 1,
            Fit::Same => {}
        }
    }
    (another, unverifiable)
}

/// Which notifications of a written type a rewrite gives the new value.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Carry {
    /// Those whose every key fitted the integration's previous value.
    Matching,
    /// Every one.
    All,
}

impl Carry {
    pub fn word(self) -> &'static str {
        match self {
            Carry::Matching => "matching",
            Carry::All => "all",
        }
    }

    pub fn from_word(word: &str) -> Option<Carry> {
        match word {
            "matching" => Some(Carry::Matching),
            "all" => Some(Carry::All),
            _ => None,
        }
    }
}

/// An integration just written, whose alert notifications follow it.
pub struct Written<'a> {
    pub ty: &'static IntegrationType,
    /// The integration as the server returned it before the write; `None`
    /// when the project had none of that type.
    pub previous: Option<&'a Map<String, Value>>,
    /// What was written.
    pub body: &'a RequestBody,
}

/// A notification as a report names it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NotificationRef {
    pub index: usize,
    pub id: Option<String>,
    pub type_name: String,
}

impl NotificationRef {
    fn of(n: &Notification) -> NotificationRef {
        NotificationRef {
            index: n.index,
            id: n.id.map(str::to_string),
            type_name: n.type_name.to_string(),
        }
    }
}

/// A field a rewrite changes, shown (secrets masked: the old value as the
/// server masked it, the new as omi masks it); `None` is unset.
#[derive(Debug, Clone)]
pub struct Change {
    pub notification: NotificationRef,
    pub field: String,
    pub from: Option<String>,
    pub to: Option<String>,
}

/// A masked value a rewrite would have to send back and cannot supply.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Missing {
    pub notification: NotificationRef,
    pub field: String,
}

/// What carrying the written integrations through one configuration
/// takes: the fields it changes, and the masked values no declared value
/// fits (the configuration is then not written). `Debug` shows neither
/// secret nor body.
pub struct Rewrite {
    pub config_id: String,
    pub changes: Vec<Change>,
    pub missing: Vec<Missing>,
    /// Notifications of a written type left alone because whether they
    /// held the previous value cannot be seen (`Carry::Matching`).
    pub unverified: Vec<NotificationRef>,
    wire: Option<Wire>,
}

impl fmt::Debug for Rewrite {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Rewrite")
            .field("config_id", &self.config_id)
            .field("changes", &self.changes)
            .field("missing", &self.missing)
            .field("unverified", &self.unverified)
            .finish()
    }
}

impl Rewrite {
    /// Whether anything would change.
    pub fn needed(&self) -> bool {
        !self.changes.is_empty()
    }

    /// Whether it would change something but cannot be written.
    pub fn left(&self) -> bool {
        self.needed() && !self.missing.is_empty()
    }

    /// The whole configuration to PUT, with every secret it holds: `None`
    /// when nothing changes or a masked value could not be supplied.
    pub fn wire(&self) -> Option<&Wire> {
        self.wire.as_ref()
    }
}

/// Whether a notification's keys fitted the previous integration.
fn fitted(fields: &[NotificationField], n: &Notification, previous: &Map<String, Value>) -> Fit {
    let mut fit = Fit::Same;
    for f in fields.iter().filter(|f| f.secrecy.is_secret()) {
        let mine = text(n.fields.get(f.copied.notification));
        let theirs = text(previous.get(f.copied.integration));
        match secret_fit(f, mine.as_deref(), theirs.as_deref()) {
            Fit::Differs => return Fit::Differs,
            Fit::Unverifiable => fit = Fit::Unverifiable,
            Fit::Same => {}
        }
    }
    fit
}

/// Whether a JSON value holds a string with a `*`: a value omi cannot
/// tell from a mask.
fn holds_star(v: &Value) -> bool {
    match v {
        Value::String(s) => s.contains('*'),
        Value::Array(items) => items.iter().any(holds_star),
        Value::Object(o) => o.values().any(holds_star),
        _ => false,
    }
}

/// What one rewrite builds up.
struct Builder<'a> {
    declared: &'a [&'a RequestBody],
    secrets: Vec<(Secret, String)>,
    changes: Vec<Change>,
    missing: Vec<Missing>,
}

impl Builder<'_> {
    /// Puts `secret` into `fields` at `name`, remembering it for the wire.
    fn put_secret(
        &mut self,
        fields: &mut Map<String, Value>,
        name: &str,
        secret: &Secret,
        f: &NotificationField,
    ) {
        self.secrets
            .push((secret.clone(), f.secrecy.mask(secret.expose())));
        fields.insert(name.to_string(), Value::String(secret.expose().to_string()));
    }

    /// A declared value of `type_name`'s integration field that fits the
    /// mask `masked`, if the run declares one.
    fn supply(&self, type_name: &str, f: &NotificationField, masked: &str) -> Option<Secret> {
        self.declared
            .iter()
            .filter(|b| b.ty().api == type_name)
            .find_map(|b| match b.get(f.copied.integration) {
                Some(FieldValue::Secret(s)) if mask::compare(s.expose(), masked) == Fit::Same => {
                    Some(s.clone())
                }
                _ => None,
            })
    }
}

/// The configuration `config` with each notification of a `written` type
/// given the written values: those whose keys fitted the previous value
/// (`Carry::Matching`; one whose fit cannot be seen is left alone and
/// named in `unverified`), or all of them (`Carry::All`). A chosen
/// notification's secret fields become the written ones (a field the
/// written body leaves out is removed, as re-adding the notification
/// would); a field that is no secret follows only where it held the
/// previous integration's value (an alert's own channel stays).
///
/// Every other value of every notification is sent back as read, except
/// a masked one: a secret field with a `*` takes a value of `declared`
/// (the run's bodies for this project) whose mask fits, and any other
/// string with a `*` is taken for a mask no value can be known for. What
/// cannot be supplied is `missing`, and then nothing is to be written.
/// The rest of the configuration (matchers, thresholds, intervals, the
/// read-only fields) is sent back exactly as read.
pub fn rewrite(
    config: &AlertConfig,
    written: &[Written],
    carry: Carry,
    declared: &[&RequestBody],
) -> Rewrite {
    let mut b = Builder {
        declared,
        secrets: Vec::new(),
        changes: Vec::new(),
        missing: Vec::new(),
    };
    let mut unverified = Vec::new();
    let mut notifications: Vec<Value> = notifications_of(&config.raw).to_vec();
    for n in config.notifications() {
        let nref = NotificationRef::of(&n);
        let table = notification_fields(n.type_name).unwrap_or_default();
        let mut fields = n.fields.clone();
        let mut handled: Vec<&str> = Vec::new();
        let target = written.iter().find(|w| w.ty.api == n.type_name);
        let chosen = match (target, carry) {
            (None, _) => false,
            (Some(_), Carry::All) => true,
            (Some(w), Carry::Matching) => match w.previous.map(|p| fitted(&table, &n, p)) {
                Some(Fit::Same) => true,
                Some(Fit::Unverifiable) => {
                    unverified.push(nref.clone());
                    false
                }
                Some(Fit::Differs) | None => false,
            },
        };
        if let (true, Some(w)) = (chosen, target) {
            for f in &table {
                let name = f.copied.notification;
                handled.push(name);
                let current = text(n.fields.get(name));
                let new = w.body.get(f.copied.integration);
                if f.secrecy.is_secret() {
                    let new = match new {
                        Some(FieldValue::Secret(s)) => Some(s.clone()),
                        Some(FieldValue::Plain(Value::String(s))) => Some(Secret::new(s.as_str())),
                        _ => None,
                    };
                    let same = matches!((&new, &current), (Some(s), Some(c)) if s.expose() == c)
                        || (new.is_none() && current.is_none());
                    if !same {
                        b.changes.push(Change {
                            notification: nref.clone(),
                            field: name.to_string(),
                            from: current.as_deref().map(|c| shown_key(f, c)),
                            to: new.as_ref().map(|s| f.secrecy.mask(s.expose())),
                        });
                    }
                    match &new {
                        Some(s) => b.put_secret(&mut fields, name, s, f),
                        None => {
                            fields.remove(name);
                        }
                    }
                } else if let Some(FieldValue::Plain(v)) =
                    new.filter(|v| !matches!(v, FieldValue::Plain(Value::Null)))
                {
                    let previous = w.previous.and_then(|p| text(p.get(f.copied.integration)));
                    let copied = w.previous.is_some() && current == previous;
                    if copied && current != text(Some(v)) {
                        b.changes.push(Change {
                            notification: nref.clone(),
                            field: name.to_string(),
                            from: current.clone(),
                            to: text(Some(v)),
                        });
                        fields.insert(name.to_string(), v.clone());
                    }
                }
            }
        }
        // What is sent back as read: never a mask.
        for (name, value) in n.fields {
            if handled.contains(&name.as_str()) {
                continue;
            }
            match table.iter().find(|f| f.copied.notification == name) {
                // A field that is no secret comes back as sent.
                Some(f) if !f.secrecy.is_secret() => {}
                Some(f) => match value.as_str() {
                    Some(masked) if masked.contains('*') => {
                        match b.supply(n.type_name, f, masked) {
                            Some(s) => b.put_secret(&mut fields, name, &s, f),
                            None => b.missing.push(Missing {
                                notification: nref.clone(),
                                field: name.clone(),
                            }),
                        }
                    }
                    // In clear: sent back as read, and scrubbed from
                    // whatever the server answers.
                    Some(clear) if !clear.is_empty() => {
                        b.secrets.push((Secret::new(clear), f.secrecy.mask(clear)));
                    }
                    _ => {}
                },
                None if holds_star(value) => b.missing.push(Missing {
                    notification: nref.clone(),
                    field: name.clone(),
                }),
                None => {}
            }
        }
        notifications[n.index] = Value::Object(fields);
    }
    let wire = (!b.changes.is_empty() && b.missing.is_empty()).then(|| {
        let mut body = config.raw.clone();
        body.insert("notifications".into(), Value::Array(notifications));
        Wire {
            bytes: serde_json::to_vec(&Value::Object(body)).unwrap_or_default(),
            secrets: b.secrets,
        }
    });
    Rewrite {
        config_id: config.id.clone(),
        changes: b.changes,
        missing: b.missing,
        unverified,
        wire,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::api::types::find;
    use serde_json::json;

    const CONFIG: &str = "5e2211c17a3e5a48f5497d01";
    const PD_ID: &str = "5e2211c17a3e5a48f5497d02";
    const SLACK_ID: &str = "5e2211c17a3e5a48f5497d03";

    fn obj(v: Value) -> Map<String, Value> {
        v.as_object().unwrap().clone()
    }

    fn config(notifications: Value) -> AlertConfig {
        config_of(obj(json!({
            "id": CONFIG, "groupId": "5e2211c17a3e5a48f5497de3",
            "eventTypeName": "HOST_DOWN", "enabled": true,
            "created": "2024-01-01T00:00:00Z", "updated": "2024-01-02T00:00:00Z",
            "matchers": [{"fieldName": "HOSTNAME", "operator": "CONTAINS", "value": "prod*"}],
            "threshold": {"operator": "GREATER_THAN", "threshold": 1, "units": "RAW"},
            "notifications": notifications,
        })))
        .unwrap()
    }

    fn body(api: &str, fields: Value) -> RequestBody {
        RequestBody::from_json(find(api).unwrap(), obj(fields))
    }

    fn sent(r: &Rewrite) -> Value {
        serde_json::from_slice(&r.wire().expect("a body to send").bytes).unwrap()
    }

    #[test]
    fn configurations_are_read_strictly() {
        let c = config(
            json!([{"typeName": "EMAIL", "emailAddress": "a@example.com"},
                              {"typeName": "PAGER_DUTY", "id": PD_ID, "serviceKey": "****7890"},
                              {"typeName": "SLACK", "id": "../x"}]),
        );
        assert_eq!(c.event_type.as_deref(), Some("HOST_DOWN"));
        let ns: Vec<_> = c
            .notifications()
            .map(|n| (n.index, n.type_name, n.id))
            .collect();
        assert_eq!(
            ns,
            [
                (0, "EMAIL", None),
                (1, "PAGER_DUTY", Some(PD_ID)),
                (2, "SLACK", None)
            ]
        );
        assert_eq!(format!("{c:?}"), format!("AlertConfig({CONFIG})"));
        for bad in [
            json!({"id": "../../x", "notifications": []}),
            json!({"notifications": []}),
            json!({"id": CONFIG, "notifications": {}}),
            json!({"id": CONFIG, "notifications": [{"serviceKey": "x"}]}),
            json!({"id": CONFIG, "notifications": [5]}),
        ] {
            assert!(config_of(obj(bad.clone())).is_err(), "{bad}");
        }
        let none = config_of(obj(json!({"id": CONFIG.to_uppercase()}))).unwrap();
        assert_eq!(
            (none.id.as_str(), none.notifications().count()),
            (CONFIG, 0)
        );
    }

    fn judged(n: Value, integration: Option<Value>) -> Judgement {
        let c = config(json!([n]));
        let n = c.notifications().next().unwrap();
        let integration = integration.map(obj);
        judge(&n, integration.as_ref()).expect("a third-party notification")
    }

    #[test]
    fn states_against_the_integration() {
        let pd = |key: &str| json!({"typeName": "PAGER_DUTY", "serviceKey": key});
        let int =
            |key: &str| Some(json!({"type": "PAGER_DUTY", "serviceKey": key, "region": "US"}));
        let j = judged(pd("******7890"), int("******7890"));
        assert_eq!(
            (j.state, &j.keys[..]),
            (
                State::Current,
                &[("serviceKey", "******7890".to_string())][..]
            )
        );
        let j = judged(pd("******7890"), int("******1234"));
        assert_eq!((j.state, &j.stale[..]), (State::Stale, &["serviceKey"][..]));
        assert_eq!(
            judged(pd("******"), int("******7890")).state,
            State::Unverifiable
        );
        assert_eq!(
            judged(pd("******7890"), int("******")).state,
            State::Unverifiable
        );
        assert_eq!(
            judged(pd("******"), int("******")).state,
            State::Unverifiable,
            "two masks showing nothing are not equal"
        );
        assert_eq!(judged(pd("******7890"), None).state, State::NoIntegration);
        // No key at all beside one: another key.
        assert_eq!(
            judged(json!({"typeName": "PAGER_DUTY"}), int("****7890")).state,
            State::Stale
        );
        // A key that came without a mask is shown masked by omi.
        let j = judged(pd("pd-key-in-clear-7890"), int("****************7890"));
        assert_eq!(j.keys[0].1, "****************7890");
        assert_eq!(j.state, State::Current);
        assert!(judge(
            &config(json!([{"typeName": "EMAIL", "emailAddress": "x"}]))
                .notifications()
                .next()
                .unwrap(),
            None
        )
        .is_none());
    }

    #[test]
    fn fields_that_are_no_secret_are_shown_not_stale() {
        let slack = json!({"typeName": "SLACK", "apiToken": "******7890", "channelName": "#ops"});
        let j = judged(
            slack.clone(),
            Some(
                json!({"type": "SLACK", "apiToken": "******7890", "channelName": "#alerts", "teamName": "T"}),
            ),
        );
        assert_eq!(j.state, State::Current);
        assert_eq!(
            j.differs,
            [Difference {
                field: "channelName",
                notification: Some("#ops".into()),
                integration: Some("#alerts".into())
            }]
        );
        // "" is unset, as null is.
        let j = judged(
            json!({"typeName": "SLACK", "apiToken": "******7890", "channelName": ""}),
            Some(json!({"type": "SLACK", "apiToken": "******7890"})),
        );
        assert!(j.differs.is_empty(), "{:?}", j.differs);
        let og = judged(
            json!({"typeName": "OPS_GENIE", "opsGenieApiKey": "******1234", "opsGenieRegion": "EU"}),
            Some(json!({"type": "OPS_GENIE", "apiKey": "******9999", "region": "US"})),
        );
        assert_eq!((og.state, og.differs.len()), (State::Stale, 1));
        // Webhook: the URL and the secret both count.
        let wh = judged(
            json!({"typeName": "WEBHOOK", "webhookUrl": "https://h.example.com/****2101", "webhookSecret": "****0009"}),
            Some(json!({"type": "WEBHOOK", "url": "https://h.example.com/****2101"})),
        );
        assert_eq!(
            (wh.state, &wh.stale[..]),
            (State::Stale, &["webhookSecret"][..])
        );
    }

    #[test]
    fn counting_configurations_on_another_key() {
        let configs = vec![
            config(json!([{"typeName": "PAGER_DUTY", "serviceKey": "**************0001"}])),
            config(
                json!([{"typeName": "PAGER_DUTY", "serviceKey": "**************0002"},
                          {"typeName": "PAGER_DUTY", "serviceKey": "**************0001"}]),
            ),
            config(json!([{"typeName": "PAGER_DUTY", "serviceKey": "******"}])),
            config(json!([{"typeName": "EMAIL", "emailAddress": "a@example.com"}])),
        ];
        let new = body("PAGER_DUTY", json!({"serviceKey": "pd-key-secret-0001"}));
        assert_eq!(
            holding_another_key(&configs, find("PAGER_DUTY").unwrap(), &new),
            (1, 1)
        );
    }

    const OLD: &str = "**************0001";
    const NEW_KEY: &str = "pd-key-rotated-0002";

    fn pd_written<'a>(previous: &'a Map<String, Value>, new: &'a RequestBody) -> Written<'a> {
        Written {
            ty: find("PAGER_DUTY").unwrap(),
            previous: Some(previous),
            body: new,
        }
    }

    #[test]
    fn a_rotation_rewrites_what_fitted_and_sends_the_rest_as_read() {
        let c = config(json!([
            {"typeName": "PAGER_DUTY", "id": PD_ID, "serviceKey": OLD, "intervalMin": 5, "delayMin": 0},
            {"typeName": "EMAIL", "emailAddress": "ops@example.com", "intervalMin": 60, "delayMin": 0},
        ]));
        let previous = obj(json!({"type": "PAGER_DUTY", "serviceKey": OLD, "region": "US"}));
        let new = body("PAGER_DUTY", json!({"serviceKey": NEW_KEY}));
        let r = rewrite(&c, &[pd_written(&previous, &new)], Carry::Matching, &[&new]);
        assert!(r.needed() && !r.left(), "{r:?}");
        assert_eq!(r.changes.len(), 1);
        assert_eq!(
            (r.changes[0].field.as_str(), r.changes[0].from.as_deref()),
            ("serviceKey", Some(OLD))
        );
        assert_eq!(r.changes[0].to.as_deref(), Some("***************0002"));
        let sent = sent(&r);
        // Field by field: everything but the key exactly as read.
        let read = Value::Object(c.raw().clone());
        for (k, v) in read.as_object().unwrap() {
            if k != "notifications" {
                assert_eq!(&sent[k], v, "{k}");
            }
        }
        assert_eq!(sent["notifications"][1], read["notifications"][1]);
        let mut pd = read["notifications"][0].clone();
        pd["serviceKey"] = json!(NEW_KEY);
        assert_eq!(sent["notifications"][0], pd);
        let secrets: Vec<&str> = r
            .wire()
            .unwrap()
            .secrets
            .iter()
            .map(|(s, _)| s.expose())
            .collect();
        assert_eq!(secrets, [NEW_KEY]);
        assert!(!format!("{r:?}").contains("rotated"));
    }

    #[test]
    fn matching_leaves_other_keys_and_what_cannot_be_seen() {
        let c = config(json!([
            {"typeName": "PAGER_DUTY", "serviceKey": "**************9999"},
            {"typeName": "PAGER_DUTY", "serviceKey": "******"},
        ]));
        let previous = obj(json!({"type": "PAGER_DUTY", "serviceKey": OLD}));
        let new = body("PAGER_DUTY", json!({"serviceKey": NEW_KEY}));
        let r = rewrite(&c, &[pd_written(&previous, &new)], Carry::Matching, &[&new]);
        assert!(!r.needed(), "{r:?}");
        assert_eq!(r.unverified.len(), 1);
        assert_eq!(r.unverified[0].index, 1);
        // No previous integration: nothing fitted it.
        let w = Written {
            ty: find("PAGER_DUTY").unwrap(),
            previous: None,
            body: &new,
        };
        assert!(!rewrite(&c, &[w], Carry::Matching, &[&new]).needed());
        // --alerts=all: every one; the mask that shows nothing is replaced,
        // so nothing needs supplying.
        let w = Written {
            ty: find("PAGER_DUTY").unwrap(),
            previous: None,
            body: &new,
        };
        let r = rewrite(&c, &[w], Carry::All, &[&new]);
        assert!(r.needed() && !r.left(), "{r:?}");
        let sent = sent(&r);
        assert_eq!(sent["notifications"][0]["serviceKey"], NEW_KEY);
        assert_eq!(sent["notifications"][1]["serviceKey"], NEW_KEY);
    }

    #[test]
    fn other_secrets_are_supplied_from_what_the_run_declares_or_the_config_is_left() {
        let notifications = json!([
            {"typeName": "PAGER_DUTY", "serviceKey": OLD},
            {"typeName": "SLACK", "id": SLACK_ID, "apiToken": "******************0002", "channelName": "#ops"},
        ]);
        let c = config(notifications);
        let previous = obj(json!({"type": "PAGER_DUTY", "serviceKey": OLD}));
        let new = body("PAGER_DUTY", json!({"serviceKey": NEW_KEY}));
        // Not declared: left, naming the notification and field.
        let r = rewrite(&c, &[pd_written(&previous, &new)], Carry::Matching, &[&new]);
        assert!(r.left() && r.wire().is_none(), "{r:?}");
        assert_eq!(
            r.missing,
            [Missing {
                notification: NotificationRef {
                    index: 1,
                    id: Some(SLACK_ID.into()),
                    type_name: "SLACK".into()
                },
                field: "apiToken".into()
            }]
        );
        // Declared with a token whose mask does not fit: still left.
        let other = body(
            "SLACK",
            json!({"apiToken": "xoxb-another-token-9999", "teamName": "T"}),
        );
        assert!(rewrite(
            &c,
            &[pd_written(&previous, &new)],
            Carry::Matching,
            &[&new, &other]
        )
        .left());
        // Declared with one that fits: supplied, the channel as read.
        let slack = body(
            "SLACK",
            json!({"apiToken": "xoxb-token-secret-0002", "teamName": "T"}),
        );
        let r = rewrite(
            &c,
            &[pd_written(&previous, &new)],
            Carry::Matching,
            &[&new, &slack],
        );
        assert!(!r.left(), "{r:?}");
        let sent = sent(&r);
        assert_eq!(
            sent["notifications"][1]["apiToken"],
            "xoxb-token-secret-0002"
        );
        assert_eq!(sent["notifications"][1]["channelName"], "#ops");
        assert_eq!(r.wire().unwrap().secrets.len(), 2);
        // A mask showing nothing fits no declared value.
        let c = config(json!([{"typeName": "PAGER_DUTY", "serviceKey": OLD},
                              {"typeName": "SLACK", "apiToken": "******"}]));
        assert!(rewrite(
            &c,
            &[pd_written(&previous, &new)],
            Carry::Matching,
            &[&new, &slack]
        )
        .left());
    }

    #[test]
    fn anything_that_may_be_a_mask_is_never_sent_back() {
        let previous = obj(json!({"type": "PAGER_DUTY", "serviceKey": OLD}));
        let new = body("PAGER_DUTY", json!({"serviceKey": NEW_KEY}));
        for (odd, field) in [
            (
                json!({"typeName": "EMAIL", "emailAddress": "o***@example.com"}),
                "emailAddress",
            ),
            (
                json!({"typeName": "SOMETHING_NEW", "token": "****abcd"}),
                "token",
            ),
            (
                json!({"typeName": "PAGER_DUTY", "serviceKey": "**************9999", "integrationKey": {"v": ["x**"]}}),
                "integrationKey",
            ),
            (
                json!({"typeName": "WEBHOOK", "webhookUrl": "https://h.example.com/****", "webhookSecret": "x"}),
                "webhookUrl",
            ),
        ] {
            let c = config(json!([{"typeName": "PAGER_DUTY", "serviceKey": OLD}, odd]));
            let r = rewrite(&c, &[pd_written(&previous, &new)], Carry::Matching, &[&new]);
            assert!(r.left(), "{r:?}");
            assert_eq!(r.missing[0].field, field);
        }
        // A field that is no secret keeps its star: it comes back as sent.
        let c = config(json!([{"typeName": "PAGER_DUTY", "serviceKey": OLD},
                              {"typeName": "SLACK", "apiToken": "in-clear-token", "channelName": "#a*b"}]));
        let r = rewrite(&c, &[pd_written(&previous, &new)], Carry::Matching, &[&new]);
        assert!(!r.left(), "{r:?}");
        assert_eq!(sent(&r)["notifications"][1]["channelName"], "#a*b");
        // The clear token is sent back as read, and marked as a secret.
        assert!(r
            .wire()
            .unwrap()
            .secrets
            .iter()
            .any(|(s, _)| s.expose() == "in-clear-token"));
    }

    #[test]
    fn fields_that_are_no_secret_follow_only_where_they_were_copied() {
        let og = find("OPS_GENIE").unwrap();
        let previous = obj(json!({"type": "OPS_GENIE", "apiKey": "******0001", "region": "US"}));
        let new = body(
            "OPS_GENIE",
            json!({"apiKey": "og-new-0002", "region": "EU"}),
        );
        let c = config(json!([
            {"typeName": "OPS_GENIE", "opsGenieApiKey": "******0001", "opsGenieRegion": "US"},
            {"typeName": "OPS_GENIE", "opsGenieApiKey": "******0001", "opsGenieRegion": "EU"},
        ]));
        let w = Written {
            ty: og,
            previous: Some(&previous),
            body: &new,
        };
        let r = rewrite(&c, &[w], Carry::Matching, &[&new]);
        let sent = sent(&r);
        assert_eq!(sent["notifications"][0]["opsGenieRegion"], "EU");
        assert_eq!(sent["notifications"][1]["opsGenieRegion"], "EU");
        let fields: Vec<(usize, &str)> = r
            .changes
            .iter()
            .map(|c| (c.notification.index, c.field.as_str()))
            .collect();
        assert_eq!(
            fields,
            [
                (0, "opsGenieApiKey"),
                (0, "opsGenieRegion"),
                (1, "opsGenieApiKey")
            ]
        );
        // A Slack channel of the alert's own stays.
        let slack = find("SLACK").unwrap();
        let previous =
            obj(json!({"type": "SLACK", "apiToken": "******0001", "channelName": "#alerts"}));
        let new = body(
            "SLACK",
            json!({"apiToken": "xoxb-new-0002", "teamName": "T", "channelName": "#new"}),
        );
        let c =
            config(json!([{"typeName": "SLACK", "apiToken": "******0001", "channelName": "#ops"}]));
        let r = rewrite(
            &c,
            &[Written {
                ty: slack,
                previous: Some(&previous),
                body: &new,
            }],
            Carry::Matching,
            &[&new],
        );
        assert_eq!(sent_of(&r)["notifications"][0]["channelName"], "#ops");
        // A secret the written body leaves out is removed, as re-adding
        // the notification would.
        let wh = find("WEBHOOK").unwrap();
        let previous = obj(
            json!({"type": "WEBHOOK", "url": "https://h.example.com/****0001", "secret": "****0009"}),
        );
        let new = body("WEBHOOK", json!({"url": "https://h.example.com/x/0002"}));
        let c = config(
            json!([{"typeName": "WEBHOOK", "webhookUrl": "https://h.example.com/****0001", "webhookSecret": "****0009"}]),
        );
        let r = rewrite(
            &c,
            &[Written {
                ty: wh,
                previous: Some(&previous),
                body: &new,
            }],
            Carry::Matching,
            &[&new],
        );
        let n = &sent_of(&r)["notifications"][0];
        assert_eq!(
            (n["webhookUrl"].as_str(), n.get("webhookSecret")),
            (Some("https://h.example.com/x/0002"), None)
        );
    }

    fn sent_of(r: &Rewrite) -> Value {
        sent(r)
    }

    #[test]
    fn an_unchanged_key_is_no_change() {
        let c = config(
            json!([{"typeName": "VICTOR_OPS", "victorOpsApiKey": "******0001", "victorOpsRoutingKey": "ops"}]),
        );
        let previous =
            obj(json!({"type": "VICTOR_OPS", "apiKey": "******0001", "routingKey": "ops"}));
        let new = body(
            "VICTOR_OPS",
            json!({"apiKey": "vo-new-key-0002", "routingKey": "ops"}),
        );
        let w = Written {
            ty: find("VICTOR_OPS").unwrap(),
            previous: Some(&previous),
            body: &new,
        };
        let r = rewrite(&c, &[w], Carry::Matching, &[&new]);
        // The routing key came in clear and stays: only the API key changes.
        let fields: Vec<&str> = r.changes.iter().map(|c| c.field.as_str()).collect();
        assert_eq!(fields, ["victorOpsApiKey"]);
        // Nothing of the written type: nothing to do.
        let c = config(json!([{"typeName": "EMAIL", "emailAddress": "a@example.com"}]));
        let w = Written {
            ty: find("VICTOR_OPS").unwrap(),
            previous: Some(&previous),
            body: &new,
        };
        let r = rewrite(&c, &[w], Carry::All, &[&new]);
        assert!(!r.needed() && r.wire().is_none());
    }
}
