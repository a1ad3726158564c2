import Foundation

/// The part of JSON Schema (2020-12) that sqlport's documented schemas use — `type`,
/// `properties`, `required`, `additionalProperties: false`, `items`, `enum`, `const`, `oneOf`,
/// `pattern`, `$ref` to `#/$defs/...` — checked strictly: an unknown keyword in a schema is a
/// problem too, so a schema cannot say more than this validator checks.
/// A parsed JSON value, with booleans and numbers kept apart (Foundation's `NSNumber` blurs them).
public enum JSONValue: Decodable, Equatable, CustomStringConvertible {
    case null, bool(Bool), number(Double), string(String), array([JSONValue]), object([String: JSONValue])

    public init(from decoder: Decoder) throws {
        let c = try decoder.singleValueContainer()
        if c.decodeNil() { self = .null }
        else if let b = try? c.decode(Bool.self) { self = .bool(b) }
        else if let n = try? c.decode(Double.self) { self = .number(n) }
        else if let s = try? c.decode(String.self) { self = .string(s) }
        else if let a = try? c.decode([JSONValue].self) { self = .array(a) }
        else { self = .object(try c.decode([String: JSONValue].self)) }
    }

    public static func parse(_ text: String) -> JSONValue? { try? JSONDecoder().decode(JSONValue.self, from: Data(text.utf8)) }

    public var description: String {
        switch self {
        case .null: "null"
        case .bool(let b): "\(b)"
        case .number(let n): "\(n)"
        case .string(let s): "\"\(s)\""
        case .array(let a): "[" + a.map(\.description).joined(separator: ",") + "]"
        case .object(let o): "{" + o.keys.sorted().joined(separator: ",") + "}"
        }
    }
}

public struct JSONSchema {
    let root: [String: JSONValue]

    public init(contentsOf url: URL) throws {
        guard case .object(let root)? = JSONValue.parse(try String(contentsOf: url, encoding: .utf8)) else {
            throw CocoaError(.fileReadCorruptFile)
        }
        self.root = root
    }

    /// Every way `text` breaks the schema, as `path: problem`; empty when it is valid.
    public func problems(in text: String) -> [String] {
        guard let value = JSONValue.parse(text) else { return ["$: not JSON"] }
        var found: [String] = []
        check(value, against: root, at: "$", into: &found)
        return found
    }

    private static let known: Set<String> = ["$schema", "$id", "title", "description", "$defs", "type", "properties",
                                              "required", "additionalProperties", "items", "enum", "const", "oneOf", "pattern", "$ref"]

    private func check(_ value: JSONValue, against schema: [String: JSONValue], at path: String, into found: inout [String]) {
        for key in schema.keys where !Self.known.contains(key) { found.append("\(path): schema keyword \(key) is not checked") }
        if case .string(let ref)? = schema["$ref"] {
            let name = String(ref.dropFirst("#/$defs/".count))
            guard ref.hasPrefix("#/$defs/"), case .object(let defs)? = root["$defs"], case .object(let target)? = defs[name] else {
                found.append("\(path): unresolved \(ref)")
                return
            }
            check(value, against: target, at: path, into: &found)
        }
        if case .array(let options)? = schema["oneOf"] {
            let matching = options.filter { option in
                guard case .object(let o) = option else { return false }
                var inner: [String] = []
                check(value, against: o, at: path, into: &inner)
                return inner.isEmpty
            }
            if matching.count != 1 { found.append("\(path): matches \(matching.count) of oneOf's \(options.count) forms") }
        }
        if case .array(let allowed)? = schema["enum"], !allowed.contains(value) { found.append("\(path): \(value) is not one of \(allowed)") }
        if let constant = schema["const"], constant != value { found.append("\(path): \(value) is not \(constant)") }
        if case .string(let type)? = schema["type"], !Self.has(type, value) { found.append("\(path): not \(type)"); return }
        if case .string(let pattern)? = schema["pattern"], case .string(let s) = value,
           s.range(of: pattern, options: .regularExpression) == nil {
            found.append("\(path): \(s) does not match \(pattern)")
        }
        if case .object(let object) = value {
            var properties: [String: JSONValue] = [:]
            if case .object(let p)? = schema["properties"] { properties = p }
            if case .array(let required)? = schema["required"] {
                for case .string(let name) in required where object[name] == nil { found.append("\(path): no \(name)") }
            }
            for (name, member) in object.sorted(by: { $0.key < $1.key }) {
                if case .object(let sub)? = properties[name] {
                    check(member, against: sub, at: "\(path).\(name)", into: &found)
                } else if schema["additionalProperties"] == .bool(false) {
                    found.append("\(path): unexpected \(name)")
                }
            }
        }
        if case .array(let array) = value, case .object(let items)? = schema["items"] {
            for (i, element) in array.enumerated() { check(element, against: items, at: "\(path)[\(i)]", into: &found) }
        }
    }

    private static func has(_ type: String, _ value: JSONValue) -> Bool {
        switch (type, value) {
        case ("object", .object), ("array", .array), ("string", .string), ("boolean", .bool), ("null", .null): true
        case ("integer", .number(let n)): n == n.rounded()
        default: false
        }
    }
}
