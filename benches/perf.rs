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

    // Bulk: 200 projects, 20 ms latency, 32 workers; and a shell loop of curl.
    let n = 200;
    let sb = Sandbox::start(&[
        "--projects",
        &n.to_string(),
        "--latency-ms",
        "20",
        "--access-log",
    ]);
    let wall = time(&mut apply(&sb, "32"));
    let requests = sb.access_log().len();
    let ideal = Duration::from_millis(20).mul_f64(requests as f64 / 32.0);
    let ids = project_ids(&sb);
    let bulk_user = format!("{}:{}", sb.public_key, sb.private_key);
    let script = ids
        .iter()
        .map(|id| {
            format!(
                "curl -sS -o /dev/null --digest -u '{bulk_user}' -X PUT -H 'Content-Type: application/json' --data '{}' '{}'\n",
                r#"{"type":"DATADOG","apiKey":"bench-loop-key-01"}"#,
                sb.api(&format!("/groups/{id}/integrations/DATADOG"))
            )
        })
        .collect::<String>();
    let loop_wall = time(Command::new("sh").args(["-c", &script]));
    let vs_ideal = wall.as_secs_f64() / ideal.as_secs_f64();
    row(
        &format!("apply {n} projects, 20 ms latency, 32 workers"),
        format!("{} ({vs_ideal:.2}x ideal {})", ms(wall), ms(ideal)),
        "<= 1.5x ideal",
        "-".into(),
        vs_ideal <= 1.5,
    );
    let speedup = loop_wall.as_secs_f64() / wall.as_secs_f64();
    row(
        "apply vs shell loop of curl --digest PUTs",
        format!("{speedup:.1}x faster"),
        ">= 20x",
        ms(loop_wall),
        speedup >= 20.0,
    );

    print_table(&rows);
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
