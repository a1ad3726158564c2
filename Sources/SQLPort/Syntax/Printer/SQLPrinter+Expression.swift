extension SQLPrinter {
    /// An expression with exactly the parentheses its tree needs.
    public func print(_ expression: Expression) -> String {
        spelled(expression).text
    }

    /// An operand of an operator with precedence `parent`, parenthesised when it binds
    /// looser (or equally, against the operator's associativity). Spelling hooks use
    /// this to print sub-expressions.
    public func operand(_ expression: Expression, of parent: Precedence, on side: OperandSide) -> String {
        let child = spelled(expression)
        return parent.needsParentheses(child.precedence, on: side) ? "(" + child.text + ")" : child.text
    }

    /// An operand that must bind strictly tighter than `parent` whatever the
    /// associativity: `BETWEEN`'s bounds, `LIKE`'s pattern.
    func tightOperand(_ expression: Expression, than parent: Precedence) -> String {
        let child = spelled(expression)
        return child.precedence.level >= parent.level ? "(" + child.text + ")" : child.text
    }

    /// The node's text and precedence, from the spelling hook when it has one.
    func spelled(_ expression: Expression) -> SpelledExpression {
        if let custom = spelling.spell(expression, printer: self) { return custom }
        return SpelledExpression(standardText(expression), precedence: spelling.precedence(of: expression))
    }

    private func standardText(_ expression: Expression) -> String {
        let me = spelling.precedence(of: expression)
        switch expression.kind {
        case .integer(let digits), .numeric(let digits):
            return digits
        case .string(let value):
            return spelling.stringLiteral(value)
        case .boolean(let value):
            return value ? "TRUE" : "FALSE"
        case .null:
            return "NULL"
        case .special(let value):
            return value.rawValue
        case .column(let table, let name):
            return (table.map { print($0) + "." } ?? "") + print(name)
        case .unary(let op, let e):
            let inner = operand(e, of: me, on: .right)
            switch op {
            case .not:
                return "NOT " + inner
            case .minus, .plus:
                // `- -1`, not `--1`, which would start a comment.
                let separate = inner.hasPrefix("-") || inner.hasPrefix("+")
                return op.rawValue + (separate ? " " : "") + inner
            }
        case .binary(let op, let l, let r):
            return operand(l, of: me, on: .left) + " " + op.rawValue + " " + operand(r, of: me, on: .right)
        case .isNull(let e, let negated):
            return operand(e, of: me, on: .left) + (negated ? " IS NOT NULL" : " IS NULL")
        case .inList(let e, let list, let negated):
            return operand(e, of: me, on: .left) + (negated ? " NOT IN (" : " IN (")
                + list.map { print($0) }.joined(separator: ", ") + ")"
        case .between(let e, let low, let high, let negated):
            return operand(e, of: me, on: .left) + (negated ? " NOT BETWEEN " : " BETWEEN ")
                + tightOperand(low, than: me) + " AND " + tightOperand(high, than: me)
        case .like(let e, let pattern, let negated, let caseInsensitive):
            let keyword = (negated ? " NOT " : " ") + (caseInsensitive ? "ILIKE " : "LIKE ")
            return operand(e, of: me, on: .left) + keyword + tightOperand(pattern, than: me)
        case .call(let name, let arguments, let star):
            let callee = (name.schema.map { print($0) + "." } ?? "") + spelling.quoteFunctionName(name.name.value)
            let args = star ? "*" : arguments.map { print($0) }.joined(separator: ", ")
            return callee + "(" + args + ")"
        case .cast(let e, let type, .function):
            return "CAST(" + print(e) + " AS " + print(type) + ")"
        case .cast(let e, let type, .colonColon):
            return operand(e, of: me, on: .left) + "::" + print(type)
        case .caseWhen(let subject, let whens, let otherwise):
            var out = "CASE"
            if let subject { out += " " + print(subject) }
            for when in whens {
                out += " WHEN " + print(when.condition) + " THEN " + print(when.result)
            }
            if let otherwise { out += " ELSE " + print(otherwise) }
            return out + " END"
        }
    }
}
