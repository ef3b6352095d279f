//! The tests' harness lives in tests/omi/util/; this file re-exports it for
//! the test files not yet moved into tests/omi/ and for benches/perf.rs,
//! which include it by path.
#![allow(dead_code, unused_imports)]

#[path = "../omi/util/mod.rs"]
mod util;

pub use util::*;
#[cfg(feature = "sandbox")]
pub use util::{api::*, fixtures::*, sandbox::*};
