import FlowlearnCore

/// Generates libraries of lessons that look like real ones (nl and en, titles, sample questions,
/// tags, 200-word bodies) from a fixed seed, and chat-style questions about them.
struct SyntheticLibrary {
    private var random: SeededRandom

    init(seed: UInt64) { random = SeededRandom(seed: seed) }

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
        let topic = language == .en ? Self.english : Self.dutch
        let filler = language == .en ? Self.fillerEnglish : Self.fillerDutch
        return (0..<count).map { _ in random.unit() < topical ? topic[random.below(topic.count)] : filler[random.below(filler.count)] }
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
