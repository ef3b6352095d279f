//! A one-purpose HTTP server on a free loopback port, for tests of omi
//! against servers that misbehave. Written once, shared by every test
//! module that needs one (`use crate::util::hostile::*;`).

use std::io::{Read, Write};
use std::net::{TcpListener, TcpStream};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};

/// One request as the server read it.
#[derive(Debug, Clone)]
pub struct Seen {
    pub method: String,
    pub path: String,
    /// The request head, lower-cased.
    pub head: String,
    pub body: Vec<u8>,
}

pub struct Hostile {
    pub url: String,
    pub requests: Arc<AtomicUsize>,
    seen: Arc<Mutex<Vec<Seen>>>,
}

impl Hostile {
    /// How many requests arrived.
    pub fn count(&self) -> usize {
        self.requests.load(Ordering::SeqCst)
    }

    /// Every request that arrived, in order.
    pub fn seen(&self) -> Vec<Seen> {
        self.seen.lock().unwrap().clone()
    }
}

/// Starts the server; `reply` gets the connection (request already read)
/// and the request's index.
pub fn hostile(reply: impl Fn(&mut TcpStream, usize) + Send + Sync + 'static) -> Hostile {
    hostile_seeing(move |stream, _, n| reply(stream, n))
}

/// Like [`hostile`], and `reply` also sees the request it answers.
pub fn hostile_seeing(
    reply: impl Fn(&mut TcpStream, &Seen, usize) + Send + Sync + 'static,
) -> Hostile {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let url = format!("http://{}", listener.local_addr().unwrap());
    let requests = Arc::new(AtomicUsize::new(0));
    let seen = Arc::new(Mutex::new(Vec::new()));
    let (counter, log) = (Arc::clone(&requests), Arc::clone(&seen));
    let reply = Arc::new(reply);
    std::thread::spawn(move || {
        for stream in listener.incoming() {
            let Ok(mut stream) = stream else { continue };
            let (counter, log, reply) =
                (Arc::clone(&counter), Arc::clone(&log), Arc::clone(&reply));
            std::thread::spawn(move || {
                // Serve requests on this connection until it closes.
                while let Some(request) = read_request(&mut stream) {
                    log.lock().unwrap().push(request.clone());
                    let n = counter.fetch_add(1, Ordering::SeqCst);
                    reply(&mut stream, &request, n);
                }
            });
        }
    });
    Hostile {
        url,
        requests,
        seen,
    }
}

/// Reads one request (head and a Content-Length body); `None` at EOF.
fn read_request(stream: &mut TcpStream) -> Option<Seen> {
    let mut buf = Vec::new();
    let mut byte = [0u8; 1];
    while !buf.ends_with(b"\r\n\r\n") {
        match stream.read(&mut byte) {
            Ok(1) => buf.push(byte[0]),
            _ => return None,
        }
    }
    let head = String::from_utf8_lossy(&buf).to_string();
    let mut first = head.split_whitespace();
    let method = first.next().unwrap_or("").to_string();
    let path = first.next().unwrap_or("").to_string();
    let head = head.to_ascii_lowercase();
    let len = head
        .lines()
        .find_map(|l| l.strip_prefix("content-length:"))
        .and_then(|v| v.trim().parse::<usize>().ok())
        .unwrap_or(0);
    let mut body = vec![0u8; len];
    stream.read_exact(&mut body).ok()?;
    Some(Seen {
        method,
        path,
        head,
        body,
    })
}

/// Writes a whole response with a Content-Length.
pub fn respond(stream: &mut TcpStream, status: &str, headers: &str, body: &[u8]) {
    let head = format!(
        "HTTP/1.1 {status}\r\nContent-Length: {}\r\n{headers}\r\n",
        body.len()
    );
    let _ = stream.write_all(head.as_bytes());
    let _ = stream.write_all(body);
}

/// The header of a JSON response.
pub const JSON: &str = "Content-Type: application/json\r\n";

/// A 200 with a JSON body.
pub fn ok_json(stream: &mut TcpStream, body: &[u8]) {
    respond(stream, "200 OK", JSON, body);
}

/// An empty list page, the answer to `omi list`.
pub const EMPTY_PAGE: &[u8] = br#"{"links":[],"results":[],"totalCount":0}"#;

/// The private key every `omi` run against a hostile server uses: no
/// output may ever contain it.
pub const PRIVATE_KEY: &str = "hostile-test-private-key";

/// `omi` pointed at `url`, with keys, a project and an empty config dir.
pub fn omi(url: &str) -> assert_cmd::Command {
    let home = Box::leak(Box::new(tempfile::tempdir().unwrap()));
    omi_in(url, home.path())
}

/// `omi` pointed at `url` with `home` as its config and cache home, which
/// several runs may share (the nonce cache lives there).
pub fn omi_in(url: &str, home: &std::path::Path) -> assert_cmd::Command {
    let mut cmd = super::isolated_omi(home);
    cmd.env("OMI_BASE_URL", url)
        .env("OMI_PUBLIC_KEY", "pub")
        .env("OMI_PRIVATE_KEY", PRIVATE_KEY)
        .env("OMI_PROJECT_ID", "5e2211c17a3e5a48f5497de3");
    cmd
}
