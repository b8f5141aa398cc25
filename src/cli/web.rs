//! `tsuchi web`: serve the page (`web/dist`, built by `web/build.sh`) on localhost, to try it.
//!
//! The page is static: tsuchi runs inside it as WebAssembly, so this server only hands out
//! files, and any static host would do as well. It is std only (an HTTP/1.1 subset: `GET`
//! and `HEAD`, one request per connection) because that is all a folder needs, and a web
//! framework would be most of the binary. It listens on 127.0.0.1 unless told otherwise,
//! serves nothing outside the folder (no `..`, no hidden files, no links leading out), and
//! bounds what a client can make it do: request heads of 8 KiB, 10 s to send one, at most
//! 32 connections at a time.

use anyhow::Context as _;
use std::io::{BufRead, BufReader, Read, Write};
use std::net::{IpAddr, Ipv4Addr, SocketAddr, TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

/// Longest request head (request line and headers) accepted.
const MAX_HEAD: usize = 8 * 1024;
/// Connections served at the same time; more get 503.
const MAX_CONNECTIONS: usize = 32;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// The built page: the folder web/build.sh writes.
    #[arg(value_name = "DIR", default_value = "web/dist")]
    dir: PathBuf,
    /// Port to listen on (0: any free port; the address is printed).
    #[arg(long, short, default_value_t = 8787)]
    port: u16,
    /// Address to listen on: 127.0.0.1 is this computer only; 0.0.0.0 lets others in the network in.
    #[arg(long, default_value_t = IpAddr::V4(Ipv4Addr::LOCALHOST), value_name = "IP")]
    address: IpAddr,
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    if !args.dir.join("index.html").is_file() {
        anyhow::bail!(
            "{}: no index.html: build the page first with web/build.sh (or give the folder it wrote)",
            args.dir.display()
        );
    }
    let root = args.dir.canonicalize().with_context(|| format!("{}: cannot open", args.dir.display()))?;
    let listener = TcpListener::bind(SocketAddr::new(args.address, args.port))
        .with_context(|| format!("cannot listen on {}:{}", args.address, args.port))?;
    let local = listener.local_addr()?;
    // an unspecified address listens everywhere; this computer reaches it as localhost
    let (host, everywhere) = match local.ip() {
        ip if ip.is_unspecified() => (IpAddr::V4(Ipv4Addr::LOCALHOST), true),
        ip => (ip, false),
    };
    let url = match host {
        IpAddr::V6(ip) => format!("http://[{ip}]:{}/", local.port()),
        IpAddr::V4(ip) => format!("http://{ip}:{}/", local.port()),
    };
    let scope = if everywhere { ", and on every address of this computer" } else { "" };
    println!("tsuchi: serving {} at {url}{scope} (Ctrl-C stops)", args.dir.display());
    std::io::stdout().flush()?;
    serve(listener, Arc::new(root));
    Ok(ExitCode::SUCCESS)
}

/// Accept connections until the process is stopped, each on a thread of its own.
fn serve(listener: TcpListener, root: Arc<PathBuf>) {
    let open = Arc::new(AtomicUsize::new(0));
    for stream in listener.incoming() {
        let Ok(mut stream) = stream else { continue };
        if open.fetch_add(1, Ordering::SeqCst) >= MAX_CONNECTIONS {
            open.fetch_sub(1, Ordering::SeqCst);
            let _ = respond_error(&mut stream, 503, "Service Unavailable");
            continue;
        }
        let (root, done) = (Arc::clone(&root), Arc::clone(&open));
        let spawned = std::thread::Builder::new().name("tsuchi-web".into()).spawn(move || {
            let _ = handle(stream, &root);
            done.fetch_sub(1, Ordering::SeqCst);
        });
        if spawned.is_err() {
            open.fetch_sub(1, Ordering::SeqCst);
        }
    }
}

/// A request, as far as a static folder cares.
#[derive(Debug, PartialEq, Eq)]
struct Request {
    head_only: bool,
    path: String,
}

/// Why a request gets no file.
#[derive(Debug, PartialEq, Eq)]
enum Refusal {
    BadRequest,
    MethodNotAllowed,
    HeadTooLarge,
    NotFound,
}

