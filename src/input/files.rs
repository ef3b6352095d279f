//! Reading the files a user points omi at (config, apply file, CA
//! certificate, `@PATH` secrets) with a size limit, so that a mistake such
//! as `@/dev/zero` or `-f /dev/urandom` ends in an error, not a hang.

use std::io::Read;
use std::path::Path;

/// Reads at most `limit` bytes; a longer file is an error of kind
/// `InvalidData` that names the limit.
pub fn read_limited(path: &Path, limit: u64) -> std::io::Result<Vec<u8>> {
    // Only regular files: opening a FIFO or a device would wait forever.
    if !std::fs::metadata(path)?.is_file() {
        return Err(std::io::Error::new(
            std::io::ErrorKind::InvalidInput,
            "not a regular file",
        ));
    }
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

/// Temp files omi writes are named so; one left by a killed process is
/// removed by the next write in the same folder once it is this old.
const TEMP_PREFIX: &str = ".omi-tmp-";
const STALE_TEMP: std::time::Duration = std::time::Duration::from_secs(60);

/// Writes `bytes` to `path` atomically (a temp file in the same folder,
/// created readable by the owner only, then a rename). A symlink at
/// `path` is written through: its target is replaced, the link kept.
pub fn write_private(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    write_private_with(path, bytes, Durability::Synced)
}

/// Whether a private write waits for the disk.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Durability {
    /// Synced before the rename: the config file, the sandbox's state.
    Synced,
    /// Not synced: a cache that every run rewrites.
    Unsynced,
}

/// As [`write_private`], synced to disk or not.
pub fn write_private_with(
    path: &Path,
    bytes: &[u8],
    durability: Durability,
) -> std::io::Result<()> {
    use std::io::Write;
    // Writing is a rename over the target: a device (`/dev/null`) or a FIFO
    // would be replaced by a regular file, not written to.
    if let Some(what) = not_a_regular_file(path) {
        return Err(std::io::Error::new(
            std::io::ErrorKind::InvalidInput,
            format!("it is {what}, not a regular file"),
        ));
    }
    let target = match std::fs::symlink_metadata(path) {
        Ok(m) if m.file_type().is_symlink() => std::fs::canonicalize(path)?,
        _ => path.to_path_buf(),
    };
    let dir = target.parent().unwrap_or(Path::new("."));
    std::fs::create_dir_all(dir)?;
    remove_stale_temps(dir);
    // SIGINT/SIGTERM/SIGHUP/SIGQUIT wait until the file is in place: a
    // killed `omi config set` never leaves a temp file holding a key (only
    // SIGKILL can, and the next write removes it).
    let _held = super::signals::SignalsHeld::new();
    let mut tmp = tempfile::Builder::new()
        .prefix(TEMP_PREFIX)
        .tempfile_in(dir)?;
    restrict_to_owner(tmp.as_file())?;
    tmp.write_all(bytes)?;
    if durability == Durability::Synced {
        tmp.as_file().sync_all()?;
    }
    tmp.persist(&target).map_err(|e| e.error)?;
    Ok(())
}

/// What `path` is when it exists and is not a regular file (following
/// links): "a directory", "a FIFO", "a device", "a socket".
pub fn not_a_regular_file(path: &Path) -> Option<&'static str> {
    let kind = std::fs::metadata(path).ok()?.file_type();
    if kind.is_file() {
        return None;
    }
    if kind.is_dir() {
        return Some("a directory");
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        if kind.is_fifo() {
            return Some("a FIFO");
        }
        if kind.is_socket() {
            return Some("a socket");
        }
    }
    Some("a device")
}

/// Removes omi temp files older than [`STALE_TEMP`] in `dir`: what a
/// killed `omi` left behind. Best effort.
fn remove_stale_temps(dir: &Path) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let stale = entry.file_name().to_string_lossy().starts_with(TEMP_PREFIX)
            && entry
                .metadata()
                .and_then(|m| m.modified())
                .is_ok_and(|t| t.elapsed().is_ok_and(|age| age > STALE_TEMP));
        if stale {
            let _ = std::fs::remove_file(entry.path());
        }
    }
}

/// An advisory lock on `path` (through `path.lock` beside it), held until
/// dropped: writers that read, change and write a file take it first, so
/// that concurrent writers do not lose each other's changes.
pub struct Lock(std::fs::File);

impl Lock {
    /// Waits for the lock on `path` (held through `path.lock` beside it).
    pub fn acquire(path: &Path) -> std::io::Result<Lock> {
        let mut name = path.file_name().unwrap_or_default().to_os_string();
        name.push(".lock");
        let lock = Lock::open(&path.with_file_name(name))?;
        lock.0.lock()?;
        Ok(lock)
    }

    /// The lock held through the file `lock_path`, waiting at most
    /// `wait`; `None` when another process holds it that long.
    pub fn acquire_within(
        lock_path: &Path,
        wait: std::time::Duration,
    ) -> std::io::Result<Option<Lock>> {
        let lock = Lock::open(lock_path)?;
        let deadline = std::time::Instant::now() + wait;
        loop {
            match lock.0.try_lock() {
                Ok(()) => return Ok(Some(lock)),
                Err(std::fs::TryLockError::WouldBlock) if std::time::Instant::now() < deadline => {
                    std::thread::sleep(std::time::Duration::from_millis(1));
                }
                Err(std::fs::TryLockError::WouldBlock) => return Ok(None),
                Err(std::fs::TryLockError::Error(e)) => return Err(e),
            }
        }
    }

    fn open(lock_path: &Path) -> std::io::Result<Lock> {
        if let Some(dir) = lock_path.parent() {
            std::fs::create_dir_all(dir)?;
        }
        let file = std::fs::OpenOptions::new()
            .create(true)
            .truncate(false)
            .write(true)
            .open(lock_path)?;
        restrict_to_owner(&file)?;
        Ok(Lock(file))
    }
}

impl Drop for Lock {
    fn drop(&mut self) {
        let _ = self.0.unlock();
    }
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
        assert!(
            read_limited(dir.path(), 1024).is_err(),
            "a folder is not read"
        );
    }
}
