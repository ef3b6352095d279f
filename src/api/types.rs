//! The one table of integration types and their fields.
//!
//! Everything omi and omi-sandbox know about the ten Ops Manager integration
//! types lives here, as data: the API and command-line names, each field's
//! JSON name, flag, help text, value kind, whether it is required, how it is
//! redacted, and cross-field rules; and the lookups by name. The client
//! derives its flags, help, validation, request bodies, masking, completions
//! and man page from it; the sandbox derives its request validation and
//! response redaction from it. An eleventh type is one more entry in
//! [`TYPES`]. The words the table is written in (kinds, secrecy, how
//! servers return a field) are [`super::secrecy`]; the checks a body must
//! pass are [`super::validate`].
//!
//! Source: the Ops Manager reference page, and what is known of MongoDB's
//! real servers (recorded Atlas traffic of the same API): how each field is
//! returned ([`Returned`]), and the defaults and nulls servers add
//! ([`IntegrationType::server_defaults`], [`IntegrationType::server_nulls`]).

use super::secrecy::{Kind, Returned, Secrecy, ServerValue};
use serde_json::{Map, Value};

/// One attribute of an integration's request body.
#[derive(Debug, Clone, Copy)]
pub struct Field {
    /// Name in the JSON body, e.g. `microsoftTeamsWebhookUrl`.
    pub json: &'static str,
    /// Long flag without dashes, e.g. `webhook-url`.
    pub flag: &'static str,
    pub help: &'static str,
    pub kind: Kind,
    pub required: bool,
    pub secrecy: Secrecy,
    /// Sent when the user gives no value (Opsgenie's region is always sent).
    pub default: Option<&'static str>,
    /// Returned as `""` when never set, rather than left out (Slack's
    /// `channelName`, per the API docs).
    pub empty_when_unset: bool,
    /// How real servers return it (see [`Returned`]).
    pub returned: Returned,
    /// A label, not a credential (VictorOps `routingKey`, which routes
    /// alerts to a team): omi still hides it wherever it prints it
    /// ([`Self::secrecy`]), but `omi export` writes it literally when a
    /// server returns it in clear, as real servers do. A secret field that
    /// is no label is never written into a file, whatever a server
    /// returned.
    pub label: bool,
}

/// A field that becomes required when another field has a given value.
#[derive(Debug, Clone, Copy)]
pub struct RequiredWhen {
    pub field: &'static str,
    pub when: &'static str,
    pub equals: &'static str,
}

/// When a warning from the reference page applies to a request.
#[derive(Debug, Clone, Copy)]
pub enum CautionWhen {
    /// Creating the integration (POST).
    Creating,
    /// Replacing it, or creating it if absent (PUT).
    Replacing,
    /// A field has this value.
    FieldIs(&'static str, &'static str),
    /// A field holds a path that is not absolute.
    RelativePath(&'static str),
}

/// A one-line warning printed on stderr where the reference page's advice
/// bites (help text carries the same advice in `notes`).
#[derive(Debug, Clone, Copy)]
pub struct Caution {
    pub when: CautionWhen,
    pub text: &'static str,
}

/// One third-party service.
#[derive(Debug)]
pub struct IntegrationType {
    /// The API's name, in paths and in the body's `type`: `PAGER_DUTY`.
    pub api: &'static str,
    /// The command-line name: `pager-duty`.
    pub cli: &'static str,
    /// The service's own spelling: `PagerDuty`.
    pub title: &'static str,
    /// What the reference page tells users about this type.
    pub notes: &'static [&'static str],
    pub fields: &'static [Field],
    pub rules: &'static [RequiredWhen],
    pub cautions: &'static [Caution],
    /// Fields real servers return with this value when the integration
    /// does not hold them (recorded; most are not in `fields`, so requests
    /// may not set them).
    pub server_defaults: &'static [(&'static str, ServerValue)],
    /// Fields real servers return as `null` when never set (recorded).
    pub server_nulls: &'static [&'static str],
    /// What an alert notification of this type copies from the
    /// integration when it is added (its `typeName` is [`Self::api`]);
    /// empty when the type has no notification (Prometheus, New Relic).
    pub notification: &'static [Copied],
}

