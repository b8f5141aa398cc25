//! Links the `tsuchi` command as a position-dependent executable on Linux.
//!
//! A position-independent executable (the default) is relocated by the dynamic loader at
//! every start: for tsuchi that is 48,000 relocations (string tables of the PDF, encoding
//! and HTML crates, panic locations, vtables) written into 215 pages of `.data.rel.ro`,
//! which is a third of the process time of `tsuchi extract` on a 100-byte notice
//! (`perf stat -r 100`, one run on an idle 2-core machine: 2.29–2.38 ms and 443 page faults as
//! PIE, 1.64–1.68 ms and 215 page faults linked with `-no-pie`; `tsuchi --version` 1.36 ms
//! against 1.01 ms). A
//! command run once per file in scripts and CI pays that on every file. The cost is the
//! binary's own address randomisation; the library, its tests and other targets are not
//! affected (`rustc-link-arg-bins` applies to this package's binaries only).
fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    let os = std::env::var("CARGO_CFG_TARGET_OS").unwrap_or_default();
    let env = std::env::var("CARGO_CFG_TARGET_ENV").unwrap_or_default();
    if os == "linux" && (env == "gnu" || env == "musl") {
        println!("cargo:rustc-link-arg-bins=-no-pie");
    }
}
