//! `out!`, the examples' `println!`: when the reader of standard output goes away (`| head`),
//! the example stops quietly instead of panicking on the broken pipe.

/// Writes a line to standard output, like `println!`.
macro_rules! out {
    ($($arg:tt)*) => {{
        use std::io::Write as _;
        if let Err(e) = writeln!(std::io::stdout().lock(), $($arg)*) {
            $crate::out::stop(&e);
        }
    }};
}

/// Ends the example after a failed write to standard output: quietly when the reader closed the
/// pipe, with a message otherwise.
pub(crate) fn stop(e: &std::io::Error) -> ! {
    if e.kind() == std::io::ErrorKind::BrokenPipe {
        std::process::exit(0);
    }
    eprintln!("error: cannot write to standard output: {e}");
    std::process::exit(1);
}
