//! Reading the files a user points omi at (config, apply file, CA
//! certificate, `@PATH` secrets) with a size limit, so that a mistake such
//! as `@/dev/zero` or `-f /dev/urandom` ends in an error, not a hang.

use std::io::Read;
use std::path::Path;

/// Reads at most `limit` bytes; a longer file is an error of kind
/// `InvalidData` that names the limit.
pub fn read_limited(path: &Path, limit: u64) -> std::io::Result<Vec<u8>> {
    let mut bytes = Vec::new();
    std::fs::File::open(path)?
        .take(limit + 1)
        .read_to_end(&mut bytes)?;
    if bytes.len() as u64 > limit {
        return Err(std::io::Error::new(
            std::io::ErrorKind::InvalidData,
            format!("larger than {} KiB", limit / 1024),
        ));
    }
    Ok(bytes)
}

/// As `read_limited`, as UTF-8 text.
pub fn read_text(path: &Path, limit: u64) -> std::io::Result<String> {
    String::from_utf8(read_limited(path, limit)?)
        .map_err(|_| std::io::Error::new(std::io::ErrorKind::InvalidData, "not UTF-8 text"))
}

/// "is not valid TOML at line N: message", for a file that did not parse.
/// The message is the parser's, which names what was expected; the line's
/// text is not quoted (it may hold a key).
pub fn toml_error(text: &str, e: &toml::de::Error) -> String {
    let line = e.span().map(|s| line_of(text, s.start));
    format!(
        "is not valid TOML{}: {}",
        line.map(|l| format!(" at line {l}")).unwrap_or_default(),
        e.message()
    )
}

/// Writes `bytes` to `path` atomically (a temp file in the same folder,
/// then a rename), readable by the owner only.
pub fn write_private(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    use std::io::Write;
    let dir = path.parent().unwrap_or(Path::new("."));
    std::fs::create_dir_all(dir)?;
    let mut tmp = tempfile::NamedTempFile::new_in(dir)?;
    restrict_to_owner(tmp.as_file())?;
    tmp.write_all(bytes)?;
    tmp.as_file().sync_all()?;
    tmp.persist(path).map_err(|e| e.error)?;
    Ok(())
}

#[cfg(unix)]
fn restrict_to_owner(file: &std::fs::File) -> std::io::Result<()> {
    use std::os::unix::fs::PermissionsExt;
    file.set_permissions(std::fs::Permissions::from_mode(0o600))
}

#[cfg(not(unix))]
fn restrict_to_owner(_file: &std::fs::File) -> std::io::Result<()> {
    Ok(())
}

/// The 1-based line of a byte offset in `text`, for TOML parse errors.
pub fn line_of(text: &str, byte_offset: usize) -> usize {
    let end = byte_offset.min(text.len());
    text.as_bytes()[..end]
        .iter()
        .filter(|&&b| b == b'\n')
        .count()
        + 1
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn limits_and_lines() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("f");
        std::fs::write(&p, "a\nb\n").unwrap();
        assert_eq!(read_text(&p, 4).unwrap(), "a\nb\n");
        assert!(read_text(&p, 3).unwrap_err().to_string().contains("larger"));
        assert_eq!(line_of("a\nb\nc", 4), 3);
        assert_eq!(line_of("é\nb", 1), 1);
        assert_eq!(line_of("x", 99), 1);
        #[cfg(unix)]
        assert!(read_limited(Path::new("/dev/zero"), 1024).is_err());
    }
}
