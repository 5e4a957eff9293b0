//! The page in a real browser: headless Chromium driven by `chromedriver`.
//!
//! Ignored by default, as it needs Debian's `chromium` and `chromium-driver`:
//!
//! ```text
//! apt-get install -y chromium chromium-driver
//! cargo test -p morocco-ecommerce-web --test e2e -- --ignored
//! ```
//!
//! It saves a screenshot of the seed article checked as `target/e2e-seed-article.png`, and also
//! as `docs/fact-check-page.png` (the README's) when `MOROCCO_E2E_SCREENSHOT=docs`.
// Tests stop at the first surprise: unwrapping is how they fail.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing,
    clippy::missing_panics_doc
)]

use std::net::{SocketAddr, TcpListener, TcpStream};
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use fantoccini::actions::{InputSource, KeyAction, KeyActions};
use fantoccini::key::Key;
use fantoccini::{Client, ClientBuilder, Locator};
use hyper_util::client::legacy::connect::HttpConnector;
use morocco_ecommerce::check::Checker;
use morocco_ecommerce::data::builtin_claims;
use morocco_ecommerce::text::check_text;
use morocco_ecommerce_web::{Config, spawn};
use serde_json::json;

const AR: &str = include_str!("../../examples/article_ar.txt");
const CHROMEDRIVER: &str = "/usr/bin/chromedriver";
const CHROMIUM: &str = "/usr/bin/chromium";

/// chromedriver, ended when dropped.
struct Driver(Child);

