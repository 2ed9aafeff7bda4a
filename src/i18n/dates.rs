//! Dates and times written the way each language writes them ("2. Dezember 2026",
//! "2026年12月2日"), from the catalogs' month names and patterns. Times are UTC and say so.

use super::Lang;

fn parts(unix: i64) -> Option<time::OffsetDateTime> {
    time::OffsetDateTime::from_unix_timestamp(unix).ok()
}

/// A day, in the language's own form.
pub fn format_date(lang: Lang, unix: i64) -> String {
    let Some(t) = parts(unix) else {
        return unix.to_string();
    };
    let month = lang.t1("date-month", "month", u8::from(t.month()));
    lang.t_args(
        "date-day",
        &[
            ("day", t.day().into()),
            ("month", month.into()),
            ("year", i64::from(t.year()).into()),
        ],
    )
}

/// A day and a 24-hour UTC time.
pub fn format_date_time(lang: Lang, unix: i64) -> String {
    let Some(t) = parts(unix) else {
        return unix.to_string();
    };
    let time = format!("{:02}:{:02}", t.hour(), t.minute());
    lang.t2(
        "date-day-time",
        "date",
        format_date(lang, unix),
        "time",
        time,
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    const DEC_2_2026_0308: i64 = 1_796_180_880;

    #[test]
    fn each_language_writes_dates_its_own_way() {
        let at = DEC_2_2026_0308;
        assert_eq!(format_date_time(Lang::En, at), "2 December 2026, 03:08 UTC");
        assert_eq!(format_date(Lang::De, at), "2. Dezember 2026");
        assert_eq!(format_date(Lang::Fr, at), "2 décembre 2026");
        assert_eq!(format_date(Lang::Ja, at), "2026年12月2日");
        assert_eq!(format_date(Lang::PtBr, at), "2 de dezembro de 2026");
    }
}
