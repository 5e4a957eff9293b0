//! A fact-check page for journalists: paste an article, see every figure and claim checked.
//!
//! The server is [axum](https://docs.rs/axum) on tokio. The page is plain HTML, CSS and
//! JavaScript embedded in the binary (no CDN, no network): `GET /` serves it, `GET /app.js` and
//! `GET /app.css` its script and style, `GET /articles/{ar,fr,en}` the example articles, and
//! `POST /api/check` takes the article's bytes and answers with the [`Page`] the script draws.
//! `GET /chart.svg?scope=total` draws the record's figures of a scope.
//!
//! Safety: the server binds to loopback unless told otherwise (see the binary), request bodies
//! are limited ([`Config::body_limit`], 1 MiB by default), each request has a time limit
//! ([`Config::timeout`]), every response carries a Content-Security-Policy that allows scripts,
//! styles and images from the page's own origin only (no inline script, no outside origin),
//! and the script builds the page with `textContent`, never HTML from the article.
//!
//! ```
//! use morocco_ecommerce_web::{Config, app};
//! let router = app(&Config::default());
//! # let _ = router;
//! ```

use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;

use axum::Router;
use axum::body::Bytes;
use axum::extract::rejection::BytesRejection;
use axum::extract::{DefaultBodyLimit, Path, Query, State};
use axum::http::header::{self, HeaderName, HeaderValue};
use axum::http::{Method, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use morocco_ecommerce::data::Scope;
use tokio::net::TcpListener;
use tokio::sync::Semaphore;
use tower_http::set_header::SetResponseHeaderLayer;
use tower_http::timeout::TimeoutLayer;

mod chart;
#[path = "../../examples/support/checked.rs"]
mod checked;
mod view;

pub use chart::chart_svg;
pub use view::{
    ClaimView, FigureView, FindingView, IntervalView, KindCount, NotChecked, Page, Paragraph,
    Piece, RoleFigure, Summary, VERDICT_ORDER, VerdictCount, VerdictView, check_text_json, page,
};

/// The Content-Security-Policy of every response: the page's own script, style and images
/// only; no inline script or style, no outside origin, no frames, no plugins, and form posts to
/// this origin alone.
pub const CSP: &str = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; \
connect-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

/// The example articles, by the path under `/articles/`: the seed article in Arabic (the
/// project's rendering of the 2015 article on the CMI's 2014 results), and the French and
/// English ones.
pub const ARTICLES: [(&str, &str); 3] = [
    ("ar", include_str!("../../examples/article_ar.txt")),
    ("fr", include_str!("../../examples/article_fr.txt")),
    ("en", include_str!("../../examples/article_en.txt")),
];

/// How the server runs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Config {
    /// The largest request body accepted, in bytes: 1 MiB by default.
    pub body_limit: usize,
    /// The longest a request may take, reading its body and checking the text included: 10 s by
    /// default.
    pub timeout: Duration,
    /// How many texts are checked at once; more wait for their turn (within the time limit).
    /// By default, twice the number of cores.
    pub concurrent_checks: usize,
}

impl Default for Config {
    fn default() -> Config {
        let cores = std::thread::available_parallelism().map_or(2, std::num::NonZero::get);
        Config {
            body_limit: 1024 * 1024,
            timeout: Duration::from_secs(10),
            concurrent_checks: cores * 2,
        }
    }
}

/// What the handlers share.
struct AppState {
    config: Config,
    checks: Semaphore,
}

