import Foundation

let status = CommandRunner.run(
  Unga.self, arguments: Array(CommandLine.arguments.dropFirst()), console: .standard())
exit(status.rawValue)
