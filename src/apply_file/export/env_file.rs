//! The variables, told to a person: the `--env-file` template (a `NAME=`
//! line per variable, after a comment saying where it is used and what
//! the server shows), where a variable is used (`holders`, which
//! `output::variables` prints too), and how many values an env file
//! already sets.

use super::names::Variable;
use crate::untrusted::terminal::escaped;

/// Where a variable is used, for a person: `project ID (NAME)` or
/// `N projects (shared)`; server text escaped.
pub fn holders(v: &Variable) -> String {
    match &v.projects[..] {
        [(id, name)] if !v.shared => match name {
            Some(name) => format!("project {id} ({})", escaped(name)),
            None => format!("project {id}"),
        },
        [_] => "1 project (shared)".to_string(),
        all => format!("{} projects (shared)", all.len()),
    }
}

/// `--env-file`'s template: a `NAME=` line per variable, its value left
/// empty, after a comment saying where it is used and what the server
/// shows. Server text in comments is escaped, so no line can be forged.
pub fn env_template(variables: &[Variable], file: Option<&str>) -> String {
    let mut out = format!(
        "# The environment variables {} needs: fill in each value from your\n\
         # secret store (`set -a; . THIS_FILE; set +a` exports them to omi).\n\
         # Keep this file private: it is written with mode 0600; do not commit it.\n",
        file.map_or_else(|| "the exported apply file".to_string(), escaped)
    );
    for v in variables {
        let shows = match &v.mask {
            Some(m) => format!("the server shows {}", escaped(m)),
            None => "the server never returns it".to_string(),
        };
        out.push_str(&format!(
            "\n# {}.{}, {}; {shows}\n{}=\n",
            v.ty,
            v.field,
            holders(v),
            v.name
        ));
    }
    out
}

/// How many variables an env file already sets to a value (a
/// `NAME=value` line, `export NAME=value` too, whose value is not empty):
/// a template must not replace those.
pub fn values_set(env_file: &str) -> usize {
    env_file
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .filter_map(|l| l.split_once('='))
        .filter(|(_, value)| !matches!(value.trim(), "" | "\"\"" | "''"))
        .count()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::apply_file::export::fixtures::*;
    use crate::apply_file::export::{build, Naming};
    use serde_json::json;

    #[test]
    fn the_env_file_template_names_each_variable_and_forges_no_line() {
        let e = build(
            &[
                (
                    project(A, Some("evil\nOMI_PRIVATE_KEY=x")),
                    items(json!([{"type": "DATADOG", "apiKey": "***5678"},
                                 {"type": "PROMETHEUS", "username": "u", "listenAddress": "a:1",
                                  "serviceDiscovery": "http", "scheme": "http", "enabled": true}])),
                ),
                (
                    project(B, Some("b")),
                    items(json!([{"type": "DATADOG", "apiKey": "***5678"}])),
                ),
            ],
            Naming::default(),
        )
        .unwrap();
        let t = env_template(&e.variables, Some("fleet.json"));
        let assignments: Vec<&str> = t
            .lines()
            .filter(|l| !l.starts_with('#') && !l.is_empty())
            .collect();
        assert_eq!(
            assignments,
            [
                "DATADOG_API_KEY_EVIL_OMI_PRIVATE_KEY_X=",
                "DATADOG_API_KEY_B=",
                "PROMETHEUS_PASSWORD_EVIL_OMI_PRIVATE_KEY_X="
            ],
            "{t}"
        );
        assert!(t.starts_with("# The environment variables fleet.json needs"));
        assert!(
            t.contains(&format!(
                "# DATADOG.apiKey, project {A} (evil\\u{{a}}OMI_PRIVATE_KEY=x); the server shows ***5678\n"
            )),
            "{t}"
        );
        assert!(t.contains("the server never returns it\nPROMETHEUS_PASSWORD"));
        assert_eq!(values_set(&t), 0);
        assert_eq!(values_set("# A=b\nA=\nexport B=''\nC=\"\"\n"), 0);
        assert_eq!(values_set("A=\nexport B=secret\n  C = x\n"), 2);
    }
}
