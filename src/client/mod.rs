//! The HTTP transport to the Ops Manager public API: URL building, the
//! digest session (`digest`, with the `nonce_cache` between runs), the
//! request gate (`rate`), retries (`retry`), bounded body reads, decoding
//! of answers (`decode`), paging (`pages`) and errors with their hints
//! (`error`). It knows nothing of tables or output formats and prints
//! nothing: it hands back bytes or a [`ClientError`], and reports each
//! exchange to the [`exchange::Sink`] it was given, if any. It owns the
//! secrets it sends ([`crate::untrusted::SentSecrets`]) and scrubs them
//! from every server text in its errors.

mod decode;
mod digest;
mod error;
pub mod nonce_cache;
mod pages;
mod rate;
mod retry;

use crate::api::body::Wire;
use crate::api::response::{self, ApiFailure};
use crate::api::API_ROOT;
use crate::exchange::{self, Event, Header};
use crate::input::secret::Secret;
use crate::untrusted::SentSecrets;
use decode::{decode, RawResponse};
pub use digest::{Answer, Challenge, DigestSession};
pub use error::ClientError;
use priority_semaphore::PrioritySemaphore;
use reqwest::header::{HeaderMap, AUTHORIZATION, CONTENT_TYPE, WWW_AUTHENTICATE};
use reqwest::Method;
use std::sync::Arc;
use std::time::{Duration, Instant};
use url::Url;

/// No response body larger than this is read: a proxy that streams forever
/// must not exhaust memory.
pub const MAX_BODY_BYTES: usize = 8 * 1024 * 1024;

/// Everything the transport needs, resolved by `settings`.
pub struct ClientOptions {
    /// The Ops Manager URL, without the API root.
    pub base_url: Url,
    pub public_key: Secret,
    pub private_key: Secret,
    pub timeout: Duration,
    pub retries: u32,
    /// The most a request waits in all between retries.
    pub max_wait: Duration,
    pub ca_cert_pem: Option<Vec<u8>>,
    pub insecure: bool,
    /// Where each exchange is reported (the `-v` log), if anywhere.
    pub log: Option<Arc<dyn exchange::Sink>>,
    /// The folder of the nonce cache (`~/.cache/omi`), unless turned off.
    pub nonce_cache: Option<std::path::PathBuf>,
    /// Requests per second across all of the client's workers, if capped.
    pub max_rate: Option<f64>,
    /// Where the client marks every secret it sends; whatever shows the
    /// server's text scrubs with it (see [`ApiClient::sent`]).
    pub sent: SentSecrets,
}

/// Query parameters every endpoint takes.
#[derive(Debug, Clone, Default)]
pub struct Query {
    pub page_num: Option<u32>,
    pub items_per_page: Option<u32>,
    pub pretty: bool,
    pub envelope: bool,
}

/// A successful (2xx) response.
#[derive(Debug)]
pub struct ApiResponse {
    pub status: u16,
    pub body: Vec<u8>,
}

pub struct ApiClient {
    http: reqwest::Client,
    base: Url,
    session: DigestSession,
    retries: u32,
    max_wait: Duration,
    log: Option<Arc<dyn exchange::Sink>>,
    /// Every send passes it: `--max-rate` and shared 429 pauses.
    gate: rate::Gate,
    /// At most this many requests in flight at once, if limited; reads
    /// waiting for a place go before writes (see [`Self::limit_in_flight`]).
    in_flight: Option<Arc<PrioritySemaphore>>,
    /// The secrets this client has sent.
    sent: SentSecrets,
}

/// The certificates of a `--ca-cert` file: at least one, each a PEM block
/// whose contents parse as an X.509 certificate (each is added to a
/// rustls root store, which parses it, as the TLS handshake would: a bad
/// one is said now, naming the file, not as a handshake failure later).
/// The error says what is wrong with the file.
pub fn ca_certificates(pem: &[u8]) -> Result<Vec<reqwest::Certificate>, String> {
    use rustls::pki_types::{pem::PemObject, CertificateDer};
    let mut roots = rustls::RootCertStore::empty();
    let mut certs = Vec::new();
    for (n, der) in CertificateDer::pem_slice_iter(pem).enumerate() {
        let der = der.map_err(|e| format!("is not a PEM certificate: {e}"))?;
        let bad = |why: String| {
            format!(
                "PEM certificate {} does not hold an X.509 certificate ({why}); \
                 check that the file is the CA certificate, unchanged",
                n + 1
            )
        };
        roots.add(der.clone()).map_err(|e| {
            bad(match e {
                rustls::Error::InvalidCertificate(c) => format!("{c:?}"),
                e => e.to_string(),
            })
        })?;
        certs.push(reqwest::Certificate::from_der(&der).map_err(|e| bad(e.to_string()))?);
    }
    if certs.is_empty() {
        return Err("holds no PEM certificate (-----BEGIN CERTIFICATE-----)".to_string());
    }
    Ok(certs)
}

