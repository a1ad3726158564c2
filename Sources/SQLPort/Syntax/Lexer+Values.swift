/// Values of tokens, read from the source bytes only when the parser needs them.
extension Lexer {
    /// The name an identifier, keyword or quoted identifier token stands for: unquoted
    /// words fold to lower case (ASCII only, as PostgreSQL does for UTF-8); quoted
    /// ones keep their case with `""` read as `"`.
    static func nameValue(of token: Token, in bytes: [UInt8]) -> String {
        let start = Swift.min(token.range.start, bytes.count), end = Swift.min(token.range.end, bytes.count)
        if token.kind == .quotedIdentifier {
            guard end - start >= 2 else { return "" }
            let body = bytes[(start + 1)..<(end - 1)]
            if !body.contains(UInt8(ascii: "\"")) { return String(decoding: body, as: UTF8.self) }
            var out: [UInt8] = []
            out.reserveCapacity(body.count)
            var i = body.startIndex
            while i < body.endIndex {
                out.append(body[i])
                i += body[i] == UInt8(ascii: "\"") ? 2 : 1
            }
            return String(decoding: out, as: UTF8.self)
        }
        let word = bytes[start..<end]
        if !word.contains(where: { $0 &- 0x41 < 26 }) { return String(decoding: word, as: UTF8.self) }
        return String(decoding: word.map { $0 &- 0x41 < 26 ? $0 | 0x20 : $0 }, as: UTF8.self)
    }

    /// The text a string token stands for, unescaped and with continuations joined.
    static func stringValue(of token: Token, in bytes: [UInt8]) -> String {
        let start = Swift.min(token.range.start, bytes.count), end = Swift.min(token.range.end, bytes.count)
        switch token.kind {
        case .dollarString:
            // `$tag$body$tag$`: the tag is the run up to the second `$`.
            guard let tagEnd = bytes[(start + 1)..<end].firstIndex(of: UInt8(ascii: "$")) else { return "" }
            let tagLength = tagEnd + 1 - start
            guard end - start >= 2 * tagLength else { return "" }
            return String(decoding: bytes[(start + tagLength)..<(end - tagLength)], as: UTF8.self)
        case .escapeString:
            guard end - start >= 3 else { return "" }
            let out = decodeEscapeString(bytes, body: (start + 2)..<(end - 1), file: token.range.file, report: nil)
            return String(decoding: out, as: UTF8.self)
        case .string:
            guard end - start >= 2 else { return "" }
            let body = bytes[(start + 1)..<(end - 1)]
            if !body.contains(UInt8(ascii: "'")) { return String(decoding: body, as: UTF8.self) }
            var out: [UInt8] = []
            out.reserveCapacity(body.count)
            var i = body.startIndex
            while i < body.endIndex {
                let b = body[i]
                if b == UInt8(ascii: "'") {
                    if i + 1 < body.endIndex, body[i + 1] == UInt8(ascii: "'") {
                        out.append(b)
                        i += 2
                    } else {
                        // A closing quote inside the token: a continuation follows.
                        guard let next = continuationQuote(bytes, after: i + 1) else { break }
                        i = next + 1
                    }
                    continue
                }
                out.append(b)
                i += 1
            }
            return String(decoding: out, as: UTF8.self)
        default:
            return String(decoding: bytes[start..<end], as: UTF8.self)
        }
    }

    /// Decodes the body of an `E'...'` string (between the quotes, continuations
    /// included): `\n \t \b \f \r`, `\xHH`, `\ooo`, `\uXXXX`, `\UXXXXXXXX`, `''`;
    /// any other escaped character stands for itself. Problems go to `report`.
    static func decodeEscapeString(_ bytes: [UInt8], body: Range<Int>, file: FileID,
                                   report: ((Diagnostic) -> Void)?) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(body.count)
        var madeRawBytes = false
        var i = body.lowerBound
        let end = body.upperBound

