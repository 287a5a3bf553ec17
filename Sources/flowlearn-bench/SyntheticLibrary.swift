import FlowlearnCore

/// Generates libraries of lessons that look like real ones (nl and en, titles, sample questions,
/// tags, 200-word bodies) from a fixed seed, and chat-style questions about them.
///
/// Topical words come from a vocabulary per language: the ~100 workplace words below, and (unless
/// `classic`) a long tail of 4 000 generated words, drawn with a Zipf distribution in which the
/// workplace words are the most frequent. Real lesson text has such a tail (thousands of distinct
/// words, most of them rare); with only the 100 words (`classic`, the original generator) every
/// word is in about half of all lessons, which makes every posting list as long as the library.
struct SyntheticLibrary {
    private var random: SeededRandom
    private let vocabulary: [Language: [String]]
    /// Cumulative Zipf weights over `vocabulary` (same for both languages).
    private let cumulative: [Double]

    init(seed: UInt64, classic: Bool = false) {
        random = SeededRandom(seed: seed)
        var vocabulary: [Language: [String]] = [.en: Self.english, .nl: Self.dutch]
        if !classic {
            var generator = SeededRandom(seed: seed ^ 0x5EED)
            for language in Language.allCases {
                let syllables = language == .en ? Self.englishSyllables : Self.dutchSyllables
                var seen = Set(vocabulary[language]!)
                while vocabulary[language]!.count < 4_100 {
                    let count = 2 + generator.below(3)
                    let word = (0..<count).map { _ in syllables[generator.below(syllables.count)] }.joined()
                    if seen.insert(word).inserted { vocabulary[language]!.append(word) }
                }
            }
        }
        self.vocabulary = vocabulary
        let size = min(vocabulary[.en]!.count, vocabulary[.nl]!.count)
        var total = 0.0
        cumulative = (0..<size).map { rank in
            // Zipf with s = 1, flattened over the head so the workplace words stay comparable.
            total += classic ? 1 : 1 / Double(rank + 10)
            return total
        }
    }

    static let englishSyllables = "ab ac ad al am an ar as at be ble ca ce ch ci co com con cu de di do en er es ex fi fo for ge gi go ic im in ing is it la le li lo lu ma me mi mo mu na ne ni no nu ol om on or ous pa pe per pi po pro ra re ri ro ru sa se si so st su ta te ter th ti tion to tu un ur us va ve vi".split(separator: " ").map(String.init)
    static let dutchSyllables = "aa ach af al an ar be ber bij bo da de den der di do ee eer el en er ge gen gr he heid ig in ing ja je ke ken kl la le lijk li lo maa me men mo na ne nen oo op or over pe ra re ri ro sch se si sl sp st ta te ter ti to tr uit va ve ver vo wa we wer wi zo".split(separator: " ").map(String.init)

    static let english = """
        feedback review appraisal meeting colleague manager onboarding buddy mentor coaching project retrospective
        goal learning planning priority workload stress conflict customer complaint email writing presentation pitch
        phishing password security privacy data breach report incident safety lifting first aid emergency evacuation
        interview candidate recruitment reference contract budget invoice expense travel leave schedule shift roster
        quality audit process checklist training course workshop knowledge session team department strategy change
        reorganisation delegation decision agenda minutes notes hybrid remote video call focus interruption deadline
        """.split(whereSeparator: \.isWhitespace).map(String.init)
    static let dutch = """
        feedback beoordeling gesprek vergadering collega leidinggevende inwerken maatje mentor coaching project terugblik
        doel leren planning prioriteit werkdruk stress conflict klant klacht mail schrijven presentatie pitch phishing
        wachtwoord beveiliging privacy datalek melden incident veiligheid tillen ehbo noodgeval ontruiming sollicitatie
        kandidaat werving referentie contract budget factuur declaratie reis verlof rooster dienst kwaliteit audit proces
        checklist training cursus workshop kennissessie team afdeling strategie verandering reorganisatie delegeren
        besluit agenda notulen hybride thuiswerken videogesprek focus onderbreking deadline
        """.split(whereSeparator: \.isWhitespace).map(String.init)
    static let fillerEnglish = "the a to and of in for with your you when how what this that it is be on at as by".split(separator: " ").map(String.init)
    static let fillerDutch = "de het een en van in voor met je jij als hoe wat dit dat is zijn op bij om door".split(separator: " ").map(String.init)

    mutating func words(_ language: Language, _ count: Int, topical: Double) -> [String] {
        let topic = vocabulary[language]!
        let filler = language == .en ? Self.fillerEnglish : Self.fillerDutch
        return (0..<count).map { _ in random.unit() < topical ? topic[topicalRank()] : filler[random.below(filler.count)] }
    }

    /// A rank drawn from the Zipf weights.
    private mutating func topicalRank() -> Int {
        let target = random.unit() * cumulative[cumulative.count - 1]
        var low = 0, high = cumulative.count - 1
        while low < high {
            let mid = (low + high) / 2
            if cumulative[mid] < target { low = mid + 1 } else { high = mid }
        }
        return low
    }

    mutating func lessons(_ count: Int) -> [Microlearning] {
        (0..<count).map { i in
            let language: Language = i % 2 == 0 ? .en : .nl
            let title = words(language, 4, topical: 0.8).joined(separator: " ")
            let questions = (0..<3).map { _ in (language == .en ? "how do I " : "hoe kan ik ") + words(language, 5, topical: 0.7).joined(separator: " ") }
            let body = (0..<8).map { _ in words(language, 25, topical: 0.4).joined(separator: " ") + "." }.joined(separator: "\n")
            return Microlearning(id: "lesson-\(i)", title: title, language: language, minutes: 5 + i % 6,
                                 tags: words(language, 4, topical: 1), questions: questions,
                                 body: body + "\n\n## Tips\n- " + words(language, 10, topical: 0.5).joined(separator: " "))
        }
    }

    /// A question about a random lesson: a few of its words, some misspelled, in chat style.
    mutating func question(about lessons: [Microlearning]) -> String {
        let lesson = lessons[random.below(lessons.count)]
        var words = TextNormalizer.words(lesson.title + " " + lesson.questions[0]).shuffledPrefix(5, using: &random)
        if random.unit() < 0.3, let i = words.indices.randomElement(using: &random), words[i].count > 4 {
            var chars = Array(words[i])
            chars.swapAt(1, 2)
            words[i] = String(chars)
        }
        return (lesson.language == .en ? "any tips on " : "hoe pak ik ") + words.joined(separator: " ")
    }
}

/// A small deterministic generator (SplitMix64), so every run measures the same library.
struct SeededRandom: RandomNumberGenerator {
    private var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
    mutating func below(_ n: Int) -> Int { Int(next() % UInt64(n)) }
    mutating func unit() -> Double { Double(next() >> 11) / Double(1 << 53) }
}

extension Array {
    func shuffledPrefix(_ n: Int, using random: inout SeededRandom) -> [Element] {
        Array(shuffled(using: &random).prefix(n))
    }
}
