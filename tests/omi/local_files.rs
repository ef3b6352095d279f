//! The files omi owns on the local disk are opened safely: the nonce cache
//! (`nonces.json`, `nonces.lock`) and `config.toml.lock` are never
//! followed through a symlink, never block on a FIFO, are chmodded only
//! when omi created them, and the cache is used only in a folder no one
//! else can write. End to end: the built `omi` against omi-sandbox.
#![cfg(unix)]

use crate::util::sandbox::{statuses, Sandbox};
use crate::util::{cache_home, config_file, isolated_omi, nonce_cache_file};
use std::os::unix::fs::{DirBuilderExt, MetadataExt, PermissionsExt};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

const WARNING: &str = "omi: warning: not using the nonce cache: ";

/// omi's cache folder under the sandbox's isolated home, created private
/// (as omi would) so that a test can plant something in it.
fn cache_dir(sb: &Sandbox) -> PathBuf {
    let dir = cache_home(sb.config_home.path()).join("omi");
    std::fs::DirBuilder::new()
        .recursive(true)
        .mode(0o700)
        .create(&dir)
        .unwrap();
    dir
}

/// A file outside omi's folders that a planted link points at: its
/// content and mode must survive every run.
fn victim(sb: &Sandbox) -> PathBuf {
    let path = sb.config_home.path().join("victim.txt");
    std::fs::write(&path, "the victim's own content\n").unwrap();
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o644)).unwrap();
    path
}

fn assert_untouched(victim: &Path) {
    assert_eq!(
        std::fs::read_to_string(victim).unwrap(),
        "the victim's own content\n"
    );
    let mode = std::fs::metadata(victim).unwrap().permissions().mode();
    assert_eq!(mode & 0o7777, 0o644, "mode of {}", victim.display());
}

