//! The config file: `config.toml` under the platform config dir, one table
//! per profile with keys `base_url`, `public_key`, `private_key`,
//! `project_id`. Loaded and written only on behalf of `main`/`app`; other
//! code receives the resolved `Settings`.

use crate::cli::raw::{parse_max_rate, parse_switch, ConfigKey};
use crate::errors::{ExitKind, OmiError};
use crate::input::secret::Secret;
use std::path::{Path, PathBuf};

pub const DEFAULT_PROFILE: &str = "default";

/// How long `config set` waits for another writer's lock before it fails:
/// a write takes milliseconds, so a longer hold is a stuck process.
const CONFIG_LOCK_WAIT: std::time::Duration = std::time::Duration::from_secs(10);

/// The path of the config file, from the platform config dir.
pub fn default_path(config_dir: Option<PathBuf>) -> Option<PathBuf> {
    config_dir.map(|d| d.join("omi").join("config.toml"))
}

/// A profile's value as the file holds it: usable text, or the usage
/// error of a value that is not (naming the key, the profile, the file
/// and the fix, never the value). It is an error only where it is used,
/// so `config set` and `config show` can still fix and show the profile.
pub type Stored<T> = Result<T, OmiError>;

/// One profile's values. The private key is a `Secret` from the moment it
/// is read.
#[derive(Debug, Default, Clone)]
pub struct Profile {
    pub base_url: Option<Stored<String>>,
    pub public_key: Option<Stored<Secret>>,
    pub private_key: Option<Stored<Secret>>,
    pub project_id: Option<Stored<String>>,
    pub max_rate: Option<Stored<String>>,
    pub quiet: Option<Stored<String>>,
}

/// The whole file as a TOML document, so that writing one key keeps every
/// other profile and key as it was.
#[derive(Debug, Clone)]
pub struct ConfigFile {
    pub path: PathBuf,
    doc: toml::Table,
    /// Set when the file is readable by group or others and holds a private key.
    pub loose_permissions: bool,
}

