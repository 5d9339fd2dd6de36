import Foundation

/// A bounded first-in first-out hand-off between the thread that prepares
/// files and the thread that writes them. `put` blocks while full, `take`
/// while empty; `cancel` releases a producer whose consumer stopped early.
final class PreparedQueue: @unchecked Sendable {
    private let condition = NSCondition()
    private var items: [Prepared] = []
    private var head = 0
    private var cancelled = false
    private let capacity: Int

    init(capacity: Int) {
        self.capacity = capacity
    }

    /// Returns false when the queue was cancelled.
    func put(_ item: Prepared) -> Bool {
        condition.lock()
        defer { condition.unlock() }
        while items.count - head >= capacity && !cancelled { condition.wait() }
        guard !cancelled else { return false }
        items.append(item)
        condition.broadcast()
        return true
    }

    func take() -> Prepared {
        condition.lock()
        defer { condition.unlock() }
        while items.count == head { condition.wait() }
        let item = items[head]
        head += 1
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