        func fail(_ message: String, _ s: Int, _ e: Int, _ label: String, _ help: String) {
            report?(.error(.invalidEscape, message, at: SourceRange(file: file, start: s, end: e),
                           label: label, help: help))
        }
        func text(_ s: Int, _ e: Int) -> String { String(decoding: bytes[s..<e], as: UTF8.self) }
        func hexValue(_ b: UInt8) -> UInt32? {
            switch b {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): UInt32(b - UInt8(ascii: "0"))
            case UInt8(ascii: "a")...UInt8(ascii: "f"): UInt32(b - UInt8(ascii: "a") + 10)
            case UInt8(ascii: "A")...UInt8(ascii: "F"): UInt32(b - UInt8(ascii: "A") + 10)
            default: nil
            }
        }
        /// Reads exactly `count` hex digits at `at`, or nil.
        func hexDigits(_ at: Int, _ count: Int) -> UInt32? {
            guard at + count <= end else { return nil }
            var v: UInt32 = 0
            for k in 0..<count {
                guard let d = hexValue(bytes[at + k]) else { return nil }
                v = v << 4 | d
            }
            return v
        }
        func appendScalar(_ v: UInt32) {
            if let scalar = Unicode.Scalar(v) { out.append(contentsOf: Array(String(Character(scalar)).utf8)) }
        }

        while i < end {
            let b = bytes[i]
            if b == UInt8(ascii: "'") {
                if i + 1 < end, bytes[i + 1] == UInt8(ascii: "'") {
                    out.append(b)
                    i += 2
                } else {
                    guard let next = continuationQuote(bytes, after: i + 1), next < end else { break }
                    i = next + 1
                }
                continue
            }
            guard b == UInt8(ascii: "\\"), i + 1 < end else {
                out.append(b)
                i += 1
                continue
            }
            let escape = bytes[i + 1]
            switch escape {
            case UInt8(ascii: "b"): out.append(0x08); i += 2
            case UInt8(ascii: "f"): out.append(0x0C); i += 2
            case UInt8(ascii: "n"): out.append(0x0A); i += 2
            case UInt8(ascii: "r"): out.append(0x0D); i += 2
            case UInt8(ascii: "t"): out.append(0x09); i += 2
            case UInt8(ascii: "x") where i + 2 < end && hexValue(bytes[i + 2]) != nil:
                var v = hexValue(bytes[i + 2]) ?? 0
                var j = i + 3
                if j < end, let d = hexValue(bytes[j]) { v = v << 4 | d; j += 1 }
                if v == 0 {
                    fail("invalid escape sequence `\(text(i, j))`", i, j, "this would put a NUL byte in the string",
                         "text cannot contain NUL bytes; remove the escape")
                } else {
                    out.append(UInt8(v))
                    madeRawBytes = true
                }
                i = j
            case UInt8(ascii: "0")...UInt8(ascii: "7"):
                var v: UInt32 = 0
                var j = i + 1
                while j < end, j < i + 4, bytes[j] >= UInt8(ascii: "0"), bytes[j] <= UInt8(ascii: "7") {
                    v = v << 3 | UInt32(bytes[j] - UInt8(ascii: "0"))
                    j += 1
                }
                if v & 0xFF == 0 {
                    fail("invalid escape sequence `\(text(i, j))`", i, j, "this would put a NUL byte in the string",
                         "text cannot contain NUL bytes; remove the escape")
                } else {
                    out.append(UInt8(v & 0xFF))
                    madeRawBytes = true
                }
                i = j
            case UInt8(ascii: "u"), UInt8(ascii: "U"):
                let count = escape == UInt8(ascii: "u") ? 4 : 8
                guard let v = hexDigits(i + 2, count) else {
                    var j = i + 2
                    while j < end, j < i + 2 + count, hexValue(bytes[j]) != nil { j += 1 }
                    fail("invalid Unicode escape `\(text(i, j))`", i, j,
                         "expected \(count) hex digits after `\\\(UnicodeScalar(escape))`",
                         "write `\\uXXXX` or `\\UXXXXXXXX` with exactly that many hex digits")
                    i = j
                    continue
                }
                var j = i + 2 + count
                var scalar = v
                if (0xD800...0xDBFF).contains(v), j + 1 < end, bytes[j] == UInt8(ascii: "\\"),
                   bytes[j + 1] == UInt8(ascii: "u"), let low = hexDigits(j + 2, 4), (0xDC00...0xDFFF).contains(low) {
                    // A UTF-16 surrogate pair written as two escapes.
                    scalar = 0x10000 + ((v - 0xD800) << 10) + (low - 0xDC00)
                    j += 6
                }
                if scalar == 0 || Unicode.Scalar(scalar) == nil {
                    fail("invalid Unicode escape value `\(text(i, j))`", i, j, "not a Unicode character",
                         "use a code point between U+0001 and U+10FFFF that is not a lone surrogate")
                } else {
                    appendScalar(scalar)
                }
                i = j
            default:
                // `\\`, `\'` and any other escaped byte stand for themselves.
                out.append(escape)
                i += 2
            }
        }
        if madeRawBytes, !UTF8Validation.isValid(out), UTF8Validation.invalidRuns(bytes, body).isEmpty {
            fail("escape sequences make invalid UTF-8", body.lowerBound, body.upperBound,
                 "the bytes written with `\\x` or octal escapes are not UTF-8",
                 "write characters with `\\uXXXX` escapes instead of their bytes")
        }
        return out
    }
}