impl ConfigFile {
    /// Reads the file; a missing file is an empty config. A file that does
    /// not parse is an error naming the file and line, without quoting it
    /// (the line may hold a key).
    pub fn load(path: &Path) -> Result<ConfigFile, OmiError> {
        let text = match crate::input::files::read_text(path, 1024 * 1024) {
            Ok(t) => t,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                return Ok(ConfigFile {
                    path: path.to_path_buf(),
                    doc: toml::Table::new(),
                    loose_permissions: false,
                })
            }
            Err(e) => {
                return Err(OmiError::usage(format!(
                    "cannot read config file {}: {e}",
                    path.display()
                )))
            }
        };
        let doc: toml::Table = toml::from_str(&text).map_err(|e| {
            OmiError::usage(format!(
                "config file {} {}",
                path.display(),
                crate::input::files::toml_error(&text, &e)
            ))
            .with_hint("fix or remove the file; omi will not overwrite it")
        })?;
        for (name, value) in &doc {
            if !value.is_table() {
                return Err(OmiError::usage(format!(
                    "config file {}: '{name}' should be a [profile] table of keys",
                    path.display()
                )));
            }
        }
        let holds_private_key = doc
            .values()
            .any(|p| p.get(ConfigKey::PrivateKey.name()).is_some());
        Ok(ConfigFile {
            path: path.to_path_buf(),
            loose_permissions: holds_private_key && is_group_or_world_readable(path),
            doc,
        })
    }

    pub fn profile(&self, name: &str) -> Profile {
        let Some(table) = self.doc.get(name).and_then(toml::Value::as_table) else {
            return Profile::default();
        };
        let get = |k: ConfigKey| table.get(k.name()).map(|v| self.stored(name, k, v));
        let secret = |k: ConfigKey| get(k).map(|v| v.map(Secret::new));
        Profile {
            base_url: get(ConfigKey::BaseUrl),
            public_key: secret(ConfigKey::PublicKey),
            private_key: secret(ConfigKey::PrivateKey),
            project_id: get(ConfigKey::ProjectId),
            max_rate: get(ConfigKey::MaxRate),
            quiet: get(ConfigKey::Quiet),
        }
    }

    /// A key's value as text: a string, or for `max_rate` a number too
    /// (and a rate); not empty, blank or holding a control character.
    fn stored(&self, profile: &str, key: ConfigKey, value: &toml::Value) -> Stored<String> {
        let text = match (key, value) {
            (_, toml::Value::String(s)) => s.clone(),
            (ConfigKey::MaxRate, toml::Value::Integer(n)) => n.to_string(),
            (ConfigKey::MaxRate, toml::Value::Float(f)) => f.to_string(),
            (ConfigKey::Quiet, toml::Value::Boolean(b)) => b.to_string(),
            (ConfigKey::Quiet, v) => {
                let problem = format!("holds {}; it should be true or false", a_type(v));
                return Err(self.bad_value(profile, key, &problem));
            }
            (ConfigKey::MaxRate, v) => {
                let problem = format!("holds {}; it should be a number", a_type(v));
                return Err(self.bad_value(profile, key, &problem));
            }
            (_, v) => {
                let problem = format!("holds {}; it should be a string (in quotes)", a_type(v));
                return Err(self.bad_value(profile, key, &problem));
            }
        };
        if text.trim().is_empty() {
            return Err(self.bad_value(profile, key, "is empty"));
        }
        if text.chars().any(char::is_control) {
            return Err(self.bad_value(profile, key, "contains a control character"));
        }
        if let Some(c) = text
            .chars()
            .find(|&c| crate::untrusted::terminal::invisible(c))
        {
            let problem = format!("contains an invisible character (U+{:04X})", u32::from(c));
            return Err(self.bad_value(profile, key, &problem));
        }
        if key == ConfigKey::MaxRate {
            parse_max_rate(text.trim())
                .map_err(|e| self.bad_value(profile, key, &format!("is not a rate: {e}")))?;
        }
        if key == ConfigKey::Quiet {
            parse_switch(text.trim())
                .map_err(|e| self.bad_value(profile, key, &format!("is not a switch: {e}")))?;
        }
        Ok(text)
    }

    /// The error for a stored value that cannot be used.
    pub fn bad_value(&self, profile: &str, key: ConfigKey, problem: &str) -> OmiError {
        let key = key.name();
        OmiError::usage(format!(
            "{key} in profile '{profile}' of {} {problem}",
            self.path.display()
        ))
        .with_hint(format!(
            "fix it with `omi config set {key} VALUE --profile {profile}`"
        ))
    }

    /// The profiles the file holds, sorted by name.
    pub fn profile_names(&self) -> impl Iterator<Item = &str> {
        self.doc.keys().map(String::as_str)
    }

    pub fn has_profile(&self, name: &str) -> bool {
        self.doc.contains_key(name)
    }

    pub fn set(&mut self, profile: &str, key: ConfigKey, value: &str) {
        let entry = self
            .doc
            .entry(profile.to_string())
            .or_insert_with(|| toml::Value::Table(toml::Table::new()));
        if let toml::Value::Table(t) = entry {
            t.insert(
                key.name().to_string(),
                toml::Value::String(value.to_string()),
            );
        }
    }

    /// Removes one key from a profile, if it holds it; the profile's
    /// table stays, empty or not, so that `--profile NAME` still names it.
    /// Whether the key was there.
    pub fn unset(&mut self, profile: &str, key: ConfigKey) -> bool {
        self.doc
            .get_mut(profile)
            .and_then(toml::Value::as_table_mut)
            .is_some_and(|t| t.remove(key.name()).is_some())
    }

    /// Sets one key as `set` + `save` would, but under the config file's
    /// lock and on a fresh read of the file, so that concurrent `omi
    /// config set` runs keep every change.
    pub fn set_locked(&self, profile: &str, key: ConfigKey, value: &str) -> Result<(), OmiError> {
        self.locked(|fresh| {
            fresh.set(profile, key, value);
            true
        })
        .map(|_| ())
    }

    /// Removes one key as `unset` + `save` would, under the same lock and
    /// on a fresh read as [`Self::set_locked`]; the file is written only
    /// when the key was there. Whether it was.
    pub fn unset_locked(&self, profile: &str, key: ConfigKey) -> Result<bool, OmiError> {
        self.locked(|fresh| fresh.unset(profile, key))
    }

    /// `change` on a fresh read of the file, under the config file's lock;
    /// saved when it says it changed something.
    fn locked(&self, change: impl FnOnce(&mut ConfigFile) -> bool) -> Result<bool, OmiError> {
        use crate::input::files::{refusal, Lock};
        let lock_path = Lock::path_for(&self.path);
        let fail = |why: String| {
            OmiError::new(
                ExitKind::Failure,
                format!("cannot lock config file {}: {why}", self.path.display()),
            )
        };
        let lock =
            Lock::acquire_within(&lock_path, CONFIG_LOCK_WAIT).map_err(|e| match refusal(&e) {
                Some(why) => fail(format!("{} {why}", lock_path.display())).with_hint(format!(
                    "remove {} (omi creates it afresh) and run the command again",
                    lock_path.display()
                )),
                None => fail(format!("{}: {e}", lock_path.display())),
            })?;
        let Some(_lock) = lock else {
            return Err(fail(format!(
                "another process has held {} for {} s",
                lock_path.display(),
                CONFIG_LOCK_WAIT.as_secs()
            ))
            .with_hint("another `omi config set` may be stuck; the lock goes when it exits"));
        };
        let mut fresh = ConfigFile::load(&self.path)?;
        let changed = change(&mut fresh);
        if changed {
            fresh.save()?;
        }
        Ok(changed)
    }

    /// Writes the file atomically, readable by the owner only.
    pub fn save(&self) -> Result<(), OmiError> {
        let text = toml::to_string(&self.doc)
            .map_err(|e| OmiError::new(ExitKind::Failure, format!("cannot encode config: {e}")))?;
        crate::input::files::write_private(&self.path, text.as_bytes()).map_err(|e| {
            OmiError::new(
                ExitKind::Failure,
                format!("cannot write config file {}: {e}", self.path.display()),
            )
        })
    }
}

