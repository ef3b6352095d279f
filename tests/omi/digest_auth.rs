//! Digest auth as omi answers it, within one run and across runs.
//!
//! Within a run, against the sandbox's access log: these are the
//! end-to-end tests that would fail if omi used diqwest's
//! `DigestAuthSession` instead of its own session over `digest_auth`
//! (src/client/digest.rs): diqwest drops the challenge's `algorithm` after
//! the first request (SHA-256 then fails from the second request on) and
//! answers a stale nonce with an extra unauthenticated request (two 401s in
//! a row).
//!
//! Across runs, the nonce cache: one exchange per invocation after the
//! first, no `nc` sent twice by concurrent runs, a refused kept nonce
//! costing one exchange and never mistaken for wrong keys, nothing secret
//! on disk; against omi-sandbox and small scripted servers.

use crate::util;
#[cfg(feature = "sandbox")]
use crate::util::apply_files::datadog_apply_file;
use crate::util::hostile::{self, hostile_seeing, ok_json, respond, Seen, EMPTY_PAGE};
use crate::util::nonce_cache_file;
#[cfg(feature = "sandbox")]
use crate::util::sandbox::{a_request_refused_twice, statuses, Sandbox};
use std::collections::HashSet;
use std::path::Path;
use std::process::{Command, Stdio};
use std::sync::{Arc, Mutex};

#[cfg(feature = "sandbox")]
#[test]
fn sha256_answers_every_request_of_a_run_after_one_challenge() {
    let sb = Sandbox::start(&[
        "--digest-algorithm",
        "SHA-256",
        "--projects",
        "3",
        "--access-log",
    ]);
    let dir = tempfile::tempdir().unwrap();
    let file = datadog_apply_file(dir.path(), "dd-digest-test-key");
    // One run, one worker: the project list, then a read and a write for
    // each of the 3 projects, all on the nonce of the first challenge.
    sb.omi()
        .args(["apply", "--all-projects", "--concurrency", "1", "-f"])
        .arg(&file)
        .assert()
        .success();
    let lines = sb.access_log();
    assert_eq!(
        statuses(&lines),
        [401, 200, 200, 200, 200, 200, 200, 200],
        "{lines:?}"
    );
}

#[cfg(feature = "sandbox")]
#[test]
fn a_stale_sha256_nonce_costs_exactly_one_more_exchange() {
    // Nonces live 1 s and every response takes 300 ms, so one sequential
    // run of 7 requests (over 2 s) outlives its first nonce whatever the
    // machine's load: staleness is certain, not a race the test can lose.
    let sb = Sandbox::start(&[
        "--digest-algorithm",
        "SHA-256",
        "--nonce-ttl",
        "1",
        "--latency-ms",
        "300",
        "--projects",
        "3",
        "--access-log",
    ]);
    let dir = tempfile::tempdir().unwrap();
    let file = datadog_apply_file(dir.path(), "dd-digest-test-key");
    let out = sb
        .omi()
        .args(["-v", "apply", "--all-projects", "--concurrency", "1", "-f"])
        .arg(&file)
        .assert()
        .success()
        .get_output()
        .clone();
    let verbose = String::from_utf8_lossy(&out.stderr);
    let lines = sb.access_log();
    let s = statuses(&lines);
    let challenges = s.iter().filter(|&&c| c == 401).count();
    // All 7 requests succeed once each; every 401 after the first is a
    // stale nonce, answered by exactly one authenticated retry: for each
    // request, a 401 is followed by its 200, never by another 401.
    assert_eq!(s.iter().filter(|&&c| c == 200).count(), 7, "{lines:?}");
    assert_eq!(s.len(), 7 + challenges, "{lines:?}");
    assert!(challenges >= 2, "the nonce never went stale: {lines:?}");
    assert!(
        !a_request_refused_twice(&lines),
        "a request was refused twice in a row: {lines:?}"
    );
    assert_eq!(s.first(), Some(&401), "{lines:?}");
    // The later challenges were stale nonces (not refused answers).
    assert_eq!(
        verbose.matches("stale=true").count(),
        challenges - 1,
        "{verbose}"
    );
}

#[cfg(feature = "sandbox")]
#[test]
fn every_list_after_the_first_is_one_exchange() {
    let sb = Sandbox::start(&["--access-log"]);
    for _ in 0..3 {
        sb.omi().args(["list"]).assert().success();
    }
    let lines = sb.access_log();
    assert_eq!(statuses(&lines), [401, 200, 200, 200], "{lines:?}");
    // -v says that a kept nonce answered.
    sb.omi()
        .args(["-v", "list"])
        .assert()
        .success()
        .stderr(predicates::str::contains("nonce kept from an earlier run"));
}

