fn main() {
    std::process::exit(omi::sandbox::main());
}
