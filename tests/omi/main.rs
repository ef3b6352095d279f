//! omi's integration tests, in one binary (`cargo test --test omi`): one
//! module per area of behaviour, and the harness they share (`util`).
//! Modules and tests that start omi-sandbox are built only with the
//! `sandbox` feature (on by default); `cargo test --no-default-features`
//! runs the others.

mod util;

mod digest_auth;
mod request_gate;
