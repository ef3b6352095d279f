//! Connection settings (URL, keys, projects): where each is looked up,
//! how it is checked, and the message that names every place to set it
//! when it is missing.

use super::config_file::{Stored, DEFAULT_PROFILE};
use crate::api::ids;
use crate::cli::raw::ConfigKey;
use crate::errors::OmiError;
use crate::input::env::Env;
use crate::input::secret::Secret;
use std::ops::BitOr;
use url::Url;

/// Where a connection setting is looked up, for "missing" messages.
pub(crate) struct Source {
    pub(crate) flag: &'static str,
    pub(crate) env: &'static str,
    pub(crate) mcli_env: &'static str,
    pub(crate) key: ConfigKey,
}

pub(crate) const BASE_URL: Source = Source {
    flag: "--base-url",
    env: "OMI_BASE_URL",
    mcli_env: "MCLI_OPS_MANAGER_URL",
    key: ConfigKey::BaseUrl,
};
pub(crate) const PUBLIC_KEY: Source = Source {
    flag: "--public-key",
    env: "OMI_PUBLIC_KEY",
    mcli_env: "MCLI_PUBLIC_API_KEY",
    key: ConfigKey::PublicKey,
};
pub(crate) const PRIVATE_KEY: Source = Source {
    flag: "--private-key",
    env: "OMI_PRIVATE_KEY",
    mcli_env: "MCLI_PRIVATE_API_KEY",
    key: ConfigKey::PrivateKey,
};
pub(crate) const PROJECT_ID: Source = Source {
    flag: "--project-id",
    env: "OMI_PROJECT_ID",
    mcli_env: "MCLI_PROJECT_ID",
    key: ConfigKey::ProjectId,
};

impl Source {
    pub(crate) fn missing(&self, profile: &str) -> OmiError {
        let profile_flag = if profile == DEFAULT_PROFILE {
            String::new()
        } else {
            format!(" --profile {profile}")
        };
        OmiError::usage(format!(
            "no {} given: pass {}, set {} (or {}), or run `omi config set {} VALUE{profile_flag}`",
            self.key.name().replace('_', " "),
            self.flag,
            self.env,
            self.mcli_env,
            self.key.name(),
        ))
    }

    /// The first of: the flag's value, `OMI_*`, `MCLI_*`, the profile's;
    /// with where it came from. A variable that is set but empty, or not
    /// UTF-8, is an error, not a reason to look further; so is a profile
    /// value that cannot be used, when it is the one picked.
    pub(crate) fn pick<T>(
        &self,
        flag: Option<T>,
        env: &Env,
        profile: Option<Stored<T>>,
        from_env: impl Fn(&str) -> T,
    ) -> Result<Option<(T, Origin)>, OmiError> {
        if let Some(v) = flag {
            return Ok(Some((v, Origin::Flag(self.flag))));
        }
        for name in [self.env, self.mcli_env] {
            if let Some(v) = env.setting(name)? {
                return Ok(Some((from_env(v), Origin::Env(name))));
            }
        }
        profile.map(|v| v.map(|v| (v, Origin::Profile))).transpose()
    }
}

/// The connection settings a command cannot do without, said by name:
/// `Needs::URL | Needs::KEYS | Needs::ONE_PROJECT`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Needs(u8);

impl Needs {
    pub const NOTHING: Needs = Needs(0);
    /// The Ops Manager URL.
    pub const URL: Needs = Needs(1);
    /// The public and private API keys.
    pub const KEYS: Needs = Needs(2);
    /// Exactly one project.
    pub const ONE_PROJECT: Needs = Needs(4);

    pub fn contains(self, other: Needs) -> bool {
        self.0 & other.0 == other.0
    }
}

impl BitOr for Needs {
    type Output = Needs;
    fn bitor(self, rhs: Needs) -> Needs {
        Needs(self.0 | rhs.0)
    }
}

