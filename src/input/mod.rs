//! Values that come from the user: the secret type, secret sources
//! (`-`, `@PATH`, prompt) and bounded file reads.

pub mod env;
pub mod files;
pub mod secret;
pub mod secret_source;
pub(crate) mod signals;
