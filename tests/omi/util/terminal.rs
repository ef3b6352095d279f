//! A pseudo-terminal for the tests that need one: the command runs with
//! the pty as its controlling terminal (so `/dev/tty` is the pty too), and
//! the test awaits what it expects on the screen before it types, instead
//! of typing after a guessed delay.

use std::fs::File;
use std::io::{Read, Write};
use std::os::fd::{AsRawFd, FromRawFd, OwnedFd};
use std::os::unix::process::CommandExt;
use std::process::{Child, Command, ExitStatus, Stdio};
use std::sync::{Arc, Condvar, Mutex};
use std::time::{Duration, Instant};

/// How long any one wait may take before the test fails.
const TIMEOUT: Duration = Duration::from_secs(20);

/// What the command has written so far, and whether the screen is closed
/// (every process holding the pty has exited).
type Screen = Arc<(Mutex<(Vec<u8>, bool)>, Condvar)>;

pub struct Terminal {
    master: File,
    screen: Screen,
    child: Child,
}

impl Terminal {
    /// Starts `cmd` in a new session on a new 24x100 pty.
    pub fn spawn(cmd: Command) -> Terminal {
        Terminal::spawn_sized(cmd, 100)
    }

    /// Starts `cmd` in a new session on a new pty `columns` wide.
    pub fn spawn_sized(mut cmd: Command, columns: u16) -> Terminal {
        let (master, slave) = open_pty(columns);
        cmd.stdin(Stdio::from(slave.try_clone().unwrap()))
            .stdout(Stdio::from(slave.try_clone().unwrap()))
            .stderr(Stdio::from(slave));
        // SAFETY: only async-signal-safe calls between fork and exec.
        unsafe {
            cmd.pre_exec(|| {
                // The signals a terminal sends take their default action,
                // as for a command a shell starts, even when the tests
                // were started ignoring them (a background `cargo test &`
                // ignores SIGINT and SIGQUIT, and omi keeps what it finds
                // ignored).
                for signal in [libc::SIGINT, libc::SIGQUIT, libc::SIGTERM, libc::SIGHUP] {
                    libc::signal(signal, libc::SIG_DFL);
                }
                if libc::setsid() < 0 || libc::ioctl(0, libc::TIOCSCTTY, 0) < 0 {
                    return Err(std::io::Error::last_os_error());
                }
                Ok(())
            });
        }
        let child = cmd.spawn().expect("spawn a command on a pty");
        // Our copies of the slave end go with `cmd`, so the screen closes
        // when the child exits.
        drop(cmd);
        let screen: Screen = Arc::default();
        let sink = Arc::clone(&screen);
        let mut reader = File::from(master.try_clone().unwrap());
        std::thread::spawn(move || {
            let mut buf = [0u8; 4096];
            loop {
                match reader.read(&mut buf) {
                    Ok(0) => break,
                    Ok(n) => sink.0.lock().unwrap().0.extend_from_slice(&buf[..n]),
                    Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
                    // EIO: the last process holding the pty has gone.
                    Err(_) => break,
                }
                sink.1.notify_all();
            }
            sink.0.lock().unwrap().1 = true;
            sink.1.notify_all();
        });
        Terminal {
            master: File::from(master),
            screen,
            child,
        }
    }

    /// What the terminal has shown so far.
    pub fn screen(&self) -> String {
        String::from_utf8_lossy(&self.screen.0.lock().unwrap().0).into_owned()
    }

    /// Waits until `text` is on the screen.
    pub fn wait_for(&self, text: &str) {
        let found = self.wait(|screen, _| String::from_utf8_lossy(screen).contains(text));
        assert!(
            found,
            "{text:?} never appeared on the terminal: {:?}",
            self.screen()
        );
    }

    /// Waits until the terminal no longer echoes what is typed, as a
    /// password prompt sets it (after it has printed its label).
    pub fn wait_until_input_is_hidden(&self) {
        let deadline = Instant::now() + TIMEOUT;
        loop {
            if !echoes(self.master.as_raw_fd()) {
                return;
            }
            assert!(
                Instant::now() < deadline,
                "the terminal still echoes input: {:?}",
                self.screen()
            );
            // No notification exists for a change of terminal modes.
            std::thread::sleep(Duration::from_millis(2));
        }
    }

    /// Types `line` and Enter.
    pub fn type_line(&mut self, line: &str) {
        self.type_keys(&format!("{line}\r"));
    }

    /// Types `keys` as they are (`"\u{3}"` is Ctrl-C).
    pub fn type_keys(&mut self, keys: &str) {
        self.master
            .write_all(keys.as_bytes())
            .expect("type on the terminal");
    }

