//! A real `omi-sandbox` process on a free port, `omi` commands pointed at
//! it with an isolated config dir, and what the tests read back from it:
//! its access log and its `--state` file.

use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Condvar, Mutex};
use std::time::{Duration, Instant};

use super::api::send;
use super::{cache_home, isolated_omi};

pub const SANDBOX: &str = env!("CARGO_BIN_EXE_omi-sandbox");

/// Lines a child process writes to a pipe, gathered by a thread; a test
/// awaits the line it needs instead of sleeping.
#[derive(Default)]
struct Lines {
    state: Mutex<(Vec<String>, bool)>,
    changed: Condvar,
}

impl Lines {
    /// Reads `pipe` to its end on a thread of its own.
    fn gather(pipe: impl std::io::Read + Send + 'static) -> Arc<Lines> {
        let lines = Arc::new(Lines::default());
        let sink = Arc::clone(&lines);
        std::thread::spawn(move || {
            for line in BufReader::new(pipe).lines().map_while(Result::ok) {
                sink.state.lock().unwrap().0.push(line);
                sink.changed.notify_all();
            }
            sink.state.lock().unwrap().1 = true;
            sink.changed.notify_all();
        });
        lines
    }

    /// Waits until `done(lines, pipe_closed)` holds or `timeout` passes;
    /// returns whether it held, and the lines.
    fn wait(
        &self,
        timeout: Duration,
        done: impl Fn(&[String], bool) -> bool,
    ) -> (bool, Vec<String>) {
        let deadline = Instant::now() + timeout;
        let mut state = self.state.lock().unwrap();
        loop {
            if done(&state.0, state.1) {
                return (true, state.0.clone());
            }
            let left = deadline.saturating_duration_since(Instant::now());
            if left.is_zero() {
                return (false, state.0.clone());
            }
            state = self.changed.wait_timeout(state, left).unwrap().0;
        }
    }
}

/// How long a test waits for the sandbox to log a line before it fails.
const LOG_TIMEOUT: Duration = Duration::from_secs(10);

/// The path of the requests `Sandbox::access_log` sends to mark "now".
const MARKER_PATH: &str = "/omi-test-marker/";

/// A running sandbox. Killed when dropped.
pub struct Sandbox {
    child: Child,
    pub base_url: String,
    pub public_key: String,
    pub private_key: String,
    pub project_id: String,
    stderr: Arc<Lines>,
    access_log: bool,
    markers: AtomicUsize,
    /// Empty config dir for omi, so no user profile leaks into a test.
    pub config_home: tempfile::TempDir,
}

impl Sandbox {
    /// Starts `omi-sandbox --listen 127.0.0.1:0 ARGS...` and reads the four
    /// `export` lines it prints before serving.
    pub fn start(args: &[&str]) -> Sandbox {
        let mut child = Command::new(SANDBOX)
            .args(["--listen", "127.0.0.1:0"])
            .args(args)
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("spawn omi-sandbox");
        let stderr = Lines::gather(child.stderr.take().unwrap());
        let mut out = BufReader::new(child.stdout.take().unwrap());
        let mut vars = std::collections::HashMap::new();
        for _ in 0..4 {
            let mut line = String::new();
            if out.read_line(&mut line).unwrap_or(0) == 0 {
                let _ = child.kill();
                let _ = child.wait();
                let (_, lines) = stderr.wait(LOG_TIMEOUT, |_, closed| closed);
                panic!("omi-sandbox printed no export lines; stderr: {lines:?}");
            }
            let rest = line
                .trim_end()
                .strip_prefix("export ")
                .expect("export line");
            let (k, v) = rest.split_once('=').expect("NAME=value");
            vars.insert(k.to_string(), v.to_string());
        }
        // Keep draining stdout so the sandbox never blocks on a full pipe.
        std::thread::spawn(move || {
            let mut sink = std::io::sink();
            let _ = std::io::copy(&mut out, &mut sink);
        });
        Sandbox {
            child,
            base_url: vars["OMI_BASE_URL"].clone(),
            public_key: vars["OMI_PUBLIC_KEY"].clone(),
            private_key: vars["OMI_PRIVATE_KEY"].clone(),
            project_id: vars["OMI_PROJECT_ID"].clone(),
            stderr,
            access_log: args.contains(&"--access-log"),
            markers: AtomicUsize::new(0),
            config_home: tempfile::tempdir().unwrap(),
        }
    }

    /// An `omi` command with the sandbox's connection in the environment,
    /// no colour, and a config dir of its own.
    pub fn omi(&self) -> assert_cmd::Command {
        let mut cmd = isolated_omi(self.config_home.path());
        cmd.envs(self.env());
        cmd
    }

