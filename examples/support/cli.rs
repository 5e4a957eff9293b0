//! Command-line plumbing shared by the examples: their arguments, reading their input within a
//! size limit, exit codes.
#![allow(dead_code)] // each example uses the parts it needs

use std::fs::File;
use std::io::{IsTerminal, Read};
use std::process::ExitCode;

/// The most an example reads from one file or from standard input, in bytes: 64 MiB. A longer
/// input, such as `/dev/zero`, is an error once this much has been read, never a hang.
pub(crate) const MAX_INPUT_BYTES: u64 = 64 * 1024 * 1024;

/// [`MAX_INPUT_BYTES`] as the messages write it.
pub(crate) const MAX_INPUT: &str = "64 MiB";

/// The exit code of a command line that cannot be run as given.
pub(crate) const USAGE_ERROR: u8 = 2;

/// The arguments every reading example takes.
pub(crate) struct Args {
    /// `--json`: machine output.
    pub(crate) json: bool,
    /// The file to read, if one was given.
    pub(crate) path: Option<String>,
}

/// Reads `[--json] [path]` for an example that reads its input with [`read_text`] or
/// [`read_file`]; see [`parse`].
pub(crate) fn args(usage: &str) -> Result<Args, ExitCode> {
    parse(usage, true, true)
}

/// Reads `[path]` for an example that reads the file it is given.
pub(crate) fn path_arg(usage: &str) -> Result<Option<String>, ExitCode> {
    parse(usage, false, true).map(|a| a.path)
}

/// Reads `[path]` for an example that writes the file it is given.
pub(crate) fn out_path_arg(usage: &str) -> Result<Option<String>, ExitCode> {
    parse(usage, false, false).map(|a| a.path)
}

/// Reads an empty command line: only `-h` or `--help` is accepted.
pub(crate) fn no_args(usage: &str) -> Result<(), ExitCode> {
    match parse(usage, false, false)?.path {
        None => Ok(()),
        Some(arg) => Err(usage_error(&format!("unexpected argument {arg:?}"), usage)),
    }
}

/// Reads the command line: `-h` or `--help` prints the usage on standard output and stops with
/// success; `--json` where `json` allows it; at most one path. Anything else prints the problem
/// and the usage on standard error and stops with exit code 2. `reads` adds the input limit to
/// the usage.
fn parse(usage: &str, json: bool, reads: bool) -> Result<Args, ExitCode> {
    parse_with(usage, json, reads, &[], &[]).map(|p| p.args)
}

/// A command line read by [`parse_with`]: the common arguments, and the example's own flags and
/// options that were given.
pub(crate) struct Parsed {
    /// `--json` and the path.
    pub(crate) args: Args,
    /// The flags given, of those allowed.
    pub(crate) flags: Vec<&'static str>,
    /// The options given with their values (`--date 2015-02-10` or `--date=2015-02-10`).
    pub(crate) options: Vec<(&'static str, String)>,
}

impl Parsed {
    /// Whether `flag` was given.
    pub(crate) fn flag(&self, flag: &str) -> bool {
        self.flags.contains(&flag)
    }

