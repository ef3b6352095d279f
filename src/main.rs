fn main() {
    std::process::exit(omi::app::main());
}
