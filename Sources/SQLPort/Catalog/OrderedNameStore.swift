import HashTreeCollections

/// A catalog object found by its name.
protocol CatalogNamed {
    var name: String { get }
}

extension Table: CatalogNamed {}
extension View: CatalogNamed {}
extension CatalogSequence: CatalogNamed {}

/// Catalog objects keyed by name, in definition order, held in persistent hash trees.
///
/// The checker keeps the catalog before and after every statement (`CheckedStep`). With plain
/// arrays each change copied every table while a snapshot shared the buffer: O(n) per
/// statement, O(n²) per script. Here a copy shares structure and a lookup, insert, update or
/// removal touches O(log n) tree nodes, so a snapshot costs nothing and a change costs little.
///
/// Definition order is an ordinal per element, fixed when it is added: an update (a rename
/// too) keeps its place, a removal leaves a gap. `ordered` sorts by ordinal, O(n log n).
///
/// Names are expected to be unique, as in a database. Should a loader hand over two elements
/// of one name, both are kept and name lookups find the first, as `firstIndex` did.
struct OrderedNameStore<Element: CatalogNamed & Hashable & Sendable>: Sendable {
    private(set) var byOrdinal: TreeDictionary<Int, Element> = [:]
    private var ordinalByName: TreeDictionary<String, Int> = [:]
    private var nextOrdinal = 0
    private var hasDuplicateNames = false

    init() {}

    init(_ elements: [Element]) {
        for element in elements { append(element) }
    }

    var count: Int { byOrdinal.count }
    var isEmpty: Bool { byOrdinal.isEmpty }

    /// Every element, in definition order.
    var ordered: [Element] {
        byOrdinal.sorted { $0.key < $1.key }.map(\.value)
    }

    /// The ordinal of the (first) element named `name`: compare ordinals for definition order.
    func ordinal(of name: String) -> Int? { ordinalByName[name] }

    subscript(name: String) -> Element? {
        guard let ordinal = ordinalByName[name] else { return nil }
        return byOrdinal[ordinal]
    }

    /// How many elements come before `name` in definition order (its index in `ordered`). O(n).
    func position(of name: String) -> Int? {
        guard let ordinal = ordinalByName[name] else { return nil }
        return byOrdinal.keys.reduce(0) { $1 < ordinal ? $0 + 1 : $0 }
    }

    /// `names` sorted into definition order, unknown names left out.
    func inDefinitionOrder<S: Sequence<String>>(_ names: S) -> [Element] {
        names.compactMap { name in ordinalByName[name].map { ($0, name) } }
            .sorted { $0.0 < $1.0 }
            .compactMap { byOrdinal[$0.0] }
    }

    mutating func append(_ element: Element) {
        let ordinal = nextOrdinal
        nextOrdinal += 1
        byOrdinal[ordinal] = element
        if ordinalByName[element.name] == nil {
            ordinalByName[element.name] = ordinal
        } else {
            hasDuplicateNames = true
        }
    }

    /// Removes the (first) element named `name` and returns it.
    @discardableResult
    mutating func remove(named name: String) -> Element? {
        guard let ordinal = ordinalByName[name] else { return nil }
        return remove(ordinal: ordinal)
    }

    /// Removes the (first) element equal to `element`.
    @discardableResult
    mutating func remove(_ element: Element) -> Element? {
        if let found = self[element.name], found == element { return remove(named: element.name) }
        guard hasDuplicateNames,
              let ordinal = byOrdinal.filter({ $0.value == element }).keys.min() else { return nil }
        return remove(ordinal: ordinal)
    }

    /// Applies `body` to the (first) element named `name`, in place; nil when there is none.
    /// The element keeps its position when `body` renames it.
    mutating func update<R>(named name: String, _ body: (inout Element) -> R) -> R? {
        guard let ordinal = ordinalByName[name] else { return nil }
        var newName = name
        let result: R? = byOrdinal.updateValue(forKey: ordinal) { slot in
            guard slot != nil else { return nil }
            let r = body(&slot!)
            newName = slot!.name
            return r
        }
        if newName != name {
            unindex(name, ordinal: ordinal)
            if let existing = ordinalByName[newName] {
                hasDuplicateNames = true
                if ordinal < existing { ordinalByName[newName] = ordinal }
            } else {
                ordinalByName[newName] = ordinal
            }
        }
        return result
    }

    private mutating func remove(ordinal: Int) -> Element? {
        guard let element = byOrdinal.removeValue(forKey: ordinal) else { return nil }
        unindex(element.name, ordinal: ordinal)
        return element
    }

    /// `name` no longer maps to `ordinal`: point it at the next element of that name, if any.
    private mutating func unindex(_ name: String, ordinal: Int) {
        guard ordinalByName[name] == ordinal else { return }
        ordinalByName[name] = nil
        if hasDuplicateNames, let next = byOrdinal.filter({ $0.value.name == name }).keys.min() {
            ordinalByName[name] = next
        }
    }
}

extension OrderedNameStore: Equatable {
    /// Equal when they hold equal elements in the same order (ordinals themselves may differ).
    static func == (lhs: Self, rhs: Self) -> Bool {
        lhs.count == rhs.count && (lhs.byOrdinal == rhs.byOrdinal || lhs.ordered == rhs.ordered)
    }
}

extension OrderedNameStore: Hashable {
    func hash(into hasher: inout Hasher) {
        hasher.combine(ordered)
    }
}

/// For each name, the tables that use it: the catalog's schema-wide namespaces (index names,
/// constraint names, foreign keys by referenced table, ...) kept up to date table by table, so
/// a lookup does not scan every table.
struct NameOwners: Hashable, Sendable {
    private(set) var map: TreeDictionary<String, TreeSet<String>> = [:]

    func owners(_ name: String) -> TreeSet<String> { map[name] ?? [] }
    func contains(_ name: String) -> Bool { map[name] != nil }
    var names: TreeDictionary<String, TreeSet<String>>.Keys { map.keys }

    mutating func insert(_ name: String, owner: String) {
        map.updateValue(forKey: name, default: []) { _ = $0.insert(owner) }
    }

    mutating func remove(_ name: String, owner: String) {
        map.updateValue(forKey: name) { owners in
            owners?.remove(owner)
            if owners?.isEmpty == true { owners = nil }
        }
    }

    /// Moves `owner` off the names in `old` that are not in `new` and onto those only in `new`.
    mutating func replace(_ old: Set<String>, ownerBefore: String, with new: Set<String>, ownerAfter: String) {
        if ownerBefore == ownerAfter {
            for name in old where !new.contains(name) { remove(name, owner: ownerBefore) }
            for name in new where !old.contains(name) { insert(name, owner: ownerAfter) }
        } else {
            for name in old { remove(name, owner: ownerBefore) }
            for name in new { insert(name, owner: ownerAfter) }
        }
    }
}
