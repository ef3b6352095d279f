//! Defects in the client and in what omi shows (issue 18), each pinned
//! end to end against a server written for the test (`common::hostile`).

mod common;

use common::hostile::{hostile, omi, respond, EMPTY_PAGE};
use predicates::prelude::*;
use std::io::Write;

const JSON: &str = "Content-Type: application/json\r\n";

/// Answers the first `cuts` requests with a 200 whose body stops a few
/// bytes in (the connection is closed), the rest with `body`.
fn cutting(cuts: usize, body: &'static [u8]) -> common::hostile::Hostile {
    hostile(move |s, n| {
        if n < cuts {
            let _ = s.write_all(
                b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{\"results\": [",
            );
            let _ = s.shutdown(std::net::Shutdown::Both);
        } else {
            respond(s, "200 OK", JSON, body);
        }
    })
}

#[test]
fn a_connection_cut_mid_body_is_retried_for_get_put_and_delete() {
    let commands: [&[&str]; 3] = [
        &["list"],
        &["update", "pager-duty", "--service-key", "pd-key-1234567"],
        &["delete", "pager-duty", "--yes"],
    ];
    for args in commands {
        let server = cutting(1, EMPTY_PAGE);
        omi(&server.url).args(args).assert().success();
        assert_eq!(server.count(), 2, "{args:?}: sent again once");

        // Within --retries: cut every time, sent 1 + 2 times, then exit 6.
        let server = cutting(usize::MAX, EMPTY_PAGE);
        omi(&server.url)
            .args(["--retries", "2"])
            .args(args)
            .assert()
            .code(6)
            .stderr(predicate::str::contains(
                "the connection broke while reading the response",
            ));
        assert_eq!(server.count(), 3, "{args:?}");
    }
}

#[test]
fn a_post_cut_mid_body_is_not_retried_and_may_have_been_applied() {
    let server = cutting(1, EMPTY_PAGE);
    omi(&server.url)
        .args(["create", "pager-duty", "--service-key", "pd-key-1234567"])
        .assert()
        .code(6)
        .stderr(predicate::str::contains("may have reached the server"))
        .stderr(predicate::str::contains("omi get pager-duty"));
    assert_eq!(server.count(), 1);
}
