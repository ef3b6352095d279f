//! omi's integration tests, in one binary (`cargo test --test omi
//! [FILTER]`): one module per area of behaviour, and the harness they
//! share (`util`). Modules and tests that start omi-sandbox are built only
//! with the `sandbox` feature (on by default), so that
//! `cargo test --no-default-features` builds and runs the others.

mod util;

// omi against scripted servers and its own input (digest_auth's tests
// against the sandbox are gated one by one).
mod alerts;
mod careless_input;
mod client_and_output;
mod digest_auth;
mod hostile_servers;
mod request_gate;

/// Property-based fuzzing, bounded: what users hand omi, and what servers
/// answer it. proptest keeps the failures it found in
/// tests/proptest-regressions/fuzz/ (beside the folder of main.rs).
mod fuzz {
    mod inputs;
    mod responses;
}

// omi against omi-sandbox.
#[cfg(feature = "sandbox")]
mod alerts_drill;
#[cfg(feature = "sandbox")]
mod apply;
#[cfg(feature = "sandbox")]
mod broken_stderr;
#[cfg(feature = "sandbox")]
mod config;
#[cfg(feature = "sandbox")]
mod create;
#[cfg(feature = "sandbox")]
mod fleet;
#[cfg(feature = "sandbox")]
mod help_and_completions;
#[cfg(feature = "sandbox")]
mod kept_crates;
#[cfg(feature = "sandbox")]
mod lifecycle;
#[cfg(feature = "sandbox")]
mod local_files;
#[cfg(feature = "sandbox")]
mod paging;
#[cfg(feature = "sandbox")]
mod round_trip;
#[cfg(feature = "sandbox")]
mod secrets;
#[cfg(feature = "sandbox")]
mod server_faults;
#[cfg(feature = "sandbox")]
mod server_shapes;
#[cfg(feature = "sandbox")]
mod shell;

/// omi-sandbox itself, as its clients see it: the endpoints, digest auth,
/// the fault flags, fleets, the program and the recorded shape.
#[cfg(feature = "sandbox")]
mod sandbox {
    mod alerts;
    mod api;
    mod digest;
    mod faults;
    mod fleet;
    mod process;
    mod program;
    mod recorded_shape;
}
