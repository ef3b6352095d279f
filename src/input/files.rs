//! Reading the files a user points omi at (config, apply file, CA
//! certificate, `@PATH` secrets) with a size limit, so that a mistake such
//! as `@/dev/zero` or `-f /dev/urandom` ends in an error, not a hang; and
//! the files omi owns (lock files, the nonce cache), opened safely: never
//! through a symlink, never blocking on a FIFO, only a regular file of the
//! user's, in a folder only the user can change ([`Lock`], [`read_owned`],
//! [`private_folder_problem`], [`Links::Replace`]).

use std::io::Read;
use std::path::{Path, PathBuf};

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
    write_private_with(path, bytes, Durability::Synced, Links::WriteThrough)
}

/// Whether a private write waits for the disk.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Durability {
    /// Synced before the rename: the config file, the sandbox's state.
    Synced,
    /// Not synced: a cache that every run rewrites.
    Unsynced,
}

/// What a private write does with a symlink at its path.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Links {
    /// The link's target is replaced, the link kept: a file the user
    /// names or keeps elsewhere on purpose (`config.toml`).
    WriteThrough,
    /// The link itself is replaced by the file; its target is never
    /// touched: a file in a folder omi owns (the nonce cache).
    Replace,
}

/// As [`write_private`], synced to disk or not, through a symlink or not.
pub fn write_private_with(
    path: &Path,
    bytes: &[u8],
    durability: Durability,
    links: Links,
) -> std::io::Result<()> {
    use std::io::Write;
    let target = match links {
        Links::WriteThrough => {
            // Writing is a rename over the target: a device (`/dev/null`)
            // or a FIFO would be replaced by a regular file, not written to.
            if let Some(what) = not_a_regular_file(path) {
                return Err(std::io::Error::new(
                    std::io::ErrorKind::InvalidInput,
                    format!("it is {what}, not a regular file"),
                ));
            }
            match std::fs::symlink_metadata(path) {
                Ok(m) if m.file_type().is_symlink() => std::fs::canonicalize(path)?,
                _ => path.to_path_buf(),
            }
        }
        // rename(2) replaces whatever is at the path (a link, a FIFO)
        // without opening or following it.
        Links::Replace => path.to_path_buf(),
    };
    let dir = target.parent().unwrap_or(Path::new("."));
    std::fs::create_dir_all(dir)?;
    remove_stale_temps(dir);
    // SIGINT/SIGTERM/SIGHUP/SIGQUIT wait until the file is in place: a
    // killed `omi config set` never leaves a temp file holding a key (only
    // SIGKILL can, and the next write removes it).
    let _held = super::signals::SignalsHeld::new();
    // Created new (O_EXCL) with mode 0600 under a random name: omi's own.
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
    kind_other_than_file(std::fs::metadata(path).ok()?.file_type())
}