impl Refusal {
    fn status(&self) -> (u16, &'static str) {
        match self {
            Refusal::BadRequest => (400, "Bad Request"),
            Refusal::MethodNotAllowed => (405, "Method Not Allowed"),
            Refusal::HeadTooLarge => (431, "Request Header Fields Too Large"),
            Refusal::NotFound => (404, "Not Found"),
        }
    }
}

fn handle(mut stream: TcpStream, root: &Path) -> std::io::Result<()> {
    stream.set_read_timeout(Some(Duration::from_secs(10)))?;
    stream.set_write_timeout(Some(Duration::from_secs(30)))?;
    let head = read_head(&stream);
    let outcome = head.and_then(|h| parse_request(&h)).and_then(|r| Ok((resolve(root, &r.path)?, r)));
    match outcome {
        Ok((file, request)) => {
            let served = send_file(&mut stream, &file, request.head_only);
            eprintln!("tsuchi: {:?} {}", request.path, if served.is_ok() { "200" } else { "failed" });
            served
        }
        Err(refusal) => {
            let (code, reason) = refusal.status();
            eprintln!("tsuchi: request refused: {code} {reason}");
            respond_error(&mut stream, code, reason)?;
            linger(stream)
        }
    }
}

/// Read (a bounded amount of) what the client is still sending before closing, so that the
/// close does not reset the connection and throw away the response it has not read yet.
fn linger(stream: TcpStream) -> std::io::Result<()> {
    stream.shutdown(std::net::Shutdown::Write)?;
    stream.set_read_timeout(Some(Duration::from_secs(1)))?;
    let _ = std::io::copy(&mut (&stream).take(64 * 1024), &mut std::io::sink());
    Ok(())
}

/// The request line and headers, up to the blank line.
fn read_head(stream: &TcpStream) -> Result<String, Refusal> {
    let mut reader = BufReader::new(stream.take(MAX_HEAD as u64 + 1));
    let mut head = Vec::new();
    loop {
        let before = head.len();
        match reader.read_until(b'\n', &mut head) {
            Ok(0) => return Err(if head.len() > MAX_HEAD { Refusal::HeadTooLarge } else { Refusal::BadRequest }),
            Ok(_) => {}
            Err(_) => return Err(Refusal::BadRequest),
        }
        if head.len() > MAX_HEAD {
            return Err(Refusal::HeadTooLarge);
        }
        let line = &head[before..];
        if line == b"\r\n" || line == b"\n" {
            return String::from_utf8(head).map_err(|_| Refusal::BadRequest);
        }
    }
}

/// The method and the decoded path of the request line.
fn parse_request(head: &str) -> Result<Request, Refusal> {
    let line = head.lines().next().ok_or(Refusal::BadRequest)?;
    let mut words = line.split(' ');
    let (Some(method), Some(target), Some(version), None) = (words.next(), words.next(), words.next(), words.next())
    else {
        return Err(Refusal::BadRequest);
    };
    if !version.starts_with("HTTP/1.") {
        return Err(Refusal::BadRequest);
    }
    let head_only = match method {
        "GET" => false,
        "HEAD" => true,
        _ => return Err(Refusal::MethodNotAllowed),
    };
    let raw = target.split(['?', '#']).next().unwrap_or("");
    if !raw.starts_with('/') {
        return Err(Refusal::BadRequest);
    }
    let path = percent_decode(raw).ok_or(Refusal::BadRequest)?;
    Ok(Request { head_only, path })
}

fn percent_decode(s: &str) -> Option<String> {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            let hex = std::str::from_utf8(bytes.get(i + 1..i + 3)?).ok()?;
            out.push(u8::from_str_radix(hex, 16).ok()?);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).ok()
}

/// The file a decoded path names inside `root`: `/` and folders give their index.html;
/// `..`, hidden names, NUL and backslashes, and links leading out of `root` are not found.
fn resolve(root: &Path, path: &str) -> Result<PathBuf, Refusal> {
    let mut file = root.to_path_buf();
    for segment in path.split('/').filter(|s| !s.is_empty()) {
        if segment.starts_with('.') || segment.contains(['\\', '\0']) {
            return Err(Refusal::NotFound);
        }
        file.push(segment);
    }
    if file.is_dir() {
        file.push("index.html");
    }
    let real = file.canonicalize().map_err(|_| Refusal::NotFound)?;
    if !real.starts_with(root) || !real.is_file() {
        return Err(Refusal::NotFound);
    }
    Ok(real)
}

