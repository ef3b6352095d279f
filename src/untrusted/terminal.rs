//! Characters a terminal must never receive as they are: control
//! characters (escape sequences, carriage returns, newlines that would
//! forge table lines) and those that reorder or hide text, shown escaped
//! instead (`\u{1b}`); and a bound on how much of one text is shown.

/// `text` with every character [`needs_escape`] says shown escaped.
pub fn escaped(text: &str) -> String {
    escape(text, false)
}

/// omi's own multi-line text (an error and its list of problems) with
/// anything it quotes made safe: newlines and tabs kept, every other
/// control character escaped.
pub fn escaped_lines(text: &str) -> String {
    escape(text, true)
}

fn escape(text: &str, keep_lines: bool) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if keep_lines && (c == '\n' || c == '\t') {
            out.push(c);
        } else if needs_escape(c) {
            out.extend(c.escape_unicode());
        } else {
            out.push(c);
        }
    }
    out
}

/// Characters never shown as they are: control characters (C0, DEL, C1)
/// and the [`invisible`] ones, which reorder or hide text on a terminal.
pub fn needs_escape(c: char) -> bool {
    c.is_control() || invisible(c)
}

/// Unicode's format characters (general category Cf, as of Unicode 16)
/// and its line and paragraph separators (Zl, Zp): bidirectional marks,
/// embeddings, overrides and isolates (U+200E, U+200F, U+061C,
/// U+202A–U+202E, U+2066–U+2069), zero-width characters (U+200B–U+200D,
/// U+2060, U+FEFF), invisible operators, the soft hyphen, tag characters
/// (U+E0000 block, which can carry hidden ASCII), and U+2028/U+2029. None
/// has a glyph of its own: each either moves or hides the text around it,
/// or breaks a line where a terminal or a reader does not expect it, so
/// two different strings would look the same, or a table line could be
/// forged. Left out: letters and marks that are blank only in some fonts
/// (Hangul fillers) and the variation selectors, which legitimate text
/// (emoji) needs and which move nothing.
pub fn invisible(c: char) -> bool {
    matches!(
        c,
        '\u{ad}'
            | '\u{600}'..='\u{605}'
            | '\u{61c}'
            | '\u{6dd}'
            | '\u{70f}'
            | '\u{890}'..='\u{891}'
            | '\u{8e2}'
            | '\u{180e}'
            | '\u{200b}'..='\u{200f}'
            | '\u{2028}'..='\u{202e}'
            | '\u{2060}'..='\u{2064}'
            | '\u{2066}'..='\u{206f}'
            | '\u{feff}'
            | '\u{fff9}'..='\u{fffb}'
            | '\u{110bd}'
            | '\u{110cd}'
            | '\u{13430}'..='\u{1343f}'
            | '\u{1bca0}'..='\u{1bca3}'
            | '\u{1d173}'..='\u{1d17a}'
            | '\u{e0001}'
            | '\u{e0020}'..='\u{e007f}'
    )
}

/// The most characters of one server text omi shows (a table cell; an
/// error's reason, code or detail): a person reads no further, and laying
/// out a table costs time that grows faster than its cells.
pub const MAX_SHOWN_CHARS: usize = 500;

/// At most `max` characters of `text`; a longer text ends with how many
/// were left out and, when the rest can be seen elsewhere, where (`rest`).
pub fn bounded(text: &str, max: usize, rest: Option<&str>) -> String {
    let count = text.chars().count();
    if count <= max {
        return text.to_string();
    }
    let kept: String = text.chars().take(max).collect();
    let rest = rest.map(|r| format!("; {r}")).unwrap_or_default();
    format!("{kept}… ({} more characters{rest})", count - max)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_controls() {
        assert_eq!(escaped("a\u{1b}]0;pwned\u{7}b"), "a\\u{1b}]0;pwned\\u{7}b");
        assert_eq!(escaped("x\r\n│ forged"), "x\\u{d}\\u{a}│ forged");
        assert_eq!(escaped_lines("a\n  b\u{1b}[2J"), "a\n  b\\u{1b}[2J");
        assert_eq!(escaped("\u{202e}evil"), "\\u{202e}evil");
        assert_eq!(escaped("plain ünïcode"), "plain ünïcode");
    }

    #[test]
    fn escapes_what_reorders_or_hides_text() {
        for c in [
            '\u{200e}',
            '\u{200f}',
            '\u{61c}',
            '\u{2028}',
            '\u{2029}',
            '\u{200b}',
            '\u{200d}',
            '\u{2060}',
            '\u{feff}',
            '\u{2066}',
            '\u{2069}',
            '\u{ad}',
            '\u{e0041}',
            '\u{e007f}',
        ] {
            assert!(needs_escape(c), "{:?}", c);
            let shown = escaped(&format!("a{c}b"));
            assert_eq!(shown, format!("a{}b", c.escape_unicode()));
        }
        // Text that needs what is around these stays as it is.
        for text in ["e\u{301}", "❤\u{fe0f}", "日本語", "a\u{a0}b", "\u{1f600}"] {
            assert_eq!(escaped(text), text);
        }
    }

    #[test]
    fn bounds_long_text() {
        assert_eq!(bounded("abc", 5, None), "abc");
        assert_eq!(
            bounded(&"x".repeat(10), 4, Some("--json shows all")),
            "xxxx… (6 more characters; --json shows all)"
        );
        assert_eq!(bounded("ééé", 2, None), "éé… (1 more characters)");
    }
}
