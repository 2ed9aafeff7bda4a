//! Rebuild when migrations or language catalogs change: `sqlx::migrate!` and fluent-templates'
//! `static_loader!` embed them at compile time.

fn main() {
    println!("cargo:rerun-if-changed=migrations");
    println!("cargo:rerun-if-changed=locales");
}
