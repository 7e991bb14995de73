import Foundation
import UNGAKit

/// Every shipped dataset of the checkout, loaded once for all the tests that
/// need it: a debug build takes about three seconds to read the 870,109
/// votes, so each test loading them itself would slow the suite down.
enum ShippedData {
  /// The checkout's `datasets` folder.
  static let directory = ImportFixtures.repository("datasets")

  /// The result of loading every shipped dataset (Swift initialises a
  /// static once, on first use, safely across threads).
  static let result = Result { () throws(DatasetLoadError) -> LoadedData in
    try DatasetLoader.load(
      paths: [], environment: [ShippedDatasets.environmentVariable: directory])
  }

  /// The loaded data, or the error that stopped it.
  static func loaded() throws(DatasetLoadError) -> LoadedData { try result.get() }
}