/// A field of an alert notification and the integration field Ops Manager
/// copied into it when the notification was added: from then on the
/// notification holds its own copy.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Copied {
    /// Its name in the notification: `serviceKey`, `datadogApiKey`.
    pub notification: &'static str,
    /// The integration field it copies: `serviceKey`, `apiKey`.
    pub integration: &'static str,
}

const fn copied(notification: &'static str, integration: &'static str) -> Copied {
    Copied {
        notification,
        integration,
    }
}

const fn field(json: &'static str, flag: &'static str, help: &'static str) -> Field {
    Field {
        json,
        flag,
        help,
        kind: Kind::Text,
        required: true,
        secrecy: Secrecy::Public,
        default: None,
        empty_when_unset: false,
        returned: Returned::Clear,
        label: false,
    }
}

const fn token(json: &'static str, flag: &'static str, help: &'static str) -> Field {
    Field {
        secrecy: Secrecy::LastFour,
        returned: Returned::LastFour,
        ..field(json, flag, help)
    }
}

const fn optional(f: Field) -> Field {
    Field {
        required: false,
        ..f
    }
}

const REDACTED_NOTE: &str =
    "Keys and tokens come back partially redacted: what get/list show cannot be fed back.";

pub static TYPES: &[IntegrationType] = &[
    IntegrationType {
        api: "PAGER_DUTY",
        cli: "pager-duty",
        title: "PagerDuty",
        notes: &["New PagerDuty keys use Events API v2; v1 keys still work."],
        fields: &[token("serviceKey", "service-key", "PagerDuty integration key")],
        rules: &[],
        cautions: &[Caution {
            when: CautionWhen::Replacing,
            text: "Changing the integration key does not change alerts that already use this integration: they keep the previous key until their notifications are removed and re-added.",
        }],
        server_defaults: &[("region", ServerValue::Text("US"))],
        server_nulls: &[],
        notification: &[copied("serviceKey", "serviceKey")],
    },
    IntegrationType {
        api: "SLACK",
        cli: "slack",
        title: "Slack",
        notes: &["Legacy Slack tokens are being retired."],
        fields: &[
            token("apiToken", "api-token", "Slack API token"),
            field("teamName", "team-name", "Slack team name"),
            Field {
                empty_when_unset: true,
                ..optional(field(
                    "channelName",
                    "channel-name",
                    "Slack channel to post to",
                ))
            },
        ],
        rules: &[],
        cautions: &[Caution {
            when: CautionWhen::Creating,
            text: "New Slack integrations use OAuth2 and must first be configured in the Ops Manager UI; the API reconfigures an existing one.",
        }],
        server_defaults: &[],
        server_nulls: &[],
        notification: &[copied("apiToken", "apiToken"), copied("channelName", "channelName")],
    },
    IntegrationType {
        api: "DATADOG",
        cli: "datadog",
        title: "Datadog",
        notes: &[REDACTED_NOTE],
        fields: &[
            token("apiKey", "api-key", "Datadog API key"),
            // US1_FED is newer (servers were seen holding it); one that does
            // not know it refuses it with 400, and omi says so.
            optional(Field {
                kind: Kind::Enum(&["US", "EU", "US3", "US5", "AP1", "US1_FED"]),
                ..field("region", "region", "Datadog site region")
            }),
        ],
        rules: &[],
        cautions: &[],
        server_defaults: &[
            ("sendCollectionLatencyMetrics", ServerValue::Bool(false)),
            ("sendDatabaseMetrics", ServerValue::Bool(false)),
            ("sendQueryStatsMetrics", ServerValue::Bool(false)),
            ("sendUserProvidedResourceTags", ServerValue::Bool(false)),
        ],
        server_nulls: &["customEndpoint"],
        notification: &[copied("datadogApiKey", "apiKey"), copied("datadogRegion", "region")],
    },
    IntegrationType {
        api: "HIP_CHAT",
        cli: "hip-chat",
        title: "HipChat",
        notes: &[REDACTED_NOTE],
        fields: &[
            token("notificationToken", "notification-token", "HipChat notification token"),
            field("roomName", "room-name", "HipChat room name"),
        ],
        rules: &[],
        cautions: &[],
        server_defaults: &[],
        server_nulls: &[],
        notification: &[
            copied("notificationToken", "notificationToken"),
            copied("roomName", "roomName"),
        ],
    },
    IntegrationType {
        api: "OPS_GENIE",
        cli: "ops-genie",
        title: "Opsgenie",
        notes: &[],
        fields: &[
            token("apiKey", "api-key", "Opsgenie API key"),
            Field {
                kind: Kind::Enum(&["US", "EU"]),
                default: Some("US"),
                ..field("region", "region", "Opsgenie API region")
            },
        ],
        rules: &[],
        cautions: &[Caution {
            when: CautionWhen::FieldIs("region", "EU"),
            text: "Region EU only takes effect when the Ops Manager setting opsgenie.api.url is set.",
        }],
        server_defaults: &[("region", ServerValue::Text("US"))],
        server_nulls: &[],
        notification: &[copied("opsGenieApiKey", "apiKey"), copied("opsGenieRegion", "region")],
    },
    IntegrationType {
        api: "VICTOR_OPS",
        cli: "victor-ops",
        title: "VictorOps",
        notes: &[REDACTED_NOTE],
        fields: &[
            token("apiKey", "api-key", "VictorOps API key"),
            // A routing label, not a credential: real servers return it in
            // clear, and an export writes it so; omi masks it when printing.
            optional(Field {
                returned: Returned::Clear,
                label: true,
                ..token("routingKey", "routing-key", "VictorOps routing key")
            }),
        ],
        rules: &[],
        cautions: &[],
        server_defaults: &[],
        server_nulls: &[],
        notification: &[
            copied("victorOpsApiKey", "apiKey"),
            copied("victorOpsRoutingKey", "routingKey"),
        ],
    },
    IntegrationType {
        api: "WEBHOOK",
        cli: "webhook",
        title: "Webhook",
        notes: &["The URL and the secret come back masked; how much is shown differs between servers."],
        fields: &[
            Field {
                secrecy: Secrecy::UrlHost,
                returned: Returned::UrlPathLastFour,
                ..field("url", "url", "Webhook URL that receives alerts")
            },
            // Documented as completely redacted; recorded last-four masked.
            optional(Field {
                secrecy: Secrecy::Full,
                returned: Returned::LastFour,
                ..field("secret", "secret", "Secret used to sign webhook requests")
            }),
        ],
        rules: &[],
        cautions: &[],
        server_defaults: &[],
        server_nulls: &["bodyTemplate", "headersTemplate"],
        notification: &[copied("webhookUrl", "url"), copied("webhookSecret", "secret")],
    },
    IntegrationType {
        api: "MICROSOFT_TEAMS",
        cli: "microsoft-teams",
        title: "Microsoft Teams",
        notes: &["The webhook URL comes back partially redacted."],
        // Partially redacted; the exact form was never recorded.
        fields: &[Field {
            secrecy: Secrecy::UrlHost,
            returned: Returned::UrlHost,
            ..field(
                "microsoftTeamsWebhookUrl",
                "webhook-url",
                "Microsoft Teams incoming webhook URL",
            )
        }],
        rules: &[],
        cautions: &[],
        server_defaults: &[],
        server_nulls: &[],
        notification: &[copied("microsoftTeamsWebhookUrl", "microsoftTeamsWebhookUrl")],
    },
    IntegrationType {
        api: "PROMETHEUS",
        cli: "prometheus",
        title: "Prometheus",
        notes: &[
            "listenAddress is the host:port that Prometheus will scrape.",
            "Scheme https needs tlsPemPath.",
            "The password is never returned by the server.",
        ],
        fields: &[
            field("username", "username", "Prometheus username"),
            Field {
                secrecy: Secrecy::WriteOnly,
                returned: Returned::Omitted,
                ..field("password", "password", "Prometheus password")
            },
            field(
                "listenAddress",
                "listen-address",
                "host:port Prometheus will scrape",
            ),
            Field {
                kind: Kind::Enum(&["file", "http"]),
                ..field(
                    "serviceDiscovery",
                    "service-discovery",
                    "Service discovery method",
                )
            },
            Field {
                kind: Kind::Enum(&["http", "https"]),
                ..field("scheme", "scheme", "Protocol scheme Prometheus uses")
            },
            Field {
                kind: Kind::Bool,
                ..field("enabled", "enabled", "Whether Prometheus is enabled")
            },
            optional(field(
                "tlsPemPath",
                "tls-pem-path",
                "Absolute path to the PEM file on the Ops Manager host",
            )),
            optional(Field {
                secrecy: Secrecy::Full,
                returned: Returned::Full,
                ..field("tlsPemPassword", "tls-pem-password", "Password of the PEM file")
            }),
        ],
        rules: &[RequiredWhen {
            field: "tlsPemPath",
            when: "scheme",
            equals: "https",
        }],
        cautions: &[Caution {
            when: CautionWhen::RelativePath("tlsPemPath"),
            text: "tlsPemPath is a path on the Ops Manager host and should be absolute.",
        }],
        server_defaults: &[],
        server_nulls: &[],
        notification: &[],
    },
    IntegrationType {
        api: "NEW_RELIC",
        cli: "new-relic",
        title: "New Relic",
        notes: &[REDACTED_NOTE],
        fields: &[
            token("licenseKey", "license-key", "New Relic license key"),
            field("accountId", "account-id", "New Relic account id"),
            token("writeToken", "write-token", "New Relic insights write token"),
            token("readToken", "read-token", "New Relic insights read token"),
        ],
        rules: &[],
        cautions: &[],
        server_defaults: &[],
        server_nulls: &[],
        notification: &[],
    },
];

