//! `omi schema`: the JSON Schema of the apply file.

use crate::apply_file::schema;
use crate::output;

pub fn run() -> anyhow::Result<()> {
    let text = serde_json::to_string_pretty(&schema::apply_file())?;
    Ok(output::emit(&format!("{text}\n"))?)
}
