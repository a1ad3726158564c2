/// PostgreSQL's bytea input, decoded to the bytes it means, so MySQL gets them as `UNHEX('...')`.
///
/// Hex format: `\x` then pairs of hex digits. Escape format: `\\` is a backslash, `\ooo`
/// three octal digits a byte, any other character its UTF-8 bytes; a lone backslash is invalid.
enum MySQLBytea {
    static func decode(_ text: String) -> [UInt8]? {
        let bytes = Array(text.utf8)
        let backslash = UInt8(ascii: "\\")
        if bytes.count >= 2, bytes[0] == backslash, bytes[1] == UInt8(ascii: "x") {
            let digits = bytes.dropFirst(2)
            guard digits.count % 2 == 0 else { return nil }
            var out: [UInt8] = []
            var i = digits.startIndex
            while i < digits.endIndex {
                guard let high = hexValue(digits[i]), let low = hexValue(digits[i + 1]) else { return nil }
                out.append(high << 4 | low)
                i += 2
            }
            return out
        }
        var out: [UInt8] = [], i = 0
        while i < bytes.count {
            guard bytes[i] == backslash else { out.append(bytes[i]); i += 1; continue }
            if i + 1 < bytes.count, bytes[i + 1] == backslash { out.append(backslash); i += 2; continue }
            guard i + 3 < bytes.count else { return nil }
            let octal = bytes[(i + 1)...(i + 3)]
            guard octal.allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "7") }), octal.first! <= UInt8(ascii: "3") else { return nil }
            out.append(octal.reduce(0) { $0 << 3 | ($1 - UInt8(ascii: "0")) })
            i += 4
        }
        return out
    }

    static func hexValue(_ b: UInt8) -> UInt8? {
        switch b {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): b - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): b - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): b - UInt8(ascii: "A") + 10
        default: nil
        }
    }
}
