/// Reads a revision log newest first, a page at a time, so that undo and redo read only as
/// far back as they need (`UndoWalk`). `page(below, size)` gives up to `size` rows with
/// ids below `below`, newest first: one query of the store.
public struct RevisionPages<E: Error> {
    public static var size: Int { 512 }
    private let fetch: (_ below: Int64, _ size: Int) throws(E) -> [Revision]
    private var page: [Revision] = []
    private var index = 0
    private var below = Int64.max
    private var finished = false

    public init(page fetch: @escaping (_ below: Int64, _ size: Int) throws(E) -> [Revision]) {
        self.fetch = fetch
    }

    /// The next older row, or nil past the first.
    public mutating func next() throws(E) -> Revision? {
        if index == page.count {
            guard !finished else { return nil }
            page = try fetch(below, Self.size)
            index = 0
            finished = page.count < Self.size
            guard let last = page.last else { return nil }
            below = last.id
        }
        defer { index += 1 }
        return page[index]
    }
}
