//! Property-based fuzzing of everything that reads a server's response:
//! error decoding, list/object parsing, table rendering and excerpts.
//! Arbitrary bytes and arbitrary JSON must give a value or an error,
//! never a panic. Bounded: a few thousand cases, a few seconds.

use omi::api::response::{api_failure, excerpt, integrations_of};
use omi::client::{Challenge, DigestSession};
use omi::input::secret::Secret;
use omi::output::{table, Style};
use omi::untrusted::{json::safe_json, SentSecrets};
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
        tricky_string().prop_map(Value::String),
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

/// Secrets the fuzzed servers echo: one inside another, one that is also
/// a JSON literal, ones with characters other encoders escape.
const SECRETS: [&str; 4] = [
    "fz-\u{e4}/=<-key",
    "x-fz-\u{e4}/=<-key-y",
    "true",
    "fz\"\\q-9",
];

/// The secrets of the fuzzed run, marked as sent.
fn sent_secrets() -> SentSecrets {
    let sent = SentSecrets::default();
    for s in SECRETS {
        sent.mark(&Secret::new(s), "******");
    }
    sent
}

/// Strings with what a terminal must not see raw (C0, DEL, C1, bidi),
/// what encoders escape differently, and sent secrets.
fn tricky_string() -> impl Strategy<Value = String> {
    let chars =
        r#"[\x00-\x1f\x7f-\x{9f}\x{202a}-\x{202e}\x{2066}-\x{2069}a\x{e4}\x{1f600}"\\/=<]{0,12}"#;
    prop_oneof![
        chars,
        (chars, prop::sample::select(&SECRETS[..]), chars)
            .prop_map(|(a, s, b)| format!("{a}{s}{b}")),
    ]
}

/// JSON text as another encoder may write `v`: `ascii` writes every
/// non-ASCII character, `=` and `<` as `\u` escapes (Python, Gson),
/// `slash` writes `/` as `\/` (PHP); `ws` goes between tokens.
fn encode(v: &Value, ascii: bool, slash: bool, ws: &str, out: &mut String) {
    match v {
        Value::String(s) => encode_str(s, ascii, slash, out),
        Value::Array(a) => {
            out.push('[');
            for (i, x) in a.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                out.push_str(ws);
                encode(x, ascii, slash, ws, out);
            }
            out.push(']');
        }
        Value::Object(o) => {
            out.push('{');
            for (i, (k, x)) in o.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                out.push_str(ws);
                encode_str(k, ascii, slash, out);
                out.push_str(ws);
                out.push(':');
                encode(x, ascii, slash, ws, out);
            }
            out.push_str(ws);
            out.push('}');
        }
        other => out.push_str(&other.to_string()),
    }
}

fn encode_str(s: &str, ascii: bool, slash: bool, out: &mut String) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '/' if slash => out.push_str("\\/"),
            c if (c as u32) < 0x20 || (ascii && (!c.is_ascii() || c == '=' || c == '<')) => {
                let mut units = [0u16; 2];
                for u in c.encode_utf16(&mut units) {
                    out.push_str(&format!("\\u{u:04x}"));
                }
            }
            c => out.push(c),
        }
    }
    out.push('"');
}

/// `v` with every string (keys too) scrubbed of sent secrets.
fn scrubbed(v: &Value, sent: &SentSecrets) -> Value {
    match v {
        Value::String(s) => Value::String(sent.scrub(s)),
        Value::Array(a) => Value::Array(a.iter().map(|x| scrubbed(x, sent)).collect()),
        Value::Object(o) => Value::Object(
            o.iter()
                .map(|(k, x)| (sent.scrub(k), scrubbed(x, sent)))
                .collect(),
        ),
        other => other.clone(),
    }
}

/// What a terminal must not get raw; `\n` and `\t` only between tokens:
/// controls, and the invisible characters that reorder, hide or break
/// text (bidi marks, embeddings and isolates, zero-width characters, the
/// line and paragraph separators, the byte-order mark).
fn unsafe_char(c: char) -> bool {
    (c.is_control() && c != '\n' && c != '\t' && c != '\r')
        || matches!(
            c,
            '\u{61c}'
                | '\u{200b}'..='\u{200f}'
                | '\u{2028}'..='\u{202e}'
                | '\u{2060}'..='\u{2064}'
                | '\u{2066}'..='\u{2069}'
                | '\u{feff}'
        )
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
            let table = table::integrations(
                &items,
                Style {
                    tty: color,
                    color,
                    json: false,
                },
                &SentSecrets::default(),
            );
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

    /// `--json` output is the same JSON as the server's, however it was
    /// encoded: secrets masked inside strings only, nothing a terminal
    /// must not see raw, a bare `\r` gone, and byte-exact when none of
    /// that was there.
    #[test]
    fn json_output_is_the_same_json_made_safe(
        v in json_value(),
        ascii in any::<bool>(),
        slash in any::<bool>(),
        ws in prop::sample::select(&["", " ", "\r", "\r\n", "\n\t"][..]),
    ) {
        let sent = sent_secrets();
        let mut text = String::new();
        encode(&v, ascii, slash, ws, &mut text);
        let shown = safe_json(&text, &sent).expect("valid JSON is shown");
        let parsed: Value = serde_json::from_str(&shown).expect("shown JSON is valid");
        // Compared with the text as parsed: numbers stay as written.
        let meant: Value = serde_json::from_str(&text).expect("the encoder writes JSON");
        prop_assert_eq!(&parsed, &scrubbed(&meant, &sent));
        prop_assert!(!shown.chars().any(unsafe_char), "{:?}", shown);
        prop_assert!(!shown.replace("\r\n", "").contains('\r'), "{:?}", shown);
        let strings = scrubbed(&parsed, &sent) == parsed;
        prop_assert!(strings, "a secret is left: {}", parsed);
        // Text holding nothing omi escapes (its full set is wider than
        // the hand-written one above) is shown as it is.
        let untouched = scrubbed(&meant, &sent) == meant
            && !text.contains('\r')
            && !text.chars().any(|c| c != '\n' && c != '\t' && omi::untrusted::terminal::needs_escape(c));
        if untouched {
            prop_assert_eq!(&shown, &text);
        }
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

/// The case proptest once shrank a failure to: a line separator in a
/// string is escaped in `--json` output, written raw or as `\u2028`.
#[test]
fn a_line_separator_in_json_is_escaped() {
    let sent = sent_secrets();
    for text in ["[\"\u{2028}\"]", "[\"\\u2028\"]"] {
        let shown = safe_json(text, &sent).expect("valid JSON is shown");
        assert!(!shown.contains('\u{2028}'), "{shown:?}");
        let parsed: Value = serde_json::from_str(&shown).unwrap();
        assert_eq!(parsed, serde_json::json!(["\u{2028}"]));
    }
}
