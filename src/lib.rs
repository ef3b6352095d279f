//! omi: manage MongoDB Ops Manager third-party alert integrations.
//!
//! The library holds everything; `src/main.rs` (omi) and
//! `src/bin/omi-sandbox.rs` are thin entry points. The client and the
//! sandbox share only [`api`], and of it chiefly [`api::types`], the one
//! table of types and fields.
//!
//! Client data flow, one way down: [`app`] reads the process once and
//! hands the arguments to [`cli`] (definition → raw arguments → resolved
//! `Settings`), then [`commands`] carries out the command, using
//! [`client`] for HTTP and [`output`] for everything shown; [`errors`]
//! maps failures to exit codes. Beside them: [`apply_file`] (the apply
//! file's format, writer and schema), [`input`] (secrets, the environment,
//! files a user names), [`untrusted`] (text a server wrote, made safe) and
//! [`exchange`] (what the client reports of each HTTP exchange).

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
