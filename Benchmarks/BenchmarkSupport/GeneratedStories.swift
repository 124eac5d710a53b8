import Foundation

/// A generated story: headline, dateline of one of several agencies, paragraphs of plain news prose to about
/// `length` bytes (3 KB), a credit line and a sign-off.
public func generatedStory(_ index: Int, generator: inout some RandomNumberGenerator, length target: Int = 2_900)
    -> String
{
    let cities = [
        "TEHRAN", "WASHINGTON", "NEW YORK", "RIO DE JANEIRO", "ADDIS ABABA", "Berlin", "SEOUL", "TOKYO", "MOSCOW",
        "BEIJING", "SPRINGFIELD, Ill.", "PORT-AU-PRINCE",
    ]
    let datelines = [
        "%@, Dec. 12 (Xinhua) --", "%@, Dec 12 (Reuters) -", "%@ (AP) —", "%@, 12 Dec (AFP) -",
        "%@, December 12 /TASS/.",
        "%@, Dec. 12 (Yonhap) --", "%@ (IRNA) -", "%@, Dec. 12 (UPI) --", "%@, Dec 12 (dpa) -",
        "%@, Dec. 12 (Kyodo) --",
    ]
    func sentence(_ count: Int) -> String { newsSentence(count, generator: &generator) }
    let city = cities.randomElement(using: &generator)!
    let dateline = datelines.randomElement(using: &generator)!.replacingOccurrences(of: "%@", with: city)
    var lines = [sentence(7) + " \(index)", "", dateline + " " + sentence(30) + ", Press TV reported."]
    var length = lines.reduce(0) { $0 + $1.utf8.count }
    while length < target {
        let paragraph = generatedParagraph(generator: &generator)
        lines += ["", paragraph]
        length += paragraph.utf8.count + 1
    }
    lines += ["", "(Reporting by Jane Doe; Editing by John Roe)"]
    return lines.joined(separator: "\n") + "\n"
}

/// A paragraph of plain news prose: one sentence of 15 to 40 words and a figure.
public func generatedParagraph(generator: inout some RandomNumberGenerator) -> String {
    newsSentence(Int.random(in: 15...40, using: &generator), generator: &generator)
        + ", \(Int.random(in: 1...999_999, using: &generator))."
}

private let newsWords =
    ("government minister officials said on talks meeting security economic growth percent market prices rose "
    + "fell after before during week year agreement council forces city region country trade exports bank "
    + "rates inflation budget parliament election vote president prime company shares profit quarter billion "
    + "million report statement spokesman added told reporters the of and to in a for with").split(separator: " ")

/// `count` words of news prose, the first capitalised.
private func newsSentence(_ count: Int, generator: inout some RandomNumberGenerator) -> String {
    var parts: [Substring] = []
    for _ in 0..<count { parts.append(newsWords.randomElement(using: &generator)!) }
    let text = parts.joined(separator: " ")
    return text.prefix(1).uppercased() + text.dropFirst()
}

/// A seeded generator, so every run times the same stories.
public struct SplitMix64: RandomNumberGenerator {
    var state: UInt64
    public init(seed: UInt64) { state = seed }
    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