/// "an integer", "a boolean": a TOML value's type, for messages.
fn a_type(value: &toml::Value) -> String {
    let name = value.type_str();
    let article = if name.starts_with(['a', 'e', 'i', 'o', 'u']) {
        "an"
    } else {
        "a"
    };
    format!("{article} {name}")
}

#[cfg(unix)]
fn is_group_or_world_readable(path: &Path) -> bool {
    use std::os::unix::fs::PermissionsExt;
    std::fs::metadata(path)
        .map(|m| m.permissions().mode() & 0o077 != 0)
        .unwrap_or(false)
}

#[cfg(not(unix))]
fn is_group_or_world_readable(_path: &Path) -> bool {
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_and_keeps_other_profiles() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("omi/config.toml");
        let mut c = ConfigFile::load(&path).unwrap();
        c.set("default", ConfigKey::BaseUrl, "http://a");
        c.set("prod", ConfigKey::PrivateKey, "sekrit");
        c.save().unwrap();
        let mut c = ConfigFile::load(&path).unwrap();
        assert!(!c.loose_permissions);
        c.set("default", ConfigKey::ProjectId, "p");
        c.save().unwrap();
        let c = ConfigFile::load(&path).unwrap();
        let default = c.profile("default");
        assert_eq!(default.base_url.unwrap().unwrap(), "http://a");
        assert_eq!(default.project_id.unwrap().unwrap(), "p");
        let prod = c.profile("prod").private_key.unwrap().unwrap();
        assert_eq!(prod.expose(), "sekrit");
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(&path).unwrap().permissions().mode();
            assert_eq!(mode & 0o777, 0o600);
        }
    }

    #[test]
    fn unset_removes_one_key_and_keeps_the_profile() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("omi/config.toml");
        let mut c = ConfigFile::load(&path).unwrap();
        c.set("prod", ConfigKey::BaseUrl, "http://a");
        c.set("prod", ConfigKey::ProjectId, "p");
        c.set("default", ConfigKey::ProjectId, "q");
        c.save().unwrap();
        assert!(c.unset_locked("prod", ConfigKey::ProjectId).unwrap());
        assert!(!c.unset_locked("prod", ConfigKey::ProjectId).unwrap());
        assert!(!c.unset_locked("nowhere", ConfigKey::ProjectId).unwrap());
        let c = ConfigFile::load(&path).unwrap();
        assert!(c.profile("prod").project_id.is_none());
        assert_eq!(c.profile("prod").base_url.unwrap().unwrap(), "http://a");
        assert_eq!(c.profile("default").project_id.unwrap().unwrap(), "q");
        assert!(c.unset_locked("prod", ConfigKey::BaseUrl).unwrap());
        let c = ConfigFile::load(&path).unwrap();
        assert!(c.has_profile("prod"), "an emptied profile stays");
        assert!(!c.has_profile("nowhere"));
    }

    #[test]
    fn corrupt_file_names_the_line_and_not_the_value() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("config.toml");
        std::fs::write(
            &path,
            "[default]\nbase_url = \"x\"\nprivate_key = \"abc-secret\n",
        )
        .unwrap();
        let err = ConfigFile::load(&path).unwrap_err();
        assert!(err.message.contains("line 3"), "{}", err.message);
        assert!(err.message.contains("config.toml"));
        assert!(!err.message.contains("abc-secret"));
    }
}
