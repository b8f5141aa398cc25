#![no_main]
//! Fuzz target `bytes_to_notice`: see `fuzz/invariants.rs`.

#[path = "../invariants.rs"]
mod invariants;

libfuzzer_sys::fuzz_target!(|data: &[u8]| invariants::bytes_to_notice(data));