/// The page's router, with its body limit, time limit and security headers.
pub fn app(config: &Config) -> Router {
    let state = Arc::new(AppState {
        checks: Semaphore::new(config.concurrent_checks.max(1)),
        config: config.clone(),
    });
    let header = |name: HeaderName, value: &'static str| {
        SetResponseHeaderLayer::overriding(name, HeaderValue::from_static(value))
    };
    Router::new()
        .route("/", get(index))
        .route("/app.js", get(script))
        .route("/app.css", get(style))
        .route("/articles/{name}", get(article))
        .route("/chart.svg", get(chart))
        .route("/api/config", get(api_config))
        .route("/api/check", post(check))
        .fallback(not_found)
        .with_state(state)
        .layer(DefaultBodyLimit::max(config.body_limit))
        .layer(TimeoutLayer::with_status_code(
            StatusCode::REQUEST_TIMEOUT,
            config.timeout,
        ))
        // Outside the time limit, to give its 408 words.
        .layer(axum::middleware::map_response(explain_timeout))
        .layer(header(header::CONTENT_SECURITY_POLICY, CSP))
        .layer(header(header::X_CONTENT_TYPE_OPTIONS, "nosniff"))
        .layer(header(header::REFERRER_POLICY, "no-referrer"))
        .layer(header(header::X_FRAME_OPTIONS, "DENY"))
        .layer(header(header::CACHE_CONTROL, "no-store"))
}

/// Serves [`app`] on `listener` until `shutdown` completes.
///
/// # Errors
///
/// The listener's I/O errors.
pub async fn serve(
    listener: TcpListener,
    config: Config,
    shutdown: impl Future<Output = ()> + Send + 'static,
) -> std::io::Result<()> {
    axum::serve(listener, app(&config))
        .with_graceful_shutdown(shutdown)
        .await
}

/// Binds `addr` and serves the page there in a task of its own, until the process ends: for
/// tests and the load test. Returns the address bound (with the port chosen when `addr` asks
/// for port 0).
///
/// # Errors
///
/// When `addr` cannot be bound.
pub async fn spawn(addr: SocketAddr, config: Config) -> std::io::Result<SocketAddr> {
    let listener = TcpListener::bind(addr).await?;
    let bound = listener.local_addr()?;
    tokio::spawn(serve(listener, config, std::future::pending()));
    Ok(bound)
}

fn typed(content_type: &'static str, body: &'static str) -> Response {
    ([(header::CONTENT_TYPE, content_type)], body).into_response()
}

async fn index() -> Response {
    typed(
        "text/html; charset=utf-8",
        include_str!("../assets/index.html"),
    )
}

async fn script() -> Response {
    typed(
        "text/javascript; charset=utf-8",
        include_str!("../assets/app.js"),
    )
}

async fn style() -> Response {
    typed("text/css; charset=utf-8", include_str!("../assets/app.css"))
}

async fn not_found(method: Method) -> Response {
    let message = if method == Method::GET {
        "There is no such page here."
    } else {
        "This address does not take that request."
    };
    (
        StatusCode::NOT_FOUND,
        [(header::CONTENT_TYPE, "text/plain; charset=utf-8")],
        message,
    )
        .into_response()
}

async fn article(Path(name): Path<String>) -> Response {
    match ARTICLES.iter().find(|(n, _)| *n == name) {
        Some((_, text)) => typed("text/plain; charset=utf-8", text),
        None => not_found(Method::GET).await,
    }
}

#[derive(serde::Deserialize)]
struct ChartQuery {
    scope: Option<String>,
}

async fn chart(Query(query): Query<ChartQuery>) -> Response {
    let scope = match query.scope.as_deref().map(str::parse::<Scope>) {
        None => Scope::Total,
        Some(Ok(scope)) => scope,
        Some(Err(e)) => {
            return (
                StatusCode::BAD_REQUEST,
                [(header::CONTENT_TYPE, "text/plain; charset=utf-8")],
                e.to_string(),
            )
                .into_response();
        }
    };
    (
        [(header::CONTENT_TYPE, "image/svg+xml; charset=utf-8")],
        chart_svg(scope),
    )
        .into_response()
}

async fn api_config(State(state): State<Arc<AppState>>) -> Response {
    axum::Json(serde_json::json!({
        "body_limit": state.config.body_limit,
        "body_limit_words": size_words(state.config.body_limit),
        "timeout_seconds": state.config.timeout.as_secs_f64(),
    }))
    .into_response()
}

