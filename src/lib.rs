//! omi: manage MongoDB Ops Manager third-party alert integrations.
//!
//! The library holds everything; `src/main.rs` (omi) and
//! `src/bin/omi-sandbox.rs` are thin entry points. The client and the
//! sandbox share only [`integration_types`], the one table of types and fields.

pub mod integration_types;
pub mod sandbox;
