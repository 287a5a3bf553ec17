/// Turns free text (chat questions, lesson text) into the normalised words that matching works on:
/// lowercase, without diacritics, split on everything that is not a letter or digit; and stems a
/// normalised word with the stemmer for its language.
///
/// Pure Swift (no Foundation): diacritics are folded with a built-in table of the precomposed Latin
/// letters (Latin-1 Supplement, Latin Extended-A/B, Latin Extended Additional) plus removal of
/// combining marks, so both precomposed "é" and decomposed "e\u{301}" become "e".
public enum TextNormalizer {
    // MARK: Diacritics

    /// Replaces accented Latin letters by their base letter ("één café" -> "een cafe", "Ïé" -> "Ie"),
    /// keeps case, expands the ligatures and special letters æ œ ĳ ß ø ł đ ð þ ı ﬁ ﬂ to plain letters,
    /// and drops combining diacritical marks. Other characters are kept as they are.
    public static func foldDiacritics(_ s: String) -> String {
        if s.utf8.allSatisfy({ $0 < 0x80 }) { return s }
        var result = String.UnicodeScalarView()
        for scalar in s.unicodeScalars {
            if scalar.value < 0x80 {
                result.append(scalar)
            } else if isCombiningMark(scalar) {
                continue
            } else if let base = singleLetterFolds[scalar] {
                result.append(base)
            } else if let expansion = multiLetterFolds[scalar] {
                result.append(contentsOf: expansion.unicodeScalars)
            } else {
                result.append(scalar)
            }
        }
        return String(result)
    }

    /// Lowercases and folds diacritics: the form stop word lists, stemmers and vocabularies expect.
    public static func normalize(_ text: String) -> String {
        foldDiacritics(text.lowercased())
    }

    // MARK: Words

    /// Splits `text` into normalised words: lowercased, diacritics folded, split on every character
    /// that is not a letter or digit (spaces, punctuation, apostrophes, slashes, hyphens), empty
    /// parts dropped. Letters and digits stay together ("b1", "2fa").
    ///
    /// Hyphenated words: the parts are always returned, in order ("e-mail" -> "e", "mail"); when
    /// `includeHyphenJoined` is true (the default) the joined form follows the parts
    /// ("e-mail" -> "e", "mail", "email"; "mt-overleg" -> "mt", "overleg", "mtoverleg"), so a query
    /// that writes "email" or "mtoverleg" still meets text that wrote the hyphen, and the other way
    /// round. Only a hyphen directly between two letters/digits joins ("werk - privé" does not).
    /// Apostrophes split without a joined form: "collega's" -> "collega", "s"; "don't" -> "don", "t".
    public static func words(_ text: String, includeHyphenJoined: Bool = true) -> [String] {
        if let ascii = asciiWords(text, includeHyphenJoined: includeHyphenJoined) { return ascii }
        let scalars = Array(normalize(text).unicodeScalars)
        var words: [String] = []
        var current = String.UnicodeScalarView()
        var hyphenGroup: [String] = [] // parts of the current hyphenated run, before `current`

        func finishPart() {
            if !current.isEmpty {
                let part = String(current)
                words.append(part)
                hyphenGroup.append(part)
                current = String.UnicodeScalarView()
            }
        }
        func finishGroup() {
            finishPart()
            if includeHyphenJoined && hyphenGroup.count > 1 {
                words.append(hyphenGroup.joined())
            }
            hyphenGroup.removeAll(keepingCapacity: true)
        }

        for (index, scalar) in scalars.enumerated() {
            if isWordCharacter(scalar) || (!current.isEmpty && isMark(scalar)) {
                current.append(scalar)
            } else if isHyphen(scalar), !current.isEmpty,
                      index + 1 < scalars.count, isWordCharacter(scalars[index + 1]) {
                finishPart() // an in-word hyphen: the run continues
            } else {
                finishGroup()
            }
        }
        finishGroup()
        return words
    }

