//! Lists read whole, page by page: a server that repeats an item on a
//! later page (no stable sort) must not make omi stop a page early, and a
//! list whose pages do not add up (a `totalCount` that changes, fewer
//! distinct items than it says) is an error naming both counts, never a
//! partial run. Scripted servers (`util::hostile`) in both list shapes
//! and with or without links; then the sandbox in both shapes.

use crate::util::hostile::{hostile_seeing, omi, respond, Hostile, Seen};
use crate::util::sandbox::Sandbox;
use serde_json::{json, Value};
use std::collections::BTreeSet;

const JSON: &str = "Content-Type: application/json\r\n";
const ORG: &str = "5e2211c17a3e5a48f5490000";

/// The `i`th project's id.
fn project(i: usize) -> String {
    format!("5e2211c17a3e5a48f54970{i:02x}")
}

/// Whether pages carry `links` (`self`, and `next` where more follow).
#[derive(Clone, Copy, Debug, PartialEq)]
enum Links {
    Next,
    Absent,
}

/// The two shapes of list: the documented one (keys in alphabetical
/// order, integrations without `id`) and the recorded one (`totalCount`
/// first, `links` last, extra fields, integrations with an `id` and
/// `type` last).
#[derive(Clone, Copy, Debug, PartialEq)]
enum Shape {
    Documented,
    Recorded,
}

const SHAPES: [Shape; 2] = [Shape::Documented, Shape::Recorded];
const LINKS: [Links; 2] = [Links::Next, Links::Absent];

/// One page: the items it holds (as JSON text) and its `totalCount`.
type Page = (Vec<String>, u64);

