//! Issue 15, recall: the constructions the press writes that the linker reads, each in French,
//! Arabic and English, and beside them sentences built to tempt a wrong pairing. Every text
//! here is our own.

use morocco_ecommerce::check::Checker;
use morocco_ecommerce::text::{TextClaim, Unlinked, check_text, link_text};

/// A claim as the tests compare it: its kind, its figures' values by role, its verdict.
type Found = (&'static str, Vec<(&'static str, String)>, String);

/// Each claim of `text`: its kind, the values of its figures by role (as written, normalised),
/// and its verdict. A claim the checker cannot check fails the test.
fn found(text: &str) -> Vec<Found> {
    check_text(text, &Checker::new())
        .into_iter()
        .map(|(c, f)| {
            let f = f.unwrap_or_else(|e| panic!("{text}: {} not checked: {e}", c.id));
            (c.kind.name(), roles(&c), f.verdict.name().to_owned())
        })
        .collect()
}

fn roles(c: &TextClaim) -> Vec<(&'static str, String)> {
    c.kind
        .figures()
        .into_iter()
        .map(|(r, f)| (r.name, f.value().normalize().to_string()))
        .collect()
}

/// A growth claim from `from` to `to` with the rate `stated`, and its verdict.
fn growth(from: &str, to: &str, stated: &str, verdict: &str) -> Found {
    (
        "growth",
        vec![
            ("from", from.to_owned()),
            ("to", to.to_owned()),
            ("stated", stated.to_owned()),
        ],
        verdict.to_owned(),
    )
}

/// Whether a correct `text` gives no claim at all (and so no alarm), with what it gave.
fn no_claim(text: &str) {
    let linked = link_text(text);
    assert!(linked.claims.is_empty(), "{text}: {:#?}", linked.claims);
}

/// Words of a rate the lists lacked: "s'est accru de", "a gain of", "gains of", and falls that
/// give the rate its sign.
#[test]
fn more_words_announce_a_rate() {
    for (text, expected) in [
        (
            "Le nombre de paiements sur internet s'est accru de 14 %, passant de 5 millions à 5,7 millions d'opérations.",
            growth("5000000", "5700000", "14", "consistent"),
        ),
        (
            "La valeur des achats en ligne s'est accrue de 9 % pour passer de 2,2 milliards à 2,4 milliards de dirhams.",
            growth("2200000000", "2400000000", "9", "consistent"),
        ),
        (
            "Online sales reached MAD 3.1 billion, compared with MAD 2.5 billion a year earlier, a gain of 24%.",
            growth("2500000000", "3100000000", "24", "consistent"),
        ),
        (
            "Online sales reached MAD 3.1 billion, compared with MAD 2.5 billion a year earlier, a gain of 42%.",
            growth("2500000000", "3100000000", "42", "inconsistent"),
        ),
        (
            "Le montant des remboursements a fléchi de 10 %, passant de 800 à 720 millions de dirhams.",
            growth("800000000", "720000000", "-10", "consistent"),
        ),
        (
            "تقلصت قيمة العمليات من 800 مليون درهم إلى 720 مليون درهم بنسبة 10 في المائة.",
            growth("800000000", "720000000", "-10", "consistent"),
        ),
        (
            "ازداد عدد العمليات من 5 ملايين إلى 5,7 ملايين عملية، أي 14 في المائة.",
            growth("5000000", "5700000", "14", "consistent"),
        ),
        (
            "The value of refunds dipped 5% to MAD 950 million from MAD 1 billion.",
            growth("1000000000", "950000000", "-5", "consistent"),
        ),
    ] {
        assert_eq!(found(text), [expected], "{text}");
    }
    // "gains of" before two rates after two pairs, with no word of order: not checked.
    let open = "Transactions went from 2 million to 2.3 million and their value from MAD 1 billion to MAD 1.1 billion, gains of 15% and 10%.";
    let linked = link_text(open);
    assert!(linked.claims.is_empty(), "{:#?}", linked.claims);
    assert_eq!(linked.not_checked.len(), 2);
    assert!(
        linked
            .not_checked
            .iter()
            .all(|n| n.reason == Unlinked::SeveralPairings)
    );
    // A gain of another quantity than the pair's is no claim of the pair.
    no_claim(
        "Transactions climbed from 2 million to 2.3 million, while the number of merchant sites posted a gain of 8%.",
    );
}
