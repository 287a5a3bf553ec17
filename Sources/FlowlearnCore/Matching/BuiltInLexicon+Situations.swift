extension BuiltInLexicon {
    /// Situations seen from one side: giving or receiving, leading or attending, before or after.
    /// These phrase groups are what tells near neighbours apart, so each names one side only.
    static let situations = """
        # Feedback: the one who gives it, and the one who gets it.
        criticised = criticized = bekritiseerd = gekritiseerd = afgekraakt
        # Reviews: the manager who holds them, the employee who has one.
        conduct = conducting = conducted = hold = holding = held = voeren = voer = voert = gevoerd = voerde = afnemen = afgenomen = gespreksleider
        beoordelingscyclus = gesprekscyclus = underperformer = onderpresteert = beoordelingsronde
        self-assessment = self-evaluation = self-review = zelfevaluatie = zelfbeoordeling
        # Phishing: before (is it real?) and after (I clicked, I entered my password).
        legitimate = waarschuwingssignalen = phishy
        ingetrapt = gephisht
        # Starting: your own start, or someone else's that you arrange.
        inwerkplan = inwerkschema = onboardingplan = welkomstpakket = preboarding = pre-boarding = 30-60-90
        # Interviews: holding them (being the candidate is a service topic: job search).
        # Leaving: the manager holding the exit interview, or the employee resigning.
        resign = resigning
        # Teaching someone else, or learning by watching someone.
        kneepjes = nadoen
        # Workload: raising it with your manager, or refusing one more task.
        """
}
