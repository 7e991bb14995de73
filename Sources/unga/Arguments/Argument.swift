/// What help and the parser know about one declared argument, whatever its type.
struct ArgumentInfo: Sendable, Hashable {
  enum Kind: Sendable, Hashable {
    /// `--name value` or `--name=value`.
    case option
    /// `--name`, no value.
    case flag
    /// A word in its place on the line.
    case positional
  }

  var kind: Kind
  /// The long name without dashes (`format`), or a positional's name (`id`).
  var name: String
  /// The one-letter name (`f` for `-f`).
  var short: Character?
  /// The placeholder shown for the value (`<path>`).
  var valueName: String
  var help: String
  /// An option that may be given more than once, or a positional that takes every remaining word.
  var isRepeatable: Bool
  /// An option that takes every following word up to the next option
  /// (`--unvotes a.csv b.csv --undl c.csv`), like swift-argument-parser's
  /// `.upToNextOption`.
  var takesWordsUpToNextOption = false
  var isRequired: Bool
  /// The values an enumeration accepts; empty when open-ended.
  var allowedValues: [String]
  /// The default as a user would type it, or `nil` when there is none worth showing.
  var defaultDescription: String?

  /// `--format`, `--exact`, or `<id>`: how errors name it.
  var displayName: String {
    kind == .positional ? "<\(name)>" : "--\(name)"
  }

  /// `--format <format>`, `--exact`, `<id>`, `<input> ...`: how usage shows it.
  var synopsis: String {
    switch kind {
    case .option: "--\(name) <\(valueName)>"
    case .flag: "--\(name)"
    case .positional: isRepeatable ? "<\(name)> ..." : "<\(name)>"
    }
  }
}

/// A value that is not valid for an argument, with what was expected.
struct InvalidValue: Error {
  var expected: String
}

/// One argument of a command or option group `Root`: what it is and how a word sets it.
///
/// Declared with the static builders, each binding a property by key path;
/// the property's initial value in `Root()` is the default:
///
///     static var arguments: [Argument<Self>] {
///       [
///         .positional(\.id, name: "id", help: "A roll call id or symbol."),
///         .option(\.trials, name: "trials", short: "n", in: 1..., help: "Trials to run."),
///         .flag(\.exact, name: "exact", help: "Compute exactly."),
///         .group(\.data),
///       ]
///     }
struct Argument<Root: ParsableOptions> {
  /// One declared argument and how a word sets it in `Root`.
  struct Part {
    var info: ArgumentInfo
    var apply: (inout Root, String) throws(InvalidValue) -> Void
  }

  /// The declarations this one stands for: itself, or the members of a group.
  let parts: [Part]

  private init(
    _ info: ArgumentInfo, apply: @escaping (inout Root, String) throws(InvalidValue) -> Void
  ) {
    parts = [Part(info: info, apply: apply)]
  }

  private init(parts: [Part]) {
    self.parts = parts
  }

  private static func convert<Value: ArgumentValue>(
    _ word: String, in range: (any ArgumentRange<Value>)?
  ) throws(InvalidValue) -> Value {
    let expected = [Value.expectation, range?.requirement].compactMap { $0 }.joined(separator: " ")
    guard let value = Value(argument: word) else { throw InvalidValue(expected: expected) }
    if let range, !range.contains(value) { throw InvalidValue(expected: expected) }
    return value
  }

  private static func info<Value: ArgumentValue>(
    _ kind: ArgumentInfo.Kind, _ name: String, short: Character? = nil, valueName: String?,
    help: String, repeatable: Bool = false, required: Bool = false, type: Value.Type,
    default defaultValue: String? = nil
  ) -> ArgumentInfo {
    ArgumentInfo(
      kind: kind, name: name, short: short, valueName: valueName ?? name, help: help,
      isRepeatable: repeatable, isRequired: required, allowedValues: Value.allowedValues,
      defaultDescription: defaultValue.flatMap { $0.isEmpty ? nil : $0 })
  }

  /// `--name value`, at most once. The property's initial value is the default,
  /// unless `required` (then the option must be given).
  static func option<Value: ArgumentValue>(
    _ property: WritableKeyPath<Root, Value>, name: String, short: Character? = nil,
    valueName: String? = nil, in range: (any ArgumentRange<Value>)? = nil,
    required: Bool = false, help: String
  ) -> Self {
    let initial = Root()[keyPath: property].argumentDescription
    return Self(
      info(
        .option, name, short: short, valueName: valueName, help: help, required: required,
        type: Value.self, default: required ? nil : initial)
    ) { root, word throws(InvalidValue) in
      root[keyPath: property] = try convert(word, in: range)
    }
  }

