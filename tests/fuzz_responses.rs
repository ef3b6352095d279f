//! Property-based fuzzing of everything that reads a server's response:
//! error decoding, list/object parsing, table rendering and excerpts.
//! Arbitrary bytes and arbitrary JSON must give a value or an error,
//! never a panic. Bounded: a few thousand cases, a few seconds.

use omi::api::response::{api_failure, excerpt, integrations_of};
use omi::client::{Challenge, DigestSession};
use omi::input::secret::Secret;
use omi::output::{table, Style};
use proptest::prelude::*;
use serde_json::Value;

fn json_value() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(Value::from),
        any::<f64>()
            .prop_map(|f| serde_json::Number::from_f64(f).map_or(Value::Null, Value::Number)),
        "\\PC{0,20}".prop_map(Value::String),
        prop_oneof![
            Just("type"),
            Just("results"),
            Just("content"),
            Just("status")
        ]
        .prop_map(|s| Value::String(s.to_string())),
    ];
    leaf.prop_recursive(4, 64, 8, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
            prop::collection::btree_map(
                prop_oneof![
                    Just("type".to_string()),
                    Just("results".to_string()),
                    Just("content".to_string()),
                    Just("status".to_string()),
                    Just("errorCode".to_string()),
                    Just("detail".to_string()),
                    "[a-zA-Z]{1,8}",
                ],
                inner,
                0..6
            )
            .prop_map(|m| Value::Object(m.into_iter().collect())),
        ]
    })
}

fn exercise(body: &[u8], status: u16) {
    let f = api_failure(status, body);
    if let Some(raw) = &f.raw {
        assert!(raw.chars().count() <= 201);
        assert!(!raw.chars().any(char::is_control));
    }
    let _ = excerpt(body);
    if let Ok(items) = integrations_of(body) {
        for color in [false, true] {
            let table = table::integrations(&items, Style { color, json: false });
            assert!(table.contains("TYPE"));
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 2000, ..ProptestConfig::default() })]

    #[test]
    fn arbitrary_bytes(body in prop::collection::vec(any::<u8>(), 0..512), status in 100u16..600) {
        exercise(&body, status);
    }

    #[test]
    fn arbitrary_json(v in json_value(), status in 100u16..600) {
        let body = serde_json::to_vec(&v).unwrap();
        exercise(&body, status);
        // Wrapped as a list page and as an envelope too.
        let page = serde_json::json!({"results": [v.clone()], "totalCount": 1});
        exercise(&serde_json::to_vec(&page).unwrap(), 200);
        let env = serde_json::json!({"content": v, "status": status});
        exercise(&serde_json::to_vec(&env).unwrap(), 200);
    }

    /// A server's WWW-Authenticate header is parsed and answered: any
    /// visible-ASCII header (what reqwest lets through) must not panic.
    #[test]
    fn arbitrary_challenges(
        header in prop_oneof![
            "[ -~]{0,120}",
            "Digest [a-z]{1,8}=\"[ -~]{0,20}\"(, [a-z]{1,8}=[\"a-zA-Z0-9-]{0,12}){0,6}",
        ]
    ) {
        if let Some(Ok(challenge)) = Challenge::parse(&header) {
            let session = DigestSession::new(Secret::new("pub"), Secret::new("priv"));
            session.adopt(challenge);
            let _ = session.authorization("GET", "/x?y=1", None);
        }
    }
}
