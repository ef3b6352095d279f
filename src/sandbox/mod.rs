//! omi-sandbox: a local emulator of the Ops Manager integrations API.

/// Entry point of the `omi-sandbox` binary; returns the process exit code.
pub fn main() -> i32 {
    0
}
