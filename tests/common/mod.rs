//! Shared by the end-to-end tests: a real `omi-sandbox` process on a free
//! port, and `omi` commands pointed at it with an isolated config dir.
#![allow(dead_code)]

pub mod hostile;
pub mod terminal;

use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Condvar, Mutex};
use std::time::{Duration, Instant};

pub const SANDBOX: &str = env!("CARGO_BIN_EXE_omi-sandbox");
pub const OMI: &str = env!("CARGO_BIN_EXE_omi");

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

    fn snapshot(&self) -> Vec<String> {
        self.state.lock().unwrap().0.clone()
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

    /// Lines the sandbox has written to stderr so far (some may still be
    /// on their way through the pipe; see `access_log`).
    pub fn stderr_lines(&self) -> Vec<String> {
        self.stderr.snapshot()
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

/// The variables omi reads its connection from; tests clear them all.
pub const CONNECTION_VARS: [&str; 9] = [
    "OMI_BASE_URL",
    "OMI_PUBLIC_KEY",
    "OMI_PRIVATE_KEY",
    "OMI_PROJECT_ID",
    "OMI_PROFILE",
    "MCLI_OPS_MANAGER_URL",
    "MCLI_PUBLIC_API_KEY",
    "MCLI_PRIVATE_API_KEY",
    "MCLI_PROJECT_ID",
];

/// `omi` with every connection variable cleared and the config dir set to
/// `config_home`, so the test controls everything it sees.
pub fn isolated_omi(config_home: &Path) -> assert_cmd::Command {
    let mut cmd = assert_cmd::Command::new(OMI);
    for var in CONNECTION_VARS {
        cmd.env_remove(var);
    }
    cmd.env("XDG_CONFIG_HOME", config_home)
        .env("XDG_CACHE_HOME", cache_home(config_home))
        .env("HOME", config_home)
        .env("NO_COLOR", "1")
        .timeout(Duration::from_secs(60));
    cmd
}

/// The config file omi uses under an isolated config home.
pub fn config_file(config_home: &Path) -> PathBuf {
    config_home.join("omi").join("config.toml")
}

/// The cache dir omi uses under an isolated home (its nonce cache is
/// `omi/nonces.json` in it).
pub fn cache_home(config_home: &Path) -> PathBuf {
    config_home.join(".cache")
}

/// The nonce cache file omi uses under an isolated home.
pub fn nonce_cache_file(config_home: &Path) -> PathBuf {
    cache_home(config_home).join("omi").join("nonces.json")
}

/// One HTTP response, read whole.
#[derive(Debug)]
pub struct Resp {
    pub status: u16,
    pub headers: reqwest::header::HeaderMap,
    pub body: String,
}

impl Resp {
    pub fn json(&self) -> serde_json::Value {
        serde_json::from_str(&self.body)
            .unwrap_or_else(|e| panic!("not JSON ({e}): {:?}", self.body))
    }

    pub fn header(&self, name: &str) -> Option<String> {
        self.headers
            .get(name)
            .and_then(|v| v.to_str().ok())
            .map(str::to_string)
    }

    /// The error code of an error body (plain or in an envelope).
    pub fn error_code(&self) -> String {
        let v = self.json();
        let body = if v.get("content").is_some() {
            &v["content"]
        } else {
            &v
        };
        body["errorCode"].as_str().unwrap_or("").to_string()
    }
}

/// Sends one request with full control over the Authorization header, so
/// digest tests can choose nonce, nc and uri. `url` is absolute.
pub fn send(method: &str, url: &str, authorization: Option<&str>, body: Option<Vec<u8>>) -> Resp {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    runtime.block_on(async {
        // reqwest is built without a default crypto provider; use ring, as omi does.
        let _ = rustls::crypto::ring::default_provider().install_default();
        let client = reqwest::Client::new();
        let method = reqwest::Method::from_bytes(method.as_bytes()).unwrap();
        let mut request = client.request(method, url);
        if let Some(a) = authorization {
            request = request.header("Authorization", a);
        }
        if let Some(b) = body {
            request = request.header("Content-Type", "application/json").body(b);
        }
        let response = request.send().await.expect("send request");
        let status = response.status().as_u16();
        let headers = response.headers().clone();
        let body = response.text().await.unwrap_or_default();
        Resp {
            status,
            headers,
            body,
        }
    })
}

impl Sandbox {
    /// A fresh digest challenge (from an unauthenticated GET /groups).
    pub fn challenge(&self) -> digest_auth::WwwAuthenticateHeader {
        let r = send("GET", &self.api("/groups"), None, None);
        assert_eq!(r.status, 401, "{r:?}");
        let h = r.header("www-authenticate").expect("WWW-Authenticate");
        digest_auth::parse(&h).expect("parse challenge")
    }

    /// An Authorization value answering `prompt` for `method` on `uri`
    /// (path and query as sent), with the given private key. Increments
    /// the prompt's nc.
    pub fn authorization(
        &self,
        prompt: &mut digest_auth::WwwAuthenticateHeader,
        method: &str,
        uri: &str,
        private_key: &str,
    ) -> String {
        let context = digest_auth::AuthContext::new_with_method(
            self.public_key.as_str(),
            private_key,
            uri,
            Option::<&[u8]>::None,
            digest_auth::HttpMethod(method.to_string().into()),
        );
        prompt
            .respond(&context)
            .expect("answer challenge")
            .to_header_string()
    }

    /// An authenticated request to `path` under the API root (path may hold
    /// a query), with a fresh challenge each time.
    pub fn call(&self, method: &str, path: &str, body: Option<&str>) -> Resp {
        let mut prompt = self.challenge();
        let uri = format!("/api/public/v1.0{path}");
        let auth = self.authorization(&mut prompt, method, &uri, &self.private_key.clone());
        send(
            method,
            &self.api(path),
            Some(&auth),
            body.map(|b| b.as_bytes().to_vec()),
        )
    }

    /// The integrations path of this sandbox's first project.
    pub fn integrations(&self, suffix: &str) -> String {
        format!("/groups/{}/integrations{suffix}", self.project_id)
    }
}

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