#[cfg(feature = "sandbox")]
#[test]
fn no_cache_pays_the_challenge_and_keeps_nothing() {
    let sb = Sandbox::start(&["--access-log"]);
    sb.omi().args(["list"]).assert().success();
    let before = sb.access_log().len();
    sb.omi().args(["--no-cache", "list"]).assert().success();
    sb.omi()
        .env("OMI_NO_CACHE", "1")
        .args(["list"])
        .assert()
        .success();
    let lines = sb.access_log();
    assert_eq!(
        statuses(&lines[before..]),
        [401, 200, 401, 200],
        "{lines:?}"
    );
    // Off from the start: no cache file is ever written.
    let fresh = Sandbox::start(&[]);
    fresh.omi().args(["--no-cache", "list"]).assert().success();
    assert!(!nonce_cache_file(fresh.config_home.path()).exists());
}

#[cfg(feature = "sandbox")]
#[test]
fn the_cache_file_holds_no_key_and_is_private() {
    let sb = Sandbox::start(&[]);
    sb.omi().args(["list"]).assert().success();
    let path = nonce_cache_file(sb.config_home.path());
    let text = std::fs::read_to_string(&path).expect("cache file written");
    for secret in [&sb.private_key, &sb.public_key, &sb.base_url] {
        assert!(!text.contains(secret.as_str()), "{secret} in {text}");
    }
    // Only the server's challenge, a count and a time: nothing derived
    // from the private key (no response, no HA1).
    let v: serde_json::Value = serde_json::from_str(&text).unwrap();
    let entries = v["entries"].as_object().unwrap();
    assert_eq!(entries.len(), 1, "{text}");
    for entry in entries.values() {
        let mut fields: Vec<&str> = entry
            .as_object()
            .unwrap()
            .keys()
            .map(|k| k.as_str())
            .collect();
        fields.sort();
        assert_eq!(
            fields,
            ["algorithm", "next_nc", "nonce", "qop", "realm", "saved"],
            "{text}"
        );
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&path).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o600);
    }
}

#[cfg(feature = "sandbox")]
#[test]
fn wrong_keys_with_a_kept_nonce_are_still_wrong_keys() {
    let sb = Sandbox::start(&["--access-log"]);
    sb.omi().args(["list"]).assert().success();
    let before = sb.access_log().len();
    // The kept nonce is answered with a wrong key, refused; the fresh
    // challenge is answered, refused: wrong keys (exit 3), no loop.
    sb.omi()
        .env("OMI_PRIVATE_KEY", "not-the-private-key")
        .args(["list"])
        .assert()
        .code(3);
    let lines = sb.access_log();
    assert_eq!(statuses(&lines[before..]), [401, 401], "{lines:?}");
    // Not recorded as a server refusing kept nonces: the next run with the
    // right key answers the nonce the failed run kept, at once.
    sb.omi().args(["list"]).assert().success();
    let lines = sb.access_log();
    assert_eq!(statuses(&lines[before + 2..]), [200], "{lines:?}");
}

/// A digest challenge with `nonce`.
fn challenge(stream: &mut std::net::TcpStream, nonce: &str, stale: bool) {
    let header = format!(
        "WWW-Authenticate: Digest realm=\"r\", nonce=\"{nonce}\", algorithm=MD5, qop=\"auth\", stale={stale}\r\n"
    );
    respond(stream, "401 Unauthorized", &header, b"{}");
}

/// A parameter of a request's digest Authorization header (lower-cased).
fn digest_param(seen: &Seen, name: &str) -> Option<String> {
    let line = seen
        .head
        .lines()
        .find_map(|l| l.strip_prefix("authorization:"))?;
    let at = line.find(&format!("{name}="))? + name.len() + 1;
    let value: String = line[at..]
        .trim_start_matches('"')
        .chars()
        .take_while(|c| *c != '"' && *c != ',')
        .collect();
    Some(value)
}

/// `omi list` against `url` with `home`, as a child process.
fn spawn_list(url: &str, home: &Path) -> std::process::Child {
    let mut cmd = Command::new(util::OMI);
    for var in util::CONNECTION_VARS {
        cmd.env_remove(var);
    }
    cmd.env("XDG_CONFIG_HOME", home)
        .env("XDG_CACHE_HOME", util::cache_home(home))
        .env("HOME", home)
        .env("OMI_BASE_URL", url)
        .env("OMI_PUBLIC_KEY", "pub")
        .env("OMI_PRIVATE_KEY", hostile::PRIVATE_KEY)
        .env("OMI_PROJECT_ID", "5e2211c17a3e5a48f5497de3")
        .arg("list")
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn omi")
}