/// The media type of a file the page is made of.
fn content_type(path: &Path) -> &'static str {
    let ext = path.extension().and_then(|e| e.to_str()).map(str::to_ascii_lowercase);
    match ext.as_deref() {
        Some("html" | "htm") => "text/html; charset=utf-8",
        Some("js" | "mjs") => "text/javascript; charset=utf-8",
        Some("css") => "text/css; charset=utf-8",
        Some("wasm") => "application/wasm",
        Some("json") => "application/json",
        Some("svg") => "image/svg+xml",
        Some("png") => "image/png",
        Some("ico") => "image/x-icon",
        Some("txt" | "md") => "text/plain; charset=utf-8",
        _ => "application/octet-stream",
    }
}

fn send_file(stream: &mut TcpStream, file: &Path, head_only: bool) -> std::io::Result<()> {
    let mut f = std::fs::File::open(file)?;
    let len = f.metadata()?.len();
    let head = format!(
        "HTTP/1.1 200 OK\r\nContent-Type: {}\r\nContent-Length: {len}\r\nCache-Control: no-store\r\n\
         X-Content-Type-Options: nosniff\r\nReferrer-Policy: no-referrer\r\nConnection: close\r\n\r\n",
        content_type(file)
    );
    stream.write_all(head.as_bytes())?;
    if !head_only {
        std::io::copy(&mut f, stream)?;
    }
    stream.flush()
}

fn respond_error(stream: &mut TcpStream, code: u16, reason: &str) -> std::io::Result<()> {
    let body = format!("{code} {reason}\n");
    let allow = if code == 405 { "Allow: GET, HEAD\r\n" } else { "" };
    let head = format!(
        "HTTP/1.1 {code} {reason}\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Length: {}\r\n{allow}Connection: close\r\n\r\n",
        body.len()
    );
    stream.write_all(head.as_bytes())?;
    stream.write_all(body.as_bytes())?;
    stream.flush()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn request_lines() {
        let r = parse_request("GET /a%20b.js?x=1 HTTP/1.1\r\nHost: x\r\n\r\n").unwrap();
        assert_eq!(r, Request { head_only: false, path: "/a b.js".into() });
        assert!(parse_request("HEAD / HTTP/1.0\r\n\r\n").unwrap().head_only);
        assert_eq!(parse_request("POST / HTTP/1.1\r\n\r\n"), Err(Refusal::MethodNotAllowed));
        assert_eq!(parse_request("GET http://x/ HTTP/1.1\r\n\r\n"), Err(Refusal::BadRequest));
        assert_eq!(parse_request("GET /%zz HTTP/1.1\r\n\r\n"), Err(Refusal::BadRequest));
        assert_eq!(parse_request("GET / SPDY\r\n\r\n"), Err(Refusal::BadRequest));
    }

    #[test]
    fn paths_stay_inside_the_folder() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path().canonicalize().unwrap();
        std::fs::write(root.join("index.html"), "<html>").unwrap();
        std::fs::write(root.join(".secret"), "x").unwrap();
        std::fs::create_dir(root.join("sub")).unwrap();
        std::fs::write(root.join("sub/index.html"), "<html>").unwrap();
        assert_eq!(resolve(&root, "/"), Ok(root.join("index.html")));
        assert_eq!(resolve(&root, "/sub/"), Ok(root.join("sub/index.html")));
        assert_eq!(resolve(&root, "/../etc/passwd"), Err(Refusal::NotFound));
        assert_eq!(resolve(&root, "/.secret"), Err(Refusal::NotFound));
        assert_eq!(resolve(&root, "/sub\\..\\index.html"), Err(Refusal::NotFound));
        assert_eq!(resolve(&root, "/missing.js"), Err(Refusal::NotFound));
    }

    #[test]
    fn media_types() {
        assert_eq!(content_type(Path::new("a.wasm")), "application/wasm");
        assert_eq!(content_type(Path::new("A.JS")), "text/javascript; charset=utf-8");
        assert_eq!(content_type(Path::new("x")), "application/octet-stream");
    }
}