    /// The same as ``words(_:includeHyphenJoined:)`` for pure ASCII text, several times faster
    /// (bytes instead of Unicode scalars, no lowercased copy); `nil` when the text is not ASCII.
    static func asciiWords(_ text: String, includeHyphenJoined: Bool) -> [String]? {
        var text = text
        return text.withUTF8 { bytes -> [String]? in
            var words: [String] = []
            var current: [UInt8] = []
            current.reserveCapacity(32)
            var joined: [UInt8] = []
            var groupParts = 0
            @inline(__always) func isWordByte(_ byte: UInt8) -> Bool {
                (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x30 && byte <= 0x39)
            }
            func finishPart() {
                guard !current.isEmpty else { return }
                words.append(String(decoding: current, as: UTF8.self))
                if includeHyphenJoined { joined += current }
                groupParts += 1
                current.removeAll(keepingCapacity: true)
            }
            func finishGroup() {
                finishPart()
                if includeHyphenJoined && groupParts > 1 { words.append(String(decoding: joined, as: UTF8.self)) }
                joined.removeAll(keepingCapacity: true)
                groupParts = 0
            }
            for index in 0..<bytes.count {
                let byte = bytes[index]
                if byte >= 0x80 { return nil }
                if isWordByte(byte) {
                    current.append(byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte)
                } else if byte == UInt8(ascii: "-"), !current.isEmpty, index + 1 < bytes.count, isWordByte(bytes[index + 1]) {
                    finishPart()
                } else {
                    finishGroup()
                }
            }
            finishGroup()
            return words
        }
    }

    // MARK: Character classes

    /// A letter or decimal digit, in any script.
    static func isWordCharacter(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII {
            switch scalar {
            case "a"..."z", "A"..."Z", "0"..."9": return true
            default: return false
            }
        }
        switch scalar.properties.generalCategory {
        case .lowercaseLetter, .uppercaseLetter, .titlecaseLetter, .otherLetter, .decimalNumber:
            return true
        default:
            return false
        }
    }

