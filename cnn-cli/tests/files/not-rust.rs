fn main() {
    let s = "a string that never ends;
}
