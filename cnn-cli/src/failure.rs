//! Why a command stopped before it could check a network, and the exit
//! code that says so.

use std::process::ExitCode;

/// Exit code for a network with errors (as rustc's for a failed build).
pub const INVALID: u8 = 1;
/// Exit code for a command that could not get to a network: bad
/// arguments, a file that cannot be read or holds none.
pub const USAGE: u8 = 2;

/// A reason to stop, with the words to say.
#[derive(Debug)]
pub struct Failure {
    message: String,
    code: u8,
}

impl Failure {
    /// A usage or input problem: exit code [`USAGE`].
    pub fn usage(message: impl Into<String>) -> Failure {
        Failure {
            message: message.into(),
            code: USAGE,
        }
    }

    /// What went wrong, as the text after `error: `.
    pub fn message(&self) -> &str {
        &self.message
    }

    /// The process's exit code.
    pub fn exit_code(&self) -> ExitCode {
        ExitCode::from(self.code)
    }
}