#[test]
fn a_challenge_echoing_a_sent_secret_is_never_kept_nor_shown() {
    const KEY: &str = "nc-echoed-service-key-4242";
    // The unauthenticated first request carries the body: the server puts
    // it into every field of its challenge.
    let server = hostile_seeing(|stream, seen, _| {
        if digest_param(seen, "nonce").is_some() {
            return ok_json(stream, EMPTY_PAGE);
        }
        let echo = String::from_utf8_lossy(&seen.body).replace('"', "'");
        let header = format!(
            "WWW-Authenticate: Digest realm=\"{echo}\", nonce=\"n-{echo}\", opaque=\"{echo}\", algorithm=MD5, qop=\"auth\"\r\n"
        );
        respond(stream, "401 Unauthorized", &header, b"{}");
    });
    let home = tempfile::tempdir().unwrap();
    let out = hostile::omi_in(&server.url, home.path())
        .args(["-v", "create", "pager-duty", "--service-key", KEY])
        .assert()
        .success()
        .get_output()
        .clone();
    assert_eq!(server.count(), 2);
    let said = String::from_utf8_lossy(&out.stderr);
    assert!(
        said.contains("WWW-Authenticate") || said.contains("www-authenticate"),
        "{said}"
    );
    assert!(!said.contains(KEY), "{said}");
    let kept = std::fs::read_to_string(nonce_cache_file(home.path())).unwrap_or_default();
    assert!(!kept.contains(KEY), "{kept}");
}

#[test]
fn concurrent_runs_never_send_the_same_nc_for_a_nonce() {
    // One nonce for everyone; any answer is accepted. Only requests
    // without an answer get the challenge.
    let server = hostile_seeing(|stream, seen, _| {
        if digest_param(seen, "nonce").is_some() {
            ok_json(stream, EMPTY_PAGE);
        } else {
            challenge(stream, "shared-nonce-1", false);
        }
    });
    let home = tempfile::tempdir().unwrap();
    hostile::omi_in(&server.url, home.path())
        .arg("list")
        .assert()
        .success();
    assert_eq!(server.count(), 2);
    let children: Vec<_> = (0..20)
        .map(|_| spawn_list(&server.url, home.path()))
        .collect();
    for child in children {
        let out = child.wait_with_output().unwrap();
        assert!(out.status.success(), "{:?}", out);
    }
    let seen = server.seen();
    // Every run answered the kept nonce at once: one request each.
    assert_eq!(seen.len(), 22, "{seen:?}");
    let mut ncs = HashSet::new();
    for s in &seen[2..] {
        assert_eq!(digest_param(s, "nonce").as_deref(), Some("shared-nonce-1"));
        let nc = digest_param(s, "nc").unwrap();
        assert!(ncs.insert(nc.clone()), "nc {nc} sent twice: {seen:?}");
    }
    // The first run used nc 1; none of the others did.
    assert!(!ncs.contains("00000001"), "{ncs:?}");
}

#[test]
fn a_server_refusing_kept_nonces_costs_one_exchange_once() {
    // Each nonce answers one request; any reuse gets a new challenge with
    // stale=false, as a server refusing reuse does.
    let issued = Arc::new(Mutex::new(0u32));
    let used = Arc::new(Mutex::new(HashSet::<String>::new()));
    let server = hostile_seeing(move |stream, seen, _| {
        let fresh = |stream: &mut std::net::TcpStream| {
            let mut n = issued.lock().unwrap();
            *n += 1;
            challenge(stream, &format!("once-{n}"), false);
        };
        match digest_param(seen, "nonce") {
            Some(nonce) if used.lock().unwrap().insert(nonce.clone()) => {
                ok_json(stream, EMPTY_PAGE)
            }
            _ => fresh(stream),
        }
    });
    let home = tempfile::tempdir().unwrap();
    let run = |verbose: bool| {
        let mut cmd = hostile::omi_in(&server.url, home.path());
        if verbose {
            cmd.arg("-v");
        }
        let out = cmd.arg("list").assert().success();
        String::from_utf8_lossy(&out.get_output().stderr).into_owned()
    };
    run(false);
    assert_eq!(server.count(), 2);
    // The kept nonce is refused: one more exchange, not a loop, and not
    // taken for wrong keys.
    let said = run(true);
    assert_eq!(server.count(), 4);
    assert!(said.contains("refused the kept nonce"), "{said}");
    let seen = server.seen();
    assert_eq!(digest_param(&seen[2], "nonce").as_deref(), Some("once-1"));
    // Remembered: the next run does not offer a kept nonce at all.
    let said = run(true);
    assert_eq!(server.count(), 6);
    assert!(!said.contains("nonce kept"), "{said}");
    assert_eq!(digest_param(&server.seen()[4], "nonce"), None);
}
