//! Japanese eras (元号) and their western years.
//!
//! Only the modern eras are known: 明治, 大正, 昭和, 平成, 令和. Year *N* of an era is the
//! era's first western year plus *N* − 1 (`元年` is year 1). An era date can be written
//! past the era's end (`平成31年5月1日`, which is 令和元年5月1日): [`Era::contains`] says
//! whether a date lies inside the era, so callers can convert and report it.

use chrono::NaiveDate;

/// A modern Japanese era.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize)]
pub enum Era {
    /// 明治 (1868-01-25 to 1912-07-29; 明治元年 = 1868).
    Meiji,
    /// 大正 (1912-07-30 to 1926-12-24).
    Taisho,
    /// 昭和 (1926-12-25 to 1989-01-07).
    Showa,
    /// 平成 (1989-01-08 to 2019-04-30).
    Heisei,
    /// 令和 (from 2019-05-01).
    Reiwa,
}

impl Era {
    /// Every era, oldest first.
    pub const ALL: [Era; 5] = [Era::Meiji, Era::Taisho, Era::Showa, Era::Heisei, Era::Reiwa];

    /// The era's name in kanji.
    ///
    /// ```
    /// assert_eq!(tsuchi::datetime::Era::Reiwa.name(), "令和");
    /// ```
    pub fn name(self) -> &'static str {
        match self {
            Era::Meiji => "明治",
            Era::Taisho => "大正",
            Era::Showa => "昭和",
            Era::Heisei => "平成",
            Era::Reiwa => "令和",
        }
    }

    /// The one-letter abbreviation used in lists (`R7.1.31`, `H31`).
    pub fn letter(self) -> char {
        match self {
            Era::Meiji => 'M',
            Era::Taisho => 'T',
            Era::Showa => 'S',
            Era::Heisei => 'H',
            Era::Reiwa => 'R',
        }
    }

    /// The era named by kanji (`令和`) or by its letter (`R`, `r`).
    pub fn from_name(s: &str) -> Option<Era> {
        Era::ALL
            .into_iter()
            .find(|e| e.name() == s || (s.len() == 1 && s.eq_ignore_ascii_case(&e.letter().to_string())))
    }

    /// First day of the era.
    pub fn first_day(self) -> NaiveDate {
        let (y, m, d) = match self {
            Era::Meiji => (1868, 1, 25),
            Era::Taisho => (1912, 7, 30),
            Era::Showa => (1926, 12, 25),
            Era::Heisei => (1989, 1, 8),
            Era::Reiwa => (2019, 5, 1),
        };
        NaiveDate::from_ymd_opt(y, m, d).unwrap_or(NaiveDate::MIN)
    }

    /// Last day of the era, `None` for the current one.
    pub fn last_day(self) -> Option<NaiveDate> {
        let next = match self {
            Era::Meiji => Era::Taisho,
            Era::Taisho => Era::Showa,
            Era::Showa => Era::Heisei,
            Era::Heisei => Era::Reiwa,
            Era::Reiwa => return None,
        };
        next.first_day().pred_opt()
    }

    /// The western year of year `n` of this era (`元年` is 1).
    ///
    /// ```
    /// use tsuchi::datetime::Era;
    /// assert_eq!(Era::Reiwa.western_year(7), 2025);
    /// assert_eq!(Era::Heisei.western_year(1), 1989);
    /// ```
    pub fn western_year(self, n: u32) -> i32 {
        // era years are small (at most 99 are ever read); saturate rather than overflow
        (self.first_day().year_ce().1 as i32).saturating_add(n.min(999) as i32).saturating_sub(1)
    }

    /// Whether `date` lies inside the era.
    pub fn contains(self, date: NaiveDate) -> bool {
        date >= self.first_day() && self.last_day().is_none_or(|l| date <= l)
    }

    /// The era in force on `date` (None before 明治).
    ///
    /// ```
    /// use chrono::NaiveDate;
    /// use tsuchi::datetime::Era;
    /// let d = NaiveDate::from_ymd_opt(2019, 4, 30).unwrap();
    /// assert_eq!(Era::of(d), Some(Era::Heisei));
    /// ```
    pub fn of(date: NaiveDate) -> Option<Era> {
        Era::ALL.into_iter().rev().find(|e| date >= e.first_day())
    }
}

use chrono::Datelike;

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn boundaries() {
        let cases = [
            (Era::Meiji, 1, 1868),
            (Era::Meiji, 45, 1912),
            (Era::Taisho, 1, 1912),
            (Era::Taisho, 15, 1926),
            (Era::Showa, 1, 1926),
            (Era::Showa, 64, 1989),
            (Era::Heisei, 1, 1989),
            (Era::Heisei, 31, 2019),
            (Era::Reiwa, 1, 2019),
            (Era::Reiwa, 7, 2025),
            (Era::Reiwa, 8, 2026),
        ];
        for (era, n, want) in cases {
            assert_eq!(era.western_year(n), want, "{}{}年", era.name(), n);
        }
        assert!(Era::Heisei.contains(d(2019, 4, 30)));
        assert!(!Era::Heisei.contains(d(2019, 5, 1)));
        assert!(Era::Reiwa.contains(d(2019, 5, 1)));
        assert!(!Era::Showa.contains(d(1989, 1, 8)));
        assert!(Era::Showa.contains(d(1989, 1, 7)));
        assert_eq!(Era::of(d(1926, 12, 25)), Some(Era::Showa));
        assert_eq!(Era::of(d(1926, 12, 24)), Some(Era::Taisho));
        assert_eq!(Era::of(d(1912, 7, 30)), Some(Era::Taisho));
        assert_eq!(Era::of(d(1868, 1, 1)), None);
        assert_eq!(Era::from_name("R"), Some(Era::Reiwa));
        assert_eq!(Era::from_name("h"), Some(Era::Heisei));
        assert_eq!(Era::from_name("平成"), Some(Era::Heisei));
        assert_eq!(Era::from_name("X"), None);
    }
}
