#![no_main]
//! Fuzz target `readers`: see `fuzz/invariants.rs`.

#[path = "../invariants.rs"]
mod invariants;

libfuzzer_sys::fuzz_target!(|data: &[u8]| invariants::readers(data));
