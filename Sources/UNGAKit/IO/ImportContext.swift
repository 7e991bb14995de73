import Foundation

/// What every importer needs besides its inputs: the member-states table,
/// the alias table for state names, and the curated annotations.
public struct ImportContext: Sendable {
  /// File names of the curated sources in a sources folder (`datasets/sources`).
  public enum SourceFile {
    public static let memberStates = "member-states.csv"
    public static let aliases = "state-name-aliases.csv"
    public static let curatedTags = "curated-tags.csv"
    public static let curatedRollCalls = "curated-roll-calls.csv"
  }

  public var memberStates: [MemberState]
  public var aliases: [StateNameResolver.Alias]
  public var annotations: CuratedAnnotations

  public init(
    memberStates: [MemberState], aliases: [StateNameResolver.Alias] = [],
    annotations: CuratedAnnotations = CuratedAnnotations()
  ) {
    self.memberStates = memberStates
    self.aliases = aliases
    self.annotations = annotations
  }

  /// The resolver for these states and aliases.
  public var resolver: StateNameResolver {
    StateNameResolver(memberStates: memberStates, aliases: aliases)
  }

  /// Reads the alias table and curated annotations from a sources folder
  /// (files named as in `SourceFile`; a missing file counts as empty).
  /// - Throws: `ImportError` when a present file is unreadable, malformed or invalid.
  public static func load(memberStates: [MemberState], sources folder: String) throws(ImportError)
    -> ImportContext
  {
    func path(_ name: String) -> String? {
      let path = (folder as NSString).appendingPathComponent(name)
      return FileManager.default.fileExists(atPath: path) ? path : nil
    }
    let aliases = try path(SourceFile.aliases).map { file throws(ImportError) in
      try StateNameResolver.aliases(contentsOf: file, states: memberStates)
    }
    let annotations = try CuratedAnnotations.load(
      tags: path(SourceFile.curatedTags), rollCalls: path(SourceFile.curatedRollCalls))
    return ImportContext(
      memberStates: memberStates, aliases: aliases ?? [], annotations: annotations)
  }
}