impl ApiClient {
    pub fn new(opts: ClientOptions) -> Result<ApiClient, ClientError> {
        // reqwest is built without a crypto provider (its default is aws-lc-rs, a C
        // build and a larger binary); ring is the one this crate already uses.
        let _ = rustls::crypto::ring::default_provider().install_default();
        let mut builder = reqwest::Client::builder()
            .tls_backend_rustls()
            .timeout(opts.timeout)
            .connect_timeout(opts.timeout.min(Duration::from_secs(10)))
            .pool_idle_timeout(Duration::from_secs(60))
            .user_agent(concat!("omi/", env!("CARGO_PKG_VERSION")))
            // The Ops Manager API never redirects: a redirect would re-send
            // keys and bodies to wherever it points, or turn a PUT into a GET.
            .redirect(reqwest::redirect::Policy::none())
            .tls_danger_accept_invalid_certs(opts.insecure);
        if let Some(pem) = &opts.ca_cert_pem {
            // Checked as the file was read (`ca_certificates`).
            let certs = ca_certificates(pem)
                .map_err(|e| ClientError::network(format!("--ca-cert {e}"), true))?;
            builder = builder.tls_certs_merge(certs);
        } else if opts.base_url.scheme() == "http" {
            // Plain HTTP never reaches TLS (no redirects are followed), so
            // the system's trust store, a few milliseconds of reading and
            // parsing at every start, is not loaded.
            builder = builder.tls_certs_only(Vec::new());
        }
        let http = builder.build().map_err(|e| {
            let cause = error::innermost_cause(&e).unwrap_or_else(|| e.to_string());
            ClientError::network(
                format!("cannot set up the HTTP client: {cause}"),
                error::is_tls(&e),
            )
        })?;
        let cache = opts.nonce_cache.map(|dir| {
            let key = opts.public_key.expose();
            let (url, sent, log) = (opts.base_url.as_str(), opts.sent.clone(), opts.log.clone());
            nonce_cache::NonceCache::new(dir, url, key, sent, log)
        });
        Ok(ApiClient {
            http,
            base: with_api_root(opts.base_url),
            session: DigestSession::with_cache(opts.public_key, opts.private_key, cache),
            retries: opts.retries,
            max_wait: opts.max_wait,
            log: opts.log,
            gate: rate::Gate::new(opts.max_rate),
            in_flight: None,
            sent: opts.sent,
        })
    }

    /// At most `n` requests in flight at once, whatever number of tasks
    /// send them: a caller can then keep more work going than `n` without
    /// ever loading the server with more.
    ///
    /// A GET waiting for a place goes before a waiting write (FIFO among
    /// each). A read is where a task's work begins and a write where it
    /// ends (apply reads a project, then writes what differs): serving the
    /// longer remaining chain first leaves writes, which nothing waits on,
    /// for the last round, so every place stays busy to the end instead of
    /// the last projects' reads and writes taking a thin round each.
    pub fn limit_in_flight(&mut self, n: usize) {
        self.in_flight = Some(Arc::new(PrioritySemaphore::new(n.max(1))));
    }

    /// The full URL of an API path (`/groups/{id}/integrations`), with the
    /// query parameters the user asked for.
    pub fn url(&self, path: &str, query: &Query) -> Url {
        api_url(&self.base, path, query)
    }

    /// The URL a request would go to, without building a client (for
    /// `--dry-run`, which needs no keys).
    pub fn preview_url(base_url: Url, path: &str, query: &Query) -> Url {
        api_url(&with_api_root(base_url), path, query)
    }

    fn report(&self, event: Event<'_>) {
        if let Some(log) = &self.log {
            log.event(&event);
        }
    }

    /// The secrets this client has sent: what shows a server's text (a
    /// body, a table of it) scrubs with it. The client's own errors are
    /// scrubbed already.
    pub fn sent(&self) -> &SentSecrets {
        &self.sent
    }

