#![no_main]
//! Fuzz target `normalize_map`: see `fuzz/invariants.rs`.

#[path = "../invariants.rs"]
mod invariants;

libfuzzer_sys::fuzz_target!(|data: &[u8]| invariants::normalize_map(data));
