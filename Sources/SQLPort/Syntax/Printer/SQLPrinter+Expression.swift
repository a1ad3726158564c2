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
    ///
    /// The parser builds `a OR b OR c ...` and `x::t::u ...` in loops, so a long chain in
    /// the input is a left spine as deep as the chain is long. The spine is walked
    /// iteratively and printed bottom-up; only right operands and arguments recurse, and
    /// the parser bounds their nesting.
    func spelled(_ expression: Expression) -> SpelledExpression {
        var spine: [Expression] = []
        var node = expression
        var result: SpelledExpression
        while true {
            if let custom = spelling.spell(node, printer: self) {
                result = custom
                break
            }
            if let left = leftOperand(of: node) {
                spine.append(node)
                node = left
                continue
            }
            result = SpelledExpression(standardText(node), precedence: spelling.precedence(of: node))
            break
        }
        // Appending in place keeps a long chain linear rather than quadratic.
        var text = result.text, precedence = result.precedence
        while let parent = spine.popLast() {
            let me = spelling.precedence(of: parent)
            if me.needsParentheses(precedence, on: .left) { text = "(" + text + ")" }
            appendRest(of: parent, to: &text, me)
            precedence = me
        }
        return SpelledExpression(text, precedence: precedence)
    }

    /// The operand printed first, for nodes that start with one.
    private func leftOperand(of expression: Expression) -> Expression? {
        switch expression.kind {
        case .binary(_, let l, _): l
        case .isNull(let e, _), .inList(let e, _, _), .between(let e, _, _, _), .like(let e, _, _, _), .inQuery(let e, _, _): e
        case .cast(let e, _, .colonColon): e
        case .cast(_, _, .function): nil
        case .integer, .numeric, .string, .boolean, .null, .special, .column, .unary, .call, .caseWhen, .subquery, .exists: nil
        }
    }

    /// Appends what follows the left operand of a node that starts with one.
    private func appendRest(of expression: Expression, to text: inout String, _ me: Precedence) {
        switch expression.kind {
        case .binary(let op, _, let r):
            text += " " + op.rawValue + " " + operand(r, of: me, on: .right)
        case .isNull(_, let negated):
            text += negated ? " IS NOT NULL" : " IS NULL"
        case .inList(_, let list, let negated):
            text += (negated ? " NOT IN (" : " IN (") + list.map { print($0) }.joined(separator: ", ") + ")"
        case .between(_, let low, let high, let negated):
            text += (negated ? " NOT BETWEEN " : " BETWEEN ")
                + tightOperand(low, than: me) + " AND " + tightOperand(high, than: me)
        case .like(_, let pattern, let negated, let caseInsensitive):
            text += (negated ? " NOT " : " ") + (caseInsensitive ? "ILIKE " : "LIKE ") + tightOperand(pattern, than: me)
        case .cast(_, let type, .colonColon):
            text += "::" + print(type)
        case .inQuery(_, let q, let negated):
            text += (negated ? " NOT IN (" : " IN (") + print(q) + ")"
        case .integer, .numeric, .string, .boolean, .null, .special, .column, .unary, .call, .caseWhen,
             .cast(_, _, .function), .subquery, .exists:
            // `leftOperand(of:)` is nil for these: they never have a left operand to follow.
            break
        }
    }

    /// The text of a node with its own spelling, children printed through `spelled`.
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
        case .binary(_, let l, _), .isNull(let l, _), .inList(let l, _, _), .between(let l, _, _, _),
             .like(let l, _, _, _), .cast(let l, _, .colonColon), .inQuery(let l, _, _):
            // Reached only through a spelling hook's `operand`: `spelled` walks these itself.
            var text = operand(l, of: me, on: .left)
            appendRest(of: expression, to: &text, me)
            return text
        case .call(let name, let arguments, let star):
            let callee = (name.schema.map { print($0) + "." } ?? "") + spelling.quoteFunctionName(name.name.value)
            let args = star ? "*" : arguments.map { print($0) }.joined(separator: ", ")
            return callee + "(" + args + ")"
        case .cast(let e, let type, .function):
            return "CAST(" + print(e) + " AS " + print(type) + ")"
        case .caseWhen(let subject, let whens, let otherwise):
            var out = "CASE"
            if let subject { out += " " + print(subject) }
            for when in whens {
                out += " WHEN " + print(when.condition) + " THEN " + print(when.result)
            }
            if let otherwise { out += " ELSE " + print(otherwise) }
            return out + " END"
        case .subquery(let q):
            return "(" + print(q) + ")"
        case .exists(let q):
            return "EXISTS (" + print(q) + ")"
        }
    }
}