    /// Sends one API request, with digest auth and retries, and returns the
    /// 2xx response or the decoded error. The body's secrets are marked as
    /// sent before it leaves, and every text of the server's in an error is
    /// scrubbed of them.
    pub async fn send(
        &self,
        method: Method,
        url: &Url,
        body: Option<&Wire>,
    ) -> Result<ApiResponse, ClientError> {
        if let Some(wire) = body {
            for (secret, mask) in &wire.secrets {
                self.sent.mark(secret, mask);
            }
        }
        let bytes = body.map(|w| w.bytes.as_slice());
        self.send_bytes(method, url, bytes)
            .await
            .map_err(|e| e.scrubbed(&self.sent))
    }

    /// [`Self::send`] of bytes whose secrets are marked. Retries wait at
    /// most `max_wait` in all; a `Retry-After` beyond what is left ends the
    /// request at once.
    async fn send_bytes(
        &self,
        method: Method,
        url: &Url,
        body: Option<&[u8]>,
    ) -> Result<ApiResponse, ClientError> {
        // POST is not idempotent: it is retried only when the server
        // certainly did not act on it (refused connection, 429).
        let idempotent = method != Method::POST;
        let mut attempt = 0;
        let mut waited = Duration::ZERO;
        loop {
            let outcome = self.exchange(&method, url, body).await;
            let retry = match &outcome {
                Ok(r) if r.status == 429 || (idempotent && matches!(r.status, 502..=504)) => {
                    Some(retry::retry_after(&r.headers))
                }
                Err(Failure::Http(e)) if retry::worth_retrying(e, idempotent) => Some(None),
                _ => None,
            };
            if let (Some(hint), true) = (retry, attempt < self.retries) {
                let wait = retry::backoff(attempt, hint);
                if wait <= self.max_wait.saturating_sub(waited) {
                    let why = match &outcome {
                        Ok(r) if hint.is_some() => format!("{} Retry-After", r.status),
                        Ok(r) => format!("{}", r.status),
                        Err(_) => "connection failed".to_string(),
                    };
                    // A 429 is the server's limit for everyone: all workers
                    // pause once, together (the gate holds the next send).
                    // The worker that starts or lengthens the pause says so.
                    if matches!(&outcome, Ok(r) if r.status == 429) {
                        if self.gate.pause(wait) {
                            self.report(Event::Wait { wait, why: &why });
                        }
                    } else {
                        self.report(Event::Wait { wait, why: &why });
                        tokio::time::sleep(wait).await;
                    }
                    waited += wait;
                    attempt += 1;
                    continue;
                }
                if let (Some(after), Ok(raw)) = (hint, &outcome) {
                    return Err(self.waited_too_long(raw, after));
                }
            }
            return match outcome {
                Ok(raw) => decode(&method, raw),
                Err(Failure::Unanswerable(why)) => Err(ClientError::Unanswerable(why)),
                // Without a connection the request never left.
                Err(Failure::Http(e)) => {
                    Err(error::network_error(&e, !e.is_connect() && !idempotent))
                }
            };
        }
    }

    /// The server's answer, with the wait it asked for that `--max-wait`
    /// does not allow.
    fn waited_too_long(&self, raw: &RawResponse, after: Duration) -> ClientError {
        let mut failure = response::api_failure(raw.status, &raw.body);
        failure.retry_after = Some((after.as_secs(), self.max_wait.as_secs()));
        ClientError::Api(Box::new(failure))
    }