fn stderr_of(out: &std::process::Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

/// The warning lines of a run's stderr.
fn warnings(stderr: &str) -> Vec<&str> {
    stderr.lines().filter(|l| l.starts_with(WARNING)).collect()
}

/// `omi list` succeeds and warns of nothing.
fn list_without_warning(sb: &Sandbox) {
    let out = sb.omi().arg("list").assert().success();
    let stderr = stderr_of(out.get_output());
    assert!(!stderr.contains("warning"), "{stderr}");
}

fn mkfifo(path: &Path) {
    let c = std::ffi::CString::new(path.as_os_str().as_encoded_bytes()).unwrap();
    // SAFETY: a valid NUL-terminated path.
    assert_eq!(unsafe { libc::mkfifo(c.as_ptr(), 0o600) }, 0, "mkfifo");
}

/// Runs `omi list` twice; both succeed, each says why the cache is skipped
/// exactly once, and the second pays the challenge again (no cache).
fn lists_without_the_cache(sb: &Sandbox, why: &str) -> String {
    let before = sb.access_log().len();
    let mut last = String::new();
    for _ in 0..2 {
        let out = sb
            .omi()
            .args(["--timeout", "5", "list"])
            .timeout(Duration::from_secs(20))
            .assert()
            .success()
            .get_output()
            .clone();
        last = stderr_of(&out);
        let said = warnings(&last);
        assert_eq!(said.len(), 1, "one warning: {last}");
        assert!(said[0].contains(why), "{last}");
    }
    let lines = sb.access_log();
    assert_eq!(
        statuses(&lines[before..]),
        [401, 200, 401, 200],
        "no kept nonce: {lines:?}"
    );
    last
}

#[test]
fn a_symlink_at_the_cache_file_is_not_followed_read_or_written_through() {
    let sb = Sandbox::start(&["--access-log"]);
    cache_dir(&sb);
    let victim = victim(&sb);
    let cache = nonce_cache_file(sb.config_home.path());
    std::os::unix::fs::symlink(&victim, &cache).unwrap();
    let stderr = lists_without_the_cache(&sb, "nonces.json is a symbolic link");
    assert!(stderr.contains("remove it"), "{stderr}");
    assert_untouched(&victim);
    assert!(std::fs::symlink_metadata(&cache)
        .unwrap()
        .file_type()
        .is_symlink());
    // Once the link is removed, the cache works again.
    std::fs::remove_file(&cache).unwrap();
    let before = sb.access_log().len();
    for _ in 0..2 {
        list_without_warning(&sb);
    }
    assert_eq!(statuses(&sb.access_log()[before..]), [401, 200, 200]);
    assert!(std::fs::symlink_metadata(&cache).unwrap().is_file());
}

#[test]
fn a_symlink_at_the_cache_lock_is_not_followed_nor_chmodded_through() {
    let sb = Sandbox::start(&["--access-log"]);
    let dir = cache_dir(&sb);
    let victim = victim(&sb);
    std::os::unix::fs::symlink(&victim, dir.join("nonces.lock")).unwrap();
    lists_without_the_cache(&sb, "nonces.lock is a symbolic link");
    assert_untouched(&victim);
    assert!(!nonce_cache_file(sb.config_home.path()).exists());
}

#[test]
fn a_dangling_symlink_at_the_cache_lock_creates_nothing() {
    let sb = Sandbox::start(&["--access-log"]);
    let dir = cache_dir(&sb);
    let target = sb.config_home.path().join("created-by-omi");
    std::os::unix::fs::symlink(&target, dir.join("nonces.lock")).unwrap();
    lists_without_the_cache(&sb, "nonces.lock is a symbolic link");
    assert!(
        std::fs::symlink_metadata(&target).is_err(),
        "target created"
    );
    assert!(!nonce_cache_file(sb.config_home.path()).exists());
}

#[test]
fn a_fifo_at_the_cache_lock_does_not_hang_list() {
    let sb = Sandbox::start(&["--access-log"]);
    let dir = cache_dir(&sb);
    mkfifo(&dir.join("nonces.lock"));
    let started = Instant::now();
    // Each list is bounded by assert_cmd's 20 s (a hang fails the test);
    // refusing the FIFO takes no wait at all.
    lists_without_the_cache(&sb, "nonces.lock is a FIFO, not a regular file");
    assert!(
        started.elapsed() < Duration::from_secs(10),
        "{:?}",
        started.elapsed()
    );
    assert!(!nonce_cache_file(sb.config_home.path()).exists());
}

#[test]
fn a_fifo_or_folder_at_the_cache_file_is_refused() {
    let sb = Sandbox::start(&["--access-log"]);
    let cache = nonce_cache_file(sb.config_home.path());
    cache_dir(&sb);
    mkfifo(&cache);
    lists_without_the_cache(&sb, "nonces.json is a FIFO, not a regular file");
    std::fs::remove_file(&cache).unwrap();
    std::fs::create_dir(&cache).unwrap();
    lists_without_the_cache(&sb, "nonces.json is a directory, not a regular file");
}

#[test]
fn an_existing_lock_file_is_used_as_it_is() {
    // A lock file omi did not create keeps its mode: omi never chmods it.
    let sb = Sandbox::start(&["--access-log"]);
    let lock = cache_dir(&sb).join("nonces.lock");
    std::fs::write(&lock, "").unwrap();
    std::fs::set_permissions(&lock, std::fs::Permissions::from_mode(0o640)).unwrap();
    for _ in 0..2 {
        list_without_warning(&sb);
    }
    assert_eq!(statuses(&sb.access_log()), [401, 200, 200]);
    let mode = std::fs::metadata(&lock).unwrap().permissions().mode();
    assert_eq!(mode & 0o7777, 0o640);
    // What omi creates is private from the start.
    let fresh = Sandbox::start(&[]);
    fresh.omi().arg("list").assert().success();
    let dir = cache_home(fresh.config_home.path()).join("omi");
    for (path, want) in [
        (dir.clone(), 0o700),
        (dir.join("nonces.lock"), 0o600),
        (dir.join("nonces.json"), 0o600),
    ] {
        let mode = std::fs::metadata(&path).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, want, "{}", path.display());
    }
}

#[test]
fn a_cache_folder_others_can_write_is_skipped_with_one_warning() {
    for (mode, who) in [
        (0o777, "writable by its group and others (mode 777)"),
        (0o1777, "writable by its group and others (mode 1777)"),
        (0o770, "writable by its group (mode 770)"),
        (0o702, "writable by others (mode 702)"),
    ] {
        let sb = Sandbox::start(&["--access-log"]);
        let dir = cache_dir(&sb);
        std::fs::set_permissions(&dir, std::fs::Permissions::from_mode(mode)).unwrap();
        let stderr = lists_without_the_cache(&sb, who);
        assert!(stderr.contains(&*dir.to_string_lossy()), "{stderr}");
        assert!(stderr.contains("--no-cache"), "{stderr}");
        assert_eq!(std::fs::read_dir(&dir).unwrap().count(), 0, "{mode:o}");
        // -v and -q say it once too (a warning, not a note), and
        // --no-cache is silent.
        for flag in ["-v", "-q"] {
            let out = sb.omi().args([flag, "list"]).assert().success();
            assert_eq!(warnings(&stderr_of(out.get_output())).len(), 1, "{flag}");
        }
        let out = sb.omi().args(["--no-cache", "list"]).assert().success();
        assert!(!stderr_of(out.get_output()).contains("warning"));
    }
}

