//! Server-drawn SVG charts for the reports: no script, no inline style (the CSP allows
//! neither), a title and description for screen readers, and failures told apart from
//! successes by a hatch pattern as well as colour. Each chart has a data table under it.

use std::fmt::Write;

const SUCCESS: &str = "#2e7d32";
const FAILURE: &str = "#b3261e";
const INK: &str = "#1f1f1f";
const GRID: &str = "#c4c4c4";

/// One day's bar: its label, successes and failures.
pub struct DayBar {
    pub label: String,
    pub success: i64,
    pub failure: i64,
}

/// Text for SVG: `&`, `<`, `>` and `"` escaped.
fn esc(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// A round number at or above `max` for the top of the scale.
fn scale_top(max: i64) -> i64 {
    let max = max.max(1);
    let step = 10_i64.pow(u32::try_from((max as f64).log10().floor() as i64).unwrap_or(0));
    [1, 2, 5, 10]
        .iter()
        .map(|m| m * step)
        .find(|top| *top >= max)
        .unwrap_or(10 * step)
}

fn open(out: &mut String, id: &str, width: i64, height: i64, title: &str, desc: &str) {
    let _ = write!(
        out,
        r#"<svg class="chart" viewBox="0 0 {width} {height}" role="img" aria-labelledby="{id}-title {id}-desc" xmlns="http://www.w3.org/2000/svg"><title id="{id}-title">{}</title><desc id="{id}-desc">{}</desc>"#,
        esc(title),
        esc(desc)
    );
    let _ = write!(
        out,
        r#"<defs><pattern id="{id}-hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="6" height="6" fill="{FAILURE}"/><line x1="0" y1="0" x2="0" y2="6" stroke="white" stroke-width="2"/></pattern></defs>"#
    );
}

/// Stacked bars per day: successes below, failures (hatched) above, with a legend (the words
/// for succeeded and failed).
pub fn days(id: &str, title: &str, desc: &str, legend: [&str; 2], bars: &[DayBar]) -> String {
    let (width, height, left, top, bottom) = (720, 260, 44, 34, 40);
    let plot_h = height - top - bottom;
    let max = bars
        .iter()
        .map(|b| b.success + b.failure)
        .max()
        .unwrap_or(0);
    let scale = scale_top(max);
    let n = i64::try_from(bars.len().max(1)).unwrap_or(1);
    let slot = (width - left - 8) / n;
    let bar_w = (slot - 4).max(2);
    let mut out = String::new();
    open(&mut out, id, width, height, title, desc);
    // The second key after the first's words (about 8 pixels a character at this size).
    let words = i64::try_from(legend[0].chars().count()).unwrap_or(40);
    let second = left + 20 + (words * 8 + 16).max(90);
    let _ = write!(
        out,
        r#"<rect x="{left}" y="6" width="14" height="14" fill="{SUCCESS}"/><text x="{}" y="18" font-size="13" fill="{INK}">{}</text><rect x="{}" y="6" width="14" height="14" fill="url(#{id}-hatch)"/><text x="{}" y="18" font-size="13" fill="{INK}">{}</text>"#,
        left + 20,
        esc(legend[0]),
        second,
        second + 20,
        esc(legend[1]),
    );
    for (i, value) in [(0, 0), (1, scale / 2), (2, scale)] {
        let y = top + plot_h - plot_h * i / 2;
        let _ = write!(
            out,
            r#"<line x1="{left}" y1="{y}" x2="{}" y2="{y}" stroke="{GRID}" stroke-width="1"/><text x="{}" y="{}" font-size="12" text-anchor="end" fill="{INK}">{value}</text>"#,
            width - 4,
            left - 6,
            y + 4
        );
    }
    for (i, bar) in bars.iter().enumerate() {
        let x = left + 2 + slot * i64::try_from(i).unwrap_or(0);
        let ok_h = plot_h * bar.success / scale;
        let fail_h = plot_h * bar.failure / scale;
        let base = top + plot_h;
        if ok_h > 0 {
            let _ = write!(
                out,
                r#"<rect x="{x}" y="{}" width="{bar_w}" height="{ok_h}" fill="{SUCCESS}"/>"#,
                base - ok_h
            );
        }
        if fail_h > 0 {
            let _ = write!(
                out,
                r#"<rect x="{x}" y="{}" width="{bar_w}" height="{fail_h}" fill="url(#{id}-hatch)"/>"#,
                base - ok_h - fail_h
            );
        }
        if i % 5 == 0 || i + 1 == bars.len() {
            let _ = write!(
                out,
                r#"<text x="{}" y="{}" font-size="12" text-anchor="middle" fill="{INK}">{}</text>"#,
                x + bar_w / 2,
                base + 18,
                esc(&bar.label)
            );
        }
    }
    out.push_str("</svg>");
    out
}

/// Horizontal bars, one per labelled count, the count written after each bar.
pub fn bars(id: &str, title: &str, desc: &str, items: &[(String, i64)], failing: bool) -> String {
    let (width, row, label_w) = (720, 30, 300);
    let height = 12 + row * i64::try_from(items.len().max(1)).unwrap_or(1);
    let max = items.iter().map(|(_, n)| *n).max().unwrap_or(0).max(1);
    let plot_w = width - label_w - 70;
    let fill = if failing {
        format!("url(#{id}-hatch)")
    } else {
        SUCCESS.to_string()
    };
    let mut out = String::new();
    open(&mut out, id, width, height, title, desc);
    for (i, (label, n)) in items.iter().enumerate() {
        let y = 8 + row * i64::try_from(i).unwrap_or(0);
        let w = (plot_w * n / max).max(if *n > 0 { 2 } else { 0 });
        let _ = write!(
            out,
            r#"<text x="{}" y="{}" font-size="13" text-anchor="end" fill="{INK}">{}</text><rect x="{label_w}" y="{y}" width="{w}" height="20" fill="{fill}"/><text x="{}" y="{}" font-size="13" fill="{INK}">{n}</text>"#,
            label_w - 8,
            y + 15,
            esc(label),
            label_w + w + 6,
            y + 15
        );
    }
    out.push_str("</svg>");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scales_are_round_and_text_is_escaped() {
        assert_eq!(scale_top(0), 1);
        assert_eq!(scale_top(7), 10);
        assert_eq!(scale_top(13), 20);
        assert_eq!(scale_top(480), 500);
        assert_eq!(scale_top(1000), 1000);
        let svg = bars("x", "A <b>", "d", &[("<script>".into(), 3)], true);
        assert!(svg.contains("&lt;script&gt;") && !svg.contains("<script>"));
        assert!(svg.contains("<title id=\"x-title\">A &lt;b&gt;</title>"));
    }
}