    /// One logical request: the first send, then up to two more to answer
    /// a first challenge and a stale nonce, and one last send with the
    /// newest answer: at most four sends.
    ///
    /// A challenge kept from an earlier run and refused is not a fresh
    /// challenge refused (wrong keys): the fresh one is answered, and if
    /// the server accepts that, it is remembered as refusing kept nonces.
    async fn exchange(
        &self,
        method: &Method,
        url: &Url,
        body: Option<&[u8]>,
    ) -> Result<RawResponse, Failure> {
        let uri = &url[url::Position::BeforePath..];
        let mut answer = self.answer(method, uri, body);
        // The fresh challenge this request answered itself: shared with
        // other requests only once this one has used it, so that a server
        // whose nonces answer once cannot see another request use it first
        // and refuse its owner (which would read as wrong keys).
        let mut own: Option<Challenge> = None;
        let mut kept_refused = false;
        for _ in 0..3 {
            let header = answer.as_ref().map(|a| a.header.as_str());
            let response = self.send_once(method, url, body, header).await;
            let answered_own = own.is_some();
            if let Some(c) = own.take() {
                self.session.adopt(c);
            }
            let response = response?;
            if response.status != 401 {
                self.accepted(answer.as_ref(), kept_refused);
                return Ok(response);
            }
            let challenge = response
                .headers
                .get_all(WWW_AUTHENTICATE)
                .iter()
                .filter_map(|v| v.to_str().ok())
                .find_map(Challenge::parse);
            let mut challenge = match challenge {
                None => return Ok(response),
                Some(Err(why)) => return Err(Failure::Unanswerable(why.0)),
                Some(Ok(c)) => c,
            };
            // This request's own fresh challenge answered and refused, not
            // for staleness: the keys are wrong. A shared or kept nonce
            // refused (used up by another request, stale, or refused for
            // reuse): answer the new one.
            if answered_own && !challenge.stale() {
                return Ok(response);
            }
            kept_refused |= answer.as_ref().is_some_and(|a| a.kept) && !challenge.stale();
            answer = self
                .session
                .answer_own(&mut challenge, method.as_str(), uri, body);
            own = Some(challenge);
        }
        let header = answer.as_ref().map(|a| a.header.as_str());
        let response = self.send_once(method, url, body, header).await;
        if let Some(c) = own {
            self.session.adopt(c);
        }
        let response = response?;
        if response.status != 401 {
            self.accepted(answer.as_ref(), kept_refused);
        }
        Ok(response)
    }

    /// The session's answer for this request; says when it answers with a
    /// challenge kept from an earlier run.
    fn answer(&self, method: &Method, uri: &str, body: Option<&[u8]>) -> Option<Answer> {
        let answer = self.session.authorization(method.as_str(), uri, body)?;
        if let Some(age) = answer.loaded {
            self.report(Event::KeptNonce { age });
        }
        Some(answer)
    }

    /// The server accepted `answer` (it did not answer 401); if a kept
    /// challenge was refused on the way, the server refuses kept nonces.
    fn accepted(&self, answer: Option<&Answer>, kept_refused: bool) {
        if let Some(a) = answer {
            self.session.accepted(a);
            if kept_refused {
                self.session.kept_refused();
                self.report(Event::KeptNonceRefused);
            }
        }
    }

    async fn send_once(
        &self,
        method: &Method,
        url: &Url,
        body: Option<&[u8]>,
        authorization: Option<&str>,
    ) -> Result<RawResponse, reqwest::Error> {
        let mut request = self
            .http
            .request(method.clone(), url.clone())
            .header(reqwest::header::ACCEPT, "application/json");
        if let Some(auth) = authorization {
            request = request.header(AUTHORIZATION, auth);
        }
        if let Some(body) = body {
            request = request
                .header(CONTENT_TYPE, "application/json")
                .body(body.to_vec());
        }
        let request = request.build()?;
        // A place among the requests in flight first, then the gate: a
        // request that waited for a place still honours a pause that began
        // meanwhile. Every send takes its turn, challenge round trips too.
        let _permit = match &self.in_flight {
            Some(s) => s.acquire(place_priority(method)).await.ok(),
            None => None,
        };
        self.gate
            .pass(self.max_wait, &|wait| self.report(Event::Paced { wait }))
            .await;
        if self.log.as_ref().is_some_and(|l| l.wants_exchanges()) {
            self.report(Event::Request {
                method: request.method().as_str(),
                url: request.url().as_str(),
                headers: &shown_headers(request.headers(), &self.sent),
            });
        }
        let started = Instant::now();
        let mut response = self.http.execute(request).await?;
        let status = response.status();
        let headers = response.headers().clone();
        let mut body = Vec::new();
        let mut truncated = false;
        while let Some(chunk) = response.chunk().await? {
            if body.len() + chunk.len() > MAX_BODY_BYTES {
                truncated = true;
                break;
            }
            body.extend_from_slice(&chunk);
        }
        if self.log.as_ref().is_some_and(|l| l.wants_exchanges()) {
            self.report(Event::Response {
                status: status.as_u16(),
                reason: status.canonical_reason().unwrap_or(""),
                elapsed: started.elapsed(),
                headers: &shown_headers(&headers, &self.sent),
            });
        }
        Ok(RawResponse {
            status: status.as_u16(),
            headers,
            body,
            truncated,
        })
    }
}

/// A request's turn for a place in flight: reads first.
fn place_priority(method: &Method) -> i32 {
    if method == Method::GET {
        1
    } else {
        0
    }
}

