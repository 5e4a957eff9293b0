//! Lists the figures in a text: counts of operations, amounts of dirhams and percentages, in
//! Arabic, French or English.
//!
//! `cargo run --example figures -- article.txt`, or pipe a text in:
//! `echo "plus de 2,1 millions d'opérations" | cargo run --example figures`. `--json` prints one
//! JSON array with an object per figure. With no file and nothing on standard input, reads
//! `examples/article_fr.txt`.
//!
//! The text is read as it goes, by [`FigureReader`]: each figure is printed once the piece of
//! text that holds it is read, and the memory used does not grow with the input. The output is
//! the same as for the whole text read at once. An input that cannot be read to its end (bytes
//! that are not UTF-8, a piece of more than 64 MiB with no place to cut it) fails with an
//! error after the figures before it, and the JSON array is then left open.

#[path = "support/out.rs"]
#[macro_use]
mod out;

use std::io::Write;
use std::process::ExitCode;

use morocco_ecommerce::text::{FigureReader, TextFigure};
use morocco_ecommerce::{Assumption, Error, Interval};

#[path = "support/cli.rs"]
mod cli;

fn main() -> ExitCode {
    cli::main_streaming(
        "figures [--json] [file]  (reads standard input when piped)\n\
         The text is read as it goes, cut at sentence ends; a piece of more than 64 MiB with no \
         sentence end to cut it at is an error.",
        run,
    )
}

fn run(path: Option<&str>, json: bool) -> Result<(), String> {
    let (input, name) = cli::open_input(path, "article_fr.txt")?;
    let max_piece = usize::try_from(cli::MAX_INPUT_BYTES).unwrap_or(usize::MAX);
    let figures = FigureReader::new(input).with_max_piece(max_piece);
    let stdout = std::io::stdout().lock();
    let mut out = std::io::BufWriter::with_capacity(64 * 1024, stdout);
    let written = if json {
        write_json(figures, &mut out)
    } else {
        write_table(figures, &mut out)
    };
    let flushed = out.flush().map_err(Failure::Write);
    match written.and(flushed) {
        Ok(()) => Ok(()),
        Err(Failure::Read(e)) => Err(read_error(&name, &e)),
        Err(Failure::Write(e)) => out::stop(&e),
    }
}

/// Why printing the figures stopped.
enum Failure {
    /// The text could not be read on.
    Read(Error),
    /// Standard output could not be written.
    Write(std::io::Error),
}

impl From<std::io::Error> for Failure {
    fn from(e: std::io::Error) -> Self {
        Failure::Write(e)
    }
}

/// What an error of the reader says, as the examples say it.
fn read_error(name: &str, e: &Error) -> String {
    match e {
        Error::NoPlaceToCut { offset, .. } => format!(
            "{name}: longer than {} with no place to cut it (from byte {offset}: a sentence end, then spaces, before a letter), the most an example holds at once",
            cli::MAX_INPUT
        ),
        Error::InvalidUtf8 { offset } => {
            format!("{name}: not UTF-8 text (byte {offset} is not valid)")
        }
        Error::ReadText { source, .. } => format!("{name}: {source}"),
        e => format!("{name}: {e}"),
    }
}

/// Flushes `out` when `figures` holds no figure read and not yet printed: the next one waits
/// for more text, and what was printed should be seen meanwhile.
fn flush_if_waiting<R: std::io::Read>(
    figures: &FigureReader<R>,
    out: &mut impl Write,
) -> Result<(), Failure> {
    if figures.ready() == 0 {
        out.flush()?;
    }
    Ok(())
}

/// Prints the figures as a table, a line each as they are read, and their count.
fn write_table<R: std::io::Read>(
    mut figures: FigureReader<R>,
    out: &mut impl Write,
) -> Result<(), Failure> {
    let mut count = 0usize;
    let mut header = false;
    let print_header = |out: &mut dyn Write| {
        writeln!(
            out,
            "{:>6} {:>6}  {:<11} {:>16} {:>12}  {:<10} text",
            "start", "end", "kind", "value", "precision", "qualifier"
        )
    };
    while let Some(f) = figures.next() {
        let f = f.map_err(Failure::Read)?;
        if !header {
            print_header(out)?;
            header = true;
        }
        writeln!(
            out,
            "{:>6} {:>6}  {:<11} {:>16} {:>12}  {:<10} {}",
            f.start,
            f.end,
            f.kind().as_str(),
            f.value().to_string(),
            f.precision().to_string(),
            f.qualifier().as_str(),
            f.text
        )?;
        count += 1;
        flush_if_waiting(&figures, out)?;
    }
    if !header {
        print_header(out)?;
    }
    writeln!(out, "{count} figures")?;
    Ok(())
}

