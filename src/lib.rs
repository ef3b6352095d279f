//! omi: manage MongoDB Ops Manager third-party alert integrations.
//!
//! The library holds everything; `src/main.rs` (omi) and
//! `src/bin/omi-sandbox.rs` are thin entry points. The client and the
//! sandbox share only [`integration_types`], the one table of types and fields.
//!
//! Client data flow: `cli` (raw args) → `settings` (flags + env + profile)
//! → `commands` (using `client` for HTTP and `printer` for output); `app`
//! wires them and `errors` maps failures to exit codes.

pub mod api;
pub mod app;
pub mod apply_file;
pub mod cli;
pub mod client;
pub mod commands;
pub mod errors;
pub mod exchange;
pub mod input;
pub mod output;
#[cfg(feature = "sandbox")]
pub mod sandbox;
pub mod untrusted;