/// Headers as they may be shown: the Authorization header carries the
/// public key and a response derived from the private key, so only its
/// scheme is kept; a sent secret in any other is its mask.
fn shown_headers(headers: &HeaderMap, sent: &SentSecrets) -> Vec<Header> {
    headers
        .iter()
        .map(|(name, value)| {
            let shown = if name == AUTHORIZATION {
                let text = String::from_utf8_lossy(value.as_bytes());
                let scheme = text.split_whitespace().next().unwrap_or("").to_string();
                format!("{scheme} ******")
            } else {
                sent.scrub(&String::from_utf8_lossy(value.as_bytes()))
            };
            (name.to_string(), shown)
        })
        .collect()
}

fn with_api_root(mut base: Url) -> Url {
    base.set_path(&format!(
        "{}{}",
        base.path().trim_end_matches('/'),
        API_ROOT
    ));
    base
}

/// Builds `{base}{path}?query`; `base` already ends with the API root.
fn api_url(base: &Url, path: &str, query: &Query) -> Url {
    let mut url = base.clone();
    url.set_path(&format!("{}{}", base.path().trim_end_matches('/'), path));
    {
        let mut pairs = url.query_pairs_mut();
        if let Some(n) = query.page_num {
            pairs.append_pair("pageNum", &n.to_string());
        }
        if let Some(n) = query.items_per_page {
            pairs.append_pair("itemsPerPage", &n.to_string());
        }
        if query.pretty {
            pairs.append_pair("pretty", "true");
        }
        if query.envelope {
            pairs.append_pair("envelope", "true");
        }
    }
    if url.query() == Some("") {
        url.set_query(None);
    }
    url
}

/// Why an exchange gave no answer to decode.
enum Failure {
    Http(reqwest::Error),
    /// A digest challenge omi cannot answer.
    Unanswerable(String),
}

impl From<reqwest::Error> for Failure {
    fn from(e: reqwest::Error) -> Failure {
        Failure::Http(e)
    }
}