/// Prints the figures as one indented JSON array, an object each as they are read: the same
/// bytes as the whole list printed at once.
fn write_json<R: std::io::Read>(
    mut figures: FigureReader<R>,
    out: &mut impl Write,
) -> Result<(), Failure> {
    let mut first = true;
    while let Some(f) = figures.next() {
        let f = f.map_err(Failure::Read)?;
        out.write_all(if first { b"[\n  " } else { b",\n  " })?;
        first = false;
        let mut json = serde_json::Serializer::with_formatter(&mut *out, InArray::default());
        serde::Serialize::serialize(&to_json(&f), &mut json)
            .map_err(|e| Failure::Write(std::io::Error::other(e)))?;
        flush_if_waiting(&figures, out)?;
    }
    out.write_all(if first { b"[]\n" } else { b"\n]\n" })?;
    Ok(())
}

/// The indented JSON of `serde_json::to_string_pretty` for a value one level inside an array:
/// two spaces a level, `": "` after a key, a line for each member, and empty objects and
/// arrays written `{}` and `[]`.
#[derive(Default)]
struct InArray {
    /// How many levels deep the value being written is, past the array's own.
    depth: usize,
    /// Whether the object or array being written has a member yet.
    has_member: bool,
}

impl InArray {
    fn indent<W: ?Sized + Write>(&self, out: &mut W) -> std::io::Result<()> {
        for _ in 0..=self.depth {
            out.write_all(b"  ")?;
        }
        Ok(())
    }

    fn open<W: ?Sized + Write>(&mut self, out: &mut W, mark: &[u8]) -> std::io::Result<()> {
        self.depth += 1;
        self.has_member = false;
        out.write_all(mark)
    }

    fn close<W: ?Sized + Write>(&mut self, out: &mut W, mark: &[u8]) -> std::io::Result<()> {
        self.depth -= 1;
        if self.has_member {
            out.write_all(b"\n")?;
            self.indent(out)?;
        }
        out.write_all(mark)
    }

    fn member<W: ?Sized + Write>(&mut self, out: &mut W, first: bool) -> std::io::Result<()> {
        out.write_all(if first { b"\n" } else { b",\n" })?;
        self.indent(out)
    }
}

impl serde_json::ser::Formatter for InArray {
    fn begin_array<W: ?Sized + Write>(&mut self, out: &mut W) -> std::io::Result<()> {
        self.open(out, b"[")
    }

    fn end_array<W: ?Sized + Write>(&mut self, out: &mut W) -> std::io::Result<()> {
        self.close(out, b"]")
    }

    fn begin_array_value<W: ?Sized + Write>(
        &mut self,
        out: &mut W,
        first: bool,
    ) -> std::io::Result<()> {
        self.member(out, first)
    }

    fn end_array_value<W: ?Sized + Write>(&mut self, _out: &mut W) -> std::io::Result<()> {
        self.has_member = true;
        Ok(())
    }

    fn begin_object<W: ?Sized + Write>(&mut self, out: &mut W) -> std::io::Result<()> {
        self.open(out, b"{")
    }

    fn end_object<W: ?Sized + Write>(&mut self, out: &mut W) -> std::io::Result<()> {
        self.close(out, b"}")
    }

    fn begin_object_key<W: ?Sized + Write>(
        &mut self,
        out: &mut W,
        first: bool,
    ) -> std::io::Result<()> {
        self.member(out, first)
    }

    fn begin_object_value<W: ?Sized + Write>(&mut self, out: &mut W) -> std::io::Result<()> {
        out.write_all(b": ")
    }

    fn end_object_value<W: ?Sized + Write>(&mut self, _out: &mut W) -> std::io::Result<()> {
        self.has_member = true;
        Ok(())
    }
}

/// A figure with its range under the default assumption: the figure's own JSON object, with the
/// interval's `low`, `high`, `low_closed` and `high_closed` beside its fields (none where the
/// figure has no range).
#[derive(serde::Serialize)]
struct WithRange<'a> {
    #[serde(flatten)]
    figure: &'a TextFigure,
    #[serde(flatten)]
    range: Option<Interval>,
}

fn to_json(f: &TextFigure) -> WithRange<'_> {
    WithRange {
        figure: f,
        range: f.range(Assumption::default()).ok(),
    }
}
