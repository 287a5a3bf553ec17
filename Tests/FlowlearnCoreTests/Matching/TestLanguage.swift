import FlowlearnCore
import FlowlearnSnowball

extension LanguageResources {
    /// The Snowball stemmers, no dictionary: the language the core's matching tests read with
    /// (the dictionary is tested in FlowlearnLanguageTests).
    static let test = LanguageResources(stemmers: try! Stemmers.snowball(), translations: nil)
}
