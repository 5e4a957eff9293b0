//! A bounded load test of the page on loopback.
//!
//! `cargo run -p morocco-ecommerce-web --release
//! --example load [REQUESTS] [CONCURRENCY]` (default 600 and 16).
//!
//! Starts the server in this process on a free loopback port, sends REQUESTS checks of the
//! three example articles (in turn) from CONCURRENCY connections at once, then one check of a
//! text at the 1 MiB limit, and prints the median, the 99th percentile and the slowest latency.
//! Every request must succeed; it stops by itself after 120 s at most.

use std::net::SocketAddr;
use std::process::ExitCode;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use http_body_util::{BodyExt, Full};
use hyper::body::Bytes;
use hyper_util::client::legacy::Client;
use hyper_util::client::legacy::connect::HttpConnector;
use hyper_util::rt::TokioExecutor;
use morocco_ecommerce_web::{ARTICLES, Config, spawn};

const DEADLINE: Duration = Duration::from_secs(120);

type HttpClient = Client<HttpConnector, Full<Bytes>>;

async fn check(client: &HttpClient, url: &str, body: &'static str) -> Result<Duration, String> {
    let request = hyper::Request::post(url)
        .header("content-type", "text/plain; charset=utf-8")
        .body(Full::new(Bytes::from_static(body.as_bytes())))
        .map_err(|e| e.to_string())?;
    let started = Instant::now();
    let response = client.request(request).await.map_err(|e| e.to_string())?;
    let status = response.status();
    let body = response
        .into_body()
        .collect()
        .await
        .map_err(|e| e.to_string())?
        .to_bytes();
    let elapsed = started.elapsed();
    if status != hyper::StatusCode::OK || body.is_empty() {
        return Err(format!("status {status}"));
    }
    Ok(elapsed)
}

fn percentile(sorted: &[Duration], p: usize) -> Duration {
    // The nearest-rank percentile: the smallest value with at least p % of values at or below.
    let rank = (sorted.len() * p).div_ceil(100).max(1);
    sorted.get(rank - 1).copied().unwrap_or_default()
}

fn ms(d: Duration) -> String {
    format!("{:.2} ms", d.as_secs_f64() * 1000.0)
}

#[tokio::main]
async fn main() -> ExitCode {
    let mut args = std::env::args().skip(1);
    let requests: usize = args.next().and_then(|a| a.parse().ok()).unwrap_or(600);
    let concurrency: usize = args
        .next()
        .and_then(|a| a.parse().ok())
        .unwrap_or(16)
        .max(1);
    let started = Instant::now();
    let addr = match spawn(SocketAddr::from(([127, 0, 0, 1], 0)), Config::default()).await {
        Ok(addr) => addr,
        Err(e) => {
            eprintln!("error: cannot start the server: {e}");
            return ExitCode::FAILURE;
        }
    };
    let url = Arc::new(format!("http://{addr}/api/check"));
    let client: HttpClient = Client::builder(TokioExecutor::new()).build_http();
    let next = Arc::new(AtomicUsize::new(0));
    let mut workers = Vec::new();
    for _ in 0..concurrency {
        let (client, url, next) = (client.clone(), Arc::clone(&url), Arc::clone(&next));
        workers.push(tokio::spawn(async move {
            let mut out = Vec::new();
            loop {
                let i = next.fetch_add(1, Ordering::Relaxed);
                if i >= requests || started.elapsed() > DEADLINE {
                    return out;
                }
                let Some((_, text)) = ARTICLES.get(i % ARTICLES.len()) else {
                    return out;
                };
                out.push(check(&client, &url, text).await);
            }
        }));
    }
    let mut latencies = Vec::new();
    let mut errors = Vec::new();
    for worker in workers {
        match worker.await {
            Ok(results) => {
                for r in results {
                    match r {
                        Ok(d) => latencies.push(d),
                        Err(e) => errors.push(e),
                    }
                }
            }
            Err(e) => errors.push(e.to_string()),
        }
    }
    let wall = started.elapsed();
    latencies.sort_unstable();
    println!(
        "{} requests ({} concurrent, the three example articles in turn) in {:.2} s: {} ok, {} errors",
        latencies.len() + errors.len(),
        concurrency,
        wall.as_secs_f64(),
        latencies.len(),
        errors.len()
    );
    println!(
        "latency: median {}, p99 {}, max {}",
        ms(percentile(&latencies, 50)),
        ms(percentile(&latencies, 99)),
        ms(latencies.last().copied().unwrap_or_default())
    );

    // One text at the limit: the seed article repeated to just under 1 MiB.
    let [(_, seed), ..] = ARTICLES;
    let copies = (1024 * 1024 - 1) / (seed.len() + 2);
    let big: &'static str = Box::leak(vec![seed; copies].join("\n\n").into_boxed_str());
    match check(&client, &url, big).await {
        Ok(d) => println!(
            "one text of {} bytes ({} claims): {}",
            big.len(),
            2 * copies,
            ms(d)
        ),
        Err(e) => errors.push(format!("the 1 MiB text: {e}")),
    }
    if errors.is_empty() && latencies.len() == requests {
        ExitCode::SUCCESS
    } else {
        for e in errors.iter().take(5) {
            eprintln!("error: {e}");
        }
        if latencies.len() + errors.len() < requests {
            eprintln!("error: stopped at the {} s deadline", DEADLINE.as_secs());
        }
        ExitCode::FAILURE
    }
}
