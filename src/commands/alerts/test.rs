//! `omi alerts test`: asks the server to send a test of each selected
//! notification (`POST .../alertConfigs/{ID}/{NOTIFICATION-ID}/test`), a
//! few at a time, and reports what it answered. The first test goes out
//! alone: a server without the endpoint (older than Ops Manager 7.0)
//! answers it 404, which is said once, and nothing more is sent.

use super::{Read, Reader};
use crate::api::projects::Project;
use crate::api::response::Unreadable;
use crate::cli::Settings;
use crate::commands::{api_failure_of, Query};
use crate::errors::{ExitKind, OmiError};
use crate::output::{self, alerts::Line, alerts::Owner, alerts::TestAnswer, alerts::TestRow};
use futures_util::stream::{self, StreamExt};
use reqwest::Method;
use serde_json::Value;

/// Tests in flight at once, at most (and no more than `--concurrency`).
const AT_ONCE: usize = 4;

pub(super) async fn run(
    settings: &Settings,
    reader: &Reader<'_>,
    projects: Vec<Project>,
    only: &[String],
) -> anyhow::Result<()> {
    let reads: Vec<Read> = reader.all(projects).collect().await;
    let mut first_failure = None;
    let mut rows = Vec::new();
    let mut found: Vec<&str> = Vec::new();
    for (lines, failure) in &reads {
        if let Some(kind) = failure {
            first_failure.get_or_insert(*kind);
        }
        for line in lines {
            match line {
                Line::Row(r) if only.is_empty() || only.contains(&r.config_id) => {
                    found.push(&r.config_id);
                    rows.push(TestRow {
                        owner: r.owner.clone(),
                        config_id: Some(r.config_id.clone()),
                        notification_id: r.notification_id.clone(),
                        notification_type: Some(r.notification_type.clone()),
                        outcome: None,
                    });
                }
                Line::Row(_) => {}
                Line::Failed { owner, error } => rows.push(TestRow {
                    owner: owner.clone(),
                    config_id: None,
                    notification_id: None,
                    notification_type: None,
                    outcome: Some(Err(error.clone())),
                }),
            }
        }
    }
    if first_failure.is_none() {
        if let Some(missing) = only.iter().find(|id| !found.contains(&id.as_str())) {
            return Err(OmiError::new(
                ExitKind::Api,
                format!(
                    "alert configuration {missing} has no selected third-party notification in the targeted projects"
                ),
            )
            .with_hint("`omi alerts` lists each notification with its alert configuration id")
            .into());
        }
    }
    let to_test: Vec<usize> = (0..rows.len())
        .filter(|&i| rows[i].outcome.is_none())
        .collect();
    if to_test.is_empty() && first_failure.is_none() {
        output::say("No notification matches.");
        return Ok(());
    }
    let mut failures = Vec::new();
    if !settings.dry_run {
        if let Some((&first, rest)) = to_test.split_first() {
            let answer = test(reader, &rows[first]).await;
            if let Err((e, true)) = &answer {
                return Err(OmiError::new(
                    ExitKind::Api,
                    format!(
                        "the server has no notification test endpoint: it answered 404 to the first test ({}); \
                         Ops Manager 7.0 and later have it. Nothing was tested.",
                        e.message
                    ),
                )
                .into());
            }
            let mut answers = vec![(first, answer)];
            let at_once = reader.options.concurrency.min(AT_ONCE);
            let rest: Vec<_> = stream::iter(rest.iter().copied())
                .map(|i| {
                    let row = &rows[i];
                    async move { (i, test(reader, row).await) }
                })
                .buffered(at_once)
                .collect()
                .await;
            answers.extend(rest);
            for (i, answer) in answers {
                rows[i].outcome = Some(match answer {
                    Ok(a) => Ok(a),
                    Err((e, _)) => {
                        failures.push(e.kind);
                        Err(e.message)
                    }
                });
            }
        }
    }
    output::emit(&output::alerts::tests(
        &rows,
        settings.style,
        reader.client.sent(),
    ))?;
    let unsuccessful = rows
        .iter()
        .filter(|r| matches!(&r.outcome, Some(Ok(a)) if !a.success))
        .count();
    if let Some(kind) = first_failure.or(failures.first().copied()) {
        return Err(OmiError::new(
            kind,
            "some notifications could not be tested; their rows say why",
        )
        .into());
    }
    if unsuccessful > 0 {
        return Err(OmiError::new(
            ExitKind::Failure,
            format!(
                "{unsuccessful} of {} tests did not succeed; their rows give the server's message",
                to_test.len()
            ),
        )
        .into());
    }
    Ok(())
}

/// One test: the server's answer, or the error and whether it was a 404.
async fn test(reader: &Reader<'_>, row: &TestRow) -> Result<TestAnswer, (OmiError, bool)> {
    let (Some(config), Some(notification)) = (&row.config_id, &row.notification_id) else {
        let e = OmiError::new(
            ExitKind::Server,
            "the server gave this notification no id (24 hex characters); it cannot be tested",
        );
        return Err((e, false));
    };
    let path = match &row.owner {
        Owner::Project(p) => format!("/groups/{}/alertConfigs/{config}/{notification}/test", p.id),
        Owner::Global => format!("/globalAlertConfigs/{config}/{notification}/test"),
    };
    let url = reader.client.url(&path, &Query::default());
    match reader.client.send(Method::POST, &url, None).await {
        Ok(response) => answer_of(&response.body).map_err(|e| (e.into(), false)),
        Err(e) => {
            let not_found = api_failure_of(&e).is_some_and(|f| f.status == 404);
            Err((e.into(), not_found))
        }
    }
}

/// `{"success": bool, "message": "...", "details": {"notificationType",
/// "destination", "timestamp"}}`; anything else is not the API's answer.
fn answer_of(body: &[u8]) -> Result<TestAnswer, Unreadable> {
    let value: Value = serde_json::from_slice(body).map_err(|_| Unreadable("not JSON".into()))?;
    let success = value
        .get("success")
        .and_then(Value::as_bool)
        .ok_or_else(|| Unreadable("a test's answer without a boolean 'success'".into()))?;
    let text = |v: Option<&Value>| v.and_then(Value::as_str).map(str::to_string);
    let details = value.get("details");
    Ok(TestAnswer {
        success,
        message: text(value.get("message")),
        notification_type: text(details.and_then(|d| d.get("notificationType"))),
        destination: text(details.and_then(|d| d.get("destination"))),
        timestamp: text(details.and_then(|d| d.get("timestamp"))),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn answers_are_read_strictly() {
        let a = answer_of(
            br#"{"success": true, "message": "sent", "details": {"notificationType": "PAGER_DUTY", "destination": "****7890", "timestamp": "2024-01-01T00:00:00Z"}}"#,
        )
        .unwrap();
        assert!(a.success);
        assert_eq!(a.destination.as_deref(), Some("****7890"));
        let a = answer_of(br#"{"success": false}"#).unwrap();
        assert!(!a.success && a.message.is_none());
        for bad in [&b"{}"[..], b"[]", b"{\"success\": \"yes\"}", b"<html>"] {
            assert!(answer_of(bad).is_err());
        }
    }
}
