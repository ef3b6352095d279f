//! What `main` reads of the process once: the environment and which
//! standard streams are terminals.

use crate::errors::OmiError;
use std::collections::{HashMap, HashSet};
use std::ffi::OsString;

/// The environment, captured once by `main`. It holds keys
/// (`OMI_PRIVATE_KEY`), so `Debug` lists only the variables' names.
#[derive(Clone, Default)]
pub struct Env {
    vars: HashMap<String, String>,
    /// Variables set to something that is not UTF-8: an error when omi
    /// would use one, never a silent fall-through to the next source.
    not_utf8: HashSet<String>,
}

impl std::fmt::Debug for Env {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let mut names: Vec<&String> = self.vars.keys().chain(&self.not_utf8).collect();
        names.sort();
        f.debug_tuple("Env").field(&names).finish()
    }
}

impl Env {
    pub fn from_pairs(pairs: impl IntoIterator<Item = (String, String)>) -> Env {
        Env {
            vars: pairs.into_iter().collect(),
            not_utf8: HashSet::new(),
        }
    }

    /// The process environment as `std::env::vars_os` gives it. A name
    /// that is not UTF-8 is none omi reads, so it is left out.
    pub fn from_os(pairs: impl IntoIterator<Item = (OsString, OsString)>) -> Env {
        let mut env = Env::default();
        for (name, value) in pairs {
            let Ok(name) = name.into_string() else {
                continue;
            };
            match value.into_string() {
                Ok(value) => {
                    env.vars.insert(name, value);
                }
                Err(_) => {
                    env.not_utf8.insert(name);
                }
            }
        }
        env
    }

    /// A non-empty UTF-8 variable, for the variables where empty means
    /// unset (`NO_COLOR`, `OMI_NO_CACHE`).
    pub fn get(&self, name: &str) -> Option<&str> {
        self.vars
            .get(name)
            .map(String::as_str)
            .filter(|v| !v.is_empty())
    }

    /// A variable that holds a setting: unset is `None`; set but empty or
    /// blank, or not UTF-8, is a usage error naming it (a value omi cannot
    /// use never silently gives way to the next source).
    pub fn setting(&self, name: &str) -> Result<Option<&str>, OmiError> {
        self.require_utf8(name)?;
        match self.vars.get(name) {
            Some(v) if v.trim().is_empty() => {
                Err(OmiError::usage(format!("{name} is set but empty"))
                    .with_hint(format!("give it a value, or unset it (`unset {name}`)")))
            }
            v => Ok(v.map(String::as_str)),
        }
    }

    /// An error when the variable is set to something that is not UTF-8.
    pub fn require_utf8(&self, name: &str) -> Result<(), OmiError> {
        if self.not_utf8.contains(name) {
            return Err(
                OmiError::usage(format!("{name} is not UTF-8")).with_hint(format!(
                    "set it to UTF-8 text, or unset it (`unset {name}`)"
                )),
            );
        }
        Ok(())
    }

    /// Whether the variable is set at all, even to the empty string.
    pub fn is_set(&self, name: &str) -> bool {
        self.vars.contains_key(name) || self.not_utf8.contains(name)
    }
}

/// Which standard streams are terminals.
#[derive(Debug, Clone, Copy, Default)]
pub struct Terminal {
    pub stdin: bool,
    pub stdout: bool,
    pub stderr: bool,
}