    /// Sends `signal` to the command.
    pub fn signal(&self, signal: i32) {
        // SAFETY: kill only sends a signal to our own child.
        let rc = unsafe { libc::kill(self.child.id() as i32, signal) };
        assert_eq!(rc, 0, "kill: {}", std::io::Error::last_os_error());
    }

    /// Whether the terminal echoes what is typed, as it does unless a
    /// command turned echo off (and did not turn it back on).
    pub fn echoes(&self) -> bool {
        echoes(self.master.as_raw_fd())
    }

    /// Waits for the command to exit; returns everything the terminal
    /// showed and the exit status.
    pub fn finish(mut self) -> (String, ExitStatus) {
        let status = self.wait_for_exit();
        (self.screen(), status)
    }

    /// Waits for the command to exit, keeping the terminal open.
    pub fn wait_for_exit(&mut self) -> ExitStatus {
        let closed = self.wait(|_, closed| closed);
        if !closed {
            let _ = self.child.kill();
            let _ = self.child.wait();
            panic!("the command did not exit: {:?}", self.screen());
        }
        self.child.wait().expect("wait for the command")
    }

    /// Waits until `done(screen, closed)` holds, or the timeout passes.
    fn wait(&self, done: impl Fn(&[u8], bool) -> bool) -> bool {
        let deadline = Instant::now() + TIMEOUT;
        let (lock, changed) = &*self.screen;
        let mut state = lock.lock().unwrap();
        loop {
            if done(&state.0, state.1) {
                return true;
            }
            let left = deadline.saturating_duration_since(Instant::now());
            if left.is_zero() {
                return false;
            }
            state = changed.wait_timeout(state, left).unwrap().0;
        }
    }
}

impl Drop for Terminal {
    fn drop(&mut self) {
        // Only when a test failed before `finish`: do not leave omi behind.
        if let Ok(None) = self.child.try_wait() {
            let _ = self.child.kill();
            let _ = self.child.wait();
        }
    }
}

/// A new pty pair, both ends closed on exec from the moment they are
/// opened: the tests share one process, and a command that another test
/// spawned between opening an end and marking it would inherit the end
/// and keep the terminal open after this one's command exits.
fn open_pty(columns: u16) -> (OwnedFd, OwnedFd) {
    let size = libc::winsize {
        ws_row: 24,
        ws_col: columns,
        ws_xpixel: 0,
        ws_ypixel: 0,
    };
    let fail = |call: &str| panic!("{call}: {}", std::io::Error::last_os_error());
    // SAFETY: posix_openpt and open return new descriptors, which we then
    // own; grantpt, unlockpt, ptsname_r and ioctl only act on them (and
    // ptsname_r writes at most `name.len()` bytes).
    let pair = unsafe {
        let master = libc::posix_openpt(libc::O_RDWR | libc::O_NOCTTY | libc::O_CLOEXEC);
        if master < 0 {
            fail("posix_openpt");
        }
        let master = OwnedFd::from_raw_fd(master);
        if libc::grantpt(master.as_raw_fd()) != 0 {
            fail("grantpt");
        }
        if libc::unlockpt(master.as_raw_fd()) != 0 {
            fail("unlockpt");
        }
        let mut name = [0 as libc::c_char; 128];
        let rc = libc::ptsname_r(master.as_raw_fd(), name.as_mut_ptr(), name.len());
        assert_eq!(
            rc,
            0,
            "ptsname_r: {}",
            std::io::Error::from_raw_os_error(rc)
        );
        let slave = libc::open(
            name.as_ptr(),
            libc::O_RDWR | libc::O_NOCTTY | libc::O_CLOEXEC,
        );
        if slave < 0 {
            fail("open the pty's terminal end");
        }
        let slave = OwnedFd::from_raw_fd(slave);
        if libc::ioctl(slave.as_raw_fd(), libc::TIOCSWINSZ, &size) != 0 {
            fail("TIOCSWINSZ");
        }
        (master, slave)
    };
    // A new terminal echoes; if the master end did not show that, waiting
    // for echo to go off would prove nothing.
    assert!(echoes(pair.0.as_raw_fd()), "cannot read the pty's modes");
    pair
}

/// Whether the terminal of the pty whose master end is `master` echoes
/// input (on Linux, tcgetattr on the master reads the terminal's modes).
fn echoes(master: i32) -> bool {
    // SAFETY: termios is plain data, filled in by tcgetattr.
    let mut modes: libc::termios = unsafe { std::mem::zeroed() };
    let rc = unsafe { libc::tcgetattr(master, &mut modes) };
    assert_eq!(rc, 0, "tcgetattr: {}", std::io::Error::last_os_error());
    modes.c_lflag & libc::ECHO != 0
}
