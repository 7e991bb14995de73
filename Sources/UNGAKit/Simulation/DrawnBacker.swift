/// A backer whose vote a scenario leaves open (MODEL.md §3): the backer
/// votes as its own marginal says, drawn in every trial, and every other
/// member's latent value moves with the draw.
///
/// Engine contract, per trial and scenario: the backer's vote `v_b` is drawn
/// like any member's (from the shared latent value against the scenario's
/// cuts for the backer); its surprise is `d_b = v_b − expectedVote`, with
/// `v_b` = +1 for yes, 0 for abstain and −1 for no, and `d_b = 0` when the
/// backer does not vote (absence tells nothing). Every member `i` that is
/// not forced then compares `z_i + Σ_b pull[i] · d_b` with the scenario's
/// cuts. Backers are drawn from their own marginals only: one drawn backer
/// does not move another (its own `pull` entry is 0).
public struct DrawnBacker: Sendable, Hashable {
  /// The backer's position among the model's members (`VoteModel.states`).
  public var member: Int
  /// `E₀[v_b | present]` under the backer's baseline, in −1…+1: its
  /// surprise is measured against what its record expects, as for a backer
  /// whose vote a scenario fixes.
  public var expectedVote: Double
  /// One entry per member: the shift of member `i`'s latent value, in latent
  /// standard deviations, per unit of the backer's surprise. 0 for the
  /// backer itself and for members it does not move.
  public var pull: [Double]

  public init(member: Int, expectedVote: Double, pull: [Double]) {
    self.member = member
    self.expectedVote = expectedVote
    self.pull = pull
  }
}