impl Drop for Driver {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// A port free on loopback now.
fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

fn start_driver() -> (Driver, u16) {
    let port = free_port();
    let child = Command::new(CHROMEDRIVER)
        .arg(format!("--port={port}"))
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap_or_else(|e| {
            panic!("cannot start {CHROMEDRIVER} ({e}): apt-get install chromium-driver")
        });
    let driver = Driver(child);
    let addr = SocketAddr::from(([127, 0, 0, 1], port));
    let started = Instant::now();
    while TcpStream::connect_timeout(&addr, Duration::from_millis(200)).is_err() {
        assert!(
            started.elapsed() < Duration::from_secs(20),
            "chromedriver did not listen on {addr} within 20 s"
        );
        std::thread::sleep(Duration::from_millis(100));
    }
    (driver, port)
}

/// The workspace's target directory (`CARGO_TARGET_DIR` where set), as an absolute path with
/// no `..` in it: chromedriver reads Chromium's `DevToolsActivePort` file from the profile
/// directory it was given, and with a `..` in that path it never finds it ("Could not read in
/// devtools port number").
fn target_dir() -> PathBuf {
    let dir = std::env::var_os("CARGO_TARGET_DIR").map_or_else(
        || PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../target")),
        PathBuf::from,
    );
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::canonicalize(&dir).unwrap()
}

async fn browser(port: u16, profile: &std::path::Path) -> Client {
    let caps = json!({
        "browserName": "chrome",
        "goog:chromeOptions": {
            "binary": CHROMIUM,
            "args": [
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--disable-quic",
                "--window-size=1100,1900",
                "--lang=en-US",
                format!("--user-data-dir={}", profile.display()),
            ],
        },
    });
    let serde_json::Value::Object(caps) = caps else {
        unreachable!()
    };
    ClientBuilder::new(HttpConnector::new())
        .capabilities(caps)
        .connect(&format!("http://127.0.0.1:{port}"))
        .await
        .unwrap()
}

/// Runs `script` in the page and returns what it returns.
async fn eval(client: &Client, script: &str) -> serde_json::Value {
    client.execute(script, vec![]).await.unwrap()
}

/// Presses and releases Tab, as a person would: focus moves to the next element.
async fn press_tab(client: &Client) -> Result<(), fantoccini::error::CmdError> {
    let tab = char::from(Key::Tab);
    let actions = KeyActions::new("keyboard".to_owned())
        .then(KeyAction::Down { value: tab })
        .then(KeyAction::Up { value: tab });
    client.perform_actions(actions).await
}

/// Waits until `script` returns true, at most 15 s.
async fn until(client: &Client, script: &str) {
    let started = Instant::now();
    while eval(client, script).await != json!(true) {
        assert!(
            started.elapsed() < Duration::from_secs(15),
            "waited 15 s for: {script}"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "needs chromium and chromium-driver: cargo test -p morocco-ecommerce-web --test e2e -- --ignored"]
async fn the_seed_article_checked_in_headless_chromium() {
    // What the page must show: check_text's verdicts for the seed article, which the built-in
    // claims of the seed article (what fact_check checks) give too.
    let checker = Checker::new();
    let expected: Vec<&'static str> = check_text(AR, &checker)
        .iter()
        .map(|(_, f)| f.as_ref().unwrap().verdict.name())
        .collect();
    assert_eq!(expected, ["consistent_only_with_rounding", "inconsistent"]);
    let builtin: Vec<&'static str> = builtin_claims()
        .iter()
        .filter(|c| c.kind.name() == "growth" && c.id.ends_with("_growth_2014"))
        .map(|c| checker.check(c).unwrap().verdict.name())
        .collect();
    assert_eq!(
        builtin, expected,
        "fact_check's built-in growth claims of 2014 and check_text differ on the seed article"
    );

    let server = spawn(SocketAddr::from(([127, 0, 0, 1], 0)), Config::default())
        .await
        .unwrap();
    let (_driver, port) = start_driver();
    let profile = target_dir().join(format!("e2e-chromium-profile-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&profile);
    std::fs::create_dir_all(&profile).unwrap();
    let client = browser(port, &profile).await;
    let result = run(&client, server, &expected).await;
    let _ = client.close().await;
    let _ = std::fs::remove_dir_all(&profile);
    result.unwrap();
}

async fn run(
    client: &Client,
    server: SocketAddr,
    expected: &[&str],
) -> Result<(), fantoccini::error::CmdError> {
    client.goto(&format!("http://{server}/")).await?;
    client
        .find(Locator::Css(r#"button.example[data-article="ar"]"#))
        .await?
        .click()
        .await?;
    until(
        client,
        "return document.querySelectorAll('.claim-badge').length === 2",
    )
    .await;

    // Both growth claims, with check_text's verdicts, in words.
    let badges = client
        .find_all(Locator::Css("#article .claim-badge"))
        .await?;
    let mut shown = Vec::new();
    for badge in &badges {
        shown.push(badge.attr("data-verdict").await?.unwrap_or_default());
        let words = badge.text().await?;
        assert!(words.contains("growth"), "{words}");
    }
    assert_eq!(shown, expected);
    assert!(
        badges[0]
            .text()
            .await?
            .contains("Consistent only with rounding")
    );
    assert!(badges[1].text().await?.contains("Inconsistent"));

    // The summary compares the figures with the record: the 2,1 million of 2014 conflict.
    let summary = client.find(Locator::Css("#summary")).await?.text().await?;
    assert!(summary.contains("conflicts with the record"), "{summary}");
    assert!(summary.contains("misprint"), "{summary}");

    // Right to left: every paragraph of the seed article, as the browser lays it out.
    let directions = eval(
        client,
        "return [...document.querySelectorAll('#article .article-p')].map(p => getComputedStyle(p).direction)",
    )
    .await;
    let paragraphs = AR.lines().filter(|l| !l.trim().is_empty()).count();
    assert_eq!(directions, json!(vec!["rtl"; paragraphs]));

    // Keyboard: Tab from the text box reaches a claim's badge, and focus opens its explanation.
    client.find(Locator::Css("#text")).await?.click().await?;
    let mut reached = false;
    for _ in 0..40 {
        press_tab(client).await?;
        let on_badge = eval(
            client,
            "return document.activeElement.classList.contains('claim-badge') && document.activeElement.dataset.claim === '1'",
        )
        .await;
        if on_badge == json!(true) {
            reached = true;
            break;
        }
    }
    assert!(reached, "Tab never reached the second claim's badge");
    until(
        client,
        "return document.querySelector('#explanation h3') !== null \
         && document.querySelector('#explanation h3').textContent.startsWith('Claim 2') \
         && document.querySelector('#explanation svg.numberline') !== null",
    )
    .await;
    let explanation = client
        .find(Locator::Css("#explanation"))
        .await?
        .text()
        .await?;
    assert!(explanation.contains("Inconsistent"), "{explanation}");
    assert!(
        explanation.contains("Nearest consistent statement"),
        "{explanation}"
    );
    assert!(
        explanation.contains("Comparison with the record"),
        "{explanation}"
    );
    // Its figures are joined.
    let joined = eval(
        client,
        "return document.querySelectorAll('.fig.joined').length",
    )
    .await;
    assert_eq!(joined, json!(3));
    // The chart is drawn from its own address.
    until(
        client,
        "const img = document.querySelector('#chart'); return img.complete && img.naturalWidth > 0",
    )
    .await;

    let png = client.screenshot().await?;
    let path = target_dir().join("e2e-seed-article.png");
    std::fs::write(&path, &png).unwrap();
    eprintln!("screenshot: {}", path.display());
    if std::env::var("MOROCCO_E2E_SCREENSHOT").as_deref() == Ok("docs") {
        let docs = PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../docs"));
        std::fs::create_dir_all(&docs).unwrap();
        std::fs::write(docs.join("fact-check-page.png"), &png).unwrap();
    }

    // A pasted <script> and an <img onerror> stay text, and neither runs.
    let hostile = "<script>window.pwned = 1</script> <img src=x onerror=\"window.pwned = 2\"> \
                   Le CMI a traité 1,95 million d'opérations.";
    let text = client.find(Locator::Css("#text")).await?;
    text.clear().await?;
    text.send_keys(hostile).await?;
    client.find(Locator::Css("#check")).await?.click().await?;
    until(
        client,
        "return document.querySelector('#article').textContent.includes('<script>window.pwned = 1</script>')",
    )
    .await;
    let elements = eval(
        client,
        "return [document.querySelectorAll('#article script, #article img').length, typeof window.pwned]",
    )
    .await;
    assert_eq!(elements, json!([0, "undefined"]));
    // The text is still in the box.
    let kept = eval(client, "return document.querySelector('#text').value").await;
    assert_eq!(kept, json!(hostile));

    // A file that is not UTF-8 (Latin-1, as an old editor saves French): words on the page, and
    // the box keeps the text it had. A UTF-8 file then fills the box and is checked.
    let dir = target_dir().join(format!("e2e-files-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let latin1 = dir.join("latin1.txt");
    std::fs::write(&latin1, b"Le CMI a trait\xe9 1,95 million d'op\xe9rations.").unwrap();
    let utf8 = dir.join("article_fr.txt");
    std::fs::write(&utf8, morocco_ecommerce_web::ARTICLES[1].1).unwrap();
    let file = client.find(Locator::Css("#file")).await?;
    file.send_keys(&latin1.display().to_string()).await?;
    until(
        client,
        "return !document.querySelector('#error').hidden \
         && document.querySelector('#error').textContent.startsWith('This file is not UTF-8 text')",
    )
    .await;
    let kept = eval(client, "return document.querySelector('#text').value").await;
    assert_eq!(kept, json!(hostile));
    let file = client.find(Locator::Css("#file")).await?;
    file.send_keys(&utf8.display().to_string()).await?;
    until(
        client,
        "return document.querySelector('#error').hidden \
         && document.querySelector('#text').value.startsWith('Paiement en ligne')",
    )
    .await;
    let _ = std::fs::remove_dir_all(&dir);

    // An empty text: words on the page, and the box keeps what it had (nothing).
    let text = client.find(Locator::Css("#text")).await?;
    text.clear().await?;
    client.find(Locator::Css("#check")).await?.click().await?;
    until(
        client,
        "return !document.querySelector('#error').hidden \
         && document.querySelector('#error').textContent.startsWith('There is no text to check')",
    )
    .await;
    Ok(())
}
