//! What omi knows about the Ops Manager API, independent of HTTP: the type
//! table (`types`, in the words of `secrecy`, checked by `validate`),
//! reading masks (`mask`), object ids (`ids`), projects (`projects`),
//! alert configurations and the integrations they copied (`alerts`), the
//! API root, request bodies built from the table (`body`), and the
//! decoding of response bodies (`response`: pages, envelopes, error
//! bodies). The client and the sandbox both build on this; it imports
//! neither.
//!
//! What omi assumes about the API, and where real servers differ from the
//! reference page, is written down in README.md, "What omi assumes about
//! the API".

pub mod alerts;
pub mod body;
pub mod ids;
pub mod mask;
pub mod projects;
pub mod response;
pub mod secrecy;
pub mod types;
pub mod validate;

/// The API root under the Ops Manager URL.
pub const API_ROOT: &str = "/api/public/v1.0";
