//! The ten integration types with sample values: the flags, the body the
//! API must receive for them, and the secrets no output may show.

/// One integration type with every field set: the flags with sample
/// values, the body the API must receive for them (written by hand from
/// the API's field table, not derived from omi's type table), and the
/// parts of the secret values that no output may ever show.
pub struct TypeFixture {
    /// The type as omi's commands name it.
    pub cli: &'static str,
    pub args: &'static [&'static str],
    /// The request body, JSON.
    pub body: &'static str,
    /// Every secret value contains `-secret-00NN`; for URLs the secret is
    /// the path (the host may be shown).
    pub secrets: &'static [&'static str],
}

impl TypeFixture {
    pub fn golden(&self) -> serde_json::Value {
        serde_json::from_str(self.body).expect("fixture body is JSON")
    }

    /// The API's name of the type (`PAGER_DUTY`).
    pub fn api_type(&self) -> String {
        self.golden()["type"].as_str().unwrap().to_string()
    }

    /// Whether a body value holds one of this type's secrets.
    pub fn is_secret(&self, value: &serde_json::Value) -> bool {
        value
            .as_str()
            .is_some_and(|v| self.secrets.iter().any(|s| v.contains(s)))
    }

    /// The sample value given to `flag`.
    pub fn value_of(&self, flag: &str) -> &'static str {
        let at = self.args.iter().position(|a| *a == flag).unwrap();
        self.args[at + 1]
    }
}

/// The fixture of `cli` (`"slack"`).
pub fn fixture(cli: &str) -> &'static TypeFixture {
    EVERY_TYPE.iter().find(|t| t.cli == cli).unwrap()
}

/// All ten integration types.
pub const EVERY_TYPE: [TypeFixture; 10] = [
    TypeFixture {
        cli: "pager-duty",
        args: &["--service-key", "pd-key-secret-0001"],
        body: r#"{"type": "PAGER_DUTY", "serviceKey": "pd-key-secret-0001"}"#,
        secrets: &["pd-key-secret-0001"],
    },
    TypeFixture {
        cli: "slack",
        args: &[
            "--api-token",
            "xoxb-token-secret-0002",
            "--team-name",
            "My Team",
            "--channel-name",
            "#alerts",
        ],
        body: r##"{"type": "SLACK", "apiToken": "xoxb-token-secret-0002", "teamName": "My Team",
                   "channelName": "#alerts"}"##,
        secrets: &["xoxb-token-secret-0002"],
    },
    TypeFixture {
        cli: "datadog",
        args: &["--api-key", "dd-key-secret-0003", "--region", "EU"],
        body: r#"{"type": "DATADOG", "apiKey": "dd-key-secret-0003", "region": "EU"}"#,
        secrets: &["dd-key-secret-0003"],
    },
    TypeFixture {
        cli: "hip-chat",
        args: &[
            "--notification-token",
            "hc-token-secret-0004",
            "--room-name",
            "ops",
        ],
        body: r#"{"type": "HIP_CHAT", "notificationToken": "hc-token-secret-0004", "roomName": "ops"}"#,
        secrets: &["hc-token-secret-0004"],
    },
    TypeFixture {
        cli: "ops-genie",
        args: &["--api-key", "og-key-secret-0005", "--region", "EU"],
        body: r#"{"type": "OPS_GENIE", "apiKey": "og-key-secret-0005", "region": "EU"}"#,
        secrets: &["og-key-secret-0005"],
    },
    TypeFixture {
        cli: "victor-ops",
        args: &[
            "--api-key",
            "vo-key-secret-0006",
            "--routing-key",
            "vo-route-secret-0007",
        ],
        body: r#"{"type": "VICTOR_OPS", "apiKey": "vo-key-secret-0006",
                  "routingKey": "vo-route-secret-0007"}"#,
        // Ops Manager returns routingKey in clear; omi masks it anyway.
        secrets: &["vo-key-secret-0006", "vo-route-secret-0007"],
    },
    TypeFixture {
        cli: "webhook",
        args: &[
            "--url",
            "https://hooks.example.com/alerts/path-secret-0008",
            "--secret",
            "wh-secret-0009",
        ],
        body: r#"{"type": "WEBHOOK", "url": "https://hooks.example.com/alerts/path-secret-0008",
                  "secret": "wh-secret-0009"}"#,
        secrets: &["alerts/path-secret-0008", "wh-secret-0009"],
    },
    TypeFixture {
        cli: "microsoft-teams",
        args: &[
            "--webhook-url",
            "https://outlook.office.com/webhook/path-secret-0010",
        ],
        body: r#"{"type": "MICROSOFT_TEAMS",
                  "microsoftTeamsWebhookUrl": "https://outlook.office.com/webhook/path-secret-0010"}"#,
        secrets: &["webhook/path-secret-0010"],
    },
    TypeFixture {
        cli: "prometheus",
        args: &[
            "--username",
            "prom",
            "--password",
            "prom-pw-secret-0011",
            "--listen-address",
            "0.0.0.0:9216",
            "--service-discovery",
            "http",
            "--scheme",
            "https",
            "--enabled",
            "true",
            "--tls-pem-path",
            "/etc/om/prom.pem",
            "--tls-pem-password",
            "pem-pw-secret-0012",
        ],
        body: r#"{"type": "PROMETHEUS", "username": "prom", "password": "prom-pw-secret-0011",
                  "listenAddress": "0.0.0.0:9216", "serviceDiscovery": "http", "scheme": "https",
                  "enabled": true, "tlsPemPath": "/etc/om/prom.pem",
                  "tlsPemPassword": "pem-pw-secret-0012"}"#,
        secrets: &["prom-pw-secret-0011", "pem-pw-secret-0012"],
    },
    TypeFixture {
        cli: "new-relic",
        args: &[
            "--license-key",
            "nr-lic-secret-0013",
            "--account-id",
            "123456",
            "--write-token",
            "nr-wr-secret-0014",
            "--read-token",
            "nr-rd-secret-0015",
        ],
        body: r#"{"type": "NEW_RELIC", "licenseKey": "nr-lic-secret-0013", "accountId": "123456",
                  "writeToken": "nr-wr-secret-0014", "readToken": "nr-rd-secret-0015"}"#,
        secrets: &[
            "nr-lic-secret-0013",
            "nr-wr-secret-0014",
            "nr-rd-secret-0015",
        ],
    },
];
