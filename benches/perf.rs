//! `cargo bench --bench perf`: omi's performance figures beside their
//! targets and beside `curl --digest` doing the same requests, against
//! omi-sandbox on loopback. Prints a table; it measures, it does not fail
//! (targets are not timed tests).

#[path = "../tests/common/mod.rs"]
mod common;

use common::Sandbox;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

const RUNS: usize = 15;

fn main() {
    if Command::new("curl").arg("--version").output().is_err() {
        eprintln!("curl is needed for the comparison: apt-get install -y curl");
        std::process::exit(1);
    }
    let mut rows: Vec<[String; 5]> = Vec::new();
    let mut row = |figure: &str, omi: String, target: &str, curl: String, ok: bool| {
        rows.push([
            figure.to_string(),
            omi,
            target.to_string(),
            curl,
            if ok { "met" } else { "MISSED" }.to_string(),
        ]);
    };

    // Startup.
    let version = median((0..50).map(|_| time(Command::new(common::OMI).arg("--version"))));
    row(
        "omi --version, median",
        ms(version),
        "<= 5 ms",
        "-".into(),
        version <= Duration::from_millis(5),
    );

    // Size.
    let size = std::fs::metadata(common::OMI).map(|m| m.len()).unwrap_or(0);
    row(
        "release binary size",
        format!("{:.1} MiB", size as f64 / 1048576.0),
        "<= 8 MiB",
        "-".into(),
        size <= 8 * 1024 * 1024,
    );

    // One call, whole process, interleaved with curl.
    let sb = Sandbox::start(&[]);
    let list_url = sb.api(&format!("/groups/{}/integrations", sb.project_id));
    let put_url = format!("{list_url}/PAGER_DUTY");
    let user = format!("{}:{}", sb.public_key, sb.private_key);
    let body = r#"{"type":"PAGER_DUTY","serviceKey":"bench-key-0001"}"#;
    let omi = |args: &[&str]| {
        let mut c = Command::new(common::OMI);
        c.args(args).envs(sb.env());
        c
    };
    let curl = |extra: &[&str], url: &str| {
        let mut c = Command::new("curl");
        c.args([
            "-sS",
            "-o",
            "/dev/null",
            "--digest",
            "-u",
            &user,
            "-H",
            "Accept: application/json",
        ])
        .args(extra)
        .arg(url);
        c
    };
    let mut update_args = vec![
        "update",
        "pager-duty",
        "--service-key",
        "bench-key-0001",
        "--json",
    ];
    let (mut o_list, mut c_list, mut o_put, mut c_put) = (vec![], vec![], vec![], vec![]);
    for _ in 0..RUNS {
        o_list.push(time(&mut omi(&["list", "--json"])));
        c_list.push(time(&mut curl(&[], &list_url)));
        o_put.push(time(&mut omi(&update_args)));
        c_put.push(time(&mut curl(
            &[
                "-X",
                "PUT",
                "-H",
                "Content-Type: application/json",
                "--data",
                body,
            ],
            &put_url,
        )));
    }
    for (name, o, c) in [
        ("omi list vs curl --digest GET, median", o_list, c_list),
        ("omi update vs curl --digest PUT, median", o_put, c_put),
    ] {
        let (o, c) = (median(o.into_iter()), median(c.into_iter()));
        let ratio = o.as_secs_f64() / c.as_secs_f64();
        row(
            name,
            format!("{} (ratio {ratio:.2})", ms(o)),
            "ratio <= 1.0",
            ms(c),
            ratio <= 1.0,
        );
    }

    // Peak memory of a create.
    update_args[0] = "create";
    update_args[1] = "datadog";
    update_args[2] = "--api-key";
    let rss = peak_rss_kib(&mut omi(&update_args));
    row(
        "peak memory of a create",
        format!("{:.1} MiB", rss as f64 / 1024.0),
        "<= 15 MiB",
        "-".into(),
        rss <= 15 * 1024,
    );
    drop(sb);

    // Round trips of apply: N projects, one change each.
    let n = 50;
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("desired.json");
    std::fs::write(
        &file,
        r#"{"integrations": {"PAGER_DUTY": {"serviceKey": "bench-apply-key-01"}}}"#,
    )
    .unwrap();
    let sb = Sandbox::start(&["--projects", &n.to_string(), "--access-log"]);
    let apply = |sb: &Sandbox, concurrency: &str| {
        let mut c = Command::new(common::OMI);
        c.args([
            "apply",
            "--all-projects",
            "--concurrency",
            concurrency,
            "-f",
        ])
        .arg(&file)
        .envs(sb.env());
        c
    };
    time(&mut apply(&sb, "8"));
    let requests = sb.access_log().len();
    let bound = 2 * n + 2 + 8;
    row(
        &format!("apply requests, {n} projects, 1 change each"),
        requests.to_string(),
        &format!("<= 2N+2+workers = {bound}"),
        format!("{} (2 per PUT)", 2 * n),
        requests <= bound,
    );
    drop(sb);

    // One exchange per invocation with the nonce cache, and omi list beside
    // curl --digest (which always pays the challenge) at 10 ms latency.
    let sb = Sandbox::start(&["--latency-ms", "10", "--access-log"]);
    let list = || {
        let mut c = Command::new(common::OMI);
        c.args(["list", "--json"]).envs(sb.env());
        c
    };
    let first = {
        time(&mut list());
        sb.access_log().len()
    };
    let (mut o_warm, mut c_warm) = (vec![], vec![]);
    let warm_user = format!("{}:{}", sb.public_key, sb.private_key);
    let warm_url = sb.api(&format!("/groups/{}/integrations", sb.project_id));
    for _ in 0..RUNS {
        o_warm.push(time(&mut list()));
        c_warm.push(time(Command::new("curl").args([
            "-sS",
            "-o",
            "/dev/null",
            "--digest",
            "-u",
            &warm_user,
            &warm_url,
        ])));
    }
    let lines = sb.access_log();
    let omi_lines = lines.iter().filter(|l| l.contains("/integrations")).count();
    // curl's requests are in the log too: two per run.
    let per_run = (omi_lines - first - 2 * RUNS) as f64 / RUNS as f64;
    row(
        "exchanges per omi list (first run; later runs)",
        format!("{first}; {per_run:.2}"),
        "1 after the first",
        "2".into(),
        per_run <= 1.0,
    );
    let (o, c) = (median(o_warm.into_iter()), median(c_warm.into_iter()));
    let ratio = o.as_secs_f64() / c.as_secs_f64();
    row(
        "omi list (cache warm) vs curl --digest, 10 ms latency",
        format!("{} (ratio {ratio:.2})", ms(o)),
        "ratio <= 0.6",
        ms(c),
        ratio <= 0.6,
    );
    drop(sb);

    // Bulk: 200 projects, 20 ms latency, 32 workers, cold and warm; and a
    // shell loop of curl.
    let bulk = bulk_apply(200, dir.path(), true);
    row(
        &format!(
            "apply {} projects, 20 ms latency, 32 workers, cold",
            bulk.projects
        ),
        bulk.cold.shown(),
        "-",
        "-".into(),
        true,
    );
    row(
        &format!(
            "apply {} projects, 20 ms latency, 32 workers, warm",
            bulk.projects
        ),
        bulk.warm.shown(),
        "<= 1.3x ideal",
        "-".into(),
        bulk.warm.vs_ideal() <= 1.3,
    );
    // The ideal assumes the sandbox adds exactly --latency-ms per request.
    let served = bulk.warm.served.as_secs_f64() * 1000.0;
    row(
        "sandbox's time per request in that run, mean",
        format!("{served:.2} ms"),
        "20-20.5 ms (20 ms latency)",
        "-".into(),
        (20.0..=20.5).contains(&served),
    );
    if let Some(curl_loop) = bulk.curl_loop {
        let speedup = curl_loop.as_secs_f64() / bulk.warm.wall.as_secs_f64();
        row(
            "apply vs shell loop of curl --digest PUTs",
            format!("{speedup:.1}x faster"),
            ">= 20x",
            ms(curl_loop),
            speedup >= 20.0,
        );
    }

    // --max-rate 100 over 100 projects: 202 requests, 10 ms apart.
    let (wall, requests) = max_rate_apply(100, 100, dir.path());
    let secs = wall.as_secs_f64();
    row(
        "apply 100 projects, --max-rate 100, cold",
        format!("{secs:.2} s ({requests} requests)"),
        "2.0-2.6 s",
        "-".into(),
        (2.0..=2.6).contains(&secs),
    );

    // Scale: no latency, 500 then 5,000 projects; omi's peak memory.
    let (small, _) = scale_apply(500, dir.path());
    let (large, peak) = scale_apply(5000, dir.path());
    let growth = large.as_secs_f64() / small.as_secs_f64();
    row(
        "apply 5,000 projects vs 500, time",
        format!("{growth:.1}x ({} vs {})", ms(large), ms(small)),
        "<= 12x",
        "-".into(),
        growth <= 12.0,
    );
    row(
        "apply 5,000 projects, omi's peak memory",
        format!("{:.1} MiB", peak),
        "<= 64 MiB",
        "-".into(),
        peak <= 64.0,
    );

    // omi alerts: 5,000 projects x 20 alert configurations vs 500, no
    // latency (time, peak memory); and at 20 ms latency vs the latency
    // bound (two reads per project: integrations and alert configurations).
    let (small, _) = scale_alerts(500);
    let (large, peak) = scale_alerts(5000);
    let growth = large.as_secs_f64() / small.as_secs_f64();
    row(
        "alerts 5,000 projects x 20 configs vs 500, time",
        format!("{growth:.1}x ({} vs {})", ms(large), ms(small)),
        "<= 12x",
        "-".into(),
        growth <= 12.0,
    );
    row(
        "alerts 5,000 projects x 20 configs, omi's peak memory",
        format!("{:.1} MiB", peak),
        "<= 64 MiB",
        "-".into(),
        peak <= 64.0,
    );
    let run = alerts_at_latency(200);
    row(
        "alerts 200 projects x 20 configs, 20 ms latency, 32 workers",
        run.shown(),
        "<= 1.3x ideal",
        "-".into(),
        run.vs_ideal() <= 1.3,
    );

    print_table(&rows);
}

