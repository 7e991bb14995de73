/// The numbering of the General Assembly's regular sessions, for sources that give only a date.
///
/// The first session opened in January 1946; since the second (1947) each
/// session opens in September and runs until the next one opens. The opening
/// is taken as the third Tuesday of September (rule 1 of the rules of
/// procedure as it long stood; since 2003 the rule counts weeks so that the
/// opening can fall a week earlier), so a date in the first half of
/// September may be given the wrong session: a source's own session number
/// is always preferred. Emergency special sessions are counted in the
/// regular session during which they meet.
enum RegularSession {
  /// The regular session in progress on `date` (1 for any date before September 1947).
  static func containing(_ date: CalendarDate) -> Int {
    let opening = openingDay(year: date.year)
    let session = date >= opening ? date.year - 1945 : date.year - 1946
    return max(1, session)
  }

  /// The third Tuesday of September of `year`.
  static func openingDay(year: Int) -> CalendarDate {
    guard let first = CalendarDate(year: year, month: 9, day: 1) else {
      return CalendarDate(daysSinceEpoch: 0)
    }
    // 1970-01-01 was a Thursday: weekday 0 = Thursday, so Tuesday is 5.
    let weekday = ((first.daysSinceEpoch % 7) + 7) % 7
    let firstTuesday = 1 + (5 - weekday + 7) % 7
    return first.adding(days: firstTuesday - 1 + 14)
  }
}
