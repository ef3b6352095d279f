//! Requests to a sandbox with full control over the Authorization header
//! (so digest tests choose nonce, nc and uri), answered whole, and the
//! integration endpoints' calls the server-side tests make: one `call`,
//! and `post`, `put` and `get_one` of one integration type.

use super::sandbox::Sandbox;
use serde_json::Value;

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

/// `POST` of one integration type's body to the sandbox's first project.
pub fn post(sb: &Sandbox, ty: &str, body: &Value) -> Resp {
    sb.call(
        "POST",
        &sb.integrations(&format!("/{ty}")),
        Some(&body.to_string()),
    )
}

/// `PUT` of one integration type's body to the sandbox's first project.
pub fn put(sb: &Sandbox, ty: &str, body: &Value) -> Resp {
    sb.call(
        "PUT",
        &sb.integrations(&format!("/{ty}")),
        Some(&body.to_string()),
    )
}

/// `GET` of one integration type of the sandbox's first project.
pub fn get_one(sb: &Sandbox, ty: &str) -> Resp {
    sb.call("GET", &sb.integrations(&format!("/{ty}")), None)
}
