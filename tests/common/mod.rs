//! The way benches/perf.rs, which includes this file by path, reaches the
//! integration tests' harness: tests/omi/util/, the `util` module of the
//! one test binary, tests/omi/. The bench uses a small part of it.
#![allow(dead_code)]

#[path = "../omi/util/mod.rs"]
mod util;

pub use util::sandbox::Sandbox;
pub use util::OMI;
