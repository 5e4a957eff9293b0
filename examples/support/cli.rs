//! Command-line plumbing shared by the examples: `[--json] [path]`, reading a text, exit codes.
#![allow(dead_code)] // each example uses the parts it needs

use std::io::{IsTerminal, Read};
use std::process::ExitCode;

/// The arguments every reading example takes.
pub(crate) struct Args {
    /// `--json`: machine output.
    pub(crate) json: bool,
    /// The file to read, if one was given.
    pub(crate) path: Option<String>,
}

/// Reads `[--json] [path]`; `-h` prints `usage` and stops with success, anything else stops with
/// exit code 2.
pub(crate) fn args(usage: &str) -> Result<Args, ExitCode> {
    let mut parsed = Args {
        json: false,
        path: None,
    };
    for arg in std::env::args().skip(1) {
        match arg.as_str() {
            "--json" => parsed.json = true,
            "-h" | "--help" => {
                out!("usage: {usage}");
                return Err(ExitCode::SUCCESS);
            }
            _ if parsed.path.is_none() => parsed.path = Some(arg),
            _ => {
                eprintln!("error: unexpected argument {arg:?}; usage: {usage}");
                return Err(ExitCode::from(2));
            }
        }
    }
    Ok(parsed)
}

/// The text of `path`, or of standard input when it is piped and not empty, or else of the
/// example file `default` (a path under `examples/`).
pub(crate) fn read_text(path: Option<&str>, default: &str) -> Result<String, String> {
    if let Some(path) = path {
        return std::fs::read_to_string(path).map_err(|e| format!("{path}: {e}"));
    }
    let stdin = std::io::stdin();
    let mut text = String::new();
    if !stdin.is_terminal() {
        stdin
            .lock()
            .read_to_string(&mut text)
            .map_err(|e| format!("standard input: {e}"))?;
    }
    if text.trim().is_empty() {
        let default = format!("{}/examples/{default}", env!("CARGO_MANIFEST_DIR"));
        return std::fs::read_to_string(&default).map_err(|e| format!("{default}: {e}"));
    }
    Ok(text)
}

/// Prints a JSON array of `objects`.
pub(crate) fn print_json(objects: &[serde_json::Value]) -> Result<(), String> {
    let text = serde_json::to_string_pretty(objects).map_err(|e| e.to_string())?;
    out!("{text}");
    Ok(())
}

/// The whole `main` of a reading example: reads `[--json] [path]` (see [`args`]) and runs
/// `run(path, json)`, whose error is printed on standard error and fails the process.
pub(crate) fn main(
    usage: &str,
    run: impl FnOnce(Option<&str>, bool) -> Result<(), String>,
) -> ExitCode {
    match args(usage) {
        Ok(args) => finish(run(args.path.as_deref(), args.json)),
        Err(code) => code,
    }
}

/// The exit code of a run: an error is printed on standard error and fails the process.
pub(crate) fn finish(result: Result<(), String>) -> ExitCode {
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("error: {message}");
            ExitCode::FAILURE
        }
    }
}