    /// The value given to `option`, if any (the last, if given more than once).
    pub(crate) fn option(&self, option: &str) -> Option<&str> {
        self.options
            .iter()
            .rev()
            .find(|(o, _)| *o == option)
            .map(|(_, v)| v.as_str())
    }
}

/// [`parse`], with the example's own `flags` (`--record`) and `options` that take a value
/// (`--date`); an option without its value is a wrong command line.
pub(crate) fn parse_with(
    usage: &str,
    json: bool,
    reads: bool,
    flags: &[&'static str],
    options: &[&'static str],
) -> Result<Parsed, ExitCode> {
    let mut parsed = Args {
        json: false,
        path: None,
    };
    let mut given_flags = Vec::new();
    let mut given_options = Vec::new();
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        if let Some(&flag) = flags.iter().find(|f| **f == arg) {
            given_flags.push(flag);
            continue;
        }
        if let Some(&option) = options
            .iter()
            .find(|o| arg == **o || arg.starts_with(&format!("{o}=")))
        {
            let value = match arg.strip_prefix(&format!("{option}=")) {
                Some(v) => v.to_owned(),
                None => match args.next() {
                    Some(v) if !v.starts_with("--") => v,
                    _ => return Err(usage_error(&format!("{option} needs a value"), usage)),
                },
            };
            given_options.push((option, value));
            continue;
        }
        match arg.as_str() {
            "--json" if json => parsed.json = true,
            "-h" | "--help" => {
                help(usage, reads);
                return Err(ExitCode::SUCCESS);
            }
            _ if arg.starts_with('-') && arg.len() > 1 => {
                return Err(usage_error(&format!("unknown option {arg:?}"), usage));
            }
            _ if parsed.path.is_none() => parsed.path = Some(arg),
            _ => return Err(usage_error(&format!("unexpected argument {arg:?}"), usage)),
        }
    }
    Ok(Parsed {
        args: parsed,
        flags: given_flags,
        options: given_options,
    })
}

/// Prints the usage on standard output; `reads` adds how much input is read.
pub(crate) fn help(usage: &str, reads: bool) {
    out!("usage: {usage}");
    if reads {
        out!("A file, or standard input, is read up to {MAX_INPUT}; a longer input is an error.");
    }
}

/// Prints `problem` and the usage on standard error; the exit code for a wrong command line.
pub(crate) fn usage_error(problem: &str, usage: &str) -> ExitCode {
    eprintln!("error: {problem}\nusage: {usage}");
    ExitCode::from(USAGE_ERROR)
}

/// Opens `path` for reading; a directory is an error that says so.
pub(crate) fn open(path: &str) -> Result<File, String> {
    let file = File::open(path).map_err(|e| format!("{path}: {e}"))?;
    let metadata = file.metadata().map_err(|e| format!("{path}: {e}"))?;
    if metadata.is_dir() {
        return Err(format!("{path}: is a directory, not a file"));
    }
    Ok(file)
}

/// The text of the file `path`, of at most [`MAX_INPUT`].
pub(crate) fn read_file(path: &str) -> Result<String, String> {
    read_limited(open(path)?, path)
}

/// The text `reader` gives, named `name` in errors: at most [`MAX_INPUT_BYTES`] + 1 bytes are
/// read, so an endless input ends promptly with an error.
pub(crate) fn read_limited(reader: impl Read, name: &str) -> Result<String, String> {
    let mut bytes = Vec::new();
    reader
        .take(MAX_INPUT_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| format!("{name}: {e}"))?;
    if u64::try_from(bytes.len()).map_or(true, |n| n > MAX_INPUT_BYTES) {
        return Err(format!(
            "{name}: longer than {MAX_INPUT}, the most an example reads"
        ));
    }
    String::from_utf8(bytes).map_err(|e| {
        format!(
            "{name}: not UTF-8 text (byte {} is not valid)",
            e.utf8_error().valid_up_to()
        )
    })
}

/// The text of `path`, or of standard input when it is piped and not empty, or else of the
/// example file `default` (a path under `examples/`); each is read with [`read_limited`].
pub(crate) fn read_text(path: Option<&str>, default: &str) -> Result<String, String> {
    if let Some(path) = path {
        return read_file(path);
    }
    let stdin = std::io::stdin();
    let mut text = String::new();
    if !stdin.is_terminal() {
        text = read_limited(stdin.lock(), "standard input")?;
    }
    if text.trim().is_empty() {
        let default = format!("{}/{default}", env!("CARGO_MANIFEST_DIR"));
        return read_file(&default);
    }
    Ok(text)
}

/// The input of an example that reads as it goes: the file `path`, or standard input when it
/// is piped and holds more than spaces, or else the example file `default` (a path under
/// `examples/`), with the name errors give it. Nothing is read whole: of standard input, only
/// the spaces before its first other character are read ahead, to tell an empty input from a
/// text, and given back first.
pub(crate) fn open_input(
    path: Option<&str>,
    default: &str,
) -> Result<(Box<dyn Read>, String), String> {
    if let Some(path) = path {
        return Ok((Box::new(open(path)?), path.to_owned()));
    }
    let stdin = std::io::stdin();
    if !stdin.is_terminal() {
        let name = "standard input";
        let mut stdin = stdin.lock();
        let mut head = Vec::new();
        let mut chunk = [0u8; 4096];
        loop {
            let n = match stdin.read(&mut chunk) {
                Ok(n) => n,
                Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
                Err(e) => return Err(format!("{name}: {e}")),
            };
            head.extend_from_slice(chunk.get(..n).unwrap_or_default());
            // Blank so far: only spaces, or the first bytes of a character still to come.
            let blank = match std::str::from_utf8(&head) {
                Ok(text) => text.trim().is_empty(),
                Err(e) => {
                    e.error_len().is_none()
                        && head
                            .get(..e.valid_up_to())
                            .and_then(|b| std::str::from_utf8(b).ok())
                            .is_some_and(|t| t.trim().is_empty())
                }
            };
            if n == 0 && blank {
                break;
            }
            // Past MAX_INPUT_BYTES of spaces, a text of spaces: read on.
            if !blank || u64::try_from(head.len()).map_or(true, |l| l > MAX_INPUT_BYTES) {
                return Ok((
                    Box::new(std::io::Cursor::new(head).chain(stdin)),
                    name.to_owned(),
                ));
            }
        }
    }
    let default = format!("{}/{default}", env!("CARGO_MANIFEST_DIR"));
    Ok((Box::new(open(&default)?), default))
}

/// A reader that fails once a line runs longer than `max_line` bytes, so that a file without
/// line breaks (`/dev/zero`) ends with an error instead of filling memory with one line.
pub(crate) struct LineLimit<R> {
    inner: R,
    max_line: u64,
    line: u64,
}

impl<R> LineLimit<R> {
    /// Reads `inner`, allowing lines of at most `max_line` bytes.
    pub(crate) fn new(inner: R, max_line: u64) -> Self {
        LineLimit {
            inner,
            max_line,
            line: 0,
        }
    }
}

impl<R: Read> Read for LineLimit<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = self.inner.read(buf)?;
        let read = buf.get(..n).unwrap_or_default();
        // The first piece continues the line before this read; each later one starts a line.
        for (i, piece) in read.split(|&b| b == b'\n').enumerate() {
            let length = piece.len() as u64;
            self.line = if i == 0 { self.line + length } else { length };
            if self.line > self.max_line {
                return Err(std::io::Error::new(
                    std::io::ErrorKind::InvalidData,
                    format!("a line longer than {} bytes", self.max_line),
                ));
            }
        }
        Ok(n)
    }
}

/// Prints `objects` (a list, or one value) as indented JSON.
pub(crate) fn print_json<T: serde::Serialize + ?Sized>(objects: &T) -> Result<(), String> {
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

/// [`main`] for an example that reads its input as it goes, with no limit on its length:
/// `usage` says how it reads, and the help adds no input limit.
pub(crate) fn main_streaming(
    usage: &str,
    run: impl FnOnce(Option<&str>, bool) -> Result<(), String>,
) -> ExitCode {
    match parse_with(usage, true, false, &[], &[]) {
        Ok(parsed) => finish(run(parsed.args.path.as_deref(), parsed.args.json)),
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