/// A size in bytes as the page writes it: "1 MiB", "512 KiB", "100 bytes".
fn size_words(bytes: usize) -> String {
    if bytes >= 1024 * 1024 && bytes.is_multiple_of(1024 * 1024) {
        format!("{} MiB", bytes / (1024 * 1024))
    } else if bytes >= 1024 && bytes.is_multiple_of(1024) {
        format!("{} KiB", bytes / 1024)
    } else {
        format!("{bytes} bytes")
    }
}

/// An error the page shows as it is: `{"error": "..."}` with its status.
fn problem(status: StatusCode, message: impl Into<String>) -> Response {
    (
        status,
        axum::Json(serde_json::json!({ "error": message.into() })),
    )
        .into_response()
}

/// Words for the bare 408 of the time limit: a request whose body did not arrive in time.
async fn explain_timeout(response: Response) -> Response {
    if response.status() == StatusCode::REQUEST_TIMEOUT {
        return problem(
            StatusCode::REQUEST_TIMEOUT,
            "The text took too long to arrive. Try again: the text is still in the box.",
        );
    }
    response
}

async fn check(
    State(state): State<Arc<AppState>>,
    body: Result<Bytes, BytesRejection>,
) -> Response {
    let limit = size_words(state.config.body_limit);
    let bytes = match body {
        Ok(bytes) => bytes,
        Err(e) if e.status() == StatusCode::PAYLOAD_TOO_LARGE => {
            return problem(
                StatusCode::PAYLOAD_TOO_LARGE,
                format!(
                    "This text is longer than the page accepts ({limit}). Check a part of it at a time: \
                     the text is still in the box."
                ),
            );
        }
        Err(e) => {
            return problem(
                StatusCode::BAD_REQUEST,
                format!("The text did not arrive whole ({e}). Try again."),
            );
        }
    };
    let text = match std::str::from_utf8(&bytes) {
        Ok(text) => text.strip_prefix('\u{FEFF}').unwrap_or(text).to_owned(),
        Err(e) => {
            return problem(
                StatusCode::UNPROCESSABLE_ENTITY,
                format!(
                    "This file is not UTF-8 text: byte {} is not part of a UTF-8 character. Save it \
                     as UTF-8 (\"Unicode\") in your editor and load it again, or paste its text.",
                    e.valid_up_to() + 1
                ),
            );
        }
    };
    if text.trim().is_empty() {
        return problem(
            StatusCode::UNPROCESSABLE_ENTITY,
            "There is no text to check. Paste an article, choose a .txt file, or load one of the \
             examples.",
        );
    }
    // The check's own limit comes a little before the request's, so that the page gets these
    // words rather than a bare 408.
    let limit = state.config.timeout;
    let timeout = limit.mul_f64(0.9);
    let busy = || {
        problem(
            StatusCode::SERVICE_UNAVAILABLE,
            format!(
                "Checking this text took longer than {} s. Try a shorter part of it: the text \
                 is still in the box.",
                limit.as_secs_f64()
            ),
        )
    };
    let work = async {
        let _permit = state.checks.acquire().await.ok()?;
        tokio::task::spawn_blocking(move || page(&text)).await.ok()
    };
    match tokio::time::timeout(timeout, work).await {
        Ok(Some(page)) => axum::Json(page).into_response(),
        Ok(None) => problem(
            StatusCode::INTERNAL_SERVER_ERROR,
            "The checker stopped on this text. Please report it with the text.",
        ),
        Err(_) => busy(),
    }
}

#[cfg(test)]
mod tests {
    use super::size_words;

    #[test]
    fn sizes_are_written_in_plain_units() {
        assert_eq!(size_words(1024 * 1024), "1 MiB");
        assert_eq!(size_words(512 * 1024), "512 KiB");
        assert_eq!(size_words(1000), "1000 bytes");
    }
}
