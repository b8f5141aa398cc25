#![no_main]
//! Fuzz target `provenance`: see `fuzz/invariants.rs`.

#[path = "../invariants.rs"]
mod invariants;

libfuzzer_sys::fuzz_target!(|data: &[u8]| invariants::provenance(data));
