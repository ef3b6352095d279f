//! The signals that end omi (SIGINT, SIGTERM, SIGHUP, SIGQUIT), for the
//! two places that must not be cut short by one: a config write holds
//! them until the file is in place, and a secret prompt, which turns the
//! terminal's echo off, gives the terminal back its modes before omi exits.

#[cfg(unix)]
pub use unix::{SignalsHeld, TerminalRestored};

#[cfg(not(unix))]
pub use other::{SignalsHeld, TerminalRestored};

#[cfg(unix)]
mod unix {
    use std::cell::UnsafeCell;
    use std::os::fd::AsRawFd;
    use std::sync::atomic::{AtomicI32, Ordering};

    /// The signals that would end the process.
    const STOPS: [libc::c_int; 4] = [libc::SIGINT, libc::SIGTERM, libc::SIGHUP, libc::SIGQUIT];

    /// A set of [`STOPS`].
    fn stop_set() -> libc::sigset_t {
        // SAFETY: sigset_t is plain data, initialised by sigemptyset.
        unsafe {
            let mut set: libc::sigset_t = std::mem::zeroed();
            libc::sigemptyset(&mut set);
            for sig in STOPS {
                libc::sigaddset(&mut set, sig);
            }
            set
        }
    }

    /// Signals that would end the process, held back while it lives.
    pub struct SignalsHeld(Option<libc::sigset_t>);

    impl SignalsHeld {
        pub fn new() -> SignalsHeld {
            let set = stop_set();
            // SAFETY: pthread_sigmask only reads `set` and writes `old`.
            unsafe {
                let mut old: libc::sigset_t = std::mem::zeroed();
                let held = libc::pthread_sigmask(libc::SIG_BLOCK, &set, &mut old) == 0;
                SignalsHeld(held.then_some(old))
            }
        }
    }

    impl Drop for SignalsHeld {
        fn drop(&mut self) {
            if let Some(old) = &self.0 {
                // SAFETY: restores the mask saved by `new`.
                unsafe {
                    libc::pthread_sigmask(libc::SIG_SETMASK, old, std::ptr::null_mut());
                }
            }
        }
    }

    /// The terminal's modes before the prompt, for the signal handler
    /// (which may read only what is already in place).
    struct Saved(UnsafeCell<libc::termios>);

    // SAFETY: written only by `TerminalRestored::new`, before the handler
    // that reads it is installed.
    unsafe impl Sync for Saved {}

    // SAFETY: termios is plain data; all zeroes is a valid value.
    static SAVED: Saved = Saved(UnsafeCell::new(unsafe { std::mem::zeroed() }));
    /// The terminal's descriptor while a prompt runs, else -1.
    static TTY: AtomicI32 = AtomicI32::new(-1);

    /// Gives the terminal back its modes and ends the process with the
    /// signal's exit code. Only async-signal-safe calls.
    extern "C" fn restore_and_exit(signal: libc::c_int) {
        let fd = TTY.load(Ordering::SeqCst);
        // SAFETY: tcsetattr, write and _exit are async-signal-safe; SAVED
        // was filled in before this handler was installed.
        unsafe {
            if fd >= 0 {
                libc::tcsetattr(fd, libc::TCSANOW, SAVED.0.get());
                libc::write(fd, b"\n".as_ptr().cast(), 1);
            }
            libc::_exit(crate::errors::signal_exit_code(signal));
        }
    }

    /// While it lives, a signal that ends omi first restores the modes
    /// the terminal had when it was made.
    pub struct TerminalRestored {
        _tty: std::fs::File,
        previous: Vec<(libc::c_int, libc::sigaction)>,
    }

    impl TerminalRestored {
        /// `None` when there is no terminal to restore.
        pub fn new() -> Option<TerminalRestored> {
            let tty = std::fs::OpenOptions::new()
                .read(true)
                .write(true)
                .open("/dev/tty")
                .ok()?;
            let fd = tty.as_raw_fd();
            // SAFETY: tcgetattr fills in SAVED; no handler reads it yet.
            if unsafe { libc::tcgetattr(fd, SAVED.0.get()) } != 0 {
                return None;
            }
            TTY.store(fd, Ordering::SeqCst);
            let handler: extern "C" fn(libc::c_int) = restore_and_exit;
            let previous = STOPS
                .into_iter()
                .filter_map(|sig| {
                    // SAFETY: sigaction is plain data, filled in before use.
                    unsafe {
                        let mut action: libc::sigaction = std::mem::zeroed();
                        action.sa_sigaction = handler as libc::sighandler_t;
                        action.sa_mask = stop_set();
                        let mut old: libc::sigaction = std::mem::zeroed();
                        if libc::sigaction(sig, &action, &mut old) != 0 {
                            return None;
                        }
                        // A signal the caller ignores stays ignored.
                        if old.sa_sigaction == libc::SIG_IGN {
                            libc::sigaction(sig, &old, std::ptr::null_mut());
                        }
                        Some((sig, old))
                    }
                })
                .collect();
            Some(TerminalRestored {
                _tty: tty,
                previous,
            })
        }
    }

    impl Drop for TerminalRestored {
        fn drop(&mut self) {
            for (sig, old) in &self.previous {
                // SAFETY: puts back the action saved by `new`.
                unsafe {
                    libc::sigaction(*sig, old, std::ptr::null_mut());
                }
            }
            TTY.store(-1, Ordering::SeqCst);
        }
    }
}

#[cfg(not(unix))]
mod other {
    pub struct SignalsHeld;

    impl SignalsHeld {
        pub fn new() -> SignalsHeld {
            SignalsHeld
        }
    }

    pub struct TerminalRestored;

    impl TerminalRestored {
        pub fn new() -> Option<TerminalRestored> {
            None
        }
    }
}