/// `omi alerts --all-projects --json` against `sb`, output discarded.
fn alerts_all(sb: &Sandbox, workers: usize) -> Command {
    let mut c = Command::new(common::OMI);
    c.args(["alerts", "--all-projects", "--json", "--concurrency"])
        .arg(workers.to_string())
        .envs(sb.env())
        .stdout(Stdio::null())
        .stderr(Stdio::null());
    c
}

/// Wall time and omi's peak resident memory (MiB) of `omi alerts` over
/// `projects` projects of 20 alert configurations each, no latency.
fn scale_alerts(projects: usize) -> (Duration, f64) {
    let sb = Sandbox::start(&["--projects", &projects.to_string(), "--alert-configs", "20"]);
    let started = Instant::now();
    let mut child = alerts_all(&sb, 32).spawn().expect("spawn omi");
    let (status, peak_kib) = wait_with_peak(&mut child);
    let wall = started.elapsed();
    assert!(status, "alerts over {projects} projects failed");
    (wall, peak_kib as f64 / 1024.0)
}

/// `omi alerts` over `projects` projects of 20 alert configurations at
/// 20 ms latency with 32 workers, the nonce warm (a first run pays the
/// challenge); its requests counted from the access log.
fn alerts_at_latency(projects: usize) -> Run {
    let (workers, latency) = (32, Duration::from_millis(20));
    let sb = Sandbox::start(&[
        "--projects",
        &projects.to_string(),
        "--alert-configs",
        "20",
        "--latency-ms",
        "20",
        "--access-log",
    ]);
    assert!(alerts_all(&sb, workers).status().unwrap().success());
    let seen = sb.access_log().len();
    let wall = time(&mut alerts_all(&sb, workers));
    let lines = sb.access_log();
    Run {
        wall,
        requests: lines.len() - seen,
        workers,
        latency,
        served: mean_served(&lines[seen..]),
    }
}