/// A list page as the server writes it.
fn page_body(pages: &[Page], n: usize, links: Links, shape: Shape, href: &str) -> String {
    let empty = (Vec::new(), pages.last().map_or(0, |p| p.1));
    let (items, total) = pages.get(n - 1).unwrap_or(&empty);
    let link = |page: usize, rel: &str| {
        format!(r#"{{"href":"{href}?pageNum={page}&itemsPerPage=2","rel":"{rel}"}}"#)
    };
    let mut shown = vec![link(n, "self")];
    if n > 1 {
        shown.push(link(n - 1, "previous"));
    }
    if n < pages.len() {
        shown.push(link(n + 1, "next"));
    }
    let links = match links {
        Links::Next => Some(format!("[{}]", shown.join(","))),
        Links::Absent => None,
    };
    let results = items.join(",");
    match (shape, links) {
        (Shape::Documented, Some(l)) => {
            format!(r#"{{"links":{l},"results":[{results}],"totalCount":{total}}}"#)
        }
        (Shape::Documented, None) => format!(r#"{{"results":[{results}],"totalCount":{total}}}"#),
        (Shape::Recorded, Some(l)) => {
            format!(r#"{{"totalCount":{total},"results":[{results}],"links":{l}}}"#)
        }
        (Shape::Recorded, None) => format!(r#"{{"totalCount":{total},"results":[{results}]}}"#),
    }
}

/// Project `i` as a list item.
fn group(i: usize, shape: Shape) -> String {
    let id = project(i);
    match shape {
        Shape::Documented => format!(r#"{{"id":"{id}","name":"Project {i}","orgId":"{ORG}"}}"#),
        Shape::Recorded => format!(
            r#"{{"clusterCount":0,"name":"Project {i}","orgId":"{ORG}","id":"{id}","created":"2026-01-01T00:00:00Z"}}"#
        ),
    }
}

/// An integration of API type `ty` as a list item.
fn integration(ty: &str, shape: Shape) -> String {
    let fields = match ty {
        "PAGER_DUTY" => r#""serviceKey":"********1234""#,
        "SLACK" => r#""apiToken":"******5678","channelName":"","teamName":"ops""#,
        "WEBHOOK" => r#""url":"https://hooks.example.com/****""#,
        "DATADOG" => r#""apiKey":"****abcd","region":"US""#,
        other => panic!("no fixture for {other}"),
    };
    match shape {
        Shape::Documented => format!(r#"{{{fields},"type":"{ty}"}}"#),
        Shape::Recorded => {
            format!(
                r#"{{"id":"6a0000000000000000000{:03x}",{fields},"type":"{ty}"}}"#,
                ty.len()
            )
        }
    }
}

/// Page `N` of a request (`pageNum=N`; 1 without one).
fn page_num(path: &str) -> usize {
    path.split(['?', '&'])
        .find_map(|p| p.strip_prefix("pageNum="))
        .and_then(|n| n.parse().ok())
        .unwrap_or(1)
}

/// A scripted Ops Manager: `groups` is the project list (`GET /groups`
/// and `GET /orgs/{ORG}/groups`), `integrations` the integration list of
/// project 0, if any (every other project holds one PagerDuty integration
/// of its own); writes are answered with an empty list page.
fn scripted(groups: Vec<Page>, integrations: Vec<Page>, links: Links, shape: Shape) -> Hostile {
    hostile_seeing(move |s, seen: &Seen, _| {
        let path = seen.path.split('?').next().unwrap_or("").to_string();
        let n = page_num(&seen.path);
        let body = if seen.method != "GET" {
            page_body(&[], 1, links, shape, &path)
        } else if path.ends_with("/groups") {
            page_body(&groups, n, links, shape, &path)
        } else if !integrations.is_empty()
            && path.ends_with(&format!("/groups/{}/integrations", project(0)))
        {
            page_body(&integrations, n, links, shape, &path)
        } else if path.ends_with("/integrations") {
            // Each other project its own PagerDuty key, so that an export
            // names every project it read.
            let i = path.trim_end_matches("/integrations");
            let i = usize::from_str_radix(&i[i.len() - 2..], 16).unwrap_or(0);
            let pd = integration("PAGER_DUTY", shape).replace("1234", &format!("{i:04}"));
            page_body(&[(vec![pd], 1)], n, links, shape, &path)
        } else {
            return respond(
                s,
                "404 Not Found",
                JSON,
                br#"{"error":404,"errorCode":"RESOURCE_NOT_FOUND"}"#,
            );
        };
        respond(s, "200 OK", JSON, body.as_bytes())
    })
}

/// Pages of projects: each page's project numbers, and its totalCount.
fn groups(pages: &[(&[usize], u64)], shape: Shape) -> Vec<Page> {
    pages
        .iter()
        .map(|(ids, total)| (ids.iter().map(|&i| group(i, shape)).collect(), *total))
        .collect()
}

/// Pages of project 0's integrations.
fn integrations(pages: &[(&[&str], u64)], shape: Shape) -> Vec<Page> {
    pages
        .iter()
        .map(|(tys, total)| (tys.iter().map(|t| integration(t, shape)).collect(), *total))
        .collect()
}

/// What a server without a stable sort answers: a0 is pushed down to
/// page 2 by a1, and the last page still holds a5.
const REPEATING: [(&[usize], u64); 4] = [(&[0, 1], 6), (&[1, 2], 6), (&[3, 4], 6), (&[5], 6)];

fn six() -> Vec<String> {
    (0..6).map(project).collect()
}

/// An apply file declaring one PagerDuty integration for every project.
fn pd_file() -> (tempfile::TempDir, std::path::PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("pd.json");
    std::fs::write(
        &file,
        r#"{"integrations": {"PAGER_DUTY": {"serviceKey": "pd-key-1234567"}}}"#,
    )
    .unwrap();
    (dir, file)
}

/// The projects the server saw a write for, in order, each once.
fn written(server: &Hostile) -> BTreeSet<String> {
    server
        .seen()
        .into_iter()
        .filter(|r| r.method != "GET")
        .filter_map(|r| {
            r.path
                .split('/')
                .skip_while(|s| *s != "groups")
                .nth(1)
                .map(str::to_string)
        })
        .collect()
}

fn stdout_json(out: &std::process::Output) -> Value {
    serde_json::from_slice(&out.stdout)
        .unwrap_or_else(|e| panic!("{e}: {}", String::from_utf8_lossy(&out.stdout)))
}

/// The project ids an export file names.
fn exported_projects(file: &Value) -> Vec<String> {
    file["projects"]
        .as_object()
        .map(|p| p.keys().cloned().collect())
        .unwrap_or_default()
}

/// Every command that acts on all projects, against a server listing
/// them in `pages`: each sees all six.
fn all_six_are_seen(pages: &[(&[usize], u64)], page_size: &[&str], links: Links, shape: Shape) {
    let case = format!("{links:?} {shape:?} {page_size:?}");
    let server = scripted(groups(pages, shape), vec![], links, shape);
    let out = omi(&server.url)
        .args(page_size)
        .args(["projects", "--json"])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{case}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let ids: Vec<_> = stdout_json(&out)
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["projectId"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(ids, six(), "{case}");

    let out = omi(&server.url)
        .args(page_size)
        .args(["projects", "--org-id", ORG, "--json"])
        .output()
        .unwrap();
    assert_eq!(stdout_json(&out).as_array().unwrap().len(), 6, "{case}");

    let (_dir, file) = pd_file();
    let out = omi(&server.url)
        .args(page_size)
        .args(["apply", "--all-projects", "--json", "-f"])
        .arg(&file)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{case}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(written(&server), six().into_iter().collect(), "{case}");

    let out = omi(&server.url)
        .args(page_size)
        .args(["export", "--all-projects"])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{case}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let file = stdout_json(&out);
    let mut exported = exported_projects(&file);
    exported.sort();
    assert_eq!(exported, six(), "{case}: {file}");

    let out = omi(&server.url)
        .args(page_size)
        .args(["list", "--all-projects", "--json"])
        .output()
        .unwrap();
    assert_eq!(stdout_json(&out).as_array().unwrap().len(), 6, "{case}");
}

#[test]
fn a_project_repeated_on_a_later_page_does_not_hide_the_last() {
    for shape in SHAPES {
        for links in LINKS {
            all_six_are_seen(&REPEATING, &["--items-per-page", "2"], links, shape);
        }
        // A server that serves fewer than asked and says where the list
        // goes on: its next links are followed.
        all_six_are_seen(&REPEATING, &[], Links::Next, shape);
    }
}

/// Every command that acts on all projects fails against `pages`, exit 5,
/// naming `counts`, and acts on nothing.
fn every_command_fails_naming(
    pages: &[(&[usize], u64)],
    page_size: &[&str],
    links: Links,
    shape: Shape,
    counts: &[&str],
) {
    let server = scripted(groups(pages, shape), vec![], links, shape);
    let (_dir, file) = pd_file();
    let file = file.display().to_string();
    let commands: [&[&str]; 5] = [
        &["projects", "--json"],
        &["projects", "--org-id", ORG],
        &["apply", "--all-projects", "-f", &file],
        &["export", "--all-projects"],
        &["list", "--all-projects", "--json"],
    ];
    for args in commands {
        let case = format!("{args:?} {links:?} {shape:?} {page_size:?}");
        let out = omi(&server.url)
            .args(page_size)
            .args(args)
            .output()
            .unwrap();
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(5), "{case}: {err}");
        assert!(
            out.stdout.is_empty(),
            "{case}: {}",
            String::from_utf8_lossy(&out.stdout)
        );
        assert!(err.contains("does not add up"), "{case}: {err}");
        for count in counts {
            assert!(err.contains(count), "{case}: {count} not in {err}");
        }
    }
    assert!(written(&server).is_empty(), "nothing is written");
}

#[test]
fn a_total_count_that_changes_between_pages_is_an_error_naming_both() {
    let changing: [(&[usize], u64); 3] = [(&[0, 1], 6), (&[2, 3], 7), (&[4, 5, 6], 7)];
    for shape in SHAPES {
        for links in LINKS {
            every_command_fails_naming(
                &changing,
                &["--items-per-page", "2"],
                links,
                shape,
                &["totalCount was 6 on page 1 and 7 on page 2"],
            );
        }
    }
}

#[test]
fn a_list_shorter_than_its_total_count_is_an_error_naming_both() {
    let short: [(&[usize], u64); 2] = [(&[0, 1], 6), (&[2], 6)];
    for shape in SHAPES {
        for links in LINKS {
            every_command_fails_naming(
                &short,
                &["--items-per-page", "2"],
                links,
                shape,
                &["totalCount is 6", "held 3 distinct items"],
            );
        }
        // A server that serves fewer than asked and gives no links: the
        // first page is short, so the list ends there, two short of six.
        every_command_fails_naming(
            &REPEATING,
            &[],
            Links::Absent,
            shape,
            &["totalCount is 6", "held 2 distinct items"],
        );
    }
}

/// A project whose integrations span pages, the server repeating WEBHOOK.
fn repeating_integrations(shape: Shape) -> Vec<Page> {
    integrations(
        &[
            (&["SLACK", "WEBHOOK"], 4),
            (&["WEBHOOK", "DATADOG"], 4),
            (&["PAGER_DUTY"], 4),
        ],
        shape,
    )
}

#[test]
fn every_page_of_a_projects_integrations_is_read() {
    const FOUR: [&str; 4] = ["DATADOG", "PAGER_DUTY", "SLACK", "WEBHOOK"];
    for shape in SHAPES {
        for links in LINKS {
            let case = format!("{links:?} {shape:?}");
            let one = groups(&[(&[0, 1], 2)], shape);
            let server = scripted(one, repeating_integrations(shape), links, shape);
            let p0 = project(0);
            let p1 = project(1);
            let paged = ["--items-per-page", "2"];

            // export: every type, so that applying the file with --prune
            // deletes none of them.
            let out = omi(&server.url)
                .args(paged)
                .args(["export", "--project-id", &p0])
                .output()
                .unwrap();
            assert!(
                out.status.success(),
                "{case}: {}",
                String::from_utf8_lossy(&out.stderr)
            );
            let file = stdout_json(&out);
            // Common types, and the project's own (those with a secret).
            let held = [&file["integrations"], &file["projects"][&p0]];
            let mut types: Vec<_> = held
                .iter()
                .filter_map(|v| v.as_object())
                .flat_map(|o| o.keys().map(String::as_str))
                .collect();
            types.sort();
            assert_eq!(types, FOUR, "{case}: {file}");

            // list across projects: the four, each once.
            let out = omi(&server.url)
                .args(paged)
                .args(["list", "--project-id", &p0, "--project-id", &p1, "--json"])
                .output()
                .unwrap();
            assert!(
                out.status.success(),
                "{case}: {}",
                String::from_utf8_lossy(&out.stderr)
            );
            let rows = stdout_json(&out);
            let mut types: Vec<_> = rows[0]["integrations"]
                .as_array()
                .unwrap()
                .iter()
                .map(|i| i["type"].as_str().unwrap().to_string())
                .collect();
            types.sort();
            assert_eq!(types, FOUR, "{case}: {rows}");

            // apply --prune: a file declaring PagerDuty only deletes the
            // other three, the one on the last page seen as present.
            let (_dir, file) = pd_file();
            let out = omi(&server.url)
                .args(paged)
                .args([
                    "apply",
                    "--project-id",
                    &p0,
                    "--prune",
                    "--yes",
                    "--json",
                    "-f",
                ])
                .arg(&file)
                .output()
                .unwrap();
            assert!(
                out.status.success(),
                "{case}: {}",
                String::from_utf8_lossy(&out.stderr)
            );
            let mut deleted: Vec<_> = server
                .seen()
                .into_iter()
                .filter(|r| r.method == "DELETE")
                .map(|r| r.path.rsplit('/').next().unwrap().to_string())
                .collect();
            deleted.sort();
            assert_eq!(deleted, ["DATADOG", "SLACK", "WEBHOOK"], "{case}");
            let puts = server
                .seen()
                .into_iter()
                .filter(|r| r.method == "PUT")
                .count();
            assert_eq!(
                puts, 1,
                "{case}: PagerDuty is replaced (its key may differ)"
            );
        }
    }
}

#[test]
fn integration_pages_that_do_not_add_up_are_an_error_naming_both() {
    for shape in SHAPES {
        let changing = integrations(&[(&["SLACK", "WEBHOOK"], 4), (&["DATADOG"], 3)], shape);
        let server = scripted(groups(&[(&[0], 1)], shape), changing, Links::Next, shape);
        let p0 = project(0);
        let out = omi(&server.url)
            .args(["--items-per-page", "2", "export", "--project-id", &p0])
            .output()
            .unwrap();
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(5), "{shape:?}: {err}");
        assert!(out.stdout.is_empty());
        assert!(
            err.contains("totalCount was 4 on page 1 and 3 on page 2"),
            "{err}"
        );
        assert!(err.contains(&format!("/groups/{p0}/integrations")), "{err}");

        let (_dir, file) = pd_file();
        let out = omi(&server.url)
            .args([
                "--items-per-page",
                "2",
                "apply",
                "--prune",
                "--yes",
                "--project-id",
                &p0,
                "-f",
            ])
            .arg(&file)
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(5), "{shape:?}");
        assert!(
            written(&server).is_empty(),
            "a project read in part is not acted on"
        );
    }
}

#[test]
fn commands_that_read_every_page_refuse_a_page_number() {
    let server = scripted(vec![], vec![], Links::Next, Shape::Documented);
    let (_dir, file) = pd_file();
    let p0 = project(0);
    // apply and export do not take it (clap refuses it, before or after
    // the command); list does, for one project, and refuses it across.
    for args in [
        &[
            "apply",
            "--project-id",
            &p0,
            "-f",
            &file.display().to_string(),
        ][..],
        &["export", "--project-id", &p0],
    ] {
        omi(&server.url)
            .args(["--page-num", "2"])
            .args(args)
            .assert()
            .code(2)
            .stderr(predicates::str::contains(
                "unexpected argument '--page-num'",
            ))
            .stderr(predicates::str::contains(format!(
                "`omi {}` does not take --page-num",
                args[0]
            )));
    }
    omi(&server.url)
        .args(["--page-num", "2"])
        .args(["list", "--project-id", &p0, "--project-id", &project(1)])
        .assert()
        .code(2)
        .stderr(predicates::str::contains(
            "reads every page of each project's integrations",
        ));
    assert_eq!(server.count(), 0);
}

#[test]
fn the_sandbox_pages_in_both_shapes() {
    for shape in ["documented", "recorded"] {
        let sb = Sandbox::start(&["--projects", "5", "--shape", shape, "--access-log"]);
        for args in [
            &["pager-duty", "--service-key", "pd-key-0123456789"][..],
            &["datadog", "--api-key", "dd-key-0123456789"],
            &[
                "victor-ops",
                "--api-key",
                "vo-key-0123456789",
                "--routing-key",
                "ops",
            ],
        ] {
            sb.omi().arg("create").args(args).assert().success();
        }
        let paged = ["--items-per-page", "2"];
        let projects = sb.omi_json(&[&paged[..], &["projects", "--json"]].concat());
        assert_eq!(projects.as_array().unwrap().len(), 5, "{shape}");
        let rows = sb.omi_json(&[&paged[..], &["list", "--all-projects", "--json"]].concat());
        let rows = rows.as_array().unwrap();
        assert_eq!(rows.len(), 5, "{shape}");
        let mine = rows
            .iter()
            .find(|r| r["projectId"] == json!(sb.project_id))
            .unwrap();
        assert_eq!(
            mine["integrations"].as_array().unwrap().len(),
            3,
            "{shape}: {mine}"
        );
        let out = sb
            .omi()
            .args(paged)
            .args(["export", "--all-projects"])
            .output()
            .unwrap();
        assert!(out.status.success(), "{shape}");
        let file = stdout_json(&out);
        for ty in ["PAGER_DUTY", "DATADOG", "VICTOR_OPS"] {
            assert!(file.to_string().contains(ty), "{shape}: {ty} in {file}");
        }
        let log = sb.access_log().join("\n");
        assert!(log.contains("/groups?pageNum=3&itemsPerPage=2"), "{log}");
        let second = format!(
            "/groups/{}/integrations?pageNum=2&itemsPerPage=2",
            sb.project_id
        );
        assert!(log.contains(&second), "{log}");
    }
}
