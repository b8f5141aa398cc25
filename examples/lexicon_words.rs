fn main() {
    let t = std::env::args().nth(1).unwrap();
    for h in tsuchi::lexicon::words(&t) {
        println!("{} {:?}", &t[h.start..h.end], h.classes().iter().collect::<Vec<_>>());
    }
}
