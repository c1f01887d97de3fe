//! Debian packages for the tests that start real servers (PostgreSQL, nats-server): installed by
//! `apt-get` when missing and the tests run as root, as on CI's fresh machine; elsewhere the tests
//! say which command to run. Not used by vigie itself.

use std::process::{Command, Stdio};

/// Whether this process runs as root.
pub fn is_root() -> bool {
    Command::new("id").arg("-u").output().map(|o| String::from_utf8_lossy(&o.stdout).trim() == "0").unwrap_or(false)
}

/// Installs Debian `packages` by `apt-get` (after an `apt-get update` if the first try fails)
/// unless `installed` already holds; `Err` says why they are not there (not root, apt failed).
pub fn install(packages: &[&str], installed: impl Fn() -> bool) -> Result<(), String> {
    // Tests run in parallel threads: one apt-get at a time (dpkg takes a lock and would fail the
    // others), and each later caller sees what the first installed.
    static ONE_AT_A_TIME: std::sync::Mutex<()> = std::sync::Mutex::new(());
    let _turn = ONE_AT_A_TIME.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
    if installed() {
        return Ok(());
    }
    let list = packages.join(" ");
    if !is_root() {
        return Err(format!("{list}: missing, and this is not root: run `apt-get install -y {list}`"));
    }
    eprintln!("installing {list} with apt-get");
    let install = || {
        Command::new("apt-get")
            .args(["install", "-y"])
            .args(packages)
            .env("DEBIAN_FRONTEND", "noninteractive")
            .stdout(Stdio::null())
            .status()
            .is_ok_and(|s| s.success())
    };
    if !install() {
        let _ = Command::new("apt-get").arg("update").stdout(Stdio::null()).status();
        if !install() {
            return Err(format!("apt-get install -y {list} failed"));
        }
    }
    if installed() {
        Ok(())
    } else {
        Err(format!("apt-get ran but {list} is still missing"))
    }
}

