import Foundation

/// The JSON object a command printed.
/// - Throws: when `text` is not JSON or not an object.
func jsonObject(_ text: String) throws -> [String: Any] {
  struct NotAnObject: Error {}
  guard let object = try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any]
  else { throw NotAnObject() }
  return object
}
