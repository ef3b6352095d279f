//! The apply file, in one place: its format (read, references resolved,
//! checked against the type table: [`parse`], with the duplicate-key check
//! of JSON text in [`duplicates`]), its writer (`omi export`'s file:
//! [`export`], a folder: what each project holds as the file can write
//! it, what `--share` declares, the variables and their names, the
//! env-file template) and its JSON Schema (`omi schema`: [`schema`]).
//! `commands/apply` and `commands/export` use it; it prints nothing.
//!
//! ```json
//! {
//!   "integrations": { "PAGER_DUTY": {"serviceKey": {"env": "PD_KEY"}} },
//!   "projects": { "5e2211c17a3e5a48f5497de3": {"WEBHOOK": null} }
//! }
//! ```

pub mod duplicates;
pub mod export;
pub mod parse;
pub mod schema;

pub use parse::{load, load_for_plan, DesiredState, ProjectState, Wanted};
