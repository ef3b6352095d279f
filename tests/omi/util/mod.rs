//! The harness of the integration tests, each helper once: `omi` with an
//! isolated config home (here), one-purpose servers that misbehave
//! (`hostile`), apply files (`apply_files`), and, with the `sandbox`
//! feature, a real `omi-sandbox` on a free port (`sandbox`), requests to
//! it with hand-made digest answers (`api`), the ten integration types'
//! sample values (`fixtures`) and a pseudo-terminal (`terminal`, so far
//! used only by tests that need a sandbox).
//!
//! benches/perf.rs builds this module too (through tests/common/mod.rs), so
//! it names its parts with `super::`, never `crate::`.

pub mod apply_files;
pub mod hostile;

#[cfg(feature = "sandbox")]
pub mod api;
#[cfg(feature = "sandbox")]
pub mod fixtures;
#[cfg(feature = "sandbox")]
pub mod sandbox;
#[cfg(feature = "sandbox")]
pub mod terminal;

use std::path::{Path, PathBuf};
use std::time::Duration;

pub const OMI: &str = env!("CARGO_BIN_EXE_omi");

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
