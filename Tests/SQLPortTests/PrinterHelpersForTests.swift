@testable import SQLPort

/// Short constructors for hand-built ASTs in the printer tests, namespaced so they cannot
/// collide with other test files' helpers in the same module.
enum PX {
    static func id(_ name: String) -> Identifier { Identifier(name) }
    static func name(_ name: String, schema: String? = nil) -> QualifiedName {
        QualifiedName(schema: schema.map { Identifier($0) }, Identifier(name))
    }

    static func e(_ kind: Expression.Kind) -> Expression { Expression(kind) }
    static func col(_ name: String, table: String? = nil) -> Expression {
        e(.column(table: table.map { Identifier($0) }, name: Identifier(name)))
    }
    static func int(_ digits: String) -> Expression { e(.integer(digits)) }
    static func num(_ digits: String) -> Expression { e(.numeric(digits)) }
    static func str(_ value: String) -> Expression { e(.string(value)) }
    static let null = e(.null)
    static let yes = e(.boolean(true))
    static func neg(_ x: Expression) -> Expression { e(.unary(.minus, x)) }
    static func pos(_ x: Expression) -> Expression { e(.unary(.plus, x)) }
    static func not(_ x: Expression) -> Expression { e(.unary(.not, x)) }
    static func bin(_ l: Expression, _ op: BinaryOperator, _ r: Expression) -> Expression { e(.binary(op, l, r)) }
    static func isNull(_ x: Expression, not: Bool = false) -> Expression { e(.isNull(x, negated: not)) }
    static func inList(_ x: Expression, _ list: [Expression], not: Bool = false) -> Expression {
        e(.inList(x, list, negated: not))
    }
    static func between(_ x: Expression, _ low: Expression, _ high: Expression, not: Bool = false) -> Expression {
        e(.between(x, low: low, high: high, negated: not))
    }
    static func like(_ x: Expression, _ pattern: Expression, not: Bool = false, ilike: Bool = false) -> Expression {
        e(.like(x, pattern: pattern, negated: not, caseInsensitive: ilike))
    }
    static func call(_ name: String, _ args: [Expression], schema: String? = nil, star: Bool = false) -> Expression {
        e(.call(name: PX.name(name, schema: schema), arguments: args, star: star))
    }
    static func cast(_ x: Expression, _ type: TypeKind, _ style: CastStyle = .colonColon) -> Expression {
        e(.cast(x, TypeName(type), style: style))
    }

    static let a = col("a"), b = col("b"), c = col("c"), d = col("d")

    static func print(_ x: Expression) -> String { SQLPrinter().print(x) }
    static func print(_ kind: Statement.Kind) -> String { SQLPrinter().print(Statement(kind)) }
}
