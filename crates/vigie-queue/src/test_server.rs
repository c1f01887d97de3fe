//! A nats-server of its own for tests: JetStream on, listening on 127.0.0.1 only, on a free port,
//! with its store and log in a folder the caller gives. Used by this crate's tests and the
//! shared-mode test of the command line; not part of the queue itself.
//!
//! A server counts as started when its log says "Server is ready" (nats-server 2.9 and later).
//! Probing the port instead is not enough: a client connecting in a loop to a port nobody listens
//! on yet can be handed that very port as its own source port and connect to itself, which then
//! keeps the server from binding. When the server exits before it is ready (its port was taken in
//! the meantime) it is started again on another port, a few times, before giving up with its log.

use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

/// A running nats-server, killed on drop.
pub struct NatsServer {
    child: Child,
    port: u16,
    log: PathBuf,
}

impl NatsServer {
    /// Whether `nats-server` can be run here.
    pub fn installed() -> bool {
        Command::new("nats-server").arg("--version").output().is_ok_and(|o| o.status.success())
    }

    /// Starts a server whose JetStream store and log are in `dir` (created if missing). `Err` says
    /// why it did not start, with the end of its log.
    pub fn start(dir: &Path) -> Result<NatsServer, String> {
        std::fs::create_dir_all(dir).map_err(|e| format!("cannot create {}: {e}", dir.display()))?;
        let mut last = String::new();
        for attempt in 0..5 {
            let port = std::net::TcpListener::bind("127.0.0.1:0")
                .and_then(|l| l.local_addr())
                .map_err(|e| format!("no free port on 127.0.0.1: {e}"))?
                .port();
            let log = dir.join(format!("nats-{attempt}.log"));
            let log_file = std::fs::File::create(&log).map_err(|e| format!("cannot create {}: {e}", log.display()))?;
            let child = Command::new("nats-server")
                .args(["-js", "-a", "127.0.0.1", "-p", &port.to_string(), "-sd"])
                .arg(dir.join("jetstream"))
                .stdout(Stdio::null())
                .stderr(log_file)
                .spawn()
                .map_err(|e| format!("cannot start nats-server: {e}"))?;
            let mut server = NatsServer { child, port, log };
            match server.wait_ready(Duration::from_secs(30)) {
                Ok(()) => return Ok(server),
                Err(why) => last = why,
            }
        }
        Err(last)
    }

    fn wait_ready(&mut self, within: Duration) -> Result<(), String> {
        let start = Instant::now();
        loop {
            let log = std::fs::read_to_string(&self.log).unwrap_or_default();
            if log.contains("Server is ready") {
                return Ok(());
            }
            if let Ok(Some(status)) = self.child.try_wait() {
                return Err(format!("nats-server on port {} exited ({status}): {}", self.port, tail(&log)));
            }
            if start.elapsed() > within {
                return Err(format!("nats-server on port {} not ready after {within:?}: {}", self.port, tail(&log)));
            }
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    pub fn port(&self) -> u16 {
        self.port
    }

    pub fn url(&self) -> String {
        format!("nats://127.0.0.1:{}", self.port)
    }
}

fn tail(log: &str) -> String {
    let lines: Vec<&str> = log.lines().collect();
    lines[lines.len().saturating_sub(5)..].join(" | ")
}

impl Drop for NatsServer {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}
