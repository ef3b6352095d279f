//! End to end, the behaviours that now rest on kept crates instead of
//! hand-written code: Retry-After's HTTP-date form (httpdate), the stop
//! signals at a secret prompt (nix), and the digest challenge fixes
//! (several challenges in one header, a challenge holding control
//! characters, kept or fresh, and qop=auth-int).

use crate::util;
use crate::util::hostile::{hostile, hostile_seeing, omi, respond, Seen, EMPTY_PAGE, PRIVATE_KEY};
use crate::util::nonce_cache_file;
use crate::util::sandbox::{statuses, Sandbox};
use predicates::prelude::*;
use std::time::{Duration, Instant};

const JSON: &str = "Content-Type: application/json\r\n";

/// A 503 whose Retry-After is `date`, then an empty list.
fn unavailable_until(date: &'static str) -> util::hostile::Hostile {
    hostile(move |s, n| {
        if n == 0 {
            let headers = format!("Retry-After: {date}\r\n{JSON}");
            respond(s, "503 Service Unavailable", &headers, b"{}");
        } else {
            respond(s, "200 OK", JSON, EMPTY_PAGE);
        }
    })
}

#[test]
fn retry_after_as_an_http_date_is_honoured() {
    // A date already past: retried at once, and said as the server's wait.
    let server = unavailable_until("Wed, 21 Oct 2015 07:28:00 GMT");
    let started = Instant::now();
    omi(&server.url)
        .args(["-v", "list"])
        .assert()
        .success()
        .stderr(predicate::str::contains(
            "retrying in 0 ms (503 Retry-After)",
        ));
    assert_eq!(server.count(), 2);
    assert!(started.elapsed() < Duration::from_secs(10));

    // A date beyond --max-wait: the request ends at once, with the reason.
    let server = unavailable_until("Fri, 31 Dec 9999 23:59:59 GMT");
    omi(&server.url)
        .args(["--retries", "3", "list"])
        .assert()
        .code(5)
        .stderr(predicate::str::contains("beyond what --max-wait 60 allows"));
    assert_eq!(server.count(), 1);
}

/// A server whose 401 carries `headers`, which accepts any digest answer.
fn challenging(headers: &'static str) -> util::hostile::Hostile {
    hostile(move |s, n| {
        if n == 0 {
            respond(s, "401 Unauthorized", headers, b"{}");
        } else {
            respond(s, "200 OK", JSON, EMPTY_PAGE);
        }
    })
}

#[test]
fn the_digest_challenge_is_found_among_several() {
    for headers in [
        // Several challenges in one header, digest not first.
        "WWW-Authenticate: Basic realm=\"x\", Digest realm=\"r\", nonce=\"n1\", algorithm=SHA-256, qop=\"auth\"\r\n",
        // An unquoted qop list, then another challenge.
        "WWW-Authenticate: Digest realm=\"r\", nonce=\"n1\", qop=auth,auth-int, Basic realm=\"x\"\r\n",
        // Several headers, digest not first.
        "WWW-Authenticate: Basic realm=\"x\"\r\nWWW-Authenticate: Digest realm=\"r\", nonce=\"n1\", qop=\"auth\"\r\n",
    ] {
        let server = challenging(headers);
        omi(&server.url).arg("list").assert().success();
        let seen = server.seen();
        assert_eq!(seen.len(), 2, "{headers}");
        assert!(
            seen[1].head.contains("authorization: digest") && seen[1].head.contains("nonce=\"n1\""),
            "{headers}: {:?}",
            seen[1].head
        );
    }
}

#[test]
fn a_kept_challenge_holding_a_control_character_costs_one_exchange_and_is_replaced() {
    let sb = Sandbox::start(&["--access-log"]);
    sb.omi().arg("list").assert().success();
    let path = nonce_cache_file(sb.config_home.path());
    for (field, planted) in [
        ("nonce", "planted\r\nX-Injected: 1"),
        ("nonce", "planted\u{1}"),
        ("opaque", "planted\n"),
        ("realm", "planted\t"),
    ] {
        let mut cache: serde_json::Value =
            serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
        for entry in cache["entries"].as_object_mut().unwrap().values_mut() {
            entry[field] = planted.into();
        }
        std::fs::write(&path, serde_json::to_vec(&cache).unwrap()).unwrap();
        let before = sb.access_log().len();
        // Unanswerable: dropped, the request sent without an answer, and
        // the fresh challenge answered: one exchange more, no error.
        sb.omi().arg("list").assert().success();
        let lines = sb.access_log();
        assert_eq!(
            statuses(&lines[before..]),
            [401, 200],
            "{field}={planted:?}"
        );
        // Replaced by the fresh one, which the next run answers at once.
        sb.omi().arg("list").assert().success();
        let lines = sb.access_log();
        assert_eq!(statuses(&lines[before + 2..]), [200], "{field}={planted:?}");
        let text = std::fs::read_to_string(&path).unwrap();
        assert!(!text.contains("planted"), "{text}");
    }
}

