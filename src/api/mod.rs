//! What omi knows about the Ops Manager API, independent of HTTP: the type
//! table and the request bodies built from it.

pub mod body;
pub mod types;
