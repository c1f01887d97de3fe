//! A PostgreSQL 15 cluster of its own for tests: `initdb` in a folder the caller gives, listening
//! on 127.0.0.1 only, on a free port, run as `nobody` when the tests run as root (PostgreSQL
//! refuses root), stopped on drop. Used by this crate's tests and the shared-mode test of the
//! command line; not part of the store itself.

use std::path::{Path, PathBuf};
use std::process::Command;

/// Where Debian's `postgresql-15` puts its programs.
pub const PG_BIN: &str = "/usr/lib/postgresql/15/bin";

/// The Debian packages the tests need: the server and PostGIS.
pub const PACKAGES: &str = "postgresql-15-postgis-3";

/// A running cluster, stopped on drop.
pub struct PgServer {
    data: PathBuf,
    port: u16,
    as_nobody: bool,
}

impl PgServer {
    /// Whether PostgreSQL 15 with PostGIS is installed here.
    pub fn installed() -> bool {
        Path::new(PG_BIN).join("initdb").exists() && Path::new("/usr/share/postgresql/15/extension/postgis.control").exists()
    }

    /// Installs PostgreSQL 15 with PostGIS by `apt-get` when it is missing and this is root;
    /// `Err` says why it is not there.
    pub fn install() -> Result<(), String> {
        vigie_core::apt::install(&[PACKAGES], Self::installed)
    }

    fn command(&self, program: &str) -> Command {
        let path = Path::new(PG_BIN).join(program);
        if self.as_nobody {
            let mut cmd = Command::new("runuser");
            cmd.args(["-u", "nobody", "--"]).arg(path);
            cmd
        } else {
            Command::new(path)
        }
    }

    /// Creates a cluster in `dir/pg` (the folder must be reachable by `nobody` when this is root)
    /// and starts it; `Err` says why it did not start, with the server's log. A port taken between
    /// choosing it and the server binding it is met by starting again on another one.
    pub fn start(dir: &Path) -> Result<PgServer, String> {
        let data = dir.join("pg");
        std::fs::create_dir_all(&data).map_err(|e| format!("cannot create {}: {e}", data.display()))?;
        let as_nobody = vigie_core::apt::is_root();
        if as_nobody {
            let ok = Command::new("chown").args(["-R", "nobody"]).arg(&data).status().is_ok_and(|s| s.success());
            if !ok {
                return Err(format!("cannot give {} to the user nobody", data.display()));
            }
        }
        let mut pg = PgServer { data, port: 0, as_nobody };
        let out = pg
            .command("initdb")
            .args(["-D"])
            .arg(&pg.data)
            .args(["-U", "vigie", "--auth=trust", "--encoding=UTF8", "--locale=C"])
            .output()
            .map_err(|e| format!("cannot run initdb: {e}"))?;
        if !out.status.success() {
            return Err(format!("initdb failed: {}", String::from_utf8_lossy(&out.stderr)));
        }
        let mut last = String::new();
        for _ in 0..5 {
            pg.port = std::net::TcpListener::bind("127.0.0.1:0")
                .and_then(|l| l.local_addr())
                .map_err(|e| format!("no free port on 127.0.0.1: {e}"))?
                .port();
            let options = format!(
                "-h 127.0.0.1 -p {} -k {} -c fsync=off -c full_page_writes=off -c max_connections=50",
                pg.port,
                pg.data.display()
            );
            let out = pg
                .command("pg_ctl")
                .args(["-D"])
                .arg(&pg.data)
                .args(["-o", &options, "-l"])
                .arg(pg.data.join("server.log"))
                .args(["-w", "-t", "60", "start"])
                .output()
                .map_err(|e| format!("cannot run pg_ctl: {e}"))?;
            if out.status.success() {
                return Ok(pg);
            }
            let log = std::fs::read_to_string(pg.data.join("server.log")).unwrap_or_default();
            last = format!("PostgreSQL did not start: {}{log}", String::from_utf8_lossy(&out.stderr));
            // A half-started server would hold the data folder: make sure it is down.
            let _ = pg.command("pg_ctl").args(["-D"]).arg(&pg.data).args(["-m", "immediate", "stop"]).output();
        }
        pg.port = 0;
        Err(last)
    }

    /// The URL of the cluster's `postgres` database, as the superuser `vigie` (trusted).
    pub fn url(&self) -> String {
        format!("postgres://vigie@127.0.0.1:{}/postgres", self.port)
    }
}

impl Drop for PgServer {
    fn drop(&mut self) {
        if self.port != 0 {
            let _ = self.command("pg_ctl").args(["-D"]).arg(&self.data).args(["-m", "immediate", "stop"]).output();
        }
    }
}