    /// The variables that point a process at this sandbox: the four
    /// `OMI_*` ones, and the isolated config dir.
    pub fn env(&self) -> Vec<(&'static str, String)> {
        let home = self.config_home.path().display().to_string();
        vec![
            ("OMI_BASE_URL", self.base_url.clone()),
            ("OMI_PUBLIC_KEY", self.public_key.clone()),
            ("OMI_PRIVATE_KEY", self.private_key.clone()),
            ("OMI_PROJECT_ID", self.project_id.clone()),
            ("XDG_CONFIG_HOME", home.clone()),
            (
                "XDG_CACHE_HOME",
                cache_home(self.config_home.path()).display().to_string(),
            ),
            ("HOME", home),
        ]
    }

    /// Runs `omi ARGS` against the sandbox, expects success, and returns
    /// its stdout parsed as JSON.
    pub fn omi_json(&self, args: &[&str]) -> serde_json::Value {
        let out = self
            .omi()
            .args(args)
            .assert()
            .success()
            .get_output()
            .stdout
            .clone();
        serde_json::from_slice(&out).expect("omi printed JSON")
    }

    /// The URL of a path under the API root.
    pub fn api(&self, path: &str) -> String {
        format!("{}/api/public/v1.0{}", self.base_url, path)
    }

    /// Waits until the sandbox has written at least `n` stderr lines, or
    /// 10 s pass; returns the lines either way.
    pub fn wait_for_stderr_lines(&self, n: usize) -> Vec<String> {
        self.stderr.wait(LOG_TIMEOUT, |lines, _| lines.len() >= n).1
    }

    /// The access log of every request answered so far, complete.
    ///
    /// The sandbox logs a request before it sends the response, so once a
    /// command has finished its lines are in the pipe, but maybe not yet
    /// read. This sends one more request (unauthenticated, to a marker
    /// path) and awaits its line: the pipe is in order, so every earlier
    /// line has then been read. Marker lines are left out of the result.
    /// The marker counts as a request for `--fail-every`; it is answered
    /// with a challenge, so `--rate-limit` does not count it.
    pub fn access_log(&self) -> Vec<String> {
        assert!(
            self.access_log,
            "access_log needs a sandbox started with --access-log"
        );
        let n = self.markers.fetch_add(1, Ordering::SeqCst);
        let marker = format!("GET {MARKER_PATH}{n} ");
        send(
            "GET",
            &format!("{}{MARKER_PATH}{n}", self.base_url),
            None,
            None,
        );
        let (seen, lines) = self.stderr.wait(LOG_TIMEOUT, |lines, _| {
            lines.iter().any(|l| l.starts_with(&marker))
        });
        assert!(seen, "the sandbox never logged {marker:?}: {lines:?}");
        lines
            .into_iter()
            .filter(|l| !l.contains(MARKER_PATH))
            .collect()
    }
}

impl Sandbox {
    /// The sandbox's process id.
    pub fn pid(&self) -> u32 {
        self.child.id()
    }
}

impl Drop for Sandbox {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// The fields (as submitted, without `type`) that an omi-sandbox `--state`
/// file holds for `project`'s integration of type `api`, or null. The file
/// is a snapshot followed by change records, one per line; the last word
/// on an integration wins.
pub fn stored_integration(state: &Path, project: &str, api: &str) -> serde_json::Value {
    use serde_json::Value;
    let bytes = std::fs::read(state).expect("read the state file");
    let mut values = serde_json::Deserializer::from_slice(&bytes).into_iter::<Value>();
    let snapshot = values.next().expect("a snapshot").expect("JSON");
    let mut found = snapshot["projects"]
        .as_array()
        .expect("projects")
        .iter()
        .find(|p| p["id"] == project)
        .map_or(Value::Null, |p| p["integrations"][api].clone());
    for record in values {
        let record = record.expect("a JSON change record");
        if record["project"] == project && record["type"] == api {
            found = record["integration"].clone();
        }
    }
    found.get("fields").cloned().unwrap_or(Value::Null)
}

/// The statuses of access-log lines (`METHOD PATH STATUS MILLISms`).
pub fn statuses(lines: &[String]) -> Vec<u16> {
    lines
        .iter()
        .filter_map(|l| l.split_whitespace().nth(2)?.parse().ok())
        .collect()
}

/// Whether any one request (method and path) of an access log was refused
/// twice in a row: a refused nonce must cost that request one exchange.
/// Other requests may be refused in between.
pub fn a_request_refused_twice(lines: &[String]) -> bool {
    let mut by_request: std::collections::HashMap<String, Vec<u16>> = Default::default();
    for (line, status) in lines.iter().zip(statuses(lines)) {
        let request = line
            .split_whitespace()
            .take(2)
            .collect::<Vec<_>>()
            .join(" ");
        by_request.entry(request).or_default().push(status);
    }
    by_request
        .values()
        .any(|s| s.windows(2).any(|w| w[0] == 401 && w[1] == 401))
}
