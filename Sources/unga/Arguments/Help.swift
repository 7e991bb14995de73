/// Help and usage text, laid out like swift-argument-parser's: sections in
/// capitals, a two-column list of arguments, wrapped to 80 columns.
enum Help {
  static let width = 80
  private static let labelWidth = 24

  /// `unga show <id> [--format <format>]`, wrapped with a hanging indent.
  static func usage(for command: any Command.Type, path: [String]) -> String {
    let head = path.joined(separator: " ")
    if path.count == 1 || !command.configuration.subcommands.isEmpty {
      return head + " <subcommand>"
    }
    let words = command.argumentInfo.map { info in
      let word = info.kind == .option && info.isRepeatable ? info.synopsis + " ..." : info.synopsis
      return info.isRequired ? word : "[\(word)]"
    }
    // Usage follows "USAGE: " in help and "Usage: " in errors.
    let start = "USAGE: ".count
    return wrap([head] + words, start: start, indent: start + head.count + 1, width: width)
  }

  /// The usage an error shows: one line. The full usage when it fits after `Usage: `;
  /// otherwise the command, its positionals and required options, and `[options]`
  /// (`unga simulate [options]`, `unga sweep --backers <codes> ... [options]`).
  static func shortUsage(for command: any Command.Type, path: [String]) -> String {
    let full = usage(for: command, path: path)
    if !full.contains("\n") { return full }
    let infos = command.argumentInfo
    var words = [path.joined(separator: " ")]
    for info in infos where info.kind == .positional || info.isRequired {
      let word = info.isRepeatable ? info.synopsis + " ..." : info.synopsis
      words.append(info.isRequired ? word : "[\(word)]")
    }
    if infos.contains(where: { $0.kind != .positional && !$0.isRequired }) {
      words.append("[options]")
    }
    return words.joined(separator: " ")
  }

  /// The full help of a command.
  static func text(for command: any Command.Type, path: [String]) -> String {
    let configuration = command.configuration
    let isGroup = path.count == 1 || !configuration.subcommands.isEmpty
    var sections = ["OVERVIEW: " + configuration.abstract]
    if !configuration.discussion.isEmpty {
      sections.append(paragraphs(configuration.discussion))
    }
    sections.append("USAGE: " + usage(for: command, path: path))

    let infos = command.argumentInfo
    let positionals = infos.filter { $0.kind == .positional }
    if !positionals.isEmpty {
      sections.append("ARGUMENTS:\n" + positionals.map(row).joined(separator: "\n"))
    }
    var options = infos.filter { $0.kind != .positional }.map(row)
    if configuration.version != nil { options.append(row("--version", "Show the version.")) }
    options.append(row("-h, --help", "Show help information."))
    sections.append("OPTIONS:\n" + options.joined(separator: "\n"))

    if isGroup {
      var rows = configuration.subcommands.map {
        row($0.configuration.name, $0.configuration.abstract)
      }
      if path.count == 1 { rows.append(row("help", "Show subcommand help information.")) }
      sections.append(
        "SUBCOMMANDS:\n" + rows.joined(separator: "\n") + "\n\n"
          + "  See '\(path[0]) help <subcommand>' for detailed help.")
    }
    sections.append(
      "EXAMPLES:\n" + configuration.examples.map { "  " + $0 }.joined(separator: "\n"))
    return sections.joined(separator: "\n\n") + "\n"
  }

  private static func row(_ info: ArgumentInfo) -> String {
    var label = info.synopsis
    if let short = info.short { label = "-\(short), " + label }
    var notes: [String] = []
    if !info.allowedValues.isEmpty {
      notes.append("values: " + info.allowedValues.joined(separator: ", "))
    }
    if let value = info.defaultDescription { notes.append("default: " + value) }
    if info.kind != .positional, info.isRequired { notes.append("required") }
    let help = notes.isEmpty ? info.help : "\(info.help) (\(notes.joined(separator: "; ")))"
    return row(label, help)
  }

  /// `  label                   text`, the text wrapped in its column; a long
  /// label puts the text on the next line.
  private static func row(_ label: String, _ text: String) -> String {
    let indent = 2 + labelWidth
    let body = wrap(text.split(separator: " ").map(String.init), indent: indent, width: width)
    let labelled = "  " + label
    if labelled.count < indent {
      return labelled.padding(toLength: indent) + body
    }
    return labelled + "\n" + String(repeating: " ", count: indent) + body
  }

  private static func paragraphs(_ text: String) -> String {
    text.split(separator: "\n\n", omittingEmptySubsequences: true).map {
      wrap($0.split(whereSeparator: \.isWhitespace).map(String.init), indent: 0, width: width)
    }.joined(separator: "\n\n")
  }

  /// Joins `words` with spaces, starting a new line, indented by `indent`,
  /// before a word that would pass `width`; the first line starts at column
  /// `start` (default: `indent`), after whatever the caller puts there.
  static func wrap(_ words: [String], start: Int? = nil, indent: Int, width: Int) -> String {
    var lines: [String] = []
    var line = ""
    var column = start ?? indent
    for word in words {
      if !line.isEmpty, column + 1 + word.count > width {
        lines.append(line)
        line = ""
        column = indent
      }
      if !line.isEmpty {
        line += " "
        column += 1
      }
      line += word
      column += word.count
    }
    lines.append(line)
    return lines.joined(separator: "\n" + String(repeating: " ", count: indent))
  }
}

extension ParsableOptions {
  /// Every declared argument, groups flattened, in declaration order.
  static var argumentInfo: [ArgumentInfo] { arguments.flatMap(\.parts).map(\.info) }
}

extension String {
  fileprivate func padding(toLength length: Int) -> String {
    self + String(repeating: " ", count: Swift.max(0, length - count))
  }
}
