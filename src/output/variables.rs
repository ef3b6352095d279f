//! What `omi export` says on stderr once the file is written: the
//! environment variables the file needs, each with what the server shows
//! for it, so a person can tell which secret goes where.

use crate::apply_file::export::{holders, Variable};
use crate::untrusted::terminal::escaped;

/// What stderr ends with: the variables the file needs, each with the
/// mask the server shows, so a person can tell which secret goes where.
pub fn variables(vars: &[Variable]) -> String {
    if vars.is_empty() {
        return "The file needs no environment variables.".to_string();
    }
    let masks: Vec<String> = vars
        .iter()
        .map(|v| match &v.mask {
            Some(m) => escaped(m),
            None => "(never returned)".to_string(),
        })
        .collect();
    let name_width = vars.iter().map(|v| v.name.len()).max().unwrap_or(0);
    let mask_width = masks.iter().map(|m| m.chars().count()).max().unwrap_or(0);
    let mut out = String::from(
        "The file needs these environment variables (name, what the server shows, where):",
    );
    for (v, mask) in vars.iter().zip(&masks) {
        out.push_str(&format!(
            "\n  {:name_width$}  {mask:mask_width$}  {}.{}, {}",
            v.name,
            v.ty,
            v.field,
            holders(v),
        ));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_variable_with_its_mask_and_where() {
        let var =
            |name: &str, mask: Option<&str>, projects: &[(&str, Option<&str>)], shared| Variable {
                name: name.into(),
                mask: mask.map(str::to_string),
                ty: "WEBHOOK",
                field: "secret",
                projects: projects
                    .iter()
                    .map(|(id, n)| (id.to_string(), n.map(str::to_string)))
                    .collect(),
                shared,
            };
        let a = "aaaaaaaaaaaaaaaaaaaaaaaa";
        let text = variables(&[
            var(
                "WEBHOOK_SECRET_PROJECT_1",
                Some("******\u{1b}"),
                &[(a, Some("Project\u{1b}1"))],
                false,
            ),
            var("WEBHOOK_SECRET", None, &[(a, None), (a, None)], true),
        ]);
        assert!(
            text.contains(&format!("WEBHOOK.secret, project {a} (Project\\u{{1b}}1)")),
            "{text}"
        );
        assert!(
            text.contains("(never returned)  WEBHOOK.secret, 2 projects (shared)"),
            "{text}"
        );
        assert!(
            text.contains("******\\u{1b}") && !text.contains('\u{1b}'),
            "{text}"
        );
        assert_eq!(variables(&[]), "The file needs no environment variables.");
    }
}
