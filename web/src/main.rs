//! The fact-check page's server: `cargo run -p morocco-ecommerce-web`, then open the address
//! it prints.
//!
//! Options (each also read from the environment variable in brackets):
//!
//! - `--addr ADDR` (`MOROCCO_WEB_ADDR`): where to listen, `127.0.0.1:8017` by default: loopback
//!   only. Another address (`0.0.0.0:8017`) opens the page to the network; do it on purpose.
//! - `--body-limit BYTES` (`MOROCCO_WEB_BODY_LIMIT`): the largest text accepted, 1048576 (1 MiB)
//!   by default.
//! - `--timeout SECONDS` (`MOROCCO_WEB_TIMEOUT`): the time limit of a request, 10 by default.

use std::net::SocketAddr;
use std::process::ExitCode;
use std::time::Duration;

use morocco_ecommerce_web::{Config, serve};

const USAGE: &str =
    "usage: morocco-ecommerce-web [--addr ADDR] [--body-limit BYTES] [--timeout SECONDS]
  --addr ADDR          where to listen (MOROCCO_WEB_ADDR), default 127.0.0.1:8017 (loopback only)
  --body-limit BYTES   the largest text accepted (MOROCCO_WEB_BODY_LIMIT), default 1048576
  --timeout SECONDS    the time limit of one request (MOROCCO_WEB_TIMEOUT), default 10";

struct Options {
    addr: SocketAddr,
    config: Config,
}

fn parse() -> Result<Options, String> {
    let mut addr = std::env::var("MOROCCO_WEB_ADDR").ok();
    let mut limit = std::env::var("MOROCCO_WEB_BODY_LIMIT").ok();
    let mut timeout = std::env::var("MOROCCO_WEB_TIMEOUT").ok();
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        let slot = match arg.as_str() {
            "-h" | "--help" => return Err(String::new()),
            "--addr" => &mut addr,
            "--body-limit" => &mut limit,
            "--timeout" => &mut timeout,
            other => return Err(format!("unknown option {other:?}")),
        };
        *slot = Some(args.next().ok_or_else(|| format!("{arg} needs a value"))?);
    }
    let addr = addr.as_deref().unwrap_or("127.0.0.1:8017");
    let addr = addr
        .parse::<SocketAddr>()
        .map_err(|e| format!("the address {addr:?}: {e} (write it as 127.0.0.1:8017)"))?;
    let mut config = Config::default();
    if let Some(limit) = limit {
        config.body_limit = limit
            .parse::<usize>()
            .ok()
            .filter(|n| *n > 0)
            .ok_or_else(|| format!("the body limit {limit:?} is not a positive number of bytes"))?;
    }
    if let Some(timeout) = timeout {
        config.timeout = timeout
            .parse::<u64>()
            .ok()
            .filter(|n| *n > 0)
            .map(Duration::from_secs)
            .ok_or_else(|| {
                format!("the timeout {timeout:?} is not a positive whole number of seconds")
            })?;
    }
    Ok(Options { addr, config })
}

#[tokio::main]
async fn main() -> ExitCode {
    let options = match parse() {
        Ok(options) => options,
        Err(e) if e.is_empty() => {
            println!("{USAGE}");
            return ExitCode::SUCCESS;
        }
        Err(e) => {
            eprintln!("error: {e}\n{USAGE}");
            return ExitCode::from(2);
        }
    };
    let listener = match tokio::net::TcpListener::bind(options.addr).await {
        Ok(listener) => listener,
        Err(e) => {
            eprintln!("error: cannot listen on {}: {e}", options.addr);
            return ExitCode::FAILURE;
        }
    };
    let shown = listener.local_addr().unwrap_or(options.addr);
    println!("fact-check page at http://{shown}/  (Ctrl-C stops it)");
    if !shown.ip().is_loopback() {
        eprintln!("note: {shown} is not a loopback address: the page is open to the network");
    }
    let shutdown = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    match serve(listener, options.config, shutdown).await {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::FAILURE
        }
    }
}