/// `[A-Z][A-Z_]*`, the form of the API's type names.
pub fn is_type_name(s: &str) -> bool {
    let mut bytes = s.bytes();
    bytes.next().is_some_and(|b| b.is_ascii_uppercase())
        && bytes.all(|b| b.is_ascii_uppercase() || b == b'_')
}

/// An integration type as a server names it: one omi has a table for, or
/// one it only passes through (an older server's `FLOWDOCK`): listed,
/// shown, deleted and pruned, but not created.
#[derive(Debug, Clone)]
pub enum TypeName {
    Known(&'static IntegrationType),
    Unknown(String),
}

impl PartialEq for TypeName {
    /// Types are the same when their API names are.
    fn eq(&self, other: &TypeName) -> bool {
        self.api() == other.api()
    }
}

impl TypeName {
    /// A type by any of its names; an API-style name (`[A-Z][A-Z_]*`) omi
    /// has no table for is `Unknown`. `None` for anything else.
    pub fn parse(name: &str) -> Option<TypeName> {
        if let Some(t) = find(name) {
            return Some(TypeName::Known(t));
        }
        is_type_name(name).then(|| TypeName::Unknown(name.to_string()))
    }

    /// The name in API paths and bodies.
    pub fn api(&self) -> &str {
        match self {
            TypeName::Known(t) => t.api,
            TypeName::Unknown(name) => name,
        }
    }

