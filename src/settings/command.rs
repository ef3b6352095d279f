//! The resolved command: one variant per command, each with its own
//! options, every value read, checked and typed. Commands receive this,
//! never the parser's types.

use super::config_file::ConfigKey;
use crate::api::body::RequestBody;
use crate::api::types::TypeName;
use crate::input::secret::Secret;
use std::ops::BitOr;
use std::path::PathBuf;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WriteMethod {
    /// POST: fails with 409 when the type exists.
    Create,
    /// PUT: create or replace.
    Update,
}

impl WriteMethod {
    pub fn verb(self) -> &'static str {
        match self {
            WriteMethod::Create => "create",
            WriteMethod::Update => "update",
        }
    }
}

/// Which shells `omi completions` writes for.
pub use clap_complete::Shell;

#[derive(Debug)]
pub enum Command {
    /// create or update, with the request body built and validated.
    Write {
        method: WriteMethod,
        body: RequestBody,
    },
    Get {
        ty: TypeName,
    },
    Delete {
        ty: TypeName,
        /// `--yes`: no question asked.
        confirmed: bool,
    },
    List,
    Apply(ApplyOptions),
    /// `config set`, with the value read (`-`, `@PATH`) and checked.
    ConfigSet {
        key: ConfigKey,
        value: Secret,
    },
    /// `config show`; with `effective`, the settings a command would use
    /// and where each came from.
    ConfigShow {
        effective: bool,
    },
    ConfigPath,
    /// `config profiles` (hidden): the profile names, for completion.
    ConfigProfiles,
    Completions(Shell),
    Man,
}

#[derive(Debug, Clone)]
pub struct ApplyOptions {
    pub file: PathBuf,
    pub all_projects: bool,
    pub prune: bool,
    pub force: bool,
    /// `--yes`: --prune deletes without asking.
    pub confirmed: bool,
    /// `--exit-code`: a dry run exits 7 when changes are pending.
    pub exit_code: bool,
    /// `--all-rows`: list unchanged rows on a terminal too.
    pub all_rows: bool,
    pub concurrency: usize,
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

impl Command {
    /// What the command needs to run; a dry run sends nothing, so it
    /// needs no keys.
    pub fn needs(&self, dry_run: bool) -> Needs {
        let keys = if dry_run { Needs::NOTHING } else { Needs::KEYS };
        match self {
            Command::Write { .. }
            | Command::Get { .. }
            | Command::Delete { .. }
            | Command::List => Needs::URL | keys | Needs::ONE_PROJECT,
            Command::Apply(_) => Needs::URL | Needs::KEYS,
            Command::ConfigSet { .. }
            | Command::ConfigShow { .. }
            | Command::ConfigPath
            | Command::ConfigProfiles
            | Command::Completions(_)
            | Command::Man => Needs::NOTHING,
        }
    }
}