/// Wall time and omi's peak resident memory (MiB) of one apply over
/// `projects` projects with no latency (one read and one write each).
fn scale_apply(projects: usize, dir: &std::path::Path) -> (Duration, f64) {
    let sb = Sandbox::start(&["--projects", &projects.to_string()]);
    let file = datadog_file(dir, "bench-scale-key-01");
    let mut cmd = apply_all(&sb, &file, 32, &[]);
    let started = std::time::Instant::now();
    let mut child = cmd
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .expect("spawn omi");
    let (status, peak_kib) = wait_with_peak(&mut child);
    let wall = started.elapsed();
    assert!(status, "apply over {projects} projects failed");
    (wall, peak_kib as f64 / 1024.0)
}

/// Waits for `child` and returns whether it succeeded and its peak
/// resident set in KiB (wait4's rusage: this child alone).
fn wait_with_peak(child: &mut std::process::Child) -> (bool, i64) {
    let mut status = 0;
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    let pid = child.id() as libc::pid_t;
    let rc = unsafe { libc::wait4(pid, &mut status, 0, &mut usage) };
    assert_eq!(rc, pid, "wait4");
    let ok = libc::WIFEXITED(status) && libc::WEXITSTATUS(status) == 0;
    (ok, usage.ru_maxrss)
}