#[test]
fn a_fresh_challenge_holding_a_control_character_is_said_as_unanswerable() {
    // A tab is the one control character an HTTP response header carries.
    let server = challenging(
        "WWW-Authenticate: Digest realm=\"r\", nonce=\"n\t1\", algorithm=MD5, qop=\"auth\"\r\n",
    );
    omi(&server.url)
        .arg("list")
        .assert()
        .code(3)
        .stderr(predicate::str::contains("control character in its nonce"))
        .stderr(predicate::str::contains("check the public and private API keys").not())
        .stderr(predicate::str::contains(PRIVATE_KEY).not());
    assert_eq!(server.count(), 1, "nothing is sent that answers it");
}

fn sha256_hex(bytes: &[u8]) -> String {
    use sha2::{Digest, Sha256};
    Sha256::digest(bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// The parameters of a request's digest Authorization header (the head is
/// lower-cased; every value used here is lower-case anyway).
fn authorization(seen: &Seen) -> Option<std::collections::HashMap<String, String>> {
    let line = seen
        .head
        .lines()
        .find_map(|l| l.strip_prefix("authorization: digest "))?;
    Some(
        line.split(',')
            .filter_map(|p| p.trim().split_once('='))
            .map(|(k, v)| (k.to_string(), v.trim_matches('"').to_string()))
            .collect(),
    )
}

/// Whether `seen` answers the challenge `realm="r", nonce="n1",
/// algorithm=SHA-256, qop="auth-int"` rightly: RFC 7616's response over
/// the method, the request target as sent and the hash of the body.
fn answers_auth_int(seen: &Seen) -> bool {
    let Some(p) = authorization(seen) else {
        return false;
    };
    let get = |k: &str| p.get(k).map(String::as_str).unwrap_or("");
    let ha1 = sha256_hex(format!("pub:r:{PRIVATE_KEY}").as_bytes());
    let ha2 =
        sha256_hex(format!("{}:{}:{}", seen.method, seen.path, sha256_hex(&seen.body)).as_bytes());
    let expected =
        sha256_hex(format!("{ha1}:n1:{}:{}:auth-int:{ha2}", get("nc"), get("cnonce")).as_bytes());
    get("qop") == "auth-int"
        && get("uri") == seen.path.to_ascii_lowercase()
        && get("response") == expected
}

#[test]
fn a_challenge_offering_only_auth_int_is_answered_with_auth_int() {
    let server = hostile_seeing(|s, seen, _| {
        if !answers_auth_int(seen) {
            let challenge = "WWW-Authenticate: Digest realm=\"r\", nonce=\"n1\", algorithm=SHA-256, qop=\"auth-int\"\r\n";
            respond(s, "401 Unauthorized", challenge, b"{}");
        } else if seen.method == "GET" {
            respond(s, "200 OK", JSON, EMPTY_PAGE);
        } else {
            let created = br#"{"links":[],"results":[{"type":"PAGER_DUTY","serviceKey":"****4567"}],"totalCount":1}"#;
            respond(s, "200 OK", JSON, created);
        }
    });
    // A GET (no body: the empty body is hashed) ...
    omi(&server.url).arg("list").assert().success();
    // ... and a POST, whose body is hashed.
    omi(&server.url)
        .args(["create", "pager-duty", "--service-key", "pd-key-1234567"])
        .assert()
        .success();
    let seen = server.seen();
    let answered: Vec<&str> = seen
        .iter()
        .filter(|r| answers_auth_int(r))
        .map(|r| r.method.as_str())
        .collect();
    assert!(
        answered.contains(&"GET") && answered.contains(&"POST"),
        "{seen:?}"
    );
    // Each run: one challenge, then every request answered at once.
    assert_eq!(seen.len(), answered.len() + 2, "{seen:?}");
}

#[test]
fn a_challenge_offering_no_qop_omi_answers_is_said_as_such() {
    let server = challenging(
        "WWW-Authenticate: Digest realm=\"r\", nonce=\"n1\", algorithm=MD5, qop=\"auth-conf\"\r\n",
    );
    omi(&server.url)
        .arg("list")
        .assert()
        .code(3)
        .stderr(predicate::str::contains(
            "the server offers only qop=auth-conf",
        ))
        .stderr(predicate::str::contains("does not support"))
        .stderr(predicate::str::contains("check the public and private API keys").not())
        .stderr(predicate::str::contains(PRIVATE_KEY).not());
    assert_eq!(server.count(), 1, "nothing is sent that answers it");
}

/// `omi create pager-duty` on a terminal against `url`, where it prompts
/// for the service key; `ignore` is the signal it starts with ignored.
#[cfg(unix)]
fn prompting(url: &str, home: &std::path::Path, ignore: Option<i32>) -> util::terminal::Terminal {
    // The pty gives the stop signals their default actions before exec;
    // a signal to start ignored is then ignored by a shell that execs omi
    // (an ignored signal stays ignored across exec).
    let mut cmd = match ignore {
        Some(signal) => {
            let mut sh = std::process::Command::new("sh");
            sh.args([
                "-c",
                &format!("trap '' {signal}; exec \"$0\" \"$@\""),
                util::OMI,
            ]);
            sh
        }
        None => std::process::Command::new(util::OMI),
    };
    for var in util::CONNECTION_VARS {
        cmd.env_remove(var);
    }
    cmd.args(["create", "pager-duty"])
        .env("XDG_CONFIG_HOME", home)
        .env("XDG_CACHE_HOME", home)
        .env("HOME", home)
        .env("NO_COLOR", "1")
        .env("OMI_NO_CACHE", "1")
        .env("OMI_BASE_URL", url)
        .env("OMI_PUBLIC_KEY", "pub")
        .env("OMI_PRIVATE_KEY", PRIVATE_KEY)
        .env("OMI_PROJECT_ID", "5e2211c17a3e5a48f5497de3");
    let term = util::terminal::Terminal::spawn(cmd);
    term.wait_for("PagerDuty integration key (--service-key): ");
    term.wait_until_input_is_hidden();
    term
}

#[cfg(unix)]
#[test]
fn a_stop_signal_omi_ignores_stays_ignored_at_a_secret_prompt() {
    let home = tempfile::tempdir().unwrap();
    let mut term = prompting("http://127.0.0.1:9", home.path(), Some(libc::SIGHUP));
    // Had SIGHUP been awaited, it would end omi (129) before SIGTERM.
    term.signal(libc::SIGHUP);
    term.signal(libc::SIGTERM);
    let status = term.wait_for_exit();
    assert_eq!(status.code(), Some(143), "{}", term.screen());
    assert!(term.echoes(), "echo left off: {}", term.screen());
}

#[cfg(unix)]
#[test]
fn a_stop_signal_after_a_secret_prompt_ends_omi_as_it_would() {
    use std::os::unix::process::ExitStatusExt;
    // The request after the prompt never gets an answer; the server says
    // when it has arrived.
    let (arrived, arrival) = std::sync::mpsc::channel();
    let arrived = std::sync::Mutex::new(arrived);
    let server = hostile(move |_, _| {
        let _ = arrived.lock().unwrap().send(());
        std::thread::sleep(Duration::from_secs(30));
    });
    let home = tempfile::tempdir().unwrap();
    let mut term = prompting(&server.url, home.path(), None);
    term.type_line("typed-secret-4242");
    arrival
        .recv_timeout(Duration::from_secs(20))
        .expect("omi sent its request");
    // The prompt is over: SIGTERM is no longer held, nor answered with the
    // prompt's exit code, but ends omi as the default action does.
    term.signal(libc::SIGTERM);
    let status = term.wait_for_exit();
    assert_eq!(
        status.signal(),
        Some(libc::SIGTERM),
        "{status:?}: {}",
        term.screen()
    );
}
