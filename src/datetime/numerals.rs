//! Numerals: ASCII digits and kanji (`十二`, `二十四`, `二〇二五`, `元`).
//!
//! Full-width digits never reach this module: normalisation has turned them into ASCII.
//! Kanji numerals come in two shapes, positional (`二十四` = 2×10 + 4) and digit by digit
//! (`二〇二五` = 2025); a string with 十, 百 or 千 is read positionally, any other string
//! of kanji digits digit by digit.

use nom::{IResult, Parser};

/// Value of one kanji digit.
pub fn kanji_digit(c: char) -> Option<u32> {
    Some(match c {
        '〇' | '零' => 0,
        '一' => 1,
        '二' => 2,
        '三' => 3,
        '四' => 4,
        '五' => 5,
        '六' => 6,
        '七' => 7,
        '八' => 8,
        '九' => 9,
        _ => return None,
    })
}

fn is_kanji_numeral(c: char) -> bool {
    kanji_digit(c).is_some() || matches!(c, '十' | '百' | '千')
}

/// Read a kanji numeral string (`二十四`, `二〇二五`, `十`).
///
/// ```
/// use tsuchi::datetime::numerals::kanji_value;
/// assert_eq!(kanji_value("二十四"), Some(24));
/// assert_eq!(kanji_value("二〇二五"), Some(2025));
/// assert_eq!(kanji_value("三十一"), Some(31));
/// assert_eq!(kanji_value("十"), Some(10));
/// assert_eq!(kanji_value("千九百八十九"), Some(1989));
/// assert_eq!(kanji_value(""), None);
/// ```
pub fn kanji_value(s: &str) -> Option<u32> {
    if s.is_empty() || !s.chars().all(is_kanji_numeral) {
        return None;
    }
    if s.chars().any(|c| matches!(c, '十' | '百' | '千')) {
        let mut total = 0u32;
        let mut pending: Option<u32> = None;
        for c in s.chars() {
            match c {
                '十' | '百' | '千' => {
                    let unit = match c {
                        '十' => 10,
                        '百' => 100,
                        _ => 1000,
                    };
                    total = total.checked_add(pending.unwrap_or(1).checked_mul(unit)?)?;
                    pending = None;
                }
                d => {
                    if pending.is_some() {
                        return None; // 二三十: not a positional numeral
                    }
                    pending = kanji_digit(d);
                }
            }
        }
        total.checked_add(pending.unwrap_or(0))
    } else {
        let mut v = 0u32;
        for c in s.chars() {
            v = v.checked_mul(10)?.checked_add(kanji_digit(c)?)?;
        }
        Some(v)
    }
}

/// An ASCII number of 1 to `max_digits` digits.
pub fn ascii_number(max_digits: usize) -> impl Fn(&str) -> IResult<&str, u32> {
    move |i: &str| {
        let n = i.bytes().take_while(u8::is_ascii_digit).count();
        if n == 0 || n > max_digits {
            return Err(nom::Err::Error(nom::error::Error::new(i, nom::error::ErrorKind::Digit)));
        }
        let v = i[..n]
            .parse::<u32>()
            .map_err(|_| nom::Err::Error(nom::error::Error::new(i, nom::error::ErrorKind::Digit)))?;
        Ok((&i[n..], v))
    }
}

/// A kanji number (positional or digit by digit).
pub fn kanji_number(i: &str) -> IResult<&str, u32> {
    // at most eight characters (千九百八十九 is six): longer runs are not dates
    let n = i.chars().take_while(|&c| is_kanji_numeral(c)).count();
    if n > 8 {
        return Err(nom::Err::Error(nom::error::Error::new(i, nom::error::ErrorKind::Digit)));
    }
    let len: usize = i.chars().take(n).map(char::len_utf8).sum();
    match kanji_value(&i[..len]) {
        Some(v) if len > 0 => Ok((&i[len..], v)),
        _ => Err(nom::Err::Error(nom::error::Error::new(i, nom::error::ErrorKind::Digit))),
    }
}

/// A number of at most `max_digits` ASCII digits, or a kanji number.
pub fn number(max_digits: usize) -> impl Fn(&str) -> IResult<&str, u32> {
    move |i: &str| nom::branch::alt((ascii_number(max_digits), kanji_number)).parse(i)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kanji_table() {
        let cases = [
            ("一", 1),
            ("九", 9),
            ("十", 10),
            ("十一", 11),
            ("十二", 12),
            ("二十", 20),
            ("二十四", 24),
            ("三十", 30),
            ("三十一", 31),
            ("五十九", 59),
            ("百", 100),
            ("二〇二五", 2025),
            ("二〇〇〇", 2000),
            ("一九八九", 1989),
            ("千九百八十九", 1989),
            ("二千二十五", 2025),
        ];
        for (s, want) in cases {
            assert_eq!(kanji_value(s), Some(want), "{s}");
        }
        assert_eq!(kanji_value("二三十"), None);
        assert_eq!(kanji_value("日"), None);
    }

    #[test]
    fn parsers() {
        assert_eq!(number(2)("12月"), Ok(("月", 12)));
        assert_eq!(number(2)("十二月"), Ok(("月", 12)));
        assert!(number(2)("123").is_err());
        assert_eq!(number(4)("2025年"), Ok(("年", 2025)));
    }
}
