/// A list of plain values that keeps its storage when emptied: the per-sentence lists of the
/// matcher, filled and emptied thousands of times per text.
///
/// Emptying forgets the count and nothing else; an `Array` emptied with its capacity kept
/// goes through a generic range replacement each time.
struct ScratchList<Element>: RandomAccessCollection {
    /// The elements, then stale ones past `count`.
    private var storage: [Element] = []
    private(set) var count = 0

    var startIndex: Int { 0 }
    var endIndex: Int { count }

    subscript(index: Int) -> Element {
        get { storage[index] }
        set { storage[index] = newValue }
    }

    mutating func removeAll() { count = 0 }

    mutating func append(_ element: Element) {
        if count < storage.count {
            storage[count] = element
        } else {
            storage.append(element)
        }
        count += 1
    }

    /// Inserts `element` at `index`, moving those after it up by one.
    mutating func insert(_ element: Element, at index: Int) {
        append(element)
        var slot = count - 1
        while slot > index {
            storage[slot] = storage[slot - 1]
            slot -= 1
        }
        storage[index] = element
    }

    func withUnsafeBufferPointer<Result>(_ body: (UnsafeBufferPointer<Element>) throws -> Result) rethrows -> Result {
        try storage.withUnsafeBufferPointer { try body(UnsafeBufferPointer(rebasing: $0[0..<count])) }
    }

    mutating func withUnsafeMutableBufferPointer<Result>(_ body: (UnsafeMutableBufferPointer<Element>) throws -> Result) rethrows -> Result {
        let count = count
        return try storage.withUnsafeMutableBufferPointer { try body(UnsafeMutableBufferPointer(rebasing: $0[0..<count])) }
    }
}
