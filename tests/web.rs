//! `tsuchi web` as a user runs it: it serves a built page on localhost, with the media types
//! a browser needs, and nothing outside the folder. (The page itself is tested in a browser
//! by `web/test/browser.mjs`, which `.ci/run` runs after `web/build.sh`.)

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::process::{Child, Command, Stdio};

/// A running `tsuchi web DIR --port 0`, stopped when dropped.
struct Server {
    child: Child,
    addr: String,
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn serve(dir: &std::path::Path) -> Server {
    let mut child = Command::new(env!("CARGO_BIN_EXE_tsuchi"))
        .args(["web", "--port", "0"])
        .arg(dir)
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("tsuchi web starts");
    let mut line = String::new();
    BufReader::new(child.stdout.take().expect("stdout")).read_line(&mut line).expect("a first line");
    let url =
        line.split_whitespace().find(|w| w.starts_with("http://")).unwrap_or_else(|| panic!("no URL in {line:?}"));
    let addr = url.trim_start_matches("http://").trim_end_matches('/').to_string();
    assert!(addr.starts_with("127.0.0.1:"), "localhost only by default: {addr}");
    Server { child, addr }
}

/// One raw request; the status code, the headers and the body.
fn request(addr: &str, raw: &str) -> (u16, String, Vec<u8>) {
    let mut s = TcpStream::connect(addr).expect("connects");
    s.write_all(raw.as_bytes()).expect("sends");
    let mut all = Vec::new();
    s.read_to_end(&mut all).expect("reads");
    let split = all.windows(4).position(|w| w == b"\r\n\r\n").expect("a head");
    let head = String::from_utf8_lossy(&all[..split]).into_owned();
    let code = head.split(' ').nth(1).and_then(|c| c.parse().ok()).expect("a status code");
    (code, head, all[split + 4..].to_vec())
}

fn get(addr: &str, path: &str) -> (u16, String, Vec<u8>) {
    request(addr, &format!("GET {path} HTTP/1.1\r\nHost: {addr}\r\n\r\n"))
}

/// A temporary folder holding `page/` (a small built page) and `secret.txt` beside it.
fn page() -> (tempfile::TempDir, std::path::PathBuf) {
    let outer = tempfile::tempdir().expect("temp dir");
    let dir = outer.path().join("page");
    std::fs::create_dir(&dir).expect("mkdir");
    std::fs::write(dir.join("index.html"), "<!DOCTYPE html><title>t</title>").expect("write");
    std::fs::write(dir.join("tsuchi_bg.wasm"), b"\0asm\x01\0\0\0").expect("write");
    std::fs::write(dir.join("app.js"), "'use strict';").expect("write");
    std::fs::write(dir.join(".hidden"), "no").expect("write");
    std::fs::write(outer.path().join("secret.txt"), "secret").expect("write");
    (outer, dir)
}

#[test]
fn web_serves_the_folder_with_its_media_types() {
    let (_tmp, dir) = page();
    let server = serve(&dir);
    let (code, head, body) = get(&server.addr, "/");
    assert_eq!(code, 200, "{head}");
    assert!(head.contains("Content-Type: text/html; charset=utf-8"), "{head}");
    assert_eq!(body, b"<!DOCTYPE html><title>t</title>");
    let (_, head, body) = get(&server.addr, "/tsuchi_bg.wasm");
    assert!(head.contains("Content-Type: application/wasm"), "{head}");
    assert_eq!(body.len(), 8);
    let (_, head, _) = get(&server.addr, "/app.js?v=1");
    assert!(head.contains("Content-Type: text/javascript"), "{head}");
    let (code, head, body) = request(&server.addr, "HEAD /app.js HTTP/1.1\r\n\r\n");
    assert_eq!((code, body.len()), (200, 0), "{head}");
    assert!(head.contains("Content-Length: 13"), "{head}");
}

#[test]
fn web_serves_nothing_outside_the_folder() {
    let (_tmp, dir) = page();
    let server = serve(&dir);
    for path in [
        "/../secret.txt",
        "/%2e%2e/secret.txt",
        "/.hidden",
        "/missing.js",
        "/..%5csecret.txt",
        "/page/../../secret.txt",
    ] {
        assert_eq!(get(&server.addr, path).0, 404, "{path}");
    }
    assert_eq!(request(&server.addr, "POST / HTTP/1.1\r\nContent-Length: 0\r\n\r\n").0, 405);
    assert_eq!(request(&server.addr, "GET / SMTP\r\n\r\n").0, 400);
    let huge = format!("GET / HTTP/1.1\r\nX: {}\r\n\r\n", "a".repeat(10_000));
    assert_eq!(request(&server.addr, &huge).0, 431);
    // and it still serves after all that
    assert_eq!(get(&server.addr, "/").0, 200);
}

#[test]
fn web_without_a_built_page_says_how_to_build_it() {
    let dir = tempfile::tempdir().expect("temp dir");
    let out =
        Command::new(env!("CARGO_BIN_EXE_tsuchi")).args(["web", "--port", "0"]).arg(dir.path()).output().expect("runs");
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("no index.html") && err.contains("web/build.sh"), "{err}");
}