    /// How a person reads it: `PagerDuty`, or the API name.
    pub fn title(&self) -> &str {
        match self {
            TypeName::Known(t) => t.title,
            TypeName::Unknown(name) => name,
        }
    }

    pub fn known(&self) -> Option<&'static IntegrationType> {
        match self {
            TypeName::Known(t) => Some(t),
            TypeName::Unknown(_) => None,
        }
    }
}

/// A type by its exact API name, as servers write it in `type`.
pub fn by_api(api: &str) -> Option<&'static IntegrationType> {
    TYPES.iter().find(|t| t.api == api)
}

/// Looks a type up by its API name (`PAGER_DUTY`) or command-line name
/// (`pager-duty`), ignoring case.
pub fn find(name: &str) -> Option<&'static IntegrationType> {
    TYPES
        .iter()
        .find(|t| t.api.eq_ignore_ascii_case(name) || t.cli.eq_ignore_ascii_case(name))
}

/// The API names, comma-separated, for error messages.
pub fn api_names() -> String {
    TYPES.iter().map(|t| t.api).collect::<Vec<_>>().join(", ")
}

/// A notification type that copies an integration omi has no table for
/// (Ops Manager ≤ 5.0's `FLOWDOCK`): alerts may still hold one, so how
/// each of its fields is hidden is written here.
#[derive(Debug)]
pub struct OtherNotification {
    /// Its `typeName`, which is the integration's type name too.
    pub type_name: &'static str,
    pub fields: &'static [(Copied, Secrecy, Returned)],
}

