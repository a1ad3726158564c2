/// Entry points for parsing one expression or one type name on its own (not grammar
/// productions, so not named `parseX`): baseline loaders
/// use them to give a dump's defaults, checks and types their portable meaning.
extension Parser {
    /// The file's whole text as exactly one portable expression; nil (and no diagnostics)
    /// when it is not one — the caller then keeps the text verbatim.
    static func expressionFragment(_ file: SourceFile) -> Expression? {
        LargeStack.run {
            var state = State(file: file)
            guard let e = try? state.parseExpression(), state.token.kind == .endOfFile,
                  state.diagnostics.isEmpty, !state.statementFailed else { return nil }
            return e
        }
    }

    /// The file's whole text as exactly one portable type name; nil when it is not one.
    static func typeNameFragment(_ file: SourceFile) -> TypeName? {
        LargeStack.run {
            var state = State(file: file)
            guard let t = try? state.parseTypeName(), state.token.kind == .endOfFile,
                  state.diagnostics.isEmpty, !state.statementFailed else { return nil }
            return t
        }
    }
}