/// For callers that match on an API failure (apply's "already gone").
pub fn api_failure_of(e: &ClientError) -> Option<&ApiFailure> {
    match e {
        ClientError::Api(f) => Some(f),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn urls_keep_a_base_path_and_add_query() {
        let base = Url::parse("https://om.example.com:8443/om/api/public/v1.0").unwrap();
        let q = Query {
            page_num: Some(2),
            items_per_page: Some(10),
            pretty: true,
            envelope: false,
        };
        assert_eq!(
            api_url(&base, "/groups/abc/integrations", &q).as_str(),
            "https://om.example.com:8443/om/api/public/v1.0/groups/abc/integrations?pageNum=2&itemsPerPage=10&pretty=true"
        );
        assert_eq!(
            api_url(&base, "/groups", &Query::default()).as_str(),
            "https://om.example.com:8443/om/api/public/v1.0/groups"
        );
    }

    #[test]
    fn decodes_errors_and_envelopes() {
        let raw = |status, body: &str| RawResponse {
            status,
            headers: HeaderMap::new(),
            body: body.as_bytes().to_vec(),
            truncated: false,
        };
        let get = Method::GET;
        let e = decode(
            &get,
            raw(409, r#"{"errorCode":"INTEGRATION_ALREADY_CONFIGURED"}"#),
        )
        .unwrap_err();
        assert!(matches!(
            e,
            ClientError::Api(ref f) if f.status == 409
        ));
        let e = decode(
            &get,
            raw(
                200,
                r#"{"content":{"error":404,"errorCode":"GROUP_NOT_FOUND"},"status":404}"#,
            ),
        )
        .unwrap_err();
        assert!(matches!(
            e,
            ClientError::Api(ref f) if f.status == 404
        ));
        for (method, status, body, ok) in [
            (Method::GET, 200, "<html>login</html>", false),
            (Method::GET, 200, "", false),
            (Method::PUT, 200, "{}", true),
            (Method::DELETE, 204, "", true),
            (Method::DELETE, 200, "", true),
            (Method::DELETE, 202, "{}", true),
            (Method::DELETE, 200, "<html>login</html>", false),
            (Method::DELETE, 201, "", false),
        ] {
            assert_eq!(
                decode(&method, raw(status, body)).is_ok(),
                ok,
                "{method} {status} {body}"
            );
        }
        let e = decode(&get, raw(307, "")).unwrap_err();
        assert!(matches!(e, ClientError::Redirect { status: 307, .. }));
        assert!(decode(&get, raw(200, r#"{"results":[]}"#)).is_ok());
    }

    /// A server on a free loopback port that answers every request at
    /// once with `{"results":[]}`, except the first, which it holds until
    /// `release` fires. Sends each request line's method and path to
    /// `arrived`, in the order they arrive.
    fn holding_server(
        release: std::sync::mpsc::Receiver<()>,
        arrived: tokio::sync::mpsc::UnboundedSender<String>,
    ) -> Url {
        use std::io::{BufRead, BufReader, Write};
        let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        let url = Url::parse(&format!("http://{}", listener.local_addr().unwrap())).unwrap();
        let release = std::sync::Mutex::new(Some(release));
        std::thread::spawn(move || {
            for stream in listener.incoming().flatten() {
                let first = release.lock().unwrap().take();
                let arrived = arrived.clone();
                std::thread::spawn(move || {
                    let mut reader = BufReader::new(stream.try_clone().unwrap());
                    let mut first = first;
                    loop {
                        let mut line = String::new();
                        if reader.read_line(&mut line).unwrap_or(0) == 0 {
                            return;
                        }
                        let mut length = 0;
                        loop {
                            let mut header = String::new();
                            reader.read_line(&mut header).unwrap();
                            let header = header.trim_end().to_ascii_lowercase();
                            if header.is_empty() {
                                break;
                            }
                            if let Some(n) = header.strip_prefix("content-length:") {
                                length = n.trim().parse().unwrap();
                            }
                        }
                        std::io::Read::read_exact(&mut reader, &mut vec![0; length]).unwrap();
                        let words: Vec<&str> = line.split_whitespace().take(2).collect();
                        let _ = arrived.send(words.join(" "));
                        if let Some(held) = first.take() {
                            let _ = held.recv();
                        }
                        let body = r#"{"results":[]}"#;
                        let _ = write!(
                            &stream,
                            "HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: {}\r\n\r\n{body}",
                            body.len()
                        );
                    }
                });
            }
        });
        url
    }

    /// With one place in flight taken, a write waiting for it and then a
    /// read: the read goes first (reads begin work that writes end).
    #[tokio::test]
    async fn a_waiting_read_goes_before_a_waiting_write() {
        let (release, held) = std::sync::mpsc::channel();
        let (arrived, mut arrivals) = tokio::sync::mpsc::unbounded_channel();
        let base_url = holding_server(held, arrived);
        let mut client = ApiClient::new(ClientOptions {
            base_url,
            public_key: Secret::new("pub"),
            private_key: Secret::new("private"),
            timeout: Duration::from_secs(30),
            retries: 0,
            max_wait: Duration::ZERO,
            ca_cert_pem: None,
            insecure: false,
            log: None,
            nonce_cache: None,
            max_rate: None,
            sent: SentSecrets::default(),
        })
        .unwrap();
        client.limit_in_flight(1);
        let client = &client;
        let queued = |n: usize| async move {
            while client.in_flight.as_ref().unwrap().queued() < n {
                tokio::task::yield_now().await;
            }
        };
        let send = |method: Method, path: &'static str| async move {
            let url = client.url(path, &Query::default());
            let body = (method == Method::PUT).then(|| Wire::plain(b"{}".to_vec()));
            client.send(method, &url, body.as_ref()).await.unwrap();
        };
        tokio::join!(send(Method::GET, "/first"), async {
            // The first request holds the one place.
            assert_eq!(arrivals.recv().await.unwrap(), "GET /api/public/v1.0/first");
            let write = send(Method::PUT, "/write");
            let read = async {
                queued(1).await;
                send(Method::GET, "/read").await;
            };
            let go = async {
                queued(2).await;
                release.send(()).unwrap();
            };
            tokio::join!(write, read, go);
        },);
        let mut order = Vec::new();
        while let Ok(line) = arrivals.try_recv() {
            order.push(line);
        }
        assert_eq!(
            order,
            ["GET /api/public/v1.0/read", "PUT /api/public/v1.0/write"]
        );
    }

    #[test]
    fn authorization_is_never_shown() {
        let mut h = HeaderMap::new();
        h.insert(
            AUTHORIZATION,
            "Digest username=\"pub\", response=\"x\"".parse().unwrap(),
        );
        let shown = shown_headers(&h, &SentSecrets::default());
        assert_eq!(shown[0].1, "Digest ******");
    }
}
