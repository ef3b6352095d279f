//! Property-based fuzzing of what users hand omi: apply files (JSON and
//! TOML) and config files. Any content gives a value or a clear error,
//! never a panic, and an error never quotes a value from the file.

use omi::apply_file as file;
use omi::cli::resolve::config_file::ConfigFile;
use omi::input::env::Env;
use proptest::prelude::*;
use serde_json::{json, Value};

fn field_value() -> impl Strategy<Value = Value> {
    prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i32>().prop_map(Value::from),
        "[a-zA-Z0-9:/._-]{0,12}".prop_map(Value::String),
        "[A-Z_]{1,6}".prop_map(|n| json!({"env": n})),
        "[a-z]{1,6}".prop_map(|p| json!({"file": p})),
        Just(json!({"env": 1})),
        Just(json!([])),
    ]
}

fn apply_file() -> impl Strategy<Value = Value> {
    let names = prop_oneof![
        Just("PAGER_DUTY"),
        Just("SLACK"),
        Just("PROMETHEUS"),
        Just("WEBHOOK"),
        Just("OPS_GENIE"),
        Just("slack"),
        Just("NOPE"),
    ];
    let fields = prop_oneof![
        Just("serviceKey"),
        Just("apiToken"),
        Just("teamName"),
        Just("scheme"),
        Just("tlsPemPath"),
        Just("enabled"),
        Just("url"),
        Just("region"),
        Just("type"),
        Just("bogus"),
    ];
    let body = prop::collection::btree_map(fields, field_value(), 0..5)
        .prop_map(|m| Value::Object(m.into_iter().map(|(k, v)| (k.to_string(), v)).collect()));
    let body_or_null = prop_oneof![
        body,
        Just(Value::Null),
        Just(Value::Bool(false)),
        Just(Value::Bool(true)),
        Just(json!(3))
    ];
    let types = prop::collection::btree_map(names, body_or_null, 0..4)
        .prop_map(|m| Value::Object(m.into_iter().map(|(k, v)| (k.to_string(), v)).collect()));
    let project = prop_oneof![
        Just("5e2211c17a3e5a48f5497de3".to_string()),
        "[0-9a-z]{0,24}"
    ];
    let projects = prop::collection::btree_map(project, types.clone(), 0..3)
        .prop_map(|m| Value::Object(m.into_iter().collect()));
    (types, projects, any::<bool>()).prop_map(|(i, p, extra)| {
        let mut root = json!({"integrations": i, "projects": p});
        if extra {
            root["other"] = json!(1);
        }
        root
    })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 400, ..ProptestConfig::default() })]

    #[test]
    fn apply_files_never_panic(v in apply_file(), toml_form in any::<bool>()) {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("abc"), "from-file-secret\n").unwrap();
        let env = Env::from_pairs([("PD".to_string(), "from-env-secret".to_string())]);
        let path = if toml_form {
            let p = dir.path().join("d.toml");
            // TOML has no null; a file that cannot be expressed is skipped.
            let Ok(text) = toml::to_string(&v) else { return Ok(()); };
            std::fs::write(&p, text).unwrap();
            p
        } else {
            let p = dir.path().join("d.json");
            std::fs::write(&p, serde_json::to_vec(&v).unwrap()).unwrap();
            p
        };
        if let Err(e) = file::load(&path, &env) {
            prop_assert!(!e.message.contains("from-env-secret"));
            prop_assert!(!e.message.contains("from-file-secret"));
        }
    }

    #[test]
    fn arbitrary_text_as_apply_file_or_config(text in "\\PC{0,200}", bytes in prop::collection::vec(any::<u8>(), 0..200)) {
        let dir = tempfile::tempdir().unwrap();
        for (name, content) in [("a.json", text.as_bytes()), ("b.toml", text.as_bytes()), ("c.json", &bytes[..])] {
            let p = dir.path().join(name);
            std::fs::write(&p, content).unwrap();
            let _ = file::load(&p, &Env::default());
            let _ = ConfigFile::load(&p);
        }
    }
}
