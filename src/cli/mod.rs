//! The command line, one way down (ripgrep's `flags/`):
//!
//! - [`defs`]: the clap definition, built from the type table;
//! - [`parse`](mod@parse): clap's matches to the raw arguments of [`raw`] (the line
//!   exactly as typed, with the value parsers `defs` hands clap);
//! - [`scrub`]: usage errors that never quote a secret;
//! - [`resolve`](mod@resolve): raw arguments + environment + profile → [`Settings`],
//!   with the typed [`Command`] (`resolve/command.rs`), the connection
//!   settings and their origins (`connection.rs`) and the config file
//!   (`config_file.rs`);
//! - [`docs`]: shell completions and the man page, from the definition;
//! - [`examples`]: every command's examples, for its help and the man page.
//!
//! `raw` imports nothing of `cli`; nothing outside `cli` but `app` and
//! `commands` (which receive `Settings`) imports it.

pub mod defs;
pub mod docs;
pub mod examples;
pub mod parse;
pub mod raw;
pub mod resolve;
pub mod scrub;

pub use parse::parse;
pub use raw::{RawArgs, WriteMethod};
pub use resolve::{resolve, Command, Needs, Settings};