    /// Any combining mark: kept inside a word (it belongs to the letter before it).
    static func isMark(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: true
        default: false
        }
    }

    /// The combining diacritical mark blocks that `foldDiacritics` removes.
    static func isCombiningMark(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x0300...0x036F, 0x1AB0...0x1AFF, 0x1DC0...0x1DFF, 0x20D0...0x20FF, 0xFE20...0xFE2F: true
        default: false
        }
    }

    /// Hyphen-minus, hyphen, non-breaking hyphen.
    static func isHyphen(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "-" || scalar == "\u{2010}" || scalar == "\u{2011}"
    }

    // MARK: Fold tables

    /// Precomposed letter -> base letter, for every letter in the Latin blocks whose canonical
    /// decomposition is an ASCII letter plus combining marks (generated from the Unicode data).
    static let singleLetterFolds: [Unicode.Scalar: Unicode.Scalar] = {
        let rows: [(String, String)] = [
            // Latin-1 Supplement
            ("ÀÁÂÃÄÅÇÈÉÊËÌÍÎÏÑÒÓÔÕÖÙÚÛÜÝàáâãäåçèéêëìíîïñòóôõöù", "AAAAAACEEEEIIIINOOOOOUUUUYaaaaaaceeeeiiiinooooou"),
            ("úûüýÿ", "uuuyy"),
            // Latin Extended-A
            ("ĀāĂăĄąĆćĈĉĊċČčĎďĒēĔĕĖėĘęĚěĜĝĞğĠġĢģĤĥĨĩĪīĬĭĮįİĴĵĶ", "AaAaAaCcCcCcCcDdEeEeEeEeEeGgGgGgGgHhIiIiIiIiIJjK"),
            ("ķĹĺĻļĽľŃńŅņŇňŌōŎŏŐőŔŕŖŗŘřŚśŜŝŞşŠšŢţŤťŨũŪūŬŭŮůŰűŲ", "kLlLlLlNnNnNnOoOoOoRrRrRrSsSsSsSsTtTtUuUuUuUuUuU"),
            ("ųŴŵŶŷŸŹźŻżŽž", "uWwYyYZzZzZz"),
            // Latin Extended-B
            ("ƠơƯưǍǎǏǐǑǒǓǔǕǖǗǘǙǚǛǜǞǟǠǡǦǧǨǩǪǫǬǭǰǴǵǸǹǺǻȀȁȂȃȄȅȆȇȈ", "OoUuAaIiOoUuUuUuUuUuAaAaGgKkOoOojGgNnAaAaAaEeEeI"),
            ("ȉȊȋȌȍȎȏȐȑȒȓȔȕȖȗȘșȚțȞȟȦȧȨȩȪȫȬȭȮȯȰȱȲȳ", "iIiOoOoRrRrUuUuSsTtHhAaEeOoOoOoOoYy"),
            // Latin Extended Additional
            ("ḀḁḂḃḄḅḆḇḈḉḊḋḌḍḎḏḐḑḒḓḔḕḖḗḘḙḚḛḜḝḞḟḠḡḢḣḤḥḦḧḨḩḪḫḬḭḮḯ", "AaBbBbBbCcDdDdDdDdDdEeEeEeEeEeFfGgHhHhHhHhHhIiIi"),
            ("ḰḱḲḳḴḵḶḷḸḹḺḻḼḽḾḿṀṁṂṃṄṅṆṇṈṉṊṋṌṍṎṏṐṑṒṓṔṕṖṗṘṙṚṛṜṝṞṟ", "KkKkKkLlLlLlLlMmMmMmNnNnNnNnOoOoOoOoPpPpRrRrRrRr"),
            ("ṠṡṢṣṤṥṦṧṨṩṪṫṬṭṮṯṰṱṲṳṴṵṶṷṸṹṺṻṼṽṾṿẀẁẂẃẄẅẆẇẈẉẊẋẌẍẎẏ", "SsSsSsSsSsTtTtTtTtUuUuUuUuUuVvVvWwWwWwWwWwXxXxYy"),
            ("ẐẑẒẓẔẕẖẗẘẙẠạẢảẤấẦầẨẩẪẫẬậẮắẰằẲẳẴẵẶặẸẹẺẻẼẽẾếỀềỂểỄễ", "ZzZzZzhtwyAaAaAaAaAaAaAaAaAaAaAaAaEeEeEeEeEeEeEe"),
            ("ỆệỈỉỊịỌọỎỏỐốỒồỔổỖỗỘộỚớỜờỞởỠỡỢợỤụỦủỨứỪừỬửỮữỰựỲỳỴỵ", "EeIiIiOoOoOoOoOoOoOoOoOoOoOoOoUuUuUuUuUuUuUuYyYy"),
            ("ỶỷỸỹ", "YyYy"),
            // Letters with a stroke and similar, which have no canonical decomposition.
            ("ØøĐđÐðĦħŁłıŦŧſŀĿ", "OoDdDdHhLliTtslL"),
        ]
        var table: [Unicode.Scalar: Unicode.Scalar] = [:]
        for (from, to) in rows {
            let source = Array(from.unicodeScalars), target = Array(to.unicodeScalars)
            precondition(source.count == target.count, "fold table row lengths differ: \(from)")
            for (s, t) in zip(source, target) { table[s] = t }
        }
        return table
    }()

    /// Ligatures and letters that fold to more than one letter.
    static let multiLetterFolds: [Unicode.Scalar: String] = [
        "Æ": "AE", "æ": "ae", "Œ": "OE", "œ": "oe", "Ĳ": "IJ", "ĳ": "ij", "ß": "ss", "ẞ": "SS",
        "Þ": "TH", "þ": "th",
        "\u{FB00}": "ff", "\u{FB01}": "fi", "\u{FB02}": "fl", "\u{FB03}": "ffi", "\u{FB04}": "ffl",
    ]
}
