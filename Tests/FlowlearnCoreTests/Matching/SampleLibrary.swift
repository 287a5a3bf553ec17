@testable import FlowlearnCore

/// A small library with near neighbours and a topic in both languages, for matching and
/// conversation tests.
enum SampleLibrary {
    static func lesson(_ id: String, _ language: Language, _ title: String, tags: [String], questions: [String], body: String,
                       formalTraining: String? = nil, related: [String] = []) -> Microlearning {
        Microlearning(id: id, title: title, language: language, minutes: 7, tags: tags, questions: questions,
                      related: related, formalTraining: formalTraining, body: body)
    }

    static let lessons: [Microlearning] = [
        lesson("give-feedback-en", .en, "Give feedback to a colleague", tags: ["feedback", "giving", "colleague"],
               questions: ["How do I give feedback to a colleague?", "How can I tell a coworker something they won't like?"],
               body: "Describe the behaviour you saw, its effect, and ask a question. Give it soon, in private.\n\n## Tips\n- Be specific"),
        lesson("feedback-geven-nl", .nl, "Feedback geven aan een collega", tags: ["feedback", "geven", "collega"],
               questions: ["Hoe geef ik feedback aan een collega?", "Hoe vertel ik een collega iets lastigs?"],
               body: "Beschrijf het gedrag dat je zag, het effect ervan en stel een vraag. Geef het snel en onder vier ogen.\n\n## Tips\n- Wees concreet"),
        lesson("receive-feedback", .en, "Receive feedback without getting defensive", tags: ["feedback", "receiving", "criticism"],
               questions: ["How do I handle feedback I get?", "How should I react to criticism from my manager?"],
               body: "Listen, ask questions to understand, thank the person and decide later what you do with it.\n\n## Tips\n- Breathe"),
        lesson("phishing-herkennen", .nl, "Phishing herkennen", tags: ["phishing", "security", "e-mail"],
               questions: ["Hoe herken ik een phishingmail?", "Is deze mail wel echt?"],
               body: "Let op de afzender, haast, links en bijlagen. Twijfel je, klik dan niet.\n\n## Tips\n- Controleer de link"),
        lesson("report-phishing", .en, "Report phishing or a click on a suspicious link", tags: ["phishing", "report", "incident"],
               questions: ["How do I report a phishing email?", "I clicked a link in a phishing mail, what now?"],
               body: "Report it to the service desk at once, do not forward the mail, change your password if you entered it.\n\n## Tips\n- Report fast"),
        lesson("first-aid", .en, "First aid at work", tags: ["first aid", "safety", "medical"],
               questions: ["What do I do when a colleague collapses?"],
               body: "Call for help, check breathing, start CPR if you are trained.\n\n## Tips\n- Know where the AED is",
               formalTraining: "Certified first-aid course: https://learning.example.org/ehbo"),
    ]

    static let library = ContentLibrary(lessons: lessons)
    static let matcher = LessonMatcher(library: library, language: .test)
}
