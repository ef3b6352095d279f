//! Apply files the tests hand `omi apply -f`, each helper named for what
//! it writes.

use std::path::{Path, PathBuf};

/// `DIR/d.json`, declaring one Datadog integration with `api_key`: a read
/// and a write for each project it is applied to.
pub fn datadog_apply_file(dir: &Path, api_key: &str) -> PathBuf {
    let file = dir.join("d.json");
    std::fs::write(
        &file,
        format!(r#"{{"integrations": {{"DATADOG": {{"apiKey": "{api_key}"}}}}}}"#),
    )
    .unwrap();
    file
}

/// `text` as `apply.json` in a temporary dir of its own, which lives as
/// long as the returned `TempDir`.
pub fn apply_file_holding(text: &str) -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("apply.json");
    std::fs::write(&file, text).unwrap();
    (dir, file)
}
