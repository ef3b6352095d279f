//! Shared by the end-to-end tests: a real `omi-sandbox` process on a free
//! port, and `omi` commands pointed at it with an isolated config dir.
#![allow(dead_code)]

use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

pub const SANDBOX: &str = env!("CARGO_BIN_EXE_omi-sandbox");
pub const OMI: &str = env!("CARGO_BIN_EXE_omi");

/// A running sandbox. Killed when dropped.
pub struct Sandbox {
    child: Child,
    pub base_url: String,
    pub public_key: String,
    pub private_key: String,
    pub project_id: String,
    stderr: Arc<Mutex<Vec<String>>>,
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
        let stderr = Arc::new(Mutex::new(Vec::new()));
        let sink = Arc::clone(&stderr);
        let err = child.stderr.take().unwrap();
        std::thread::spawn(move || {
            for line in BufReader::new(err).lines().map_while(Result::ok) {
                sink.lock().unwrap().push(line);
            }
        });
        let mut out = BufReader::new(child.stdout.take().unwrap());
        let mut vars = std::collections::HashMap::new();
        for _ in 0..4 {
            let mut line = String::new();
            if out.read_line(&mut line).unwrap_or(0) == 0 {
                let _ = child.kill();
                std::thread::sleep(Duration::from_millis(100));
                panic!(
                    "omi-sandbox printed no export lines; stderr: {:?}",
                    stderr.lock().unwrap()
                );
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

    /// Lines the sandbox has written to stderr so far.
    pub fn stderr_lines(&self) -> Vec<String> {
        self.stderr.lock().unwrap().clone()
    }

    /// Waits until the sandbox has written at least `n` stderr lines (the
    /// access log is written after the response is sent).
    pub fn wait_for_stderr_lines(&self, n: usize) -> Vec<String> {
        let deadline = Instant::now() + Duration::from_secs(5);
        loop {
            let lines = self.stderr_lines();
            if lines.len() >= n || Instant::now() > deadline {
                return lines;
            }
            std::thread::sleep(Duration::from_millis(10));
        }
    }

    /// Every stderr line the sandbox has written so far, once no new line
    /// has arrived for a moment: the lines of requests already answered may
    /// still be on their way through the pipe.
    pub fn settled_stderr_lines(&self) -> Vec<String> {
        let deadline = Instant::now() + Duration::from_secs(5);
        let mut seen = self.stderr_lines().len();
        let mut quiet_since = Instant::now();
        while Instant::now() < deadline {
            std::thread::sleep(Duration::from_millis(20));
            let now = self.stderr_lines().len();
            if now != seen {
                seen = now;
                quiet_since = Instant::now();
            } else if quiet_since.elapsed() >= Duration::from_millis(200) {
                break;
            }
        }
        self.stderr_lines()
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

/// `omi` with every connection variable cleared and the config dir set to
/// `config_home`, so the test controls everything it sees.
pub fn isolated_omi(config_home: &Path) -> assert_cmd::Command {
    let mut cmd = assert_cmd::Command::new(OMI);
    for var in [
        "OMI_BASE_URL",
        "OMI_PUBLIC_KEY",
        "OMI_PRIVATE_KEY",
        "OMI_PROJECT_ID",
        "OMI_PROFILE",
        "MCLI_OPS_MANAGER_URL",
        "MCLI_PUBLIC_API_KEY",
        "MCLI_PRIVATE_API_KEY",
        "MCLI_PROJECT_ID",
    ] {
        cmd.env_remove(var);
    }
    cmd.env("XDG_CONFIG_HOME", config_home)
        .env("HOME", config_home)
        .env("NO_COLOR", "1")
        .timeout(Duration::from_secs(60));
    cmd
}

/// The config file omi uses under an isolated config home.
pub fn config_file(config_home: &Path) -> PathBuf {
    config_home.join("omi").join("config.toml")
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