pub static OTHER_NOTIFICATIONS: &[OtherNotification] = &[OtherNotification {
    type_name: "FLOWDOCK",
    fields: &[
        (
            copied("flowdockApiToken", "apiToken"),
            Secrecy::LastFour,
            Returned::LastFour,
        ),
        (
            copied("flowName", "flowName"),
            Secrecy::Public,
            Returned::Clear,
        ),
        (
            copied("orgName", "orgName"),
            Secrecy::Public,
            Returned::Clear,
        ),
    ],
}];

/// One field of a third-party notification, with the secrecy and returned
/// form of the integration field it copies.
#[derive(Debug, Clone, Copy)]
pub struct NotificationField {
    pub copied: Copied,
    pub kind: Kind,
    pub secrecy: Secrecy,
    pub returned: Returned,
}

/// The fields of the notification type `type_name` that copy an
/// integration's, as the integration's table (or [`OTHER_NOTIFICATIONS`])
/// says; `None` for a notification that copies no integration (`EMAIL`,
/// `SMS`, `GROUP`, `USER`, ...) and for a type without a notification.
pub fn notification_fields(type_name: &str) -> Option<Vec<NotificationField>> {
    if let Some(t) = by_api(type_name).filter(|t| !t.notification.is_empty()) {
        return Some(
            t.notification
                .iter()
                .filter_map(|c| {
                    let f = t.field(c.integration)?;
                    Some(NotificationField {
                        copied: *c,
                        kind: f.kind,
                        secrecy: f.secrecy,
                        returned: f.returned,
                    })
                })
                .collect(),
        );
    }
    let other = OTHER_NOTIFICATIONS
        .iter()
        .find(|o| o.type_name == type_name)?;
    Some(
        other
            .fields
            .iter()
            .map(|(c, secrecy, returned)| NotificationField {
                copied: *c,
                kind: Kind::Text,
                secrecy: *secrecy,
                returned: *returned,
            })
            .collect(),
    )
}

impl Field {
    /// How `omi export` writes a value a server returned for this field:
    /// literally, or (`false`) as a reference to a variable. A field that
    /// is no secret is written literally; so is a label returned in clear
    /// (no `*`). Any other secret never is, masked or not.
    pub fn exported_literally(&self, returned: &Value) -> bool {
        if !self.secrecy.is_secret() {
            return true;
        }
        self.label && returned.as_str().is_some_and(|s| !s.contains('*'))
    }

    /// Servers never return it (Prometheus `password`): what omi sends
    /// cannot be compared with anything.
    pub fn never_returned(&self) -> bool {
        self.returned == Returned::Omitted
    }

    /// An apply file (or an export) must give it: required, and without a
    /// default that omi fills in (Opsgenie's `region`).
    pub fn must_be_given(&self) -> bool {
        self.required && self.default.is_none()
    }
}

