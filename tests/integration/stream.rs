//! Reading figures from a reader, piece by piece (`text::FigureReader`): the same figures as
//! `extract` on the whole text, whatever the reader gives at a time.

use std::io::Read;

use morocco_ecommerce::Error;
use morocco_ecommerce::text::{FigureReader, MAX_PIECE, extract};

const ARTICLES: [&str; 3] = [
    include_str!("../../examples/article_fr.txt"),
    include_str!("../../examples/article_en.txt"),
    include_str!("../../examples/article_ar.txt"),
];

/// A reader that gives one byte a call, as a slow pipe may.
struct OneByte<'a>(&'a [u8]);

impl Read for OneByte<'_> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        match (self.0.split_first(), buf.first_mut()) {
            (Some((&b, rest)), Some(slot)) => {
                *slot = b;
                self.0 = rest;
                Ok(1)
            }
            _ => Ok(0),
        }
    }
}

/// The three articles, each twice, as one text of several thousand bytes.
fn articles() -> String {
    let mut text = String::new();
    for _ in 0..2 {
        for article in ARTICLES {
            text.push_str(article);
            text.push_str("\n\n");
        }
    }
    text
}

#[test]
fn one_byte_at_a_time_in_small_pieces_reads_as_the_whole_text() {
    let text = articles();
    let whole = extract(&text);
    assert!(whole.len() > 30, "{}", whole.len());
    for max in [512, 2048, MAX_PIECE] {
        let streamed: Vec<_> = FigureReader::new(OneByte(text.as_bytes()))
            .with_max_piece(max)
            .collect::<Result<_, _>>()
            .unwrap();
        assert_eq!(streamed, whole, "pieces of at most {max} bytes");
    }
    // Offsets are into the whole input: the spans hold the figures' text.
    for f in &whole {
        assert_eq!(&text[f.start..f.end], f.text);
    }
}

#[test]
fn a_long_input_is_read_in_many_pieces() {
    // 1.5 MiB, more than one piece of the default limit, read through a file-like reader.
    let unit = articles();
    let text = unit.repeat(1_572_864 / unit.len() + 1);
    let streamed: Vec<_> = FigureReader::new(std::io::Cursor::new(text.as_bytes()))
        .collect::<Result<_, _>>()
        .unwrap();
    assert_eq!(streamed, extract(&text));
}

#[test]
fn a_character_split_between_reads_is_read_and_bad_bytes_are_placed() {
    // Every Arabic letter is two bytes: one-byte reads split each of them.
    let text = ARTICLES[2];
    let streamed: Vec<_> = FigureReader::new(OneByte(text.as_bytes()))
        .with_max_piece(400)
        .collect::<Result<_, _>>()
        .unwrap();
    assert_eq!(streamed, extract(text));
    // A byte that starts no character, after the first sentence of the French article.
    let fr = ARTICLES[0];
    let at = fr.find("Le Centre").unwrap() + 3;
    let mut bytes = fr.as_bytes().to_vec();
    bytes[at] = 0xFF;
    let got: Vec<_> = FigureReader::new(OneByte(&bytes)).collect();
    assert_eq!(
        got.last(),
        Some(&Err(Error::InvalidUtf8 { offset: at as u64 }))
    );
    assert_eq!(
        got.last().unwrap().as_ref().unwrap_err().to_string(),
        format!("the text is not UTF-8: byte {at} is not valid")
    );
}

#[test]
fn a_text_with_nowhere_to_cut_is_an_error_not_a_guess() {
    // No sentence end at all: the limit is reached, and said.
    let text = "1 200 000 opérations, ".repeat(100);
    let got: Vec<_> = FigureReader::new(text.as_bytes())
        .with_max_piece(1000)
        .collect();
    assert_eq!(
        got,
        vec![Err(Error::NoPlaceToCut {
            offset: 0,
            limit: 1000
        })]
    );
    assert!(
        got[0]
            .as_ref()
            .unwrap_err()
            .to_string()
            .contains("within 1000 bytes")
    );
}