/// Where a setting's value came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Origin {
    Flag(&'static str),
    Env(&'static str),
    /// The profile in the config file.
    Profile,
    /// Nobody set it: the built-in default.
    Default,
}

/// The origin of each connection setting that is set.
#[derive(Debug, Clone, Default)]
pub struct Origins {
    pub base_url: Option<Origin>,
    pub public_key: Option<Origin>,
    pub private_key: Option<Origin>,
    pub project_id: Option<Origin>,
    pub profile: Option<Origin>,
}

/// Why a setting found in a variable or the profile cannot be used (set
/// but empty, not UTF-8, of the wrong type): said only by a command that
/// would use it, so that `omi schema` or a dry run does not fail for a key
/// it never reads.
#[derive(Debug, Clone, Default)]
pub(crate) struct Problems {
    pub(crate) base_url: Option<OmiError>,
    pub(crate) public_key: Option<OmiError>,
    pub(crate) private_key: Option<OmiError>,
    pub(crate) project_id: Option<OmiError>,
}

impl Problems {
    /// The value of `found`, or `None` with its problem kept in `slot`.
    pub(crate) fn defer<T>(
        slot: &mut Option<OmiError>,
        found: Result<Option<T>, OmiError>,
    ) -> Option<T> {
        found.unwrap_or_else(|e| {
            *slot = Some(e);
            None
        })
    }

    /// Each problem, with the setting it is of.
    pub fn all(&self) -> impl Iterator<Item = (&'static str, &OmiError)> {
        // In the order they are resolved in.
        [
            ("private_key", &self.private_key),
            ("public_key", &self.public_key),
            ("project_id", &self.project_id),
            ("base_url", &self.base_url),
        ]
        .into_iter()
        .filter_map(|(name, p)| p.as_ref().map(|p| (name, p)))
    }
}

fn or_problem<T>(problem: &Option<OmiError>, value: Result<T, OmiError>) -> Result<T, OmiError> {
    match problem {
        Some(p) => Err(p.clone()),
        None => value,
    }
}

/// Connection settings; each is checked when a command needs it.
#[derive(Debug, Clone)]
pub struct Connection {
    pub(crate) base_url: Option<String>,
    pub(crate) public_key: Option<Secret>,
    pub(crate) private_key: Option<Secret>,
    pub(crate) project_ids: Vec<String>,
    /// `--project NAME`s, resolved by the command (it takes HTTP).
    pub(crate) project_names: Vec<String>,
    pub(crate) profile: String,
    pub(crate) origins: Origins,
    pub(crate) problems: Problems,
}

impl Connection {
    /// Checks that every setting a command needs is there, naming all the
    /// missing ones at once rather than one per attempt.
    pub fn require(&self, needs: Needs) -> Result<(), OmiError> {
        let keys = needs.contains(Needs::KEYS);
        let one_project = needs.contains(Needs::ONE_PROJECT);
        let p = &self.problems;
        for (needed, problem) in [
            (needs.contains(Needs::URL), &p.base_url),
            (keys, &p.public_key),
            (keys, &p.private_key),
            (one_project, &p.project_id),
        ] {
            if let (true, Some(problem)) = (needed, problem) {
                return Err(problem.clone());
            }
        }
        let mut missing = Vec::new();
        if needs.contains(Needs::URL) && self.base_url.is_none() {
            missing.push(BASE_URL.missing(&self.profile));
        }
        if keys && self.public_key.is_none() {
            missing.push(PUBLIC_KEY.missing(&self.profile));
        }
        if keys && self.private_key.is_none() {
            missing.push(PRIVATE_KEY.missing(&self.profile));
        }
        if one_project && self.project_ids.is_empty() && self.project_names.is_empty() {
            missing.push(PROJECT_ID.missing(&self.profile));
        }
        match missing.len() {
            0 => Ok(()),
            1 => Err(missing.remove(0)),
            _ => Err(OmiError::usage(format!(
                "{} settings are missing:\n  {}",
                missing.len(),
                missing
                    .iter()
                    .map(|e| e.message.as_str())
                    .collect::<Vec<_>>()
                    .join("\n  ")
            ))),
        }
    }

    pub fn base_url(&self) -> Result<Url, OmiError> {
        let raw = self.base_url.as_deref();
        let raw = or_problem(
            &self.problems.base_url,
            raw.ok_or_else(|| BASE_URL.missing(&self.profile)),
        )?;
        parse_base_url(raw)
    }

    pub fn public_key(&self) -> Result<Secret, OmiError> {
        let key = self.public_key.clone();
        or_problem(
            &self.problems.public_key,
            key.ok_or_else(|| PUBLIC_KEY.missing(&self.profile)),
        )
    }

    pub fn private_key(&self) -> Result<Secret, OmiError> {
        let key = self.private_key.clone();
        or_problem(
            &self.problems.private_key,
            key.ok_or_else(|| PRIVATE_KEY.missing(&self.profile)),
        )
    }

    /// Why settings found cannot be used, for `config show --effective`.
    pub(crate) fn problems(&self) -> &Problems {
        &self.problems
    }

    /// The one project a single-project command works on.
    pub fn project_id(&self) -> Result<String, OmiError> {
        if let Some(problem) = &self.problems.project_id {
            return Err(problem.clone());
        }
        match self.project_ids.as_slice() {
            [] => Err(PROJECT_ID.missing(&self.profile)),
            [one] => Ok(one.clone()),
            _ => Err(OmiError::usage(
                "--project-id is given more than once; only `omi apply` works on several projects",
            )),
        }
    }

    /// Where each setting came from, for `config show --effective`.
    pub fn origins(&self) -> &Origins {
        &self.origins
    }

    /// The base URL as given (not checked), if any.
    pub fn base_url_raw(&self) -> Option<&str> {
        self.base_url.as_deref()
    }

    /// The public key, if any.
    pub fn public_key_opt(&self) -> Option<&Secret> {
        self.public_key.as_ref()
    }

    /// Whether a private key was found.
    pub fn has_private_key(&self) -> bool {
        self.private_key.is_some()
    }

    /// The profile's name.
    pub fn profile(&self) -> &str {
        &self.profile
    }

    /// The projects `--project-id` named (for apply), possibly none.
    pub fn project_ids(&self) -> &[String] {
        &self.project_ids
    }

    /// The projects `--project` named, possibly none.
    pub fn project_names(&self) -> &[String] {
        &self.project_names
    }
}

/// Accepts `https://host:8443`, with or without a trailing slash or the
/// API root, and returns the Ops Manager URL without the API root.
pub fn parse_base_url(raw: &str) -> Result<Url, OmiError> {
    let shown = shown_base_url(raw);
    let bad = |why: &str| {
        OmiError::usage(format!(
            "base URL '{shown}' {why}; expected e.g. https://om.example.com:8443"
        ))
    };
    let mut url = Url::parse(raw.trim()).map_err(|e| bad(&format!("is not a URL ({e})")))?;
    if !matches!(url.scheme(), "http" | "https") {
        return Err(bad("must start with http:// or https://"));
    }
    if !url.username().is_empty() || url.password().is_some() {
        return Err(bad("must not contain credentials; use the API keys"));
    }
    if url.query().is_some() || url.fragment().is_some() {
        return Err(bad("must not have a query or fragment"));
    }
    let path = url.path().trim_end_matches('/');
    let path = path
        .strip_suffix(crate::api::API_ROOT)
        .unwrap_or(path)
        .to_string();
    url.set_path(&path);
    Ok(url)
}

/// A base URL as it may be shown wherever omi shows one: the password of
/// a `user:password@` in it masked (`http://u:******@host/`). A text with
/// an `@` that is no URL with a host is hidden whole: what part is a
/// password cannot be told.
pub fn shown_base_url(raw: &str) -> String {
    if !raw.contains('@') {
        return raw.to_string();
    }
    let mut url = match Url::parse(raw.trim()) {
        Ok(url) if url.host_str().is_some() => url,
        _ => return "(hidden)".to_string(),
    };
    if url.password().is_none() {
        return raw.to_string();
    }
    match url.set_password(Some("******")) {
        Ok(()) => url.to_string(),
        Err(()) => "(hidden)".to_string(),
    }
}

/// A project id typed by a person: 24 hex characters, kept lower-case.
pub fn check_project_id(id: &str) -> Result<String, OmiError> {
    ids::normalize(id).ok_or_else(|| {
        OmiError::usage(format!(
            "project id '{}' is not 24 hex characters; find it in Ops Manager under Project Settings",
            id.trim()
        ))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_password_in_a_base_url_is_never_shown() {
        assert_eq!(
            shown_base_url("http://u:ZZSECRETzz99@127.0.0.1:9"),
            "http://u:******@127.0.0.1:9/"
        );
        assert_eq!(
            shown_base_url("https://om.example.com:8443"),
            "https://om.example.com:8443"
        );
        assert_eq!(shown_base_url("http://u@h/x@y"), "http://u@h/x@y");
        assert_eq!(shown_base_url("u:ZZSECRET@@"), "(hidden)");
        let e = parse_base_url("http://u:ZZSECRETzz99@h").unwrap_err();
        assert!(!e.message.contains("ZZSECRET"), "{}", e.message);
    }

    #[test]
    fn base_url_forms() {
        for raw in [
            "https://om.example.com:8443",
            "https://om.example.com:8443/",
            "https://om.example.com:8443/api/public/v1.0",
            "https://om.example.com:8443/api/public/v1.0/",
        ] {
            assert_eq!(
                parse_base_url(raw).unwrap().as_str(),
                "https://om.example.com:8443/",
                "{raw}"
            );
        }
        assert!(parse_base_url("om.example.com").is_err());
        assert!(parse_base_url("ftp://om.example.com").is_err());
        let e = parse_base_url("https://user:pw-secret@om").unwrap_err();
        assert!(!e.message.contains("pw-secret") && e.message.contains("credentials"));
    }

    #[test]
    fn project_ids_are_checked() {
        assert!(check_project_id("5e2211c17a3e5a48f5497de3").is_ok());
        assert!(check_project_id("5e2211c17a3e5a48f5497de").is_err());
        assert!(check_project_id("../../../etc/passwd00000").is_err());
    }
}
