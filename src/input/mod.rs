//! Values that come from the user: the secret type, secret sources
//! (`-`, `@PATH`, prompt) and bounded file reads.

pub mod files;
pub mod json_keys;
pub mod secret;
pub mod secret_source;
pub(crate) mod signals;
