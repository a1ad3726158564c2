/// `BEGIN`, `START TRANSACTION`, `COMMIT` and `END`.
extension Parser.State {
    /// transaction_statement ::= 'BEGIN' ( 'WORK' | 'TRANSACTION' )? | 'START' 'TRANSACTION'
    ///                         | ( 'COMMIT' | 'END' ) ( 'WORK' | 'TRANSACTION' )?
    mutating func parseTransactionStatement() throws(Parser.Abort) -> TransactionControl {
        production = "transaction_statement"
        let isBegin = at(.begin) || at(.start)
        if eat(.start) {
            try expect(.transaction)
        } else {
            advance()  // BEGIN, COMMIT or END: the caller checked
            if !eat(.work) { _ = eat(.transaction) }
        }
        if isBegin, at(.deferrable) || at(.not) || ["isolation", "read"].contains(text(token).lowercased()) {
            throw unsupported("transaction modes are not supported",
                              help: "write a plain `BEGIN`; sqlport frames the output's transactions itself")
        }
        return isBegin ? .begin : .commit
    }
}
