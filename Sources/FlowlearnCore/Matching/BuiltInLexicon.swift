/// The bilingual (nl ↔ en) lexicon of common workplace terms that ships with the binary, so a
/// content folder without its own synonyms file still bridges Dutch and English questions.
///
/// Each group lists words that mean the same for the purpose of finding a lesson. The admin's
/// `synonyms.txt` adds to this; it never needs to repeat it.
public enum BuiltInLexicon {
    public static let groups: [[String]] = [
        // Conversations and reviews
        ["performance review", "appraisal", "evaluation", "beoordelingsgesprek", "beoordeling", "functioneringsgesprek", "jaargesprek", "evaluatie", "review"],
        ["one-on-one", "1:1", "one on one", "bila", "bilateraal", "een-op-een", "een op een", "1-op-1"],
        ["conversation", "talk", "gesprek", "meeting", "overleg"],
        ["feedback", "terugkoppeling", "kritiek", "criticism", "compliment"],
        ["give", "giving", "geven", "share", "delen"],
        ["receive", "receiving", "get", "ontvangen", "krijgen"],
        ["difficult conversation", "moeilijk gesprek", "lastig gesprek", "slecht nieuws", "bad news"],
        ["coach", "coaching", "coachen", "begeleiden", "begeleiding"],
        ["mentor", "mentoring", "mentorschap"],
        // People and roles
        ["colleague", "coworker", "co-worker", "collega", "teammate", "teamgenoot"],
        ["manager", "leidinggevende", "teamleider", "team lead", "boss", "baas", "supervisor", "lead"],
        ["employee", "medewerker", "werknemer", "staff", "personeel"],
        ["new hire", "new colleague", "new employee", "nieuwe collega", "nieuwe medewerker", "starter", "nieuwkomer", "newcomer"],
        ["customer", "client", "klant"],
        // Onboarding and learning
        ["onboarding", "inwerken", "inwerkperiode", "introductie", "induction"],
        ["buddy", "maatje"],
        ["first week", "eerste week", "eerste werkweek", "first day", "eerste dag", "start", "begin"],
        ["job shadowing", "shadowing", "meelopen", "meeloopdag", "meekijken", "shadow"],
        ["intervision", "intervisie", "peer consultation", "peer review", "collegiale consultatie"],
        ["reflect", "reflection", "reflecteren", "reflectie", "terugblik", "look back", "terugkijken"],
        ["retrospective", "retro", "evaluatie", "terugblik", "lessons learned", "post-mortem", "postmortem"],
        ["project", "projecten", "opdracht"],
        ["learning goal", "leerdoel", "development goal", "ontwikkeldoel", "goal", "doel"],
        ["learn", "learning", "leren", "ontwikkelen", "development", "ontwikkeling", "grow", "groei"],
        ["training", "course", "cursus", "opleiding", "workshop"],
        // Security and compliance
        ["phishing", "phishingmail", "phishing mail", "phish", "scam", "oplichting", "nepmail", "fake email", "spam"],
        ["recognise", "recognize", "spot", "herkennen", "identify", "detect", "ontdekken"],
        ["report", "melden", "melding", "reporting", "rapporteren", "aangeven"],
        ["data breach", "datalek", "data leak", "leak", "lek", "incident", "security incident", "beveiligingsincident"],
        ["password", "wachtwoord", "passphrase", "wachtzin"],
        ["password manager", "wachtwoordmanager", "wachtwoordkluis"],
        ["privacy", "gdpr", "avg", "personal data", "persoonsgegevens", "data protection", "gegevensbescherming"],
        ["security", "beveiliging", "veiligheid", "safety"],
        ["gift", "gifts", "cadeau", "geschenk", "relatiegeschenk", "bribery", "omkoping", "hospitality"],
        ["compliance", "rules", "regels", "policy", "beleid", "gedragscode", "code of conduct", "integriteit", "integrity"],
        ["emergency", "noodgeval", "calamiteit", "evacuation", "ontruiming", "bhv", "fire", "brand"],
        ["first aid", "ehbo", "eerste hulp", "reanimatie", "cpr", "aed"],
        ["lifting", "tillen", "heffen", "carry", "dragen"],
        ["injury", "letsel", "blessure", "pain", "pijn", "back", "rug"],
        // Work organisation
        ["meeting", "vergadering", "vergaderen", "overleg", "werkoverleg", "meet"],
        ["hybrid", "hybride", "remote", "online", "thuiswerken", "working from home", "video call", "videocall", "teams"],
        ["delegate", "delegating", "delegeren", "overdragen", "hand over"],
        ["time management", "timemanagement", "planning", "plannen", "prioritise", "prioritize", "prioriteren", "priorities", "prioriteiten"],
        ["workload", "werkdruk", "busy", "druk", "stress", "overwhelmed", "overbelast"],
        ["email", "e-mail", "mail"],
        ["write", "writing", "schrijven"],
        ["present", "presentation", "presenteren", "presentatie", "talk", "speech", "pitch"],
        ["angry", "boos", "upset", "furious", "woedend", "irritated", "geïrriteerd", "ontevreden", "dissatisfied"],
        ["complaint", "klacht", "klachten"],
        ["conflict", "ruzie", "argument", "disagreement", "onenigheid", "spanning", "tension"],
        ["mistake", "fout", "error", "vergissing", "blunder"],
        ["prepare", "preparing", "preparation", "voorbereiden", "voorbereiding", "ready", "klaarmaken"],
        ["interview", "sollicitatiegesprek", "job interview", "sollicitatie", "selectie", "recruitment", "werving"],
        ["team", "afdeling", "department", "group", "groep"],
        ["week", "weekly", "wekelijks"],
    ]
}