/// One timed apply and the requests it made.
struct Run {
    wall: Duration,
    requests: usize,
    workers: usize,
    latency: Duration,
    /// The sandbox's own time per request (arrival to response), on
    /// average: the latency it adds, as the ideal assumes, plus its error.
    served: Duration,
}

/// The mean of the access log's `MILLISms` field over `lines`.
fn mean_served(lines: &[String]) -> Duration {
    let ms: Vec<f64> = lines
        .iter()
        .filter_map(|l| l.rsplit(' ').next()?.strip_suffix("ms")?.parse().ok())
        .collect();
    Duration::from_secs_f64(ms.iter().sum::<f64>() / ms.len().max(1) as f64 / 1000.0)
}

impl Run {
    /// The latency-bound ideal: requests ÷ workers × latency.
    fn ideal(&self) -> Duration {
        self.latency
            .mul_f64(self.requests as f64 / self.workers as f64)
    }

    fn vs_ideal(&self) -> f64 {
        self.wall.as_secs_f64() / self.ideal().as_secs_f64()
    }

    fn shown(&self) -> String {
        format!(
            "{} ({:.2}x ideal {}, {} requests)",
            ms(self.wall),
            self.vs_ideal(),
            ms(self.ideal()),
            self.requests
        )
    }
}

struct Bulk {
    projects: usize,
    cold: Run,
    warm: Run,
    curl_loop: Option<Duration>,
}

