import Testing
import UNGAKit

@Suite struct ResolutionTitleTests {
  /// Real titles from the 1946–2020 roll calls, in their catalogue spellings.
  @Test(arguments: [
    (
      "Prevention of an arms race in outer space : resolution / adopted by the General Assembly",
      "prevention of an arms race in outer space"
    ),
    ("The Syrian Golan ", "the syrian golan"),
    ("The situation in Afghanistan : resolution / ado", "the situation in afghanistan"),
    ("Assistance to Palestine refugees : resolutio", "assistance to palestine refugees"),
    ("The Syrian Golan : r", "the syrian golan"),
    ("Rights of the child : resolution / adopted by the General Assemly", "rights of the child"),
    (
      "Moratorium on the use of the death penalty / adopted by the General Assembly",
      "moratorium on the use of the death penalty"
    ),
    (
      "A/71/251 39 - Necessity of ending the economic, commercial and financial embargo",
      "necessity of ending the economic commercial and financial embargo"
    ),
    ("CUBA--UNITED STATES", "cuba united states"),
    ("UN. HUMAN RIGHTS COUNCIL, REPORTS", "un human rights council reports"),
    ("Transforming our world: the 2030 Agenda", "transforming our world the 2030 agenda"),
    ("Situation in Côte d'Ivoire", "situation in cote d ivoire"),
    ("", ""),
  ])
  func normalises(raw: String, normalized: String) {
    #expect(ResolutionTitle(raw).text == normalized)
  }

  /// ASCII titles take a fast path; it must agree with the general one.
  @Test func asciiAndUnicodeFoldingAgree() {
    #expect(
      ResolutionTitle("Situation in Côte d'Ivoire") == ResolutionTitle("SITUATION IN COTE D'IVOIRE")
    )
    #expect(ResolutionTitle("Ünited  Nations—Reform").text == "united nations reform")
  }

  /// A catalogue cut a long title at 60 characters; the full title and the cut one match.
  @Test func truncatedTitlesNearMatch() {
    let full = ResolutionTitle(
      "Necessity of ending the economic, commercial and financial embargo imposed by the "
        + "United States of America against Cuba")
    let cut = ResolutionTitle("Necessity of ending the economic, commercial and financial e")
    #expect(cut.isTruncation(of: full))
    #expect(!full.isTruncation(of: cut))
    #expect(full.nearMatches(cut))
    #expect(cut.nearMatches(full))
    // A short prefix is a different title, not a truncation.
    let short = ResolutionTitle("The Syrian Golan")
    #expect(!short.isTruncation(of: ResolutionTitle("The Syrian Golan heights")))
  }

  /// Word sets with Jaccard similarity of at least 0.8 near-match.
  /// "… Declaration of the Granting …" vs "… Declaration on the Granting …": 14 and 15
  /// distinct words ("on" is new, "of" stays), 14 shared → 14/15 = 0.93. "The Syrian Golan" vs "The occupied Syrian Golan":
  /// 3/4 = 0.75, two different resolutions.
  @Test func similarTitlesNearMatch() {
    let of = ResolutionTitle(
      "Implementation of the Declaration of the Granting of Independence to Colonial "
        + "Countries and Peoples by the specialized agencies")
    let on = ResolutionTitle(
      "Implementation of the Declaration on the Granting of Independence to Colonial "
        + "Countries and Peoples by the specialized agencies")
    #expect(of.nearMatches(on))
    #expect(
      !ResolutionTitle("The Syrian Golan").nearMatches(ResolutionTitle("The occupied Syrian Golan"))
    )
    #expect(
      !ResolutionTitle("Situation of human rights in Myanmar").nearMatches(
        ResolutionTitle("Situation of human rights in Belarus")))
  }

  @Test func wordsAreDistinctAndSorted() {
    #expect(
      ResolutionTitle("The Question of the Falkland Islands").words == [
        "falkland", "islands", "of", "question", "the",
      ])
  }
}
