/// Options naming where a command writes, checked before the command runs
/// so that a long computation is not thrown away for an output that cannot
/// be created.
///
/// `CommandRunner` checks every such option group of a command (its stored
/// properties that conform, also inside option groups) before calling `run`.
protocol OutputDestination {
  /// Throws the error that writing would throw, without writing.
  /// - Throws: `CommandError.cannotWrite` (exit 73).
  func checkWritable() throws
}

extension Command {
  /// Checks the command's outputs (`OutputDestination` properties) before it runs.
  /// - Throws: the first `CommandError.cannotWrite`.
  func checkOutputs() throws { try Self.checkOutputs(in: self, depth: 3) }

  private static func checkOutputs(in value: Any, depth: Int) throws {
    guard depth > 0 else { return }
    for child in Mirror(reflecting: value).children {
      if let destination = child.value as? any OutputDestination {
        try destination.checkWritable()
      } else if Mirror(reflecting: child.value).displayStyle == .struct {
        try checkOutputs(in: child.value, depth: depth - 1)
      }
    }
  }
}