  /// `--name value`, at most once, with no default.
  static func option<Value: ArgumentValue>(
    _ property: WritableKeyPath<Root, Value?>, name: String, short: Character? = nil,
    valueName: String? = nil, in range: (any ArgumentRange<Value>)? = nil,
    required: Bool = false, help: String
  ) -> Self {
    Self(
      info(
        .option, name, short: short, valueName: valueName, help: help, required: required,
        type: Value.self)
    ) { root, word throws(InvalidValue) in
      root[keyPath: property] = try convert(word, in: range)
    }
  }

  /// `--name A --name B`, each occurrence appended. With a `separator`, each
  /// occurrence may also hold a list (`--with USA,FRA`); with
  /// `upToNextOption`, each occurrence takes every following word that is
  /// not an option (`--unvotes a.csv b.csv`).
  static func option<Value: ArgumentValue>(
    _ property: WritableKeyPath<Root, [Value]>, name: String, short: Character? = nil,
    valueName: String? = nil, separator: Character? = nil, upToNextOption: Bool = false,
    in range: (any ArgumentRange<Value>)? = nil, required: Bool = false, help: String
  ) -> Self {
    let initial = Root()[keyPath: property].map(\.argumentDescription)
    let listHelp = separator.map { " Separate several with '\($0)'." } ?? ""
    let severalHelp = upToNextOption ? " Takes every value up to the next option." : ""
    var info = info(
      .option, name, short: short, valueName: valueName,
      help: help + listHelp + severalHelp + " Can be repeated.",
      repeatable: true, required: required, type: Value.self,
      default: initial.joined(separator: separator.map(String.init) ?? " "))
    info.takesWordsUpToNextOption = upToNextOption
    return Self(info) { root, word throws(InvalidValue) in
      let items = separator.map { word.split(separator: $0).map(String.init) } ?? [word]
      if items.isEmpty { throw InvalidValue(expected: Value.expectation) }
      for item in items { root[keyPath: property].append(try convert(item, in: range)) }
    }
  }

  /// `--name`, true when given.
  static func flag(
    _ property: WritableKeyPath<Root, Bool>, name: String, short: Character? = nil,
    help: String
  ) -> Self {
    Self(info(.flag, name, short: short, valueName: nil, help: help, type: String.self)) {
      root, _ in root[keyPath: property] = true
    }
  }

  /// A required word in its place.
  static func positional<Value: ArgumentValue>(
    _ property: WritableKeyPath<Root, Value>, name: String,
    in range: (any ArgumentRange<Value>)? = nil, help: String
  ) -> Self {
    Self(info(.positional, name, valueName: nil, help: help, required: true, type: Value.self)) {
      root, word throws(InvalidValue) in root[keyPath: property] = try convert(word, in: range)
    }
  }

  /// An optional word in its place.
  static func positional<Value: ArgumentValue>(
    _ property: WritableKeyPath<Root, Value?>, name: String,
    in range: (any ArgumentRange<Value>)? = nil, help: String
  ) -> Self {
    Self(info(.positional, name, valueName: nil, help: help, type: Value.self)) {
      root, word throws(InvalidValue) in root[keyPath: property] = try convert(word, in: range)
    }
  }

  /// Every remaining word; `required` means at least one.
  static func positional<Value: ArgumentValue>(
    _ property: WritableKeyPath<Root, [Value]>, name: String, required: Bool = false,
    in range: (any ArgumentRange<Value>)? = nil, help: String
  ) -> Self {
    Self(
      info(
        .positional, name, valueName: nil, help: help, repeatable: true, required: required,
        type: Value.self)
    ) { root, word throws(InvalidValue) in
      root[keyPath: property].append(try convert(word, in: range))
    }
  }

  /// The arguments of a shared option group, stored in `property`.
  static func group<Group: ParsableOptions>(_ property: WritableKeyPath<Root, Group>) -> Self {
    Self(
      parts: Group.arguments.flatMap(\.parts).map { part in
        Part(info: part.info) { root, word throws(InvalidValue) in
          try part.apply(&root[keyPath: property], word)
        }
      })
  }
}
