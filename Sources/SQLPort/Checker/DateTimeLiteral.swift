/// A string PostgreSQL reads as a `date`, `timestamp` or `timestamptz` value, in the ISO 8601
/// forms migrations and ORMs write (`2024-03-01`, `2024-03-01 12:00:00.5+02`,
/// `2024-03-01T12:00:00Z`), put in the one form MySQL, MariaDB and SQLite all read the same:
/// `YYYY-MM-DD[ HH:MM:SS[.ffffff]]`.
///
/// Why: MariaDB refuses a DATETIME string with an offset (error 1292), MySQL 8.0.19+ wants
/// `+HH:MM`, and SQLite keeps the text as written, where its date functions and sorting then
/// disagree with PostgreSQL's. PostgreSQL reads an offset in a `timestamp` (without time zone)
/// string and ignores it; in a `timestamptz` string it converts to UTC, which is what sqlport's
/// targets hold (D448: the script and the application run in UTC). Used by constant casts
/// (`ConstantCast`) and by the lowerings' values and defaults (`DateTimeLiteralRewrite`).
///
/// Every other form PostgreSQL accepts (`now`, `today`, `infinity`, `epoch`, zone names, month
/// names, BC years, `24:00:00`, leap seconds) is not read here: the caller refuses it.
struct DateTimeLiteral: Equatable {
    var year: Int, month: Int, day: Int
    /// nil for a date alone.
    var time: (hour: Int, minute: Int, second: Int, fraction: String)?
    /// The offset east of UTC, in seconds; nil when the string gives none.
    var offset: Int?

    static func == (a: DateTimeLiteral, b: DateTimeLiteral) -> Bool {
        (a.year, a.month, a.day, a.offset) == (b.year, b.month, b.day, b.offset)
            && a.time?.hour == b.time?.hour && a.time?.minute == b.time?.minute
            && a.time?.second == b.time?.second && a.time?.fraction == b.time?.fraction
    }

    /// The kind of column a string is written into.
    enum ColumnKind { case date, timestamp, timestampWithTimeZone }

    /// What a string is to this reader.
    enum Reading: Equatable {
        case value(DateTimeLiteral)
        /// In one of the forms, with a field out of range: PostgreSQL's error
        /// `date/time field value out of range`.
        case outOfRange
        /// In none of the forms: not judged.
        case unrecognised
    }

    /// The text a target should store for `text` in a column of kind `kind`; nil when `text`
    /// is not in the forms above, or its year (after the shift to UTC) is outside the years
    /// every target stores: 1-9999 for a date, 1000-9999 for a timestamp (MySQL's DATETIME range).
    static func canonical(_ text: String, for kind: ColumnKind) -> String? {
        guard case .value(var value) = read(text) else { return nil }
        switch kind {
        case .date:
            // PostgreSQL's date input takes the date of a timestamp string and drops the rest.
            return value.dateText
        case .timestamp:
            value.offset = nil
        case .timestampWithTimeZone:
            if let offset = value.offset { value.shift(by: -offset) }
            value.offset = nil
        }
        guard (1000...9999).contains(value.year) else { return nil }
        guard let t = value.time else { return value.dateText + " 00:00:00" }
        let fraction = t.fraction.isEmpty ? "" : "." + t.fraction
        return value.dateText + " " + [t.hour, t.minute, t.second].map(Self.twoDigits).joined(separator: ":") + fraction
    }

    static func read(_ text: String) -> Reading {
        var s = Substring(text.trimmingCharacters(in: [" "]))
        func number(_ digits: Int) -> Int? {
            let head = s.prefix(digits)
            guard head.count == digits, head.allSatisfy(Self.isDigit) else { return nil }
            s = s.dropFirst(digits)
            return Int(head)
        }
        func take(_ c: Character) -> Bool {
            guard s.first == c else { return false }
            s = s.dropFirst()
            return true
        }
        guard let y = number(4), take("-"), let m = number(2), take("-"), let d = number(2) else { return .unrecognised }
        var value = DateTimeLiteral(year: y, month: m, day: d, time: nil, offset: nil)
        if !s.isEmpty {
            guard take(" ") || take("T") || take("t"), let h = number(2), take(":"), let mi = number(2) else { return .unrecognised }
            var second = 0
            var fraction = ""
            if take(":") {
                guard let sec = number(2) else { return .unrecognised }
                second = sec
                if take(".") {
                    let digits = s.prefix(while: Self.isDigit)
                    // PostgreSQL rounds past microseconds; the targets would round or cut differently.
                    guard !digits.isEmpty, digits.count <= 6 else { return .unrecognised }
                    fraction = String(digits)
                    s = s.dropFirst(digits.count)
                }
            }
            guard h <= 24, mi <= 59, second <= 60 else { return .outOfRange }
            // 24:00:00 and leap seconds PostgreSQL carries into the next day / minute: not judged.
            guard h <= 23, second <= 59 else { return .unrecognised }
            value.time = (h, mi, second, fraction)
        }
        if value.time != nil, !s.isEmpty {
            _ = take(" ")
            if take("Z") || take("z") { value.offset = 0 } else {
                let sign: Int
                if take("+") { sign = 1 } else if take("-") { sign = -1 } else { return .unrecognised }
                guard let oh = number(2), oh <= 15 else { return .unrecognised }
                var om = 0
                if take(":") {
                    guard let v = number(2) else { return .unrecognised }
                    om = v
                } else if let v = number(2) { om = v }
                guard om <= 59 else { return .unrecognised }
                value.offset = sign * (oh * 3600 + om * 60)
            }
        }
        guard s.isEmpty else { return .unrecognised }
        guard y >= 1, (1...12).contains(m), (1...Self.days(inMonth: m, year: y)).contains(d) else { return .outOfRange }
        return .value(value)
    }

    var dateText: String {
        String(year).leftPadded(to: 4) + "-" + Self.twoDigits(month) + "-" + Self.twoDigits(day)
    }

    /// Moves the value by `seconds` (whole minutes), carrying into the date.
    private mutating func shift(by seconds: Int) {
        guard let t = time else { return }
        var minutes = t.hour * 60 + t.minute + seconds / 60
        var dayNumber = Self.dayNumber(year, month, day)
        dayNumber += Int((Double(minutes) / 1440).rounded(.down))
        minutes = ((minutes % 1440) + 1440) % 1440
        (year, month, day) = Self.civil(dayNumber)
        time = (minutes / 60, minutes % 60, t.second, t.fraction)
    }

    private static func isDigit(_ c: Character) -> Bool { c >= "0" && c <= "9" }

    private static func twoDigits(_ n: Int) -> String { String(n).leftPadded(to: 2) }

    private static func days(inMonth m: Int, year y: Int) -> Int {
        switch m {
        case 2: (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// Days since 1970-01-01 in the proleptic Gregorian calendar (Howard Hinnant's algorithm).
    private static func dayNumber(_ y: Int, _ m: Int, _ d: Int) -> Int {
        let y = m <= 2 ? y - 1 : y
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146097 + doe - 719468
    }

    private static func civil(_ z: Int) -> (Int, Int, Int) {
        let z = z + 719468
        let era = (z >= 0 ? z : z - 146096) / 146097
        let doe = z - era * 146097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (m <= 2 ? 1 : 0), m, d)
    }
}
