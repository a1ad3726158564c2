import HashTreeCollections

/// A catalog object found by its name.
protocol CatalogNamed {
    var name: String { get }
    var definedAt: SourceRange? { get }
}

extension Table: CatalogNamed {}
extension View: CatalogNamed {}
extension CatalogSequence: CatalogNamed {}
extension Column: CatalogNamed {}

/// One stored element and its place in definition order. A class, so a hash-tree node holds
/// 8 bytes per element and copying a node on a change stays cheap; never mutated (a change
/// stores a new slot).
final class OrderedSlot<Element: Sendable>: Sendable {
    let ordinal: Int
    let element: Element

    init(ordinal: Int, element: Element) {
        self.ordinal = ordinal
        self.element = element
    }
}

/// Catalog objects keyed by name, in definition order, held in a persistent hash tree.
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
/// of one name, the later ones are kept aside (`shadowed`): they stay in `ordered`, and take
/// the name over when the first one is removed, as `firstIndex` lookups over an array did.
struct OrderedNameStore<Element: CatalogNamed & Hashable & Sendable>: Sendable {
    private(set) var byName: TreeDictionary<String, OrderedSlot<Element>> = [:]
    /// The names in `byName` by their case-folded form (`NameFolding.unicodeLower`, the coarsest
    /// folding a target uses), so "which names could collide with this one" is a lookup, not a
    /// walk over every element (a table's columns: O(n²) for a wide CREATE TABLE otherwise).
    private var byFoldedName: TreeDictionary<String, [String]> = [:]
    /// Elements whose name an element with a smaller ordinal has; sorted by ordinal. Empty
    /// unless a loader supplied duplicate names.
    private var shadowed: [OrderedSlot<Element>] = []
    private var nextOrdinal = 0

    init() {}

    init(_ elements: [Element]) {
        for element in elements { append(element) }
    }

    var count: Int { byName.count + shadowed.count }
    var isEmpty: Bool { byName.isEmpty && shadowed.isEmpty }

    /// Every element, in definition order.
    var ordered: [Element] {
        var slots = Array(byName.values)
        slots += shadowed
        return slots.sorted { $0.ordinal < $1.ordinal }.map(\.element)
    }

    /// Every element, in no particular order.
    var unordered: some Sequence<Element> { byName.values.lazy.map(\.element) + shadowed.map(\.element) }

    subscript(name: String) -> Element? { byName[name]?.element }

    /// The elements whose names fold (`NameFolding.unicodeLower`) as `name` does, in definition order.
    func elements(foldingLike name: String) -> [Element] {
        (byFoldedName[NameFolding.unicodeLower(name)] ?? []).compactMap { byName[$0] }
            .sorted { $0.ordinal < $1.ordinal }.map(\.element)
    }

    /// How many elements come before `name` in definition order (its index in `ordered`). O(n).
    func position(of name: String) -> Int? {
        guard let ordinal = byName[name]?.ordinal else { return nil }
        return byName.values.reduce(0) { $1.ordinal < ordinal ? $0 + 1 : $0 }
            + shadowed.reduce(0) { $1.ordinal < ordinal ? $0 + 1 : $0 }
    }

    /// The elements of these names, in definition order; unknown names are left out.
    func inDefinitionOrder(_ names: some Sequence<String>) -> [Element] {
        names.compactMap { byName[$0] }.sorted { $0.ordinal < $1.ordinal }.map(\.element)
    }

    mutating func append(_ element: Element) {
        let slot = OrderedSlot(ordinal: nextOrdinal, element: element)
        nextOrdinal += 1
        place(slot)
    }

    /// Removes the (first) element named `name` and returns it.
    @discardableResult
    mutating func remove(named name: String) -> Element? {
        guard let slot = byName.removeValue(forKey: name) else { return nil }
        forgetFolded(name)
        promoteShadowed(name)
        return slot.element
    }

    /// Removes the (first) element equal to `element`.
    @discardableResult
    mutating func remove(_ element: Element) -> Element? {
        if let found = byName[element.name], found.element == element { return remove(named: element.name) }
        guard let i = shadowed.firstIndex(where: { $0.element == element }) else { return nil }
        return shadowed.remove(at: i).element
    }

    /// Applies `body` to the (first) element named `name`; nil when there is none. The element
    /// keeps its place in definition order, also when `body` renames it.
    mutating func update<R>(named name: String, _ body: (inout Element) -> R) -> R? {
        guard let slot = byName[name] else { return nil }
        var element = slot.element
        let result = body(&element)
        let updated = OrderedSlot(ordinal: slot.ordinal, element: element)
        if element.name == name {
            byName[name] = updated
        } else {
            byName[name] = nil
            forgetFolded(name)
            promoteShadowed(name)
            place(updated)
        }
        return result
    }

    /// Replaces the contents with `elements`, in that order. The leading elements that are
    /// already there under the same names keep their slots (and stay shared with copies);
    /// from the first name that differs on, the old elements are removed and the new appended.
    mutating func assign(_ elements: [Element]) {
        guard shadowed.isEmpty else {
            self = OrderedNameStore(elements)
            return
        }
        let current = byName.values.sorted { $0.ordinal < $1.ordinal }
        var i = 0
        while i < current.count, i < elements.count, current[i].element.name == elements[i].name {
            let old = current[i].element, new = elements[i]
            // `==` ignores source ranges; a new range must be kept all the same.
            if old != new || old.definedAt != new.definedAt {
                byName[new.name] = OrderedSlot(ordinal: current[i].ordinal, element: new)
            }
            i += 1
        }
        for slot in current[i...] {
            byName[slot.element.name] = nil
            forgetFolded(slot.element.name)
        }
        for element in elements[i...] { append(element) }
    }

    /// Stores `slot` under its name, or aside when an earlier element has the name.
    private mutating func place(_ slot: OrderedSlot<Element>) {
        let name = slot.element.name
        if let existing = byName[name] {
            let (first, later) = existing.ordinal < slot.ordinal ? (existing, slot) : (slot, existing)
            byName[name] = first
            let at = shadowed.firstIndex { $0.ordinal > later.ordinal } ?? shadowed.endIndex
            shadowed.insert(later, at: at)
        } else {
            byName[name] = slot
            byFoldedName[NameFolding.unicodeLower(name), default: []].append(name)
        }
    }

    private mutating func forgetFolded(_ name: String) {
        let folded = NameFolding.unicodeLower(name)
        guard var names = byFoldedName[folded], let i = names.firstIndex(of: name) else { return }
        names.remove(at: i)
        byFoldedName[folded] = names.isEmpty ? nil : names
    }

    /// `name` is free: give it to the first element kept aside under it, if any.
    private mutating func promoteShadowed(_ name: String) {
        guard !shadowed.isEmpty, let i = shadowed.firstIndex(where: { $0.element.name == name }) else { return }
        byName[name] = shadowed.remove(at: i)
        byFoldedName[NameFolding.unicodeLower(name), default: []].append(name)
    }
}

extension OrderedNameStore: Equatable {
    /// Equal when they hold equal elements in the same order (ordinals themselves may differ).
    static func == (lhs: Self, rhs: Self) -> Bool {
        guard lhs.count == rhs.count else { return false }
        return lhs.ordered == rhs.ordered
    }
}

extension OrderedNameStore: Hashable {
    func hash(into hasher: inout Hasher) {
        hasher.combine(ordered)
    }
}
