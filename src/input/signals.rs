//! The signals that end omi (SIGINT, SIGTERM, SIGHUP, SIGQUIT), for the
//! two places that must not be cut short by one: a config write holds
//! them until the file is in place, and a secret prompt, which turns the
//! terminal's echo off, gives the terminal back its modes before omi exits.
//!
//! A config write holds them with the calling thread's signal mask (nix's
//! safe wrappers, no handler): once the mask is put back, a held signal
//! does what it would have done, whoever handles it (the default action,
//! or tokio's handler in `omi apply`). A secret prompt installs a handler
//! with sigaction for its duration, and puts the previous action back.
//!
//! Not signal-hook's registry (which tokio uses): an action registered
//! there stays installed for the life of the process (unregistering leaves
//! the signal ignored), so omi would have to emulate the default action
//! ever after, racing tokio's handlers in `omi apply`. Nor its iterator
//! thread for the prompt: a thread restoring the terminal races the
//! prompt's own changes to it (rpassword sets the modes twice), where a
//! handler interrupts the prompt's thread. From signal-hook omi takes only
//! `low_level::exit`, a safe `_exit`.

#[cfg(unix)]
pub use unix::{SignalsHeld, TerminalRestored};

#[cfg(not(unix))]
pub use other::{SignalsHeld, TerminalRestored};

#[cfg(unix)]
mod unix {
    use nix::sys::signal::{sigaction, SaFlags, SigAction, SigHandler, SigSet, SigmaskHow, Signal};
    use nix::sys::termios::{tcgetattr, tcsetattr, SetArg, Termios};
    use std::io::Write;
    use std::sync::Mutex;

    /// The signals that would end the process.
    const STOPS: [Signal; 4] = [
        Signal::SIGINT,
        Signal::SIGTERM,
        Signal::SIGHUP,
        Signal::SIGQUIT,
    ];

    fn set_of(signals: &[Signal]) -> SigSet {
        let mut set = SigSet::empty();
        for &signal in signals {
            set.add(signal);
        }
        set
    }

    /// Signals that would end the process, held back in this thread while
    /// it lives; when it goes, a signal that arrived meanwhile is delivered
    /// and does what it would have done (the default action ends omi).
    pub struct SignalsHeld(Option<SigSet>);

    impl SignalsHeld {
        pub fn new() -> SignalsHeld {
            SignalsHeld(set_of(&STOPS).thread_swap_mask(SigmaskHow::SIG_BLOCK).ok())
        }
    }

    impl Drop for SignalsHeld {
        fn drop(&mut self) {
            if let Some(old) = &self.0 {
                let _ = old.thread_set_mask();
            }
        }
    }

    /// The terminal and its modes from before the prompt, for the signal
    /// handler; `None` when no prompt runs.
    static PROMPT: Mutex<Option<Modes>> = Mutex::new(None);

    struct Modes {
        tty: std::fs::File,
        saved: Termios,
    }

    /// Gives the terminal back its modes, ends the line the prompt was on,
    /// and ends omi with the signal's code. Runs in a signal handler, on
    /// the thread the signal interrupted: only async-signal-safe work, a
    /// lock taken without waiting (an atomic compare-and-swap; never held
    /// while the handler is installed, but by `new` and `drop` around it),
    /// `tcsetattr`, `write` and `_exit`.
    extern "C" fn give_back_and_exit(signal: std::ffi::c_int) {
        if let Ok(prompt) = PROMPT.try_lock() {
            if let Some(m) = prompt.as_ref() {
                let _ = tcsetattr(&m.tty, SetArg::TCSANOW, &m.saved);
                let _ = (&m.tty).write_all(b"\n");
            }
        }
        signal_hook::low_level::exit(crate::errors::signal_exit_code(signal));
    }

    /// While it lives, a signal that ends omi first restores the modes the
    /// terminal had when it was made, writes a newline, and exits with the
    /// signal's code (128 + its number). A handler, not a watcher thread:
    /// it interrupts the thread the signal is delivered to (the prompt's,
    /// omi having no other busy one then) and ends the process, so nothing
    /// changes the terminal's modes after it. When it goes, each signal's
    /// previous action is back.
    pub struct TerminalRestored {
        previous: Vec<(Signal, SigAction)>,
    }

    impl TerminalRestored {
        /// `None` when there is no terminal to restore.
        pub fn new() -> Option<TerminalRestored> {
            let tty = std::fs::OpenOptions::new()
                .read(true)
                .write(true)
                .open("/dev/tty")
                .ok()?;
            let saved = tcgetattr(&tty).ok()?;
            *PROMPT.lock().unwrap_or_else(|e| e.into_inner()) = Some(Modes { tty, saved });
            let action = SigAction::new(
                SigHandler::Handler(give_back_and_exit),
                SaFlags::empty(),
                set_of(&STOPS),
            );
            let previous = STOPS
                .into_iter()
                .filter_map(|signal| {
                    // SAFETY: the handler does only async-signal-safe work
                    // (see give_back_and_exit), and the previous action is
                    // put back when the prompt is over.
                    let old = unsafe { sigaction(signal, &action) }.ok()?;
                    if matches!(old.handler(), SigHandler::SigIgn) {
                        // A signal the process ignores stays ignored.
                        // SAFETY: the action just replaced, as it was.
                        let _ = unsafe { sigaction(signal, &old) };
                    }
                    Some((signal, old))
                })
                .collect();
            Some(TerminalRestored { previous })
        }
    }

    impl Drop for TerminalRestored {
        fn drop(&mut self) {
            for (signal, old) in &self.previous {
                // SAFETY: puts back the action `new` found, as it was.
                let _ = unsafe { sigaction(*signal, old) };
            }
            *PROMPT.lock().unwrap_or_else(|e| e.into_inner()) = None;
        }
    }

    #[cfg(test)]
    mod tests {
        use super::*;

        fn blocked() -> Vec<Signal> {
            let mask = SigSet::thread_get_mask().unwrap();
            STOPS.into_iter().filter(|s| mask.contains(*s)).collect()
        }

        #[test]
        fn signals_are_held_while_the_guard_lives_and_only_then() {
            assert_eq!(blocked(), []);
            let held = SignalsHeld::new();
            assert_eq!(blocked(), STOPS);
            {
                let _nested = SignalsHeld::new();
                assert_eq!(blocked(), STOPS);
            }
            assert_eq!(blocked(), STOPS, "an inner guard keeps the outer hold");
            drop(held);
            assert_eq!(blocked(), []);
        }

        #[test]
        fn a_signal_sent_while_held_waits() {
            let held = SignalsHeld::new();
            // Sent to this thread alone, it waits in the pending set instead
            // of ending the test process, and sigwait takes it from there.
            nix::sys::signal::raise(Signal::SIGHUP).unwrap();
            assert_eq!(set_of(&[Signal::SIGHUP]).wait().unwrap(), Signal::SIGHUP);
            drop(held);
            assert_eq!(blocked(), []);
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
