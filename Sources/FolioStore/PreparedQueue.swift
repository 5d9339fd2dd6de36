import Foundation

/// A bounded first-in first-out hand-off between the thread that prepares
/// files and the thread that writes them. `put` blocks while the queued
/// files hold `capacity` bytes of text or more, `take` while it is empty;
/// `cancel` releases a producer whose consumer stopped early. Bounded in
/// bytes, not files, so that memory stays bounded whatever the page size.
final class PreparedQueue: @unchecked Sendable {
    private let condition = NSCondition()
    /// Taken items are set to nil at once, so a parsed page is freed when the writer takes it.
    private var items: [Prepared?] = []
    private var head = 0
    private var cancelled = false
    private var queuedBytes = 0
    private let capacity: Int

    /// - Parameter capacity: bytes of source text.
    init(capacity: Int) {
        self.capacity = capacity
    }

    /// Returns false when the queue was cancelled.
    func put(_ item: Prepared) -> Bool {
        condition.lock()
        defer { condition.unlock() }
        while queuedBytes >= capacity && !cancelled { condition.wait() }
        guard !cancelled else { return false }
        items.append(item)
        queuedBytes += item.textBytes
        condition.broadcast()
        return true
    }

    func take() -> Prepared {
        condition.lock()
        defer { condition.unlock() }
        while items.count == head { condition.wait() }
        let item = items[head]!
        items[head] = nil
        head += 1
        queuedBytes -= item.textBytes
        if head > 64 && head * 2 > items.count {
            items.removeFirst(head)
            head = 0
        }
        condition.broadcast()
        return item
    }

    func cancel() {
        condition.lock()
        cancelled = true
        condition.broadcast()
        condition.unlock()
    }
}

extension Prepared {
    /// The bytes of text a queued file holds in memory, parsed; a settled
    /// result or a large file still to be read counts as a small one.
    var textBytes: Int {
        if case .page(_, let source, _, _) = self { return source.size }
        return 512
    }
}