/// An apply file setting DATADOG's key to `key`: alternating keys make
/// every run replace it in every project (one read, one write each).
fn datadog_file(dir: &std::path::Path, key: &str) -> std::path::PathBuf {
    let file = dir.join(format!("datadog-{key}.json"));
    std::fs::write(
        &file,
        format!(r#"{{"integrations": {{"DATADOG": {{"apiKey": "{key}"}}}}}}"#),
    )
    .unwrap();
    file
}

/// `omi apply --all-projects` against `sb`, with extra global flags.
fn apply_all(sb: &Sandbox, file: &std::path::Path, workers: usize, flags: &[&str]) -> Command {
    let mut c = Command::new(common::OMI);
    c.args(flags)
        .args(["apply", "--all-projects", "--concurrency"])
        .arg(workers.to_string())
        .arg("-f")
        .arg(file)
        .envs(sb.env());
    c
}

/// Bulk apply over `projects` projects at 20 ms latency with 32 workers:
/// the first run with no nonce kept (cold), the second with the first's
/// nonce (warm), each making one read and one write per project; then,
/// with `curl_loop`, the same writes as a shell loop of curl (slow: one
/// process and two exchanges per project).
fn bulk_apply(projects: usize, dir: &std::path::Path, curl_loop: bool) -> Bulk {
    let (workers, latency) = (32, Duration::from_millis(20));
    let sb = Sandbox::start(&[
        "--projects",
        &projects.to_string(),
        "--latency-ms",
        "20",
        "--access-log",
    ]);
    let mut seen = 0;
    let mut run = |key: &str| {
        let wall = time(&mut apply_all(&sb, &datadog_file(dir, key), workers, &[]));
        let lines = sb.access_log();
        let requests = lines.len() - seen;
        let served = mean_served(&lines[seen..]);
        seen = lines.len();
        Run {
            wall,
            requests,
            workers,
            latency,
            served,
        }
    };
    let cold = run("bench-bulk-key-01");
    let warm = run("bench-bulk-key-02");
    if !curl_loop {
        return Bulk {
            projects,
            cold,
            warm,
            curl_loop: None,
        };
    }
    let ids = project_ids(&sb);
    let user = format!("{}:{}", sb.public_key, sb.private_key);
    let script = ids
        .iter()
        .map(|id| {
            format!(
                "curl -sS -o /dev/null --digest -u '{user}' -X PUT -H 'Content-Type: application/json' --data '{}' '{}'\n",
                r#"{"type":"DATADOG","apiKey":"bench-loop-key-01"}"#,
                sb.api(&format!("/groups/{id}/integrations/DATADOG"))
            )
        })
        .collect::<String>();
    let curl_loop = Some(time(Command::new("sh").args(["-c", &script])));
    Bulk {
        projects,
        cold,
        warm,
        curl_loop,
    }
}

/// Wall time and request count of an apply over `projects` projects (one
/// read and one write each) with `--max-rate rate`, no nonce kept: the
/// challenge, the project list and two requests per project, as the
/// issue's 202 requests for 100 projects.
fn max_rate_apply(projects: usize, rate: u32, dir: &std::path::Path) -> (Duration, usize) {
    let sb = Sandbox::start(&["--projects", &projects.to_string(), "--access-log"]);
    let file = datadog_file(dir, "bench-rate-key-01");
    let wall = time(&mut apply_all(
        &sb,
        &file,
        32,
        &["--max-rate", &rate.to_string()],
    ));
    (wall, sb.access_log().len())
}

fn project_ids(sb: &Sandbox) -> Vec<String> {
    let out = Command::new("curl")
        .args([
            "-sS",
            "--digest",
            "-u",
            &format!("{}:{}", sb.public_key, sb.private_key),
        ])
        .arg(sb.api("/groups?itemsPerPage=500"))
        .output()
        .unwrap();
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    v["results"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["id"].as_str().unwrap().to_string())
        .collect()
}

fn time(cmd: &mut Command) -> Duration {
    let start = Instant::now();
    let status = cmd
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .unwrap();
    let elapsed = start.elapsed();
    assert!(status.success(), "{cmd:?} failed");
    elapsed
}

fn median(samples: impl Iterator<Item = Duration>) -> Duration {
    let mut v: Vec<Duration> = samples.collect();
    v.sort();
    v[v.len() / 2]
}

fn ms(d: Duration) -> String {
    format!("{:.1} ms", d.as_secs_f64() * 1000.0)
}

/// Peak resident memory of one run, from wait4's rusage.
#[allow(clippy::zombie_processes)] // reaped by wait4 below
fn peak_rss_kib(cmd: &mut Command) -> i64 {
    let child = cmd
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let pid = child.id() as libc::pid_t;
    let mut status = 0;
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    // SAFETY: waiting on our own child with valid pointers.
    unsafe { libc::wait4(pid, &mut status, 0, &mut usage) };
    usage.ru_maxrss
}

fn print_table(rows: &[[String; 5]]) {
    let header = ["figure", "omi", "target", "curl --digest", "verdict"];
    let widths: Vec<usize> = (0..5)
        .map(|i| {
            rows.iter()
                .map(|r| r[i].len())
                .chain([header[i].len()])
                .max()
                .unwrap()
        })
        .collect();
    let line = |cells: [&str; 5]| {
        let parts: Vec<String> = cells
            .iter()
            .zip(&widths)
            .map(|(c, w)| format!("{c:<w$}"))
            .collect();
        println!("| {} |", parts.join(" | "));
    };
    line(header);
    println!(
        "|{}|",
        widths
            .iter()
            .map(|w| "-".repeat(w + 2))
            .collect::<Vec<_>>()
            .join("|")
    );
    for r in rows {
        line([&r[0], &r[1], &r[2], &r[3], &r[4]]);
    }
    let cpu = std::fs::read_to_string("/proc/cpuinfo")
        .ok()
        .and_then(|c| {
            c.lines()
                .find(|l| l.starts_with("model name"))
                .map(|l| l.split(':').nth(1).unwrap_or("").trim().to_string())
        })
        .unwrap_or_default();
    println!(
        "\nmachine: {} cores, {cpu}",
        std::thread::available_parallelism()
            .map(|n| n.get())
            .unwrap_or(0)
    );
}
