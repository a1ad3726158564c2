import Foundation

/// `sqlport compile --format json`: the lowered plan as one JSON document, the same values
/// `TextWriter` prints (`docs/plan-json.md` describes it, `docs/plan.schema.json` is its schema).
/// Keys are sorted and the layout fixed, so the output is deterministic byte for byte;
/// `decode` reads it back into the plan the text writer turns into the SQL file.
public enum PlanJSON {
    /// The version of the document's shape; `decode` refuses any other.
    public static let formatVersion = 1

    struct Document: Codable {
        var formatVersion: Int
        var plan: LoweredPlan
    }

    public static func encode(_ plan: LoweredPlan) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        // Every value is a string, number, bool or container: encoding cannot fail.
        let data = try! encoder.encode(Document(formatVersion: formatVersion, plan: plan))
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    public enum DecodingError: Error, Equatable {
        case unsupportedFormatVersion(Int)
    }

    struct Version: Decodable { var formatVersion: Int }

    /// The plan of a document `encode` wrote; the version is read first, so a document of
    /// another version is refused as such, not as a plan with missing fields.
    public static func decode(_ text: String) throws -> LoweredPlan {
        let data = Data(text.utf8)
        let version = try JSONDecoder().decode(Version.self, from: data).formatVersion
        guard version == formatVersion else { throw DecodingError.unsupportedFormatVersion(version) }
        return try JSONDecoder().decode(Document.self, from: data).plan
    }
}

// The plan's values (declared `Codable` beside them, in LoweredPlan.swift) in JSON: each struct
// an object of its properties, each enum case an object with one key, the case's name, holding
// its associated values (`{"changed": {"table": "t", "lines": [3]}}`, `{"oneTransaction": {}}`);
// absent optionals are left out.
extension Dialect: Codable {}

/// A file of the compilation, by its index in the source map: a plain number in JSON.
extension FileID: Codable {
    public init(from decoder: Decoder) throws { self.init(try decoder.singleValueContainer().decode(Int.self)) }
    public func encode(to encoder: Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(index)
    }
}
