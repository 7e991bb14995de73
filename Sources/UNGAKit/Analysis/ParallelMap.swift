import Dispatch
import Foundation

/// Maps `0..<count` on several threads into an array in index order, so the
/// result (and any sum over it taken in order) does not depend on the threads.
enum ParallelMap {
  /// `(0..<count).map(body)`, computed on up to `threads` threads (default:
  /// the active processor count).
  static func map<T: Sendable>(
    _ count: Int, threads: Int? = nil, _ body: @Sendable (Int) -> T
  ) -> [T] {
    let workers = max(1, min(threads ?? ProcessInfo.processInfo.activeProcessorCount, count))
    guard workers > 1 else { return (0..<count).map(body) }
    let slots = Slots<T>(count: count)
    DispatchQueue.concurrentPerform(iterations: workers) { worker in
      var local: [(Int, T)] = []
      for index in stride(from: worker, to: count, by: workers) {
        local.append((index, body(index)))
      }
      slots.store(local)
    }
    return slots.values()
  }

  /// Results written by the workers under a lock, read once they are done.
  private final class Slots<T>: @unchecked Sendable {
    private let lock = NSLock()
    private var slots: [T?]

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    func store(_ results: [(Int, T)]) {
      lock.lock()
      defer { lock.unlock() }
      for (index, value) in results { slots[index] = value }
    }

    func values() -> [T] {
      lock.lock()
      defer { lock.unlock() }
      return slots.compactMap { $0 }
    }
  }
}
