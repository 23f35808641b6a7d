//! A small static file server for `dist/` on loopback, behaving like a real static host:
//! correct MIME types (wasm streaming needs `application/wasm`), precompressed `.br`/`.gz`
//! when the browser accepts them, long caching for hashed files, revalidation for the rest.

use std::fs;
use std::io::{BufRead, BufReader, Write};
use std::net::{TcpListener, TcpStream};
use std::path::{Component, Path, PathBuf};
use std::time::Duration;

use crate::files::with_suffix;

/// Serves `dist` under the URL path `base` ("/" or e.g. "/city/kpi/"), as a host would
/// when the app is deployed to a sub-directory.
pub fn serve(dist: &Path, port: u16, base: &str) -> Result<(), String> {
    if !dist.join("index.html").exists() {
        return Err(format!(
            "{} has no index.html: run `cargo xtask build` first",
            dist.display()
        ));
    }
    let listener =
        TcpListener::bind(("127.0.0.1", port)).map_err(|e| format!("127.0.0.1:{port}: {e}"))?;
    let base = format!("/{}/", base.trim_matches('/')).replace("//", "/");
    println!(
        "Serving {} at http://127.0.0.1:{port}{base}  (Ctrl-C stops)",
        dist.display()
    );
    accept(listener, dist, &base);
    Ok(())
}

/// Serves `dist` at "/" on a free loopback port from a background thread, for build steps
/// that open the app in a browser; returns the origin, e.g. `http://127.0.0.1:40123`.
pub fn serve_in_background(dist: &Path) -> Result<String, String> {
    let listener = TcpListener::bind(("127.0.0.1", 0)).map_err(|e| format!("127.0.0.1: {e}"))?;
    let port = listener.local_addr().map_err(|e| e.to_string())?.port();
    let dist = dist.to_path_buf();
    std::thread::spawn(move || accept(listener, &dist, "/"));
    Ok(format!("http://127.0.0.1:{port}"))
}

fn accept(listener: TcpListener, dist: &Path, base: &str) {
    for stream in listener.incoming().flatten() {
        let dist = dist.to_path_buf();
        let base = base.to_string();
        std::thread::spawn(move || {
            let _ = handle(stream, &dist, &base);
        });
    }
}

fn handle(stream: TcpStream, dist: &Path, base: &str) -> std::io::Result<()> {
    stream.set_read_timeout(Some(Duration::from_secs(30)))?;
    let mut reader = BufReader::new(stream.try_clone()?);
    let mut writer = stream;
    loop {
        let mut request_line = String::new();
        if reader.read_line(&mut request_line)? == 0 {
            return Ok(());
        }
        let mut accept_encoding = String::new();
        loop {
            let mut header = String::new();
            if reader.read_line(&mut header)? == 0 || header.trim().is_empty() {
                break;
            }
            if let Some((name, value)) = header.split_once(':') {
                if name.eq_ignore_ascii_case("accept-encoding") {
                    accept_encoding = value.to_ascii_lowercase();
                }
            }
        }
        let mut words = request_line.split_whitespace();
        let (method, target) = (words.next().unwrap_or(""), words.next().unwrap_or("/"));
        match target.strip_prefix(base.trim_end_matches('/')) {
            Some("") => redirect(&mut writer, base)?,
            Some(rest) if rest.starts_with(['/', '?']) => {
                respond(&mut writer, dist, method, rest, &accept_encoding)?
            }
            _ => write_response(
                &mut writer,
                "404 Not Found",
                "text/plain",
                None,
                "no-store",
                b"not found",
                method,
            )?,
        }
    }
}

fn respond(
    out: &mut TcpStream,
    dist: &Path,
    method: &str,
    target: &str,
    accept: &str,
) -> std::io::Result<()> {
    if method != "GET" && method != "HEAD" {
        return write_response(
            out,
            "405 Method Not Allowed",
            "text/plain",
            None,
            "no-store",
            b"",
            method,
        );
    }
    let Some(path) = resolve(dist, target) else {
        return write_response(
            out,
            "404 Not Found",
            "text/plain; charset=utf-8",
            None,
            "no-store",
            b"not found",
            method,
        );
    };
    let content_type = mime(&path);
    let cache = if is_hashed(&path) {
        "public, max-age=31536000, immutable"
    } else {
        "no-cache"
    };
    for (encoding, suffix) in [("br", "br"), ("gzip", "gz")] {
        let compressed = with_suffix(&path, suffix);
        if accept.contains(encoding) && compressed.is_file() {
            let body = fs::read(&compressed)?;
            return write_response(
                out,
                "200 OK",
                content_type,
                Some(encoding),
                cache,
                &body,
                method,
            );
        }
    }
    let body = fs::read(&path)?;
    write_response(out, "200 OK", content_type, None, cache, &body, method)
}

/// Maps a URL path to a file under `dist`, refusing anything that climbs out of it.
fn resolve(dist: &Path, target: &str) -> Option<PathBuf> {
    let path = target.split(['?', '#']).next().unwrap_or("/");
    let path = percent_decode(path)?;
    let mut file = dist.to_path_buf();
    for component in Path::new(path.trim_start_matches('/')).components() {
        match component {
            Component::Normal(part) => file.push(part),
            Component::CurDir => {}
            _ => return None,
        }
    }
    if file.is_dir() {
        file.push("index.html");
    }
    file.is_file().then_some(file)
}

fn percent_decode(text: &str) -> Option<String> {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            let hex = text.get(i + 1..i + 3)?;
            out.push(u8::from_str_radix(hex, 16).ok()?);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).ok()
}

/// Build outputs are named `stem.<16 hex digits>.ext`.
fn is_hashed(path: &Path) -> bool {
    let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("");
    name.split('.')
        .any(|part| part.len() == 16 && part.bytes().all(|b| b.is_ascii_hexdigit()))
}

fn mime(path: &Path) -> &'static str {
    match path.extension().and_then(|e| e.to_str()).unwrap_or("") {
        "html" => "text/html; charset=utf-8",
        "js" | "mjs" => "text/javascript; charset=utf-8",
        "css" => "text/css; charset=utf-8",
        "wasm" => "application/wasm",
        "json" => "application/json",
        "webmanifest" => "application/manifest+json",
        "svg" => "image/svg+xml",
        "png" => "image/png",
        "ico" => "image/x-icon",
        "txt" => "text/plain; charset=utf-8",
        _ => "application/octet-stream",
    }
}

fn redirect(out: &mut TcpStream, location: &str) -> std::io::Result<()> {
    let head = format!(
        "HTTP/1.1 301 Moved Permanently\r\nLocation: {location}\r\nContent-Length: 0\r\n\r\n"
    );
    out.write_all(head.as_bytes())
}

fn write_response(
    out: &mut TcpStream,
    status: &str,
    content_type: &str,
    encoding: Option<&str>,
    cache: &str,
    body: &[u8],
    method: &str,
) -> std::io::Result<()> {
    let mut head = format!(
        "HTTP/1.1 {status}\r\nContent-Type: {content_type}\r\nContent-Length: {}\r\nCache-Control: {cache}\r\nVary: Accept-Encoding\r\nX-Content-Type-Options: nosniff\r\n",
        body.len()
    );
    if let Some(encoding) = encoding {
        head.push_str(&format!("Content-Encoding: {encoding}\r\n"));
    }
    head.push_str("\r\n");
    out.write_all(head.as_bytes())?;
    if method != "HEAD" {
        out.write_all(body)?;
    }
    out.flush()
}