impl IntegrationType {
    /// The warnings that apply to sending `body` (a POST when `creating`,
    /// else a PUT).
    pub fn cautions_for(&self, creating: bool, body: &Map<String, Value>) -> Vec<&'static str> {
        let text = |field: &str| body.get(field).and_then(Value::as_str);
        self.cautions
            .iter()
            .filter(|c| match c.when {
                CautionWhen::Creating => creating,
                CautionWhen::Replacing => !creating,
                CautionWhen::FieldIs(f, v) => text(f) == Some(v),
                CautionWhen::RelativePath(f) => text(f).is_some_and(|p| !p.starts_with('/')),
            })
            .map(|c| c.text)
            .collect()
    }

    /// Everything the reference page tells users about this type, for help
    /// and the man page: the notes, then the cautions (which are also
    /// printed where they apply). Each text is written once in the table.
    pub fn advice(&self) -> impl Iterator<Item = &'static str> {
        self.notes
            .iter()
            .copied()
            .chain(self.cautions.iter().map(|c| c.text))
    }

    pub fn field(&self, json: &str) -> Option<&'static Field> {
        self.fields.iter().find(|f| f.json == json)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;
    use std::collections::HashSet;

    #[test]
    fn names_are_unique_and_consistent() {
        let mut api = HashSet::new();
        let mut cli = HashSet::new();
        for t in TYPES {
            assert!(api.insert(t.api), "{} twice", t.api);
            assert!(cli.insert(t.cli), "{} twice", t.cli);
            assert_eq!(t.cli.replace('-', "_").to_uppercase(), t.api);
            let mut flags = HashSet::new();
            for f in t.fields {
                assert!(flags.insert(f.flag), "{}: flag {} twice", t.api, f.flag);
                if let (Some(d), Kind::Enum(values)) = (f.default, f.kind) {
                    assert!(values.contains(&d));
                }
            }
            for r in t.rules {
                assert!(t.field(r.field).is_some() && t.field(r.when).is_some());
            }
        }
        assert_eq!(TYPES.len(), 10);
    }

    #[test]
    fn flags_are_kebab_case_of_json_names_except_teams_url() {
        for t in TYPES {
            for f in t.fields {
                let mut kebab = String::new();
                for c in f.json.chars() {
                    if c.is_ascii_uppercase() {
                        kebab.push('-');
                        kebab.push(c.to_ascii_lowercase());
                    } else {
                        kebab.push(c);
                    }
                }
                if f.json == "microsoftTeamsWebhookUrl" {
                    assert_eq!(f.flag, "webhook-url");
                } else {
                    assert_eq!(f.flag, kebab, "{}", f.json);
                }
            }
        }
    }

    #[test]
    fn cautions() {
        let pd = find("pager-duty").unwrap();
        let body = json!({"serviceKey": "k"});
        assert!(pd.cautions_for(true, body.as_object().unwrap()).is_empty());
        assert_eq!(pd.cautions_for(false, body.as_object().unwrap()).len(), 1);
        let og = find("ops-genie").unwrap();
        assert_eq!(
            og.cautions_for(true, json!({"region": "EU"}).as_object().unwrap())
                .len(),
            1
        );
        assert!(og
            .cautions_for(true, json!({"region": "US"}).as_object().unwrap())
            .is_empty());
        let prom = find("prometheus").unwrap();
        let rel = json!({"tlsPemPath": "certs/p.pem"});
        let abs = json!({"tlsPemPath": "/etc/p.pem"});
        assert_eq!(prom.cautions_for(false, rel.as_object().unwrap()).len(), 1);
        assert!(prom
            .cautions_for(false, abs.as_object().unwrap())
            .is_empty());
    }

    #[test]
    fn returned_forms_follow_the_recordings() {
        for t in TYPES {
            for f in t.fields {
                // A secret real servers return in clear is a label.
                assert_eq!(
                    f.returned == Returned::Clear,
                    !f.secrecy.is_secret() || f.label,
                    "{}.{}",
                    t.api,
                    f.json
                );
            }
            for name in t.server_nulls {
                assert!(t.field(name).is_none(), "{}.{name}", t.api);
            }
        }
        let webhook = find("webhook").unwrap();
        let url = webhook.field("url").unwrap().returned;
        let secret = webhook.field("secret").unwrap().returned;
        assert_eq!(
            url.apply("https://example.com/51c0ef87e9951c3e147accf0e12101")
                .unwrap(),
            "https://example.com/****2101"
        );
        assert_eq!(
            url.apply("https://example.com/abc").unwrap(),
            "https://example.com/****"
        );
        assert_eq!(url.apply("not a url").unwrap(), "******");
        assert_eq!(
            secret.apply("51c0ef87e9951c3e147accf0e12101").unwrap(),
            "**************************2101"
        );
        assert_eq!(Returned::Omitted.apply("pw"), None);
    }

    /// Written by hand: the fields export may write in clear though omi
    /// masks them when printing.
    #[test]
    fn the_only_label_is_the_victor_ops_routing_key() {
        let labels: Vec<(&str, &str)> = TYPES
            .iter()
            .flat_map(|t| t.fields.iter().map(move |f| (t, f)))
            .filter(|(_, f)| f.label)
            .map(|(t, f)| (t.api, f.json))
            .collect();
        assert_eq!(labels, [("VICTOR_OPS", "routingKey")]);
        let vo = find("victor-ops").unwrap();
        let routing = vo.field("routingKey").unwrap();
        assert!(routing.secrecy.is_secret(), "still masked when printed");
        assert!(routing.exported_literally(&json!("ops-team")));
        assert!(!routing.exported_literally(&json!("*******4444")));
        let key = vo.field("apiKey").unwrap();
        assert!(!key.exported_literally(&json!("vo-key-in-clear")));
        let region = find("datadog").unwrap().field("region").unwrap();
        assert!(region.exported_literally(&json!("E*U")));
    }

    #[test]
    fn type_names_known_and_passed_through() {
        assert_eq!(TypeName::parse("slack").unwrap().api(), "SLACK");
        assert_eq!(
            TypeName::parse("FLOWDOCK"),
            Some(TypeName::Unknown("FLOWDOCK".into()))
        );
        for bad in ["flowdock", "FLOW-DOCK", "_X", "../X", ""] {
            assert!(TypeName::parse(bad).is_none(), "{bad}");
        }
    }

    #[test]
    fn write_only_is_never_returned_and_the_reverse() {
        for t in TYPES {
            for f in t.fields {
                assert_eq!(
                    f.secrecy == Secrecy::WriteOnly,
                    f.never_returned(),
                    "{}.{}",
                    t.api,
                    f.json
                );
            }
        }
    }

    #[test]
    fn find_accepts_both_spellings() {
        assert_eq!(find("PAGER_DUTY").unwrap().cli, "pager-duty");
        assert_eq!(find("pager-duty").unwrap().api, "PAGER_DUTY");
        assert_eq!(find("Microsoft-Teams").unwrap().api, "MICROSOFT_TEAMS");
        assert!(find("pagerduty").is_none());
    }

    /// Written by hand from the reference pages (the alert configuration
    /// notification fields), not from the table.
    #[test]
    fn notifications_copy_these_integration_fields() {
        let expected: &[(&str, &[(&str, &str)])] = &[
            ("PAGER_DUTY", &[("serviceKey", "serviceKey")]),
            (
                "SLACK",
                &[("apiToken", "apiToken"), ("channelName", "channelName")],
            ),
            (
                "DATADOG",
                &[("datadogApiKey", "apiKey"), ("datadogRegion", "region")],
            ),
            (
                "OPS_GENIE",
                &[("opsGenieApiKey", "apiKey"), ("opsGenieRegion", "region")],
            ),
            (
                "VICTOR_OPS",
                &[
                    ("victorOpsApiKey", "apiKey"),
                    ("victorOpsRoutingKey", "routingKey"),
                ],
            ),
            (
                "WEBHOOK",
                &[("webhookUrl", "url"), ("webhookSecret", "secret")],
            ),
            (
                "MICROSOFT_TEAMS",
                &[("microsoftTeamsWebhookUrl", "microsoftTeamsWebhookUrl")],
            ),
            (
                "HIP_CHAT",
                &[
                    ("notificationToken", "notificationToken"),
                    ("roomName", "roomName"),
                ],
            ),
            (
                "FLOWDOCK",
                &[
                    ("flowdockApiToken", "apiToken"),
                    ("flowName", "flowName"),
                    ("orgName", "orgName"),
                ],
            ),
        ];
        for (type_name, pairs) in expected {
            let fields = notification_fields(type_name).unwrap_or_else(|| panic!("{type_name}"));
            let got: Vec<(&str, &str)> = fields
                .iter()
                .map(|f| (f.copied.notification, f.copied.integration))
                .collect();
            assert_eq!(&got[..], *pairs, "{type_name}");
        }
        for none in [
            "PROMETHEUS",
            "NEW_RELIC",
            "EMAIL",
            "SMS",
            "GROUP",
            "ORG",
            "USER",
            "TEAM",
        ] {
            assert!(notification_fields(none).is_none(), "{none}");
        }
        // Secrecy as for the integration field.
        let pd = notification_fields("PAGER_DUTY").unwrap();
        assert_eq!(pd[0].secrecy, Secrecy::LastFour);
        let slack = notification_fields("SLACK").unwrap();
        assert_eq!(slack[1].secrecy, Secrecy::Public);
        let webhook = notification_fields("WEBHOOK").unwrap();
        assert_eq!(
            (webhook[0].secrecy, webhook[1].secrecy),
            (Secrecy::UrlHost, Secrecy::Full)
        );
        assert_eq!(
            notification_fields("FLOWDOCK").unwrap()[0].secrecy,
            Secrecy::LastFour
        );
        // Every copied field is a field of its type.
        for t in TYPES {
            for c in t.notification {
                assert!(
                    t.field(c.integration).is_some(),
                    "{}.{}",
                    t.api,
                    c.integration
                );
            }
        }
    }
}