#[test]
fn a_cache_folder_or_lock_owned_by_someone_else_is_skipped() {
    // Only root can give a file away; elsewhere the ownership check is
    // pinned by unit tests with the uid as a parameter.
    if unsafe { libc::geteuid() } != 0 {
        eprintln!("not root: ownership cases skipped");
        return;
    }
    let nobody = 65534;
    let sb = Sandbox::start(&["--access-log"]);
    let dir = cache_dir(&sb);
    std::os::unix::fs::chown(&dir, Some(nobody), Some(nobody)).unwrap();
    lists_without_the_cache(&sb, "is owned by uid 65534, not by you (uid 0)");
    assert_eq!(std::fs::read_dir(&dir).unwrap().count(), 0);
    // The folder is the user's again, but the lock file in it is not.
    std::os::unix::fs::chown(&dir, Some(0), Some(0)).unwrap();
    let lock = dir.join("nonces.lock");
    std::fs::write(&lock, "").unwrap();
    std::os::unix::fs::chown(&lock, Some(nobody), Some(nobody)).unwrap();
    lists_without_the_cache(&sb, "nonces.lock is owned by uid 65534");
    assert_eq!(std::fs::metadata(&lock).unwrap().uid(), nobody);
    assert!(!nonce_cache_file(sb.config_home.path()).exists());
}

/// `omi config set base_url URL` with an isolated home.
fn config_set(home: &Path) -> assert_cmd::Command {
    let mut cmd = isolated_omi(home);
    cmd.args(["config", "set", "base_url", "https://om.example.com"])
        .timeout(Duration::from_secs(30));
    cmd
}

fn config_lock(home: &Path) -> PathBuf {
    let path = config_file(home).with_file_name("config.toml.lock");
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    path
}

#[test]
fn a_symlink_at_the_config_lock_is_refused_and_its_target_untouched() {
    let home = tempfile::tempdir().unwrap();
    let lock = config_lock(home.path());
    let victim = home.path().join("victim.txt");
    std::fs::write(&victim, "the victim's own content\n").unwrap();
    std::fs::set_permissions(&victim, std::fs::Permissions::from_mode(0o644)).unwrap();
    std::os::unix::fs::symlink(&victim, &lock).unwrap();
    let out = config_set(home.path())
        .assert()
        .code(1)
        .get_output()
        .clone();
    let stderr = stderr_of(&out);
    assert!(
        stderr.contains(&format!("{} is a symbolic link", lock.display())),
        "{stderr}"
    );
    assert!(stderr.contains("remove"), "{stderr}");
    assert_untouched(&victim);
    assert!(!config_file(home.path()).exists());
    // A dangling one creates nothing either.
    std::fs::remove_file(&lock).unwrap();
    let missing = home.path().join("created-by-omi");
    std::os::unix::fs::symlink(&missing, &lock).unwrap();
    config_set(home.path()).assert().code(1);
    assert!(std::fs::symlink_metadata(&missing).is_err());
    // Removed as the hint says, the next set works.
    std::fs::remove_file(&lock).unwrap();
    config_set(home.path()).assert().success();
    let text = std::fs::read_to_string(config_file(home.path())).unwrap();
    assert!(text.contains("https://om.example.com"), "{text}");
}

#[test]
fn a_fifo_or_folder_at_the_config_lock_fails_at_once() {
    let home = tempfile::tempdir().unwrap();
    let lock = config_lock(home.path());
    mkfifo(&lock);
    let started = Instant::now();
    let out = config_set(home.path())
        .assert()
        .code(1)
        .get_output()
        .clone();
    // At once: not after the 10 s a held lock is waited for.
    assert!(
        started.elapsed() < Duration::from_secs(5),
        "{:?}",
        started.elapsed()
    );
    let stderr = stderr_of(&out);
    assert!(
        stderr.contains(&format!(
            "cannot lock config file {}: {} is a FIFO, not a regular file",
            config_file(home.path()).display(),
            lock.display()
        )),
        "{stderr}"
    );
    std::fs::remove_file(&lock).unwrap();
    std::fs::create_dir(&lock).unwrap();
    config_set(home.path())
        .assert()
        .code(1)
        .stderr(predicates::str::contains(
            "is a directory, not a regular file",
        ));
    assert!(!config_file(home.path()).exists());
}

#[test]
fn a_held_config_lock_fails_config_set_after_a_bounded_wait() {
    let home = tempfile::tempdir().unwrap();
    let lock = config_lock(home.path());
    let held = std::fs::File::create(&lock).unwrap();
    held.lock().unwrap();
    let started = Instant::now();
    let out = config_set(home.path())
        .assert()
        .code(1)
        .get_output()
        .clone();
    let waited = started.elapsed();
    assert!(
        waited >= Duration::from_secs(10) && waited < Duration::from_secs(25),
        "{waited:?}"
    );
    let stderr = stderr_of(&out);
    assert!(
        stderr.contains(&format!(
            "another process has held {} for 10 s",
            lock.display()
        )),
        "{stderr}"
    );
    assert!(!config_file(home.path()).exists());
    // Released, the lock file (the user's own, used as it is) serves again.
    held.unlock().unwrap();
    config_set(home.path()).assert().success();
}
