//! The nonce cache (one exchange per invocation after the first, no `nc`
//! sent twice by concurrent runs, a refused kept nonce costing one
//! exchange and never mistaken for wrong keys, nothing secret on disk) and
//! the request gate (`--max-rate`, one shared pause on 429), end to end
//! against omi-sandbox and small scripted servers.

mod common;

use common::hostile::{self, hostile_seeing, respond, Seen, EMPTY_PAGE};
use common::{nonce_cache_file, Sandbox};
use std::collections::HashSet;
use std::path::Path;
use std::process::{Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// The statuses of access log lines (`METHOD PATH STATUS MILLISms`).
fn statuses(lines: &[String]) -> Vec<u16> {
    lines
        .iter()
        .filter_map(|l| l.split_whitespace().nth(2)?.parse().ok())
        .collect()
}

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

fn ok_json(stream: &mut std::net::TcpStream, body: &[u8]) {
    respond(stream, "200 OK", "Content-Type: application/json\r\n", body);
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
    let mut cmd = Command::new(common::OMI);
    for var in common::CONNECTION_VARS {
        cmd.env_remove(var);
    }
    cmd.env("XDG_CONFIG_HOME", home)
        .env("XDG_CACHE_HOME", common::cache_home(home))
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

/// An apply file that makes one PUT per project.
fn apply_file(dir: &Path) -> std::path::PathBuf {
    let file = dir.join("desired.json");
    std::fs::write(
        &file,
        r#"{"integrations": {"DATADOG": {"apiKey": "dd-rate-test-key"}}}"#,
    )
    .unwrap();
    file
}

/// `--project-id` flags for `n` projects.
fn project_flags(n: usize) -> Vec<String> {
    (0..n)
        .flat_map(|i| {
            [
                "--project-id".to_string(),
                format!("5e2211c17a3e5a48f549{i:04x}"),
            ]
        })
        .collect()
}

/// A server answering apply (reads empty, writes accepted, after `delay`),
/// with `answer` deciding a request's answer from when it arrived and its
/// index (`None`: OK).
/// Returns the server and the arrival times, relative to the first.
fn apply_server(
    answer: impl Fn(Duration, usize) -> Option<&'static str> + Send + Sync + 'static,
    delay: Duration,
) -> (hostile::Hostile, Arc<Mutex<Vec<Duration>>>) {
    let times = Arc::new(Mutex::new(Vec::new()));
    let start = Arc::new(Mutex::new(None::<Instant>));
    let log = Arc::clone(&times);
    let server = hostile_seeing(move |stream, seen, n| {
        let at = start
            .lock()
            .unwrap()
            .get_or_insert_with(Instant::now)
            .elapsed();
        log.lock().unwrap().push(at);
        if let Some(status) = answer(at, n) {
            respond(stream, status, "Retry-After: 1\r\n", b"{}");
            return;
        }
        std::thread::sleep(delay);
        let body = if seen.method == "GET" {
            EMPTY_PAGE
        } else {
            b"{}"
        };
        ok_json(stream, body);
    });
    (server, times)
}

/// How late the test server may note a request's arrival on a loaded
/// machine (the first one noted late makes the next look early). Two
/// intervals: without spacing all 20 requests come within a few ms, so
/// request 19 at >= 850 ms still proves the rate.
const SCHEDULING_SLACK: Duration = Duration::from_millis(100);

#[test]
fn max_rate_spaces_every_request() {
    let (server, times) = apply_server(|_, _| None, Duration::ZERO);
    let dir = tempfile::tempdir().unwrap();
    hostile::omi(&server.url)
        .args(["--max-rate", "20", "apply", "--concurrency", "8", "-f"])
        .arg(apply_file(dir.path()))
        .args(project_flags(10))
        .assert()
        .success();
    let times = times.lock().unwrap().clone();
    assert_eq!(times.len(), 20, "a read and a write per project");
    // 20 per second: request k leaves no earlier than k x 50 ms after the
    // first, whatever the workers (less SCHEDULING_SLACK; a late wake-up
    // on a busy machine may send some later, never earlier).
    for (k, t) in times.iter().enumerate() {
        let earliest = Duration::from_millis(50 * k as u64).saturating_sub(SCHEDULING_SLACK);
        assert!(*t >= earliest, "request {k} too early: {times:?}");
    }
}

#[test]
fn a_429_pauses_every_worker_once() {
    // The first request gets 429 Retry-After: 1; the others are answered
    // after 300 ms, so without a shared pause the other workers' next
    // requests would come at ~300 ms.
    let (server, times) = apply_server(
        |_, n| (n == 0).then_some("429 Too Many Requests"),
        Duration::from_millis(300),
    );
    let dir = tempfile::tempdir().unwrap();
    hostile::omi(&server.url)
        .args(["apply", "--concurrency", "4", "-f"])
        .arg(apply_file(dir.path()))
        .args(project_flags(8))
        .assert()
        .success();
    let times = times.lock().unwrap().clone();
    // 8 reads, 8 writes, and the one refused read once more.
    assert_eq!(times.len(), 17, "{times:?}");
    let during_pause = times
        .iter()
        .filter(|t| **t > Duration::from_millis(250) && **t < Duration::from_millis(950))
        .count();
    assert_eq!(during_pause, 0, "requests sent during the pause: {times:?}");
}

#[test]
fn a_429_storm_is_one_pause_not_one_per_request() {
    // Everything in the first 300 ms is refused with Retry-After: 1.
    let (server, times) = apply_server(
        |at, _| (at < Duration::from_millis(300)).then_some("429 Too Many Requests"),
        Duration::ZERO,
    );
    let dir = tempfile::tempdir().unwrap();
    hostile::omi(&server.url)
        .args(["apply", "--concurrency", "8", "-f"])
        .arg(apply_file(dir.path()))
        .args(project_flags(8))
        .assert()
        .success();
    let times = times.lock().unwrap().clone();
    let refused = times
        .iter()
        .filter(|t| **t < Duration::from_millis(300))
        .count();
    // Each refused request is sent once more, no more: 8 reads refused,
    // then 8 reads and 8 writes.
    assert_eq!((refused, times.len()), (8, 24), "{times:?}");
    // All of them after one pause of about a second, not eight.
    let last = *times.last().unwrap();
    assert!(last < Duration::from_millis(2500), "{times:?}");
}

#[test]
fn max_rate_can_be_a_profile_setting() {
    let (server, times) = apply_server(|_, _| None, Duration::ZERO);
    let home = tempfile::tempdir().unwrap();
    hostile::omi_in(&server.url, home.path())
        .args(["config", "set", "max_rate", "fast"])
        .assert()
        .code(2);
    hostile::omi_in(&server.url, home.path())
        .args(["config", "set", "max_rate", "20"])
        .assert()
        .success();
    let dir = tempfile::tempdir().unwrap();
    hostile::omi_in(&server.url, home.path())
        .args(["apply", "--concurrency", "8", "-f"])
        .arg(apply_file(dir.path()))
        .args(project_flags(5))
        .assert()
        .success();
    let times = times.lock().unwrap().clone();
    assert_eq!(times.len(), 10, "a read and a write per project");
    for (k, t) in times.iter().enumerate() {
        let earliest = Duration::from_millis(50 * k as u64).saturating_sub(SCHEDULING_SLACK);
        assert!(*t >= earliest, "request {k} too early: {times:?}");
    }
}