/// "a directory", "a FIFO", "a socket", "a device", "a symbolic link"; `None`
/// for a regular file.
fn kind_other_than_file(kind: std::fs::FileType) -> Option<&'static str> {
    if kind.is_file() {
        return None;
    }
    if kind.is_symlink() {
        return Some("a symbolic link");
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

/// Why omi will not use a file it owns (a lock file, the nonce cache): it
/// "is a symbolic link", "is a FIFO, not a regular file", "is owned by uid
/// 1001, not by you (uid 1000)". Carried inside an `io::Error` of kind
/// `InvalidInput`; see [`refusal`].
#[derive(Debug)]
pub struct Refused(pub String);

impl std::fmt::Display for Refused {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for Refused {}

fn refused(why: String) -> std::io::Error {
    std::io::Error::new(std::io::ErrorKind::InvalidInput, Refused(why))
}

/// The refusal inside `e`, when omi refused the file rather than failed to
/// open it.
pub fn refusal(e: &std::io::Error) -> Option<&Refused> {
    e.get_ref()?.downcast_ref::<Refused>()
}

/// A kind of file that omi opens only as a regular file it owns.
fn check_kind(kind: std::fs::FileType) -> std::io::Result<()> {
    match kind_other_than_file(kind) {
        None => Ok(()),
        Some(what @ "a symbolic link") => Err(refused(format!(
            "is {what} (omi does not follow links to the files it owns)"
        ))),
        Some(what) => Err(refused(format!("is {what}, not a regular file"))),
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Access {
    /// Read only; the file must exist.
    Read,
    /// Read and write, created new (`O_EXCL`, mode 0600) when missing.
    CreateOrUse,
}

/// Opens a file omi owns without following a symlink at `path` (`O_NOFOLLOW`)
/// and without blocking (`O_NONBLOCK`: opening a FIFO would wait for a
/// writer or reader forever; on a regular file the flag has no effect),
/// then checks the opened file itself (`fstat`): a regular file owned by
/// the user, else refused. A file omi creates is created new, never
/// through a link, and is never chmodded after (an existing one keeps its
/// mode: omi did not create it).
fn open_owned(path: &Path, access: Access) -> std::io::Result<std::fs::File> {
    // Before opening: a FIFO or device is refused without an open, which
    // on some devices has effects. The check on the opened file below is
    // what holds if the path changes in between.
    if let Ok(meta) = std::fs::symlink_metadata(path) {
        check_kind(meta.file_type())?;
    }
    let options = |create: bool| {
        let mut o = std::fs::OpenOptions::new();
        o.read(true);
        if access == Access::CreateOrUse {
            o.write(true);
        }
        if create {
            o.create_new(true);
        }
        no_follow_no_block(&mut o);
        o
    };
    let opened = match access {
        Access::Read => options(false).open(path),
        Access::CreateOrUse => match options(true).open(path) {
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => options(false).open(path),
            other => other,
        },
    };
    let file = opened.map_err(|e| {
        if is_a_link_error(&e) {
            refused("is a symbolic link (omi does not follow links to the files it owns)".into())
        } else {
            e
        }
    })?;
    let meta = file.metadata()?;
    check_kind(meta.file_type())?;
    check_owner(&meta)?;
    Ok(file)
}

#[cfg(unix)]
fn no_follow_no_block(options: &mut std::fs::OpenOptions) {
    use std::os::unix::fs::OpenOptionsExt;
    options
        .custom_flags(libc::O_NOFOLLOW | libc::O_NONBLOCK)
        .mode(0o600);
}

#[cfg(not(unix))]
fn no_follow_no_block(_options: &mut std::fs::OpenOptions) {
    // No O_NOFOLLOW: the check before opening and the one on the opened
    // file's metadata are what there is.
}

/// The error `open` gives for a symlink under `O_NOFOLLOW` (`ELOOP`; `EMLINK`
/// on FreeBSD).
fn is_a_link_error(e: &std::io::Error) -> bool {
    #[cfg(unix)]
    {
        matches!(e.raw_os_error(), Some(libc::ELOOP) | Some(libc::EMLINK))
    }
    #[cfg(not(unix))]
    {
        let _ = e;
        false
    }
}

#[cfg(unix)]
fn check_owner(meta: &std::fs::Metadata) -> std::io::Result<()> {
    use std::os::unix::fs::MetadataExt;
    match owner_problem(meta.uid(), my_uid()) {
        None => Ok(()),
        Some(why) => Err(refused(why)),
    }
}

#[cfg(not(unix))]
fn check_owner(_meta: &std::fs::Metadata) -> std::io::Result<()> {
    Ok(())
}

/// The effective user id: the user omi's files must belong to.
#[cfg(unix)]
pub fn my_uid() -> u32 {
    // SAFETY: geteuid has no preconditions and cannot fail.
    unsafe { libc::geteuid() }
}

/// "is owned by uid 1001, not by you (uid 1000)", or `None` when `owner`
/// is `me`.
pub fn owner_problem(owner: u32, me: u32) -> Option<String> {
    (owner != me).then(|| format!("is owned by uid {owner}, not by you (uid {me})"))
}

/// Why a folder of `owner` and permission bits `mode` is not private to
/// user `me`: someone else owns it, or its group or others may create,
/// rename and remove files in it (and so plant a link where omi writes).
/// `None` when it is private.
pub fn folder_problem(owner: u32, mode: u32, me: u32) -> Option<String> {
    if let Some(why) = owner_problem(owner, me) {
        return Some(why);
    }
    let who = match (mode & 0o020 != 0, mode & 0o002 != 0) {
        (true, true) => "its group and others",
        (true, false) => "its group",
        (false, true) => "others",
        (false, false) => return None,
    };
    Some(format!("is writable by {who} (mode {:o})", mode & 0o7777))
}

/// Why the folder `dir` (followed if a link: its target is what counts)
/// is not one only the user can change, or `None` when it is; an error
/// when it cannot be looked at.
pub fn private_folder_problem(dir: &Path) -> std::io::Result<Option<String>> {
    let meta = std::fs::metadata(dir)?;
    if !meta.is_dir() {
        return Ok(Some("is not a folder".into()));
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        Ok(folder_problem(meta.uid(), meta.mode(), my_uid()))
    }
    #[cfg(not(unix))]
    {
        Ok(None)
    }
}

/// Reads a file omi owns (the nonce cache), at most `limit` bytes, without
/// following a symlink at `path` or blocking on a FIFO; a file that is not
/// a regular file owned by the user is refused ([`refusal`]).
pub fn read_owned(path: &Path, limit: u64) -> std::io::Result<Vec<u8>> {
    let mut bytes = Vec::new();
    open_owned(path, Access::Read)?
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

/// An advisory lock held through a lock file until dropped: writers that
/// read, change and write a file take it first, so that concurrent
/// writers do not lose each other's changes.
///
/// The lock file is opened as [`open_owned`] says: never through a link,
/// never blocking, only a regular file of the user's, created new (mode
/// 0600) when missing and otherwise used as it is. Waiting for it is
/// bounded.
pub struct Lock(std::fs::File);

impl Lock {
    /// The lock file of `path`: `path.lock` beside it.
    pub fn path_for(path: &Path) -> PathBuf {
        let mut name = path.file_name().unwrap_or_default().to_os_string();
        name.push(".lock");
        path.with_file_name(name)
    }

    /// The lock held through the file `lock_path`, waiting at most
    /// `wait`; `None` when another process holds it that long. A lock
    /// file omi refuses is an error with a [`refusal`] in it.
    pub fn acquire_within(
        lock_path: &Path,
        wait: std::time::Duration,
    ) -> std::io::Result<Option<Lock>> {
        let lock = Lock::open(lock_path)?;
        let deadline = std::time::Instant::now() + wait;
        let mut pause = std::time::Duration::from_millis(1);
        loop {
            match lock.0.try_lock() {
                Ok(()) => return Ok(Some(lock)),
                Err(std::fs::TryLockError::WouldBlock) => {
                    let left = deadline.saturating_duration_since(std::time::Instant::now());
                    if left.is_zero() {
                        return Ok(None);
                    }
                    std::thread::sleep(pause.min(left));
                    pause = (pause * 2).min(std::time::Duration::from_millis(20));
                }
                Err(std::fs::TryLockError::Error(e)) => return Err(e),
            }
        }
    }

    fn open(lock_path: &Path) -> std::io::Result<Lock> {
        if let Some(dir) = lock_path.parent() {
            std::fs::create_dir_all(dir)?;
        }
        Ok(Lock(open_owned(lock_path, Access::CreateOrUse)?))
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

    #[test]
    fn a_folder_is_private_when_its_user_owns_it_and_no_one_else_writes() {
        assert_eq!(folder_problem(1000, 0o40700, 1000), None);
        assert_eq!(folder_problem(1000, 0o755, 1000), None);
        assert_eq!(
            folder_problem(1001, 0o700, 1000).as_deref(),
            Some("is owned by uid 1001, not by you (uid 1000)")
        );
        // root's own folder is root's; another user's is not root's.
        assert_eq!(folder_problem(0, 0o700, 0), None);
        assert!(folder_problem(1000, 0o700, 0).is_some());
        assert!(folder_problem(0, 0o700, 1000).is_some());
        let why = |mode| folder_problem(7, mode, 7).unwrap();
        assert_eq!(
            why(0o1777),
            "is writable by its group and others (mode 1777)"
        );
        assert_eq!(why(0o770), "is writable by its group (mode 770)");
        assert_eq!(why(0o703), "is writable by others (mode 703)");
    }

    #[cfg(unix)]
    #[test]
    fn owned_files_are_never_followed_nor_waited_for() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("target");
        std::fs::write(&target, "t").unwrap();
        std::fs::set_permissions(&target, std::fs::Permissions::from_mode(0o644)).unwrap();
        let mode = |p: &Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o7777;
        let refused = |r: std::io::Result<std::fs::File>| {
            refusal(&r.map(|_| ()).unwrap_err()).unwrap().to_string()
        };

        let link = dir.path().join("link");
        std::os::unix::fs::symlink(&target, &link).unwrap();
        assert!(refused(open_owned(&link, Access::CreateOrUse)).contains("symbolic link"));
        assert!(refused(open_owned(&link, Access::Read)).contains("symbolic link"));
        assert_eq!(
            (std::fs::read_to_string(&target).unwrap(), mode(&target)),
            ("t".into(), 0o644)
        );

        let dangling = dir.path().join("dangling");
        std::os::unix::fs::symlink(dir.path().join("nothing"), &dangling).unwrap();
        assert!(refused(open_owned(&dangling, Access::CreateOrUse)).contains("symbolic link"));
        assert!(!dir.path().join("nothing").exists());

        let fifo = dir.path().join("fifo");
        let c = std::ffi::CString::new(fifo.as_os_str().as_encoded_bytes()).unwrap();
        // SAFETY: a valid NUL-terminated path.
        assert_eq!(unsafe { libc::mkfifo(c.as_ptr(), 0o600) }, 0);
        assert_eq!(
            refused(open_owned(&fifo, Access::CreateOrUse)),
            "is a FIFO, not a regular file"
        );
        assert!(refused(open_owned(dir.path(), Access::Read)).contains("a directory"));

        // Created: private from the start. Existing: used as it is.
        let created = dir.path().join("created");
        open_owned(&created, Access::CreateOrUse).unwrap();
        assert_eq!(mode(&created), 0o600);
        open_owned(&target, Access::CreateOrUse).unwrap();
        assert_eq!(mode(&target), 0o644);
        assert!(open_owned(&dir.path().join("missing"), Access::Read)
            .is_err_and(|e| e.kind() == std::io::ErrorKind::NotFound));
    }

    #[cfg(unix)]
    #[test]
    fn a_replacing_write_replaces_a_link_and_a_writing_through_one_its_target() {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("target");
        let link = dir.path().join("link");
        std::fs::write(&target, "t").unwrap();
        std::os::unix::fs::symlink(&target, &link).unwrap();
        write_private_with(&link, b"new", Durability::Unsynced, Links::Replace).unwrap();
        assert_eq!(std::fs::read_to_string(&target).unwrap(), "t");
        assert!(std::fs::symlink_metadata(&link).unwrap().is_file());
        assert_eq!(std::fs::read_to_string(&link).unwrap(), "new");
        std::fs::remove_file(&link).unwrap();
        std::os::unix::fs::symlink(&target, &link).unwrap();
        write_private(&link, b"through").unwrap();
        assert_eq!(std::fs::read_to_string(&target).unwrap(), "through");
        assert!(std::fs::symlink_metadata(&link)
            .unwrap()
            .file_type()
            .is_symlink());
    }

    #[test]
    fn waiting_for_a_held_lock_is_bounded() {
        let dir = tempfile::tempdir().unwrap();
        let path = Lock::path_for(&dir.path().join("config.toml"));
        assert_eq!(path, dir.path().join("config.toml.lock"));
        let held = Lock::acquire_within(&path, std::time::Duration::ZERO)
            .unwrap()
            .unwrap();
        let started = std::time::Instant::now();
        let wait = std::time::Duration::from_millis(100);
        assert!(Lock::acquire_within(&path, wait).unwrap().is_none());
        assert!(started.elapsed() >= wait);
        drop(held);
        assert!(Lock::acquire_within(&path, wait).unwrap().is_some());
    }
}
